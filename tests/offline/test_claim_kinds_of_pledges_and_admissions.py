"""Claim kinds: readiness as a pledge, a new measure announced, an act the speaker admits
(made-up sentences)."""

from __future__ import annotations

import pytest


def first_claim(run, text: str):
    result = run(text, "fr")
    assert result.claims, result.quotes
    return result.claims[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an adjective of readiness or resolve with its infinitive: what the subject stands ready to do
        ("« Nous sommes prêts à négocier avec les syndicats », a déclaré Luc Ferrand.", "prediction"),
        ("« Les élus sont disposés à discuter du budget », a déclaré Luc Ferrand.", "prediction"),
        ("« Il est déterminé à se représenter », a déclaré Luc Ferrand.", "prediction"),
        # ready, without an act to do, is a description
        ("« Le pain est prêt », a déclaré Luc Ferrand.", "opinion"),
    ],
)
def test_kind_of_readiness(run, text, kind):
    claim = first_claim(run, text)
    assert claim.kind == kind, (claim.text, claim.kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a new measure, brought in with the indefinite article, is still to come
        ("Les élus de la région annoncent un référendum sur la fusion.", "prediction"),
        ("Le gouvernement a annoncé un engagement de deux cents millions d'euros pour la région.", "prediction"),
        # the definite article names what was done
        ("Le ministre a annoncé l'arrestation de trois hommes.", "factual_assertion"),
    ],
)
def test_kind_of_an_announced_measure(run, text, kind):
    claim = first_claim(run, text)
    assert claim.kind == kind, (claim.text, claim.kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's own act, told in a perfect infinitive: admitted or explained, no accusation
        ("Le suspect a avoué avoir tué les deux gardiens.", "factual_assertion"),
        ("Le général a reconnu avoir trompé le ministre sur ses contacts.", "factual_assertion"),
        # having been wronged accuses; a negated act denies; a wrong said of another accuses
        ("Le ministre a affirmé avoir été trompé par de fausses informations.", "accusation"),
        ("Le député affirme n'avoir jamais menti aux électeurs.", "denial"),
        ("« Le maire a menti aux électeurs », a déclaré Luc Ferrand.", "accusation"),
        # an adjective of wrongdoing the parser hangs after its noun as a clause still says the wrong
        ("La directrice estime qu'il s'agit « d'un sabotage volontaire de la chaîne de montage ».", "accusation"),
        ("« Les pompiers ont mené une intervention rapide », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_an_admitted_act(run, text, kind):
    claim = first_claim(run, text)
    assert claim.kind == kind, (claim.text, claim.kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # rejecting the blame onto someone lays it on them
        ("Le ministre rejette la responsabilité de la crise sur ses prédécesseurs.", "accusation"),
        ("L'armée a rejeté la faute sur les rebelles.", "accusation"),
        # rejecting a charge or a responsibility, with no one to put it on, denies
        ("Le ministre a rejeté les accusations de l'opposition.", "denial"),
        ("Le ministre a rejeté toute responsabilité dans la crise.", "denial"),
    ],
)
def test_kind_of_shifting_the_blame(run, text, kind):
    claim = first_claim(run, text)
    assert claim.kind == kind, (claim.text, claim.kind)


def test_an_accusation_is_about_whom_its_speaker_accuses(run):
    # the second statement names the accused party by a pronoun only
    result = run(
        "Le maire Luc Ferrand accuse la société Vélonet de fraude fiscale. « Ils ont menti à tout le monde pendant des années », a ajouté Luc Ferrand.",
        "fr",
    )
    claim = next(c for c in result.claims if c.text.startswith("Ils ont menti"))
    assert claim.kind == "accusation"
    assert any("Vélonet" in a for a in claim.about), claim.about
