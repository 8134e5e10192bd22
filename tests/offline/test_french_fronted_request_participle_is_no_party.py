"""A participle of a request for comment fronted before its subject (« Contactée, X a rejeté … »,
« Joint par l'AFP, X n'a pas donné suite ») tells how the reporter reached the party: it is no
part of the party (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names

CHARGE = "Les marins accusent la compagnie Armor Ferries de dumping social.\n\n"


def test_a_fronted_participle_of_contact_is_no_party(run):
    result = run(CHARGE + "Contactée, Vélorail Nord a rejeté ces accusations, assurant respecter le droit du travail.", "fr")
    assert "Contactée" not in names(result)


def test_a_fronted_participle_with_its_agent_is_no_party(run):
    result = run(CHARGE + "Joint par l'AFP, Vélorail Nord n'a pas donné suite.", "fr")
    assert not {"Joint", "AFP"} & set(names(result))


def test_a_participle_of_contact_after_the_party_leaves_the_party_whole(run):
    result = run(CHARGE + "La société Vélorail Nord, contactée par l'AFP, n'a pas donné suite.", "fr")
    assert "société Vélorail Nord" in names(result)
