"""English statement extents (sentences written for these tests): a relative clause whose verb
reports a content of its own ends the first content and is a statement of its own; a "that"
clause opening with unquoted words before a comma and a quotation keeps its verb for one mixed
quote; a headline's "Source: statement" is a statement in a headline's clipped grammar."""

from __future__ import annotations


def quotes(result):
    return [(q.kind, q.text) for q in result.quotes]


def test_relative_clause_of_a_reporting_verb_is_a_statement_of_its_own(run):
    result = run("Most tenants said they will stay in the building, while another 12 percent who say they might move out are still undecided.", "en")
    assert quotes(result) == [
        ("indirect", "they will stay in the building, while another 12 percent"),
        ("indirect", "they might move out"),
    ]


def test_reporting_relative_after_a_preposition_ends_the_content_before_the_preposition(run):
    result = run("Ms. Reyes said the campaign had been careless, pointing to a speech last spring in which the senator said he never reads the briefings.", "en")
    assert ("indirect", "he never reads the briefings") in quotes(result)
    assert all("in which" not in text for _, text in quotes(result))


def test_relative_clause_without_a_reporting_verb_stays_in_the_content(run):
    result = run("Ms. Reyes said the tenants want a park, which would replace the old parking lot.", "en")
    assert quotes(result) == [("indirect", "the tenants want a park, which would replace the old parking lot")]


def test_that_clause_opening_before_a_quotation_makes_one_mixed_quote(run):
    result = run('Mrs. Hall said that when the mayor spoke out against the builders, "she is speaking for all of us."', "en")
    assert [(q.kind, q.speaker) for q in result.quotes] == [("mixed", "Hall")]
    assert result.quotes[0].text.startswith("that when the mayor spoke out")


def test_quotation_right_after_the_reporting_verb_keeps_the_verb(run):
    result = run('Mrs. Hall said, "The builders have not kept a single promise."', "en")
    assert [(q.kind, q.speaker, q.text) for q in result.quotes] == [("direct", "Hall", "The builders have not kept a single promise.")]


def test_source_headline_states_its_clause_in_clipped_grammar(run):
    future = run("Ortega: Mayor to sign the budget next week.\n\nCouncil member Ana Ortega spoke to reporters on Tuesday about the vote.", "en")
    verbless = run("Ortega: No new taxes in the city budget.\n\nCouncil member Ana Ortega spoke to reporters on Tuesday about the vote.", "en")
    assert ("indirect", "Mayor to sign the budget next week") in quotes(future)
    assert ("indirect", "No new taxes in the city budget") in quotes(verbless)


def test_kicker_before_a_colon_is_no_source(run):
    result = run("Breaking: Mayor to sign the budget next week.\n\nThe council voted on Tuesday after a long debate.", "en")
    assert quotes(result) == []
