"""English statements: a to-infinitive content after a verb of asking or pledging ("urged the city
to repair the bridge", "asked the council to publish the figures") is a request or a plan in
the writer's words, not a proposition that was stated, also when it holds quoted words ("told
him to leave his “…”"); the attributions scope keeps the request (sentences written for these
tests)."""

from __future__ import annotations


def texts(result):
    return [q.text for q in result.quotes]


def test_an_infinitive_request_is_not_a_statement(run):
    for text in (
        "The senator urged the city to repair the bridge before winter.",
        "She asked the council to publish the figures by Friday.",
        "The union called on the governor to reopen the clinics.",
        "The coach advised his players to stay off social media.",
    ):
        assert texts(run(text, "en")) == [], text
    # A reported clause after the same verbs states something.
    assert texts(run("The senator urged that the bridge be repaired before winter.", "en")) == ["that the bridge be repaired before winter"]


def test_quoted_words_inside_an_infinitive_request_or_pledge_are_not_a_statement(run):
    for text in (
        "The editorial told the mayor to leave his “ivory tower” and visit the flooded towns.",
        "Ruiz vowed to “fight for every job” in the county.",
    ):
        assert texts(run(text, "en")) == [], text
    # A label with the same quoted words is the speaker's statement.
    assert texts(run("The mayor called the plan “a disaster” on Monday.", "en")) != []


def test_the_attributions_scope_keeps_a_request():
    from extractor.engines.offline import OfflineEngine
    from extractor.inputs import Document

    engine = OfflineEngine(language="en", scope="attributions")
    result = engine.extract(Document(text="The senator urged the city to repair the bridge before winter."))
    assert any("repair the bridge" in q.text for q in result.quotes)
