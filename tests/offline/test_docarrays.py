"""Per-document token arrays (docarrays.py): the same answers as the Token objects they replace."""

from __future__ import annotations

import pytest

from extractor.engines.offline.docarrays import (
    children_indices,
    dep_labels,
    doc_text,
    head_indices,
    heads_of,
    lemma_lowers,
    lower_forms,
    morph_get,
    pos_tags,
    remember_text,
    sentence_of,
    span_text,
    subtree_count,
    token_at,
    token_bounds,
)
from extractor.engines.offline.lexicon import union
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


def test_lemma_lowers_are_the_lower_case_lemmas(doc):
    assert lemma_lowers(doc) == [token.lemma_.lower() for token in doc]
    assert lemma_lowers(doc) is lemma_lowers(doc)


def test_pos_tags_are_the_parts_of_speech(doc):
    assert pos_tags(doc) == [token.pos_ for token in doc]
    assert pos_tags(doc) is pos_tags(doc)


def test_dep_labels_are_the_dependency_labels(doc):
    assert dep_labels(doc) == [token.dep_ for token in doc]


def test_sentence_of_is_the_sentence_spacy_gives(doc):
    for token in doc:
        assert sentence_of(token) == token.sent
        assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)
    for start in range(len(doc)):
        span = doc[start : min(len(doc), start + 3)]
        assert sentence_of(span) == span.sent


def test_a_document_read_through_the_arrays_is_still_freed():
    # The arrays are remembered beside the Doc, never holding it (a Span would): it is freed.
    import gc
    import weakref

    fresh = get_nlp("en")("The mayor said no. Critics replied at once.")
    for read in (lower_forms, lemma_lowers, pos_tags, dep_labels, head_indices, token_bounds, doc_text, children_indices):
        read(fresh)
    sentence_of(fresh[4]), span_text(fresh[1:3]), morph_get(fresh[2], "Tense"), heads_of(fresh, "nsubj")
    ref = weakref.ref(fresh)
    del fresh
    gc.collect()
    assert ref() is None


def test_sentence_of_follows_a_custom_sentence_splitter():
    # A Doc with its own splitter (user hooks) or no sentence bounds at all gets spaCy's answer.
    custom = get_nlp("en")("The mayor said no. Critics replied at once.")
    custom.user_hooks["sents"] = lambda d: [d[0:3], d[3:]]
    assert sentence_of(custom[4]) == custom[4].sent == custom[3:]


