"""French noun-phrase content (made-up sentences): confirming verbs take it, an
oblique before the object is not part of it, a pronominal verb of saying takes it in « de », and
« , ce qui » after it opens the narrator's comment."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_confirmation_of_a_noun_phrase_is_a_statement(run):
    result = run("Le maire a confirmé la fermeture de l'école primaire.", "fr")
    assert [q.text for q in indirect(result)] == ["la fermeture de l'école primaire"]


def test_noun_phrase_content_ends_before_a_clause_in_parentheses(run):
    result = run("Le ministre confirme la hausse des tarifs (la veille, le maire avait critiqué cette mesure).", "fr")
    assert [q.text for q in indirect(result)][0] == "la hausse des tarifs"


def test_an_oblique_before_the_object_is_not_content(run):
    result = run("Vers 9h00, Paul Martin, porte-parole du collectif, a réclamé sur France Inter, à titre personnel, la démission du préfet.", "fr")
    assert [q.text for q in indirect(result)] == ["la démission du préfet"]


def test_pronominal_verb_of_saying_takes_its_content_in_de(run):
    result = run("Les syndicats s'inquiètent de la baisse des effectifs dans les hôpitaux.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "de la baisse des effectifs dans les hôpitaux" and quote.speaker == "syndicats"


def test_pronominal_verb_with_a_de_noun_read_as_object(run):
    result = run("Le syndicat se plaint des longues files d'attente devant les guichets de la gare.", "fr")
    assert [q.text for q in indirect(result)] == ["des longues files d'attente devant les guichets de la gare"]


def test_pronominal_verb_of_moving_reports_nothing(run):
    assert indirect(run("Le maire s'est exprimé depuis la mairie de Lyon.", "fr")) == []


def test_noun_phrase_content_ends_before_ce_qui(run):
    result = run("Le maire a annoncé un plan de rénovation, ce qui a été critiqué par l'opposition.", "fr")
    assert [q.text for q in indirect(result)] == ["un plan de rénovation"]


def test_source_phrase_after_a_fronted_adverbial_vouches_for_the_quoted_clause(run):
    # The clause after « selon X » holds quoted words: it is still the statement, not the whole sentence.
    result = run("Vers 10h50, selon le ministère de l'Éducation, des lycées sont toujours bloqués par des « gilets jaunes » dans certaines académies.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "des lycées sont toujours bloqués par des « gilets jaunes » dans certaines académies"


def test_relative_clause_on_the_source_noun_belongs_to_the_source(run):
    result = run("Selon les informations que le procureur a confiées à la presse, le suspect a avoué les faits.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "le suspect a avoué les faits" and quote.speaker == "procureur"


def test_headline_quoted_by_a_dated_page_banner_is_nobodys_words(run):
    text = "Page actualisée : 23 mars 2016 — « Inondations dans le Gard : le pont a été emporté »\n\nLe préfet a déclaré que la situation restait très grave.\n"
    assert [q.text for q in run(text, "fr").quotes] == ["la situation restait très grave"]


def test_offences_quoted_after_pour_are_nobodys_words(run):
    text = "Le parquet a ouvert une information judiciaire pour « corruption passive, trafic d'influence et recel d'abus de biens sociaux » contre trois élus."
    assert [q for q in run(text, "fr").quotes if q.kind == "direct"] == []


def test_quoted_attribute_after_de_alone_is_a_direct_quote(run):
    result = run("Le maire a qualifié d'« héroïque » le geste du pompier.", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("direct", "héroïque")]


def test_participle_describing_the_source_at_the_sentence_end_is_not_content(run):
    result = run("Le président est en sécurité et le chef de l'armée serait retenu par les mutins selon l'agence Anadolu connue pour être proche du pouvoir.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Le président est en sécurité et le chef de l'armée serait retenu par les mutins"


def test_an_oblique_before_the_called_for_complement_is_not_content(run):
    result = run("L'Union européenne appelle dans son communiqué à une solution diplomatique rapide.", "fr")
    assert [q.text for q in indirect(result)] == ["une solution diplomatique rapide"]


def test_object_of_a_verb_that_also_introduces_a_quotation_is_content(run):
    result = run("Le député Marc Roy dénonce le jugement : « Aucun tribunal n'a ce pouvoir. »", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("indirect", "le jugement"), ("direct", "Aucun tribunal n'a ce pouvoir.")]
