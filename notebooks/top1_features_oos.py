"""Out of source: what ranks right top suggestions above wrong ones (issue 15, top-1 AUROC).

Every labelled document is ranked by the fold adapter fitted without its source (as `crossfit_oos.py`, from that
script's cache) and its top 10 outcomes are described by the calibrator's features (`pipeline.calibrate`; the 14 of
2026-12-07 are the base here) and by candidate features that carry over between curricula (`EXTRA`; the best,
dense_margin_z + sparse_margin_z, is on branch calib18-margins as the calibrator's 15th and 16th, not shipped: two
curricula's ECE rose out of source).  Candidate calibrators (feature sets, fitting rows,
model kinds) are then fitted without a source (leave one source out) or without a curriculum (leave one curriculum
out) and measured on it; "none of these" is fitted the same way on `crossfit_oos.py`'s cross-fitted rows and the
shown confidence is P(node right) x (1 - P(none)), as shipped.  Figures over the labelled documents: top-1 ECE
(pooled, per curriculum), top-1 AUROC of the shown confidence and of P(node right) alone, and per set.

Run after `crossfit_oos.py` with the same sets and cache:
    PYTHONPATH=. python notebooks/top1_features_oos.py SETS... --cache DIR [--dump holdout-s26]
Development data only; never give it test.jsonl or none-test.jsonl.
"""

from __future__ import annotations

import math
import pickle
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler

from pipeline.calibrate import FEATURES, ranked_features
from pipeline.crossfit import fold_adapters, load_sets
from pipeline.curriculum import load_curricula
from pipeline.curriculum import resolve_node
from pipeline.evaluate import ece
from pipeline.ingest.classify import classify
from pipeline.none_of_these import NoneModel
from pipeline.suggest import Suggester, SuggestSettings

PATHS = [a for a in sys.argv[1:] if a.endswith(".jsonl")]
OUT = Path(sys.argv[sys.argv.index("--cache") + 1]) if "--cache" in sys.argv else Path("/tmp/cj")
CACHE = OUT / "oos.pkl"
ROWS = OUT / "top1_rows.pkl"
DUMP = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None

#: The calibrator's 14 features (the base every candidate is added to; with calib18-margins, without its two).
BEFORE = [f for f in FEATURES if f not in ("dense_margin_z", "sparse_margin_z")]

#: Candidate features of a suggestion, beside the calibrator's 14 (each on a scale that carries over: z-units of the
#: document's own scores, shares, counts, logs).
EXTRA = ("log_outcomes", "fused_z", "dense_margin_z", "sparse_margin_z", "dense_outcome_rank", "sparse_outcome_rank",
         "passage_margin_z", "raw_best", "outcomes_supported", "top3_support_share", "entropy", "log_passages",
         "gap_third", "best_passage_share", "raw_margin", "next_support_share", "top2_support_share",
         "next_own_passage", "log_strong", "both_top2", "dense_margin2_z")


def _z(x):
    x = np.asarray(x, dtype=np.float64)
    s = x.std()
    return (x - x.mean()) / (s if s > 1e-9 else 1.0)


def _by_outcome(values, outcomes, names):
    """Each outcome's best value over its rows."""
    return np.array([values[outcomes == o].max() for o in names])


