"""Review app benchmark: the queue of a 10,000-document workspace through the real server (uvicorn + Starlette).

Run on demand (never in the tests):

    .venv/bin/python benchmarks/review_bench.py [--n 10000] [--keep DIR]

Builds, untimed, a workspace of N documents through the real store (``Store.save``: text of about 2,500
characters, dated, typed) with ten stored suggestions each (``ReviewDB.store_suggestions``), and decisions on
one document in five.  Then starts ``cesr review``'s server on it (in this process, on 127.0.0.1, as ``cesr
review`` does) and times, through HTTP with the token (httpx), each best of 5 after one untimed warm-up:

- the baseline: the whole queue in one answer (``limit`` = N), which is what the review screen loaded before
  the queue was paged;
- the first page the screen loads (``limit=100``), sorted by confidence, date and title, and filtered by
  outcome and by state; a page deep in the list (``offset`` = N - 100);
- on a freshly started server (best of 3): ``cesr review``'s start-up before it prints the address (the app
  and its first ``meta``, which reads every document's description once), then the first page.

Writes the ``review`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WORDS = ("patient reviewed emergency department chest pain abdominal sepsis antibiotics fluids consultant "
         "registrar plan discharge follow clinic letter assessment history examination observations stable "
         "bloods imaging referral ward admitted theatre procedure supervised competent feedback teaching").split()
TYPES = ("clinic_letter", "wpba_dops", "wpba_cbd", "audit_qi", "teaching_record", "rota_management")


def build(root: Path, n: int) -> None:
    from tqdm import tqdm

    from pipeline.curriculum import load_curricula
    from pipeline.model import Document
    from pipeline.review.compute import current_versions, node_table
    from pipeline.review.decisions import ReviewDB
    from pipeline.workspace import Workspace

    rng = random.Random(7)
    ws = Workspace.init(root, ["rcem-2021"])
    curricula = load_curricula(ws.curricula)
    nodes = node_table(curricula)
    versions = current_versions(curricula)
    ids = [node_id for node_id in nodes]
    store = ws.store
    with ReviewDB(ws.store_path, nodes) as review:
        for i in tqdm(range(n), desc="build", unit="doc"):
            text = f"Letter {i}\n" + " ".join(rng.choice(WORDS) for _ in range(350))
            sha = f"{i:064x}"
            doc = Document(path=f"/evidence/letter-{i:05d}.pdf", sha256=sha, status="ok", format="pdf", pages=2,
                           text=text, page_texts=[text], date=f"20{rng.randint(15, 25):02d}-{rng.randint(1, 12):02d}-"
                                                            f"{rng.randint(1, 28):02d}",
                           evidence_type=rng.choice(TYPES))
            store.save(doc)
            picked = rng.sample(ids, 10)
            confs = sorted((rng.random() for _ in picked), reverse=True)
            rows = [{"node": node, "outcome": nodes[node].outcome, "curriculum": "rcem-2021",
                     "title": nodes[node].title, "rank": r + 1, "confidence": c, "score": c,
                     "excerpt": text[:120], "start": 0, "end": 120} for r, (node, c) in enumerate(zip(picked, confs))]
            review.store_suggestions(sha, rows, versions)
            if i % 5 == 0:
                review.decide(sha, None, "accept", picked[0], versions=versions)
                review.decide(sha, None, "reject", picked[1], versions=versions)
            if i % 10 == 0:
                review.set_reviewed(sha, None)
    ws.close()


BEFORE = "87dc3ef"  # the last commit with the http.server review app


def old_review_app():
    """``ReviewApp`` as it was before Starlette and paging (``git show BEFORE:pipeline/review/server.py``), loaded
    beside the current package so that it reads the same workspace with the same store."""
    import importlib.util
    import subprocess

    source = subprocess.run(["git", "show", f"{BEFORE}:pipeline/review/server.py"], capture_output=True, text=True,
                            cwd=ROOT, check=True).stdout
    path = Path(tempfile.mkdtemp(prefix="cesr-old-server-")) / "old_server.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("pipeline.review._old_server", path)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "pipeline.review"
    spec.loader.exec_module(module)
    return module.ReviewApp


def best(fn, repeat: int = 5) -> float:
    from _results import best as fastest

    return fastest(fn, repeat, warmup=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--keep", help="build the workspace here and keep it (reused when it exists)")
    args = parser.parse_args()

    import httpx

    from _results import machine, write_section

    from pipeline.review.server import ReviewApp, make_server
    from pipeline.workspace import Workspace

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cesr-review-bench-"))
    root = base / "ws"
    try:
        if not root.exists():
            build(root, args.n)
        ws = Workspace.open(root)

        # the baseline, before this change: the old ReviewApp.queue in this process (no HTTP), the whole list
        OldApp = old_review_app()
        old = OldApp(ws)
        start = time.perf_counter()
        assert len(old.queue({})["items"]) == args.n
        old_cold = time.perf_counter() - start
        old_warm = best(lambda: old.queue({}))

        def started():
            """What ``cesr review`` does before it prints the address: the app, its first meta, the socket."""
            review = ReviewApp(ws)
            review.meta()
            server = make_server(review, 0)
            server.start()
            client = httpx.Client(base_url=server.base_url, headers={"X-CESR-Token": review.token}, timeout=120)
            return server, client

        def get(client, query: str) -> dict:
            resp = client.get("/api/queue?" + query)
            assert resp.status_code == 200, resp.text
            return resp.json()

        # a freshly started server (best of 3): its start-up, then the first page the screen asks for
        startup, cold = [], []
        for _ in range(3):
            start = time.perf_counter()
            server, client = started()
            startup.append(time.perf_counter() - start)
            start = time.perf_counter()
            first = get(client, "limit=100")
            cold.append(time.perf_counter() - start)
            client.close()
            server.stop()
        assert first["total"] == args.n and len(first["items"]) == 100

        server, client = started()
        whole = get(client, f"limit={args.n}")
        size_whole = len(client.get(f"/api/queue?limit={args.n}").content)
        size_page = len(client.get("/api/queue?limit=100").content)
        assert len(whole["items"]) == args.n
        outcome = whole["items"][0]["top"]["node"].split(".")[0]
        cases = {
            f"baseline: the whole queue in one answer (`limit={args.n}`, as before paging)": f"limit={args.n}",
            "first page, by confidence (`limit=100`)": "limit=100",
            "first page, by date": "limit=100&sort=date&order=asc",
            "first page, by title": "limit=100&sort=title",
            f"first page, filtered by outcome ({outcome.split(':')[1]})": f"limit=100&outcome={outcome}",
            "first page, filtered by state (reviewed)": "limit=100&state=reviewed",
            f"a page deep in the list (`offset={args.n - 100}`)": f"limit=100&offset={args.n - 100}",
        }
        rows = {label: best(lambda q=query: get(client, q)) for label, query in cases.items()}
        client.close()
        server.stop()
        ws.close()
        size_mb = (root / ".cesr" / "documents.sqlite").stat().st_size / 1e6

        lines = [
            "## Review app: the queue of a large workspace (Starlette + uvicorn, paged)",
            "",
            f"Measured with `.venv/bin/python benchmarks/review_bench.py --n {args.n}` on {machine()}.",
            f"Workspace (built untimed through `Store.save` and `ReviewDB.store_suggestions`): {args.n} documents, "
            f"ten suggestions each, decisions on one in five, one in ten reviewed; the SQLite file is "
            f"{size_mb:.0f} MB. The two \"before\" rows call the old `ReviewApp.queue` in this process (no HTTP, no "
            "JSON). The others are `GET /api/queue` through HTTP on 127.0.0.1 (uvicorn, httpx client, token header), "
            "best of 5 after a warm-up, except the start-up and the first page after it: best of 3 freshly started "
            "servers.",
            "",
            "| request | seconds |",
            "|---|---:|",
            f"| before (`{BEFORE}`, http.server): `ReviewApp.queue`, the whole list, first call, in-process "
            f"| {old_cold:.3f} |",
            f"| before: the same, cached (best of 5; its descriptions are cached for 10 s) | {old_warm:.3f} |",
            f"| `cesr review` start-up, before it prints the address (`ReviewApp`, its first `meta`, the socket) "
            f"| {min(startup):.3f} |",
            f"| the first page on the server just started (`limit=100`) | {min(cold):.3f} |",
            *[f"| {k} | {v:.3f} |" for k, v in rows.items()],
            "",
            f"The whole queue is {size_whole / 1e6:.1f} MB of JSON; a page of 100 is {size_page / 1e3:.0f} kB. "
            f"Fresh servers: start-up {', '.join(f'{t:.3f}' for t in startup)} s, first page "
            f"{', '.join(f'{t:.3f}' for t in cold)} s (median {statistics.median(cold):.3f}). The start-up reads "
            "every document's description once (cached after, and read again when the number of documents changes "
            "or after 10 s); each queue request then reads the review rows and the counts from SQLite, filters and "
            "sorts light tuples, and makes JSON of one page only. The baseline row is the same server asked for "
            "every document in one answer, as the screen asked before paging (the old server also built every "
            "document's full description and suggestion list on each request).",
        ]
        body = "\n".join(lines)
        print(body)
        write_section("review", body)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
