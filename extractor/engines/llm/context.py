"""The context budget: does a request (prompt + answer budget) fit the server's context window?

A local server holds a fixed number of tokens for the prompt and the answer together (llama.cpp
server: 2,048 by default; Ollama: 2,048–4,096 by default). Asked for more, llama.cpp and vLLM
refuse with HTTP 400, while Ollama silently drops the beginning of the prompt and answers about
half an article. So, for each request:

1. **Before sending**, the prompt is counted — with the server's own tokenizer when it has an
   endpoint for it (llama-cpp-python ``/extras/tokenize/count``, llama.cpp ``/tokenize``, vLLM
   ``/tokenize``), else with a conservative estimate (``UPPER_CHARS_PER_TOKEN``) — and compared
   with the context size the server states (llama.cpp ``/props``, ``/v1/models`` metadata from
   vLLM / llama.cpp / LM Studio, or the size a refusal names). The engine then shrinks the answer
   budget or splits the article so that no request is sent that cannot fit.
2. **After each answer**, the server's ``usage.prompt_tokens`` is compared with what the prompt
   must at least have cost (the tokenizer's count, else ``LOWER_CHARS_PER_TOKEN``): a much smaller
   number means the server cut the prompt, and the answer is refused rather than turned into a
   result from part of an article.

tiktoken is not used: it downloads its encodings at first use, which fails on offline machines.
"""

from __future__ import annotations

import json
import math
import re
import weakref
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

#: Characters per token assumed when the server cannot count: LOW enough that the estimate is
#: above the real count for French and English with every common tokenizer (big vocabularies
#: give 3.5–4.5 characters per token on news text, small ones about 3).
UPPER_CHARS_PER_TOKEN = 2.5
#: ... and HIGH enough that the real count is never below the estimate: a server reporting fewer
#: prompt tokens than ``characters / 6`` did not read the whole prompt.
LOWER_CHARS_PER_TOKEN = 6.0
#: Chat templates add a few tokens per message (role markers, separators).
TOKENS_PER_MESSAGE = 8
#: With a tokenizer count, the prompt the server reports (template included) is never below it;
#: allow some slack for tokenizers that merge across message boundaries.
COUNTED_SLACK = 0.9
#: Tokens kept free between prompt and answer (BOS/EOS, generation prompt).
SAFETY_MARGIN = 32

# How servers say a request does not fit. OpenAI, vLLM and llama-cpp-python's server: "This
# model's maximum context length is 2048 tokens. However, you requested 6164 tokens (2068 in the
# messages, 4096 in the completion)." (newer vLLM: "... your request has 9000 input tokens");
# llama.cpp's C++ server: {"n_prompt_tokens": 2068, "n_ctx": 2048, "type": "exceed_context_size_error"}.
_CONTEXT_SIZE = (
    re.compile(r"maximum context length is (\d+) tokens"),
    re.compile(r"""['"]n_ctx['"]\s*:\s*(\d+)"""),
    re.compile(r"exceeds? (?:the )?context window of (\d+)"),
)
_PROMPT_SIZE = (
    re.compile(r"\((\d+) in the messages"),
    re.compile(r"request has (\d+) input tokens"),
    re.compile(r"""['"]n_prompt_tokens['"]\s*:\s*(\d+)"""),
    re.compile(r"Requested tokens \((\d+)\)"),
)


@dataclass(frozen=True)
class ContextWindow:
    """How many tokens the server holds (prompt + answer), and how we know."""

    n_ctx: int | None = None
    source: str = "unknown"


@dataclass(frozen=True)
class PromptCount:
    """The size of one request's prompt in tokens: an upper bound to budget with, a lower bound
    to detect truncation with, and whether the server's tokenizer counted it (then both agree)."""

    upper: int
    lower: int
    counted: bool
    #: the tokenizer's count of the message text alone (when counted)
    text_tokens: int | None = None


def messages_text(messages: list[dict[str, Any]]) -> str:
    """The text a chat template receives (message contents, one after the other)."""
    return "\n".join(str(m.get("content") or "") for m in messages)


def estimate(messages: list[dict[str, Any]], extra_text: str = "") -> PromptCount:
    """Upper and lower token estimates of a prompt, with no tokenizer. ``extra_text`` (e.g. the
    tool schema sent beside the messages) counts toward the upper bound only: servers differ in
    whether they render it into the prompt."""
    text = messages_text(messages)
    overhead = TOKENS_PER_MESSAGE * len(messages)
    upper = math.ceil((len(text) + len(extra_text)) / UPPER_CHARS_PER_TOKEN) + overhead
    lower = math.floor(len(text) / LOWER_CHARS_PER_TOKEN)
    return PromptCount(upper=upper, lower=lower, counted=False)


def counted(tokens: int, messages: list[dict[str, Any]], extra_tokens: int = 0) -> PromptCount:
    """A prompt count from the server's tokenizer (``tokens`` for the message text)."""
    return PromptCount(
        upper=tokens + extra_tokens + TOKENS_PER_MESSAGE * len(messages),
        lower=math.floor(tokens * COUNTED_SLACK),
        counted=True,
        text_tokens=tokens,
    )


