"""Join the offsets in en_statements_polnear_train.jsonl with the PolNeAR train texts into gold.

The repository keeps only offsets, kinds and speakers (news texts never go in it); this script
reads the texts from the shared corpus and writes a gold JSONL in the GGT-style attribution
format that ``extractor eval --gold`` reads (``text`` and ``quotes[{text, start, end, speaker, kind}]``).

    python evals/extra/build_gold.py /tmp/en_statements_gold.jsonl \
        [--corpus ../shared/evaldata/polnear_train.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OFFSETS = HERE / "en_statements_polnear_train.jsonl"
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "evaldata" / "polnear_train.jsonl"


def corpus_records(path: Path, wanted: set[int]) -> dict[int, dict]:
    """The corpus records at the wanted line indexes (0-based)."""
    records = {}
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if index in wanted:
                records[index] = json.loads(line)
    return records


def gold_record(annotation: dict, source: dict) -> dict:
    text = source["text"]
    if source["id"] != annotation["id"]:
        raise SystemExit(f"line {annotation['index']}: corpus id {source['id']} is not {annotation['id']} (another corpus version?)")
    if hashlib.sha256(text.encode()).hexdigest()[:16] != annotation["text_sha256"]:
        raise SystemExit(f"{annotation['id']}: the article text changed since it was annotated")
    quotes = [{**q, "text": text[q["start"] : q["end"]]} for q in annotation["quotes"]]
    return {
        "id": f"en_statements:{annotation['id']}",
        "language": "en",
        "source": f"{source['id']} text; statements annotated in evals/extra (see README there)",
        "text": text,
        "quotes": quotes,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="gold JSONL to write (outside the repository)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="polnear_train.jsonl")
    args = parser.parse_args(argv)
    annotations = [json.loads(line) for line in OFFSETS.read_text(encoding="utf-8").splitlines() if line.strip()]
    sources = corpus_records(args.corpus, {a["index"] for a in annotations})
    with args.output.open("w", encoding="utf-8") as out:
        for annotation in annotations:
            out.write(json.dumps(gold_record(annotation, sources[annotation["index"]]), ensure_ascii=False) + "\n")
    print(f"{args.output}: {len(annotations)} articles, {sum(len(a['quotes']) for a in annotations)} statements", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
