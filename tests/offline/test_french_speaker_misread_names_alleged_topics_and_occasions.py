"""French speakers (made-up sentences): a lower-case word the recogniser tags as a person is no
antecedent."""

from __future__ import annotations


def test_lower_case_word_tagged_as_a_person_is_no_antecedent(run):
    result = run(
        "Le viticulteur Marc Aubert a saisi la justice. Des analyses ont révélé la présence de prosulfocarbe dans ses cuves. "
        "« Toute ma récolte est perdue », déplore-t-il.",
        "fr",
    )
    assert [q.speaker for q in result.quotes] == ["Marc Aubert"]
