"""Speed changes that must not change what the rules read: punctuation sentence breaks, the
quoted mask, sentence numbers and heads by label."""

from __future__ import annotations

import random

import pytest
from spacy.tokens import Doc

from extractor.engines.offline.attribution import _quoted_mask
from extractor.engines.offline.docarrays import (
    dep_labels,
    doc_text,
    heads_of,
    punctuation_sentence,
    sentence_of,
    token_bounds,
)
from extractor.engines.offline.models import get_nlp
from extractor.engines.offline.quotes import find_quote_spans

TEXTS = [
    "\n\nLa brasserie du port rouvre lundi. « Nous avons tout repeint. » Le gérant, Paul Ferrand, sourit.\n"
    "Les habitués attendent ; certains doutent ! « Pourquoi si tard ? » demande une voisine.",
    "« Le tunnel sera fini en mai. » Selon l'ingénieure, les travaux avancent vite.\n\n\n"
    "Le chantier emploie quarante ouvriers",
]


@pytest.fixture(scope="module", params=range(len(TEXTS)))
def doc(request: pytest.FixtureRequest) -> Doc:
    return get_nlp("fr")(TEXTS[request.param])


def _walked_breaks(doc: Doc, quoted: list[bool]) -> list[int]:
    """The tokens after which a punctuation sentence ends, by cutting every token's text: a stop
    outside quotation marks, a closing mark after a quoted stop and before a capital, or a line
    break before the next token."""
    text, n = doc_text(doc), len(doc)
    starts, ends = token_bounds(doc)
    breaks = []
    for k in range(n):
        word = text[starts[k] : ends[k]]
        stop = word in {".", "!", "?", ";"} and not quoted[k]
        closing = (
            word == "»" and quoted[k] and 0 < k < n - 1 and text[starts[k - 1] : ends[k - 1]] in (".", "!", "?", "…")
            and quoted[k - 1] and not quoted[k + 1] and text[starts[k + 1] : starts[k + 1] + 1].isupper()
        )
        if stop or closing or "\n" in text[starts[k] : starts[k + 1] if k + 1 < n else len(text)]:
            breaks.append(k)
    return breaks


@pytest.mark.parametrize("seed", range(3))
def test_punctuation_sentences_end_where_the_walked_text_ends_them(doc, seed):
    rng = random.Random(seed)
    quoted = [rng.random() < 0.4 for _ in range(len(doc))]
    breaks = _walked_breaks(doc, quoted)
    for i in range(len(doc)):
        before = [k for k in breaks if k < i]
        after = [k for k in breaks if k >= i]
        expected = (before[-1] + 1 if before else 0, after[0] + 1 if after else len(doc))
        assert punctuation_sentence(doc, i, quoted) == expected


def test_quoted_mask_marks_the_tokens_inside_the_quotations(doc):
    spans = find_quote_spans(doc_text(doc))
    mask = _quoted_mask(list(doc), spans)
    assert mask == [any(s.outer_start <= t.idx < s.outer_end for s in spans) for t in doc]


def test_sentence_of_numbers_the_sentences_as_spacy_does(doc):
    for token in doc:
        assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)


def test_heads_of_after_the_labels_were_read(doc):
    labels = dep_labels(doc)
    for dep in ("nsubj", "det", "punct"):
        assert heads_of(doc, dep) == frozenset(doc[i].head.i for i, label in enumerate(labels) if label == dep and doc[i].head.i != i)
