"""Claims: the channel a statement was made through is left out of `about`, and the kinds of
some French constructions (made-up sentences)."""

from __future__ import annotations


def claims_of(result, claimant: str):
    return [c for c in result.claims if c.claimant == claimant]


def test_news_agency_told_is_not_what_the_claim_is_about(run):
    # « a déclaré à l'AFP »: the agency is the channel, the claim is about the swimming pool.
    text = "Le maire, Paul Martin, a déclaré à l'AFP que la piscine municipale fermera en juin."
    [claim] = claims_of(run(text, "fr"), "Paul Martin")
    assert "AFP" not in claim.about, claim.about
    assert "la piscine municipale" in claim.about


def test_interview_channel_is_not_what_the_claim_is_about(run):
    text = "Dans un entretien au Monde, la ministre Claire Durand a affirmé que la réforme des retraites serait adoptée."
    [claim] = claims_of(run(text, "fr"), "Claire Durand")
    assert not any("Monde" in a for a in claim.about), claim.about


def test_addressee_of_a_demand_stays_in_about(run):
    # « demande à l'ONU de … »: the one asked to act is what the call is about.
    text = "Le ministre Paul Martin a demandé à l'ONU d'envoyer des observateurs au Mali."
    [claim] = claims_of(run(text, "fr"), "Paul Martin")
    assert any("ONU" in a for a in claim.about), claim.about


def test_english_agency_told_is_left_out(run):
    text = "Mayor Jane Doe told Reuters that the city bridge will close in June."
    [claim] = claims_of(run(text, "en"), "Jane Doe")
    assert "Reuters" not in claim.about, claim.about


def test_clock_time_is_not_what_the_claim_is_about(run):
    text = "À 17h20, la préfecture a annoncé que les automobilistes ne recevront pas de facture."
    claims = run(text, "fr").claims
    assert claims and not any("17h20" in a for c in claims for a in c.about), [c.about for c in claims]


def test_bare_title_names_the_one_person_holding_it(run):
    # « le préfet » alone: the claim is about the prefect the article names, by his full name.
    text = "Le préfet Jean Dupont a fermé la route. Le député Paul Martin a affirmé que le préfet est un charlatan."
    [claim] = claims_of(run(text, "fr"), "Paul Martin")
    assert "Jean Dupont" in claim.about, claim.about


def test_stigma_label_predicated_of_someone_accuses(run):
    text = "Le député Paul Martin a affirmé que le directeur de l'usine jouait les dictateurs."
    [claim] = claims_of(run(text, "fr"), "Paul Martin")
    assert claim.kind == "accusation", claim.kind


def test_attack_orchestrated_by_someone_accuses(run):
    text = "Le député Paul Martin a affirmé que l'attentat a été orchestré par un groupe armé."
    [claim] = claims_of(run(text, "fr"), "Paul Martin")
    assert claim.kind == "accusation", claim.kind
