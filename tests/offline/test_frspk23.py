"""French speakers (round 23): whose subject a causative or a controlled infinitive takes. Made-up sentences."""

from __future__ import annotations

import pytest


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Marc Lenoir, le maire de Vitry, a pris la tête du comité. Il a fait savoir mardi que les travaux seraient terminés en juin.", "les travaux", "Marc Lenoir"),
        ("Les deux avocates ont rencontré le juge. Elles ont fait savoir jeudi soir que leur client ferait appel.", "leur client", "deux avocates"),
        ("Claire Dumas dirige la fondation depuis mai. Elle fait valoir que les dons ont doublé.", "les dons", "Claire Dumas"),
    ],
)
def test_subject_of_a_causative_hung_under_its_infinitive(run, text, start, speaker):
    # The parse hangs « fait » (with the subject) under « savoir » / « valoir », the cue.
    assert speaker_of(run(text, "fr"), start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Les violences de la semaine ont poussé la ministre Anne Roy à dénoncer « une dérive inacceptable » .", "une dérive", "Anne Roy"),
        ("Le scandale a amené le gouvernement à reconnaître que des erreurs avaient été commises.", "des erreurs", "gouvernement"),
        ("La crise a convaincu les syndicats de réclamer une hausse des salaires.", "une hausse", "syndicats"),
        ("Les inondations, qui ont conduit la préfecture à annoncer que les écoles fermeraient, ont cessé.", "les écoles", "préfecture"),
    ],
)
def test_infinitive_after_a_direct_object_has_the_object_for_subject(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


def test_a_subject_control_verb_keeps_its_subject(run):
    text = "Paul Roy a menacé le directeur de révéler que les comptes étaient faux."
    result = run(text, "fr")
    assert all(q.speaker == "Paul Roy" for q in result.quotes)


def test_an_adjunct_infinitive_keeps_the_subject(run):
    # « avant de » brings in what the candidate herself does next, not what the balance sheet says.
    text = "Dans son discours, la candidate a dressé un bilan sévère du quinquennat, avant de dénoncer « une gestion calamiteuse » de la dette."
    assert speaker_of(run(text, "fr"), "« une gestion") == "candidate"
