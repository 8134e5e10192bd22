"""Wire-style datelines (« PLACE, date (AGENCY) — ») are not part of the first sentence: read
into it, the place or the agency becomes the subject of the reporting verb; made-up texts."""

from __future__ import annotations

from extractor.engines.offline.models import get_nlp


def first_sentence_after_the_dash(text: str, language: str) -> str:
    sentences = [s.text.strip() for s in get_nlp(language)(text).sents]
    return sentences[1]


def speaker_of(result, start: str) -> str | None:
    return next(q.speaker for q in result.quotes if q.text.startswith(start))


def test_a_dateline_with_an_agency_is_its_own_sentence_in_french():
    text = "Titre de l'article\n\nValcourt, 3 juin 2025 (AFP) - Le maire a annoncé mardi la fermeture de l'usine."
    doc = get_nlp("fr")(text)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[1] == "Valcourt, 3 juin 2025 (AFP) -"
    assert sentences[2].startswith("Le maire a annoncé")


def test_a_place_in_capitals_before_a_dash_is_a_dateline_in_english():
    text = "BRINDLEFORD, Ont. — The mayor told reporters the bridge would reopen in May."
    assert first_sentence_after_the_dash(text, "en").startswith("The mayor told reporters")


def test_the_place_or_the_agency_of_a_dateline_is_not_the_speaker(run):
    french = "Un titre\n\nVALCOURT (AFP) - Le ministre de l'Industrie a affirmé que l'usine rouvrirait « dans un mois »."
    assert speaker_of(run(french, "fr"), "l'usine rouvrirait") == "ministre de l'Industrie"
    english = "A headline\n\nBRINDLEFORD, Ont., May 3 (AP) — The mayor said on Tuesday that the bridge would reopen soon."
    assert speaker_of(run(english, "en"), "that the bridge") == "mayor"


def test_a_name_and_a_dash_opening_a_paragraph_is_not_a_dateline():
    # No place in capitals and no agency in brackets: an ordinary apposition with a dash.
    text = "Titre\n\nMarc Dupont, président de la société - qui vient d'être nommé - a dit que tout allait bien."
    doc = get_nlp("fr")(text)
    assert not any(s.text.strip().startswith("qui vient") for s in doc.sents)
    assert [t.text for t in doc if t.is_sent_start and t.text == "qui"] == []
