import json,glob,importlib.util,sys
docs=[]
for f in sorted(glob.glob('src/d*.py')):
    spec=importlib.util.spec_from_file_location(f,f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m); docs+=m.D
with open('texts.jsonl','w') as o:
    for i,dd in enumerate(docs,1):
        r={"id":"q-%03d"%i,"kind":dd["kind"],"applicant":dd["applicant"],"text":dd["text"],"identifiers":dd["identifiers"],"keep":dd["keep"]}
        o.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(docs),"texts")
