"""Human-readable outputs: evaluation tables, reliability diagrams, coverage charts."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .model import Curriculum

__all__ = ["evaluation_markdown", "review_markdown", "taxonomy_markdown", "reliability_diagram", "summarise_suggestions", "coverage_chart"]

_COLUMNS = ["P@1", "R@1", "R@3", "R@5", "RP@5", "MRR", "nDCG@5", "F1@t", "ECE", "Brier", "AUROC"]
#: the doctor's question first: is the top suggestion's confidence right? (per document, top-ranked outcome)
_TOP1 = ["top1 ECE", "top1 Brier", "top1 AUROC"]


def evaluation_markdown(results: dict[str, dict], title: str = "") -> str:
    """Metrics of every ranker as one markdown table, then the product's per-outcome table."""
    lines = [f"### {title}" if title else "", "",
             "Confidence of the top suggestion (per document: the top-ranked outcome's confidence against whether it "
             "is a label or an acceptable outcome); then ranking, and calibration over the top 5 suggestions:", "",
             "| ranker | " + " | ".join(_TOP1 + _COLUMNS) + " |", "|---|" + "---:|" * len(_TOP1 + _COLUMNS)]
    for name, m in results.items():
        lines.append(f"| {name} | " + " | ".join(f"{m.get(c, float('nan')):.3f}" for c in _TOP1 + _COLUMNS) + " |")
    first = next(iter(results.values()), None)
    lines += ["", "R@3 on the documents with more than one labelled outcome:", "",
              "| ranker | multi-outcome documents | multi-outcome R@3 |", "|---|---:|---:|"]
    for name, m in results.items():
        n = m.get("multi-outcome documents", 0)
        lines.append(f"| {name} | {n} | " + (f"{m['multi-outcome R@3']:.3f}" if n else "none in this set") + " |")
    if first and first.get("per_curriculum"):
        lines += ["", f"Per curriculum ({next(iter(results))}; top-1 confidence against top-1 right):", "",
                  "| curriculum | documents | P@1 | top-1 right | mean top-1 confidence | top1 ECE | top1 Brier | top1 AUROC |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for cid, row in first["per_curriculum"].items():
            lines.append(f"| {cid} | {row['documents']} | {row['P@1']:.3f} | {row['top1 right']:.3f} | "
                         f"{row['top1 confidence']:.3f} | {row['top1 ECE']:.3f} | {row['top1 Brier']:.3f} | "
                         f"{row['top1 AUROC']:.3f} |")
    if first and "top1 ECE without none" in first:
        lines += ["", f"Top suggestion's confidence before and after 'none of these' lowered it ({next(iter(results))}; "
                  "labelled documents only):", "", "| | top1 ECE | top1 Brier | top1 AUROC |", "|---|---:|---:|---:|",
                  f"| P(node right) | {first['top1 ECE without none']:.3f} | {first['top1 Brier without none']:.3f} | "
                  f"{first['top1 AUROC without none']:.3f} |",
                  f"| P(node right) x (1 - P(none)^2) | {first['top1 ECE']:.3f} | {first['top1 Brier']:.3f} | "
                  f"{first['top1 AUROC']:.3f} |"]
    none = (first or {}).get("none of these")
    if none and "AUROC all" in none:
        kinds = [k for k in none["kinds"]]
        lines += ["", f"None of these ({next(iter(results))}): P(none) on {none['documents']} documents that evidence "
                  "nothing (" + ", ".join(f"{n} {k}" for k, n in none["kinds"].items()) + ") against the labelled ones:", "",
                  "| | " + " | ".join(kinds) + " | all |", "|---|" + "---:|" * (len(kinds) + 1),
                  "| AUROC | " + " | ".join(f"{none[f'AUROC {k}']:.3f}" for k in kinds + ['all']) + " |",
                  "| mean P(none) | " + " | ".join(f"{none[f'mean P(none) {k}']:.3f}" for k in kinds + ['all']) + " |",
                  "", f"Mean P(none) on labelled documents {none['mean P(none) labelled']:.3f}; P(none) ECE "
                  f"{none['ECE']:.3f}, Brier {none['Brier']:.3f}. Top suggestion over labelled and empty documents "
                  f"together (an empty document's top suggestion is wrong): ECE {none['top1 ECE all documents without none']:.3f}"
                  f" -> {none['top1 ECE all documents']:.3f}, Brier {none['top1 Brier all documents without none']:.3f} -> "
                  f"{none['top1 Brier all documents']:.3f}, AUROC {none['top1 AUROC all documents without none']:.3f} -> "
                  f"{none['top1 AUROC all documents']:.3f} (before -> after lowering by P(none))."]
    if first and first.get("per_outcome"):
        lines += ["", f"Per outcome ({next(iter(results))}, by first label):", "", "| outcome | n | P@1 | R@3 |",
                  "|---|---:|---:|---:|"]
        for outcome, row in first["per_outcome"].items():
            lines.append(f"| {outcome} | {row['n']} | {row['P@1']:.2f} | {row['R@3']:.2f} |")
    return "\n".join(lines).strip() + "\n"


def taxonomy_markdown(result: dict, title: str = "") -> str:
    """A flat taxonomy's evaluation (:func:`pipeline.evaluate.evaluate_taxonomy`): rankers, then the profile."""
    lines = [f"### {title}" if title else "", "", "| ranker | RP@5 | MRR | P@1 | R@10 |", "|---|---:|---:|---:|---:|"]
    for name, m in result["rankers"].items():
        lines.append(f"| {name} | {m['RP@5']:.3f} | {m['MRR']:.3f} | {m['P@1']:.3f} | {m['R@10']:.3f} |")
    t = result["taxonomy"]
    lines += ["", f"Taxonomy {t['id']}: {t['statements']} statements, {t['mean_words']:.1f} words each on average, "
              f"{t['described']:.0%} with a description, background affinity {t['background_affinity']:.3f}; "
              f"settings adapted to it: hub weight {t['hub_weight']:g}, sparse weight {t['sparse_weight']:g}."]
    return "\n".join(lines).strip() + "\n"


def review_markdown(review: list[dict]) -> str:
    """The simulated-review table: accuracy on the remaining documents after k reviewed."""
    lines = ["Simulated review (per curriculum, 3 fixed random orders: the labelled sets have no dates; "
             "measured on the documents not yet reviewed; a step only where the curriculum has more documents):", "",
             "| reviewed k | documents measured | P@1 without learning | P@1 with learning | R@3 without | R@3 with |",
             "|---:|---:|---:|---:|---:|---:|"]
    for r in review:
        lines.append(f"| {r['k']} | {r['documents_measured']} | {r['P@1 without']:.3f} | {r['P@1 with']:.3f} | "
                     f"{r['R@3 without']:.3f} | {r['R@3 with']:.3f} |")
    return "\n".join(lines) + "\n"


def _reliability_axes(ax, series: list[tuple[str, list[dict]]], xlabel: str, title: str) -> None:
    """One reliability panel: the diagonal, then each ``(label, bins)`` as confidence against fraction right."""
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1, label="perfect calibration")
    for label, bins in series:
        if bins:
            ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], marker="o", label=label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("fraction right")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8)


