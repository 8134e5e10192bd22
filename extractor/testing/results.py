"""Reading a `Result` in tests: who said a quote, the accused parties by name and who accuses one of them."""

from __future__ import annotations

from extractor.schemas import Result


def accused_names(result: Result) -> list[str]:
    """The names of the accused parties, in the result's order."""
    return [a.name for a in result.accused]


def accusers_of(result: Result, name: str) -> list[str]:
    """Who accuses the party named ``name`` (failing, with the names found, when there is none)."""
    record = next((a for a in result.accused if a.name == name), None)
    assert record is not None, accused_names(result)
    return record.accusers


def speakers_of(result: Result, words: str) -> list[str | None]:
    """The speakers of the quotes whose text contains ``words``, in the result's order."""
    return [q.speaker for q in result.quotes if words in q.text]


def speaker_of(result: Result, words: str) -> str | None:
    """The speaker of the first quote whose text contains ``words`` ("<no quote>" when none does)."""
    return next((q.speaker for q in result.quotes if words in q.text), "<no quote>")
