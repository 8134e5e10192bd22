"""Join the model-annotated French training offsets in this folder with the Wikinews texts.

Training material, not a check set: the offsets files here (one per annotation batch, ``*.jsonl``)
were written by model sessions acting as annotators under ``FR_GUIDELINES.md`` so that French rules
can be tuned on more text than ``fr_wikinews_train.jsonl``. Their articles come from
``../shared/corpora/fr_wikinews_unlabeled.jsonl`` and are disjoint from the check sets in
``evals/extra_fr``. Layout and checks are those of ``evals/extra_fr`` (see ``evals/offsets_gold.py``).

    python evals/train_fr/build_gold.py /tmp/fr_train_extra.jsonl [--batch NAME|all] \
        [--corpus ../shared/corpora/fr_wikinews_unlabeled.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from offsets_gold import build  # noqa: E402  (evals/ is not a package)

DEFAULT_CORPUS = HERE.parents[2] / "shared" / "corpora" / "fr_wikinews_unlabeled.jsonl"


def main(argv: list[str] | None = None) -> int:
    files = sorted(HERE.glob("*.jsonl"))
    if not files:
        print(f"no offsets files in {HERE}", file=sys.stderr)
        return 1
    batches: dict[str, tuple[Path, ...]] = {path.stem: (path,) for path in files}
    batches["all"] = tuple(files)
    return build(
        argv,
        description=__doc__.splitlines()[0],
        offsets=files[0],
        default_corpus=DEFAULT_CORPUS,
        set_name="fr_train_model",
        language="fr",
        note="model-annotated training text under FR_GUIDELINES.md (single pass, not adjudicated; see evals/train_fr/README.md)",
        metadata=("title", "url", "license"),
        batches=batches,
    )


if __name__ == "__main__":
    raise SystemExit(main())
