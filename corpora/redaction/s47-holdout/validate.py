"""Validate the s47-holdout redaction set. Run: python validate.py  (exit code 0 = pass)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
if os.path.isdir(os.path.join(HERE, '.pylib')):   # private zxing-cpp install, see NOTES.md
    sys.path.append(os.path.join(HERE, '.pylib'))
TYPES = {'PATIENT_NAME', 'RELATIVE_NAME', 'COLLEAGUE_NAME', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL',
         'NHS_NUMBER', 'HOSPITAL_NUMBER', 'REFERENCE_NUMBER', 'GMC_NUMBER', 'URL', 'OTHER_ID'}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f'{name}:{n}: bad JSON {e}')
    return rows

texts, files = load('texts.jsonl'), load('files.jsonl')
ids_seen = set()
type_counts = collections.Counter(); file_type_counts = collections.Counter()
keep_total = 0; no_id_docs = []
for d in texts:
    did = d.get('id')
    for k in ('id', 'kind', 'applicant', 'text', 'identifiers', 'keep'):
        if k not in d: err(f'{did}: missing key {k}')
    if set(d) - {'id', 'kind', 'applicant', 'text', 'identifiers', 'keep'}: err(f'{did}: extra keys')
    if did in ids_seen: err(f'duplicate id {did}')
    ids_seen.add(did)
    t = d['text']
    if not d['identifiers']: no_id_docs.append(did)
    id_spans = []
    seen_strings = set()
    for it in d['identifiers']:
        if set(it) != {'text', 'type'}: err(f'{did}: identifier keys {it}')
        if it['type'] not in TYPES: err(f'{did}: bad type {it}')
        if it['text'] in seen_strings: err(f'{did}: identifier listed twice {it["text"]!r}')
        seen_strings.add(it['text'])
        sp = spans(t, it['text'])
        if not sp: err(f'{did}: identifier not in text: {it["text"]!r}')
        id_spans += [(a, b, it['text']) for a, b in sp]
        type_counts[it['type']] += 1
    # identifier occurrences glued inside a bigger word (not covered by another identifier) -> warn
    for a, b, s in id_spans:
        if (a > 0 and t[a-1].isalnum() and s[0].isalnum()) or (b < len(t) and t[b].isalnum() and s[-1].isalnum()):
            covered = any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _ in id_spans)
            if not covered: warn(f'{did}: {s!r} occurs inside a larger token at {a}: {t[max(0,a-15):b+15]!r}')
    if len(set(d['keep'])) != len(d['keep']): err(f'{did}: duplicate keep strings')
    for k in d['keep']:
        keep_total += 1
        sp = spans(t, k)
        if not sp: err(f'{did}: keep not in text: {k!r}')
        for a, b in sp:
            for a2, b2, s in id_spans:
                if a < b2 and a2 < b: err(f'{did}: keep {k!r} overlaps identifier {s!r}')
        for it in d['identifiers']:
            if k == it['text']: err(f'{did}: keep equals identifier {k!r}')

def inside(box):
    return (isinstance(box, list) and len(box) == 4 and all(0 <= v <= 1 for v in box)
            and box[0] < box[2] and box[1] < box[3])

barcode_counts = collections.Counter()
try:
    import zxingcpp
except ImportError:
    zxingcpp = None; warn('zxing-cpp not available: barcodes not decoded')

def page_images(path, fmt):
    from PIL import Image
    if fmt == 'pdf':
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        return [pdf[i].render(scale=300 / 72).to_pil() for i in range(len(pdf))]
    im = Image.open(path); pages = []
    try:
        i = 0
        while True:
            im.seek(i); pages.append(im.convert('RGB').copy()); i += 1
    except EOFError:
        pass
    return pages

for d in files:
    did = d.get('id')
    for k in ('id', 'file', 'format', 'kind', 'applicant', 'identifiers', 'keep'):
        if k not in d: err(f'{did}: missing key {k}')
    if did in ids_seen: err(f'duplicate id {did}')
    ids_seen.add(did)
    path = os.path.join(HERE, d['file'])
    if not os.path.exists(path): err(f'{did}: file missing {d["file"]}'); continue
    fmt = d['format']
    boxed = fmt not in ('docx', 'eml')
    if not d['identifiers']: no_id_docs.append(did)
    for it in d['identifiers']:
        if it.get('type') not in TYPES: err(f'{did}: bad type {it}')
        file_type_counts[it['type']] += 1
        if boxed:
            if not inside(it.get('box')): err(f'{did}: bad box {it}')
            if not (1 <= it.get('page', 0) <= d['pages']): err(f'{did}: bad page {it}')
        elif 'box' in it or 'page' in it: err(f'{did}: docx/eml identifiers take no box/page')
    for k in d['keep']:
        keep_total += 1
        if boxed:
            if not inside(k.get('box')): err(f'{did}: bad keep box {k}')
            for it in d['identifiers']:
                if it['page'] == k['page']:
                    a, b = k['box'], it['box']
                    ov = max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))
                    if ov > 0.25 * (a[2]-a[0]) * (a[3]-a[1]): err(f'{did}: keep {k["text"]!r} box overlaps {it["text"]!r}')
        if k['text'] == '' : err(f'{did}: empty keep')
    # text checks for docx / eml: strings must occur in the document text
    if fmt == 'docx':
        import docx
        doc = docx.Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                for c in row.cells: parts.append(c.text)
        for s in doc.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        full = '\n'.join(parts)
    elif fmt == 'eml':
        import email
        from email import policy
        msg = email.message_from_binary_file(open(path, 'rb'), policy=policy.default)
        full = ''.join(f'{k}: {v}\n' for k, v in msg.items())
        for part in msg.walk():
            if part.get_content_type() == 'text/plain': full += part.get_content()
    else:
        full = None
    if full is not None:
        for it in d['identifiers']:
            if it['text'] not in full: err(f'{did}: identifier not in document text {it["text"]!r}')
        for k in d['keep']:
            ks = k if isinstance(k, str) else k['text']
            if ks not in full: err(f'{did}: keep not in document text {ks!r}')
            for it in d['identifiers']:
                if ks in it['text'] or it['text'] in ks: err(f'{did}: keep {ks!r} overlaps identifier {it["text"]!r}')
    bcs = d.get('barcodes', [])
    if bcs and boxed:
        pages = page_images(path, fmt) if zxingcpp else []
        for bc in bcs:
            barcode_counts[bc['format']] += 1
            if not inside(bc.get('box')): err(f'{did}: bad barcode box {bc}')
            if zxingcpp:
                im = pages[bc['page'] - 1]
                W, H = im.size
                x0, y0, x1, y1 = bc['box']
                pad = 0.02
                crop = im.crop((int(max(0, x0 - pad) * W), int(max(0, y0 - pad) * H),
                                int(min(1, x1 + pad) * W), int(min(1, y1 + pad) * H)))
                res = zxingcpp.read_barcodes(crop)
                vals = [(r.text, r.format.name) for r in res]
                if not any(v == bc['value'] for v, _ in vals):
                    err(f'{did}: barcode {bc["value"]!r} not decoded in its box (got {vals})')
                elif not any(v == bc['value'] and f.replace('_', '').lower() == bc['format'].replace('_', '').lower() for v, f in vals):
                    err(f'{did}: barcode {bc["value"]!r} decoded with wrong symbology {vals}')

print(f'texts: {len(texts)}  files: {len(files)}  total documents: {len(texts) + len(files)}')
print(f'documents with no identifier: {len(no_id_docs)} {no_id_docs}')
print('identifier strings per type (texts):', dict(sorted(type_counts.items())))
print('identifier entries per type (files):', dict(sorted(file_type_counts.items())))
print('keep strings/entries:', keep_total)
print('barcodes:', dict(barcode_counts))
for w in warnings: print('WARN', w)
for e in errors: print('ERROR', e)
print('PASS' if not errors else f'FAIL ({len(errors)} errors)')
sys.exit(1 if errors else 0)
