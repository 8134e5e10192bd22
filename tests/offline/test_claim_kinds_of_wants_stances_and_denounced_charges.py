"""Claim kinds (made-up sentences): what a speaker wants or expects from others is a demand — a
thing or an act expected, a want to know what others hold back, a wanted thing or clause cut
from its cue — while a forecast, a greeting, a past or negated want stay what they are; being
« contre » something is a stance; denouncing the charge itself rejects it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a thing or an act expected from others, the speaker in the first person or left out of the infinitive
        ("« Nous attendons que l'entreprise respecte ses engagements », a déclaré le délégué Paul Roux.", "call_to_action"),
        ("La mère de l'élève, Jeanne Roux, a dit attendre « des réponses, pas des condoléances ».", "call_to_action"),
        # a want to know what others hold back
        ("« Nous voulons savoir qui a pris cette décision », a déclaré Jeanne Roux.", "call_to_action"),
        # a thing wanted, whoever wants it; the wanted clause cut from its cue
        ("Le maire Paul Roux souhaite des excuses de la part du ministre.", "call_to_action"),
        ("Le maire Paul Roux souhaite que le chantier soit suspendu jusqu'à la fin de l'enquête.", "call_to_action"),
        # a number expected is a forecast, « s'attendre à » foresees: no demand
        ("« Nous attendons 3 000 visiteurs ce week-end », a déclaré l'organisateur Paul Roux.", "factual_assertion"),
        ("« Nous nous attendons à une hausse des prix », a déclaré le directeur Paul Roux.", "factual_assertion"),
        # what others wait for, a want of the past or a negated one demands nothing
        ("Les habitants attendent toujours le versement de leurs indemnités, selon le maire Paul Roux.", "factual_assertion"),
        ("« Nous attendions qu'il présente des excuses », a déploré Jeanne Roux.", "opinion"),
        ("« Nous ne voulons pas savoir ce qui s'est passé », a déclaré Jeanne Roux.", "factual_assertion"),
        # a wish addressed to someone is a greeting
        ("Le maire Paul Roux souhaite la bienvenue aux nouveaux habitants.", "opinion"),
        ("Le maire Paul Roux a souhaité bonne chance à son rival.", "opinion"),
    ],
)
def test_a_want_or_an_expectation_of_others_is_a_call_to_action(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("« Je suis contre cette réforme », a déclaré le député Paul Roux.", "opinion"),
        ("Le député Paul Roux s'est dit contre le référendum d'initiative locale.", "opinion"),
        ("Le député Paul Roux a affirmé ne pas être contre son principe.", "opinion"),
    ],
)
def test_being_against_something_is_an_opinion(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the charge itself denounced: rejected
        ("L'avocat du maire, Paul Roux, dénonce des accusations graves, portées sans le moindre élément.", "denial"),
        ("L'avocat Paul Roux a dénoncé des « accusations sans fondement ».", "denial"),
        ("Le directeur Paul Roux a dénoncé un dossier monté de toutes pièces par un concurrent.", "denial"),
        # a wrong denounced, or a fact: an accusation
        ("Le maire Paul Roux a dénoncé les violences commises contre les policiers.", "accusation"),
        ("La juge Jeanne Roux dénonce le fait que trois candidats n'ont pas déposé de parrainages.", "accusation"),
    ],
)
def test_denouncing_the_charge_itself_is_a_denial(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind
