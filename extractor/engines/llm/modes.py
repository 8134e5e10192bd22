"""instructor mode per backend: chosen, overridable, with a documented fallback, remembered.

Order tried: ``tools`` → ``json_schema`` → ``json``. Tools (function calling) is the most widely
supported structured-output path and the one llama.cpp constrains with a grammar; some servers
reject it (or ``response_format: json_schema``: llama-cpp-python's server does) with HTTP
400/422, and then the next mode is tried. The mode that worked is remembered per backend, in
memory and in ``modes.json`` in the cache directory, so the rejection is paid once.
``Settings.mode`` (``--mode``, ``EXTRACTOR_MODE``) forces one mode: no fallback.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import instructor

from extractor.engines.llm.retry import is_mode_rejection
from extractor.errors import ConfigError

__all__ = ["INSTRUCTOR_MODES", "MODE_ORDER", "ModeMemory", "instructor_mode", "is_mode_rejection"]

MODE_ORDER: tuple[str, ...] = ("tools", "json_schema", "json")
INSTRUCTOR_MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}


def instructor_mode(name: str) -> instructor.Mode:
    """The instructor Mode for a mode name (tools, json_schema, json, md_json)."""
    try:
        return INSTRUCTOR_MODES[name.lower()]
    except KeyError:
        raise ConfigError(f"unknown mode {name!r}: use one of {', '.join(INSTRUCTOR_MODES)}") from None


class ModeMemory:
    """Which mode works for which backend: in memory, persisted as JSON in the cache directory."""

    _process: dict[str, str] = {}
    _lock = threading.Lock()

    def __init__(self, directory: Path | None) -> None:
        self.path = directory / "modes.json" if directory is not None else None

    def _load(self) -> dict[str, str]:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def get(self, backend_key: str) -> str | None:
        with self._lock:
            if backend_key in self._process:
                return self._process[backend_key]
        remembered = self._load().get(backend_key)
        return remembered if remembered in INSTRUCTOR_MODES else None

    def remember(self, backend_key: str, mode: str) -> None:
        with self._lock:
            if self._process.get(backend_key) == mode:
                return
            self._process[backend_key] = mode
            if self.path is None:
                return
            data = self._load()
            data[backend_key] = mode
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                tmp = self.path.with_suffix(".tmp")
                tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
                tmp.replace(self.path)
            except OSError:
                pass  # remembering is an optimisation; never fail an extraction over it

    def candidates(self, backend_key: str, forced: str | None, default: str = "tools") -> list[str]:
        """Modes to try, in order: the forced one only; else the remembered one, then the fallback order."""
        if forced:
            instructor_mode(forced)
            return [forced.lower()]
        first = self.get(backend_key) or default
        return [first] + [m for m in MODE_ORDER if m != first]
