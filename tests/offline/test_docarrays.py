"""Per-document token arrays (docarrays.py): the same answers as the Token objects they replace."""

from __future__ import annotations

import pytest

from extractor.engines.offline.docarrays import doc_text, head_indices, lower_forms, subtree_count
from extractor.engines.offline.models import get_nlp

# Invented sentences: a reported clause, a coordination, a parenthesis, two sentences.
SENTENCES = {
    "fr": "La ministre a déclaré que le projet serait abandonné et que les élus voteraient demain. Le maire (absent) n'a rien dit.",
    "en": "The mayor said the bridge would close in May, and the council agreed. Nobody else (not even the press) replied.",
}


@pytest.fixture(scope="module", params=sorted(SENTENCES))
def doc(request):
    return get_nlp(request.param)(SENTENCES[request.param])


def test_head_indices_are_the_heads_of_the_tokens(doc):
    assert head_indices(doc) == [token.head.i for token in doc]


def test_head_indices_are_remembered_per_document(doc):
    assert head_indices(doc) is head_indices(doc)


def test_lower_forms_are_the_lower_case_words(doc):
    assert lower_forms(doc) == [token.lower_ for token in doc]


def test_subtree_count_counts_the_subtree_inside_a_window(doc):
    n = len(doc)
    for root in range(n):
        for start, end in ((0, n), (0, n // 2), (n // 3, n), (root, min(n, root + 4))):
            expected = sum(1 for t in doc[root].subtree if start <= t.i < end)
            assert subtree_count(doc, root, start, end) == expected


def test_doc_text_is_the_text_built_once(doc):
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
