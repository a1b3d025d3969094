#!/usr/bin/env python3
"""Render the 6 file documents of this set into files/ and write files.jsonl.
Boxes are recorded at the moment each string is drawn (PIL textbbox / reportlab stringWidth)."""
import json,os,random,io,email.message,email.utils
from PIL import Image,ImageDraw,ImageFont,ImageFilter
import qrcode,barcode
from barcode.writer import ImageWriter
HERE=os.path.dirname(os.path.abspath(__file__))
FD=os.path.join(HERE,"files"); LD=os.path.join(HERE,"drawlog")
os.makedirs(FD,exist_ok=True); os.makedirs(LD,exist_ok=True)
TTF="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; TTFB="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(28)
RECS=[]

class Canvas:
    def __init__(s,w,h,page=1):
        s.img=Image.new("RGB",(w,h),"white"); s.d=ImageDraw.Draw(s.img); s.w=w; s.h=h; s.page=page
        s.ids=[]; s.keep=[]; s.log=[]; s.barcodes=[]
    def fr(s,b,m=2): return [round(max(0,b[0]-m)/s.w,4),round(max(0,b[1]-m)/s.h,4),round(min(s.w,b[2]+m)/s.w,4),round(min(s.h,b[3]+m)/s.h,4)]
    def text(s,x,y,t,size=20,bold=False,ids=(),keep=()):
        f=ImageFont.truetype(TTFB if bold else TTF,size)
        s.d.text((x,y),t,font=f,fill="black"); s.log.append({"text":t,"page":s.page})
        for sub,typ in ids: s._mark(x,y,t,sub,f,s.ids,typ)
        for sub in keep: s._mark(x,y,t,sub,f,s.keep,None)
    def _mark(s,x,y,t,sub,f,lst,typ):
        i=t.find(sub); assert i>=0,(sub,t)
        while i>=0:
            x0=x+f.getlength(t[:i]); bb=s.d.textbbox((x0,y),sub,font=f)
            e={"text":sub}
            if typ: e["type"]=typ
            e["page"]=s.page; e["box"]=s.fr(bb); lst.append(e); i=t.find(sub,i+1)
    def paste(s,im,x,y,fmt,val):
        s.img.paste(im,(x,y)); s.barcodes.append({"format":fmt,"value":val,"page":s.page,"box":s.fr((x,y,x+im.width,y+im.height),0)})

def code128(val,h=60):
    w=ImageWriter(); b=barcode.get("code128",val,writer=w)
    im=b.render({"module_height":h/10,"write_text":False,"quiet_zone":1,"module_width":0.25,"dpi":200})
    return im.convert("RGB")
def qr(val,px):
    q=qrcode.QRCode(border=1,box_size=4); q.add_data(val); q.make()
    return q.make_image(fill_color="black",back_color="white").convert("RGB").resize((px,px))
def rec(**k): RECS.append(k)
def dumplog(name,logs): json.dump(logs,open(os.path.join(LD,name+".json"),"w"),ensure_ascii=False,indent=0)

# ---- t-073 wristband PNG (Scotland) ----
A="Dr Catriona Morrison"
c=Canvas(1400,320)
c.d.rectangle([0,0,1399,319],outline=(120,160,210),width=6)
c.text(30,25,"NHS Highland - Raigmore Hospital",22,keep=["Raigmore Hospital"])
c.text(30,65,"MACKINNON, Ealasaid Anna",34,True,ids=[("MACKINNON, Ealasaid Anna","PATIENT_NAME")])
c.text(30,120,"DOB 04/08/1931   F",24,keep=["DOB 04/08/1931"])
c.text(30,160,"CHI 0408315528",24,ids=[("0408315528","NHS_NUMBER")])
c.text(30,200,"Unit H0781135   Ward 6C",24,ids=[("H0781135","HOSPITAL_NUMBER")],keep=["Ward 6C"])
c.text(30,245,"ALLERGY: penicillin",22,keep=["ALLERGY: penicillin"])
bc=code128("H0781135"); bc=bc.resize((min(bc.width,520),110)); c.paste(bc,620,70,"Code128","H0781135")
c.text(620,195,"H0781135",20,ids=[("H0781135","HOSPITAL_NUMBER")])
q=qr("CHI:0408315528;UNIT:H0781135;MACKINNON EALASAID",200); c.paste(q,1170,60,"QR","CHI:0408315528;UNIT:H0781135;MACKINNON EALASAID")
c.img.save(os.path.join(FD,"t-073-wristband.png")); dumplog("t-073-wristband.png",c.log)
rec(id="t-073",file="files/t-073-wristband.png",format="png",kind="wristband_photo",applicant=A,pages=1,identifiers=c.ids,keep=c.keep,barcodes=c.barcodes,photos=[])

