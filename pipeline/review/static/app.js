// cesr review: the doctor's review screen (vanilla JS, no build step).
// Every write names the document version it saw; a 409 brings the fresh state back.
"use strict";

const state = {
  meta: null,
  items: [],          // the queue as filtered and sorted: the pages fetched so far
  total: 0,           // documents in the view (items holds the first of them)
  queueSeq: 0,        // a newer queue load makes an older answer stale
  loadingMore: null,  // the next page's fetch, while it runs
  progress: null,
  sha: null,          // document on screen
  doc: null,
  sel: 0,             // selected suggestion (index into doc.suggestions)
  writing: Promise.resolve(),
  picker: null,       // {mode, note, excerpt, start, end, active, matches}
  view: "mapping",    // or "redaction"
  red: null,          // the redaction view of the document on screen
  packDirty: null,    // sha256 of the document whose pack title/description the doctor is editing, unsaved
  packTyped: new Set(),  // which of the two fields ("pack-title", "pack-description") the doctor typed in
  bulk: null,         // the previewed bulk accept: {params, result}
  minConf: 0.1,       // suggestions below it are hidden (the workspace's setting, GET /api/settings)
  showAll: false,     // ...unless the doctor shows them all
  confirm: null,      // the open confirm box's answer: resolve(true | false)
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k.startsWith("data-")) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// ------------------------------------------------------------------ server

async function api(path, body) {
  const opts = body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Requested-With": "cesr" },
    body: JSON.stringify(body),
  };
  const resp = await fetch(path, { credentials: "same-origin", ...opts });
  let data = null;
  try { data = await resp.json(); } catch (e) { data = { error: "unreadable answer" }; }
  return { status: resp.status, data };
}

function write(op, payload, after) {
  // one write at a time, each with the version of the previous one's answer
  state.writing = state.writing.then(async () => {
    if (!state.doc) return;
    const sha = state.doc.sha256;
    const { status, data } = await api(`/api/doc/${sha}/${op}`, { version: state.doc.version, ...payload });
    if (status === 200) {
      if (after) after(data);
      setDoc(data.doc, true);
    } else if (status === 409) {
      setDoc(data.doc, true);
      toast(data.message || "changed in another tab: reloaded", true);
    } else if (status === 403) {
      toast("Session expired: open the address printed by 'cesr review' again.", true);
    } else {
      if (data && data.doc) setDoc(data.doc, true);
      toast((data && data.error) || `error ${status}`, true);
    }
    loadQueue();
    if (op === "undo" || op === "ignore_rest") loadBatches();  // a bulk decision may have been undone or made
  }).catch((e) => toast("Not saved: the review server cannot be reached (" + e + ")", true));
  return state.writing;
}

// ------------------------------------------------------------------ queue

function filters() {
  return {
    sort: $("sort").value, order: $("order").value, outcome: $("f-outcome").value,
    type: $("f-type").value, state: $("f-state").value,
  };
}

const PAGE = 100;  // documents fetched at a time; more are fetched as the list scrolls to its end

async function fetchQueue(offset, limit) {
  const q = new URLSearchParams({ ...filters(), offset, limit }).toString();
  return api(`/api/queue?${q}`);
}

async function loadQueue(reset) {
  // the first page again (or as many as are shown, so that the list keeps its place after a write)
  const f = filters();
  localStorage.setItem("cesr-filters", JSON.stringify(f));
  const seq = ++state.queueSeq;
  const limit = reset ? PAGE : Math.max(PAGE, state.items.length);
  const { status, data } = await fetchQueue(0, limit);
  if (status !== 200 || seq !== state.queueSeq) return;
  state.items = data.items;
  state.total = data.total;
  state.progress = data.progress;
  renderQueue();
  renderProgress();
}

async function loadMore() {
  // the next page, appended; false when every document of the view is already shown
  if (state.items.length >= state.total) return false;
  if (state.loadingMore) return state.loadingMore;  // one fetch at a time: scrolling fires many events
  state.loadingMore = loadPage().finally(() => { state.loadingMore = null; });
  return state.loadingMore;
}

async function loadPage() {
  const seq = state.queueSeq;
  const { status, data } = await fetchQueue(state.items.length, PAGE);
  if (status !== 200 || seq !== state.queueSeq) return false;
  const known = new Set(state.items.map((it) => it.sha256));
  state.items = state.items.concat(data.items.filter((it) => !known.has(it.sha256)));
  state.total = data.total;
  state.progress = data.progress;
  renderQueue(true);
  renderProgress();
  return data.items.length > 0;
}

function pct(x) { return x === null || x === undefined ? "–" : Math.round(x * 100) + "%"; }

function renderQueue(appended) {
  const list = $("queue");
  const scrolled = list.scrollTop;
  list.replaceChildren();
  for (const it of state.items) {
    const li = el("li", { "data-sha": it.sha256, class: it.sha256 === state.sha ? "current" : "",
                          onclick: () => openDoc(it.sha256) },
      el("div", { class: "q-title", text: it.title, title: it.title }),
      el("div", { class: "q-meta" },
        el("span", { class: "state state-" + it.state.replace(" ", "-"), text: it.state }),
        el("span", { class: "conf", text: pct(it.confidence), title: "confidence of the best suggestion" }),
        el("span", { text: it.date || "no date" }),
        el("span", { text: it.evidence_label, title: it.evidence_label })));
    list.append(li);
  }
  const more = state.total - state.items.length;
  if (more > 0) {
    list.append(el("li", { class: "q-more" },
      el("button", { type: "button", id: "queue-more", text: `Show ${Math.min(more, PAGE)} more (${more} not shown)`,
                     onclick: () => loadMore() })));
  }
  $("queue-count").textContent = `${state.total} document(s) in this view` +
    (more > 0 ? ` · ${state.items.length} shown` : "");
  list.scrollTop = scrolled;
  const cur = list.querySelector("li.current");
  if (cur && !appended) cur.scrollIntoView({ block: "nearest" });
}

function renderProgress() {
  const p = state.progress;
  if (!p) return;
  const done = p.reviewed;
  $("progress-fill").style.width = (p.documents ? (100 * done / p.documents) : 0) + "%";
  $("progress-text").textContent =
    `${done} of ${p.documents} documents reviewed · ${p["in progress"]} in progress · ${p.confirmed} mappings confirmed`;
}

// ------------------------------------------------------------------ document

async function openDoc(sha, atStart) {
  if (!sha) return;
  // the latest open wins: the one at start-up answering after the doctor's own click must not undo it
  const seq = state.openSeq = (state.openSeq || 0) + 1;
  const top = $("queue").scrollTop;
  const { status, data } = await api(`/api/doc/${sha}`);
  if (seq !== state.openSeq) return;
  if (status !== 200) { toast(data.error || "cannot open the document", true); return; }
  if (sha !== state.sha) state.red = null;  // the same document again keeps its redaction view until reloaded
  state.sha = sha;
  history.replaceState(null, "", "#doc=" + sha + (state.view === "redaction" ? "&view=redaction" : ""));
  setDoc(data, false);
  if (state.view === "redaction") loadRedaction();
  for (const li of $("queue").children) li.classList.toggle("current", li.dataset.sha === sha);
  const cur = $("queue").querySelector("li.current");
  // shown in the list, unless the doctor scrolled it while the first document was opening (their place stays)
  if (cur && !(atStart && $("queue").scrollTop !== top)) cur.scrollIntoView({ block: "nearest" });
}

function setDoc(doc, keepSelection) {
  if (!doc) return;
  const prev = state.doc && state.doc.sha256 === doc.sha256 ? state.doc : null;
  // a reading fetched before a write that has since answered (the reload after a bulk action, slow under load)
  // must not put the older state back on screen: every write bumps the document's version
  if (prev && typeof doc.version === "number" && typeof prev.version === "number" && doc.version < prev.version) return;
  state.doc = doc;
  if (!keepSelection || !prev) {
    const firstOpen = doc.suggestions.findIndex((s) => isShown(s) && !s.verdict);
    state.sel = firstOpen >= 0 ? firstOpen : Math.max(0, doc.suggestions.findIndex(isShown));
  }
  state.sel = Math.max(0, Math.min(state.sel, doc.suggestions.length - 1));
  if (doc.suggestions.length && !isShown(doc.suggestions[state.sel])) {  // a hidden one: the nearest shown instead
    const idx = shownIdx(doc);
    if (idx.length) state.sel = idx.reduce((a, b) => (Math.abs(b - state.sel) < Math.abs(a - state.sel) ? b : a));
  }
  renderDoc();
}

