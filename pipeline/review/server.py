"""``cesr review``: the doctor's review screen, a local web app.

:class:`ReviewApp` holds the application logic (reads and writes of one workspace); the HTTP layer is
Starlette (:mod:`pipeline.review.routes`) served by uvicorn (:class:`ReviewServer`), with static files from
``pipeline/review/static/``.  Bound to 127.0.0.1; every request must carry the session's token (``?token=``
in the printed address sets a cookie; scripts may send the ``X-CESR-Token`` header instead), others get 403;
the Host header must name 127.0.0.1 or localhost at the server's port.  Nothing about a request's body, and
no query string (the token), is ever logged; the text shown is the anonymised text of the store.

API (all JSON; described as OpenAPI 3.1 at ``GET /api/openapi.json``, :mod:`pipeline.review.openapi`):

- ``GET  /api/meta``: workspace, curricula and their nodes, evidence types.
- ``GET  /api/search?q=&curriculum=&limit=``: the picker's capability search (:mod:`pipeline.review.search`):
  ``{query, weak, message, semantic, results: [{id, code, title, ..., match: {kind, field, text, spans, via}}]}``.
- ``GET  /api/queue?sort=confidence|date|type|title&order=desc|asc&outcome=&type=&state=&limit=&offset=``: one
  page of the documents (``limit``: 1 to 10,000, default 200; ``offset``: from 0), ``total`` in the view and the
  progress of the whole workspace.
- ``GET  /api/doc/<sha256>``: text, suggestions with passages and verdicts, actions.
- ``POST /api/doc/<sha256>/decide`` ``{version, kind, node, new_node?, excerpt?, start?, end?}``: answers the
  document and the new decision's ``action`` id (what an undo names).
- ``POST /api/doc/<sha256>/undo`` ``{version, action?}``
- ``POST /api/doc/<sha256>/reviewed`` ``{version, reviewed}``
- ``POST /api/doc/<sha256>/title`` ``{version, title}``
- ``POST /api/doc/<sha256>/describe`` ``{version, title?, description?}``: the document's title and description in
  the application pack (kept where ``cesr pack`` reads them, :mod:`pipeline.pack.describe`; ``""`` goes back to the
  suggestion). ``GET /api/doc/<sha256>`` carries them under ``pack``, with the suggestions they replace.
- ``POST /api/doc/<sha256>/ignore_rest`` ``{version, dry_run?, min_confidence?}``: reject every undecided suggestion
  of the document (at or above ``min_confidence``: the ones shown), a bulk action (:mod:`pipeline.review.bulk`).
- ``GET  /api/settings``, ``POST /api/settings`` ``{min_confidence?}``: the review screen's settings of the
  workspace (suggestions below ``min_confidence`` are hidden until the doctor shows them all).
- ``GET  /api/bulk``: the latest bulk actions; ``POST /api/bulk/accept`` ``{min_confidence, outcomes?,
  include_reviewed?, dry_run?}``: accept every undecided suggestion at or above a confidence;
  ``POST /api/bulk/undo`` ``{batch}``.
- ``GET  /api/doc/<sha256>/redaction``: each page's words and boxes (removed or not), pictures and codes, what
  was removed, the leak check's open flags, the redaction decisions, whether it is verified.
- ``GET  /api/doc/<sha256>/page/<n>.png[?original=1][&scale=1|1.5|2]``: page ``n`` as its copy will be uploaded
  (painted), or the original page; rendered on demand and cached in the workspace (:mod:`pipeline.review.pages`);
  404 with the reason for a page with no image (text, e-mail, Word), 410 when the file has moved since.
- ``GET  /api/doc/<sha256>/pages``: the page view: the pages with an image, the boxes their copies paint, and the
  word boxes of every passage behind a suggestion, page by page.
- ``POST /api/doc/<sha256>/redaction`` ``{version, kind, text?, type?, reason?, flag?, page?, region?, action?}``:
  ``kind`` is ``redact`` / ``keep`` (a word or a flag; a text to redact must be in the document's reading),
  ``keep_picture`` / ``paint_picture``, ``paint_area`` (``text``: a box, for a code still decoding),
  ``verified`` / ``unverified``, or ``undo``.
- ``POST /api/doc/<sha256>/check`` ``{version}``: make the copy and run the leak check now.

A write names the document version it saw; 409 with the fresh document when
another tab wrote in between (nothing is overwritten).
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from typing import Any

from .. import resources
from ..none_of_these import review_state
from ..pack.describe import DESCRIPTION_LIMIT, TITLE_LIMIT, DescriptionStore, credited, primary_first, suggest_for
from .bulk import BulkActions
from .decisions import POSITIVE, Conflict, ReviewDB, ReviewError
from .portfolio import DocInfo, doc_info, evidence_label, evidence_types, imported_info

__all__ = ["ReviewApp", "ReviewServer", "make_server", "serve", "url_of"]

log = logging.getLogger("cesr.review")

STATIC = resources.static_dir()
#: ``GET /api/queue``: the page size when none is asked for, and the largest page.
QUEUE_LIMIT = 200
QUEUE_MAX = 10_000


class ReviewApp:
    """The state behind the server: the workspace, its curricula, the token."""

    def __init__(self, workspace, token: str | None = None, model=None) -> None:
        """``model``: the :class:`~pipeline.embed.EmbeddingModel` of the picker's search (default: loaded on first
        use, in the background)."""
        from ..curriculum import load_curricula
        from .compute import current_versions, node_table

        self.ws = workspace
        self.token = token or secrets.token_urlsafe(24)
        self.curricula = load_curricula(workspace.curricula)
        self.nodes = node_table(self.curricula)
        self.versions = current_versions(self.curricula)
        self.recency_years = workspace.recency_years()
        self._docs: dict[str, tuple[tuple, DocInfo]] = {}  # sha256 -> (its summary, its description)
        self._docs_read_at = 0.0
        self._docs_count = -1
        self._lock = threading.Lock()
        self._model = model
        self._search = None
        self._search_ready = threading.Event()
        self._search_started = False
        self._page_cache = None  # the page view's rendered pages (page_cache)

    # ------------------------------------------------------------ capability search

    def searcher(self):
        """The picker's :class:`~pipeline.review.search.CapabilitySearch` (keywords at once; meaning once
        :meth:`warm_search` has attached the capability index)."""
        with self._lock:
            if self._search is None:
                from .search import CapabilitySearch

                self._search = CapabilitySearch(self.curricula)
            return self._search

    def warm_search(self, wait: bool = False) -> None:
        """Load the model and the capability index (from its cache when built before) for the search, in a
        background thread (once); ``wait``: until it is done. Until then the search ranks by keywords alone."""
        with self._lock:
            start, self._search_started = not self._search_started, True
        if start:
            threading.Thread(target=self._attach_meaning, name="cesr-search-warm", daemon=True).start()
        if wait:
            self._search_ready.wait()

    def _attach_meaning(self) -> None:
        try:
            from ..embed import EmbeddingModel
            from ..index import CapabilityIndex

            model = self._model or EmbeddingModel()
            index = CapabilityIndex.build(self.curricula, model)
            self.searcher().attach(index, model)
            model.encode(["warm up"])  # the first forward pass is slow: not on the doctor's first keystroke
        except Exception:  # keywords still work; say why meaning does not
            log.exception("review server: the capability search works by keywords only")
        finally:
            self._search_ready.set()
        try:  # the anonymiser's patterns, word lists and tagger load once (about a second): not on the first page
            from ..anonymise import Anonymiser  # or redaction view the doctor opens

            Anonymiser().anonymise("Seen by Dr Ann Lee at St Mary's, Leeds LS1 4AP, ref AB/12/3456, 01632 960000.")
        except Exception:  # the page and redaction views load it themselves when asked
            log.debug("review server: the anonymiser was not warmed", exc_info=True)

    def search(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """``GET /api/search``: ``q``, ``curriculum`` (one of the workspace's; default all), ``limit``."""
        self.warm_search()
        try:
            limit = max(1, min(int(params.get("limit") or 30), 500))
        except ValueError:
            return 400, {"error": "limit must be a number"}
        try:
            result = self.searcher().search(params.get("q") or "", curriculum=params.get("curriculum") or None,
                                            limit=limit)
        except ValueError as exc:
            return 400, {"error": str(exc)}
        return 200, result.to_json()

    # ------------------------------------------------------------ data access

    def db(self) -> ReviewDB:
        return ReviewDB(self.ws.store_path, self.nodes)

    def store(self):
        from ..store import Store

        return Store(self.ws.store_path)

    def _infos(self, rows: dict[str, dict]) -> dict[str, DocInfo]:
        """Descriptions of the readable documents and of those known only from an import, titles as their files
        give them (a title the doctor set is in ``rows``).  The store's light summaries are read again when the
        number of documents changed or after 10 seconds (a third of a second for 10,000 documents), and
        ``doc_info`` runs again only for a document whose summary changed (or on a new day: recency)."""
        import datetime as _dt
        from types import SimpleNamespace

        with self._lock:
            cache, read_at, count_then = self._docs, self._docs_read_at, self._docs_count
        store = self.store()
        try:
            count = store.count("ok")
            summaries = None
            if count != count_then or time.monotonic() - read_at > 10:
                summaries = store.summaries(status="ok")
        finally:
            store.close()
        if summaries is not None:
            today = _dt.date.today()
            fresh: dict[str, tuple[tuple, DocInfo]] = {}
            for summary in summaries:
                key = (today, *summary)
                hit = cache.get(summary[0])
                if hit is None or hit[0] != key:
                    sha, path, status, pages, date, kind, primary, older, display_name, flags = summary
                    doc = SimpleNamespace(sha256=sha, path=path, status=status, pages=pages, date=date,
                                          evidence_type=kind, primary=None if primary is None else bool(primary),
                                          older_than_recency=None if older is None else bool(older),
                                          display_name=display_name or "", flags=json.loads(flags) if flags else [])
                    hit = (key, doc_info(doc, None, self.recency_years))
                fresh[summary[0]] = hit
            cache = fresh
            with self._lock:
                self._docs, self._docs_read_at, self._docs_count = fresh, time.monotonic(), count
        out = {sha: info for sha, (_, info) in cache.items()}
        for sha, row in rows.items():
            if sha not in out:
                extra = imported_info(sha, row, self.recency_years)
                if extra is not None:
                    out[sha] = extra
        return out

    def documents(self, rows: dict[str, dict]) -> dict[str, DocInfo]:
        """Descriptions of the readable documents, with the titles the doctor set (from ``rows``)."""
        return {sha: DocInfo(**{**info.__dict__, "title": (rows.get(sha) or {}).get("title") or info.title})
                for sha, info in self._infos(rows).items()}

    def meta(self) -> dict[str, Any]:
        with self.db() as db:
            rows = db.document_rows()
        docs = self._infos(rows)
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

    def settings(self) -> dict[str, Any]:
        """``GET /api/settings``: the review screen's settings of this workspace (kept in its SQLite file)."""
        with self.db() as db:
            return db.settings()

    def set_settings(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """``POST /api/settings`` ``{min_confidence?}``: keep the settings given; answers all of them."""
        value = body.get("min_confidence")
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                return 400, {"error": "min_confidence must be a number from 0 to 1 (0.1 means 10%)"}
            with self.db() as db:
                db.set_setting("min_confidence", round(float(value), 4))
        return 200, self.settings()

    def queue(self, params: dict[str, str]) -> dict[str, Any]:
        """One page of the documents in the view the filters make, sorted, and the progress of the workspace.

        ``params``: ``sort`` (``confidence``, ``date``, ``type`` or ``title``), ``order`` (``desc``/``asc``),
        filters ``outcome``, ``type``, ``state``, and the page: ``limit`` (1 to ``QUEUE_MAX``, default
        ``QUEUE_LIMIT``) documents from ``offset`` (default 0).  ``total`` is the number in the view.  Every
        document is filtered and sorted on light tuples; only the page's items become dicts.

        Raises:
            ReviewError: ``limit`` or ``offset`` is not a number in range.
        """
        limit = _int_param(params, "limit", QUEUE_LIMIT, 1, QUEUE_MAX)
        offset = _int_param(params, "offset", 0, 0, None)
        outcome = params.get("outcome") or ""
        kind = params.get("type") or ""
        state_filter = params.get("state") or ""
        with self.db() as db:
            rows = db.document_rows()
            index = db.queue_index(outcome or None)
        docs = self._infos(rows)
        tops, decided = index["top"], index["decided"]
        outcome_conf = index.get("outcome_confidence", {})
        decided_docs: set[str] = set()
        confirmed: dict[str, int] = {}
        confirmed_outcomes: set[tuple[str, str]] = set()
        for sha, node_outcome, verdict in index["in_force"]:
            decided_docs.add(sha)
            if verdict in POSITIVE:
                confirmed[sha] = confirmed.get(sha, 0) + 1
                confirmed_outcomes.add((sha, node_outcome))
        # (sha256, info, title, state, confidence) of each document in the view
        items: list[tuple[str, DocInfo, str, str, float | None]] = []
        counts = {"to review": 0, "in progress": 0, "reviewed": 0}
        for sha, info in docs.items():
            row = rows.get(sha) or {}
            state = "reviewed" if row.get("reviewed_at") else ("in progress" if sha in decided_docs else "to review")
            counts[state] += 1
            if outcome and sha not in outcome_conf and (sha, outcome) not in confirmed_outcomes:
                continue
            if kind and info.evidence_type != kind:
                continue
            if state_filter and state != state_filter:
                continue
            top = tops.get(sha)
            confidence = outcome_conf.get(sha) if outcome else (top[2] if top else None)
            items.append((sha, info, row.get("title") or info.title, state, confidence))
        sort = params.get("sort") or "confidence"
        descending = (params.get("order") or "desc") != "asc"
        if sort == "date":
            items.sort(key=lambda it: (it[1].date or "", it[2]), reverse=descending)
        elif sort == "type":
            items.sort(key=lambda it: (evidence_label(it[1].evidence_type), it[1].date or ""), reverse=descending)
        elif sort == "title":
            items.sort(key=lambda it: it[2].lower(), reverse=descending)
        else:
            items.sort(key=lambda it: (-1 if it[4] is None else it[4]), reverse=descending)
        page = []
        for sha, info, title, state, confidence in items[offset:offset + limit]:
            top = tops.get(sha)
            page.append({
                "sha256": sha, "title": title, "date": info.date, "evidence_type": info.evidence_type,
                "evidence_label": evidence_label(info.evidence_type), "primary": info.primary, "pages": info.pages,
                "state": state, "confidence": confidence,
                "top": {"node": top[0], "title": top[1], "confidence": top[2]} if top else None,
                "decided": decided.get(sha, 0),
                "suggestions": top[3] if top else 0,
                "confirmed": confirmed.get(sha, 0),
                "in_workspace": info.in_workspace,
            })
        progress = {"documents": sum(counts.values()), **counts, "confirmed": sum(confirmed.values())}
        return {"items": page, "total": len(items), "offset": offset, "limit": limit, "progress": progress}

    def queue_page(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """:meth:`queue` as the API answers it: 400 for a page out of range."""
        try:
            return 200, self.queue(params)
        except ReviewError as exc:
            return 400, {"error": str(exc)}

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
        """Page ``index`` as its copy will be uploaded (painted), or the original; ``None`` when there is none."""
        return self.page_image(sha256, index, original).png

    # ------------------------------------------------------------ the page view

    def page_cache(self):
        """The rendered pages, in ``.cesr/pages`` beside the database (bounded: :class:`~.pages.PageCache`)."""
        from .pages import PageCache

        with self._lock:
            if self._page_cache is None:
                self._page_cache = PageCache(self.ws.store_path.parent / "pages")
            return self._page_cache

    def page_view(self, sha256: str) -> tuple[int, dict[str, Any]]:
        """``GET /api/doc/<sha256>/pages``: the pages with an image, the boxes each one's copy paints, and the boxes
        of every passage behind a suggestion or mapping (:func:`pipeline.review.pages.layout`)."""
        from .pages import layout

        got = self._redaction_inputs(sha256)
        if got is None:
            known = self.document(sha256) if len(sha256) == 64 else None
            if known is None:
                return 404, {"error": "no such document"}
            return 200, {"sha256": sha256, "format": None, "pages": [], "passages": [],
                         "message": "The workspace keeps no reading of this document's pages (its decisions were "
                                    "imported, or it was read before pages were kept): add the file again with "
                                    "'cesr add' to see them."}
        doc, readings, _decisions, plan, *_ = got
        with self.db() as db:
            ranges = {(s["passage_start"], s["passage_end"]) for s in db.suggestions(sha256)}
            ranges |= {(d["passage_start"], d["passage_end"]) for d in db.current_decisions(sha256)}
        ranges = sorted((a, b) for a, b in ranges if isinstance(a, int) and isinstance(b, int) and b > a)
        return 200, layout(doc, readings, plan, ranges)

    def page_image(self, sha256: str, index: int, original: bool = False, scale: float = 1.0):
        """Page ``index`` (a :class:`~pipeline.review.pages.PageImage`): from the page cache, else rendered from the
        document's file (checked to be the same bytes) into it."""
        from .pages import PageImage, render
        from ..redact import source_of

        got = self._redaction_inputs(sha256)
        if got is None:
            return PageImage(404, message="no such document, or no reading of its pages")
        doc, readings, _decisions, plan, *_ = got
        store = self.store()
        try:
            return render(self.page_cache(), doc, readings, plan, index, original=original, scale=scale,
                          find_source=lambda work: source_of(store, doc, work))
        finally:
            store.close()

    def redaction_write(self, sha256: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        from .redaction import RedactionLog, refresh_document

        seen = body.get("version")
        if not isinstance(seen, int):
            return 400, {"error": "the document version you saw is required"}
        kind = str(body.get("kind") or "")
        try:
            action = None  # the id of a new redaction decision, which the review screen's undo names
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
                    _, action = log.decide(sha256, seen, "verified")
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
                    _, action = log.decide(sha256, seen, kind, text=body.get("text"), type=body.get("type"),
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
        return 200, {"doc": self.document(sha256), "redaction": self.redaction(sha256), "action": action}

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
                    _, action = db.decide(sha256, seen, str(body.get("kind") or ""), str(body.get("node") or ""),
                              new_node=body.get("new_node"), excerpt=body.get("excerpt"),
                              start=start if isinstance(start, int) else None,
                              end=end if isinstance(end, int) else None, versions=self.versions)
                    return 200, {"doc": self.document(sha256), "action": action}
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
                                                         origin="review", min_confidence=body.get("min_confidence"))
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


def _int_param(params: dict[str, str], name: str, default: int, low: int, high: int | None) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ReviewError(f"{name} must be a whole number") from None
    if value < low or (high is not None and value > high):
        raise ReviewError(f"{name} must be from {low}" + (f" to {high}" if high is not None else " up"))
    return value


class ReviewServer:
    """uvicorn serving :func:`pipeline.review.routes.make_app` on a socket bound to 127.0.0.1.

    The socket is bound and listening when this returns, so the address can be printed before serving starts
    (a browser that connects at once waits in the queue).  :meth:`run` serves in this thread until Ctrl-C or
    SIGTERM (uvicorn's graceful shutdown); :meth:`start` / :meth:`stop` serve from a thread (tests, benchmarks).
    """

    def __init__(self, review: ReviewApp, port: int = 0, host: str = "127.0.0.1") -> None:
        import socket

        import uvicorn

        from .routes import NoQueryString, make_app

        if host not in ("127.0.0.1", "localhost"):
            raise ValueError("the review server only listens on 127.0.0.1")
        self.review = review
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.socket.bind(("127.0.0.1", port))
            self.socket.listen(128)
        except OSError:
            self.socket.close()
            raise
        self.port: int = self.socket.getsockname()[1]
        access = logging.getLogger("uvicorn.access")
        if not any(isinstance(f, NoQueryString) for f in access.filters):
            access.addFilter(NoQueryString())  # never the token of '?token=' in an access log line
        # log_config=None: uvicorn leaves the process's logging as the CLI set it; it never logs a body
        config = uvicorn.Config(make_app(review), log_config=None, access_log=True, server_header=False,
                                timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The address to open: it carries the session's token (``/?token=``), exchanged for a cookie."""
        return f"{self.base_url}/?token={self.review.token}"

    def run(self) -> None:
        """Serve until interrupted (Ctrl-C or SIGTERM: uvicorn finishes the requests in flight, then returns)."""
        try:
            self.server.run(sockets=[self.socket])
        finally:
            self.socket.close()

    def start(self) -> "ReviewServer":
        """Serve from a daemon thread; returns once the server answers."""
        self._thread = threading.Thread(target=self.run, name="cesr-review", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the review server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def __enter__(self) -> "ReviewServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def free_port(near: int = 0, tries: int = 50) -> int:
    """A port on 127.0.0.1 that nothing listens on now: the first free one after ``near`` (within ``tries``,
    so that the doctor's bookmark changes little), else any the system gives."""
    import socket

    candidates = [p for p in range(near + 1, min(near + 1 + tries, 65536)) if near >= 1024] + [0]
    for port in candidates:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise OSError("no free port on 127.0.0.1")


def make_server(review: ReviewApp, port: int = 0, host: str = "127.0.0.1") -> ReviewServer:
    """A server for ``review`` on ``127.0.0.1:port`` (0: a free port), bound and listening; call ``run`` or
    ``start``."""
    return ReviewServer(review, port, host)


def url_of(server: ReviewServer, review: ReviewApp | None = None) -> str:
    return server.url


def serve(workspace, port: int = 0, open_browser: bool = False, out=None) -> int:
    """Run the review server until interrupted (``cesr review``)."""
    import sys

    out = out or sys.stdout
    app = ReviewApp(workspace)
    app.warm_search()  # the picker's model and index load while the doctor opens the page
    server = make_server(app, port)
    url = server.url
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
        server.run()
    except KeyboardInterrupt:  # uvicorn shut down gracefully, then raised the Ctrl-C it had caught
        pass
    print("review server stopped", file=out)
    out.flush()
    return 0
