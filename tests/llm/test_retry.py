"""The retry policy against a server that fails on purpose: bounded, fast, honest about usage."""

from __future__ import annotations

import asyncio

import pytest

from extractor.engines.llm import RetryPolicy
from extractor.errors import BackendError
from extractor.inputs import Document
from extractor.testing.fake_openai import Reply

ARTICLE = "Le porte-parole Marc Lenoir a affirmé : « Le calendrier sera tenu. »"
PAYLOAD = {"quotes": [{"text": "Le calendrier sera tenu.", "speaker": "Marc Lenoir", "kind": "direct"}]}


@pytest.fixture(autouse=True)
def _answering(fake_server):
    fake_server.responder = lambda request: PAYLOAD


def _extract(engine):
    result = engine.extract(Document(text=ARTICLE))
    assert [q.text for q in result.quotes] == ["Le calendrier sera tenu."]
    return result


def test_429_honours_retry_after(fake_server, make_engine, waits):
    fake_server.script([Reply(status=429, headers={"Retry-After": "7"})])
    result = _extract(make_engine())
    assert waits == [7.0]
    assert len(fake_server.completion_requests) == 2 and result.meta.usage.requests == 2


def test_retry_after_is_capped(fake_server, make_engine, waits, fast_retry):
    fake_server.script([Reply(status=429, headers={"Retry-After": "3600"})])
    _extract(make_engine())
    assert waits == [fast_retry.retry_after_cap]


@pytest.mark.parametrize(
    "failure",
    [Reply(status=500), Reply(status=503), Reply(status=502, raw=b"<html>Bad gateway</html>"), Reply(raw=b"not json"), Reply(close=True)],
    ids=["500", "503", "502-html", "not-json", "dropped-connection"],
)
def test_transient_failures_are_retried_with_backoff(fake_server, make_engine, waits, failure, fast_retry):
    fake_server.script([failure, failure])
    _extract(make_engine())
    assert len(fake_server.completion_requests) == 3
    assert len(waits) == 2 and all(0 < w <= fast_retry.cap for w in waits)


def test_timeout_against_a_self_hosted_server_is_not_retried_and_names_the_setting(fake_server, make_engine, waits):
    # A local single-slot server goes on generating the answer the client gave up on: asking
    # again at once would only queue a second answer behind it.
    fake_server.script([Reply(delay=3.0)])
    engine = make_engine(timeout=0.3)
    with pytest.raises(BackendError) as caught:
        engine.extract(Document(text=ARTICLE))
    message = str(caught.value)
    assert len(fake_server.completion_requests) == 1 and waits == []
    assert "--timeout" in message and "0.3 s" in message and "the last request ran" in message
    assert "not retried" in message


def test_timeouts_are_retried_by_a_policy_for_hosted_apis():
    import httpx
    import openai

    timeout = openai.APITimeoutError(request=httpx.Request("POST", "https://api.example/v1/chat/completions"))
    assert RetryPolicy(retry_timeouts=True).should_retry(timeout)
    assert not RetryPolicy(retry_timeouts=False).should_retry(timeout)
    server_error = openai.InternalServerError("boom", response=httpx.Response(500, request=timeout.request), body=None)
    assert RetryPolicy(retry_timeouts=False).should_retry(server_error)


def test_schema_invalid_answer_is_re_asked_with_the_error(fake_server, make_engine, waits):
    fake_server.script([Reply(content='{"quotes": [{"speaker": "Marc Lenoir"}]}')])  # quote without text
    result = _extract(make_engine())
    requests = fake_server.completion_requests
    assert len(requests) == 2 and waits == []  # a re-ask, not a transport retry
    assert "text" in str(requests[1].json["messages"][-1]).lower()  # the validation error is fed back
    assert result.meta.usage.requests == 2


