"""The HTML view: the article with every quote highlighted and coloured by speaker, beside lists of
speakers, accused parties, claims (and what was rejected).

``render_page(results)`` is the standalone page of ``--format html`` (inline CSS and JS, no external
asset); ``render_html(result, standalone=False)`` is the fragment Jupyter shows for a Result.
Everything from the article or the model goes through Jinja2 autoescaping: an article holding
``<script>`` shows it as text. Overlapping and nested quotes are cut into segments, each covered by
one or more quotes; a segment takes the colour of its innermost quote and lists all of them on hover.
"""

from __future__ import annotations

import colorsys
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jinja2

from extractor.schemas import Quote, Result

_TEMPLATES = Path(__file__).parent

# Light, distinguishable backgrounds (dark text stays readable on all); past these, golden-angle hues.
_PALETTE = (
    "#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6",
    "#a0c4ff", "#ffadad", "#b9fbc0", "#f1c0e8", "#cfbaf0", "#fbf8cc",
)  # fmt: skip
_UNKNOWN_COLOUR = "#e0e0e0"


def speaker_colour(index: int) -> str:
    """Background colour of the index-th speaker: the palette, then evenly spread pastel hues."""
    if index < len(_PALETTE):
        return _PALETTE[index]
    hue = (index * 0.618033988749895) % 1.0
    r, g, b = colorsys.hls_to_rgb(hue, 0.85, 0.8)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


@dataclass
class _Segment:
    text: str
    quotes: list[Quote] = field(default_factory=list)  # innermost (shortest) first
    starts: list[str] = field(default_factory=list)  # ids of the quotes that begin here (anchors)
    speaker: str | None = None  # colour key of the speaker named here (a mention), if any


def _colour_keys(result: Result) -> dict[str, str]:
    """Speaker id or display name → colour; the same speaker always gets the same colour."""
    colours: dict[str, str] = {}
    for speaker in result.speakers:
        colours[speaker.id] = speaker_colour(len(colours))
    for quote in result.quotes:
        if not quote.speaker_ids and quote.speaker and f"name:{quote.speaker}" not in colours:
            colours[f"name:{quote.speaker}"] = speaker_colour(len(colours))
    return colours


def _quote_colour(quote: Quote, colours: dict[str, str]) -> str:
    for speaker_id in quote.speaker_ids:
        if speaker_id in colours:
            return colours[speaker_id]
    if quote.speaker:
        return colours.get(f"name:{quote.speaker}", _UNKNOWN_COLOUR)
    return _UNKNOWN_COLOUR


def _segments(article: str, quotes: Sequence[Quote], mentions: Sequence[tuple[int, int, str]] = ()) -> list[_Segment]:
    """Cut the article at every quote and speaker-mention boundary; each piece knows the quotes
    covering it (innermost first) and the speaker named there.

    A sweep over the sorted boundaries keeps the sets of open spans, so thousands of quotes in a
    long article stay cheap.
    """
    n = len(article)
    spans = [q for q in quotes if 0 <= q.start < q.end <= n]
    marks = [(start, end, key) for start, end, key in mentions if 0 <= start < end <= n]
    starting: dict[int, list[Quote]] = {}
    ending: dict[int, list[Quote]] = {}
    for quote in spans:
        starting.setdefault(quote.start, []).append(quote)
        ending.setdefault(quote.end, []).append(quote)
    mention_starts: dict[int, list[tuple[int, int, str]]] = {}
    mention_ends: dict[int, list[tuple[int, int, str]]] = {}
    for mark in marks:
        mention_starts.setdefault(mark[0], []).append(mark)
        mention_ends.setdefault(mark[1], []).append(mark)
    cuts = sorted({0, n, *starting, *ending, *mention_starts, *mention_ends})
    open_quotes: dict[str, Quote] = {}
    open_mentions: dict[tuple[int, int, str], None] = {}  # insertion-ordered set
    segments = []
    for left, right in zip(cuts, cuts[1:]):
        for quote in ending.get(left, ()):
            open_quotes.pop(quote.id, None)
        for quote in starting.get(left, ()):
            open_quotes[quote.id] = quote
        for mark in mention_ends.get(left, ()):
            open_mentions.pop(mark, None)
        for mark in mention_starts.get(left, ()):
            open_mentions[mark] = None
        covering = sorted(open_quotes.values(), key=lambda q: (q.end - q.start, q.start))
        speaker = next(reversed(open_mentions))[2] if open_mentions else None
        segments.append(_Segment(article[left:right], covering, [q.id for q in starting.get(left, ())], speaker))
    return segments


