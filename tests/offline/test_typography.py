"""Wire and French copy in another typography than the models' training text: no-break and
narrow no-break spaces inside « » and before ; : ! ?, typographic apostrophes inside words.
The engine parses a same-length ASCII form (models.parser_text) and must find the same things
in either typography, with verbatim text cut from the article itself."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.engines.offline.models import article_apostrophes, parser_text

# Invented French wire copy, written with ASCII apostrophes and plain spaces.
PLAIN = (
    "PARIS, 3 mars - La syndicaliste Claire Vautrin a accusé l'entreprise d'avoir menti aux salariés. "
    "« Nous n'accepterons aucun licenciement », a-t-elle déclaré lundi devant l'usine.\n\n"
    "Le directeur du site, Marc Dellière, a rejeté ces accusations : « L'usine n'a jamais été aussi "
    "rentable ; elle restera ouverte ! », a-t-il affirmé.\n\n"
    "Selon l'inspection du travail, l'entreprise n'a pas respecté ses obligations."
)


def _typeset(text: str, space: str) -> str:
    """The same article as French wire copy sets it: ’ in words, ``space`` inside « » and before ; : ! ?"""
    text = text.replace("'", "\u2019").replace("« ", "«" + space).replace(" »", space + "»")
    for mark in ";:!?":
        text = text.replace(" " + mark, space + mark)
    assert len(text) == len(PLAIN)
    return text


def test_parser_text_maps_character_for_character() -> None:
    text = "«\u00a0Il l\u2019a dit\u202f», répète-t-il\u2009; ‘Don\u2019t’ he said ‘no’ "
    parsed = parser_text(text)
    assert len(parsed) == len(text)
    assert parsed == "« Il l'a dit », répète-t-il ; ‘Don't’ he said ‘no’ "


def test_closing_single_quote_is_not_an_apostrophe() -> None:
    # Only an apostrophe between two word characters is one: ’ before a space closes ‘…’.
    assert parser_text("the ‘soft’ skills") == "the ‘soft’ skills"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_same_findings_in_wire_typography(space: str) -> None:
    plain = extract(PLAIN, language="fr")
    typeset_text = _typeset(PLAIN, space)
    typeset = extract(typeset_text, language="fr")

    assert plain.quotes, "the invented article must yield quotes"
    assert [(q.start, q.end, q.kind) for q in typeset.quotes] == [(q.start, q.end, q.kind) for q in plain.quotes]
    # Verbatim text comes from the article as it is typeset, not from the parse's ASCII form.
    for quote in typeset.quotes:
        assert quote.text == typeset_text[quote.start : quote.end]
    restyle = article_apostrophes(typeset_text)
    assert [q.speaker for q in typeset.quotes] == [restyle(q.speaker) if q.speaker else None for q in plain.quotes]
    assert sorted(a.name for a in typeset.accused) == sorted(restyle(a.name) for a in plain.accused)
    assert [c.kind for c in typeset.claims] == [c.kind for c in plain.claims]


def test_names_keep_the_articles_apostrophe() -> None:
    text = _typeset(PLAIN, "\u00a0").replace("Marc Dellière", "Marc d’Hervé")
    result = extract(text, language="fr")
    speakers = {q.speaker for q in result.quotes}
    assert "Marc d’Hervé" in speakers
    assert all("'" not in (name or "") for name in speakers)


def test_ascii_article_keeps_ascii_apostrophes() -> None:
    assert article_apostrophes("l'usine d'Ivry et l\u2019État")("d'Ivry") == "d'Ivry"
    assert article_apostrophes("l\u2019usine d\u2019Ivry et l'État")("d'Ivry") == "d\u2019Ivry"
