"""English speakers: who the he/she of a speech verb stands for after a sentence whose report is
interrupted by its source ("Acme, Ruiz said, has …") (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import speakers_of


def test_inserted_reporter_not_the_reported_subject_is_the_next_pronouns_antecedent(run):
    text = (
        "Jared Dole is a sociologist at the University of Ohio who has studied the rallies.\n\n"
        "Frank Ellis, Dole said, has created a “strange, rule-free zone.”\n"
        "“So afterwards, his supporters feel justified,” he said."
    )
    assert speakers_of(run(text, "en"), "supporters feel") == ["Jared Dole"]


def test_without_an_inserted_reporter_the_main_subject_stays_the_antecedent(run):
    text = (
        "Jared Dole is a sociologist at the University of Ohio who has studied the rallies.\n\n"
        "Frank Ellis has created a “strange, rule-free zone,” as Dole put it.\n"
        "“So afterwards, my supporters feel justified,” he said."
    )
    assert speakers_of(run(text, "en"), "supporters feel") == ["Frank Ellis"]
