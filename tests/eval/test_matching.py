"""Span matching (GGT's rule) and name agreement, on hand-computed cases."""

from __future__ import annotations

import pytest

from extractor.evaluation.matching import (
    alias_variants,
    best_name_score,
    claim_similarity,
    coordinated_names,
    is_pronoun,
    match_spans,
    name_score,
    names_agree,
    normalize_name,
)


def pairs(gold, pred, min_overlap=0.3):
    return [(p.gold, p.pred) for p in match_spans([[g] for g in gold], [[p] for p in pred], min_overlap)]


class TestSpans:
    def test_threshold_is_share_of_gold_and_inclusive(self):
        # gold 100 chars; 30 covered = exactly 0.3 -> match; 29 -> none.
        assert pairs([(0, 100)], [(70, 100)]) == [(0, 0)]
        assert pairs([(0, 100)], [(71, 100)]) == []
        # a huge prediction covering the whole gold still matches (coverage of gold, not of pred)
        assert pairs([(100, 110)], [(0, 400)]) == [(0, 0)]

    def test_strict_overlap(self):
        assert pairs([(0, 100)], [(20, 100)], 0.8) == [(0, 0)]
        assert pairs([(0, 100)], [(21, 100)], 0.8) == []

    def test_largest_overlap_first_not_maximum_matching(self):
        # G0=[0,100) G1=[100,150); P0=[0,40) covers 40% of G0; P1=[50,130) covers 50 of G0
        # and 30 (60%) of G1. Largest overlap first takes (G0,P1)=50, leaving P0-G0 and P1-G1
        # unavailable: 1 pair, although 2 were possible.
        assert pairs([(0, 100), (100, 150)], [(0, 40), (50, 130)]) == [(0, 1)]

    def test_one_to_one(self):
        assert pairs([(0, 100)], [(0, 100), (0, 100)]) == [(0, 0)]  # duplicate: first wins
        assert pairs([(0, 50), (50, 100)], [(0, 100)]) == [(0, 0)]  # one pred for two golds

    def test_fragments_count_only_quoted_pieces(self):
        gold = [[(0, 40), (60, 100)]]  # 80 quoted chars; the cue is 40-60
        assert match_spans(gold, [[(40, 60)]], 0.3) == []  # only the cue
        assert match_spans(gold, [[(30, 70)]], 0.3) == []  # 20/80 = 25%
        (pair,) = match_spans(gold, [[(0, 100)]], 0.3)
        assert pair.coverage == 1.0

    def test_empty(self):
        assert pairs([], [(0, 10)]) == []
        assert pairs([(0, 10)], []) == []
        assert pairs([(5, 5)], [(0, 10)]) == []  # zero-length gold never matches


class TestNames:
    @pytest.mark.parametrize(
        ("a", "b", "score"),
        [
            ("Pékin", "PEKIN", 1.0),  # case and accents
            ("l’OTAN", "OTAN", 1.0),  # leading article, curly apostrophe
            ("la Chine", "Chine", 1.0),
            ("M. Joe Biden", "Joe Biden", 1.0),  # French title
            ("Mr. Obama", "Barack Obama", 0.95),  # title + surname alone
            ("Garneau", "Marc Garneau", 0.95),  # surname alone
            ("le président Biden", "Joe Biden", 0.95),
            ("Joe Biden", "le président Joe R. Biden", 0.9),  # one contained in the other, in order
            ("ministère de la Sécurité de l’État", "ministère [chinois] de la Sécurité de l’État", 0.9),
            ("États-Unis", "les Etats Unis", 1.0),  # punctuation
        ],
    )
    def test_agree(self, a, b, score):
        assert name_score(a, b) == pytest.approx(score)
        assert name_score(b, a) == pytest.approx(score)

    def test_near_miss_by_rapidfuzz(self):
        assert 0.9 <= name_score("Harjit Sajan", "Harjit Sajjan") < 1.0
        assert 0.9 <= name_score("Dominic Rab", "Dominic Raab") < 1.0

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("Bill Clinton", "Hillary Clinton"),
            ("Canada", "Canada Post"),  # a single word only as a surname (last word)
            ("la justice américaine", "l’administration américaine"),  # title kept before lower-case word
            ("Marc Garneau", "Bill Blair"),
            ("", "Joe Biden"),
            ("the", "The"),  # nothing left after normalisation
        ],
    )
    def test_disagree(self, a, b):
        assert name_score(a, b) == 0.0

    def test_normalize_and_aliases(self):
        assert normalize_name("  M. Jean-Yves  Le Drian ") == "jean yves le drian"
        assert names_agree(["Pékin"], ["la Chine", "Pékin", "le gouvernement chinois"])
        assert not names_agree(["APT40"], ["la Chine", "Pékin"])
        assert is_pronoun("He") and is_pronoun("who") and is_pronoun("elle")
        assert not is_pronoun("Trump") and not is_pronoun(None)


