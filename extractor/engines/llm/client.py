"""Backends: who answers, how it is named, and an instructor-patched ``create`` for each.

Two kinds, one instructor path:
- ``openai``: the official API or any OpenAI-compatible server (``base_url``: Ollama, vLLM,
  llama.cpp's server, LM Studio). The openai client's own retries are off (``max_retries=0``):
  our tenacity policy (retry.py) is the only one.
- ``llama-cpp``: a GGUF file run in-process with llama-cpp-python (the ``[llama]`` extra);
  instructor patches our runner's ``create``, which streams the answer (so that ``timeout``
  can stop it) and returns the OpenAI ``ChatCompletion`` a non-streamed call would.

A backend's identity (base URL and model name, or the model file's path, size and mtime) names
the engine in results and goes into cache keys. API keys never do.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import instructor

from extractor.config import Settings
from extractor.engines.llm.retry import MalformedResponse
from extractor.errors import ConfigError

OPENAI_BASE_URL = "https://api.openai.com/v1"
LLAMA_PREFIX = "llama-cpp:"
LLAMA_N_CTX_ENV = "EXTRACTOR_LLAMA_N_CTX"


def public_url(url: str) -> str:
    """``url`` without what may be a credential: user:password@ and query-string values."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    if parts.username or parts.password:
        host = f"***@{host}"
    query = urlencode([(k, "***") for k, _ in parse_qsl(parts.query, keep_blank_values=True)], safe="*")
    return urlunsplit((parts.scheme, host, parts.path, query, ""))


def url_secrets(url: str) -> list[str]:
    """The pieces of ``url`` that must never be printed (userinfo, query values)."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    parts = urlsplit(url)
    found = [parts.password, parts.username, *(v for _, v in parse_qsl(parts.query))]
    secrets = {x for x in found if x and len(x) >= 3} | {unquote(x) for x in found if x and len(x) >= 3}
    return sorted(secrets, key=len, reverse=True)


@dataclass(frozen=True)
class Backend:
    """Which model answers, where. ``identity`` is what cache keys and ``name`` are built from."""

    kind: Literal["openai", "llama-cpp"]
    model: str
    base_url: str | None = None
    model_path: Path | None = None
    identity: dict[str, Any] = field(default_factory=dict)
    #: The URL as given (it may carry credentials: used to connect, never printed).
    connect_url: str | None = field(default=None, repr=False)

    def redact(self, text: str) -> str:
        """``text`` with every credential of the configured URL replaced by ***."""
        for secret in url_secrets(self.connect_url or ""):
            text = text.replace(secret, "***")
        return text

    @property
    def name(self) -> str:
        """e.g. openai:gpt-4o-mini@https://api.openai.com/v1 or llama-cpp:/models/x.gguf (never a key)."""
        if self.kind == "llama-cpp":
            return f"{LLAMA_PREFIX}{self.model_path}"
        return f"openai:{self.model}@{self.base_url}"


def is_self_hosted(backend: Backend) -> bool:
    """True for a server the user runs (llama.cpp, Ollama, vLLM...) or an in-process model: one
    that usually has a single slot and keeps generating an answer the client stopped waiting for."""
    return backend.kind == "llama-cpp" or (backend.base_url or OPENAI_BASE_URL) != OPENAI_BASE_URL


class _NoServerTools:
    """The official API: no context probe, no tokenizer endpoint (and none is needed: it refuses
    an over-long request with a 400 that names its context size)."""

    def context_window(self) -> Any:
        from extractor.engines.llm.context import ContextWindow

        return ContextWindow()

    def count_tokens(self, text: str) -> int | None:
        return None


class _LlamaTools:
    """The in-process model knows its context size and has its tokenizer at hand."""

    def __init__(self, runner: _LlamaRunner) -> None:
        self._runner = runner

    def context_window(self) -> Any:
        from extractor.engines.llm.context import ContextWindow

        return ContextWindow(int(self._runner.llama.n_ctx()), f"the loaded model ({LLAMA_N_CTX_ENV})")

    def count_tokens(self, text: str) -> int | None:
        with self._runner.lock:
            return len(self._runner.llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))


def server_tools(backend: Backend, settings: Settings) -> Any:
    """Context-size and token-count lookups for this backend (see context.py)."""
    if backend.kind == "llama-cpp":
        assert backend.model_path is not None
        return _LlamaTools(_llama_runner(backend.model_path, backend.identity["size"], backend.identity["mtime_ns"], settings.llama_n_ctx))
    if not is_self_hosted(backend):
        return _NoServerTools()
    from extractor.engines.llm.context import ServerProbe

    key = settings.api_key.get_secret_value() if settings.api_key is not None else None
    return ServerProbe(backend.connect_url or backend.base_url or OPENAI_BASE_URL, backend.model, key)


