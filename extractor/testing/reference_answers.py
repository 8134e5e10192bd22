"""Replay hand-written reference answers through the fake OpenAI-compatible server.

A reference answer (``tests/fixtures/reference_answers/*.json``, see the README there) is what a
capable model would return, as tool-call arguments, to the project's own request for one
article of ``evals/gold``: the whole article in one request (``answer``), and optionally the
same article split into parts (``chunked``: the ``chunk_chars`` budget and one answer per part).

`ReferenceAnswers` is a responder for `extractor.testing.fake_openai.FakeOpenAI`: it reads the
article (or part) out of the rendered user message, finds the reference answer written for it
and returns that; a request for an article it has no answer for gets an HTTP 404, so a test
never passes on an answer written for something else.

Usage::

    answers = ReferenceAnswers.load("tests/fixtures/reference_answers")
    with FakeOpenAI(responder=answers) as server:
        Extractor(model="reference", base_url=server.base_url).extract(answers.article("en_002_riverton"))
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor.testing.fake_openai import Reply

__all__ = ["REFERENCE_LABEL", "ReferenceAnswer", "ReferenceAnswers"]

#: Every fixture carries this label: these answers were written by hand, not recorded from a model.
REFERENCE_LABEL = "hand-written reference answer, not a recording"

_ARTICLE = re.compile(r"<<<\n(.*)\n>>>", re.DOTALL)
_PART = re.compile(r"This is part (\d+) of (\d+) of a long article")


@dataclass(frozen=True)
class ReferenceAnswer:
    """One fixture: the gold article it answers and the answer(s)."""

    name: str
    article_id: str
    text: str
    answer: dict[str, Any]
    chunk_chars: int | None = None
    chunk_answers: tuple[dict[str, Any], ...] = ()


class ReferenceAnswers:
    """A FakeOpenAI responder serving reference answers by the article in the request."""

    def __init__(self, answers: list[ReferenceAnswer]) -> None:
        self.answers = answers
        self.served: list[tuple[str, int, int]] = []  # (article id, part, parts) per request

    @classmethod
    def load(cls, directory: str | Path, repo_root: str | Path | None = None) -> ReferenceAnswers:
        """Read every ``*.json`` fixture of ``directory``; gold paths are relative to ``repo_root``
        (default: the directory three levels up, i.e. the repository of tests/fixtures/...)."""
        directory = Path(directory)
        root = Path(repo_root) if repo_root is not None else directory.resolve().parents[2]
        answers = []
        for path in sorted(directory.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("label") != REFERENCE_LABEL:
                raise ValueError(f"{path}: not labelled {REFERENCE_LABEL!r}")
            gold = json.loads((root / data["gold"]).read_text(encoding="utf-8"))
            chunked = data.get("chunked") or {}
            answers.append(
                ReferenceAnswer(
                    name=path.stem,
                    article_id=gold["id"],
                    text=gold["text"],
                    answer=data["answer"],
                    chunk_chars=chunked.get("chunk_chars"),
                    chunk_answers=tuple(chunked.get("answers") or ()),
                )
            )
        return cls(answers)

    def article(self, article_id: str) -> str:
        """The text of the gold article with this id."""
        return next(a.text for a in self.answers if a.article_id == article_id)

    def __call__(self, request: dict[str, Any]) -> dict[str, Any] | Reply:
        user = next((m.get("content") for m in reversed(request.get("messages") or []) if m.get("role") == "user"), "")
        found = _ARTICLE.search(user if isinstance(user, str) else "")
        if found is None:
            return _not_found("no article in the request")
        piece = found.group(1).strip()
        part = _PART.search(user)
        index, count = (int(part.group(1)), int(part.group(2))) if part else (1, 1)
        for reference in self.answers:
            if piece not in reference.text:
                continue
            if count == 1 and piece == reference.text.strip():
                self.served.append((reference.article_id, 1, 1))
                return reference.answer
            if count > 1 and len(reference.chunk_answers) == count:
                self.served.append((reference.article_id, index, count))
                return reference.chunk_answers[index - 1]
        return _not_found(f"no reference answer for this {'part' if count > 1 else 'article'} ({piece[:60]!r}…)")


def _not_found(message: str) -> Reply:
    return Reply(status=404, json={"error": {"message": message, "type": "invalid_request_error"}})
