"""Speed change of round 32 that must not change what the engine reads: the parse's word
embeddings remembered per distinct row of the token attributes they read
(`models._EmbeddingCache`)."""

import functools
import pickle

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from thinc.api import Model

from extractor.engines.offline.models import MODEL_PACKAGES, _EmbeddingCache, _load, get_nlp

# Invented: words repeated inside and across the texts (the cache answers them), a word with a
# capital and without, punctuation, spaces and a paragraph break (SPACY and IS_SPACE rows).
_TEXTS = {
    "fr": [
        "Le maire de Vernon a promis un pont. « Le pont sera construit », a-t-il déclaré.\n\nLes riverains doutent.",
        "Les riverains de Vernon, eux, doutent  encore : le maire promet, le pont attend. Selon la préfecture, rien n'est signé.",
        "La préfète Anne Roux a démenti mardi toute promesse. « Rien n'est décidé », a-t-elle affirmé.",
    ],
    "en": [
        "The mayor of Vernon promised a bridge. \"The bridge will be built,\" he said.\n\nResidents still doubt it.",
        "Residents of Vernon, though, doubt  it: the mayor promises, the bridge waits. According to officials, nothing is signed.",
        "Governor Anne Roe denied on Tuesday any promise. \"Nothing is decided,\" she said.",
    ],
}

_COLUMNS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]


@functools.cache
def _uncached(language: str) -> Language:
    """The engine's pipeline without the embedding cache: spaCy's own embedding layers."""
    return _load(MODEL_PACKAGES[language], embedding_cache=False)


def _caches(nlp: Language) -> list[_EmbeddingCache]:
    """The embedding caches of ``nlp``'s networks, in pipeline order."""
    networks = [component.model for _name, component in nlp.pipeline if isinstance(getattr(component, "model", None), Model)]
    return [layer._func.args[0] for network in networks for layer in network.walk() if layer.name.startswith("cached(")]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_both_networks_of_the_pipeline_embed_through_the_cache(language: str) -> None:
    caches = _caches(get_nlp(language))
    assert len(caches) == 2  # (the shared tok2vec and the NER's own)
    assert not _caches(_uncached(language))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_parse_and_vectors_are_those_of_spacys_embeddings_on_first_and_later_reads(language: str) -> None:
    ours, theirs = get_nlp(language), _uncached(language)
    for _read in range(2):  # (the second read is answered from the cache)
        for mine, reference in zip(ours.pipe(_TEXTS[language], batch_size=2), theirs.pipe(_TEXTS[language], batch_size=2), strict=True):
            assert (mine.to_array(_COLUMNS) == reference.to_array(_COLUMNS)).all()
            assert numpy.array_equal(mine.tensor, reference.tensor)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_full_cache_starts_again_and_a_batch_past_its_bound_goes_to_spacy(language: str) -> None:
    engines = _caches(get_nlp(language))[0]
    embed, columns = engines.embed, engines.columns  # (spaCy's layer, behind the engine's cache)
    docs = [_uncached(language).make_doc(text) for text in _TEXTS[language]]
    expected = embed.predict(docs)
    smallest = max(len({tuple(row) for row in doc.to_array(columns).tolist()}) for doc in docs)
    cache = _EmbeddingCache(embed, columns, limit=smallest)
    for doc, vectors in zip(docs, expected, strict=True):  # one document per batch: the cache fills and starts again
        (mine,) = cache.predict([doc])
        assert numpy.array_equal(mine, vectors)
        assert len(cache.index) <= smallest
    for mine, vectors in zip(cache.predict(docs), expected, strict=True):  # the batch holds more rows than the bound
        assert numpy.array_equal(mine, vectors)


def test_a_pickled_cache_starts_empty() -> None:
    cache = _caches(get_nlp("fr"))[0]
    get_nlp("fr")(_TEXTS["fr"][0])
    assert cache.index
    copy = pickle.loads(pickle.dumps(cache))  # worker processes may receive the pipeline pickled
    assert not copy.index and copy.columns == cache.columns and copy.limit == cache.limit
