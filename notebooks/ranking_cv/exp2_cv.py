"""Direction 2: the adapter fitted on the training sources only (leave one writer file out), evaluated on the
held-out file, against the current engine and TF-IDF (per set, as cesr evaluate computes it) in the same run."""
import sys, time, json
import numpy as np
from lib import *
import adapter

tfidf_per_set()
lams = [float(x) for x in sys.argv[1].split(",")]
sws = [float(x) for x in sys.argv[2].split(",")]
epochs, lr = 60, 1e-2
out = {}
for s, train, held in loso():
    t = time.time()
    row = {"n": len(held), "engine (current)": summarise([doc_metrics(d, d["fused"]) for d in held]),
           "tfidf": summarise([doc_metrics(d, d["tfidf_set"]) for d in held]),
           "dense only (current)": summarise([doc_metrics(d, parts(d, sw=0, dw=0)["fused"]) for d in held])}
    for sw in sws:
        row[f"engine sw{sw}"] = summarise([doc_metrics(d, parts(d, sw=sw)["fused"]) for d in held])
    for lam in lams:
        W = adapter.fit(train, lam=lam, epochs=epochs, lr=lr)
        for c in CUR.values():
            c["hub_override"] = adapter.hubness(c["vectors"], W)
        row[f"adapted lam{lam} dense only"] = summarise([doc_metrics(d, parts(d, sw=0, dw=0, W=W)["fused"]) for d in held])
        for sw in sws:
            row[f"adapted lam{lam} sw{sw}"] = summarise([doc_metrics(d, parts(d, sw=sw, W=W)["fused"]) for d in held])
        for c in CUR.values():
            c.pop("hub_override")
    out[s] = row
    print(s, f"{time.time()-t:.0f}s", json.dumps({k: (v if k == "n" else round(v["p1"], 3)) for k, v in row.items()}), flush=True)
names = [k for k in next(iter(out.values())) if k != "n"]
print("\nP@1 / MRR / R@3: mean over the 10 folds | pooled over documents | holdout-s15 fold")
for k in names:
    m = [out[s][k] for s in out]
    N = sum(out[s]["n"] for s in out)
    pooled = {q: sum(out[s][k][q] * out[s]["n"] for s in out) / N for q in ("p1", "mrr", "r3")}
    h = out["holdout-s15"][k]
    print(f"{k:32s} {np.mean([x['p1'] for x in m]):.3f} / {np.mean([x['mrr'] for x in m]):.3f} / {np.mean([x['r3'] for x in m]):.3f}"
          f" | {pooled['p1']:.3f} / {pooled['mrr']:.3f} / {pooled['r3']:.3f} | {h['p1']:.3f} / {h['mrr']:.3f} / {h['r3']:.3f}")
json.dump(out, open(f"/tmp/rcv/exp2_{sys.argv[1]}_{sys.argv[2]}.json", "w"), indent=1)
