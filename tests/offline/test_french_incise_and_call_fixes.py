"""French cues: an incise verb the tagger reads as a noun (« analyse un expert »), a verb that
reports only as an incise, a call with nothing called for (a phone call), and a quotation after
a comma introduced by a clause whose object names something said (made-up sentences)."""

from __future__ import annotations


def test_incise_verb_read_as_a_noun_names_its_inverted_subject(run):
    result = run("« Les loyers vont encore monter », analyse une urbaniste de la région.", "fr")
    [quote] = result.quotes
    assert quote.text == "Les loyers vont encore monter" and quote.speaker == "urbaniste de la région"


def test_unquoted_clause_before_a_noun_read_incise(run):
    result = run("Les loyers vont encore monter, analyse une urbaniste de la région.", "fr")
    [quote] = result.quotes
    assert quote.text == "Les loyers vont encore monter" and quote.speaker == "urbaniste de la région"


def test_a_noun_with_its_own_complement_is_no_incise(run):
    assert run("Le dossier contient un tableau, analyse des ventes de 2021.", "fr").quotes == []


def test_analysing_outside_an_incise_reports_nothing(run):
    result = run("Des courriels analysés par le quotidien révèlent que la mairie connaissait le problème.", "fr")
    assert [q.speaker for q in result.quotes] != ["quotidien"]
    assert run("L'association a analysé des centaines de factures l'an dernier.", "fr").quotes == []


def test_a_call_with_nothing_called_for_is_no_statement(run):
    assert run("La gardienne a appelé les pompiers vers trois heures.", "fr").quotes == []


def test_a_call_for_something_stays_a_statement(run):
    texts = [q.text for q in run("Le collectif a appelé les riverains à manifester samedi.", "fr").quotes]
    assert texts and texts[0].startswith("les riverains à manifester")
    assert run("La fédération appelle dans un communiqué à une mobilisation nationale.", "fr").quotes


def test_quotation_after_a_comma_that_a_statement_noun_introduces(run):
    result = run(
        "La Direction du port avait alors fourni la même explication pour ce retard, « les grues étaient en panne. "
        "Il fallait attendre les pièces de rechange ».",
        "fr",
    )
    [quote] = [q for q in result.quotes if q.kind == "direct"]
    assert quote.speaker == "Direction du port"


def test_quotation_after_a_comma_and_an_ordinary_object_gets_no_speaker_from_it(run):
    result = run("La mairie a trouvé une solution, « les cours reprendront lundi. Les parents seront prévenus ».", "fr")
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == [None]


def test_pronominal_use_of_a_speech_verb_says_nothing(run):
    result = run("Le juge a établi sur ce point que les détournements ont continué quand il était trésorier.", "fr")
    assert all(q.speaker != "détournements" for q in result.quotes)
    assert run("La tendance se confirme dans les chiffres publiés mardi.", "fr").quotes == []


def test_listed_pronominal_verbs_of_saying_still_report(run):
    [quote] = run("La maire s'est indignée que la piscine reste fermée.", "fr").quotes
    assert quote.speaker == "maire"
    [quote] = run("« Rien n'est décidé », poursuit la directrice.", "fr").quotes
    assert quote.speaker == "directrice"
    # « se déclarer » like « se dire »: declaring oneself something
    [quote] = run("Le conseil des prud'hommes s'est déclaré incompétent pour examiner la plainte des salariés.", "fr").quotes
    assert quote.speaker == "conseil des prud'hommes"
