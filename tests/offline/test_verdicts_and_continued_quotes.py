"""Verdicts are not reports; quotations the subject undergoes have no speaker in their clause;
which quoted words carry on the report before them; a reporting verb right before its quotation.
Made-up sentences."""

from __future__ import annotations


def quote_at(result, start: str):
    return next((q for q in result.quotes if q.text.startswith(start)), None)


# -- verdicts ----------------------------------------------------------------------------------
def test_passive_sentence_to_a_penalty_is_no_statement_of_the_condemned(run):
    text = "L'ancien maire Paul Durand a été arrêté à Lyon et condamné à deux ans de prison pour avoir détourné des fonds publics."
    result = run(text, "fr")
    assert all(q.speaker != "Paul Durand" for q in result.quotes)
    assert quote_at(result, "à deux ans") is None


def test_active_sentence_to_a_penalty_by_a_court_is_no_statement(run):
    result = run("Le tribunal correctionnel a condamné l'homme d'affaires Paul Durand à trois ans de prison ferme.", "fr")
    assert quote_at(result, "l'homme d'affaires") is None and quote_at(result, "Paul Durand à trois") is None


def test_fine_by_a_regulator_is_no_statement(run):
    result = run("La société Alpha a été sanctionnée d'une amende de deux millions d'euros par l'Autorité des marchés.", "fr")
    assert result.quotes == []


def test_condemning_an_attack_still_reports(run):
    result = run("Le ministre Pierre Blanc a condamné les violences commises samedi soir à Lyon.", "fr")
    quote = quote_at(result, "les violences")
    assert quote is not None and quote.speaker == "Pierre Blanc"


def test_quoted_penalty_is_not_the_words_of_the_condemned(run):
    text = "Le trader Marc Leroy a accepté la peine. Il est ainsi condamné à « six mois de travaux d'intérêt général et un stage de citoyenneté »."
    quote = quote_at(run(text, "fr"), "six mois")
    assert quote is None or quote.speaker != "Marc Leroy"


def test_quoted_charge_after_an_agentless_passive_has_no_speaker_in_its_clause(run):
    text = "Le militant Jean Dupuis a été arrêté puis placé en garde à vue pour « menaces de mort contre la maire du village »."
    quote = quote_at(run(text, "fr"), "menaces de mort")
    assert quote is None or quote.speaker != "Jean Dupuis"


def test_description_with_its_describer_keeps_the_describer(run):
    result = run("Le suspect, Luc Morel, est décrit comme « un solitaire sans histoires et sans amis » par ses voisins.", "fr")
    quote = quote_at(result, "un solitaire")
    assert quote is not None and quote.speaker != "Luc Morel"


# -- quoted words after a report ------------------------------------------------------------------
def test_quoted_predicate_after_a_report_continues_it(run):
    text = (
        "Le bilan est de trois morts, selon le préfet Paul Dorval. "
        "Le danger était « à caractère local et surtout présent sur les berges du canal »."
    )
    quote = quote_at(run(text, "fr"), "à caractère")
    assert quote is not None and quote.speaker == "Paul Dorval"


def test_quoted_charge_label_after_a_report_does_not_continue_it(run):
    text = (
        "Le bilan est de trois morts, selon le préfet Paul Dorval. "
        "Une enquête a été ouverte pour des « faits de blessures involontaires aggravées et de mise en danger »."
    )
    quote = quote_at(run(text, "fr"), "faits de blessures")
    assert quote is None or quote.speaker is None


def test_quoted_epithet_after_a_report_does_not_continue_it(run):
    text = (
        "The plan is dead, said Senator Jane Roe on Monday. "
        'The "grey duke of the northern marshes" has won again.'
    )
    quote = quote_at(run(text, "en"), "grey duke")
    assert quote is None or quote.speaker is None


def test_quoted_words_after_someone_else_is_mentioned_do_not_continue_the_report(run):
    text = (
        "The budget will be cut, said Senator Jane Roe on Monday. "
        'Her rival Paul Tate answered that, to him, "nothing matters more than the schools of this county."'
    )
    quote = quote_at(run(text, "en"), "nothing matters")
    assert quote is None or quote.speaker != "Jane Roe"


# -- a reporting verb right before the quotation ---------------------------------------------------
def test_quotation_right_after_a_reporting_verb_without_a_colon(run):
    text = "Le ministre de l'Intérieur, Pierre Blanc, a déclaré « sur la commune, il y a entre dix et vingt blessés, et trois disparus. »"
    quote = quote_at(run(text, "fr"), "sur la commune")
    assert quote is not None and quote.speaker == "Pierre Blanc"


def test_closing_cue_whose_subject_has_a_relative_clause(run):
    text = '"We will not rest until the bridge is rebuilt, and the town deserves better," a resident, whose name was withheld, wrote on May 3.'
    quote = quote_at(run(text, "en"), "We will not rest")
    assert quote is not None and quote.speaker == "resident"


def test_quoted_passive_predicate_stays_the_subjects_words(run):
    quote = quote_at(run("Son voisin Marc Petit est « effaré par la mort de son ami d'enfance ».", "fr"), "effaré")
    assert quote is not None and quote.speaker == "Marc Petit"
