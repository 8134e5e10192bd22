"""French accused parties inside one sentence: the party a legal action or a penalty is aimed
at (« une sanction contre X », « un recours contre X », also when the tagger took the party's
agent noun for a present participle: « contre l'exploitant »), and whoever carried out an act a
source denounces (« une campagne menée par un concurrent ») and the object of a verb of
accusation a relative clause tells the doing of (« accuse les cliniques, qui ont refusé … »),
though no list of people names the word (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_a_sanction_demanded_against_someone(run):
    result = run("Le président du groupe, Paul Meyrand, a réclamé une sanction contre Mme Lestrade.", "fr")
    assert accusers_of(result, "Lestrade") == ["Paul Meyrand"], names(result)


def test_an_appeal_lodged_against_a_company(run):
    result = run("Le collectif des riverains a déposé un recours contre la société Terralis.", "fr")
    assert accusers_of(result, "société Terralis") == ["collectif des riverains"], names(result)


def test_a_complaint_against_an_agent_noun_read_as_a_participle(run):
    result = run("La mère de l'enfant, Odile Perrin, a déposé mardi une plainte contre l'exploitant pour mise en danger.", "fr")
    assert accusers_of(result, "exploitant") == ["Odile Perrin"], names(result)


def test_a_participle_without_an_article_is_no_party(run):
    result = run("Le syndicat a porté plainte contre la direction, visant ainsi sa gestion.", "fr")
    assert "visant" not in names(result), names(result)


def test_the_agent_of_a_denounced_campaign(run):
    result = run("Le maire de Corvelles dénonce une campagne menée par un concurrent.", "fr")
    assert accusers_of(result, "concurrent") == ["maire de Corvelles"], names(result)


def test_a_campaign_led_by_a_thing_accuses_no_one(run):
    assert names(run("Le maire de Corvelles dénonce une campagne menée depuis des semaines.", "fr")) == []


def test_an_accused_body_a_relative_clause_tells_the_doing_of(run):
    result = run("Le père de la victime, Marc Teyssier, accuse aussi les cliniques de la région, qui ont selon lui refusé de l'admettre.", "fr")
    assert accusers_of(result, "cliniques de la région") == ["Marc Teyssier"], names(result)


def test_a_figure_an_accusing_verb_notes_is_no_party(run):
    assert names(run("Le groupe accuse une perte de ses revenus, qui a débuté au printemps.", "fr")) == []


def test_a_thing_put_in_question_with_a_relative_is_no_party(run):
    assert names(run("Le gérant met en cause la toiture, qui datait selon lui des années soixante.", "fr")) == []


def test_a_means_after_par_on_the_denounced_noun_is_no_party(run):
    assert names(run("Les salariés dénoncent une « pression par le salaire ».", "fr")) == []
