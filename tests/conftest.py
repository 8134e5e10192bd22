"""Fixtures shared by every test area."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_PATH = REPO / "seeds" / "000_3c0465c333d813dd.txt"
POLNEAR_DEV = SHARED / "evaldata" / "polnear_dev.jsonl"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real cache, and no test sees a real API key."""
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    for var in ("EXTRACTOR_MODEL", "EXTRACTOR_BASE_URL", "OPENAI_API_KEY", "EXTRACTOR_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
