"""French accused parties, round 34 (lane accorg34): an organisation or a collective held
responsible with no word of accusation (`_Finder._organisations_held_responsible`): in an article
that reports a wrong, a body a source other than itself speaks of as the one whose duty went
undone, whose faults are at stake or who must answer for the harm (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_a_body_whose_duty_a_source_says_went_undone(run):
    result = run("Des parents accusent le transporteur de négligence. « La Région n'a jamais exigé le moindre contrôle des cars », déplore Anne Roux.", "fr")
    assert accusers_of(result, "Région") == ["Anne Roux"], names(result)


def test_the_faults_of_a_body(run):
    result = run("Des parents accusent le transporteur de négligence. Selon Anne Roux, les carences de la Région sont connues depuis des années.", "fr")
    assert accusers_of(result, "Région") == ["Anne Roux"], names(result)


def test_a_body_that_ought_to_have_acted(run):
    result = run("Trois salariés accusent le groupe Ferlon de harcèlement. « La direction aurait dû réagir dès les premières alertes », estime Nadia Colin.", "fr")
    # (« la direction » of the group named before is that group: `_establishments_taken_up_by_description`)
    assert accusers_of(result, "groupe Ferlon") == ["Trois salariés", "Nadia Colin"], names(result)


def test_a_body_that_must_answer_for_the_harm(run):
    result = run("Des riverains accusent la papeterie de polluer la rivière. « La société doit indemniser les pêcheurs », affirme Léo Marchand.", "fr")
    assert accusers_of(result, "société") == ["Léo Marchand"], names(result)


def test_no_body_held_responsible_in_an_article_reporting_no_wrong(run):
    assert names(run("La Région n'a jamais exigé le moindre contrôle des cars, selon Anne Roux.", "fr")) == []


def test_a_court_is_not_held_responsible(run):
    result = run("Des parents accusent le transporteur de négligence. « Le tribunal n'a pas encore fixé la date de l'audience », précise Anne Roux.", "fr")
    assert names(result) == ["transporteur"]


def test_the_speakers_own_body_defends_itself(run):
    result = run("Des salariés accusent le directeur de harcèlement. « Notre direction n'a jamais accepté ces méthodes », affirme Paul Léger.", "fr")
    assert names(result) == ["directeur"]


def test_a_supposed_failure_accuses_no_body(run):
    result = run("Des familles accusent le maire de favoritisme. « Si la mairie n'avait pas signé ce contrat, rien ne serait arrivé », affirme Paul Léger.", "fr")
    assert names(result) == ["maire"]


def test_an_employer_mentioned_neutrally_is_no_party(run):
    result = run("Des familles accusent le maire de favoritisme. « L'entreprise Vireo emploie quarante personnes », rappelle Paul Léger.", "fr")
    assert names(result) == ["maire"]


def test_an_inspecting_regulator_is_no_party(run):
    result = run("Des pirates accusés de chantage ont bloqué l'hôpital. « L'Agence régionale de santé a ouvert une inspection », a indiqué Marc Petit.", "fr")
    assert "Agence régionale de santé" not in names(result)
