"""French reporting verbs that report nothing said (made-up sentences): an infinitive under a
verb of intention or of the near future (the act is still to come), a bare past participle
that describes a noun, and « Pour X, » whose X names a thing rather than a source."""

from __future__ import annotations

import pytest


def reported(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "La maire compte proposer au conseil municipal une baisse des tarifs de la cantine scolaire.",
        "Le gouvernement prévoit de présenter en juin un projet de loi sur la fin de vie.",
        "La direction s'apprête à annoncer la fermeture de deux usines dans le Nord.",
        "Le syndicat envisage de demander une hausse générale des salaires de cinq pour cent.",
        "Le président va annoncer ce soir la dissolution de l'Assemblée nationale.",
        "La ministre va s'exprimer demain sur la réforme des retraites devant les députés.",
    ],
)
def test_an_act_still_to_come_reports_nothing(run, sentence):
    assert reported(run(sentence, "fr")) == []


def test_a_visit_to_say_something_reports_it(run):
    result = run("Le témoin est allé dire aux enquêteurs que le suspect avait quitté la ville la veille.", "fr")
    assert [q.text for q in reported(result)] == ["le suspect avait quitté la ville la veille"]


def test_a_plan_already_announced_is_still_reported(run):
    result = run("Le ministre a annoncé qu'il entend réformer la police avant la fin de l'année.", "fr")
    assert [q.text for q in reported(result)] == ["il entend réformer la police avant la fin de l'année"]


def test_a_participle_under_a_report_leaves_the_content_to_it(run):
    result = run("Jeudi, la société Orbis a annoncé dans un communiqué diffusé sur son site sa volonté de racheter son concurrent.", "fr")
    quotes = reported(result)
    assert len(quotes) == 1 and "racheter son concurrent" in quotes[0].text
    assert "Orbis" in (quotes[0].speaker or "")


def test_a_participle_that_describes_votes_reports_nothing(run):
    result = run("Le scrutin a réuni deux millions de suffrages exprimés dans tout le pays.", "fr")
    assert reported(result) == []


def test_a_participle_with_its_agent_reports_the_agent(run):
    result = run("Le projet, jugé « dangereux » par l'opposition, sera voté mardi par les députés.", "fr")
    assert any("dangereux" in q.text for q in result.quotes)


def test_a_participle_coordinated_with_a_report_shares_its_auxiliary(run):
    result = run("Le syndicat a dénoncé la fermeture du site et appelé à la grève dans toutes les usines du groupe.", "fr")
    assert [q.text for q in reported(result)] == ["la fermeture du site", "la grève dans toutes les usines du groupe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour les casernes de gendarmerie, deux cents millions d'euros ont été débloqués cette année.",
        "Pour les logements des infirmiers, un budget de deux cents millions est prévu.",
    ],
)
def test_pour_before_a_thing_names_no_source(run, sentence):
    assert reported(run(sentence, "fr")) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Pour la ministre de la Santé, Claire Dubois, la situation reste très préoccupante dans les hôpitaux.", "Claire Dubois"),
        ("Pour la plupart des économistes, la croissance ralentira nettement l'an prochain.", "économistes"),
        ("Pour le porte-parole de la gendarmerie, l'enquête avance rapidement depuis lundi.", "porte-parole de la gendarmerie"),
    ],
)
def test_pour_before_a_source_gives_its_view(run, sentence, speaker):
    quotes = reported(run(sentence, "fr"))
    assert len(quotes) == 1
    assert speaker in (quotes[0].speaker or "")
