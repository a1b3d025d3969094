"""Build texts.jsonl from the hand-written sources in texts_src_*.py.

Each source document is written with inline markup (see markup.py): every identifier occurrence
and every keep occurrence is tagged where it is written, so nothing is listed from memory.
Run:  /work/main/.venv/bin/python build_texts.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from markup import collect, plain, parse  # noqa: E402
import texts_src_a, texts_src_b, texts_src_c, texts_src_d  # noqa: E402


def main():
    docs = texts_src_a.DOCS + texts_src_b.DOCS + texts_src_c.DOCS + texts_src_d.DOCS
    out = []
    for i, d in enumerate(docs, 1):
        src = d["src"].strip("\n")
        ids, keep = collect([src])
        txt = plain(src)
        spans, pos = [], 0
        for seg, t in parse(src):
            if t and t != "KEEP":
                spans.append((pos, pos + len(seg)))
            pos += len(seg)
        for it in ids:
            s_ = it["text"]
            j = txt.find(s_)
            while j >= 0:
                if not any(a <= j and j + len(s_) <= b for a, b in spans):
                    print("NOTE h5-%03d: untagged occurrence of %r: %r" % (i, s_, txt[max(0, j - 30):j + len(s_) + 30]))
                j = txt.find(s_, j + 1)
        out.append({
            "id": "h5-%03d" % i,
            "kind": d["kind"],
            "applicant": d["applicant"],
            "text": plain(src),
            "identifiers": ids,
            "keep": keep,
        })
    with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d texts" % len(out))


if __name__ == "__main__":
    main()
