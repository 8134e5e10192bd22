"""Compare two extraction outputs, ignoring timing: prints a unified diff, exits 1 if they differ.

    python scripts/compare_outputs.py BEFORE AFTER [BEFORE2 AFTER2 ...]

Each file is a JSONL of results (``extractor extract -f jsonl``, ``eval --save-predictions``) or
one JSON document (``eval -f json -o``). Keys that measure time (``elapsed_seconds`` and any key
ending in ``_seconds``) are dropped at every depth; everything else must be identical. Used to
show that a restructuring changed no output.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Any


def _is_timing(key: str) -> bool:
    return key == "elapsed" or key.endswith("_seconds")


def without_timing(value: Any) -> Any:
    """``value`` with every timing key removed, recursively."""
    if isinstance(value, dict):
        return {k: without_timing(v) for k, v in value.items() if not _is_timing(k)}
    if isinstance(value, list):
        return [without_timing(v) for v in value]
    return value


def normalised_lines(path: Path) -> list[str]:
    """One canonical JSON line per record (JSONL) or per top-level document (JSON)."""
    text = path.read_text(encoding="utf-8")
    try:
        records = [json.loads(text)]
    except ValueError:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [json.dumps(without_timing(r), ensure_ascii=False, sort_keys=True, indent=1) for r in records]


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    differ = False
    for before, after in zip(argv[::2], argv[1::2]):
        old = "\n".join(normalised_lines(Path(before))).splitlines()
        new = "\n".join(normalised_lines(Path(after))).splitlines()
        for line in difflib.unified_diff(old, new, fromfile=before, tofile=after, lineterm=""):
            differ = True
            print(line)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