function ranges(doc) {
  // passages behind suggestions and added mappings: [{start, end, nodes, accepted}]
  const byKey = new Map();
  const add = (x, accepted) => {
    if (x.start === null || x.start === undefined || x.end === null || x.end <= x.start) return;
    const key = x.start + ":" + x.end;
    if (!byKey.has(key)) byKey.set(key, { start: x.start, end: x.end, nodes: [], accepted: false, conf: 0 });
    const r = byKey.get(key);
    r.nodes.push(x.code + (x.confidence !== undefined ? " " + pct(x.confidence) : ""));
    r.accepted = r.accepted || accepted;
    r.conf = Math.max(r.conf, x.confidence === undefined ? 1 : x.confidence);
  };
  doc.suggestions.forEach((s) => add(s, s.verdict === "accepted" || s.verdict === "added"));
  doc.others.forEach((o) => add(o, o.verdict !== "rejected"));
  const out = [...byKey.values()].sort((a, b) => a.start - b.start);
  let last = 0;
  const clipped = [];
  for (const r of out) {
    const start = Math.max(r.start, last);
    if (start >= r.end) continue;
    clipped.push({ ...r, start });
    last = r.end;
  }
  return clipped;
}

function renderText(doc) {
  const box = $("doc-text");
  box.replaceChildren();
  const text = doc.text || "";
  if (!text) {
    box.append(el("p", { class: "empty", text: doc.in_workspace ? "(no text)" :
      "This document's file is not in the workspace (its decisions were imported). Add the file with 'cesr add'." }));
    return;
  }
  let pos = 0;
  for (const r of ranges(doc)) {
    if (r.start > pos) box.append(el("span", { "data-off": pos, text: text.slice(pos, r.start) }));
    const strength = r.accepted ? "accepted" : r.conf >= 0.5 ? "strong" : r.conf >= 0.2 ? "medium" : "weak";
    box.append(el("mark", { "data-off": r.start, "data-end": r.end, class: strength,
                            title: "supports " + r.nodes.join(", "), text: text.slice(r.start, r.end) }));
    pos = r.end;
  }
  if (pos < text.length) box.append(el("span", { "data-off": pos, text: text.slice(pos) }));
}

function renderDoc() {
  const doc = state.doc;
  $("empty").hidden = true;
  $("doc").hidden = false;
  $("doc-title").textContent = doc.title;
  const kind = doc.primary === true ? "primary evidence" : doc.primary === false ? "secondary evidence" : "primary/secondary unknown";
  $("doc-meta").replaceChildren(
    el("span", { text: doc.date ? "dated " + doc.date + (doc.older ? " (older than the recency window)" : "") : "no date found" }),
    el("span", { text: doc.evidence_label }),
    el("span", { text: kind }),
    el("span", { text: `${doc.pages} page(s)` }),
    el("span", { text: doc.file, title: "file name" }),
    el("span", { class: "state state-" + (doc.reviewed ? "reviewed" : "in-progress"), text: doc.reviewed ? "reviewed" : "not marked reviewed" }));
  $("doc-flags").replaceChildren(...(doc.flags || []).map((f) => el("div", { text: f })));
  const nothing = doc.nothing_in || [];
  $("doc-none").hidden = !nothing.length;
  $("doc-none").replaceChildren(...nothing.map((n) => el("div", { class: "none-of-these", "data-curriculum": n.curriculum, text: n.message })));
  renderText(doc);

  const list = $("suggestions");
  list.replaceChildren();
  const shown = doc.suggestions.filter(isShown);
  const hidden = doc.suggestions.length - shown.length;
  if (!doc.suggestions.length) {
    list.append(el("li", { class: "empty", text: "No suggestions yet: run '" + (state.meta ? state.meta.suggest_command : "cesr suggest --workspace DIR") + "', or add a mapping with m." }));
  } else if (!shown.length) {
    list.append(el("li", { class: "empty", text: `All ${hidden} suggestion(s) are below ${pct(state.minConf)}: tick “show all” to see them, or add a mapping with m.` }));
  }
  doc.suggestions.forEach((s, i) => {
    if (!isShown(s)) return;
    const bar = el("div", { class: "confbar", title: "confidence " + pct(s.confidence) }, el("div"));
    bar.firstChild.style.width = Math.round(s.confidence * 100) + "%";
    const li = el("li", { class: `sugg ${i === state.sel ? "selected" : ""} ${s.verdict ? "v-" + s.verdict : ""}`,
                          "data-node": s.node, onclick: () => select(i) },
      el("div", { class: "row1" },
        el("span", { class: "code", text: s.code }),
        bar,
        el("span", { class: "conf", text: pct(s.confidence) }),
        el("span", { class: "verdict " + (s.verdict || ""), text: s.verdict || "" })),
      el("div", { class: "title", text: s.title }),
      el("div", { class: "excerpt", text: "“" + s.excerpt + "”" }));
    list.append(li);
  });
  const decided = shown.filter((s) => s.verdict).length;
  const done = decided === shown.length && (shown.length > 0 || hasDecision(doc));
  $("decided-count").textContent = `(${decided} of ${shown.length} decided${done ? " · done" : ""})`;
  $("decided-count").className = done ? "done" : "";
  $("sugg-hidden").textContent = hidden ? `(${hidden} below ${pct(state.minConf)})` : "";

  $("others").replaceChildren(...doc.others.map((o) => el("li", {},
    el("b", { text: o.code + " " }), el("span", { text: o.title }),
    el("span", { class: "verdict " + o.verdict, text: " · " + o.verdict + (o.replaces ? " instead of " + o.replaces.split(":").pop() : "") }))));
  $("others-h").hidden = doc.others.length === 0;

  $("actions").replaceChildren(...doc.actions.map((a) => el("li", { class: a.source === "bulk" ? "bulk" : null },
    el("span", { text: (a.source === "bulk" ? "bulk: " : "") + a.summary + (a.source === "import" ? " (imported)" : "") }),
    el("time", { text: a.decided_at.replace("T", " ").slice(0, 16) }),
    el("button", { type: "button", text: "undo", onclick: () => undo(a.action) }))));
  $("actions-h").hidden = doc.actions.length === 0;
  $("ignore-rest").disabled = !openShown(doc).length;
  renderPack(doc);
  highlightSelected();
}

// ------------------------------------------------------------------ title and description in the pack

function renderPack(doc) {
  const p = doc.pack;
  if (!p) return;
  if (state.packDirty !== doc.sha256) {  // never overwrite what the doctor is typing
    state.packDirty = null;
    state.packTyped.clear();
    $("pack-title").value = p.title;
    $("pack-description").value = p.description;
  } else {  // the field not typed in follows the document (a decision answered meanwhile changes the suggestion)
    if (!state.packTyped.has("pack-title")) $("pack-title").value = p.title;
    if (!state.packTyped.has("pack-description")) $("pack-description").value = p.description;
  }
  $("pack-state").textContent = p.title_edited || p.description_edited ? "edited" : "suggested";
  $("pack-state").className = "chip " + (p.title_edited || p.description_edited ? "ok" : "");
  $("pack-title-sugg").textContent = p.title_edited ? "Suggested: " + p.suggested_title : "";
  $("pack-description-sugg").textContent = p.description_edited ? "Suggested: " + p.suggested_description : "";
  $("pack-reset").disabled = !(p.title_edited || p.description_edited);
}

