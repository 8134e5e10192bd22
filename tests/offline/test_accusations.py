"""Accusation constructions and claims, in French and English."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def test_accuse_x_of(run):
    fr = run("Le président Paul Roy a accusé les autorités russes de protéger les fraudeurs.", "fr")
    en = run("President Paul Roy accused the Russian authorities of protecting the fraudsters.", "en")
    assert "Russie" in accused(fr) and accused(fr)["Russie"].accusers == ["Paul Roy"]
    assert "Russia" in accused(en) and accused(en)["Russia"].accusers == ["Paul Roy"]
    assert "protéger" in (accused(fr)["Russie"].accusation or "")
    assert "protecting" in (accused(en)["Russia"].accusation or "")


def test_condemn_activity_accuses_its_owner(run):
    fr = run("Le Canada a condamné les cyberactivités de Moscou.", "fr")
    en = run("Canada condemned the cyber activities of Moscow.", "en")
    assert "Russie" in accused(fr)
    assert "Russia" in accused(en)


def test_responsible_in_a_statement(run):
    fr = run("« Le groupe Zeta est responsable de l’attaque », a déclaré Anne Roy.", "fr")
    en = run("“The Zeta group is responsible for the attack,” said Anne Roy.", "en")
    for result in (fr, en):
        names = list(accused(result))
        assert any("Zeta" in n for n in names), names
        record = next(a for a in result.accused if "Zeta" in a.name)
        assert record.accusers == ["Anne Roy"] and record.quote_ids


def test_hold_responsible_passive(run):
    fr = run("« Le gouvernement iranien doit être tenu responsable », a dit Marc Dion.", "fr")
    en = run("“The Iranian government must be held responsible,” said Marc Dion.", "en")
    assert "Iran" in accused(fr)
    assert "Iran" in accused(en)


def test_accused_participle_names_the_accused(run):
    fr = run("La police a arrêté trois militants, accusés d’avoir incendié la mairie.", "fr")
    en = run("Police arrested three activists accused of burning down the town hall.", "en")
    assert any("militants" in n for n in accused(fr))
    assert any("activists" in n for n in accused(en))


def test_claims_carry_claimant_kind_and_hedging(run):
    fr = run("Julie Caron a appelé les pays à agir. Selon les experts, la crise aurait coûté des milliards.", "fr")
    en = run("Julie Caron urged the countries to act. According to experts, the crisis allegedly cost billions.", "en")
    for result in (fr, en):
        kinds = {c.claimant: c for c in result.claims}
        assert kinds["Julie Caron"].kind == "call_to_action"
        experts = next(c for c in result.claims if c.claimant in {"experts"})
        assert experts.hedged
        for claim in result.claims:
            assert claim.quote_ids and all(q in {x.id for x in result.quotes} for q in claim.quote_ids)


def test_seed_accused_parties(run, seed_text):
    result = run(seed_text, "fr")
    names = " | ".join(a.name for a in result.accused)
    for expected in ("Chine", "Sécurité de l’État", "APT40", "APT31", "pirates chinois"):
        assert expected in names


def test_hold_x_responsible_names_x_and_what_for(run):
    en = run("The Riverton school board voted to close the school. Parents held the board responsible for years of neglect.", "en")
    fr = run("La commission a voté la fermeture. Les parents ont tenu la commission scolaire responsable des années de négligence.", "fr")
    record = en.accused[0]
    assert record.name == "Riverton school board" and record.accusers == ["Parents"]
    assert record.accusation == "for years of neglect"
    assert fr.accused and "responsable" not in fr.accused[0].name and "commission" in fr.accused[0].name


def test_accusation_claim_keeps_the_verb_and_merges_fragments(run):
    fr = run("Le président Paul Roy a accusé les autorités russes de « protéger » les fraudeurs, voire de les « financer ».", "fr")
    en = run("Conservative Leader Erin Dale accused the Liberals of punishing families who drive to work.", "en")
    assert len(fr.quotes) == 2 and len(fr.claims) == 1
    claim = fr.claims[0]
    assert claim.text.startswith("Accusé les autorités russes") and claim.quote_ids == ["q1", "q2"] and claim.kind == "accusation"
    assert en.claims[0].text.startswith("Accused the Liberals of punishing families") and en.claims[0].claimant == "Erin Dale"
