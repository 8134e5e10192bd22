"""Settings, resolved once: explicit arguments (CLI flags) > environment > [tool.extractor] in pyproject.

Environment variables: EXTRACTOR_MODEL, EXTRACTOR_BASE_URL, OPENAI_API_KEY (or EXTRACTOR_API_KEY),
EXTRACTOR_TEMPERATURE, EXTRACTOR_TIMEOUT, EXTRACTOR_MAX_RETRIES, EXTRACTOR_MODE,
EXTRACTOR_CACHE_DIR, EXTRACTOR_NO_CACHE, EXTRACTOR_MAX_CHARS, EXTRACTOR_LANGUAGE, EXTRACTOR_SCOPE,
EXTRACTOR_MAX_TOKENS, EXTRACTOR_LLAMA_N_CTX, EXTRACTOR_OFFLINE_LEARNED; and, for URL inputs only
(`resolve_fetch_limits`), EXTRACTOR_FETCH_TIMEOUT, EXTRACTOR_FETCH_RETRIES, EXTRACTOR_FETCH_MAX_BYTES.
With no model anywhere, the offline engine runs. Engines and the URL fetcher read their settings
from here, never from the environment themselves.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from extractor.errors import ConfigError

if TYPE_CHECKING:
    from extractor.fetch import FetchLimits

ENV_VARS: dict[str, str] = {
    "model": "EXTRACTOR_MODEL",
    "base_url": "EXTRACTOR_BASE_URL",
    "temperature": "EXTRACTOR_TEMPERATURE",
    "timeout": "EXTRACTOR_TIMEOUT",
    "max_retries": "EXTRACTOR_MAX_RETRIES",
    "mode": "EXTRACTOR_MODE",
    "cache_dir": "EXTRACTOR_CACHE_DIR",
    "max_chars": "EXTRACTOR_MAX_CHARS",
    "language": "EXTRACTOR_LANGUAGE",
    "scope": "EXTRACTOR_SCOPE",
    "max_tokens": "EXTRACTOR_MAX_TOKENS",
    "llama_n_ctx": "EXTRACTOR_LLAMA_N_CTX",
    "offline_learned": "EXTRACTOR_OFFLINE_LEARNED",
}
API_KEY_VARS = ("EXTRACTOR_API_KEY", "OPENAI_API_KEY")


class Settings(BaseModel):
    """Everything that decides how an extraction runs. Secrets are SecretStr: never printed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str | None = Field(default=None, description="LLM model name, or llama-cpp:/path/model.gguf; None = offline engine.")
    base_url: str | None = Field(default=None, repr=False, description="OpenAI-compatible server URL (Ollama, vLLM, llama.cpp); may carry credentials, so not in repr.")
    api_key: SecretStr | None = None
    temperature: float = 0.0
    timeout: float = Field(default=120.0, gt=0, description="Seconds per LLM request.")
    max_retries: int = Field(default=3, ge=0, le=20, description="Transport retries (tenacity) and validation re-asks (instructor).")
    mode: str | None = Field(default=None, description="instructor mode: tools, json_schema or json; None = per backend.")
    cache: bool = True
    cache_dir: Path | None = None
    max_chars: int = Field(default=2_000_000, gt=0, description="Longest article accepted, in characters.")
    language: str | None = Field(default=None, description="Force the article language (ISO 639-1) instead of detecting it.")
    chunk_chars: int = Field(default=12_000, gt=1000, description="LLM chunk budget in characters.")
    scope: Literal["statements", "attributions"] = Field(
        default="statements",
        description="statements: only speech acts (said, wrote, according to, selon); attributions: beliefs and "
        "perceptions too (think, know, saw, found), as PolNeAR counts them.",
    )

    max_tokens: int = Field(default=4096, gt=0, description="Answer budget per LLM request, in tokens.")
    llama_n_ctx: int = Field(default=8192, gt=0, description="Context size of the in-process llama.cpp model, in tokens.")
    offline_learned: bool = Field(
        default=True, description="Offline engine: add the learned English attribution model's statements to the rules' (off: rules only)."
    )

    @property
    def uses_llm(self) -> bool:
        return bool(self.model)


def _pyproject_settings(start: Path) -> dict[str, Any]:
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{candidate}: cannot read [tool.extractor] ({exc})") from None
            section = data.get("tool", {}).get("extractor", {})
            if "api_key" in section:
                raise ConfigError(f"{candidate}: do not put api_key in pyproject.toml; set OPENAI_API_KEY instead")
            return dict(section)
    return {}


def resolve_settings(cwd: Path | None = None, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Merge explicit values (None means 'not given') over the environment over pyproject."""
    environ = dict(os.environ if environ is None else environ)
    merged: dict[str, Any] = _pyproject_settings((cwd or Path.cwd()).resolve())
    for key, var in ENV_VARS.items():
        if environ.get(var):
            merged[key] = environ[var]
    if environ.get("EXTRACTOR_NO_CACHE", "").lower() in {"1", "true", "yes"}:
        merged["cache"] = False
    for var in API_KEY_VARS:
        if environ.get(var):
            merged["api_key"] = environ[var]
            break
    merged.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**merged)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"invalid settings: {problems}") from None


#: FetchLimits field → its environment variable, and the type the value must parse as.
FETCH_ENV_VARS: dict[str, tuple[str, type]] = {
    "timeout": ("EXTRACTOR_FETCH_TIMEOUT", float),
    "retries": ("EXTRACTOR_FETCH_RETRIES", int),
    "max_bytes": ("EXTRACTOR_FETCH_MAX_BYTES", int),
}


def resolve_fetch_limits(environ: dict[str, str] | None = None) -> FetchLimits:
    """The limits of URL fetches: the EXTRACTOR_FETCH_* variables over `FetchLimits`' defaults."""
    from extractor.fetch import FetchLimits

    environ = dict(os.environ if environ is None else environ)
    values: dict[str, Any] = {}
    for name, (var, cast) in FETCH_ENV_VARS.items():
        raw = environ.get(var, "")
        if not raw.strip():
            continue
        try:
            value = cast(raw)
        except ValueError:
            raise ConfigError(f"invalid settings: {var}={raw!r} is not a number") from None
        if value < 0 or (cast is float and value == 0):
            raise ConfigError(f"invalid settings: {var}={raw!r} must be positive")
        values[name] = value
    return FetchLimits(**values)