function savePack(reset) {
  if (!state.doc) return Promise.resolve();
  const sha = state.doc.sha256;
  const before = state.doc.pack;
  // a field the doctor did not type in keeps what is in force ("" for the suggestion), never a value shown before
  // a decision changed the suggestion
  const kept = (id, value, edited) => (state.packTyped.has(id) || !before ? $(id).value : edited ? value : "");
  const body = reset ? { title: "", description: "" }
    : { title: kept("pack-title", before && before.title, before && before.title_edited),
        description: kept("pack-description", before && before.description, before && before.description_edited) };
  return write("describe", body, (data) => {
    if (state.packDirty === sha) { state.packDirty = null; state.packTyped.clear(); }  // saved: show what is in force
    const after = data.doc && data.doc.pack;
    if (before && after) {
      const title = after.title !== before.title || after.title_edited !== before.title_edited;
      const description = after.description !== before.description || after.description_edited !== before.description_edited;
      if (title || description) {  // undone by saving what was in force before ("" for a suggestion)
        pushUndo(reset ? "back to the suggested title and description"
                       : title && description ? "title and description edit" : title ? "title edit" : "description edit",
                 sha, [{ op: "describe", title: before.title_edited ? before.title : "",
                         description: before.description_edited ? before.description : "" }]);
      }
    }
    toast(reset ? "Back to the suggested title and description." : "Title and description saved for the pack.");
  });
}

function editTitle() {
  if (!state.doc) return;
  if (state.view !== "mapping") setView("mapping");
  const input = $("pack-title");
  input.focus();
  input.select();
}

// ------------------------------------------------------------------ bulk actions

function ignoreRest(quiet) {
  // reject the suggestions shown that are not decided (those hidden below the threshold stay undecided)
  if (!state.doc) return Promise.resolve(null);
  const open = openShown(state.doc).length;
  if (!open) { toast("Every suggestion shown on this document is decided."); return Promise.resolve(null); }
  const sha = state.doc.sha256;
  let batch = null;
  return write("ignore_rest", { min_confidence: state.showAll ? 0 : state.minConf }, (data) => {
    batch = data.bulk.batch;
    if (!quiet) {
      if (batch) pushUndo("ignore the rest", sha, [{ op: "undo", action: batch }]);
      toast(`Rejected ${data.bulk.decisions} suggestion(s) you had not decided · u undoes it`);
    }
  }).then(() => batch);
}

function bulkParams() {
  const outcome = $("bulk-outcome").value;
  return { min_confidence: Math.max(0, Math.min(100, +$("bulk-min").value || 0)) / 100,
           outcomes: outcome ? [outcome] : [], include_reviewed: $("bulk-reviewed").checked };
}

function bulkSummary(r) {
  const parts = [`${r.dry_run ? "Would accept" : "Accepted"} ${r.decisions} suggestion(s) on ${r.documents} document(s).`];
  if (r.already_decided) parts.push(`${r.already_decided} you had already decided stay as they are.`);
  if (r.reviewed_left) parts.push(`${r.reviewed_suggestions} on ${r.reviewed_left} document(s) marked reviewed are left alone.`);
  return parts.join(" ");
}

function bulkChanged() {  // a new question needs a new preview
  state.bulk = null;
  $("bulk-apply").hidden = true;
  $("bulk-summary").textContent = "";
}

async function bulkPreview() {
  await state.writing;
  const params = bulkParams();
  const { status, data } = await api("/api/bulk/accept", { ...params, dry_run: true });
  if (status !== 200) { toast((data && data.error) || `error ${status}`, true); return; }
  state.bulk = { params, result: data.result };
  $("bulk-summary").textContent = bulkSummary(data.result);
  $("bulk-apply").textContent = `Accept ${data.result.decisions} suggestion(s)`;
  $("bulk-apply").hidden = data.result.decisions === 0;
}

function bulkApply() {
  // in the chain of writes: a u pressed before the answer is read waits for it and undoes this batch
  if (!state.bulk) return;
  const params = state.bulk.params;
  state.bulk = null;
  $("bulk-apply").hidden = true;
  state.writing = state.writing.then(async () => {
    const { status, data } = await api("/api/bulk/accept", { ...params, dry_run: false });
    if (status !== 200) { toast((data && data.error) || `error ${status}`, true); return; }
    $("bulk-summary").textContent = bulkSummary(data.result);
    renderBatches(data.batches);
    if (data.result.batch) pushUndo(`bulk accept of ${data.result.decisions} suggestion(s)`, null, [{ op: "bulk", batch: data.result.batch }]);
    toast(`Accepted ${data.result.decisions} suggestion(s): u, or the list of bulk actions, undoes it.`);
    await afterBulk();
  }).catch((e) => toast("Not saved: the review server cannot be reached (" + e + ")", true));
  return state.writing;
}

function undoBatch(batch) {
  state.writing = state.writing.then(async () => {
    const { status, data } = await api("/api/bulk/undo", { batch });
    if (status !== 200) { toast((data && data.error) || `error ${status}`, true); return; }
    renderBatches(data.batches);
    toast(`Undone: ${data.undone.decisions} decision(s) on ${data.undone.documents} document(s).`);
    await afterBulk();
  }).catch((e) => toast("Not undone: the review server cannot be reached (" + e + ")", true));
  return state.writing;
}

async function afterBulk() {
  // the documents changed under every open view: reload the one on screen and the queue
  await loadQueue();
  if (state.sha) {
    const { status, data } = await api(`/api/doc/${state.sha}`);
    if (status === 200) setDoc(data, true);
  }
}

async function loadBatches() {
  const { status, data } = await api("/api/bulk");
  if (status === 200) renderBatches(data.batches);
}

function batchText(b) {
  const when = b.decided_at.replace("T", " ").slice(0, 16);
  const outcomes = (b.params.outcomes || []).map((o) => o.split(":").pop()).join(", ");
  const what = b.kind === "accept"
    ? `accept ≥ ${Math.round(b.params.min_confidence * 100)}%${outcomes ? " (" + outcomes + ")" : ""}`
    : "ignore the rest of one document";
  return `${what}: ${b.decisions} on ${b.documents} doc(s) · ${b.origin} · ${when}`;
}

function renderBatches(batches) {
  // a batch whose every decision was undone (here, or one document at a time with u) has nothing left to undo
  const gone = (b) => b.undone_at || b.in_force === 0;
  $("bulk-batches").replaceChildren(...(batches.length ? batches.map((b) => el("li", { "data-batch": b.batch,
      class: gone(b) ? "undone" : "" },
    el("span", { text: batchText(b) }),
    gone(b) ? el("span", { class: "muted", text: " · undone" })
      : el("button", { type: "button", class: "bulk-undo", text: "undo", onclick: () => undoBatch(b.batch) })))
    : [el("li", { class: "muted", text: "none yet" })]));
}

function highlightSelected() {
  const s = state.doc && state.doc.suggestions[state.sel];
  for (const li of $("suggestions").children) li.classList.toggle("selected", li.dataset.node === (s && s.node));
  let target = null;
  for (const m of $("doc-text").querySelectorAll("mark")) {
    const on = !!s && s.start !== null && +m.dataset.off < s.end && +m.dataset.end > s.start;
    m.classList.toggle("current", on);
    if (on && !target) target = m;
  }
  if (target) target.scrollIntoView({ block: "center", behavior: "auto" });
  const li = $("suggestions").querySelector("li.selected");
  if (li) li.scrollIntoView({ block: "nearest" });
  syncPageView();  // the page view follows the document and the selected passage
}

function select(i) {
  if (!state.doc || !state.doc.suggestions.length) return;
  state.sel = Math.max(0, Math.min(i, state.doc.suggestions.length - 1));
  highlightSelected();
}

function step(dir) {
  // the next (dir 1) or previous (-1) suggestion shown
  if (!state.doc) return;
  const idx = shownIdx(state.doc);
  if (!idx.length) return;
  const pos = idx.indexOf(state.sel);
  select(pos < 0 ? idx[0] : idx[Math.max(0, Math.min(idx.length - 1, pos + dir))]);
}

function selected() {
  const s = state.doc ? state.doc.suggestions[state.sel] : null;
  return s && isShown(s) ? s : null;
}

function codeOf(node) {
  const n = state.meta && state.meta.nodes.find((x) => x.id === node);
  return n ? n.code : String(node).split(":").pop();
}

