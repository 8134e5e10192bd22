"""Compare two runs' saved outputs (JSONL results, or eval JSON) apart from timing fields.

Structure work must not change what the engines extract: save the outputs before and after a
change (``extractor eval --gold evals/gold --save-predictions before.jsonl -o before_eval.json``),
then::

    python scripts/compare_outputs.py before.jsonl after.jsonl
    python scripts/compare_outputs.py before_eval.json after_eval.json

Runs against a local fake server name it in ``engine`` with a random port: add
``--ignore engine`` there.

Prints a unified diff of the records that differ (pretty-printed, keys sorted) and exits 1, or
prints nothing and exits 0 when the files are identical once the timing fields are dropped.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

#: Fields that measure how long a run took (with any key ending in ``_seconds``): they differ
#: between any two runs.
TIMING_FIELDS = frozenset({"elapsed_seconds"})


def without(value: Any, fields: frozenset[str]) -> Any:
    """``value`` with every dict key in ``fields`` removed, at any depth."""
    if isinstance(value, dict):
        return {k: without(v, fields) for k, v in value.items() if k not in fields and not k.endswith("_seconds")}
    if isinstance(value, list):
        return [without(v, fields) for v in value]
    return value


def records(path: Path, fields: frozenset[str]) -> list[str]:
    """One pretty-printed record per JSONL line (or the whole file when it is one JSON value)."""
    text = path.read_text(encoding="utf-8")
    try:
        values = [json.loads(text)]
    except json.JSONDecodeError:
        values = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [json.dumps(without(v, fields), ensure_ascii=False, indent=1, sort_keys=True) for v in values]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--ignore", action="append", default=[], help="another field to drop (repeatable)")
    args = parser.parse_args(argv)
    fields = TIMING_FIELDS | frozenset(args.ignore)
    before, after = records(args.before, fields), records(args.after, fields)
    if len(before) != len(after):
        print(f"{args.before}: {len(before)} records, {args.after}: {len(after)} records")
    changed = 0
    for i, (a, b) in enumerate(zip(before, after, strict=False)):
        if a != b:
            changed += 1
            sys.stdout.writelines(difflib.unified_diff(a.splitlines(True), b.splitlines(True), f"{args.before}#{i}", f"{args.after}#{i}"))
    return 1 if changed or len(before) != len(after) else 0


if __name__ == "__main__":
    sys.exit(main())
