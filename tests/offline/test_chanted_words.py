"""English: words a crowd chants with a verb are said (GGT and the extra sets annotate them,
like shouted words); a noun of chanting ("chants of “…”") names a slogan and quotes no one."""

from __future__ import annotations


def test_words_chanted_with_a_verb_are_quotes_of_the_chanters(run):
    text = "The parade was long. Many marchers and spectators were chanting \"We are here\" and \"Stop the hate.\" In Leeds, the chants were loud."
    assert [(q.text, q.speaker) for q in run(text, "en").quotes] == [
        ("We are here", "Many marchers and spectators"),
        ("Stop the hate.", "Many marchers and spectators"),
    ]
    assert [q.text for q in run("Protesters chanted “What curfew?” and kept going until nearly 2 a.m.", "en").quotes] == ["What curfew?"]


def test_chants_named_by_a_noun_or_without_words_quote_no_one(run):
    assert run("The crowd greeted her with chants of “Four more years” until she spoke.", "en").quotes == []
    assert run("Ann Vance and her supporters chanted the old hymn.", "en").quotes == []
