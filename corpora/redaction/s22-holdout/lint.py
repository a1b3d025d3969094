#!/usr/bin/env python3
"""Authoring aid: warn when a word of a labelled name occurs in the text outside every labelled identifier occurrence."""
import json, re, sys
STOP={"Mr","Mrs","Ms","Miss","Dr","Nurse","Staff","Sister","The","the","and","of","Paramedic","ECA","DC","HM","Assistant","Coroner","Reg","FY1","CNS","PS","Road","Street","Close"}
for line in open("texts.jsonl"):
    d=json.loads(line); t=d["text"]
    covered=[False]*len(t)
    for i in d["identifiers"]:
        for m in re.finditer(re.escape(i["text"]),t):
            for k in range(m.start(),m.end()): covered[k]=True
    keepcov=[False]*len(t)
    for k in d["keep"]:
        for m in re.finditer(re.escape(k),t):
            for j in range(m.start(),m.end()): keepcov[j]=True
    words=set()
    for i in d["identifiers"]:
        if i["type"] in("PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME"):
            for w in re.findall(r"[A-Za-zÀ-ž'’\-]{3,}",i["text"]):
                if w not in STOP: words.add(w)
    for w in words:
        for m in re.finditer(r"(?<![A-Za-zÀ-ž])"+re.escape(w)+r"(?![A-Za-zÀ-ž])",t):
            if not covered[m.start()]:
                ctx=t[max(0,m.start()-30):m.end()+30].replace("\n"," ")
                print(d["id"],"UNCOVERED",repr(w),"keep" if keepcov[m.start()] else "", "|",ctx)
    # overlap of keep with identifier
    for k in d["keep"]:
        for i in d["identifiers"]:
            if i["text"] in k or k in i["text"]:
                print(d["id"],"OVERLAP keep",repr(k),"id",repr(i["text"]))
