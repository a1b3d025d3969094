"""Inline markup used by the s6-holdout generator scripts.

  ⟦P|Aisha Khan⟧   an identifier, with a short type code (see TYPES)
  ⟪apixaban 5 mg⟫  a string that must be kept

parse() returns the plain text and the list of spans (start, end, type, text);
type is 'KEEP' for keep spans.
"""
import re

TYPES = {
    'P': 'PATIENT_NAME', 'R': 'RELATIVE_NAME', 'C': 'COLLEAGUE_NAME',
    'A': 'ADDRESS', 'PC': 'POSTCODE', 'T': 'PHONE', 'E': 'EMAIL',
    'N': 'NHS_NUMBER', 'H': 'HOSPITAL_NUMBER', 'REF': 'REFERENCE_NUMBER',
    'G': 'GMC_NUMBER', 'U': 'URL', 'O': 'OTHER_ID',
}
NAME_TYPES = {'PATIENT_NAME', 'RELATIVE_NAME', 'COLLEAGUE_NAME'}

TAG = re.compile(r'⟦(\w+)\|(.*?)⟧|⟪(.*?)⟫', re.S)


def parse(s):
    out, spans, last, n = [], [], 0, 0
    for m in TAG.finditer(s):
        pre = s[last:m.start()]
        out.append(pre)
        n += len(pre)
        if m.group(1) is not None:
            code, txt = m.group(1), m.group(2)
            if code not in TYPES:
                raise ValueError('unknown type code %r in %r' % (code, m.group(0)))
            typ = TYPES[code]
        else:
            txt, typ = m.group(3), 'KEEP'
        if '⟦' in txt or '⟪' in txt:
            raise ValueError('nested markup: %r' % m.group(0))
        out.append(txt)
        spans.append((n, n + len(txt), typ, txt))
        n += len(txt)
        last = m.end()
    out.append(s[last:])
    plain = ''.join(out)
    if any(c in plain for c in '⟦⟧⟪⟫'):
        raise ValueError('unbalanced markup near: %r' % plain[max(0, plain.find('⟦') - 40):][:120])
    return plain, spans


def strip(s):
    return parse(s)[0]


def distinct_ids(spans):
    seen, out = set(), []
    for a, b, typ, txt in spans:
        if typ == 'KEEP':
            continue
        if (txt, typ) not in seen:
            seen.add((txt, typ))
            out.append({'text': txt, 'type': typ})
    return out


def distinct_keeps(spans):
    seen, out = set(), []
    for a, b, typ, txt in spans:
        if typ == 'KEEP' and txt not in seen:
            seen.add(txt)
            out.append(txt)
    return out
