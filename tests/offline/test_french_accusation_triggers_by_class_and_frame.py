"""French accused parties: the accusation triggers read over their whole
class and in every frame: judicial acts in the active, their nominalisations with a misattached
« de X », reflexive causatives (« se faire arrêter », « se voir reprocher »), verbs of reproach,
« rendre X responsable », « taxer X de … », verbs of commissioning a crime (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


@pytest.mark.parametrize("text, party, accuser", [
    ("Le parquet poursuit Hugo Verlaine pour abus de confiance.", "Hugo Verlaine", "parquet"),
    ("Le parquet de Lille a décidé de poursuivre Hugo Verlaine.", "Hugo Verlaine", "parquet de Lille"),
    ("Les autorités espagnoles ont extradé Hugo Verlaine vers l'Italie.", "Hugo Verlaine", "autorités espagnoles"),
    ("Le juge a déféré Hugo Verlaine au parquet.", "Hugo Verlaine", "juge"),
    ("La fédération a disqualifié Hugo Verlaine pour tricherie.", "Hugo Verlaine", "fédération"),
])
def test_judicial_acts_in_the_active_accuse_their_object(run, text, party, accuser):
    result = run(text, "fr")
    assert names(result) == [party], names(result)
    assert accusers_of(result, party) == [accuser]


@pytest.mark.parametrize("text", [
    "La coopérative poursuit son développement en Bretagne.",
    "Le pays poursuivra ses opérations militaires dans le nord s'il le faut.",
    "Les grévistes poursuivent leur mouvement malgré la pluie.",
    "Le parquet n'a pas poursuivi Hugo Verlaine.",
])
def test_judicial_verbs_acting_on_things_or_denied_accuse_no_one(run, text):
    assert names(run(text, "fr")) == []


def test_the_destination_of_an_extradition_is_no_party(run):
    assert names(run("La Suisse a extradé Hugo Verlaine vers la France.", "fr")) == ["Hugo Verlaine"]


@pytest.mark.parametrize("text", [
    "L'emprisonnement de Hugo Verlaine a indigné ses proches.",
    "La disqualification de Hugo Verlaine a été confirmée par le jury.",
    "L'incarcération de Hugo Verlaine a été prolongée de six mois.",
])
def test_nominalisations_of_judicial_acts_accuse_their_de_complement(run, text):
    assert names(run(text, "fr")) == ["Hugo Verlaine"]


def test_a_judicial_nouns_complement_hung_on_the_verb_is_its_party(run):
    result = run("La juge a ordonné l'incarcération de Hugo Verlaine.", "fr")
    assert accusers_of(result, "Hugo Verlaine") == ["juge"]


@pytest.mark.parametrize("text, party", [
    ("Hugo Verlaine s'est fait arrêter à la gare de Metz.", "Hugo Verlaine"),
    ("Hugo Verlaine s'est fait interpeller jeudi soir.", "Hugo Verlaine"),
    ("Hugo Verlaine s'est fait condamner à une lourde amende.", "Hugo Verlaine"),
    ("Hugo Verlaine s'est vu reprocher son retard par la direction.", "Hugo Verlaine"),
    ("Le club de Vannes s'est vu infliger une amende.", "club de Vannes"),
])
def test_reflexive_causatives_are_undergone_by_their_subject(run, text, party):
    assert names(run(text, "fr")) == [party]


def test_a_reflexive_causative_keeps_its_agent_as_accuser(run):
    result = run("La sénatrice se fait critiquer par ses propres alliés.", "fr")
    assert accusers_of(result, "sénatrice") == ["propres alliés"]


@pytest.mark.parametrize("text", [
    "Hugo Verlaine ne s'est pas fait arrêter.",
    "Hugo Verlaine s'est fait opérer du genou.",
    "Hugo Verlaine s'est vu remettre une médaille.",
])
def test_reflexive_causatives_denied_or_of_no_wrong_accuse_no_one(run, text):
    assert names(run(text, "fr")) == []


@pytest.mark.parametrize("text, party, accuser", [
    ("La présidente a tancé ses ministres en conseil.", "ministres", "présidente"),
    ("L'arbitre a réprimandé le capitaine.", "capitaine", "arbitre"),
    ("La Cour des comptes égratigne la direction du port.", "direction du port", "Cour des comptes"),
    ("Le sous-préfet a été recadré par la ministre.", "sous-préfet", "ministre"),
    ("L'opposition a cloué au pilori le ministre des Transports.", "ministre des Transports", "opposition"),
])
def test_verbs_of_reproach_blame_their_object(run, text, party, accuser):
    result = run(text, "fr")
    assert names(result) == [party], names(result)
    assert accusers_of(result, party) == [accuser]


def test_a_reproach_verb_aimed_at_a_thing_blames_no_one(run):
    assert names(run("La ministre a recadré le débat sur les salaires.", "fr")) == []


def test_rendre_responsable_holds_the_object_responsible(run):
    result = run("Les riverains rendent la mairie responsable des inondations.", "fr")
    assert accusers_of(result, "mairie") == ["riverains"]
    assert names(run("Le président a rendu hommage aux pompiers.", "fr")) == []


def test_taxer_de_charges_the_object_with_a_fault(run):
    result = run("Ses rivaux ont taxé la maire d'amateurisme.", "fr")
    assert names(result) == ["maire"], names(result)
    assert accusers_of(result, "maire") == ["rivaux"]
    result = run("La maire a été taxée d'amateurisme par ses rivaux.", "fr")
    assert accusers_of(result, "maire") == ["rivaux"]
    assert names(run("Le gouvernement veut taxer les grandes surfaces de 5 %.", "fr")) == []


def test_commissioning_a_crime_accuses_its_subject(run):
    result = run("Selon les enquêteurs, l'homme d'affaires Paul Sorel a commandité l'assassinat du notaire.", "fr")
    assert names(result) == ["Paul Sorel"], names(result)
    assert accusers_of(result, "Paul Sorel") == ["enquêteurs"]


def test_a_possessed_judicial_act_is_undergone_by_the_subject_it_takes_up(run):
    result = run("Hugo Verlaine a été relâché trois jours après son arrestation.", "fr")
    assert names(result) == ["Hugo Verlaine"], names(result)
    result = run("Les cyclistes néerlandais fêtaient leur podium quand l'arbitre a prononcé leur disqualification.", "fr")
    assert names(result) == ["cyclistes néerlandais"], names(result)
    assert accusers_of(result, "cyclistes néerlandais") == ["arbitre"]


@pytest.mark.parametrize("text", [
    "La cour d'appel a confirmé sa condamnation.",
    "Les ouvriers ont gagné leur procès contre la fonderie.",
])
def test_a_possessed_judicial_act_without_its_party_accuses_no_one(run, text):
    assert names(run(text, "fr")) == []


@pytest.mark.parametrize("text, party", [
    ("Hugo Verlaine, en détention provisoire depuis avril, a obtenu sa remise en liberté.", "Hugo Verlaine"),
    ("Les trois convoyeurs, en garde à vue depuis mardi, ont été relâchés.", "trois convoyeurs"),
    ("La directrice, sous contrôle judiciaire depuis l'été, a quitté ses fonctions.", "directrice"),
])
def test_custody_set_off_by_commas_is_said_of_the_party_before_it(run, text, party):
    assert names(run(text, "fr")) == [party]


@pytest.mark.parametrize("text", [
    "La ministre, en visite à Brest, a inauguré la passerelle.",
    "Le député, en colère, a claqué la porte.",
])
def test_a_state_set_off_by_commas_that_is_no_custody_accuses_no_one(run, text):
    assert names(run(text, "fr")) == []


def test_an_object_relative_whose_que_the_parser_read_as_a_conjunction(run):
    result = run("Le trésorier, que les adhérents accusent de négligence, a quitté le club.", "fr")
    assert accusers_of(result, "trésorier") == ["adhérents"]
    result = run("Le trésorier, que les gendarmes ont interpellé lundi, a quitté le club.", "fr")
    assert accusers_of(result, "trésorier") == ["gendarmes"]
    assert names(run("Le trésorier, que les adhérents apprécient, a quitté le club.", "fr")) == []


def test_a_possessed_judicial_act_after_a_person_object_is_ambiguous(run):
    assert names(run("Son conseil, Maître Jean Arnal, l'a représentée pendant son procès.", "fr")) == []
