import json,sys,os
sys.path.insert(0,os.path.dirname(__file__))
import b1
for m in ["b2","b3","b4","b5"]: __import__(m)
out=open(os.path.join(os.path.dirname(__file__),"..","texts.jsonl"),"w",encoding="utf-8")
for i,doc in enumerate(b1.D,1):
    r={"id":"t-%03d"%i,"kind":doc["kind"],"applicant":doc["applicant"],"text":doc["text"],"identifiers":doc["identifiers"],"keep":doc["keep"]}
    out.write(json.dumps(r,ensure_ascii=False)+"\n")
n=len(b1.D)
import importlib; b1.D.clear(); __import__("b6")
for j,doc in enumerate(b1.D,79):
    r={"id":"t-%03d"%j,"kind":doc["kind"],"applicant":doc["applicant"],"text":doc["text"],"identifiers":doc["identifiers"],"keep":doc["keep"]}
    out.write(json.dumps(r,ensure_ascii=False)+"\n")
print(n,len(b1.D))
