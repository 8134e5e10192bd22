"""A sanction told with the reason it was given — a past infinitive or a particular act after
« pour », or what the sanctioned party did in a relative clause, with the sanction as a verb in
the passive or as an announced noun — blames the sanctioned party: an accusation. Told without a
reason, or for a length of time, it reports an act (made-up sentences)."""

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
