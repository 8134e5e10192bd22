"""English speakers: a bare title ("the chairman", "the pope") takes up the person the article
gave that title however long ago, including a title the recogniser read into the name
("Pope Leo") (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import speakers_of


def test_bare_title_takes_up_a_name_titled_many_mentions_before(run):
    filler = " ".join(f"Ash met Ryder and Tate on day {i}." for i in range(1, 9))
    text = (
        "Rules Committee Chairman Ben Ash criticized Party Chairman Reince Volk in an email on Saturday.\n\n"
        f"{filler}\n\n"
        "Volk has aggressively pushed back on those charges and has worked behind the scenes to defeat any change.\n\n"
        "The chairman said Sunday on CNN that he opposes any change this week."
    )
    assert speakers_of(run(text, "en"), "he opposes") == ["Reince Volk"]


def test_bare_title_read_into_the_name_is_that_persons(run):
    text = (
        "Senator Tom Hart met privately with Pope Leo on Saturday, the end of a short visit to Rome.\n\n"
        "Hart said the meeting was not an endorsement. On Saturday, Leo made clear that the meeting was not "
        "political. The pontiff met Hart at the guest house, where the pope lives.\n\n"
        "“When I came down, I greeted him and nothing more,” the pope told reporters on the plane."
    )
    assert speakers_of(run(text, "en"), "I greeted") == ["Leo"]


def test_title_given_only_after_the_bare_title_is_not_taken_up(run):
    text = (
        "Senator Ann Cole spoke in Rome on Saturday.\n\n"
        "“I greeted him and nothing more,” the pope told reporters.\n\n"
        "On Sunday, Cole met Pope Leo at the guest house."
    )
    assert speakers_of(run(text, "en"), "I greeted") != ["Leo"]


def test_possessed_title_is_someones_tie_not_the_earlier_holder(run):
    filler = " ".join(f"Jordan met Ryder and Tate on day {i}." for i in range(1, 9))
    text = (
        "Clinton lawyer Cheryl Mills spoke to the committee on Monday. Mills said she had done nothing wrong.\n\n"
        f"{filler} Mills was a witness.\n\n"
        "On Thursday, the panel held Pagliano in contempt of Congress. His lawyer said he would not answer questions."
    )
    assert speakers_of(run(text, "en"), "would not answer") != ["Cheryl Mills"]
