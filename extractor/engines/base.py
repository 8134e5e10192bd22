"""The one interface every engine implements."""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from extractor.document import Document
from extractor.schemas import Result


class Engine(ABC):
    """Turns documents into results.

    Engines return only what they extracted, with offsets on every quote; the pipeline then
    enforces grounding (``extractor.grounding.gate.enforce_offsets``) whatever the engine, so a
    bug in one engine can never put an ungrounded quote into the output, and writes the
    envelope (``id``, ``article``, ``meta.source``, ``meta.extractor_version``,
    ``meta.text_sha256``). The document's ``language`` is already resolved by the pipeline.
    """

    #: Identity recorded in Result.engine and in cache keys, e.g. "offline:spacy-3.8" or
    #: "openai:gpt-4o-mini@https://api.openai.com/v1".
    name: str

    @abstractmethod
    def extract(self, document: Document) -> Result:
        """Extract from one document."""

    def extract_batch(self, documents: Iterable[Document], *, n_process: int = 1) -> Iterator[Result]:
        """Extract from many documents, in input order.

        The offline engine overrides this to stream through ``nlp.pipe`` (with ``n_process``
        worker processes); the default simply loops.
        """
        for document in documents:
            yield self.extract(document)

    async def extract_async(self, document: Document) -> Result:
        """Extract without blocking the event loop; LLM engines override this with a native async client."""
        return await asyncio.to_thread(self.extract, document)
