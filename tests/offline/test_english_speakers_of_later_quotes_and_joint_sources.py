"""English statements: constructions the third English check batch (evals/extra, batch 3) showed
the rules getting wrong — a quotation after a cue sentence that names someone else, a joint
source written with a slash, a role the tagger reads as a verb, people close to someone, labels
after "referred to", lists of deeds, mixed quotation marks (sentences written for these tests)."""

from __future__ import annotations


def quotes(result):
    return [(q.kind, q.text, q.speaker) for q in result.quotes]


def test_quotation_after_a_cue_sentence_naming_someone_else_is_still_the_speakers(run):
    # "news outlets declared him the winner" hangs on the cue of the first quotation: neither its
    # subject nor its report takes the next one.
    text = (
        "“We are going to win again,” Tom Reed said at his party in Boston, two hours after news outlets "
        "declared him the winner. “You will not regret it.”"
    )
    assert [s for _, _, s in quotes(run(text, "en"))] == ["Tom Reed", "Tom Reed"]
    # A person named as the subject of a sentence of its own still takes the quotation after it.
    topic = run("“We will win,” Tom Reed said on Monday. Ann Cole disagreed. “That is not going to happen.”", "en")
    assert [s for _, _, s in quotes(topic)] == ["Tom Reed", "Ann Cole"]


def test_joint_source_written_with_a_slash_is_one_source(run):
    result = run("Ann Cole leads Tom Hart by 8 points among likely voters, according to a Times/CBS News analyst.", "en")
    assert [text for _, text, _ in quotes(result)] == ["Ann Cole leads Tom Hart by 8 points among likely voters"]
    fronted = run("According to the Smith/Jones law firm, the plant will close in May.", "en")
    assert [text for _, text, _ in quotes(fronted)] == ["the plant will close in May"]


def test_role_word_the_tagger_reads_as_a_verb_before_the_name_after_a_quotation(run):
    text = "The mayor spoke on Monday. “Just saw the video. I'm shocked by his words,” screenwriter Tom Reed wrote on Twitter."
    assert quotes(run(text, "en")) == [("direct", "Just saw the video. I'm shocked by his words,", "Tom Reed")]


def test_someone_close_to_a_person_speaks_for_themselves(run):
    # An ally, a friend, a neighbour can suggest something; a study only finds it. (Someone who
    # "indicated" something is the writer's reading of them: test_english_contents_not_stated.)
    for text in (
        "A Cole ally suggested she would drop the pipeline plan once elected.",
        "A close friend of the mayor suggested he would resign before the summer.",
    ):
        assert [k for k, _, _ in quotes(run(text, "en"))] == ["indirect"]
    assert run("A new study suggested the drug would cut the risk of stroke by half.", "en").quotes == []


def test_referring_to_someone_as_a_quoted_label_is_a_mixed_statement(run):
    text = "Tom Reed spoke first. Reed has referred to the protesters from the camp as “thugs.”"
    assert quotes(run(text, "en")) == [("mixed", "the protesters from the camp as “thugs.", "Tom Reed")]


def test_deeds_listed_after_a_comma_share_the_subject(run):
    # The parse hangs the second item of the list on the first as an adjunct; its subject is still
    # the list's.
    text = (
        "Senator Tom Reed spoke first. Reed has mocked a reporter, referred to the protesters as “thugs” and "
        "later pointed to a man in the crowd and called him “my friend.”"
    )
    assert [(k, s) for k, _, s in quotes(run(text, "en"))] == [("mixed", "Tom Reed"), ("mixed", "Tom Reed")]


def test_straight_opening_mark_closed_by_a_curly_one_ends_there(run):
    text = 'Tom Reed spoke on Monday.\n\n"Honestly, it was a long day, I must admit,” he said.'
    assert quotes(run(text, "en")) == [("direct", "Honestly, it was a long day, I must admit,", "Tom Reed")]
