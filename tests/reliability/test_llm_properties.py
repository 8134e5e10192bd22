"""Property test through the LLM path: whatever the model answers (verbatim, retyped, mangled or
invented), every quote that comes out is grounded and every reference points at a kept quote."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import FRENCH_ARTICLE, assert_grounded, llm_extractor  # noqa: TID252

TYPOGRAPHY = str.maketrans({"«": '"', "»": '"', "’": "'", "'": "’", "é": "e"})


@st.composite
def model_quote(draw):
    """A quote as a model might return it: an article slice, retyped, cut, case-changed, or invented."""
    start = draw(st.integers(0, len(FRENCH_ARTICLE) - 1))
    end = draw(st.integers(start + 1, min(len(FRENCH_ARTICLE), start + 160)))
    piece = FRENCH_ARTICLE[start:end]
    text = draw(
        st.sampled_from([piece, piece.translate(TYPOGRAPHY), piece.upper(), piece[::-1], " ".join(piece.split()) + " …", piece.replace(" ", "  ")])
        | st.text(min_size=1, max_size=80)
    )
    if not text.strip():
        text = "x"
    return {"text": text[:800], "speaker": draw(st.none() | st.sampled_from(["Claire Morel", "Marc Leroy", "Personne"])), "kind": draw(st.sampled_from(["direct", "indirect", "mixed"]))}


answers = st.fixed_dictionaries(
    {
        "quotes": st.lists(model_quote(), max_size=6),
        "claims": st.lists(st.fixed_dictionaries({"text": st.just("une affirmation"), "evidence": st.lists(st.integers(1, 6), max_size=3)}), max_size=3),
        "accused": st.lists(st.fixed_dictionaries({"name": st.just("le gouvernement"), "evidence": st.lists(st.integers(1, 6), max_size=3)}), max_size=2),
    }
)


@pytest.fixture(scope="module")
def server():
    from extractor.testing.fake_openai import FakeOpenAI

    with FakeOpenAI() as fake:
        yield fake


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=answers)
def test_any_model_answer_yields_only_grounded_quotes(server, answer):
    server.responder = lambda request: answer
    result = llm_extractor(server, max_retries=0, cache=False).extract(FRENCH_ARTICLE)
    assert_grounded(result, FRENCH_ARTICLE)
    # Nothing is made up on the way: no more quotes out (kept or rejected) than the model gave.
    assert len(result.quotes) + len([r for r in result.rejected if r.item == "quote"]) <= len(answer["quotes"])
