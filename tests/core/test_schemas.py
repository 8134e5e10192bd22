"""The exported JSON Schemas are current, and results validate against them."""

from __future__ import annotations

import json

import pytest

from extractor.schemas import Quote, Result, ResultMeta
from extractor.schemas.contract import dump_schema
from extractor.schemas.exports import EXPORTS, SCHEMA_DIR


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_exported_schema_is_current(name):
    on_disk = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert on_disk == dump_schema(EXPORTS[name]()), f"{name} is stale: run python -m extractor.schemas"


def test_contract_field_names_are_stable():
    schema = json.loads((SCHEMA_DIR / "result.schema.json").read_text(encoding="utf-8"))
    assert {"id", "language", "engine", "quotes", "speakers", "accused", "claims", "rejected"} <= set(schema["properties"])
    defs = schema["$defs"]
    assert {"text", "start", "end", "kind", "speaker", "speaker_ids"} <= set(defs["Quote"]["properties"])
    assert {"name", "aliases", "kind", "role"} <= set(defs["Speaker"]["properties"])
    assert {"name", "accusers", "accusation", "quote_ids"} <= set(defs["Accused"]["properties"])
    assert {"text", "claimant", "about", "kind", "quote_ids"} <= set(defs["Claim"]["properties"])
    assert {"item", "text", "reason"} <= set(defs["Rejected"]["properties"])


def test_article_text_stays_out_of_the_json():
    result = Result(
        language="fr",
        engine="test",
        meta=ResultMeta(extractor_version="0"),
        article="« Oui », dit-il.",
        quotes=[Quote(id="q1", text="Oui", start=2, end=5, kind="direct")],
    )
    data = json.loads(result.to_json())
    assert "article" not in data
    assert data["quotes"][0]["text"] == "Oui"
    assert result.article == "« Oui », dit-il."


def test_results_validate_against_exported_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMA_DIR / "result.schema.json").read_text(encoding="utf-8"))
    result = Result(language="en", engine="test", meta=ResultMeta(extractor_version="0"))
    jsonschema.validate(json.loads(result.to_json()), schema)