function undo(action) {
  // u: the latest action of any kind in this tab (undoLast); an action named: that decision (the list's undo)
  if (!state.doc) return;
  if (!action) return undoLast();
  const a = state.doc.actions.find((x) => x.action === action);
  if (!a) { toast("Nothing to undo on this document."); return; }
  const node = a.verdicts[0].node;
  return write("undo", { action }).then(() => {
    const i = state.doc.suggestions.findIndex((s) => s.node === node);
    if (i >= 0) select(i);  // back to the suggestion the undone decision was about
  });
}

function decide(kind) {
  const s = selected();
  if (!s) return;
  const sha = state.doc.sha256;
  const write_ = write("decide", { kind, node: s.node }, (data) => {
    pushUndo(`${kind} ${s.code}`, sha, [{ op: "undo", action: data.action, node: s.node }]);
  });
  // shown at once (the server's answer replaces it), and on to the next undecided suggestion shown
  s.verdict = kind === "accept" ? "accepted" : "rejected";
  const next = state.doc.suggestions.findIndex((x, i) => i > state.sel && !x.verdict && isShown(x));
  if (next >= 0) state.sel = next;
  renderDoc();
  return write_;
}

async function markReviewed() {
  // the done rule: every suggestion shown is decided, or the doctor ignores the rest (recorded as rejections);
  // marking a document with no decision at all is confirmed first. False: the doctor cancelled.
  const doc = state.doc;
  const open = openShown(doc).length;
  const decided = hasDecision(doc);
  if (open || !decided) {
    const ok = await confirmBox(
      decided ? `${open} suggestion(s) shown are not decided` : "No decision on this document yet",
      open ? `Mark it reviewed by ignoring the rest: the ${open} undecided suggestion(s) shown are rejected` +
             (decided ? "." : ", and nothing is confirmed from this document.") +
             " Press u afterwards to undo both."
           : "Nothing is confirmed from this document. Mark it reviewed anyway?",
      open ? "Ignore the rest and mark reviewed" : "Mark reviewed");
    if (!ok) return false;
  }
  const sha = doc.sha256;
  const steps = [];
  if (open) {
    const batch = await ignoreRest(true);
    if (!batch) return false;
    steps.push({ op: "undo", action: batch });
  }
  let marked = false;
  await write("reviewed", { reviewed: true }, () => { marked = true; });
  if (marked) steps.push({ op: "reviewed", reviewed: false });
  if (steps.length) pushUndo(marked ? (open ? "ignore the rest and mark reviewed" : "mark reviewed") : "ignore the rest", sha, steps);
  return marked;
}

async function move(step, markReviewed_) {
  if (markReviewed_ && state.doc && !state.doc.reviewed) {
    await state.writing;
    if (!(await markReviewed())) return;
  }
  await state.writing;
  const idx = state.items.findIndex((it) => it.sha256 === state.sha);
  let target = null;
  if (markReviewed_) {  // the next document not yet reviewed, after this one (wrapping round)
    const open = (it) => it.state !== "reviewed" && it.sha256 !== state.sha;
    target = state.items.slice(idx + 1).find(open);
    while (!target && await loadMore()) target = state.items.slice(idx + 1).find(open);
    if (!target) target = state.items.slice(0, Math.max(idx, 0)).find(open);
    if (!target) { toast("Every document in this view is reviewed."); return; }
  } else {
    if (idx + step >= state.items.length) await loadMore();
    target = state.items[idx + step] || null;
  }
  if (target) openDoc(target.sha256);
}

// ------------------------------------------------------------------ selection in the text

function textSelection() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const box = $("doc-text");
  const off = (node, offset) => {
    const host = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const seg = host && host.closest("[data-off]");
    if (!seg || !box.contains(seg)) return null;
    return +seg.dataset.off + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const a = off(sel.anchorNode, sel.anchorOffset), b = off(sel.focusNode, sel.focusOffset);
  if (a === null || b === null) return null;
  const start = Math.min(a, b), end = Math.max(a, b);
  const excerpt = state.doc.text.slice(start, end).trim();
  return excerpt ? { start, end, excerpt: excerpt.slice(0, 2000) } : null;
}

// ------------------------------------------------------------------ capability picker

function openPicker(mode) {
  if (!state.doc) return;
  const s = selected();
  if (mode === "change" && !s) mode = "add";
  const sel = mode === "add" ? textSelection() : null;
  state.picker = { mode, active: 0, matches: [], sel, status: "", weak: false, pending: null, timer: null, seq: 0 };
  $("picker-title").textContent = mode === "change" ? `Another capability instead of ${s.code}` : "Add a mapping the tool missed";
  $("picker-note").textContent = mode === "change"
    ? "The suggestion is rejected and the capability you pick is confirmed, with the same supporting passage."
    : sel ? `Supporting excerpt: “${sel.excerpt.slice(0, 160)}${sel.excerpt.length > 160 ? "…" : ""}”`
          : "Tip: select a passage in the text before pressing m to keep it as the supporting excerpt.";
  $("picker").hidden = false;
  const input = $("picker-input");
  input.value = "";
  $("picker-curriculum").hidden = state.meta.curricula.length < 2;
  filterPicker();
  input.focus();
}

function closePicker() {
  if (state.picker) clearTimeout(state.picker.timer);
  $("picker-input").blur();  // keys go back to the review
  $("picker").hidden = true;
  state.picker = null;
}

function filterPicker() {
  // debounced: the server's search (keywords, synonyms and meaning) runs once the doctor pauses typing
  const p = state.picker;
  if (!p) return;
  clearTimeout(p.timer);
  p.pending = new Promise((resolve) => { p.timer = setTimeout(() => runSearch().then(resolve), 120); });
}

async function runSearch() {
  const p = state.picker;
  if (!p) return;
  const seq = (p.seq = (p.seq || 0) + 1);
  const params = new URLSearchParams({ q: $("picker-input").value, limit: "300" });
  const cur = $("picker-curriculum").value;
  if (cur) params.set("curriculum", cur);
  let answer;
  try {
    answer = await api(`/api/search?${params}`);
  } catch (e) {
    answer = { status: 0, data: { error: "the review server cannot be reached" } };
  }
  if (state.picker !== p || seq !== p.seq) return;  // closed, or a newer search is on its way
  const { status, data } = answer;
  if (status !== 200) {
    p.matches = [];
    p.status = (data && data.error) || `error ${status}`;
    p.weak = true;
  } else {
    p.matches = data.results;
    p.status = data.message || (data.query && !data.results.length ? "Nothing found." : "");
    p.weak = data.weak;
    p.semantic = data.semantic;
  }
  p.active = 0;
  renderPicker();
}

const FIELD_LABEL = { "typical evidence": "typical evidence", description: "description", title: "title",
                      code: "code", meaning: "close in meaning" };

function whyMatched(n) {
  // "matched in typical evidence: DOPS for <mark>chest drain</mark>…" built from text nodes (never innerHTML)
  const m = n.match || {};
  if (!m.kind || m.kind === "all") return null;
  let label = FIELD_LABEL[m.field] || m.field;
  if (m.kind === "synonym") label += ` (as \u201c${m.via}\u201d)`;
  else if (m.kind === "related") label += ` (related: ${m.via})`;
  else if (m.kind === "partial") label += " (some words)";
  const why = el("div", { class: "why why-" + m.kind, "data-field": m.field }, el("span", { class: "why-field", text: label }));
  if (m.field !== "meaning" && m.field !== "title" && m.field !== "code" && m.text) {
    const text = el("span", { class: "why-text" });
    let at = 0;
    for (const [a, b] of m.spans || []) {
      if (a < at) continue;
      text.append(m.text.slice(at, a), el("mark", { text: m.text.slice(a, b) }));
      at = b;
    }
    text.append(m.text.slice(at));
    why.append(": ", text);
  }
  return why;
}

