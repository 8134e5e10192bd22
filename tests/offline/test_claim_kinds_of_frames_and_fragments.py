"""Claim kinds: the future of reported speech, a bare label of wrongdoing, one of a judged kind,
« il s'agit de » with an infinitive, and the act around a fragment quoted without a cue
(made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a conditional passive after a verb of saying: the future seen from the past
        ("Le ministre a annoncé que le pont serait fermé en mars.", "prediction"),
        # after « selon » the conditional hedges; with a verb that takes être it is a past event
        ("Selon le ministre, le pont serait fermé depuis mars.", "factual_assertion"),
        ("Le ministre a déclaré que le suspect serait parti en Espagne.", "factual_assertion"),
    ],
)
def test_kind_of_a_conditional_passive_in_reported_speech(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bare label blames when it names a wrong, judges otherwise
        ("Le juge considère ce système comme « politisé ».", "accusation"),
        ("Le juge considère ce système comme « complexe ».", "opinion"),
        # one of a judged kind is judged; one of a kind is not
        ("« Ce naufrage est l'une des pires tragédies de l'année », a déclaré Luc Ferrand.", "opinion"),
        ("« Il pourrait s'agir de l'un des plus graves accidents de la région », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce village est l'un des villages de la région », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Ce projet représente un danger pour la ville », a déclaré Luc Ferrand.", "opinion"),
    ],
)
def test_kind_of_labels_and_of_one_of_a_kind(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # « il s'agit de » + infinitive: what is to be done; in the past the aim, with a noun a thing
        ("« Il s'agit de construire des écoles dans chaque village », a déclaré Luc Ferrand.", "call_to_action"),
        ("« Il s'agissait de construire des écoles dans chaque village », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Il s'agit d'un projet ancien », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_il_s_agit_de(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a fragment quoted without a cue takes the act of the verb it completes; not a negated one
        ("La ministre Anne Morel avait présenté un plan. Elle souhaitait rapidement « signer l'accord avec les syndicats » avant le vote.", "prediction"),
        ("La ministre Anne Morel avait présenté un plan. Elle ne voulait pas « signer l'accord avec les syndicats » avant le vote.", "factual_assertion"),
    ],
)
def test_kind_of_a_fragment_from_the_verb_around_it(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # « ne … que » restricts, it does not negate: what something amounts to is a judgement
        ("« Ces promesses ne sont que des mots », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce n'est qu'une hausse de 3 % », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Il ne reste que trois jours avant le vote », a déclaré Luc Ferrand.", "factual_assertion"),
        # a restriction said in answer still rejects
        ("Le maire a répondu que le rapport ne contenait que des chiffres publics.", "denial"),
        # a subject that is a word of connection is no connection denied
        ("« Le rapport ne contient pas de chiffres », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Aucun lien n'existe entre ces deux affaires », a déclaré Luc Ferrand.", "denial"),
    ],
)
def test_kind_of_a_restriction_and_of_a_connection(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the perfect of a verb that takes être is an event, not the speaker's state
        ("« Je suis tombé sur sa messagerie », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Je suis déçu par ce vote », a déclaré Luc Ferrand.", "opinion"),
        # never having done it, in reported speech too, and « à aucun moment »
        ("Le ministre a déclaré qu'il n'avait jamais touché cet argent.", "denial"),
        ("« À aucun moment je n'ai rencontré cet homme », a déclaré Luc Ferrand.", "denial"),
    ],
)
def test_kind_of_an_event_in_the_first_person_and_of_never_having_done(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind
