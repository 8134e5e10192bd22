"""Which JSON Schema files are exported into schemas/, and from which models."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from extractor.schemas.contract import dump_schema, result_json_schema
from extractor.schemas.gold import gold_json_schema
from extractor.schemas.llm import llm_response_json_schema

SCHEMA_DIR = Path(__file__).parent

# file name -> function returning the schema. Add an entry when a new model becomes public.
EXPORTS: dict[str, Callable[[], dict[str, Any]]] = {
    "result.schema.json": result_json_schema,
    "llm_response.schema.json": llm_response_json_schema,
    "gold.schema.json": gold_json_schema,
}


def write_all(directory: Path = SCHEMA_DIR) -> list[Path]:
    written = []
    for name, build in EXPORTS.items():
        path = directory / name
        path.write_text(dump_schema(build()), encoding="utf-8")
        written.append(path)
    return written
