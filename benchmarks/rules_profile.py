"""Rule time of the offline engine alone (the spaCy parse done beforehand), to find what grows
with article length and what costs most per article.

    python benchmarks/rules_profile.py scaling [--copies 10 20 40 80] [--profile]
    python benchmarks/rules_profile.py corpus [--profile]

scaling  the invented French article of the reliability suite repeated N times: rule seconds
         per copy for each N (flat when every rule is linear in the article's length).
corpus   PolNeAR dev (English, from ../shared) and the French seed article: rule seconds for
         the whole set, best of 3.

Parses are cached in the system temp directory (DocBin files keyed by the text's hash), so two
checkouts compared one after the other time their rules on the very same Docs; each timed run
gets freshly deserialised Docs (no per-Doc cache carried over). ``--profile`` prints the
cProfile of one run, sorted by own time. ``--sample`` prints instead the share of samples
(every ~1 ms of one run's main thread) each function is on the stack for: cProfile charges
each of spaCy's profiled Cython calls (``Doc.__getitem__`` above all) its own overhead, so it
made building Tokens look several times dearer than it is (round 27: a rewrite of a claims
helper on token indices, chosen from a cProfile, ran 20 % slower than the Token version).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import pstats
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests" / "reliability"))

from conftest import FRENCH_ARTICLE  # noqa: E402  # the invented article, not a news text
from run import polnear_texts, seed_text  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from extractor.document import Document  # noqa: E402
from extractor.engines.offline import models  # noqa: E402
from extractor.engines.offline.engine import OfflineEngine, _join, _pieces  # noqa: E402


def _parsed(language: str, texts: list[str]) -> bytes:
    """DocBin bytes of ``texts`` parsed as the engine parses them (pieces rejoined)."""
    key = hashlib.sha1((language + "\0" + "\0".join(texts)).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"extractor_rules_profile_{key}.spacy"
    if cache.exists():
        return cache.read_bytes()
    nlp = models.get_nlp(language)
    docs = []
    for text in texts:
        pieces = _pieces(text) if len(text) > 100_000 else [text]
        docs.append(_join(list(nlp.pipe(pieces))))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    cache.write_bytes(data)
    return data


def _docs(language: str, data: bytes) -> list[Doc]:
    return list(DocBin().from_bytes(data).get_docs(models.get_nlp(language).vocab))


def _rules(engine: OfflineEngine, language: str, texts: list[str], docs: list[Doc]) -> None:
    for text, doc in zip(texts, docs, strict=True):
        engine._from_doc(Document(text=text, language=language), doc, language, time.perf_counter())


def sampled(engine: OfflineEngine, language: str, texts: list[str], docs: list[Doc], top: int = 60) -> str:
    """The functions on the main thread's stack in most samples of one run, with their share
    (a function counted once per sample however deep it recurs)."""
    main, on_stack, samples, done = threading.get_ident(), Counter[str](), [0], threading.Event()

    def sample() -> None:
        while not done.wait(0.001):
            frame = sys._current_frames().get(main)
            seen = set()
            while frame is not None:
                code = frame.f_code
                seen.add(f"{Path(code.co_filename).name}:{code.co_firstlineno}:{code.co_name}")
                frame = frame.f_back
            on_stack.update(seen)
            samples[0] += 1

    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)  # (the sampler gets the interpreter often enough)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _rules(engine, language, texts, docs)
    finally:
        done.set()
        sampler.join()
        sys.setswitchinterval(interval)
    total = max(samples[0], 1)
    return "\n".join(f"{100 * n / total:5.1f} %  {name}" for name, n in on_stack.most_common(top))


def best_of(engine: OfflineEngine, language: str, texts: list[str], repeats: int, profile: bool, label: str = "", sample: bool = False) -> float:
    data = _parsed(language, texts)
    _rules(engine, language, texts, _docs(language, data))  # warm-up (lexicons, learned model)
    best = float("inf")
    for _ in range(repeats):
        docs = _docs(language, data)
        started = time.process_time()  # CPU time: steadier than wall time on a shared machine
        _rules(engine, language, texts, docs)
        best = min(best, time.process_time() - started)
    if sample:
        print(sampled(engine, language, texts, _docs(language, data)))
    if profile:
        docs = _docs(language, data)
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(_rules, engine, language, texts, docs)
        profiler.dump_stats(Path(tempfile.gettempdir()) / f"extractor_rules_profile{label}.prof")  # for pstats
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25).sort_stats("cumulative").print_stats(40)
        print(out.getvalue())
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["scaling", "corpus"])
    parser.add_argument("--copies", type=int, nargs="+", default=[10, 20, 40, 80])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sample", action="store_true", help="the share of stack samples per function (see above)")
    args = parser.parse_args()
    engine = OfflineEngine()
    print(f"code: {Path(models.__file__).parents[3]}", flush=True)
    if args.what == "scaling":
        for copies in args.copies:
            seconds = best_of(engine, "fr", [FRENCH_ARTICLE * copies], args.repeats, args.profile, f"_{copies}", args.sample)
            print(f"N={copies:5d}  rules {seconds:8.3f} s CPU  per copy {1000 * seconds / copies:7.2f} ms", flush=True)
    else:
        for label, language, texts in (("en PolNeAR dev", "en", polnear_texts()), ("fr seed x20", "fr", [seed_text()] * 20)):
            if texts:
                seconds = best_of(engine, language, texts, args.repeats, args.profile, f"_{language}", args.sample)
                print(f"{label}: {len(texts)} articles, rules {seconds:.3f} s CPU (best of {args.repeats})", flush=True)


if __name__ == "__main__":
    main()
