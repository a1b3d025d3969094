import json, sys
sys.path.insert(0, '/work/s12-holdout/src')
from markup import parse
from texts_a import DOCS_A
from texts_b import DOCS_B
docs = DOCS_A + DOCS_B
assert len(docs) == 70, len(docs)
with open('/work/s12-holdout/texts.jsonl', 'w') as f:
    for i, (kind, app, src) in enumerate(docs, 1):
        text, ids, keep = parse(src.strip('\n'))
        assert '[[' not in text and '{{' not in text and '}}' not in text, (i, text[:80])
        if app not in keep and app in text:
            keep.insert(0, app)
        f.write(json.dumps({"id": f"h12-{i:03d}", "kind": kind, "applicant": app, "text": text,
                            "identifiers": ids, "keep": keep}, ensure_ascii=False) + '\n')
print('wrote', len(docs))
