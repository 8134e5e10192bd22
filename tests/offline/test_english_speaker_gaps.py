"""English speakers: surnames the tagger reads as adverbs, names a subject pronoun's own verb
governs, and abbreviated titles (sentences written for these tests)."""

from __future__ import annotations

from extractor.engines.offline.models import get_nlp


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_surname_in_ly_after_a_postposed_reporting_verb_is_the_speaker(run):
    text = "Residents packed the hall on Monday. “Nobody ever listened to us,” said Skelly."
    assert speakers(run(text, "en")) == [("Nobody ever listened to us,", "Skelly")]


def test_surname_in_ly_before_the_verb_of_an_incise_is_the_speaker(run):
    text = "Residents packed the hall on Monday. “Nobody ever listened to us,” Connolly said."
    assert speakers(run(text, "en")) == [("Nobody ever listened to us,", "Connolly")]


def test_surname_in_ly_stands_for_the_full_name_given_before(run):
    text = "Ann Moore and Tom Skelly met on Monday. “The plan is dead,” said Skelly. “We will fight on,” said Moore."
    assert speakers(run(text, "en")) == [("The plan is dead,", "Tom Skelly"), ("We will fight on,", "Ann Moore")]


def test_capitalised_adverb_of_a_title_case_headline_stays_an_adverb():
    doc = get_nlp("en")("Mayor Says He Will Finally Sign The Deal")
    assert next(t for t in doc if t.text == "Finally").pos_ == "ADV"


def test_sentence_opening_adverb_stays_an_adverb():
    doc = get_nlp("en")("Clearly, the plan failed.")
    assert doc[0].pos_ == "ADV"


def test_name_governed_by_the_pronouns_own_verb_is_not_its_antecedent(run):
    text = "Senator Ann Cole criticized the bill on Monday. In a post on Twitter, she wrote that it would hurt families."
    assert speakers(run(text, "en")) == [("that it would hurt families", "Ann Cole")]


def test_abbreviated_title_is_held_by_the_name_it_opens_a_sentence_with(run):
    text = "Sen. Tom Hale said taxes would fall. Gov. Bill Cole said the budget was balanced. The senator said the jobs would stay."
    assert speakers(run(text, "en"))[-1] == ("the jobs would stay", "Tom Hale")


def test_title_goes_to_its_holder_mentioned_last(run):
    text = "Sen. Tom Hale said taxes would fall. Sen. Ann Cole said the budget was balanced. Hale then left. The senator said the jobs would stay."
    assert speakers(run(text, "en"))[-1] == ("the jobs would stay", "Tom Hale")


def test_participle_between_a_numeral_and_its_noun_is_no_reporting_verb(run):
    text = "In Guam, 12 pledged delegates and four superdelegates were at stake. She won 9 pledged delegates there."
    assert run(text, "en").quotes == []


def test_numeral_opening_a_sentence_can_be_the_subject_of_a_report():
    from extractor.engines.offline.attribution import _participle_before_its_noun
    from extractor.engines.offline.lexicon import get_lexicon

    lexicon = get_lexicon("en")
    opening = get_nlp("en")("Two reported problems to the police on Monday.")
    inside = get_nlp("en")("On Monday, 12 pledged delegates were at stake.")
    assert not _participle_before_its_noun(opening[1], lexicon)
    assert _participle_before_its_noun(next(t for t in inside if t.text == "pledged"), lexicon)


def test_qualified_title_goes_only_to_a_holder_with_that_qualifier(run):
    text = (
        "Former Iowa Gov. Tom Hale campaigned on Monday. Ann Cole said the race was hers to lose. "
        "The Ohio governor said she would win the state."
    )
    assert speakers(run(text, "en"))[-1] == ("she would win the state", "Ann Cole")


def test_coordinated_nationality_adjectives_name_one_government_each(run):
    text = "The talks will resume next week, the Swedish and Danish governments said on Monday."
    quote = next(q for q in run(text, "en").quotes if q.text.startswith("The talks"))
    assert quote.speaker == "Swedish government, Danish government"


def test_coordinated_nationality_adjectives_keep_the_words_before_the_noun_and_a_plural_group(run):
    text = "The Dutch and Belgian health officials said the outbreak was under control."
    quote = next(q for q in run(text, "en").quotes if "outbreak" in q.text)
    assert quote.speaker == "Dutch health officials, Belgian health officials"


def test_a_single_nationality_adjective_keeps_the_phrase(run):
    text = "The talks will resume next week, the Swedish government said on Monday."
    quote = next(q for q in run(text, "en").quotes if q.text.startswith("The talks"))
    assert quote.speaker == "Swedish government"


def test_the_company_takes_up_the_main_clause_subject_of_the_sentence_before(run):
    text = "Norwind said on Monday that Talbot had cancelled the licence. The company said that it would appeal the decision."
    quote = next(q for q in run(text, "en").quotes if "appeal" in q.text)
    assert quote.speaker == "Norwind"
