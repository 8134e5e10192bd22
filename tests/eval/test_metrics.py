"""Metrics on hand-computed cases: every expected number below is worked out in the comment."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.evaluation import evaluate, evaluate_article, load_gold
from extractor.evaluation.gold import gold_as_result


def test_overlapping_predictions(build):
    # G0=[0,100) G1=[100,150); P0=[0,40), P1=[50,130): (G0,P1) taken first (overlap 50), then
    # nothing else is free -> matched 1 of 2 predicted, 1 of 2 gold: P = R = F1 = 0.5.
    ev = evaluate(build.gold([(0, 100), (100, 150)]), build.result([(0, 40), (50, 130)]))
    assert (ev.metric("quotes.precision"), ev.metric("quotes.recall"), ev.metric("quotes.f1")) == (0.5, 0.5, 0.5)


def test_split_quote(build):
    # One gold quote [0,100) predicted as two halves of 45 chars: one pair (45% >= 30%), one
    # spurious. P = 1/2, R = 1/1, F1 = 2*0.5*1/1.5 = 0.6667.
    ev = evaluate(build.gold([(0, 100)]), build.result([(0, 45), (55, 100)]))
    assert ev.metric("quotes.precision") == 0.5
    assert ev.metric("quotes.recall") == 1.0
    assert ev.metric("quotes.f1") == pytest.approx(0.6667, abs=1e-4)
    # at 80% overlap neither half is enough: P = R = F1 = 0
    assert ev.metric("quotes.strict.f1") == 0.0


def test_duplicates(build):
    # The same span predicted twice: one match, one spurious. P = 0.5, R = 1.
    ev = evaluate(build.gold([(10, 60)]), build.result([(10, 60), (10, 60)]))
    assert (ev.metric("quotes.precision"), ev.metric("quotes.recall")) == (0.5, 1.0)


def test_empty_gold_and_empty_predictions(build):
    both_empty = evaluate(build.gold([]), build.result([]))
    assert both_empty.metric("quotes.f1") == 1.0
    spurious_only = evaluate(build.gold([]), build.result([(0, 10), (20, 30)]))
    assert (spurious_only.metric("quotes.precision"), spurious_only.metric("quotes.recall"), spurious_only.metric("quotes.f1")) == (0.0, 0.0, 0.0)
    nothing_found = evaluate(build.gold([(0, 10), (20, 30), (40, 50)]), build.result([]))
    assert (nothing_found.metric("quotes.precision"), nothing_found.metric("quotes.recall"), nothing_found.metric("quotes.f1")) == (0.0, 0.0, 0.0)
    # a gold article without any prediction counts as nothing predicted, with a warning
    missing = evaluate([build.gold([(0, 10)], id="x")], [])
    assert missing.metric("quotes.recall") == 0.0 and missing.warnings


def test_micro_and_macro(build):
    # Article a: 2 gold, 2 right predictions. Article b: no gold, 1 spurious prediction.
    # micro: P = 2/3, R = 2/2, F1 = 2*(2/3)/(5/3) = 0.8; macro F1 = (1.0 + 0.0) / 2 = 0.5.
    gold = [build.gold([(0, 50), (60, 100)], id="a"), build.gold([], id="b")]
    preds = [build.result([(0, 50), (60, 100)], id="a"), build.result([(0, 20)], id="b")]
    ev = evaluate(gold, preds)
    assert ev.metric("quotes.precision") == pytest.approx(0.6667, abs=1e-4)
    assert ev.metric("quotes.recall") == 1.0
    assert ev.metric("quotes.f1") == pytest.approx(0.8)
    assert ev.metric("quotes.macro.f1") == 0.5
    assert ev.metric("n_articles") == 2


def test_kind_grounded_and_per_kind(build):
    text = build.filler
    gold = build.gold(quotes=[build.quote(text, 0, 50, qid="g1", kind="direct"), build.quote(text, 60, 100, qid="g2", kind="indirect")])
    wrong_text = build.quote(text, 60, 100, qid="p2", kind="direct")
    wrong_text["text"] = "not what the article says at these offsets"
    pred = build.result(quotes=[build.quote(text, 0, 50, qid="p1", kind="direct"), wrong_text])
    data = evaluate(gold, pred).to_dict()
    assert data["quotes"]["kind_accuracy"] == 0.5  # 1 of 2 matched pairs agree on kind
    assert data["quotes"]["grounded_rate"] == 0.5  # p2's text is not article[60:100]
    assert data["quotes"]["by_kind"]["indirect"] == {"gold": 1, "found": 1, "recall": 1.0, "predicted": 0, "correct": 0, "precision": None}
    assert data["quotes"]["by_kind"]["direct"]["predicted"] == 2


def _speakers(*names):
    return [{"id": f"s{i}", "name": n, "aliases": [n]} for i, n in enumerate(names, 1)]


def test_joint_statement_needs_every_speaker(build):
    text = build.filler
    gold = build.gold(
        quotes=[build.quote(text, 0, 50, qid="g1", speaker="Marc Garneau, Bill Blair, Harjit Sajjan", speaker_ids=["s1", "s2", "s3"])],
        speakers=[{"id": "s1", "name": "Marc Garneau", "aliases": ["Garneau"]}, {"id": "s2", "name": "Bill Blair"}, {"id": "s3", "name": "Harjit Sajjan"}],
    )

    def verdict(speaker):
        article = evaluate_article(gold, build.result(quotes=[build.quote(text, 0, 50, qid="p1", speaker=speaker)]))
        return article.speaker_verdicts[0]

    assert verdict("Garneau, Blair, Sajjan").correct  # display string split at ", "; surnames agree
    one = verdict("Marc Garneau")
    assert not one.correct and one.partial
    assert not verdict("Marc Garneau, Bill Blair, Harjit Sajjan, Justin Trudeau").correct  # an extra speaker
    assert not verdict(None).correct


def test_joint_speakers_listed_as_the_aliases_of_one_gold_speaker(build):
    # The offsets gold (evals/extra_fr, evals/train_fr) lists a joint statement's speakers in one
    # quote's `speakers`: one gold speaker whose aliases are both names.
    text = build.filler
    gold = build.gold(
        quotes=[build.quote(text, 0, 50, qid="g1", speaker="Paul Dumas", speaker_ids=["s1"])],
        speakers=[{"id": "s1", "name": "Paul Dumas", "aliases": ["Paul Dumas", "Lise Roy", "ministre de la Mer de Bolivie"]}],
    )

    def verdict(speaker):
        article = evaluate_article(gold, build.result(quotes=[build.quote(text, 0, 50, qid="p1", speaker=speaker)]))
        return article.speaker_verdicts[0]

    assert verdict("Paul Dumas, Lise Roy").correct  # both joint speakers, word for word
    assert verdict("Paul Dumas").correct  # one name of the speaker, as before
    assert not verdict("Paul Dumas, Bolivie").correct  # a name from inside a description
    assert not verdict("Paul Dumas, Lise Roy, Marc Roy").correct  # an extra speaker


def test_joint_speakers_written_as_one_coordinated_name(build):
    # The offsets-only golds (evals/extra, PolNeAR) write a joint statement's speakers as one
    # string, "A and B"; the engine lists them apart. Both readings are tried.
    text = build.filler

    def verdict(gold_speaker, speaker):
        gold = build.gold(quotes=[build.quote(text, 0, 50, qid="g1", speaker=gold_speaker, speaker_ids=["s1"])], speakers=_speakers(gold_speaker))
        article = evaluate_article(gold, build.result(quotes=[build.quote(text, 0, 50, qid="p1", speaker=speaker)]))
        return article.speaker_verdicts[0]

    assert verdict("Ann Porter and Lee Vance", "Ann Porter, Lee Vance").correct
    assert verdict("Mr. Porter and Mr. Vance", "Ann Porter, Lee Vance").correct  # surnames agree
    assert verdict("Ann Porter and Lee Vance", "Ann Porter and Lee Vance").correct  # the whole string, as before
    assert verdict("Tom and Jane Harlow", "Tom Harlow, Jane Harlow").correct  # a shared surname
    assert not verdict("Ann Porter and Lee Vance", "Ann Porter").correct  # a joint statement needs both
    assert not verdict("Ann Porter and Lee Vance", "Ann Porter, Lee Vance, Rob Dale").correct
    assert not verdict("many marchers and spectators", "Ann Porter, Lee Vance").correct


def test_speaker_accuracy_and_position_rule(build):
    text = build.filler
    # Gold speaker is a pronoun (PolNeAR style) named at 200-202; the prediction resolves it to
    # a name and points at the same place -> right. Second quote: wrong name, no span -> wrong.
    gold = build.gold(
        quotes=[
            build.quote(text, 0, 50, qid="g1", speaker="he", speaker_ids=["s1"], speaker_span={"start": 200, "end": 202, "text": text[200:202]}),
            build.quote(text, 60, 100, qid="g2", speaker="Jane Doe", speaker_ids=["s2"]),
            build.quote(text, 110, 150, qid="g3", speaker=None),  # no source: not scored
        ],
        speakers=_speakers("he", "Jane Doe"),
    )
    pred = build.result(
        quotes=[
            build.quote(text, 0, 50, qid="p1", speaker="John Smith", speaker_span={"start": 199, "end": 203, "text": text[199:203]}),
            build.quote(text, 60, 100, qid="p2", speaker="John Smith"),
            build.quote(text, 110, 150, qid="p3", speaker="Jane Doe"),
        ]
    )
    data = evaluate(gold, pred).to_dict()
    sp = data["speakers"]
    assert (sp["correct"], sp["scored"], sp["unscored"], sp["by_position"], sp["pronoun_gold"]) == (1, 2, 1, 1, 1)
    assert sp["accuracy"] == 0.5
    assert sp["attribution_recall"] == 0.5  # 1 right of 2 gold quotes that have a speaker
    # speaker set: gold {Jane Doe} (the pronoun is left out); predicted {John Smith, Jane Doe}
    # (from the quotes, as the result lists no speakers) -> P = 1/2, R = 1/1.
    assert (sp["set"]["precision"], sp["set"]["recall"]) == (0.5, 1.0)


def test_accused_and_accusers(build):
    gold = build.gold(
        [],
        speakers=_speakers("Joe Biden", "Dominic Raab"),
        accused=[
            {"id": "a1", "name": "la Chine", "aliases": ["Pékin", "le gouvernement chinois", "les autorités chinoises"], "accuser_ids": ["s1", "s2"]},
            {"id": "a2", "name": "APT40", "aliases": [], "accusers": ["la coalition"]},
        ],
    )
    pred = build.result(
        [],
        accused=[
            {"id": "a1", "name": "les autorités chinoises", "accusers": ["Biden"]},  # China, 1 of 2 accusers
            {"id": "a2", "name": "Microsoft", "accusers": ["Biden"]},  # spurious
        ],
    )
    data = evaluate(gold, pred).to_dict()
    # parties: matched 1, predicted 2, gold 2 -> P = R = F1 = 0.5
    assert (data["accused"]["precision"], data["accused"]["recall"]) == (0.5, 0.5)
    # (accused, accuser) pairs: gold 3 (China-Biden, China-Raab, APT40-coalition); predicted 2;
    # right 1 (China-Biden) -> P = 0.5, R = 0.3333
    assert data["accused"]["accusers"]["precision"] == 0.5
    assert data["accused"]["accusers"]["recall"] == pytest.approx(0.3333, abs=1e-4)
    assert data["articles"][0]["missed_accused"] == ["APT40"]
    assert data["articles"][0]["spurious_accused"] == ["Microsoft"]


def test_predicted_accuser_is_matched_through_its_aliases(build):
    # The gold accuser is "la Russie"; the engine's speaker is named "Moscou" but lists "la Russie"
    # among its aliases. Gold accusers are compared through their aliases, so predicted ones are
    # too: the (accused, accuser) pair is right -> P = R = 1. Without the alias it is wrong.
    gold = build.gold(
        [],
        speakers=[{"id": "s1", "name": "la Russie", "aliases": ["la Russie"]}],
        accused=[{"id": "a1", "name": "l'Ukraine", "aliases": [], "accuser_ids": ["s1"]}],
    )

    def accusers(aliases):
        pred = build.result(
            [],
            speakers=[{"id": "s1", "name": "Moscou", "aliases": aliases}],
            accused=[{"id": "a1", "name": "l'Ukraine", "accuser_ids": ["s1"], "accusers": ["Moscou"]}],
        )
        scores = evaluate(gold, pred).to_dict()["accused"]["accusers"]
        return scores["precision"], scores["recall"]

    assert accusers(["la Russie"]) == (1.0, 1.0)
    assert accusers([]) == (0.0, 0.0)


def test_claims_by_claimant_and_evidence_or_text_without_evidence(build):
    text = build.filler
    gold = build.gold(
        quotes=[build.quote(text, 0, 50, qid="g1", speaker="Dominic Raab", speaker_ids=["s1"])],
        speakers=_speakers("Dominic Raab"),
        claims=[
            {"id": "c1", "text": "Le gouvernement chinois doit mettre un terme à son cybersabotage systématique.", "claimant_ids": ["s1"], "quote_ids": ["g1"]},
            {"id": "c2", "text": "Les relations entre les deux puissances sont très compliquées.", "claimant": "Joe Biden"},
        ],
    )
    q = build.quote(text, 0, 50, qid="p1", speaker="Raab")
    # c1 by evidence (text unrelated, claimant right, quote p1 covers g1); c2 has no evidence
    # quote, so text similarity decides, but the claimant is wrong -> unmatched; a third
    # prediction is spurious.
    pred = build.result(
        quotes=[q],
        claims=[
            {"id": "c1", "text": "London is angry.", "claimant": "Raab", "quote_ids": ["p1"]},
            {"id": "c2", "text": "Les relations entre les deux puissances sont compliquées.", "claimant": "Dominic Raab"},
            {"id": "c3", "text": "Les relations entre les deux puissances sont compliquées.", "claimant": "Biden"},
        ],
    )
    data = evaluate(gold, pred).to_dict()
    # c1<->p.c1 (evidence), c2<->p.c3 (Biden, similar text): 2 matched of 3 predicted, 2 gold
    assert (data["claims"]["matched"], data["claims"]["predicted"], data["claims"]["gold"]) == (2, 3, 2)
    assert data["claims"]["kind_accuracy"] == 1.0  # both pairs keep the default kind on each side
    assert data["claims"]["by_text"]["matched"] == 1  # without the evidence path only c2<->p.c3 remains


def test_claims_match_by_evidence_coverage_not_by_quote_pairing(build):
    text = build.filler
    # Gold claim c1 rests on quote g1 = [0,100). The predicted claim's evidence p2 = [60,100)
    # covers 40 % of it (>= 30 %) although p2 is not the quote paired with g1 (p1 = [0,55) takes
    # it, 55 % overlap): the claim matches. A second predicted claim whose evidence p3 = [200,
    # 260) does not touch g1 is spurious, however similar its text.
    gold = build.gold(
        quotes=[build.quote(text, 0, 100, qid="g1", speaker="Dominic Raab", speaker_ids=["s1"])],
        speakers=_speakers("Dominic Raab"),
        claims=[{"id": "c1", "text": "Le gouvernement chinois mène un cybersabotage systématique.", "claimant_ids": ["s1"], "quote_ids": ["g1"]}],
    )
    pred = build.result(
        quotes=[build.quote(text, 0, 55, qid="p1"), build.quote(text, 60, 100, qid="p2"), build.quote(text, 200, 260, qid="p3")],
        claims=[
            {"id": "c1", "text": "London is angry.", "claimant": "Raab", "quote_ids": ["p2"]},
            {"id": "c2", "text": "Le gouvernement chinois mène un cybersabotage systématique.", "claimant": "Raab", "quote_ids": ["p3"]},
        ],
    )
    data = evaluate(gold, pred).to_dict()
    assert (data["claims"]["matched"], data["claims"]["predicted"], data["claims"]["gold"]) == (1, 2, 1)
    # Below 30 % coverage (p = [80,100) covers 20 %): no match.
    short = build.result(quotes=[build.quote(text, 80, 100, qid="p1")], claims=[{"id": "c1", "text": "x", "claimant": "Raab", "quote_ids": ["p1"]}])
    assert evaluate(gold, short).metric("claims.f1") == 0.0


def test_claim_claimant_may_be_any_speaker_alias_of_the_gold_evidence_quotes(build):
    text = build.filler
    # The gold claimant is the ministry; its evidence quote is spoken by the ministry and its
    # spokesman (joint). A prediction naming the spokesman's surname agrees.
    gold = build.gold(
        quotes=[build.quote(text, 0, 50, qid="g1", speaker="ministère, Wang Wenbin", speaker_ids=["s1", "s2"])],
        speakers=[{"id": "s1", "name": "ministère des Affaires étrangères", "aliases": []}, {"id": "s2", "name": "Wang Wenbin", "aliases": ["Wang"]}],
        claims=[{"id": "c1", "text": "Les accusations sont infondées.", "claimant_ids": ["s1"], "quote_ids": ["g1"]}],
    )
    pred = build.result(quotes=[build.quote(text, 0, 50, qid="p1")], claims=[{"id": "c1", "text": "Accusations infondées", "claimant": "Wang Wenbin", "quote_ids": ["p1"]}])
    assert evaluate(gold, pred).metric("claims.f1") == 1.0
    wrong = build.result(quotes=[build.quote(text, 0, 50, qid="p1")], claims=[{"id": "c1", "text": "x", "claimant": "Boris Johnson", "quote_ids": ["p1"]}])
    assert evaluate(gold, wrong).metric("claims.f1") == 0.0


def test_one_quote_two_claims_pair_by_text_and_score_kind_and_about(build):
    text = build.filler
    # One gold quote carries two claims (an accusation and a call to action). Two predicted
    # claims share that evidence; text similarity decides which pairs with which, so both
    # kinds agree (kind accuracy 2/2). About recall: gold c1 is about "la Chine" (alias
    # "Pékin" from the accused layer) and the prediction says "Pékin" -> found; gold c2 is about
    # "la Chine" and "les pirates" and the prediction names neither -> 1 of 3 = 0.3333.
    gold = build.gold(
        quotes=[build.quote(text, 0, 80, qid="g1", speaker="Dominic Raab", speaker_ids=["s1"])],
        speakers=_speakers("Dominic Raab"),
        accused=[{"id": "a1", "name": "la Chine", "aliases": ["la Chine", "Pékin"], "accuser_ids": ["s1"]}],
        claims=[
            {"id": "c1", "text": "La Chine protège les pirates informatiques criminels.", "claimant_ids": ["s1"], "quote_ids": ["g1"],
             "kind": "accusation", "about": ["la Chine"]},
            {"id": "c2", "text": "La Chine doit cesser son sabotage des réseaux.", "claimant_ids": ["s1"], "quote_ids": ["g1"],
             "kind": "call_to_action", "about": ["la Chine", "les pirates"]},
        ],
    )
    pred = build.result(
        quotes=[build.quote(text, 0, 80, qid="p1")],
        claims=[
            {"id": "c1", "text": "Pékin doit cesser son sabotage des réseaux", "claimant": "Raab", "quote_ids": ["p1"], "kind": "call_to_action"},
            {"id": "c2", "text": "Pékin protège les pirates informatiques criminels", "claimant": "Raab", "quote_ids": ["p1"], "kind": "accusation",
             "about": ["Pékin"]},
        ],
    )
    data = evaluate(gold, pred).to_dict()
    assert data["claims"]["f1"] == 1.0
    assert data["claims"]["kind_accuracy"] == 1.0
    assert data["claims"]["about_recall"] == pytest.approx(0.3333, abs=1e-4)


def _claim_kind_case(build):
    text = build.filler
    # Three gold claims on three quotes: two accusations and a call to action. The engine finds
    # all three but calls the second accusation a factual assertion, and adds a spurious opinion
    # (unmatched, so absent from the kind tables). Kind accuracy 2/3; accusation recall 1/2;
    # factual_assertion was predicted once and never right.
    gold = build.gold(
        quotes=[build.quote(text, 0, 40, qid="g1", speaker="Ana Lima", speaker_ids=["s1"]),
                build.quote(text, 50, 90, qid="g2", speaker="Ana Lima", speaker_ids=["s1"]),
                build.quote(text, 100, 140, qid="g3", speaker="Ana Lima", speaker_ids=["s1"])],
        speakers=_speakers("Ana Lima"),
        claims=[
            {"id": "c1", "text": "Le maire a truqué le marché.", "claimant_ids": ["s1"], "quote_ids": ["g1"], "kind": "accusation"},
            {"id": "c2", "text": "Le préfet a couvert le maire.", "claimant_ids": ["s1"], "quote_ids": ["g2"], "kind": "accusation"},
            {"id": "c3", "text": "Le conseil doit voter la dissolution.", "claimant_ids": ["s1"], "quote_ids": ["g3"], "kind": "call_to_action"},
        ],
    )
    pred = build.result(
        quotes=[build.quote(text, 0, 40, qid="p1"), build.quote(text, 50, 90, qid="p2"), build.quote(text, 100, 140, qid="p3"),
                build.quote(text, 200, 240, qid="p4")],
        claims=[
            {"id": "c1", "text": "Le maire a truqué le marché", "claimant": "Lima", "quote_ids": ["p1"], "kind": "accusation"},
            {"id": "c2", "text": "Le préfet a couvert le maire", "claimant": "Lima", "quote_ids": ["p2"], "kind": "factual_assertion"},
            {"id": "c3", "text": "Le conseil doit voter la dissolution", "claimant": "Lima", "quote_ids": ["p3"], "kind": "call_to_action"},
            {"id": "c4", "text": "La ville est belle", "claimant": "Lima", "quote_ids": ["p4"], "kind": "opinion"},
        ],
    )
    return gold, pred


def test_claim_kinds_are_reported_as_a_confusion_table_over_matched_claims(build):
    claims = evaluate(*_claim_kind_case(build)).to_dict()["claims"]
    assert claims["matched"] == 3
    assert claims["kind_accuracy"] == pytest.approx(0.6667, abs=1e-4)
    assert claims["kind_confusion"] == {"accusation": {"accusation": 1, "factual_assertion": 1}, "call_to_action": {"call_to_action": 1}}
    assert claims["by_kind"]["accusation"] == {"gold": 2, "recall": 0.5, "predicted": 1, "precision": 1.0}
    assert claims["by_kind"]["factual_assertion"] == {"gold": 0, "recall": None, "predicted": 1, "precision": 0.0}
    assert "opinion" not in claims["by_kind"]


def test_eval_table_prints_which_claim_kinds_are_confused(build, tmp_path):
    out, rows = build.eval_table(*_claim_kind_case(build), tmp_path)
    assert out.exit_code == 0, out.output
    assert ["accusation", "2", "1", "0.500", "factual_assertion 1"] in rows
    assert ["call_to_action", "1", "1", "1.000", "–"] in rows


def test_unannotated_layers_are_null(build):
    gold = build.gold([(0, 10)], annotated=["quotes", "speakers"])
    data = evaluate(gold, build.result([(0, 10)])).to_dict()
    assert data["accused"] is None and data["claims"] is None


def test_seed_gold_scored_against_itself_is_perfect():
    gold = load_gold(Path(__file__).resolve().parents[2] / "evals" / "gold")
    ev = evaluate(gold, [gold_as_result(g) for g in gold])
    for key in (
        "quotes.precision", "quotes.recall", "quotes.f1", "quotes.strict.f1", "quotes.macro.f1", "quotes.grounded_rate",
        "quotes.kind_accuracy", "speakers.accuracy", "speakers.attribution_recall", "speakers.set.f1",
        "accused.f1", "accused.accusers.f1", "claims.f1",
    ):
        assert ev.metric(key) == 1.0, key


def test_bootstrap_intervals():
    from extractor.evaluation.metrics import bootstrap_f1_ci, paired_bootstrap_delta

    counts = [(8, 10, 10), (2, 10, 10), (5, 6, 10), (7, 9, 9)]
    lo, hi = bootstrap_f1_ci(counts)
    p, r = 22 / 35, 22 / 39
    assert lo <= 2 * p * r / (p + r) <= hi  # the observed micro F1 lies inside
    assert bootstrap_f1_ci(counts) == [lo, hi]  # fixed seed: reproducible
    assert bootstrap_f1_ci(counts[:1]) is None
    assert paired_bootstrap_delta(counts, counts) == [0.0, 0.0]
    better = [(m + 1, p, g) for m, p, g in counts]  # one more match in every article
    dlo, dhi = paired_bootstrap_delta(counts, better)
    assert 0 < dlo <= dhi


def test_html_report_shows_the_claim_kind_confusion(build):
    from extractor.evaluation.report import render_report

    html = render_report(evaluate(*_claim_kind_case(build)))
    assert "claim kind: gold ↓ predicted →" in html
    # the accusation row: 1 accusation, 0 call_to_action, 1 factual_assertion, recall .5
    assert '<tr><td>accusation</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td class="num">0.500</td></tr>' in html