# ---- t-074 image-only scanned PDF (Wales, old age psychiatry) ----
B="Dr Rhys ap Gwilym"
c=Canvas(1240,1754)
L=[ (80,80,"Hywel Dda University Health Board",30,True,[],["Hywel Dda University Health Board"]),
    (80,130,"Older Adult Mental Health - Bryngofal Ward, Prince Philip Hospital, Llanelli",20,False,[],["Bryngofal Ward","Prince Philip Hospital"]),
    (80,200,"Ein cyf / Our ref: OAMH/RaG/1174",20,False,[("OAMH/RaG/1174","REFERENCE_NUMBER")],[]),
    (80,250,"Dr Gethin Morgans, Meddygfa Tymbl, Heol y Neuadd, Tumble SA14 6HR",20,False,[("Dr Gethin Morgans","COLLEAGUE_NAME"),("Meddygfa Tymbl, Heol y Neuadd, Tumble","ADDRESS"),("SA14 6HR","POSTCODE")],[]),
    (80,320,"Re: Mrs Ceinwen Harries, Gwêl y Mynydd, Cross Hands SA14 6SU",22,True,[("Mrs Ceinwen Harries","PATIENT_NAME"),("Gwêl y Mynydd, Cross Hands","ADDRESS"),("SA14 6SU","POSTCODE")],[]),
    (80,360,"NHS no. 468 302 7719    DOB 17/01/1944    Hosp no. PPH-3320917",20,False,[("468 302 7719","NHS_NUMBER"),("PPH-3320917","HOSPITAL_NUMBER")],["DOB 17/01/1944"]),
    (80,430,"Mrs Harries was detained under Section 3 of the Mental Health Act 1983 on 02/09/2025.",20,False,[("Mrs Harries","PATIENT_NAME")],["Section 3","Mental Health Act 1983"]),
    (80,465,"Diagnosis: late-onset schizophrenia-like psychosis (F20.0). MoCA 24/30.",20,False,[],["F20.0","MoCA 24/30"]),
    (80,500,"Treatment: amisulpride 50 mg OD; ECG QTc 438 ms. Lithium not indicated.",20,False,[],["amisulpride 50 mg OD","QTc 438 ms"]),
    (80,535,"Her son, Mr Gareth Harries (07700 900392), has asked for updates in Welsh.",20,False,[("Mr Gareth Harries","RELATIVE_NAME"),("07700 900392","PHONE")],[]),
    (80,570,"Tribunal application ref MHRTW/25/0917 has been lodged.",20,False,[("MHRTW/25/0917","REFERENCE_NUMBER")],[]),
    (80,660,"Yn gywir,",20,False,[],[]),
    (80,700,"Dr Rhys ap Gwilym, Specialty Doctor, GMC 7234561",20,False,[],["Dr Rhys ap Gwilym","GMC 7234561"]),
    (80,735,"Verified: Dr Siân Hughes, Consultant Old Age Psychiatrist",20,False,[],["Dr Siân Hughes"]),
]
for x,y,t,sz,b,ids,kp in L: c.text(x,y,t,sz,b,ids=ids,keep=kp)
# scan noise
px=c.img.load()
for _ in range(9000):
    x=random.randrange(c.w); y=random.randrange(c.h); g=random.randrange(90,200); px[x,y]=(g,g,g)
