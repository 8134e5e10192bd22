"""The LLM engine: prompts → instructor (mode with fallback) → retries → cache → grounding.

Per article: the text is chunked if it exceeds ``Settings.chunk_chars``; for each chunk the
cache is consulted (key: backend identity, template version, response-schema hash, generation
parameters, chunk text); on a miss the backend is asked through instructor, with transport
retries (retry.py) around instructor's own validation re-asks, trying modes in the fallback
order (modes.py). Answers are grounded and merged (assemble.py); validated answers are cached
only once the article's result has been assembled.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import instructor
from instructor.core.hooks import Hooks

from extractor.cache import ResponseCache, cache_dir, cache_key
from extractor.config import Settings
from extractor.cuetypes import restrict_to_scope
from extractor.document import Document
from extractor.engines.base import Engine
from extractor.engines.llm import context, prompting
from extractor.engines.llm.assemble import ChunkAnswer, assemble
from extractor.engines.llm.chunking import chunk_spans
from extractor.engines.llm.client import Backend, is_self_hosted, make_create, resolve_backend, server_tools
from extractor.engines.llm.modes import ModeMemory, instructor_mode, is_mode_rejection
from extractor.engines.llm.retry import RetryPolicy, is_timeout, is_transient
from extractor.errors import BackendError
from extractor.language import article_language
from extractor.schemas import Result, ResultMeta, Usage
from extractor.schemas.llm import Extraction, schema_version

#: The response model as instructor wraps it (``instructor.openai_schema``, public API). Handed a
#: plain model, instructor builds a fresh wrapper class on every call, so its per-class schema
#: cache never hits and pydantic regenerates the JSON Schema each time (most of the client-side
#: CPU per request). Wrapped once here, instructor uses it as is: same class every call, same
#: request body, and answers are still instances of Extraction.
_RESPONSE_MODEL: type[Extraction] = instructor.openai_schema(Extraction)


def _response_schema() -> dict[str, Any]:
    """The function schema instructor sends for `Extraction` (the prompt-size estimate counts it)."""
    # instructor.openai_schema() returns the model with OpenAISchema mixed in, but its annotation
    # names only the model: Python's types have no intersection to say both.
    return cast("type[instructor.OpenAISchema]", _RESPONSE_MODEL).openai_schema

MAX_TOKENS_ENV = "EXTRACTOR_MAX_TOKENS"
#: A chunk whose answer is cut off at max_tokens is halved and asked again, at most this many
#: times (so into at most 4 pieces), and never below MIN_SPLIT_CHARS characters.
MAX_SPLITS = 2
MIN_SPLIT_CHARS = 1200
#: The smallest answer budget worth asking for when the context is tight (below it, the chunk is
#: split instead): a chunk with a few quotes, speakers and claims needs about this much.
MIN_ANSWER_TOKENS = 768
_RAW_OUTPUT_LIMIT = 4000

# instructor logs every failed attempt at ERROR level; with no logging configured Python would
# print those to stderr. Our own error (BackendError) says what matters, once.
logging.getLogger("instructor").addHandler(logging.NullHandler())
log = logging.getLogger(__name__)


class _UsageTotal:
    """Token usage summed over every attempt of one article."""

    def __init__(self) -> None:
        self.prompt = self.completion = self.total = self.requests = 0

    def request_sent(self) -> None:
        self.requests += 1

    def add(self, usage: Any) -> None:
        """Add one completion's token counts (an OpenAI ``usage`` object; None adds nothing)."""
        if usage is None:
            return
        prompt = getattr(usage, "prompt_tokens", None) or 0
        completion = getattr(usage, "completion_tokens", None) or 0
        self.prompt += prompt
        self.completion += completion
        self.total += getattr(usage, "total_tokens", None) or prompt + completion

    def model(self) -> Usage:
        return Usage(prompt_tokens=self.prompt, completion_tokens=self.completion, total_tokens=self.total, requests=self.requests)


