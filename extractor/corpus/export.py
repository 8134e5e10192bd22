"""Writing a corpus out: the HTML report (with the per-article views beside it), CSV tables, GraphML.

Every file is written to a temporary name and renamed, so a failed run leaves an existing file
intact; a path that cannot be written is an ExtractorError naming it (exit 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.errors import ExtractorError

if TYPE_CHECKING:
    from extractor.corpus.model import Corpus

#: The CSV files of ``extractor report --format csv`` and the rows each holds.
CSV_TABLES = ("speakers", "accusations", "claims", "quotes")


def _write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    if path.is_dir():
        raise ExtractorError(f"{path}: is a directory; give a file name to -o")
    tmp = path.with_name(path.name + ".tmp")
    try:
        write(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExtractorError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _write_text_atomically(path: Path, text: str) -> None:
    """``text`` written to ``path`` (UTF-8) through a temporary file, as `_write_atomically`."""
    _write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join("" if v is None else str(v) for v in value)
    return "" if value is None else value


def _csv_text(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def csv_tables(corpus: Corpus) -> dict[str, str]:
    """File name → CSV text for speakers, accusations, claims and quotes (lists joined with "; ")."""
    columns = {
        "speakers": ["node", "speaker", "kind", "quotes", "articles", "aliases"],
        "accusations": ["article", "accuser", "accuser_node", "accuser_surface", "accused", "accused_node", "accused_surface", "accusation", "quote_ids", "quotes"],
        "claims": ["article", "claim_id", "kind", "claimant", "claimant_node", "claimant_surface", "about", "about_nodes", "about_surface", "text", "hedged", "quote_ids"],
        "quotes": ["article", "quote_id", "speaker", "speaker_node", "speaker_surface", "kind", "text", "cue", "hedged", "start", "end", "language"],
    }
    rows = {"speakers": corpus.speaker_rows(), "accusations": corpus.accusation_rows, "claims": corpus.claim_rows, "quotes": corpus.quote_rows}
    return {f"{name}.csv": _csv_text(rows[name], columns[name]) for name in CSV_TABLES}


def write_csv(corpus: Corpus, folder: str | Path) -> list[Path]:
    """speakers.csv, accusations.csv, claims.csv and quotes.csv in ``folder`` (created if missing)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExtractorError(f"{folder}: is a file; --format csv writes a folder of tables, give a folder to -o")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExtractorError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from None
    written = []
    for name, text in csv_tables(corpus).items():
        path = folder / name
        _write_text_atomically(path, text)
        written.append(path)
    return written


def graphml_graph(corpus: Corpus):
    """`Corpus.graph()` with list attributes joined into strings, as GraphML allows only scalars."""
    graph = corpus.graph()
    for _, attributes in list(graph.nodes(data=True)) + [(None, d) for *_, d in graph.edges(data=True)]:
        for key, value in list(attributes.items()):
            if isinstance(value, (list, tuple)):
                attributes[key] = "; ".join(str(v) for v in value)
    return graph


def write_graphml(corpus: Corpus, path: str | Path) -> Path:
    """The accusation graph as GraphML (Gephi, Cytoscape, networkx.read_graphml)."""
    import networkx as nx

    path = Path(path)
    graph = graphml_graph(corpus)
    _write_atomically(path, lambda tmp: nx.write_graphml(graph, tmp, encoding="utf-8"))
    return path


def views_folder(report: Path) -> Path:
    """Where the per-article views of a report go: ``REPORT_articles/`` beside it."""
    return report.with_name(report.stem + "_articles")


def write_report(corpus: Corpus, path: str | Path, *, title: str = "extractor corpus report", article_views: bool = True) -> Path:
    """The standalone report page at ``path``; with ``article_views``, each article's HTML view
    (`extractor.render.html.render_page`) in ``views_folder(path)``, linked from the page."""
    from extractor.corpus.model import gc_paused
    from extractor.render.html import render_page

    path = Path(path)
    links = None
    if article_views:
        folder = views_folder(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExtractorError(f"{folder}: cannot create the folder for the article views ({exc.strerror or exc})") from None
        with gc_paused():
            for index, result in enumerate(corpus.results):
                view = folder / corpus.article_file(index)
                html = render_page([result], title=f"{corpus.keys[index]} — extractor")
                _write_text_atomically(view, html)
        links = folder.name
    page = corpus.to_html(title=title, article_links=links)
    _write_text_atomically(path, page)
    return path


__all__ = ["CSV_TABLES", "csv_tables", "graphml_graph", "views_folder", "write_csv", "write_graphml", "write_report"]