img=c.img.convert("L").filter(ImageFilter.GaussianBlur(0.6))
img.save(os.path.join(FD,"t-074-scan.pdf"),"PDF",resolution=150)
dumplog("t-074-scan.pdf",c.log)
rec(id="t-074",file="files/t-074-scan.pdf",format="pdf",kind="scanned_letter",applicant=B,pages=1,text_layer=False,identifiers=c.ids,keep=c.keep,barcodes=[],photos=[])

# ---- t-075 text-layer PDF (Northern Ireland ICU) ----
from reportlab.pdfgen import canvas as rc
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
pdfmetrics.registerFont(TTFont("DV",TTF))
G="Dr Aoibheann Ní Fhloinn"
W,H=A4; p=os.path.join(FD,"t-075-icu-summary.pdf"); cv=rc.Canvas(p,pagesize=A4)
ids=[];keep=[]
def pl(page,x,y,t,ii=(),kk=(),fs=10.5):
    cv.setFont("DV",fs); cv.drawString(x,y,t); a,dsc=pdfmetrics.getAscentDescent("DV",fs)
    for lst,items in ((ids,ii),(keep,[(k,None) for k in kk])):
        for sub,typ in items:
            i=t.find(sub); assert i>=0,(sub,t)
            while i>=0:
                x0=x+pdfmetrics.stringWidth(t[:i],"DV",fs); x1=x0+pdfmetrics.stringWidth(sub,"DV",fs)
                e={"text":sub}
                if typ: e["type"]=typ
                e["page"]=page; e["box"]=[round((x0-1)/W,4),round((H-(y+a)-1)/H,4),round((x1+1)/W,4),round((H-(y+dsc)+1)/H,4)]
                lst.append(e); i=t.find(sub,i+1)
y=H-60
lines=[("Belfast Health and Social Care Trust - Regional Intensive Care Unit, Royal Victoria Hospital",[],["Royal Victoria Hospital","Regional Intensive Care Unit"]),
("Critical care follow-up clinic letter",[],[]),
("Patient: Dearbhla Nic Giolla Phádraig   H&C 512 884 3307   RVH unit no. RVH-ICU-557201",[("Dearbhla Nic Giolla Phádraig","PATIENT_NAME"),("512 884 3307","NHS_NUMBER"),("RVH-ICU-557201","HOSPITAL_NUMBER")],[]),
("DOB 11/11/1979   Female   Address: 19 Falls Road, Belfast BT12 4PD",[("19 Falls Road, Belfast","ADDRESS"),("BT12 4PD","POSTCODE")],["DOB 11/11/1979"]),
("GP: Dr Eoghan Mac Cárthaigh, Beechview Surgery",[("Dr Eoghan Mac Cárthaigh","COLLEAGUE_NAME"),("Beechview Surgery","ADDRESS")],[]),
("",[],[]),
("Dearbhla spent 14 days in ICU with meningococcal septicaemia; she needed noradrenaline up to",[("Dearbhla","PATIENT_NAME")],["14 days","meningococcal septicaemia"]),
("0.45 mcg/kg/min and hydrocortisone 50 mg QDS. She now has PICS: HADS-A 13, HADS-D 9.",[],["0.45 mcg/kg/min","hydrocortisone 50 mg QDS","HADS-A 13"]),
("Her partner, Caoimhe Ní Riain (07700 900511), asked about the ICU diary kept by nurse Orla Magee.",[("Caoimhe Ní Riain","RELATIVE_NAME"),("07700 900511","PHONE"),("Orla Magee","COLLEAGUE_NAME")],["ICU diary"]),
("Plan: referral to ICUsteps Belfast peer group; physiotherapy; review 3 months.",[],["ICUsteps"]),
("",[],[]),
("Dr Aoibheann Ní Fhloinn, ICU Clinical Fellow, GMC 7612345",[],["Dr Aoibheann Ní Fhloinn","GMC 7612345"]),
("Verified by: Dr Kevin Doherty, Consultant Intensivist",[],["Dr Kevin Doherty"])]
for t,ii,kk in lines:
    pl(1,50,y,t,ii,kk); y-=18
