"""English incises after a quotation that the parse hides from the cue search: an incise verb the
tagger read as a past participle, a long description with a name apposed to it before the incise
verb, and a description with an apposed name before a verb the parse left without a subject
(sentences written for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_incise_verb_read_as_a_participle_on_its_subject_is_the_cue(run):
    text = (
        'Mayor Ann Cole defended the budget on Friday. "There is no magic to it," Cole said.\n\n'
        '"Is the governor going to resign? If he does not he should go now!" the likely Republican nominee, '
        "Donald Trump, tweeted Sunday after the vote."
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Ann Cole", "Donald Trump"]


def test_incise_verb_read_as_a_participle_with_its_own_subject_is_the_cue(run):
    text = (
        "Many senators have said they will not attend.\n\n"
        '"The slots at the gala are totally filled, with a long waiting list of those that want to speak - '
        'Monday release," Trump tweeted last Saturday.'
    )
    assert speakers(run(text, "en"))[-1][1] == "Trump"


def test_long_description_with_an_apposed_name_before_the_incise_verb(run):
    text = (
        'Mayor Ann Cole defended the budget on Friday. "There is no magic to it," Cole said.\n\n'
        '"Is the council going to act? If it does not it should resign now!" the longtime Green Party nominee '
        "for mayor, Tom Reed, tweeted Sunday."
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Ann Cole", "Tom Reed"]


def test_participle_describing_a_subject_stays_no_cue(run):
    assert speakers(run("The officials accused of fraud were released on Monday.", "en")) == []
    text = '"We are ready," the group said in a statement released Sunday.'
    assert speakers(run(text, "en")) == [("We are ready,", "group")]


def test_description_and_apposed_name_after_a_fronted_participle_are_the_speaker(run):
    text = "Addressing the members at the meeting, the campaign chief, Tom Reed, bluntly suggested that the style was an act."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Tom Reed"]


def test_description_without_an_apposed_name_keeps_the_description(run):
    text = (
        "Mayor Ann Cole defended the budget on Friday.\n\n"
        "Addressing the members at the meeting, the campaign chief bluntly suggested that the style was an act."
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["campaign chief"]
