"""Convert the hand-typed sources in src/texts/*.txt into texts.jsonl.
Format of a source: header lines (id/kind/applicant), then '@ids' with 'TYPE | string' lines,
'@keep' with one string a line, '@text' followed by the document verbatim (final newline stripped).
In identifier/keep strings a literal backslash-n stands for a line break."""
import json, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
out = []
for p in sorted(glob.glob(os.path.join(HERE, 'texts', '*.txt'))):
    s = open(p, encoding='utf-8').read()
    head, text = s.split('\n@text\n', 1)
    text = text.rstrip('\n')
    meta, rest = head.split('\n@ids', 1)
    ids_part, keep_part = rest.split('@keep', 1)
    d = {}
    for line in meta.splitlines():
        k, v = line.split(':', 1)
        d[k.strip()] = v.strip()
    ids = []
    for line in ids_part.splitlines():
        if not line.strip():
            continue
        t, v = line.split(' | ', 1)
        ids.append({'text': v.replace('\\n', '\n'), 'type': t.strip()})
    keep = [l.replace('\\n', '\n') for l in keep_part.splitlines() if l.strip()]
    out.append({'id': d['id'], 'kind': d['kind'], 'applicant': d['applicant'], 'text': text,
                'identifiers': ids, 'keep': keep})
with open(os.path.join(HERE, '..', 'texts.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'texts')
