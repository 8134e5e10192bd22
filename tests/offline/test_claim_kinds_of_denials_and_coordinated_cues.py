"""Claim kinds: a denial stated in the statement's own main verb
whatever the reporting verb, and coordinated reporting verbs that each keep their own kind
(made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb that denies whatever it takes, in any tense and person, under a neutral cue
        ("Son avocat a indiqué qu'il niait toute implication dans cette affaire.", "denial"),
        ("« Il réfute ces accusations », a ajouté le porte-parole du parti.", "denial"),
        ("Selon son entourage, la ministre a démenti avoir signé ce contrat.", "denial"),
        ("Le conseiller a précisé que la mairie démentirait ces rumeurs dès lundi.", "denial"),
        # contesting or rejecting what was charged or asserted
        ("« Mon client conteste les faits qui lui sont reprochés », a déclaré son avocate.", "denial"),
        ("Le ministre rejette les accusations de favoritisme, a indiqué son cabinet.", "denial"),
        ("Les deux gérants contestent les accusations portées contre eux, selon leur avocat.", "denial"),
        ("« La direction rejette toute responsabilité dans cet accident », a affirmé un porte-parole.", "denial"),
        ("Le syndicat récuse cette version des événements, a expliqué sa secrétaire générale.", "denial"),
        # a decision contested is no denial, blame laid on others accuses
        ("Le club conteste la décision de l'arbitre, a précisé son président.", "factual_assertion"),
        ("Le ministre rejette la faute sur ses prédécesseurs, a affirmé son conseiller.", "accusation"),
    ],
)
def test_a_statement_whose_own_verb_denies_is_a_denial(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("L'ONU a condamné cette attaque et appelé les autorités à protéger les civils.", ["accusation", "call_to_action"]),
        ("Le syndicat a dénoncé ces licenciements et a demandé au gouvernement d'intervenir.", ["accusation", "call_to_action"]),
        ("L'association dénonce des conditions indignes et réclame la fermeture du centre.", ["accusation", "call_to_action"]),
        ("Le maire a salué l'initiative et appelé les habitants à participer.", ["opinion", "call_to_action"]),
        ("Le porte-parole a démenti ces informations et appelé les journalistes à la prudence.", ["denial", "call_to_action"]),
        ("Le maire a critiqué la gestion du dossier, appelant l'État à agir.", ["accusation", "call_to_action"]),
        # what is called for names a wrong: still a call, beside the condemnation that accuses
        ("L'ONU a condamné cette attaque et appelé les autorités à poursuivre les auteurs du massacre.", ["accusation", "call_to_action"]),
        ("La ministre a exhorté la police à arrêter les auteurs de ces agressions.", ["call_to_action"]),
        ("Les familles réclament que les auteurs de ces meurtres soient jugés, selon leur avocat.", ["call_to_action"]),
    ],
)
def test_coordinated_reporting_verbs_keep_their_own_kinds(run, text, kinds):
    assert [claim.kind for claim in run(text, "fr").claims] == kinds
