"""``cesr review`` and ``cesr accept``: the doctor's decisions, in the local web app or in bulk from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CommandError, open_workspace, workspace_option


def add_review(sub) -> None:
    p = sub.add_parser("review", help="review suggestions in a local web app (127.0.0.1, token in the address)")
    workspace_option(p)
    p.add_argument("--port", type=_port_arg, default=0, help="port on 127.0.0.1, 1 to 65535 (default: a free one)")
    p.add_argument("--open", action="store_true", help="open the address in the default browser")
    p.set_defaults(func=cmd_review)


def cmd_review(args) -> int:
    import errno

    from ..review.server import free_port, serve

    ws = open_workspace(args)
    try:
        return serve(ws, port=args.port, open_browser=args.open)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            other = free_port(near=args.port)
            raise CommandError(f"error: port {args.port} is already in use (another 'cesr review', or another "
                               f"program); port {other} is free: cesr review --workspace {ws.root} --port {other} "
                               f"(or leave --port out: any free port)", 1) from None
        if exc.errno == errno.EACCES:
            raise CommandError(f"error: port {args.port} needs administrator rights on this computer: use a port "
                               f"from 1024 up, or leave --port out (any free port)", 1) from None
        raise CommandError(f"error: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", 1) from None


def _port_arg(text: str) -> int:
    """A TCP port: 1 to 65535, or 0 (any free one)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a port is a number from 1 to 65535 (0: any free one), not {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is a number from 1 to 65535 (0: any free one), not {port}")
    return port


def add_accept(sub) -> None:
    p = sub.add_parser("accept", help="bulk decisions: accept every suggestion at or above a confidence, ignore the "
                                      "rest of a document, undo a bulk action")
    workspace_option(p)
    p.add_argument("--min-confidence", type=_confidence_arg, default=None, metavar="X",
                   help="accept every undecided suggestion whose confidence is X or more (0.8 or 80%%)")
    p.add_argument("--outcome", action="extend", nargs="+", metavar="ID",
                   help="only suggestions of these outcomes (rcem-2021:SLO3 or SLO3; repeat or comma-separate)")
    p.add_argument("--include-reviewed", action="store_true",
                   help="also documents already marked reviewed (left alone by default)")
    p.add_argument("--ignore-rest", metavar="DOC",
                   help="reject every undecided suggestion of one document (its sha256, 6+ characters, or file name)")
    p.add_argument("--undo", metavar="BATCH", help="undo a bulk action (its id as printed, 6+ characters)")
    p.add_argument("--list", action="store_true", help="the workspace's bulk actions, latest first")
    p.add_argument("--dry-run", "-n", action="store_true", help="say what would be decided, write nothing")
    p.set_defaults(func=cmd_accept)


def cmd_accept(args) -> int:
    from ..curriculum import load_curricula
    from ..review.bulk import BulkActions
    from ..review.compute import node_table
    from ..review.decisions import ReviewDB, ReviewError

    chosen = [x for x in (args.min_confidence is not None, args.ignore_rest, args.undo, args.list) if x]
    if len(chosen) != 1:
        print("error: say what to do: --min-confidence X, --ignore-rest DOC, --undo BATCH or --list",
              file=sys.stderr)
        return 2
    if args.outcome and args.min_confidence is None:
        print("error: --outcome goes with --min-confidence", file=sys.stderr)
        return 2
    ws = open_workspace(args)
    with ws:
        curricula = load_curricula(ws.curricula)
        codes = {n.id: n.code for c in curricula for n in c.outcomes}
        with ReviewDB(ws.store_path, node_table(curricula)) as db:
            actions = BulkActions(db)
            try:
                if args.list:
                    batches = actions.batches(limit=None)
                    if not batches:
                        print(f"no bulk action in {ws.root}")
                    for b in batches:
                        params = b["params"]
                        what = (f"accept >= {params['min_confidence']:.2f}"
                                + (f" ({', '.join(codes.get(o, o) for o in params['outcomes'])})"
                                   if params.get("outcomes") else "")
                                if b["kind"] == "accept" else f"ignore the rest of {params['document'][:12]}")
                        state = f"undone {b['undone_at']}" if b["undone_at"] else f"{b['in_force']} in force"
                        print(f"{b['batch'][:12]}  {b['decided_at']}  {b['origin']:<6}  {what}: {b['decisions']} "
                              f"decision(s) on {b['documents']} document(s), {state}")
                    return 0
                if args.undo:
                    print(actions.undo(args.undo).format())
                    return 0
                if args.ignore_rest:
                    result = actions.ignore_rest(_document_of(ws, args.ignore_rest), None, dry_run=args.dry_run,
                                                 origin="cli")
                else:
                    outcomes = _outcome_ids(args.outcome or [], curricula)
                    result = actions.accept(args.min_confidence, outcomes, include_reviewed=args.include_reviewed,
                                            dry_run=args.dry_run, origin="cli")
            except ReviewError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
    print(result.format(codes).replace("--workspace DIR", f"--workspace {ws.root}"))
    return 0


def _confidence_arg(text: str) -> float:
    """``0.8`` or ``80%``."""
    raw = text.strip()
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a confidence: {text!r} (write 0.8 or 80%)") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is between 0 and 1 (0.8 or 80%), not {text!r}")
    return value


def _outcome_ids(wanted: list[str], curricula) -> list[str]:
    """Outcome ids from ``rcem-2021:SLO3``, ``SLO3`` or ``slo3`` (comma-separated or repeated)."""
    outcomes = [n for c in curricula for n in c.outcomes]
    out = []
    for item in (w.strip() for arg in wanted for w in arg.split(",")):
        if not item:
            continue
        found = [n.id for n in outcomes if n.id == item] or [n.id for n in outcomes if n.code.lower() == item.lower()]
        if len(found) != 1:
            codes = ", ".join(n.code for n in outcomes[:30])
            raise ValueError(f"--outcome {item}: " + ("names outcomes of several curricula: write "
                             + " or ".join(found) if found else f"not an outcome of the workspace's curricula ({codes})"))
        out.append(found[0])
    return out


def _document_of(ws, name: str) -> str:
    """A document's sha256 from its sha256 (or 6+ first characters) or its file name."""
    name = name.strip()
    docs = list(ws.store.documents(include_text=False))
    low = name.lower()
    found = [d.sha256 for d in docs if len(low) >= 6 and d.sha256.startswith(low)]
    if not found:
        found = [d.sha256 for d in docs if name in ((getattr(d, "display_name", "") or ""),
                                                     Path(d.path.split("#", 1)[-1]).name, d.path)]
    if len(found) != 1:
        raise ValueError(f"--ignore-rest {name}: " + ("names several documents: give more of its sha256"
                                                      if found else "no such document in the workspace"))
    return found[0]
