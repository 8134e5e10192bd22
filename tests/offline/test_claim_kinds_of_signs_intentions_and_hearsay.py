"""Claim kinds: a thing read as the sign of something or as a milestone, an intention
made known, a taste, sympathy offered, pretence, money received by hearsay, and a first-person
passive with its agent (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a thing or an act read as the sign of something: the speaker's interpretation
        ("« Cette réforme incarne le renouveau du pays », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce vote reflète une société fracturée », a déclaré Luc Ferrand.", "opinion"),
        ("« Ces chiffres témoignent d'un profond malaise », a déclaré Luc Ferrand.", "opinion"),
        ("« Cette décision symbolise l'échec de la diplomatie », a déclaré Luc Ferrand.", "opinion"),
        ("« Cet incident illustre la fragilité du système », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce score ne reflète pas la physionomie du match », a déclaré Luc Ferrand.", "opinion"),
        ("Le pacte, selon le ministre, continue de refléter une époque révolue.", "opinion"),
        # an event said to mark or open a stage in a history
        ("« Cet accord marque un tournant dans nos relations », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce rapprochement marque une nouvelle étape dans nos échanges », a déclaré Luc Ferrand.", "opinion"),
        ("« La victoire ouvre un nouveau chapitre pour le club », a déclaré Luc Ferrand.", "opinion"),
        ("Selon l'élue, ce jumelage marque « une nouvelle ère » pour les deux communes.", "opinion"),
        ("« Le buteur a marqué deux buts en seconde période », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Cette date marque le début de la saison », a déclaré Luc Ferrand.", "factual_assertion"),
        # what was shown (a clause), or a testimony of one's own, is no reading of a sign
        ("« L'étude illustre que les prix ont baissé », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« J'ai témoigné devant le juge hier », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_a_thing_read_as_a_sign_is_an_opinion(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a noun of intention with its possessive and infinitive, made known
        ("Le ministre a annoncé son intention de fermer trois casernes.", "prediction"),
        ("La direction a fait part de son intention de délocaliser la production.", "prediction"),
        ("Le groupe a fait part de sa volonté de racheter son concurrent.", "prediction"),
        ("Le club a exprimé sa volonté de recruter un nouvel entraîneur.", "prediction"),
        # a verb of saying with an infinitive of intending
        ("Le maire a indiqué vouloir rénover la piscine municipale.", "prediction"),
        ("Le président a affirmé vouloir rester en poste jusqu'à la fin de son mandat.", "prediction"),
        # no intention: refused
        ("« Nous n'avons aucune intention de céder », a déclaré Luc Ferrand.", "factual_assertion"),
        ("Le maire a dit ne pas vouloir se représenter.", "factual_assertion"),
    ],
)
def test_an_intention_made_known_is_a_prediction(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a compound passive with its agent tells what happened to the speaker
        ("« Nous avons été bloqués par la neige près du col », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Nous avons été aidés par le vent l'an passé », a déclaré Luc Ferrand.", "factual_assertion"),
        # the present passive is the state it left; a feeling stays one in any tense
        ("« Nous sommes scandalisés par ces propos », a déclaré Luc Ferrand.", "opinion"),
        ("« Je suis déçu par ce résultat », a déclaré Luc Ferrand.", "opinion"),
        ("« J'ai été choqué par cette décision », a déclaré Luc Ferrand.", "opinion"),
    ],
)
def test_a_first_person_passive_with_its_agent_is_an_event(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a taste in the present is a judgement; a past one portrays someone
        ("« Les lecteurs n'aiment pas les romans trop longs », a déclaré Luc Ferrand.", "opinion"),
        ("« J'adore cette ville », a déclaré Luc Ferrand.", "opinion"),
        ("« Il aimait pêcher le dimanche », a déclaré Luc Ferrand.", "factual_assertion"),
        # sympathy offered is a feeling voiced
        ("« Nous adressons notre sympathie aux familles », a déclaré Luc Ferrand.", "opinion"),
    ],
)
def test_a_taste_or_sympathy_is_an_opinion(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # someone said to pretend is charged with bad faith
        ("« Le préfet fait comme s'il n'avait rien entendu », a déclaré Luc Ferrand.", "accusation"),
        ("« Le gouvernement feint d'ignorer la colère des agriculteurs », a déclaré Luc Ferrand.", "accusation"),
        ("« Les élus ont fait semblant de nous écouter », a déclaré Luc Ferrand.", "accusation"),
        # not negated, and « faire comme » without « si » pretends nothing
        ("« Je ne fais pas semblant d'être heureux », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Le maire fait comme toujours une visite des quartiers », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_pretending_is_an_accusation(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person said, by hearsay, to have received money is charged with an undue payment
        ("Selon le journal, il aurait touché 20 000 euros pour une seule conférence.", "accusation"),
        ("Selon le journal, la sénatrice Claire Dumas aurait perçu une prime de 8 000 euros.", "accusation"),
        ("Selon le journal, Marc Lenoir aurait bénéficié de trois virements d'une valeur de 5 000 euros chacun.", "accusation"),
        # a plain past, an organisation's receipt, or no money is no such charge
        ("Selon le journal, il a touché 2 000 euros de salaire en mars.", "factual_assertion"),
        ("Selon le journal, le club aurait reçu 5 millions d'euros pour le transfert.", "factual_assertion"),
        ("Selon le journal, il aurait reçu une lettre de menaces.", "factual_assertion"),
    ],
)
def test_money_received_by_hearsay_is_an_accusation(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind
