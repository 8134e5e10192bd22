"""English speakers: a surname after the writer's lower-case adjectives ("an angry Hollis", "the
more moderate Kasey") is the person the article named in full; the adjectives are no part of
the name (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import speakers_of


def test_adjectives_before_a_known_surname_are_not_part_of_the_name(run):
    text = (
        "French President Marc Hollis spoke on Tuesday. Governor John Kasey is running. Jim Hart claimed that "
        "France had lost its identity.\n\n"
        "“France will always be France,” an angry Hollis retaliated. The more moderate Kasey has argued that "
        "his rating is far higher."
    )
    result = run(text, "en")
    assert speakers_of(result, "always be France") == ["Marc Hollis"]
    assert speakers_of(result, "rating is far higher") == ["John Kasey"]


def test_adjective_before_a_common_noun_or_an_unknown_name_stays(run):
    text = "Jim Hart spoke on Tuesday.\n\nAn angry crowd said it would stay. A furious Delgado said the vote was rigged."
    result = run(text, "en")
    assert speakers_of(result, "it would stay") == ["angry crowd"]
    assert speakers_of(result, "vote was rigged") != ["Jim Hart"]
