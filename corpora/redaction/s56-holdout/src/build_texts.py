import json, sys
sys.path.insert(0, ".")
import t_a1_a2, t_a3_a4, t_a5_a6, t_a7_a8, t_a9_a10
docs = t_a1_a2.DOCS + t_a3_a4.DOCS + t_a5_a6.DOCS + t_a7_a8.DOCS + t_a9_a10.DOCS
ids = [d["id"] for d in docs]; assert len(ids) == len(set(ids))
with open("../texts.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs), "texts")
