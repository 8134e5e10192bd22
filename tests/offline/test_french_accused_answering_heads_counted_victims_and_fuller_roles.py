"""French accused parties and who is no second party: the head of a body who denies a charge
answers for that body, accused in the article, even when the article reports the body accused
only after the denial (invented sentences)."""

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
