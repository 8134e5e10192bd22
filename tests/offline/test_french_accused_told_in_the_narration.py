"""French accused parties: accusations told in the narration —
participles carried by a host verb, booing, partitive subjects, objects put after an aside,
participles apposed after a comma (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_participle_carried_by_a_host_verb(run):
    result = run("Le recteur s'est retrouvé vivement critiqué par les parents d'élèves.", "fr")
    assert accusers_of(result, "recteur") == ["parents d'élèves"]
    result = run("La trésorière se voit accusée de négligence par les adhérents.", "fr")
    assert accusers_of(result, "trésorière") == ["adhérents"]
    assert names(run("Le gérant reste soupçonné d'abus de biens sociaux.", "fr")) == ["gérant"]
    assert names(run("L'ancien adjoint s'est retrouvé mis en examen pour prise illégale d'intérêts.", "fr")) == ["ancien adjoint"]


def test_host_verb_without_a_participle_of_blame_accuses_no_one(run):
    assert names(run("Le recteur s'est retrouvé seul face aux parents d'élèves.", "fr")) == []
    assert names(run("La trésorière reste optimiste pour la saison prochaine.", "fr")) == []


def test_booing_blames_the_one_booed(run):
    result = run("Les spectateurs ont copieusement hué le président de la fédération.", "fr")
    assert accusers_of(result, "président de la fédération") == ["spectateurs"]
    result = run("La foule a conspué Hélène Vardin à sa sortie du tribunal.", "fr")
    assert accusers_of(result, "Hélène Vardin") == ["foule"]
    result = run("Le nageur Tom Lérac a été sifflé à son arrivée au bassin, les supporters lui reprochant son transfert.", "fr")
    assert "Tom Lérac" in names(result), names(result)
    result = run("Julie Marnat est montée à la tribune. Elle a été chahutée par les militants.", "fr")
    assert accusers_of(result, "Julie Marnat") == ["militants"]


def test_whistling_a_thing_blames_no_one(run):
    assert names(run("L'arbitre a sifflé un coup franc à la dernière minute.", "fr")) == []
    assert names(run("Le contrôleur a sifflé le départ du train.", "fr")) == []


def test_partitive_subject_names_the_group(run):
    result = run("Vingt supporters dont six mineurs ont été interpellés samedi soir devant le stade.", "fr")
    assert names(result) == ["Vingt supporters"], names(result)
    result = run("Douze grévistes dont leur délégué ont été condamnés à une amende.", "fr")
    assert names(result) == ["Douze grévistes"], names(result)


def test_object_after_an_aside_between_commas(run):
    result = run("Les douaniers ont arrêté, au terme d'une longue filature, deux convoyeurs de fonds.", "fr")
    assert accusers_of(result, "deux convoyeurs de fonds") == ["douaniers"]
    result = run("Les gendarmes ont interpellé, jeudi matin, quatre militants antinucléaires.", "fr")
    assert accusers_of(result, "quatre militants antinucléaires") == ["gendarmes"]
    result = run("La cour a condamné, en appel, Victor Halbin à trois ans de prison.", "fr")
    assert accusers_of(result, "Victor Halbin") == ["cour"]
    assert names(run("Les syndicats ont dénoncé, jeudi, la fermeture du site.", "fr")) == []


def test_participle_apposed_after_a_comma_with_adverbs(run):
    result = run("Le sélectionneur, déjà très critiqué pour ses choix, a quitté son poste.", "fr")
    assert names(result) == ["sélectionneur"], names(result)
    result = run("Le gérant du camping, fortement soupçonné de fraude, a démissionné.", "fr")
    assert names(result) == ["gérant du camping"], names(result)
    result = run("Cette affaire ternit l'image de l'ancien préfet, longtemps critiqué pour sa gestion des crues.", "fr")
    assert names(result) == ["ancien préfet"], names(result)
    assert names(run("Le festival a invité le chef d'orchestre, récemment nommé à Lille.", "fr")) == []


def test_whom_a_victims_wrong_comes_from(run):
    result = run("Pour son avocat, l'entraîneur est victime « depuis des mois » de « calomnies » de la part des arbitres.", "fr")
    assert accusers_of(result, "arbitres") == ["avocat"]
    result = run("La sénatrice se dit victime d'une cabale de la part des syndicats.", "fr")
    assert accusers_of(result, "syndicats") == ["sénatrice"]
    result = run("Selon elle, la gardienne a été la cible de moqueries de la part de ses coéquipières.", "fr")
    assert "coéquipières" in names(result), names(result)
    assert names(run("Les riverains sont victimes de coupures de courant depuis lundi.", "fr")) == []


def test_pronoun_of_a_judicial_act_takes_up_the_party_of_the_sentence_before(run):
    result = run("Un jeune homme de 19 ans soupçonné de cambriolage a été interpellé près de la gare du Nord. Il a été déféré au parquet le lendemain.", "fr")
    assert names(result) == ["jeune homme de 19 ans"], names(result)
    result = run("Deux ouvrières soupçonnées de vol ont été arrêtées à Metz. Elles ont été déférées au parquet mercredi.", "fr")
    assert names(result) == ["Deux ouvrières"], names(result)


def test_the_suspect_takes_up_the_unnamed_person_accused_before(run):
    text = "Un jeune homme soupçonné d'incendie volontaire a été interpellé jeudi à Brest.\n\nLe suspect, un lycéen, a reconnu les faits."
    result = run(text, "fr")
    assert names(result) == ["jeune homme"], names(result)
    assert "Le suspect" in result.accused[0].aliases


def test_under_investigation_as_a_predicate(run):
    result = run("D'après la préfecture, quarante saisonniers sont sous enquête.", "fr")
    assert accusers_of(result, "quarante saisonniers") == ["préfecture"]
    result = run("Selon le parquet, trois élus de la commune sont actuellement sous enquête.", "fr")
    assert accusers_of(result, "trois élus") == ["parquet"]
    result = run("Selon le parquet, la gérante du bar est sous le coup d'une enquête pour fraude.", "fr")
    assert accusers_of(result, "gérante du bar") == ["parquet"]
    assert names(run("Le lotissement est sous enquête publique jusqu'en juin.", "fr")) == []