def reliability_diagram(results: dict[str, dict], path: str | Path) -> None:
    """Confidence against observed accuracy, one line per ranker."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    first_name, first = next(iter(results.items()), (None, {}))
    per_curriculum = (first or {}).get("per_curriculum") or {}
    fig, axes = plt.subplots(1, 2 if per_curriculum else 1, figsize=(11 if per_curriculum else 5.5, 5), squeeze=False)
    _reliability_axes(axes[0][0], [(f"{name} (ECE {m['ECE']:.3f})", m.get("reliability", []))
                                   for name, m in results.items()],
                      "confidence", "Reliability of suggestion confidence (top 5)")
    if per_curriculum:  # the doctor's question, per curriculum: is the top suggestion's confidence right?
        _reliability_axes(axes[0][1], [(f"{cid} (n {row['documents']}, ECE {row['top1 ECE']:.3f})",
                                        row.get("top1 reliability", [])) for cid, row in per_curriculum.items()],
                          "confidence of the top suggestion", f"Top suggestion, per curriculum ({first_name})")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def summarise_suggestions(records: list[dict], curricula: list[Curriculum], threshold: float = 0.5) -> tuple[str, dict]:
    """Text summary of a suggestions file, and covering-document counts per outcome."""
    ok = [r for r in records if r["document"]["status"] == "ok"]
    failed = [r for r in records if r["document"]["status"] != "ok"]
    coverage: dict[str, set[str]] = defaultdict(set)
    lines = [f"{len(records)} document(s): {len(ok)} read, {len(failed)} failed", ""]
    for r in ok:
        sugg = r["suggestions"]
        name = Path(r["document"]["path"]).name
        if sugg:
            top = sugg[0]
            lines.append(f"  {name[:48]:48}  {top['node']:<22} {top['confidence']:.2f}  {top['title'][:60]}")
        for s in sugg:
            if s["confidence"] >= threshold:
                coverage[s["outcome"]].add(r["document"]["sha256"] or r["document"]["path"])
    for r in failed:
        lines.append(f"  {Path(r['document']['path']).name[:48]:48}  FAILED: {r['document']['error']}")
    lines += ["", f"Coverage (documents with a suggestion of confidence >= {threshold:.2f}):"]
    gaps = []
    for cur in curricula:
        for outcome in cur.outcomes:
            n = len(coverage.get(outcome.id, ()))
            bar = "#" * min(n, 30)
            lines.append(f"  {outcome.id:22} {n:3}  {bar}")
            if n == 0:
                gaps.append(outcome)
    if gaps:
        lines += ["", "Gaps (no evidence yet):"] + [f"  {g.id}: {g.title}" for g in gaps]
    else:
        lines += ["", "No gaps: every outcome has at least one suggested document."]
    counts = {k: len(v) for k, v in coverage.items()}
    return "\n".join(lines), counts


def coverage_chart(coverage: dict[str, int], curricula: list[Curriculum], path: str | Path,
                   threshold: float = 0.5) -> None:
    """Horizontal bar chart of documents per outcome; gaps in red."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from matplotlib.ticker import MaxNLocator

    outcomes = [o for c in curricula for o in c.outcomes]
    counts = [coverage.get(o.id, 0) for o in outcomes]
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(outcomes) + 1.2))
    colours = ["#c0392b" if n == 0 else "#2e86c1" for n in counts]
    labels = [f"{o.code} {o.title if len(o.title) <= 55 else o.title[:54] + '…'}" for o in outcomes]
    ax.barh(range(len(outcomes)), counts, color=colours)
    ax.set_yticks(range(len(outcomes)), labels, fontsize=7)
    for tick, n in zip(ax.get_yticklabels(), counts):
        if n == 0:
            tick.set_color("#c0392b")
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(counts + [1]) * 1.15)
    ax.set_xlabel(f"documents suggested with confidence >= {threshold:.2f}")
    ax.set_title("Evidence coverage per outcome (red: gap)")
    for i, n in enumerate(counts):
        ax.text(n + 0.05, i, "0  GAP: no evidence yet" if n == 0 else str(n), va="center", fontsize=7,
                color="#c0392b" if n == 0 else "black", fontweight="bold" if n == 0 else "normal")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
