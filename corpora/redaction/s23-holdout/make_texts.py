# Seeded generator for texts.jsonl. Hand-written templates; each filled at most twice with invented data.
import json, random, re
R = random.Random(2326)
FIRST_F = ["Aisling","Bethan","Chidinma","Dorota","Eilidh","Farida","Gwenllian","Harriet","Ifeoma","Jolanta","Keziah","Lowri","Marisol","Nkechi","Orla","Priyanka","Rhiannon","Saoirse","Tamsin","Ursula","Wiktoria","Yasmin","Zainab","Philippa","Maude"]
FIRST_M = ["Aled","Bartosz","Callum","Deniz","Eamon","Femi","Gethin","Hamish","Ishaan","Jago","Kwabena","Lorcan","Mateusz","Naveed","Oisin","Piotr","Rhodri","Sandeep","Tadhg","Ulrich","Vikram","Wilf","Yusuf","Zoltan","Ambrose"]
LAST = ["Abernethy","Baptiste","Cholmondeley","Dzierzynski","Eckersley","Fairbairn","Gallacher","Hutchings","Iqbal","Jedrzejczak","Kavanagh","Lindqvist","McIlroy","Nwachukwu","Okonkwo","Pemberton","Quartey","Rafferty","Szabo","Thistlethwaite","Umeh","Venkataraman","Wojcik","Yeboah","Zielinski","Ashworth","Blenkinsop","Crowther","Duckworth","Entwistle","Featherstone","Grimshaw","Hargreaves","Illingworth","Kettlewell","Lumsden","Mottram","Norbury","Ormerod","Pickersgill"]
STREETS = ["Tanner's Row","Foxglove Close","Cadogan Terrace","Wheelwright Lane","Saltmarsh Road","Bishopsgate Crescent","Nettlebed Way","Coldharbour Street","Larkspur Avenue","Quarry Bank Drive","Mill Leat Gardens","Pennywell Road"]
TOWNS = ["Ashby Parva","Fenny Drayton","Great Wigborough","Nether Haugh","Ravenstonedale","Sutton Poyntz","Tibberton","Upper Slaughter","Yarpole","Oakhampton Vale"]
HOUSES = ["Rose Cottage","The Old Forge","Bramble Lodge","Hillcrest","Wren House"]
SCHOOLS = ["St Cuthbert's RC Primary School","Fellside Academy","Brinsworth High School","Lydbrook Infant School"]
WORKS = ["the Co-op on Market Street","Castleby bus depot","Hollinwood Green fire station","the Wexcombe garden centre","Thornaby Fell abattoir"]
APPS = [("Dr Kofi Mensah","Kofi","Mensah","KM","7123456"),("Dr Ana-Maria Popescu","Ana-Maria","Popescu","AMP","7284519"),("Dr Tariq Al-Hashimi","Tariq","Al-Hashimi","TAH","7390127"),("Dr Nilufar Rahman","Nilufar","Rahman","NR","7456602"),("Dr Sergio Bellandi","Sergio","Bellandi","SB","7511843")]
SUPS = ["Mr Jonathan Pryce-Whitley","Dr Helena Marchetti","Professor Olumide Adeyemi","Miss Catriona Dunlop","Dr Rajesh Subramaniam","Dr Fiona Kerr-Lindsay","Mr Anand Ghosh","Dr Beatrix Holloway"]
used=set()
def uname(fn):
    while True:
        f=R.choice(fn); l=R.choice(LAST)
        if (f,l) not in used and l not in [u[1] for u in used]:
            used.add((f,l)); return f,l
