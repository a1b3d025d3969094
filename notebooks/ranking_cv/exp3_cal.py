"""Direction 3: top-1 calibration per curriculum.  Calibration rows (top 10 outcomes per document) from
out-of-fold scores: the adapter of each leave-one-source-out fold scores only its held-out file.  Then the
calibrator is cross-validated (5 folds by document, leave one source out, leave one curriculum out) with
variants: pooled (today), + log(number of outcomes) feature, + per-curriculum offset (shrunk; 0 for a
curriculum never seen), + per-curriculum temperature and offset."""
import sys, json, pickle, time
from pathlib import Path
import numpy as np
from lib import *
import adapter
from pipeline.calibrate import ranked_features, Calibrator, FEATURES
from pipeline.evaluate import ece
from sklearn.metrics import roc_auc_score

lam, sw = float(sys.argv[1]), float(sys.argv[2])
cache = Path(f"/tmp/rcv/oof_{lam}_{sw}.pkl")


def rows_for(d, p, depth=10):
    outs = CUR[d["curriculum"]]["outcomes"]
    right = set(to_outcome(d["labels"], d)) | set(to_outcome(d["acceptable"], d))
    rows, seen = [], set()
    for r in np.argsort(-p["fused"], kind="stable"):
        if outs[r] not in seen:
            seen.add(outs[r]); rows.append(int(r))
            if len(rows) >= depth:
                break
    X = ranked_features(p["fused"], p["dense"], p["sparse"], p["dense_pp"], outs, rows, len(d["passages"]),
                        d["words"], d["evidence_type"])
    y = [1 if outs[r] in right else 0 for r in rows]
    return X, y


if cache.exists():
    data = pickle.loads(cache.read_bytes())
else:
    data = {"old": [], "new": []}
    for s, train, held in loso():
        t = time.time()
        W = adapter.fit(train, lam=lam, epochs=60, lr=1e-2) if lam > 0 else None
        for c in CUR.values():
            c["hub_override"] = adapter.hubness(c["vectors"], W) if W is not None else c["hubness"]
        for d in held:
            for name, p in (("old", parts(d)), ("new", parts(d, sw=sw, W=W))):
                X, y = rows_for(d, p)
                data[name].append(dict(id=d["id"] + d["set"], curriculum=d["curriculum"], source=d["source"], X=X, y=y,
                                       metrics=doc_metrics(d, p["fused"])))
        for c in CUR.values():
            c.pop("hub_override")
        print("oof", s, f"{time.time()-t:.0f}s", flush=True)
    cache.write_bytes(pickle.dumps(data))

NOUT = {cid: len(set(c["outcomes"])) for cid, c in CUR.items()}


def flat(recs, extra=False):
    X, y, rank, cur, src, doc = [], [], [], [], [], []
    for r in recs:
        for k, (x, t) in enumerate(zip(r["X"], r["y"])):
            X.append(np.r_[x, np.log(NOUT[r["curriculum"]])] if extra else x)
            y.append(t); rank.append(k); cur.append(r["curriculum"]); src.append(r["source"]); doc.append(r["id"])
    return np.array(X), np.array(y), np.array(rank), np.array(cur), np.array(src), np.array(doc)


def logistic(Xtr, ytr, C=1.0):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    sc = StandardScaler().fit(Xtr)
    m = LogisticRegression(C=C, max_iter=3000).fit(sc.transform(Xtr), ytr)
    return lambda X: m.decision_function(sc.transform(X))


def fit_offsets(logit, y, cur, rank, temp=False, shrink=5.0):
    """Per curriculum (a, b) of sigmoid(a*logit + b) on the top-1 rows, penalised toward (1, 0) by `shrink`
    (in pseudo-documents)."""
    from scipy.optimize import minimize
    out = {}
    for c in set(cur.tolist()):
        m = (cur == c) & (rank == 0)
        z, t = logit[m], y[m]
        def nll(v):
            a, b = (v[0], v[1]) if temp else (1.0, v[0])
            q = 1 / (1 + np.exp(-(a * z + b)))
            q = np.clip(q, 1e-6, 1 - 1e-6)
            pen = shrink * ((b) ** 2 + ((a - 1) ** 2 if temp else 0))
            return -(t * np.log(q) + (1 - t) * np.log(1 - q)).sum() + pen
        v = minimize(nll, [1.0, 0.0] if temp else [0.0]).x
        out[c] = (v[0], v[1]) if temp else (1.0, v[0])
    return out


def run(recs, variant, scheme):
    X, y, rank, cur, src, doc = flat(recs, extra=(variant == "n_outcomes"))
    if scheme == "by document":
        from sklearn.model_selection import GroupKFold
        splits = list(GroupKFold(5).split(X, y, doc))
    else:
        g = src if scheme == "leave one source out" else cur
        splits = [(np.where(g != v)[0], np.where(g == v)[0]) for v in sorted(set(g.tolist()))]
    oof = np.full(len(y), np.nan)
    for tr, te in splits:
        f = logistic(X[tr], y[tr])
        logit_te = f(X[te])
        if variant in ("offset", "temp+offset"):
            # offsets fitted on out-of-fold logits of the training part (inner 5-fold by document)
            from sklearn.model_selection import GroupKFold
            inner = np.full(len(tr), np.nan)
            for a, b in GroupKFold(5).split(X[tr], y[tr], doc[tr]):
                inner[b] = logistic(X[tr][a], y[tr][a])(X[tr][b])
            offs = fit_offsets(inner, y[tr], cur[tr], rank[tr], temp=(variant == "temp+offset"))
            a_b = np.array([offs.get(c, (1.0, 0.0)) for c in cur[te]])
            logit_te = a_b[:, 0] * logit_te + a_b[:, 1]
        oof[te] = 1 / (1 + np.exp(-logit_te))
    top = rank == 0
    res = {"pooled": (ece(oof[top], y[top]), roc_auc_score(y[top], oof[top]))}
    for c in sorted(set(cur.tolist())):
        m = top & (cur == c)
        res[c] = (ece(oof[m], y[m]), roc_auc_score(y[m], oof[m]) if 0 < y[m].sum() < m.sum() else float("nan"))
    return res


for name in ("old", "new"):
    recs = data[name]
    print(f"\n== {name} engine: ranking (pooled over LOSO folds)", summarise([r["metrics"] for r in recs]))
    for variant in ("pooled", "n_outcomes", "offset", "temp+offset"):
        for scheme in ("by document", "leave one source out", "leave one curriculum out"):
            res = run(recs, variant, scheme)
            per = " ".join(f"{c[:8]} {v[0]:.3f}" for c, v in res.items() if c != "pooled")
            print(f"{variant:12s} {scheme:26s} pooled ECE {res['pooled'][0]:.3f} AUROC {res['pooled'][1]:.3f} | max {max(v[0] for c, v in res.items() if c != 'pooled'):.3f} | {per}", flush=True)
