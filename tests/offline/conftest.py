"""Offline-engine fixtures: one engine per session (spaCy models load once)."""

from __future__ import annotations

import pytest

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document


@pytest.fixture(scope="session")
def engine() -> OfflineEngine:
    return OfflineEngine()


@pytest.fixture(scope="session")
def run(engine):
    """Extract from a text in a given language: run("…", "fr") -> Result."""

    def _run(text: str, language: str):
        return OfflineEngine(language=language).extract(Document(text=text)) if language else engine.extract(Document(text=text))

    return _run


@pytest.fixture(scope="session")
def first_claim_kind(run):
    """The kind of the first claim extracted from a French text (failing when there is none)."""

    def _first_claim_kind(text: str) -> str:
        result = run(text, "fr")
        assert result.claims, result.quotes
        return result.claims[0].kind

    return _first_claim_kind
