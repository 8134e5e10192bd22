"""English statements: a to-infinitive content after a verb of asking or pledging ("urged the city
to repair the bridge") is a request or a plan in the writer's words, not a proposition that was
stated, also when it holds quoted words ("told him to leave his “…”"), and the attributions
scope keeps the request; a question put with quoted words inside is no statement either; a poll
as subject reports a measurement; quoted names and nicknames: a label's object is no part of a
title ("called Ruiz “Little Ana”"), a name after "known as" leaves the verb after it to its
clause (sentences written for these tests)."""

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


def test_a_poll_as_subject_reports_a_measurement(run):
    for text in (
        "Polls suggest Ruiz has the best chance of beating Keller in the fall.",
        "Recent polls say Ruiz leads the race by ten points.",
        "A new survey shows that most residents want the pool reopened.",
    ):
        assert texts(run(text, "en")) == [], text
    # The pollster, a person, states what the poll found; the people polled state their views.
    assert texts(run("The pollster said Ruiz leads the race by ten points.", "en")) == ["Ruiz leads the race by ten points"]


def test_a_nickname_given_by_a_label_verb_is_the_labellers_statement(run):
    result = run("Mayor Tom Keller spoke first. Within minutes, he called Ruiz “Little Ana” several times.", "en")
    assert any(q.text.startswith("Ruiz “Little Ana") for q in result.quotes), texts(result)


def test_a_name_after_known_as_leaves_the_verb_to_its_clause(run):
    result = run("Tom Keller, the hacker known as “Ghost,” stated that he had access to the mayor’s email server.", "en")
    assert texts(result) == ["that he had access to the mayor’s email server"]


def test_a_question_put_with_quoted_words_is_not_a_statement(run):
    for text in (
        "During the town hall, the host asked Ruiz if she would close all the pools or just “the dirty ones.”",
        "The host asked Ruiz how she would pay for the pool, and whether it would be “a money pit.”",
    ):
        assert texts(run(text, "en")) == [], text
    # The answer, or a statement with the same quoted words, is one.
    assert texts(run("Ruiz said the pool would be “a money pit.”", "en")) != []


def test_a_poll_that_the_parse_hangs_on_a_report_leaves_its_respondents_speaking(run):
    result = run("In April, a Courier poll found by 43%-41%, the public overall says the pool should stay open all year.", "en")
    assert texts(result) == ["the pool should stay open all year"]


def test_a_quoted_term_after_a_determiner_is_no_label(run):
    assert texts(run("The historian Milo Dilas referred to the \"New Class.\" Where equality was promised, privilege grew.", "en")) == []


def test_a_headline_statement_with_an_infinitive_is_still_a_statement(run):
    result = run("Graham: Keller’s ‘Incredibly Hateful Rhetoric’ Destroying Party’s Chance to Win Mayoralty.\n\nSenator Graham spoke on Monday.", "en")
    assert any("Destroying" in q.text for q in result.quotes), texts(result)
