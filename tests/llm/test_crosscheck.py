"""Cross-check mode: an LLM result compared with the offline engine's reading of the article.

On the hand-written reference answers for evals/gold (54 LLM quotes over the 4 articles) the
offline engine confirms 52; where they disagree, each side is right about half the time: of the
2 quotes only the LLM gave, 1 matches gold (the other is the second piece of a quote already
matched); the 2 quotes only the offline engine found both match gold (a second quoted fragment
in one clause, a fragment the answer left out). evals/gold is the offline engine's development
set, so it is at its best there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.config import Settings
from extractor.engines.llm.crosscheck import crosscheck
from extractor.errors import ConfigError
from extractor.pipeline import Extractor
from extractor.render.html import render_html
from extractor.schemas import Quote, Result, ResultMeta, Speaker
from extractor.testing.fake_openai import FakeOpenAI
from extractor.testing.reference_answers import ReferenceAnswers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reference_answers"

# Made-up article.
TEXT = "Ann Lee said the bridge will open in May. « Non », a dit Paul Roy. Bo Park added that costs rose."


def _quote(qid: str, piece: str, speaker: str | None, speaker_ids: list[str] = ()) -> Quote:
    start = TEXT.index(piece)
    return Quote(id=qid, text=piece, start=start, end=start + len(piece), kind="indirect", speaker=speaker, speaker_ids=list(speaker_ids))


def _result(engine: str, quotes: list[Quote], speakers: list[Speaker] = ()) -> Result:
    return Result(language="en", engine=engine, quotes=quotes, speakers=list(speakers), meta=ResultMeta(extractor_version="test"))


def test_quotes_are_confirmed_by_overlap_with_the_speaker_compared():
    llm = _result(
        "openai:m",
        [_quote("q1", "the bridge will open in May", "Ann Lee", ["s1"]), _quote("q2", "Non", "Paul Roy"), _quote("q3", "costs rose", "Bo Park")],
        [Speaker(id="s1", name="Ann Lee", aliases=["Ann Lee", "Lee"])],
    )
    offline = _result(
        "offline:spacy",
        # a shorter span over the same words, the same speaker by surname; another speaker; an extra
        [_quote("q1", "will open in May", "Lee"), _quote("q2", "Non", "le ministre"), _quote("q3", "Ann Lee said", None)],
    )
    check = crosscheck(llm, offline)
    assert check.engine == "offline:spacy"
    assert check.confirmed == ["q1", "q2"] and check.unconfirmed == ["q3"]
    assert check.speaker_agrees == ["q1"]
    assert [(c.text, c.speaker) for c in check.only_in_check] == [("Ann Lee said", None)]


def test_a_check_needs_a_model_and_a_known_engine():
    with pytest.raises(ConfigError, match="give a model"):
        Extractor(settings=Settings(), check="offline")
    with pytest.raises(ConfigError, match="only checking engine"):
        Extractor(settings=Settings(model="m", base_url="http://127.0.0.1:9/v1", api_key="x"), check="gpt")


@pytest.fixture(scope="module")
def answers() -> ReferenceAnswers:
    return ReferenceAnswers.load(FIXTURES)


def test_extract_with_check_offline_marks_every_quote_and_renders(answers):
    article = answers.article("en_002_riverton")
    with FakeOpenAI(responder=answers) as server:
        extractor = Extractor(settings=Settings(model="reference", base_url=server.base_url, api_key="x", cache=False), check="offline")
        result = extractor.extract(article)
    check = result.meta.crosscheck
    assert check is not None and check.engine.startswith("offline")
    assert sorted(check.confirmed + check.unconfirmed) == sorted(q.id for q in result.quotes)
    assert set(check.speaker_agrees) <= set(check.confirmed)
    assert len(check.confirmed) >= len(result.quotes) - 2  # the reference answer and the engine mostly agree
    for extra in check.only_in_check:
        assert article[extra.start : extra.end] == extra.text
    page = render_html(result)
    assert f"Cross-check with {check.engine}" in page and f"Found only by {check.engine}" in page
    assert f"{len(check.confirmed)} of {len(result.quotes)} quotes confirmed" in page
    assert f"confirmed by {check.engine}" in page  # in the quotes' hover labels
    # unconfirmed quotes are marked in the article itself
    assert bool(re.search(r'<mark class="[^"]*xr-unconfirmed', page)) == bool(check.unconfirmed)
    # the contract round-trips with the new field
    assert Result.model_validate(result.to_dict()).meta.crosscheck == check


def test_cli_check_offline(answers, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "x")
    path = tmp_path / "article.txt"
    path.write_text(answers.article("fr_001_valmont"), encoding="utf-8")
    with FakeOpenAI(responder=answers) as server:
        out = CliRunner().invoke(app, ["extract", str(path), "--model", "reference", "--base-url", server.base_url, "--no-cache", "--check", "offline"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["meta"]["crosscheck"]["engine"].startswith("offline") and data["meta"]["crosscheck"]["confirmed"]
