"""Validate texts.jsonl and files.jsonl against FORMAT.md. Exit code 1 on any error."""
import json, os, re, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'PATIENT_NAME', 'RELATIVE_NAME', 'COLLEAGUE_NAME', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL', 'NHS_NUMBER',
         'HOSPITAL_NUMBER', 'REFERENCE_NUMBER', 'GMC_NUMBER', 'URL', 'OTHER_ID'}
FORMATS = {'png', 'jpeg', 'jpg', 'tiff', 'tif', 'pdf', 'docx', 'eml'}
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out

def check_strings(did, text, ids, keep, applicant):
    idtexts = [d['text'] for d in ids]
    if len(set(idtexts)) != len(idtexts):
        err(f"{did}: duplicate identifier strings")
    for s in set(idtexts) & set(keep):
        err(f"{did}: '{s}' is both identifier and keep")
    for d in ids:
        s = d['text']
        if not s:
            err(f"{did}: empty identifier"); continue
        if s not in text:
            err(f"{did}: identifier not found: {s!r}")
        covered = [sp for o in ids if o['text'] != s and s in o['text'] for sp in spans(text, o['text'])]
        for a, b in spans(text, s):
            if any(ca <= a and b <= cb for ca, cb in covered):
                continue
            if (a > 0 and text[a-1].isalnum() and s[0].isalnum()) or (b < len(text) and text[b].isalnum() and s[-1].isalnum()):
                warn(f"{did}: identifier {s!r} also occurs inside a longer word at {a}: {text[max(0,a-10):b+10]!r}")
    keep_sp = [(a, b, k) for k in keep for a, b in spans(text, k)]
    for k in keep:
        if k not in text:
            err(f"{did}: keep not found: {k!r}")
    for d in ids:
        for a, b in spans(text, d['text']):
            for ka, kb, k in keep_sp:
                if a < kb and ka < b:
                    err(f"{did}: identifier {d['text']!r} overlaps keep {k!r}")
    if applicant and applicant not in text:
        warn(f"{did}: applicant name not in text")

def main():
    ids_seen = set()
    n_t = n_f = 0
    tp = os.path.join(HERE, 'texts.jsonl')
    for ln, line in enumerate(open(tp, encoding='utf-8'), 1):
        d = json.loads(line)
        n_t += 1
        for k in ('id', 'kind', 'applicant', 'text', 'identifiers', 'keep'):
            if k not in d: err(f"texts line {ln}: missing key {k}")
        extra = set(d) - {'id', 'kind', 'applicant', 'text', 'identifiers', 'keep'}
        if extra: err(f"texts {d.get('id')}: unexpected keys {extra}")
        if d['id'] in ids_seen: err(f"duplicate id {d['id']}")
        ids_seen.add(d['id'])
        for x in d['identifiers']:
            if set(x) != {'text', 'type'}: err(f"{d['id']}: identifier keys {set(x)}")
            if x['type'] not in TYPES: err(f"{d['id']}: bad type {x['type']}")
        if not all(isinstance(k, str) for k in d['keep']): err(f"{d['id']}: keep must be strings")
        check_strings(d['id'], d['text'], d['identifiers'], d['keep'], d['applicant'])
    fp = os.path.join(HERE, 'files.jsonl')
    if os.path.exists(fp):
        for ln, line in enumerate(open(fp, encoding='utf-8'), 1):
            d = json.loads(line)
            n_f += 1
            did = d.get('id')
            for k in ('id', 'file', 'format', 'kind', 'applicant', 'pages', 'identifiers', 'keep', 'barcodes', 'photos'):
                if k not in d: err(f"files {did}: missing key {k}")
            if did in ids_seen: err(f"duplicate id {did}")
            ids_seen.add(did)
            if d['format'] not in FORMATS: err(f"{did}: bad format {d['format']}")
            path = os.path.join(HERE, d['file'])
            if not os.path.exists(path): err(f"{did}: file missing {d['file']}"); continue
            boxed = d['format'] not in ('docx', 'eml')
            for x in d['identifiers']:
                if x['type'] not in TYPES: err(f"{did}: bad type {x['type']}")
                want = {'text', 'type', 'page', 'box'} if boxed else {'text', 'type'}
                if set(x) != want: err(f"{did}: identifier keys {set(x)} != {want}")
            for x in d['keep']:
                want = {'text', 'page', 'box'} if boxed else {'text'}
                if not isinstance(x, dict) or set(x) != want: err(f"{did}: keep keys {x}")
            items = d['identifiers'] + d['keep'] + d['barcodes'] + d['photos']
            if boxed:
                for x in items:
                    b = x.get('box')
                    if not (isinstance(b, list) and len(b) == 4 and 0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
                        err(f"{did}: bad box {x}")
                    if not (1 <= x.get('page', 0) <= d['pages']): err(f"{did}: bad page {x}")
            for x in d['barcodes']:
                if set(x) != {'format', 'value', 'page', 'box'}: err(f"{did}: barcode keys {set(x)}")
            for x in d['photos']:
                if set(x) != {'page', 'box', 'what'}: err(f"{did}: photo keys {set(x)}")
            # text checks where a text layer exists
            if d['format'] == 'docx':
                z = zipfile.ZipFile(path)
                xml = z.read('word/document.xml').decode('utf-8')
                paras = re.findall(r'<w:p[ >].*?</w:p>', xml, re.S)
                text = "\n".join("".join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', p, re.S)) for p in paras)
                text = text.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
                check_strings(did, text, d['identifiers'], [k['text'] for k in d['keep']], d['applicant'])
            # same box listed twice / identifier and keep sharing a box
            if boxed:
                seen = set()
                for x in d['identifiers'] + d['keep']:
                    key = (x['page'], tuple(x['box']))
                    if key in seen: err(f"{did}: duplicate box {x}")
                    seen.add(key)
            elif d['format'] == 'pdf' and subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout.strip():
                for pg in range(1, d['pages'] + 1):
                    t = subprocess.run(['pdftotext', '-f', str(pg), '-l', str(pg), '-layout', path, '-'],
                                       capture_output=True, text=True).stdout
                    tn = re.sub(r'\s+', ' ', t)
                    for x in d['identifiers'] + d['keep']:
                        if x['page'] == pg and re.sub(r'\s+', ' ', x['text']) not in tn:
                            err(f"{did}: p{pg} text layer lacks {x['text']!r}")
            elif d['format'] == 'pdf' and 'scan' not in d['kind']:
                err(f"{did}: PDF without a text layer but kind does not say scan")
            # pages
            if d['format'] == 'pdf':
                info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
                m = re.search(r'Pages:\s+(\d+)', info)
                if not m or int(m.group(1)) != d['pages']: err(f"{did}: page count mismatch")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(f"{n_t} texts, {n_f} files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
