import json
D=[]
for f in ["gen%d.py"%i for i in range(1,10)]:
    try: src=open("src/"+f).read()
    except FileNotFoundError: continue
    g={};exec(src.replace("open(\"hdr.py\")","open(\"src/hdr.py\")"),g);D+=g["D"]
with open("texts.jsonl","w",encoding="utf-8") as out:
    for i,o in enumerate(D,1):
        o={"id":f"u-{i:03d}",**o};out.write(json.dumps(o,ensure_ascii=False)+"\n")
