"""The training script's pieces on hand-made data: gold handling, token labels, lexicon, scorer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_attribution.py"


@pytest.fixture(scope="module")
def train_mod():
    spec = importlib.util.spec_from_file_location("train_attribution", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_contents_keeps_outer_span_and_drops_empty(train_mod):
    art = {"quotes": [{"start": 10, "end": 40}, {"start": 15, "end": 20}, {"start": 50, "end": 50}, {"start": 0, "end": 5}]}
    assert train_mod.gold_contents(art) == [(0, 5), (10, 40)]


def test_token_labels_bio(train_mod, nlp_en):
    text = "Ann said the rain would stop soon. Then it did."
    doc = nlp_en(text)
    start = text.index("the rain")
    end = text.index(" soon") + len(" soon")
    labels = train_mod.token_labels(doc, [(start, end)])
    assert [t.text for t, lab in zip(doc, labels) if lab != "O"] == ["the", "rain", "would", "stop", "soon"]
    assert labels[2] == "B" and labels[3] == "I"


def test_lexicon_learns_cue_lemmas(train_mod, nlp_en):
    text = "Ann said it rained. Bob said it snowed. Cy said it hailed. Di walked home."
    arts = [{"quotes": [{"cue_span": [[m, m + 4]]} for m in (4, 24, 43)]}]
    assert [text[m : m + 4] for m in (4, 24, 43)] == ["said"] * 3
    lex = train_mod.learn_lexicon([nlp_en(text)], arts)
    assert lex == {"say": 1.0}


@pytest.mark.parametrize(
    ("pred", "gold", "cover", "expected"),
    [
        ([(0, 3)], [(0, 10)], 0.3, 1),  # exactly 30% of the gold span
        ([(0, 2)], [(0, 10)], 0.3, 0),
        ([(0, 3)], [(0, 10)], 0.8, 0),
        ([(0, 100)], [(0, 10), (20, 30)], 0.3, 1),  # one prediction matches one gold only
        ([(0, 6), (4, 10)], [(0, 10)], 0.3, 1),  # and one gold one prediction
        ([(0, 4), (5, 30)], [(0, 10), (5, 30)], 0.3, 2),  # largest overlap first
    ],
)
def test_ggt_matching(train_mod, pred, gold, cover, expected):
    assert train_mod.match(pred, gold, cover) == expected
