"""English speakers checked against untuned text: names inside the description set beside a
speaker's name, and organisation descriptions that a person's name cannot take up (sentences
written for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_name_in_the_apposed_description_of_an_inverted_speaker_is_no_joint_speaker(run):
    text = (
        "“You can aim for many targets,” said Gina Lowe, a former economic adviser to President Tom Harlan and "
        "President Obama, who has advised Mrs. Brisk during her campaigns. “But few come close.”"
    )
    assert speakers(run(text, "en")) == [("You can aim for many targets,", "Gina Lowe"), ("But few come close.", "Gina Lowe")]


def test_place_in_the_apposed_description_is_no_joint_speaker(run):
    text = "“I never trusted her,” said Robert Stane, a 63-year-old from Bend, Oregon, who cast his ballot by mail."
    assert speakers(run(text, "en")) == [("I never trusted her,", "Robert Stane")]


def test_name_in_a_description_with_an_article_is_no_joint_speaker(run):
    text = "“The numbers simply do not add up,” said Martin Hale, the Arthur and Jane Benton Chair in Public Finance at the Westbrook Institute."
    assert speakers(run(text, "en")) == [("The numbers simply do not add up,", "Martin Hale")]


def test_speaker_name_the_recogniser_missed_keeps_the_quote_from_a_name_in_its_description(run):
    text = "“It is a classic move,” said Heather Holt, a onetime adviser to Secretary of State Mary Albin, speaking of the party chairman."
    assert speakers(run(text, "en")) == [("It is a classic move,", "Heather Holt")]


def test_coordinated_names_stay_joint_speakers(run):
    text = "Senators Ann Cole and Tom Hale, who both sit on the committee, said the bill would pass."
    assert speakers(run(text, "en")) == [("the bill would pass", "Ann Cole, Tom Hale")]


def test_group_description_does_not_take_up_a_person_tagged_as_an_organisation(run):
    text = (
        "A new poll shows that young renters now prefer Dana Whitcomb over Carl Brandt.\n\n"
        "Whitcomb leads Brandt by 51 percent to 39 percent, according to the poll. The group also said the economy was its main worry."
    )
    assert speakers(run(text, "en"))[-1] == ("the economy was its main worry", "group")


def test_participle_after_a_comma_inside_the_quotation_marks_is_the_reporters(run):
    text = 'Tom Hale told reporters that Bill Ray "had a silly plan for the harbour," adding, "He lost every debate."'
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Tom Hale", "Tom Hale"]


def test_colon_quotation_belongs_to_the_main_clause_not_to_a_cue_in_its_adverbial_clause(run):
    text = 'After Tom Brandt said he would win, Ana Lopez laughed: "He has no chance."'
    assert speakers(run(text, "en")) == [("he would win", "Tom Brandt"), ("He has no chance.", "Ana Lopez")]


def test_colon_quotation_after_a_reporting_main_verb_keeps_that_verb(run):
    text = 'When Tom Brandt suggested that Peru would sue the company, Ana Lopez said: "If they sue us, they will lose."'
    assert speakers(run(text, "en"))[-1] == ("If they sue us, they will lose.", "Ana Lopez")


def test_quoted_title_after_a_possessive_is_no_statement(run):
    text = 'On Sunday, Ann Cole appeared on NBC\'s "Meet the Press" for an hour.'
    assert run(text, "en").quotes == []


def test_quoted_title_after_an_article_and_an_adjective_is_no_statement(run):
    text = 'Tom Hale spoke on Monday. Last month, the stunt sequences for the new "Night Rally" were shot near the harbour.'
    assert run(text, "en").quotes == []


def test_quotation_after_the_complementizer_that_stays_a_statement(run):
    text = 'Ann Cole said that "we will win this fight."'
    assert speakers(run(text, "en")) == [("we will win this fight.", "Ann Cole")]


def test_clause_before_a_semicolon_is_not_the_content_of_the_verb_after_it(run):
    text = "Senator Tom Hale backs tolls of $4 per car; Mrs. Cole seeks a further $2 fee on trucks. The plan will fail, Mrs. Cole said."
    assert speakers(run(text, "en")) == [("The plan will fail", "Cole")]


def test_platform_a_message_appeared_on_is_not_its_author(run):
    text = 'Tom Hale posted a note on Facebook reading "See you in Denver."'
    assert speakers(run(text, "en")) == [("See you in Denver.", "Tom Hale")]


def test_object_of_a_participle_on_the_speaker_noun_is_not_the_speaker(run):
    text = "A teacher backing Ann Cole said the school was closing."
    assert speakers(run(text, "en")) == [("the school was closing", "teacher")]


def test_colon_or_comma_quotation_after_a_participle_adjunct_is_the_subjects(run):
    text = "Tom Hale hit back on the banker's own podcast, telling him, \"you are not a reformer, you are a coward and a cheat.\""
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Tom Hale"]
