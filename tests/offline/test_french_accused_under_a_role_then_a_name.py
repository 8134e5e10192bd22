"""French accused parties under a role, then a name: a bare definite role (« l'élu », « le
dirigeant ») taking up the one named person among the parties, and a lead's description of one
person whom the next paragraph names, are that person; a judicial locution read past a bare
noun of time (« mis mardi en examen ») finds its party (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names


def test_bare_role_is_the_one_named_person(run):
    result = run("Anne Lemoine a été condamnée pour fraude fiscale. La commerçante a été condamnée à une amende.", "fr")
    assert names(result) == ["Anne Lemoine"], names(result)
    result = run("Paul Verdier a été mis en examen mardi pour abus de biens sociaux. Le dirigeant a été placé sous contrôle judiciaire.", "fr")
    assert names(result) == ["Paul Verdier"], names(result)


def test_bare_role_stays_apart_when_two_people_are_named(run):
    result = run(
        "Paul Verdier a été mis en examen mardi pour favoritisme. Anne Lemoine a été condamnée pour fraude. "
        "Le dirigeant a été placé sous contrôle judiciaire.", "fr")
    assert "dirigeant" in names(result), names(result)


def test_collective_or_described_role_stays_apart(run):
    result = run("Paul Verdier a été mis en examen mardi pour favoritisme. La direction a été mise en cause par les syndicats.", "fr")
    assert "direction" in names(result), names(result)
    result = run("Paul Verdier a été mis en examen mardi pour favoritisme. L'ancien directeur financier a été placé sous contrôle judiciaire.", "fr")
    assert len(names(result)) == 2, names(result)


def test_lead_description_is_the_person_the_next_paragraph_names(run):
    result = run(
        "Un médecin de Lens a été mis en examen jeudi pour homicide involontaire, a annoncé le parquet.\n\n"
        "Le Dr Paul Roux, 63 ans, a été placé sous contrôle judiciaire.", "fr")
    assert names(result) == ["Paul Roux"], names(result)
    result = run(
        "Un négociant en vins a été mis en examen jeudi pour escroquerie, a annoncé le parquet.\n\n"
        "Le négociant, Paul Roux, 58 ans, a été placé sous contrôle judiciaire.", "fr")
    assert names(result) == ["Paul Roux"], names(result)


def test_lead_description_stays_apart_from_someone_else_named_next(run):
    result = run(
        "Un médecin de Lens a été mis en examen jeudi pour homicide involontaire, a annoncé le parquet.\n\n"
        "Sa patiente, Anne Roux, a porté plainte contre Paul Verdier pour diffamation.", "fr")
    assert len(names(result)) == 2, names(result)


def test_judicial_locution_past_a_bare_noun_of_time(run):
    result = run("Le fondateur d'une école privée a été mis mardi en examen pour escroquerie, a annoncé le parquet.", "fr")
    assert names(result) == ["fondateur d'une école privée"], names(result)
    assert names(run("Paul Verdier a été placé lundi soir en garde à vue.", "fr")) == ["Paul Verdier"]
