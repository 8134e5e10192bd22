"""French speakers: a body's name joined by « & » or « et » stays one speaker; a verb coordinated
with a report whose verb the parse read as a noun shares its speaker; an il/elle continues an
organisation's statements but not a source its verb makes plural. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_ampersand_joins_one_firm_name(run):
    result = run("Garnier & Lebon a contesté la décision du tribunal.", "fr")
    assert speaker_of(result, "la décision") == "Garnier & Lebon"


def test_et_after_an_organisation_noun_joins_one_name(run):
    result = run("L'association Terre et Mer de Provence rappelle qu'une fuite comparable avait eu lieu en 2020.", "fr")
    assert speaker_of(result, "une fuite") == "association Terre et Mer de Provence"


def test_et_between_two_named_bodies_still_makes_two_speakers(run):
    result = run("La CGT et Force ouvrière ont appelé les salariés à cesser le travail lundi.", "fr")
    assert speaker_of(result, "les salariés") == "CGT, Force ouvrière"


def test_second_verb_after_a_verb_read_as_noun_shares_the_speaker(run):
    text = (
        "L'association Parents en colère de Lorraine a dénoncé vendredi la fermeture de trois écoles. "
        "L'association juge ces promesses insuffisantes et appelle les familles à manifester samedi."
    )
    assert speaker_of(run(text, "fr"), "les familles") == "association Parents en colère de Lorraine"


def test_singular_pronoun_does_not_continue_a_plural_source(run):
    text = (
        "Le directeur de la société Durand Bâtiment, Paul Morel, rejette ces critiques. Il assure que les délais "
        "ont toujours été respectés et que plus de 90 % des clients se sont déclarés « satisfaits » du chantier. "
        "Il admet toutefois que certains ouvriers ont pu « mal comprendre » les consignes."
    )
    assert speaker_of(run(text, "fr"), "certains ouvriers") == "Paul Morel"


def test_pronoun_chain_continues_an_organisation(run):
    text = (
        "L'association de consommateurs Clients unis accuse l'opérateur de « mépriser ses abonnés ». "
        "Selon elle, les clients ayant payé d'avance ne savent pas s'ils seront remboursés. "
        "Elle appelle les abonnés à porter plainte au plus vite."
    )
    assert speaker_of(run(text, "fr"), "les abonnés") == "association de consommateurs Clients unis"


def test_pronoun_continues_an_organisation_past_a_man_it_cannot_stand_for(run):
    text = (
        "L'association Parents trahis, créée lundi, accuse Marc Dorval d'avoir « menti aux familles ». "
        "Elle a annoncé qu'elle déposerait plainte dès mardi."
    )
    assert speaker_of(run(text, "fr"), "elle déposerait") == "association Parents trahis"


def test_pronoun_does_not_skip_a_woman_named_in_between(run):
    text = (
        "L'association Parents trahis accuse Marie Dorval d'avoir « menti aux familles ». "
        "Elle a annoncé qu'elle déposerait plainte dès mardi."
    )
    assert speaker_of(run(text, "fr"), "elle déposerait") != "association Parents trahis"


def test_demonstrative_pronoun_stands_for_the_nearest_body_of_its_gender(run):
    text = (
        "Le syndicat de l'hôpital réclame une inspection des effectifs par l'agence régionale de santé. "
        "Celle-ci a indiqué qu'une mission se rendrait sur place avant Noël."
    )
    assert speaker_of(run(text, "fr"), "une mission") == "agence régionale de santé"


def test_demonstrative_pronoun_still_stands_for_a_woman_named_last(run):
    text = "Marie Dupont a rencontré le maire. Celle-ci a indiqué qu'une mission se rendrait sur place avant Noël."
    assert speaker_of(run(text, "fr"), "une mission") == "Marie Dupont"
