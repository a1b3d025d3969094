"""Leave one set out: what the context tagger adds on a set written by a writer it was not fitted on.

The rules are those frozen when the set was measured blind (each set's section of RESULTS.md names the commit);
the tagger is fitted on every other labelled set.  Run it from a checkout of that commit with this commit's
``pipeline/anonymise/tagger.py`` copied in, e.g. for s9-holdout:

    git worktree add --detach /tmp/wt-s9 f43e42f
    cp pipeline/anonymise/tagger.py /tmp/wt-s9/pipeline/anonymise/
    cd /tmp/wt-s9 && PYTHONPATH=. /path/to/.venv/bin/python /path/to/corpora/redaction/tagger_loso.py s9-holdout

It prints one markdown row for the rules and one for rules + tagger (recall, keep, documents left clean, precision).
"""
import sys, re, tempfile
from pathlib import Path
from pipeline.anonymise.core import Anonymiser, Span, _resolve
from pipeline.anonymise.lexicon import fold
from pipeline.anonymise.evaluation import evaluate_redaction, load_redaction_set
from pipeline.anonymise.tagger import ContextTagger, train, tagged_spans
M=Path(__file__).resolve().parent
hold=sys.argv[1]
paths=sorted([M/'redaction.jsonl']+list(M.glob('*/texts.jsonl')))
sets=[]
for p in paths:
    name=p.parent.name if p.name=='texts.jsonl' else p.stem
    if name!=hold: sets.append((name,load_redaction_set(p,'all')))
out=Path(tempfile.mkdtemp())/'t.crfsuite'
train(sets,out)
tagger=ContextTagger(out)
orig=Anonymiser.find
def find(self,text):
    spans=orig(self,text)
    ver=self._verifier_mentions(text)
    marks=[m for m in tagger.marks(text) if not any(s.start<m[1] and m[0]<s.end for s in spans)]
    kept=set(self.kept_words)|{fold(w) for a,b in ver for w in re.findall(r"[^\W\d_]+",text[a:b])}
    extra=[Span(a,b,k,text[a:b]) for a,b,k in tagged_spans(text,marks,kept,ver)]
    return _resolve(spans+extra)
docs=load_redaction_set(M/hold/'texts.jsonl','all')
def show(tag):
    r=evaluate_redaction(docs)
    o=r['overall'];k=r['keep'];c=r['clean_documents']
    print(f"| {hold} | {tag} | {o['recall']:.3f} ({o['found']}/{o['identifiers']}) | {k['rate']:.3f} ({k['strings']-k['kept']} lost) | {c['clean']}/{c['documents']} | {o['precision']:.3f} |",flush=True)
show('rules')
Anonymiser.find=find
show('rules + tagger')