cv.setFont("DV",8); cv.drawString(50,40,"Dr Aoibheann Ní Fhloinn - portfolio evidence - page 1 of 2"); cv.showPage()
y=H-60
for t,ii,kk in [("Page 2 - Follow-up clinic checklist (Dr Ní Fhloinn)",[],["Dr Ní Fhloinn"]),
("Patient ref: RVH-ICU-557201   Datix (follow-up missed appointment): W-BHSCT-2025-70110",[("RVH-ICU-557201","HOSPITAL_NUMBER"),("W-BHSCT-2025-70110","REFERENCE_NUMBER")],[]),
("Six-minute walk 310 m; MRC dyspnoea 3; EQ-5D-5L 0.61. Return to work at Belfast City Council phased.",[],["310 m","MRC dyspnoea 3","EQ-5D-5L 0.61"]),
("Contact for Dearbhla: dearbhla.ngp@example.com",[("Dearbhla","PATIENT_NAME"),("dearbhla.ngp@example.com","EMAIL")],[])]:
    pl(2,50,y,t,ii,kk); y-=18
cv.showPage(); cv.save()
rec(id="t-075",file="files/t-075-icu-summary.pdf",format="pdf",kind="clinic_letter_pdf",applicant=G,pages=2,text_layer=True,identifiers=ids,keep=keep,barcodes=[],photos=[])

# ---- t-076 DOCX with table (England, T&O) ----
import docx
J="Dr Kwabena Asante"
D=docx.Document(); D.add_heading("Trauma meeting list - John Radcliffe Hospital - 14/02/2026",1)
D.add_paragraph("Prepared by Dr Kwabena Asante (GMC 7581122). Consultant: Mr Jonathan Prideaux.")
rows=[("Patient","MRN","Injury","Plan"),
("Winifred Pocock 91F","JR-2219034","#NOF R, AMTS 7/10","Hemiarthroplasty, Theatre 2"),
("Tariq Mahmood 19M","JR-2220117","Open tib/fib Gustilo IIIA","Cefuroxime 1.5 g, debride + ex-fix"),
("\"Nan\" Edna Shergold 85F","JR-2219987","Periprosthetic # Vancouver B2","Refer to Mr Alistair Quarrie (revision)")]
T=D.add_table(rows=len(rows),cols=4)
for i,r in enumerate(rows):
    for j,v in enumerate(r): T.cell(i,j).text=v
D.add_paragraph("Tariq's mother (Mrs Farzana Mahmood) can be reached on 07700 900617. Edna lives at 4 Church Lane, Cumnor OX2 9QH; granddaughter Chloe is her carer.")
D.add_paragraph("Datix for delayed transfer: JR-DTX-26-00871. Night SHO: Dr Precious Nwosu.")
D.save(os.path.join(FD,"t-076-trauma-list.docx"))
rec(id="t-076",file="files/t-076-trauma-list.docx",format="docx",kind="handover_list_docx",applicant=J,
 identifiers=[{"text":a,"type":b} for a,b in [("Winifred Pocock","PATIENT_NAME"),("JR-2219034","HOSPITAL_NUMBER"),("Tariq Mahmood","PATIENT_NAME"),("JR-2220117","HOSPITAL_NUMBER"),("\"Nan\"","PATIENT_NAME"),("Edna Shergold","PATIENT_NAME"),("JR-2219987","HOSPITAL_NUMBER"),("Mr Alistair Quarrie","COLLEAGUE_NAME"),("Tariq","PATIENT_NAME"),("Mrs Farzana Mahmood","RELATIVE_NAME"),("07700 900617","PHONE"),("Edna","PATIENT_NAME"),("4 Church Lane, Cumnor","ADDRESS"),("OX2 9QH","POSTCODE"),("Chloe","RELATIVE_NAME"),("JR-DTX-26-00871","REFERENCE_NUMBER"),("Dr Precious Nwosu","COLLEAGUE_NAME")]],
 keep=["John Radcliffe Hospital","Dr Kwabena Asante","GMC 7581122","Mr Jonathan Prideaux","AMTS 7/10","Gustilo IIIA","Cefuroxime 1.5 g","Vancouver B2","91F","Theatre 2"])

