"""A sanction told with the reason it was given — a past infinitive or a particular act after
« pour », or what the sanctioned party did in a relative clause, with the sanction as a verb in
the passive or as an announced noun — blames the sanctioned party: an accusation. Told without a
reason, or for a length of time, it reports an act. The clause reported after a channel
(« a annoncé dans un communiqué qu'elle … ») gives the kind, though the parser reads its
« que » as a relative pronoun of the channel. One's own backing or offer announced to a party
(« annonce son soutien à X ») is a call to action (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le procureur Jean Lafarge a indiqué que le gardien avait été licencié pour avoir menti à sa direction.", "accusation"),
        ("La fédération a annoncé l'exclusion du club pour une fraude sur les transferts.", "accusation"),
        ("La préfecture a annoncé l'interpellation de deux hommes qui dégradaient des abribus.", "accusation"),
        ("Le jury a annoncé leur disqualification pour une sortie de couloir.", "accusation"),
        ("Le procureur Jean Lafarge a indiqué que deux hommes qui volaient des câbles avaient été interpellés.", "accusation"),
        # no reason, a length, or a party described by its state: the sanction is the news
        ("Le procureur Jean Lafarge a indiqué que trois hommes avaient été arrêtés dans la nuit.", "factual_assertion"),
        ("Le procureur Jean Lafarge a indiqué que le joueur avait été suspendu pour deux matchs.", "factual_assertion"),
        ("La préfecture a annoncé l'interpellation de deux hommes qui étaient à bord.", "factual_assertion"),
        ("La direction a annoncé le licenciement de cent salariés pour des raisons économiques.", "factual_assertion"),
        ("La compagnie a annoncé la suspension des vols pour une durée indéterminée.", "factual_assertion"),
    ],
)
def test_a_sanction_with_its_reason_is_an_accusation(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La compagnie a annoncé dans un communiqué qu'elle rembourserait les billets de ses clients.", "prediction"),
        ("La mairie a indiqué dans un communiqué qu'elle fermerait la piscine en juin.", "prediction"),
        # the statement opens with the channel
        ("La compagnie annonce aujourd'hui dans un communiqué qu'elle rembourserait les billets de ses clients.", "prediction"),
        # a true relative of the channel: the announced noun is the claim
        ("Le maire a évoqué dans un communiqué qu'il a publié hier la fermeture de la piscine.", "factual_assertion"),
    ],
)
def test_the_clause_reported_after_a_channel_gives_the_kind(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le député Paul Renard annonce son soutien à la candidate écologiste.", "call_to_action"),
        ("La maire a annoncé sa proposition d'alliance au parti centriste.", "call_to_action"),
        # no addressee: what was put forward is only named
        ("Le club a annoncé son soutien financier.", "factual_assertion"),
    ],
)
def test_backing_announced_to_a_party_is_a_call_to_action(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind
