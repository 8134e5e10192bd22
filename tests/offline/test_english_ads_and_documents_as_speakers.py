"""English speakers, round 34: an ad speaks for whoever ran it, and so does its voice (a
narrator, a voice-over) (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


AD_TEXT = (
    "Citizens for Better Roads released a new ad on Monday attacking Mayor Tom Hardy.\n\n"
    "“Tom Hardy promised new roads. He delivered potholes,” a narrator says as a photo of a broken road is shown.\n\n"
    "The ad then cuts to footage of Hardy saying, “We will fix every road in this city.”\n\n"
    "The 30-second ad ends with a voice-over saying: “Potholes. Broken promises. Can Dayton trust Tom Hardy?”"
)


def test_an_ads_narrator_speaks_for_whoever_ran_the_ad(run):
    result = run(AD_TEXT, "en")
    assert speaker_of(result, "He delivered potholes") == "Citizens for Better Roads"


def test_the_ad_itself_speaks_for_whoever_ran_it(run):
    result = run(AD_TEXT, "en")
    assert speaker_of(result, "Broken promises") == "Citizens for Better Roads"


def test_footage_in_an_ad_is_still_the_filmed_persons(run):
    result = run(AD_TEXT, "en")
    assert speaker_of(result, "fix every road") in ("Tom Hardy", "Hardy")


def test_the_narrator_of_an_ad_its_owner_unveiled(run):
    text = (
        "Ann Roe is expected to unveil on Monday her second ad of the race. It will focus on jobs.\n\n"
        "“In Tom Hardy’s Dayton, the middle class gets crushed,” says a narrator."
    )
    result = run(text, "en")
    assert speaker_of(result, "middle class gets crushed") == "Ann Roe"


def test_a_narrator_with_no_ad_before_stays_as_written(run):
    text = (
        "The museum opened its new hall on Monday after two years of work.\n\n"
        "“Every stone here was carried by hand,” a narrator says in the film shown at the entrance."
    )
    result = run(text, "en")
    assert speaker_of(result, "carried by hand") not in ("museum", "The museum")


def test_ad_voice_words_in_one_or_two_words():
    from extractor.engines.offline.lexicon import get_lexicon
    from extractor.engines.offline.models import get_nlp, parser_text
    from extractor.engines.offline.speakers import SpeakerRegistry

    nlp = get_nlp("en")
    is_voice = {}
    for sentence in ("A voice-over says it.", "A voice over says it.", "The narrator says it.", "The voice of reason says it."):
        doc = nlp(parser_text(sentence))
        registry = SpeakerRegistry(doc, get_lexicon("en"), [False] * len(doc))
        is_voice[sentence] = any(registry._ad_voice(t) for t in doc)
    assert is_voice == {"A voice-over says it.": True, "A voice over says it.": True, "The narrator says it.": True, "The voice of reason says it.": False}


# -- a document: who a passive verb says issued it; "it" for a document that names no author --


def test_a_document_sent_from_someone_speaks_for_them(run):
    text = (
        "The club was dissolved on Thursday. An email was sent from the club’s executive director, Jeremy Vane, to the "
        "club members. The email said, “Effective immediately, we are going to wind down the organization.”"
    )
    result = run(text, "en")
    assert speaker_of(result, "wind down the organization") in ("Jeremy Vane", "Vane")


def test_a_document_released_by_an_organisation_speaks_for_it(run):
    text = "A report was released on Monday by the Harbor Institute. The report said, “Wages have stalled for a decade.”"
    result = run(text, "en")
    assert speaker_of(result, "Wages have stalled") == "Harbor Institute"


def test_a_document_sent_to_someone_is_not_theirs(run):
    text = "A letter was sent to Mayor Ann Roe on Monday. The letter said, “The bridge must close before winter.”"
    result = run(text, "en")
    assert speaker_of(result, "bridge must close") not in ("Ann Roe", "Roe")


def test_it_after_an_authorless_document_is_the_document(run):
    text = (
        "Two families filed a lawsuit against the city on Monday. The lawsuit contends that \"the deaths were directly "
        "caused by the negligent actions\" of Ann Roe, who was head of the Water Department at the time. It goes on to "
        "fault Roe's use of a private contractor while at the Water Department, saying any repair was \"delayed\" for months."
    )
    result = run(text, "en")
    assert speaker_of(result, "any repair was") == speaker_of(result, "the deaths were")
    assert speaker_of(result, "any repair was") != "Water Department"


def test_an_ad_voice_after_a_statement_is_not_the_statements_author(run):
    text = (
        "“The mayor cannot be trusted with our roads,” Ann Roe said in a statement on Monday.\n\n"
        "“Tom Hardy promised new roads. He delivered potholes,” a voice-over says as a photo of a broken road is shown."
    )
    result = run(text, "en")
    assert speaker_of(result, "He delivered potholes") not in ("Ann Roe", "Roe")


def test_it_after_a_thing_that_did_not_speak_is_not_that_thing(run):
    text = "The Dayton Transit Authority met on Monday. The bridge closed after the vote. It said the repairs would take a year."
    result = run(text, "en")
    assert speaker_of(result, "repairs would take") != "bridge"
