"""French accused parties whose wrong is narrated with no word of accusation (round 33, lane
accsp33): a duty left undone — a verb of upkeep, checking, warning or complying, negated or after
« sans » — and verbs of damage, pollution or deceit; by the statement's speaker, or by no one
when the writer tells it (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_negated_duty_in_a_statement_blames_its_doer(run):
    result = run("Selon les copropriétaires, le syndicat n'a pas respecté ses obligations.", "fr")
    assert names(result) == ["syndicat"], names(result)
    assert accusers_of(result, "syndicat") == ["copropriétaires"]


def test_duty_left_undone_after_sans_blames_the_clauses_subject(run):
    result = run("Le distributeur a coupé le courant sans prévenir les habitants, déplorent les élus.", "fr")
    assert names(result) == ["distributeur"], names(result)
    assert accusers_of(result, "distributeur") == ["élus"]


def test_agent_of_a_negated_passive_duty_is_blamed_not_the_thing_or_the_victim(run):
    result = run("Selon le maire, les digues n'ont pas été entretenues par la société Hydrel.", "fr")
    assert names(result) == ["société Hydrel"], names(result)
    result = run("Le maire n'a pas été informé par la préfecture, a déploré son adjoint.", "fr")
    assert names(result) == ["préfecture"], names(result)


def test_duty_left_undone_told_by_the_writer_is_accused_by_no_one(run):
    result = run("La société Hydrel n'a jamais entretenu les digues du canal.", "fr")
    assert names(result) == ["société Hydrel"], names(result)
    assert accusers_of(result, "société Hydrel") == []


def test_pollution_and_damage_told_in_a_statement_blame_their_doer(run):
    result = run("Selon les riverains, la société déverse ses eaux usées dans la rivière depuis des années.", "fr")
    assert names(result) == ["société"], names(result)
    assert accusers_of(result, "société") == ["riverains"]


@pytest.mark.parametrize("text", [
    "« Nous n'avons jamais contrôlé ces livraisons », a reconnu le directeur.",  # the speaker's own side
    "Si la société n'entretenait pas les digues, la commune porterait plainte.",  # supposed
    "La société Hydrel n'a-t-elle pas entretenu les digues ?",  # asked
    "L'AFP n'a pas pu vérifier ces informations.",  # a check one could not make
    "Les digues n'ont pas été entretenues, selon le maire.",  # an agentless passive
    "Selon le maire, la société a toujours respecté ses obligations.",  # not negated
    "La digue a cédé sans prévenir, selon le maire.",  # an accident, no one's act
    "La direction reconnaît ne pas avoir vérifié les fichiers.",  # an admission, no accuser
])
def test_no_party_for_a_duty_not_left_undone_by_anyone_accused(run, text):
    assert names(run(text, "fr")) == [], names(run(text, "fr"))


def test_an_arrest_without_incident_blames_no_police(run):
    result = run("Les gendarmes ont interpellé le conducteur sans ménagement et sans prévenir sa famille.", "fr")
    assert "gendarmes" not in names(result), names(result)



def test_jamais_without_ne_is_no_negation(run):
    assert names(run("Mossoul est la plus grande ville jamais contrôlée par l'organisation Kessar.", "fr")) == []


def test_damage_told_by_the_writer_accuses_no_one_of_it(run):
    # (measured: the writer's own « a cassé un mutisme », « son armée outrepasse les rebelles » are no wrongs)
    assert names(run("Le directeur a cassé le silence lors d'une conférence.", "fr")) == []
