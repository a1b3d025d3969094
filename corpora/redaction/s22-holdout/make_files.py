#!/usr/bin/env python3
"""Render the file documents of the s22 hold-out set into files/ and write files.jsonl.
Seeded; run with the venv in this folder: .venv/bin/python make_files.py"""
import json, math, os, random, io
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import qrcode, barcode
from barcode.writer import ImageWriter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import docx
from email.message import EmailMessage

random.seed(2222)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
FD = "/usr/share/fonts/truetype/"
SANS = FD + "dejavu/DejaVuSans.ttf"; SANSB = FD + "dejavu/DejaVuSans-Bold.ttf"
SERIF = FD + "liberation/LiberationSerif-Regular.ttf"; MONO = FD + "dejavu/DejaVuSansMono.ttf"
LSANS = FD + "liberation/LiberationSans-Regular.ttf"; LSANSB = FD + "liberation/LiberationSans-Bold.ttf"
T = {"P":"PATIENT_NAME","R":"RELATIVE_NAME","C":"COLLEAGUE_NAME","A":"ADDRESS","PC":"POSTCODE","PH":"PHONE",
     "E":"EMAIL","N":"NHS_NUMBER","H":"HOSPITAL_NUMBER","RF":"REFERENCE_NUMBER","G":"GMC_NUMBER","U":"URL","O":"OTHER_ID"}
records = []

def F(path, size): return ImageFont.truetype(path, size)

class ImgPage:
    def __init__(self, w, h, bg=(255,255,255)):
        self.im = Image.new("RGB", (w, h), bg); self.d = ImageDraw.Draw(self.im)
        self.w, self.h = w, h; self.ids=[]; self.keeps=[]; self.bars=[]; self.photos=[]
    def text(self, x, y, segs, font, fill=(0,0,0)):
        if isinstance(segs, str): segs=[segs]
        full = "".join(s if isinstance(s,str) else s[0] for s in segs)
        self.d.text((x,y), full, font=font, fill=fill)
        pos = 0
        for s in segs:
            st = s if isinstance(s,str) else s[0]
            if not isinstance(s,str):
                px = x + self.d.textlength(full[:pos], font=font)
                b = self.d.textbbox((px, y), st, font=font)
                box = [b[0]-2, b[1]-2, b[2]+2, b[3]+2]
                (self.keeps if s[1]=="K" else self.ids).append((st, s[1], box))
            pos += len(st)
        return self.d.textbbox((x,y), full, font=font)
    def paste_code(self, img, x, y, fmt, value):
        img = img.convert("RGB"); self.im.paste(img, (x, y))
        g = img.convert("L").point(lambda v: 255 if v < 128 else 0); bb = g.getbbox()
        self.bars.append((fmt, value, [x+bb[0]-2, y+bb[1]-2, x+bb[2]+2, y+bb[3]+2]))
    def norm(self, box): return [round(max(0,box[0])/self.w,4), round(max(0,box[1])/self.h,4), round(min(self.w,box[2])/self.w,4), round(min(self.h,box[3])/self.h,4)]

def code128(value, module_width=0.35, height=12.0):
    bio = io.BytesIO()
    barcode.get("code128", value, writer=ImageWriter()).write(bio, {"module_width":module_width, "module_height":height, "write_text":False, "quiet_zone":2.0, "dpi":200})
    bio.seek(0); return Image.open(bio)
def qr(value, box_size=6):
    q = qrcode.QRCode(border=2, box_size=box_size); q.add_data(value); q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")

def rec_from_pages(rid, fname, fmt, kind, applicant, pages, transforms=None):
    r = {"id":rid, "file":"files/"+fname, "format":fmt, "kind":kind, "applicant":applicant, "pages":len(pages),
         "identifiers":[], "keep":[], "barcodes":[], "photos":[]}
    for i,p in enumerate(pages):
        tf = (transforms or {}).get(i, lambda b: b)
        for st,c,b in p.ids: r["identifiers"].append({"text":st, "type":T[c], "page":i+1, "box":p.norm(tf(b))})
        for st,c,b in p.keeps: r["keep"].append({"text":st, "page":i+1, "box":p.norm(tf(b))})
        for fm,v,b in p.bars: r["barcodes"].append({"format":fm, "value":v, "page":i+1, "box":p.norm(tf(b))})
        for b,what in p.photos: r["photos"].append({"page":i+1, "box":p.norm(tf(b)), "what":what})
    records.append(r)