# ---- t-077 e-mail (Scotland rural GP) ----
Bm="Dr Iain Mac a' Phearsain"
m=email.message.EmailMessage()
m["From"]="Iain Mac a' Phearsain <iain.macaphearsain@nhs.scot>"
m["To"]="Dr Ruth Oyelowo <ruth.oyelowo@nhs.scot>"
m["Subject"]="Mrs Fionnghal Mhoireach - palliative care, Plockton"
m["Date"]=email.utils.format_datetime(email.utils.parsedate_to_datetime("Tue, 18 Nov 2025 17:45:00 +0000"))
m.set_content("""Ruth,

Handing over Fionnghal Mhoireach (CHI 2603397715) for the weekend. She's at Taigh a' Chladaich, 11 Harbour Street, Plockton IV52 8TN. Syringe driver: morphine 20 mg + midazolam 10 mg / 24 h. Her husband Dòmhnall will call the out-of-hours service on 01632 960204 if she is distressed.
The DN, Kirsteen Matheson, has the just-in-case box. Anticipatory Care Plan ref ACP-HIG-25-4471 is on KIS.
See you Monday,
Iain
Dr Iain Mac a' Phearsain, Lochcarron Medical Practice
""")
open(os.path.join(FD,"t-077-handover.eml"),"wb").write(bytes(m))
rec(id="t-077",file="files/t-077-handover.eml",format="eml",kind="email",applicant=Bm,
 identifiers=[{"text":a,"type":b} for a,b in [("Dr Ruth Oyelowo","COLLEAGUE_NAME"),("ruth.oyelowo@nhs.scot","EMAIL"),("Mrs Fionnghal Mhoireach","PATIENT_NAME"),("Ruth","COLLEAGUE_NAME"),("Fionnghal Mhoireach","PATIENT_NAME"),("2603397715","NHS_NUMBER"),("Taigh a' Chladaich, 11 Harbour Street, Plockton","ADDRESS"),("IV52 8TN","POSTCODE"),("Dòmhnall","RELATIVE_NAME"),("01632 960204","PHONE"),("Kirsteen Matheson","COLLEAGUE_NAME"),("ACP-HIG-25-4471","REFERENCE_NUMBER")]],
 keep=["iain.macaphearsain@nhs.scot","Dr Iain Mac a' Phearsain","morphine 20 mg","midazolam 10 mg / 24 h","Lochcarron Medical Practice","Iain"])

# ---- t-078 JPEG specimen label (England sexual health) ----
L_="Dr Marek Nowicki"
c=Canvas(900,420)
c.d.rectangle([5,5,894,414],outline="black",width=3)
c.text(25,20,"Mortimer Market Centre - Pathology",22,True,keep=["Mortimer Market Centre"])
c.text(25,62,"ODUYA Jayden",30,True,ids=[("ODUYA Jayden","PATIENT_NAME")])
c.text(25,108,"DOB 21/05/1994  M",22,keep=["DOB 21/05/1994"])
c.text(25,145,"Clinic no MMC-88213-L",22,ids=[("MMC-88213-L","HOSPITAL_NUMBER")])
c.text(25,182,"Acc 26M0113447  (coll 13/01/26 10:42)",22,ids=[("26M0113447","OTHER_ID")],keep=["13/01/26 10:42"])
c.text(25,219,"Test: HIV Ag/Ab + Syphilis EIA",22,keep=["HIV Ag/Ab","Syphilis EIA"])
c.text(25,256,"Req: Dr M Nowicki",22,keep=["Dr M Nowicki"])
bc=code128("26M0113447"); bc=bc.resize((min(bc.width,560),90)); c.paste(bc,25,300,"Code128","26M0113447")
c.text(600,320,"26M0113447",20,ids=[("26M0113447","OTHER_ID")])
img=c.img.filter(ImageFilter.GaussianBlur(0.5)); img.save(os.path.join(FD,"t-078-label.jpg"),"JPEG",quality=85)
dumplog("t-078-label.jpg",c.log)
rec(id="t-078",file="files/t-078-label.jpg",format="jpeg",kind="specimen_label_photo",applicant=L_,pages=1,identifiers=c.ids,keep=c.keep,barcodes=c.barcodes,photos=[])

with open(os.path.join(HERE,"files.jsonl"),"w",encoding="utf-8") as f:
    for r in RECS: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print("wrote",len(RECS))
