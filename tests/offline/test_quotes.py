"""Quotation-mark scanning (language independent)."""

from __future__ import annotations

from extractor.engines.offline.quotes import find_quote_spans


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_french_guillemets_with_and_without_no_break_spaces():
    assert texts("« Nous refusons », a dit la ministre.") == ["Nous refusons"]
    assert texts("Il a dit\u00a0«\u202fnon\u202f» hier.") == ["non"]
    assert texts("Elle a lancé «oui» sans attendre.") == ["oui"]


def test_english_curly_and_straight_quotes():
    assert texts("“We will not,” she said.") == ["We will not,"]
    assert texts('He said "yes" and then "no".') == ["yes", "no"]
    # Mixed typography: a straight opener closed by a curly closer, either way round.
    assert texts('"We will not,” she said. “Never," he said.') == ["We will not,", "Never,"]
    assert texts('"He called it “a mess” twice," she said.') == ["He called it “a mess” twice,"]


def test_single_quotes_do_not_break_on_apostrophes():
    assert texts("the ‘dead on arrival’ plan isn’t new") == ["dead on arrival"]


def test_nested_quotes_stay_inside_the_outer_one():
    assert texts("« Il a crié “halte” puis il est parti », raconte-t-elle.") == ["Il a crié “halte” puis il est parti"]


def test_interrupted_quote_gives_two_spans():
    assert texts("“We will not,” she said, “not now.”") == ["We will not,", "not now."]
    assert texts("« Nous partons, a-t-il dit. Demain. »") == ["Nous partons, a-t-il dit. Demain."]


def test_multi_paragraph_quote_marks_the_continuation():
    text = "“The first paragraph goes on\n\n“and the second one closes it.”"
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["The first paragraph goes on", "and the second one closes it."]
    assert spans[0].closed is False and spans[1].continued is True


def test_offsets_are_grounded():
    text = "Le maire a parlé de « gaspillage » et d’« erreur »."
    for span in find_quote_spans(text):
        assert text[span.start : span.end] in {"gaspillage", "erreur"}


def test_nyt_style_double_apostrophes_are_quotation_marks():
    text = "''This isn't reform,'' said the economist. He's sure ''it won't pass.''"
    assert texts(text) == ["This isn't reform,", "it won't pass."]


def test_quoted_words_after_a_preposition_or_a_verb_of_deed_are_no_statement():
    from extractor import extract

    for text in (
        "Fans of the mayor responded with chants of “four more years” until she spoke.",
        "The two reports examined ''the gap between the company's public position and its own plans.''",
        'A dozen marchers dressed in "Hands off our parks" shirts walked in silence.',
    ):
        assert [q.text for q in extract(text, language="en").quotes] == [], text


def test_quoted_words_after_a_speech_verb_or_a_modal_stay():
    from extractor import extract

    said = extract('The mayor said the plan would "ruin the harbour for a generation."', language="en").quotes
    called = extract('Tom Harper called the plan "a costly mistake for the town."', language="en").quotes
    described = extract('The judge sentenced Tom Harper on Monday. He was also described as "showing no regret at all for the harm done."', language="en").quotes
    assert [q.speaker for q in said] == ["mayor"]
    assert [q.speaker for q in called] == ["Tom Harper"]
    # An agentless passive description names no describer: the quoted words are no one's statement.
    assert described == []


def test_the_scan_jumps_over_plain_text_without_losing_marks():
    # Long stretches without any mark, line breaks and apostrophes between the quotations:
    # the scan skips to the next mark and finds the same spans as a character-by-character one.
    filler = "sans guillemets ni apostrophe " * 20
    text = f"{filler}« Premier » puis {filler}\n\n“Second,” l’autre dit ''third'' {filler}« ouvert\n"
    assert texts(text) == ["Premier", "Second,", "third", "ouvert"]
    assert [s.closed for s in find_quote_spans(text)] == [True, True, True, False]


def test_the_outer_closer_ends_inner_quotes_left_open():
    # An inner quote opened but never closed ('90s, or ‘…' closed with a straight apostrophe).
    assert texts("“The ‘90s were wild,” she said. “Then came money.”") == ["The ‘90s were wild,", "Then came money."]
    assert texts("“He wrote, ‘We are broke.' So it goes,” Lee said. “Next,” Lee said.") == ["He wrote, ‘We are broke.' So it goes,", "Next,"]
    assert texts("« Il a dit “non et il est parti », raconte-t-elle. « Oui », dit-il.") == ["Il a dit “non et il est parti", "Oui"]


def test_a_straight_mark_closes_a_curly_quote_where_it_cannot_open():
    assert texts('“We will win," said Ana Ruiz. “Soon.”') == ["We will win,", "Soon."]
    assert texts('“He said "no" to us,” she said.') == ['He said "no" to us,']
