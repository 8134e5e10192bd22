"""Loading gold sets and predictions.

Gold comes in two shapes, both read as-is:

- our gold format (``evals/gold/*.json``, schema ``schemas/gold.schema.json``): one
  `GoldArticle` per file, or a list of them, or JSONL with one per line;
- a quote-attribution corpus in JSONL (e.g. ``../shared/evaldata/polnear_dev.jsonl``): records
  with ``text`` and ``quotes[{text, start, end, speaker, kind, cue_span, speaker_span,
  fragments}]``. These become `GoldArticle` objects in memory with only the quote and speaker
  layers marked as annotated.

Predictions are `Result` objects or their JSON: one Result per ``.json`` file, a list of them,
``{"results": [...]}``, or JSONL with one Result per line; a directory is read file by file.
A record that is not a full Result (another tool's output, an old run) is read leniently
(`lenient_result`): ``{"id", "quotes": [{"start", "end"}]}`` is enough, and what was defaulted
is reported in the run's warnings.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast, get_args

from pydantic import ValidationError

from extractor.document import content_id
from extractor.errors import InputError
from extractor.evaluation.matching import alias_variants, is_pronoun, name_like, name_tokens, normalize_name
from extractor.schemas import Accused, Claim, Quote, Result, ResultMeta, Span
from extractor.schemas.contract import ClaimKind, QuoteKind
from extractor.schemas.gold import GoldAccused, GoldArticle, GoldClaim, GoldQuote, GoldSpeaker

_GOLD_SUFFIXES = (".json", ".jsonl", ".ndjson")


def _files(path: Path, what: str) -> list[Path]:
    if not path.exists():
        raise InputError(f"{path}: no such {what} file or directory")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _GOLD_SUFFIXES)
        if not files:
            raise InputError(f"{path}: no .json or .jsonl {what} files in this directory")
        return files
    return [path]


def _records(path: Path) -> Iterator[tuple[str, Any]]:
    """(where, parsed JSON value) for every record in a .json or .jsonl file."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if path.suffix.lower() == ".json":
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        items = value.get("results", value.get("articles")) if isinstance(value, dict) and ("results" in value or "articles" in value) else value
        if isinstance(items, list):
            for i, item in enumerate(items):
                yield f"{path}[{i}]", item
        else:
            yield str(path), items
        return
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{lineno}", json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: invalid JSON: {exc.msg}") from None


def _is_attribution_record(record: dict[str, Any]) -> bool:
    # Our format always has the speakers layer and speaker_ids on quotes; a quote-attribution
    # corpus names the speaker inline (and, under FR_GUIDELINES.md, may carry inline `accused`
    # and `claims` layers that point at quotes by index).
    if "speakers" in record:
        return False
    quotes = record.get("quotes", [])
    if not all(isinstance(q, dict) and "id" not in q for q in quotes):
        return False
    if "accused" in record or "claims" in record:
        return _inline_layers(record)
    return True


def _inline_layers(record: dict[str, Any]) -> bool:
    """True when ``accused`` / ``claims`` are in the inline shape (names, quote indices)."""
    accused = record.get("accused") or []
    claims = record.get("claims") or []
    return all(isinstance(a, dict) and "id" not in a for a in accused) and all(
        isinstance(c, dict) and "id" not in c and "evidence" in c for c in claims
    )


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _first_span(text: str, value: Any) -> Span | None:
    # cue_span / speaker_span are [[start, end], ...] in the attribution corpora.
    if not value:
        return None
    first = value[0] if isinstance(value[0], (list, tuple)) else value
    return _span(text, int(first[0]), int(first[1]))


