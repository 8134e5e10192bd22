"""Claim kinds in an article that reports an accusation: a statement its speaker insists on
(« affirme », « soutient », « a lancé ») takes a side on the charge — a denial when the speaker
tells of its own side, else an accusation; a figure, the speaker's own act in the infinitive and
a statement where no one is accused stay facts (made-up sentences, negatives included)."""

from __future__ import annotations

import pytest

_CHARGE = "Le député Marc Dufour accuse la société Terralis de pollution. "


def _second_claim_kind(run, text: str) -> str:
    result = run(text, "fr")
    assert len(result.claims) >= 2, result.claims
    return result.claims[1].kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the accusing side insists on the other side's conduct: it blames
        (_CHARGE + "Une riveraine, Anne Morel, affirme que l'usine rejetait ses eaux la nuit dans la rivière.", "accusation"),
        (_CHARGE + "Le syndicat Sud soutient que la direction connaissait le problème depuis longtemps.", "accusation"),
        # the side accused insists on its own conduct: it denies
        (_CHARGE + "Le directeur Paul Vernier affirme que nous avons respecté chaque étape de la procédure.", "denial"),
        (_CHARGE + "Le directeur Paul Vernier soutient que nos rejets sont contrôlés chaque semaine par un laboratoire.", "denial"),
        # (a figure in a relative clause is an aside)
        (_CHARGE + "Le directeur Paul Vernier a affirmé que notre chauffeur, qui a vingt ans de métier, a respecté la signalisation.", "denial"),
        # a figure stays a fact, whoever insists on it
        (_CHARGE + "Le directeur Paul Vernier affirme que 80 % des bassins ont été rénovés.", "factual_assertion"),
        # the speaker's own act in the infinitive takes no side
        (_CHARGE + "Le directeur Paul Vernier affirme avoir rencontré les riverains en mairie.", "factual_assertion"),
        # « indique » reports; it does not insist
        (_CHARGE + "Le préfet Jean Blanc indique que l'usine rejetait ses eaux dans la rivière.", "factual_assertion"),
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
    assert _second_claim_kind(run, _CHARGE + "Le directeur Paul Vernier affirme qu'il faut attendre les conclusions de l'enquête.") == "call_to_action"