def _raw_output(completion: Any) -> str | None:
    """The text (or tool-call arguments) of a raw completion, for error messages."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None if completion is None else str(completion)[:_RAW_OUTPUT_LIMIT]
    calls = getattr(message, "tool_calls", None) or []
    text = calls[0].function.arguments if calls else getattr(message, "content", None)
    return None if text is None else str(text)[:_RAW_OUTPUT_LIMIT]


@dataclass
class _Planned:
    index: int
    start: int
    end: int
    messages: list[dict[str, str]]
    language: str


@dataclass
class _Answered:
    plan: _Planned
    extraction: Extraction
    key: str
    cached: bool


class _CutOff(BackendError):
    """The answer hit max_tokens: the chunk may be split and asked again."""


class _TooLong(_CutOff):
    """The prompt leaves too little of the server's context for an answer: split the chunk."""


class _ContextExceeded(BackendError):
    """The server refused a request as longer than its context; ``n_ctx`` is what it said."""

    def __init__(self, message: str, *, n_ctx: int, prompt_tokens: int | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.n_ctx = n_ctx
        self.prompt_tokens = prompt_tokens


class LLMEngine(Engine):
    """Extraction by an LLM through instructor: OpenAI, any OpenAI-compatible server, or a GGUF in-process.

    ``retry`` overrides the transport retry policy (tests use tiny waits); ``max_tokens`` bounds
    every answer (default: the ``max_tokens`` setting, EXTRACTOR_MAX_TOKENS, 4096).
    """

    def __init__(self, settings: Settings, *, retry: RetryPolicy | None = None, max_tokens: int | None = None) -> None:
        self.settings = settings
        self.backend: Backend = resolve_backend(settings)
        self.name = self.backend.name
        if settings.mode:
            instructor_mode(settings.mode)  # fail early on an unknown mode
        self.retry = retry or RetryPolicy.from_retries(settings.max_retries)
        self.self_hosted = is_self_hosted(self.backend)
        if self.self_hosted:
            self.retry = dataclasses.replace(self.retry, retry_timeouts=False)
        self.max_tokens = max_tokens or settings.max_tokens
        self._cache_dir = cache_dir(settings.cache_dir)
        self._cache: ResponseCache | None = None
        # The mode a server accepts is remembered even with --no-cache: it is not an answer, and
        # forgetting it costs every uncached run one refused request.
        self._modes = ModeMemory(self._cache_dir)
        self._backend_key = hashlib.sha256(repr(sorted(self.backend.identity.items())).encode()).hexdigest()[:16]
        self._creates: dict[tuple[str, int | None], Any] = {}
        self.template_version = prompting.template_version()
        self.schema_version = schema_version(Extraction)
        self._window: context.ContextWindow | None = None
        self._template_tokens: int | None = None
        self._server: Any = None  # tokenizer / context probe, made on first use
        self._schema_text = json.dumps(_response_schema(), ensure_ascii=False)

    # --- public ---------------------------------------------------------------------------------
    def extract(self, document: Document) -> Result:
        started = time.perf_counter()
        language, plans = self._plan(document)
        usage = _UsageTotal()
        answered = [answer for plan in plans for answer in self._answer(document.text, plan, usage)]
        return self._finish(document, language, answered, usage, started)

    async def extract_async(self, document: Document) -> Result:
        """Like ``extract`` but with the async client; chunks of one article are asked concurrently."""
        started = time.perf_counter()
        language, plans = self._plan(document)
        usage = _UsageTotal()
        per_plan = await asyncio.gather(*(self._answer_async(document.text, plan, usage) for plan in plans))
        return self._finish(document, language, [answer for answers in per_plan for answer in answers], usage, started)

    # --- one chunk: cache, ask, or split when the answer does not fit ---------------------------
    def _answer(self, text: str, plan: _Planned, usage: _UsageTotal, depth: int = 0) -> list[_Answered]:
        extraction, key = self._lookup(plan)
        if extraction is not None:
            return [_Answered(plan, extraction, key, True)]
        try:
            extraction = self._ask(plan, usage)
        except _ContextExceeded as exc:
            self._measure_template(self.prompt_count(plan.messages), exc.prompt_tokens)
            if not self._learn_context(exc):
                raise
            return self._answer(text, plan, usage, depth)
        except _CutOff:
            halves = self._halves(text, plan, depth)
            if not halves:
                raise
            return [answer for half in halves for answer in self._answer(text, half, usage, depth + 1)]
        return [_Answered(plan, extraction, self._key_after_asking(plan), False)]

    async def _answer_async(self, text: str, plan: _Planned, usage: _UsageTotal, depth: int = 0) -> list[_Answered]:
        extraction, key = self._lookup(plan)
        if extraction is not None:
            return [_Answered(plan, extraction, key, True)]
        try:
            extraction = await self._ask_async(plan, usage)
        except _ContextExceeded as exc:
            prompt = await asyncio.to_thread(self.prompt_count, plan.messages)
            self._measure_template(prompt, exc.prompt_tokens)
            if not self._learn_context(exc):
                raise
            return await self._answer_async(text, plan, usage, depth)
        except _CutOff:
            halves = self._halves(text, plan, depth)
            if not halves:
                raise
            return [answer for half in halves for answer in await self._answer_async(text, half, usage, depth + 1)]
        return [_Answered(plan, extraction, self._key_after_asking(plan), False)]

    def _halves(self, text: str, plan: _Planned, depth: int) -> list[_Planned]:
        """A chunk whose answer was cut off at max_tokens, split in two (paragraphs, overlap)."""
        length = plan.end - plan.start
        if depth >= MAX_SPLITS or length < MIN_SPLIT_CHARS:
            return []
        spans = chunk_spans(text[plan.start : plan.end], max_chars=length // 2 + length // 8, overlap=length // 16)
        if len(spans) < 2:
            return []
        log.info("%s: answer cut off at max_tokens; asking again in %d smaller pieces", self.name, len(spans))
        return [
            _Planned(plan.index, plan.start + a, plan.start + b, self._messages(text[plan.start + a : plan.start + b], plan.language, i + 1, len(spans)), plan.language)
            for i, (a, b) in enumerate(spans)
        ]

    # --- planning and caching -------------------------------------------------------------------
    def _plan(self, document: Document) -> tuple[str, list[_Planned]]:
        text = document.text
        # The pipeline has already applied this rule (document.language is its answer).
        language = article_language(text, forced=self.settings.language, tagged=document.language)
        spans = chunk_spans(text, self.settings.chunk_chars)
        plans = [
            _Planned(i, start, end, self._messages(text[start:end], language, i + 1, len(spans)), language)
            for i, (start, end) in enumerate(spans)
        ]
        return language, plans

    def _messages(self, chunk: str, language: str, chunk_index: int, chunk_count: int) -> list[dict[str, str]]:
        return prompting.render_messages(chunk, language=language, scope=self.settings.scope, chunk_index=chunk_index, chunk_count=chunk_count)

    def _mode_candidates(self) -> list[str]:
        return self._modes.candidates(self._backend_key, self.settings.mode)

    def key_for(self, messages: list[dict[str, str]], mode: str) -> str:
        """The cache key of one request (see extractor.cache for what goes in)."""
        return cache_key(
            {
                "backend": self.backend.identity,
                "template_version": self.template_version,
                "schema_version": self.schema_version,
                "params": {"temperature": self.settings.temperature, "max_tokens": self.max_tokens, "mode": mode},
                "messages_sha256": hashlib.sha256(repr(messages).encode("utf-8")).hexdigest(),
            }
        )

    def _key_after_asking(self, plan: _Planned) -> str:
        # After a fallback the mode that answered is remembered first: store under its key, the
        # one the next lookup will use.
        return self.key_for(plan.messages, self._mode_candidates()[0])

    def _response_cache(self) -> ResponseCache | None:
        if not self.settings.cache:
            return None
        if self._cache is None:
            self._cache = ResponseCache(self._cache_dir)
        return self._cache

    def _lookup(self, plan: _Planned) -> tuple[Extraction | None, str]:
        """The cached answer for this chunk (None on a miss), and its cache key."""
        key = self.key_for(plan.messages, self._mode_candidates()[0])
        cache = self._response_cache()
        if cache is None:
            return None, key
        stored = cache.get(key)
        if stored is None:
            return None, key
        try:
            return Extraction.model_validate(stored["extraction"]), key
        except (KeyError, ValueError):
            return None, key  # an entry from an incompatible version: ask again

    # --- asking ---------------------------------------------------------------------------------
    def _request(self, plan: _Planned, max_tokens: int) -> dict[str, Any]:
        return {
            "model": self.backend.model,
            "messages": plan.messages,
            "response_model": _RESPONSE_MODEL,
            "max_retries": self.settings.max_retries,
            "temperature": self.settings.temperature,
            "max_tokens": max_tokens,
        }

    # --- the context budget (context.py) --------------------------------------------------------
    def _server_tools(self) -> Any:
        if self._server is None:
            self._server = server_tools(self.backend, self.settings)
        return self._server

    def context_window(self) -> context.ContextWindow:
        """The server's context size as far as it can be known before asking (probed once)."""
        if self._window is None:
            self._window = self._server_tools().context_window()
        return self._window

    def prompt_count(self, messages: list[dict[str, str]]) -> context.PromptCount:
        """The prompt's size: the server's tokenizer when it has one, else an estimate."""
        tokens = self._server_tools().count_tokens(context.messages_text(messages))
        if tokens is None:
            return context.estimate(messages, self._schema_text)
        # What the server adds to the message text (chat template, the tool schema if it renders
        # it): measured from its first answer or refusal; until then the schema's size, estimated.
        if self._template_tokens is not None:
            return context.counted(tokens, messages, extra_tokens=self._template_tokens - context.TOKENS_PER_MESSAGE * len(messages))
        return context.counted(tokens, messages, extra_tokens=context.estimate([], self._schema_text).upper)

    def _measure_template(self, prompt: context.PromptCount, reported: int | None) -> None:
        """Learn how many tokens the server adds to the counted message text."""
        if prompt.text_tokens is not None and reported:
            self._template_tokens = max(0, reported - prompt.text_tokens)

    def _budget(self, prompt: context.PromptCount) -> int:
        """max_tokens for this request; _TooLong when the context leaves no room for an answer."""
        window = self.context_window()
        budget = context.answer_budget(window, prompt, self.max_tokens, min(MIN_ANSWER_TOKENS, self.max_tokens))
        if budget is None:
            raise _TooLong(
                self.backend.redact(
                    f"{self.name}: the prompt needs about {prompt.upper} tokens and the server's context holds "
                    f"{window.n_ctx} (from {window.source}): no room for an answer. {_CONTEXT_HINT}"
                ),
                backend=self.name,
            )
        if budget < self.max_tokens:
            log.info("%s: answer budget lowered to %d tokens to fit a %d-token context", self.name, budget, window.n_ctx)
        return budget

    def _learn_context(self, exc: _ContextExceeded) -> bool:
        """Remember a context size the server stated in a refusal; False if it was known already."""
        known = self._window.n_ctx if self._window is not None else None
        if known is not None and known <= exc.n_ctx:
            return False
        self._window = context.ContextWindow(exc.n_ctx, "the server's refusal")
        return True

    def _check_prompt_used(self, asking: _Asking, prompt: context.PromptCount) -> None:
        """A server that reports fewer prompt tokens than the prompt must cost cut the prompt
        (Ollama does so silently when its context is too small): never a result from that."""
        used = asking.prompt_tokens_read()
        if not used or used >= prompt.lower:
            self._measure_template(prompt, used)
            return
        summed = asking.usage.model()
        raise BackendError(
            self.backend.redact(
                f"{self.name}: the server read only {used} prompt tokens of a prompt of at least {prompt.lower}"
                f"{' (its tokenizer counted them)' if prompt.counted else ''}: it cut the article to fit its context, "
                f"so no result is made from part of it. {_CONTEXT_HINT}"
            ),
            backend=self.name,
            last_output=None,
            usage=summed,
        )

    def _create(self, mode: str, use_async: bool) -> Any:
        # An async client's connections belong to the event loop that opened them: one client
        # per loop, so successive asyncio.run() calls on one engine keep working.
        key = (mode, id(asyncio.get_running_loop()) if use_async else None)
        if key not in self._creates:
            self._creates[key] = make_create(self.backend, self.settings, instructor_mode(mode), use_async=use_async)
        return self._creates[key]

    def _ask(self, plan: _Planned, usage: _UsageTotal) -> Extraction:
        prompt = self.prompt_count(plan.messages)
        request = self._request(plan, self._budget(prompt))
        asking = _Asking(usage)
        for mode in self._mode_candidates():
            create = self._create(mode, use_async=False)
            try:
                for attempt in self.retry.retrying():
                    with attempt, asking.attempt():
                        result = create(**request, hooks=asking.hooks)
            except Exception as exc:  # noqa: BLE001 - classified by _mode_failed
                self._mode_failed(asking, exc, mode)
                continue
            return self._answered(asking, prompt, mode, result)
        raise self._backend_error(asking)

    async def _ask_async(self, plan: _Planned, usage: _UsageTotal) -> Extraction:
        # The probe and the tokenizer are blocking HTTP calls: off the event loop.
        prompt = await asyncio.to_thread(self.prompt_count, plan.messages)
        await asyncio.to_thread(self.context_window)
        request = self._request(plan, self._budget(prompt))
        asking = _Asking(usage)
        for mode in self._mode_candidates():
            create = self._create(mode, use_async=True)
            try:
                async for attempt in self.retry.async_retrying():
                    with attempt, asking.attempt():
                        result = await create(**request, hooks=asking.hooks)
            except Exception as exc:  # noqa: BLE001 - classified by _mode_failed
                self._mode_failed(asking, exc, mode)
                continue
            return self._answered(asking, prompt, mode, result)
        raise self._backend_error(asking)

    def _mode_failed(self, asking: _Asking, exc: BaseException, mode: str) -> None:
        """Return to try the next mode (the server rejected this one); raise BackendError otherwise."""
        asking.last_error = exc
        if is_mode_rejection(exc) and not self.settings.mode:
            log.info("%s rejected mode %s; trying the next one", self.name, mode)
            return
        raise self._backend_error(asking) from None

    def _answered(self, asking: _Asking, prompt: context.PromptCount, mode: str, result: Extraction) -> Extraction:
        """Accept an answer: the server read the whole prompt; the mode that worked is remembered."""
        self._check_prompt_used(asking, prompt)
        if not self.settings.mode:
            self._modes.remember(self._backend_key, mode)
        return result

    def _backend_error(self, asking: _Asking) -> BackendError:
        """The error that ends asking for a chunk, saying why (and what to change) in one line."""
        from instructor.core.exceptions import IncompleteOutputException

        exc, last_output, usage, elapsed = asking.last_error, asking.last_output, asking.usage, asking.last_elapsed
        limits = context.parse_context_error(_error_text(exc)) if exc is not None else None
        if isinstance(exc, IncompleteOutputException):
            reason = f"the answer was cut off at max_tokens={self.max_tokens} (raise {MAX_TOKENS_ENV} or lower chunk_chars)"
        elif getattr(exc, "failed_attempts", None):
            failed = len(exc.failed_attempts)  # type: ignore[union-attr]  # getattr above found it; mypy does not narrow on getattr
            reason = f"no answer matched the response schema after {_attempts(failed)}"
        elif exc is not None and is_timeout(exc):
            ran = f"the last request ran {elapsed:.1f} s" if elapsed is not None else "the request timed out"
            if self.backend.kind == "llama-cpp":
                tries = "stopped and not retried: a second try would need as long again"
            elif self.self_hosted:
                tries = "not retried: a self-hosted server goes on generating the answer it was asked for"
            else:
                tries = _attempts(self.retry.attempts)
            reason = (
                f"no answer within the timeout of {self.settings.timeout:g} s ({ran}; {tries}). A model on a CPU can need "
                "several minutes per article: raise --timeout (or EXTRACTOR_TIMEOUT), e.g. --timeout 900"
            )
        elif exc is not None and is_transient(exc):
            reason = f"still failing after {_attempts(self.retry.attempts)} ({_describe(exc)}){_hint(exc, self.backend)}"
        elif limits is not None:
            reason = f"the server's context holds {limits[0]} tokens, too few for this request ({_describe(exc)}). {_CONTEXT_HINT}"
        elif exc is not None and is_mode_rejection(exc):
            reason = f"the server rejected every structured-output mode ({_describe(exc)})"
        else:
            reason = f"{_describe(exc)}{_hint(exc, self.backend)}"
        summed = usage.model()
        message = self.backend.redact(f"{self.name}: {reason}; tokens used: {summed.total_tokens} over {summed.requests} request(s)")
        if limits is not None:
            return _ContextExceeded(message, n_ctx=limits[0], prompt_tokens=limits[1], backend=self.name, last_output=last_output, usage=summed)
        cls = _CutOff if isinstance(exc, IncompleteOutputException) else BackendError
        return cls(message, backend=self.name, last_output=last_output, usage=summed)

    # --- result ---------------------------------------------------------------------------------
    def _finish(self, document: Document, language: str, answered: list[_Answered], usage: _UsageTotal, started: float) -> Result:
        assembled = assemble(document.text, [ChunkAnswer(a.plan.start, a.plan.end, a.extraction) for a in answered])
        cache = self._response_cache()
        if cache is not None:
            # Stored only now: the answers validated and grounding ran on them.
            for answer in answered:
                if not answer.cached:
                    cache.set(answer.key, {"extraction": answer.extraction.model_dump(mode="json")})
        # The same scope as the offline engine: each quote's cue classified, beliefs and
        # perceptions kept only under scope="attributions".
        quotes, accused, claims = restrict_to_scope(assembled.quotes, assembled.accused, assembled.claims, language=language, scope=self.settings.scope)
        all_cached = all(a.cached for a in answered)
        chunks = len(answered)
        notes = []
        if language not in ("fr", "en"):
            notes.append(f"language {language!r}: prompts are written for French and English; results may be weaker")
        return Result(
            language=language,
            engine=self.name,
            quotes=quotes,
            speakers=assembled.speakers,
            accused=accused,
            claims=claims,
            rejected=assembled.rejected,
            notes=notes,
            meta=ResultMeta(
                template_version=self.template_version,
                schema_version=self.schema_version,
                cached=all_cached,
                chunks=chunks,
                elapsed_seconds=round(time.perf_counter() - started, 3),
                usage=usage.model(),
            ),
        )


class _Asking:
    """One chunk's request, through every mode and attempt it takes: what the engine needs to
    account for it and, when it fails, to say why.

    instructor reports each request it sends and each raw completion it gets back through
    per-call hooks (its public API: ``hooks=`` on create, events ``completion:kwargs`` and
    ``completion:response``): requests are counted and token usage summed as they happen —
    validation re-asks, cut-off answers and attempts that failed included — into the article's
    ``usage``, and the last completion is kept for the prompt check and for error messages.
    """

    def __init__(self, usage: _UsageTotal) -> None:
        self.usage = usage
        self.hooks = Hooks()
        self.hooks.on("completion:kwargs", self._request_sent)
        self.hooks.on("completion:response", self._completion_received)
        self.last_completion: Any = None
        self.last_output: str | None = None
        self.last_error: BaseException | None = None
        self.last_elapsed: float | None = None

    def _request_sent(self, *args: Any, **kwargs: Any) -> None:
        self.usage.request_sent()

    def _completion_received(self, response: Any) -> None:
        self.usage.add(getattr(response, "usage", None))
        self.last_completion = response

    @contextlib.contextmanager
    def attempt(self) -> Iterator[None]:
        """Wrap one call: time it and, if it failed after a completion came back (an answer
        that did not fit the schema, or was cut off), keep that completion's text."""
        started = time.perf_counter()
        before = self.last_completion
        try:
            yield
        except BaseException:
            self.last_elapsed = time.perf_counter() - started
            if self.last_completion is not before:
                self.last_output = _raw_output(self.last_completion) or self.last_output
            raise

    def prompt_tokens_read(self) -> int | None:
        """The prompt tokens the server reported for the last completion (None if it did not say)."""
        return getattr(getattr(self.last_completion, "usage", None), "prompt_tokens", None)


_CONTEXT_HINT = (
    "Give the server a larger context: llama.cpp server --n_ctx 16384 (or -c 16384), Ollama "
    "OLLAMA_CONTEXT_LENGTH=16384 (or PARAMETER num_ctx 16384 in a Modelfile), vLLM --max-model-len 16384; "
    "in-process llama.cpp EXTRACTOR_LLAMA_N_CTX=16384"
)
_DESCRIBE_LIMIT = 300


def _attempts(n: int) -> str:
    return f"{n} attempt" if n == 1 else f"{n} attempts"


def _error_text(exc: BaseException | None) -> str:
    """What the server said: the error body's message when there is one, else the exception."""
    if exc is None:
        return ""
    from extractor.engines.llm.retry import _root

    root = _root(exc)
    body = getattr(root, "body", None)
    if isinstance(body, dict):
        inner: dict[str, Any] = body["error"] if isinstance(body.get("error"), dict) else body
        message = inner.get("message")
        if isinstance(message, str) and message.strip():
            extra = {k: v for k, v in inner.items() if k in ("n_prompt_tokens", "n_ctx")}
            return f"{message} {json.dumps(extra)}" if extra else message
    return str(root)


def _shorten(text: str, limit: int = _DESCRIBE_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary (never mid-word) with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _describe(exc: BaseException | None) -> str:
    """One line about an exception, never including request headers (so never a key)."""
    if exc is None:
        return "no attempt was made"
    from extractor.engines.llm.retry import _root

    root = _root(exc)
    status = getattr(root, "status_code", None)
    text = _shorten(_error_text(exc))
    name = f"{type(root).__name__} {status}" if isinstance(status, int) else type(root).__name__
    return f"{name}: {text}" if text else name


def _hint(exc: BaseException | None, backend: Backend) -> str:
    """A one-line hint for causes that have a known remedy ('' otherwise)."""
    import openai

    from extractor.engines.llm.retry import _root

    root = _root(exc) if exc is not None else None
    where = backend.base_url or "the server"
    if isinstance(root, openai.APIConnectionError) and not isinstance(root, openai.APITimeoutError):
        return f". Is the server running at {where}? (check --base-url)"
    if isinstance(root, openai.AuthenticationError):
        return ". The server refused the API key: check OPENAI_API_KEY (or EXTRACTOR_API_KEY)"
    if isinstance(root, openai.NotFoundError):
        return f". Check --model: the server's {where}/models lists the names it serves, and --base-url usually ends in /v1"
    return ""
