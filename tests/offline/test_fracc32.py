"""French accused parties, round 20 (lane fracc32): the person named in an apposition to the
description of the party (invented sentences)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_person_named_in_apposition_is_the_party(run):
    result = run("Le patron du garage, Marc Vial, a été mis en examen pour escroquerie.", "fr")
    record = next((a for a in result.accused if a.name == "Marc Vial"), None)
    assert record is not None and "Le patron du garage" in record.aliases, names(result)
    result = run("Le juge a condamné le trésorier du club, Paul Ravel, à un an de prison.", "fr")
    assert names(result) == ["Paul Ravel"], names(result)


def test_description_without_a_name_after_it_stays_the_party(run):
    result = run("Le juge a condamné le trésorier du club, mardi, à un an de prison.", "fr")
    assert names(result) == ["trésorier du club"], names(result)
