import json, sys
sys.path.insert(0, '.')
import t1, t2, t3
docs = t1.DOCS + t2.DOCS + t3.DOCS
with open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '..', 'texts.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(docs))
