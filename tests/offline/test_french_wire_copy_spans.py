"""French quote spans in wire copy (made-up sentences): sources described by a relative clause
(« selon une source, qui a requis l'anonymat, Z »), reporting verbs after an inserted adverbial
locution (« a de son côté dénoncé … »), objects after an inserted « dans un communiqué »."""

from __future__ import annotations

CONTEXT = "Le ministre Jean Dupont s'est rendu sur place mardi. "


def spans(result):
    return [(q.kind, q.text) for q in result.quotes]


def test_relative_clause_describing_a_fronted_source_is_left_out(run):
    result = run(CONTEXT + "Selon une source policière, qui a requis l'anonymat, trois personnes ont été tuées.", "fr")
    assert spans(result) == [("indirect", "trois personnes ont été tuées")]


def test_relative_clause_with_dont_describing_the_source_is_left_out(run):
    result = run(CONTEXT + "Selon le maire, dont la commune a été touchée, trois personnes ont été tuées.", "fr")
    assert spans(result) == [("indirect", "trois personnes ont été tuées")]


def test_relative_clause_after_a_final_source_is_left_out(run):
    result = run(CONTEXT + "Trois personnes ont été tuées, selon une source policière qui a requis l'anonymat.", "fr")
    assert spans(result) == [("indirect", "Trois personnes ont été tuées")]


def test_incise_subject_with_a_relative_clause_still_reports(run):
    result = run(CONTEXT + "Trois personnes ont été tuées, a indiqué une source policière qui a requis l'anonymat.", "fr")
    assert spans(result) == [("indirect", "Trois personnes ont été tuées")]


def test_asking_for_anonymity_says_nothing(run):
    result = run(CONTEXT + "Un responsable de la police, qui a requis l'anonymat, a confirmé l'arrestation de deux suspects.", "fr")
    assert [text for _, text in spans(result)] == ["l'arrestation de deux suspects"]


def test_participle_after_an_adverbial_locution_reports(run):
    result = run(CONTEXT + "Le ministre a en outre indiqué que les troupes resteraient sur place.", "fr")
    assert spans(result) == [("indirect", "les troupes resteraient sur place")]


def test_subject_before_an_adverbial_locution_is_the_speaker(run):
    result = run(CONTEXT + "L'organisation a de son côté dénoncé des violations graves du cessez-le-feu.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("des violations graves du cessez-le-feu", "organisation")]


def test_object_after_a_medium_with_participle_and_date(run):
    result = run(
        CONTEXT + "L'ONG a de son côté dénoncé dans un rapport publié lundi des exécutions sommaires commises par l'armée "
        "et appelé les autorités à ouvrir une enquête.",
        "fr",
    )
    assert spans(result) == [
        ("indirect", "des exécutions sommaires commises par l'armée"),
        ("indirect", "les autorités à ouvrir une enquête"),
    ]


def test_quoted_object_after_a_medium_is_mixed(run):
    result = run(CONTEXT + "L'organisation a dénoncé dans un communiqué des « violations graves » du cessez-le-feu.", "fr")
    assert spans(result) == [("mixed", "des « violations graves » du cessez-le-feu")]


def test_speaker_after_a_medium_is_no_object(run):
    result = run(CONTEXT + "Le ministre a annoncé dans un communiqué des autorités la fermeture des frontières.", "fr")
    assert spans(result) == [("indirect", "la fermeture des frontières")]


def test_incise_inside_the_guillemets_splits_the_quotation(run):
    # The French guidelines: a direct quote interrupted by its attribution is two spans.
    result = run(CONTEXT + "« Nous ne céderons pas, a-t-il ajouté, car le peuple est avec nous. »", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("Nous ne céderons pas", "Jean Dupont"), ("car le peuple est avec nous.", "Jean Dupont")]


def test_present_tense_incise_inside_the_guillemets(run):
    result = run(CONTEXT + "« Nous ne céderons pas, estime-t-il, car le peuple est avec nous. »", "fr")
    assert [q.text for q in result.quotes] == ["Nous ne céderons pas", "car le peuple est avec nous."]


def test_apposition_of_the_incise_subject_is_no_quotation(run):
    result = run(CONTEXT + "« Nous ne céderons pas, a déclaré Paul Martin, président du syndicat, car le peuple est avec nous. »", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("Nous ne céderons pas", "Paul Martin"), ("car le peuple est avec nous.", "Paul Martin")]


def test_incise_interrupting_an_unquoted_statement(run):
    result = run(CONTEXT + "La situation, a-t-il ajouté, reste tendue.", "fr")
    assert [(q.kind, q.text, q.speaker) for q in result.quotes] == [("indirect", "La situation, a-t-il ajouté, reste tendue", "Jean Dupont")]


def test_inverted_noun_incise_interrupting_an_unquoted_statement(run):
    result = run(CONTEXT + "Les manifestants, a précisé la police, ont été dispersés dans le calme.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("Les manifestants, a précisé la police, ont été dispersés dans le calme", "police")]


def test_reporting_verb_after_an_apposed_subject_is_no_incise(run):
    result = run("Le général Paul Martin, ancien chef d'état-major, assure l'intérim et, selon la presse, Jean Roy sera son successeur.", "fr")
    assert [q.text for q in result.quotes] == ["Jean Roy sera son successeur"]


def test_incise_after_a_copular_clause_the_parse_took_for_its_subject(run):
    result = run("La victime est le chauffeur du camion, un homme de 40 ans, a annoncé la gendarmerie vers midi.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("La victime est le chauffeur du camion, un homme de 40 ans", "gendarmerie")]


def test_present_tense_the_tagger_calls_future_still_reports(run):
    # The tagger may give « recommande » the future tense; only a verb ending like a future is one.
    result = run("La RATP recommande aux usagers de privilégier le bus.", "fr")
    assert spans(result) == [("indirect", "aux usagers de privilégier le bus")]


def test_future_tense_reports_nothing_yet(run):
    assert run("La ministre annoncera sa candidature ce soir à la télévision.", "fr").quotes == []


def test_pronominal_verb_with_il_reports(run):
    # The parse reads « il » before « s'est » as an impersonal subject; a pronominal verb has none.
    result = run(CONTEXT + "Il s'est engagé à organiser des élections libres.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("organiser des élections libres", "Jean Dupont")]


def test_impersonal_passive_still_reports_nothing(run):
    assert run(CONTEXT + "Il lui est reproché d'avoir menti aux enquêteurs.", "fr").quotes == []


def test_incise_subject_after_a_date_and_an_addressee(run):
    result = run(CONTEXT + "Au moins vingt personnes ont été tuées, a déclaré mardi à l'AFP un responsable local.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("Au moins vingt personnes ont été tuées", "responsable local")]
