"""Property tests on the offline engine: arbitrary text never crashes it, and every quote it returns
is grounded (`text == source[start:end]`), every reference points at a kept quote or speaker."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.errors import InputError

from .conftest import assert_grounded  # noqa: TID252

FRAGMENTS = [
    "« ", " »", "“", "”", '"', "'", "‘", "’", "«\u00a0", "\u00a0»", "—", " – ", "…", "[…]", "\n", "\n\n", ". ", ", ", ": ", "\u202f",
    "a déclaré", "a-t-il ajouté", "selon", "estime-t-elle", "said", "told reporters", "according to", "accused",
    "Emmanuel Macron", "la ministre", "Marie Dupont", "The president", "Joe", "le porte-parole du gouvernement",
    "Nous condamnons cette attaque", "we will not back down", "ils ont menti", "Il", "She", "Washington", "Londres",
    "é", "ç", "œ", "ß", "😀", "\u200b", "\t", "12", "%",
]  # fmt: skip

article_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=60).map("".join),
)


@pytest.fixture(scope="module")
def offline():
    from extractor.pipeline import Extractor

    extractor = Extractor()
    extractor.engine  # load the models once for the module  # noqa: B018
    return extractor


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=article_text)
@example(text="SELON")  # a source preposition that ends the article, no source after it
@example(text="Il a agi selon")
@example(text="He acted according to")
def test_offline_engine_never_crashes_and_always_grounds(offline, text):
    try:
        result = offline.extract(text)
    except InputError:
        assert not text.strip()  # only empty articles are refused
        return
    assert result.article == text
    assert_grounded(result, text)