def _attribution_speakers(text: str, quotes: list[dict[str, Any]]) -> tuple[list[GoldSpeaker], dict[str, str]]:
    """Group the inline speaker strings of one article into speakers; return them and name -> id.

    Same normalised form -> one speaker; a lone surname joins the one fuller name ending with it
    ("Keller" -> "Ann Keller"). Pronouns stay their own speaker per surface form: they are kept
    for quote-level scoring (by position) but left out of the speaker set.
    """
    names: list[str] = []
    for q in quotes:
        name = q.get("speaker")
        if isinstance(name, str) and name.strip() and name not in names:
            names.append(name)
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in names:
        groups.setdefault(name_tokens(name) or (name.casefold(),), []).append(name)
    keys = list(groups)

    def surnames(key: tuple[str, ...]) -> set[str]:
        # the last word of each name inside the form ("Dan Porter, the campaign’s press
        # secretary," ends a name with "porter")
        return {t[-1] for form in groups.get(key, []) for v in alias_variants(form) if len(t := name_tokens(v)) > 1}

    for key in keys:
        if len(key) == 1 and not is_pronoun(groups[key][0]):
            fuller = [k for k in keys if len(k) > 1 and k in groups and key[0] in surnames(k)]
            if len(fuller) == 1:
                groups[fuller[0]].extend(groups.pop(key))
    # FR_GUIDELINES.md quotes list the canonical name and its aliases (`speakers`): all of them
    # are acceptable names for the speaker of `speaker`.
    annotated_aliases: dict[str, list[str]] = {}
    for q in quotes:
        if isinstance(q.get("speaker"), str) and isinstance(q.get("speakers"), list):
            annotated_aliases.setdefault(q["speaker"], []).extend(a for a in q["speakers"] if isinstance(a, str) and a.strip())
    speakers: list[GoldSpeaker] = []
    name_to_id: dict[str, str] = {}
    for i, forms in enumerate(groups.values(), 1):
        sid = f"s{i}"
        canonical = max(forms, key=lambda f: (len(name_tokens(f)), len(f)))
        forms = forms + [a for f in list(forms) for a in annotated_aliases.get(f, [])]
        mentions = []
        for q in quotes:
            if q.get("speaker") in forms and (span := _first_span(text, q.get("speaker_span"))) and span not in mentions:
                mentions.append(span)
        speakers.append(
            GoldSpeaker(
                id=sid,
                name=canonical,
                aliases=list(dict.fromkeys(forms)),
                kind="unknown",
                mentions=mentions,
            )
        )
        for form in forms:
            name_to_id[form] = sid
    return speakers, name_to_id


def gold_from_attribution_record(record: dict[str, Any], where: str = "record") -> GoldArticle:
    """A quote-attribution record (text + quotes with inline speakers) as a `GoldArticle`."""
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: record has no string 'text' field")
    raw_quotes = record.get("quotes") or []
    speakers, name_to_id = _attribution_speakers(text, raw_quotes)
    quotes = []
    for i, q in enumerate(raw_quotes, 1):
        try:
            start, end = int(q["start"]), int(q["end"])
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{where}: quote {i} has no integer start/end") from None
        fragments = [_span(text, int(f["start"]), int(f["end"])) for f in q.get("fragments") or []]
        speaker = q.get("speaker") if isinstance(q.get("speaker"), str) and q.get("speaker").strip() else None
        # A membership test on the literal's values: mypy cannot narrow a str on it.
        kind = cast(QuoteKind, q["kind"]) if q.get("kind") in get_args(QuoteKind) else "indirect"
        quotes.append(
            GoldQuote(
                id=f"q{i}",
                text=q.get("text", text[start:end]),
                start=start,
                end=end,
                kind=kind,
                speaker=speaker,
                speaker_ids=[name_to_id[speaker]] if speaker else [],
                cue=q.get("cue"),
                cue_span=_first_span(text, q.get("cue_span")),
                speaker_span=_first_span(text, q.get("speaker_span")),
                fragments=fragments,
            )
        )
    accused, claims = _inline_accused_and_claims(record, speakers, name_to_id, quotes, where)
    annotated = ["quotes", "speakers"] + [layer for layer in ("accused", "claims") if layer in record]
    extra = {k: v for k, v in record.items() if k not in ("text", "quotes", "id", "language", "accused", "claims")}
    article_id = record.get("id")
    return GoldArticle(
        # Without an id, the same content id `extractor extract` gives the record, so saved
        # predictions pair up by id.
        id=str(article_id) if article_id is not None else content_id(text),
        language=record.get("language") or "und",
        text=text,
        source=record.get("source") if isinstance(record.get("source"), str) else where,
        quotes=quotes,
        speakers=speakers,
        accused=accused,
        claims=claims,
        annotated=annotated,
        extra=extra,
    )


