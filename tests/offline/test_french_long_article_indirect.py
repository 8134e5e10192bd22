"""French indirect speech missed on long AFP-like articles: a report made inside a conditional or
concessive clause fronted before the main clause ends at the comma where the main clause begins
(made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_report_in_a_fronted_si_clause_stops_at_the_main_clause(run):
    result = run("Si le ministre a annoncé qu'il patienterait avant de signer, les tensions augmentent autour du port.", "fr")
    assert indirect(result)[0].text == "il patienterait avant de signer"


def test_report_in_a_fronted_meme_si_clause_stops_at_the_main_clause(run):
    result = run("Même si la direction a affirmé que les salaires seraient maintenus, le syndicat reste inquiet.", "fr")
    assert indirect(result)[0].text == "les salaires seraient maintenus"


def test_report_in_a_fronted_bien_que_clause_stops_before_a_compound_tense(run):
    result = run("Bien que le maire ait déclaré que la piscine rouvrirait en juin, les travaux ont pris du retard.", "fr")
    assert indirect(result)[0].text == "la piscine rouvrirait en juin"


def test_report_in_a_main_clause_keeps_its_comma_continuation(run):
    result = run("Le maire a déclaré que la piscine rouvrirait en juin, les travaux étant achevés.", "fr")
    assert indirect(result)[0].text == "la piscine rouvrirait en juin, les travaux étant achevés"


def test_fronted_clause_content_keeps_a_comma_without_a_new_subject(run):
    result = run("Si le préfet a indiqué que la route resterait fermée jusqu'à lundi, voire mardi, les habitants s'organisent.", "fr")
    assert indirect(result)[0].text == "la route resterait fermée jusqu'à lundi, voire mardi"


def test_participle_read_as_an_adjective_after_avoir_still_reports(run):
    result = run("Vers midi, le site internet Vigie a twitté que dès le départ, la loi a été pensée pour aider les banques.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "dès le départ, la loi a été pensée pour aider les banques"
    assert quote.speaker == "site internet Vigie"


def test_adjective_after_etre_is_not_a_report(run):
    result = run("Le ministre est désolé que la réunion soit annulée.", "fr")
    assert indirect(result) == []
