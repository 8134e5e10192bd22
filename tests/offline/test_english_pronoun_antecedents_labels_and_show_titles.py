"""English statements: constructions the second English check batch (evals/extra, batch 2) showed
the rules getting wrong — who a pronoun or a description stands for, labels with their object,
noun-phrase objects of criticism, titles of shows (sentences written for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_pronoun_after_a_quote_the_parse_hangs_on_the_name_is_that_speakers(run):
    # The parse hangs the quotation (and its "’s") on the speaker's name; the name is still the
    # subject, not a possessor, and the next "she" is hers, not the woman named in the clause.
    text = (
        "Ann Cole has a tough race ahead, and she knows it. Singer Jane Roe backs Senator Bill Hart.\n\n"
        "“That’s a fair worry, because they’re very loyal,” Roe, 54, told CBS on Monday when asked about "
        "worries that Hart’s fans would not back Cole if he loses.\n\n"
        "“I think he would tell people to back her,” she said."
    )
    assert [s for _, s in speakers(run(text, "en"))] == ["Jane Roe", "Jane Roe"]


def test_name_inside_a_fronted_participle_clause_is_not_the_pronouns_antecedent(run):
    text = (
        "Jane Roe spoke to reporters on Monday.\n\n"
        "Asked whom she would back if Ann Cole ran against Tom Hart, she replied: “I don’t know.”"
    )
    assert speakers(run(text, "en")) == [("I don’t know.", "Jane Roe")]


def test_noun_phrase_object_of_a_criticism_with_a_verb_inside_is_not_a_statement(run):
    for text in (
        "Senator Mary Holt on Saturday criticized the new budget deal adopted after two weeks of talks.",
        "Governor Tom Blake has denounced efforts to close the plant, which employs thousands of workers.",
    ):
        assert run(text, "en").quotes == []
    # The reason after "for" is the writer's account of the criticism (acts._object_of_a_stance).
    assert run("Some analysts, including Maria Gomez, criticized the agency for publishing links to private records.", "en").quotes == []


def test_label_takes_its_object_and_the_phrase_that_goes_on_with_it(run):
    text = "Later on, Senator Paul Reed questioned the governor. He called him a “habitual liar” for repeating the false claim about the budget."
    assert [(q.kind, q.text, q.speaker) for q in run(text, "en").quotes] == [
        ("mixed", "him a “habitual liar” for repeating the false claim about the budget", "Paul Reed")
    ]
    agent = run("The plan was called “a disaster” by Tom Baxter.", "en")
    assert [(q.text, q.speaker) for q in agent.quotes] == [("a disaster", "Tom Baxter")]


def test_name_modifying_a_noun_in_the_speakers_apposition_does_not_take_the_next_quote(run):
    text = (
        "“We will not give up,” said Karen Boyd, a Miller delegate from Ohio. "
        "“The fight for clean water has only started and we will keep going until every home has it.”"
    )
    assert [s for _, s in speakers(run(text, "en"))] == ["Karen Boyd", "Karen Boyd"]


def test_show_title_after_a_preposition_or_possessive_is_no_quote(run):
    for marks in (("“", "”"), ("''", "''")):
        o, c = marks
        text = (
            f"{o}It's nonsense,{c} Tom Reed said by telephone on NBC's {o}Meet the Press.{c} {o}She lies about everything.{c}\n\n"
            f"Later on {o}This Week,{c} Senator Ann Cole questioned his honesty."
        )
        assert [q.text for q in run(text, "en").quotes] == ["It's nonsense,", "She lies about everything."]


def test_description_the_article_pinned_on_a_name_stands_for_that_person(run):
    text = (
        "Award-winning actress Jane Roe has doubts about backing Ann Cole.\n\n"
        "The actress is a campaigner for Senator Tom Hart.\n\n"
        "Asked again on Monday, she smiled.\n\n"
        "The actress said she was weary of the old parties."
    )
    assert speakers(run(text, "en")) == [("she was weary of the old parties", "Jane Roe")]
    # A description no name was introduced with stays as written.
    unnamed = run("Jane Roe spoke first. Later, the teacher said the school would close.", "en")
    assert [s for _, s in speakers(unnamed)] != ["Jane Roe"]


def test_saying_under_a_verb_that_pushes_someone_to_act_reports_nothing_said(run):
    text = "The coalition pushed members to moderate their stance and to say they support the new tax."
    assert run(text, "en").quotes == []
    said = run("She went on to say the plan would work.", "en")
    assert [q.text for q in said.quotes] == ["the plan would work"]


def test_activity_opposed_or_praised_is_not_a_statement(run):
    for text in (
        "Most residents oppose cutting funds for the library, a new survey finds.",
        "The mayor praised working with the province on the plan.",
    ):
        assert run(text, "en").quotes == []
    assert run("The mayor criticized the council for cutting funds.", "en").quotes == []


def test_quotable_signed_on_a_dash_line_is_the_signers(run):
    text = (
        "The senator spoke on Monday.\n\n"
        '"Great speech. She is tested. She is ready. That is why she should be our next leader."\n\n'
        "-President Tom Hale, tweeting after the speech.\n"
    )
    assert [q.speaker for q in run(text, "en").quotes] == ["Tom Hale"]


def test_statement_opening_with_a_time_clause_before_its_cue_is_no_question(run):
    text = "When Ann Lee reached the podium Friday, she became the first farmer to address the congress, Paul Green reports."
    assert [(q.text, q.speaker) for q in run(text, "en").quotes] == [
        ("When Ann Lee reached the podium Friday, she became the first farmer to address the congress", "Paul Green")
    ]
    assert run("She did not say when the plant would reopen.", "en").quotes == []


def test_title_in_quotation_marks_leaves_the_cue_after_it_to_the_clause(run):
    text = (
        "Tom Reed wrote a memo. His first job involved ''a painful cooking accident,'' well before the chef "
        "made that dish famous in ''The Big Kitchen,'' Mr. Reed noted."
    )
    (quote,) = run(text, "en").quotes
    assert quote.kind == "mixed" and quote.speaker == "Tom Reed" and quote.text.startswith("His first job involved")


def test_label_with_its_object_judges_and_calls_for_nothing(run):
    text = "The council met on Tuesday. The council called the company’s first response “deeply disappointing”."
    result = run(text, "en")
    assert [q.kind for q in result.quotes] == ["mixed"]
    assert [c.kind for c in result.claims] == ["opinion"]
