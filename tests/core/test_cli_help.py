"""`extractor extract --help` tells the truth: every setting of the README's configuration table,
its flag, its environment variable and its default; switches show no value placeholder."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"


def _help_text() -> str:
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "400", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    # rich draws boxes; keep the words
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())


def _configuration_rows() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Configuration") : text.index("## Using an LLM")]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| setting") and "---" not in line]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def test_every_readme_setting_is_in_the_help_with_its_flag_environment_and_default():
    help_text = _help_text()
    rows = _configuration_rows()
    assert len(rows) >= 10
    for setting, flag, environment, _keyword, default in rows:
        for name in re.findall(r"`(--[a-z-]+)`", flag):
            assert name in help_text, f"{setting}: {name} missing from extract --help"
        for variable in re.findall(r"`([A-Z_]{4,})(?:=\w+)?`", environment):
            assert variable in help_text, f"{setting}: {variable} missing from extract --help"
        number = re.match(r"([\d,]+)\b", default)
        if number:
            assert number.group(1).replace(",", "") in help_text.replace(",", ""), f"{setting}: default {default} not shown"


def test_switches_show_no_value_placeholder():
    assert "--no-cache <bool>" not in _help_text() and "--quiet <bool>" not in _help_text()


def test_mode_help_lists_the_modes_the_error_accepts():
    from extractor.engines.llm.modes import INSTRUCTOR_MODES

    help_text = _help_text()
    assert all(mode in help_text for mode in INSTRUCTOR_MODES)


def test_every_setting_is_in_the_readme_table_and_a_typed_keyword_of_extract():
    """Settings, the README's table, and the keywords of extract() / Extractor() name the same fields."""
    import inspect

    from extractor import Extractor, Settings, extract
    from extractor.config import ENV_VARS

    keywords = {name for row in _configuration_rows() for name in re.findall(r"`([a-z_]+)`", row[3])}
    assert keywords == set(Settings.model_fields)
    environment = " ".join(row[2] for row in _configuration_rows())
    assert all(variable in environment for variable in ENV_VARS.values())
    for function in (extract, Extractor.__init__):
        parameters = inspect.signature(function).parameters
        assert set(Settings.model_fields) <= set(parameters), function
        assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()), "no **options: IDEs cannot complete them"
