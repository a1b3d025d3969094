"""The review picker's capability search (pipeline/review/search.py): the real curricula, the real model.

The ranking cases (four queries in each bundled curriculum) are in picker_cases.py, shared with the browser test.
"""

from __future__ import annotations

import pytest

from pipeline.curriculum import load_curriculum
from pipeline.review.search import DENSE_WEIGHT, CapabilitySearch, Thesaurus, expand_query, load_thesaurus, stems

from picker_cases import CURRICULA, NEAREST, QUERIES, RELEVANT


@pytest.fixture(scope="module")
def curricula():
    return [load_curriculum(c) for c in CURRICULA]


@pytest.fixture(scope="module")
def search(curricula, model):
    """Keywords and meaning over the five curricula together (a workspace's search), vectors from the index."""
    from pipeline.index import CapabilityIndex

    index = CapabilityIndex.build(curricula, model)
    return CapabilitySearch(curricula).attach(index, model)


@pytest.mark.parametrize("curriculum", CURRICULA)
@pytest.mark.parametrize("query", QUERIES)
def test_a_relevant_node_comes_first_or_the_search_says_there_is_none(search, query, curriculum):
    result = search.search(query, curriculum=curriculum)
    assert result.semantic
    assert result.hits and all(h.node.curriculum == curriculum for h in result.hits)
    first = result.hits[0].node.code
    relevant = RELEVANT[(query, curriculum)]
    if relevant is not None:
        assert not result.weak and result.message is None
        assert first in relevant, f"{query!r} in {curriculum}: {[h.node.code for h in result.hits[:5]]}"
        assert result.hits[0].kind in ("words", "synonym")
    else:
        assert result.weak
        assert result.message.startswith("No capability in ") and f"\u201c{query}\u201d" in result.message
        assert 1 < len(result.hits) <= 8  # the nearest, offered instead of nothing
        assert all(h.kind not in ("words", "synonym", "code") for h in result.hits)
        # the nearest are ranked: by the fused score, which for a node no word matched is its meaning alone
        assert [h.score for h in result.hits] == sorted((h.score for h in result.hits), reverse=True)
        for h in result.hits:
            if h.kind == "meaning":
                assert h.keywords == 0 and h.meaning > 0 and h.score == pytest.approx(DENSE_WEIGHT * h.meaning)
        if (query, curriculum) in NEAREST:
            assert first == NEAREST[(query, curriculum)], [h.node.code for h in result.hits[:5]]


def test_a_hit_says_where_it_matched(search):
    hit = search.search("chest drain", curriculum="rcem-2021").hits[0]
    assert (hit.field, hit.kind, hit.via) == ("typical evidence", "words", None)
    assert hit.text == "DOPS for chest drain, central line, sedation or reduction"
    assert [hit.text[a:b] for a, b in hit.spans] == ["chest", "drain"]
    assert hit.meaning is not None and hit.keywords > 0
    # through a synonym: "M&M" is written "morbidity and mortality" in the GMC's domain 6
    hit = search.search("M&M", curriculum="gmc-gpc-2017").hits[0]
    assert hit.node.code == "D6" and hit.kind == "synonym"
    # a long description is cut around the match
    hit = search.search("pericardiocentesis", curriculum="rcem-2021").hits[0]
    assert hit.node.code == "SLO6" and hit.field == "description" and len(hit.text) <= 202
    assert [hit.text[a:b].lower() for a, b in hit.spans] == ["pericardiocentesis"]


def test_abbreviations_and_synonyms_find_what_the_curriculum_writes_in_full(search):
    assert search.search("ICD", curriculum="rcem-2021").hits[0].node.code in ("SLO6.KC2", "SLO6")
    assert search.search("ICD", curriculum="rcem-2021").hits[0].via == "chest drain"
    assert search.search("QI", curriculum="rcpsych-gen-2022").hits[0].node.code == "6.2"
    lp = search.search("lumbar puncture", curriculum="rcem-2021")
    assert {h.node.code for h in lp.hits[:3]} >= {"SLO6.KC2", "SLO6.KC1"}  # KC1 only writes "LP"


def test_codes_and_aliases_are_found_first(search):
    assert [h.node.code for h in search.search("SLO6", curriculum="rcem-2021").hits[:2]] == ["SLO6", "SLO6.KC1"]
    hit = search.search("SLO11.KC2").hits[0]
    assert (hit.node.id, hit.kind, hit.field) == ("rcem-2021:SLO11.KC2", "code", "code")
    assert search.search("HLO7.1").hits[0].node.id == "rcpsych-gen-2022:7.1"  # an alias of the curriculum file


def test_an_empty_query_lists_every_node_and_a_bad_curriculum_is_an_error(search, curricula):
    everything = search.search("  ", limit=1000)
    assert [h.node.id for h in everything.hits] == [n.id for c in curricula for n in c.nodes]
    assert not everything.weak
    assert len(search.search("", limit=5).hits) == 5
    with pytest.raises(ValueError, match="unknown curriculum"):
        search.search("audit", curriculum="no-such")


def test_without_the_model_keywords_still_rank(curricula):
    plain = CapabilitySearch(curricula)
    result = plain.search("chest drain", curriculum="rcem-2021")
    assert not plain.semantic and not result.semantic and result.hits[0].meaning is None
    assert result.hits[0].node.code in RELEVANT[("chest drain", "rcem-2021")]
    assert plain.search("chest drain", curriculum="rcpsych-gen-2022").weak


def test_the_index_must_be_of_the_same_curricula(curricula, model):
    from pipeline.index import CapabilityIndex

    other = CapabilityIndex.build([curricula[0]], model)
    with pytest.raises(ValueError, match="other curricula"):
        CapabilitySearch(curricula).attach(other, model)


def test_the_thesaurus_file_and_its_rules():
    shipped = load_thesaurus()
    assert len(shipped.groups) > 50
    assert ("icd",) in shipped.ambiguous()  # a drain, a classification, a defibrillator
    assert stems("Chest drains") == ("chest", "drain") and stems("M&M") == ("m&m",)
    readings = {a.text: a for a in expand_query("ICD", shipped, shipped.ambiguous())}
    assert readings["intercostal drain"].kind == "synonym"
    # an ambiguous abbreviation is never searched in place of the words typed
    assert all(a.stems != ("icd",) for a in expand_query("chest drain", shipped, shipped.ambiguous()))
    # nor is a narrower term: "procedural sedation" is not what "sedation" asked for
    assert all(a.stems != ("procedur", "sedat") for a in expand_query("sedation", shipped, shipped.ambiguous()))
    small = Thesaurus.parse("# comment\nfoo | bar > baz\n")
    assert small.groups == ((("foo", "bar"), ("baz",)),)
    with pytest.raises(ValueError, match=":2: a group needs two terms"):
        Thesaurus.parse("ab cd | ef gh\nlonely\n", "t.txt")
    with pytest.raises(ValueError, match="no word to match"):
        Thesaurus.parse("the | and\n")
