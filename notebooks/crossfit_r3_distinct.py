"""(b) passage-distinct re-rank of outcome slots 2-3 (an outcome whose best passage is already the best passage of a
higher slot loses delta x the document's top-1 to top-10 spread), out of source (fold adapters), from the embeddings
cached by notebooks/crossfit_oos.py (/tmp/cj/oos.pkl). Run from the worktree with PYTHONPATH=.; dev data only."""
import pickle, sys
from collections import defaultdict
from dataclasses import replace
import numpy as np
from pipeline.crossfit import fold_adapters, load_sets
from pipeline.curriculum import load_curricula
from pipeline.evaluate import Ranking, metrics
from pipeline.suggest import Suggester, SuggestSettings

PATHS = ["corpora/labelled/" + p for p in ("dev.jsonl", "none-dev.jsonl", "holdout-s15.jsonl", "holdout-s17.jsonl", "holdout-s18.jsonl")]
plain = Suggester(SuggestSettings(adapter=False), none_model=False)
sets = load_sets(PATHS)
sets.embedded = pickle.loads(open("/tmp/cj/oos.pkl", "rb").read())["embedded"]
adapters = fold_adapters(sets, plain, progress=False)
deltas = [0.0, 0.1, 0.2, 0.3, 0.5]
rank = {d: {} for d in deltas}
for g in sorted(set(sets.groups)):
    by = defaultdict(list)
    for i, x in enumerate(sets.groups):
        if x == g and sets.items[i].labels:
            by[sets.items[i].curriculum].append(i)
    for cid, ii in sorted(by.items()):
        s = Suggester(replace(plain.settings, adapter=True), model=plain.model, segment=plain.segment,
                      none_model=False, adapter=adapters[g])
        s.fit(load_curricula([cid]))
        outs = [n.outcome for n in s.index_.nodes]
        for i in ii:
            doc = sets.documents[i]; passages, vectors = sets.embedded[i]
            parts = s.score_parts(vectors, doc.text, passages)
            f = parts.fused; bp = parts.best_passage
            order = np.argsort(-f, kind="stable")
            # outcome-level list: best node per outcome
            seen, orow = set(), []
            for r in order:
                if outs[r] not in seen:
                    seen.add(outs[r]); orow.append(int(r))
                if len(orow) >= 10: break
            spread = max(f[orow[0]] - f[orow[-1]], 1e-6)
            for d in deltas:
                picked = [orow[0]]; rest = orow[1:]
                while rest and len(picked) < 3:
                    used = {int(bp[p]) for p in picked}
                    adj = [f[r] - (d * spread if int(bp[r]) in used else 0.0) for r in rest]
                    k = int(np.argmax(adj)); picked.append(rest.pop(k))
                final = picked + rest
                rank[d][i] = Ranking([s.index_.nodes[r].id for r in final], [0.5] * len(final))
    print("done", g, file=sys.stderr, flush=True)
cur = load_curricula(sorted({it.curriculum for it in sets.items}))
for d in deltas:
    row = []
    for name in ("dev", "holdout-s15", "holdout-s17", "holdout-s18", "all"):
        ii = sorted(i for i in rank[d] if name == "all" or (sets.groups[i] if sets.groups[i].startswith("holdout") else "dev") == name)
        m = metrics([sets.items[i] for i in ii], [rank[d][i] for i in ii], cur)
        row.append(f"{m['P@1']:.3f} / {m['R@3']:.3f} / {m['multi-outcome R@3']:.3f}")
    print(f"| {d} | " + " | ".join(row) + " |", flush=True)
