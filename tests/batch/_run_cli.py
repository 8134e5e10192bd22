"""Run the real `extractor` CLI with a test engine, for the kill-and-resume tests.

    python _run_cli.py ENGINE DELAY extract corpus.jsonl --format jsonl -o out.jsonl

ENGINE is sync | async | batch (see _support.py). The engine is the only thing replaced: input
loading, the batch runner, output and resume are the shipped code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _support  # noqa: E402

from extractor import cli, pipeline  # noqa: E402

ENGINES = {"sync": _support.QuoteEngine, "async": _support.AsyncQuoteEngine, "batch": _support.BatchQuoteEngine}

if __name__ == "__main__":
    kind, delay = sys.argv[1], float(sys.argv[2])
    engine = ENGINES[kind](delay=delay)
    pipeline.Extractor.engine = property(lambda self: engine)  # type: ignore[method-assign,assignment]
    sys.argv = ["extractor", *sys.argv[3:]]
    cli.main()
