"""Claim kinds: an adverbial of the speaker's own view, one act equated with another, a label
of deceit put on what was said, and « il faut » with an adverbial before its infinitive
(made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker gives the statement as a view of their own
        ("« À mon avis, ce pont coûte trop cher », a déclaré Luc Ferrand.", "opinion"),
        ("« Selon nous, la route a été construite trop vite », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce maire est pour moi un symbole de courage », a déclaré Luc Ferrand.", "opinion"),
        # « pour moi » naming who benefits is no view
        ("« Le chef a cuisiné pour moi un repas de fête », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_a_statement_in_the_speakers_view(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act named as another judges it, even in the conditional
        ("« Vendre ces terrains serait céder à la facilité », a déclaré Luc Ferrand.", "opinion"),
        ("« Fermer cette école est sacrifier les enfants du village », a déclaré Luc Ferrand.", "opinion"),
        # « être » with « de » and an infinitive says what an aim is
        ("« Le but est de réparer ce pont avant l'hiver », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_one_act_equated_with_another(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a label of deceit on what was said rejects it
        ("« C'est une manipulation grossière », a répondu Luc Ferrand.", "denial"),
        ("« Il s'agit là d'une pure calomnie », a répondu Luc Ferrand.", "denial"),
        ("« Tout cela n'est que mensonge », a répondu Luc Ferrand.", "denial"),
        ("« Mensonges ! », a répondu Luc Ferrand.", "denial"),
        # said of what someone did, the same word blames
        ("« Le journal a publié des calomnies sur le maire », a déclaré Luc Ferrand.", "accusation"),
    ],
)
def test_kind_of_a_label_of_deceit(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "« Il ne faut à aucun moment vendre ces terrains », a déclaré Luc Ferrand.",
        "« Il ne faut sous aucun prétexte signer ce contrat », a déclaré Luc Ferrand.",
    ],
)
def test_il_faut_with_an_adverbial_before_its_infinitive_calls_to_act(first_claim_kind, text):
    assert first_claim_kind(text) == "call_to_action"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a topic set off before « c'est » and what it comes down to: a verdict
        ("« Les vieux tramways, c'est du passé », a déclaré Luc Ferrand.", "opinion"),
        ("« La vraie solution, maintenant, c'est le vélo », a déclaré Luc Ferrand.", "opinion"),
        # not a figure, nor a scene in the past, nor a cleft
        ("« Le suspect, c'est un homme de 30 ans », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Les gardes sont arrivés, c'était la cohue totale », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« C'est le maire qui a signé le contrat », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_a_topic_summed_up_by_c_est(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # slogans without a verb demand
        ("Les grévistes scandaient : « Justice pour les ouvriers ! »", "call_to_action"),
        ("« Honneur aux pompiers ! », a lancé Luc Ferrand.", "call_to_action"),
        ("Les grévistes criaient « Dupont démission ».", "call_to_action"),
        # a verbless statement that names things demands nothing
        ("« Un travail pour chacun », a indiqué Luc Ferrand.", "factual_assertion"),
        ("« Très nombreuses victimes », a indiqué Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_a_slogan(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


def test_verbless_statement_naming_suspects_accuses(first_claim_kind):
    assert first_claim_kind("« Trois adolescents soupçonnés de vols à l'étalage », a indiqué Luc Ferrand.") == "accusation"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one's own journey announced is still to come
        ("Le préfet a annoncé sa visite dans la vallée.", "prediction"),
        ("Le préfet a annoncé son retour à Lyon.", "prediction"),
        # what happened to someone, announced, is a fact
        ("Le préfet a annoncé son décès à la radio.", "factual_assertion"),
    ],
)
def test_kind_of_an_announced_journey(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind
