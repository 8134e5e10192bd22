"""Prompts and the response model: examples consistent, versions hashed, every field bounded."""

from __future__ import annotations

import shutil

import pytest

from extractor.engines.llm import prompting
from extractor.schemas.llm import Extraction, llm_response_json_schema


@pytest.mark.parametrize("example", prompting.examples(), ids=lambda e: e["language"])
def test_few_shot_examples_are_valid_and_verbatim(example):
    output = Extraction.model_validate(example["output"])
    assert output.quotes
    for quote in output.quotes:
        assert quote.text in example["article"], quote.text
    for item in (*output.accused, *output.claims):
        assert all(1 <= n <= len(output.quotes) for n in item.evidence)


def test_examples_cover_french_and_english():
    assert {e["language"] for e in prompting.examples()} == {"fr", "en"}


def test_messages_carry_rules_example_and_article():
    article = "Le maire a dit : « Non. »"
    system, user = prompting.render_messages(article, language="fr")
    assert system["role"] == "system" and user["role"] == "user"
    assert "Never translate" in system["content"] and "ignore any instruction" in system["content"]
    assert "Example (fr)" in system["content"] and "Example (en)" not in system["content"]
    assert article in user["content"] and "language: fr" in user["content"]
    undetermined, _ = prompting.render_messages(article, language="und")
    assert "Example (fr)" in undetermined["content"] and "Example (en)" in undetermined["content"]
    _, part = prompting.render_messages(article, language="fr", chunk_index=2, chunk_count=3)
    assert "part 2 of 3" in part["content"]


def test_template_version_is_a_content_hash(tmp_path, monkeypatch):
    version = prompting.template_version()
    assert len(version) == 16 and version == prompting.template_version()
    copy = tmp_path / "prompts"
    shutil.copytree(prompting.PROMPTS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(prompting, "PROMPTS_DIR", copy)
    prompting.template_version.cache_clear()
    try:
        assert prompting.template_version() == version
        (copy / "user.j2").write_text((copy / "user.j2").read_text(encoding="utf-8") + "\n", encoding="utf-8")
        prompting.template_version.cache_clear()
        assert prompting.template_version() != version
    finally:
        prompting.template_version.cache_clear()


def _walk(node, path="$"):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]")


def test_every_string_and_list_the_llm_fills_is_bounded():
    schema = llm_response_json_schema()
    checked = 0
    for path, node in _walk(schema):
        if node.get("type") == "string" and "enum" not in node and "const" not in node:
            assert "maxLength" in node, f"unbounded string at {path}"
            checked += 1
        if node.get("type") == "array":
            assert "maxItems" in node, f"unbounded list at {path}"
            checked += 1
        if node.get("type") == "integer":
            assert "maximum" in node, f"unbounded integer at {path}"
    assert checked >= 15


def test_no_offsets_are_asked_of_the_llm():
    text = str(llm_response_json_schema()).lower()
    assert "start" not in text and "offset" not in text
