"""Speed changes that must not change what the rules read or decide: the Doc array accessors,
the claim gates and the country pattern."""

from extractor.engines.offline import docarrays
from extractor.engines.offline.claims import _capitals_that_may_occur, _lemma_in_reach, _verb_lemma_in_reach
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.models import get_nlp
from extractor.engines.offline.speakers import _country_pattern

# Invented sentences.
_TEXT = "« Non, rien n'est décidé », a répondu la maire, qui feint d'ignorer les critiques des pêcheurs."
_OTHER = "Les vergers de la vallée ont fleuri très tôt cette année."


def test_punctuation_and_word_counts_match_the_tokens() -> None:
    doc = get_nlp("fr")(_TEXT)
    assert docarrays.punctuation_flags(doc) == [t.is_punct for t in doc]
    for start, end in ((0, len(doc)), (1, 6), (3, 3)):
        span = doc[start:end]
        assert docarrays.word_count(span) == len([t for t in span if not t.is_punct])


def test_morph_values_match_the_tokens_analyses() -> None:
    doc = get_nlp("fr")(_TEXT)
    for token in doc:
        for field in ("VerbForm", "Tense", "Gender"):
            assert docarrays.morph_values(doc, token.i, field) == tuple(token.morph.get(field))
            assert list(docarrays.morph_values(doc, token.i, field)) == docarrays.morph_get(token, field)


def test_accessors_follow_the_document_asked_about() -> None:
    # The accessors answer from the Doc read last: switching documents must switch the lists.
    nlp = get_nlp("fr")
    first, second = nlp(_TEXT), nlp(_OTHER)
    for doc in (first, second, first, second):
        assert docarrays.lower_forms(doc) == [t.lower_ for t in doc]
        assert docarrays.lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
        assert docarrays.pos_tags(doc) == [t.pos_ for t in doc]
        assert docarrays.dep_labels(doc) == [t.dep_ for t in doc]
        assert docarrays.head_indices(doc) == [t.head.i for t in doc]


def test_capitals_that_may_occur_keep_every_capital_in_the_text() -> None:
    capitals = get_lexicon("fr").capitals
    texts = [
        "Londres et La Havane ont signé un accord, a annoncé le ministère à Paris.",
        "Un Londonien installé près de Rome, et non à Romeville, témoigne.",  # (a capital inside a longer word counts too)
        "aucun nom propre ici",
        "",
    ]
    for text in texts:
        found = set(_capitals_that_may_occur(text, capitals))
        assert {capital for capital in capitals if capital in text} <= found
    assert "Londres" in _capitals_that_may_occur(texts[0], capitals)
    assert "Londres" not in _capitals_that_may_occur(texts[2], capitals)


def test_clause_gates_see_every_word_of_the_subtree() -> None:
    doc = get_nlp("fr")("Le préfet fait semblant de ne rien voir depuis des mois.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert _lemma_in_reach(root, frozenset({"faire"}))
    assert not _lemma_in_reach(root, frozenset({"feindre"}))
    # a regular inflection counts as verb_lemma reads it (« marquera » → marquer)
    doc = get_nlp("fr")("Cet accord marquera un tournant pour la région.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert _verb_lemma_in_reach(root, frozenset({"marquer"}))
    assert not _verb_lemma_in_reach(root, frozenset({"ouvrir"}))


def test_country_pattern_is_made_once_and_finds_whole_words() -> None:
    forms = {"la norvège": "Norvège", "norvégien": "Norvège"}
    pattern = _country_pattern("Norvège", forms)
    assert _country_pattern("Norvège", forms) is pattern
    assert pattern.search("Le gouvernement de la Norvège a répondu.")
    assert not pattern.search("Les Norvègeois")
