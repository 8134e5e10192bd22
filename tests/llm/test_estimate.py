"""`extractor extract --estimate`: requests and tokens counted, no extraction request sent."""

from __future__ import annotations

import json
import math

from typer.testing import CliRunner

from extractor.cli import app
from extractor.config import Settings
from extractor.engines.llm import prompting
from extractor.engines.llm.estimate import (
    CHARS_PER_TOKEN,
    COMPLETION_CHARS_PER_ARTICLE_CHAR,
    estimate_corpus,
    estimate_tokens,
    server_tokenizer,
)
from extractor.errors import InputError
from extractor.inputs import Document
from extractor.testing.fake_openai import FakeOpenAI

# Made-up articles.
SHORT = "Le maire a dit : « Nous allons gagner. » Il a ajouté que la ville était prête."
LONG = "\n\n".join(f"Paragraphe {i} : « Nous tiendrons la position numéro {i} », a dit Paul Roy devant la presse." for i in range(40))


def test_the_fallback_count_is_characters_over_3_5():
    assert estimate_tokens("") == 0 and estimate_tokens("x" * 35) == 10 and estimate_tokens("x" * 36) == 11


def test_requests_follow_chunking_and_the_fixed_overhead_is_per_request():
    settings = Settings(model="m", chunk_chars=1500)
    estimate = estimate_corpus([Document(text=SHORT, language="fr"), Document(text=LONG, language="fr")], settings, max_tokens=4096)
    assert estimate.articles == 2 and estimate.requests > 2  # the long article is split
    system = prompting.render_messages("", language="fr")[0]["content"]
    fixed = estimate.fixed_prompt_tokens["fr"]
    assert fixed > estimate_tokens(system)  # system prompt + example + response schema
    assert estimate.prompt_tokens == estimate.requests * fixed + estimate.article_prompt_tokens
    expected_short = math.ceil(len(SHORT) * COMPLETION_CHARS_PER_ARTICLE_CHAR / CHARS_PER_TOKEN)
    assert estimate.completion_tokens > expected_short
    capped = estimate_corpus([Document(text=LONG, language="fr")], settings, max_tokens=10)
    assert capped.completion_tokens == 10 * capped.requests


def test_the_servers_tokenizer_is_used_when_it_has_one():
    with FakeOpenAI(tokenizer=True) as server:  # 4 characters per token
        tokenizer = server_tokenizer(server.base_url)
        assert tokenizer is not None and tokenizer("un deux trois quatre") == 5
        estimate = estimate_corpus([Document(text=SHORT, language="fr")], Settings(model="m"), max_tokens=4096, tokenizer=tokenizer, tokenizer_name="server")
        user = prompting.render_messages(SHORT, language="fr")[1]["content"]
        assert estimate.article_prompt_tokens == len(user) // 4 and estimate.tokenizer == "server"
        assert not server.completion_requests
    assert server_tokenizer(None) is None
    assert server_tokenizer("http://127.0.0.1:9/v1", timeout=0.5) is None  # nothing listens: fall back


def test_cli_estimate_sends_no_extraction_request(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "x")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": SHORT}, ensure_ascii=False) + "\n" for i in range(3)), encoding="utf-8")
    with FakeOpenAI(tokenizer=True) as server:
        out = CliRunner().invoke(app, ["extract", str(corpus), "--model", "m", "--base-url", server.base_url, "--estimate"])
        table = CliRunner().invoke(app, ["extract", str(corpus), "--model", "m", "--base-url", server.base_url, "--estimate", "-f", "table"])
        assert not server.completion_requests
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["articles"] == 3 and data["requests"] == 3 and data["tokenizer"].startswith("the server")
    assert data["prompt_tokens"] == 3 * sum(data["fixed_prompt_tokens"].values()) + data["article_prompt_tokens"]
    assert table.exit_code == 0 and "prompt tokens" in table.stdout and "fixed per request" in table.stdout
    offline = CliRunner().invoke(app, ["extract", str(corpus), "--estimate"])
    assert isinstance(offline.exception, InputError) and "give --model" in str(offline.exception)
