"""Claim kinds of a run against a gold set: the confusion table and both distributions.

    .venv/bin/python scripts/claim_kinds_confusion.py GOLD.jsonl PREDICTIONS.jsonl [-v]

PREDICTIONS is what ``extractor eval --save-predictions`` wrote. Claims are paired with the
eval's own rule (`extractor.evaluation.metrics.claim_pairs`); the table counts the matched pairs
(gold kind × predicted kind), the two right-hand columns every claim of the articles that have a
claims layer (gold, then predicted). ``-v`` lists each disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractor.evaluation.gold import load_gold, load_predictions, pair_predictions  # noqa: E402
from extractor.evaluation.metrics import claim_pairs  # noqa: E402

KINDS = ("factual_assertion", "opinion", "accusation", "denial", "call_to_action", "prediction", "other")
SHORT = {"factual_assertion": "fact", "opinion": "opin", "accusation": "accu", "denial": "deny", "call_to_action": "call", "prediction": "pred", "other": "othr"}


def main(gold_path: str, predictions_path: str, verbose: bool = False) -> None:
    gold = [g for g in load_gold(gold_path) if g.claims]
    predictions, _ = pair_predictions(gold, load_predictions(predictions_path))
    table: Counter[tuple[str, str]] = Counter()
    gold_kinds: Counter[str] = Counter()
    predicted_kinds: Counter[str] = Counter()
    disagreements = []
    for article in gold:
        result = predictions.get(article.id)
        if result is None:
            continue
        gold_kinds.update(c.kind for c in article.claims)
        predicted_kinds.update(c.kind for c in result.claims)
        for g, p, _ in claim_pairs(article, result):
            pair = (article.claims[g].kind, result.claims[p].kind)
            table[pair] += 1
            if pair[0] != pair[1]:
                disagreements.append((*pair, article.claims[g].text, result.claims[p].text))
    matched = sum(table.values())
    agree = sum(n for (g, p), n in table.items() if g == p)
    print(f"{gold_path}: {matched} matched claims, kind accuracy {agree / max(matched, 1):.3f}")
    print("gold\\pred " + " ".join(f"{SHORT[k]:>5}" for k in KINDS) + "    gold all   pred all")
    n_gold, n_pred = max(sum(gold_kinds.values()), 1), max(sum(predicted_kinds.values()), 1)
    for k in KINDS:
        cells = " ".join(f"{table[k, p]:5d}" for p in KINDS)
        print(f"{SHORT[k]:>9} {cells}    {gold_kinds[k]:3d} {gold_kinds[k] / n_gold:4.0%}   {predicted_kinds[k]:3d} {predicted_kinds[k] / n_pred:4.0%}")
    if verbose:
        for g, p, gold_text, predicted_text in disagreements:
            print(f"  gold {SHORT[g]} / predicted {SHORT[p]}: {gold_text} || {predicted_text}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1], "-v" in sys.argv[1:])
