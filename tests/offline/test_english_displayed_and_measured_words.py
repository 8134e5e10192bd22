"""English statements: words nobody stated — the words on a shirt, a sign or a banner, a verse
or a lyric, and a poll's measurement however its source is named (a polling average, exit-poll
data, an average of polls) — and words someone did state: after a noun for their answer ("Her
response was that …"), an object labelled through "as" ("hailed the deal as “…”"), a clause after
a colon (sentences written for these tests)."""

from __future__ import annotations


def texts(result):
    return [q.text for q in result.quotes]


def test_words_written_on_a_thing_are_nobodys_statement(run):
    for text in (
        "Ana Ruiz was arrested on Monday. She was wearing a shirt that read “Animal liberation now.”",
        "Ana Ruiz was there. Protesters held signs reading “No war for oil, no blood for votes” outside the hall.",
        "Ana Ruiz spoke. A banner on the stage behind her said “Jobs first, jobs for all.”",
        "Ana Ruiz left. The sign on her door read: “Closed for the holidays, back in January.”",
        # A verse or a lyric is recited, not stated as news.
        "Ana Ruiz spoke at the church. A verse on the wall behind her says “Love thy neighbour as thyself.”",
        "Ana Ruiz quoted the lyric “We shall overcome someday.”",
    ):
        assert texts(run(text, "en")) == [], text
    # A person who reads words out, or says them, states them.
    for text, said in (
        ("Ana Ruiz read the letter aloud: “We will not back down, ever.”", "We will not back down, ever."),
        ("The mayor, in a statement, said: “We will not back down, ever.”", "We will not back down, ever."),
    ):
        assert texts(run(text, "en")) == [said], text


def test_a_polling_average_or_exit_poll_measures_and_states_nothing(run):
    for text in (
        "The mayor is popular among her party. An average of 81 percent of its voters approve of her, according to Courier Pollster.",
        "The mayor won 60 percent of women, according to the network's exit-poll data.",
        "The mayor leads by 4 points, according to the Courier polling average.",
        "The mayor leads by 4 points, according to an average of recent polls.",
    ):
        assert texts(run(text, "en")) == [], text
    # A person, a report or a pollster who vouches for a clause still states it.
    for text, said in (
        ("According to Ana Ruiz, the mayor leads by ten points.", "the mayor leads by ten points"),
        ("According to the pollster, the mayor leads by ten points.", "the mayor leads by ten points"),
        ("According to an average resident, the mayor leads by ten points.", "the mayor leads by ten points"),
    ):
        assert texts(run(text, "en")) == [said], text


def test_a_possessed_noun_for_an_answer_introduces_the_owners_words(run):
    for text, said, speaker in (
        ("Ana Ruiz was asked about the tax. Ruiz’s response was that the city cannot afford it.", "the city cannot afford it", "Ruiz"),
        ("The mayor's contention was that the vote had been rigged from the start.", "the vote had been rigged from the start", "mayor"),
    ):
        quotes = run(text, "en").quotes
        assert [q.text for q in quotes] == [said], text
        assert speaker in (quotes[0].speaker or ""), text
    # A belief or hope is not something said; an unowned response has no speaker to give it.
    for text in (
        "Ana Ruiz's hope was that the rain would stop before the parade.",
        "The response was that nobody came to the meeting.",
    ):
        assert texts(run(text, "en")) == [], text


def test_a_verb_that_labels_through_as_gives_one_statement_with_its_object(run):
    for text, said in (
        ("The mayor hailed the deal as “a historic step forward for the city.”", "the deal as “a historic step forward for the city."),
        ("The mayor portrayed the budget on Monday as “reckless.”", "the budget on Monday as “reckless."),
    ):
        assert texts(run(text, "en")) == [said], text
    # Without "as" the quoted words modify the object: no label, no statement of the verb's.
    assert texts(run("The council presented the “new” plan on Monday.", "en")) == []


def test_a_clause_before_a_colon_is_not_the_content_of_the_verb_after_it(run):
    text = "Her weakness is clear: most residents say they don't know enough about her to have an opinion."
    assert texts(run(text, "en")) == ["they don't know enough about her to have an opinion"]
    # A preposed content set off by a comma stays the verb's.
    assert texts(run("The plan will fail, the mayor said on Monday.", "en")) == ["The plan will fail"]