def resolve_backend(settings: Settings) -> Backend:
    """The backend the settings describe; ConfigError when it cannot work (missing file or key)."""
    model = (settings.model or "").strip()
    if not model:
        raise ConfigError("no model configured for the LLM engine (set --model or EXTRACTOR_MODEL)")
    if model.startswith(LLAMA_PREFIX):
        path = Path(model[len(LLAMA_PREFIX) :]).expanduser()
        if not path.is_file():
            raise ConfigError(f"llama-cpp model file not found: {path}")
        stat = path.stat()
        resolved = path.resolve()
        return Backend(
            kind="llama-cpp",
            model=resolved.name,
            model_path=resolved,
            identity={"kind": "llama-cpp", "path": str(resolved), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns},
        )
    given_url = (settings.base_url or OPENAI_BASE_URL).rstrip("/")
    if given_url == OPENAI_BASE_URL and settings.api_key is None:
        raise ConfigError(f"model {model!r} needs OPENAI_API_KEY (or --base-url for a local OpenAI-compatible server)")
    # Credentials in the URL (user:token@host, ?api-key=...) connect but are never shown: the
    # name, the cache identity and every message use the URL without them.
    base_url = public_url(given_url)
    return Backend(
        kind="openai",
        model=model,
        base_url=base_url,
        identity={"kind": "openai", "base_url": base_url, "model": model},
        connect_url=given_url,
    )


def _malformed(exc: json.JSONDecodeError) -> MalformedResponse:
    # The HTTP body was not JSON. instructor would retry that at once, with no backoff, as if
    # the *model* had answered badly; make it a transport failure for our policy instead.
    return MalformedResponse(f"the server's answer is not JSON ({exc.msg}): {str(exc.doc)[:200]!r}")


def _mark_truncated(response: Any, max_tokens: int | None) -> Any:
    """Report an answer that used every allowed token as cut off (``finish_reason="length"``).

    llama-cpp-python's server says ``tool_calls`` even when generation stopped at max_tokens;
    instructor would then re-ask about the broken JSON, which fails the same way. Marked as
    cut off, it fails at once with a message that names the real cause.
    """
    try:
        used = response.usage.completion_tokens
        choice = response.choices[0]
    except (AttributeError, IndexError, TypeError):
        return response
    if max_tokens and used is not None and used >= max_tokens and choice.finish_reason != "length":
        choice.finish_reason = "length"
    return response


def _instrumented(create: Callable[..., Any], use_async: bool) -> Callable[..., Any]:
    """``create`` that turns a non-JSON body into MalformedResponse and marks cut-off answers.

    Requests and token usage are counted by the engine through instructor's per-call hooks.
    """
    if use_async:

        async def create_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return _mark_truncated(await create(*args, **kwargs), kwargs.get("max_tokens"))
            except json.JSONDecodeError as exc:
                raise _malformed(exc) from None

        return create_async

    def create_sync(*args: Any, **kwargs: Any) -> Any:
        try:
            return _mark_truncated(create(*args, **kwargs), kwargs.get("max_tokens"))
        except json.JSONDecodeError as exc:
            raise _malformed(exc) from None

    return create_sync


def _api_key(settings: Settings) -> str:
    # Local servers ignore the key but the openai client insists on one.
    return settings.api_key.get_secret_value() if settings.api_key is not None else "not-needed"


def openai_create(backend: Backend, settings: Settings, mode: instructor.Mode, *, use_async: bool = False) -> Callable[..., Any]:
    """instructor-patched ``chat.completions.create`` of an openai client for this backend."""
    import openai

    cls = openai.AsyncOpenAI if use_async else openai.OpenAI
    client = cls(base_url=backend.connect_url or backend.base_url, api_key=_api_key(settings), max_retries=0, timeout=settings.timeout)
    return instructor.patch(create=_instrumented(client.chat.completions.create, use_async), mode=mode)


# --- llama.cpp in-process ----------------------------------------------------------------------


