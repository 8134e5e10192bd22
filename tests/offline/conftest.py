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