def extra_features(parts, rows, outcomes, n_passages):
    outcomes = np.asarray(outcomes, dtype=object)
    names = sorted(set(outcomes.tolist()))
    pos = {o: k for k, o in enumerate(names)}
    fo = _by_outcome(np.asarray(parts.fused, dtype=np.float64), outcomes, names)
    do = _by_outcome(np.asarray(parts.dense, dtype=np.float64), outcomes, names)
    so = _by_outcome(np.asarray(parts.sparse, dtype=np.float64), outcomes, names)
    fz, dz, sz = _z(fo), _z(do), _z(so)
    dord = np.argsort(-do, kind="stable")
    sord = np.argsort(-so, kind="stable")
    drank = {names[k]: r for r, k in enumerate(dord)}
    srank = {names[k]: r for r, k in enumerate(sord)}
    ford = np.argsort(-fo, kind="stable")
    pp = np.asarray(parts.dense_pp, dtype=np.float64)
    raw = np.asarray(parts.raw_pp, dtype=np.float64)
    if pp.shape[0]:
        ppo = np.column_stack([pp[:, outcomes == o].max(axis=1) for o in names])  # passages x outcomes
        rawo = np.column_stack([raw[:, outcomes == o].max(axis=1) for o in names])
        best_o = ppo.argmax(axis=1)
        supported = len(set(best_o.tolist()))
        counts = np.bincount(best_o, minlength=len(names)) / pp.shape[0]
        top3 = set(ford[:3].tolist())
        top3_share = float(np.mean([b in top3 for b in best_o]))
        ppz = (ppo - ppo.mean()) / (ppo.std() if ppo.std() > 1e-9 else 1.0)
        pbest = ppz.max(axis=0)  # each outcome's best passage, z over the document's passage-outcome cells
        rbest = rawo.max(axis=0)
        # for the passage that is best for an outcome: share of that passage's margin over its next outcome
    else:
        supported, top3_share = 0, 0.0
        pbest = np.zeros(len(names))
        rbest = np.zeros(len(names))
        ppo = np.zeros((0, len(names)))
        counts = np.zeros(len(names))
    p = np.exp(fz - fz.max())
    p /= p.sum()
    entropy = float(-(p * np.log(p + 1e-12)).sum() / math.log(max(len(names), 2)))
    out = []
    for r in rows:
        o = outcomes[r]
        k = pos[o]
        others = np.delete(np.arange(len(names)), k)
        dm = dz[k] - (dz[others].max() if others.size else 0.0)
        sm = sz[k] - (sz[others].max() if others.size else 0.0)
        pm = pbest[k] - (pbest[others].max() if others.size else 0.0)
        rm = rbest[k] - (rbest[others].max() if others.size else 0.0)
        third = fz[ford[2]] if len(ford) > 2 else fz.min()
        at = int(np.where(ford == k)[0][0])
        nxt = ford[at + 1] if at + 1 < len(ford) else k
        if ppo.shape[0]:
            bp = int(ppo[:, k].argmax())
            share = float((ppo[bp].argmax() == k))
            bn = int(ppo[:, nxt].argmax())
            own = float(bn != bp and ppo[bn].argmax() == nxt)
        else:
            share = own = 0.0
        top2 = float(counts[ford[0]] + (counts[ford[1]] if len(ford) > 1 else 0.0))
        strong = math.log1p(int((fz > 1.0).sum()))  # outcomes standing a standard deviation above the mean
        both = float(drank[o] < 2 and srank[o] < 2)  # in the top two by each half (order within them aside)
        d2 = dz[k] - (np.sort(dz[others])[-2] if others.size > 1 else 0.0)  # over the third-best outcome by dense
        out.append([math.log(len(names)), fz[k], dm, sm, 1.0 / (drank[o] + 1), 1.0 / (srank[o] + 1), pm, rbest[k],
                    supported / len(names), top3_share, entropy, math.log1p(n_passages), fz[k] - third, share, rm,
                    counts[nxt] if nxt != k else 0.0, top2, own, strong, both, d2])
    return np.array(out)


