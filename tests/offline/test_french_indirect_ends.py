"""French indirect speech: where a noun-phrase content ends (a second predicate of the speaker
after « puis » and its clitics, a verb the parse coordinates with a noun of the content, a clause
after a colon); a denial whose content is a noun phrase (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_noun_phrase_content_ends_before_puis_and_a_reflexive_predicate(run):
    result = run("Les grévistes avaient réclamé le départ du directeur régional, sans attendre, puis s'étaient retirés du bâtiment.", "fr")
    assert [q.text for q in indirect(result)] == ["le départ du directeur régional, sans attendre"]


def test_noun_phrase_content_ends_before_et_and_a_clitic_predicate(run):
    result = run("Les riverains ont dénoncé la fermeture de la gare et l'ont fait savoir au préfet.", "fr")
    assert indirect(result)[0].text == "la fermeture de la gare"


def test_noun_phrase_content_ends_before_a_clause_after_a_colon(run):
    result = run("Le maire Paul Vidal réclame l'arrêt des travaux : nous avons reçu trop de plaintes depuis lundi.", "fr")
    assert indirect(result)[0].text == "l'arrêt des travaux"


def test_a_list_after_a_colon_stays_in_the_noun_phrase_content(run):
    result = run("La syndicaliste Anne Forel a réclamé des mesures urgentes : des hausses de salaires, des embauches et une prime annuelle.", "fr")
    assert indirect(result)[0].text == "des mesures urgentes : des hausses de salaires, des embauches et une prime annuelle"


def test_coordinated_verb_inside_a_relative_clause_stays_in_the_content(run):
    result = run("Le ministre a condamné les casseurs qui ont pillé les magasins et ont incendié des voitures.", "fr")
    assert indirect(result)[0].text == "les casseurs qui ont pillé les magasins et ont incendié des voitures"


def test_denial_of_a_noun_phrase_is_a_statement(run):
    # « démentir » takes its content as an object like « nier » and « réfuter ».
    result = run("Les rebelles démentent toute responsabilité dans l'attaque de la caserne.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "toute responsabilité dans l'attaque de la caserne" and quote.speaker == "rebelles"


def test_denial_after_an_adverb_is_a_statement(run):
    result = run("Le porte-parole Marc Olivier a formellement démenti toute rencontre entre les deux dirigeants.", "fr")
    assert indirect(result)[0].text == "toute rencontre entre les deux dirigeants"


def test_content_ends_before_alors_que_and_an_earlier_report_with_a_pronoun_subject(run):
    text = "Le député Loïc Tanguy a confié vouloir « tenir jusqu'à l'été », alors qu'il avait d'abord annoncé qu'il quitterait son parti."
    quotes = [(q.kind, q.text) for q in run(text, "fr").quotes]
    assert quotes[0] == ("mixed", "vouloir « tenir jusqu'à l'été »") and ("indirect", "il quitterait son parti") in quotes


def test_alors_que_with_a_pronoun_and_no_report_may_stay_in_the_content(run):
    text = "Le maire a affirmé que le pont restera fermé, alors qu'il devait rouvrir lundi."
    assert [q.text for q in run(text, "fr").quotes] == ["le pont restera fermé, alors qu'il devait rouvrir lundi"]
