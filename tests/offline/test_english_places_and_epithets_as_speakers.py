"""English speakers: who a he/she, a "who", an epithet or a newspaper's noun stands for when a
place or the tagger's reading of a word is in the way (sentences written for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_place_named_as_a_place_elsewhere_is_no_antecedent_of_he(run):
    text = (
        "Omar Haddad came to the country four years ago with his two sons. They settled in Springfield, Ohio.\n\n"
        "At first he felt lost in Springfield. He found a job at the school, and Springfield became his home. "
        "Lately, he said, he has seen that the rest of Ohio is less friendly.\n\n"
        "\"People here are still wary of us,\" he said. \"They think we all ride horses.\""
    )
    assert [s for _, s in speakers(run(text, "en"))] == ["Omar Haddad", "Omar Haddad", "Omar Haddad"]


def test_epithet_the_tagger_reads_as_proper_nouns_takes_up_the_person_named_before(run):
    text = (
        "Tom Hale listed a cooking show as his favourite.\n\n"
        "\"My favourite show is the one I hosted,\" the billionaire business mogul told Variety."
    )
    assert speakers(run(text, "en")) == [("My favourite show is the one I hosted,", "Tom Hale")]


def test_who_after_a_place_in_a_persons_apposition_stands_for_that_person(run):
    for text in (
        "\"It worries me,\" said Alan Burke, a dentist from Plainfield, New Jersey, who said he is friendly with the family.",
        "Alan Burke, a dentist from Plainfield, who said he is friendly with the family, took issue with the plan.",
    ):
        assert speakers(run(text, "en"))[-1] == ("he is friendly with the family", "Alan Burke")


def test_editorial_board_speaks_for_the_newspaper_named_before(run):
    text = (
        "The Valley Herald, the state's largest newspaper, has run a string of editorials against the plan. "
        "\"The plan is a waste of money,\" the editorial board wrote."
    )
    assert speakers(run(text, "en")) == [("The plan is a waste of money,", "Valley Herald")]


def test_place_owning_a_newspaper_noun_is_not_the_newspapers_name(run):
    for speech in ("the editorial board wrote", "the paper said"):
        text = (
            "The Valley Herald, Ohio's largest newspaper, has run a string of editorials against the plan. "
            f"\"The plan is a waste of money,\" {speech}."
        )
        assert speakers(run(text, "en")) == [("The plan is a waste of money,", "Valley Herald")]
