"""English statements scope: what the news annotators count as a quote and where its span ends
(sentences written for these tests)."""

from __future__ import annotations


def texts(result):
    return [q.text for q in result.quotes]


def test_line_linking_to_another_article_has_no_quote(run):
    text = (
        "The mayor spoke on Monday.\n\n"
        "READ MORE: Province says hospital wait times are growing\n\n"
        "WATCH: ‘We are out of beds’: nurses describe a long winter\n\n"
        "Watch: Minister says the budget will balance itself\n\n"
        "She said the plan would work."
    )
    assert texts(run(text, "en")) == ["the plan would work"]


def test_photo_caption_before_its_credit_has_no_quote(run):
    text = (
        "Coach Jane Miller, second from left, said the trip was the best of her life. Paul Smith/THE CANADIAN PRESS\n\n"
        "Dr. Ann Lee says the drug can be dangerous. (Tom Green/CBC)\n\n"
        "Lee says doctors must be careful."
    )
    assert texts(run(text, "en")) == ["doctors must be careful"]


def test_slash_inside_a_sentence_is_not_a_photo_credit(run):
    text = "The senator said the Liberal/NDP deal had failed. She added that talks would resume (Liberal/NDP)."
    assert "the Liberal/NDP deal had failed" in texts(run(text, "en"))


def test_content_clause_keeps_a_subject_the_parse_hung_on_the_reporting_verb(run):
    # The parse reads the long subject as the verb's object and leaves the clause without one.
    text = "But Maria Lopez said smaller bakeries who are always introducing new breads — especially those that sell abroad — are likely to suffer most."
    assert texts(run(text, "en")) == ["smaller bakeries who are always introducing new breads — especially those that sell abroad — are likely to suffer most"]


def test_first_object_of_told_is_the_addressee_not_the_subject(run):
    text = "Councillor Josh Miller told the Daily Courier the rules around building a bike lane favour the driver, not the cyclist."
    (quote,) = run(text, "en").quotes
    assert quote.text == "the rules around building a bike lane favour the driver, not the cyclist"
    assert quote.speaker == "Josh Miller"


def test_interrupted_quote_is_two_statements(run):
    text = "“I feel like this will bring us more viewers,” said Jane Park, “and more people paying attention.”"
    assert [(q.speaker, q.text) for q in run(text, "en").quotes] == [
        ("Jane Park", "I feel like this will bring us more viewers,"),
        ("Jane Park", "and more people paying attention."),
    ]


def test_report_not_yet_made_is_not_a_statement(run):
    # A reporting verb under a modal or a word of intention, ability or expectation reports nothing said.
    for text in (
        "The Greens will argue that the pipeline undermines other efforts.",
        "The tenants are expected to ask the council to delay the vote.",
        "The director decided to ask the choreographer to return next year.",
        "Attempts by the Herald to confirm that the soil was unstable were stymied.",
    ):
        assert run(text, "en").quotes == [], text


def test_infinitive_of_purpose_and_aspectual_verb_still_report(run):
    assert texts(run("Mary Smith called him on Thursday to confirm she wanted the job.", "en")) == ["she wanted the job"]
    assert [t.removeprefix("that ") for t in texts(run("Mary Smith went on to say that the plan had failed.", "en"))] == ["the plan had failed"]


def test_paragraph_signed_by_a_source_is_a_pull_quote(run):
    text = (
        "Jane Doe runs a rental website.\n\n"
        "Cities and provinces must act together before rents double again. Jane Doe, Rentals Inc.\n\n"
        "Doe said rents would keep rising."
    )
    found = [(q.speaker, q.text) for q in run(text, "en").quotes]
    assert ("Jane Doe", "Cities and provinces must act together before rents double again") in found


def test_caption_signed_by_its_photographer_is_no_pull_quote(run):
    # The photographer is not one of the story's sources: the name comes up nowhere else.
    text = (
        "The mayor spoke on Monday.\n\n"
        "A cyclist rides by the shuttered homes in the Point Grey area of Vancouver on a rainy morning. Ben Nelms\n\n"
        "The mayor said rents would keep rising."
    )
    assert texts(run(text, "en")) == ["rents would keep rising"]


