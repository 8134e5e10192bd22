"""The learned attribution model: a linear-chain CRF that tags attribution CONTENT tokens.

The CRF (python-crfsuite) labels every token of a parsed document B / I / O for "content of
an attribution" (what was said, written, believed, reported). It was trained on PolNeAR's
train split (see ``scripts/train_attribution.py``), whose annotators mark indirect speech,
beliefs, ``according to X`` and nominal cues as well as direct quotes — the constructions a
hand-written rule set misses most. The cue and the source of each predicted content are read
off the dependency parse around it (the governing cue word and its subject), which is cheap
and keeps the CRF to three labels.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc, Span, Token

from extractor.engines.offline.docarrays import lemma_lowers, sentence_of
from extractor.engines.offline.learned._features import doc_features
from extractor.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_FILE = "attribution.crfsuite"
LEXICON_FILE = "lexicon.json"

# Dependency labels of a cue's grammatical speaker.
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
# Edge tokens that never belong to a reported content.
_EDGE_STRIP = {",", ";", ":", "-", "—", "–", "(", ")"}
_LIMIT_UP = 4


@dataclass(frozen=True, slots=True)
class PredictedAttribution:
    """One attribution found by the model; all offsets are character offsets into ``doc.text``.

    ``content`` is the reported material (a quotation, an indirect-speech clause, a belief…);
    ``cue`` the word(s) signalling the attribution (said, according to, belief…) and ``source``
    the grammatical speaker of that cue, each ``None`` when the parse shows none. ``score`` is
    the CRF's mean marginal probability of the content's labels (0–1, higher = surer).
    """

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    score: float


class AttributionModel:
    """A trained attribution-content tagger. Load once with :meth:`load`, then :meth:`predict`."""

    def __init__(self, model_path: Path, lexicon: dict[str, float], meta: dict | None = None) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._lock = threading.Lock()
        self.lexicon = lexicon
        self.meta = meta or {}

    @classmethod
    def load(cls, data_dir: Path | str | None = None) -> AttributionModel:
        """Load the shipped artifact (cached: later calls return the same instance).

        Raises ``ConfigError`` with a one-line fix when the artifact is missing.
        """
        return _load(str(data_dir) if data_dir is not None else None)

    def predict(self, doc: Doc) -> list[PredictedAttribution]:
        """Return the attributions in ``doc`` (a parsed spaCy Doc), in text order."""
        if len(doc) == 0:
            return []
        feats = doc_features(doc, self.lexicon)
        tagger = self._tagger
        spans: list[tuple[int, int, float]] = []
        # The tagger holds the current sequence between set(), tag() and marginal(): one
        # document at a time, since the loaded model is shared by every thread of a process.
        with self._lock:
            tagger.set(feats)
            labels = tagger.tag()
            for start, end in _runs(labels):
                start, end = _trim(doc, start, end)
                if start < end:
                    probs = [tagger.marginal(labels[k], k) for k in range(start, end)]
                    spans.append((start, end, sum(probs) / len(probs)))
        out: list[PredictedAttribution] = []
        for start, end, score in spans:
            span = doc[start:end]
            cue = _find_cue(doc, span, self.lexicon)
            source = _find_source(cue) if cue is not None else None
            out.append(
                PredictedAttribution(
                    content=(span.start_char, span.end_char),
                    cue=(cue.start_char, cue.end_char) if cue is not None else None,
                    source=(source.start_char, source.end_char) if source is not None else None,
                    score=round(score, 4),
                )
            )
        return out


@cache
def _load(data_dir: str | None) -> AttributionModel:
    base = Path(data_dir) if data_dir else Path(str(resources.files(__package__).joinpath("data")))
    model_path, lex_path = base / MODEL_FILE, base / LEXICON_FILE
    if not model_path.is_file() or not lex_path.is_file():
        raise ConfigError(
            f"learned attribution model missing in {base}; "
            "re-create it with: python scripts/train_attribution.py"
        )
    payload = json.loads(lex_path.read_text(encoding="utf-8"))
    return AttributionModel(model_path, payload["lexicon"], payload.get("meta"))


def _runs(labels: list[str]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of B I* (or stray I+) runs."""
    runs: list[tuple[int, int]] = []
    start = None
    for k, lab in enumerate(labels):
        if lab == "B" or (lab == "I" and start is None):
            if start is not None:
                runs.append((start, k))
            start = k
        elif lab == "O" and start is not None:
            runs.append((start, k))
            start = None
    if start is not None:
        runs.append((start, len(labels)))
    return runs


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace and separating punctuation at the edges of a content span."""
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_STRIP):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_STRIP):
        end -= 1
    return start, end


def _is_cue(tok: Token, lexicon: dict[str, float]) -> bool:
    # (asked of every word of a content's sentence: the lemma from the per-Doc list)
    return lemma_lowers(tok.doc)[tok.i] in lexicon and tok.tag_[:1] in "VNI"


def _find_cue(doc: Doc, span: Span, lexicon: dict[str, float]) -> Span | None:
    """The cue governing ``span``: up the tree from the span's root, else nearby in its sentence."""
    root = span.root
    tok, steps = root.head, 0
    while steps < _LIMIT_UP and not (tok.i < span.start or tok.i >= span.end):
        tok, steps = tok.head, steps + 1
    steps = 0
    while steps < _LIMIT_UP:
        if not (span.start <= tok.i < span.end) and _is_cue(tok, lexicon):
            return _cue_phrase(doc, tok)
        if tok.head.i == tok.i:
            break
        tok, steps = tok.head, steps + 1
    # "…, she said." parses with the content as the root and the cue as its child, and
    # "According to X, …" hangs the cue inside the content's clause: look in the sentence.
    sent = sentence_of(doc[span.start])  # (Token.sent walks the sentence in Python on every read)
    best: Token | None = None
    for t in sent:
        if span.start <= t.i < span.end or not _is_cue(t, lexicon):
            continue
        if best is None or lexicon[t.lemma_.lower()] > lexicon[best.lemma_.lower()]:
            best = t
    if best is None:
        # An interrupted quotation ("…,” he said. “…”) is one content with its cue inside:
        # take the strongest cue in the span that has a subject of its own.
        for t in span:
            if (
                _is_cue(t, lexicon)
                and t.pos_ == "VERB"
                and any(c.dep_ in _SUBJ for c in t.children)
                and (best is None or lexicon[t.lemma_.lower()] > lexicon[best.lemma_.lower()])
            ):
                best = t
    if best is None:
        return None
    return _cue_phrase(doc, best)


def _cue_phrase(doc: Doc, tok: Token) -> Span:
    """Extend a cue word to its fixed second word ("according to", "pointed out")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (
        (tok.lower_ == "according" and nxt.lower_ == "to") or (nxt.dep_ == "prt" and nxt.head.i == tok.i)
    ):
        return doc[tok.i : tok.i + 2]
    return doc[tok.i : tok.i + 1]


def _find_source(cue: Span) -> Span | None:
    """The speaker of a cue: its subject, the object of 'according to', or a 'by' agent."""
    head = cue[0]
    if head.lower_ == "according" and len(cue) > 1:
        for child in cue[1].children:
            if child.dep_ == "pobj":
                return _subtree(child)
        return None
    for child in head.children:
        if child.dep_ in _SUBJ:
            return _subtree(child)
    for child in head.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return _subtree(grand)
    # Nominal cue ("his claim that…"): the possessor speaks.
    for child in head.children:
        if child.dep_ == "poss":
            return _subtree(child)
    return None


def _subtree(tok: Token) -> Span:
    doc = tok.doc
    return doc[tok.left_edge.i : tok.right_edge.i + 1]
