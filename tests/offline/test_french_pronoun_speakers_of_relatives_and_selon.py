"""French pronoun speakers: the subject pronoun of an object relative clause (« …, qu'ils
accusent de … ») takes up the subject of the main clause before it, not the noun its own clause
describes; a stressed pronoun after « selon » inside a sentence (« traités selon elle avant
janvier ») is the whole source, resolved like any il/elle. Made-up sentences."""

from __future__ import annotations

import pytest


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # the pronoun cannot stand for « la société Marex », the noun its own clause describes
        (
            "Une vingtaine de pêcheurs ont porté plainte lundi contre la société Marex, qu'ils accusent d'avoir pollué l'étang.",
            "avoir pollué",
            "vingtaine de pêcheurs",
        ),
        (
            "Un boulanger de Rouen a assigné mardi son fournisseur, qu'il accuse de lui avoir vendu de la farine avariée.",
            "lui avoir vendu",
            "boulanger de Rouen",
        ),
        # not the subject of a relative clause inside the main subject
        (
            "Une trentaine de parents dont les enfants sont inscrits à l'école ont assigné la mairie, qu'ils accusent d'avoir fermé la cantine.",
            "avoir fermé",
            "trentaine de parents",
        ),
    ],
)
def test_pronoun_of_an_object_relative_takes_up_the_main_subject(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


def test_pronoun_of_an_object_relative_agrees_in_number(run):
    # « il » cannot take up a plural subject: the rule leaves it to the usual resolution
    text = "Paul Roux est arrivé à midi. Les pêcheurs ont assigné le maire, qu'il accuse de négligence depuis des années."
    result = run(text, "fr")
    assert all(q.speaker != "pêcheurs" for q in result.quotes)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "La directrice, Anne Morel, reconnaît des retards. Les dossiers seront traités selon elle avant la fin de janvier.",
            "Les dossiers seront traités",
            "Anne Morel",
        ),
        (
            "L'avocat du médecin, Me Arnaud Delcroix, conteste toute faute. Son client soignait selon lui des malades que personne ne voulait prendre.",
            "des malades",
            "Arnaud Delcroix",
        ),
    ],
)
def test_stressed_pronoun_inside_a_sentence_is_the_whole_source(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker
