"""French quotes: incises after a clause whose noun the parse makes the incise verb's subject, or
after a narrated event; a quotation closing on its own full stop ends its sentence; where an
infinitive or « que » content stops before the speaker's next report or a contrast set off by a
closing mark; a second « que » complement with its own words; an apposition with a name before a
source phrase (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def texts(result):
    return [q.text for q in result.quotes]


def test_simple_tense_incise_with_a_document_as_source(run):
    # The parse hangs the clause's subject on « explique »: the clause before the comma is still its content.
    result = run("Une hausse provoquée par la sécheresse de l'été : en temps normal stable, le prix est cette semaine de 3 euros, explique un communiqué de la coopérative.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Une hausse provoquée par la sécheresse de l'été : en temps normal stable, le prix est cette semaine de 3 euros"
    assert "coopérative" in quote.speaker


def test_incise_after_a_narrated_event_with_a_cue_verb(run):
    # « alerter » takes a noun object here: the clause narrates an event, which the incise reports.
    result = run("Un courrier suspect a alerté la mairie de la commune, a confié une source proche du dossier.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Un courrier suspect a alerté la mairie de la commune"
    assert quote.speaker == "source proche du dossier"


def test_clause_reporting_its_own_content_still_blocks_the_incise(run):
    result = run("Le maire a affirmé que la route rouvrira lundi, a rapporté un journaliste.", "fr")
    assert "Le maire a affirmé que la route rouvrira lundi" not in texts(result)


def test_quotation_closing_on_its_full_stop_ends_the_sentence(run):
    result = run(
        "Le conducteur Marc Dufour a témoigné. Selon lui « les passagers ne paient plus leur billet. » "
        "Toujours selon le même conducteur, un soir, une bande aurait menacé un voyageur.",
        "fr",
    )
    assert texts(result)[0] == "les passagers ne paient plus leur billet."
    assert result.quotes[0].kind == "direct"
    assert all(not q.text.startswith("Selon lui") for q in result.quotes)


def test_infinitive_content_stops_before_the_next_report(run):
    result = run("De son côté, le magazine estime avoir « eu raison de refuser » cette annonce et ajoute que la rédaction « ne cède jamais aux annonceurs ».", "fr")
    assert [q.text for q in indirect(result)] == ["avoir « eu raison de refuser » cette annonce", "la rédaction « ne cède jamais aux annonceurs »"]


def test_contrast_after_a_closing_mark_ends_the_content(run):
    result = run(
        "Un proche du dossier précise que « la perquisition ne vise pas la mairie » tandis que son avocat Luc Perrin « dénonce un acharnement ».",
        "fr",
    )
    assert texts(result) == ["la perquisition ne vise pas la mairie", "dénonce un acharnement"]


def test_apposition_with_a_name_before_a_source_phrase(run):
    # The parse makes the apposed name the subject: the apposition opens at the comma after it.
    result = run("Le manifestant, Kevin B., proche de la droite radicale locale selon l'entourage du maire, est rapidement plaqué au sol.", "fr")
    assert [q.text for q in indirect(result)] == ["proche de la droite radicale locale"]


def test_second_que_complement_keeps_its_own_words_before_the_quotation(run):
    result = run("Elle a par ailleurs précisé que « ce poste existe » et que son frère l'aidait au magasin « depuis longtemps ».", "fr")
    assert texts(result) == ["ce poste existe", "son frère l'aidait au magasin « depuis longtemps »"]


def test_repeated_de_complements_stay_one_per_fragment(run):
    result = run("Le rapport accuse la police de « protéger » les auteurs, voire de leur « donner des informations ».", "fr")
    assert "donner des informations" in texts(result)
