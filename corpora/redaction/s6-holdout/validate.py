"""Checks the s6-holdout set.

texts.jsonl
  - every labelled identifier / keep string occurs in the text;
  - every occurrence of every identifier string lies inside a span marked as an identifier in the source
    markup (so nothing is counted that was not meant), and no keep string overlaps an identifier occurrence;
  - no word of any labelled name (from any document of the set) occurs unlabelled in any document,
    case-insensitively (except inside keep strings and a short list of ordinary words);
  - a list of capitalised words outside any span is printed for review (--words).
files.jsonl
  - PDFs with a text layer: each labelled string is found in the text layer inside its box, and every
    occurrence of an identifier string found by search lies inside a labelled identifier box;
  - images / scanned PDFs: tesseract OCR of each box crop is compared with the label (report only);
  - DOCX: every labelled string occurs in the document XML (body, tables, headers, footers, text boxes);
  - every barcode / QR code decodes (zxing-cpp) to its labelled value, inside its labelled box, and no
    undeclared code is found.

Run with the set's own venv (see NOTES.md):  python validate.py [--words] [--ocr]
"""
import json, os, re, sys, subprocess, zipfile, io, difflib
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s6markup import parse, NAME_TYPES  # noqa: E402

ERR = []
WARN = []


def err(*a):
    ERR.append(' '.join(str(x) for x in a))


def warn(*a):
    WARN.append(' '.join(str(x) for x in a))


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


# ordinary words that also occur inside some invented name or place; checked by eye
ORDINARY = {'ap', 'de', 'la', 'da', 'do', 'van', 'der', 'mc', 'mac', 'ni', 'nic', 'mr', 'mrs', 'ms', 'dr', 'sr',
            'big', 'baby', 'view', 'road', 'street', 'lane', 'care', 'home', 'house', 'flat', 'health', 'centre',
            'medical', 'practice', 'surgery', 'nursery', 'day', 'little', 'group', 'holy', 'cross', 'place',
            'apartment', 'joy', 'rose', 'pass', 'glen', 'row', 'chapel', 'ave', 'crescent', 'lodge', 'nan',
            'bell', 'marsh', 'ross', 'gill', 'kiss', 'tan', 'marin', 'bank', 'lamin', 'cruz', 'morgan', 'thomas',
            'law', 'y', 'na', 'an', 'rb', 'and', 'the', 'of', 'rees', 'nel', 'tran', 'gav', 'le', 'lê', 'nursing', 'min', 'rd', 'ng', 'thu'}


def name_words(s):
    return [w for w in re.findall(r"[^\W\d_]+", s) if len(w) >= 2]


