"""A paragraph's first sentence stays whole (made-up sentences): the preset sentence start at a
paragraph break must not make the parser cut the subject off its verb."""

from __future__ import annotations

from extractor.engines.offline.models import get_nlp


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in get_nlp("fr")(text).sents]


def test_paragraph_subject_stays_with_its_verb():
    text = "Le maire a inauguré le pont.\n\nJean-Luc Perrin ( PS ), a lui tenté sans succès de supprimer la redevance."
    sentences = _sentences(text)
    assert sentences[-1].startswith("Jean-Luc Perrin ( PS )")
    assert len(sentences) == 2


def test_paragraph_opening_noun_phrase_stays_whole():
    sentences = _sentences("Le texte a été adopté.\n\nL'organisation Force rouge ( FR selon son sigle ) a revendiqué l'attaque.")
    assert sentences[-1].startswith("L'organisation Force rouge")


def test_speaker_of_a_paragraph_with_a_long_apposition(run):
    text = (
        "12 mai 2019 . – L’ architecte Marcel Dupuis a bien payé les deux voitures de Paul Girard , le candidat PS à la mairie .\n\n"
        "Marcel Dupuis, pilier des cercles de la « Riviera » et vieil ami de Paul Girard, a reconnu auprès de l’ Agence "
        "France-Presse avoir payé les voitures."
    )
    quote = next(q for q in run(text, "fr").quotes if q.text.startswith("avoir payé"))
    assert quote.speaker == "Marcel Dupuis"


def _starts(text: str) -> list[str]:
    """The words that open a sentence (whitespace never does)."""
    return [s[0].text for s in get_nlp("fr")(text).sents if not s[0].is_space]


def test_every_paragraph_opens_a_sentence_whatever_the_line_breaks():
    # Blank lines, a Windows line end, a break at the very start and one at the very end.
    text = "\nLe maire parle.\r\nLa ville vote.\n\n\nLe préfet signe.  \nLe juge tranche.\n"
    assert _starts(text) == ["Le", "La", "Le", "Le"]
    assert [s.text.strip() for s in get_nlp("fr")(text).sents if s.text.strip()] == [
        "Le maire parle.",
        "La ville vote.",
        "Le préfet signe.",
        "Le juge tranche.",
    ]


def test_a_paragraph_first_sentence_ends_at_its_first_final_mark():
    # The words up to the paragraph's first final mark stay one sentence; after it the parser decides.
    sentences = [
        s.text.strip() for s in get_nlp("fr")("Titre\n\nPaul Martin , maire de Lyon , a signé . Il part demain .").sents
    ]
    assert "Paul Martin , maire de Lyon , a signé ." in sentences


def test_loaded_pipeline_is_out_of_the_garbage_collectors_sight():
    """The pipeline lives as long as the process: its objects are frozen once loaded, so the
    full collections the rules set off do not walk them each time."""
    import gc

    nlp = get_nlp("fr")
    assert gc.get_freeze_count() > 0
    assert not any(obj is nlp for obj in gc.get_objects(generation=2))
