"""The pipeline: document → engine (offline | LLM) → grounding gate → Result.

``Extractor`` resolves settings once and loads its engine lazily, once; ``extract`` and
``extract_many`` are thin conveniences over a shared Extractor per configuration.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from extractor.config import Settings, resolve_settings
from extractor.engines.base import Engine
from extractor.errors import ConfigError, InputError
from extractor.grounding import enforce_offsets
from extractor.inputs import Document
from extractor.schemas import Result

ArticleLike = str | Document | Mapping[str, Any]


def as_document(item: ArticleLike, *, id: str | None = None) -> Document:
    """Accept a plain string, a Document, or a {"id", "text"} mapping."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text=item, id=id)
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            raise InputError("record has no string 'text' field")
        record_id = item.get("id", id)
        return Document(text=text, id=None if record_id is None else str(record_id), language=item.get("language"))
    raise InputError(f"cannot extract from {type(item).__name__}: pass a str, a Document or a mapping with 'text'")


class Extractor:
    """A configured extraction pipeline. Create once, call many times: models load once.

    >>> ex = Extractor()                                   # offline engine
    >>> ex = Extractor(model="gpt-4o-mini")                # OpenAI (OPENAI_API_KEY)
    >>> ex = Extractor(model="qwen2.5:7b", base_url="http://localhost:11434/v1")
    >>> ex = Extractor(model="llama-cpp:/models/x.gguf")   # in-process llama.cpp
    >>> result = ex.extract("« Nous condamnons », a dit le ministre.")

    ``scope="statements"`` (the default) keeps what people said or wrote; ``scope="attributions"``
    adds beliefs and perceptions (think, know, saw, found), as PolNeAR counts them.

    Arguments left as None fall back to the environment, then to [tool.extractor] in pyproject.
    ``check="offline"`` runs the offline engine on every article too and records, per LLM quote,
    whether it found the same quote (``Result.meta.crosscheck``).
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        language: str | None = None,
        cache: bool | None = None,
        cache_dir: str | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        mode: str | None = None,
        scope: Literal["statements", "attributions"] | None = None,
        settings: Settings | None = None,
        check: str | None = None,
    ) -> None:
        self.settings = settings or resolve_settings(
            model=model,
            base_url=base_url,
            api_key=api_key,
            language=language,
            cache=cache,
            cache_dir=cache_dir,
            temperature=temperature,
            timeout=timeout,
            max_retries=max_retries,
            mode=mode,
            scope=scope,
        )
        self._engine: Engine | None = None
        # check="offline": every LLM result is cross-checked by the offline engine (meta.crosscheck).
        from extractor.engines.llm.crosscheck import CHECK_ENGINES

        if check is not None and check not in CHECK_ENGINES:
            raise ConfigError(f"check={check!r}: the only checking engine is 'offline'")
        if check is not None and not self.settings.uses_llm:
            raise ConfigError("check='offline' cross-checks an LLM's answers with the offline engine: give a model too")
        self.check = check
        self._checker: Engine | None = None

    @property
    def engine(self) -> Engine:
        """The engine, built on first use (loading spaCy models or connecting a client)."""
        if self._engine is None:
            if self.settings.uses_llm:
                from extractor.engines.llm import LLMEngine

                self._engine = LLMEngine(self.settings)
            else:
                from extractor.engines.offline import OfflineEngine

                self._engine = OfflineEngine(language=self.settings.language, scope=self.settings.scope)
        return self._engine

    def _check(self, document: Document) -> Document:
        if not document.text.strip():
            raise InputError(f"{document.source or document.id or 'article'}: empty article (no text)")
        if len(document.text) > self.settings.max_chars:
            raise InputError(
                f"{document.source or document.id or 'article'}: {len(document.text):,} characters is over the limit of "
                f"{self.settings.max_chars:,} (raise it with --max-chars or EXTRACTOR_MAX_CHARS)"
            )
        return document

    @property
    def checker(self) -> Engine:
        """The engine that cross-checks LLM results (``check="offline"``), built on first use."""
        if self._checker is None:
            from extractor.engines.offline import OfflineEngine

            self._checker = OfflineEngine(language=self.settings.language)
        return self._checker

    def _finish(self, document: Document, result: Result) -> Result:
        result = enforce_offsets(result, document.text)
        if self.check is not None:
            from extractor.engines.llm.crosscheck import with_crosscheck

            result = with_crosscheck(result, enforce_offsets(self.checker.extract(document), document.text))
        updates: dict[str, Any] = {"article": document.text}
        if document.id is not None and result.id is None:
            updates["id"] = document.id
        if document.source and not result.meta.source:
            updates["meta"] = result.meta.model_copy(update={"source": document.source})
        return result.model_copy(update=updates)

    def extract(self, article: ArticleLike, *, id: str | None = None) -> Result:
        """Extract quotes, speakers, accused parties and claims from one article."""
        document = self._check(as_document(article, id=id))
        return self._finish(document, self.engine.extract(document))

    def extract_many(
        self,
        articles: Iterable[ArticleLike],
        *,
        concurrency: int = 1,
        order: Literal["completion", "input"] = "input",
    ) -> Iterator[Result]:
        """Extract from many articles, yielding results (see extractor.batch for resumable corpus runs)."""
        from extractor import batch

        yield from batch.extract_iter(self, articles, concurrency=concurrency, order=order)


@functools.lru_cache(maxsize=8)
def _shared_extractor(options: tuple[tuple[str, Any], ...]) -> Extractor:
    return Extractor(**dict(options))


def extract(article: ArticleLike, **options: Any) -> Result:
    """Extract from one article with a shared Extractor for these options (models load once).

    Options are Extractor's: model, base_url, api_key, language, scope, cache, temperature, ...
    """
    return _shared_extractor(tuple(sorted(options.items()))).extract(article)


def extract_many(articles: Iterable[ArticleLike], *, concurrency: int = 1, order: Literal["completion", "input"] = "input", **options: Any) -> Iterator[Result]:
    """Extract from many articles (strings, Documents or {"id", "text"} records), yielding results."""
    yield from _shared_extractor(tuple(sorted(options.items()))).extract_many(articles, concurrency=concurrency, order=order)
