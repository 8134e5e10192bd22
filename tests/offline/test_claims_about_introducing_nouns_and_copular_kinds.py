"""Claims: what a claim is about when the article calls a named thing by
the noun it introduced it with, and the kind of a copula with an adjective."""

from __future__ import annotations


def test_the_noun_that_introduced_a_named_company_stands_for_it(run):
    # « la compagnie » later is the company the article introduced as « la compagnie … Air Boréal ».
    result = run(
        "Un vol de la compagnie aérienne canadienne Air Boréal a été retardé de six heures mardi à Lyon. "
        "« Les passagers de la compagnie seront remboursés », a assuré le porte-parole Marc Lenoir.",
        "fr",
    )
    claim = next(c for c in result.claims if "remboursés" in c.text)
    assert "Air Boréal" in claim.about


def test_a_noun_of_relation_does_not_stand_for_the_person_it_introduced(run):
    # « son ami X » says how X is related to someone, not what X is: « un ami » later is anyone.
    result = run(
        "Le sénateur Paul Garnier a dîné avec son ami Luc Marchal. "
        "« Un ami m'a prêté sa voiture », a raconté Paul Garnier.",
        "fr",
    )
    claim = next(c for c in result.claims if "voiture" in c.text)
    assert "Luc Marchal" not in claim.about


def test_a_name_hung_on_another_noun_is_not_introduced_by_the_noun_before_it(run):
    # « le ministre de la culture X »: X is the minister, not « la culture ».
    result = run(
        "Le ministre de la culture Paul Garnier visitera le musée jeudi. "
        "« La culture est une priorité pour la région », a déclaré le maire Luc Marchal.",
        "fr",
    )
    claim = next(c for c in result.claims if "priorité" in c.text)
    assert "Paul Garnier" not in claim.about


def test_a_copula_with_an_adjective_of_condition_states_a_fact(run):
    # « intactes », « inconnue »: the state a thing is in, which can be checked, not a judgement.
    result = run(
        "« Les archives de la mairie étaient intactes », a affirmé la maire Sophie Roux. "
        "« La cause de la panne reste inconnue », a déclaré le directeur de la centrale Marc Lenoir.",
        "fr",
    )
    kinds = {c.text: c.kind for c in result.claims}
    assert kinds["Les archives de la mairie étaient intactes."] == "factual_assertion"
    assert kinds["La cause de la panne reste inconnue."] == "factual_assertion"


def test_a_copula_with_a_judging_adjective_stays_an_opinion(run):
    result = run("« Cette décision est injuste », a affirmé la maire Sophie Roux.", "fr")
    assert [c.kind for c in result.claims] == ["opinion"]
