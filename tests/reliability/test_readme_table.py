"""The README's reliability table: every row names a test, and every named test exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _section() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Reliability: inputs and faults")
    rest = readme[start + 3 :]
    end = rest.find("\n## ")
    return rest if end == -1 else rest[:end]


def _tests_defined(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")}


def test_every_row_names_an_existing_test():
    rows = [line for line in _section().splitlines() if line.startswith("| ") and not line.startswith(("| input", "|---"))]
    assert len(rows) >= 30
    for row in rows:
        refs = re.findall(r"`([\w/]+\.py)::(test_\w+)`", row)
        assert refs, f"row without a test: {row}"
        for file, name in refs:
            path = REPO / "tests" / file
            assert path.is_file(), f"{file} (row: {row[:60]})"
            assert name in _tests_defined(path), f"{file}::{name} does not exist"


def test_prose_after_the_table_references_existing_tests():
    for file, name in re.findall(r"`([\w/]+\.py)::(test_\w+)`", _section()):
        assert name in _tests_defined(REPO / "tests" / file)
