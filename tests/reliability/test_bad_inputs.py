"""Bad input through the real command: one clear line on stderr, the documented exit code, never a
traceback, and in a batch the good records still come out. (README: "Reliability: inputs and faults".)

Cases that fail before any engine runs use a real subprocess (`extractor extract ...`); those that
extract use the same entry point in-process so the offline engine loads once.
"""

from __future__ import annotations

import json

import pytest

from extractor import extract

from .conftest import ENGLISH_ARTICLE, FRENCH_ARTICLE, one_line, run_extractor  # noqa: TID252


def _write(path, data: bytes | str):
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ refused inputs (subprocess)

REFUSED = {
    # name: (make(tmp_path) -> argument, expected message fragment)
    "missing path": (lambda tmp: str(tmp / "nope.txt"), "no such file or directory"),
    "directory with nothing readable": (lambda tmp: (tmp / "d").mkdir() or _write(tmp / "d" / "x.png", b"\x89PNG") and str(tmp / "d"), "no readable article"),
    "empty file": (lambda tmp: str(_write(tmp / "empty.txt", b"")), "empty file"),
    "whitespace only": (lambda tmp: str(_write(tmp / "blank.txt", " \n\t\r\n  ")), "only whitespace"),
    "binary data": (lambda tmp: str(_write(tmp / "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)), "binary"),
    "undecodable bytes": (lambda tmp: str(_write(tmp / "koi8.txt", ("Привет " * 50).encode("koi8-r") + b"\x81\x8d")), "convert it to UTF-8"),
    "html with no article text": (lambda tmp: str(_write(tmp / "empty.html", "<html><script>var x=1</script></html>")), "no article text"),
    "jsonl with only bad lines": (lambda tmp: str(_write(tmp / "bad.jsonl", '{"id": 1}\n{broken\n')), "no article to extract from"),
    "markup-like file name": (lambda tmp: str(tmp / "[/bold] [x].txt"), "[/bold] [x].txt: no such file or directory"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_input_exits_2_with_one_clear_line(case, tmp_path):
    make, fragment = REFUSED[case]
    run = run_extractor("extract", make(tmp_path))
    assert run.code == 2, run.stderr
    assert run.stdout == ""
    if case == "jsonl with only bad lines":
        # Each bad line is reported on its own line, then the final verdict.
        assert run.stderr.count("skipped:") == 2
        assert fragment in run.stderr.splitlines()[-1]
    else:
        line = one_line(run.stderr)
        assert line.startswith("error: ") and fragment in line, line


def test_empty_stdin(tmp_path):
    run = run_extractor("extract", "-", stdin=b"")
    assert run.code == 2 and "<stdin>: empty file" in one_line(run.stderr)


def test_too_long_article_is_refused_with_the_limit_and_how_to_raise_it(tmp_path):
    big = _write(tmp_path / "big.txt", (FRENCH_ARTICLE * (5_000_000 // len(FRENCH_ARTICLE) + 1))[:5_000_000])
    assert big.stat().st_size >= 5_000_000
    run = run_extractor("extract", str(big))
    assert run.code == 2
    line = one_line(run.stderr)
    assert "over the limit of 2,000,000" in line and "--max-chars" in line
    # The limit is configurable, both ways.
    small = _write(tmp_path / "small.txt", FRENCH_ARTICLE)
    run = run_extractor("extract", str(small), "--max-chars", "100")
    assert run.code == 2 and "over the limit of 100" in one_line(run.stderr)
    run = run_extractor("extract", str(small), env={"EXTRACTOR_MAX_CHARS": "100"})
    assert run.code == 2 and "over the limit of 100" in one_line(run.stderr)


def test_usage_and_config_errors_are_one_line_too(tmp_path):
    article = str(_write(tmp_path / "a.txt", FRENCH_ARTICLE))
    run = run_extractor("extract", article, "--format", "pdf")
    assert run.code == 2 and "Traceback" not in run.stderr and "pdf" in run.stderr
    run = run_extractor("extract", article, "--timeout", "-1")
    assert run.code == 3 and "timeout" in one_line(run.stderr)
    run = run_extractor("extract", article, "--max-chars", "0")
    assert run.code == 3 and "max_chars" in one_line(run.stderr)


def test_llm_flags_without_a_model_are_refused(run_main, tmp_path):
    # Without a model the offline engine runs and would silently ignore them.
    article = str(_write(tmp_path / "a.txt", FRENCH_ARTICLE))
    run = run_main("extract", article, "--base-url", "http://127.0.0.1:9/v1")
    assert run.code == 3 and "--base-url" in one_line(run.stderr) and "--model" in run.stderr
    run = run_main("extract", article, "--mode", "tools", "--base-url", "http://127.0.0.1:9/v1")
    assert run.code == 3 and "--base-url and --mode are for an LLM" in one_line(run.stderr)


# ------------------------------------------------------------------ extracted inputs (in-process)


def test_legacy_encoding_is_decoded_and_extracted(run_main, tmp_path):
    path = _write(tmp_path / "cp1252.txt", FRENCH_ARTICLE.encode("cp1252"))
    run = run_main("extract", str(path))
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["quotes"], "quotes found in the decoded text"
    assert any("aucun service" in q["text"] for q in result["quotes"])


def test_html_page_only_article_text_is_used(run_main, tmp_path):
    page = (
        "<!DOCTYPE html><html><head><style>.SECRET_STYLE{}</style>"
        '<script>var SECRET_SCRIPT = "« Ignorez tout », a dit SECRET_PERSON.";</script></head><body>'
        "<nav>SECRET_NAV Accueil · Politique · Sport</nav>"
        f"<article><h1>Urgences</h1><p>{FRENCH_ARTICLE}</p><script>document.write('SECRET_INLINE')</script></article>"
        "<footer>SECRET_FOOTER</footer></body></html>"
    )
    path = _write(tmp_path / "page.html", page)
    for fmt in ("json", "html", "table"):
        run = run_main("extract", str(path), "--format", fmt)
        assert run.code == 0, run.stderr
        assert "SECRET" not in run.stdout, fmt
        assert "aucun service" in run.stdout
    html = run_main("extract", str(path), "--format", "html").stdout
    assert html.count("<script>") == 1  # the view's own, inline


def test_jsonl_batch_reports_bad_records_and_outputs_the_good_ones(run_main, tmp_path):
    lines = [
        json.dumps({"id": "fr-1", "text": FRENCH_ARTICLE}),
        "{this is not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "fr-1", "text": ENGLISH_ARTICLE}),
        json.dumps({"id": "number", "text": 12}),
        json.dumps({"id": "en-1", "text": ENGLISH_ARTICLE}),
    ]
    path = _write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    run = run_main("extract", str(path), "--format", "jsonl", "-q")
    assert run.code == 6, run.stderr
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert sorted(r["id"] for r in out) == ["en-1", "fr-1"]
    assert next(r for r in out if r["id"] == "fr-1")["language"] == "fr"  # the FIRST fr-1 was kept
    skipped = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(skipped) == 4, run.stderr
    assert all(line.startswith("skipped: ") for line in skipped)
    joined = "\n".join(skipped)
    for fragment in ("corpus.jsonl:2: not valid JSON", "corpus.jsonl:3: no 'text' field", "corpus.jsonl:4: duplicate id 'fr-1'", "corpus.jsonl:5: 'text' must be a string"):
        assert fragment in joined


def test_jsonl_on_stdin_with_a_broken_line(run_main):
    data = (json.dumps({"id": "en-1", "text": ENGLISH_ARTICLE}) + "\n{oops\n").encode("utf-8")
    run = run_main("extract", "-", "--format", "jsonl", "-q", stdin=data)
    assert run.code == 6
    assert [json.loads(line)["id"] for line in run.stdout.splitlines()] == ["en-1"]
    assert "<stdin>:2: not valid JSON" in one_line(run.stderr)


def test_batch_of_files_with_a_missing_one(run_main, tmp_path):
    good = _write(tmp_path / "good.txt", FRENCH_ARTICLE)
    run = run_main("extract", str(good), str(tmp_path / "missing.txt"))
    assert run.code == 6
    assert "missing.txt: no such file or directory" in one_line(run.stderr)
    assert json.loads(run.stdout)  # the good article's result


def test_directory_batch_with_bad_files(run_main, tmp_path):
    _write(tmp_path / "a.txt", FRENCH_ARTICLE)
    _write(tmp_path / "b.txt", b"")
    _write(tmp_path / "c.html", f"<html><body><p>{ENGLISH_ARTICLE}</p></body></html>")
    _write(tmp_path / "d.txt", b"\x00\x01\x02binary")
    run = run_main("extract", str(tmp_path), "--format", "jsonl", "-q")
    assert run.code == 6
    assert len(run.stdout.splitlines()) == 2
    assert sorted(json.loads(line)["language"] for line in run.stdout.splitlines()) == ["en", "fr"]
    assert run.stderr.count("skipped:") == 2


def test_unsupported_language_is_noted_and_punctuation_quotes_still_found(run_main, tmp_path):
    german = (
        "Der Bürgermeister der Stadt verteidigte am Dienstag den neuen Haushalt vor dem Stadtrat. "
        "„Wir werden keine einzige Schule schließen“, sagte er den Journalisten nach der Sitzung. "
        "Die Opposition warf der Verwaltung vor, die wahren Zahlen zu verschweigen, und sie sagte, "
        "dass die Stadt im nächsten Jahr ein Defizit haben werde. Auch das ist nicht neu.\n"
    )
    path = _write(tmp_path / "de.txt", german)
    run = run_main("extract", str(path))
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["language"] == "de"
    assert any("de" in note or "language" in note.lower() for note in result["notes"]), result["notes"]
    assert any("keine einzige Schule" in q["text"] for q in result["quotes"]), result["quotes"]
    for quote in result["quotes"]:
        assert german[quote["start"] : quote["end"]] == quote["text"]


def test_output_to_a_directory_is_a_clear_error(run_main, tmp_path):
    article = _write(tmp_path / "a.txt", FRENCH_ARTICLE)
    outdir = tmp_path / "out"
    outdir.mkdir()
    run = run_main("extract", str(article), "-o", str(outdir))
    assert run.code == 1
    assert f"{outdir}: is a directory" in one_line(run.stderr)
    run = run_main("extract", str(article), "-o", str(tmp_path / "no" / "such" / "dir" / "r.json"))
    assert run.code == 1 and "cannot write" in one_line(run.stderr)


@pytest.mark.slow
@pytest.mark.timeout(900)  # the subprocess has 900 s; the suite's 600 s default would cut it first
def test_article_over_the_parser_limit_but_under_max_chars(tmp_path):
    """Over spaCy's 1,000,000-character parser limit: parsed in paragraph pieces, every quote of
    every repetition found and grounded (about 8 minutes on 2 cores: marked slow)."""
    copies = 1_000_001 // len(FRENCH_ARTICLE) + 1
    text = FRENCH_ARTICLE * copies
    big = _write(tmp_path / "big.txt", text)
    run = run_extractor("extract", str(big), "--format", "json", timeout=900)
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    one_copy = extract(FRENCH_ARTICLE)
    assert one_copy.quotes, "the article has quotes"
    assert len(result["quotes"]) == copies * len(one_copy.quotes)
    article = big.read_text(encoding="utf-8")
    assert all(article[q["start"] : q["end"]] == q["text"] for q in result["quotes"])


def test_typer_app_directly_with_clirunner(tmp_path):
    """The typer app (no entry-point wrapper): errors surface as ExtractorError with their exit code."""
    from typer.testing import CliRunner

    from extractor.cli import app
    from extractor.errors import InputError

    runner = CliRunner()
    missing = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert isinstance(missing.exception, InputError) and missing.exception.exit_code == 2
    article = _write(tmp_path / "a.html", f"<html><body><p>{FRENCH_ARTICLE}</p><script>SECRET()</script></body></html>")
    page = runner.invoke(app, ["extract", str(article), "--format", "html"])
    assert page.exit_code == 0, page.output
    assert page.output.startswith("<!DOCTYPE html>") and "aucun service" in page.output and "SECRET" not in page.output
