"""The learned attribution model: artifact loads, spans are sane, common constructions are found.

All sentences here are written for these tests (no corpus text).
"""

from __future__ import annotations

import re

import pytest

from extractor.engines.offline.learned import AttributionModel, PredictedAttribution
from extractor.errors import ConfigError


def _contents(model, nlp, text):
    doc = nlp(text)
    return doc, [text[a.content[0] : a.content[1]] for a in model.predict(doc)]


def _covers(spans: list[str], wanted: str, share: float = 0.8) -> bool:
    """Some predicted span contains at least ``share`` of the words of ``wanted``."""
    want = _words(wanted)
    return any(sum(w in _words(s) for w in want) / len(want) >= share for s in spans)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_load_is_cached_and_has_lexicon(model):
    assert AttributionModel.load() is model
    assert {"say", "tell", "accord", "believe"} <= set(model.lexicon)


def test_missing_artifact_is_a_clear_config_error(tmp_path):
    with pytest.raises(ConfigError, match="train_attribution.py"):
        AttributionModel.load(tmp_path)


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # Indirect speech: content is the complement clause of a reporting verb.
        ("The senator said the bill would fail in the spring.", "the bill would fail in the spring", "said", "The senator"),
        # "according to X" governs the main clause; X is the source.
        ("According to city officials, the old steel plant will close next year.",
         "the old steel plant will close next year", "According to", "city officials"),
        # Direct quotation with the attribution after it.
        ('"We will not raise taxes on working families," the governor told reporters on Monday.',
         "We will not raise taxes on working families", "told", "the governor"),
        # A belief is an attribution too in PolNeAR.
        ("Many voters believe the economy is rigged against them.", "the economy is rigged against them", "believe", "Many voters"),
    ],
)
def test_content_cue_and_source(model, nlp_en, text, content, cue, source):
    doc, spans = _contents(model, nlp_en, text)
    assert _covers(spans, content)
    att = model.predict(doc)[0]
    assert text[slice(*att.cue)] == cue
    assert text[slice(*att.source)] == source


def test_plain_narration_yields_nothing(model, nlp_en):
    _, spans = _contents(model, nlp_en, "The river rose two feet overnight. Schools opened late on Tuesday.")
    assert spans == []


def test_offsets_scores_and_determinism(model, nlp_en):
    text = (
        "The mayor said the budget was balanced. Critics argued that the numbers hid a deficit.\n\n"
        '"This is a disaster," one councillor wrote in an email.'
    )
    doc = nlp_en(text)
    first = model.predict(doc)
    assert first == model.predict(doc) == model.predict(nlp_en(text))
    assert len(first) >= 2
    last_end = -1
    for att in first:
        assert isinstance(att, PredictedAttribution)
        s, e = att.content
        assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()
        assert s >= last_end  # text order, no overlaps
        last_end = e
        for other in (att.cue, att.source):
            if other is not None:
                assert 0 <= other[0] < other[1] <= len(text)
        assert 0.0 <= att.score <= 1.0


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", '"', "“ ” « »", "said", "According to", "?!" * 50])
def test_odd_documents_do_not_crash(model, nlp_en, text):
    doc = nlp_en(text)
    for att in model.predict(doc):
        assert 0 <= att.content[0] < att.content[1] <= len(text)


def test_threads_share_the_model_safely(model, nlp_en):
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "The senator said the bill would fail in the spring.",
        "Many voters believe the economy is rigged against them.",
        "The river rose two feet overnight.",
    ] * 6
    docs = [nlp_en(t) for t in texts]
    expected = [model.predict(d) for d in docs]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(model.predict, docs)) == expected