def test_name_after_a_title_abbreviation_signs_nothing(run):
    text = "Mary Holt spoke in March.\n\nThe president is opening his speech on new water rules by thanking former Rep. Mary Holt"
    assert run(text, "en").quotes == []


def test_present_conjunct_and_result_clause_belong_to_the_report(run):
    assert texts(run("The guild says morale is low among its drivers, and drivers are angry and underpaid.", "en")) == [
        "morale is low among its drivers, and drivers are angry and underpaid"
    ]
    assert texts(run("Mayor Ann Smith said she plans to campaign over the next month, so she can win the seat.", "en")) == [
        "she plans to campaign over the next month, so she can win the seat"
    ]
    # The narrative goes on in the past: not part of what was said.
    assert texts(run("Mayor Ann Smith said the plan failed, and then she left the room.", "en")) == ["the plan failed"]
    # A present conjunct without a subject of its own goes on with the cue's subject: a second act.
    assert texts(run("The senator denies taking money from the fund for every uninsured family, and plans to sue the paper.", "en")) == [
        "taking money from the fund for every uninsured family"
    ]


def test_an_agentless_passive_accusation_reports_no_statement(run):
    text = (
        "The shipping firm was formally charged in 2017 with allegedly bribing harbour officials in two ports.\n\n"
        "Captain Ines Moreau was accused of falsifying the cargo records for a decade.\n\n"
        "The harbour master said the inquiry would take a year."
    )
    assert texts(run(text, "en")) == ["the inquiry would take a year"]


def test_a_passive_report_with_its_agent_is_still_a_statement(run):
    text = "The new schedule was announced by Mayor Ruth Okafor, who said buses would run every ten minutes."
    result = run(text, "en")
    assert any("buses would run every ten minutes" in q for q in texts(result))


def test_incise_after_a_fronted_subject_reports_the_whole_sentence(run):
    # "NP, X said, VP": the incise splits one clause; quoted words in it make the statement mixed.
    text = "Tom Jones spoke on Monday. The mayor, Jones said, had been in office for “far too long” and signed “every bad contract.”"
    (quote,) = run(text, "en").quotes
    assert quote.kind == "mixed"
    assert quote.speaker == "Tom Jones"
    assert quote.text.startswith("The mayor, Jones said, had been in office")
    unquoted = run("Tom Jones spoke on Monday. The plan, he said, would cost more than two billion dollars.", "en")
    assert [(q.speaker, q.text) for q in unquoted.quotes] == [("Tom Jones", "The plan, he said, would cost more than two billion dollars")]


def test_a_quoted_label_is_the_words_of_whoever_gives_it(run):
    # "called X “…”", "described X as “…”", "was called “…” by Y": the label is the subject's
    # (or the agent's) words; a thing named by a quotation ("a song called “…”") is no statement.
    called = run("The day after the vote, Governor Tom Baxter called the long lines “unacceptable.” Mayor Anna Hollis sent a letter.", "en")
    described = run("Tom Baxter described the plan as “a disaster.” Anna Hollis agreed.", "en")
    passive = run("The plan was called “a disaster” by Tom Baxter.", "en")
    song = run("The band played a song called “Blue Skies” on Monday.", "en")
    # The label goes with what it labels: one mixed statement from the verb's object on.
    assert [(q.speaker, q.kind, q.text) for q in called.quotes] == [("Tom Baxter", "mixed", "the long lines “unacceptable.")]
    assert [(q.speaker, q.kind, q.text) for q in described.quotes] == [("Tom Baxter", "mixed", "the plan as “a disaster.")]
    assert [q.speaker for q in passive.quotes] == ["Tom Baxter"]
    assert song.quotes == []


def test_label_verb_with_a_short_object_predicate_states_a_proposition(run):
    # "called him divisive": the object and its predicate are what was said (he is divisive),
    # however short.
    labelled = run("In a sharp speech, the senator called him divisive and left the room.", "en")
    assert [(q.text, q.speaker) for q in labelled.quotes] == [("him divisive", "senator")]
    assert texts(run("Most voters call her competent.", "en")) == ["her competent"]
