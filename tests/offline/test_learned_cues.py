"""How the engine reads the learned English model's cue spans."""

from __future__ import annotations

import pytest

from extractor.engines.offline.attribution import analyze
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.models import get_nlp

learned = pytest.importorskip("extractor.engines.offline.learned")


class _OneSpanModel:
    """Stands in for the trained model: predicts one content with its cue and source."""

    def __init__(self, text: str, content: str, cue: str, source: str) -> None:
        def chars(part: str) -> tuple[int, int]:
            start = text.index(part)
            return start, start + len(part)

        self.prediction = learned.PredictedAttribution(content=chars(content), cue=chars(cue), source=chars(source), score=0.9)

    def predict(self, doc):
        return [self.prediction]


def test_a_learned_statement_records_its_cue_words_lemma():
    # "pleaded with" is no rule's cue: only the model finds this statement.
    text = "The union leader pleaded with the workers to return to the factory before the winter."
    model = _OneSpanModel(text, "the workers to return to the factory before the winter", "pleaded", "The union leader")
    analysis = analyze(get_nlp("en")(text), get_lexicon("en"), learned=model, scope="attributions")
    found = [a for a in analysis.attributions if a.rule == "learned"]
    assert [a.cue_lemma for a in found] == ["plead"]


def test_a_phrasal_cue_keeps_its_particle():
    from extractor.engines.offline.learned._model import _cue_phrase

    doc = get_nlp("en")("The report pointed out that the bridge was unsafe.")
    verb = next(t for t in doc if t.lower_ == "pointed")
    assert _cue_phrase(doc, verb).text == "pointed out"


def test_short_noun_phrase_content_of_a_speech_cue_counts_in_the_attributions_scope():
    # PolNeAR annotates noun-phrase contents ("announced the plan", "is endorsing Jane Doe");
    # news statements do not.
    from extractor.engines.offline import OfflineEngine
    from extractor.inputs import Document

    text = "Governor Smith is endorsing Jane Doe. Mayor Lee announced the plan."
    attributions = OfflineEngine(language="en", scope="attributions").extract(Document(text=text))
    assert [(q.text, q.cue) for q in attributions.quotes] == [("Jane Doe", "endorsing"), ("the plan", "announced")]
    assert OfflineEngine(language="en").extract(Document(text=text)).quotes == []
