"""Corpus: consolidation rules, tables, graph, exports and the report command (made-up results)."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from extractor import Corpus
from extractor.corpus.entities import LocalEntity, consolidate, surface_key
from extractor.corpus.export import csv_tables
from extractor.corpus.report import GRAPH_NODE_CAP, report_data
from extractor.errors import InputError
from tests.reliability.conftest import run_extractor

# ------------------------------------------------------------------ consolidation rules


@pytest.mark.parametrize("form", ["Pékin", "la Chine", "China", "Beijing", "the Chinese government", "le gouvernement chinois"])
def test_country_names_capitals_and_government_forms_share_one_key_across_languages(form):
    assert surface_key(form) == ("country", "country:china")


def test_country_linked_by_name_likeness_when_no_capital_is_shared():
    # "Moscou" and "Moscow" differ; "Russie" and "Russia" are each other's best near-identical name.
    assert surface_key("Moscou") == surface_key("Russia") == surface_key("la Russie")


def test_titles_articles_and_middle_initials_are_ignored_in_full_names():
    assert surface_key("President Joe R. Biden") == surface_key("le président Joe Biden") == ("name", "joe biden")
    assert surface_key("Ministry spokesman Wei Lan") == ("name", "wei lan")


@pytest.mark.parametrize("form", ["le président américain", "a spokesperson", "he", "Americans", "Chinese"])
def test_descriptions_pronouns_and_nationalities_have_no_cross_article_key(form):
    assert surface_key(form) is None


def _entity(article, canonical, *aliases, kind="person"):
    return LocalEntity(article=article, canonical=canonical, surfaces=[canonical, *aliases], kind=kind)


def test_bare_surname_joins_the_only_person_with_that_surname():
    outcome = consolidate([_entity(0, "Ada Quell"), _entity(1, "Quell")])
    assert outcome.node_of[0] == outcome.node_of[1] == "name:ada quell"


def test_two_different_smiths_stay_apart_and_a_bare_smith_joins_neither():
    outcome = consolidate([_entity(0, "John Smith"), _entity(1, "Jane Smith"), _entity(2, "Smith"), _entity(3, "John Smith", "Smith")])
    john, jane, bare, john_again = outcome.node_of
    assert john == john_again != jane
    assert bare not in (john, jane)
    assert outcome.nodes[bare].reason.startswith("not merged: the bare name fits several people")


def test_a_stray_alias_of_another_person_does_not_join_two_people():
    outcome = consolidate([_entity(0, "Ada Quell", "Ada Quell", "Bo Quell"), _entity(1, "Bo Quell")])
    assert outcome.node_of[0] != outcome.node_of[1]


def test_a_single_word_institution_does_not_join_a_longer_name_ending_with_it():
    outcome = consolidate([_entity(0, "Conseil d'État", kind="organization"), _entity(1, "État", kind="government")])
    assert outcome.node_of[0] != outcome.node_of[1]


def test_the_same_description_in_two_articles_stays_two_nodes():
    outcome = consolidate([_entity(0, "a spokesperson", kind="unnamed"), _entity(1, "a spokesperson", kind="unnamed")])
    assert outcome.node_of[0] != outcome.node_of[1]


# ------------------------------------------------------------------ the fixture corpus


def test_corpus_consolidates_across_articles_and_languages(results):
    corpus = Corpus.from_results(results)
    speakers = corpus.speakers().set_index("node")
    assert speakers.loc["name:joe biden", "articles"] == 2  # en-1 and (as "Biden") en-5
    assert speakers.loc["country:china", "speaker"] == "China"
    assert {"Pékin", "la Chine", "Beijing"} <= set(speakers.loc["country:china", "aliases"].split("; "))
    merges = {m["node"]: m for m in corpus.merge_rows()}
    assert {"Joe Biden", "Biden", "le président américain"} <= set(merges["name:joe biden"]["surfaces"])
    assert merges["name:joe biden"]["articles"] == 3


def test_dataframes_have_the_documented_columns_and_rows(results):
    corpus = Corpus.from_results(results)
    assert list(corpus.speakers().columns) == ["node", "speaker", "kind", "quotes", "articles", "aliases"]
    assert len(corpus.quotes()) == sum(len(r.quotes) for r in results)
    accusations = corpus.accusations()
    china_accused = accusations[accusations.accused == "China"]
    assert china_accused.iloc[0].accuser == "Joe Biden" and china_accused.iloc[0].quote_ids == ["q1"]
    claims = corpus.claims()
    assert set(claims.kind) == {"accusation", "denial", "prediction", "factual_assertion"}


def test_graph_is_accuser_to_accused_with_weights_and_evidence(results):
    graph = Corpus.from_results(results).graph()
    assert isinstance(graph, nx.DiGraph)
    assert graph.has_edge("name:joe biden", "country:china") and graph.has_edge("country:china", "name:joe biden")
    edge = graph.edges["country:china", "name:joe biden"]
    assert edge["weight"] == 1 and edge["articles"] == ["fr-2"] and edge["evidence"] == ["fr-2#q1"]
    assert graph.nodes["country:china"]["kind"] == "country"
    assert graph.has_edge("name:jane smith", "name:john smith")


def test_from_jsonl_skips_and_names_bad_lines(results_jsonl):
    with results_jsonl.open("a", encoding="utf-8") as handle:
        handle.write('{"not": "a result"}\n')
    corpus = Corpus.from_jsonl(results_jsonl)
    assert len(corpus) == 5
    assert len(corpus.skipped) == 1 and corpus.skipped[0].startswith(f"{results_jsonl}:6: not a result")


def test_from_jsonl_missing_or_empty_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        Corpus.from_jsonl(tmp_path / "absent.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no extraction result"):
        Corpus.from_jsonl(empty)


def test_csv_tables_hold_every_row(results):
    tables = csv_tables(Corpus.from_results(results))
    assert set(tables) == {"speakers.csv", "accusations.csv", "claims.csv", "quotes.csv"}
    quotes = list(csv.DictReader(tables["quotes.csv"].splitlines()))
    assert len(quotes) == 11 and quotes[0]["speaker_node"] == "name:joe biden"


def test_report_data_caps_the_graph_and_says_how_much_it_holds(results):
    data = report_data(Corpus.from_results(results), article_links="views")
    graph = data["graph"]
    assert graph["cap"] == GRAPH_NODE_CAP and graph["total_nodes"] == len(graph["nodes"]) == 7
    labels = {n["label"] for n in graph["nodes"]}
    assert {"China", "Joe Biden", "United States", "John Smith", "Jane Smith", "Smith"} <= labels
    details = graph["details"]["country:china"]
    assert any(d["accuser"] == "Joe Biden" and d["quotes"] == [["q1", "China cheats on steel."]] for d in details)
    assert data["articles"][0]["href"] == "views/00001-en-1.html"


def test_report_page_escapes_names_from_articles(results):
    page = Corpus.from_results(results).to_html()
    assert "<script>x</script>" not in page  # the hostile organisation name, escaped in HTML and in JSON
    assert "&lt;script&gt;x&lt;/script&gt;" in page
    assert page.count("</script>") == 3  # only the data, the vendored library and the report script close


def test_an_article_fetched_from_a_url_links_to_it(results):
    results[0].meta.source = "https://news.example/budget?id=1&lang=en"
    page = Corpus.from_results(results).to_html()
    assert '<a href="https://news.example/budget?id=1&amp;lang=en">' in page


def test_repr_html_is_the_report_in_an_iframe(results):
    html = Corpus.from_results(results)._repr_html_()
    assert html.startswith("<iframe srcdoc=") and "Accusation network" in html


# ------------------------------------------------------------------ the command


def test_report_command_writes_the_page_and_the_article_views(results_jsonl, tmp_path):
    out = tmp_path / "report.html"
    run = run_extractor("report", str(results_jsonl), "-o", str(out))
    assert run.code == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    assert "Accusation network" in page and "Merged names" in page
    views = sorted((tmp_path / "report_articles").iterdir())
    assert [v.name for v in views][:2] == ["00001-en-1.html", "00002-fr-2.html"]
    assert 'href="report_articles/00001-en-1.html"' in page


def test_report_command_csv_and_graphml(results_jsonl, tmp_path):
    run = run_extractor("report", str(results_jsonl), "--format", "csv", "-o", str(tmp_path / "tables"))
    assert run.code == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["accusations.csv", "claims.csv", "quotes.csv", "speakers.csv"]
    run = run_extractor("report", str(results_jsonl), "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    assert run.code == 0, run.stderr
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.nodes["country:china"]["name"] == "China"
    assert graph.edges["country:china", "name:joe biden"]["evidence"] == "fr-2#q1"


def test_report_command_errors_are_one_line(tmp_path, results_jsonl):
    run = run_extractor("report", str(tmp_path / "absent.jsonl"), "-o", str(tmp_path / "r.html"))
    assert run.code == 2 and run.stderr.strip().splitlines() == [f"error: {tmp_path / 'absent.jsonl'}: no such file or directory"]
    run = run_extractor("report", str(results_jsonl), "-o", str(tmp_path), "--no-article-views")
    assert run.code == 1 and "is a directory" in run.stderr
    data = json.loads(results_jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert data["id"] == "en-1"  # the input is left as it was
