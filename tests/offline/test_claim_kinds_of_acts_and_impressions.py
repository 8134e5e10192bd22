"""Claim kinds: an act judged as the subject of être, an impression (sembler + infinitive), a
superlative evaluative attribute, a wrong reported in the passive; and the medium of a
statement left out of `about` (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what doing something is or would be: a judgement
        ("« Ne pas régler ce dossier serait faire preuve de lâcheté », a déclaré Luc Ferrand.", "opinion"),
        ("« Promettre des aides irréalistes serait céder à la facilité », a déclaré Luc Ferrand.", "opinion"),
        ("« Partir maintenant serait une erreur », a déclaré Luc Ferrand.", "opinion"),
        # how things look to the speaker
        ("« Ces éléments semblent confirmer l'hypothèse d'un drame », a déclaré Luc Ferrand.", "opinion"),
        # a superlative evaluative adjective on the attribute (parsed as a clause)
        ("« Le vélo est la manière la plus appropriée pour découvrir la vallée », a déclaré Luc Ferrand.", "opinion"),
        # an infinitive with its own clause, or an event, is no judgement
        ("« Le maire a décidé de fermer la route », a déclaré Luc Ferrand.", "factual_assertion"),
        # a wrong reported in the passive blames; an event reported in the passive does not
        ("« De nombreuses malversations ont été découvertes », a déclaré Luc Ferrand.", "accusation"),
        ("« Des fraudes ont été commises dans ce bureau », a déclaré Luc Ferrand.", "accusation"),
        ("« Trois soldats ont été tués », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_judged_acts_impressions_and_passive_wrongs(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "left_out", "kept"),
    [
        # the press release or the video a statement was made in is its medium, not its topic
        ("Dans un communiqué, la compagnie a annoncé qu'elle rembourserait les billets de ses clients.", "communiqué", "billets"),
        ("Dans une vidéo publiée samedi, Luc Ferrand a appelé à continuer le mouvement.", "vidéo", "mouvement"),
    ],
)
def test_the_medium_of_a_statement_is_not_what_it_is_about(run, text, left_out, kept):
    result = run(text, "fr")
    assert result.claims, result.quotes
    about = " | ".join(result.claims[0].about)
    assert left_out not in about and kept in about, about


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a verb the parser hangs from the subject noun ends the noun phrase
        ("« Cet article relève de la pure diffamation », a déclaré Luc Ferrand.", "Cet article", "relève"),
        # an attribute noun names no thing together with its subject and copula
        ("« Partir maintenant serait une erreur », a déclaré Luc Ferrand.", "une erreur", "serait"),
    ],
)
def test_about_names_a_thing_not_a_clause(run, text, expected, not_expected):
    result = run(text, "fr")
    assert result.claims, result.quotes
    about = result.claims[0].about
    assert expected in about and not any(not_expected in a for a in about), about
