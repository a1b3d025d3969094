"""Numpy re-implementation of Suggester.score_parts over cached passage vectors, with its settings as
arguments, and the outcome-level metrics of cesr evaluate (P@1 with acceptable outcomes removed, R@3, MRR,
top-1 right = label or acceptable)."""
import pickle
from pathlib import Path
import numpy as np

C = pickle.loads(Path("/tmp/rcv/cache.pkl").read_bytes())
CUR, DOCS = C["curricula"], C["docs"]
LAB = [d for d in DOCS if d["labels"]]


def z(x):
    s = float(x.std())
    return (x - x.mean()) / s if s > 1e-9 else np.zeros_like(x)


def distinct(dense_pp, scores, orow):
    n = int(orow.max()) + 1
    votes = np.bincount(orow[dense_pp.argmax(axis=1)], minlength=n).astype(np.float32)
    votes /= max(1, dense_pp.shape[0])
    votes[orow[int(np.argmax(scores))]] = 0.0
    return votes[orow]


def parts(d, hub=1.0, pw=0.3, sw=None, dw=0.5, sparse=None, vectors=None, W=None, node_vectors=None,
          agg="meanmax", topm=3):
    c = CUR[d["curriculum"]]
    P = d["vectors"] if vectors is None else vectors
    V = c["vectors"] if node_vectors is None else node_vectors
    if W is not None:
        P = P @ W
        P = P / np.linalg.norm(P, axis=1, keepdims=True)
    sims = P @ V.T
    hubness = c["hub_override"] if (W is not None and "hub_override" in c) else c["hubness"]
    dense_pp = sims - hub * hubness[None, :]
    if agg == "meanmax":
        dense = dense_pp.mean(axis=0)
        if pw > 0 and dense_pp.shape[0] > 1:
            dense = (1 - pw) * dense + pw * dense_pp.max(axis=0)
    elif agg == "topm":
        k = min(topm, dense_pp.shape[0])
        dense = np.sort(dense_pp, axis=0)[-k:].mean(axis=0)
    sp = d["sparse"] if sparse is None else sparse
    w = float(c["sparse_w"][0]) if sw is None else sw
    scores = (1 - w) * z(dense) + w * z(sp)
    if dw > 0 and dense_pp.shape[0] > 1:
        top = float(scores.max())
        cr = dw * distinct(dense_pp, scores, c["outcome_rows"])
        scores = np.where(cr > 0, np.minimum(scores + cr, top - 1e-3), scores)
    return dict(fused=scores, dense=dense, sparse=sp, dense_pp=dense_pp)


def outcome_ranking(d, scores):
    outs = CUR[d["curriculum"]]["outcomes"]
    seen, ranked = set(), []
    for r in np.argsort(-scores, kind="stable"):
        o = outs[r]
        if o not in seen:
            seen.add(o); ranked.append(o)
    return ranked


def to_outcome(ids, d):
    c = CUR[d["curriculum"]]
    m = dict(zip(c["node_ids"], c["outcomes"]))
    return [m.get(i, i) for i in ids]


def doc_metrics(d, scores):
    ranked = outcome_ranking(d, scores)
    gold = set(to_outcome(d["labels"], d))
    acc = set(to_outcome(d["acceptable"], d)) - gold
    top1_right = 1.0 if ranked[0] in gold | acc else 0.0
    kept = [o for o in ranked if o not in acc]
    p1 = 1.0 if kept and kept[0] in gold else 0.0
    r3 = len(gold & set(kept[:3])) / len(gold)
    rank = next((i + 1 for i, o in enumerate(kept) if o in gold), None)
    return dict(p1=p1, r3=r3, mrr=1.0 / rank if rank else 0.0, top1_right=top1_right)


def summarise(rows):
    return {k: float(np.mean([r[k] for r in rows])) for k in ("p1", "r3", "mrr")}


def tfidf_per_set():
    """The TF-IDF baseline as `cesr evaluate SET.jsonl` computes it: IDF over the curriculum's statements and
    that file's documents of the curriculum."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from pipeline.curriculum import load_curricula
    from pipeline.index import node_text
    groups = {}
    for d in DOCS:
        groups.setdefault((d["set"], d["curriculum"]), []).append(d)
    for (s, cid), ds in groups.items():
        nodes = [n for c in load_curricula([cid]) for n in c.nodes]
        v = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1, dtype=np.float32)
        m = v.fit_transform([node_text(n) for n in nodes] + [d["text"] for d in ds])
        sc = (m[len(nodes):] @ m[: len(nodes)].T).toarray()
        for d, row in zip(ds, sc):
            d["tfidf_set"] = row


SOURCES = sorted({d["source"] for d in LAB})


def loso():
    """(held-out source, train docs, held docs) for leave one source (writer file) out."""
    for s in SOURCES:
        yield s, [d for d in LAB if d["source"] != s], [d for d in LAB if d["source"] == s]
