"""French constructions found missing on articles chosen without reading them (made-up sentences):
an incise in a compound tense with no comma after the quotation, a quotation with its own cue
run on after a content clause."""

from __future__ import annotations


def test_compound_tense_incise_without_comma_attributes_the_quotation(run):
    result = run("Marie Dupont était présente. « Nous ne céderons pas » a-t-elle affirmé devant la presse.", "fr")
    assert [(q.kind, q.text, q.speaker) for q in result.quotes] == [("direct", "Nous ne céderons pas", "Marie Dupont")]


def test_quotation_with_its_own_incise_ends_the_content_clause_before_it(run):
    result = run(
        "Marie Dupont s'est rendue sur place. Elle a expliqué que la situation avait atteint un niveau jamais vu "
        "« Nous avons connu une escalade insupportable pour tous » a-t-elle ajouté.",
        "fr",
    )
    assert [(q.kind, q.text) for q in result.quotes] == [
        ("indirect", "la situation avait atteint un niveau jamais vu"),
        ("direct", "Nous avons connu une escalade insupportable pour tous"),
    ]
    assert {q.speaker for q in result.quotes} == {"Marie Dupont"}


def test_quoted_words_of_the_same_clause_stay_one_mixed_quote(run):
    result = run("Marie Dupont a expliqué que la situation était « grave » et qu'il fallait agir vite.", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("mixed", "la situation était « grave » et qu'il fallait agir vite")]


def test_pour_source_after_a_sentence_connective(run):
    result = run("Toutefois, pour le juge, cette peine pourrait être alourdie en appel.", "fr")
    assert [(q.kind, q.text, q.speaker) for q in result.quotes] == [("indirect", "cette peine pourrait être alourdie en appel", "juge")]


def test_pour_source_with_a_prefixed_title(run):
    result = run("Pour le vice-président, cette dette serait bien plus lourde.", "fr")
    assert [q.text for q in result.quotes] == ["cette dette serait bien plus lourde"]


def test_pour_source_named_by_an_agent_noun(run):
    result = run("Pour les fleuristes, cette chute pourrait venir de la météo.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("cette chute pourrait venir de la météo", "fleuristes")]


def test_pour_after_a_noun_phrase_subject_or_a_time_phrase_names_no_source(run):
    assert run("La mairie, pour sa part, a lancé des travaux.", "fr").quotes == []
    assert run("Pour l'instant, la route reste fermée.", "fr").quotes == []
    assert run("Ensuite, pour les secteurs concernés, la croissance a ralenti.", "fr").quotes == []


def test_quoted_attribute_of_a_judgement_verb_is_a_mixed_statement(run):
    result = run("Le maire trouve le projet « irréaliste ».", "fr")
    assert [(q.kind, q.text, q.speaker) for q in result.quotes] == [("mixed", "le projet « irréaliste »", "maire")]


def test_quoted_attribute_before_the_object(run):
    result = run("Les syndicats qualifient de « miettes » les mesures du gouvernement.", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("mixed", "de « miettes » les mesures du gouvernement")]


def test_quoted_object_of_trouver_is_no_judgement(run):
    assert run("Marie Dupont a trouvé un « trésor » dans le jardin.", "fr").quotes == []


def test_passive_judgement_is_no_mixed_statement(run):
    result = run("Pierre Martin est arrivé hier. Il est jugé « dangereux » par ses voisins.", "fr")
    assert [q for q in result.quotes if q.kind == "mixed"] == []
