"""The afternoon script: the obvious way to do this without cesr-mapper (the benchmark's baseline).

    .venv/bin/python benchmarks/baseline_script.py CORPUS_DIR --out baseline.jsonl [--limit N]

Written plainly, as a doctor or developer would in an afternoon: one process; for each PDF,
pdfplumber ``extract_text`` page by page, cut into ~60-word chunks, ``model.encode`` per file,
``util.semantic_search`` of each chunk against the embeddings of the curriculum's statements
(rcem-2021 outcomes and key capabilities, their titles), and the best score per statement over
the chunks as the document's ranking.  No OCR (a scan yields no text and no suggestions), no
anonymisation, no calibration, no caching.  Same model as cesr (all-MiniLM-L6-v2, the bundled copy).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files (sorted)")
    parser.add_argument("--top-k", type=int, default=10)
    parser.add_argument("--labels", type=Path, default=None,
                        help="instead: rank the labelled set's texts the same way and print outcome-level P@1, R@3, MRR")
    args = parser.parse_args(argv)
    if args.labels:
        return accuracy(args.labels)

    import pdfplumber
    from sentence_transformers import SentenceTransformer, util

    from pipeline.curriculum import load_curricula
    from pipeline.embed import default_model_dir

    t0 = time.perf_counter()
    model = SentenceTransformer(str(default_model_dir()), device="cpu")
    curriculum = load_curricula(["rcem-2021"])[0]
    statements = list(curriculum.outcomes) + list(curriculum.nodes)
    seen, nodes = set(), []
    for node in statements:
        if node.id not in seen:
            seen.add(node.id)
            nodes.append(node)
    statement_emb = model.encode([n.title for n in nodes], convert_to_tensor=True, normalize_embeddings=True)

    files = sorted(args.corpus.rglob("*.pdf"))[: args.limit]
    with open(args.out, "w") as out:
        for path in files:
            with pdfplumber.open(path) as pdf:
                text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            words = text.split()
            chunks = [" ".join(words[i:i + 60]) for i in range(0, len(words), 60)]
            best: dict[str, tuple[float, str]] = {}
            if chunks:
                emb = model.encode(chunks, convert_to_tensor=True, normalize_embeddings=True)
                hits = util.semantic_search(emb, statement_emb, top_k=len(nodes))
                for chunk, chunk_hits in zip(chunks, hits):
                    for hit in chunk_hits:
                        node = nodes[hit["corpus_id"]]
                        if hit["score"] > best.get(node.id, (-1.0, ""))[0]:
                            best[node.id] = (hit["score"], chunk)
            ranked = sorted(best.items(), key=lambda kv: -kv[1][0])[: args.top_k]
            out.write(json.dumps({"path": str(path), "suggestions": [
                {"node": nid, "score": round(score, 4), "excerpt": chunk[:200]} for nid, (score, chunk) in ranked
            ]}) + "\n")
    print(json.dumps({"files": len(files), "seconds": round(time.perf_counter() - t0, 2)}), file=sys.stderr)
    return 0


def accuracy(labels: Path) -> int:
    """The same method on a labelled set (each item in its own curriculum), at outcome level."""
    from sentence_transformers import SentenceTransformer, util

    from pipeline.curriculum import load_curricula
    from pipeline.embed import default_model_dir

    model = SentenceTransformer(str(default_model_dir()), device="cpu")
    items = [json.loads(l) for l in labels.read_text().splitlines() if l.strip()]
    cache = {}
    p1, r3, mrr = [], [], []
    for item in items:
        cid = item["curriculum"]
        if cid not in cache:
            cur = load_curricula([cid])[0]
            nodes = list({n.id: n for n in list(cur.outcomes) + list(cur.nodes)}.values())
            cache[cid] = (nodes, model.encode([n.title for n in nodes], convert_to_tensor=True, normalize_embeddings=True))
        nodes, emb_nodes = cache[cid]
        words = item["text"].split()
        chunks = [" ".join(words[i:i + 60]) for i in range(0, len(words), 60)]
        emb = model.encode(chunks, convert_to_tensor=True, normalize_embeddings=True)
        best: dict[str, float] = {}
        for hits in util.semantic_search(emb, emb_nodes, top_k=len(nodes)):
            for hit in hits:
                outcome = nodes[hit["corpus_id"]].outcome
                best[outcome] = max(best.get(outcome, -1.0), hit["score"])
        to_outcome = {n.id: n.outcome for n in nodes}
        gold = {to_outcome.get(x, x) for x in item["labels"]}
        acceptable = {to_outcome.get(x, x) for x in item.get("acceptable", [])} - gold
        ranked = [o for o, _ in sorted(best.items(), key=lambda kv: -kv[1]) if o not in acceptable]
        p1.append(1.0 if ranked[:1] and ranked[0] in gold else 0.0)
        r3.append(len(gold & set(ranked[:3])) / len(gold))
        rank = next((i + 1 for i, o in enumerate(ranked) if o in gold), None)
        mrr.append(1.0 / rank if rank else 0.0)
    n = len(items)
    print(json.dumps({"documents": n, "P@1": round(sum(p1) / n, 3), "R@3": round(sum(r3) / n, 3),
                      "MRR": round(sum(mrr) / n, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