def test_claim_similarity():
    gold = "Le gouvernement chinois fait appel à des pirates informatiques criminels."
    assert claim_similarity(gold, "Pékin fait appel à des pirates informatiques criminels pour mener des attaques") >= 60
    assert claim_similarity(gold, "La Chine") == 0.0  # fewer than three shared content words
    assert claim_similarity(gold, "chinois") == 0.0  # token_set_ratio alone would give 100 (a subset)
    assert claim_similarity("Biden ment", "Biden ment.") == 100.0  # short texts: all words shared
    assert claim_similarity(gold, "Les vaccins sont efficaces contre le virus") < 60


@pytest.mark.parametrize(
    ("alias", "variants"),
    [
        ("Brian Fallow, the club’s press officer,", ("Brian Fallow",)),  # apposition: the name piece
        ("Smith, a spokesman for Jones", ("Smith",)),  # not Jones
        ("Lee Ann’s doctor", ("doctor",)),  # the possessor is not the speaker
        ("Surety companies that had insured the mine", ("Surety companies",)),  # relative clause cut
        ("Rep. Ann Cole of Ohio, the panel's ranking member", ("Rep. Ann Cole of Ohio", "ranking member")),  # no name piece: all pieces
        ("la justice américaine", ("la justice américaine",)),
    ],
)
def test_descriptive_gold_aliases(alias, variants):
    assert alias_variants(alias) == variants


def test_best_name_score_uses_alias_variants():
    assert best_name_score(["Brian Fallow"], ["Brian Fallow, the club’s press officer,"]) == 1.0
    assert best_name_score(["Jones"], ["Smith, a spokesman for Jones"]) == 0.0
    assert best_name_score(["Lee Ann"], ["Lee Ann’s doctor"]) == 0.0
    assert best_name_score(["Ann Cole"], ["Rep. Ann Cole of Ohio, the panel's ranking member"]) == 0.9
    # the same long description predicted verbatim is equal, whatever its pieces
    assert best_name_score(["Smith, a spokesman for Jones"], ["Smith, a spokesman for Jones"]) == 1.0


@pytest.mark.parametrize(
    ("alias", "names"),
    [
        ("Ann Porter and Lee Vance", [["Ann Porter"], ["Lee Vance"]]),
        ("Ann Porter, Lee Vance and Rob Dale", [["Ann Porter"], ["Lee Vance"], ["Rob Dale"]]),
        ("Marie Dupont et Jean Martin", [["Marie Dupont"], ["Jean Martin"]]),
        ("Tom and Jane Harlow", [["Tom", "Tom Harlow"], ["Jane Harlow"]]),  # a shared surname, or a surname alone
        ("Ann Porter", []),
        ("many marchers and spectators", []),  # a description, not names
        ("Porter, a spokesman", []),
        ("Speaker Ann Porter, R-Wis.,", []),  # an apposition, no coordination
        ("Marchal & Vidal", []),  # one firm
    ],
)
def test_coordinated_names(alias, names):
    assert coordinated_names(alias) == names