class _LlamaRunner:
    """One loaded GGUF, shared by every engine in the process; calls are serialised (llama.cpp
    contexts are not thread-safe)."""

    def __init__(self, path: Path, n_ctx: int) -> None:
        try:
            from llama_cpp import Llama
        except ImportError:
            raise ConfigError(
                "the llama-cpp backend needs llama-cpp-python: pip install 'extractor[llama]'"
            ) from None
        self.path = path
        self.lock = threading.Lock()
        try:
            self.llama = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=min(4, os.cpu_count() or 1), verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise ConfigError(f"llama-cpp cannot load {path}: {exc}") from None
        #: When the current request must stop (monotonic clock), or None.
        self.deadline: float | None = None
        self._abort = _install_abort_check(self)

    def past_deadline(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def close(self) -> None:
        with self.lock:
            close = getattr(self.llama, "close", None)
            if close is not None:
                close()

    def create(self, *, timeout: float | None = None, **kwargs: Any) -> Any:
        """One chat completion (an openai ``ChatCompletion``), stopped after ``timeout`` seconds.

        The answer is streamed and the clock read between tokens: at the deadline the stream is
        closed, which stops generation (llama-cpp-python generates lazily, as chunks are read),
        and ``openai.APITimeoutError`` is raised, as for an HTTP request. The prompt, evaluated
        before the first token (minutes for a long one on a CPU), is stopped by llama.cpp's abort
        check (see ``_install_abort_check``). Two other hooks cannot stop generation: an
        exception raised in a logits processor is swallowed by llama.cpp's C callback, and
        forcing the end token aborts the process under a grammar.
        """
        kwargs.pop("model", None)  # the loaded file is the model
        kwargs.pop("stream", None)
        # llama_cpp.server's default (Llama's own is 1.0): small models loop without it, and the
        # same GGUF should behave the same in-process and behind the server.
        kwargs.setdefault("repeat_penalty", 1.1)
        llama_log = logging.getLogger("llama-cpp-python")
        with self.lock:
            self.deadline = time.monotonic() + timeout if timeout is not None else None
            log_level = llama_log.level
            try:
                with _TokenCount(self.llama) as count:
                    answer = self._stream(kwargs)
            finally:
                self.deadline = None
                llama_log.setLevel(log_level)
            if not answer.head:
                raise MalformedResponse("llama-cpp-python streamed no chunk")
            completion = answer.completion(count.usage())
        from openai.types.chat import ChatCompletion

        return ChatCompletion(**completion)

    def _stream(self, request: dict[str, Any]) -> _StreamedAnswer:
        # Every chat format the runner can pick (the GGUF's own template, or one guessed from its
        # metadata) goes through llama-cpp-python's generic handler, which streams plain answers
        # and forced tool calls alike.
        stream = self.llama.create_chat_completion(stream=True, **request)
        answer = _StreamedAnswer()
        try:
            for chunk in stream:
                if self.past_deadline():
                    raise _generation_timeout(self.path)
                answer.add(chunk)
        except RuntimeError:  # "llama_decode returned 2": the abort check stopped it
            if self.past_deadline():
                raise _generation_timeout(self.path) from None
            raise
        finally:
            stream.close()
        return answer


def _install_abort_check(runner: _LlamaRunner) -> Any:
    """Make llama.cpp stop evaluating (``llama_decode`` returns 2) once the runner's deadline
    has passed. llama.cpp asks between the steps of each evaluation; the KV entries of the
    stopped batch are dropped (by llama.cpp, and by llama-cpp-python's next ``eval``), so the
    next request starts clean. Returns the ctypes callback, which must outlive the context."""
    import llama_cpp

    def should_stop(_data: Any) -> bool:
        if not runner.past_deadline():
            return False
        # llama.cpp reports the abort as an error ("decode: removing memory module entries
        # ..."); our timeout error says it better. Restored when the request ends.
        logging.getLogger("llama-cpp-python").setLevel(logging.CRITICAL)
        return True

    check = llama_cpp.ggml_abort_callback(should_stop)
    llama_cpp.llama_set_abort_callback(runner.llama.ctx, check, None)
    return check


def _generation_timeout(path: Path) -> Exception:
    """The error an HTTP request past ``--timeout`` raises, so retries and messages treat both alike."""
    import httpx
    import openai

    # openai 3 annotates the request as httpx2's, earlier releases as httpx's; the error only keeps
    # it for its message, so either is accepted at run time.
    request: Any = httpx.Request("POST", path.as_uri())
    return openai.APITimeoutError(request=request)


class _TokenCount:
    """The prompt and completion tokens of one generation, counted where llama-cpp-python
    produces them (``Llama.generate``): a streamed completion carries no usage, and the engine
    needs it (cut-off answers, cut prompts, token accounting). Counted as the non-streamed
    completion counts them: the end-of-generation token is not a completion token."""

    def __init__(self, llama: Any) -> None:
        self.llama = llama
        self.prompt_tokens: int | None = None
        self.completion_tokens = 0

    def __enter__(self) -> _TokenCount:
        generate = self.llama.generate
        is_end = _end_of_generation_test(self.llama)

        def counted(tokens: Any, *args: Any, **kwargs: Any) -> Any:
            self.prompt_tokens = len(tokens)
            for token in generate(tokens, *args, **kwargs):
                if not is_end(token):
                    self.completion_tokens += 1
                yield token

        # On this instance only, for this one call (the runner's lock is held).
        self.llama.generate = counted
        return self

    def __exit__(self, *exc_info: object) -> None:
        del self.llama.generate

    def usage(self) -> dict[str, int] | None:
        if self.prompt_tokens is None:
            return None
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
        }


