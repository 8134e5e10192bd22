"""Speed changes that must not change what the engine reads: the word index answering from a
set, and the French lemmatizer's word lists read through it."""

import pickle

from extractor.engines.offline.models import _WordIndex, get_nlp


def test_word_index_is_the_same_list_answering_from_a_set() -> None:
    index = _WordIndex(["lanterne", "moulin", "verger"])
    assert index == ["lanterne", "moulin", "verger"]
    assert "moulin" in index and "grange" not in index
    assert bool(index) and not _WordIndex([])
    copy = pickle.loads(pickle.dumps(index))  # worker processes may receive the pipeline pickled
    assert copy == index and "verger" in copy and "grange" not in copy


def test_french_lemmatizer_reads_its_word_lists_through_the_index() -> None:
    lemmatizer = get_nlp("fr").get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, _WordIndex) for words in table.values())
    doc = get_nlp("fr")("Les meunières réparaient les moulins abandonnés du village.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["réparaient"], lemmas["moulins"], lemmas["meunières"]) == ("réparer", "moulin", "meunière")
