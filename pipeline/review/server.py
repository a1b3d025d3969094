"""``cesr review``: the doctor's review screen, a local web app.

Standard library only (``http.server``): a JSON API and static files from
``pipeline/review/static/``.  Bound to 127.0.0.1; every request must carry
the session's token (``?token=`` in the printed address sets a cookie;
scripts may send the ``X-CESR-Token`` header instead), others get 403.
Nothing about a request's body, and no query string (the token), is ever
logged; the text shown is the anonymised text of the store.

API (all JSON):

- ``GET  /api/meta``: workspace, curricula and their nodes, evidence types.
- ``GET  /api/queue?sort=confidence|date|type&order=desc|asc&outcome=&type=&state=``
- ``GET  /api/doc/<sha256>``: text, suggestions with passages and verdicts, actions.
- ``POST /api/doc/<sha256>/decide`` ``{version, kind, node, new_node?, excerpt?, start?, end?}``
- ``POST /api/doc/<sha256>/undo`` ``{version, action?}``
- ``POST /api/doc/<sha256>/reviewed`` ``{version, reviewed}``
- ``POST /api/doc/<sha256>/title`` ``{version, title}``
- ``POST /api/doc/<sha256>/describe`` ``{version, title?, description?}``: the document's title and description in
  the application pack (kept where ``cesr pack`` reads them, :mod:`pipeline.pack.describe`; ``""`` goes back to the
  suggestion). ``GET /api/doc/<sha256>`` carries them under ``pack``, with the suggestions they replace.
- ``POST /api/doc/<sha256>/ignore_rest`` ``{version, dry_run?}``: reject every undecided suggestion of the document
  (a bulk action, :mod:`pipeline.review.bulk`).
- ``GET  /api/bulk``: the latest bulk actions; ``POST /api/bulk/accept`` ``{min_confidence, outcomes?,
  include_reviewed?, dry_run?}``: accept every undecided suggestion at or above a confidence;
  ``POST /api/bulk/undo`` ``{batch}``.
- ``GET  /api/doc/<sha256>/redaction``: each page's words and boxes (removed or not), pictures and codes, what
  was removed, the leak check's open flags, the redaction decisions, whether it is verified.
- ``GET  /api/doc/<sha256>/page/<n>.png[?original=1]``: page ``n`` as its copy will be uploaded (painted), or
  the original page; rendered on demand and cached in the workspace.
- ``POST /api/doc/<sha256>/redaction`` ``{version, kind, text?, type?, reason?, flag?, page?, region?, action?}``:
  ``kind`` is ``redact`` / ``keep`` (a word or a flag; a text to redact must be in the document's reading),
  ``keep_picture`` / ``paint_picture``, ``paint_area`` (``text``: a box, for a code still decoding),
  ``verified`` / ``unverified``, or ``undo``.
- ``POST /api/doc/<sha256>/check`` ``{version}``: make the copy and run the leak check now.

A write names the document version it saw; 409 with the fresh document when
another tab wrote in between (nothing is overwritten).
"""

from __future__ import annotations

import hmac
import json
import logging
import mimetypes
import os
import re
import secrets
import threading
import time
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .. import resources
from ..none_of_these import review_state
from ..pack.describe import DESCRIPTION_LIMIT, TITLE_LIMIT, DescriptionStore, credited, primary_first, suggest_for
from .bulk import BulkActions
from .decisions import POSITIVE, Conflict, ReviewDB, ReviewError
from .portfolio import DocInfo, doc_info, evidence_label, evidence_types, imported_info

__all__ = ["ReviewApp", "make_server", "serve"]

log = logging.getLogger("cesr.review")

STATIC = resources.static_dir()
STATIC_FILES = {"app.js", "app.css"}
COOKIE = "cesr_token"
MAX_BODY = 64 * 1024
_SHA = re.compile(r"^[0-9a-f]{64}$")


