"""French accused parties: judicial measures in the active voice,
« montrer du doigt », participles of blame, the « de X » of an accusation noun, a perpetrator
named by a copula, person nouns (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_judicial_measure_in_the_active_voice(run):
    result = run("Les douaniers ont placé Lucien Ferrat en garde à vue à Calais.", "fr")
    assert accusers_of(result, "Lucien Ferrat") == ["douaniers"]
    result = run("La juge a mis en examen Lucien Ferrat pour faux en écriture.", "fr")
    assert accusers_of(result, "Lucien Ferrat") == ["juge"]
    result = run("Le magistrat a placé sous contrôle judiciaire trois gérants de la coopérative.", "fr")
    assert any("gérants" in n for n in names(result)), names(result)


def test_placement_verb_without_a_judicial_measure_accuses_no_one(run):
    assert names(run("La mairie a mis en place un nouveau marché couvert.", "fr")) == []
    assert names(run("Le club a placé toute sa confiance dans son jeune gardien.", "fr")) == []


def test_finger_pointing_blames_whom_it_points_at(run):
    result = run("Les pêcheurs montrent du doigt les chalutiers industriels.", "fr")
    assert accusers_of(result, "chalutiers industriels") == ["pêcheurs"]
    result = run("L'enquête pointe du doigt la responsabilité du constructeur.", "fr")
    assert "constructeur" in names(result), names(result)
    result = run("Les éleveurs sont pointés du doigt par la fédération.", "fr")
    assert accusers_of(result, "éleveurs") == ["fédération"]
    assert names(run("Le guide montre du doigt le sommet enneigé.", "fr")) == []


def test_person_nouns_of_trades(run):
    assert names(run("Les experts accusent le pilote d'avoir coupé un moteur.", "fr")) == ["pilote"]
    assert names(run("La préfecture accuse la conductrice d'avoir grillé un feu.", "fr")) == ["conductrice"]


def test_participle_of_blame_in_apposition(run):
    result = run("Le recteur, critiqué pour la fermeture des classes, a quitté ses fonctions.", "fr")
    assert names(result) == ["recteur"], names(result)
    result = run("Lucien Ferrat, vivement dénoncé par les riverains, a retiré son projet.", "fr")
    assert accusers_of(result, "Lucien Ferrat") == ["riverains"]
    assert names(run("La réforme, critiquée pour son coût, a été adoptée.", "fr")) == []


def test_de_complement_of_an_accusation_noun_after_another(run):
    result = run("Le procès en appel de Lucien Ferrat s'ouvrira en juin.", "fr")
    assert names(result) == ["Lucien Ferrat"], names(result)
    result = run("La garde à vue de Lucien Ferrat a été levée dans la soirée.", "fr")
    assert names(result) == ["Lucien Ferrat"], names(result)


def test_perpetrator_named_by_a_copula(run):
    result = run("Lucien Ferrat serait l'auteur présumé du braquage.", "fr")
    assert names(result) == ["Lucien Ferrat"], names(result)
    result = run("Selon les gendarmes, Lucien Ferrat serait l'auteur de l'incendie.", "fr")
    assert accusers_of(result, "Lucien Ferrat") == ["gendarmes"]
    assert names(run("Lucien Ferrat est l'auteur d'un essai sur la marine.", "fr")) == []


def test_clause_with_a_subordinator_is_no_part_of_the_party(run):
    result = run("On soupçonne l'Armée du Nord d'être responsable de l'enlèvement.", "fr")
    assert names(result) == ["Armée du Nord"], names(result)


def test_suspension_for_a_wrong_is_a_sanction(run):
    assert names(run("La cycliste Léa Morvan a été suspendue quatre ans pour dopage.", "fr")) == ["Léa Morvan"]
    assert names(run("Le relayeur Tom Ardent a été disqualifié pour un faux départ.", "fr")) == ["Tom Ardent"]
    assert names(run("Le match a été suspendu à la mi-temps.", "fr")) == []


def test_serving_a_sentence_is_a_conviction(run):
    assert names(run("Hugo Delcour a purgé six ans de prison pour un braquage.", "fr")) == ["Hugo Delcour"]


def test_acquitted_defendant_was_on_trial(run):
    result = run("Le tribunal correctionnel a relaxé Hugo Delcour mardi.", "fr")
    assert accusers_of(result, "Hugo Delcour") == ["tribunal correctionnel"]
    assert names(run("La commune a acquitté la facture du chantier.", "fr")) == []


def test_suspension_for_a_cause_blames_no_one(run):
    assert names(run("Le directeur Hugo Delcour a été suspendu pour raisons de santé.", "fr")) == []
    assert names(run("Le sérum Novax a été suspendu en mars pour cause de pénurie.", "fr")) == []


def test_against_locution(run):
    result = run("L'avocate générale a requis huit ans de réclusion à l'encontre de Hugo Delcour.", "fr")
    assert accusers_of(result, "Hugo Delcour") == ["avocate générale"]
    result = run("Une plainte pour escroquerie a été déposée à l'encontre du notaire.", "fr")
    assert names(result) == ["notaire"], names(result)


def test_plea_makes_a_defendant(run):
    assert names(run("Hugo Delcour a plaidé non coupable devant le juge fédéral.", "fr")) == ["Hugo Delcour"]
    assert names(run("La syndicaliste plaide pour une hausse des salaires.", "fr")) == []


def test_against_locution_inside_the_wrong_names_its_victims(run):
    result = run("Le club fait face à des accusations de brimades à l'encontre de jeunes recrues.", "fr")
    assert not any("recrues" in n for n in names(result)), names(result)
