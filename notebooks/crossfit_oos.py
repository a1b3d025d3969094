"""Out-of-source figures of the cross-fitted models, and a per-curriculum temperature/shift tried on top.

Each source (a writer's file of dev.jsonl with its none-dev documents, or a whole other set) is ranked by the
passage adapter fitted without it (pipeline/crossfit.py's fold adapters, from the cache) and given confidences by a
calibrator and a "none of these" model fitted, on the cross-fitted scores, without it.  The figures are
``pipeline.evaluate.metrics`` on those rankings, reported per set (dev = all dev writers pooled).

Variant ``percurr``: the pooled calibrator's logit on the top suggestion is moved per curriculum,
``a_c * logit + b_c``, with ``(a_c, b_c)`` fitted on the other sources' top suggestions (their out-of-source
calibrator logits, nested leave-one-source-out) by penalised log-loss, penalty ``lam * ((a - 1)^2 + b^2)``
(shrinkage toward the pooled fit; ``lam`` in units of documents).

Run from the worktree after ``cesr calibrate --crossfit`` (the fold adapters are then cached), with the worktree's
``pipeline`` first on the path (a script's own folder is, not the current one):
    PYTHONPATH=. python notebooks/crossfit_oos.py corpora/labelled/dev.jsonl corpora/labelled/none-dev.jsonl \
        corpora/labelled/holdout-s15.jsonl corpora/labelled/holdout-s17.jsonl corpora/labelled/holdout-s18.jsonl \
        corpora/labelled/holdout-s19.jsonl [--cache /tmp/cj] [--lams 10,30,100 | --lams none]
Table columns: policy, set, labelled documents, P@1, R@3, multi-outcome R@3 (documents), top-1 ECE, per-curriculum
top-1 ECE range, top-1 AUROC, none AUROC, top-1 ECE over labelled and empty documents together.
Development data only; never give it test.jsonl or none-test.jsonl.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from pipeline.calibrate import Calibrator
from pipeline.crossfit import crossfit_calibration_data, crossfit_none_data, fold_adapters, load_sets
from pipeline.curriculum import load_curricula
from pipeline.evaluate import Ranking, metrics
from pipeline.none_of_these import NoneModel, combine
from pipeline.suggest import Suggester, SuggestSettings

_LAMS = sys.argv[sys.argv.index("--lams") + 1] if "--lams" in sys.argv else "10,30,100"
LAMS = [] if _LAMS == "none" else [float(x) for x in _LAMS.split(",")]  # --lams none: the pooled calibrator only
PATHS = [a for a in sys.argv[1:] if a.endswith(".jsonl")]
# --cache DIR: where the embedded sets and cross-fitted rows are kept between runs (one folder per model and data)
OUT = Path(sys.argv[sys.argv.index("--cache") + 1]) if "--cache" in sys.argv else Path("/tmp/cj")
CACHE = OUT / "oos.pkl"


def set_of(group: str) -> str:
    return group if group.startswith("holdout") else "dev"


def logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def fit_shift(z, y, lam):
    """(a, b) minimising log-loss of sigmoid(a z + b) + lam ((a-1)^2 + b^2)."""
    def loss(ab):
        s = ab[0] * z + ab[1]
        return float(np.sum(np.logaddexp(0, s) - y * s) + lam * ((ab[0] - 1) ** 2 + ab[1] ** 2))
    return minimize(loss, np.array([1.0, 0.0]), method="L-BFGS-B").x


def main():
    plain = Suggester(SuggestSettings(adapter=False), none_model=False)
    sets = load_sets(PATHS)
    if CACHE.is_file():
        cached = pickle.loads(CACHE.read_bytes())
        sets.embedded = cached["embedded"]
    else:
        sets.embed(plain)
    adapters = fold_adapters(sets, plain)
    if CACHE.is_file():
        cal, nrows = cached["cal"], cached["none"]
    else:
        cal = crossfit_calibration_data(sets, adapters, plain)
        plain.calibrator = Calibrator.load("models/calibrator.json")  # the shipped one, as cesr calibrate --none-out
        nrows = crossfit_none_data(sets, adapters, plain)
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(pickle.dumps({"embedded": sets.embedded, "cal": cal, "none": nrows}))
    groups = sorted(set(sets.groups))
    src = np.array(cal.sources)
    curs = np.array(cal.curricula)
    top = cal.rank == 0
    nX, ny = nrows[0], nrows[1]
    ngroups = np.array(sets.groups)

    # nested out-of-source calibrator logits on the top suggestions: oof[G][H] = logits of H's top rows by a
    # calibrator fitted without G and H
    def calib(excl):
        keep = ~np.isin(src, list(excl))
        return Calibrator().fit(cal.X[keep], cal.y[keep])

    lams = list(LAMS)
    variants = ["pooled"] + [f"percurr lam={lam:g}" for lam in lams]
    rankings = {v: {} for v in variants}
    params = {}
    for g in groups:
        cg = calib({g})
        others = [h for h in groups if h != g]
        z_tr, y_tr, c_tr = [], [], []
        for h in others if lams else []:  # nested fits only for the per-curriculum variants
            m = top & (src == h)
            if m.any():
                z_tr.append(logit(calib({g, h}).predict_proba(cal.X[m])))
                y_tr.append(cal.y[m]); c_tr.append(curs[m])
        if lams:
            z_tr, y_tr, c_tr = np.concatenate(z_tr), np.concatenate(y_tr), np.concatenate(c_tr)
        shift = {lam: {c: fit_shift(z_tr[c_tr == c], y_tr[c_tr == c], lam) for c in sorted(set(c_tr))} for lam in lams}
        params[g] = {f"{lam:g}": {c: [round(float(v), 3) for v in ab] for c, ab in s.items()} for lam, s in shift.items()}
        ng = NoneModel().fit(nX[ngroups != g], ny[ngroups != g])
        idx = [i for i, x in enumerate(sets.groups) if x == g]
        by_cur = defaultdict(list)
        for i in idx:
            by_cur[sets.items[i].curriculum].append(i)
        for cid, ii in sorted(by_cur.items()):
            s = Suggester(replace(plain.settings, adapter=True), model=plain.model, segment=plain.segment,
                          none_model=ng, adapter=adapters[g], calibrator=cg)
            s.fit(load_curricula([cid]))
            for i in ii:
                doc = sets.documents[i]
                passages, vectors = sets.embedded[i]
                parts = s.score_parts(vectors, doc.text, passages)
                order = np.argsort(-parts.fused, kind="stable")[:50]
                probs = s.confidences(parts, order, doc, len(passages))
                nodes = [s.index_.nodes[r] for r in order]
                none = s.none_probabilities(parts, doc, passages) if doc.ok else {}
                pn = none.get(cid)
                for v in variants:
                    p = probs
                    if v != "pooled":
                        a, b = shift[float(v.split("=")[1])].get(cid, (1.0, 0.0))
                        p = 1 / (1 + np.exp(-(a * logit(probs) + b)))
                    if pn is None:
                        rankings[v][i] = Ranking([n.id for n in nodes], list(map(float, p)))
                    else:
                        rankings[v][i] = Ranking([n.id for n in nodes], [combine(float(q), pn) for q in p],
                                                 none=pn, node_confidence=list(map(float, p)))
        print(f"held {g}: done", file=sys.stderr, flush=True)
    curricula = load_curricula(sorted({it.curriculum for it in sets.items}))
    out = {}
    for v in variants:
        latest = max((g for g in groups if g.startswith("holdout")), default=None)  # the latest blind set
        for name in sorted({set_of(g) for g in groups}) + ["all"] + ([f"all but {latest}"] if latest else []):
            ii = [i for i, g in enumerate(sets.groups)
                  if name == "all" or set_of(g) == name or (name.startswith("all but") and g != latest)]
            m = metrics([sets.items[i] for i in ii], [rankings[v][i] for i in ii], curricula)
            nm = m.get("none of these", {})
            out[(v, name)] = {
                "docs": m["documents"], "P@1": m["P@1"], "R@3": m["R@3"], "multi R@3": m["multi-outcome R@3"],
                "multi docs": m["multi-outcome documents"], "top1 ECE": m["top1 ECE"], "top1 AUROC": m["top1 AUROC"],
                "top1 ECE without none": m.get("top1 ECE without none"), "none AUROC": nm.get("AUROC all"),
                "top1 ECE all documents": nm.get("top1 ECE all documents"),
                "per curriculum": {c: (round(d["top1 ECE"], 3), round(d["top1 right"], 3), round(d["top1 confidence"], 3),
                                       d["documents"]) for c, d in m["per_curriculum"].items()}}
    for (v, name), r in out.items():
        pc = r["per curriculum"]
        print(f"| {v} | {name} | {r['docs']} | {r['P@1']:.3f} | {r['R@3']:.3f} | {r['multi R@3']:.3f} ({r['multi docs']}) | "
              f"{r['top1 ECE']:.3f} | {min(x[0] for x in pc.values()):.3f}-{max(x[0] for x in pc.values()):.3f} | "
              f"{r['top1 AUROC']:.3f} | {r['none AUROC'] if r['none AUROC'] is None else round(r['none AUROC'], 3)} | "
              f"{r['top1 ECE all documents'] if r['top1 ECE all documents'] is None else round(r['top1 ECE all documents'], 3)} |")
    for (v, name), r in out.items():
        print(v, name, json.dumps(r["per curriculum"]))
    # every document's out-of-source ranking (pooled variant), for looking into the figures
    (OUT / "rankings.pkl").write_bytes(pickle.dumps({"items": sets.items, "groups": sets.groups,
                                                     "rankings": rankings["pooled"]}))
    (OUT / "oos.json").write_text(json.dumps({f"{v}|{n}": r for (v, n), r in out.items()} | {"params": params},
                                                   indent=1, default=float))


if __name__ == "__main__":
    main()