class ReviewApp:
    """The state behind the server: the workspace, its curricula, the token."""

    def __init__(self, workspace, token: str | None = None) -> None:
        from ..curriculum import load_curricula
        from .compute import current_versions, node_table

        self.ws = workspace
        self.token = token or secrets.token_urlsafe(24)
        self.curricula = load_curricula(workspace.curricula)
        self.nodes = node_table(self.curricula)
        self.versions = current_versions(self.curricula)
        self.recency_years = workspace.recency_years()
        self._docs: tuple[float, int, dict[str, DocInfo]] | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------ data access

    def db(self) -> ReviewDB:
        return ReviewDB(self.ws.store_path, self.nodes)

    def store(self):
        from ..store import Store

        return Store(self.ws.store_path)

    def documents(self, rows: dict[str, dict]) -> dict[str, DocInfo]:
        """Descriptions of the readable documents (cached for a few seconds; titles from ``rows``)."""
        with self._lock:
            cached = self._docs
        store = self.store()
        try:
            count = store.count()
            if cached is None or cached[1] != count or time.monotonic() - cached[0] > 10:
                infos = {d.sha256: doc_info(d, None, self.recency_years)
                         for d in store.documents(status="ok", include_text=False)}
                cached = (time.monotonic(), count, infos)
                with self._lock:
                    self._docs = cached
        finally:
            store.close()
        out = {}
        for sha, info in cached[2].items():
            title = (rows.get(sha) or {}).get("title")
            out[sha] = DocInfo(**{**info.__dict__, "title": title or info.default_title})
        for sha, row in rows.items():
            if sha not in out:
                extra = imported_info(sha, row, self.recency_years)
                if extra is not None:
                    out[sha] = extra
        return out

    def meta(self) -> dict[str, Any]:
        with self.db() as db:
            rows = db.document_rows()
        docs = self.documents(rows)
        unsuggested = sum(1 for sha, d in docs.items() if d.in_workspace and not (rows.get(sha) or {}).get("suggested_at"))
        return {
            "workspace": self.ws.root.name,
            "applicant": self.ws.applicant,
            "curricula": [{"id": c.id, "title": c.title, "version": c.version} for c in self.curricula],
            "nodes": [{"id": n.id, "code": n.code, "title": n.title, "outcome": n.outcome, "level": n.level,
                       "curriculum": n.curriculum} for c in self.curricula for n in c.nodes],
            "outcomes": [{"id": n.id, "code": n.code, "title": n.title} for c in self.curricula for n in c.outcomes],
            "evidence_types": {k: v[0] for k, v in evidence_types().items()},
            "unsuggested": unsuggested,
            "suggest_command": f"cesr suggest --workspace {self.ws.root}",
        }

    def queue(self, params: dict[str, str]) -> dict[str, Any]:
        with self.db() as db:
            rows = db.document_rows()
            suggestions = db.suggestion_index()
            decisions = db.current_decisions()
        docs = self.documents(rows)
        by_doc: dict[str, list[dict]] = {}
        for sha, node, outcome, confidence, rank, title in suggestions:
            by_doc.setdefault(sha, []).append({"node": node, "outcome": outcome, "confidence": confidence,
                                               "title": title})
        verdicts: dict[str, dict[str, str]] = {}
        confirmed_outcomes: dict[str, set[str]] = {}
        for d in decisions:
            verdicts.setdefault(d["sha256"], {})[d["node"]] = d["verdict"]
            if d["verdict"] in POSITIVE:
                confirmed_outcomes.setdefault(d["sha256"], set()).add(d["outcome"])
        outcome = params.get("outcome") or ""
        kind = params.get("type") or ""
        state_filter = params.get("state") or ""
        items = []
        counts = {"to review": 0, "in progress": 0, "reviewed": 0}
        for sha, info in docs.items():
            sugg = by_doc.get(sha, [])
            v = verdicts.get(sha, {})
            row = rows.get(sha) or {}
            state = "reviewed" if row.get("reviewed_at") else ("in progress" if v else "to review")
            counts[state] += 1
            outcome_conf = {}
            for s in sugg:
                outcome_conf[s["outcome"]] = max(outcome_conf.get(s["outcome"], 0.0), s["confidence"])
            if outcome and outcome not in outcome_conf and outcome not in confirmed_outcomes.get(sha, set()):
                continue
            if kind and info.evidence_type != kind:
                continue
            if state_filter and state != state_filter:
                continue
            top = sugg[0] if sugg else None
            confidence = outcome_conf.get(outcome) if outcome else (top["confidence"] if top else None)
            items.append({
                "sha256": sha, "title": info.title, "date": info.date, "evidence_type": info.evidence_type,
                "evidence_label": evidence_label(info.evidence_type), "primary": info.primary, "pages": info.pages,
                "state": state, "confidence": confidence,
                "top": {"node": top["node"], "title": top["title"], "confidence": top["confidence"]} if top else None,
                "decided": sum(1 for s in sugg if s["node"] in v),
                "suggestions": len(sugg),
                "confirmed": sum(1 for x in v.values() if x in POSITIVE),
                "in_workspace": info.in_workspace,
            })
        sort = params.get("sort") or "confidence"
        descending = (params.get("order") or "desc") != "asc"
        if sort == "date":
            items.sort(key=lambda it: (it["date"] or "", it["title"]), reverse=descending)
        elif sort == "type":
            items.sort(key=lambda it: (it["evidence_label"], it["date"] or ""), reverse=descending)
        elif sort == "title":
            items.sort(key=lambda it: it["title"].lower(), reverse=descending)
        else:
            items.sort(key=lambda it: (-1 if it["confidence"] is None else it["confidence"]), reverse=descending)
        total = sum(counts.values())
        progress = {"documents": total, **counts,
                    "confirmed": sum(1 for d in decisions if d["verdict"] in POSITIVE)}
        return {"items": items, "progress": progress}

    def document(self, sha256: str) -> dict[str, Any] | None:
        with self.db() as db:
            row = db.document_row(sha256) or {}
            suggestions = db.suggestions(sha256)
            current = db.current_decisions(sha256)
            actions = db.actions(sha256)
            version = int(row.get("version") or 0)
            pack_row = DescriptionStore(db.db).row(sha256)
            none = review_state(db.none_of_these(sha256), self.curricula)
        store = self.store()
        try:
            doc = store.get(sha256)
        finally:
            store.close()
        if doc is not None:
            info = doc_info(doc, row, self.recency_years)
            text = doc.text
        else:
            info = imported_info(sha256, row, self.recency_years) if row else None
            if info is None:
                return None
            text = ""
        verdict = {d["node"]: d for d in current}
        out_sugg = []
        for s in suggestions:
            node = self.nodes.get(s["node"])
            d = verdict.get(s["node"])
            out_sugg.append({
                "node": s["node"], "code": node.code if node else s["node"], "outcome": s["outcome"],
                "title": s["title"], "confidence": s["confidence"], "rank": s["rank"], "excerpt": s["excerpt"],
                "start": s["passage_start"], "end": s["passage_end"],
                "verdict": d["verdict"] if d else None, "decided_at": d["decided_at"] if d else None,
            })
        suggested = {s["node"] for s in suggestions}
        others = []
        for d in current:
            if d["node"] in suggested:
                continue
            node = self.nodes.get(d["node"])
            others.append({"node": d["node"], "code": node.code if node else d["node"],
                           "title": node.title if node else d["node"], "outcome": d["outcome"],
                           "verdict": d["verdict"], "excerpt": d["excerpt"], "start": d["passage_start"],
                           "end": d["passage_end"], "decided_at": d["decided_at"], "replaces": d["replaces"]})
        for a in actions:
            a["summary"] = "; ".join(
                f"{v['verdict']} {self._code(v['node'])}" + (f" (instead of {self._code(v['replaces'])})"
                                                              if v.get("replaces") else "")
                for v in a["verdicts"])
        return {**info.to_json(), "version": version, "text": text, "reviewed": bool(row.get("reviewed_at")),
                "reviewed_at": row.get("reviewed_at"), "suggestions": out_sugg, "others": others,
                "actions": actions, "suggested_at": row.get("suggested_at"), **none,
                "pack": self._pack_description(text, info, current, pack_row, row.get("title"))}

    def _pack_description(self, text: str, info: DocInfo, current: list[dict], pack_row: dict | None,
                          own_title: str | None) -> dict[str, Any]:
        """The title and description ``cesr pack`` would print, and the suggestions they come from (made as the pack
        makes them, from the anonymised text and the mappings accepted so far)."""
        positive = primary_first([d for d in current if d["verdict"] in POSITIVE])
        title, description = suggest_for(text, evidence_label(info.evidence_type), info.date, info.primary,
                                         info.evidence_type, credited(positive, self.nodes))
        row = pack_row or {}
        return {"title": row.get("title") or own_title or title, "description": row.get("description") or description,
                "suggested_title": title, "suggested_description": description,
                "title_edited": bool(row.get("title") or own_title), "description_edited": bool(row.get("description")),
                "edited_at": row.get("edited_at"), "title_limit": TITLE_LIMIT, "description_limit": DESCRIPTION_LIMIT}

    # ------------------------------------------------------------ redaction review

    def _redaction_inputs(self, sha256: str):
        """(document, readings, decisions, plan, log rows, state, open flags, verified, version) or ``None``."""
        from pathlib import PurePath

        from ..anonymise.plan import plan_for
        from .redaction import RedactionLog

        store = self.store()
        try:
            doc = store.get(sha256)
            readings = store.readings(sha256) if doc is not None else []
        finally:
            store.close()
        if doc is None or not readings:
            return None
        with self.db() as db:
            log = RedactionLog(db)
            decisions = log.decisions(sha256)
            rows = log.rows(sha256, include_undone=True)
            state = log.state(sha256)
            flags = log.open_flags(sha256)
            verified = log.verified(sha256)
            version = db.version(sha256)
        plan, _ = plan_for(readings, self.ws.applicant, decisions, file_name=PurePath(doc.path.split("#", 1)[-1]).name,
                           allow=self.ws.allow_files())
        return doc, readings, decisions, plan, rows, state, flags, verified, version

    def redaction(self, sha256: str) -> dict[str, Any] | None:
        got = self._redaction_inputs(sha256)
        if got is None:
            return None
        doc, readings, decisions, plan, rows, state, flags, verified, version = got
        pages = []
        removed: dict[tuple[str, str], int] = {}
        for number, (reading, page) in enumerate(zip(readings, plan.pages)):
            spans = sorted(page.spans, key=lambda s: s.start)
            for s in spans:
                key = (reading.text[s.start:s.end], s.type)
                removed[key] = removed.get(key, 0) + 1
            entry: dict[str, Any] = {"index": number, "picture": bool(reading.origin), "ocr": reading.ocr,
                                     "image": bool(reading.words or reading.origin) and doc.format in ("pdf", "image", "docx")}
            if reading.words and entry["image"]:
                entry["words"] = [[round(x0, 5), round(y0, 5), round(x1, 5), round(y1, 5),
                                   any(s.start < b and a < s.end for s in spans), reading.text[a:b]]
                                  for a, b, x0, y0, x1, y1 in reading.words]
            else:
                segments, last = [], 0
                for s in spans:
                    if s.start > last:
                        segments.append([reading.text[last:s.start], None])
                    segments.append([reading.text[s.start:s.end], s.type])
                    last = s.end
                segments.append([reading.text[last:], None])
                entry["segments"] = segments
            painted = {i for i, _ in page.regions}
            entry["regions"] = [{"index": i, "kind": r.kind, "box": [round(v, 5) for v in r.box], "label": r.label,
                                 "painted": i in painted} for i, r in enumerate(reading.regions)]
            pages.append(entry)
        current = bool(state) and state.get("plan") == json.dumps(plan.to_json())
        return {
            "sha256": sha256, "version": version, "format": doc.format, "pages": pages,
            "removed": [{"text": t, "type": k, "count": n} for (t, k), n in sorted(removed.items())],
            "flags": flags, "checked_at": state.get("checked_at") if state else None, "check_current": current,
            "verified_at": verified,
            "decisions": [{"action": r["action"], "kind": r["kind"], "text": r["text"], "type": r["type"],
                           "page": r["page"], "region": r["region"], "reason": r["reason"],
                           "decided_at": r["decided_at"], "undone": bool(r["undone_at"])} for r in reversed(rows)],
            "keep": list(decisions.keep),
        }

    def page_png(self, sha256: str, index: int, original: bool = False) -> bytes | None:
        import hashlib
        import io
        import tempfile

        from ..anonymise.redacted import page_image
        from ..redact import source_of

        got = self._redaction_inputs(sha256)
        if got is None:
            return None
        doc, readings, _decisions, plan, *_ = got
        if not 0 <= index < len(readings):
            return None
        key = hashlib.sha256(json.dumps([sha256, index, original, plan.to_json()]).encode()).hexdigest()[:32]
        cache = self.ws.root / ".cesr" / "pages"
        cached = cache / f"{key}.png"
        if cached.exists():
            return cached.read_bytes()
        store = self.store()
        try:
            with tempfile.TemporaryDirectory(prefix="cesr-page-") as tmp:
                from pathlib import Path

                source = source_of(store, doc, Path(tmp))
                if source is None:
                    return None
                image = page_image(source, doc.format, readings, plan, index, painted=not original)
        finally:
            store.close()
        if image is None:
            return None
        buf = io.BytesIO()
        image.save(buf, "PNG", optimize=False)
        cache.mkdir(parents=True, exist_ok=True)
        tmp_file = cached.with_suffix(".part")
        tmp_file.write_bytes(buf.getvalue())
        os.replace(tmp_file, cached)
        return buf.getvalue()

    def redaction_write(self, sha256: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        from .redaction import RedactionLog, refresh_document

        seen = body.get("version")
        if not isinstance(seen, int):
            return 400, {"error": "the document version you saw is required"}
        kind = str(body.get("kind") or "")
        try:
            with self.db() as db:
                log = RedactionLog(db)
                if kind == "undo":
                    log.undo(sha256, seen, body.get("action") or None)
                elif kind == "verified":
                    got = self.redaction(sha256)
                    if got is None:
                        return 404, {"error": "no such document"}
                    if got["flags"]:
                        return 400, {"error": "resolve every flag first (redact it, or keep it with a reason)",
                                     "redaction": got}
                    if not got["check_current"]:
                        return 400, {"error": "check the copy first: the redaction changed since the last check",
                                     "redaction": got}
                    log.decide(sha256, seen, "verified")
                else:
                    page, region = body.get("page"), body.get("region")
                    if kind == "redact":
                        from .redaction import found_in_readings

                        store = self.store()
                        try:
                            readings = store.readings(sha256)
                        finally:
                            store.close()
                        if not found_in_readings(readings, str(body.get("text") or "")):
                            raise ReviewError("this text is not in what the tool read of the document (it may be "
                                              "drawn as a picture): click its words on the page instead")
                    log.decide(sha256, seen, kind, text=body.get("text"), type=body.get("type"),
                               page=page if isinstance(page, int) else None,
                               region=region if isinstance(region, int) else None,
                               reason=body.get("reason"), flag=body.get("flag"))
                if kind in ("redact", "keep", "undo", "paint_area"):
                    store = self.store()
                    try:
                        refresh_document(store, db, sha256, self.ws.applicant, self.ws.allow_files())
                    finally:
                        store.close()
        except Conflict as exc:
            return 409, {"error": "conflict", "message": "this document was changed in another tab or window; "
                         "it has been reloaded and nothing was overwritten", "doc": self.document(sha256),
                         "redaction": self.redaction(sha256), "current": exc.current}
        except ReviewError as exc:
            return 400, {"error": str(exc), "redaction": self.redaction(sha256)}
        return 200, {"doc": self.document(sha256), "redaction": self.redaction(sha256)}

    def check(self, sha256: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Make this document's copy in the workspace and run the leak check on it now."""
        got = self._redaction_inputs(sha256)
        if got is None:
            return 404, {"error": "no reading of this document is kept: add it again"}
        doc, readings, decisions, plan, *_ = got
        out = self.ws.root / ".cesr" / "copies"
        out.mkdir(parents=True, exist_ok=True)
        store = self.store()
        try:
            return self._check(sha256, doc, readings, decisions, plan, out, store)
        except Exception as exc:  # never a traceback with document content; the check did not run
            log.warning("review server: the check of a document failed (%s)", type(exc).__name__)
            return 400, {"error": f"the copy could not be made or checked ({type(exc).__name__})",
                         "redaction": self.redaction(sha256)}
        finally:
            store.close()

    def _check(self, sha256, doc, readings, decisions, plan, out, store) -> tuple[int, dict[str, Any]]:
        import tempfile
        from pathlib import Path

        from ..redact import RedactSettings, redact_document, source_of
        from .redaction import RedactionLog, refresh_document

        with tempfile.TemporaryDirectory(prefix="cesr-src-") as tmp:
            source = source_of(store, doc, Path(tmp))
            if source is None:
                return 400, {"error": "the source file is no longer where it was added, or has changed: add it again"}
            with self.db() as db:
                refresh_document(store, db, sha256, self.ws.applicant, self.ws.allow_files())
            doc.readings = readings
            result, _ = redact_document(doc, self.ws.applicant, decisions, out,
                                        RedactSettings(workers=1, allow=self.ws.allow_files()),
                                        name=sha256[:16], source=str(source), plan=plan)
        if result.status == "failed":
            return 400, {"error": f"the copy could not be made: {result.error}", "redaction": self.redaction(sha256)}
        with self.db() as db:
            RedactionLog(db).record_check(sha256, result.output and Path(result.output).name,
                                          [f.to_json() for f in result.flags], plan.to_json())
        return 200, {"doc": self.document(sha256), "redaction": self.redaction(sha256)}

    def _code(self, node_id: str | None) -> str:
        node = self.nodes.get(node_id or "")
        return node.code if node else (node_id or "")

    # ------------------------------------------------------------ writes

    def _describe(self, db: ReviewDB, sha256: str, seen: int, body: dict[str, Any]) -> None:
        """Save the doctor's pack title and description: only a field that differs from what is in force is
        written (so saving the suggestion unchanged does not freeze it); the version check and the edits are one
        transaction. A title also becomes the document's title in the review (as ``t`` sets it)."""
        fields = {}
        for name, limit in (("title", TITLE_LIMIT), ("description", DESCRIPTION_LIMIT)):
            value = body.get(name)
            if value is None:
                continue
            if not isinstance(value, str):
                raise ReviewError(f"the {name} must be text")
            value = " ".join(value.split())
            if len(value) > limit:
                raise ReviewError(f"the {name} is {len(value)} characters long: at most {limit}, please")
            fields[name] = value
        if not fields:
            raise ReviewError("nothing to save: send a title or a description")
        doc = self.document(sha256)
        if doc is None:
            raise ReviewError("no such document")
        pack = doc["pack"]
        changed = {k: v for k, v in fields.items() if v != (pack[k] if pack[f"{k}_edited"] else "")
                   and not (v == pack[f"suggested_{k}"] and not pack[f"{k}_edited"])}
        store = DescriptionStore(db.db)  # before the transaction: it may create its tables
        with db.transaction():
            if not changed:  # nothing new: only say whether the writer saw the latest version
                if db.version(sha256) != seen:
                    raise Conflict(sha256, seen, db.version(sha256))
                return
            if "title" in changed:
                db.set_title(sha256, seen, changed["title"])  # checks the version the writer saw, bumps it
            else:
                db.bump_version(sha256, seen)
            store.edit(sha256, source="review", **changed)

    def bulk(self, op: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """``accept`` (every undecided suggestion at or above a confidence) or ``undo`` (a batch); workspace-wide,
        so no document version: every document a batch touches gets a new one."""
        try:
            with self.db() as db:
                actions = BulkActions(db)
                if op == "accept":
                    outcomes = body.get("outcomes") or []
                    if isinstance(outcomes, str):
                        outcomes = [outcomes]
                    if not isinstance(outcomes, list) or not all(isinstance(o, str) for o in outcomes):
                        raise ReviewError("outcomes must be a list of outcome ids")
                    result = actions.accept(body.get("min_confidence"), outcomes,
                                            include_reviewed=bool(body.get("include_reviewed")),
                                            dry_run=bool(body.get("dry_run")), origin="review")
                    return 200, {"result": result.to_json(), "batches": actions.batches()}
                if op == "undo":
                    undone = actions.undo(str(body.get("batch") or ""))
                    return 200, {"undone": undone.__dict__, "batches": actions.batches()}
        except ReviewError as exc:
            return 400, {"error": str(exc)}
        return 404, {"error": "no such operation"}

    def batches(self) -> dict[str, Any]:
        with self.db() as db:
            return {"batches": BulkActions(db).batches()}

    def write(self, sha256: str, op: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        seen = body.get("version")
        if not isinstance(seen, int):
            return 400, {"error": "the document version you saw is required"}
        try:
            with self.db() as db:
                if op == "decide":
                    start, end = body.get("start"), body.get("end")
                    db.decide(sha256, seen, str(body.get("kind") or ""), str(body.get("node") or ""),
                              new_node=body.get("new_node"), excerpt=body.get("excerpt"),
                              start=start if isinstance(start, int) else None,
                              end=end if isinstance(end, int) else None, versions=self.versions)
                elif op == "undo":
                    db.undo(sha256, seen, body.get("action"))
                elif op == "reviewed":
                    db.set_reviewed(sha256, seen, bool(body.get("reviewed", True)))
                elif op == "title":
                    db.set_title(sha256, seen, str(body.get("title") or ""))
                elif op == "describe":
                    self._describe(db, sha256, seen, body)
                elif op == "ignore_rest":
                    result = BulkActions(db).ignore_rest(sha256, seen, dry_run=bool(body.get("dry_run")),
                                                         origin="review")
                    return 200, {"doc": self.document(sha256), "bulk": result.to_json()}
                else:
                    return 404, {"error": "no such operation"}
        except Conflict as exc:
            return 409, {"error": "conflict", "message": "this document was changed in another tab or window; "
                         "it has been reloaded and nothing was overwritten", "doc": self.document(sha256),
                         "current": exc.current}
        except ReviewError as exc:
            return 400, {"error": str(exc), "doc": self.document(sha256)}
        return 200, {"doc": self.document(sha256)}


class _Handler(BaseHTTPRequestHandler):
    server_version = "cesr-review"
    sys_version = ""
    app: ReviewApp  # set on the subclass made by make_server

    # never log request lines with their query (the token) or bodies
    def log_message(self, format: str, *args) -> None:  # noqa: A002
        return

    def log_error(self, format: str, *args) -> None:  # noqa: A002
        log.debug("review server: %s", urlsplit(self.path).path)

    # ------------------------------------------------------------ security

    def _host_ok(self) -> bool:
        host = (self.headers.get("Host") or "").lower()
        port = self.server.server_address[1]
        return host in (f"127.0.0.1:{port}", f"localhost:{port}")

    def _token(self) -> str | None:
        header = self.headers.get("X-CESR-Token")
        if header:
            return header
        cookie = SimpleCookie()
        try:
            cookie.load(self.headers.get("Cookie") or "")
        except Exception:
            return None
        morsel = cookie.get(COOKIE)
        return morsel.value if morsel else None

    def _authorised(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(token.encode(), self.app.token.encode())

    # ------------------------------------------------------------ responses

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy",
                         "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                         "connect-src 'self'; frame-ancestors 'none'")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data: Any) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _forbidden(self) -> None:
        self._send(403, b"<!doctype html><meta charset=utf-8><title>cesr review</title>"
                        b"<p>Forbidden: open the address that <code>cesr review</code> printed (it carries the "
                        b"session's token).</p>", "text/html; charset=utf-8")

    # ------------------------------------------------------------ routing

    def do_GET(self) -> None:  # noqa: N802
        if not self._host_ok():
            return self._forbidden()
        url = urlsplit(self.path)
        if url.path == "/favicon.ico":
            return self._send(204, b"", "image/x-icon")
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if url.path == "/" and "token" in query:
            if not self._authorised(query["token"]):
                return self._forbidden()
            cookie = f"{COOKIE}={self.app.token}; Path=/; HttpOnly; SameSite=Strict"
            return self._send(303, b"", "text/plain", {"Location": "/", "Set-Cookie": cookie})
        if not self._authorised(self._token()):
            return self._forbidden()
        try:
            if url.path == "/":
                return self._send(200, (STATIC / "index.html").read_bytes(), "text/html; charset=utf-8")
            if url.path.startswith("/static/"):
                name = url.path[len("/static/"):]
                if name not in STATIC_FILES:
                    return self._json(404, {"error": "not found"})
                ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
                return self._send(200, (STATIC / name).read_bytes(), f"{ctype}; charset=utf-8")
            if url.path == "/api/meta":
                return self._json(200, self.app.meta())
            if url.path == "/api/queue":
                return self._json(200, self.app.queue(query))
            if url.path == "/api/bulk":
                return self._json(200, self.app.batches())
            page = re.match(r"^/api/doc/([0-9a-f]{64})/page/(\d{1,4})\.png$", url.path)
            if page:
                png = self.app.page_png(page.group(1), int(page.group(2)), original=query.get("original") == "1")
                if png is None:
                    return self._json(404, {"error": "no image of this page"})
                return self._send(200, png, "image/png")
            red = re.match(r"^/api/doc/([0-9a-f]{64})/redaction$", url.path)
            if red:
                data = self.app.redaction(red.group(1))
                return self._json(200, data) if data else self._json(404, {"error": "no reading of this document"})
            if url.path.startswith("/api/doc/"):
                sha = url.path[len("/api/doc/"):]
                if not _SHA.match(sha):
                    return self._json(404, {"error": "no such document"})
                doc = self.app.document(sha)
                return self._json(200, doc) if doc else self._json(404, {"error": "no such document"})
            return self._json(404, {"error": "not found"})
        except Exception:  # never a traceback with document content in the answer
            log.exception("review server: GET %s failed", url.path)
            return self._json(500, {"error": "internal error (see the terminal running cesr review)"})

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_ok() or not self._authorised(self._token()):
            return self._forbidden()
        url = urlsplit(self.path)
        match = re.match(r"^/api/doc/([0-9a-f]{64})/(decide|undo|reviewed|title|describe|ignore_rest|redaction|check)$",
                         url.path) or re.match(r"^/api/(bulk)/(accept|undo)$", url.path)
        if not match:
            return self._json(404, {"error": "not found"})
        if self.headers.get("X-Requested-With") != "cesr":  # a header a cross-site form cannot send
            return self._json(403, {"error": "missing X-Requested-With header"})
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            return self._json(413, {"error": "request too large"})
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return self._json(400, {"error": "the body must be JSON"})
        if not isinstance(body, dict):
            return self._json(400, {"error": "the body must be a JSON object"})
        try:
            if match.group(1) == "bulk":
                status, data = self.app.bulk(match.group(2), body)
            elif match.group(2) == "redaction":
                status, data = self.app.redaction_write(match.group(1), body)
            elif match.group(2) == "check":
                status, data = self.app.check(match.group(1), body)
            else:
                status, data = self.app.write(match.group(1), match.group(2), body)
        except Exception:
            log.exception("review server: POST %s failed", url.path)
            status, data = 500, {"error": "internal error (see the terminal running cesr review)"}
        return self._json(status, data)


def make_server(app: ReviewApp, port: int = 0, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """A server for ``app`` on ``host:port`` (0: a free port); call ``serve_forever``."""
    if host not in ("127.0.0.1", "localhost"):
        raise ValueError("the review server only listens on 127.0.0.1")
    handler = type("Handler", (_Handler,), {"app": app})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    return server


def url_of(server: ThreadingHTTPServer, app: ReviewApp) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/?token={app.token}"


def serve(workspace, port: int = 0, open_browser: bool = False, out=None) -> int:
    """Run the review server until interrupted (``cesr review``)."""
    import sys

    out = out or sys.stdout
    app = ReviewApp(workspace)
    server = make_server(app, port)
    url = url_of(server, app)
    meta = app.meta()
    print(f"review {workspace.root} at {url}", file=out)
    print("  (open this address in a browser on this computer; Ctrl-C stops the server)", file=out)
    if meta["unsuggested"]:
        print(f"  note: {meta['unsuggested']} document(s) have no suggestions yet: run '{meta['suggest_command']}'",
              file=out)
    out.flush()
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0

