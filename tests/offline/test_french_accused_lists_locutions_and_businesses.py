"""French accused parties: each member of a list charged with a wrong, « pointer du doigt »
with an adverb inside, an object after a name ending in a number, and businesses or bodies
named by their trade (« les supermarchés », « la grande distribution », « le sous-traitant »)."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def test_every_member_of_a_list_charged_with_a_wrong(run):
    parties = accused(run("Les pêcheurs accusent la préfecture et les hypermarchés de mentir sur les quotas.", "fr"))
    assert {"préfecture", "hypermarchés"} <= set(parties), parties
    assert parties["hypermarchés"].accusers == ["pêcheurs"]


def test_charge_hung_on_the_last_member_of_the_list(run):
    parties = accused(run("Les riverains accusent la mairie et les promoteurs de les avoir trompés.", "fr"))
    assert {"mairie", "promoteurs"} <= set(parties), parties


def test_finger_pointed_with_an_adverb_between(run):
    parties = accused(run("Le syndicat pointe également du doigt la préfecture.", "fr"))
    assert "préfecture" in parties and parties["préfecture"].accusers == ["syndicat"]
    assert not accused(run("Le syndicat ne pointe pas du doigt la préfecture.", "fr"))


def test_number_ending_the_accusers_name_is_no_object(run):
    parties = accused(run("Le collectif Vigie 33 accuse pour sa part la fédération de pêche de cacher les chiffres.", "fr"))
    assert any(name.startswith("fédération de pêche") for name in parties), parties


def test_businesses_named_by_their_trade_are_parties(run):
    assert "supermarchés" in accused(run("Le député s'en prend aussi aux supermarchés.", "fr"))
    assert "grande distribution" in accused(run("La grande distribution est accusée d'écraser les marges des producteurs.", "fr"))
    assert "sous-traitant" in accused(run("Selon l'architecte, le sous-traitant a bâclé les fondations.", "fr"))


def test_subject_of_a_statement_cued_by_a_verb_of_accusation(run):
    parties = accused(run("« La préfecture savait tout depuis le printemps », a accusé Marc Lenoir.", "fr"))
    assert "préfecture" in parties and parties["préfecture"].accusers == ["Marc Lenoir"]
    parties = accused(run("Le délégué Jean Ribes a dénoncé : « L'employeur a choisi les économies plutôt que la sécurité. »", "fr"))
    assert "employeur" in parties and parties["employeur"].accusers == ["Jean Ribes"]


def test_statement_cued_by_a_verb_of_accusation_spares_the_speakers_side(run):
    assert not accused(run("« Nous avons fait notre travail », a dénoncé Marc Lenoir.", "fr"))
    assert not accused(run("« Les agents de la ville ont été remarquables », a salué Marc Lenoir.", "fr"))


def test_negated_clause_of_a_statement_cued_by_a_verb_of_accusation(run):
    parties = accused(run("« La mairie n'a rien fait pendant deux ans », a dénoncé Marc Lenoir.", "fr"))
    assert "mairie" in parties and parties["mairie"].accusers == ["Marc Lenoir"]


def test_hiding_or_playing_down_told_in_a_statement(run):
    parties = accused(run("Selon le syndicat, la direction a occulté l'audit aux employés.", "fr"))
    assert "direction" in parties and parties["direction"].accusers == ["syndicat"]
    parties = accused(run("Pour Lucie Marchal, l'agence a sous-estimé le risque d'inondation.", "fr"))
    assert "agence" in parties and parties["agence"].accusers == ["Lucie Marchal"]
    assert not accused(run("Selon Lucie Marchal, l'agence n'a rien minimisé.", "fr"))


def test_participle_describes_the_noun_it_agrees_with_not_its_complement(run):
    parties = accused(run("D'après la gendarmerie, un chauffeur de la société voisine, licencié en mars pour une faute grave, a incendié l'entrepôt.", "fr"))
    assert not any(name.startswith("société") for name in parties), parties
    assert any(name.startswith("chauffeur") for name in parties), parties
