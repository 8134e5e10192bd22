"""Speed changes that must not change what the rules read: punctuation sentences, and noun
phrases and speakers remembered once cut or resolved."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.tokens import Doc

from extractor.engines.offline.docarrays import doc_text, punctuation_sentence, token_bounds
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.models import get_nlp
from extractor.engines.offline.speakers import SpeakerRegistry

TEXTS = [
    "Le maire de Valbrune a inauguré le pont. « Il tiendra cent ans. » Selon lui, la rivière ne monte plus.\n"
    "La conseillère Inès Garrigue, qui présidait la séance, a répondu : « Nous verrons bien ; le budget est tenu. »",
    "« Les vergers souffrent du gel », déplore le syndicat des arboriculteurs. Il demande une aide rapide !\n\n"
    "Le préfet estime que la récolte sera sauvée ? Personne ne le croit.",
]


def _walked_sentence(doc: Doc, i: int, quoted: Sequence[bool]) -> tuple[int, int]:
    """The sentence around token i found the way punctuation_sentence did before round 21: word
    by word to each side until a stop outside quotation marks or a line break."""
    text, n = doc_text(doc), len(doc)
    starts, ends = token_bounds(doc)

    def ends_sentence(k: int) -> bool:
        word = text[starts[k] : ends[k]]
        if word in {".", "!", "?", ";"}:
            return not quoted[k]
        return (
            word == "»" and quoted[k] and 0 < k < n - 1 and text[starts[k - 1] : ends[k - 1]] in (".", "!", "?", "…")
            and quoted[k - 1] and not quoted[k + 1] and text[starts[k + 1] : starts[k + 1] + 1].isupper()
        )

    lo = i
    while lo > 0 and not ends_sentence(lo - 1) and "\n" not in text[starts[lo - 1] : starts[lo]]:
        lo -= 1
    hi = i
    while hi < n and not ends_sentence(hi) and "\n" not in text[starts[hi] : starts[hi + 1] if hi + 1 < n else len(text)]:
        hi += 1
    return lo, min(n, hi + 1)


def _quotation_mask(doc: Doc) -> list[bool]:
    """True for the tokens from an opening « to its closing »."""
    mask, inside = [], False
    for token in doc:
        if token.text == "«":
            inside = True
        mask.append(inside)
        if token.text == "»":
            inside = False
    return mask


@pytest.fixture(scope="module", params=range(len(TEXTS)))
def doc(request: pytest.FixtureRequest) -> Doc:
    return get_nlp("fr")(TEXTS[request.param])


def test_punctuation_sentence_is_the_sentence_walked_word_by_word(doc: Doc) -> None:
    mask = _quotation_mask(doc)
    for i in range(len(doc)):
        assert punctuation_sentence(doc, i, mask) == _walked_sentence(doc, i, mask)


def test_punctuation_sentence_reads_the_mask_it_is_given(doc: Doc) -> None:
    # The breaks are remembered with their mask: another mask on the same Doc is read anew.
    quoted, unquoted = _quotation_mask(doc), [False] * len(doc)
    for mask in (quoted, unquoted, quoted):
        assert [punctuation_sentence(doc, i, mask) for i in range(len(doc))] == [_walked_sentence(doc, i, mask) for i in range(len(doc))]


def test_a_phrase_cut_twice_is_the_same_and_a_list_of_its_own() -> None:
    doc = get_nlp("fr")("Le porte-parole de la mairie de Valbrune a confirmé la fermeture du pont.")
    registry = SpeakerRegistry(doc, get_lexicon("fr"), [False] * len(doc))
    head = next(t for t in doc if t.text == "porte-parole" or t.text == "porte")
    first = registry._np(head, 0, len(doc))
    first.append(doc[-1])  # (a caller may extend its own phrase)
    second = registry._np(head, 0, len(doc))
    assert second == first[:-1] and second is not first


def test_a_phrase_resolved_twice_gives_the_same_speaker() -> None:
    doc = get_nlp("fr")("Le syndicat des boulangers a dénoncé la hausse du prix de la farine.")
    registry = SpeakerRegistry(doc, get_lexicon("fr"), [False] * len(doc))
    phrase = list(doc[0:4])
    first = registry.resolve(phrase, head=doc[1])
    again = registry.resolve(phrase, head=doc[1])
    assert first is not None and again == first
    assert [e.name for e in first.entities] == [e.name for e in again.entities]
