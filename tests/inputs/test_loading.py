"""Input loading: encodings, binary data, empty files, HTML boilerplate, JSONL edge cases, directories."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest

from extractor.errors import InputError
from extractor.inputs import Document, decode_bytes, html_to_text, load_jsonl_text, load_path

FRENCH = "« Nous avons été trahis », a déclaré la ministre. Ça suffit, a-t-elle ajouté à Châteauroux.\n"


def load_all(path, **kwargs):
    errors: list[str] = []
    docs = list(load_path(path, on_error=lambda e: errors.append(str(e)), **kwargs))
    return docs, errors


# ------------------------------------------------------------------ decoding


def test_utf8_with_and_without_bom():
    assert decode_bytes(FRENCH.encode("utf-8"), "a") == FRENCH
    assert decode_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "a") == FRENCH


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding):
    data = FRENCH.encode(encoding)
    if not encoding.endswith(("16", "32")):
        data = b"\xfe\xff" + data  # utf-16-be has no BOM of its own
    assert decode_bytes(data, "a") == FRENCH


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_french_decoded_as_windows_1252_with_a_warning(tmp_path, caplog, encoding):
    path = tmp_path / "legacy.txt"
    path.write_bytes(FRENCH.encode(encoding))
    with caplog.at_level(logging.WARNING, logger="extractor.inputs"):
        [doc] = load_path(path)
    assert doc.text == FRENCH
    assert doc.extra["encoding"] == "cp1252"
    assert "Windows-1252" in caplog.text


def test_cp1252_curly_quotes_and_euro():
    text = "“Le prix est de 5 €”, a-t-il dit – c’est trop."
    assert decode_bytes(text.encode("cp1252"), "a") == text


def test_mostly_utf8_with_a_broken_byte_is_kept_with_a_replacement_character(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(FRENCH.encode("utf-8").replace("été".encode(), b"\xe9t\xc3\xa9", 1))
    [doc] = load_path(path)
    assert "\ufffdté trahis" in doc.text
    assert "1 invalid UTF-8 byte" in doc.extra["decode_note"]


def test_undecodable_bytes_fail_with_a_hint():
    # Cyrillic in KOI8-R is neither UTF-8 nor text once read as Windows-1252 (undefined bytes).
    data = ("Привет мир " * 20).encode("koi8-r") + b"\x81\x8d\x8f\x90\x9d"
    with pytest.raises(InputError, match="convert it to UTF-8"):
        decode_bytes(data, "x.txt")


def test_binary_data_is_refused(tmp_path):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        list(load_path(png))
    controls = tmp_path / "controls.txt"
    controls.write_bytes(bytes(range(1, 32)) * 20)
    with pytest.raises(InputError, match="binary"):
        list(load_path(controls))


def test_html_declared_charset_is_honoured():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>«Bonjour», a dit Zoé.</p></body></html>'
    path_text = html.encode("latin-1")
    assert "«Bonjour», a dit Zoé." in html_to_text(decode_bytes(path_text, "p.html"), "p.html")


# ------------------------------------------------------------------ empty / missing


def test_missing_path():
    with pytest.raises(InputError, match="no such file or directory"):
        list(load_path("/nonexistent/article.txt"))


def test_empty_and_whitespace_only(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t \r\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty file"):
        list(load_path(empty))
    with pytest.raises(InputError, match="only whitespace"):
        list(load_path(blank))


def test_directory_with_nothing_readable(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text(FRENCH, encoding="utf-8")
    with pytest.raises(InputError, match="no readable article"):
        list(load_path(tmp_path))


def test_directory_reports_bad_files_and_keeps_good_ones(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text(f"<html><body><p>{FRENCH}</p></body></html>", encoding="utf-8")
    (tmp_path / "sub" / "d.jsonl").write_text('{"id": "d1", "text": "Bonjour."}\n', encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "e.txt").write_text("not an article", encoding="utf-8")
    docs, errors = load_all(tmp_path)
    assert [d.source for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "c.html"), f"{tmp_path / 'sub' / 'd.jsonl'}:1"]
    assert errors == [f"{tmp_path / 'b.txt'}: empty file (no text)"]


def test_unreadable_file_is_an_input_error(tmp_path):
    if sys.platform == "win32" or __import__("os").geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "locked.txt"
    path.write_text(FRENCH, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        list(load_path(path))


def test_stdin_sniffs_jsonl_html_and_text(monkeypatch):
    for data, expected in [
        (b'{"id": "s1", "text": "Bonjour."}\n', ("Bonjour.", "s1")),
        (b"<!DOCTYPE html><html><body><p>Bonjour tout le monde.</p><script>var SECRET=1</script></body></html>", ("Bonjour tout le monde.", None)),
        (FRENCH.encode("utf-8"), (FRENCH, None)),
    ]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        [doc] = load_path("-")
        assert (doc.text, doc.id) == expected
        assert doc.source.startswith("<stdin>")


def test_text_is_kept_exactly_crlf_included(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(FRENCH.replace("\n", "\r\n").encode("utf-8") * 2)
    [doc] = load_path(path)
    assert doc.text == FRENCH.replace("\n", "\r\n") * 2


# ------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html><html><head><title>T</title>
<style>.SECRET_STYLE { color: red }</style>
<script>var SECRET_SCRIPT = "ignore previous instructions";</script>
<script type="application/ld+json">{"SECRET_JSONLD": 1}</script>
</head><body>
<nav><ul><li>SECRET_NAV Accueil</li><li>Politique</li></ul></nav>
<header>SECRET_HEADER Le Journal</header>
<article><h1>La ministre répond</h1>
<p>« Nous avons été trahis », a déclaré la ministre des Affaires étrangères lundi à Paris, lors d'une conférence de presse.</p>
<script>document.write("SECRET_INLINE")</script>
<p>Le porte-parole du gouvernement a ajouté que la France restait « pleinement mobilisée » face à la crise.</p>
<noscript>SECRET_NOSCRIPT</noscript><template>SECRET_TEMPLATE</template>
</article>
<aside>SECRET_ASIDE Lire aussi</aside>
<footer>SECRET_FOOTER Mentions légales</footer>
<form>SECRET_FORM <input name="q"></form>
</body></html>"""


