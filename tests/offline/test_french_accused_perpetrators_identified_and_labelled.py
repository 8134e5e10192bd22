"""French accused parties: people a plural description names, quoted
labels hung on a party, perpetrators identified by name, « l'auteur » of the crime just told
(invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_people_identified_by_name_are_the_party(run):
    result = run("Les gendarmes ont annoncé l'interpellation de trois suspects identifiés comme étant Paul Verdan, Luc Mornet et Anne Sali.", "fr")
    assert names(result) == ["Paul Verdan", "Luc Mornet", "Anne Sali"], names(result)
    assert accusers_of(result, "Luc Mornet") == ["gendarmes"]
    result = run("Les douaniers ont arrêté deux convoyeurs, identifiés comme Karim Solen et Jules Abrin.", "fr")
    assert names(result) == ["Karim Solen", "Jules Abrin"], names(result)
    result = run("Les policiers ont arrêté deux cambrioleurs présumés nommés Karim Solen et Jules Abrin.", "fr")
    assert names(result) == ["Karim Solen", "Jules Abrin"], names(result)


def test_people_named_in_apposition_to_a_plural_description(run):
    result = run("Deux suspects, Karim Solen et Jules Abrin, dorment en cellule depuis vendredi soir.", "fr")
    assert names(result) == ["Karim Solen", "Jules Abrin"], names(result)
    record = next(a for a in result.accused if a.name == "Jules Abrin")
    assert "Deux suspects" in record.aliases, record.aliases


def test_people_named_after_a_description_of_no_wrongdoers_are_no_party(run):
    assert names(run("Deux amis, Karim Solen et Jules Abrin, ont ouvert une boulangerie.", "fr")) == []


def test_unnamed_suspect_is_the_suspects_the_article_names(run):
    result = run("Un individu a tiré sur des passants jeudi soir. Les enquêteurs ont arrêté samedi deux suspects "
                 "identifiés comme Karim Solen et Jules Abrin. Un suspect aurait été interpellé dans sa voiture.", "fr")
    assert names(result) == ["Karim Solen", "Jules Abrin"], names(result)


def test_unnamed_perpetrator_under_another_noun_stays_a_party(run):
    result = run("Un homme a tiré sur des passants jeudi soir. Le tireur est toujours en fuite. Les enquêteurs ont "
                 "arrêté deux suspects identifiés comme Karim Solen et Jules Abrin.", "fr")
    assert "homme" in names(result), names(result)
    assert "Karim Solen" in names(result), names(result)


def test_quoted_label_hung_on_a_party_blames_it(run):
    result = run("La capitaine a qualifié ses adversaires de « tricheuses sans honneur ».", "fr")
    assert accusers_of(result, "adversaires") == ["capitaine"]
    result = run("Le maire avait qualifié le préfet de « fonctionnaire zélé ».", "fr")
    assert accusers_of(result, "préfet") == ["maire"]
    result = run("Le syndicat a traité la ministre de « menteuse professionnelle ».", "fr")
    assert accusers_of(result, "ministre") == ["syndicat"]
    result = run("Le roman a été éreinté par Hélène Morand, qui qualifie Lucien Varle de « plagiaire sans talent ».", "fr")
    assert accusers_of(result, "Lucien Varle") == ["Hélène Morand"]


def test_quoted_label_that_praises_or_judges_a_thing_blames_no_one(run):
    assert names(run("Le ministre a qualifié les sauveteurs de « héros ».", "fr")) == []
    assert names(run("La députée a qualifié la réforme de « brutale ».", "fr")) == []
    assert names(run("L'entraîneur a qualifié le match de « piège ».", "fr")) == []


def test_singular_perpetrator_identified_by_name(run):
    result = run("L'auteur de l'agression au marteau, identifié comme Hugo Ferrand, était connu de la justice.", "fr")
    assert names(result) == ["Hugo Ferrand"], names(result)
    result = run("Le tireur présumé a été identifié comme Hugo Ferrand, un ancien gardien de nuit.", "fr")
    assert names(result) == ["Hugo Ferrand"], names(result)
    record = result.accused[0]
    assert "Le tireur présumé" in record.aliases, record.aliases


def test_perpetrator_identified_by_a_description_stays_unnamed(run):
    result = run("Le tireur présumé a été identifié comme un ancien gardien de nuit.", "fr")
    assert names(result) == ["tireur"], names(result)


def test_author_of_the_crime_just_told(run):
    result = run("Une voiture a foncé sur la terrasse d'un café dimanche, une attaque qui a fait six blessés. "
                 "L'auteur, Hugo Ferrand, a été maîtrisé par des clients.", "fr")
    assert names(result) == ["Hugo Ferrand"], names(result)
    result = run("L'incendie du hangar a tout détruit. L'auteur, Léa Pontet, a été interpellée le lendemain.", "fr")
    assert names(result) == ["Léa Pontet"], names(result)


def test_author_of_a_work_is_no_perpetrator(run):
    assert names(run("Le roman a obtenu un prix littéraire. L'auteur, Hugo Ferrand, a remercié ses lecteurs.", "fr")) == []
    assert names(run("L'attaque du match a été brillante. L'auteur du but, Hugo Ferrand, a été félicité.", "fr")) == []
