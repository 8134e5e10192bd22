"""Claim kinds decided by structure (made-up sentences): a statement of compliance with
a rule is a denial; a sanction for a wrong, or someone held with a participle of suspicion, is an
accusation; « nous n'avons rien caché » rejects what one is said to have done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("« Nos installations respectent toutes les normes européennes », a assuré la directrice Claire Vasseur.", "denial"),
        ("« Le véhicule répond à toutes les exigences de sécurité », a affirmé le constructeur Marc Dubreuil.", "denial"),
        ("« La patiente a été soignée selon la procédure habituelle », a expliqué le médecin Paul Renard.", "denial"),
        # a rule put first frames the statement; the object of « répondre » is no rule; a promise to comply is a pledge
        ("« Le véhicule répond à une demande des familles », a affirmé le constructeur Marc Dubreuil.", "factual_assertion"),
        ("« La vente a été conclue selon une autre procédure », a expliqué le notaire Paul Renard.", "factual_assertion"),
        ("« Nous respecterons les normes européennes », a assuré la directrice Claire Vasseur.", "prediction"),
    ],
)
def test_compliance_with_a_rule_is_a_denial(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le procureur Jean Lafarge a indiqué que le coureur avait été suspendu deux ans pour dopage.", "accusation"),
        ("D'après la gendarmerie, deux frères restaient au commissariat mardi, soupçonnés d'avoir saboté une grue.", "accusation"),
        # a sanction for no wrong, or a custody with no suspicion said, reports a fact
        ("Le procureur Jean Lafarge a indiqué que le coureur avait été suspendu deux ans pour raisons médicales.", "factual_assertion"),
        ("D'après la gendarmerie, deux frères restaient au commissariat mardi soir.", "factual_assertion"),
        # the participle on the subject describes who was arrested: the arrest is the news
        ("« Un cycliste soupçonné de vol a été interpellé à l'aube », a déclaré le procureur Paul Renard.", "factual_assertion"),
    ],
)
def test_a_sanction_for_a_wrong_or_a_suspect_held_is_an_accusation(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("« Nous n'avons rien caché aux enquêteurs », a affirmé la porte-parole Anne Colin.", "denial"),
        ("« Je n'ai rien signé ce jour-là », a déclaré l'ancien trésorier Paul Garnier.", "denial"),
        # what others did not find is a fact
        ("« Les enquêteurs n'ont rien trouvé dans le coffre », a déclaré le procureur Paul Garnier.", "factual_assertion"),
    ],
)
def test_nothing_done_said_of_oneself_is_a_denial(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


def test_a_dateline_place_in_capitals_may_be_a_compound():
    from extractor.engines.offline.docarrays import dateline_ranges
    from extractor.engines.offline.models import get_nlp

    text = "Un titre\n\nSAINT-JEAN-DE-LUZ, 3 mars 2026 – Le groupe a fermé son atelier."
    ranges = dateline_ranges(get_nlp("fr")(text))
    assert len(ranges) == 1 and text[ranges[0][1] :].startswith("Le groupe")


def test_the_noun_of_an_adverbial_locution_is_not_what_a_claim_is_about(run):
    for text, noun in (
        ("« Le maire a en effet ignoré les alertes de la préfecture », a affirmé l'élue Claire Vasseur.", "effet"),
        ("« Nous avons alerté la direction à plusieurs reprises », a affirmé le syndicaliste Paul Renard.", "reprises"),
    ):
        [claim] = run(text, "fr").claims
        assert claim.about and not any(noun in name for name in claim.about), claim.about
