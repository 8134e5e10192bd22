"""The context budget: no request that cannot fit is sent, a refusal that names the context is
learned from, and a server that silently cuts the prompt (Ollama) never yields a result."""

from __future__ import annotations

import pytest

from extractor.engines.llm import context, prompting
from extractor.engines.llm.engine import MIN_ANSWER_TOKENS, _shorten
from extractor.errors import BackendError
from extractor.inputs import Document
from extractor.testing.fake_openai import FakeOpenAI

ARTICLE = "Le porte-parole Marc Lenoir a affirmé : « Le calendrier sera tenu. »"
PAYLOAD = {"quotes": [{"text": "Le calendrier sera tenu.", "speaker": "Marc Lenoir", "kind": "direct"}]}
#: A long article of many short paragraphs (made up), each with one quote.
LONG_ARTICLE = "\n\n".join(
    f"Le maire de la commune numéro {i} a déclaré mardi : « Les travaux du pont seront finis au printemps {2030 + i}. »" for i in range(60)
)


@pytest.fixture
def server():
    with FakeOpenAI(responder=lambda request: PAYLOAD) as fake:
        yield fake


def _engine(make_engine_for, fake, **overrides):
    return make_engine_for(fake, **overrides)


@pytest.fixture
def make_engine_for(fast_retry, api_secret):
    from extractor.config import Settings
    from extractor.engines.llm import LLMEngine

    def build(fake, *, max_tokens=4096, **overrides):
        options = {"model": "fake-model", "api_key": api_secret, "timeout": 5.0, "max_retries": 1, "base_url": fake.base_url, "cache": False, **overrides}
        return LLMEngine(Settings(**options), retry=fast_retry, max_tokens=max_tokens)

    return build


def _upper(engine, text: str) -> int:
    messages = prompting.render_messages(text, language="fr", chunk_index=1, chunk_count=1)
    return engine.prompt_count(messages).upper


def _fits(fake: FakeOpenAI) -> None:
    for request in fake.completion_requests:
        prompt = fake._prompt_tokens(request.json)
        assert prompt + request.json["max_tokens"] <= fake.n_ctx, (prompt, request.json["max_tokens"], fake.n_ctx)


def test_a_stated_context_lowers_the_answer_budget_without_a_failed_request(server, make_engine_for):
    engine = make_engine_for(server)
    server.n_ctx, server.advertise = _upper(engine, ARTICLE) + 1500, "props"
    result = engine.extract(Document(text=ARTICLE, language="fr"))
    assert [q.text for q in result.quotes] == ["Le calendrier sera tenu."]
    [request] = server.completion_requests
    assert MIN_ANSWER_TOKENS <= request.json["max_tokens"] < 4096
    _fits(server)


def test_vllm_style_models_metadata_is_read_too(server, make_engine_for):
    engine = make_engine_for(server)
    server.n_ctx, server.advertise = _upper(engine, ARTICLE) + 1500, "models"
    assert engine.context_window().n_ctx == server.n_ctx
    engine.extract(Document(text=ARTICLE, language="fr"))
    assert len(server.completion_requests) == 1
    _fits(server)


def test_a_refusal_naming_the_context_is_learned_and_the_request_resized(server, make_engine_for):
    engine = make_engine_for(server)
    messages = prompting.render_messages(ARTICLE, language="fr", chunk_index=1, chunk_count=1)
    # not advertised (only the 400 says it), and one token short of the default answer budget
    server.n_ctx = FakeOpenAI._prompt_tokens({"messages": messages}) + 4096 - 1
    assert server.n_ctx - _upper(engine, ARTICLE) - context.SAFETY_MARGIN >= MIN_ANSWER_TOKENS
    result = engine.extract(Document(text=ARTICLE, language="fr"))
    assert [q.text for q in result.quotes] == ["Le calendrier sera tenu."]
    first, second = server.completion_requests
    assert first.json["max_tokens"] == 4096 and second.json["max_tokens"] < 4096
    assert engine.context_window().n_ctx == server.n_ctx


def test_a_context_too_small_for_the_prompt_fails_before_sending_with_the_flag_to_change(server, make_engine_for):
    server.n_ctx, server.advertise = 1000, "props"
    engine = make_engine_for(server)
    with pytest.raises(BackendError) as caught:
        engine.extract(Document(text=ARTICLE, language="fr"))
    message = str(caught.value)
    assert server.completion_requests == []
    assert "--n_ctx" in message and "OLLAMA_CONTEXT_LENGTH" in message and "1000" in message


