import json, importlib, sys, glob, os
sys.path.insert(0, os.path.dirname(__file__))
from b1 import DOCS
mods = sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'b*.py')), key=lambda p: int(os.path.basename(p)[1:-3]) if os.path.basename(p)[1:-3].isdigit() else 0)
for m in mods:
    n = os.path.basename(m)[:-3]
    if n in ('b1', 'build'): continue
    importlib.import_module(n)
DOCS.sort(key=lambda d: d['id'])
with open('/work/s36-holdout/texts.jsonl', 'w') as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(DOCS), 'docs')