def _speaker_id(name: str, speakers: list[GoldSpeaker], name_to_id: dict[str, str]) -> str:
    """The id of the gold speaker called ``name`` (any alias, normalised); a new speaker if none."""
    if name in name_to_id:
        return name_to_id[name]
    wanted = normalize_name(name)
    for speaker in speakers:
        if any(normalize_name(alias) == wanted for alias in (speaker.name, *speaker.aliases)):
            name_to_id[name] = speaker.id
            return speaker.id
    sid = f"s{len(speakers) + 1}"
    speakers.append(GoldSpeaker(id=sid, name=name, aliases=[name], kind="unknown"))
    name_to_id[name] = sid
    return sid


def _inline_accused_and_claims(
    record: dict[str, Any], speakers: list[GoldSpeaker], name_to_id: dict[str, str], quotes: list[GoldQuote], where: str
) -> tuple[list[GoldAccused], list[GoldClaim]]:
    """The FR_GUIDELINES.md layers: accused parties by name (``accused_by`` names speakers) and
    claims whose ``evidence`` are indices into the record's quotes."""
    accused: list[GoldAccused] = []
    for i, a in enumerate(record.get("accused") or [], 1):
        name = a.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{where}: accused {i} has no name")
        accusers = [n for n in a.get("accused_by") or [] if isinstance(n, str) and n.strip()]
        accused.append(
            GoldAccused(
                id=f"a{i}",
                name=name,
                aliases=list(dict.fromkeys([name, *(x for x in a.get("aliases") or [] if isinstance(x, str))])),
                accusers=accusers,
                accuser_ids=[_speaker_id(n, speakers, name_to_id) for n in accusers],
            )
        )
    claims: list[GoldClaim] = []
    for i, c in enumerate(record.get("claims") or [], 1):
        evidence = c.get("evidence") or []
        if not all(isinstance(e, int) and 0 <= e < len(quotes) for e in evidence):
            raise InputError(f"{where}: claim {i} cites a quote index outside 0..{len(quotes) - 1}")
        claimants = [n for n in [c.get("claimant"), *(c.get("co_claimants") or [])] if isinstance(n, str) and n.strip()]
        # A membership test on the literal's values: mypy cannot narrow a str on it.
        kind = cast(ClaimKind, c["kind"]) if c.get("kind") in get_args(ClaimKind) else "other"
        claims.append(
            GoldClaim(
                id=f"c{i}",
                text=str(c.get("text") or ""),
                claimant=claimants[0] if claimants else None,
                claimant_ids=list(dict.fromkeys(_speaker_id(n, speakers, name_to_id) for n in claimants)),
                about=[x for x in c.get("about") or [] if isinstance(x, str)],
                kind=kind,
                quote_ids=[quotes[e].id for e in evidence],
            )
        )
    return accused, claims


def check_gold(article: GoldArticle, where: str = "gold") -> GoldArticle:
    """Raise InputError unless every span is grounded and every id reference resolves."""
    text = article.text
    speaker_ids = {s.id for s in article.speakers}
    quote_ids = {q.id for q in article.quotes}

    def grounded(span: Any, what: str) -> None:
        if span.end > len(text) or span.start > span.end or text[span.start : span.end] != span.text:
            raise InputError(
                f"{where}: {what} is not grounded: text[{span.start}:{span.end}] is "
                f"{text[span.start:span.end]!r}, expected {span.text!r}"
            )

    for q in article.quotes:
        _check_quote(q, grounded, speaker_ids, where)
    for s in article.speakers:
        for m in s.mentions:
            grounded(m, f"mention of speaker {s.id}")
    for a in article.accused:
        if set(a.accuser_ids) - speaker_ids or set(a.quote_ids) - quote_ids:
            raise InputError(f"{where}: accused {a.id} refers to unknown speaker or quote ids")
        for m in a.mentions:
            grounded(m, f"mention of accused {a.id}")
    for c in article.claims:
        if set(c.claimant_ids) - speaker_ids or set(c.quote_ids) - quote_ids:
            raise InputError(f"{where}: claim {c.id} refers to unknown speaker or quote ids")
    return article