def test_a_too_small_context_refused_by_the_server_gives_the_same_advice(server, make_engine_for):
    server.n_ctx = 1000  # not advertised; the first refusal names it, then nothing fits
    engine = make_engine_for(server)
    with pytest.raises(BackendError) as caught:
        engine.extract(Document(text=ARTICLE, language="fr"))
    assert len(server.completion_requests) == 1
    assert "--n_ctx" in str(caught.value)


def test_a_long_article_is_split_until_every_request_fits(server, make_engine_for):
    engine = make_engine_for(server, max_tokens=2000, chunk_chars=20_000)
    fixed, whole = _upper(engine, ""), _upper(engine, LONG_ARTICLE)
    # room for a minimal answer beside two thirds of the article (a half plus the overlap), not beside all of it
    server.n_ctx, server.advertise = fixed + int((whole - fixed) * 0.66) + context.SAFETY_MARGIN + MIN_ANSWER_TOKENS, "props"
    result = engine.extract(Document(text=LONG_ARTICLE, language="fr"))
    assert len(server.completion_requests) >= 2
    _fits(server)
    assert result.meta.chunks >= 2


def test_a_server_that_cuts_the_prompt_silently_yields_no_result(make_engine_for, tmp_path):
    with FakeOpenAI(responder=lambda request: PAYLOAD, n_ctx=600, truncate=True) as ollama_like:
        engine = make_engine_for(ollama_like, max_tokens=300, cache=True, cache_dir=tmp_path)
        with pytest.raises(BackendError) as caught:
            engine.extract(Document(text=LONG_ARTICLE[:6000], language="fr"))
        message = str(caught.value)
        assert "cut the article" in message and "OLLAMA_CONTEXT_LENGTH" in message
        # nothing cached: a server with a large enough context is asked again
        ollama_like.n_ctx = None
        result = engine.extract(Document(text=LONG_ARTICLE[:6000], language="fr"))
        assert not result.meta.cached


def test_the_servers_tokenizer_is_used_when_it_has_one(make_engine_for):
    with FakeOpenAI(responder=lambda request: PAYLOAD, tokenizer=True) as fake:
        engine = make_engine_for(fake)
        messages = prompting.render_messages(ARTICLE, language="fr", chunk_index=1, chunk_count=1)
        count = engine.prompt_count(messages)
        assert count.counted
        assert any(r.path == "/extras/tokenize/count" for r in fake.requests)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "This model's maximum context length is 2048 tokens. However, you requested 6164 tokens "
            "(2068 in the messages, 4096 in the completion). Please reduce the length of the messages or completion.",
            (2048, 2068),
        ),
        ('{"code":400,"message":"the request exceeds the available context size","n_prompt_tokens":9000,"n_ctx":4096}', (4096, 9000)),
        ("This model's maximum context length is 8192 tokens. However, your request has 9000 input tokens.", (8192, 9000)),
        ("Requested tokens (2068) exceed context window of 2048", (2048, 2068)),
        ("fake error 500", None),
    ],
    ids=["openai-vllm-llama-cpp-python", "llama.cpp", "vllm-new", "llama-cpp-python-raw", "other"],
)
def test_context_refusals_of_each_server_are_parsed(message, expected):
    assert context.parse_context_error(message) == expected


def test_estimates_bracket_the_real_count():
    messages = [{"role": "user", "content": "mot " * 1000}]  # 4,000 characters
    count = context.estimate(messages)
    assert count.lower <= 4000 / 6 and count.upper >= 4000 / 2.5 and not count.counted


def test_long_error_messages_are_cut_between_words():
    text = "word " * 200
    short = _shorten(text, 50)
    assert short.endswith(" …") and len(short) <= 52
    assert all(piece == "word" for piece in short[:-2].split())


def test_the_server_probe_closes_its_connection_pool(server):
    import gc

    with context.ServerProbe(server.base_url, "fake-model", None) as probe:
        probe.context_window()
        pool = probe._client
    assert pool.is_closed
    dropped = context.ServerProbe(server.base_url, "fake-model", None)
    pool = dropped._client
    del dropped
    gc.collect()
    assert pool.is_closed
