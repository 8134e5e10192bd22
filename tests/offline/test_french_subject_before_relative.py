"""French speakers (round 33): a subject set off from its verb by a relative clause between
commas (« X, qui …, affirme »), which the parse hangs the verb inside. Made-up sentences."""

from __future__ import annotations

import pytest


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The parse hangs the verb on a noun inside the clause, which became the speaker.
        ("Le biologiste, qui dirigeait un laboratoire de douze personnes, conteste toute fraude.", "toute fraude", "biologiste"),
        # The parse made the subject the clause verb's: the verb had none.
        ("Le département, qui gère les collèges, a annoncé qu'il porterait plainte.", "il porterait plainte", "département"),
        ("Un ancien employé de la mairie, qui a requis l'anonymat, raconte qu'on lui demandait de se taire.", "on lui demandait", "ancien employé de la mairie"),
        ("Sur les réseaux sociaux, plusieurs anciennes clientes, qui témoignent sous pseudonyme, décrivent des soins bâclés.", "des soins bâclés", "plusieurs anciennes clientes"),
        ("La société Laiteries du Causse, qui emploie 90 personnes, conteste la méthode sans nier les faits.", "la méthode", "société Laiteries du Causse"),
        # An apposed name before the clause is the subject.
        ("Un ancien associé, Lucien Marchetti, qui s'est constitué partie civile, estime que les comptes avaient été truqués.", "les comptes", "Lucien Marchetti"),
        # A subject phrase the parse ran on into the clause (« dont … ») is cut before it.
        ("Dans un communiqué, la coopérative, dont le siège est à Rodez, assure respecter les quotas.", "respecter les quotas", "coopérative"),
    ],
)
def test_subject_before_a_relative_clause(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The relative clause hangs on an object: the verb after it has its own subject.
        ("Les riverains ont signé une lettre, qui circule depuis mai, affirme le collectif.", "Les riverains", "collectif"),
        # A relative clause on the object of the first verb: the coordinated verb keeps the first subject.
        ("Le ministre a reçu des éleveurs, qui réclament des aides, et a promis que la loi serait votée.", "la loi serait votée", "ministre"),
        # A description of another person than the one named before keeps its own words
        # (a feminine role after a man).
        ("Paul Garnier a quitté la salle. La juge, qui a entendu les deux parties, estime que la procédure est régulière.", "la procédure", "juge"),
        # A relative clause on a fronted adjunct, then a name and its apposition: the name.
        ("Dans sa plainte, dont notre rédaction a pu consulter des extraits, Julie Ravelle, 34 ans, professeure de danse, accuse Dominique Serre de lui avoir adressé « des remarques humiliantes ».", "Dominique Serre", "Julie Ravelle"),
        # An indefinite description stays an unnamed source.
        ("Une voisine, qui habite au-dessus, raconte que le feu a pris vers minuit.", "le feu a pris", "voisine"),
    ],
)
def test_relative_clause_not_between_a_subject_and_its_verb(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker



@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # The tagger reads the age noun as an adjective; it takes up the man named before.
        ("Paul Martin a présidé le syndicat pendant dix-sept ans. Dans sa réponse écrite, le septuagénaire affirme que le syndicat « ne disposait pas des moyens techniques ».", "le syndicat", "Paul Martin"),
        ("Nadine Caron tient la boulangerie depuis 1998. Selon la quinquagénaire, le loyer a doublé en deux ans.", "le loyer", "Nadine Caron"),
    ],
)
def test_a_definite_age_noun_takes_up_the_person_named_before(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "not_speaker"),
    [
        # A feminine age noun after a man is someone else.
        ("Paul Martin a présidé le syndicat pendant dix-sept ans. Selon la septuagénaire, le syndicat « ne disposait pas des moyens techniques ».", "le syndicat", "Paul Martin"),
        # An indefinite one brings in someone new.
        ("Paul Martin a présidé le syndicat pendant dix-sept ans. Un septuagénaire affirme que le syndicat « ne disposait pas des moyens techniques ».", "le syndicat", "Paul Martin"),
    ],
)
def test_an_age_noun_of_another_gender_or_indefinite_is_someone_else(run, text, start, not_speaker):
    assert speaker_of(run(text, "fr"), start) != not_speaker
