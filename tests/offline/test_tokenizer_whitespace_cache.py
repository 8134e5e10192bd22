"""Speed change of round 28 that must not change what the engine reads: the tokenizer without
its whitespace special cases (`models._cache_whitespace_chunks`)."""

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokenizer import Tokenizer

from extractor.engines.offline.models import get_nlp

# Invented: an opening space, double spaces, a lone line break, a tab, a paragraph break and a
# no-break space (the one whitespace rule that sets something else: it stays).
_TEXTS = {
    "fr": " Le maire  a promis un pont.\nLes riverains,\teux, doutent  encore.\n\nM. Roux répond : « Patience\u00a0! »  ",
    "en": " The mayor  promised a bridge.\nResidents,\tthough, still  doubt it.\n\nMr. Reed said: \"Patience\u00a0!\"  ",
}


def _with_spacys_rules(language: str) -> Tokenizer:
    """The engine's tokenizer with spaCy's whitespace special cases put back."""
    tokenizer = get_nlp(language).tokenizer
    rules = dict(tokenizer.rules)
    rules.update({space: [{ORTH: space}] for space in (" ", "\n", "\t")})
    return Tokenizer(
        get_nlp(language).vocab, rules=rules, prefix_search=tokenizer.prefix_search, suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer, token_match=tokenizer.token_match, url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
def test_whitespace_special_cases_are_gone_and_the_others_stay(language: str) -> None:
    rules = get_nlp(language).tokenizer.rules
    assert not {" ", "\n", "\t"} & set(rules)
    assert rules["\u00a0"] == [{ORTH: "\u00a0", NORM: "  "}]  # (it sets a NORM: kept)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_tokens_and_parse_are_those_of_spacys_rules(language: str) -> None:
    nlp, text = get_nlp(language), _TEXTS[language]
    ours, theirs = nlp.tokenizer(text), _with_spacys_rules(language)(text)
    assert [t.text_with_ws for t in ours] == [t.text_with_ws for t in theirs]
    assert (ours.to_array([ORTH, NORM, SPACY]) == theirs.to_array([ORTH, NORM, SPACY])).all()
    assert any(t.text == " " for t in ours) and any(t.text == "\n" for t in ours)
    # Only the first token's preset sentence start differs (spaCy's own, which the special
    # case's copy of the token had wiped): the parse starts a sentence there either way.
    columns = [ORTH, NORM, SPACY, TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]
    for _name, component in nlp.pipeline:
        ours, theirs = component(ours), component(theirs)
    assert (ours.to_array(columns) == theirs.to_array(columns)).all()
