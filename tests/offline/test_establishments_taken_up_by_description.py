"""French: an establishment the article names once (« la clinique Saint-Roch ») and then blames
under its kind alone (« la clinique »), or under a word for any establishment or its management
(« l'établissement », « la direction »), is one accused party under its name."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def test_the_kind_noun_takes_up_the_establishment_named_with_it(run):
    result = run("La clinique Valmonde a été inspectée en mars. La clinique est soupçonnée d'avoir falsifié des dossiers.", "fr")
    [party] = result.accused
    assert "Valmonde" in party.name and "La clinique" in party.aliases


def test_a_word_for_any_establishment_takes_up_the_one_named_before(run):
    result = run("Le musée Orlandin expose des masques anciens. Un ancien conservateur accuse l'établissement d'avoir caché leur origine.", "fr")
    [party] = result.accused
    assert "Orlandin" in party.name and "l'établissement" in party.aliases and party.accusers[0].endswith("conservateur")


def test_the_management_takes_up_the_establishment(run):
    result = run("Le musée Orlandin expose des masques anciens. Un ancien conservateur accuse la direction d'avoir caché leur origine.", "fr")
    [party] = result.accused
    assert "Orlandin" in party.name and "la direction" in party.aliases


def test_the_management_takes_up_the_establishment_the_article_is_about(run):
    result = run("La société Valtrim exploite l'usine de Brême. Un ancien cadre accuse la direction d'avoir caché les rejets de l'usine.", "fr")
    [party] = result.accused
    assert "Valtrim" in party.name


def test_no_establishment_named_before_leaves_the_description(run):
    result = run("Un ancien conservateur accuse la direction d'avoir caché l'origine des masques du musée Orlandin.", "fr")
    assert "direction" in accused(result)