def parse_context_error(message: str) -> tuple[int, int | None] | None:
    """(context size, prompt tokens if stated) from a server's "context exceeded" refusal."""
    n_ctx = next((int(m.group(1)) for p in _CONTEXT_SIZE if (m := p.search(message))), None)
    if n_ctx is None:
        return None
    prompt = next((int(m.group(1)) for p in _PROMPT_SIZE if (m := p.search(message))), None)
    return n_ctx, prompt


def answer_budget(window: ContextWindow, prompt: PromptCount, wanted: int, minimum: int) -> int | None:
    """The answer budget to ask for: ``wanted`` when it fits, less when only that fits, None when
    not even ``minimum`` answer tokens fit beside the prompt (the chunk must be smaller)."""
    if window.n_ctx is None:
        return wanted
    room = window.n_ctx - prompt.upper - SAFETY_MARGIN
    if room >= wanted:
        return wanted
    return room if room >= minimum else None


def server_root(base_url: str) -> str:
    """``http://host:8000/v1`` → ``http://host:8000`` (llama.cpp and vLLM serve their extras there)."""
    parts = urlsplit(base_url)
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[: -len("/v1")]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _context_from_models(payload: Any, model: str) -> int | None:
    """n_ctx from a ``/v1/models`` answer: vLLM ``max_model_len``, llama.cpp ``meta.n_ctx`` /
    ``meta.n_ctx_train``, LM Studio ``max_context_length``, others ``context_length``."""
    entries = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(entries, list):
        return None
    chosen = [e for e in entries if isinstance(e, dict) and e.get("id") == model] or [e for e in entries if isinstance(e, dict)][:1]
    for entry in chosen:
        meta: dict[str, Any] = entry["meta"] if isinstance(entry.get("meta"), dict) else {}
        for value in (entry.get("max_model_len"), meta.get("n_ctx"), entry.get("max_context_length"), entry.get("context_length"), meta.get("n_ctx_train")):
            if isinstance(value, int) and value > 0:
                return value
    return None


def _context_from_props(payload: Any) -> int | None:
    """n_ctx from llama.cpp's ``/props``."""
    if not isinstance(payload, dict):
        return None
    settings = payload.get("default_generation_settings")
    for value in ((settings or {}).get("n_ctx") if isinstance(settings, dict) else None, payload.get("n_ctx")):
        if isinstance(value, int) and value > 0:
            return value
    return None


class ServerProbe:
    """Asks an OpenAI-compatible server, once, for its context size and a token count.

    Every probe is one short request that may fail (404 on servers without that endpoint): a
    failure only means "unknown". Nothing here is retried, and the api key is sent only as the
    openai client would send it (Authorization header), never logged.

    The probe keeps one connection pool for all its requests: use it as a context manager or
    call ``close()``; one that is simply dropped (an engine's, which lives as long as the engine)
    closes its pool when it is garbage-collected.
    """

    def __init__(self, base_url: str, model: str, api_key: str | None, timeout: float = 5.0) -> None:
        import httpx

        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=timeout, headers=headers, follow_redirects=False)
        # Not a method of self: the finaliser must not keep the probe alive.
        self._closer = weakref.finalize(self, self._client.close)
        self._base = base_url.rstrip("/")
        self._root = server_root(self._base)
        self._model = model
        self._tokenizer: str | None = None  # which endpoint worked
        self._no_tokenizer = False

    def close(self) -> None:
        """Close the connection pool (idempotent)."""
        self._closer()

    def __enter__(self) -> ServerProbe:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _get(self, url: str) -> Any:
        try:
            response = self._client.get(url)
        except Exception:  # noqa: BLE001 - any failure means "the server does not say"
            return None
        if response.status_code != 200:
            return None
        try:
            return response.json()
        except ValueError:
            return None

    def context_window(self) -> ContextWindow:
        """The context size the server states (llama.cpp /props, /v1/models metadata), if any."""
        n_ctx = _context_from_props(self._get(f"{self._root}/props"))
        if n_ctx:
            return ContextWindow(n_ctx, "the server's /props")
        n_ctx = _context_from_models(self._get(f"{self._base}/models"), self._model)
        if n_ctx:
            return ContextWindow(n_ctx, "the server's /v1/models")
        return ContextWindow()

    def count_tokens(self, text: str) -> int | None:
        """Tokens of ``text`` by the server's own tokenizer, or None when it has no endpoint."""
        if self._no_tokenizer:
            return None
        attempts = {
            "llama-cpp-python": (f"{self._root}/extras/tokenize/count", {"input": text, "model": self._model}),
            "llama.cpp": (f"{self._root}/tokenize", {"content": text}),
            "vllm": (f"{self._root}/tokenize", {"model": self._model, "prompt": text}),
        }
        order = [self._tokenizer] if self._tokenizer else list(attempts)
        for name in order:
            url, body = attempts[name]
            count = self._post_count(url, body)
            if count is not None:
                self._tokenizer = name
                return count
        self._no_tokenizer = True
        return None

    def _post_count(self, url: str, body: dict[str, Any]) -> int | None:
        try:
            response = self._client.post(url, content=json.dumps(body), headers={"Content-Type": "application/json"})
        except Exception:  # noqa: BLE001
            return None
        if response.status_code != 200:
            return None
        try:
            payload = response.json()
        except ValueError:
            return None
        if isinstance(payload, dict):
            if isinstance(payload.get("count"), int):
                return payload["count"]
            if isinstance(payload.get("tokens"), list):
                return len(payload["tokens"])
        return None
