"""English speakers: who a speaker is — one person under one name when the article writes the
name several ways (spelt two ways, a short first name beside the formal one, a title before the
first name alone) — and whom an ad's voice speaks for (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


def test_short_first_name_stands_for_the_formal_full_name(run):
    text = (
        "Kenneth Marlowe, the county treasurer, presented the budget on Tuesday. "
        "\"We cut nothing that matters,\" Ken Marlowe said after the vote."
    )
    assert speaker_of(run(text, "en"), "We cut nothing that matters") == "Kenneth Marlowe"


def test_surname_misspelt_once_is_the_person_named_before(run):
    text = (
        "Deborah Pellingham chairs the harbour board. Pellingham said the port would reopen in May. "
        "\"The repairs are nearly done,\" Pelingham told reporters on Friday."
    )
    assert speaker_of(run(text, "en"), "The repairs are nearly done") == "Deborah Pellingham"


def test_full_name_with_a_misspelt_surname_takes_the_spelling_written_most(run):
    text = (
        "Marcus Ostrander leads the union. Ostrander called the offer an insult on Monday. "
        "\"We will strike if we must,\" said Marcus Ostrandr, adding that talks would resume."
    )
    assert speaker_of(run(text, "en"), "We will strike if we must") == "Marcus Ostrander"


def test_names_of_two_genders_sharing_a_surname_stay_two_people(run):
    text = (
        "Eric Dunmore and his sister Erica Dunmore run the bakery. "
        "\"We bake before dawn,\" Erica Dunmore said."
    )
    assert speaker_of(run(text, "en"), "We bake before dawn") == "Erica Dunmore"


def test_surnames_a_letter_apart_but_short_stay_two_people(run):
    text = (
        "Christian Bale won the award for best actor. Caitriona Balfe was also nominated. "
        "\"I did not expect it,\" Bale said."
    )
    assert speaker_of(run(text, "en"), "I did not expect it") == "Christian Bale"


def test_surname_shared_with_another_person_stays_theirs_when_one_name_is_spelt_two_ways(run):
    text = (
        "Studio Varnholt, the design firm, built the house. Studio Varnhold also drew the garden. "
        "Mary Ann Varnholt, principal architect at the firm, led the work. "
        "\"The roof collects rain for the garden,\" says Varnholt."
    )
    assert speaker_of(run(text, "en"), "The roof collects rain for the garden") == "Mary Ann Varnholt"


def test_short_first_name_alone_stands_for_the_formal_full_name(run):
    text = (
        "Kenneth Marlowe, the county treasurer, presented the budget on Tuesday. "
        "\"We cut nothing that matters,\" Ken said after the vote."
    )
    assert speaker_of(run(text, "en"), "We cut nothing that matters") == "Kenneth Marlowe"


def test_title_before_a_first_name_alone_stands_for_the_full_name_given_under_that_title(run):
    text = (
        "Saudi Crown Prince Faisal bin Nasser met the envoy in Riyadh. "
        "\"We want calm in the region,\" Prince Faisal told reporters on Monday."
    )
    assert speaker_of(run(text, "en"), "We want calm in the region") == "Faisal bin Nasser"


def test_title_before_a_first_name_the_full_name_never_had_is_someone_else(run):
    text = (
        "Charles Wren, a British diplomat, attended the talks. "
        "\"We are hopeful,\" King Charles said after the meeting."
    )
    assert speaker_of(run(text, "en"), "We are hopeful") != "Charles Wren"


def test_ad_voice_speaks_for_whoever_acts_with_the_ad(run):
    text = (
        "The Harbor Forward group, funded by local donors, is planning to flood voters' screens with "
        "a holiday-themed Web ad. \"The gifts were all opened,\" says the ad's narrator, going on to list them."
    )
    assert speaker_of(run(text, "en"), "The gifts were all opened") == "Harbor Forward group"


def test_ad_voice_speaks_for_the_one_out_with_a_new_ad(run):
    text = "Citizens for Clean Water is out with a new ad on Monday. \"The river deserves better,\" a voice-over says as the camera pans."
    assert speaker_of(run(text, "en"), "The river deserves better") == "Citizens for Clean Water"


def test_the_one_hit_with_an_ad_did_not_run_it(run):
    text = "Mayor Ann Roe was hit with a new ad on Monday. \"She failed the city,\" the ad's narrator says."
    assert speaker_of(run(text, "en"), "She failed the city") != "Ann Roe"
