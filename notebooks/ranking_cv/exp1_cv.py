"""Fusion settings chosen by nested leave-one-source-out: for each held-out writer file, the setting with
the best mean P@1+MRR on the other files, measured on the held-out file against the current engine."""
import itertools, json, time
import numpy as np
from lib import *

tfidf_per_set()
t = time.time()
grid = list(itertools.product([0.4, 0.5, 0.6, 0.7, 0.8], [0.0, 0.15, 0.3, 0.5], [0.5, 0.75, 1.0], [0.0, 0.25, 0.5]))
res = {}
for g in grid:
    sw, pw, hub, dw = g
    res[g] = {d["id"] + d["set"]: doc_metrics(d, parts(d, hub=hub, pw=pw, sw=sw, dw=dw)["fused"]) for d in LAB}
print("grid", len(grid), time.time() - t, flush=True)
key = lambda d: d["id"] + d["set"]
base = {key(d): doc_metrics(d, d["fused"]) for d in LAB}
tf = {key(d): doc_metrics(d, d["tfidf_set"]) for d in LAB}

def score(g, docs):
    r = [res[g][key(d)] for d in docs]
    return np.mean([x["p1"] for x in r]) + np.mean([x["mrr"] for x in r])

rows = []
chosen = {}
for s, train, held in loso():
    best = max(grid, key=lambda g: score(g, train))
    chosen[s] = best
    m_new = summarise([res[best][key(d)] for d in held])
    m_old = summarise([base[key(d)] for d in held])
    m_tf = summarise([tf[key(d)] for d in held])
    rows.append((s, len(held), best, m_old, m_new, m_tf))
    print(f"{s:22s} n={len(held):3d} chosen sw,pw,hub,dw={best}  engine P@1 {m_old['p1']:.3f} MRR {m_old['mrr']:.3f} R@3 {m_old['r3']:.3f}"
          f" | new P@1 {m_new['p1']:.3f} MRR {m_new['mrr']:.3f} R@3 {m_new['r3']:.3f} | tfidf P@1 {m_tf['p1']:.3f} MRR {m_tf['mrr']:.3f}", flush=True)
allheld = lambda which: summarise([x for s, _tr, held in loso() for x in
                                   ([{"old": base, "tf": tf}[which][key(d)] for d in held] if which != "new" else [res[chosen[s]][key(d)] for d in held])])
for w in ("old", "new", "tf"):
    print(w, "pooled over folds", allheld(w))
for w, i in (("old", 3), ("new", 4), ("tf", 5)):
    print(w, "mean of folds P@1 %.3f MRR %.3f R@3 %.3f" % tuple(np.mean([r[i][k] for r in rows]) for k in ("p1", "mrr", "r3")))
# the full-data choice and neighbours
ranked = sorted(grid, key=lambda g: -score(g, LAB))
for g in ranked[:8]:
    print("all-data", g, round(score(g, LAB), 4), {s: summarise([res[g][key(d)] for d in LAB if d["set"] == s]) for s in ("dev", "test", "holdout-s15")})
