"""Out of source: "none of these" features and how P(none) is combined with the node confidence (issue 15).

Each source (a writer's file of dev.jsonl with its none-dev documents, or a whole other set) is ranked by the fold
adapter fitted without it and given P(node right) by a calibrator fitted without it (as `crossfit_oos.py`); then
"none of these" models with different feature sets, and different ways of combining P(none) with P(node right),
are each fitted without the source (nested: a combination fitted on the other sources' P(none), each of those from a
none model fitted without both) and measured on it.  Also leave one curriculum out (none model and combination
fitted without the curriculum; the ranking and calibrator as above, by source).

Feature sets: the 17 features of the model before 2026-12-07 ("base"), plus candidates computed from each
passage's similarity to the background corpus (`BACKGROUND_FEATURES`; none kept).
Combinations (fitted by log-loss of "the top suggestion is right" over labelled and empty documents):
product P(node) x (1 - P(none)); none (P(node) alone); recal (P(none) recalibrated, sigmoid(a logit + b));
threshold (P(none) counted only from t up); soft (below t, P(none) counted s times); high (t = the review app's
HIGH, s fitted).  Results and what was kept: corpora/labelled/crossfit-RESULTS.md (2026-12-07, holdout-s24).

Run after `crossfit_oos.py` (it reads that script's cache: embedded documents, cross-fitted calibration and
"none of these" rows) with the worktree's `pipeline` first on the path:
    PYTHONPATH=. python notebooks/none_combine_oos.py SETS... --cache DIR [--featsets base,base+bg_sim_min] [--tag T]
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
from sklearn.metrics import roc_auc_score

from pipeline.calibrate import Calibrator
from pipeline.crossfit import fold_adapters, load_sets
from pipeline.curriculum import load_curricula
from pipeline.evaluate import Ranking, metrics
from pipeline.index import background_vectors
from pipeline.none_of_these import HIGH, FEATURES, NoneModel
from pipeline.suggest import Suggester, SuggestSettings

PATHS = [a for a in sys.argv[1:] if a.endswith(".jsonl")]
OUT = Path(sys.argv[sys.argv.index("--cache") + 1]) if "--cache" in sys.argv else Path("/tmp/cj")
CACHE = OUT / "oos.pkl"
ROWS = OUT / "none_combine_rows.pkl"
TAG = sys.argv[sys.argv.index("--tag") + 1] if "--tag" in sys.argv else ""


# Candidate features tried 2026-12-07 on top of the 17 features of the model (bg_sim_min was shipped for a commit as
# background_least and taken out again: worse on dev and test; crossfit-RESULTS.md)
BACKGROUND_FEATURES = ("bg_sim_mean", "bg_sim_min", "bg_margin_best", "bg_margin_mean", "bg_margin_share")


def background_features(parts, rows, vectors, model):
    """Per passage, its mean similarity to its 5 nearest background passages ("near") and its margin (its best
    similarity to the curriculum's statements minus near); over the passages: mean and least near, best and mean
    margin, share of passages with a positive margin."""
    bg = background_vectors(model)
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(rows) == 0 or vectors.shape[0] == 0 or bg.shape[0] == 0:
        return np.zeros(len(BACKGROUND_FEATURES))
    sims = vectors @ np.asarray(bg, dtype=np.float32).T
    near = np.partition(sims, -5, axis=1)[:, -5:].mean(axis=1).astype(np.float64)
    margin = parts.raw_pp[:, rows].max(axis=1).astype(np.float64) - near
    return np.array([near.mean(), near.min(), margin.max(), margin.mean(), float((margin > 0).mean())])


def set_of(group: str) -> str:
    return group if group.startswith("holdout") else "dev"


def logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def per_doc_rows():
    """Per document: ranked node ids and out-of-source P(node right) (top 50), the stored none features, the
    background features."""
    if ROWS.is_file():
        return pickle.loads(ROWS.read_bytes())
    plain = Suggester(SuggestSettings(adapter=False), none_model=False)
    sets = load_sets(PATHS)
    cached = pickle.loads(CACHE.read_bytes())
    sets.embedded = cached["embedded"]
    adapters = fold_adapters(sets, plain)
    cal = cached["cal"]
    nX = cached["none"][0]
    src = np.array(cal.sources)
    groups = sorted(set(sets.groups))
    docs = [None] * len(sets.items)
    for g in groups:
        keep = src != g
        cg = Calibrator().fit(cal.X[keep], cal.y[keep])
        idx = [i for i, x in enumerate(sets.groups) if x == g]
        by_cur = defaultdict(list)
        for i in idx:
            by_cur[sets.items[i].curriculum].append(i)
        for cid, ii in sorted(by_cur.items()):
            s = Suggester(replace(plain.settings, adapter=True), model=plain.model, segment=plain.segment,
                          none_model=False, adapter=adapters[g], calibrator=cg)
            s.fit(load_curricula([cid]))
            rows = np.arange(len(s.index_.nodes))
            for i in ii:
                doc = sets.documents[i]
                passages, vectors = sets.embedded[i]
                parts = s.score_parts(vectors, doc.text, passages)
                order = np.argsort(-parts.fused, kind="stable")[:50]
                probs = s.confidences(parts, order, doc, len(passages))
                bg = background_features(parts, rows, vectors, s.model)
                docs[i] = {"nodes": [s.index_.nodes[r].id for r in order], "p": np.asarray(probs, float),
                           "x": nX[i], "bg": bg, "words": len(doc.text.split())}
        print(f"held {g}: done", file=sys.stderr, flush=True)
    out = {"docs": docs, "groups": sets.groups, "items": sets.items}
    ROWS.write_bytes(pickle.dumps(out))
    return out


def fit_combo(p, pn, right, kind):
    """Parameters of a combination fitted by log-loss of 'top suggestion right' over labelled and empty rows."""
    if kind == "product":
        return None
    if kind == "recal":  # P(node right) x (1 - sigmoid(a logit P(none) + b))
        def loss(ab):
            q = p * (1 - 1 / (1 + np.exp(-(ab[0] * logit(pn) + ab[1]))))
            q = np.clip(q, 1e-6, 1 - 1e-6)
            return -float(np.sum(right * np.log(q) + (1 - right) * np.log(1 - q)))
        return minimize(loss, np.array([1.0, 0.0]), method="Nelder-Mead").x
    if kind == "soft":  # below t, P(none) counts s times (s in 0..1): ordering kept
        best = None
        for t in np.arange(0.0, 0.61, 0.04):
            for sc in np.arange(0.0, 1.01, 0.1):
                q = np.clip(np.where(pn >= t, p * (1 - pn), p * (1 - sc * pn)), 1e-6, 1 - 1e-6)
                ll = -float(np.sum(right * np.log(q) + (1 - right) * np.log(1 - q)))
                if best is None or ll < best[0]:
                    best = (ll, (t, sc))
        return np.array(best[1])
    if kind == "high":  # below HIGH (the review app's "probably evidences nothing"), P(none) counts s times
        best = None
        for sc in np.arange(0.0, 1.001, 0.05):
            q = np.clip(np.where(pn >= HIGH, p * (1 - pn), p * (1 - sc * pn)), 1e-6, 1 - 1e-6)
            ll = -float(np.sum(right * np.log(q) + (1 - right) * np.log(1 - q)))
            if best is None or ll < best[0]:
                best = (ll, sc)
        return best[1]
    if kind == "threshold":  # P(none) used only at or above t
        best = None
        for t in np.arange(0.0, 0.61, 0.02):
            q = np.clip(np.where(pn >= t, p * (1 - pn), p), 1e-6, 1 - 1e-6)
            ll = -float(np.sum(right * np.log(q) + (1 - right) * np.log(1 - q)))
            if best is None or ll < best[0]:
                best = (ll, t)
        return best[1]
    raise ValueError(kind)


def apply_combo(p, pn, kind, params):
    if kind == "product":
        return p * (1 - pn)
    if kind == "none":
        return p
    if kind == "recal":
        return p * (1 - 1 / (1 + np.exp(-(params[0] * logit(pn) + params[1]))))
    if kind == "threshold":
        return np.where(pn >= params, p * (1 - pn), p)
    if kind == "high":
        return np.where(pn >= HIGH, p * (1 - pn), p * (1 - params * pn))
    if kind == "soft":
        return np.where(pn >= params[0], p * (1 - pn), p * (1 - params[1] * pn))
    raise ValueError(kind)


def main():
    data = per_doc_rows()
    docs, groups, items = data["docs"], np.array(data["groups"]), data["items"]
    n = len(items)
    base = np.vstack([d["x"] for d in docs])[:, :17]  # the 17 features before background_least
    bg = np.vstack([d["bg"] for d in docs])
    y = np.array([0 if it.labels else 1 for it in items])
    curs = np.array([it.curriculum for it in items])
    words = np.array([d["words"] for d in docs])
    curricula = load_curricula(sorted(set(curs)))
    # whether the top suggestion is right, as pipeline.evaluate.metrics reads it (an empty document's: 0)
    top1_right = np.zeros(n)
    for i, (it, d) in enumerate(zip(items, docs)):
        if it.labels:
            m = metrics([it], [Ranking(d["nodes"], list(map(float, d["p"])))], curricula)
            top1_right[i] = m["per_curriculum"][it.curriculum]["top1 right"]
    p_top = np.array([d["p"][0] for d in docs])
    n_base = 17
    names = list(FEATURES[:n_base]) + list(BACKGROUND_FEATURES)
    featsets = {"base": list(range(n_base)),
                "base+bg": list(range(len(names)))}
    for j, nm in enumerate(BACKGROUND_FEATURES):
        featsets[f"base+{nm}"] = list(range(n_base)) + [n_base + j]
    featsets["base+bg_sim_mean+bg_sim_min"] = list(range(n_base)) + [n_base, n_base + 1]
    # interactions of length with the similarity features (short documents weigh their evidence differently)
    lw = base[:, list(FEATURES).index("log_words")]
    short_names = ("passage_support", "raw_cosine_best", "sparse_top", "top1_probability", "dense_top")
    inter = np.column_stack([lw * base[:, list(FEATURES).index(f)] for f in short_names])
    allX = np.hstack([base, bg, inter])
    featsets["base+length_x"] = list(range(n_base)) + list(range(n_base + len(BACKGROUND_FEATURES), allX.shape[1]))
    featsets["base+length_x_support"] = list(range(n_base)) + [n_base + len(BACKGROUND_FEATURES)]
    featsets["base+length_x_top1"] = list(range(n_base)) + [n_base + len(BACKGROUND_FEATURES) + 3]
    if "--featsets" in sys.argv:
        featsets = {k: featsets[k] for k in sys.argv[sys.argv.index("--featsets") + 1].split(",")}
    results = {}
    for fs, cols in featsets.items():
        X = allX[:, cols]
        for scheme, unit in (("source", groups), ("curriculum", curs)):
            units = sorted(set(unit))
            pn = np.full(n, np.nan)
            for u in units:
                tr = unit != u
                pn[unit == u] = NoneModel().fit(X[tr], y[tr]).predict_proba(X[unit == u])
            res = {"none AUROC": roc_auc_score(y, pn)}
            for s in ("holdout-s21", "holdout-s24"):
                m = groups == s
                res[f"none AUROC {s}"] = roc_auc_score(y[m], pn[m])
            short = words <= 150
            res["none AUROC short"] = roc_auc_score(y[short], pn[short])
            res["mean P(none) labelled"] = float(pn[y == 0].mean())
            res["mean P(none) labelled short"] = float(pn[(y == 0) & short].mean())
            sets_ = np.array([g if g.startswith("holdout") else "dev" for g in groups])
            res["none AUROC per set"] = {st: round(roc_auc_score(y[sets_ == st], pn[sets_ == st]), 3)
                                         for st in sorted(set(sets_)) if 0 < y[sets_ == st].sum() < (sets_ == st).sum()}
            # nested combination fits
            combos = {"product": None, "none": None, "recal": None, "threshold": None, "soft": None, "high": None}
            conf = {k: np.full(n, np.nan) for k in combos}
            params = {k: {} for k in combos}
            for u in units:
                held = unit == u
                # P(none) of the other units from models fitted without u and without them
                pn2 = np.full(n, np.nan)
                for v in units:
                    if v != u:
                        tr = (unit != u) & (unit != v)
                        pn2[unit == v] = NoneModel().fit(X[tr], y[tr]).predict_proba(X[unit == v])
                for k in combos:
                    prm = None if k in ("product", "none") else fit_combo(p_top[~held], pn2[~held], top1_right[~held], k)
                    params[k][u] = prm.tolist() if hasattr(prm, "tolist") else prm
                    conf[k][held] = apply_combo(p_top[held], pn[held], k, prm)
            for k in combos:
                rk = [Ranking(d["nodes"], [float(conf[k][i] / max(d["p"][0], 1e-9) * q) for q in d["p"]],
                              none=float(pn[i]), node_confidence=list(map(float, d["p"])))
                      for i, d in enumerate(docs)]
                for name in ["all", "holdout-s21", "holdout-s24", "dev"]:
                    ii = [i for i in range(n) if name == "all" or groups[i] == name
                          or (name == "dev" and not groups[i].startswith("holdout"))]
                    m = metrics([items[i] for i in ii], [rk[i] for i in ii], curricula)
                    nm = m.get("none of these", {})
                    pc = {c: round(v["top1 ECE"], 3) for c, v in m["per_curriculum"].items()}
                    res[f"{k}|{name}"] = {"top1 ECE": round(m["top1 ECE"], 4), "top1 AUROC": round(m["top1 AUROC"], 4),
                                          "P@1": round(m["P@1"], 4), "R@3": round(m["R@3"], 4),
                                          "per curriculum": pc,
                                          "all-docs ECE": round(nm.get("top1 ECE all documents", float("nan")), 4),
                                          "all-docs AUROC": round(nm.get("top1 AUROC all documents", float("nan")), 4)}
                res[f"{k} params"] = params[k]
            results[(fs, scheme)] = res
            print(fs, scheme, json.dumps({k: v for k, v in res.items() if "params" not in k}, default=float), flush=True)
    (OUT / f"none_combine{TAG}.json").write_text(json.dumps({f"{a}|{b}": r for (a, b), r in results.items()}, indent=1,
                                                      default=float))


if __name__ == "__main__":
    main()
