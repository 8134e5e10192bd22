"""English speakers: the gender a speaker's own reported pronoun tells ("Tom Vey, 58, says he
…"), when the sentence names someone else too (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import speakers_of


def test_speakers_own_reported_pronoun_tells_the_gender_of_a_rare_first_name(run):
    # "Woodrow" tells no gender by itself; "says he" does, so the next "he said" is his and not
    # that of the man named inside his report, whom earlier pronouns gave a gender.
    text = (
        "Bernie Sanders is gaining on his rival. He won two states last week.\n\n"
        "Woodrow Marsh, 58, who lives outside Dayton, says he didn’t know much about Sanders before he "
        "announced his bid, but now Marsh plans to caucus for him on March 1.\n\n"
        "“Some changes need to be made — he’s addressing them,” he said."
    )
    assert speakers_of(run(text, "en"), "Some changes") == ["Woodrow Marsh"]


def test_pronoun_after_another_name_tells_no_gender_of_the_speaker(run):
    # ("Ann Cole says Tom Hart knows he …": someone else is named between the speaker and the
    # pronoun, so the pronoun votes for no one; the next "she said" stays Cole's.)
    text = (
        "Senator Tom Hart won two states last week. He is gaining on his rival.\n\n"
        "Jordan Cole, who lives outside Dayton, says Hart knows he must win Ohio.\n\n"
        "“He has to be careful,” she said."
    )
    assert speakers_of(run(text, "en"), "careful") == ["Jordan Cole"]