def digits(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def nhs():
    d=digits(10); return d[:3]+" "+d[3:6]+" "+d[6:]
def ph(kind=None):
    k=kind or R.choice("lmo")
    return {"l":"01632 960"+digits(3),"m":"07700 900"+digits(3),"o":"020 7946 0"+digits(3)}[k]
def pc():
    return R.choice(["NE","DL","CA","LS","BD","HX","GL","TR","SY","LL"])+str(R.randint(1,49))+" "+str(R.randint(1,9))+R.choice("ABDEFGHJLNPQRSTUWXYZ")+R.choice("ABDEFGHJLNPQRSTUWXYZ")
def fill():
    used.clear(); g=R.random()<.5
    pf,pl=uname(FIRST_F if g else FIRST_M); rf,rl=uname(FIRST_M if g else FIRST_F)
    p2f,p2l=uname(FIRST_F+FIRST_M); p3f,p3l=uname(FIRST_F+FIRST_M)
    cf,cl=uname(FIRST_F+FIRST_M); c2f,c2l=uname(FIRST_F+FIRST_M); nf,nl=uname(FIRST_F)
    r2f,_=uname(FIRST_F+FIRST_M)
    a=R.choice(APPS); s1,s2=R.sample(SUPS,2)
    d={"pt":f"{pf} {pl}","ptf":pf,"pts":pl,"pti":f"{pf[0]}.{pl[0]}.","ptI":pf[0]+pl[0],"ptt":("Mrs " if g else "Mr ")+pl,
       "nick":{"Aled":"Ally","Callum":"Cally","Hamish":"Hamie","Wilf":"Wilfy","Rhodri":"Rhod","Harriet":"Hattie","Philippa":"Pippa","Bethan":"Beth","Keziah":"Kez"}.get(pf,pf[:3]+"ie"),
       "hesh":"she" if g else "he","his":"her" if g else "his","Hesh":"She" if g else "He","His":"Her" if g else "His",
       "pt2":f"{p2f} {p2l}","pt2s":p2l,"pt3":f"{p3f} {p3l}","pt3i":p3f[0]+p3l[0],
       "rel":f"{rf} {rl}","relf":rf,"rel2":r2f,
       "col":f"Dr {cf} {cl}","cols":cl,"col2":f"{c2f} {c2l}","col2s":c2l,"nurse":f"{nf} {nl}","nursef":nf,
       "addr":f"{R.randint(2,98)} {R.choice(STREETS)}","house":R.choice(HOUSES),"town":R.choice(TOWNS),"pc":pc(),"school":R.choice(SCHOOLS),"work":R.choice(WORKS),
       "tel":ph("l"),"mob":ph("m"),"tel2":ph("o"),"email":f"{pf.lower()}.{pl.lower()}{R.randint(1,99)}@example.net","email2":f"{cf[0].lower()}{cl.lower()}@nhs.example.org",
       "nhs":nhs(),"nhs2":digits(10),"chi":digits(10),"hc":digits(3)+" "+digits(3)+" "+digits(4),
       "hosp":R.choice(["RX","NG","K","M","SA"])+digits(7),"hosp2":digits(8),"ae":"AE/"+str(R.randint(21,25))+"/"+digits(6),"rio":"RiO "+digits(7),
       "ref":R.choice(["CW/","PALS-","OR/","LT/"])+digits(4)+"/"+str(R.randint(21,25)),"ref2":"YR-"+digits(5),"datix":"W"+digits(6),"cad":"CAD "+digits(4)+"-"+digits(2),
       "crime":R.choice(["NU","DU","WY"])+"-2"+digits(7),"coroner":"COR/"+str(R.randint(2021,2025))+"/"+digits(4),"steis":"2024/"+digits(5),"lfpse":"LFPSE-"+digits(7),"sg":"SG-"+digits(6),
       "gmco":digits(7),"nmc":digits(2)+"A"+digits(4)+"E",
       "url":R.choice(["https://photos.example.com/share/","https://drive.example.org/f/","http://www.example.net/u/"])+"".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)),
       "ni":R.choice(["JK","PL","TR","WE","ZA"])+" "+digits(2)+" "+digits(2)+" "+digits(2)+" "+R.choice("ABCD"),"lab":"H"+str(R.randint(21,25))+"."+digits(7)+".X","passport":digits(9),
       "app":a[0],"appf":a[1],"apps":"Dr "+a[2],"app_sur":a[2],"appi":a[3],"gmc":a[4],"sup":s1,"sup2":s2,
       "dob":f"{R.randint(1,28):02d}/{R.randint(1,12):02d}/{R.randint(1930,2019)}","age":str(R.randint(18,94)),
       "date":f"{R.randint(1,28):02d}/{R.randint(1,12):02d}/{R.randint(2022,2025)}"}
    return d
TYPES={"PATIENT_NAME":"pt ptf pts pti ptI ptt nick pt2 pt2s pt3 pt3i","RELATIVE_NAME":"rel relf rel2","COLLEAGUE_NAME":"col cols col2 col2s nurse nursef",
 "ADDRESS":"addr house town school work","POSTCODE":"pc","PHONE":"tel mob tel2","EMAIL":"email email2","NHS_NUMBER":"nhs nhs2 chi hc",
 "HOSPITAL_NUMBER":"hosp hosp2 ae rio","REFERENCE_NUMBER":"ref ref2 datix cad crime coroner steis lfpse sg","GMC_NUMBER":"gmco nmc","URL":"url","OTHER_ID":"ni lab passport"}
FT={f:t for t,fs in TYPES.items() for f in fs.split()}
KEEPF={"app","apps","appi","gmc","sup","sup2","dob","appf"}
from templates import T
out=[]; n=0
for kind,tpl in T:
    reps = 2
    for _ in range(reps):
        if n>=92: break
        d=fill(); n+=1
        # ptt identifier is the surname
        fields=re.findall(r"\{(\w+)\}",tpl)
        text=re.sub(r"⟦|⟧","",tpl).format(**d)
        ids=[];keep=[]
        for f in dict.fromkeys(fields):
            if f in FT:
                s = d["pts"] if f=="ptt" else d[f]
                t = FT[f]
                if f=="ptt": t="PATIENT_NAME"
                if s not in [i["text"] for i in ids]: ids.append({"text":s,"type":t})
            elif f in KEEPF: keep.append(d[f])
        for k in re.findall(r"⟦(.*?)⟧",tpl,re.S):
            k2=k.format(**d)
            if k2 not in keep: keep.append(k2)
        keep=[k for k in keep if not any(k in i["text"] or i["text"] in k for i in ids)]
        out.append({"id":f"h-{n:03d}","kind":kind,"applicant":d["app"],"text":text,"identifiers":ids,"keep":keep})
with open("texts.jsonl","w") as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out))