def _end_of_generation_test(llama: Any) -> Callable[[int], bool]:
    import llama_cpp

    vocab = llama_cpp.llama_model_get_vocab(llama.model)
    return lambda token: bool(llama_cpp.llama_vocab_is_eog(vocab, token))


class _StreamedAnswer:
    """Chat completion chunks (dicts) joined back into the completion a non-streamed call returns:
    content and tool-call argument deltas concatenated, ids and names taken once (llama-cpp-python
    repeats them in every chunk, OpenAI sends them in the first), the last finish_reason."""

    def __init__(self) -> None:
        self.head: dict[str, Any] = {}
        self.content: list[str] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.function_call: dict[str, Any] | None = None
        self.finish_reason: str | None = None

    def add(self, chunk: dict[str, Any]) -> None:
        if not self.head:
            self.head = {"id": chunk["id"], "created": chunk["created"], "model": chunk["model"]}
        for choice in chunk.get("choices") or []:
            self.finish_reason = choice.get("finish_reason") or self.finish_reason
            delta = choice.get("delta") or {}
            if delta.get("content"):
                self.content.append(delta["content"])
            for call in delta.get("tool_calls") or []:
                joined = self.tool_calls.setdefault(call.get("index", 0), {"id": None, "type": "function", "name": None, "arguments": []})
                joined["id"] = joined["id"] or call.get("id")
                _join_function(joined, call.get("function") or {})
            if delta.get("function_call"):
                self.function_call = self.function_call or {"name": None, "arguments": []}
                _join_function(self.function_call, delta["function_call"])

    def completion(self, usage: dict[str, int] | None) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self.content) if self.content else None}
        if self.tool_calls:
            message["tool_calls"] = [
                {"id": call["id"], "type": call["type"], "function": {"name": call["name"], "arguments": "".join(call["arguments"])}}
                for _, call in sorted(self.tool_calls.items())
            ]
        if self.function_call is not None:
            message["function_call"] = {"name": self.function_call["name"], "arguments": "".join(self.function_call["arguments"])}
        return {
            **self.head,
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": self.finish_reason or "stop"}],
            "usage": usage,
        }


def _join_function(joined: dict[str, Any], delta: dict[str, Any]) -> None:
    joined["name"] = joined["name"] or delta.get("name")
    if delta.get("arguments"):
        joined["arguments"].append(delta["arguments"])


@functools.lru_cache(maxsize=2)
def _llama_runner(path: Path, size: int, mtime_ns: int, n_ctx: int) -> _LlamaRunner:
    runner = _LlamaRunner(path, n_ctx)
    # Free the model before interpreter teardown: llama-cpp-python's own finaliser, run after
    # its modules are gone, prints a spurious traceback at exit.
    atexit.register(runner.close)
    return runner


def llama_create(backend: Backend, settings: Settings, mode: instructor.Mode, *, use_async: bool = False) -> Callable[..., Any]:
    """instructor-patched create over the in-process model (async: run in a worker thread)."""
    assert backend.model_path is not None
    runner = _llama_runner(backend.model_path, backend.identity["size"], backend.identity["mtime_ns"], settings.llama_n_ctx)
    create = functools.partial(runner.create, timeout=settings.timeout)
    if not use_async:
        return instructor.patch(create=_instrumented(create, False), mode=mode)

    async def create_async(**kwargs: Any) -> Any:
        return await asyncio.to_thread(create, **kwargs)

    return instructor.patch(create=_instrumented(create_async, True), mode=mode)


def make_create(backend: Backend, settings: Settings, mode: instructor.Mode, *, use_async: bool = False) -> Callable[..., Any]:
    """The instructor-patched create callable for a backend and mode."""
    factory = llama_create if backend.kind == "llama-cpp" else openai_create
    return factory(backend, settings, mode, use_async=use_async)
