"""``cesr pack``: the application pack, indexed and bundled from the workspace's redacted documents."""

from __future__ import annotations

from .common import failing, open_workspace, progress_options, workspace_option


def add_pack(sub) -> None:
    p = sub.add_parser("pack", help="the application pack: indexed, bundled, permanently redacted PDFs to upload")
    workspace_option(p)
    p.add_argument("--out", "-o", required=True, help="folder for the bundles, index.pdf, index.csv and manifest.json")
    p.add_argument("--group-by", choices=["outcome", "type"], default="outcome",
                   help="bundles per outcome of each document's primary mapping (default) or per evidence type")
    p.add_argument("--include-unverified", action="store_true",
                   help="also pack documents whose redaction you have not verified (recorded in the manifest)")
    p.add_argument("--include-flagged", action="store_true",
                   help="also pack documents with open leak-check flags (recorded in the manifest)")
    p.add_argument("--applicant", default=None, help="the name in every footer (default: the workspace's)")
    p.add_argument("--dpi", type=int, default=150,
                   help="resolution of page images stored as JPEG: photographs, grey or colour pages (default 150; "
                        "black-on-white pages are stored bilevel at 200)")
    p.add_argument("--paint-all", action="store_true",
                   help="paint every PDF page as a picture, even those read from their text layer (default: those "
                        "are set again as text, each removed word a black box)")
    p.add_argument("--max-documents", type=int, default=None, metavar="N",
                   help="your specialty's limit on uploaded documents, when it differs from the curriculum file's")
    p.add_argument("--workers", type=int, default=0,
                   help="processes that draw pages (default: one per core for 24 documents or more)")
    progress_options(p)
    p.set_defaults(func=cmd_pack)


def cmd_pack(args) -> int:
    from ..pack import PackError, PackSettings, build_pack

    ws = open_workspace(args)
    settings = PackSettings(grouping=args.group_by, include_unverified=args.include_unverified,
                            include_flagged=args.include_flagged, dpi=args.dpi, applicant=args.applicant,
                            max_documents=args.max_documents, workers=args.workers, progress=args.progress,
                            vector_text=not args.paint_all)
    with ws, failing(PackError):
        result = build_pack(ws, args.out, settings)
    print(result.format())
    return 0
