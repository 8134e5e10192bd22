"""French accused parties and who is no party or no second party: the head of a body who denies
a charge answers for that body, accused in the article, even when the article reports the body
accused only after the denial; the people a denounced statement counts roughly are those a wrong
befell; a role with words added is the person the article names under the bare role (invented
sentences)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_head_denying_before_the_body_is_reported_accused_is_no_second_party(run):
    text = ("Des riverains se plaignent de coupures d'eau à répétition. Le président du Sivalbre Marc Tournier "
            "rejette ces reproches. Une association a déposé plainte contre le Sivalbre pour négligence.")
    found = names(run(text, "fr"))
    assert any("Sivalbre" in n for n in found), found
    assert not any("Tournier" in n for n in found), found


def test_group_denying_shares_only_a_common_noun_with_a_party_found_later(run):
    text = ("Le groupe de supporters Tribune Nord a nié toute implication dans les violences. "
            "Deux supporters ont été placés en garde à vue lundi.")
    found = names(run(text, "fr"))
    assert any("Tribune Nord" in n for n in found), found


def test_denier_heading_no_accused_body_stays_accused(run):
    text = "Des clients disent avoir été prélevés deux fois. Le gérant Marc Tournier rejette ces accusations."
    found = names(run(text, "fr"))
    assert any("Tournier" in n for n in found), found


def test_roughly_counted_subject_of_a_denounced_statement_is_no_party(run):
    text = "Plus de 200 locataires de la cité des Acacias ont reçu une facture de chauffage doublée, a dénoncé lundi l'association."
    assert names(run(text, "fr")) == []
    text = "Une trentaine d'usagers sont restés deux semaines sans courrier, a dénoncé mardi le maire de Valbrune."
    assert names(run(text, "fr")) == []


def test_doer_of_a_denounced_statement_is_still_blamed(run):
    text = "La direction a supprimé quarante postes sans prévenir, a dénoncé jeudi le syndicat."
    found = run(text, "fr").accused
    assert [(a.name, a.accusers) for a in found] == [("direction", ["syndicat"])]


def test_role_with_words_added_is_the_person_named_under_the_bare_role(run):
    text = ("Le gérant de la piscine a été mis en examen pour homicide involontaire. "
            "Le gérant, Lucien Marchetti, n'a pu être joint.")
    assert names(run(text, "fr")) == ["Lucien Marchetti"]
