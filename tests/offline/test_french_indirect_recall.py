"""French indirect speech the rules used to miss: past reflexive infinitives, denial objects,
verbs of saying outside the first lexicon, gerund reports after a statement, passive reports with
an agent (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_past_reflexive_infinitive_is_content_not_a_question(run):
    result = run("La société a confié s'être assurée de la légalité du contrat.", "fr")
    assert [q.text for q in indirect(result)] == ["s'être assurée de la légalité du contrat"]


def test_elided_si_still_opens_an_indirect_question(run):
    result = run("Le maire a refusé de dire s'il serait candidat en mars.", "fr")
    assert indirect(result) == []


def test_denial_with_a_noun_phrase_object(run):
    result = run("Le maire a nié ces accusations devant le conseil municipal.", "fr")
    quote = indirect(result)[0]
    assert quote.text.startswith("ces accusations") and quote.speaker == "maire"


def test_reaffirming_is_a_verb_of_saying(run):
    result = run("Le syndicat a réaffirmé que la grève continuerait lundi.", "fr")
    assert [q.text for q in indirect(result)] == ["la grève continuerait lundi"]


def test_gerund_report_ends_the_statement_of_a_source_phrase(run):
    result = run("Selon le syndicat, la grève est un vrai succès tout en précisant que rien n'est gagné.", "fr")
    quotes = indirect(result)
    assert [q.text for q in quotes] == ["la grève est un vrai succès", "rien n'est gagné"]
    assert all(q.speaker == "syndicat" for q in quotes)


def test_gerund_report_ends_a_content_clause(run):
    result = run("Le maire estime que la réforme est utile tout en reconnaissant qu'elle coûtera cher.", "fr")
    assert [q.text for q in indirect(result)] == ["la réforme est utile", "elle coûtera cher"]


def test_impersonal_passive_report_with_an_agent(run):
    result = run("Il a été annoncé par la préfecture que la route restera fermée jusqu'à lundi.", "fr")
    assert [q.text for q in indirect(result)] == ["la route restera fermée jusqu'à lundi"]


def test_relative_que_after_a_noun_is_no_content_clause(run):
    result = run("Le ministre a salué le travail que Marie Dupont a accompli à la tête du service.", "fr")
    assert all(not q.text.startswith("Marie Dupont") for q in indirect(result))


def test_content_right_after_the_verb_beats_a_later_clause_the_parse_hangs_on_it(run):
    result = run("La police a annoncé avoir arrêté deux suspects après des « violences inacceptables » dans le quartier, tout en disant « [rester] très vigilante ».", "fr")
    assert [q.text for q in result.quotes] == [
        "avoir arrêté deux suspects après des « violences inacceptables » dans le quartier",
        "[rester] très vigilante",
    ]


def test_gerund_inside_the_content_belongs_to_the_content(run):
    result = run("Le maire craint que l'État n'attise la colère en annonçant que les impôts vont augmenter.", "fr")
    assert [q.text for q in indirect(result)] == ["l'État n'attise la colère en annonçant que les impôts vont augmenter"]


def test_present_tense_read_as_a_participle_still_reports(run):
    result = run("Le témoin dit avoir vu deux hommes s'enfuir en voiture.", "fr")
    assert [q.text for q in indirect(result)] == ["avoir vu deux hommes s'enfuir en voiture"]


def test_bare_participle_still_describes(run):
    assert indirect(run("Les pirates accusés de vol ont été arrêtés hier.", "fr")) == []


def test_content_in_a_relative_clause_ends_where_the_main_clause_resumes(run):
    result = run("La police, qui a affirmé que la manifestation était interdite, a dispersé la foule.", "fr")
    assert [q.text for q in indirect(result)] == ["la manifestation était interdite"]


def test_prosecutors_request_and_a_pledge(run):
    assert [q.text for q in indirect(run("Le parquet a requis trente mois de prison contre l'ancien maire.", "fr"))] == [
        "trente mois de prison contre l'ancien maire"
    ]
    assert [q.text for q in indirect(run("Le président s'est engagé à réduire les impôts des classes moyennes.", "fr"))] == [
        "réduire les impôts des classes moyennes"
    ]
    assert indirect(run("Le club a engagé un nouvel entraîneur pour la saison prochaine.", "fr")) == []