def test_usage_sums_every_completion_of_a_re_ask(fake_server, make_engine):
    fake_server.script([Reply(content='{"quotes": [{"speaker": "Marc Lenoir"}]}')])  # re-asked once
    usage = _extract(make_engine()).meta.usage
    prompts = [fake_server._prompt_tokens(r.json) for r in fake_server.completion_requests]
    assert len(prompts) == 2 and usage.prompt_tokens == sum(prompts)
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_cut_off_answer_fails_clearly_without_retrying(fake_server, make_engine):
    fake_server.script([Reply(finish_reason="length")])
    with pytest.raises(BackendError) as info:
        make_engine(max_tokens=50).extract(Document(text=ARTICLE))
    assert "max_tokens=50" in str(info.value)
    assert info.value.last_output and info.value.last_output.startswith("{")
    assert info.value.usage.requests == 1 and info.value.usage.total_tokens > 0
    assert len(fake_server.completion_requests) == 1


def test_giving_up_is_bounded_and_reports_backend_output_and_usage(fake_server, make_engine, api_secret, waits):
    fake_server.script([Reply(status=500)] * 10)
    engine = make_engine()
    with pytest.raises(BackendError) as info:
        engine.extract(Document(text=ARTICLE))
    error = info.value
    assert len(fake_server.completion_requests) == engine.retry.attempts == 4 and len(waits) == 3
    assert error.backend == engine.name and engine.name in str(error)
    assert "after 4 attempts" in str(error) and error.usage.requests == 4
    assert api_secret not in str(error) and api_secret not in repr(error.__dict__)
    assert error.exit_code == 4


def test_invalid_answers_every_time_end_with_the_last_raw_output(fake_server, make_engine, waits):
    fake_server.responder = lambda request: Reply(content='{"quotes": "nope"}')
    with pytest.raises(BackendError) as info:
        make_engine(max_retries=2).extract(Document(text=ARTICLE))
    assert len(fake_server.completion_requests) == 3  # first ask + 2 re-asks, no transport retries
    assert info.value.last_output == '{"quotes": "nope"}'
    assert info.value.usage.requests == 3 and info.value.usage.total_tokens > 0
    assert "response schema" in str(info.value)


def test_client_errors_are_not_retried(fake_server, make_engine):
    fake_server.script([Reply(status=401, json={"error": {"message": "bad key", "type": "auth"}})])
    with pytest.raises(BackendError, match="bad key"):
        make_engine().extract(Document(text=ARTICLE))
    assert len(fake_server.completion_requests) == 1


def test_async_extraction_retries_too(fake_server, make_engine, waits):
    fake_server.script([Reply(status=429, headers={"Retry-After": "2"}), Reply(status=503)])
    result = asyncio.run(make_engine().extract_async(Document(text=ARTICLE)))
    assert [q.text for q in result.quotes] == ["Le calendrier sera tenu."]
    assert waits[0] == 2.0 and len(waits) == 2 and result.meta.usage.requests == 3


def test_policy_from_settings_counts_retries_after_the_first_attempt():
    assert RetryPolicy.from_retries(0).attempts == 1
    assert RetryPolicy.from_retries(3).attempts == 4


def test_answer_using_every_token_counts_as_cut_off_whatever_the_server_says(fake_server, make_engine):
    # llama-cpp-python's server reports finish_reason "tool_calls" when it stopped at max_tokens.
    def responder(request):
        body = {"quotes": [{"text": "x" * 400}]}
        return body

    fake_server.responder = responder
    with pytest.raises(BackendError, match="cut off at max_tokens=100"):
        make_engine(max_tokens=100).extract(Document(text=ARTICLE))
    assert len(fake_server.completion_requests) == 1  # no pointless re-ask


def test_one_engine_serves_successive_event_loops(fake_server, make_engine):
    engine = make_engine(cache=False)
    for _ in range(2):
        result = asyncio.run(engine.extract_async(Document(text=ARTICLE)))
        assert [q.text for q in result.quotes] == ["Le calendrier sera tenu."]


def test_concurrent_async_extractions_count_their_own_requests(fake_server, make_engine):
    engine = make_engine(cache=False)

    async def many():
        return await asyncio.gather(*(engine.extract_async(Document(text=ARTICLE + " " * i)) for i in range(5)))

    results = asyncio.run(many())
    assert [r.meta.usage.requests for r in results] == [1] * 5
    assert len(fake_server.completion_requests) == 5
