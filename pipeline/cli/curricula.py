"""``cesr curricula list|show|import|validate``: the curricula available, one printed, a taxonomy imported, a file checked."""

from __future__ import annotations

import sys


def add_curricula(sub) -> None:
    p = sub.add_parser("curricula", help="list, show and validate curricula; import your own taxonomy")
    csub = p.add_subparsers(dest="action", required=True)
    csub.add_parser("list", help="curricula available")
    s = csub.add_parser("show", help="print a curriculum")
    s.add_argument("target", metavar="ID")
    s.add_argument("--tree", action="store_true", help="all nodes, indented")
    s = csub.add_parser("import", help="import a CSV/TSV (code,title,description,parent) or text file (one statement per line)")
    s.add_argument("target", metavar="FILE")
    s.add_argument("--id", help="curriculum id (default: from the file name)")
    s.add_argument("--title", help="curriculum title")
    s.add_argument("--version", default="1")
    s.add_argument("--format", choices=["auto", "csv", "tsv", "txt"], default="auto")
    s.add_argument("--out", help="where to write the YAML (default: your curricula folder)")
    s = csub.add_parser("validate", help="check a curriculum file")
    s.add_argument("target", metavar="FILE")
    p.set_defaults(func=cmd_curricula)


def cmd_curricula(args) -> int:
    from ..curriculum import CurriculumError, list_curricula, load_curriculum, validate_file

    if args.action == "list":
        for path in list_curricula():
            try:
                cur = load_curriculum(str(path))
                incomplete = sum(1 for n in cur.nodes if n.status == "incomplete")
                note = f", {incomplete} incomplete" if incomplete else ""
                print(f"{cur.id:20} {len(cur.outcomes):3} outcomes {len(cur.nodes):5} nodes{note}  {cur.title} ({cur.version})")
            except CurriculumError as exc:
                print(f"{path.stem:20} INVALID: {exc}")
        return 0
    if args.action == "show":
        cur = load_curriculum(args.target)
        print(f"{cur.id}: {cur.title}, version {cur.version}")
        for key in ("awarding_body", "stage", "date_checked"):
            if cur.meta.get(key):
                print(f"  {key.replace('_', ' ')}: {cur.meta[key]}")
        if cur.guidance:
            print("  guidance: " + ", ".join(f"{k}={v}" for k, v in cur.guidance.items() if not isinstance(v, (list, dict))))
        print()
        nodes = cur.nodes if args.tree else cur.outcomes
        for node in nodes:
            indent = "  " * (node.level - 1)
            flags = "" if node.status == "complete" else " [incomplete]"
            if node.provenance not in ("official",):
                flags += f" ({node.provenance})"
            print(f"{indent}{node.code}  {node.title}{flags}")
        return 0
    if args.action == "import":
        from ..curriculum_import import import_taxonomy, write_curriculum

        try:
            data = import_taxonomy(args.target, cid=args.id, title=args.title, version=args.version, fmt=args.format)
            dest = write_curriculum(data, args.out)
        except CurriculumError as exc:
            print(f"cannot import: {exc}", file=sys.stderr)
            return 1
        print(f"imported {len(data['nodes'])} statements as curriculum '{data['id']}': {dest}")
        print(f"use it with: cesr suggest PATH --curriculum {data['id'] if not args.out else dest}")
        return 0
    if args.action == "validate":
        try:
            cur = validate_file(args.target)
        except CurriculumError as exc:
            print(f"invalid: {exc}", file=sys.stderr)
            return 1
        print(f"ok: {cur.id} ({len(cur.outcomes)} outcomes, {len(cur.nodes)} nodes, content hash {cur.content_hash[:12]})")
        return 0
    raise SystemExit(2)
