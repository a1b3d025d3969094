"""Sum up a ``make fuzz`` run from its logs: executions, coverage and findings per harness (printed as a table)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "out" / "fuzz"


def main() -> int:
    print(f"| harness | executions | seconds | exec/s | coverage (edges) | features | corpus | peak RSS MB | findings |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    problems = 0
    for log in sorted(OUT.glob("*.log")):
        text = log.read_text(errors="replace")
        name = log.stem
        done = re.search(r"Done (\d+) runs in (\d+) second", text)
        status = re.findall(r"^#\d+\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/", text, re.M)
        inited = re.search(r"INITED cov: (\d+)", text)
        rss = re.search(r"stat::peak_rss_mb:\s+(\d+)", text)
        rate = re.search(r"stat::average_exec_per_sec:\s+(\d+)", text)
        runs = re.search(r"stat::number_of_executed_units:\s+(\d+)", text)
        home = OUT / name
        findings = sorted(p.stem.split("--")[0] for p in (home / "findings").glob("*.txt"))
        stops = sorted(p.name.split("-")[0] for p in home.glob("*") if p.name.startswith(("crash-", "timeout-", "oom-",
                                                                                            "leak-", "slow-unit-")))
        found = findings + stops
        problems += len(found)
        cov = f"{inited.group(1) if inited else '?'} -> {status[-1][0]}" if status else "?"
        print(f"| {name} | {runs.group(1) if runs else (done.group(1) if done else '?')} | "
              f"{done.group(2) if done else '?'} | {rate.group(1) if rate else '?'} | {cov} | "
              f"{status[-1][1] if status else '?'} | {status[-1][2] if status else '?'} | "
              f"{rss.group(1) if rss else '?'} | {', '.join(found) or 'none'} |")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
