"""French accused parties: a bare definite role (« l'élu », « le dirigeant ») that takes up the
one named person among the parties is that person, not a party of its own (invented sentences)."""

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
