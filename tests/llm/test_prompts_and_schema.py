"""Prompts and the response model: examples consistent, versions hashed, every field bounded."""

from __future__ import annotations

import shutil

import pytest

from extractor.engines.llm import prompting
from extractor.schemas.llm import KIND_RULE, SPEAKER_RULE, Extraction, LLMQuote, llm_response_json_schema

DOUBLE_MARKS = '"«»“”„'
PRONOUNS = {"he", "she", "they", "il", "elle", "ils", "elles", "lui"}


def _enclosed(article: str, text: str) -> bool:
    """Whether the (first) occurrence of ``text`` sits directly inside quotation marks."""
    start = article.index(text)
    before = article[:start].rstrip(" \u00a0\u202f")
    after = article[start + len(text):].lstrip(" \u00a0\u202f")
    return before[-1:] in tuple(DOUBLE_MARKS) and after[:1] in tuple(DOUBLE_MARKS)


@pytest.mark.parametrize("example", prompting.examples(), ids=lambda e: e["language"])
def test_few_shot_examples_are_valid_and_verbatim(example):
    output = Extraction.model_validate(example["output"])
    assert output.quotes
    for quote in output.quotes:
        assert quote.text in example["article"], quote.text
    for item in (*output.accused, *output.claims):
        assert all(1 <= n <= len(output.quotes) for n in item.evidence)


@pytest.mark.parametrize("example", prompting.examples(), ids=lambda e: e["language"])
def test_few_shot_examples_follow_the_stated_rules(example):
    output = Extraction.model_validate(example["output"])
    article = example["article"]
    declared = {s.name for s in output.speakers}
    for quote in output.quotes:
        marks = [c for c in quote.text if c in DOUBLE_MARKS]
        # kind as system.j2 rule 3 and KIND_RULE state it
        if quote.kind == "direct":
            assert not marks and _enclosed(article, quote.text), quote.text
        elif quote.kind == "mixed":
            assert len(marks) >= 2 and not _enclosed(article, quote.text), quote.text
            assert quote.text[0] not in DOUBLE_MARKS or quote.text[-1] not in DOUBLE_MARKS, "a bare fragment is never a quote"
        else:
            assert not marks and not _enclosed(article, quote.text), quote.text
        # speakers: full names from the speakers list, one entry per speaker, never a pronoun
        assert quote.speakers and set(quote.speakers) <= declared, quote.speakers
        assert not PRONOUNS & {s.casefold() for s in quote.speakers}
        for name in quote.speakers:
            assert not any(other != name and other in name for other in declared), f"{name!r} names two speakers"
    assert not any(PRONOUNS & {a.casefold() for a in s.aliases} for s in output.speakers)
    # accused: one party per entry
    names = [a.name for a in output.accused]
    for a in output.accused:
        assert not any(other != a.name and other in a.name for other in names)
        assert " and " not in a.name and " et " not in a.name
    for item in (*output.accused, *output.claims):
        assert item.evidence and all(1 <= n <= len(output.quotes) for n in item.evidence)
        for name in getattr(item, "accusers", []) + ([item.claimant] if getattr(item, "claimant", None) else []):
            assert name in declared, name


def test_the_examples_show_every_rule_at_least_once():
    outputs = [Extraction.model_validate(e["output"]) for e in prompting.examples()]
    quotes = [q for o in outputs for q in o.quotes]
    assert {q.kind for q in quotes} == {"direct", "indirect", "mixed"}
    assert any(len(q.speakers) > 1 for q in quotes), "a joint statement as a list"
    assert any((q.cue or "").casefold() in ("according to", "selon") for q in quotes)
    assert any(a.aliases for o in outputs for a in o.accused)
    # an accusation against two parties is split into two entries citing the same quote
    assert any(
        set(a.evidence) & set(b.evidence) for o in outputs for i, a in enumerate(o.accused) for b in o.accused[i + 1 :]
    )


def test_prompt_and_schema_state_the_same_rules():
    system = prompting.render_messages("x", language="en")[0]["content"]
    for phrase in ("full name the article gives anywhere", "joint statement", "A document", "according to X",
                   "list it once", "Not private beliefs", "one entry per accused party", "quoted fragment"):
        assert phrase in system, phrase
    schema = LLMQuote.model_json_schema()["properties"]
    assert SPEAKER_RULE in schema["speakers"]["description"] and schema["kind"]["description"] == KIND_RULE
    assert "full name the article gives anywhere" in SPEAKER_RULE and "quoted fragment" in KIND_RULE


def test_a_single_speaker_string_is_still_read():
    quote = LLMQuote.model_validate({"text": "Oui.", "speaker": "Anne Roux"})
    assert quote.speakers == ["Anne Roux"] and quote.speaker == "Anne Roux"
    assert LLMQuote.model_validate({"text": "Oui.", "speaker": None}).speakers == []


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


def test_the_prompt_asks_for_what_the_scope_keeps():
    statements = prompting.render_messages("x", language="en")[0]["content"]
    attributions = prompting.render_messages("x", language="en", scope="attributions")[0]["content"]
    assert "Not private beliefs" in statements and "Not private beliefs" not in attributions
    assert "he believes" in attributions and "he believes" not in statements
    # news statements count the two parts of an interrupted quotation apart; PolNeAR joins them
    assert "is two quotes" in statements and "is two quotes" not in attributions
    for system in (statements, attributions):
        assert "READ MORE" in system and "civility titles" in system and "one claim per proposition" in system


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
