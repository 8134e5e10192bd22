"""The pipeline: document → engine (offline | LLM) → grounding gate → envelope → Result.

``Extractor`` resolves settings once and loads its engine lazily, once; ``extract`` and
``extract_many`` are thin conveniences over a shared Extractor per configuration.

The pipeline owns the per-article envelope, written once here and by no engine:

- ``language``: one rule (``extractor.language.article_language``): the ``language`` setting
  (flag > env > pyproject) wins, else the document's own tag normalised to ISO 639-1
  ("EN-us" → "en"), else the language detected from the text. The engine receives the
  document with that language set.
- ``id`` (the document's), ``article`` (its text), ``meta.source`` (where it came from),
  ``meta.extractor_version`` and ``meta.text_sha256``.

Engines return only what they extracted (quotes, speakers, accused, claims, rejected, notes,
their own meta: template and schema versions, cache, chunks, timing, usage).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from extractor._version import __version__
from extractor.config import Settings, resolve_settings
from extractor.document import Document
from extractor.engines.base import Engine
from extractor.errors import ConfigError, ExtractorError, InputError
from extractor.grounding.gate import enforce_offsets
from extractor.language import article_language
from extractor.scheduler import Order, check_options, schedule
from extractor.schemas import Result

ArticleLike = str | Document | Mapping[str, Any]
#: Called with a failing article and its error; the run goes on.
ErrorCallback = Callable[[Document, Exception], None]
Scope = Literal["statements", "attributions"]


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


def label(document: Document) -> str:
    """How messages name an article: its source, else its id."""
    return document.source or document.id or "article"


class Extractor:
    """A configured extraction pipeline. Create once, call many times: models load once.

    >>> ex = Extractor()                                   # offline engine
    >>> ex = Extractor(model="gpt-4o-mini")                # OpenAI (OPENAI_API_KEY)
    >>> ex = Extractor(model="qwen2.5:7b", base_url="http://localhost:11434/v1")
    >>> ex = Extractor(model="llama-cpp:/models/x.gguf")   # in-process llama.cpp
    >>> result = ex.extract("« Nous condamnons », a dit le ministre.")

    ``scope="statements"`` (the default) keeps what people said or wrote; ``scope="attributions"``
    adds beliefs and perceptions (think, know, saw, found), as PolNeAR counts them.

    Every keyword is a field of ``extractor.Settings`` (see its descriptions); arguments left as
    None fall back to the environment, then to [tool.extractor] in pyproject, then to the
    default. ``settings=`` passes a ready ``Settings`` instead. ``check="offline"`` runs the
    offline engine on every article too and records, per LLM quote, whether it found the same
    quote (``Result.meta.crosscheck``).
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        language: str | None = None,
        cache: bool | None = None,
        cache_dir: str | Path | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        mode: str | None = None,
        scope: Scope | None = None,
        max_chars: int | None = None,
        chunk_chars: int | None = None,
        max_tokens: int | None = None,
        llama_n_ctx: int | None = None,
        offline_learned: bool | None = None,
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
            max_chars=max_chars,
            chunk_chars=chunk_chars,
            max_tokens=max_tokens,
            llama_n_ctx=llama_n_ctx,
            offline_learned=offline_learned,
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

                self._engine = OfflineEngine(language=self.settings.language, scope=self.settings.scope, learned=self.settings.offline_learned)
        return self._engine

    @property
    def checker(self) -> Engine:
        """The engine that cross-checks LLM results (``check="offline"``), built on first use."""
        if self._checker is None:
            from extractor.engines.offline import OfflineEngine

            self._checker = OfflineEngine(language=self.settings.language, learned=self.settings.offline_learned)
        return self._checker

    def prepare(self, document: Document) -> Document:
        """The document as the engine gets it: refused when empty or over ``max_chars``; its
        language resolved by the one rule (see the module docstring)."""
        if not document.text.strip():
            raise InputError(f"{label(document)}: empty article (no text)")
        if len(document.text) > self.settings.max_chars:
            raise InputError(
                f"{label(document)}: {len(document.text):,} characters is over the limit of "
                f"{self.settings.max_chars:,} (raise it with --max-chars or EXTRACTOR_MAX_CHARS)"
            )
        language = article_language(document.text, forced=self.settings.language, tagged=document.language)
        return document if language == document.language else dataclasses.replace(document, language=language)

    def finish(self, document: Document, result: Result) -> Result:
        """The engine's result through the grounding gate (and the cross-check), in its envelope."""
        result = enforce_offsets(result, document.text)
        if self.check is not None:
            from extractor.engines.llm.crosscheck import with_crosscheck

            result = with_crosscheck(result, enforce_offsets(self.checker.extract(document), document.text))
        meta = result.meta.model_copy(
            update={
                "extractor_version": __version__,
                "source": document.source or result.meta.source,
                "text_sha256": hashlib.sha256(document.text.encode("utf-8")).hexdigest(),
            }
        )
        updates: dict[str, Any] = {"article": document.text, "meta": meta}
        if document.id is not None:
            updates["id"] = document.id
        return result.model_copy(update=updates)

    def extract(self, article: ArticleLike, *, id: str | None = None) -> Result:
        """Extract quotes, speakers, accused parties and claims from one article."""
        document = self.prepare(as_document(article, id=id))
        return self.finish(document, self.engine.extract(document))

    def run(
        self,
        documents: list[Document],
        *,
        concurrency: int = 1,
        order: Order = "input",
        on_error: ErrorCallback | None = None,
    ) -> Iterator[tuple[Document, Result]]:
        """(document, finished result) for each of ``documents``, ``concurrency`` at once.

        A failing article goes to ``on_error(document, error)`` and the run goes on; with no
        ``on_error`` its error is raised, its message prefixed with the article's name when
        there are several. The document yielded is the one given (before ``prepare``).
        """
        check_options(concurrency=concurrency, order=order)

        def fail(document: Document, error: Exception) -> None:
            if on_error is None:
                if isinstance(error, ExtractorError) and len(documents) > 1 and not str(error).startswith(label(document)):
                    # Same object, message prefixed: keeps the type (exit code) and its attributes.
                    error.args = (f"{label(document)}: {error}", *error.args[1:])
                raise error
            on_error(document, error)

        items: list[tuple[int, Document]] = []
        for index, document in enumerate(documents):
            try:
                items.append((index, self.prepare(document)))
            except ExtractorError as error:
                fail(document, error)
        if not items:
            return
        prepared = dict(items)
        for index, outcome in schedule(self.engine, items, concurrency=concurrency, order=order):
            document = documents[index]
            if isinstance(outcome, Exception):
                fail(document, outcome)
                continue
            try:
                result = self.finish(prepared[index], outcome)
            except Exception as error:
                fail(document, error)
                continue
            yield document, result

    def extract_many(
        self,
        articles: Iterable[ArticleLike],
        *,
        concurrency: int = 1,
        order: Order = "input",
        on_error: ErrorCallback | None = None,
    ) -> Iterator[Result]:
        """Results for ``articles`` (str, Document or {"id", "text"} mappings), ``concurrency`` at once.

        ``order="input"`` yields in input order (holding back what finishes early);
        ``"completion"`` yields each result as soon as it is done. A failing article is passed to
        ``on_error(document, error)`` and the run goes on; with no ``on_error`` the error is
        raised (its message names the article). Stopping the iteration early cancels what is in
        flight. For resumable corpus runs, see ``extractor extract -f jsonl -o OUT``.
        """
        documents: list[Document] = []
        for number, article in enumerate(articles):
            try:
                documents.append(as_document(article))
            except ExtractorError as error:
                if on_error is None:
                    raise
                on_error(Document(text="", source=f"article #{number}"), error)
        for _document, result in self.run(documents, concurrency=concurrency, order=order, on_error=on_error):
            yield result


@functools.lru_cache(maxsize=8)
def _shared_extractor(options: tuple[tuple[str, Any], ...]) -> Extractor:
    return Extractor(**dict(options))


def _options(**options: Any) -> tuple[tuple[str, Any], ...]:
    """The given (not None) options as a hashable key for the shared Extractor."""
    return tuple(sorted((name, value) for name, value in options.items() if value is not None))


def extract(
    article: ArticleLike,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    language: str | None = None,
    cache: bool | None = None,
    cache_dir: str | Path | None = None,
    temperature: float | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    mode: str | None = None,
    scope: Scope | None = None,
    max_chars: int | None = None,
    chunk_chars: int | None = None,
    max_tokens: int | None = None,
    llama_n_ctx: int | None = None,
    offline_learned: bool | None = None,
    settings: Settings | None = None,
    check: str | None = None,
) -> Result:
    """Extract from one article with a shared Extractor for these options (models load once).

    The options are ``Extractor``'s (each a field of ``extractor.Settings``, or ``settings=`` a
    ready ``Settings``); None means "not given": the environment, then pyproject, then the
    default apply.
    """
    options = _options(
        model=model, base_url=base_url, api_key=api_key, language=language, cache=cache, cache_dir=cache_dir,
        temperature=temperature, timeout=timeout, max_retries=max_retries, mode=mode, scope=scope, max_chars=max_chars,
        chunk_chars=chunk_chars, max_tokens=max_tokens, llama_n_ctx=llama_n_ctx, offline_learned=offline_learned,
        settings=settings, check=check,
    )  # fmt: skip
    return _shared_extractor(options).extract(article)


def extract_many(
    articles: Iterable[ArticleLike],
    *,
    concurrency: int = 1,
    order: Order = "input",
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    language: str | None = None,
    cache: bool | None = None,
    cache_dir: str | Path | None = None,
    temperature: float | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    mode: str | None = None,
    scope: Scope | None = None,
    max_chars: int | None = None,
    chunk_chars: int | None = None,
    max_tokens: int | None = None,
    llama_n_ctx: int | None = None,
    offline_learned: bool | None = None,
    settings: Settings | None = None,
    check: str | None = None,
) -> Iterator[Result]:
    """Extract from many articles (strings, Documents or {"id", "text"} records), yielding results.

    ``concurrency`` and ``order`` as in ``Extractor.extract_many``; the other options as in ``extract``.
    """
    options = _options(
        model=model, base_url=base_url, api_key=api_key, language=language, cache=cache, cache_dir=cache_dir,
        temperature=temperature, timeout=timeout, max_retries=max_retries, mode=mode, scope=scope, max_chars=max_chars,
        chunk_chars=chunk_chars, max_tokens=max_tokens, llama_n_ctx=llama_n_ctx, offline_learned=offline_learned,
        settings=settings, check=check,
    )  # fmt: skip
    yield from _shared_extractor(options).extract_many(articles, concurrency=concurrency, order=order)
