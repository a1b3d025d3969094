import json, sys, os, importlib
here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
import common
for b in sorted(f[:-3] for f in os.listdir(here) if f.startswith('b') and f[1:-3].isdigit()):
    importlib.import_module(b)
with open(os.path.join(here, '..', 'texts.jsonl'), 'w', encoding='utf-8') as f:
    for d in sorted(common.DOCS, key=lambda d: d['id']):
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(common.DOCS), 'text documents written')
