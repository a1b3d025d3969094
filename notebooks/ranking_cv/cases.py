"""Direction 1: holdout-s15 documents where TF-IDF is right at 1 and the engine is not (and back)."""
from lib import *
tfidf_per_set()
H = [d for d in LAB if d["set"] == "holdout-s15"]
def top(d, s):
    gold = set(to_outcome(d["labels"], d)); acc = set(to_outcome(d["acceptable"], d)) - gold
    return [o for o in outcome_ranking(d, s) if o not in acc][0]
tf_only, eng_only = [], []
for d in H:
    m_e, m_t = doc_metrics(d, d["fused"]), doc_metrics(d, d["tfidf_set"])
    if m_t["p1"] > m_e["p1"]: tf_only.append(d)
    if m_e["p1"] > m_t["p1"]: eng_only.append(d)
print("tfidf right, engine wrong:", len(tf_only), " engine right, tfidf wrong:", len(eng_only))
for d in tf_only:
    p = parts(d)
    dense_top = top(d, p["dense"]); sparse_top = top(d, p["sparse"])
    print(f"{d['id']} {d['kind']:22s} gold {sorted(to_outcome(d['labels'], d))} engine {top(d, d['fused'])} dense-half {dense_top} sparse-half {sparse_top} tfidf {top(d, d['tfidf_set'])} passages {len(d['passages'])}")

# the same documents with the adapter of the holdout-s15 fold (fitted on dev + test only)
import adapter
W = adapter.fit([d for d in LAB if d["set"] != "holdout-s15"], lam=0.0003, epochs=60, lr=1e-2)
for c in CUR.values():
    c["hub_override"] = adapter.hubness(c["vectors"], W)
fixed = 0
for d in tf_only + eng_only:
    p = parts(d, W=W)
    m = doc_metrics(d, p["fused"])
    fixed += m["p1"]
    print(f"adapted: {d['id']} engine {top(d, p['fused'])} dense-half {top(d, p['dense'])} right {m['p1']:.0f}")
print("adapted engine right on", int(fixed), "of", len(tf_only + eng_only), "(7 TF-IDF-only, then 4 engine-only)")
