"""The LLM response cache (diskcache): a repeated extraction makes no request.

Location: ``Settings.cache_dir``, else ``EXTRACTOR_CACHE_DIR``, else the platform's user cache
dir (``platformdirs.user_cache_dir("extractor")``).

The key is a SHA-256 over everything that can change the answer: the backend identity (base URL,
or the model file's path, size and mtime), the model name, the prompt template version, the
hash of the response model's JSON Schema, the generation parameters (temperature, max_tokens,
mode) and the text sent (the article, or one chunk of it). API keys are never part of a key or
a value. Only responses that validated against the response model are stored, so a failed or
invalid answer is asked again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
#: Bumped when the layout of cached values changes, so old entries are simply not found.
KEY_VERSION = 1
_FORBIDDEN_KEY_PARTS = ("api_key", "apikey", "authorization", "secret", "password")


def cache_dir(directory: str | Path | None = None) -> Path:
    """Where the cache lives: ``directory`` if given, else $EXTRACTOR_CACHE_DIR, else the user cache dir."""
    if directory:
        return Path(directory).expanduser()
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("extractor"))


def cache_key(components: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of ``components``.

    Refuses components named like secrets: a key must never depend on (or leak) an API key.
    """
    for name in components:
        if any(part in name.lower().replace("-", "_") for part in _FORBIDDEN_KEY_PARTS):
            raise ValueError(f"cache key component {name!r} looks like a secret; secrets never enter cache keys")
    canonical = json.dumps({"v": KEY_VERSION, **components}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResponseCache:
    """A small typed facade over a diskcache.Cache holding JSON-compatible values."""

    def __init__(self, directory: str | Path | None = None) -> None:
        import diskcache

        self.directory = cache_dir(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._cache = diskcache.Cache(str(self.directory))

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored value, or None (a corrupt entry counts as a miss)."""
        raw = self._cache.get(key)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except (TypeError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: Mapping[str, Any]) -> None:
        """Store a validated response (as JSON text: readable by any version of this package)."""
        self._cache.set(key, json.dumps(dict(value), ensure_ascii=False))

    def __len__(self) -> int:
        return len(self._cache)

    def close(self) -> None:
        self._cache.close()


def info(directory: str | Path | None = None) -> dict[str, Any]:
    """Location, number of entries and size on disk of the cache (what `extractor cache info` prints)."""
    location = cache_dir(directory)
    if not location.exists():
        return {"location": str(location), "entries": 0, "size_bytes": 0}
    cache = ResponseCache(location)
    try:
        entries = len(cache)
        size = cache._cache.volume()
    finally:
        cache.close()
    return {"location": str(location), "entries": entries, "size_bytes": size}


def clear(directory: str | Path | None = None) -> int:
    """Delete every cached response; return how many entries were removed."""
    location = cache_dir(directory)
    if not location.exists():
        return 0
    cache = ResponseCache(location)
    try:
        return int(cache._cache.clear())
    finally:
        cache.close()