def build_rows():
    sets = load_sets(PATHS)
    cached = pickle.loads(CACHE.read_bytes())
    sets.embedded = cached["embedded"]
    plain = Suggester(SuggestSettings(adapter=False), none_model=False)
    adapters = fold_adapters(sets, plain)
    X, E, y, rank, doc = [], [], [], [], []
    docs = []  # per labelled document: index into sets.items, group, curriculum, set
    for g in sorted(set(sets.groups)):
        idx = [i for i, x in enumerate(sets.groups) if x == g and sets.items[i].labels]
        by_cur = defaultdict(list)
        for i in idx:
            by_cur[sets.items[i].curriculum].append(i)
        s = Suggester(replace(plain.settings, adapter=True), model=plain.model, segment=plain.segment,
                      none_model=False, adapter=adapters[g])
        for cid, ii in sorted(by_cur.items()):
            curricula = load_curricula([cid])
            s.fit(curricula)
            outcomes = [n.outcome for n in s.index_.nodes]
            for i in ii:
                item, d = sets.items[i], sets.documents[i]
                passages, vectors = sets.embedded[i]
                parts = s.score_parts(vectors, d.text, passages)
                right = {(resolve_node(curricula, n).outcome if resolve_node(curricula, n) else n)
                         for n in list(item.labels) + list(item.acceptable)}
                rows, seen = [], set()
                for r in np.argsort(-parts.fused, kind="stable"):
                    if outcomes[r] not in seen:
                        seen.add(outcomes[r])
                        rows.append(int(r))
                        if len(rows) >= 10:
                            break
                et = d.evidence_type or classify(d.text).evidence_type
                base = ranked_features(parts.fused, parts.dense, parts.sparse, parts.dense_pp, outcomes, rows,
                                       len(passages), len(d.text.split()), et)
                ext = extra_features(parts, rows, outcomes, len(passages))
                k = len(docs)
                for j, r in enumerate(rows):
                    X.append(base[j]); E.append(ext[j]); y.append(1 if outcomes[r] in right else 0)
                    rank.append(j); doc.append(k)
                docs.append({"i": i, "id": item.id, "group": g, "curriculum": cid, "set": sets.sets[i],
                             "words": len(d.text.split()), "type": et, "top": outcomes[rows[0]],
                             "labels": sorted(right)})
        print(f"rows {g}", file=sys.stderr, flush=True)
    nX, ny = cached["none"][0], cached["none"][1]
    return {"features": list(FEATURES), "X": np.array(X), "E": np.array(E), "y": np.array(y), "rank": np.array(rank), "doc": np.array(doc),
            "docs": docs, "nX": nX, "ny": ny, "ngroups": list(sets.groups), "ncur": [it.curriculum for it in sets.items]}


def fit_lr(X, y, C=1.0, w=None):
    sc = StandardScaler().fit(X)
    m = LogisticRegression(C=C, max_iter=3000).fit(sc.transform(X), y, sample_weight=w)
    return lambda Z: m.predict_proba(sc.transform(Z))[:, 1]


def none_oos(R, scheme):
    """P(none) of each labelled document (in R['docs'] order), the none model fitted without its source or its
    curriculum."""
    nX, ny = R["nX"], R["ny"]
    key = np.array(R["ngroups"]) if scheme == "source" else np.array(R["ncur"])
    out = np.zeros(len(R["docs"]))
    models = {}
    for k, d in enumerate(R["docs"]):
        h = d["group"] if scheme == "source" else d["curriculum"]
        if h not in models:
            models[h] = NoneModel().fit(nX[key != h], ny[key != h])
        out[k] = models[h].predict_proba(nX[d["i"]][None, :])[0]
    return out


def evaluate(R, make, pn, scheme, name):
    """``make(train_mask) -> predict(mask) -> p``: out-of-group P(node right) of every top row."""
    docs = R["docs"]
    grp = np.array([d["group"] if scheme == "source" else d["curriculum"] for d in docs])[R["doc"]]
    top = R["rank"] == 0
    p = np.full(len(R["y"]), np.nan)
    for h in sorted(set(grp.tolist())):
        pred = make(grp != h)
        held = top & (grp == h)
        p[held] = pred(held)
    pt, yt = p[top], R["y"][top]
    dk = R["doc"][top]
    shown = pt * (1 - pn[dk])
    cur = np.array([docs[k]["curriculum"] for k in dk])
    sets = np.array([docs[k]["set"].replace(".jsonl", "") for k in dk])
    res = {"name": name, "scheme": scheme, "ECE": ece(shown, yt), "AUROC": roc_auc_score(yt, shown),
           "AUROC node": roc_auc_score(yt, pt), "ECE node": ece(pt, yt),
           "per curriculum": {c: ece(shown[cur == c], yt[cur == c]) for c in sorted(set(cur))},
           "per set": {s: (ece(shown[sets == s], yt[sets == s]),
                           roc_auc_score(yt[sets == s], shown[sets == s]) if 0 < yt[sets == s].sum() < (sets == s).sum() else float("nan"))
                       for s in sorted(set(sets))}}
    return res, pt, shown


