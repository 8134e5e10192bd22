"""Aligning strings an LLM returns to the article: exact, normalised, fuzzy, or nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.grounding import FUZZY_MIN_CHARS, FUZZY_THRESHOLD, ArticleIndex, align, normalize_text

NBSP, NNBSP = "\u00a0", "\u202f"


def _aligned(text: str, article: str, **options):
    found = align(text, article, **options)
    assert found is not None, f"{text!r} not aligned"
    assert 0 <= found.start < found.end <= len(article)
    return found, article[found.start : found.end]


def test_exact_match_keeps_offsets_of_the_source():
    article = "Il a dit : « Non ». Puis il est parti."
    found, span = _aligned("Puis il est parti.", article)
    assert (found.status, span, found.score) == ("exact", "Puis il est parti.", 100.0)


def test_repeated_text_is_assigned_in_reading_order():
    article = "« Oui », dit Anne. « Non », dit Paul. « Oui », dit Marc."
    first = align("Oui", article)
    second = align("Oui", article, near=first.end, used={(first.start, first.end)})
    assert first.start < second.start and article[second.start : second.end] == "Oui"
    # Already used and nothing after: the nearest occurrence before is reused rather than lost.
    again = align("Non", article, near=len(article), used=set())
    assert article[again.start : again.end] == "Non"


@pytest.mark.parametrize(
    ("given", "article", "expected"),
    [
        ("l'école", "Il défend l’école publique.", "l’école"),  # ’ vs '
        ("l’école", "Il défend l'école publique.", "l'école"),
        ('"Nous refusons"', f"Elle a dit :{NBSP}«{NBSP}Nous refusons{NBSP}».", f"«{NBSP}Nous refusons{NBSP}»"),  # « » with no-break spaces
        ("« Nous refusons »", f"Elle a dit : «{NNBSP}Nous refusons{NNBSP}».", f"«{NNBSP}Nous refusons{NNBSP}»"),  # narrow no-break spaces
        ("«Nous refusons»", "Elle a dit : « Nous refusons ».", "« Nous refusons »"),  # without spaces
        ('"We refuse"', "She said “We refuse” twice.", "“We refuse”"),  # “ ” vs "
        ("we  will not\nyield", "They said: We will not   yield.", "We will not   yield"),  # whitespace runs, case
        ("WE WILL NOT YIELD", "They said: we will not yield.", "we will not yield"),
        ("a price - too high", "It is a price – too high.", "a price – too high"),  # dashes
    ],
)
def test_normalised_match_maps_back_to_the_original(given, article, expected):
    found, span = _aligned(given, article)
    assert found.status == "normalized"
    assert span == expected


@pytest.mark.parametrize("gap", ["[…]", "[...]", "…", "...", "(...)", " [ … ] "])
def test_ellipsis_in_the_quote_stands_for_elided_text(gap):
    article = "Le ministre a affirmé que la réforme était nécessaire, urgente et juste, selon lui."
    found, span = _aligned(f"la réforme était nécessaire{gap}juste", article)
    assert found.status == "normalized"
    assert span == "la réforme était nécessaire, urgente et juste"


def test_ellipsis_in_the_article_matches_three_dots():
    article = "Il a répondu : « Eh bien… on verra. »"
    found, span = _aligned("Eh bien... on verra.", article)
    assert found.status == "normalized" and span == "Eh bien… on verra."


def test_fuzzy_match_above_threshold_snaps_to_whole_words():
    article = "La ministre a estimé que « la situation reste extrêmement préoccupante » pour la région."
    found, span = _aligned("la situaton reste extremement preocupante", article)
    assert found.status == "fuzzy" and FUZZY_THRESHOLD <= found.score < 100
    assert span.startswith("la situation") and span.endswith("préoccupante")


@pytest.mark.parametrize(
    ("article", "given", "expected"),
    [
        ("Selon lui, tout est « conforme aux normes » depuis mars.", "tout est conforme aux norme", "tout est « conforme aux normes »"),
        ('"We will surely win this," said Tom Hale.', '"We will surely wim this', '"We will surely win this,"'),
    ],
)
def test_fuzzy_match_closes_the_quotation_marks_it_opened(article, given, expected):
    found, span = _aligned(given, article)
    assert found.status == "fuzzy" and span == expected


def test_paraphrase_and_translation_are_not_aligned():
    article = "« Nous ne céderons pas », a déclaré la présidente du syndicat."
    assert align("We will not give in", article) is None  # a translation
    assert align("Le syndicat refuse de reculer", article) is None  # a paraphrase


def test_short_strings_are_never_fuzzy():
    article = "Paris et Berlin ont signé."
    assert len("Parid") < FUZZY_MIN_CHARS
    assert align("Parid", article) is None


def test_threshold_is_configurable():
    article = "Le gouvernement promet une baisse des impôts dès l'an prochain."
    loose = ArticleIndex(article, fuzzy_threshold=60).align("le gouvernement promet la hausse des taxes")
    strict = ArticleIndex(article).align("le gouvernement promet la hausse des taxes")
    assert loose is not None and loose.status == "fuzzy" and strict is None


def test_window_restricts_the_search():
    article = "« Oui », dit Anne.\n\n« Oui », dit Paul."
    second_paragraph = article.index("\n\n")
    found = align("Oui", article, window=(second_paragraph, len(article)))
    assert found.start > second_paragraph


def test_mentions_are_whole_words_and_skip_pronouns():
    index = ArticleIndex("Lille a voté. Li Wei et le ministre Li parlent ; elle se tait. Le Ministre confirme.")
    assert [m.text for m in index.mentions("le ministre")] == ["le ministre", "Le Ministre"]
    assert index.mentions("elle") == [] and index.mentions("Li") == []
    assert [m.text for m in index.mentions("Li Wei")] == ["Li Wei"]


def test_normalize_text():
    assert normalize_text(f"  «{NNBSP}L’Été{NBSP}»  — fin…") == "\"l'été\"- fin..."  # spaces beside quotation marks are dropped


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdé ’'«»\u00a0\n.,…-")), min_size=5, max_size=80), st.data())
def test_any_substring_aligns_to_text_equal_to_itself(article, data):
    start = data.draw(st.integers(0, len(article) - 1))
    end = data.draw(st.integers(start + 1, len(article)))
    needle = article[start:end]
    found = align(needle, article)
    if needle.strip():
        assert found is not None and found.status == "exact"
        assert article[found.start : found.end] == needle.strip()


def test_a_reworded_first_word_is_not_a_copying_slip():
    # partial_ratio of these is 90: the whole aligned span must be as close as the threshold.
    article = "He was asked whether he had taken bribes from the builder, and said no."
    assert align("I took bribes from the builder", article) is None