# ----------------------------------------------------------------------------- texts
def check_texts(show_words=False):
    sys.path.insert(0, HERE)
    import gen_texts
    src = {d['id']: d for d in gen_texts.DOCS}
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'texts.jsonl'), encoding='utf-8')]
    ids = [r['id'] for r in rows]
    if len(set(ids)) != len(ids):
        err('duplicate ids in texts.jsonl')
    pool = defaultdict(set)   # lower-case name word -> doc ids
    parsed = {}
    for r in rows:
        plain, spans = parse(src[r['id']]['src'])
        if plain != r['text']:
            err(r['id'], 'texts.jsonl out of date with gen_texts.py')
        parsed[r['id']] = (plain, spans)
        for it in r['identifiers']:
            if it['type'] in NAME_TYPES:
                for w in name_words(it['text']):
                    pool[w.lower()].add(r['id'])
    for r in rows:
        plain, spans = parsed[r['id']]
        marked = [(a, b) for a, b, t, _ in spans if t != 'KEEP']
        types = defaultdict(set)
        for it in r['identifiers']:
            types[it['text']].add(it['type'])
            occ = occurrences(plain, it['text'])
            if not occ:
                err(r['id'], 'identifier not in text:', repr(it['text']))
            for a, b in occ:
                if not any(ma <= a and b <= mb for ma, mb in marked):
                    ctx = plain[max(0, a - 30):b + 30].replace('\n', ' ')
                    err(r['id'], 'unmarked occurrence of identifier', repr(it['text']), '...%s...' % ctx)
        for t, ty in types.items():
            if len(ty) > 1:
                warn(r['id'], 'same string with two types', repr(t), ty)
        covered = [0] * (len(plain) + 1)
        for it in r['identifiers']:
            for a, b in occurrences(plain, it['text']):
                for i in range(a, b):
                    covered[i] = 1
        keepcov = [0] * (len(plain) + 1)
        for k in r['keep']:
            occ = occurrences(plain, k)
            if not occ:
                err(r['id'], 'keep not in text:', repr(k))
            for a, b in occ:
                if any(covered[a:b]):
                    err(r['id'], 'keep overlaps identifier:', repr(k))
                for i in range(a, b):
                    keepcov[i] = 1
        for it in r['identifiers']:
            if it['type'] in NAME_TYPES and re.match(r'(Mr|Mrs|Ms|Miss|Dr|Sister|Sr|Nurse|Prof|Professor|Baby)\b', it['text']):
                err(r['id'], 'title inside name label', repr(it['text']))
        # applicant name must not be labelled
        app = r['applicant'].split(' ', 1)[1]
        for it in r['identifiers']:
            if it['type'] in NAME_TYPES and (it['text'] in app or app in it['text']):
                err(r['id'], 'applicant name labelled?', it['text'])
        # name words anywhere in the set, unlabelled here
        for m in re.finditer(r"[^\W\d_]+", plain):
            w = m.group(0)
            if w.lower() in pool and w.lower() not in ORDINARY:
                a, b = m.span()
                if any(covered[a:b]) or any(keepcov[a:b]):
                    continue
                ctx = plain[max(0, a - 30):b + 30].replace('\n', ' ')
                err(r['id'], 'name word %r (labelled in %s) unlabelled here: ...%s...'
                    % (w, ','.join(sorted(pool[w.lower()])), ctx))
        if show_words:
            caps = set()
            for m in re.finditer(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+", plain):
                a, b = m.span()
                if not any(covered[a:b]) and not any(keepcov[a:b]):
                    caps.add(m.group(0))
            print(r['id'], sorted(caps))
    return rows, pool


# ----------------------------------------------------------------------------- files
def box_iou(a, b):
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[2], b[2]), min(a[3], b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    ua = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / ua if ua > 0 else 0


def inside(inner, outer, tol=0.004):
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol and
            inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def page_images(path, fmt):
    from PIL import Image
    if fmt in ('png', 'jpeg', 'jpg', 'tiff', 'tif'):
        im = Image.open(path)
        out = []
        for i in range(getattr(im, 'n_frames', 1)):
            im.seek(i)
            out.append(im.convert('RGB').copy())
        return out
    if fmt == 'pdf':
        import pymupdf
        doc = pymupdf.open(path)
        out = []
        for p in doc:
            pix = p.get_pixmap(dpi=200)
            out.append(Image.frombytes('RGB', (pix.width, pix.height), pix.samples))
        return out
    raise ValueError(fmt)


def decode_codes(img):
    import zxingcpp
    res = []
    for r in zxingcpp.read_barcodes(img):
        pts = [r.position.top_left, r.position.top_right, r.position.bottom_right, r.position.bottom_left]
        xs = [p.x for p in pts]
        ys = [p.y for p in pts]
        res.append((str(r.format), r.text, [min(xs) / img.width, min(ys) / img.height,
                                            max(xs) / img.width, max(ys) / img.height]))
    return res


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def ocr(img, box):
    W, H = img.size
    x0, y0, x1, y1 = box
    pad = 4
    crop = img.crop((max(0, int(x0 * W) - pad), max(0, int(y0 * H) - pad),
                     min(W, int(x1 * W) + pad), min(H, int(y1 * H) + pad)))
    crop = crop.resize((crop.width * 3, crop.height * 3))
    buf = io.BytesIO()
    crop.save(buf, format='PNG')
    p = subprocess.run(['tesseract', 'stdin', 'stdout', '--psm', '6', '-l', 'eng'], input=buf.getvalue(),
                       capture_output=True)
    return p.stdout.decode('utf-8', 'replace').strip()


def docx_text(path):
    """text of every paragraph in every XML part (body, tables, headers, footers, text boxes)"""
    from lxml import etree
    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    z = zipfile.ZipFile(path)
    paras = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            root = etree.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                ts = []
                for t in p.iter(W + 't'):
                    a = t.getparent()
                    while a is not None and a.tag != W + 'p':
                        a = a.getparent()
                    if a is p:
                        ts.append(t.text or '')
                paras.append(''.join(ts))
    return '\n'.join(paras)


def has_text_layer(path):
    import pymupdf
    return any(p.get_text().strip() for p in pymupdf.open(path))


def check_files(pool, do_ocr=False):
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'files.jsonl'), encoding='utf-8')]
    for r in rows:
        for it in r['identifiers']:
            if it['type'] in NAME_TYPES:
                for w in name_words(it['text']):
                    pool[w.lower()].add(r['id'])
    dbg_path = '/tmp/s6-debug/files_markup.json'
    dbg = json.load(open(dbg_path)) if os.path.exists(dbg_path) else {}
    if not dbg:
        warn('no', dbg_path, '- run make_files.py first for the name-word check on files')
    ocr_scores = []
    for r in rows:
        path = os.path.join(HERE, r['file'])
        fmt = r['format']
        if not os.path.exists(path):
            err(r['id'], 'missing file', path)
            continue
        for key in ('identifiers', 'keep', 'barcodes', 'photos'):
            for it in r.get(key, []):
                if 'box' in it:
                    b = it['box']
                    if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
                        err(r['id'], key, 'bad box', it)
                    if not (1 <= it.get('page', 0) <= r['pages']):
                        err(r['id'], key, 'bad page', it)
        if fmt == 'docx':
            txt = docx_text(path)
            for it in r['identifiers'] + r['keep']:
                if it['text'] not in txt:
                    err(r['id'], 'docx: string not found', repr(it['text']))
            idstrings = [it['text'] for it in r['identifiers']]
            for k in r['keep']:
                for s in idstrings:
                    if s in k['text'] or k['text'] in s:
                        err(r['id'], 'docx: keep/identifier overlap', k['text'], s)
            # codes in embedded images
            z = zipfile.ZipFile(path)
            from PIL import Image
            found = []
            for n in z.namelist():
                if n.startswith('word/media/'):
                    img = Image.open(io.BytesIO(z.read(n))).convert('RGB')
                    found += [(f, v) for f, v, _ in decode_codes(img)]
            want = [(c['format'], c['value']) for c in r.get('barcodes', [])]
            if sorted(v for _, v in found) != sorted(v for _, v in want):
                err(r['id'], 'docx codes differ: found', found, 'labelled', want)
        else:
            imgs = page_images(path, fmt)
            if len(imgs) != r['pages']:
                err(r['id'], 'page count', len(imgs), 'vs', r['pages'])
            # codes
            for pno, img in enumerate(imgs, 1):
                found = decode_codes(img)
                want = [c for c in r.get('barcodes', []) if c['page'] == pno]
                used = set()
                for c in want:
                    ok = False
                    for i, (f, v, bx) in enumerate(found):
                        if i in used:
                            continue
                        fam = 'QR' if 'QR' in f else 'Code128' if '128' in f else f
                        if v == c['value'] and fam in c['format'] and box_iou(bx, c['box']) > 0.3:
                            used.add(i)
                            ok = True
                            break
                    if not ok:
                        err(r['id'], 'page', pno, 'code not decoded in its box:', c, 'found:', found)
                for i, (f, v, bx) in enumerate(found):
                    if i not in used:
                        err(r['id'], 'page', pno, 'undeclared code found:', f, v, bx)
            # text layer
            if fmt == 'pdf' and has_text_layer(path):
                import pymupdf
                doc = pymupdf.open(path)
                for pno, page in enumerate(doc, 1):
                    W, H = page.rect.width, page.rect.height
                    idboxes = [it['box'] for it in r['identifiers'] if it['page'] == pno]
                    for it in [x for x in r['identifiers'] + r['keep'] if x['page'] == pno]:
                        b = it['box']
                        clip = pymupdf.Rect(b[0] * W - 2, b[1] * H - 2, b[2] * W + 2, b[3] * H + 2)
                        got = norm(page.get_text('text', clip=clip))
                        if norm(it['text']) not in got:
                            err(r['id'], 'p%d' % pno, 'text layer in box %r does not contain %r' % (got, it['text']))
                    for it in r['identifiers']:
                        for rect in page.search_for(it['text']):
                            # search_for ignores case: keep only exact-case hits
                            got = page.get_text('text', clip=pymupdf.Rect(rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 + 1))
                            if it['text'] not in norm(got):
                                continue
                            nb = [rect.x0 / W, rect.y0 / H, rect.x1 / W, rect.y1 / H]
                            cy = (nb[1] + nb[3]) / 2
                            cx = (nb[0] + nb[2]) / 2
                            if not any(bb[0] - 0.003 <= cx <= bb[2] + 0.003 and bb[1] - 0.003 <= cy <= bb[3] + 0.003
                                       for bb in idboxes):
                                err(r['id'], 'p%d' % pno, 'occurrence of %r at %s not inside any identifier box'
                                    % (it['text'], [round(x, 3) for x in nb]))
                    # case-insensitive search finds every case variant; make sure it is labelled somewhere
            elif do_ocr:
                for it in r['identifiers'] + r['keep']:
                    got = ocr(imgs[it['page'] - 1], it['box'])
                    sc = difflib.SequenceMatcher(None, norm(it['text']).lower(), norm(got).lower()).ratio()
                    ocr_scores.append(sc)
                    if sc < 0.6:
                        warn(r['id'], 'OCR of box %s reads %r for %r (%.2f)' % (it['box'], got, it['text'], sc))
        for it in r['identifiers']:
            if it['type'] in NAME_TYPES and re.match(r'(Mr|Mrs|Ms|Miss|Dr|Sister|Sr|Nurse|Prof|Professor|Baby)\b', it['text']):
                err(r['id'], 'title inside name label', repr(it['text']))
        # name-word check against the markup used to draw the file
        for chunk in dbg.get(r['id'], []):
            plain, spans = chunk['plain'], chunk['spans']
            cov = [0] * (len(plain) + 1)
            for a, b, t, _ in spans:
                for i in range(a, b):
                    cov[i] = 1
            for m in re.finditer(r"[^\W\d_]+", plain):
                w = m.group(0)
                if w.lower() in pool and w.lower() not in ORDINARY and not any(cov[m.start():m.end()]):
                    err(r['id'], 'name word %r unlabelled in %r' % (w, plain[:80]))
    if ocr_scores:
        print('OCR similarity over %d boxes: mean %.2f, below 0.6: %d' % (
            len(ocr_scores), sum(ocr_scores) / len(ocr_scores), sum(1 for s in ocr_scores if s < 0.6)))
    return rows


