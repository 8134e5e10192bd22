"""Rule time of the offline engine alone (the spaCy parse done beforehand), to find what grows
with article length and what costs most per article.

    python benchmarks/rules_profile.py scaling [--copies 10 20 40 80] [--profile]
    python benchmarks/rules_profile.py corpus [--profile]
    python benchmarks/rules_profile.py stages [--set seed|frdev|en] [--repeats 3]

scaling  the invented French article of the reliability suite repeated N times: rule seconds
         per copy for each N (flat when every rule is linear in the article's length).
corpus   PolNeAR dev (English, from ../shared) and the French seed article: rule seconds for
         the whole set, best of 3.
stages   where the CPU time of the whole ``extract_many`` call goes, as ``run.py offline`` times
         it against a bare parse: the parse (and each pipeline component of it, engine and bare),
         each rule stage, the learned model (English), and what is left (results, envelope).
         Medians of ``--repeats`` runs, bare and engine alternated in one process.

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
import contextlib
import cProfile
import hashlib
import importlib
import io
import pstats
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests" / "reliability"))

from conftest import FRENCH_ARTICLE  # noqa: E402  # the invented article, not a news text
from run import french_dev_texts, polnear_texts, seed_text  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from extractor.document import Document  # noqa: E402
from extractor.engines.offline import models  # noqa: E402
from extractor.engines.offline.engine import PIPE_BATCH_SIZE, OfflineEngine, _join, _pieces  # noqa: E402


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


def _component_seconds(nlp: Language, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each pipeline component (the tokenizer first) over ``texts``, component by
    component in the engine's batch size."""
    seconds = {"tokenizer": time.process_time()}
    docs = [nlp.make_doc(text) for text in texts]
    seconds["tokenizer"] = time.process_time() - seconds["tokenizer"]
    for name, component in nlp.pipeline:
        started = time.process_time()
        pipe = getattr(component, "pipe", None)
        docs = list(pipe(docs, batch_size=PIPE_BATCH_SIZE)) if pipe is not None else [component(doc) for doc in docs]
        seconds[name] = time.process_time() - started
    return seconds


def _stage_functions() -> tuple[tuple[Any, str], ...]:
    """The stages of the engine's ``extract_many`` that `stages` times, as (owner, attribute):
    each where its caller looks it up, so that the wrapper sees every call of the run."""
    from extractor import pipeline
    from extractor.engines.offline import attribution, engine

    return (
        (engine._Stream, "doc"),  # the parse, as the engine pulls each Doc out of nlp.pipe
        (engine, "analyze"),
        (attribution, "_learned_attributions"),  # (English, inside analyze)
        (engine, "find_accusations"),
        (engine, "build_claims"),
        (engine.OfflineEngine, "_from_doc"),  # the rules and the Result
        (pipeline.Extractor, "finish"),  # the grounding gate and the envelope
    )


@contextlib.contextmanager
def _timed_stages(seconds: defaultdict[str, float]) -> Iterator[None]:
    """Each of `_stage_functions` wrapped to add its CPU time to ``seconds`` (restored on exit)."""
    restore = []
    for owner, name in _stage_functions():
        original = getattr(owner, name)

        def timed(*args: Any, _original: Any = original, _name: str = name, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                seconds[_name] += time.process_time() - started

        setattr(owner, name, timed)
        restore.append((owner, name, original))
    try:
        yield
    finally:
        for owner, name, original in restore:
            setattr(owner, name, original)


def stages(label: str, repeats: int) -> None:
    """Print where the CPU time of ``extract_many`` goes on one benchmark row (see the docstring)."""
    from extractor import Extractor

    language, texts = {
        "seed": ("fr", [seed_text()] * 20),
        "frdev": ("fr", french_dev_texts()),
        "en": ("en", polnear_texts()),
    }[label]
    if not texts:
        return
    bare = importlib.import_module(models.MODEL_PACKAGES[language]).load()
    extractor = Extractor(language=language)
    # One warm-up run of each, as run.py does: the models, the lexicons and the learned model
    # load, and the tokenizers' and lemmatizers' caches fill.
    list(bare.pipe(texts, batch_size=PIPE_BATCH_SIZE))
    list(extractor.extract_many(texts))
    runs: dict[str, list[float]] = {}
    for _ in range(repeats):
        started = time.process_time()
        list(bare.pipe(texts, batch_size=PIPE_BATCH_SIZE))
        runs.setdefault("bare nlp.pipe", []).append(time.process_time() - started)
        seconds: defaultdict[str, float] = defaultdict(float)
        with _timed_stages(seconds):
            started = time.process_time()
            list(extractor.extract_many(texts))
            seconds["engine (extract_many)"] = time.process_time() - started
        rest_of_from_doc = seconds["_from_doc"] - seconds["analyze"] - seconds["find_accusations"] - seconds["build_claims"]
        rows = {
            "engine (extract_many)": seconds["engine (extract_many)"],
            "  parse (nlp.pipe inside the engine)": seconds["doc"],
            "  attribution (analyze)": seconds["analyze"],
            "    of which the learned model": seconds["_learned_attributions"],
            "  accusations": seconds["find_accusations"],
            "  claims": seconds["build_claims"],
            "  the rest of _from_doc (Result, crediting)": rest_of_from_doc,
            "  grounding gate and envelope (finish)": seconds["finish"],
            "  the rest (pipeline, scheduling)": seconds["engine (extract_many)"] - seconds["doc"] - seconds["_from_doc"] - seconds["finish"],
        }
        for row, value in rows.items():
            runs.setdefault(row, []).append(value)
    print(f"{label}: {len(texts)} articles, CPU seconds, median of {repeats} (runs)")
    for row, values in runs.items():
        print(f"  {row:48s} {statistics.median(values):7.3f}   ({' '.join(f'{v:.3f}' for v in values)})")
    print(f"  {'engine / bare':48s} {statistics.median(runs['engine (extract_many)']) / statistics.median(runs['bare nlp.pipe']):7.3f}")
    engine_nlp = models.get_nlp(language)
    parser_texts = [models.parser_text(text) for text in texts]
    _component_seconds(engine_nlp, parser_texts)  # (warm: the tokenizer's and lemmatizer's caches)
    print("  parse by component (one run each, bare then engine):")
    bare_parts, engine_parts = _component_seconds(bare, texts), _component_seconds(engine_nlp, parser_texts)
    for name in dict.fromkeys([*engine_parts, *bare_parts]):
        bare_part, engine_part = bare_parts.get(name), engine_parts.get(name)
        print(f"    {name:44s} {'' if bare_part is None else f'{bare_part:7.3f}':>7s} {'' if engine_part is None else f'{engine_part:7.3f}':>7s}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["scaling", "corpus", "stages"])
    parser.add_argument("--set", default="seed", choices=["seed", "frdev", "en"], help="the benchmark row for `stages`")
    parser.add_argument("--copies", type=int, nargs="+", default=[10, 20, 40, 80])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sample", action="store_true", help="the share of stack samples per function (see above)")
    args = parser.parse_args()
    engine = OfflineEngine()
    print(f"code: {Path(models.__file__).parents[3]}", flush=True)
    if args.what == "stages":
        stages(args.set, args.repeats)
    elif args.what == "scaling":
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