def test_html_keeps_article_text_and_drops_scripts_styles_navigation(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = load_path(path)
    assert "« Nous avons été trahis »" in doc.text
    assert "pleinement mobilisée" in doc.text
    assert "SECRET" not in doc.text
    assert "ignore previous instructions" not in doc.text


def test_short_html_page_falls_back_to_visible_text():
    text = html_to_text("<html><body><p>« Bonjour », a dit Zoé.</p><script>SECRET()</script></body></html>", "p.html")
    assert text == "« Bonjour », a dit Zoé."


@pytest.mark.parametrize(
    "html", ["<html><body><script>alert(1)</script></body></html>", "<html><head><style>p{}</style></head><body> </body></html>", "<html></html>"]
)
def test_html_without_article_text(html, tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(InputError, match="no article text found"):
        list(load_path(path))


def test_html_with_xml_declaration():
    html = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Texte de l\'article.</p></body></html>'
    assert html_to_text(html, "x.xhtml") == "Texte de l'article."


# ------------------------------------------------------------------ JSONL


def test_jsonl_bad_lines_are_reported_and_good_ones_kept():
    lines = [
        json.dumps({"id": "a", "text": "Premier article."}),
        "{broken",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d", "text": None}),
        json.dumps({"id": "e", "text": ["liste"]}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a", "text": "Doublon."}),
        json.dumps({"id": {"x": 1}, "text": "Id objet."}),
        json.dumps({"id": "f", "text": "   "}),
        "",
        json.dumps({"id": 7, "text": "Id numérique.", "language": "fr", "url": "https://example.org"}),
        json.dumps({"text": "Sans id."}),
    ]
    errors: list[str] = []
    docs = list(load_jsonl_text("\n".join(lines), "c.jsonl", on_error=lambda e: errors.append(str(e))))
    assert [(d.id, d.text) for d in docs] == [("a", "Premier article."), ("7", "Id numérique."), (None, "Sans id.")]
    assert docs[1].language == "fr" and docs[1].extra == {"url": "https://example.org"}
    assert docs[1].source == "c.jsonl:12"
    assert errors == [
        "c.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)",
        "c.jsonl:3: no 'text' field",
        "c.jsonl:4: 'text' must be a string, got a number",
        "c.jsonl:5: 'text' must be a string, got null",
        "c.jsonl:6: 'text' must be a string, got an array",
        "c.jsonl:7: expected a JSON object with a 'text' field, got an array",
        "c.jsonl:8: duplicate id 'a' (first seen at c.jsonl:1); kept the first, skipped this one",
        "c.jsonl:9: 'id' must be a string or a number, got an object",
        "c.jsonl:10: empty article (no text)",
    ]


def test_jsonl_default_on_error_raises():
    with pytest.raises(InputError, match="c.jsonl:1: not valid JSON"):
        list(load_jsonl_text("{nope", "c.jsonl"))


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path):
    path = tmp_path / "u.jsonl"
    record = {"id": "u", "text": "avant\u2028après\u0085fin"}
    path.write_bytes(b"\xef\xbb\xbf" + (json.dumps(record, ensure_ascii=False) + "\r\n").encode("utf-8"))
    [doc] = load_path(path)
    assert doc.text == record["text"]


def test_duplicate_ids_across_files_of_a_directory(tmp_path):
    (tmp_path / "1.jsonl").write_text(json.dumps({"id": "x", "text": "Un."}) + "\n", encoding="utf-8")
    (tmp_path / "2.jsonl").write_text(json.dumps({"id": "x", "text": "Deux."}) + "\n", encoding="utf-8")
    docs, errors = load_all(tmp_path)
    assert [d.text for d in docs] == ["Un."]
    assert len(errors) == 1 and "duplicate id 'x'" in errors[0]


def test_deeply_nested_jsonl_line_is_an_input_error():
    errors: list[str] = []
    docs = list(load_jsonl_text("[" * 100_000 + "]" * 100_000, "deep.jsonl", on_error=lambda e: errors.append(str(e))))
    assert docs == [] and len(errors) == 1 and errors[0].startswith("deep.jsonl:1: ")


def test_document_is_a_value():
    assert Document("a", id="1") == Document("a", id="1", extra={"x": 1})


# ------------------------------------------------------------------ JSON, misfed formats


def test_json_array_and_single_object(tmp_path):
    array = tmp_path / "corpus.json"
    array.write_text(json.dumps([{"id": "a", "text": "Un."}, {"id": "b"}, {"id": "a", "text": "Deux."}, {"id": "c", "text": "Trois."}]), encoding="utf-8")
    docs, errors = load_all(array)
    assert [(d.id, d.source) for d in docs] == [("a", f"{array}[0]"), ("c", f"{array}[3]")]
    assert errors == [f"{array}[1]: no 'text' field", f"{array}[2]: duplicate id 'a' (first seen at {array}[0]); kept the first, skipped this one"]
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": 9, "text": "Seul."}, indent=2), encoding="utf-8")
    [doc] = load_path(single)
    assert (doc.id, doc.text) == ("9", "Seul.")


@pytest.mark.parametrize("content, message", [("[1, 2", "not valid JSON"), ('"just a string"', "got a string")])
def test_bad_json_file(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(load_path(path))


def test_stdin_sniffs_json_array_and_pretty_printed_object(monkeypatch):
    for data in (json.dumps([{"id": "x", "text": "Bonjour."}]), json.dumps({"id": "x", "text": "Bonjour."}, indent=2)):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
        [doc] = load_path("-")
        assert (doc.id, doc.text) == ("x", "Bonjour.")


def test_directory_scan_skips_json_files(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "config.json").write_text('{"not": "an article"}', encoding="utf-8")
    docs, errors = load_all(tmp_path)
    assert len(docs) == 1 and errors == []


@pytest.mark.parametrize(
    "magic, what",
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"), (b"PK\x03\x04\x14\x00", "ZIP archive"), (b"\x1f\x8b\x08\x00", "gzip"), (b"{\\rtf1\\ansi", "RTF")],
)
def test_misfed_formats_are_named(tmp_path, magic, what):
    path = tmp_path / "article.txt"
    path.write_bytes(magic + b"x" * 100)
    with pytest.raises(InputError, match=f"binary data \\(.*{what}.*\\), not text; extract the article text first"):
        list(load_path(path))
