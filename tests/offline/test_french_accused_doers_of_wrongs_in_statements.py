"""French accused parties: the doer of a wrongdoing told inside reported
content with no word of accusation (a wrong committed, a wrong by neglect or trickery), and the
antecedent of an object relative after a noun with « de » complements (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


@pytest.mark.parametrize("text, party, accuser", [
    ("Selon l'avocate Jeanne Morel, la clinique a commis plusieurs fautes graves lors de l'opération.", "clinique", "Jeanne Morel"),
    ("L'expert Marc Lenoir estime que le cabinet a commis « une série de fautes » dans ce dossier.", "cabinet", "Marc Lenoir"),
    ("D'après le juriste Paul Girard, la société Fidexa a commis « au moins deux irrégularités » dans l'appel d'offres.", "société Fidexa", "Paul Girard"),
    ("Le syndicat affirme que la direction a multiplié les irrégularités depuis l'été.", "direction", "syndicat"),
])
def test_a_wrong_committed_in_a_statement_blames_its_doer(run, text, party, accuser):
    result = run(text, "fr")
    assert party in names(result), names(result)
    assert accusers_of(result, party) == [accuser]


def test_a_wrong_committed_in_the_passive_blames_its_agent(run):
    result = run("Selon la direction, des irrégularités ont été commises par l'ancien comptable de la mutuelle.", "fr")
    assert accusers_of(result, "ancien comptable de la mutuelle") == ["direction"]


@pytest.mark.parametrize("text", [
    "Selon l'avocate, la préfecture n'a commis aucune faute dans ce dossier.",
    "« Nous avons commis des fautes », a reconnu le directeur Paul Lemaire.",
    "La clinique a commis une faute de facturation en mars.",
    "Selon le juge, le témoin a commis une erreur de date.",
])
def test_a_wrong_denied_owned_or_told_by_the_article_blames_no_one(run, text):
    assert names(run(text, "fr")) == []


@pytest.mark.parametrize("text, party, accuser", [
    ("Selon la syndicaliste Anne Roux, le ministère a négligé les alertes des enseignants.", "ministère", "Anne Roux"),
    # (a past participle the tagger reads as an adjective, with its « avoir »)
    ("L'association estime que la mairie a bâclé l'enquête publique sur le projet.", "mairie", "association"),
    ("Selon l'avocat, les gardiens ont maltraité le détenu pendant sa garde à vue.", "gardiens", "avocat"),
])
def test_a_wrong_by_neglect_or_abuse_in_a_statement_blames_its_doer(run, text, party, accuser):
    result = run(text, "fr")
    assert party in names(result), names(result)
    assert accusers_of(result, party) == [accuser]


def test_a_wrong_by_neglect_denied_blames_no_one(run):
    assert names(run("Selon le syndicat, le ministère n'a pas négligé les alertes des enseignants.", "fr")) == []


def test_the_antecedent_of_an_object_relative_is_the_whole_noun_phrase(run):
    # (the phrase before the comma ends on a « de » complement)
    result = run("Le sénateur réclame des explications au conseil départemental du Gard, qu'il accuse d'avoir gelé les subventions.", "fr")
    assert "conseil départemental du Gard" in names(result), names(result)
    assert accusers_of(result, "conseil départemental du Gard") == ["sénateur"]


def test_the_antecedent_of_an_object_relative_is_found_past_an_acronym_in_brackets(run):
    result = run("Le sénateur réclame des explications au conseil départemental du Gard (CDG), qu'il accuse d'avoir gelé les subventions.", "fr")
    assert "conseil départemental du Gard" in names(result), names(result)


@pytest.mark.parametrize("text", [
    "Le préfet a regretté « une fermeture de la route qui pénalise d'abord les commerçants ».",
    "Le maire a dénoncé « une hausse qui pénalise surtout les retraités ».",
])
def test_a_thing_that_penalises_harms_its_victims_without_penalising_them(run, text):
    assert names(run(text, "fr")) == []


def test_a_party_that_penalises_still_sanctions(run):
    result = run("La commission a sanctionné l'entraîneur Paul Morel pour ses propos.", "fr")
    assert accusers_of(result, "Paul Morel") == ["commission"]
