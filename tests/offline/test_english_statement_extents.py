"""English statement extents (made-up sentences): a quoted label goes on with the labels coordinated
with it and with an infinitive that completes it, not with a date; "heralded X as “…”" labels."""

from __future__ import annotations

CONTEXT = "The council met on Tuesday to debate the new parking plan. "


def texts(result):
    return [(q.kind, q.text) for q in result.quotes]


def test_coordinated_quoted_labels_are_one_statement(run):
    result = run(CONTEXT + "The mayor called the plan “reckless” and “cruel.”", "en")
    assert any(kind == "mixed" and text.startswith("the plan “reckless” and “cruel") for kind, text in texts(result))


def test_labels_listed_with_commas_are_one_statement(run):
    result = run(CONTEXT + "Ann Cole calls the plan ‘costly’, ‘unfair.’", "en")
    assert any(kind == "mixed" and text.startswith("the plan ‘costly’, ‘unfair") for kind, text in texts(result))


def test_an_infinitive_after_the_label_goes_on_with_it(run):
    result = run(CONTEXT + "Ann Cole, who leads the opposition, spoke at length, calling it a “costly mistake” to raise the fees before the election.", "en")
    assert ("mixed", "it a “costly mistake” to raise the fees before the election") in texts(result)


def test_a_date_after_the_labels_is_left_out(run):
    result = run(CONTEXT + "The union rejected the offer, calling it “insulting” and “late” on Monday.", "en")
    assert ("mixed", "it “insulting” and “late”") in texts(result)


def test_heralded_as_labels_its_object(run):
    result = run(CONTEXT + "Mayor Ann Cole heralded the new bus deal as a “breakthrough.” The deal starts in May.", "en")
    assert any(kind == "mixed" and text.startswith("the new bus deal as a “breakthrough") for kind, text in texts(result))


def test_a_reason_in_the_past_goes_on_with_the_report(run):
    result = run(CONTEXT + "Ann Cole charged that the mayor ''hid'' the figures from the public because they showed a deficit.", "en")
    assert any(text.endswith("because they showed a deficit") for _, text in texts(result))


def test_reminding_and_reaffirming_are_saying(run):
    result = run(CONTEXT + "Ann Cole reminded viewers that the fees had doubled. The mayor is reaffirming that the plan is final.", "en")
    assert [text for _, text in texts(result)] == ["that the fees had doubled", "that the plan is final"]


def test_a_person_who_suggested_something_states_it(run):
    result = run(CONTEXT + "Ann Cole, a retired judge who suggested last week that the council should resign, spoke again.", "en")
    assert any(text.startswith("that the council should resign") for _, text in texts(result))


def test_a_report_in_a_clause_of_contrast_is_a_statement_of_its_own(run):
    result = run(CONTEXT + "The mayor said taxes would rise next year, while critics argued that they would fall.", "en")
    assert [text for _, text in texts(result)] == ["taxes would rise next year", "that they would fall"]


def test_a_poll_quoting_its_categories_states_nothing(run):
    result = run(CONTEXT + "Other divides, according to the poll, include age (Cole leads by 9 points among “very young” voters, while Roe leads among “older” ones).", "en")
    assert texts(result) == []


def test_a_title_case_headline_reports_what_the_name_says(run):
    result = run("Ann Cole Says Hackers Hacked City Servers, Calls Attack ‘Cowardly.’\n\nThe mayor, Ann Cole, said on Monday that the servers were hacked.", "en")
    assert ("indirect", "Hackers Hacked City Servers") in texts(result)


def test_a_call_for_something_in_a_title_case_headline_is_no_report(run):
    result = run("Ann Cole Calls for Inquiry Into City Servers.\n\nThe mayor, Ann Cole, said on Monday that the servers were hacked.", "en")
    assert all(not text.startswith(("for Inquiry", "Inquiry")) for _, text in texts(result))


def test_a_title_case_headline_without_a_named_source_reports_nothing(run):
    result = run("Study Says Bus Fees Doubled Last Year.\n\nThe fees doubled last year, the council said on Monday.", "en")
    assert all(not text.startswith("Bus Fees") for _, text in texts(result))
