"""Helpers for the reliability suite: run the real `extractor` command, in a subprocess or in-process.

Every run asserts the rule of issue 6: whatever the input or fault, no traceback reaches the user.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# The `extractor` script installed beside this interpreter (.venv or CI's .venv-test).
EXTRACTOR_BIN = Path(sys.executable).with_name("extractor")

# Invented articles (never text from the shared corpora).
FRENCH_ARTICLE = (
    "La ministre de la Santé, Claire Morel, a défendu lundi la réforme des urgences. "
    "« Nous ne fermerons aucun service cet hiver », a-t-elle déclaré devant les députés.\n\n"
    "L'opposition accuse le gouvernement d'avoir « sacrifié l'hôpital public ». "
    "Selon le député Marc Leroy, la réforme « ne règle rien ».\n"
)
ENGLISH_ARTICLE = (
    "The mayor, Dana Whitfield, defended the new budget on Tuesday. "
    '"We are not cutting a single school," she told reporters.\n\n'
    'Council member Jorge Ramos accused the administration of "hiding the real numbers." '
    "He said the city would face a deficit next year.\n"
)


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def _check(run: Run) -> Run:
    assert "Traceback" not in run.stderr, run.stderr
    assert "Traceback" not in run.stdout
    return run


def run_extractor(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 300, debug_logs: bool = False) -> Run:
    """`extractor ARGS` as a user runs it: a new process, the installed entry point.

    ``debug_logs``: the run turns on library debug logging (OPENAI_LOG=debug), whose output
    legitimately holds tracebacks of retried errors, so the no-traceback rule is not checked.
    """
    environ = {**os.environ, "COLUMNS": "200", **(env or {})}
    proc = subprocess.run([str(EXTRACTOR_BIN), *args], input=stdin, capture_output=True, timeout=timeout, env=environ)
    run = Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))
    return run if debug_logs else _check(run)


@pytest.fixture
def run_main(monkeypatch, capsys):
    """`extractor ARGS` in this process (through extractor.cli.main, exit code included): fast, and
    the offline engine's models stay loaded between tests."""
    from extractor import cli

    def run(*args: str, stdin: bytes | None = None) -> Run:
        import io

        monkeypatch.setattr(sys, "argv", ["extractor", *args])
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        code = 0
        try:
            cli.main()
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        captured = capsys.readouterr()
        return _check(Run(code, captured.out, captured.err))

    return run


def one_line(stderr: str) -> str:
    """The single non-empty line of an error report (asserting there is exactly one)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


# ------------------------------------------------------------------ the fake LLM server

#: What an honest model answers for FRENCH_ARTICLE / ENGLISH_ARTICLE (verbatim quotes).
FRENCH_ANSWER = {
    "quotes": [{"text": "Nous ne fermerons aucun service cet hiver", "speaker": "Claire Morel", "kind": "direct", "cue": "a-t-elle déclaré"}],
    "speakers": [{"name": "Claire Morel", "aliases": ["La ministre de la Santé"], "kind": "person", "role": "ministre de la Santé"}],
    "accused": [],
    "claims": [{"text": "Aucun service ne fermera cet hiver", "claimant": "Claire Morel", "kind": "factual_assertion", "evidence": [1]}],
}
ENGLISH_ANSWER = {
    "quotes": [{"text": "We are not cutting a single school", "speaker": "Dana Whitfield", "kind": "direct", "cue": "told"}],
    "speakers": [{"name": "Dana Whitfield", "aliases": ["The mayor"], "kind": "person", "role": "mayor"}],
}


def prompt_text(request: dict) -> str:
    """Everything the client sent in its messages, as one string."""
    parts = []
    for message in request.get("messages") or []:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "\n".join(parts)


def answering(answers: dict[str, object]):
    """A responder choosing its answer by a marker found in the prompt (first match), else {}."""

    def responder(request: dict):
        text = prompt_text(request)
        for marker, answer in answers.items():
            if marker in text:
                return answer(request) if callable(answer) else answer
        return {}

    return responder


HONEST = answering({"aucun service": FRENCH_ANSWER, "single school": ENGLISH_ANSWER})


@pytest.fixture
def fake_llm():
    """A running fake OpenAI-compatible server answering honestly for the two test articles."""
    from extractor.testing.fake_openai import FakeOpenAI

    with FakeOpenAI(responder=HONEST) as server:
        yield server


def llm_extractor(server, *, max_retries: int = 1, timeout: float = 2.0, **options):
    """An Extractor on the fake server: a test key, bounded retries, short timeouts."""
    from extractor.pipeline import Extractor

    return Extractor(model="fake", base_url=server.base_url, api_key="sk-test", max_retries=max_retries, timeout=timeout, **options)


def assert_grounded(result, article: str) -> None:
    """The contract's invariants: every span is the article's text at its offsets, and every id
    referenced (speakers of quotes, evidence of claims and accused parties) exists in the result."""
    quote_ids = {q.id for q in result.quotes}
    speaker_ids = {s.id for s in result.speakers}
    for quote in result.quotes:
        assert article[quote.start : quote.end] == quote.text, quote
        assert set(quote.speaker_ids) <= speaker_ids, quote
        for span in (quote.cue_span, quote.speaker_span):
            if span is not None:
                assert article[span.start : span.end] == span.text, span
    for speaker in result.speakers:
        for mention in speaker.mentions:
            assert article[mention.start : mention.end] == mention.text, mention
    for item in (*result.claims, *result.accused):
        assert set(item.quote_ids) <= quote_ids, item