def photo_finish(im, blur=0.8, noise=10, tint=(250,246,238)):
    im = im.filter(ImageFilter.GaussianBlur(blur))
    px = im.load()
    for _ in range(im.size[0]*im.size[1]//25):
        x = random.randrange(im.size[0]); y = random.randrange(im.size[1]); v = random.randint(-noise, noise)
        c = px[x,y]; px[x,y] = tuple(max(0,min(255,c[k]+v)) for k in range(3))
    return im

# ---------- h091 wristband photo (PNG) ----------
p = ImgPage(1600, 520, bg=(205,200,190))
p.d.rounded_rectangle([40,70,1560,450], radius=40, fill=(252,252,250), outline=(170,170,170), width=3)
f1=F(SANSB,38); f2=F(SANS,30); f3=F(SANS,22)
p.text(90,100,[("KHALIL, Yasmin Noor","P")],f1)
p.text(90,160,["DOB: ",("21/08/1987","K"),"   F   ",("Ward 6B","K")],f2)
p.text(90,210,["NHS: ",("938 417 2650","N")],f2)
p.text(90,260,["Hosp No: ",("WMH2204571","H")],f2)
p.text(90,310,["Allergies: ",("PENICILLIN","K")],f2)
p.text(90,400,["Portfolio evidence – ",("Dr Gabriel Mensah-Olsen","K"),", ST-equivalent, O&G"],f3,fill=(60,60,60))
p.paste_code(code128("WMH2204571", 0.33, 10.0), 900, 110, "Code128", "WMH2204571")
p.paste_code(qr("9384172650", 5), 1340, 150, "QR", "9384172650")
p.im = photo_finish(p.im); p.d = ImageDraw.Draw(p.im)
p.im.save(os.path.join(OUT,"s22-h091-wristband.png"))
rec_from_pages("s22-h091","s22-h091-wristband.png","png","wristband_photo","Dr Gabriel Mensah-Olsen",[p])

# ---------- h092 specimen label (JPEG) ----------
p = ImgPage(1000, 620, bg=(230,232,236))
p.d.rectangle([60,60,940,560], fill=(255,255,255), outline=(120,120,120), width=2)
f1=F(LSANSB,34); f2=F(LSANS,28); f3=F(MONO,24)
p.text(90,85,[("O'HALLORAN, Declan","P")],f1)
p.text(90,135,["DOB ",("03/11/1952","K"),"  M   H&C ",("712 093 4418","N")],f2)
p.text(90,180,["MRN ",("BCH-4471092","H"),"   ",("Ward 4 South","K")],f2)
p.text(90,225,["Specimen: ",("U&E, LFT, CRP","K"),"  Coll ",("14/03/2024 06:40","K")],f2)
p.text(90,270,["Lab no ",("24BC0318842","O")],f3)
p.paste_code(code128("24BC0318842", 0.3, 9.0), 90, 320, "Code128", "24BC0318842")
p.paste_code(qr("BCH-4471092|7120934418", 4), 700, 300, "QR", "BCH-4471092|7120934418")
p.text(90,500,["Req: ",("Dr Ananya Krishnan","K")],F(LSANS,22))
p.im = photo_finish(p.im, 1.0, 14)
p.im.save(os.path.join(OUT,"s22-h092-specimen-label.jpg"), quality=88)
rec_from_pages("s22-h092","s22-h092-specimen-label.jpg","jpeg","specimen_label_photo","Dr Ananya Krishnan",[p])

# ---------- h093 specimen request form (PNG) ----------
p = ImgPage(1240, 1754)
fb=F(LSANSB,34); f=F(LSANS,26); fs=F(LSANS,22)
p.text(80,60,[("Belfast Health and Social Care Trust","K")," – Regional Virus Laboratory"],fb)
p.text(80,110,"MICROBIOLOGY / VIROLOGY REQUEST",F(LSANSB,28))
y=190
rows=[["Surname: ",("FERREIRA DA SILVA","P")],["Forename(s): ",("Joana Beatriz","P")],
      ["DOB: ",("12/06/1994","K"),"     Sex: ",("F","K")],["H&C No: ",("330 819 2274","N"),"     Hosp No: ",("RVH-2290117","H")],
      ["Address: ",("Apt 9, 41 Ormeau Road, Belfast","A")," ",("BT7 1SH","PC")],["Tel: ",("028 9649 6742","PH")],
      ["Location: ",("Ward 6D, Royal Victoria Hospital","K")],["Clinical details: ",("fever 39.2 °C, rash, returned from Recife 3/7","K")],
      ["Tests: ",("dengue NS1, Zika PCR, malaria film x3","K")],["Requesting clinician: ",("Dr Oisín Mac Giolla Rua","K")],
      ["Consultant: ",("Dr Philippa Ardis","K")],["Next of kin: ",("Rafael Ferreira da Silva","R")," (husband) ",("07700 900 764","PH")]]
for r in rows:
    p.text(80,y,r,f); y+=62
p.d.line([80,y+10,1160,y+10], fill=(0,0,0), width=2)
p.text(80,y+30,"LAB USE ONLY",F(LSANSB,24))
p.text(80,y+80,["Accession: ",("V24-0044718","O")],f)
p.paste_code(code128("V24-0044718",0.35,12.0), 600, y+60, "Code128", "V24-0044718")
p.paste_code(code128("RVH-2290117",0.35,12.0), 80, y+200, "Code128", "RVH-2290117")
p.text(80,1650,"Page 1 of 1",fs)
p.im = photo_finish(p.im, 0.6, 8)
p.im.save(os.path.join(OUT,"s22-h093-request-form.png"))
rec_from_pages("s22-h093","s22-h093-request-form.png","png","specimen_request_form_scan","Dr Oisín Mac Giolla Rua",[p])

# ---------- h094 image-only scanned PDF letter (2 pages, rotated, noisy) ----------
def scan_page(lines, angle):
    p = ImgPage(1240, 1754)
    y=110
    for segs,fnt,gap in lines:
        p.text(110,y,segs,fnt); y+=gap
    # rotate and noise; transform boxes
    cx,cy=p.w/2,p.h/2; th=math.radians(angle)
    im = p.im.rotate(angle, resample=Image.BICUBIC, fillcolor=(255,255,255))
    def tf(b):
        pts=[(b[0],b[1]),(b[2],b[1]),(b[0],b[3]),(b[2],b[3])]; xs=[];ys=[]
        for x,yv in pts:
            dx,dy=x-cx,yv-cy
            xs.append(cx+dx*math.cos(th)+dy*math.sin(th)); ys.append(cy-dx*math.sin(th)+dy*math.cos(th))
        return [min(xs),min(ys),max(xs),max(ys)]
    im = photo_finish(im, 1.1, 30)
    im = im.convert("L").convert("RGB")
    d=ImageDraw.Draw(im)
    for _ in range(400):
        x=random.randrange(p.w); yy=random.randrange(p.h); d.point((x,yy), fill=(90,90,90))
    p.im=im
    return p, tf
fS=F(SERIF,27); fSB=F(SERIF,30)
pg1=[([("Ulster Hospital","K"),", Dundonald – Department of Cardiology"],fSB,60),
 (["Our ref: ",("KM/CARD/22/9917","RF"),"     Date: ",("17 October 2022","K")],fS,70),
 ([("Dr Siobhan Kerr-Patterson","C")],fS,40),([("Holywood Arches Health Centre","A")],fS,40),
 ([("Westminster Avenue North, Belfast","A")," ",("BT4 1NS","PC")],fS,80),
 (["Dear Dr ",("Kerr-Patterson","C"),","],fS,60),
 (["Re: ",("Mr Ronan Gilliland","P"),"  DOB ",("28/02/1949","K"),"  H&C ",("641 220 9783","N")],fS,40),
 ([("5 Station Road, Holywood","A")," ",("BT18 0BP","PC")],fS,70),
 (["Mr ",("Gilliland","P")," attended the heart failure clinic with his daughter, ",("Mrs Karen Adair","R"),"."],fS,40),
 (["His ejection fraction is ",("31%","K")," (echo ",("03/10/2022","K"),") and NT-proBNP ",("2,140 ng/L","K"),"."],fS,40),
 (["I have started ",("sacubitril/valsartan 24/26 mg BD","K")," and ",("dapagliflozin 10 mg OD","K"),"."],fS,40),
 (["He remains on ",("bisoprolol 5 mg","K")," and ",("eplerenone 25 mg","K"),". NYHA class ",("NYHA II","K"),"."],fS,40),
 (["He still sails at ",("Royal North of Ireland Yacht Club","A")," at weekends."],fS,40),
 (["Please check U&Es in ",("2 weeks","K"),"."],fS,60),
 (["continued overleaf / 1"],fS,40)]
pg2=[(["Page 2 – ",("Mr Ronan Gilliland","P"),"  H&C ",("641 220 9783","N")],fS,70),
 (["Our heart failure nurse, ",("Gemma Thorburn","C"),", will phone him on ",("028 9649 6551","PH"),"."],fS,40),
 (["His daughter asked that copies go to ",("karen.adair@example.com","E"),"."],fS,40),
 (["Yours sincerely,"],fS,90),
 ([("Dr Kayode Martins","K"),", Specialty Doctor in Cardiology"],fS,40),
 (["Seen with ",("Dr Hilary Maginn","K"),", Consultant Cardiologist (verifies)"],fS,40)]
pA,tfA=scan_page(pg1, 1.3); pB,tfB=scan_page(pg2, -0.9)
pA.im.save(os.path.join(OUT,"s22-h094-scanned-letter.pdf"), save_all=True, append_images=[pB.im], resolution=150)
rec_from_pages("s22-h094","s22-h094-scanned-letter.pdf","pdf","scanned_letter_image_only","Dr Kayode Martins",[pA,pB],{0:tfA,1:tfB})

# ---------- reportlab helper ----------
pdfmetrics.registerFont(TTFont("DV", SANS)); pdfmetrics.registerFont(TTFont("DVB", SANSB))
class PdfPage:
    W,H=595.27,841.89
    def __init__(self): self.ids=[];self.keeps=[];self.bars=[];self.photos=[];self.ops=[]; self.w=self.W; self.h=self.H
    def text(self,x,y,segs,font="DV",size=10.5):
        if isinstance(segs,str): segs=[segs]
        full="".join(s if isinstance(s,str) else s[0] for s in segs)
        self.ops.append(("t",x,y,full,font,size))
        asc,desc=pdfmetrics.getAscentDescent(font,size)
        pos=0
        for s in segs:
            st=s if isinstance(s,str) else s[0]
            if not isinstance(s,str):
                x0=x+pdfmetrics.stringWidth(full[:pos],font,size); x1=x0+pdfmetrics.stringWidth(st,font,size)
                box=[x0-1,y-1,x1+1,y+asc-desc+1]
                (self.keeps if s[1]=="K" else self.ids).append((st,s[1],box))
            pos+=len(st)
    def image(self,img,x,y,w,h,fmt=None,value=None,photo=None):
        self.ops.append(("i",img,x,y,w,h))
        if fmt:
            g=img.convert("L").point(lambda v:255 if v<128 else 0); bb=g.getbbox(); sx=w/img.size[0]; sy=h/img.size[1]
            self.bars.append((fmt,value,[x+bb[0]*sx-1,y+bb[1]*sy-1,x+bb[2]*sx+1,y+bb[3]*sy+1]))
        if photo: self.photos.append(([x,y,x+w,y+h],photo))
    def norm(self,b): return [round(max(0,b[0])/self.W,4),round(max(0,b[1])/self.H,4),round(min(self.W,b[2])/self.W,4),round(min(self.H,b[3])/self.H,4)]
def write_pdf(path,pages):
    c=rl_canvas.Canvas(path,pagesize=(PdfPage.W,PdfPage.H))
    for p in pages:
        for op in p.ops:
            if op[0]=="t":
                _,x,y,full,font,size=op; asc,desc=pdfmetrics.getAscentDescent(font,size)
                c.setFont(font,size); c.drawString(x,PdfPage.H-y-asc,full)
            else:
                _,img,x,y,w,h=op
                from reportlab.lib.utils import ImageReader
                c.drawImage(ImageReader(img),x,PdfPage.H-y-h,w,h)
        c.showPage()
    c.save()
def flow(p,y,lines,gap=15,x=50,size=10.5,font="DV"):
    for l in lines:
        p.text(x,y,l,font,size); y+=gap
    return y

# ---------- h095 text-layer PDF discharge summary (2 pages) ----------
a="Dr Shreya Balasubramanian"
p1=PdfPage(); p2=PdfPage()
y=flow(p1,40,[[("Wrexham Maelor Hospital","K")," – ",("Betsi Cadwaladr University Health Board","K")]],20,size=13,font="DVB")
y=flow(p1,y,[["DISCHARGE SUMMARY – Gastroenterology – completed by ",(a,"K")],
 ["Patient: ",("Mr Llŷr Vaughan-Edwards","P"),"    DOB: ",("30/03/1966","K"),"    Sex: ",("Male","K")],
 ["NHS No: ",("482 019 3376","N"),"    Hospital No: ",("M0992184","H")],
 ["Address: ",("Bryn Awel, Ffordd y Castell, Chirk","A"),"  ",("LL14 5BS","PC")],
 ["Next of kin: ",("Sioned Vaughan-Edwards","R")," (wife)  tel ",("01632 960215","PH")],
 ["GP: ",("Dr Aled Penri-Jones","C"),", ",("Chirk Surgery","A")],
 ["Admitted ",("04/02/2024","K"),"  Discharged ",("11/02/2024","K"),"  Ward: ",("Ward Onnen","K")],
 [""],
 ["Diagnosis: ",("Acute variceal haemorrhage","K"),"; ",("alcohol-related cirrhosis (Child-Pugh B8)","K")],
 ["Procedure: OGD with band ligation (",("4 bands","K"),"), ",("05/02/2024","K"),", by ",("Dr Lukas Brandt","C")],
 ["Hb nadir ",("68 g/L","K"),"; transfused ",("2 units","K"),"; ",("terlipressin 2 mg QDS","K")," for ",("3 days","K")],
 ["Scores: ",("Glasgow-Blatchford score 14","K"),"; ",("MELD 16","K")],
 ["Social: works at ",("the Kronospan site in Chirk","A"),"; drinks at ",("the Hand Hotel","A"),"; AA contact ",("Dave","R")],
 [""],["Medications on discharge:"],
 [("propranolol 40 mg BD","K"),", ",("lactulose 20 ml BD","K"),", ",("thiamine 100 mg TDS","K")],
 ],16)
p1.image(qr("https://results.example-bcuhb.nhs.uk/p/M0992184",4),470,680,80,80,"QR","https://results.example-bcuhb.nhs.uk/p/M0992184")
p1.text(50,800,["Page 1 of 2 – ",(a,"K")],"DV",9)
y=flow(p2,40,[["Page 2 – ",("Mr Llŷr Vaughan-Edwards","P")," – ",("M0992184","H")],[""],
 ["Follow-up: hepatology clinic in ",("6 weeks","K"),"; repeat OGD ",("2–4 weeks","K"),"."],
 ["Alcohol liaison: ",("Nurse Heledd Owain","C")," referred (ref ",("ALS-WM-24-0311","RF"),")."],
 ["Results portal: ",("https://results.example-bcuhb.nhs.uk/p/M0992184","U")],
 [""],["Completed by ",(a,"K"),", Specialty Doctor."],["Verified: ",("Dr Bethan Roderick","K"),", Consultant Gastroenterologist"]],16)
p2.text(50,800,["Page 2 of 2 – ",(a,"K")],"DV",9)
write_pdf(os.path.join(OUT,"s22-h095-discharge.pdf"),[p1,p2])
rec_from_pages("s22-h095","s22-h095-discharge.pdf","pdf","discharge_summary_pdf",a,[p1,p2])

# ---------- h099 text-layer PDF, 3 pages: incident + MDT list ----------
a="Dr Ikechukwu Anozie"
q1,q2,q3=PdfPage(),PdfPage(),PdfPage()
y=flow(q1,40,[[("Royal Stoke University Hospital","K")," – Governance pack, section 4"]],22,size=13,font="DVB")
y=flow(q1,y,[["Index compiled by ",(a,"K")," (GMC ",("7318845","K"),")"],[""],
 ["Item 4.1  Incident report – Datix ",("STK-2023-55120","RF")],
 ["Patient: ",("Miss Tegan Salt","P"),", ",("17","K")," years, ",("Female","K"),", hosp no ",("RJE-8810273","H")],
 ["Event: delayed recognition of ",("diabetic ketoacidosis","K")," on ",("Ward 112","K"),"."],
 ["The FY2, ",("Dr Marcus Oyedele","C"),", documented capillary ketones ",("4.8 mmol/L","K")," but did not escalate."],
 ["The registrar, ",("Dr Priyamvada Iyer","C"),", was in theatre. ",("Tegan","P"),"'s mother, ",("Mrs Lisa Salt","R"),","],
 ["rang the ward at 21:10 from ",("Longton","A"),"; the nurse who took the call was ",("RN Josh Bloor","C"),"."],
 ["Outcome: ",("moderate harm","K"),"; admitted to ",("HDU bed 3","K")," for ",("fixed-rate insulin 0.1 units/kg/h","K"),"."],
 ["Duty of candour letter ref ",("DOC-STK-23-0417","RF"),"."],
 ],16)
q1.text(50,800,["Page 1 of 3 – ",(a,"K")],"DV",9)
y=flow(q2,40,[["Item 4.2  Diabetes MDT list, ",("15/11/2023","K")],[""],
 ["Initials  Age  Hosp no        Issue"],
 [("TS","P"),"        ",("17F","K"),"  ",("RJE-8810273","H"),"    post-DKA education, ",("Libre 2","K")],
 [("AOK","P"),"       ",("15M","K"),"  ",("RJE-8799401","H"),"    HbA1c ",("96 mmol/mol","K"),", school ",("Haywood Academy","A")],
 [("R. Bhatti","P"),"  ",("16F","K"),"  ",("RJE-8823318","H"),"    eating disorder screen ",("SCOFF 3/5","K")],
 [("Kacper N.","P"),"  ",("14M","K"),"  ",("RJE-8830052","H"),"    new T1DM, Polish-speaking family"],
 [""],
 ["Present: ",("Dr Gillian Forrester","K")," (consultant, chair), ",(a,"K"),","],
 ["         ",("Sam Whitmore","C")," (DSN), ",("Ola Nowicka","C")," (dietitian)"],
 ],16)
q2.image(code128("RJE-8810273",0.3,8.0),400,300,150,40,"Code128","RJE-8810273")
q2.text(50,800,["Page 2 of 3 – ",(a,"K")],"DV",9)
y=flow(q3,40,[["Item 4.3  Reflection on items 4.1–4.2"],[""],
 ["I reviewed ",("Tegan","P"),"'s case with ",("Dr Oyedele","C")," in a supportive debrief; he is now confident with the"],
 [("JBDS-IP DKA guideline","K"),". We changed the ward ketone escalation threshold to ",("3.0 mmol/L","K"),"."],
 ["Mrs ",("Salt","P")," thanked the team by e-mail (",("lisasalt79@example.co.uk","E"),")."],
 [""],["Verified: ",("Dr Gillian Forrester","K"),", Consultant Paediatric Diabetologist"]],16)
q3.text(50,800,["Page 3 of 3 – ",(a,"K")],"DV",9)
write_pdf(os.path.join(OUT,"s22-h099-governance-bundle.pdf"),[q1,q2,q3])
rec_from_pages("s22-h099","s22-h099-governance-bundle.pdf","pdf","governance_bundle_pdf",a,[q1,q2,q3])

# ---------- h096 DOCX with patient table ----------
a="Dr Noor Al-Hashimi"
D=docx.Document()
D.add_heading("Ambulatory care caseload – evidence for SLO 3 (Acute Medicine)", level=1)
D.add_paragraph(f"Prepared by {a}, Specialty Doctor, Heartlands Hospital, Birmingham. Supervisor: Dr Terence Alcock (verified).")
D.add_paragraph("Week of 20/05/2024. The table lists patients I saw independently in SDEC.")
rows=[("Initials","Name","MRN","NHS no","Age/Sex","Diagnosis","Outcome"),
 ("M.A.","Mohammed Arshad","HGS-5508821","621 448 0973","52M","PE (Wells score 4.5)","rivaroxaban 15 mg BD, home"),
 ("B.O'C.","Bridget O'Connell","HGS-5509934","704 117 3388","77F","cellulitis","IV ceftriaxone 2 g OD via OPAT"),
 ("S.K.","Sukhwinder Kaur","HGS-5510276","486 002 9154","44F","migraine","discharged, GP follow-up"),
 ("D.N.","Duc Nguyen","HGS-5511408","519 330 2867","61M","DVT","apixaban 10 mg BD for 7 days"),
 ("J.P.","Jerome Pinnock","HGS-5512019","833 904 1125","35M","pneumothorax (2.1 cm)","aspiration, home")]
tb=D.add_table(rows=len(rows), cols=7); tb.style="Table Grid"
for i,r in enumerate(rows):
    for j,v in enumerate(r): tb.cell(i,j).text=v
D.add_paragraph("Notes: Mr Arshad's wife, Nasreen, drove him from Small Heath; Mr Nguyen works at the nail bar on Coventry Road and asked us to ring his daughter Linh on 07700 900 306.")
D.add_paragraph("Bridget asked for her son Declan to be told; he lives at 19 Church Road, Yardley, B25 8UR.")
D.add_paragraph(f"Signed: {a}.  Verified: Dr Terence Alcock, Consultant Acute Physician.")
D.save(os.path.join(OUT,"s22-h096-caseload.docx"))
ids=[("M.A.","P"),("Mohammed Arshad","P"),("HGS-5508821","H"),("621 448 0973","N"),("B.O'C.","P"),("Bridget O'Connell","P"),("HGS-5509934","H"),("704 117 3388","N"),
 ("S.K.","P"),("Sukhwinder Kaur","P"),("HGS-5510276","H"),("486 002 9154","N"),("D.N.","P"),("Duc Nguyen","P"),("HGS-5511408","H"),("519 330 2867","N"),
 ("J.P.","P"),("Jerome Pinnock","P"),("HGS-5512019","H"),("833 904 1125","N"),("Arshad","P"),("Nasreen","R"),("Small Heath","A"),("Nguyen","P"),
 ("the nail bar on Coventry Road","A"),("Linh","R"),("07700 900 306","PH"),("Bridget","P"),("Declan","R"),("19 Church Road, Yardley","A"),("B25 8UR","PC")]
keeps=[a,"Heartlands Hospital","Dr Terence Alcock","20/05/2024","52M","Wells score 4.5","rivaroxaban 15 mg BD","77F","IV ceftriaxone 2 g OD","44F","61M","apixaban 10 mg BD for 7 days","35M","pneumothorax (2.1 cm)","SLO 3"]
records.append({"id":"s22-h096","file":"files/s22-h096-caseload.docx","format":"docx","kind":"caseload_table_docx","applicant":a,"pages":1,
 "identifiers":[{"text":t,"type":T[c]} for t,c in ids],"keep":[{"text":k} for k in keeps],"barcodes":[],"photos":[]})

# ---------- h097 e-mail ----------
a="Dr Chiara Lombardi"
m=EmailMessage()
m["From"]="Dr Chiara Lombardi <chiara.lombardi@nhs.net>"
m["To"]="Dr Euan Strathearn <euan.strathearn@nhs.scot>"
m["Cc"]="Marion Pettigrew <m.pettigrew@ggc.example.scot>"
m["Date"]="Wed, 10 Jul 2024 17:45:12 +0100"
m["Subject"]="Transfer of care - Mrs Ishbel Carmichael - CHI 2511438826"
m.set_content("""Dear Euan,

Thank you for accepting Mrs Ishbel Carmichael (CHI 2511438826, hospital no GG-0772145) for transfer to the stroke rehab unit at Gartnavel General Hospital.

Summary: 81-year-old woman, left MCA infarct on 01/07/2024, NIHSS 11 on arrival, thrombolysed with tenecteplase 0.25 mg/kg. Now NIHSS 5, modified Rankin Scale 3. Dysphagia resolved (IDDSI level 7). On clopidogrel 75 mg OD and atorvastatin 80 mg.

She lives at 3 Lochend Crescent, Bearsden, G61 1DX, with her husband Alasdair, who has early dementia. Her son, Neil Carmichael, is the main contact: 0141 496 0624. She is a church elder at New Kilpatrick Parish Church and is keen to get home for her granddaughter Kirsty's wedding.

Her ward nurse, Marion Pettigrew, will phone your team with the handover. Incident ref for her earlier fall on our ward: GGC-IR-24-18830.

Best wishes,
Chiara

Dr Chiara Lombardi, Specialty Doctor, Stroke Medicine, Queen Elizabeth University Hospital
Supervisor: Dr Kenneth Abernethy (verifies this evidence)
""", cte="8bit")
open(os.path.join(OUT,"s22-h097-transfer.eml"),"wb").write(bytes(m))
ids=[("Euan Strathearn","C"),("euan.strathearn@nhs.scot","E"),("Euan","C"),("Marion Pettigrew","C"),("m.pettigrew@ggc.example.scot","E"),
 ("Mrs Ishbel Carmichael","P"),("2511438826","N"),("GG-0772145","H"),("3 Lochend Crescent, Bearsden","A"),("G61 1DX","PC"),("Alasdair","R"),
 ("Neil Carmichael","R"),("0141 496 0624","PH"),("New Kilpatrick Parish Church","A"),("Kirsty","R"),("GGC-IR-24-18830","RF")]
keeps=[a,"Chiara","chiara.lombardi@nhs.net","Gartnavel General Hospital","81-year-old","01/07/2024","NIHSS 11","tenecteplase 0.25 mg/kg","NIHSS 5","modified Rankin Scale 3","IDDSI level 7","clopidogrel 75 mg OD","atorvastatin 80 mg","Queen Elizabeth University Hospital","Dr Kenneth Abernethy"]
records.append({"id":"s22-h097","file":"files/s22-h097-transfer.eml","format":"eml","kind":"email_eml","applicant":a,"pages":1,
 "identifiers":[{"text":t,"type":T[c]} for t,c in ids],"keep":[{"text":k} for k in keeps],"barcodes":[],"photos":[]})

# ---------- h098 TIFF: sheet of addressograph labels ----------
a="Dr Emeka Uzoma"
p=ImgPage(1240,1754,bg=(248,248,244))
f=F(LSANS,24); fb=F(LSANSB,26)
p.text(60,40,["Addressograph label sheet photographed for consent-form evidence – ",(a,"K")],F(LSANS,22))
lab=[("PARRY, Gwenda","941 337 0128","YGC-553012","14/04/1939","Ward 7, Ysbyty Glan Clwyd"),
     ("ZADEH, Amir","512 866 2041","YGC-553307","02/09/1981","Ward 7, Ysbyty Glan Clwyd")]
yy=120
for nm,nhs,hn,dob,ward in lab:
    for col in (0,1):
        x=60+col*590
        p.d.rectangle([x,yy,x+560,yy+330],outline=(150,150,150),width=2)
        p.text(x+20,yy+20,[(nm,"P")],fb)
        p.text(x+20,yy+65,["NHS ",(nhs,"N")],f)
        p.text(x+20,yy+105,["Unit ",(hn,"H"),"  DOB ",(dob,"K")],f)
        p.text(x+20,yy+145,[(ward,"K")],f)
        p.paste_code(code128(hn,0.28,8.0),x+20,yy+190,"Code128",hn)
    yy+=380
p.text(60,yy+20,["Consent countersigned: ",("Mr Dewi Hughes-Parry","K")," (consultant surgeon)"],f)
p.im=photo_finish(p.im,0.7,12)
p.im.save(os.path.join(OUT,"s22-h098-label-sheet.tiff"), compression="tiff_lzw")
rec_from_pages("s22-h098","s22-h098-label-sheet.tiff","tiff","addressograph_labels_photo",a,[p])

# ---------- h100 wound photo with label, QR ----------
a="Dr Ritu Malhotra"
p=ImgPage(1400,1000,bg=(120,100,90))
# skin + wound (drawn)
p.d.ellipse([150,180,980,880],fill=(214,170,140)); p.d.ellipse([430,430,760,600],fill=(150,40,50)); p.d.ellipse([480,470,700,560],fill=(190,170,90))
p.photos.append(([150,180,980,880],"photograph of patient's leg ulcer (patient photograph)"))
p.d.rectangle([1000,60,1370,440],fill=(255,255,255))
f=F(LSANS,22)
p.text(1015,75,[("Jaswinder Dhillon","P")],F(LSANSB,24))
p.text(1015,110,["DOB ",("05/05/1950","K")],f)
p.text(1015,140,["RiO ",("RIO40092281","H")],f)
p.text(1015,170,[("Leg ulcer clinic","K")],f)
p.paste_code(qr("RIO40092281",4),1110,220,"QR","RIO40092281")
p.text(60,940,["Tissue viability – photo taken with consent; applicant ",(a,"K"),"; ABPI ",("0.92","K")],F(LSANS,24),fill=(255,255,255))
p.im=photo_finish(p.im,1.2,18)
p.im.save(os.path.join(OUT,"s22-h100-wound-photo.jpg"),quality=85)
rec_from_pages("s22-h100","s22-h100-wound-photo.jpg","jpeg","wound_photo_with_label",a,[p])

records.sort(key=lambda r:r["id"])
with open(os.path.join(HERE,"files.jsonl"),"w") as fh:
    for r in records: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(records),"file records")
