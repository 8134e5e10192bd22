"""French accused parties, round 30 (lane acc30): the phrase a verb of accusation charges is a
party whatever its noun (« accuse la majorité d'avoir … », « reprochent au principal de … »),
a suit brought against someone (« assigner »), and an institution blamed in a statement for
doing nothing or letting things rot (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_the_party_charged_by_an_accusation_verb_needs_no_word_for_people(run):
    result = run("Le conseiller municipal Paul Ferrand a accusé la majorité d'avoir caché le coût des travaux.", "fr")
    assert accusers_of(result, "majorité") == ["Paul Ferrand"]
    result = run("Les parents d'élèves reprochent au principal de ne pas avoir prévenu les familles.", "fr")
    assert accusers_of(result, "principal") == ["parents d'élèves"]
    result = run("Le syndicat reproche à la tutelle régionale de ne jamais contrôler les foyers qu'elle finance.", "fr")
    assert accusers_of(result, "tutelle régionale") == ["syndicat"]


def test_a_thing_or_a_denied_charge_is_no_party(run):
    # (« accuser le coup »: to take a blow; « accuser une baisse »: to show a fall)
    assert names(run("Le secteur du bâtiment a accusé le coup après la hausse des taux.", "fr")) == []
    assert names(run("Les ventes ont accusé une baisse de 4 % au troisième trimestre.", "fr")) == []
    assert names(run("Le maire n'a jamais accusé la majorité d'avoir caché quoi que ce soit.", "fr")) == []


def test_who_is_sued_is_accused_by_who_sues(run):
    result = run("Les locataires ont assigné la société Orvalis devant le tribunal.", "fr")
    assert accusers_of(result, "société Orvalis") == ["locataires"]
    assert names(run("Le ministre a assigné au préfet une mission de médiation.", "fr")) == []


def test_an_institution_that_let_things_rot_or_did_nothing_is_blamed(run):
    result = run("« La direction a laissé pourrir la situation pendant des mois », a lancé Marc Olivier, délégué syndical.", "fr")
    assert accusers_of(result, "direction") == ["Marc Olivier"]
    result = run("« La mairie n'a rien fait depuis dix ans », a dénoncé Julie Arnaud, une habitante du quartier.", "fr")
    assert accusers_of(result, "mairie") == ["Julie Arnaud"]


def test_doing_nothing_clears_a_person_and_one_aim_or_a_condition_accuses_no_one(run):
    assert names(run("« Mon client n'a rien fait », a déclaré son avocat, Me Jean Lucas.", "fr")) == []
    assert names(run("« Nous n'avons rien fait de mal », a assuré le directeur de l'usine.", "fr")) == []
    assert names(run("« Le gouvernement n'a rien fait pour mériter ça », a déclaré le ministre.", "fr")) == []
    assert names(run("« Si l'État n'a rien fait, nous agirons », a déclaré le maire.", "fr")) == []
    assert names(run("« Nous n'avons pas laissé pourrir la situation », a assuré le directeur.", "fr")) == []


def test_who_hushed_up_the_affair_is_blamed_but_not_a_thing_that_stifles(run):
    result = run("« La direction de la clinique a étouffé l'affaire pendant deux ans », a déclaré Paul Roche.", "fr")
    assert accusers_of(result, "direction de la clinique") == ["Paul Roche"]
    assert names(run("« La fumée a failli nous étouffer », a raconté Paul Roche, un habitant.", "fr")) == []