def fmt(r):
    pc = r["per curriculum"]
    s26 = r["per set"].get("holdout-s26", (float("nan"),) * 2)
    dev = r["per set"].get("dev", (float("nan"),) * 2)
    return (f"| {r['name']} | {r['scheme']} | {r['ECE']:.3f} | {min(pc.values()):.3f}-{max(pc.values()):.3f} | "
            f"{r['AUROC']:.3f} | {r['AUROC node']:.3f} | {r['ECE node']:.3f} | {dev[0]:.3f} / {dev[1]:.3f} | "
            f"{s26[0]:.3f} / {s26[1]:.3f} |")


def main():
    if ROWS.is_file():
        R = pickle.loads(ROWS.read_bytes())
    else:
        R = build_rows()
        ROWS.write_bytes(pickle.dumps(R))
    X, E, y, rank = R["X"], R["E"], R["y"], R["rank"]
    names = list(R.get("features", BEFORE)) + list(EXTRA)  # a name in both: the same values, EXTRA's column used
    A = np.hstack([X, E])
    col = {n: k for k, n in enumerate(names)}
    pn = {s: none_oos(R, s) for s in ("source", "curriculum")}
    top = rank == 0

    def lr(cols, rows=None, C=1.0, weight_top=None):
        Z = A[:, [col[c] for c in cols]]
        def make(train):
            m = train.copy()
            if rows is not None:
                m &= rank < rows
            w = None
            if weight_top:
                w = np.where(rank[m] == 0, weight_top, 1.0)
            f = fit_lr(Z[m], y[m], C, w)
            return lambda held: f(Z[held])
        return make

    base = list(BEFORE)
    cands = {"14 features (before), top 10 rows": lr(base)}
    for e in EXTRA:
        cands[f"+ {e}"] = lr(base + [e])
    cands["top-1 rows only"] = lr(base, rows=1)
    cands["top-3 rows"] = lr(base, rows=3)
    cands["top row weight 5"] = lr(base, weight_top=5.0)
    def gbm(cols, rows=None):
        from sklearn.ensemble import HistGradientBoostingClassifier
        Z = A[:, [col[c] for c in cols]]
        def make(train):
            m = train.copy()
            if rows is not None:
                m &= rank < rows
            f = HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200, l2_regularization=1.0,
                                               min_samples_leaf=40, random_state=0).fit(Z[m], y[m])
            return lambda held: f.predict_proba(Z[held])[:, 1]
        return make

    def inter(cols, pairs):
        Z = np.hstack([A[:, [col[c] for c in cols]]] + [(A[:, col[a]] * A[:, col[b]])[:, None] for a, b in pairs])
        def make(train):
            f = fit_lr(Z[train], y[train])
            return lambda held: f(Z[held])
        return make

    cands["gbm, the 14 features"] = gbm(base)
    cands["gbm, 14 + extra"] = gbm(base + list(EXTRA))
    cands["logistic, 14 + all extra"] = lr(base + list(EXTRA))
    cands["margin interactions"] = inter(base, [("top_margin", "log_words"), ("top_margin", "support_share"),
                                                ("top_margin", "dense_top_outcome"), ("top_margin", "sparse_top_outcome")])
    cands["C 0.1"] = lr(base, C=0.1)
    cands["C 10"] = lr(base, C=10.0)
    if "--phase2" in sys.argv:  # the second round: the top row weighted, with the best single features
        cands = {"14 features (before), top 10 rows": lr(base)}
        for w in (2.0, 3.0, 5.0, 10.0):
            cands[f"top row weight {w:g}"] = lr(base, weight_top=w)
        for extra in (["sparse_margin_z"], ["dense_margin_z"], ["dense_margin_z", "sparse_margin_z"], ["gap_third"]):
            cands["+ " + ", ".join(extra)] = lr(base + extra)
            for w in (3.0, 5.0):
                cands[f"+ {', '.join(extra)}, top row weight {w:g}"] = lr(base + extra, weight_top=w)
    if "--phase3" in sys.argv:  # the third round: on top of the kept two, what might tell multi-outcome documents
        kept = base + ["dense_margin_z", "sparse_margin_z"]
        cands = {"kept (16 features)": lr(kept)}
        for extra in (["outcomes_supported"], ["next_support_share", "next_own_passage"], ["passage_margin_z"],
                      ["top2_support_share"]):
            cands["kept + " + ", ".join(extra)] = lr(kept + extra)
        for pair in (("top_margin", "outcomes_supported"), ("top_margin", "top2_support_share"),
                     ("top_margin", "next_support_share"), ("dense_margin_z", "sparse_margin_z")):
            cands[f"kept + {pair[0]} x {pair[1]}"] = inter(kept, [pair])
    if "--phase4" in sys.argv:  # the fourth round: multi-outcome documents (several outcomes standing out)
        kept = base + ["dense_margin_z", "sparse_margin_z"]
        cands = {"14 features (before), top 10 rows": lr(base), "the two margins": lr(kept)}
        for extra in (["log_strong"], ["both_top2"], ["dense_margin2_z"], ["log_strong", "both_top2", "dense_margin2_z"]):
            cands["the two margins + " + ", ".join(extra)] = lr(kept + extra)
        cands["the two margins + top_margin x log_strong"] = inter(kept, [("top_margin", "log_strong")])
    if "--by-labels" in sys.argv:
        cands = {}
    print("| calibrator | scheme | top-1 ECE | per curriculum | top-1 AUROC | AUROC P(node) | ECE P(node) | dev ECE / AUROC | s26 ECE / AUROC |")
    print("|---|---|---:|---|---:|---:|---:|---|---|")
    results = {}
    for name, make in cands.items():
        for scheme in ("source", "curriculum"):
            r, pt, shown = evaluate(R, make, pn[scheme], scheme, name)
            results[(name, scheme)] = r
            print(fmt(r), flush=True)
    for (name, scheme), r in results.items():
        print(f"{name} | {scheme} | " + ", ".join(f"{c} {v:.3f}" for c, v in r["per curriculum"].items()) + " | per set "
              + ", ".join(f"{k} {v[0]:.3f}/{v[1]:.3f}" for k, v in r["per set"].items()))
    if "--by-labels" in sys.argv:  # single- against multi-outcome documents, before and the kept candidate
        from pipeline.evaluate import load_labelled
        items = [it for path in PATHS for it in load_labelled(path)]
        nlab = np.array([len(items[d["i"]].labels) for d in R["docs"]])
        dk = R["doc"][top]
        yt = y[top]
        kept = lr(base + ["dense_margin_z", "sparse_margin_z"])
        for name, make in (("before", lr(base)), ("kept", kept)):
            for scheme in ("source", "curriculum"):
                _r, pt, shown = evaluate(R, make, pn[scheme], scheme, name)
                for label, m in (("single", nlab[dk] == 1), ("multi", nlab[dk] > 1)):
                    print(f"{name} {scheme} {label}-outcome: {m.sum()} documents, {int((1 - yt[m]).sum())} wrong, "
                          f"top-1 AUROC {roc_auc_score(yt[m], shown[m]):.3f} (P(node) {roc_auc_score(yt[m], pt[m]):.3f}), "
                          f"ECE {ece(shown[m], yt[m]):.3f}")
    if DUMP:
        r, pt, shown = evaluate(R, cands["14 features (before), top 10 rows"], pn["source"], "source", "shipped")
        dk = R["doc"][top]
        yt = y[top]
        rows = [(shown[j], pt[j], pn["source"][dk[j]], yt[j], R["docs"][dk[j]]) for j in range(len(dk))
                if R["docs"][dk[j]]["set"].startswith(DUMP)]
        print(f"\n{DUMP}: wrong top suggestions (shown, P(node), P(none)) and the least confident right ones")
        for s, q, n, t, d in sorted(rows, key=lambda r: -r[0]):
            if not t:
                print(f"WRONG {s:.3f} {q:.3f} {n:.3f} {d['id']} {d['curriculum']} words={d['words']} type={d['type']} top={d['top']} gold={d['labels']}")
        for s, q, n, t, d in sorted(rows, key=lambda r: r[0])[:25]:
            if t:
                print(f"right {s:.3f} {q:.3f} {n:.3f} {d['id']} {d['curriculum']} words={d['words']} type={d['type']} top={d['top']} gold={d['labels']}")
    pickle.dump(results, open(OUT / ("top1_results2.pkl" if "--phase2" in sys.argv else "top1_results.pkl"), "wb"))


if __name__ == "__main__":
    main()
