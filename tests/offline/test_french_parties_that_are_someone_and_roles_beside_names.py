"""French accused parties, round 34 (lane accper34): a party is someone, never an act, a quality
or an event; a definite role the article sets off by commas beside a name is that named party;
« le prévenu » is the one person among the parties (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names


def test_a_cause_that_is_no_one_is_no_party(run):
    assert names(run("Le directeur impute les pertes à la remontée brutale des prix.", "fr")) == []
    assert names(run("La direction impute aux blocages un retard de plusieurs jours.", "fr")) == []
    assert names(run("Le gérant impute les dégâts à des actes de vandalisme répétés.", "fr")) == []


def test_people_and_capitalised_institutions_stay_parties(run):
    assert names(run("Le maire impute le déficit de l'hôpital à la Sécurité sociale.", "fr")) == ["Sécurité sociale"]
    assert "casseurs" in names(run("Le maire impute les dégâts à des casseurs venus de la ville voisine.", "fr"))
    assert names(run("Le gérant impute les dégâts au locataire du premier étage.", "fr")) == ["locataire du premier étage"]


def test_a_role_set_off_by_commas_is_the_named_organisation(run):
    result = run(
        "Des habitants ont porté plainte contre Valnor Recyclage, l'exploitant de la décharge, qu'ils accusent d'avoir pollué "
        "la rivière. « Rien n'a été fait », lâche Sylvie Marcel. Elle reproche à l'exploitant d'avoir minimisé chaque incident.",
        "fr",
    )
    assert names(result) == ["Valnor Recyclage"], names(result)
    result = run(
        "Le juge, Marc Lenoir, a interrogé les témoins. Des chauffeurs mettent en cause Flotte Rapide, le loueur de la plateforme. "
        "Selon eux, le loueur les aurait trompés.",
        "fr",
    )
    assert names(result) == ["Flotte Rapide"], names(result)


def test_the_defendant_is_the_one_person_charged(run):
    result = run(
        "Un couvreur de 44 ans a été jugé mardi pour escroquerie. Sa victime, Marie Dubois, une retraitée de 86 ans, a témoigné "
        "à la barre. Le prévenu a contesté avoir menti, mais le parquet lui reproche d'avoir trompé des retraités.",
        "fr",
    )
    assert names(result) == ["couvreur de 44 ans"], names(result)


def test_the_defendant_of_two_people_charged_is_left_apart(run):
    result = run(
        "Un couvreur et un maçon ont été jugés mardi pour escroquerie par le tribunal de Caen. Le prévenu a contesté avoir menti, "
        "mais le parquet lui reproche d'avoir trompé des retraités.",
        "fr",
    )
    assert sorted(names(result)) == ["couvreur", "maçon", "prévenu"], names(result)


def test_a_fronted_phrase_ending_on_a_name_sets_off_no_role(run):
    result = run("Jointe par l'AFP, la coopérative rejette toute responsabilité dans la pollution que lui reprochent les riverains.", "fr")
    assert names(result) == ["coopérative"], names(result)
    result = run("Après l'annonce de la SDJ, la direction a été accusée de censure par les journalistes.", "fr")
    assert names(result) == ["direction"], names(result)
