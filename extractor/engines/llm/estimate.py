"""What a corpus run would cost, before it runs: requests, prompt and completion tokens.

``extractor extract CORPUS --model M --estimate`` plans every article exactly as the LLM engine
would (language, chunks, rendered messages, the response schema sent with each request) and
counts tokens without asking for any extraction:

- with a server that has a tokenizer endpoint (llama-cpp-python, llama.cpp, vLLM), the fixed part
  of the prompt (system prompt with its example, and the response schema) is tokenized exactly
  once per language, and the article part of the first `SAMPLE_REQUESTS` requests too; the
  tokens-per-character ratio measured on that sample is applied to the rest;
- otherwise (OpenAI, offline machines: tiktoken cannot download its encodings there) a
  conservative `CHARS_PER_TOKEN` characters per token, which over-counts on English prose
  (about 4 characters per token with common tokenizers) and is close for French and JSON.

Expected completion tokens: `COMPLETION_CHARS_PER_ARTICLE_CHAR` characters of answer per
character of article (measured on the hand-written reference answers for evals/gold:
22,971 characters of JSON for 7,653 of article), converted like the prompt, capped at the
engine's max_tokens per request. Retries and re-asks are not counted: a lower bound on requests.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from extractor.config import Settings
from extractor.document import Document
from extractor.engines.llm import context, prompting
from extractor.engines.llm.chunking import chunk_spans
from extractor.language import detect_language

#: Characters per token when no tokenizer is available: conservative (more tokens, not fewer).
CHARS_PER_TOKEN = 3.5
#: Answer characters per article character, from the reference answers (see the module docstring).
COMPLETION_CHARS_PER_ARTICLE_CHAR = 3.0
#: Requests whose article part is tokenized exactly when a tokenizer endpoint answers.
SAMPLE_REQUESTS = 50

Tokenizer = Callable[[str], int]


def estimate_tokens(text: str) -> int:
    """The conservative count used without a tokenizer: ceil(characters / CHARS_PER_TOKEN)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN) if text else 0


def server_tokenizer(base_url: str | None, *, timeout: float = 5.0, model: str = "", api_key: str | None = None) -> Tokenizer | None:
    """A tokenizer backed by the server's own endpoint (llama-cpp-python, llama.cpp or vLLM: see
    `context.ServerProbe`, the probe the engine's context budget uses), or None when the server
    has none or is unreachable. ``base_url`` is the OpenAI-compatible URL (…/v1)."""
    if not base_url:
        return None
    probe = context.ServerProbe(base_url, model, api_key, timeout=timeout)
    if probe.count_tokens("probe") is None:
        probe.close()
        return None

    def count(text: str) -> int:
        tokens = probe.count_tokens(text)
        return estimate_tokens(text) if tokens is None else tokens

    return count


@dataclass
class CostEstimate:
    """Totals for a corpus; ``fixed_prompt_tokens`` is per request, by language."""

    articles: int = 0
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    fixed_prompt_tokens: dict[str, int] = field(default_factory=dict)
    article_prompt_tokens: int = 0
    tokenizer: str = f"estimate: characters / {CHARS_PER_TOKEN}"
    chunk_chars: int = 0
    max_tokens: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) rows for a table."""
        fixed = ", ".join(f"{lang}: {n:,}" for lang, n in sorted(self.fixed_prompt_tokens.items()))
        return [
            ("articles", f"{self.articles:,}"),
            ("requests", f"{self.requests:,} (chunks of at most {self.chunk_chars:,} characters; retries not counted)"),
            ("prompt tokens", f"{self.prompt_tokens:,}"),
            ("  fixed per request", f"{fixed} (system prompt, example, response schema)"),
            ("  articles", f"{self.article_prompt_tokens:,}"),
            ("completion tokens", f"~{self.completion_tokens:,} expected (at most {self.max_tokens:,} per request)"),
            ("tokenizer", self.tokenizer),
        ]


def _response_schema_text() -> str:
    from extractor.engines.llm.engine import _response_schema

    return json.dumps(_response_schema(), ensure_ascii=False)


def estimate_corpus(documents: Iterable[Document], settings: Settings, *, max_tokens: int, tokenizer: Tokenizer | None = None, tokenizer_name: str | None = None) -> CostEstimate:
    """Plan every document as the LLM engine would and count tokens; nothing is sent but
    tokenizer calls (see the module docstring)."""
    count = tokenizer or estimate_tokens
    out = CostEstimate(chunk_chars=settings.chunk_chars, max_tokens=max_tokens)
    if tokenizer is not None:
        out.tokenizer = tokenizer_name or "server tokenizer"
    schema_tokens = count(_response_schema_text())
    sampled_chars = sampled_tokens = 0
    for document in documents:
        out.articles += 1
        text = document.text
        language = document.language or settings.language or detect_language(text)
        if language not in out.fixed_prompt_tokens:
            system = prompting.render_messages("", language=language, scope=settings.scope)[0]["content"]
            out.fixed_prompt_tokens[language] = count(system) + schema_tokens
        spans = chunk_spans(text, settings.chunk_chars)
        for index, (start, end) in enumerate(spans, start=1):
            out.requests += 1
            user = prompting.render_messages(text[start:end], language=language, scope=settings.scope, chunk_index=index, chunk_count=len(spans))[1]["content"]
            if tokenizer is not None and out.requests <= SAMPLE_REQUESTS:
                tokens = count(user)
                sampled_chars, sampled_tokens = sampled_chars + len(user), sampled_tokens + tokens
            elif sampled_chars:
                tokens = math.ceil(len(user) * sampled_tokens / sampled_chars)
            else:
                tokens = estimate_tokens(user)
            out.article_prompt_tokens += tokens
            out.prompt_tokens += out.fixed_prompt_tokens[language] + tokens
            ratio = sampled_tokens / sampled_chars if sampled_chars else 1 / CHARS_PER_TOKEN
            expected = math.ceil((end - start) * COMPLETION_CHARS_PER_ARTICLE_CHAR * ratio)
            out.completion_tokens += min(expected, max_tokens)
    return out
