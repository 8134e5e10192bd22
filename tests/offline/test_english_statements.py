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
