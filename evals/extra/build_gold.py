"""Join the offsets in en_statements_polnear_train.jsonl with the PolNeAR train texts into gold.

The repository keeps only offsets, kinds and speakers (news texts never go in it); this script
reads the texts from the shared corpus and writes a gold JSONL in the GGT-style attribution
format that ``extractor eval --gold`` reads (``text`` and ``quotes[{text, start, end, speaker, kind}]``).

    python evals/extra/build_gold.py /tmp/en_statements_gold.jsonl \
        [--corpus ../shared/evaldata/polnear_train.jsonl] [--batch 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|all]

Batch 1 (``en_statements_polnear_train.jsonl``, the default), batch 2
(``en_statements_polnear_train_b2.jsonl``), batch 3 (``en_statements_polnear_train_b3.jsonl``),
batch 4 (``en_statements_polnear_train_b4.jsonl``, untuned), batch 5
(``en_statements_polnear_train_b5.jsonl``, untuned), batch 6
(``en_statements_polnear_train_b6.jsonl``, untuned), batch 7
(``en_statements_polnear_train_b7.jsonl``, untuned), batch 8
(``en_statements_polnear_train_b8.jsonl``, untuned), batch 9
(``en_statements_polnear_train_b9.jsonl``, untuned), batch 10
(``en_statements_polnear_train_b10.jsonl``, untuned), batch 11
(``en_statements_polnear_train_b11.jsonl``, untuned), batch 12
(``en_statements_polnear_train_b12.jsonl``, untuned), batch 13
(``en_statements_polnear_train_b13.jsonl``, untuned), batch 14
(``en_statements_polnear_train_b14.jsonl``, untuned), batch 15
(``en_statements_polnear_train_b15.jsonl``, untuned), batch 16
(``en_statements_polnear_train_b16.jsonl``, untuned), batch 17
(``en_statements_polnear_train_b17.jsonl``, untuned), batch 18
(``en_statements_polnear_train_b18.jsonl``, untuned), batch 19
(``en_statements_polnear_train_b19.jsonl``, untuned), batch 20
(``en_statements_polnear_train_b20.jsonl``, untuned), batch 21
(``en_statements_polnear_train_b21.jsonl``, untuned), batch 22
(``en_statements_polnear_train_b22.jsonl``, untuned), batch 23
(``en_statements_polnear_train_b23.jsonl``, untuned), batch 24
(``en_statements_polnear_train_b24.jsonl``, untuned), batch 25
(``en_statements_polnear_train_b25.jsonl``, untuned), batch 26
(``en_statements_polnear_train_b26.jsonl``, untuned), batch 27
(``en_statements_polnear_train_b27.jsonl``, untuned), batch 28
(``en_statements_polnear_train_b28.jsonl``, untuned), batch 29
(``en_statements_polnear_train_b29.jsonl``, untuned), batch 30
(``en_statements_polnear_train_b30.jsonl``, untuned), batch 31
(``en_statements_polnear_train_b31.jsonl``, untuned), batch 32
(``en_statements_polnear_train_b32.jsonl``, untuned), batch 33
(``en_statements_polnear_train_b33.jsonl``, untuned), batch 34
(``en_statements_polnear_train_b34.jsonl``, untuned), batch 35
(``en_statements_polnear_train_b35.jsonl``, untuned), batch 36
(``en_statements_polnear_train_b36.jsonl``, untuned) and batch 37
(``en_statements_polnear_train_b37.jsonl``, untuned) annotate different articles;
``--batch all`` joins them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from offsets_gold import build  # noqa: E402  (evals/ is not a package)

OFFSETS = HERE / "en_statements_polnear_train.jsonl"
OFFSETS_B2 = HERE / "en_statements_polnear_train_b2.jsonl"
OFFSETS_B3 = HERE / "en_statements_polnear_train_b3.jsonl"
OFFSETS_B4 = HERE / "en_statements_polnear_train_b4.jsonl"
OFFSETS_B5 = HERE / "en_statements_polnear_train_b5.jsonl"
OFFSETS_B6 = HERE / "en_statements_polnear_train_b6.jsonl"
OFFSETS_B7 = HERE / "en_statements_polnear_train_b7.jsonl"
OFFSETS_B8 = HERE / "en_statements_polnear_train_b8.jsonl"
OFFSETS_B9 = HERE / "en_statements_polnear_train_b9.jsonl"
OFFSETS_B10 = HERE / "en_statements_polnear_train_b10.jsonl"
OFFSETS_B11 = HERE / "en_statements_polnear_train_b11.jsonl"
OFFSETS_B12 = HERE / "en_statements_polnear_train_b12.jsonl"
OFFSETS_B13 = HERE / "en_statements_polnear_train_b13.jsonl"
OFFSETS_B14 = HERE / "en_statements_polnear_train_b14.jsonl"
OFFSETS_B15 = HERE / "en_statements_polnear_train_b15.jsonl"
OFFSETS_B16 = HERE / "en_statements_polnear_train_b16.jsonl"
OFFSETS_B17 = HERE / "en_statements_polnear_train_b17.jsonl"
OFFSETS_B18 = HERE / "en_statements_polnear_train_b18.jsonl"
OFFSETS_B19 = HERE / "en_statements_polnear_train_b19.jsonl"
OFFSETS_B20 = HERE / "en_statements_polnear_train_b20.jsonl"
OFFSETS_B21 = HERE / "en_statements_polnear_train_b21.jsonl"
OFFSETS_B22 = HERE / "en_statements_polnear_train_b22.jsonl"
OFFSETS_B23 = HERE / "en_statements_polnear_train_b23.jsonl"
OFFSETS_B24 = HERE / "en_statements_polnear_train_b24.jsonl"
OFFSETS_B25 = HERE / "en_statements_polnear_train_b25.jsonl"
OFFSETS_B26 = HERE / "en_statements_polnear_train_b26.jsonl"
OFFSETS_B27 = HERE / "en_statements_polnear_train_b27.jsonl"
OFFSETS_B28 = HERE / "en_statements_polnear_train_b28.jsonl"
OFFSETS_B29 = HERE / "en_statements_polnear_train_b29.jsonl"
OFFSETS_B30 = HERE / "en_statements_polnear_train_b30.jsonl"
OFFSETS_B31 = HERE / "en_statements_polnear_train_b31.jsonl"
OFFSETS_B32 = HERE / "en_statements_polnear_train_b32.jsonl"
OFFSETS_B33 = HERE / "en_statements_polnear_train_b33.jsonl"
OFFSETS_B34 = HERE / "en_statements_polnear_train_b34.jsonl"
OFFSETS_B35 = HERE / "en_statements_polnear_train_b35.jsonl"
OFFSETS_B36 = HERE / "en_statements_polnear_train_b36.jsonl"
OFFSETS_B37 = HERE / "en_statements_polnear_train_b37.jsonl"
BATCHES = {
    "1": (OFFSETS,),
    "2": (OFFSETS_B2,),
    "3": (OFFSETS_B3,),
    "4": (OFFSETS_B4,),
    "5": (OFFSETS_B5,),
    "6": (OFFSETS_B6,),
    "7": (OFFSETS_B7,),
    "8": (OFFSETS_B8,),
    "9": (OFFSETS_B9,),
    "10": (OFFSETS_B10,),
    "11": (OFFSETS_B11,),
    "12": (OFFSETS_B12,),
    "13": (OFFSETS_B13,),
    "14": (OFFSETS_B14,),
    "15": (OFFSETS_B15,),
    "16": (OFFSETS_B16,),
    "17": (OFFSETS_B17,),
    "18": (OFFSETS_B18,),
    "19": (OFFSETS_B19,),
    "20": (OFFSETS_B20,),
    "21": (OFFSETS_B21,),
    "22": (OFFSETS_B22,),
    "23": (OFFSETS_B23,),
    "24": (OFFSETS_B24,),
    "25": (OFFSETS_B25,),
    "26": (OFFSETS_B26,),
    "27": (OFFSETS_B27,),
    "28": (OFFSETS_B28,),
    "29": (OFFSETS_B29,),
    "30": (OFFSETS_B30,),
    "31": (OFFSETS_B31,),
    "32": (OFFSETS_B32,),
    "33": (OFFSETS_B33,),
    "34": (OFFSETS_B34,),
    "35": (OFFSETS_B35,),
    "36": (OFFSETS_B36,),
    "37": (OFFSETS_B37,),
    "all": (
        OFFSETS,
        OFFSETS_B2,
        OFFSETS_B3,
        OFFSETS_B4,
        OFFSETS_B5,
        OFFSETS_B6,
        OFFSETS_B7,
        OFFSETS_B8,
        OFFSETS_B9,
        OFFSETS_B10,
        OFFSETS_B11,
        OFFSETS_B12,
        OFFSETS_B13,
        OFFSETS_B14,
        OFFSETS_B15,
        OFFSETS_B16,
        OFFSETS_B17,
        OFFSETS_B18,
        OFFSETS_B19,
        OFFSETS_B20,
        OFFSETS_B21,
        OFFSETS_B22,
        OFFSETS_B23,
        OFFSETS_B24,
        OFFSETS_B25,
        OFFSETS_B26,
        OFFSETS_B27,
        OFFSETS_B28,
        OFFSETS_B29,
        OFFSETS_B30,
        OFFSETS_B31,
        OFFSETS_B32,
        OFFSETS_B33,
        OFFSETS_B34,
        OFFSETS_B35,
        OFFSETS_B36,
        OFFSETS_B37,
    ),
}
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "evaldata" / "polnear_train.jsonl"


def main(argv: list[str] | None = None) -> int:
    return build(
        argv,
        description=__doc__.splitlines()[0],
        offsets=OFFSETS,
        default_corpus=DEFAULT_CORPUS,
        set_name="en_statements",
        language="en",
        note="statements annotated in evals/extra (see README there)",
        batches=BATCHES,
    )


if __name__ == "__main__":
    raise SystemExit(main())