function renderPicker() {
  const p = state.picker;
  const list = $("picker-list");
  const status = $("picker-status");
  status.textContent = p.status || "";
  status.hidden = !p.status;
  status.className = p.weak ? "weak" : "";
  const many = state.meta.curricula.length > 1;
  list.replaceChildren(...p.matches.map((n, i) => el("li", {
    class: (i === p.active ? "active " : "") + (n.level > 1 ? "lvl2" : ""),
    "data-node": n.id,
    onclick: () => { p.active = i; choosePicker(); },
  }, el("span", { class: "code", text: n.code }), el("span", { class: "title", text: n.title }),
     many ? el("span", { class: "cur", text: n.curriculum }) : null, whyMatched(n))));
  const act = list.children[p.active];
  if (act) act.scrollIntoView({ block: "nearest" });
}

async function choosePicker(fromKey) {
  let p = state.picker;
  if (fromKey && p && p.pending) {
    await p.pending;  // Enter right after typing: choose from the answer to what was typed
    if (state.picker !== p) return;
  }
  if (!p || !p.matches.length) return;
  const node = p.matches[p.active];
  const s = selected();
  closePicker();
  const sha = state.doc.sha256;
  if (p.mode === "change") {
    write("decide", { kind: "change", node: s.node, new_node: node.id }, (data) => {
      pushUndo(`change capability ${s.code} → ${node.code}`, sha, [{ op: "undo", action: data.action, node: s.node }]);
    });
  } else {
    write("decide", { kind: "add", node: node.id, ...(p.sel || {}) }, (data) => {
      pushUndo(`add mapping ${node.code}`, sha, [{ op: "undo", action: data.action }]);
    });
  }
}

// ------------------------------------------------------------------ redaction review

function setView(view) {
  state.view = view;
  $("redaction").hidden = view !== "redaction";
  $("mapping-body").hidden = view === "redaction";
  $("view-mapping").setAttribute("aria-selected", view === "mapping");
  $("view-redaction").setAttribute("aria-selected", view === "redaction");
  if (state.sha) history.replaceState(null, "", "#doc=" + state.sha + (view === "redaction" ? "&view=redaction" : ""));
  if (view === "redaction") loadRedaction();
}

async function loadRedaction() {
  if (!state.sha) return;
  const sha = state.sha;
  const { status, data } = await api(`/api/doc/${sha}/redaction`);
  if (sha !== state.sha) return;
  // a reading that a write has overtaken (its answer already on screen) must not put the older flags back
  if (status === 200 && state.red && state.red.sha256 === sha && typeof data.version === "number"
      && typeof state.red.version === "number" && data.version < state.red.version) return;
  if (status !== 200) {
    state.red = null;
    $("red-pages").replaceChildren(el("p", { class: "empty", text: data.error || "no redaction view for this document" }));
    return;
  }
  state.red = data;
  renderRedaction();
}

const RED_LABEL = { redact: "redaction edit: remove", keep: "redaction edit: keep", keep_picture: "redaction edit: keep a picture",
                    paint_picture: "redaction edit: paint a picture", paint_area: "redaction edit: paint an area",
                    verified: "mark redaction verified", unverified: "redaction no longer verified" };

function redWrite(payload) {
  state.writing = state.writing.then(async () => {
    if (!state.red) await loadRedaction();  // still loading (the document was just opened): wait for it
    if (!state.red) { toast("Not saved: the redaction view of this document could not be loaded.", true); return; }
    const version = state.doc ? state.doc.version : state.red.version;
    const sha = state.red.sha256;
    const { status, data } = await api(`/api/doc/${sha}/redaction`, { version, ...payload });
    if (status === 200 && data.action && payload.kind !== "undo") {
      const label = (RED_LABEL[payload.kind] || "redaction edit") +
        (payload.text && (payload.kind === "redact" || payload.kind === "keep") ? ` “${payload.text}”` : "");
      pushUndo(label, sha, [{ op: "redaction", action: data.action }]);
    }
    if (data && data.doc) setDoc(data.doc, true);
    if (data && data.redaction) { state.red = data.redaction; renderRedaction(); }
    if (status === 409) toast(data.message || "changed in another tab: reloaded", true);
    else if (status !== 200) toast((data && data.error) || `error ${status}`, true);
    loadQueue();
  }).catch((e) => toast("Not saved: the review server cannot be reached (" + e + ")", true));
  return state.writing;
}

function redactText(text, flag) {
  return redWrite({ kind: "redact", text, type: $("red-type").value, flag: flag || null });
}

function keepText(text, flag) {
  const reason = window.prompt(`Why does “${text}” stay in the upload? (for example: assessor's name, drug name, place)`, "");
  if (reason === null) return Promise.resolve();
  if (!reason.trim()) { toast("Say why it stays: nothing was changed.", true); return Promise.resolve(); }
  return redWrite({ kind: "keep", text, reason, flag: flag || null });
}

async function checkCopy() {
  if (!state.red) return;
  $("red-status").textContent = "making the copy and reading it again…";
  $("red-check").disabled = true;
  try {
    await state.writing;
    const { status, data } = await api(`/api/doc/${state.red.sha256}/check`, { version: state.doc.version });
    if (data && data.doc) setDoc(data.doc, true);
    if (data && data.redaction) { state.red = data.redaction; renderRedaction(); }
    if (status !== 200) toast((data && data.error) || `error ${status}`, true);
    else toast(state.red.flags.length ? `${state.red.flags.length} flag(s) to resolve` : "Checked: nothing left that looks like an identifier.");
  } finally {
    $("red-check").disabled = false;
  }
}

