"""English speakers: the group a "they" takes up, definite descriptions of bodies named with
"of", a dash and a name signing a quotation, incises the parse misread (sentences written for
these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_they_takes_up_the_group_last_heard_speaking_over_the_main_subject(run):
    text = "But costs remain the main worry and several airline bosses have warned about the effects of a strike. They say flights could be cancelled within days."
    assert speakers(run(text, "en")) == [("flights could be cancelled within days", "several airline bosses")]


def test_they_takes_up_a_subject_the_parse_joined_to_the_object_before_it(run):
    text = "Yet the flood remains the biggest fear and several river-town mayors have warned about a second wave. They say the levees could fail by Friday."
    assert speakers(run(text, "en")) == [("the levees could fail by Friday", "river-town mayors")]


def test_they_in_a_parenthetical_is_not_the_subject_of_the_clause_it_reports(run):
    text = "Central to the Greens' hopes is their pledge that the levy costs households nothing. Nearly all proceeds, they promise, will be paid back to families."
    assert [speaker for _, speaker in speakers(run(text, "en"))] in ([None], ["Greens"])


def test_they_in_a_parenthetical_still_takes_up_the_group_before(run):
    text = "The committee is divided over the stadium. Most of the surplus, they insist, should go back to taxpayers."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["committee"]


def test_definite_description_is_the_body_whose_of_name_it_shortens(run):
    text = (
        "The Transit Authority of Norland approved the fare plan in March. Riders protested outside the depot.\n\n"
        "Later, the transit authority said the fares would rise by ten cents."
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Transit Authority of Norland"]


def test_definite_description_takes_the_of_name_written_after_it(run):
    text = "The rink will close next year, according to the city. A chart from the City of Leeds shows the drop."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["City of Leeds"]


def test_definite_description_is_not_a_name_that_puts_other_words_first(run):
    text = "Ana Ruiz joined the International Union of Bakers in May.\n\nThe union said the strike would last a week."
    assert [speaker for _, speaker in speakers(run(text, "en"))] != ["International Union of Bakers"]


def test_dash_and_name_ending_the_line_sign_the_quotation_before(run):
    text = (
        "Readers sent us their views on the new bridge.\n\n"
        "“It will cut my commute in half. I cannot wait for it to open.” ― Dana Whitfield\n"
        "“The tolls are far too high for families like mine.” ― Marco Bellini\n"
        "“Nobody asked the people who live under it.”— Priya Natarajan\n"
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Dana Whitfield", "Marco Bellini", "Priya Natarajan"]


def test_dash_before_a_clause_is_no_signature(run):
    text = "“We will rebuild,” Ana Ruiz said — Tom Vey disagreed with her.\n"
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Ana Ruiz"]


def test_incise_read_as_one_compound_noun_is_still_an_incise(run):
    text = '"Refunds take ten days," the notice read.\n\n"Please call me back today," the email read.'
    assert [(q.cue, q.speaker) for q in run(text, "en").quotes] == [("read", "notice"), ("read", "email")]


def test_document_in_a_misparsed_incise_speaks_for_its_earlier_author(run):
    text = (
        "Mara Quill of Fernwood Labs wrote in a blog post on Tuesday that the scam emails shared two servers.\n\n"
        '"Most of the victims were small firms," the post read.'
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Mara Quill", "Mara Quill"]
