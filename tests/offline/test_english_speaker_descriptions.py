"""English speakers, round 28: descriptions by a person's standing in public life and several
titles of one person (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


# -- "the speechwriter", "the front-runner": a noun of public standing takes up the person named --


def test_standing_noun_with_an_organisation_takes_up_the_subject_before(run):
    text = (
        "Paul Denner wrote an op-ed in the Courier. Denner said he \"may yet vote for her.\" "
        "The GOP speechwriter said the deal-breaker was the tax plan."
    )
    assert speaker_of(run(text, "en"), "the deal-breaker was the tax plan") == "Paul Denner"


def test_hyphenated_standing_noun_is_not_the_subject_of_its_own_clause(run):
    # (the description sits in a clause of the sentence whose subject is Briggs: it is the
    # other person that clause is about, the object)
    text = (
        "Senator Dana Whitcombe met voters in Ohio on Monday. Mr. Harlan Briggs took on Helen Lopez "
        "after the Democratic front-runner had said that he was \"a danger to the republic.\""
    )
    assert speaker_of(run(text, "en"), "a danger to the republic") == "Helen Lopez"


def test_unlisted_agent_noun_stays_a_description(run):
    text = (
        "Paul Denner wrote an op-ed in the Courier on Sunday. "
        "The donor said the deal-breaker was the tax plan."
    )
    assert speaker_of(run(text, "en"), "the deal-breaker was the tax plan") != "Paul Denner"


# -- "the former governor and current nominee": one person, not two speakers --------------------


def test_two_titles_under_one_determiner_are_the_person_named_before(run):
    text = (
        "Dana Whitcombe spoke to donors in Ohio on Monday. The former governor and current Republican "
        "nominee said she wanted to speak \"directly to farmers.\""
    )
    assert speaker_of(run(text, "en"), "directly to farmers") == "Dana Whitcombe"


def test_two_titles_of_someone_unnamed_are_one_speaker(run):
    text = 'Voters in Ohio met on Monday. The former first lady and U.S. senator said it was "a mistake" to close it.'
    assert speaker_of(run(text, "en"), "a mistake") == "former first lady and U.S. senator"


def test_titles_with_their_own_determiners_are_two_people(run):
    text = 'Voters in Ohio met on Monday. The governor and the mayor said the plant was "a mistake" to close.'
    assert speaker_of(run(text, "en"), "a mistake") != "governor and the mayor"


def test_description_followed_by_the_name_in_its_sentence_is_someone_else(run):
    text = (
        "Harlan Briggs spoke in Macau on Friday.\n\n"
        "\"It was very nice,\" the casino tycoon told reporters when asked if he had met Briggs, who leads in the polls."
    )
    assert speaker_of(run(text, "en"), "It was very nice") != "Harlan Briggs"


def test_description_in_a_relative_clause_of_its_subject_is_the_subject(run):
    text = (
        "Rep. Adam Whitfield, the top Democrat on the panel, called on the president to retaliate against Russia "
        "for meddling the California congressman said is designed to \"sow discord\" in American politics."
    )
    assert speaker_of(run(text, "en"), "sow discord") == "Adam Whitfield"


# -- "“…,” Ryan's office said": the office, not its holder ----------------------------------------


def test_office_of_a_named_person_after_the_quotation_is_the_speaker(run):
    text = (
        "House Speaker Paul Dorsey’s office announced Friday that Dorsey will meet the mayor on Thursday.\n\n"
        "“We will meet the mayor on Thursday morning,” Dorsey’s office said."
    )
    assert speaker_of(run(text, "en"), "We will meet the mayor") == "Dorsey’s office"


def test_name_deep_in_the_description_s_own_sentence_does_not_block_it(run):
    text = (
        "Sen. Harlan Briggs says he is prepared for a floor fight at the convention.\n\n"
        "The Vermont senator told reporters that there are \"a lot of very good\" provisions in the document "
        "approved by the committee, which includes supporters of Briggs and of the governor."
    )
    assert speaker_of(run(text, "en"), "a lot of very good") == "Harlan Briggs"


def test_profession_noun_takes_up_the_person_the_sentence_before_is_about(run):
    text = (
        "Maria Delgado returned to the stage in Toronto on Friday after a two-year break.\n\n"
        "The singer said the tour would be \"the last one for a while.\""
    )
    assert speaker_of(run(text, "en"), "the last one for a while") == "Maria Delgado"


# -- "the Ohio Republican", "the GOP nominee", "the billionaire real estate magnate" (round 29) --


def test_party_member_noun_takes_up_the_person_named_before(run):
    text = 'Harlan Briggs met voters in Ohio on Monday. The first-term Texas Republican said the clinic was "a disgrace."'
    assert speaker_of(run(text, "en"), "the clinic was") == "Harlan Briggs"


def test_indefinite_party_member_is_someone_new(run):
    text = 'Harlan Briggs met voters in Ohio on Monday. A Vermont Democrat said the clinic was "a disgrace."'
    assert speaker_of(run(text, "en"), "the clinic was") != "Harlan Briggs"


def test_party_name_before_a_title_takes_up_the_person_named_before(run):
    text = "Harlan Briggs toured a factory in Ohio on Monday. The GOP nominee complained that his microphone was broken."
    assert speaker_of(run(text, "en"), "his microphone was broken") == "Harlan Briggs"


def test_company_before_a_title_is_another_office(run):
    text = 'Harlan Briggs met voters in Ohio on Monday. The Exxon chief said the clinic was "a disgrace."'
    assert speaker_of(run(text, "en"), "the clinic was") != "Harlan Briggs"


def test_four_word_description_takes_up_the_subject_before(run):
    text = "Harlan Briggs rallied supporters in Reno on Sunday. The billionaire real estate magnate says the league has gone soft."
    assert speaker_of(run(text, "en"), "the league has gone soft") == "Harlan Briggs"


def test_indefinite_description_with_a_relative_clause_is_someone_new(run):
    text = 'Harlan Briggs met voters in Ohio on Monday. A retired surgeon who lives nearby said the clinic was "a disgrace."'
    assert speaker_of(run(text, "en"), "the clinic was") != "Harlan Briggs"


# -- a description a sentence or two after the person, with no one named between (round 29) ------


def test_description_two_sentences_after_the_person_with_no_one_named_between(run):
    text = (
        "Harlan Briggs opened a clinic in Ohio in May. The clinic employs 30 people. "
        "The retired surgeon said the tariffs were \"a disaster.\""
    )
    assert speaker_of(run(text, "en"), "the tariffs were") == "Harlan Briggs"


def test_description_after_someone_else_is_named_between_is_not_the_first_person(run):
    text = (
        "Harlan Briggs opened a clinic in Ohio in May. Its manager, Ann Whitcombe, hired 30 people. "
        "Prices rose in June. The retired surgeon said the tariffs were \"a disaster.\""
    )
    assert speaker_of(run(text, "en"), "the tariffs were") != "Harlan Briggs"


def test_hyphenated_modifier_of_a_title_specifies_no_other_office(run):
    text = (
        "Sen. Ann Whitcombe of Ohio voted against the bill on Tuesday. The measure passed 52-48. "
        "The first-term senator said the vote was \"a mistake.\""
    )
    assert speaker_of(run(text, "en"), "the vote was") == "Ann Whitcombe"


def test_noun_of_an_apposition_is_no_one_new_for_a_later_description(run):
    text = (
        "Harlan Briggs, a retired surgeon, opened a clinic in Ohio in May. The clinic employs 30 people. "
        "Prices rose in June. The surgeon said the tariffs were \"a disaster.\""
    )
    assert speaker_of(run(text, "en"), "the tariffs were") == "Harlan Briggs"


def test_surgeon_introduced_without_a_name_after_the_person_stays_unnamed(run):
    text = (
        "Harlan Briggs opened a clinic in Ohio in May. A surgeon from Dayton joined the staff in June. "
        "The surgeon said the tariffs were \"a disaster.\""
    )
    assert speaker_of(run(text, "en"), "the tariffs were") != "Harlan Briggs"


# -- "the paper", "the Chicago daily": the newspaper named before (round 29) ---------------------


def test_the_paper_is_the_newspaper_named_before(run):
    text = "The Chicago Tribune reported the story on Monday. According to the paper, the mayor had lied."
    assert speaker_of(run(text, "en"), "the mayor had lied") == "Chicago Tribune"


def test_the_newspaper_is_the_newspaper_named_before(run):
    text = "The New York Daily News published an editorial on Sunday. According to the newspaper, the mayor had lied."
    assert speaker_of(run(text, "en"), "the mayor had lied") == "New York Daily News"


def test_a_place_before_the_newspaper_noun_still_takes_up_the_newspaper(run):
    text = "The Chicago Tribune reported the story on Monday. The Chicago daily said the mayor had lied."
    assert speaker_of(run(text, "en"), "the mayor had lied") == "Chicago Tribune"


def test_the_paper_with_no_newspaper_named_is_a_document(run):
    text = "Researchers at Acme University published their findings on Monday. The paper said the drug was safe."
    assert speaker_of(run(text, "en"), "the drug was safe") != "Acme University"