function renderRedaction() {
  const r = state.red;
  if (!r) return;
  const open = r.flags.length;
  $("red-chip").textContent = r.verified_at ? "verified" : open ? `${open} flag(s)` : r.check_current ? "checked" : "not checked";
  $("red-chip").className = "chip " + (r.verified_at ? "ok" : open ? "warn" : "");
  $("red-status").textContent = r.verified_at ? `verified ${r.verified_at.replace("T", " ").slice(0, 16)}`
    : r.checked_at ? `last checked ${r.checked_at.replace("T", " ").slice(0, 16)}${r.check_current ? "" : " (changed since: check again)"}`
    : "not checked yet: press “Check copy now”";
  $("red-verify").disabled = !!r.verified_at || open > 0 || !r.check_current;

  const pages = $("red-pages");
  pages.replaceChildren();
  const original = $("red-original").checked;
  r.pages.forEach((p) => {
    const label = p.picture ? `picture ${p.index}` : `page ${p.index + 1}`;
    if (p.image) {
      const wrap = el("div", { class: "page", "data-page": p.index });
      const img = el("img", { alt: label + (original ? " (original)" : " as it will be uploaded"),
                              src: `/api/doc/${r.sha256}/page/${p.index}.png?v=${r.version}${original ? "&original=1" : ""}` });
      wrap.append(img);
      for (const w of p.words || []) {
        const [x0, y0, x1, y1, removed, text] = w;
        const box = el("button", { type: "button", class: "word" + (removed ? " removed" : ""), "data-text": text,
          title: removed ? `removed: click to put “${text}” back` : `click to remove “${text}”`,
          onclick: () => (removed ? keepText(text) : redactText(text)) });
        Object.assign(box.style, { left: 100 * x0 + "%", top: 100 * y0 + "%", width: 100 * (x1 - x0) + "%", height: 100 * (y1 - y0) + "%" });
        wrap.append(box);
      }
      for (const g of p.regions) {
        const box = el("div", { class: "region " + g.kind + (g.painted ? " painted" : ""), title: `${g.kind} (${g.label})` });
        Object.assign(box.style, { left: 100 * g.box[0] + "%", top: 100 * g.box[1] + "%",
                                   width: 100 * (g.box[2] - g.box[0]) + "%", height: 100 * (g.box[3] - g.box[1]) + "%" });
        wrap.append(box);
      }
      pages.append(el("h3", { text: label }), wrap);
    } else {
      const box = el("div", { class: "red-text" });
      for (const [text, type] of p.segments || []) {
        if (type) {
          box.append(el("mark", { class: "removed", text: `[${type}] ${text}`, "data-text": text,
                                  title: "removed: click to put it back", onclick: () => keepText(text) }));
        } else {
          for (const part of text.split(/(\s+)/)) {
            if (!part) continue;
            if (/^\s+$/.test(part)) box.append(part);
            else box.append(el("span", { class: "w", text: part, "data-text": part, title: "click to remove",
                                         onclick: () => redactText(part.replace(/^[(\[“"']+|[)\],.;:”"']+$/g, "")) }));
          }
        }
      }
      pages.append(el("h3", { text: label + " (text)" }), box);
    }
  });

  $("red-flag-count").textContent = open ? `(${open} open)` : r.checked_at ? "(none open)" : "";
  $("red-flags").replaceChildren(...(open ? r.flags.map((f) => el("li", { class: "flag", "data-key": f.key },
    el("div", {}, el("b", { text: f.text }), el("span", { class: "muted", text: ` · ${f.label}${f.page ? " · page " + f.page : ""}` })),
    f.context ? el("div", { class: "context", text: "… " + f.context + " …" }) : null,
    el("div", { class: "buttons" }, ...flagButtons(f))))
    : [el("li", { class: "muted", text: r.checked_at ? "Nothing flagged in the last check." : "Press “Check copy now” to read the copy again." })]));

  const pics = [];
  r.pages.forEach((p) => p.regions.forEach((g) => {
    pics.push(el("li", {}, el("span", { text: `${g.kind} on ${p.picture ? "picture " + p.index : "page " + (p.index + 1)}: ${g.painted ? "painted over" : "kept"}` }),
      g.kind === "picture" ? el("button", { type: "button", text: g.painted ? "keep it" : "paint it",
        onclick: () => redWrite({ kind: g.painted ? "keep_picture" : "paint_picture", page: p.index, region: g.index }) }) : null));
  }));
  $("red-pictures").replaceChildren(...(pics.length ? pics : [el("li", { class: "muted", text: "no codes or pictures found" })]));

  $("red-removed-count").textContent = `(${r.removed.length})`;
  $("red-removed").replaceChildren(...r.removed.map((x) => el("li", {},
    el("span", { class: "code", text: x.type }), el("span", { text: ` ${x.text}` + (x.count > 1 ? ` ×${x.count}` : "") }),
    el("button", { type: "button", text: "put back", onclick: () => keepText(x.text) }))));
  $("red-decisions").replaceChildren(...r.decisions.filter((d) => !d.undone).map((d) => el("li", {},
    el("span", { text: `${d.kind}${d.text ? " “" + d.text + "”" : ""}${d.reason ? " (" + d.reason + ")" : ""}` }),
    el("time", { text: d.decided_at.replace("T", " ").slice(0, 16) }),
    el("button", { type: "button", text: "undo", onclick: () => redWrite({ kind: "undo", action: d.action }) }))));
}

function flagButtons(f) {
  // what the doctor can do about a flag: remove the text, paint a code, leave a picture painted, or keep it
  if (f.kind === "code" && f.box) {
    return [el("button", { type: "button", class: "flag-redact", text: "Paint it",
      onclick: () => redWrite({ kind: "paint_area", page: Math.max(0, f.page - 1), text: f.box.join(","), flag: f.key }) })];
  }
  if (f.kind === "picture") {
    return [el("button", { type: "button", class: "flag-keep", text: "Leave it painted",
      onclick: () => redWrite({ kind: "paint_picture", ...pictureOf(f), flag: f.key }) })];
  }
  const buttons = [];
  if (f.kind !== "object") {
    buttons.push(el("button", { type: "button", class: "flag-redact", text: "Redact it", onclick: () => redactText(f.text, f.key) }));
  }
  buttons.push(el("button", { type: "button", class: "flag-keep", text: f.kind === "object" ? "Checked it…" : "Keep it…",
    onclick: () => keepText(f.text, f.key) }));
  return buttons;
}

function pictureOf(flag) {
  const m = /page (\d+) picture (\d+)/.exec(flag.text || "");
  return m ? { page: +m[1] - 1, region: +m[2] - 1 } : {};
}

// ------------------------------------------------------------------ which suggestions are shown; when a document is done

function isShown(s) {
  // at or above the workspace's threshold, or decided (a decision is never hidden), or every one when asked
  return state.showAll || !!s.verdict || s.confidence >= state.minConf;
}

function shownIdx(doc) {
  const out = [];
  doc.suggestions.forEach((s, i) => { if (isShown(s)) out.push(i); });
  return out;
}

function openShown(doc) {
  return doc.suggestions.filter((s) => isShown(s) && !s.verdict);
}

function hasDecision(doc) {
  return doc.suggestions.some((s) => s.verdict) || doc.others.length > 0;
}

async function loadSettings() {
  const { status, data } = await api("/api/settings");
  if (status === 200) state.minConf = data.min_confidence;
  $("min-conf").value = Math.round(state.minConf * 100);
}

async function saveThreshold() {
  const value = Math.max(0, Math.min(100, +$("min-conf").value || 0)) / 100;
  const { status, data } = await api("/api/settings", { min_confidence: value });
  if (status !== 200) { toast((data && data.error) || `error ${status}`, true); return; }
  state.minConf = data.min_confidence;
  $("min-conf").value = Math.round(state.minConf * 100);
  if (state.doc) setDoc(state.doc, true);
  toast(`Suggestions from ${pct(state.minConf)} are shown (in this workspace).`);
}

// ------------------------------------------------------------------ the confirm box

function confirmBox(title, text, ok) {
  // the page's own dialog (not window.confirm): resolves true (Enter, or the first button) or false (Esc, Cancel)
  if (state.confirm) answerConfirm(false);
  $("confirm-title").textContent = title;
  $("confirm-text").textContent = text;
  $("confirm-ok").textContent = ok;
  $("confirm").hidden = false;
  $("confirm-ok").focus();
  return new Promise((resolve) => { state.confirm = resolve; });
}

function answerConfirm(yes) {
  const resolve = state.confirm;
  state.confirm = null;
  $("confirm").hidden = true;
  if (document.activeElement && $("confirm").contains(document.activeElement)) document.activeElement.blur();
  if (resolve) resolve(yes);
}

// ------------------------------------------------------------------ undo: the latest action of any kind, in order

// Each action done in this tab is pushed as {label, sha, steps}: what undoes it (a decision's or a batch's action
// id, the title and description in force before, the reviewed mark, a redaction decision's id, a bulk batch).
// Kept in sessionStorage, so a reload keeps it; u pops the latest and names it in the toast.
const UNDO_KEY = "cesr-undo";
const UNDO_MAX = 200;

function undoStack() {
  try { return JSON.parse(sessionStorage.getItem(UNDO_KEY) || "[]"); } catch (e) { return []; }
}

function saveUndo(stack) {
  try { sessionStorage.setItem(UNDO_KEY, JSON.stringify(stack.slice(-UNDO_MAX))); } catch (e) { /* full: keep going */ }
}

function pushUndo(label, sha, steps) {
  const stack = undoStack();
  stack.push({ label, sha, steps });
  saveUndo(stack);
}

function undoLast() {
  state.writing = state.writing.then(async () => {
    const stack = undoStack();
    const entry = stack.pop();
    if (!entry) { toast("Nothing to undo in this tab: older decisions have their own undo in the lists."); return; }
    saveUndo(stack);
    if (entry.sha && entry.sha !== state.sha) {  // done on another document: back to it first
      await openDoc(entry.sha);
      if (state.sha !== entry.sha) { toast(`Cannot undo ${entry.label}: its document cannot be opened`, true); return; }
    }
    for (const s of [...entry.steps].reverse()) {
      const { status, data } = await undoStep(s);
      if (status === 409) {
        saveUndo([...undoStack(), entry]);  // still to undo, on the fresh version
        toast("Changed in another tab: reloaded. Press u again to undo " + entry.label + ".", true);
        return;
      }
      if (status !== 200) { toast(`Could not undo ${entry.label}: ${(data && data.error) || "error " + status}`, true); return; }
    }
    const node = (entry.steps.find((s) => s.node) || {}).node;
    const i = node && state.doc ? state.doc.suggestions.findIndex((s) => s.node === node) : -1;
    if (i >= 0) select(i);  // back to the suggestion the undone decision was about
    toast("Undid: " + entry.label);
  }).catch((e) => toast("Not undone: the review server cannot be reached (" + e + ")", true));
  return state.writing;
}

async function undoStep(s) {
  // one step of an undo, on the document on screen (or workspace-wide: a bulk batch)
  let answer;
  if (s.op === "bulk") {
    answer = await api("/api/bulk/undo", { batch: s.batch });
    if (answer.status === 200) { renderBatches(answer.data.batches); await afterBulk(); }
    return answer;
  }
  const sha = state.doc.sha256;
  const body = s.op === "redaction" ? { kind: "undo", action: s.action }
    : s.op === "undo" ? { action: s.action }
    : s.op === "describe" ? { title: s.title, description: s.description }
    : { reviewed: s.reviewed };
  if (s.op === "describe") { state.packDirty = null; state.packTyped.clear(); }  // show what is in force again
  answer = await api(`/api/doc/${sha}/${s.op === "redaction" ? "redaction" : s.op}`, { version: state.doc.version, ...body });
  const { data } = answer;
  if (data && data.doc) setDoc(data.doc, true);
  if (data && data.redaction) { state.red = data.redaction; if (state.view === "redaction") renderRedaction(); }
  loadQueue();
  if (s.op === "undo") loadBatches();
  return answer;
}

// ------------------------------------------------------------------ misc

let toastTimer = null;
function toast(msg, warn) {
  const t = $("toast");
  t.textContent = msg;
  t.className = warn ? "warn" : "";
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, warn ? 6000 : 2500);
}

function onKey(e) {
  if (state.confirm) {  // the confirm box: Enter says yes, Esc no; Tab moves between its buttons
    if (e.key === "Enter") { e.preventDefault(); answerConfirm(document.activeElement !== $("confirm-cancel")); }
    else if (e.key === "Escape") { e.preventDefault(); answerConfirm(false); }
    return;
  }
  if (!$("help").hidden) {
    if (e.key === "Escape" || e.key === "?") { $("help").hidden = true; e.preventDefault(); }
    return;
  }
  if (state.picker) {
    const p = state.picker;
    if (e.key === "Escape") { closePicker(); e.preventDefault(); }
    else if (e.target && e.target.tagName === "SELECT") return;  // the curriculum list keeps its own keys
    else if (e.key === "ArrowDown") { p.active = Math.min(p.active + 1, p.matches.length - 1); renderPicker(); e.preventDefault(); }
    else if (e.key === "ArrowUp") { p.active = Math.max(p.active - 1, 0); renderPicker(); e.preventDefault(); }
    else if (e.key === "Enter") { choosePicker(true); e.preventDefault(); }
    return;
  }
  const tag = (e.target && e.target.tagName) || "";
  if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
    const pack = e.target.id === "pack-title" || e.target.id === "pack-description";
    if (pack && e.key === "Enter" && (e.target.id === "pack-title" || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      savePack(false);
      e.target.blur();
    } else if (e.key === "Escape") e.target.blur();
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (state.view === "redaction") {
    const red = { x: () => setView("mapping"), c: () => checkCopy(), "?": () => { $("help").hidden = false; }, u: () => undo(),
                  v: () => redWrite({ kind: "verified" }), s: () => move(1, false), p: () => move(-1, false) };
    const f = red[e.key];
    if (f) { e.preventDefault(); f(); }
    return;
  }
  const actions = {
    x: () => setView("redaction"),
    j: () => step(1), ArrowDown: () => step(1),
    k: () => step(-1), ArrowUp: () => step(-1),
    a: () => decide("accept"), r: () => decide("reject"),
    c: () => openPicker("change"), m: () => openPicker("add"),
    u: () => undo(),
    n: () => move(1, true), Enter: () => move(1, true),
    s: () => move(1, false), p: () => move(-1, false),
    t: () => editTitle(),
    i: () => ignoreRest(),
    "/": () => $("f-outcome").focus(),
    "?": () => { $("help").hidden = false; },
  };
  const fn = actions[e.key];
  if (fn) { e.preventDefault(); fn(); }
}

async function init() {
  const { status, data } = await api("/api/meta");
  if (status !== 200) { document.body.textContent = "Forbidden: open the address printed by 'cesr review'."; return; }
  state.meta = data;
  $("ws-name").textContent = "· " + data.workspace + (data.applicant ? " · " + data.applicant : "");
  for (const o of data.outcomes) {
    $("f-outcome").append(el("option", { value: o.id, text: `${o.code} ${o.title.slice(0, 50)}` }));
    $("bulk-outcome").append(el("option", { value: o.id, text: `${o.code} ${o.title.slice(0, 40)}` }));
  }
  for (const [k, label] of Object.entries(data.evidence_types)) $("f-type").append(el("option", { value: k, text: label.slice(0, 48) }));
  if (data.unsuggested) {
    const b = $("banner");
    b.replaceChildren(`${data.unsuggested} document(s) have no suggestions yet. Run `, el("code", { text: data.suggest_command }), " and reload.");
    b.hidden = false;
  }
  try {
    const saved = JSON.parse(localStorage.getItem("cesr-filters") || "{}");
    for (const [k, id] of [["sort", "sort"], ["order", "order"], ["outcome", "f-outcome"], ["type", "f-type"], ["state", "f-state"]]) {
      if (saved[k] !== undefined && [...$(id).options].some((o) => o.value === saved[k])) $(id).value = saved[k];
    }
  } catch (e) { /* ignore */ }
  for (const id of ["sort", "order", "f-outcome", "f-type", "f-state"]) $(id).addEventListener("change", () => { loadQueue(true); $(id).blur(); });
  $("queue").addEventListener("scroll", () => {
    const q = $("queue");
    if (q.scrollTop + q.clientHeight >= q.scrollHeight - 200) loadMore();
  });
  $("picker-input").addEventListener("input", filterPicker);
  for (const c of data.curricula) $("picker-curriculum").append(el("option", { value: c.id, text: c.title }));
  $("picker-curriculum").addEventListener("change", () => { filterPicker(); $("picker-input").focus(); });
  $("help-button").addEventListener("click", () => { $("help").hidden = false; });
  $("view-mapping").addEventListener("click", () => setView("mapping"));
  $("view-redaction").addEventListener("click", () => setView("redaction"));
  $("red-check").addEventListener("click", () => checkCopy());
  $("red-verify").addEventListener("click", () => redWrite({ kind: "verified" }));
  $("red-original").addEventListener("change", () => renderRedaction());
  for (const id of ["pack-title", "pack-description"]) {
    $(id).addEventListener("input", () => {
      if (state.packDirty !== state.sha) state.packTyped.clear();
      state.packDirty = state.sha;
      state.packTyped.add(id);
    });
  }
  $("pack-save").addEventListener("click", () => savePack(false));
  $("pack-reset").addEventListener("click", () => { state.packDirty = null; savePack(true); });
  $("ignore-rest").addEventListener("click", () => ignoreRest());
  for (const id of ["bulk-min", "bulk-outcome", "bulk-reviewed"]) {
    $(id).addEventListener("input", bulkChanged);
    $(id).addEventListener("change", bulkChanged);
  }
  $("bulk-preview").addEventListener("click", () => bulkPreview());
  $("bulk-apply").addEventListener("click", () => bulkApply());
  const foldQueue = (folded) => {
    document.body.classList.toggle("queue-folded", folded);
    $("queue-toggle").setAttribute("aria-expanded", String(!folded));
    localStorage.setItem("cesr-queue-folded", folded ? "1" : "0");
  };
  foldQueue(localStorage.getItem("cesr-queue-folded") === "1");
  $("queue-toggle").addEventListener("click", () => { foldQueue(!document.body.classList.contains("queue-folded")); $("queue-toggle").blur(); });
  $("min-conf").addEventListener("change", () => saveThreshold());
  $("show-all").checked = state.showAll = localStorage.getItem("cesr-show-all") === "1";
  $("show-all").addEventListener("change", () => {
    state.showAll = $("show-all").checked;
    localStorage.setItem("cesr-show-all", state.showAll ? "1" : "0");
    $("show-all").blur();
    if (state.doc) setDoc(state.doc, true);
  });
  $("confirm-ok").addEventListener("click", () => answerConfirm(true));
  $("confirm-cancel").addEventListener("click", () => answerConfirm(false));
  await loadSettings();
  loadBatches();
  document.addEventListener("keydown", onKey);
  await loadQueue(true);
  if (/view=redaction/.test(location.hash)) setView("redaction");
  const m = location.hash.match(/doc=([0-9a-f]{64})/);
  const first = m ? m[1] : (state.items.find((it) => it.state !== "reviewed") || state.items[0] || {}).sha256;
  if (first) openDoc(first, true);
}

document.addEventListener("DOMContentLoaded", init);

// ------------------------------------------------------------------ page view
// The document's page beside its text (o): the copy as it will be uploaded (the boxes painted black by the server,
// the same painting as the copy), or the original on request, with the removed words' boxes and the selected
// suggestion's passage drawn over it. Served only by this server, behind the session's token; never stored by the
// browser (no-store). Opening another document always goes back to the painted page.

const pageView = {
  on: false,
  sha: null,        // the document whose layout is loaded
  version: null,    // ... at this version
  data: null,       // GET /api/doc/<sha>/pages
  at: 0,            // index into data.pages
  passageKey: null, // the passage last followed to its page
  seq: 0,
};

function pvHash(value) {
  // a short fingerprint of the painted boxes: a new painting is a new address (the browser keeps nothing)
  let h = 0;
  for (const c of JSON.stringify(value)) h = (h * 31 + c.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
}

function togglePageView(on) {
  pageView.on = on === undefined ? !pageView.on : on;
  localStorage.setItem("cesr-page-view", pageView.on ? "1" : "0");
  if (pageView.on && state.view !== "mapping") setView("mapping");
  $("page-view").hidden = !pageView.on;
  $("mapping-body").classList.toggle("pv-on", pageView.on);
  $("page-toggle").setAttribute("aria-pressed", pageView.on);
  if (pageView.on) syncPageView();
}

function syncPageView() {
  // called whenever the document or the selected suggestion changes (highlightSelected)
  if (!pageView.on || !state.doc) return;
  if (pageView.sha !== state.doc.sha256 || pageView.version !== state.doc.version) loadPageView();
  else followPassage();
}

async function loadPageView() {
  const doc = state.doc;
  const seq = ++pageView.seq;
  const fresh = pageView.sha !== doc.sha256;
  if (fresh) {
    pageView.data = null;
    pageView.at = 0;
    pageView.passageKey = null;
    $("pv-original").checked = false;  // another document: the painted page first
    $("pv-frame").replaceChildren();
    $("pv-where").textContent = "loading the page…";
  }
  const { status, data } = await api(`/api/doc/${doc.sha256}/pages`);
  if (seq !== pageView.seq) return;
  pageView.sha = doc.sha256;
  pageView.version = doc.version;
  if (status !== 200) {
    pageView.data = { pages: [], passages: [], message: (data && data.error) || `the page view failed (${status})` };
  } else {
    pageView.data = data;
  }
  pageView.at = Math.min(pageView.at, Math.max(0, pageView.data.pages.length - 1));
  if (fresh) followPassage(true); else renderPageView();
}

function selectedPassage() {
  const s = selected();
  if (!s || !pageView.data || s.start === null || s.start === undefined) return null;
  return pageView.data.passages.find((p) => p.start === s.start && p.end === s.end) || null;
}

function followPassage(force) {
  // a newly selected suggestion whose passage is on another page brings that page up
  const p = selectedPassage();
  const key = p ? p.start + ":" + p.end : null;
  if ((force || key !== pageView.passageKey) && p && p.pages.length) {
    const onPage = pageView.data.pages.findIndex((g) => g.index === p.pages[0].page);
    const shown = pageView.data.pages[pageView.at];
    if (onPage >= 0 && !(shown && p.pages.some((x) => x.page === shown.index))) pageView.at = onPage;
  }
  pageView.passageKey = key;
  renderPageView();
}

function box(cls, b, title) {
  const d = el("div", { class: cls, title });
  Object.assign(d.style, { left: 100 * b[0] + "%", top: 100 * b[1] + "%",
                           width: 100 * (b[2] - b[0]) + "%", height: 100 * (b[3] - b[1]) + "%" });
  return d;
}

function renderPageView() {
  const data = pageView.data;
  if (!data || !state.doc) return;
  const pages = data.pages;
  const message = $("pv-message");
  message.textContent = data.message || "";
  message.hidden = !data.message;
  $("pv-prev").disabled = pageView.at <= 0;
  $("pv-next").disabled = pageView.at >= pages.length - 1;
  const frame = $("pv-frame");
  if (!pages.length) {
    frame.replaceChildren();
    $("pv-where").textContent = "no page image";
    $("pv-note").textContent = "";
    return;
  }
  const page = pages[pageView.at];
  const noun = page.picture ? "picture" : "page";
  $("pv-where").textContent = `${noun} ${pageView.at + 1} of ${pages.length}`;
  const original = $("pv-original").checked;
  const scale = window.devicePixelRatio >= 1.5 ? 2 : 1;
  const src = `/api/doc/${data.sha256}/page/${page.index}.png?scale=${scale}` +
    (original ? "&original=1" : `&p=${pvHash(page.redacted)}`);
  let wrap = frame.querySelector(".pv-page");
  if (!wrap || wrap.dataset.src !== src) {  // a new image only when the page or its painting changed: no flicker
    wrap = el("div", { class: "pv-page" + (original ? " original" : ""), "data-page": page.index, "data-src": src });
    const img = el("img", { alt: `${noun} ${pageView.at + 1}` + (original ? " (the original)" : " as it will be uploaded") });
    img.addEventListener("error", async () => {
      // the answer says why (a file moved since it was added, a page that cannot be rendered): show it
      const { status, data: err } = await api(src);
      if (!wrap.isConnected) return;
      wrap.replaceChildren(el("p", { class: "pv-error", text: (err && err.error) || `the page could not be shown (${status})` }));
    });
    img.addEventListener("load", () => wrap.classList.add("loaded"));
    img.src = src;
    wrap.append(img);
    frame.replaceChildren(wrap);
  }
  for (const old of wrap.querySelectorAll(".pv-redact, .pv-passage")) old.remove();
  for (const b of page.redacted) wrap.append(box("pv-redact", b, original ? "removed in the copy" : null));
  const p = selectedPassage();
  const here = p ? p.pages.find((x) => x.page === page.index) : null;
  for (const b of here ? here.boxes : []) wrap.append(box("pv-passage", b, "the selected suggestion's passage"));
  let note = "";
  if (p && !p.pages.length) note = "the selected passage has no words drawn on a page";
  else if (p && !here) {
    const where = p.pages.map((x) => pages.findIndex((g) => g.index === x.page) + 1).filter((n) => n > 0);
    note = `the selected passage is on ${noun} ${where.join(", ")}`;
  } else if (p) note = "the selected passage is outlined";
  $("pv-note").textContent = note;
}

function pageStep(step) {
  if (!pageView.on || !pageView.data) return;
  const next = Math.max(0, Math.min(pageView.at + step, pageView.data.pages.length - 1));
  if (next === pageView.at) return;
  pageView.at = next;
  renderPageView();
  $("pv-frame").scrollTop = 0;
}

function onPageKey(e) {
  // o, [ and ]: the page view's keys, beside the review's own (onKey)
  if (!$("help").hidden || state.picker || state.view !== "mapping" || !state.doc) return;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const tag = (e.target && e.target.tagName) || "";
  if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
  const f = { o: () => togglePageView(), "[": () => pageStep(-1), "]": () => pageStep(1) }[e.key];
  if (f) { e.preventDefault(); f(); }
}

function initPageView() {
  $("page-toggle").addEventListener("click", () => togglePageView());
  $("pv-prev").addEventListener("click", () => pageStep(-1));
  $("pv-next").addEventListener("click", () => pageStep(1));
  $("pv-original").addEventListener("change", () => { renderPageView(); $("pv-original").blur(); });
  document.addEventListener("keydown", onPageKey);
  if (localStorage.getItem("cesr-page-view") === "1") togglePageView(true);
}

document.addEventListener("DOMContentLoaded", initPageView);
