"""Join the offsets in fr_statements_wikinews_unlabeled.jsonl with the Wikinews texts into gold.

The repository keeps only offsets and labels (quote spans, kinds, speakers, accused parties,
claims; no article text); this script reads the texts from the shared corpus, checks each
record's id and text hash, and writes a gold JSONL in the layout of
``../shared/evaldata/fr_wikinews_dev.jsonl`` that ``extractor eval --gold`` reads.

    python evals/extra_fr/build_gold.py /tmp/fr_statements_gold.jsonl \
        [--corpus ../shared/corpora/fr_wikinews_unlabeled.jsonl] [--batch 1|2|3|4|4a|4b|4c|5|6|7|8|8a|8b|9|9a|9b|10|10a|10b|all]

Batch 1 (``fr_statements_wikinews_unlabeled.jsonl``, the default), batch 2
(``fr_statements_wikinews_unlabeled_b2.jsonl``), batch 3 (``fr_statements_wikinews_unlabeled_b3.jsonl``)
and batch 4 (parts ``…_b4a.jsonl``, ``…_b4b.jsonl`` and ``…_b4c.jsonl``, each annotated by its own session) annotate
different articles. Batches 5, 6 and 7 (``…_b5.jsonl``, ``…_b6.jsonl``, ``…_b7.jsonl``, ``--batch 5`` / ``6`` / ``7``)
and 8 (parts ``…_b8a.jsonl``, ``…_b8b.jsonl``: ``--batch 8`` builds both, ``--batch 8a`` / ``8b`` one part) were the
untuned check batches of rounds 19-22 and are tuning material since. Batch 9 is the untuned check batch of round 23,
annotated in two parts by two sessions (``…_b9a.jsonl``, ``…_b9b.jsonl``): ``--batch 9`` builds both, ``--batch 9a`` /
``9b`` one part. ``--batch all`` joins every batch, the CI regression gate.
Batch 10, the untuned check batch of round 24, is annotated in two parts (``…_b10a.jsonl``, ``…_b10b.jsonl``):
``--batch 10`` builds both, ``--batch 10a`` / ``10b`` one part; ``all`` includes it (158 articles).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from offsets_gold import build  # noqa: E402  (evals/ is not a package)

OFFSETS = HERE / "fr_statements_wikinews_unlabeled.jsonl"
OFFSETS_B2 = HERE / "fr_statements_wikinews_unlabeled_b2.jsonl"
OFFSETS_B3 = HERE / "fr_statements_wikinews_unlabeled_b3.jsonl"
OFFSETS_B4A = HERE / "fr_statements_wikinews_unlabeled_b4a.jsonl"
OFFSETS_B4B = HERE / "fr_statements_wikinews_unlabeled_b4b.jsonl"
OFFSETS_B4C = HERE / "fr_statements_wikinews_unlabeled_b4c.jsonl"
OFFSETS_B5 = HERE / "fr_statements_wikinews_unlabeled_b5.jsonl"
OFFSETS_B6 = HERE / "fr_statements_wikinews_unlabeled_b6.jsonl"
OFFSETS_B7 = HERE / "fr_statements_wikinews_unlabeled_b7.jsonl"
OFFSETS_B8A = HERE / "fr_statements_wikinews_unlabeled_b8a.jsonl"
OFFSETS_B8B = HERE / "fr_statements_wikinews_unlabeled_b8b.jsonl"
OFFSETS_B9A = HERE / "fr_statements_wikinews_unlabeled_b9a.jsonl"
OFFSETS_B9B = HERE / "fr_statements_wikinews_unlabeled_b9b.jsonl"
OFFSETS_B10A = HERE / "fr_statements_wikinews_unlabeled_b10a.jsonl"
OFFSETS_B10B = HERE / "fr_statements_wikinews_unlabeled_b10b.jsonl"
BATCHES = {
    "1": (OFFSETS,),
    "2": (OFFSETS_B2,),
    "3": (OFFSETS_B3,),
    "4a": (OFFSETS_B4A,),
    "4b": (OFFSETS_B4B,),
    "4c": (OFFSETS_B4C,),
    "4": (OFFSETS_B4A, OFFSETS_B4B, OFFSETS_B4C),
    "5": (OFFSETS_B5,),
    "6": (OFFSETS_B6,),
    "7": (OFFSETS_B7,),
    "8a": (OFFSETS_B8A,),
    "8b": (OFFSETS_B8B,),
    "8": (OFFSETS_B8A, OFFSETS_B8B),
    "9a": (OFFSETS_B9A,),
    "9b": (OFFSETS_B9B,),
    "9": (OFFSETS_B9A, OFFSETS_B9B),
    "10a": (OFFSETS_B10A,),
    "10b": (OFFSETS_B10B,),
    "10": (OFFSETS_B10A, OFFSETS_B10B),
    "all": (OFFSETS, OFFSETS_B2, OFFSETS_B3, OFFSETS_B4A, OFFSETS_B4B, OFFSETS_B4C, OFFSETS_B5, OFFSETS_B6, OFFSETS_B7, OFFSETS_B8A, OFFSETS_B8B, OFFSETS_B9A, OFFSETS_B9B, OFFSETS_B10A, OFFSETS_B10B),
}
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "corpora" / "fr_wikinews_unlabeled.jsonl"


def main(argv: list[str] | None = None) -> int:
    return build(
        argv,
        description=__doc__.splitlines()[0],
        offsets=OFFSETS,
        default_corpus=DEFAULT_CORPUS,
        set_name="fr_statements",
        language="fr",
        note="model-annotated under FR_GUIDELINES.md in evals/extra_fr (single pass, not adjudicated; see README there)",
        metadata=("title", "url", "license"),
        batches=BATCHES,
    )


if __name__ == "__main__":
    raise SystemExit(main())
