"""English speakers decided by the clause around the reporting verb: a relative pronoun the
parse also hangs on the reporting verb, and a participle set off by a comma after the object
(sentences written for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_relative_pronoun_of_the_reported_clause_leaves_the_speaker_to_the_other_subject(run):
    text = (
        "The boxes held 40 files that were not among the records Mrs. Rowe had handed to the Finance Ministry, "
        "which she said covered all her work emails."
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Rowe"]


def test_relative_pronoun_leaves_the_speaker_to_the_pronoun_after_it(run):
    text = "Tom Dunn had sent the files to the Treasury Department, which he said represented his whole archive."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Tom Dunn"]


def test_relative_pronoun_alone_still_stands_for_its_antecedent(run):
    text = "The plan was backed by Senator Ana Ruiz, who said it would lower costs."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Ana Ruiz"]


def test_reporting_participle_after_a_comma_on_the_object_is_the_subjects(run):
    text = "Molina dismissed the idea that the dispute should be buried, saying that if she saw a mistake, she would fix it."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Molina"]


def test_infinitive_without_an_object_keeps_the_subject(run):
    text = "Tom Hale went on to say that the plan would fail."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Tom Hale"]
