"""French quotations cried out (« scander », « crier », « chanter »: the quoted words are said,
however short and verbless) and lists of quotations after one cue (made-up sentences)."""

from __future__ import annotations


def direct(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind == "direct"]


def test_short_verbless_quotation_cried_out_is_a_quote(run):
    result = run("Devant la mairie de Nantes, les grévistes ont scandé « Démission ! » pendant une heure.", "fr")
    assert direct(result) == [("Démission !", "grévistes")]


def test_quotation_sung_after_a_colon_is_a_quote(run):
    result = run("Vers 18h00, un groupe de supporters a chanté : « Adieu Dupont ».", "fr")
    assert [text for text, _ in direct(result)] == ["Adieu Dupont"]


def test_gerund_of_crying_out_takes_its_quotation(run):
    result = run("Des étudiants ont bloqué le pont en criant « Dupont démission ».", "fr")
    assert direct(result) == [("Dupont démission", "étudiants")]


def test_participle_of_crying_out_on_an_agent_takes_its_quotation(run):
    result = run("Le ministre a été accueilli par des agriculteurs scandant, entre autres, « Dupont, dehors » et « Rendez les terres ».", "fr")
    assert direct(result) == [("Dupont, dehors", "agriculteurs"), ("Rendez les terres", "agriculteurs")]


def test_every_item_of_a_list_of_quotations_has_the_cue_of_the_first(run):
    result = run("Les opposants ont clamé : « Menteur » , « Tricheur » et « Voleur ».", "fr")
    assert direct(result) == [("Menteur", "opposants"), ("Tricheur", "opposants"), ("Voleur", "opposants")]


def test_singing_a_song_reports_nothing(run):
    assert run("Le chanteur a chanté sa dernière chanson devant un public conquis.", "fr").quotes == []


def test_cry_inside_a_reported_clause_stays_part_of_it(run):
    result = run("Un passant a raconté qu'un homme a traversé la place en courant, en criant « Vive le roi ».", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("mixed", "un homme a traversé la place en courant, en criant « Vive le roi »")]


def test_cry_after_selon_stays_part_of_the_sourced_clause(run):
    result = run("Selon les gendarmes, le forcené aurait crié « Vive le roi » avant de se rendre.", "fr")
    assert [q.kind for q in result.quotes] == ["mixed"] and result.quotes[0].speaker == "gendarmes"
