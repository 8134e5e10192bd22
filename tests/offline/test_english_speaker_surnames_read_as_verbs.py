"""English speakers: a surname the small tagger reads as a verb (one ending in -ing) is still a
mention of the person the article named in full, so a later she/he stands for that person
(sentences written for these tests)."""

from __future__ import annotations


def test_surname_read_as_a_verb_is_the_antecedent_of_the_next_pronoun(run):
    text = (
        "Carla Wendling, 61, has known Senator Ann Cole since high school.\n\n"
        "Walking to the next address, Wendling reminisced about her days growing up with Cole, and said their "
        "views were both changed by the war. Despite her upbringing, she said she can't make sense of the party "
        "today. “Nobody here would recognize it,” she said."
    )
    speakers = [q.speaker for q in run(text, "en").quotes]
    assert speakers[1:] == ["Carla Wendling", "Carla Wendling"]


def test_verb_in_lower_case_or_opening_a_sentence_names_no_one(run):
    # (a lower-case -ing word is the verb; so is a capitalised one that opens a sentence and is
    # no subject)
    text = (
        "Carla Wendling, 61, has known Senator Ann Cole since high school.\n\n"
        "Cole spoke next. Wendling aside, the crowd was quiet. Walking to the car, she said the town had changed."
    )
    assert [q.speaker for q in run(text, "en").quotes] == ["Ann Cole"]
