"""Direction 1: where does TF-IDF beat the engine?  Reproduce the engine, then vary the fusion."""
import itertools, json, sys
import numpy as np
from lib import *

# 1. the re-implementation reproduces the engine
err = max(float(np.abs(parts(d)["fused"] - d["fused"]).max()) for d in LAB)
print("max |fused - engine| =", err)

def evalset(fn, docs=LAB):
    return [doc_metrics(d, fn(d)) for d in docs]

sets = sorted({d["set"] for d in LAB})
def table(name, fn):
    out = {}
    for s in sets:
        out[s] = summarise(evalset(fn, [d for d in LAB if d["set"] == s]))
    print(f"{name:40s}", "  ".join(f"{s}: P@1 {v['p1']:.3f} R@3 {v['r3']:.3f} MRR {v['mrr']:.3f}" for s, v in out.items()))

table("engine", lambda d: d["fused"])
table("tfidf baseline", lambda d: d["tfidf"])
table("engine sparse only", lambda d: d["sparse"])
table("engine dense only (sw=0, dw=0)", lambda d: parts(d, sw=0, dw=0)["fused"])
table("engine no distinct", lambda d: parts(d, dw=0)["fused"])
for sw in (0.5, 0.6, 0.7, 0.8):
    table(f"engine sw={sw} w/ baseline tfidf", lambda d, sw=sw: parts(d, sw=sw, sparse=d["tfidf"])["fused"])
for sw in (0.6, 0.7, 0.8):
    table(f"engine sw={sw}", lambda d, sw=sw: parts(d, sw=sw)["fused"])
for pw in (0.0, 0.5, 1.0):
    table(f"engine pw={pw}", lambda d, pw=pw: parts(d, pw=pw)["fused"])
for hub in (0.0, 0.5):
    table(f"engine hub={hub}", lambda d, hub=hub: parts(d, hub=hub)["fused"])
