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
    result = run("Vers 8h15, Marc Dubreuil, secrétaire du club nautique, a réclamé sur une radio locale, à titre personnel, la vente du hangar.", "fr")
    assert [q.text for q in indirect(result)] == ["la vente du hangar"]


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
    result = run("Vers 16h20, selon la mairie, des rues restent envahies par des « chasseurs de trésors » dans certains quartiers.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "des rues restent envahies par des « chasseurs de trésors » dans certains quartiers"


def test_relative_clause_on_the_source_noun_belongs_to_the_source(run):
    result = run("Selon les chiffres que le trésorier a transmis au bureau, le club a perdu vingt adhérents.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "le club a perdu vingt adhérents" and quote.speaker == "trésorier"


def test_headline_quoted_by_a_dated_page_banner_is_nobodys_words(run):
    text = "Page actualisée : 9 février 2011 — « Festival de cerfs-volants : la plage a été fermée »\n\nLe maire a déclaré que la tempête restait très violente.\n"
    assert [q.text for q in run(text, "fr").quotes] == ["la tempête restait très violente"]


def test_offences_quoted_after_pour_are_nobodys_words(run):
    text = "Le parquet a ouvert une enquête pour « vol en réunion, escroquerie et usurpation d'identité » contre deux brocanteurs."
    assert [q for q in run(text, "fr").quotes if q.kind == "direct"] == []


def test_quoted_attribute_after_de_alone_is_a_direct_quote(run):
    result = run("Le maire a qualifié d'« héroïque » le geste du pompier.", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("direct", "héroïque")]


def test_participle_describing_the_source_at_the_sentence_end_is_not_content(run):
    result = run("Le gardien est indemne et le capitaine du navire serait enfermé dans sa cabine selon la radio Horizon connue pour être liée à l'armateur.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Le gardien est indemne et le capitaine du navire serait enfermé dans sa cabine"


def test_an_oblique_before_the_called_for_complement_is_not_content(run):
    result = run("La fédération de rugby appelle dans sa lettre à un retour au calme immédiat.", "fr")
    assert [q.text for q in indirect(result)] == ["un retour au calme immédiat"]


def test_object_of_a_verb_that_also_introduces_a_quotation_is_content(run):
    result = run("Le député Marc Roy dénonce le jugement : « Aucun tribunal n'a ce pouvoir. »", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("indirect", "le jugement"), ("direct", "Aucun tribunal n'a ce pouvoir.")]
