"""OCR on a Dask cluster against this machine's process pool, with the same number of workers.

Run on demand (never in the tests):

    .venv/bin/python benchmarks/dask_bench.py [--pages 24] [--workers 1 2] [--rounds 1]

Scanned pages as a phone or scanner makes them (PNG, JPEG, image-only PDFs of one and two pages;
``ingest_bench.build_scans``) are read by ``ingest_stream`` with OCR and without the anonymiser (the
OCR path, as the ingest section measures it), for each worker count:

- **local pool**: ``LocalPool(n)``, this machine's process pool (``n`` spawned processes; for 1 too, so
  that both sides pay for a separate process), its start-up counted as ``cesr add`` pays it;
- **Dask**: a ``distributed.LocalCluster`` of ``n`` worker processes with one thread each, the
  cluster started beforehand (untimed: a cluster is long-running) and warmed with one page; every
  file travels to the workers as its bytes (``DaskExecutor.shares_files`` is false), as it would to
  another machine.

The two alternate within a round; the best of ``--rounds`` is kept (the machine may be shared).
Both give the same text for every page (checked).  Writes the ``dask`` section of
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "corpora"))


def _read(files: list[str], executor) -> tuple[float, int, list[str]]:
    from pipeline.ingest import IngestSettings, ingest_stream

    start = time.perf_counter()
    docs = list(ingest_stream(files, IngestSettings(classify=False), anonymise=False, ordered=True,
                              executor=executor))
    seconds = time.perf_counter() - start
    bad = [d.path for d in docs if not d.ok]
    if bad:
        raise SystemExit(f"pages not read: {bad}")
    return seconds, sum(d.ocr_pages for d in docs), [d.text for d in docs]


def run(pages: int, workers: list[int], rounds: int) -> dict:
    import dask
    from distributed import Client, LocalCluster
    from ingest_bench import build_scans

    from pipeline.cluster import DaskExecutor
    from pipeline.ingest import discover
    from pipeline.ingest.pool import LocalPool, default_memory_mb

    out: dict = {"pages": pages, "rounds": rounds, "rows": []}
    with tempfile.TemporaryDirectory(prefix="cesr-dask-bench-") as tmp:
        out["formats"] = build_scans(Path(tmp) / "scans", pages)
        files = discover([Path(tmp) / "scans"])
        for n in workers:
            with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
                started = time.perf_counter()
                cluster = LocalCluster(n_workers=n, processes=True, threads_per_worker=1, dashboard_address=":0")
                client = Client(cluster)
                executor = DaskExecutor(client)
                warm = _read(files[:1], executor)  # the workers import the pipeline
                cluster_start = time.perf_counter() - started
            local = LocalPool(n, memory_mb=default_memory_mb(n))
            best_local, best_dask, loads = [], [], []
            try:
                for _ in range(rounds):
                    loads.append(round(os.getloadavg()[0], 2))
                    seconds_l, ocr_pages, texts_l = _read(files, local)
                    seconds_d, ocr_pages_d, texts_d = _read(files, executor)
                    if texts_l != texts_d or ocr_pages != ocr_pages_d:
                        raise SystemExit("the cluster read different text from the local pool")
                    best_local.append(seconds_l)
                    best_dask.append(seconds_d)
                    print(f"  {n} worker(s): local pool {seconds_l:.1f}s, Dask {seconds_d:.1f}s "
                          f"({ocr_pages} pages), load {loads[-1]}", flush=True)
            finally:
                client.close()
                cluster.close()
            out["rows"].append({"workers": n, "ocr_pages": ocr_pages, "local_seconds": min(best_local),
                                "dask_seconds": min(best_dask), "cluster_start_seconds": cluster_start,
                                "warm_page_seconds": warm[0], "load": loads})
    return out


def write(result: dict, command: str) -> None:
    from _results import machine, write_section

    f = result["formats"]
    lines = [
        "## Dask cluster against the local pool: OCR of scanned pages (issue 17)",
        "",
        f"Machine: {machine()}.",
        f"Command: `{command}`.",
        "",
        f"{result['pages']} scanned pages ({f['png']} PNG, {f['jpg']} JPEG, {f['pdf_1_page']} one-page and "
        f"{f['pdf_2_pages']} two-page image-only PDFs) read with OCR, without the anonymiser, by `ingest_stream` "
        "on this machine's process pool (`LocalPool`, start-up included) and on a `distributed.LocalCluster` of "
        "the same number of worker processes, one thread each (started and warmed beforehand; each file sent as "
        "its bytes, as to another machine). Both read the same text for every page. Best of "
        f"{result['rounds']} round(s), the two alternating.",
        "",
        "| workers | local pool | Dask | Dask / local | cluster start (untimed above) | load average at start |",
        "|---|---|---|---|---|---|",
    ]
    for r in result["rows"]:
        pl, pd = r["ocr_pages"] / r["local_seconds"], r["ocr_pages"] / r["dask_seconds"]
        lines.append(f"| {r['workers']} | {pl:.2f} pages/s ({r['local_seconds']:.1f} s) | {pd:.2f} pages/s "
                     f"({r['dask_seconds']:.1f} s) | {pd / pl:.2f} | {r['cluster_start_seconds']:.1f} s | "
                     f"{', '.join(str(x) for x in r['load'])} |")
    lines += ["", "The cluster's start-up (workers importing the pipeline) is paid once per cluster, not per batch; "
              "the local pool starts its processes for each batch. On a shared machine the load average says how "
              "much of the cores the runs had."]
    busiest = max(x for r in result["rows"] for x in r["load"])
    if busiest > (os.cpu_count() or 1):
        lines += ["", f"**This run shared the machine** (load average up to {busiest:g} on {os.cpu_count()} cores): "
                  "the rates are a fraction of what the cores give alone, and a difference between the two sides "
                  "within a row is within the noise of such a run, not a property of either. Re-run on a quiet "
                  "machine with `--rounds 3`."]
    write_section("dask", "\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    result = run(args.pages, args.workers, args.rounds)
    command = " ".join([".venv/bin/python benchmarks/dask_bench.py", "--pages", str(args.pages), "--workers",
                        *map(str, args.workers), "--rounds", str(args.rounds)])
    write(result, command)
    print(f"written: {ROOT / 'benchmarks' / 'RESULTS.md'} (section dask)")


if __name__ == "__main__":
    main()
