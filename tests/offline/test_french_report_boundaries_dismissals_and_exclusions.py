"""French quote recall: coordinated reports, relative-clause subjects, clauses after a
quotation, verbs of dismissal and of reasons, « ne pas exclure » (invented sentences)."""

from __future__ import annotations


def texts(result):
    return [q.text for q in result.quotes]


# -- a content stops before the speaker's coordinated next report ----------------------------


def test_infinitive_content_stops_before_a_coordinated_participle_report(run):
    result = run("Le syndicat a dit suivre la réforme « avec attention » et réclamé la levée « sans délai » des sanctions.", "fr")
    assert "suivre la réforme « avec attention »" in texts(result)
    assert "la levée « sans délai » des sanctions" in texts(result)


def test_infinitive_content_stops_before_a_negated_coordinated_report(run):
    result = run("L'agence a confirmé avoir reçu un signalement et n'exclut pas d'ouvrir une enquête.", "fr")
    assert "avoir reçu un signalement" in texts(result)
    assert "ouvrir une enquête" in texts(result)


def test_que_clause_stops_before_a_verb_of_saying_the_parse_reads_as_a_noun(run):
    result = run("Le maire affirme que la commune « manquait de moyens » et juge que la chambre « réécrit l'histoire ».", "fr")
    assert "la commune « manquait de moyens »" in texts(result)
    assert not any("et juge" in t for t in texts(result))


def test_a_participle_sharing_the_infinitive_auxiliary_stays_in_the_content(run):
    # « avoir reçu … et ouvert … »: the participle shares the infinitive's auxiliary, not the cue's.
    result = run("La ministre a dit avoir reçu la plainte et ouvert une enquête.", "fr")
    assert "avoir reçu la plainte et ouvert une enquête" in texts(result)


# -- a subject with a relative clause, a clause after a quotation ----------------------------


def test_subject_with_a_dont_relative_is_no_preposed_content(run):
    result = run("Le promoteur, dont le permis a été annulé par le tribunal, a toujours nié toute irrégularité.", "fr")
    assert texts(result) == ["toute irrégularité"]
    assert result.quotes[0].speaker == "promoteur"


def test_coordinated_clause_after_a_quotation_is_no_incise(run):
    result = run("La clinique a reconnu « une erreur de dosage », mais elle conteste toute volonté de dissimulation.", "fr")
    assert "toute volonté de dissimulation" in texts(result)
    assert all(q.speaker != "toute volonté de dissimulation" for q in result.quotes)


def test_true_incise_after_a_clause_still_reports_it(run):
    result = run("La situation reste très grave dans la vallée, a déclaré le préfet.", "fr")
    assert texts(result) == ["La situation reste très grave dans la vallée"]


# -- verbs of dismissal and of reasons ---------------------------------------------------------------


def test_dismissal_of_something_said_is_its_content(run):
    assert texts(run("Le camp présidentiel balaie ces accusations.", "fr")) == ["ces accusations"]
    assert texts(run("La préfecture a écarté tout risque de pollution.", "fr")) == ["tout risque de pollution"]


def test_dismissal_verbs_that_move_people_or_things_report_nothing(run):
    assert texts(run("Les policiers ont écarté la foule pour laisser passer l'ambulance.", "fr")) == []
    assert texts(run("Le vent a balayé la côte toute la nuit.", "fr")) == []


def test_a_hypothetical_attempt_to_blame_reports_nothing(run):
    # (« imputer » stays out of the verbs of dismissal: in the infinitive it names an intended act.)
    assert texts(run("L'opposition pourrait chercher à imputer l'incendie à un groupe rival.", "fr")) == []


def test_invoked_reason_is_content_but_an_invoked_name_is_not(run):
    assert texts(run("La mairie invoque des menaces « graves et répétées » contre le chanteur.", "fr")) == ["des menaces « graves et répétées » contre le chanteur"]
    assert texts(run("Il invoque souvent Victor Hugo dans ses discours.", "fr")) == []


def test_negated_dismissal_reports_nothing(run):
    assert texts(run("Le juge n'a pas écarté cette hypothèse.", "fr")) == []


# -- « ne pas exclure », a litotes -------------------------------------------------------------


def test_not_ruling_out_is_a_statement(run):
    assert texts(run("La directrice n'exclut pas de porter plainte à son tour.", "fr")) == ["porter plainte à son tour"]


def test_other_negated_reports_and_exclusions_of_people_report_nothing(run):
    assert texts(run("Le maire n'a pas précisé la date des travaux.", "fr")) == []
    assert texts(run("Le comité n'a pas exclu les athlètes russes.", "fr")) == []
    assert texts(run("Le comité a exclu les athlètes russes.", "fr")) == []
