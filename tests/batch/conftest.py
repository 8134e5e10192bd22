"""Batch-test fixtures: Extractors on test engines (see _support.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # _support, shared with the subprocess script

from _support import QuoteEngine  # noqa: E402

from extractor import Extractor  # noqa: E402


@pytest.fixture
def make_extractor():
    """An Extractor whose engine is the given test engine (no model load, no network)."""

    def make(engine=None, **options) -> Extractor:
        ex = Extractor(**options)
        ex._engine = engine or QuoteEngine()
        return ex

    return make
