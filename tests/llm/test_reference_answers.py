"""Hand-written reference answers (tests/fixtures/reference_answers) replayed through the real
pipeline: request → fake server → instructor → grounding → assembly → Result, and `extractor eval`.

The answers are what a capable model would return to our own request; they are labelled as
hand-written, never recordings (see the README beside them).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.config import Settings
from extractor.engines.llm.assemble import ChunkAnswer, assemble, split_parties
from extractor.pipeline import Extractor
from extractor.schemas.llm import Extraction
from extractor.testing.fake_openai import FakeOpenAI
from extractor.testing.reference_answers import REFERENCE_LABEL, ReferenceAnswers

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "reference_answers"
SEED = "000_3c0465c333d813dd"


@pytest.fixture(scope="module")
def answers() -> ReferenceAnswers:
    return ReferenceAnswers.load(FIXTURES)


@pytest.fixture
def extract(answers):
    """Extract one gold article with the reference answers behind a local fake server."""
    with FakeOpenAI(responder=answers) as server:

        def run(article_id: str, **settings):
            options = {"model": "reference", "base_url": server.base_url, "api_key": "test", "cache": False, **settings}
            return Extractor(settings=Settings(**options)).extract(answers.article(article_id)), server

        yield run


def test_fixtures_are_labelled_valid_and_verbatim(answers):
    assert {a.article_id for a in answers.answers} == {json.loads(p.read_text(encoding="utf-8"))["id"] for p in (REPO / "evals" / "gold").glob("*.json")}
    for path in FIXTURES.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["label"] == REFERENCE_LABEL
    for reference in answers.answers:
        for answer in (reference.answer, *reference.chunk_answers):
            extraction = Extraction.model_validate(answer)
            assert all(q.text in reference.text for q in extraction.quotes)


@pytest.mark.parametrize("article_id", ["en_001_port_alder", "en_002_riverton", "fr_001_valmont", SEED])
def test_every_answer_grounds_and_links(extract, article_id):
    result, _ = extract(article_id)
    article = result.article
    assert not result.rejected and result.quotes
    quote_ids = {q.id for q in result.quotes}
    speaker_ids = {s.id for s in result.speakers}
    for quote in result.quotes:
        assert article[quote.start : quote.end] == quote.text and quote.alignment == "exact"
        assert quote.speaker_ids and set(quote.speaker_ids) <= speaker_ids
    for claim in result.claims:
        assert set(claim.quote_ids) <= quote_ids and set(claim.claimant_ids) <= speaker_ids
    for accused in result.accused:
        assert accused.quote_ids and set(accused.quote_ids) <= quote_ids
        assert accused.accuser_ids and set(accused.accuser_ids) <= speaker_ids and accused.mentions


def test_seed_speakers_merge_by_alias_and_joint_statements_keep_every_speaker(extract):
    result, _ = extract(SEED)
    by_text = {q.text[:30]: q for q in result.quotes}
    speakers = {s.id: s for s in result.speakers}
    # "le gouvernement fédéral" (quote) and "Le Canada" are aliases of the listed "le Canada"
    canada = next(s for s in result.speakers if s.name == "le Canada")
    assert by_text["environ 400 000 serveurs dans "].speaker_ids == [canada.id]
    assert {"Le Canada", "le gouvernement fédéral"} <= set(canada.aliases)
    # "Washington" is an alias of les États-Unis
    assert speakers[by_text["le gouvernement chinois « fait"].speaker_ids[0]].name == "les États-Unis"
    # a communiqué of three ministers: three speakers, joined for display, no single speaker_span
    joint = by_text["Cette activité a mis en péril "]
    assert joint.speaker == "Marc Garneau, Bill Blair, Harjit Sajjan" and len(joint.speaker_ids) == 3 and joint.speaker_span is None
    assert len(by_text["la Chine à agir « de manière r"].speaker_ids) == 5
    assert len({s.name for s in result.speakers}) == len(result.speakers) == 14


def test_seed_accused_parties_merge_aliases_and_split_two_groups(extract):
    result, _ = extract(SEED)
    accused = {a.name: a for a in result.accused}
    assert set(accused) == {"la Chine", "le ministère de la Sécurité de l’État", "quatre pirates chinois", "APT40", "APT31"}
    china = accused["la Chine"]
    # the separate "le gouvernement chinois" entry (accused by Washington) merged into la Chine
    assert {"Pékin", "le gouvernement chinois", "les autorités chinoises"} <= set(china.aliases)
    assert {"le Canada", "les États-Unis", "Joe Biden", "Dominic Raab"} == set(china.accusers)
    washington_quote = next(q for q in result.quotes if q.text.startswith("le gouvernement chinois « fait"))
    assert washington_quote.id in china.quote_ids
    assert {m.text for m in china.mentions} >= {"Pékin", "la Chine", "le gouvernement chinois"}
    # "un groupe de pirates connus sous les noms de APT40 et APT31": two parties, same evidence
    assert accused["APT40"].quote_ids == accused["APT31"].quote_ids and accused["APT40"].accusers == ["la coalition"]
    # evidence: claims cite grounded quotes by id
    biden = next(c for c in result.claims if c.claimant == "Joe Biden")
    assert [q.text[:22] for q in result.quotes if q.id in biden.quote_ids] == ["les autorités chinoise"]


def test_a_long_article_is_split_into_chunks_and_merged(extract):
    whole, server = extract(SEED)
    asked = len(server.completion_requests)
    chunked, _ = extract(SEED, chunk_chars=2000)
    assert asked == 1 and chunked.meta.chunks == 2 and len(server.completion_requests) == 3
    assert "part 1 of 2" in server.completion_requests[1].json["messages"][-1]["content"]

    def shape(result):
        return (
            [(q.start, q.end, q.kind, q.speaker) for q in result.quotes],
            [(s.name, sorted(s.aliases)) for s in result.speakers],
            [(a.name, sorted(a.aliases), a.quote_ids) for a in result.accused],
            [(c.text, c.quote_ids) for c in result.claims],
        )

    # Raab's quote is in both parts (overlap): one quote; part 2 names him "Raab": one speaker.
    assert shape(chunked)[0] == shape(whole)[0] and shape(chunked)[2] == shape(whole)[2]
    assert [s.name for s in chunked.speakers] == [s.name for s in whole.speakers]
    assert sorted(shape(chunked)[3]) == sorted(shape(whole)[3])


def test_eval_against_a_server_replaying_the_reference_answers(answers, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "test")
    with FakeOpenAI(responder=answers) as server:
        result = CliRunner().invoke(
            app, ["eval", "--gold", str(REPO / "evals" / "gold"), "--model", "reference", "--base-url", server.base_url, "--no-cache", "-f", "json"]
        )
    assert result.exit_code == 0, result.output
    run = json.loads(result.stdout)
    # What these answers give (see the README: whole-clause mixed quotes):
    assert (run["quotes"]["matched"], run["quotes"]["predicted"], run["quotes"]["gold"]) == (55, 55, 57)
    assert run["quotes"]["grounded_rate"] == 1.0 and run["quotes"]["kind_accuracy"] == 1.0
    assert run["speakers"]["accuracy"] == 1.0 and run["speakers"]["set"]["f1"] == 1.0
    assert run["accused"]["f1"] == 1.0 and run["accused"]["accusers"]["f1"] == 1.0
    assert run["claims"]["precision"] == 1.0 and run["claims"]["recall"] >= 0.9


@pytest.mark.parametrize(
    ("name", "parties"),
    [
        ("Hydrotech et la préfecture", ["Hydrotech", "la préfecture"]),
        ("un groupe connu sous les noms de ZX9 et ZX12", ["ZX9", "ZX12"]),
        ("les Verts, les Rouges et les Bleus", ["les Verts", "les Rouges", "les Bleus"]),
        ("the mayor and the council", ["the mayor", "the council"]),
        ("Procter and Gamble", ["Procter and Gamble"]),
        ("ministère de la Santé et de la Prévention", ["ministère de la Santé et de la Prévention"]),
        ("Hydrotech, la société", ["Hydrotech, la société"]),
        ("la Chine", ["la Chine"]),
    ],
)
def test_split_parties(name, parties):
    assert split_parties(name) == parties


def test_assembly_merges_accused_entries_sharing_an_alias_and_splits_coordinated_ones():
    # Made-up article.
    article = "La mairie accuse Hydrotech et la préfecture de retards. Selon Paul Roy, Pékin « ment ». Le gouvernement chinois nie."
    extraction = Extraction.model_validate(
        {
            "quotes": [
                {"text": "Hydrotech et la préfecture de retards", "speakers": ["La mairie"], "kind": "indirect"},
                {"text": "Pékin « ment »", "speakers": ["Roy"], "kind": "mixed"},
            ],
            "speakers": [{"name": "Paul Roy", "kind": "person"}],
            "accused": [
                {"name": "Hydrotech et la préfecture", "accusers": ["La mairie"], "evidence": [1]},
                {"name": "la Chine", "aliases": ["Pékin", "le gouvernement chinois"], "accusers": ["Paul Roy"], "evidence": [2]},
                {"name": "Le gouvernement chinois", "accusers": ["Paul Roy"], "evidence": [2]},
            ],
        }
    )
    out = assemble(article, [ChunkAnswer(0, len(article), extraction)])
    names = {a.name: a for a in out.accused}
    assert set(names) == {"Hydrotech", "la préfecture", "la Chine"}
    assert names["Hydrotech"].quote_ids == names["la préfecture"].quote_ids == ["q1"]
    assert names["la Chine"].aliases == ["la Chine", "Pékin", "le gouvernement chinois"]
    assert [m.text for m in names["la Chine"].mentions] == ["Pékin", "Le gouvernement chinois"]
    # "Roy" on a quote is a shorter form of the listed "Paul Roy": one speaker, one more alias
    roy = next(s for s in out.speakers if s.name == "Paul Roy")
    assert roy.aliases == ["Paul Roy", "Roy"] and out.quotes[1].speaker_ids == [roy.id]
