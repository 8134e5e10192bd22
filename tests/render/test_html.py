"""The HTML view: standalone, escaped, every quote highlighted and coloured by speaker."""

from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser

from extractor.render import write_results
from extractor.render.html import render_html, render_page, speaker_colour
from extractor.schemas import Result

from .conftest import ARTICLE  # noqa: TID252 - area fixture module


class _Collector(HTMLParser):
    """Tags, script bodies and external references of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.event_handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"
        self.event_handlers += [name for name in attrs if name.startswith("on")]

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def article_text_of(page: str, key_prefix: str = "") -> str:
    """The article as the page shows it: the .xr-text div, tags stripped, entities decoded."""
    match = re.search(r'<div class="xr-text">(.*?)</div>', page, re.S)
    assert match, "no article view"
    return htmllib.unescape(re.sub(r"<[^>]+>", "", match.group(1)))


def test_page_is_standalone(result):
    page = render_page([result])
    assert page.startswith("<!DOCTYPE html>")
    parsed = parse(page)
    # No external asset: no src/href to another document, no stylesheet link.
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        assert tag != "link"
        assert not attrs.get("href", "#").split("#")[0], attrs
    assert len([t for t, _ in parsed.tags if t == "script"]) == 1  # ours, inline
    assert "<style>" in page


def test_hostile_text_is_escaped_and_never_executable(result):
    page = render_page([result])
    parsed = parse(page)
    # Only our own script element, and it holds none of the article's or model's text.
    assert len(parsed.scripts) == 1 and "alert" not in parsed.scripts[0]
    assert parsed.event_handlers == []
    for raw in ("<script>alert", "<img src=x", "<b>", "<i>rebelles", "<u>le reste", "<xx>"):
        assert raw not in page
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page
    assert "Paul &lt;b&gt;" in page


def test_article_is_reproduced_exactly_with_quotes_highlighted(result):
    page = render_page([result])
    assert article_text_of(page) == ARTICLE
    marks = re.findall(r'<mark class="xr-q[^"]*"[^>]*data-q="([^"]+)"[^>]*>(.*?)</mark>', page, re.S)
    covered = {qid for ids, _ in marks for qid in ids.split()}
    assert covered == {"q1", "q2", "q3", "q4"}
    # Each quote's segments, joined in order, give back its text (nested and overlapping included).
    for quote in result.quotes:
        pieces = [htmllib.unescape(text) for ids, text in marks if quote.id in ids.split()]
        assert "".join(pieces) == quote.text
    # Every quote has an anchor where it starts.
    for quote in result.quotes:
        assert re.search(rf'id="xr0-[0-9a-f]+-{quote.id}"', page)


def test_nested_segment_names_both_quotes_innermost_first(result):
    page = render_page([result])
    nested = re.search(r'<mark class="xr-q xr-multi"[^>]*data-q="q2 q1"[^>]*title="([^"]*)"', page)
    assert nested, "the nested segment lists the inner quote first, then the outer"
    title = htmllib.unescape(nested.group(1))
    assert "q2: Marie Dupont (mixed)" in title and "q1: Marie Dupont (direct)" in title


def test_same_speaker_same_colour_different_speakers_different(result):
    page = render_page([result])
    colour_of = {}
    for match in re.finditer(r'<mark class="xr-q[^"]*" style="--xr-c: (#[0-9a-f]{6})[^"]*" data-q="([^"]+)"', page):
        colour_of.setdefault(match.group(2).split()[0], set()).add(match.group(1))
    assert colour_of["q1"] == colour_of["q2"] == {speaker_colour(0)}
    assert colour_of["q3"] == {speaker_colour(1)}
    assert colour_of["q4"] == {"#e0e0e0"}  # no speaker: neutral grey


def test_palette_stays_distinct_past_its_length():
    colours = [speaker_colour(i) for i in range(40)]
    assert len(set(colours)) == 40
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours)


def test_side_lists_speakers_accused_claims_and_rejected(result):
    page = render_page([result])
    for text in ("Speakers", "Marie Dupont", "la ministre", "ministre", "porte-parole", "Accused", "les &lt;i&gt;rebelles&lt;/i&gt;",
                 "l&#39;attaque &amp; &lt;u&gt;le reste&lt;/u&gt;", "Claims", "accusation", "about:", "1 rejected", "language &lt;xx&gt; not supported"):  # fmt: skip
        assert text in page, text
    # Evidence links only to quotes that exist (q99 does not).
    assert re.search(r'href="#xr0-[0-9a-f]+-q1"', page)
    assert "q99</a>" not in page


def test_without_article_the_quotes_list_is_shown(result):
    page = render_page([result.model_copy(update={"article": None})])
    assert 'class="xr-text"' not in page
    items = re.findall(r'<li id="xr0-[0-9a-f]+-(q\d)" data-q="q\d">', page)
    assert items == ["q1", "q2", "q3", "q4"]
    assert "Nous condamnons &#34;fermement&#34; cette attaque" in page


def test_several_results_get_distinct_ids_and_a_nav(result):
    second = result.model_copy(update={"id": "art-2"})
    page = render_page([result, second])
    ids = re.findall(r'<section class="xr-result" id="([^"]+)"', page)
    assert len(ids) == 2 and len(set(ids)) == 2
    assert "2 articles:" in page


def test_empty_results_and_empty_result():
    assert "No results." in render_page([])
    from extractor.schemas import ResultMeta

    bare = Result(language="und", engine="offline", meta=ResultMeta(extractor_version="0"), article="Rien à signaler.")
    page = render_page([bare])
    assert "Rien à signaler." in page and "None found." in page


def test_repr_html_is_a_fragment_with_its_own_style(result):
    fragment = result._repr_html_()
    assert fragment == render_html(result, standalone=False)
    assert fragment.lstrip().startswith('<div class="xr-root">')
    assert "<html" not in fragment and "<script" not in fragment
    assert "<style>" in fragment and "&lt;script&gt;" in fragment
    assert render_html(result, standalone=True).startswith("<!DOCTYPE html>")


def test_write_results_html_to_a_file(result, tmp_path):
    out = tmp_path / "view.html"
    write_results([result], format="html", output=out)
    assert out.read_text(encoding="utf-8") == render_page([result])
    assert not list(tmp_path.glob("*.tmp"))


def test_write_results_to_an_unwritable_place_is_a_clear_error(result, tmp_path):
    import pytest

    from extractor.errors import ExtractorError

    with pytest.raises(ExtractorError, match="is a directory"):
        write_results([result], format="html", output=tmp_path)
    existing = tmp_path / "keep.json"
    existing.write_text("previous", encoding="utf-8")
    with pytest.raises(ExtractorError, match="cannot write"):
        write_results([result], format="json", output=tmp_path / "missing" / "r.json")
    assert existing.read_text(encoding="utf-8") == "previous"
    assert not list(tmp_path.rglob("*.tmp"))


def test_speaker_mentions_are_underlined_in_the_speakers_colour(result):
    from extractor.schemas import Span

    start = ARTICLE.index("Marie Dupont")
    mention = Span(start=start, end=start + len("Marie Dupont"), text="Marie Dupont")
    speakers = [result.speakers[0].model_copy(update={"mentions": [mention]}), result.speakers[1]]
    bogus = Span(start=0, end=5, text="wrong")  # not the article's text there: ignored
    quotes = [result.quotes[0].model_copy(update={"speaker_span": mention}), result.quotes[2].model_copy(update={"speaker_span": bogus})]
    page = render_page([result.model_copy(update={"speakers": speakers, "quotes": quotes})])
    assert f'<span class="xr-spk" style="--xr-s: {speaker_colour(0)}" title="speaker: Marie Dupont">Marie Dupont</span>' in page
    assert page.count('class="xr-spk"') == 1
    assert article_text_of(page) == ARTICLE
