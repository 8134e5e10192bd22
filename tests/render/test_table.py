"""The terminal table: quotes with speaker/kind/text, then speakers, accused, claims; text never read as markup."""

from __future__ import annotations

import io

from rich.console import Console

from extractor.render import write_results
from extractor.render.table import render_table
from extractor.schemas import Result, ResultMeta


def rendered(results, width: int = 200) -> str:
    buffer = io.StringIO()
    render_table(results, console=Console(file=buffer, width=width, color_system=None))
    return buffer.getvalue()


def test_sections_and_contents(result):
    out = rendered([result])
    for heading in ("Quotes", "Speakers", "Accused", "Claims"):
        assert heading in out
    assert out.index("Quotes") < out.index("Speakers") < out.index("Accused") < out.index("Claims")
    for text in ("art-<1>", "Marie Dupont", "mixed", "indirect", "Assez.", "la ministre", "les <i>rebelles</i>", "accusation", "1 item(s) rejected"):
        assert text in out, text
    assert "note: language <xx> not supported" in out


def test_markup_in_article_text_is_printed_literally(result):
    quote = result.quotes[0].model_copy(update={"text": "[bold]Paul[/] [red]x"})
    out = rendered([result.model_copy(update={"quotes": [quote]})])
    assert "[bold]Paul[/] [red]x" in out


def test_empty_result_and_no_results():
    bare = Result(language="und", engine="offline", meta=ResultMeta(extractor_version="0"))
    out = rendered([bare])
    assert "No quotes." in out and "No speakers." in out and "No accused parties." in out and "No claims." in out
    assert "No results." in rendered([])


def test_table_written_to_a_file(result, tmp_path):
    out = tmp_path / "table.txt"
    write_results([result], format="table", output=out)
    text = out.read_text(encoding="utf-8")
    assert "Marie Dupont" in text and "\x1b[" not in text
