"""A closing quotation mark typed with no space before the next word is a token of its own, so the
name after the quotation is read as its speaker; a mark glued to the word before it and opening a
quotation is left as it was."""

from __future__ import annotations

import pytest

from extractor.engines.offline.models import get_nlp, parser_text


def tokens(text: str, language: str) -> list[str]:
    return [token.text for token in get_nlp(language).tokenizer(parser_text(text))]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("the harbour,”Ann Moore said", "en", ["the", "harbour", ",", "”", "Ann", "Moore", "said"]),
        ('the harbour,"Ann Moore said', "en", ["the", "harbour", ",", '"', "Ann", "Moore", "said"]),
        ("too late?”asked Ann", "en", ["too", "late", "?", "”", "asked", "Ann"]),
        ("le port»,a déclaré Anne", "fr", ["le", "port", "»", ",", "a", "déclaré", "Anne"]),
        ("le port”,a dit Anne", "fr", ["le", "port", "”", ",", "a", "dit", "Anne"]),
        ("trop tard.»Il partit", "fr", ["trop", "tard", ".", "»", "Il", "partit"]),
    ],
)
def test_closing_mark_glued_to_the_next_word_is_split_off(text, language, expected):
    assert tokens(text, language) == expected


def test_marks_glued_to_the_word_before_are_left_alone():
    assert tokens("she said“We will", "en") == ["she", "said“We", "will"]
    assert tokens('a 5\'10"tall man', "en") == ["a", '5\'10"tall', "man"]


def test_name_glued_after_the_closing_mark_is_the_speaker(run):
    en = run("“The wall will hold,” Tom Reed said. “The council never checked the harbour,”Ann Moore said.", "en")
    fr = run("« Le mur tiendra », a déclaré Paul Roy. « Le conseil n’a jamais vérifié le port»,a déclaré Anne Roy.", "fr")
    assert [quote.speaker for quote in en.quotes] == ["Tom Reed", "Ann Moore"]
    assert [quote.speaker for quote in fr.quotes] == ["Paul Roy", "Anne Roy"]
