"""Cache every labelled document's passages, passage vectors and engine parts (one embedding pass),
so that ranking and calibration experiments are numpy only.  Output: /tmp/rcv/cache.pkl"""
import pickle, sys, time
from pathlib import Path
import numpy as np
from pipeline.evaluate import load_labelled, documents_for, TfidfBaseline
from pipeline.curriculum import load_curricula
from pipeline.suggest import Suggester
from pipeline.calibrate import source_of
from pipeline.ingest.classify import classify

OUT = Path("/tmp/rcv"); OUT.mkdir(exist_ok=True)
sets = ["dev", "test", "holdout-s15", "none-dev", "none-test"]
items = []
for s in sets:
    for it in load_labelled(f"corpora/labelled/{s}.jsonl"):
        items.append((s, it))
t = time.time()
docs_path = OUT / "docs.pkl"
if docs_path.exists():
    docs = pickle.loads(docs_path.read_bytes())
else:
    docs = documents_for([it for _s, it in items])
    docs_path.write_bytes(pickle.dumps(docs))
print("anonymised", len(docs), time.time() - t, flush=True)
sug = Suggester()
cur = {}
rows = []
by_c = {}
for k, (s, it) in enumerate(items):
    by_c.setdefault(it.curriculum, []).append(k)
for cid, idx in sorted(by_c.items()):
    curricula = load_curricula([cid])
    sug.fit(curricula)
    nodes = sug.index_.nodes
    vec, mat = sug.index_.sparse
    tf = TfidfBaseline().scores([docs[k] for k in idx], curricula)
    cur[cid] = dict(node_ids=[n.id for n in nodes], outcomes=[n.outcome for n in nodes], vectors=sug.index_.vectors,
                    hubness=sug.index_.hubness, hub_w=sug.hub_weights_, sparse_w=sug.sparse_weights_,
                    outcome_rows=sug.outcome_rows_)
    for j, (k, (passages, vectors)) in enumerate(zip(idx, sug.embed_documents([docs[k] for k in idx]))):
        s, it = items[k]
        doc = docs[k]
        parts = sug.score_parts(vectors, doc.text, passages)
        rows.append(dict(set=s, id=it.id, curriculum=cid, labels=it.labels, acceptable=it.acceptable, none=it.none,
                         kind=it.kind, source=("holdout-s15" if s == "holdout-s15" else
                                               (f"none:{it.id}" if s.startswith("none") else source_of(it.id, cid))),
                         text=doc.text, passages=[(p.text, p.heading) for p in passages], vectors=vectors,
                         sparse=parts.sparse, fused=parts.fused, tfidf=tf[j], words=len(doc.text.split()),
                         evidence_type=doc.evidence_type or classify(doc.text).evidence_type))
    print(cid, len(idx), time.time() - t, flush=True)
(OUT / "cache.pkl").write_bytes(pickle.dumps(dict(curricula=cur, docs=rows)))
print("done", time.time() - t)
