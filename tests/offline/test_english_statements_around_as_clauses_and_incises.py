"""English statements whose reporting verb sits in an "as" clause ("As the Gazette reported, …"),
in an incise that splits one sentence ("If the vote fails, the union said, it will strike"), or
after a quotation that ends an unquoted clause ("… will take time to “settle down,” Okafor
said"); made-up sentences."""

from __future__ import annotations


def _quote(run, text: str, start: str):
    quotes = run(text, "en").quotes
    return next(q for q in quotes if q.text.startswith(start))


def test_a_fronted_as_clause_reports_the_main_clause(run):
    quote = _quote(run, "As the Brindleford Gazette reported on Monday, the city council approved a new tax on parking lots.", "the city council")
    assert quote.text == "the city council approved a new tax on parking lots"
    assert quote.speaker is not None and "Gazette" in quote.speaker


def test_a_phrasal_verb_in_a_fronted_as_clause_reports_the_main_clause(run):
    quote = _quote(run, "And as Mayor Jane Okafor pointed out, the new rules have a lasting effect on small shops.", "the new rules")
    assert quote.text == "the new rules have a lasting effect on small shops"
    assert quote.speaker == "Jane Okafor"


def test_a_final_as_clause_reports_the_clause_before_its_comma(run):
    quote = _quote(run, "The budget cannot cover the new bridge, as Jane Okafor said last week.", "The budget")
    assert quote.text == "The budget cannot cover the new bridge"
    assert quote.speaker == "Jane Okafor"


def test_an_as_clause_whose_verb_has_content_of_its_own_reports_no_main_clause(run):
    quotes = run("As the ministry hints at what its plans might include, Governor Paul Brandt is not having any of it.", "en").quotes
    assert not any(q.text.startswith("Governor Paul Brandt") for q in quotes)


def test_an_incise_after_an_adverbial_clause_reports_the_whole_sentence(run):
    quote = _quote(run, "If the vote fails, the union said, it will strike in March.", "If the vote")
    assert quote.text == "If the vote fails, the union said, it will strike in March"


def test_an_incise_before_a_relative_clause_reports_the_whole_sentence(run):
    quote = _quote(run, "The bridge is an investment, the engineers say, that would pay for itself within ten years.", "The bridge")
    assert quote.text == "The bridge is an investment, the engineers say, that would pay for itself within ten years"


def test_an_incise_after_a_whole_clause_still_reports_two_statements(run):
    texts = {q.text for q in run("The plan is late, Jane Okafor says, and it will cost more.", "en").quotes}
    assert "The plan is late" in texts


def test_an_incise_with_a_long_title_before_the_name_splits_one_clause(run):
    quote = _quote(run, "That, the party's deputy chief of staff Jane Okafor explained, is by design.", "That")
    assert quote.text == "That, the party's deputy chief of staff Jane Okafor explained, is by design"


def test_a_quotation_ending_an_unquoted_clause_takes_the_clause(run):
    text = 'The feud will take months to "settle down," Jane Okafor said in an interview.'
    quote = _quote(run, text, "The feud")
    assert quote.kind == "mixed"
    assert quote.text.startswith('The feud will take months to "settle down')
    assert quote.speaker == "Jane Okafor"


def test_a_quotation_after_a_colon_keeps_the_narrators_words_out(run):
    text = 'The mayor had one answer for the council: "We will rebuild," Jane Okafor said.'
    quote = _quote(run, text, "We will")
    assert quote.kind == "direct"



def test_a_quoted_name_after_a_naming_word_takes_no_clause(run):
    quotes = run('The new ad, titled "Unity?", concludes that the mayor is too reckless to lead the city.', "en").quotes
    assert not any(q.text.startswith("The new ad, titled") for q in quotes)
