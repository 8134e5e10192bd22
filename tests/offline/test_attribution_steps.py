"""The named steps of attribution.py's quotation and reporting-verb rules, one behaviour each
(sentences written for these tests): where a quotation's cue is looked for before it, which
words a reporting verb's content hangs on, and where French and English content ends."""

from __future__ import annotations


def quotes(result):
    return [(q.kind, q.speaker, q.text, q.cue) for q in result.quotes]


def test_colon_ending_the_previous_paragraph_introduces_the_quotation(run):
    fr = run("La ministre Claire Dubois a tenu une conférence. Elle a déclaré :\n\n« Nous ne reculerons devant aucune menace. »", "fr")
    en = run("Mayor Claire Dubois spoke to the council on Monday. She said:\n\n“We will not back down on this plan.”", "en")
    assert quotes(fr) == [("direct", "Claire Dubois", "Nous ne reculerons devant aucune menace.", "déclaré")]
    assert quotes(en) == [("direct", "Claire Dubois", "We will not back down on this plan.", "said")]


def test_plain_speech_verb_with_a_noun_object_reports_nothing(run):
    assert run("Mayor Paul Girard said a few words before the vote.", "en").quotes == []


def test_announcing_verb_with_a_determined_noun_object_is_a_statement(run):
    result = run("Le maire Paul Girard a annoncé sa candidature.", "fr")
    assert quotes(result) == [("indirect", "Paul Girard", "sa candidature", "annoncé")]


def test_french_clause_starts_after_que_and_stops_at_an_incise(run):
    result = run("Le maire Paul Girard a annoncé que le pont ouvrira en mai, a-t-il ajouté devant la presse.", "fr")
    assert quotes(result) == [("indirect", "Paul Girard", "le pont ouvrira en mai", "annoncé")]


def test_french_content_after_an_indirect_object_or_an_adverbial(run):
    que = run("Le maire Paul Girard a indiqué à la presse que le pont ouvrira en mai prochain.", "fr")
    infinitive = run("Le ministre Jean Tremblay a reconnu, lors d'une conférence, avoir commis une erreur dans le calcul.", "fr")
    assert quotes(que) == [("indirect", "Paul Girard", "le pont ouvrira en mai prochain", "indiqué")]
    assert quotes(infinitive) == [("indirect", "Jean Tremblay", "avoir commis une erreur dans le calcul", "reconnu")]


def test_english_conjunct_joins_the_report_only_with_its_own_tense_or_that(run):
    narrative = run("Mayor Paul Girard said the bridge would open in May, and the council approved the budget.", "en")
    second_clause = run("Mayor Paul Girard says the bridge will open in May, and that the council will pay for it.", "en")
    assert quotes(narrative) == [("indirect", "Paul Girard", "the bridge would open in May", "said")]
    assert quotes(second_clause) == [("indirect", "Paul Girard", "the bridge will open in May, and that the council will pay for it", "says")]
