"""Which training data for the shipped adapter: fitted on one set, measured on the others (per set)."""
import sys, time
from lib import *
import adapter
tfidf_per_set()
lam, sw = float(sys.argv[1]), float(sys.argv[2])
for train_sets in (["holdout-s15"], ["dev"], ["dev", "holdout-s15"], ["holdout-s15", "test"]):
    train = [d for d in LAB if d["set"] in train_sets]
    W = adapter.fit(train, lam=lam, epochs=60, lr=1e-2)
    for c in CUR.values():
        c["hub_override"] = adapter.hubness(c["vectors"], W)
    for s in ("dev", "test", "holdout-s15"):
        if s in train_sets:
            continue
        held = [d for d in LAB if d["set"] == s]
        a = summarise([doc_metrics(d, parts(d, sw=sw, W=W)["fused"]) for d in held])
        ad = summarise([doc_metrics(d, parts(d, sw=0, dw=0, W=W)["fused"]) for d in held])
        b = summarise([doc_metrics(d, d["fused"]) for d in held])
        b7 = summarise([doc_metrics(d, parts(d, sw=0.7)["fused"]) for d in held])
        tf = summarise([doc_metrics(d, d["tfidf_set"]) for d in held])
        print(f"adapter fitted on {'+'.join(train_sets):22s} -> {s:12s} P@1/MRR/R@3 adapted sw{sw} {a['p1']:.3f}/{a['mrr']:.3f}/{a['r3']:.3f}"
              f" dense-only {ad['p1']:.3f} | current {b['p1']:.3f}/{b['mrr']:.3f}/{b['r3']:.3f} | sw0.7 no adapter {b7['p1']:.3f}/{b7['mrr']:.3f}/{b7['r3']:.3f} | tfidf {tf['p1']:.3f}/{tf['mrr']:.3f}/{tf['r3']:.3f}", flush=True)
    for c in CUR.values():
        c.pop("hub_override")
