"""Claim kinds: a negation said in answer or reassurance rejects what was said, wherever the
parser hangs it in the proposition (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a correction (« non … ») hung from a complement, not from the main verb
        ("Le ministre Paul Roux a répondu que la fermeture répondait à un plan établi de longue date, non à un caprice.", "denial"),
        ("Le ministre Paul Roux a répondu que la fermeture découlait d'un plan établi de longue date, non d'un caprice.", "denial"),
        # a negative determiner the parser attached to the verb of a broken clause
        ("Le directeur Paul Roux a assuré qu'aucune « des factures aient été détruites ».", "denial"),
        # a verbless answer: the negation sits on the adverbial clause
        ("Le porte-parole Paul Roux a répondu : « pas pour nuire aux commerçants, mais pour alerter l'opinion ».", "denial"),
        # a negation inside a relative clause negates nothing the answer asserts
        ("Le maire Paul Roux a répondu que l'usine, qui n'a jamais fermé, emploie 300 personnes.", "factual_assertion"),
        # « plus » without « ne » is "more", not "no more"
        ("Le maire Paul Roux a répondu que plus de 300 personnes ont été recrutées.", "factual_assertion"),
        # the same correction told by a plain reporting verb is no answer to anything
        ("Le maire Paul Roux a indiqué que la fermeture découlait d'un plan établi de longue date, non d'un caprice.", "factual_assertion"),
        # an answer without a negation states a fact
        ("Le maire Paul Roux a répondu que le vote avait eu lieu en mars.", "factual_assertion"),
    ],
)
def test_a_negation_anywhere_in_an_answer_is_a_denial(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.timeout(120)
def test_a_negation_in_a_proposition_holding_its_sentence_root_is_found_and_the_climb_ends():
    """The climb from a negation to the top of its proposition stops at the sentence's root
    (spaCy makes a new Token object at every access: a test of identity never held there)."""
    from extractor.engines.offline.claims import _holds_a_negation
    from extractor.engines.offline.models import get_nlp

    doc = get_nlp("fr")("La fermeture découle d'un plan ancien, non d'un caprice.")
    assert _holds_a_negation(doc[:])
    doc = get_nlp("fr")("L'usine, qui n'a jamais fermé, emploie 300 personnes.")
    assert not _holds_a_negation(doc[:])


_CHARGE = " Le député Marc Dufour accuse Paul Vernier de favoritisme dans l'attribution des marchés."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a fact given as a reassurance in an article that reports someone accused answers the charge
        ("L'avocat Jean Gris assure que toutes les offres avaient été examinées par un cabinet extérieur." + _CHARGE, "denial"),
        # the same fact told by a plain reporting verb is a fact
        ("L'avocat Jean Gris indique que toutes les offres avaient été examinées par un cabinet extérieur." + _CHARGE, "factual_assertion"),
        # where no one is accused, a reassurance asserts a fact
        ("Le maire Paul Roux assure que toutes les offres avaient été examinées par un cabinet extérieur.", "factual_assertion"),
        # a reassurance of what will be keeps its own kind
        ("L'avocat Jean Gris assure que son client répondra à toutes les questions des enquêteurs." + _CHARGE, "prediction"),
    ],
)
def test_a_reassurance_amid_a_charge_is_a_denial(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind
