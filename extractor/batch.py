"""Corpus runs: many documents through one Extractor.

(Concurrency, resumable output and progress are built on this in the corpus-run work.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from extractor.schemas import Result

if TYPE_CHECKING:
    from extractor.pipeline import ArticleLike, Extractor


def extract_iter(
    extractor: Extractor,
    articles: Iterable[ArticleLike],
    *,
    concurrency: int = 1,
    order: Literal["completion", "input"] = "input",
) -> Iterator[Result]:
    from extractor.pipeline import as_document

    documents = [extractor._check(as_document(a)) for a in articles]
    for document, result in zip(documents, extractor.engine.extract_batch(documents)):
        yield extractor._finish(document, result)


def run_cli(
    extractor: Extractor,
    inputs: list[str],
    *,
    format: str,
    output: Path | None,
    concurrency: int,
    order: str,
    quiet: bool,
    report_error: Callable[[str], None],
) -> int:
    """What `extractor extract` does; returns the number of articles that failed."""
    from extractor.errors import ExtractorError, InputError
    from extractor.inputs import load_path
    from extractor.render import write_results

    failures = 0

    def on_error(error: InputError) -> None:
        nonlocal failures
        failures += 1
        report_error(str(error))

    documents = []
    for item in inputs:
        try:
            documents.extend(load_path(item, on_error=on_error))
        except InputError as error:
            if len(inputs) == 1:
                raise
            on_error(error)
    if not documents:
        raise InputError("no article to extract from")
    results = []
    for document in documents:
        try:
            results.append(extractor.extract(document))
        except ExtractorError as error:
            if len(documents) == 1:
                raise
            on_error(InputError(f"{document.source or document.id}: {error}"))
    write_results(results, format=format, output=output)
    return failures
