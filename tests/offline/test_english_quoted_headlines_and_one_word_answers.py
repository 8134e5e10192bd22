"""English statements (round 34): a headline that quotes its source after a colon, a quotation
written as several sentences, an answer in one word and the question put before it (sentences
written for these tests)."""

from __future__ import annotations


def quotes(result):
    return [(q.kind, q.text, q.speaker) for q in result.quotes]


def test_headline_quoting_its_source_after_a_colon_is_the_sources_words(run):
    # An order or a question in quotation marks is someone's words, whatever the parse of a
    # headline makes of it; a surname alone names the source the body names in full.
    order = run("Cole: 'Never, ever underestimate Tom Hart.'\n\nAnn Cole has some advice for her party.", "en")
    assert quotes(order) == [("direct", "'Never, ever underestimate Tom Hart.'", "Ann Cole")]
    # A verb or a preposition in the label: its name is still the source.
    heckled = run("Tomas Reyes heckles council members: 'You're wasting our money.'\n\nTomas Reyes, a baker, shouted at the meeting.", "en")
    assert quotes(heckled) == [("direct", "'You're wasting our money.'", "Tomas Reyes")]
    lesson = run("A lesson from Ann Cole: 'Be the voice that people hear.'\n\nAnn Cole spoke at the college.", "en")
    assert [s for _, _, s in quotes(lesson)] == ["Ann Cole"]
    # A possessive label before a question in sentence case: their words.
    reaction = run("Democrats' reaction: 'Is that all there is?'\n\nDemocrats met in Boston on Monday.", "en")
    assert [t for _, t, _ in quotes(reaction)] == ["'Is that all there is?'"]


def test_headline_quoting_a_work_or_naming_no_one_is_no_statement(run):
    # The name owns the label's head: the quotation is the title of a work.
    novel = run("Ann Cole's new novel: 'The Long Night Falls'\n\nAnn Cole wrote a book.", "en")
    assert quotes(novel) == []
    # No name before the colon: a kicker, no source.
    kicker = run("Breaking news: 'Harbour closed until Monday'\n\nThe port authority met on Monday.", "en")
    assert quotes(kicker) == []


def test_quotation_written_as_sentences_is_said_not_a_title(run):
    text = "She then asked if Cole would pick a deputy from the port.\n\n\"Absolutely not. Absolutely not,\" Cole responded."
    assert quotes(run(text, "en")) == [("direct", "Absolutely not. Absolutely not,", "Cole")]
    # A title in quotation marks stays a title.
    assert quotes(run("He starred in \"The Boy Who Sold The Moon\" last year.", "en")) == []


def test_answer_in_one_word_after_the_question_put(run):
    text = 'Asked whether the mayor "has the experience to lead the city," 64 percent of residents said yes.'
    # The question put to the residents is not their words; "yes" is their statement.
    assert quotes(run(text, "en")) == [("indirect", "yes", "64 percent of residents")]
    assert quotes(run("Asked if he was tired, the mayor said no.", "en")) == [("indirect", "no", "mayor")]
    # "said no to the plan" refuses it; "no more than ten" opens a clause.
    assert quotes(run("The council said no to the plan.", "en")) == []
    assert [t for _, t, _ in quotes(run("The mayor said no more than ten boats would dock.", "en"))] == ["no more than ten boats would dock"]
    # An answer after a question that is not fronted keeps its quotation.
    kept = run('Asked whether he would run, Cole replied, "I have not decided yet."', "en")
    assert quotes(kept) == [("direct", "I have not decided yet.", "Cole")]