def summary(trows, frows):
    from collections import Counter
    c = Counter()
    occ = Counter()
    for r in trows:
        for it in r['identifiers']:
            c[it['type']] += 1
            occ[it['type']] += len(occurrences(r['text'], it['text']))
    fc = Counter()
    for r in frows:
        for it in r['identifiers']:
            fc[it['type']] += 1
    print('\ntype                 texts:distinct  texts:occurrences  files:entries')
    for t in sorted(set(c) | set(fc)):
        print('%-20s %10d %16d %14d' % (t, c[t], occ[t], fc[t]))
    print('texts', len(trows), 'files', len(frows), 'codes', sum(len(r.get('barcodes', [])) for r in frows),
          'photos', sum(len(r.get('photos', [])) for r in frows))
    print('keep: texts', sum(len(r['keep']) for r in trows), 'files', sum(len(r['keep']) for r in frows))


if __name__ == '__main__':
    trows, pool = check_texts('--words' in sys.argv)
    frows = []
    if os.path.exists(os.path.join(HERE, 'files.jsonl')) and '--texts-only' not in sys.argv:
        frows = check_files(pool, '--ocr' in sys.argv)
    summary(trows, frows)
    for w in WARN:
        print('WARN', w)
    for e in ERR:
        print('ERROR', e)
    print('%d errors, %d warnings' % (len(ERR), len(WARN)))
    sys.exit(1 if ERR else 0)
