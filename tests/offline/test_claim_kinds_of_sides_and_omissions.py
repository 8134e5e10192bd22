"""Claim kinds in an article that reports an accusation: a statement given as its speaker's view
(« Pour X, … ») or insisted on (« affirme », « soutient ») takes a side on the charge, and one
that tells of something done without what was due states the charge's matter (made-up
sentences, negatives included)."""

from __future__ import annotations

import pytest

_CHARGE = "Le député Marc Dufour accuse Paul Vernier de favoritisme. "
_POLLUTION_CHARGE = "Le député Marc Dufour accuse la société Terralis de pollution. "


def _second_claim_kind(run, text: str) -> str:
    result = run(text, "fr")
    assert len(result.claims) >= 2, result.claims
    return result.claims[1].kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a view on the charge: the accuser's side blames
        (_CHARGE + "Pour le syndicat Sud, les règles ont été réécrites en cours de route.", "accusation"),
        # the defence's view holds a negation: it denies
        (_CHARGE + "Pour l'avocat Jean Gris, ces explications ne tiennent pas.", "denial"),
        # « selon X » sources a fact; it takes no side
        (_CHARGE + "Selon le syndicat Sud, les règles ont été adoptées en mars.", "factual_assertion"),
    ],
)
def test_a_view_given_amid_a_charge_takes_a_side(run, text, kind):
    assert _second_claim_kind(run, text) == kind


def test_a_view_of_a_fact_where_no_one_is_accused_stays_a_fact(first_claim_kind):
    assert first_claim_kind("Pour le maire Paul Roux, le festival a attiré 20 000 visiteurs cette année.") == "factual_assertion"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # something done without what was due
        (_CHARGE + "Selon le syndicat Sud, la fille du maire a été recrutée sans le moindre jury.", "accusation"),
        (_CHARGE + "Le syndicat Sud affirme que les contrats étaient signés sans délai de réflexion.", "accusation"),
        # what is absent is a wrong: the statement clears the accused
        (_CHARGE + "Selon l'avocat Jean Gris, il s'agit d'un simple cadeau, sans corruption ni favoritisme.", "denial"),
        # fixed phrases on « sans » miss nothing
        (_CHARGE + "Selon le préfet Jean Blanc, les interpellations se sont déroulées sans incident.", "factual_assertion"),
        (_CHARGE + "Selon le préfet Jean Blanc, la salle sera sans doute rouverte en mars.", "prediction"),
    ],
)
def test_a_thing_done_without_what_was_due_amid_a_charge(run, text, kind):
    assert _second_claim_kind(run, text) == kind


def test_a_thing_done_without_something_where_no_one_is_accused_stays_a_fact(first_claim_kind):
    assert first_claim_kind("Selon le maire Paul Roux, deux candidats avaient été écartés sans motivation sérieuse.") == "factual_assertion"


def test_a_view_that_says_what_someone_is_amid_a_charge_is_an_opinion(run):
    # (for or against the accused: the attribute judges; the partisans accuse no one)
    assert _second_claim_kind(run, _CHARGE + "Pour ses partisans, Paul Vernier est un homme intègre.") == "opinion"


def test_a_view_that_a_thing_is_without_a_link_to_the_charge_denies(run):
    # « sans lien » clears, as « aucun lien » does, whatever the view's cue
    assert _second_claim_kind(run, _CHARGE + "Pour l'avocat Jean Gris, ce contrat reste sans lien avec le marché.") == "denial"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the accusing side insists on the other side's conduct: it blames
        (_POLLUTION_CHARGE + "Une riveraine, Anne Morel, affirme que l'usine rejetait ses eaux la nuit dans la rivière.", "accusation"),
        (_POLLUTION_CHARGE + "Le syndicat Sud soutient que la direction connaissait le problème depuis longtemps.", "accusation"),
        # the side accused insists on its own conduct: it denies
        (_POLLUTION_CHARGE + "Le directeur Paul Vernier affirme que nous avons respecté chaque étape de la procédure.", "denial"),
        (_POLLUTION_CHARGE + "Le directeur Paul Vernier soutient que nos rejets sont contrôlés chaque semaine par un laboratoire.", "denial"),
        # a figure stays a fact, whoever insists on it
        (_POLLUTION_CHARGE + "Le directeur Paul Vernier affirme que 80 % des bassins ont été rénovés.", "factual_assertion"),
        # the speaker's own act in the infinitive takes no side
        (_POLLUTION_CHARGE + "Le directeur Paul Vernier affirme avoir rencontré les riverains en mairie.", "factual_assertion"),
        # « indique » reports; it does not insist
        (_POLLUTION_CHARGE + "Le préfet Jean Blanc indique que l'usine rejetait ses eaux dans la rivière.", "factual_assertion"),
    ],
)
def test_a_statement_insisted_on_amid_a_charge_takes_a_side(run, text, kind):
    assert _second_claim_kind(run, text) == kind


def test_a_statement_insisted_on_where_no_one_is_accused_stays_a_fact(first_claim_kind):
    # a neutral official's account, no charge in the article
    assert first_claim_kind("Le maire Paul Roux affirme que la salle des fêtes a rouvert ses portes en mars.") == "factual_assertion"


def test_a_victims_account_where_no_one_is_accused_stays_a_fact(first_claim_kind):
    assert first_claim_kind("Une habitante, Anne Morel, affirme que l'eau est montée dans sa cave en quelques minutes.") == "factual_assertion"


def test_a_call_insisted_on_by_the_accused_side_stays_a_call(run):
    # the kind of its own wins: the rule changes only factual assertions
    assert _second_claim_kind(run, _POLLUTION_CHARGE + "Le directeur Paul Vernier affirme qu'il faut attendre les conclusions de l'enquête.") == "call_to_action"