def _mentions(result: Result, colours: dict[str, str]) -> list[tuple[int, int, str]]:
    """Where speakers are named (their mentions, and each quote's speaker span), as colour keys."""
    article = result.article or ""
    found = []
    for speaker in result.speakers:
        found += [(m.start, m.end, speaker.id) for m in speaker.mentions if article[m.start : m.end] == m.text]
    for quote in result.quotes:
        span = quote.speaker_span
        if span is None or article[span.start : span.end] != span.text:
            continue
        key = next((i for i in quote.speaker_ids if i in colours), None) or (f"name:{quote.speaker}" if quote.speaker else None)
        if key in colours:
            found.append((span.start, span.end, key))
    return found


def _quote_label(quote: Quote) -> str:
    speaker = quote.speaker or "unknown speaker"
    extra = f", {quote.alignment}" if quote.alignment != "exact" else ""
    return f"{quote.id}: {speaker} ({quote.kind}{extra})"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,  # every template, whatever its name: article and model text are untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["quote_label"] = _quote_label
    # With a cross-check, the hover label says whether the checking engine found the quote too.
    env.filters["quote_label_in"] = lambda quote, item: _quote_label(quote) + (f" — {item['support'][quote.id]}" if quote.id in item["support"] else "")
    env.filters["speaker_name"] = lambda speaker_id, item: item["speaker_names"].get(speaker_id, speaker_id)
    return env


def _result_context(result: Result, key: str) -> dict:
    colours = _colour_keys(result)
    quote_colours = {q.id: _quote_colour(q, colours) for q in result.quotes}
    names = {s.id: s.name for s in result.speakers} | {k: k[5:] for k in colours if k.startswith("name:")}
    speaker_quotes: dict[str, list[str]] = {}
    for quote in result.quotes:
        for speaker_id in quote.speaker_ids:
            speaker_quotes.setdefault(speaker_id, []).append(quote.id)
    check = result.meta.crosscheck
    support: dict[str, str] = {}
    if check is not None:
        agrees = set(check.speaker_agrees)
        for qid in check.confirmed:
            support[qid] = f"confirmed by {check.engine}" + ("" if qid in agrees else " (other speaker)")
        for qid in check.unconfirmed:
            support[qid] = f"not found by {check.engine}"
    return {
        "r": result,
        "key": key,
        "check": check,
        "support": support,
        "segments": _segments(result.article, result.quotes, _mentions(result, colours)) if result.article is not None else None,
        "colours": colours,
        "colour_names": names,
        "quote_colours": quote_colours,
        "speaker_colours": {s.id: colours[s.id] for s in result.speakers},
        "speaker_names": {s.id: s.name for s in result.speakers},
        "speaker_quotes": speaker_quotes,
        "quote_ids": {q.id for q in result.quotes},
    }


def _key(result: Result, index: int) -> str:
    """A short id prefix unique per result in a page (and, by its hash, across notebook cells)."""
    digest = hashlib.sha1(f"{index}:{result.id}:{result.meta.text_sha256}:{len(result.quotes)}".encode()).hexdigest()[:6]
    return f"xr{index}-{digest}"


def render_html(result: Result, standalone: bool = True) -> str:
    """One result as HTML: a full page when ``standalone``, else a self-styled fragment (Jupyter)."""
    if standalone:
        return render_page([result])
    env = _environment()
    return env.get_template("fragment.html.j2").render(item=_result_context(result, _key(result, 0)))


def render_page(results: Sequence[Result], *, title: str = "extractor results") -> str:
    """The standalone page of ``extractor extract --format html``: every result, one after another."""
    env = _environment()
    items = [_result_context(r, _key(r, i)) for i, r in enumerate(results)]
    return env.get_template("page.html.j2").render(title=title, items=items)


__all__ = ["render_html", "render_page", "speaker_colour"]
