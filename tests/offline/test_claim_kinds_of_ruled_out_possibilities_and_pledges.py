"""Claim kinds decided by structure (made-up sentences): a possibility ruled out in
the present judges; an infinitive quoted under a noun of intention outside the quote is a
pledge."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # « pouvoir » negated or restricted in the present, said of others: a judgement
        ("« Aucune menace ne peut faire reculer notre commune », a déclaré Luc Ferrand.", "opinion"),
        ("« Les mêmes élus ne peuvent pas régler ce problème », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce vote ne peut être lu que comme un désaveu », a déclaré Luc Ferrand.", "opinion"),
        # of the speaker, in the past or the future, or not negated: not that
        ("« Je ne peux pas venir demain », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Le pont ne pouvait pas supporter ce poids », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Le pont ne pourra pas supporter ce poids », a déclaré Luc Ferrand.", "prediction"),
        ("« Les enfants peuvent jouer dans le parc », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_a_possibility_ruled_out_in_the_present_is_a_judgement(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le maire a affirmé sa volonté de « fermer la piscine municipale ».", "prediction"),
        ("La société a publié sur son site sa volonté de « vendre ses usines ».", "prediction"),
        # a possibility evoked is no intention
        ("La mairie a évoqué la possibilité de « fermer la piscine municipale ».", "factual_assertion"),
    ],
)
def test_an_infinitive_quoted_under_a_noun_of_intention_is_a_pledge(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's belief frame, cut from the claim, still makes it a view
        ("« Je crois que l'équipe a trouvé son rythme », a déclaré Luc Ferrand.", "opinion"),
        ("« Nous pensons que la réforme arrive trop tard », a déclaré Luc Ferrand.", "opinion"),
        # a figure believed is still a fact; a future still a prediction; knowing is no belief
        ("« Je pense que la commune compte 3000 habitants », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Je pense que le maire démissionnera », a déclaré Luc Ferrand.", "prediction"),
        ("« Je sais que la mairie a reçu la lettre », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Nous avons annoncé que la piscine a fermé », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_a_first_person_belief_frame_cut_from_the_claim_makes_it_an_opinion(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # the claim opens with the reporting verb and the speaker's own infinitive
        ("La mairie de Lyon a annoncé avoir lancé un audit sur les travaux du tunnel.", "mairie de Lyon"),
        ("Le groupe Renault a indiqué être en rupture de pièces détachées.", "groupe Renault"),
    ],
)
def test_a_claim_of_the_speakers_own_act_reported_with_an_infinitive_is_about_the_speaker(run, text, about):
    result = run(text, "fr")
    assert result.claims and about in result.claims[0].about


def test_an_infinitive_done_by_the_object_of_the_reporting_verb_is_not_about_the_speaker(run):
    result = run("Le syndicat CGT a demandé au maire Paul Durand de partir.", "fr")
    assert result.claims and "syndicat CGT" not in result.claims[0].about


def test_a_vague_noun_phrase_leaves_its_place_to_a_name_of_the_sentence(run):
    # « une solution durable », « un effort de chacun » name no particular thing: the places of
    # the `about` list go to the names the reporting sentence gives
    result = run(
        "« Une solution durable exige un effort de chacun et une écoute des habitants », a déclaré Luc Ferrand à propos de la grève de la SNCF à Rennes.", "fr"
    )
    about = result.claims[0].about
    assert "SNCF" in about and "Rennes" in about
    assert not any(name.lower().startswith(("un ", "une ")) for name in about)
