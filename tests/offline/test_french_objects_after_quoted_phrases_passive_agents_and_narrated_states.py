"""French quotes: quoted words in a phrase set before a verb's subject are no incise of that
verb, which keeps its noun-phrase object as content, and a content keeps the parenthesis it
opens; a passive judgement whose « par » agent the parse mislabels or hangs on a coordinated
attribute still states its subject; a state of mind the imperfect narrates states nothing.
Made-up sentences."""

from __future__ import annotations

import pytest


def reported(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind in ("indirect", "mixed")]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Devant les élus du groupe « Cap au sud », la préfète confirme le gel des tarifs de la cantine.",
            "le gel des tarifs de la cantine",
            "préfète",
        ),
        (
            "Si la directrice « aime le quartier », elle condamne les dégradations commises pendant la fête.",
            "les dégradations commises pendant la fête",
            None,
        ),
    ],
)
def test_quoted_words_before_the_subject_leave_the_verb_its_object(run, sentence, content, speaker):
    found = reported(run(sentence, "fr"))
    assert any(text == content and (speaker is None or who == speaker) for text, who in found), found


def test_quotation_after_the_subject_taken_up_by_the_object_stays_an_incise(run):
    result = run("« Nous fermerons le site en mars », la direction confirme ces propos.", "fr")
    assert reported(result) == []


def test_content_keeps_the_parenthesis_it_opens(run):
    found = reported(run("La ministre a souligné la fragilité du secteur (notamment agricole) : « Nous devons agir. »", "fr"))
    assert ("la fragilité du secteur (notamment agricole)", "ministre") in found


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Le projet, présenté en mars, est jugé trop cher et trop lent par les syndicats, bien qu'il ait permis des embauches.",
            "Le projet, présenté en mars, est jugé trop cher et trop lent",
            "syndicats",
        ),
        ("La réforme, votée en 2019, est jugée trop brutale et trop coûteuse par les maires.", "La réforme, votée en 2019, est jugée trop brutale et trop coûteuse", "maires"),
    ],
)
def test_passive_judgement_with_its_agent_on_a_coordinated_attribute(run, sentence, content, speaker):
    assert (content, speaker) in reported(run(sentence, "fr"))


@pytest.mark.parametrize(
    "sentence",
    [
        "L'équipe espérait que la première médaille serait en or, mais elle a perdu la finale.",
        "Il en voulait à son frère car il pensait que ce dernier cachait de l'argent.",
    ],
)
def test_state_of_mind_narrated_in_the_imperfect_is_no_statement(run, sentence):
    assert reported(run(sentence, "fr")) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Le maire espère que les travaux seront finis en mars.", "les travaux seront finis en mars"),
        ("Le prévenu a assuré qu'il pensait rendre service.", "il pensait rendre service"),
        ("La ministre craignait que la réforme échoue, a-t-elle confié.", "la réforme échoue"),
    ],
)
def test_state_of_mind_voiced_or_reported_stays_a_statement(run, sentence, content):
    assert content in [text for text, _ in reported(run(sentence, "fr"))]
