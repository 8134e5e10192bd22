"""French speech acts named by a verb's object (« présenter ses excuses », « adresser ses
condoléances »): the object phrase is the statement (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"]


def test_apology_presented_is_a_statement_without_the_narrators_participle(run):
    text = "Critiquée pour son silence, la ministre Anne Roy a présenté des excuses aux habitants pour les retards du chantier, permettant la reprise du dialogue."
    assert indirect(run(text, "fr")) == [("des excuses aux habitants pour les retards du chantier", "Anne Roy")]


def test_condolences_addressed_are_a_statement(run):
    text = "Le président Paul Roy a adressé ses condoléances aux familles des victimes de l'incendie."
    assert indirect(run(text, "fr")) == [("ses condoléances aux familles des victimes de l'incendie", "Paul Roy")]


def test_presenting_a_budget_states_nothing(run):
    assert indirect(run("Le maire Paul Roy a présenté son budget aux élus du conseil.", "fr")) == []