def _check_quote(q: GoldQuote, grounded: Callable[[Any, str], None], speaker_ids: set[str], where: str) -> None:
    """Raise InputError unless the quote, its fragments and spans are grounded and its speakers exist."""
    grounded(q, f"quote {q.id}")
    for f in q.fragments:
        grounded(f, f"fragment of quote {q.id}")
        if f.start < q.start or f.end > q.end:
            raise InputError(f"{where}: a fragment of quote {q.id} ({f.start}-{f.end}) lies outside the quote ({q.start}-{q.end})")
    for span in (q.cue_span, q.speaker_span):
        if span is not None:
            grounded(span, f"span of quote {q.id}")
    missing = set(q.speaker_ids) - speaker_ids
    if missing:
        raise InputError(f"{where}: quote {q.id} refers to unknown speaker ids {sorted(missing)}")


def _validate(model: Any, record: Any, where: str, what: str) -> Any:
    """``model.model_validate(record)``, a failure becoming one InputError line."""
    try:
        return model.model_validate(record)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{where}: not {what}: {loc}: {first['msg']}") from None


def _gold_record(record: dict[str, Any], where: str) -> GoldArticle:
    """One record in either gold shape, checked."""
    if _is_attribution_record(record):
        return check_gold(gold_from_attribution_record(record, where), where)
    return check_gold(_validate(GoldArticle, record, where, "a gold article"), where)


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold file or directory (our format or a quote-attribution JSONL) into GoldArticles.

    Every quote is checked to be grounded (``text == article[start:end]``); a bad file raises
    `extractor.errors.InputError` naming the file and record.
    """
    articles: list[GoldArticle] = []
    for file in _files(Path(path), "gold"):
        for where, record in _records(file):
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object per article")
            articles.append(_gold_record(record, where))
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise InputError(f"{path}: article id {dup!r} appears more than once")
    return articles


def _looks_like_gold(record: Any) -> bool:
    return isinstance(record, dict) and "engine" not in record and "meta" not in record and isinstance(record.get("text"), str)


def load_predictions(
    path: str | Path, *, warnings: list[str] | None = None, gold: Iterable[GoldArticle] | None = None
) -> list[Result]:
    """Read saved results (JSON, JSON list, {"results": [...]}, JSONL, or a directory of those).

    A gold file is accepted too (each article becomes a prediction, fragments kept): scoring a
    gold set against itself gives 1.0, and two annotators' files give their agreement.

    Records are read leniently, so another tool's output or an old run scores without a
    converter: ``{"id": ..., "quotes": [{"start": ..., "end": ..., "text"?: ..., "speaker"?: ...}]}``
    is enough. Missing fields get defaults (see `lenient_result`) and each file that needed
    them adds one line to ``warnings`` (when a list is given). ``gold``, when given, supplies
    the article text for quotes without ``text``.
    """
    texts = {g.id: g.text for g in gold or ()}
    results: list[Result] = []
    for file in _files(Path(path), "predictions"):
        head = file.read_text(encoding="utf-8-sig", errors="replace")[:200] if file.suffix.lower() == ".json" else ""
        if '"format": "extractor-eval/' in head:
            raise InputError(f"{file}: this is an eval run, not predictions; compare runs with: extractor eval compare A.json B.json")
        defaulted: dict[str, int] = {}
        lenient = 0
        for where, record in _records(file):
            if _looks_like_gold(record):
                results.append(gold_as_result(_gold_record(record, where), engine=f"gold:{Path(path).name}"))
                continue
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object per result")
            try:
                results.append(Result.model_validate(record))
                continue
            except ValidationError:
                pass
            notes: list[str] = []
            results.append(lenient_result(record, where, notes=notes, article_text=texts.get(str(record.get("id")))))
            lenient += 1
            for note in notes:
                defaulted[note] = defaulted.get(note, 0) + 1
        if lenient and warnings is not None:
            detail = "; ".join(f"{note} ({n})" for note, n in defaulted.items())
            warnings.append(f"{file}: {lenient} prediction(s) are not full extractor results and were read leniently: {detail}")
    return results


_QUOTE_MARKS = "\"“”«»„‟‘’‹›"
_QUOTE_FIELDS = set(Quote.model_fields)


def _guess_kind(text: str) -> str:
    """direct when the quote is wholly inside quotation marks, mixed when it embeds some,
    indirect otherwise (the contract's definitions, read off the text)."""
    stripped = text.strip()
    if not any(mark in stripped for mark in _QUOTE_MARKS):
        return "indirect"
    inner = stripped.strip(_QUOTE_MARKS + " .,;:")
    if stripped[:1] in _QUOTE_MARKS and not any(mark in inner for mark in _QUOTE_MARKS):
        return "direct"
    return "mixed"


def _speaker_names(value: Any) -> list[str]:
    """A list of names: a list as given; a string split at ", " only when every piece is a name
    (the contract's joint-statement display, as the scorer reads it), else whole ("Smith, a
    spokesman")."""
    if isinstance(value, str):
        parts = [p.strip() for p in value.split(", ") if p.strip()]
        if len(parts) > 1 and all(name_like(p) for p in parts):
            return parts
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def lenient_result(
    record: dict[str, Any], where: str = "record", *, notes: list[str] | None = None, article_text: str | None = None
) -> Result:
    """A `Result` from a partial prediction record; what was defaulted is described in ``notes``.

    Only quotes with integer ``start``/``end`` are required. Defaults: ``id`` of each quote
    ``q1, q2...``; ``text`` from the article (``article_text``, or the record's own ``text``);
    ``kind`` read from the quotation marks in the text (see `_guess_kind`); ``speaker`` may be a
    name or a list of names (a joint statement) and the ``speakers`` layer is built from those
    names when absent; ``language`` ``und``; ``engine`` ``unknown``; ``meta.extractor_version``
    ``unknown``. Fields the contract does not know are dropped. Accused parties and claims are
    kept when they validate and dropped otherwise (with a note).
    """
    notes = notes if notes is not None else []

    def note(message: str) -> None:
        if message not in notes:
            notes.append(message)

    text = article_text if article_text is not None else record.get("text") if isinstance(record.get("text"), str) else None
    raw_quotes = record.get("quotes") or []
    if not isinstance(raw_quotes, list):
        raise InputError(f"{where}: 'quotes' must be a list")
    quotes: list[dict[str, Any]] = []
    names_per_quote: list[list[str]] = []
    for i, q in enumerate(raw_quotes, 1):
        quote, names = _lenient_quote(q, i, text, where, note)
        names_per_quote.append(names)
        quotes.append(quote)

    speakers = record.get("speakers")
    if not isinstance(speakers, list) or not all(isinstance(s, dict) and "id" in s and "name" in s for s in speakers):
        if speakers is not None:
            note("a speakers layer not in the contract's shape was rebuilt from the quotes")
        speakers = _speakers_from_quote_names(quotes, names_per_quote)
        if not isinstance(record.get("speakers"), list) and any(names_per_quote):
            note("speakers built from the quote speaker names")

    layers = _valid_layers(record, note)
    meta = _lenient_meta(record, text)
    for field, default in (("language", "und"), ("engine", "unknown")):
        if not isinstance(record.get(field), str):
            note(f"{field} set to {default!r}")
    candidate = {
        "id": str(record["id"]) if record.get("id") is not None else None,
        "language": record.get("language") if isinstance(record.get("language"), str) else "und",
        "engine": record.get("engine") if isinstance(record.get("engine"), str) else "unknown",
        "quotes": quotes,
        "speakers": speakers,
        **layers,
        "notes": [n for n in record.get("notes") or [] if isinstance(n, str)],
        "meta": meta,
    }
    return _validate(Result, candidate, where, "a prediction (even read leniently)")


def _lenient_quote(
    q: Any, i: int, text: str | None, where: str, note: Callable[[str], None]
) -> tuple[dict[str, Any], list[str]]:
    """Quote ``i`` of a lenient record in the contract's fields, and its speakers' names."""
    if not isinstance(q, dict):
        raise InputError(f"{where}: quote {i} is not an object")
    try:
        start, end = int(q["start"]), int(q["end"])
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{where}: quote {i} has no integer start/end") from None
    quote = {k: v for k, v in q.items() if k in _QUOTE_FIELDS}
    if set(q) - _QUOTE_FIELDS - {"speakers"}:
        note("fields the contract does not have were dropped")
    quote.update(start=start, end=end)
    if not isinstance(quote.get("id"), str):
        quote["id"] = f"q{i}"
        note("quote ids numbered q1, q2...")
    if not isinstance(quote.get("text"), str):
        quote["text"] = text[start:end] if text is not None else ""
        note("quote text taken from the article" if text is not None else "quote text missing (counts as ungrounded)")
    if quote.get("kind") not in ("direct", "indirect", "mixed"):
        quote["kind"] = _guess_kind(quote["text"])
        note("quote kind read from the quotation marks")
    names = _speaker_names(q.get("speakers")) or _speaker_names(q.get("speaker"))
    quote["speaker"] = ", ".join(names) if names else None
    return quote, names


def _speakers_from_quote_names(quotes: list[dict[str, Any]], names_per_quote: list[list[str]]) -> list[dict[str, Any]]:
    """One speaker per distinct (normalised) name given on the quotes; sets each quote's ``speaker_ids``."""
    speakers: list[dict[str, Any]] = []
    by_key: dict[str, str] = {}
    for quote, names in zip(quotes, names_per_quote):
        ids = []
        for name in names:
            key = normalize_name(name) or name.casefold()
            if key not in by_key:
                by_key[key] = f"s{len(by_key) + 1}"
                speakers.append({"id": by_key[key], "name": name, "aliases": [name]})
            ids.append(by_key[key])
        quote["speaker_ids"] = list(dict.fromkeys(ids))
    return speakers


def _valid_layers(record: dict[str, Any], note: Callable[[str], None]) -> dict[str, list[Any]]:
    """The record's accused parties and claims that validate against the contract (others dropped, with a note)."""
    layers: dict[str, list[Any]] = {}
    for layer, model in (("accused", Accused), ("claims", Claim)):
        kept = []
        for item in record.get(layer) or []:
            try:
                kept.append(model.model_validate(item).model_dump())
            except ValidationError:
                note(f"{layer} entries not in the contract's shape were dropped")
        layers[layer] = kept
    return layers


def _lenient_meta(record: dict[str, Any], text: str | None) -> dict[str, Any]:
    """The record's ``meta`` cut to the contract's fields, with the version and text hash filled in."""
    given = record.get("meta")
    meta = {k: v for k, v in given.items() if k in ResultMeta.model_fields} if isinstance(given, dict) else {}
    if not isinstance(meta.get("extractor_version"), str):
        meta["extractor_version"] = "unknown"
    if text is not None and not meta.get("text_sha256"):
        meta["text_sha256"] = text_sha256(text)
    return meta


def gold_as_result(article: GoldArticle, engine: str = "gold") -> Result:
    """The gold article as a prediction (quotes keep their fragments): scores 1.0 against itself."""
    return Result.model_validate(
        {
            "id": article.id,
            "language": article.language,
            "engine": engine,
            "quotes": list(article.quotes),
            "speakers": list(article.speakers),
            "accused": list(article.accused),
            "claims": list(article.claims),
            "meta": {"extractor_version": "gold", "text_sha256": text_sha256(article.text)},
        }
    )


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pair_predictions(gold: Iterable[GoldArticle], predictions: Iterable[Result]) -> tuple[dict[str, Result], list[str]]:
    """Map gold article id -> its prediction, by id, else by meta.text_sha256; plus warnings.

    A single gold article and a single prediction without id pair up (scoring one article).
    """
    gold = list(gold)
    predictions = list(predictions)
    warnings: list[str] = []
    by_id = {g.id: g for g in gold}
    by_hash = {text_sha256(g.text): g.id for g in gold}
    paired: dict[str, Result] = {}
    unknown = 0
    for result in predictions:
        gid = None
        if result.id is not None and result.id in by_id:
            gid = result.id
        elif result.meta.text_sha256 and result.meta.text_sha256 in by_hash:
            gid = by_hash[result.meta.text_sha256]
        elif len(gold) == 1 and len(predictions) == 1:
            gid = gold[0].id
        if gid is None:
            unknown += 1
            continue
        if gid in paired:
            warnings.append(f"two predictions for article {gid}; the first one is scored")
            continue
        paired[gid] = result
    if unknown:
        warnings.append(f"{unknown} prediction(s) match no gold article id and were ignored")
    missing = [g.id for g in gold if g.id not in paired]
    if missing:
        warnings.append(f"{len(missing)} gold article(s) have no prediction and count as empty: {', '.join(missing[:5])}{' ...' if len(missing) > 5 else ''}")
    return paired, warnings
