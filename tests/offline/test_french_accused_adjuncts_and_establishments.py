"""French accused parties found past what the parser put between a verb and its party: adverbs
inside a multiword verb of blame, dates and court phrases before the object of a suit, a name
read as a predicate; establishments named by their trade or form (invented sentences)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def accusers_of(result, word):
    record = next((a for a in result.accused if word in a.name), None)
    assert record is not None, names(result)
    return record.accusers


def test_multiword_blame_verb_past_an_adverb(run):
    result = run("L'avocat de la famille met directement en cause la direction de l'usine.", "fr")
    assert accusers_of(result, "direction") == ["avocat de la famille"]


def test_negated_multiword_blame_verb_past_an_adverb_accuses_no_one(run):
    assert names(run("Le maire n'a jamais mis directement en cause la préfecture.", "fr")) == []
    assert names(run("L'avocat de la famille ne met pas en cause la direction.", "fr")) == []


def test_object_of_a_suit_past_a_date_and_a_court(run):
    result = run("Trois habitants ont assigné jeudi devant le tribunal judiciaire de Metz la société Novachim.", "fr")
    assert accusers_of(result, "Novachim") == ["Trois habitants"]
    result = run("Le candidat a assigné ce mercredi 21 décembre le Parti radical en justice.", "fr")
    assert accusers_of(result, "Parti radical") == ["candidat"]


def test_thing_or_own_course_past_a_court_phrase_accuses_no_one(run):
    assert names(run("L'entreprise a assigné mardi devant le tribunal sa demande de remboursement.", "fr")) == []
    assert names(run("La société a poursuivi lundi devant le tribunal ses efforts.", "fr")) == []
    assert names(run("Le ministre a critiqué mardi devant les députés la réforme des retraites.", "fr")) == []


def test_negated_or_planned_suit_past_a_court_phrase_accuses_no_one(run):
    assert names(run("Le syndicat n'a pas assigné jeudi devant le tribunal la société Novachim.", "fr")) == []
    assert names(run("Le syndicat envisage d'assigner jeudi devant le tribunal la société Novachim.", "fr")) == []


def test_establishment_by_its_trade_is_the_party_not_the_place_in_it(run):
    result = run("La fédération a déposé plainte contre la coopérative laitière du Porhoët.", "fr")
    assert names(result) == ["coopérative laitière du Porhoët"]
    result = run("L'avocat de la famille met en cause l'industriel, qui aurait tardé à alerter.", "fr")
    assert accusers_of(result, "industriel") == ["avocat de la famille"]


def test_establishment_in_a_neutral_sentence_is_no_party(run):
    assert names(run("Le ministre a visité la coopérative laitière du Porhoët.", "fr")) == []
    assert names(run("La coopérative laitière du Porhoët a été inaugurée en 1990.", "fr")) == []


def test_owner_of_a_conduct_a_multiword_verb_of_blame_aims_at(run):
    result = run("Les parents ont mis en cause l'inaction de l'établissement.", "fr")
    assert accusers_of(result, "établissement") == ["parents"]


def test_owner_undergoing_what_a_multiword_verb_of_blame_aims_at_is_not_accused(run):
    assert names(run("Les parents ont mis en cause la fermeture de l'établissement.", "fr")) == []


def test_name_read_as_a_predicate_of_a_verb_holding_it_responsible(run):
    result = run("L'ancien élu tient Hydralis pour seule responsable des manquements.", "fr")
    assert accusers_of(result, "Hydralis") == ["ancien élu"]


def test_name_held_for_something_else_or_not_held_responsible_is_not_accused(run):
    assert names(run("Le syndicat tient Hydralis pour un partenaire fiable.", "fr")) == []
    assert names(run("L'ancien élu ne tient pas Hydralis pour responsable des manquements.", "fr")) == []


def test_establishments_that_underwent_a_deadly_act_are_not_its_doers(run):
    # (the subject of a passive underwent the act; the participle after it tells what the act did)
    result = run("Cinq établissements médicaux ont été bombardés dans le nord du pays, tuant une cinquantaine de civils.", "fr")
    assert names(result) == []
