"""Gold loading: our format, quote-attribution JSONL, checks; the committed seed gold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extractor.errors import InputError
from extractor.evaluation import load_gold, load_predictions
from extractor.evaluation.matching import names_agree

REPO = Path(__file__).resolve().parents[2]
SEED_GOLD = REPO / "evals" / "gold" / "seed_000_3c0465c333d813dd.json"

# A made-up article in the quote-attribution shape (no corpus text).
ATTR_TEXT = 'The mayor, Ann Lee, said the bridge "will open in May." Lee added that costs rose. He disagreed.'


def _attr_record():
    t = ATTR_TEXT
    q1s, q1e = t.index("will open"), t.index('"', t.index("will open"))
    q2s = t.index("costs rose")
    return {
        "id": "attr:1",
        "language": "en",
        "text": t,
        "quotes": [
            {"text": t[q1s:q1e], "start": q1s, "end": q1e, "speaker": "Ann Lee", "kind": "direct",
             "cue": "said", "cue_span": [[t.index("said"), t.index("said") + 4]], "speaker_span": [[t.index("Ann Lee"), t.index("Ann Lee") + 7]]},
            {"text": t[q2s:q2s + 10], "start": q2s, "end": q2s + 10, "speaker": "Lee", "kind": "indirect",
             "cue_span": [], "speaker_span": [[t.index("Lee added"), t.index("Lee added") + 3]]},
            {"text": "disagreed", "start": t.index("disagreed"), "end": t.index("disagreed") + 9, "speaker": "He", "kind": "indirect",
             "speaker_span": [[t.index("He "), t.index("He ") + 2]]},
            {"text": "He", "start": t.index("He "), "end": t.index("He ") + 2, "speaker": None, "kind": "indirect", "no_source": True},
        ],
    }


def test_attribution_jsonl_is_read_without_conversion(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(_attr_record()) + "\n\n", encoding="utf-8")
    (article,) = load_gold(path)
    assert article.id == "attr:1" and article.annotated == ["quotes", "speakers"]
    assert [q.speaker for q in article.quotes] == ["Ann Lee", "Lee", "He", None]
    # "Lee" joins "Ann Lee" (one fuller name ends with it); the pronoun stays its own entry
    names = {s.name: s.aliases for s in article.speakers}
    assert names == {"Ann Lee": ["Ann Lee", "Lee"], "He": ["He"]}
    assert article.quotes[0].speaker_ids == article.quotes[1].speaker_ids
    assert article.quotes[0].cue_span.text == "said" and article.quotes[0].speaker_span.text == "Ann Lee"
    # and the same file is accepted as predictions (scores 1.0 against itself)
    (result,) = load_predictions(path)
    assert result.id == "attr:1" and len(result.quotes) == 4


def test_our_format_single_list_and_directory(tmp_path):
    seed = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    other = dict(seed, id="copy")
    (tmp_path / "list.json").write_text(json.dumps([seed, other], ensure_ascii=False), encoding="utf-8")
    assert [a.id for a in load_gold(tmp_path / "list.json")] == [seed["id"], "copy"]
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.json").write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "dir" / "notes.txt").write_text("ignored")
    assert len(load_gold(tmp_path / "dir")) == 1


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["quotes"][0].update(start=d["quotes"][0]["start"] + 1), "not grounded"),
        (lambda d: d["quotes"][0].update(speaker_ids=["nobody"]), "unknown speaker ids"),
        (lambda d: d["accused"][0].update(quote_ids=["q999"]), "unknown speaker or quote ids"),
        (lambda d: d["quotes"][10]["fragments"][0].update(start=0, end=5, text=d["text"][0:5]), "outside the quote"),
        (lambda d: d.update(quotes="nope"), "not a gold article"),
    ],
)
def test_bad_gold_is_refused_with_a_clear_message(tmp_path, mutate, message):
    data = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(path)


def test_duplicate_ids_and_empty_dir(tmp_path):
    record = json.dumps(_attr_record())
    (tmp_path / "dup.jsonl").write_text(record + "\n" + record + "\n")
    with pytest.raises(InputError, match="more than once"):
        load_gold(tmp_path / "dup.jsonl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .json or .jsonl"):
        load_gold(tmp_path / "empty")


def test_seed_gold_is_the_seed_text(seed_text):
    (gold,) = load_gold(SEED_GOLD)
    assert gold.text == seed_text


@pytest.mark.parametrize("script", sorted((REPO / "evals").glob("annotate_*.py")), ids=lambda p: p.name)
def test_committed_gold_is_what_its_builder_produces(script):
    spec = importlib.util.spec_from_file_location(script.stem, script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (committed,) = load_gold(module.OUT)
    assert module.builder().build() == committed, f"{module.OUT.name} is stale: run python {script.relative_to(REPO)}"


def test_seed_gold_covers_what_the_issue_lists():
    (gold,) = load_gold(SEED_GOLD)
    texts = [q.text for q in gold.quotes]
    for partial in ("malveillantes", "protéger", "pris acte"):
        assert partial in texts
    assert {q.kind for q in gold.quotes} == {"direct", "indirect", "mixed"}
    joint = next(q for q in gold.quotes if q.text.startswith("Cette activité"))
    assert {gold.speaker_by_id(s).name for s in joint.speaker_ids} == {"Marc Garneau", "Bill Blair", "Harjit Sajjan"}
    accused = {a.name: [a.name, *a.aliases] for a in gold.accused}
    for party in ("la Chine", "Pékin", "le gouvernement chinois", "les autorités chinoises", "ministère de la Sécurité de l’État", "APT40", "APT31", "quatre pirates chinois"):
        assert any(names_agree([party], aliases) for aliases in accused.values()), party
    assert all(c.claimant_ids and c.quote_ids for c in gold.claims)


def test_attribution_surname_joins_a_descriptive_speaker(tmp_path):
    text = "Ann Lee, the firm’s lawyer, said it was fine. Lee said it was over."
    quotes = [
        {"text": "it was fine", "start": text.index("it was fine"), "end": text.index("it was fine") + 11, "speaker": "Ann Lee, the firm’s lawyer,"},
        {"text": "it was over", "start": text.index("it was over"), "end": text.index("it was over") + 11, "speaker": "Lee"},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "x", "text": text, "quotes": quotes}) + "\n", encoding="utf-8")
    (article,) = load_gold(path)
    assert [s.aliases for s in article.speakers] == [["Ann Lee, the firm’s lawyer,", "Lee"]]


def test_records_without_id_get_the_content_id_extract_gives_them(tmp_path):
    from extractor.document import content_id

    record = _attr_record()
    del record["id"]
    path = tmp_path / "noid.jsonl"
    path.write_text(json.dumps(record) + "\n")
    (article,) = load_gold(path)
    assert article.id == content_id(ATTR_TEXT)


# A made-up French article in the FR_GUIDELINES.md shape: speakers lists, accused by name,
# claims whose evidence are quote indices.
FR_TEXT = "Le ministre Paul Durand a accusé Pékin d'espionnage. « C'est inacceptable », a dit Durand."


def _fr_record():
    t = FR_TEXT
    q1s, q1e = t.index("Pékin"), t.index(".")
    q2s = t.index("C'est")
    q2e = t.index(" »")
    return {
        "id": "fr:1",
        "language": "fr",
        "text": t,
        "quotes": [
            {"text": t[q1s:q1e], "start": q1s, "end": q1e, "kind": "indirect", "speaker": "Paul Durand",
             "speakers": ["Paul Durand", "Durand", "le ministre"]},
            {"text": t[q2s:q2e], "start": q2s, "end": q2e, "kind": "direct", "speaker": "Paul Durand",
             "speakers": ["Paul Durand", "Durand"]},
        ],
        "accused": [{"name": "Chine", "aliases": ["Pékin"], "accused_by": ["Paul Durand"]}],
        "claims": [
            {"claimant": "Paul Durand", "co_claimants": [], "about": ["Chine"], "kind": "accusation",
             "text": "La Chine espionne.", "evidence": [0, 1]},
        ],
    }


def test_fr_guidelines_record_reads_speaker_aliases_accused_and_claims(tmp_path):
    path = tmp_path / "fr.jsonl"
    path.write_text(json.dumps(_fr_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    [article] = load_gold(path)
    assert article.annotated == ["quotes", "speakers", "accused", "claims"]
    [speaker] = article.speakers
    assert speaker.name == "Paul Durand" and {"Durand", "le ministre"} <= set(speaker.aliases)
    [accused] = article.accused
    assert accused.name == "Chine" and "Pékin" in accused.aliases and accused.accuser_ids == [speaker.id]
    [claim] = article.claims
    assert claim.kind == "accusation" and claim.claimant_ids == [speaker.id]
    assert claim.quote_ids == [q.id for q in article.quotes]


def test_fr_guidelines_claim_citing_a_missing_quote_is_refused(tmp_path):
    record = _fr_record()
    record["claims"][0]["evidence"] = [5]
    path = tmp_path / "fr.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="claim 1 cites a quote index"):
        load_gold(path)


def test_partial_predictions_get_defaults_and_notes(tmp_path):
    from extractor.evaluation.gold import lenient_result

    text = 'Ann Lee said "we will build it" and that costs rose.'
    s1, e1 = text.index('"'), text.index(" and")
    s2 = text.index("costs")
    record = {
        "id": "x",
        "quotes": [
            {"start": s1, "end": e1, "speaker": ["Ann Lee", "Bo Park"], "score": 0.3},
            {"start": s2, "end": len(text) - 1, "speaker": "Ann Lee"},
        ],
    }
    notes: list[str] = []
    result = lenient_result(record, notes=notes, article_text=text)
    assert [q.id for q in result.quotes] == ["q1", "q2"]
    assert result.quotes[0].text == text[s1:e1] and result.quotes[0].kind == "direct" and result.quotes[1].kind == "indirect"
    # a list of speakers is a joint statement: display joined, one speaker each, shared by name
    assert result.quotes[0].speaker == "Ann Lee, Bo Park" and result.quotes[0].speaker_ids == ["s1", "s2"]
    assert result.quotes[1].speaker_ids == ["s1"] and [s.name for s in result.speakers] == ["Ann Lee", "Bo Park"]
    assert result.language == "und" and result.meta.extractor_version == "unknown"
    assert "fields the contract does not have were dropped" in notes and "quote kind read from the quotation marks" in notes
    # through load_predictions: a file note for the run's warnings, quote text from the gold article
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "x", "quotes": [{"start": s2, "end": len(text) - 1}]}) + "\n")
    warnings: list[str] = []
    (loaded,) = load_predictions(path, warnings=warnings)
    assert loaded.quotes[0].text == "" and "counts as ungrounded" in warnings[0]
    with pytest.raises(InputError, match="no integer start/end"):
        lenient_result({"id": "y", "quotes": [{"text": "costs rose"}]})
