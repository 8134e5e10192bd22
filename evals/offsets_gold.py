"""Join offsets-only annotations with the corpus texts they point into, as a gold JSONL.

The repository keeps only offsets and labels for the check sets of `evals/extra/` (English) and
`evals/extra_fr/` (French): news texts never go in it. Each annotation line names a corpus line
(`index`, 0-based), its record `id` and `text_sha256` (first 16 hex digits of the text's
SHA-256); this module reads the texts from the shared corpus, checks both, and writes records in
the attribution format ``extractor eval --gold`` reads: ``text`` and ``quotes[{text, start, end,
speaker, kind, ...}]``, plus the ``accused`` and ``claims`` layers when the annotation has them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

LAYERS = ("accused", "claims")


def corpus_records(path: Path, wanted: set[int]) -> dict[int, dict]:
    """The corpus records at the wanted line indexes (0-based)."""
    records = {}
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if index in wanted:
                records[index] = json.loads(line)
    return records


def gold_record(annotation: dict, source: dict, *, set_name: str, language: str, note: str, metadata: tuple[str, ...] = ()) -> dict:
    """One gold record: the source's text with the annotation's spans, checked against its id and hash."""
    text = source["text"]
    if source["id"] != annotation["id"]:
        raise SystemExit(f"line {annotation['index']}: corpus id {source['id']} is not {annotation['id']} (another corpus version?)")
    if hashlib.sha256(text.encode()).hexdigest()[:16] != annotation["text_sha256"]:
        raise SystemExit(f"{annotation['id']}: the article text changed since it was annotated")
    quotes = [{**q, "text": text[q["start"] : q["end"]]} for q in annotation["quotes"]]
    record = {
        "id": f"{set_name}:{annotation['id']}",
        "language": language,
        "source": f"{source['id']} text; {note}",
        **{key: source[key] for key in metadata if key in source},
        "text": text,
        "quotes": quotes,
    }
    record.update({layer: annotation[layer] for layer in LAYERS if layer in annotation})
    return record


def read_annotations(paths: Sequence[Path]) -> list[dict]:
    """The annotation lines of the offsets files, in order; an article may appear in only one of them."""
    annotations = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    indexes = [a["index"] for a in annotations]
    if len(set(indexes)) != len(indexes):
        raise SystemExit(f"an article is annotated twice across {', '.join(p.name for p in paths)}")
    return annotations


def build(
    argv: list[str] | None,
    *,
    description: str,
    offsets: Path,
    default_corpus: Path,
    set_name: str,
    language: str,
    note: str,
    metadata: tuple[str, ...] = (),
    batches: Mapping[str, Sequence[Path]] | None = None,
) -> int:
    """The command line of a set's build_gold.py: ``build_gold.py OUTPUT [--corpus PATH] [--batch NAME]``.

    Without ``batches`` the set is the one ``offsets`` file; with them, ``--batch`` picks the offsets
    files to join, and its default is the batch that holds ``offsets`` alone (so a set that grows a
    second batch keeps building what it built before unless asked otherwise).
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("output", type=Path, help="gold JSONL to write (outside the repository)")
    parser.add_argument("--corpus", type=Path, default=default_corpus, help=f"the corpus the offsets point into (default: {default_corpus.name})")
    if batches:
        default_batch = next(name for name, paths in batches.items() if list(paths) == [offsets])
        parser.add_argument("--batch", choices=list(batches), default=default_batch, help=f"which annotation batch(es) to build (default: {default_batch})")
    args = parser.parse_args(argv)
    annotations = read_annotations(batches[args.batch] if batches else [offsets])
    sources = corpus_records(args.corpus, {a["index"] for a in annotations})
    with args.output.open("w", encoding="utf-8") as out:
        for annotation in annotations:
            record = gold_record(annotation, sources[annotation["index"]], set_name=set_name, language=language, note=note, metadata=metadata)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = f"{len(annotations)} articles, {sum(len(a['quotes']) for a in annotations)} statements"
    for layer in LAYERS:
        if any(layer in a for a in annotations):
            counts += f", {sum(len(a.get(layer) or []) for a in annotations)} {layer}"
    print(f"{args.output}: {counts}", file=sys.stderr)
    return 0
