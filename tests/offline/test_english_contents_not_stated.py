"""English statements: contents that no one stated — a poll's measurement (according to a new
survey, …), the writer's reading of someone (has indicated he has no plans …), a report under a
verb that lets someone act — while the attributions scope keeps what it counts; and where a
content starts and ends: a second, coordinated report, an opening adverbial before the speaker
(sentences written for these tests)."""

from __future__ import annotations


def texts(result):
    return [q.text for q in result.quotes]


def test_a_polls_measurement_is_not_a_statement(run):
    for text in (
        "The mayor leads her rival by 52 percent to 33 percent, according to a Daily Courier/KTV News survey released on Monday.",
        "According to last month's Courier polling, more than half of the mayor's support comes from women.",
        "Poll: two council races are still too close to call\n\nVoters go to the polls on Sunday.",
    ):
        assert texts(run(text, "en")) == [], text
    # Who vouches for the words is a source, whatever they did: a report, a pollster, the people polled.
    for text, said in (
        ("According to the report, the mayor leads by ten points.", "the mayor leads by ten points"),
        ("According to the pollster, the mayor leads by ten points.", "the mayor leads by ten points"),
        ("The poll found that most voters say the tax is too high.", "the tax is too high"),
    ):
        assert texts(run(text, "en")) == [said], text


def test_a_speakers_indication_is_the_writers_reading(run):
    for text in (
        "Council leader Ana Ruiz has indicated she has no plans to bring the measure to a vote.",
        "The radio host indicated on Tuesday night that any bad blood from the primary had abated.",
        "She appeared to imply that the newcomer could cause more upheaval than the mayor.",
    ):
        assert texts(run(text, "en")) == [], text
    # An utterance that indicates something states it; saying it outright is a statement.
    assert texts(run("A statement from the mayor's office indicated the invitation was accepted.", "en")) == ["the invitation was accepted"]
    assert texts(run("Ana Ruiz said she has no plans to bring the measure to a vote.", "en")) == ["she has no plans to bring the measure to a vote"]


def test_the_attributions_scope_keeps_polls_and_indications():
    from extractor.engines.offline import OfflineEngine
    from extractor.inputs import Document

    engine = OfflineEngine(language="en", scope="attributions")
    for text, content in (
        ("The mayor leads by ten points, according to a new survey.", "The mayor leads by ten points"),
        ("Council leader Ana Ruiz has indicated she has no plans to bring the measure to a vote.", "she has no plans to bring the measure to a vote"),
    ):
        assert content in texts(engine.extract(Document(text=text))), text


def test_saying_that_someone_is_let_do_reports_nothing_said(run):
    for text in (
        "The company launched a tool allowing users to tell friends that they're safe.",
        "The new app enables parents to tell teachers that a child is ill.",
    ):
        assert texts(run(text, "en")) == [], text
    # "let X know" makes something known: a statement.
    assert texts(run("The mayor let reporters know that she would run again.", "en")) == ["that she would run again"]


def test_a_participle_coordinated_with_a_reporting_participle_is_a_second_report(run):
    text = "The mayor spoke on Monday, saying the plant would close and warning that jobs would be lost."
    assert [(q.text, q.speaker) for q in run(text, "en").quotes] == [("the plant would close", "mayor"), ("that jobs would be lost", "mayor")]
    # A participle with its own object goes on with the content ("adding jobs" is what the firm did).
    assert texts(run("The mayor spoke on Monday, saying the firm was growing and adding jobs.", "en")) == ["the firm was growing and adding jobs"]


def test_a_that_clause_after_the_verb_leaves_the_opening_adverbial_out(run):
    text = (
        "Appearing on a radio show on Monday, during which she also spoke about the budget, "
        'the mayor said that she was "a little surprised" by the vote.'
    )
    assert texts(run(text, "en")) == ['that she was "a little surprised" by the vote']
    # An opening participle that reports something is a statement of its own.
    claimed = run('Claiming the criticism of the host was unfair, the mayor told the paper that "they are gaming the system."', "en")
    assert texts(claimed)[0] == "Claiming the criticism of the host was unfair"
