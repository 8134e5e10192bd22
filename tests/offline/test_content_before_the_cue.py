"""A content clause before its reporting verb, with an apposition after the verb that the parse
also hangs on it ("…, the mayor said Monday, a move critics say is rushed"): the content is
the clause before the verb, not cut at the verb's subject; made-up sentences."""

from __future__ import annotations


def test_preposed_content_survives_an_apposition_after_the_cue(run):
    text = "Brindleford will close three libraries next year, Mayor Jane Okafor announced Thursday, a move unions say will hurt students."
    quotes = run(text, "en").quotes
    content = next(q for q in quotes if q.text.startswith("Brindleford will close"))
    assert content.text == "Brindleford will close three libraries next year"
    assert content.speaker == "Jane Okafor"


def test_a_participle_describing_the_source_ends_the_source_phrase_in_english(run):
    # "a report released Tuesday by X" is the source, not a second side of the statement.
    text = "Hospital wait times reached a record high last year, according to a report released Tuesday by the Brindleford Health Institute."
    quote = run(text, "en").quotes[0]
    assert quote.text == "Hospital wait times reached a record high last year"
    assert quote.speaker == "Brindleford Health Institute"
