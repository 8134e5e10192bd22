"""Prompt rendering: the Jinja2 templates in prompts/ → chat messages, and their version.

The template version is a hash of every file in prompts/ (templates and few-shot examples):
editing a prompt changes Result.meta.template_version and every cache key, so a cached answer
to an old prompt is never served for a new one.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import jinja2

import extractor.prompts

PROMPTS_DIR = Path(extractor.prompts.__file__).resolve().parent
_VERSIONED_SUFFIXES = {".j2", ".json"}


@functools.lru_cache(maxsize=1)
def template_version() -> str:
    """Content hash (16 hex digits) of every template and example file under prompts/."""
    digest = hashlib.sha256()
    for path in sorted(p for p in PROMPTS_DIR.rglob("*") if p.is_file() and p.suffix in _VERSIONED_SUFFIXES):
        digest.update(path.relative_to(PROMPTS_DIR).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    # Not HTML: no autoescaping. StrictUndefined: a typo in a template fails loudly.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROMPTS_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@functools.lru_cache(maxsize=1)
def examples() -> tuple[dict[str, Any], ...]:
    """The few-shot examples (prompts/examples/*.json): language, article, output."""
    found = []
    for path in sorted((PROMPTS_DIR / "examples").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["output_json"] = json.dumps(data["output"], ensure_ascii=False)
        found.append(data)
    return tuple(found)


def _examples_for(language: str | None) -> list[dict[str, Any]]:
    # One example in the article's language keeps the prompt short (small context windows);
    # an undetermined language gets them all.
    matching = [e for e in examples() if e["language"] == language]
    return matching or list(examples())


@functools.lru_cache(maxsize=16)
def _system_prompt(language: str | None, scope: str) -> str:
    # Depends only on the templates, the language and the scope: rendered once per pair, not per
    # request (the templates are read once per process, like template_version()).
    return _environment().get_template("system.j2").render(examples=_examples_for(language), scope=scope).strip()


def render_messages(
    article: str, *, language: str | None, scope: str = "statements", chunk_index: int = 1, chunk_count: int = 1
) -> list[dict[str, str]]:
    """The system and user messages for one article (or one chunk of it). ``scope`` is the run's
    (``Settings.scope``): "attributions" also asks for beliefs, knowledge and perceptions, which
    the default "statements" excludes, so the model is asked for what the output will keep."""
    system = _system_prompt(language, scope)
    user = _environment().get_template("user.j2").render(
        article=article, language=language, chunk_index=chunk_index, chunk_count=chunk_count
    ).strip()
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