def test_span_text_is_the_text_of_the_span(doc):
    n = len(doc)
    for start in range(n):
        for end in range(start, min(n, start + 6) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text
    spaced = get_nlp("en")("Two  spaces,\n\nnew lines and a tab\there. ")
    for start in range(len(spaced)):
        for end in range(start, len(spaced) + 1):
            assert span_text(spaced[start:end]) == spaced[start:end].text


def test_arrays_of_documents_read_in_turn_stay_their_own():
    # The arrays of the Doc read last are kept at hand: reading another Doc in between must
    # not hand one Doc's words to the other.
    first, second = get_nlp("en")("The mayor said no."), get_nlp("en")("Critics replied at once that it was late.")
    for _ in range(2):
        assert lower_forms(first) == [t.lower_ for t in first]
        assert lower_forms(second) == [t.lower_ for t in second]
        assert pos_tags(first) == [t.pos_ for t in first] and pos_tags(second) == [t.pos_ for t in second]
        assert head_indices(first) == [t.head.i for t in first]
        assert children_indices(first) == [[c.i for c in t.children] for t in first]
        assert children_indices(second) == [[c.i for c in t.children] for t in second]
        assert morph_get(first[2], "Tense") == first[2].morph.get("Tense") and morph_get(second[1], "Tense") == second[1].morph.get("Tense")
        assert token_bounds(first)[0] == [t.idx for t in first] and token_bounds(second)[0] == [t.idx for t in second]


def test_subtree_count_counts_the_subtree_inside_a_window(doc):
    n = len(doc)
    for root in range(n):
        for start, end in ((0, n), (0, n // 2), (n // 3, n), (root, min(n, root + 4))):
            expected = sum(1 for t in doc[root].subtree if start <= t.i < end)
            assert subtree_count(doc, root, start, end) == expected


def test_doc_text_is_the_text_built_once(doc):
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_token_bounds_are_the_offsets_of_each_token(doc):
    starts, ends = token_bounds(doc)
    assert starts == [token.idx for token in doc]
    assert ends == [token.idx + len(token.text) for token in doc]
    assert token_bounds(doc) is token_bounds(doc)


def test_token_at_is_the_token_holding_a_character(doc):
    for char in range(len(doc.text) + 2):
        span = doc.char_span(char, char + 1, alignment_mode="expand") if char < len(doc.text) else None
        expected = span[0] if span is not None and len(span) else None
        found = token_at(doc, char)
        assert (found.i if found is not None else None) == (expected.i if expected is not None else None), char


def test_remember_text_gives_the_parsed_text_to_doc_text():
    language = sorted(SENTENCES)[0]
    text = SENTENCES[language]
    fresh = get_nlp(language)(text)
    own = "".join(text)  # an equal string, another object: the one remembered is handed back
    remember_text(fresh, own)
    assert doc_text(fresh) is own


def test_remember_text_ignores_a_text_of_another_length():
    text = SENTENCES["en"]
    fresh = get_nlp("en")(text)
    remember_text(fresh, text + " and more")
    assert doc_text(fresh) == text


def test_union_is_the_union_built_once():
    a, b = frozenset({"maire", "ministre"}), frozenset({"ministre", "préfet"})
    assert union(a, b) == a | b
    assert union(a, b) is union(a, b)


def test_lower_forms_of_a_second_document_share_no_list(doc):
    # The hash -> string memo serves every Doc: a second parse gets its own, equal words.
    again = get_nlp("fr" if doc.lang_ == "fr" else "en")(doc.text)
    assert lower_forms(again) == lower_forms(doc) and lower_forms(again) is not lower_forms(doc)


@pytest.mark.parametrize("field", ["VerbForm", "Tense", "Mood", "Number", "Gender", "Voice", "PronType", "NoSuchField"])
def test_morph_get_is_token_morph_get(doc, field):
    for token in doc:
        assert morph_get(token, field) == token.morph.get(field)
        assert morph_get(token, field, None) == token.morph.get(field, None)
        assert morph_get(token, field, ["none"]) == token.morph.get(field, ["none"])


def test_morph_get_returns_a_list_of_its_own(doc):
    verb = next(token for token in doc if morph_get(token, "VerbForm"))
    values = morph_get(verb, "VerbForm")
    values.append("changed")  # a caller's list: the remembered values stay as parsed
    assert morph_get(verb, "VerbForm") == verb.morph.get("VerbForm")


@pytest.mark.parametrize("dep", ["nsubj", "aux", "aux:pass", "auxpass", "cop", "punct", "ROOT", "no-such-label"])
def test_heads_of_are_the_tokens_with_such_a_child(doc, dep):
    assert heads_of(doc, dep) == {token.i for token in doc if any(c.dep_ == dep for c in token.children)}
    assert heads_of(doc, dep) is heads_of(doc, dep)


def test_children_indices_are_the_children_of_each_token_in_order(doc):
    assert children_indices(doc) == [[c.i for c in token.children] for token in doc]
    assert children_indices(doc) is children_indices(doc)


def test_children_indices_of_a_non_projective_parse():
    # A parse with crossing arcs (heads set by hand): the children are still every token whose
    # head is the token, left to right, as spaCy gives them.
    from spacy.tokens import Doc

    vocab = get_nlp("en").vocab
    crossed = Doc(vocab, words=["a", "b", "c", "d", "e"], heads=[2, 3, 2, 2, 1], deps=["dep", "dep", "ROOT", "dep", "dep"])
    assert children_indices(crossed) == [[c.i for c in token.children] for token in crossed]
