"""The word lists every engine shares (extractor.wordlists): one reading of lang/*.json."""

from __future__ import annotations

import pytest

from extractor.engines.llm.assemble import ChunkAnswer, assemble
from extractor.engines.offline.lexicon import get_lexicon
from extractor.schemas.llm import Extraction
from extractor.wordlists import LANGUAGES, determiners, hedge_phrases, is_hedging_cue, language_data, name_titles


def test_the_offline_lexicon_and_the_shared_lists_read_the_same_files():
    for language in LANGUAGES:
        lexicon = get_lexicon(language)
        assert lexicon.hedge_words <= hedge_phrases()
        assert {t.lower() for t in language_data(language)["titles"]} == lexicon.titles
        # the shared lists spell every apostrophe ' (cues and normalised names come with either)
        assert lexicon.titles <= name_titles() and {d.replace("’", "'") for d in lexicon.determiners} <= determiners()


@pytest.mark.parametrize(
    "cue",
    ["selon", "Selon", "d’après", "D'après", "according to", "According to", "allegedly said", "aurait affirmé"],
)
def test_a_cue_that_reports_at_a_distance_is_hedging(cue):
    assert is_hedging_cue(cue)


@pytest.mark.parametrize("cue", [None, "", "said", "a déclaré", "told the mayor", "claimed", "a assuré"])
def test_a_plain_reporting_cue_is_not(cue):
    assert not is_hedging_cue(cue)


def test_llm_quotes_are_hedged_by_the_shared_definition():
    article = "Le ministre aurait affirmé que « tout est prêt ». Marc Aubry a dit : « Rien n'est prêt. »"
    answer = Extraction.model_validate(
        {
            "quotes": [
                {"text": "tout est prêt", "speaker": "Le ministre", "kind": "direct", "cue": "aurait affirmé"},
                {"text": "Rien n'est prêt.", "speaker": "Marc Aubry", "kind": "direct", "cue": "a dit"},
            ]
        }
    )
    out = assemble(article, [ChunkAnswer(0, len(article), answer)])
    assert [q.hedged for q in out.quotes] == [True, False]


def test_the_scorer_treats_every_engine_pronoun_as_a_pronoun():
    from extractor.evaluation.matching import is_pronoun
    from extractor.wordlists import personal_pronouns

    assert all(is_pronoun(p) for p in personal_pronouns())
    assert is_pronoun("himself") and is_pronoun("eux") and not is_pronoun("Marc Aubry")
