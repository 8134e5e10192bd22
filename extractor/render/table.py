"""The terminal view (``--format table``): per article, its quotes, then speakers, accused and claims.

Every cell is a ``rich.text.Text``, never markup: an article containing ``[bold]`` or ``[/]`` prints
as written instead of restyling (or breaking) the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from extractor.schemas import Result

_KIND_STYLE = {"direct": "green", "indirect": "cyan", "mixed": "magenta"}
_SPEAKER_STYLES = ("bold yellow", "bold cyan", "bold magenta", "bold green", "bold blue", "bold red")


def _add_columns(table: Table, spec: Sequence[tuple[str, int | None]]) -> None:
    """Columns with a ratio share the width and wrap; the others (ratio None) keep their natural width."""
    for name, ratio in spec:
        if ratio is None:
            table.add_column(name, no_wrap=True)
        else:
            table.add_column(name, ratio=ratio, overflow="fold")


def _t(value: object, style: str = "") -> Text:
    return Text("" if value is None else str(value), style=style)


def _speaker_styles(result: Result) -> dict[str, str]:
    """Speaker id → style, so one speaker keeps one colour across quotes, accused and claims."""
    return {s.id: _SPEAKER_STYLES[i % len(_SPEAKER_STYLES)] for i, s in enumerate(result.speakers)}


def _quotes_table(result: Result, styles: dict[str, str]) -> Table:
    table = Table(title="Quotes", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    table.add_column("#", no_wrap=True, style="dim")
    table.add_column("speaker", ratio=2, min_width=12, overflow="fold")
    table.add_column("kind", no_wrap=True)
    table.add_column("text", ratio=5)
    table.add_column("span", no_wrap=True, style="dim", justify="right")
    for quote in result.quotes:
        style = next((styles[i] for i in quote.speaker_ids if i in styles), "bold")
        speaker = _t(quote.speaker, style) if quote.speaker else _t("unknown", "dim italic")
        kind = _t(quote.kind, _KIND_STYLE.get(quote.kind, ""))
        if quote.hedged:
            kind.append("\nhedged", style="dim")
        table.add_row(_t(quote.id), speaker, kind, _t(quote.text), _t(f"{quote.start}:{quote.end}"))
    return table


def _speakers_table(result: Result, styles: dict[str, str]) -> Table:
    table = Table(title="Speakers", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    _add_columns(table, (("name", 2), ("kind", None), ("role", 2), ("aliases", 3), ("quotes", None)))
    counts: dict[str, int] = {}
    for quote in result.quotes:
        for speaker_id in quote.speaker_ids:
            counts[speaker_id] = counts.get(speaker_id, 0) + 1
    for speaker in result.speakers:
        aliases = "; ".join(a for a in speaker.aliases if a != speaker.name)
        table.add_row(
            _t(speaker.name, styles.get(speaker.id, "bold")), _t(speaker.kind), _t(speaker.role), _t(aliases, "dim"), _t(counts.get(speaker.id, 0))
        )
    return table


def _names(result: Result, names: Sequence[str], ids: Sequence[str]) -> str:
    if names:
        return ", ".join(names)
    found = [s.name for s in (result.speaker_by_id(i) for i in ids) if s is not None]
    return ", ".join(found) or "unknown"


def _accused_table(result: Result) -> Table:
    table = Table(title="Accused", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    _add_columns(table, (("accused", 2), ("by", 2), ("of", 4), ("evidence", None)))
    for accused in result.accused:
        table.add_row(
            _t(accused.name, "bold"),
            _t(_names(result, accused.accusers, accused.accuser_ids)),
            _t(accused.accusation),
            _t(" ".join(accused.quote_ids), "dim"),
        )
    return table


def _claims_table(result: Result) -> Table:
    table = Table(title="Claims", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    _add_columns(table, (("claimant", 2), ("kind", None), ("claim", 4), ("about", 2), ("evidence", None)))
    for claim in result.claims:
        kind = claim.kind.replace("_", " ") + ("\n(hedged)" if claim.hedged else "")
        table.add_row(
            _t(_names(result, [claim.claimant] if claim.claimant else [], claim.claimant_ids)),
            _t(kind),
            _t(claim.text),
            _t(", ".join(claim.about)),
            _t(" ".join(claim.quote_ids), "dim"),
        )
    return table


def _result_view(result: Result) -> Panel:
    styles = _speaker_styles(result)
    parts: list = []
    for note in result.notes:
        parts.append(Text.assemble(("note: ", "bold yellow"), note))
    for title, items, build in (
        ("quotes", result.quotes, lambda: _quotes_table(result, styles)),
        ("speakers", result.speakers, lambda: _speakers_table(result, styles)),
        ("accused parties", result.accused, lambda: _accused_table(result)),
        ("claims", result.claims, lambda: _claims_table(result)),
    ):
        parts.append(build() if items else Text(f"No {title}.", style="dim italic"))
    if result.rejected:
        parts.append(Text(f"{len(result.rejected)} item(s) rejected as not grounded in the article (see JSON output).", style="dim"))
    heading = Text.assemble(
        (str(result.id if result.id is not None else (result.meta.source or "article")), "bold"),
        (f"  {result.language} · {result.engine}", "dim"),
    )
    return Panel(Group(*parts), title=heading, title_align="left", box=box.ROUNDED)


def render_table(results: Sequence[Result], console: Console | None = None) -> None:
    """Print every result as rich tables (to ``console``, default stdout)."""
    console = console or Console()
    if not results:
        console.print(Text("No results.", style="dim italic"))
    for result in results:
        console.print(_result_view(result))


__all__ = ["render_table"]
