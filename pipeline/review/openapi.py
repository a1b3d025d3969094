"""The review app's JSON API described as OpenAPI 3.1 (served at ``GET /api/openapi.json``).

Written by hand beside the routes (:mod:`pipeline.review.routes`) and checked two ways by the tests: every
route of the app is described here and nothing else is, and a schemathesis run sends generated requests to
every operation and checks the answers against these schemas (status codes, content types, bodies), finding
no 500.  Response schemas name the fields the review screen reads and leave the rest open.
"""

from __future__ import annotations

from typing import Any

__all__ = ["openapi_document"]

_SHA = {"name": "sha256", "in": "path", "required": True, "description": "the document's SHA-256 (hex)",
        "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}
_VERSION = {"type": "integer", "description": "the document version the writer saw (409 when it is not the latest)"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# A write to a SHA-256 the workspace does not hold is answered 200 with ``"doc": null`` (as the http.server version
# did; schemathesis found it): the review screen only writes to documents it opened.
_DOC_OR_NULL = {"anyOf": [_ref("Document"), {"type": "null"}]}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_ERROR = _json(_ref("Error"), "refused: the reason in `error`")
_FORBIDDEN = {"description": "no token, a wrong token, a Host header that is not 127.0.0.1 or localhost at the "
                             "server's port, or (a write) no `X-Requested-With: cesr` header",
              "content": {"text/html": {"schema": {"type": "string"}},
                          "application/json": {"schema": _ref("Error")}}}
_TOO_LARGE = {"description": "the body is over 64 KiB",
              "content": {"text/plain": {"schema": {"type": "string"}},
                          "application/json": {"schema": _ref("Error")}}}


def _write(summary: str, body: dict[str, Any], ok: dict[str, Any], *, conflict: bool = True,
           not_found: bool = False) -> dict[str, Any]:
    responses: dict[str, Any] = {"200": _json(ok, "done"), "400": _ERROR, "403": _FORBIDDEN, "413": _TOO_LARGE}
    if conflict:
        responses["409"] = _json(_ref("Conflict"), "another tab wrote first: nothing was written; the fresh state")
    if not_found:
        responses["404"] = _ERROR
    return {"post": {"summary": summary, "parameters": [{"$ref": "#/components/parameters/XRequestedWith"}],
                     "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                     "responses": responses}}


def _doc_write(summary: str, properties: dict[str, Any], required: list[str] | None = None,
               ok: dict[str, Any] | None = None) -> dict[str, Any]:
    body = {"type": "object", "properties": {"version": _VERSION, **properties},
            "required": ["version", *(required or [])]}
    path = _write(summary, body, ok or {"type": "object", "properties": {"doc": _DOC_OR_NULL}, "required": ["doc"]},
                  not_found=True)
    path["post"]["parameters"].insert(0, _SHA)
    return path


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the review app's JSON API."""
    text = {"type": "string"}
    nullable_text = {"type": ["string", "null"]}
    number = {"type": "number"}
    confidence = {"type": ["number", "null"], "minimum": 0, "maximum": 1}
    schemas = {
        "Error": {"type": "object", "properties": {"error": text}, "required": ["error"]},
        "Conflict": {"type": "object", "properties": {
            "error": {"const": "conflict"}, "message": text, "current": {"type": "integer"},
            "doc": {"anyOf": [_ref("Document"), {"type": "null"}]},
            "redaction": {"anyOf": [{"type": "object"}, {"type": "null"}]}},
            "required": ["error", "message", "current"]},
        "Meta": {"type": "object", "required": ["workspace", "curricula", "nodes", "outcomes", "evidence_types",
                                                "unsuggested", "suggest_command"],
                 "properties": {
                     "workspace": text, "applicant": nullable_text,
                     "curricula": {"type": "array", "items": {"type": "object", "required": ["id", "title", "version"]}},
                     "nodes": {"type": "array", "items": {"type": "object",
                                                          "required": ["id", "code", "title", "outcome", "level"]}},
                     "outcomes": {"type": "array", "items": {"type": "object", "required": ["id", "code", "title"]}},
                     "evidence_types": {"type": "object", "additionalProperties": text},
                     "unsuggested": {"type": "integer", "minimum": 0}, "suggest_command": text}},
        "QueueItem": {"type": "object", "required": ["sha256", "title", "date", "evidence_type", "evidence_label",
                                                     "state", "confidence", "top", "decided", "suggestions",
                                                     "confirmed", "in_workspace"],
                      "properties": {
                          "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "title": text,
                          "date": nullable_text, "evidence_type": text, "evidence_label": text,
                          "primary": {"type": ["boolean", "null"]}, "pages": {"type": "integer"},
                          "state": {"enum": ["to review", "in progress", "reviewed"]}, "confidence": confidence,
                          "top": {"anyOf": [{"type": "null"}, {"type": "object", "required": ["node", "confidence"],
                                                               "properties": {"node": text, "title": nullable_text,
                                                                              "confidence": number}}]},
                          "decided": {"type": "integer", "minimum": 0},
                          "suggestions": {"type": "integer", "minimum": 0},
                          "confirmed": {"type": "integer", "minimum": 0}, "in_workspace": {"type": "boolean"}}},
        "Queue": {"type": "object", "required": ["items", "total", "offset", "limit", "progress"],
                  "properties": {
                      "items": {"type": "array", "items": _ref("QueueItem")},
                      "total": {"type": "integer", "minimum": 0, "description": "documents in the view"},
                      "offset": {"type": "integer", "minimum": 0}, "limit": {"type": "integer", "minimum": 1},
                      "progress": {"type": "object", "required": ["documents", "to review", "in progress", "reviewed",
                                                                  "confirmed"],
                                   "additionalProperties": {"type": "integer", "minimum": 0}}}},
        "Suggestion": {"type": "object", "required": ["node", "code", "outcome", "confidence", "rank", "verdict"],
                       "properties": {"node": text, "code": text, "outcome": text, "title": nullable_text,
                                      "confidence": number, "rank": {"type": "integer"}, "excerpt": nullable_text,
                                      "start": {"type": ["integer", "null"]}, "end": {"type": ["integer", "null"]},
                                      "verdict": nullable_text, "decided_at": nullable_text}},
        "Document": {"type": "object", "required": ["sha256", "title", "version", "text", "reviewed", "suggestions",
                                                    "others", "actions", "pack"],
                     "properties": {
                         "sha256": text, "title": text, "file": text, "date": nullable_text, "evidence_type": text,
                         "version": {"type": "integer", "minimum": 0}, "text": text, "reviewed": {"type": "boolean"},
                         "reviewed_at": nullable_text, "suggested_at": nullable_text,
                         "suggestions": {"type": "array", "items": _ref("Suggestion")},
                         "others": {"type": "array", "items": {"type": "object", "required": ["node", "verdict"]}},
                         "actions": {"type": "array", "items": {"type": "object"}},
                         "pack": {"type": "object", "required": ["title", "description", "suggested_title",
                                                                 "suggested_description"]}}},
        "Redaction": {"type": "object", "required": ["sha256", "version", "pages", "removed", "flags", "decisions",
                                                     "check_current"],
                      "properties": {"sha256": text, "version": {"type": "integer"}, "format": text,
                                     "pages": {"type": "array", "items": {"type": "object", "required": ["index"]}},
                                     "removed": {"type": "array"}, "flags": {"type": "array"},
                                     "decisions": {"type": "array"}, "check_current": {"type": "boolean"},
                                     "checked_at": nullable_text, "verified_at": nullable_text}},
        "Settings": {"type": "object", "required": ["min_confidence"],
                     "properties": {"min_confidence": {"type": "number", "minimum": 0, "maximum": 1,
                                                       "description": "suggestions below it are hidden until the "
                                                                      "doctor shows them all"}}},
        "PageView": {"type": "object", "required": ["sha256", "pages", "passages", "message"],
                     "properties": {"sha256": text, "format": {"type": ["string", "null"]},
                                    "message": nullable_text,
                                    "pages": {"type": "array", "items": {"type": "object",
                                                                        "required": ["index", "redacted"]}},
                                    "passages": {"type": "array", "items": {"type": "object",
                                                                           "required": ["start", "end", "pages"]}}}},
        "Batches": {"type": "object", "required": ["batches"],
                    "properties": {"batches": {"type": "array", "items": {"type": "object", "required": ["batch"]}}}},
    }
    doc_and_redaction = {"type": "object", "properties": {"doc": _ref("Document"), "redaction": _ref("Redaction")},
                         "required": ["doc", "redaction"]}
    queue_params = [
        {"name": "sort", "in": "query", "schema": {"enum": ["confidence", "date", "type", "title"]}},
        {"name": "order", "in": "query", "schema": {"enum": ["desc", "asc"]}},
        {"name": "outcome", "in": "query", "schema": text, "description": "an outcome id: documents suggested or "
                                                                         "confirmed for it"},
        {"name": "type", "in": "query", "schema": text, "description": "an evidence type"},
        {"name": "state", "in": "query", "schema": {"enum": ["", "to review", "in progress", "reviewed"]}},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 200}},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
    ]
    read = {"403": _FORBIDDEN}
    paths = {
        "/api/openapi.json": {"get": {"summary": "this description", "responses": {
            "200": _json({"type": "object", "required": ["openapi", "paths"]}, "the OpenAPI document"), **read}}},
        "/api/meta": {"get": {"summary": "the workspace, its curricula and their nodes, the evidence types",
                              "responses": {"200": _json(_ref("Meta"), "the workspace"), **read}}},
        "/api/queue": {"get": {"summary": "one page of the documents, filtered and sorted, and the progress",
                               "parameters": queue_params,
                               "responses": {"200": _json(_ref("Queue"), "the page"), "400": _ERROR, **read}}},
        "/api/search": {"get": {
            "summary": "the picker's capability search: titles, descriptions, typical evidence and synonyms, by "
                       "keywords and by meaning",
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200}},
                           {"name": "curriculum", "in": "query", "schema": {"type": "string"}},
                           {"name": "limit", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": _json({"type": "object", "required": ["results"],
                                        "properties": {"results": {"type": "array"}}}, "ranked matches"),
                          "400": _ERROR, **read}}},
        "/api/bulk": {"get": {"summary": "the latest bulk actions",
                              "responses": {"200": _json(_ref("Batches"), "the batches"), **read}}},
        "/api/settings": {
            "get": {"summary": "the review screen's settings of this workspace",
                    "responses": {"200": _json(_ref("Settings"), "the settings"), **read}},
            **_write("keep the review screen's settings of this workspace (the ones given)",
                     {"type": "object", "properties": {"min_confidence": {"type": ["number", "null"]}}},
                     _ref("Settings"), conflict=False)},
        "/api/doc/{sha256}": {"get": {"summary": "a document: text, suggestions, verdicts, actions, pack title",
                                      "parameters": [_SHA],
                                      "responses": {"200": _json(_ref("Document"), "the document"),
                                                    "404": _ERROR, **read}}},
        "/api/doc/{sha256}/redaction": {
            "get": {"summary": "each page's words and boxes, pictures and codes, removals, flags, decisions",
                    "parameters": [_SHA],
                    "responses": {"200": _json(_ref("Redaction"), "the redaction view"), "404": _ERROR, **read}},
            **_doc_write("a redaction decision: redact/keep a text or flag, keep/paint a picture, paint an area, "
                         "verified/unverified, undo",
                         {"kind": {"type": "string"}, "text": nullable_text, "type": nullable_text,
                          "reason": nullable_text, "flag": nullable_text, "page": {"type": ["integer", "null"]},
                          "region": {"type": ["integer", "null"]}, "action": nullable_text},
                         ok=doc_and_redaction)},
        "/api/doc/{sha256}/page/{number}.png": {"get": {
            "summary": "page `number` as its copy will be uploaded (painted), or the original (`original=1`)",
            "parameters": [_SHA, {"name": "number", "in": "path", "required": True,
                                  "schema": {"type": "integer", "minimum": 0, "maximum": 9999}},
                           {"name": "original", "in": "query", "schema": {"enum": ["0", "1"]}},
                           {"name": "scale", "in": "query", "schema": {"enum": ["1", "1.5", "2"]}}],
            "responses": {"200": {"description": "the page", "content": {"image/png": {"schema": {
                "type": "string", "format": "binary"}}}}, "400": _ERROR,
                "404": _json(_ref("Error"), "no such document or page, or a page with no image (text, e-mail, "
                                            "Word): the reason in `error`"),
                "410": _json(_ref("Error"), "the document's file has moved or changed since and this page was "
                                            "never rendered"),
                "422": _json(_ref("Error"), "the page could not be rendered"), **read}}},
        "/api/doc/{sha256}/pages": {"get": {
            "summary": "the page view: the pages with an image, the boxes each copy paints, and the word boxes of "
                       "every passage behind a suggestion, page by page",
            "parameters": [_SHA],
            "responses": {"200": _json(_ref("PageView"), "the page view"), "404": _ERROR, **read}}},
        "/api/doc/{sha256}/decide": _doc_write(
            "accept, reject, replace (`new_node`) or add a mapping",
            {"kind": {"type": "string", "description": "accept, reject, replace or add"}, "node": text,
             "new_node": nullable_text, "excerpt": nullable_text, "start": {"type": ["integer", "null"]},
             "end": {"type": ["integer", "null"]}}, ["kind", "node"],
            ok={"type": "object", "properties": {"doc": _DOC_OR_NULL, "action": text}, "required": ["doc"]}),
        "/api/doc/{sha256}/undo": _doc_write("undo the latest action, or the one named", {"action": nullable_text}),
        "/api/doc/{sha256}/reviewed": _doc_write("mark the document reviewed, or not", {"reviewed": {"type": "boolean"}}),
        "/api/doc/{sha256}/title": _doc_write("the document's title in the review", {"title": text}),
        "/api/doc/{sha256}/describe": _doc_write(
            "the document's title and description in the application pack (`\"\"`: back to the suggestion)",
            {"title": {"type": "string", "maxLength": 200}, "description": nullable_text}),
        "/api/doc/{sha256}/ignore_rest": _doc_write(
            "reject every undecided suggestion of the document (at or above `min_confidence`: the ones shown)",
            {"dry_run": {"type": "boolean"}, "min_confidence": {"type": ["number", "null"]}},
            ok={"type": "object", "properties": {"doc": _DOC_OR_NULL, "bulk": {"type": "object"}},
                "required": ["doc", "bulk"]}),
        "/api/doc/{sha256}/check": _doc_write("make the document's copy and run the leak check on it now", {},
                                              ok=doc_and_redaction),
        "/api/bulk/{op}": _write(
            "`accept`: every undecided suggestion at or above `min_confidence` (a preview with `dry_run`); "
            "`undo`: a batch",
            {"type": "object", "properties": {"min_confidence": {"type": ["number", "string"]},
                                              "outcomes": {"type": "array", "items": text},
                                              "include_reviewed": {"type": "boolean"},
                                              "dry_run": {"type": "boolean"}, "batch": text}},
            {"type": "object", "required": ["batches"]}, conflict=False, not_found=True),
    }
    paths["/api/bulk/{op}"]["post"]["parameters"].insert(0, {"name": "op", "in": "path", "required": True,
                                                             "schema": {"enum": ["accept", "undo"]}})
    return {
        "openapi": "3.1.0",
        "info": {"title": "cesr review", "version": "1",
                 "description": "The local review app of cesr-mapper. Every request carries the session's token "
                                "(the `cesr_token` cookie set from the printed address, or the `X-CESR-Token` "
                                "header); a write also carries `X-Requested-With: cesr` and names the document "
                                "version it saw."},
        "servers": [{"url": "/"}],
        "security": [{"token": []}, {"cookie": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "parameters": {"XRequestedWith": {"name": "X-Requested-With", "in": "header", "required": True,
                                              "schema": {"const": "cesr"}}},
            "securitySchemes": {"token": {"type": "apiKey", "in": "header", "name": "X-CESR-Token"},
                                "cookie": {"type": "apiKey", "in": "cookie", "name": "cesr_token"}}},
    }
