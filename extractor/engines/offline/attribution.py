"""Attribution: which stretches of the article are reported statements, and whose.

Three families of rules, read in this order over one parsed document:

1. **Quotation marks** (``quotes.find_quote_spans``) give direct quotes. Each is tied to a
   reporting verb next to it: after it (« … », a-t-il dit ; “…,” she said ; “…,” said X) or
   before it (X said: “…” ; X a déclaré : « … »). A quotation with no verb of its own that
   follows an attributed one continues it (second paragraph, second sentence of a statement).
2. **Reporting verbs** with a content clause give indirect speech (X said that …, X estime que
   …, « … » inside the clause makes it mixed); verbs whose content is their object
   (accuser X de …, call on X to …) take the rest of their clause.
3. **Source phrases** (selon X, d'après X, according to X) attribute the rest of their sentence.

Every span is a character range of the article; ``kind`` comes from the text: only quotation
marks → direct; a clause with quoted words inside → mixed; none → indirect.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from extractor.engines.offline.lexicon import Lexicon
from extractor.engines.offline.quotes import QuoteSpan, find_quote_spans
from extractor.engines.offline.speakers import SpeakerRef, SpeakerRegistry

_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"})
_CONTENT = frozenset({"ccomp", "parataxis"})
# What a verb like accuse/condemn/call on reports: its object and argument complements (an
# adverbial clause — ", arguing that …" — is a statement of its own, not this one's content).
_OBJECT_CONTENT = frozenset({"xcomp", "obj", "dobj", "obl:arg", "obl", "prep", "iobj"})
_QUOTE_CHARS = frozenset("«»“”\"‘’„‹›")
_CLAUSE_STOP = frozenset({".", "!", "?", ";"})
_MIN_CONTENT_TOKENS = 3


@dataclass
class Attribution:
    """One reported statement found in the article."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    speaker: SpeakerRef | None = None
    hedged: bool = False
    cue_lemma: str | None = None
    quotes: list[QuoteSpan] = field(default_factory=list)
    content_root: int | None = None  # token index of the clause's main word (for claims)
    rule: str = ""
    split_at: tuple[int, int] | None = None  # (end of the first part, start of the second part)
    statement: tuple[int, int] | None = None  # the whole clause, when this is one quoted fragment of it


@dataclass
class DocAnalysis:
    """Everything the later stages need about one document."""

    doc: Doc
    text: str
    tokens: list[Token]
    attributions: list[Attribution]
    registry: SpeakerRegistry
    quote_spans: list[QuoteSpan]
    quote_of_token: list[int]  # index into quote_spans, -1 outside quotations


def verb_lemma(token: Token, verbs: frozenset[str]) -> str | None:
    """The token's lemma if it is in ``verbs``; the statistical lemmatizer sometimes returns the
    noun ("estime" for "estime"), so regular first-group inflections are tried too."""
    lemma = token.lemma_.lower()
    if lemma in verbs:
        return lemma
    low = token.lower_
    for candidate in (low, low + "r", low[:-2] + "r" if low.endswith("nt") else "", low[:-1] + "r" if low.endswith("s") else ""):
        if candidate and candidate in verbs:
            return candidate
    return None


def _is_cue(token: Token, lexicon: Lexicon) -> bool:
    """A reporting verb used as a verb of saying: not an adjectival or passive participle
    ("des pirates accusés de …", "the so-called deal"), which describes rather than reports."""
    if token.pos_ not in ("VERB", "AUX") or verb_lemma(token, lexicon.speech_verbs) is None:
        return False
    bare = not any(c.dep_.startswith("aux") or c.dep_ in ("obj", "dobj", "ccomp") for c in token.children)
    if bare and ("Past" in token.morph.get("Tense") and "Part" in token.morph.get("VerbForm") or token.tag_ == "VBN"):
        return False  # a bare past participle describes ("accusés de …", "accused of …")
    if "Part" in token.morph.get("VerbForm") and token.dep_ in ("acl", "amod", "appos") and not any(
        c.dep_.startswith("aux") or c.dep_ in ("obj", "dobj", "ccomp") for c in token.children
    ):
        return token.tag_ == "VBG"  # English gerund adjuncts ("…, saying that") still report
    if "Pass" in token.morph.get("Voice") and not any(c.dep_ in ("agent", "obl:agent") for c in token.children):
        # "X est convaincu que …" / "X is convinced that …" reports X's belief.
        return token.lemma_.lower() in lexicon.passive_belief_verbs
    return True


def _quote_index(tokens: list[Token], spans: list[QuoteSpan]) -> list[int]:
    """For each token, the index of the quotation it sits in (marks included), or -1."""
    out = [-1] * len(tokens)
    k = 0
    for token in tokens:
        while k < len(spans) and spans[k].outer_end <= token.idx:
            k += 1
        if k < len(spans) and spans[k].outer_start <= token.idx < spans[k].outer_end:
            out[token.i] = k
    return out


class _Analyzer:
    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon
        # Token objects are built on every access to the Doc: make them once per document.
        self.tokens: list[Token] = list(doc)
        self.spans = find_quote_spans(self.text)
        self.qidx = _quote_index(self.tokens, self.spans)
        self.mask = [q >= 0 for q in self.qidx]
        self.registry = SpeakerRegistry(doc, lexicon, self.mask, self.tokens)
        # One pass over the tokens: candidate cues outside quotations.
        self.cues: list[Token] = []
        speech = lexicon.speech_verbs
        for token in self.tokens:
            if not self.mask[token.i] and token.pos_ in ("VERB", "AUX") and _is_cue(token, lexicon):
                self.cues.append(token)
        self.used_cues: set[int] = set()

    # -- helpers ----------------------------------------------------------------------------
    def _char_token(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _subject(self, verb: Token) -> Token | None:
        """The subject of a reporting verb, climbing through aux/xcomp/conj chains."""
        seen = 0
        t = verb
        while t is not None and seen < 4:
            for child in t.children:
                if child.dep_ in _SUBJ and not self.mask[child.i]:
                    return child
            finite = "Fin" in t.morph.get("VerbForm")
            if (t.dep_ == "conj" or t.dep_ in ("xcomp", "advcl", "acl") and not finite) and t.head is not t:
                # "X went on to say", "X said ... and added", "…, adding that" share X.
                t = t.head
                seen += 1
                continue
            break
        # English passive agent: "was told by X".
        for child in verb.children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        return None

    def _phrase(self, head: Token) -> list[Token]:
        """The subject phrase: the head's subtree without clauses (keeps appositions, conjuncts)."""
        out = []
        stack = [head]
        while stack:
            t = stack.pop()
            out.append(t)
            for child in t.children:
                if child.dep_ in ("relcl", "acl:relcl", "ccomp", "advcl", "parataxis") or self.mask[child.i]:
                    continue
                stack.append(child)
        out.sort(key=lambda t: t.i)
        return out

    def _speaker_for_cue(self, cue: Token, window: tuple[int, int] | None = None) -> SpeakerRef | None:
        subject = self._subject(cue)
        if subject is not None and subject.text.isupper() and subject.i + 1 < len(self.doc) and self.doc[subject.i + 1].text in {"—", "–", "-", "--"}:
            # A dateline ("TORONTO — the ministry said") is not the subject; its apposition is.
            subject = next((c for c in subject.children if c.dep_ == "appos"), subject)
        if subject is not None and subject.pos_ in ("PRON",) and subject.lower_ in ("que", "qui", "that", "which", "who"):
            # Relative pronoun: the noun it stands for.
            if cue.dep_ in ("relcl", "acl:relcl"):
                subject = cue.head
        if subject is not None:
            phrase = self._phrase(subject)
            if subject.conjuncts and phrase:
                # "Les États-Unis, l’Union européenne et le Canada ont …": the parser sometimes
                # leaves the first member of an enumerated subject out of the list.
                i = phrase[0].i - 1
                s_lo = self._sentence(subject.i)[0]
                if i > s_lo and self.doc[i].text == ",":
                    left = [t for t in self.doc[s_lo:i] if not t.is_space]
                    if len(left) <= 5 and not any(t.pos_ in ("VERB", "AUX") or self.mask[t.i] for t in left) and any(t.pos_ == "PROPN" for t in left):
                        phrase = left + [self.doc[i]] + phrase
            ref = self.registry.resolve(phrase, head=subject)
            if ref is not None and (window is None or ref.entities):
                # A French inverted subject may hold more names than the parse attached.
                if window is not None and subject.pos_ != "PRON":
                    wider = self._window_speaker(cue, window)
                    if wider is not None and (
                        len(wider.entities) > len(ref.entities)
                        or wider.named and not ref.named
                    ):
                        return wider
                return ref
        if window is not None:
            return self._window_speaker(cue, window)
        return None

    def _window_speaker(self, cue: Token, window: tuple[int, int]) -> SpeakerRef | None:
        """Speaker named around a cue inside a short attribution clause (inversions, incises)."""
        lo, hi = window
        doc = self.doc
        after: list[Token] = []
        for t in doc[cue.i + 1 : hi]:
            if t.pos_ == "VERB" or t.lower_ in ("qui", "who", "which", "que", "that") or t.text in _CLAUSE_STOP or self.mask[t.i]:
                break
            after.append(t)
        before = [t for t in doc[lo : cue.i] if not t.is_punct and t.pos_ not in ("AUX", "ADV", "VERB") and t.dep_ not in ("aux", "aux:tense", "aux:pass")]
        after = [t for t in after if t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in self.lex.time_words]
        order = (before, after) if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in before) else (after, before)
        for tokens in order:
            if not tokens:
                continue
            ref = self.registry.resolve(tokens)
            if ref is not None and ref.entities:
                return ref
        return None

    def _left_speaker(self, cue: Token) -> SpeakerRef | None:
        """The noun phrase right before a cue when the parse gave it no subject."""
        doc = self.doc
        i = cue.i - 1
        while i >= 0 and (doc[i].dep_.startswith("aux") or doc[i].pos_ == "ADV" or doc[i].is_space and "\n" not in doc[i].text):
            i -= 1
        tokens: list[Token] = []
        while i >= 0 and doc[i].text not in {",", ";", ":", ".", "«", "»", "“", "”", '"'} and doc[i].pos_ not in ("VERB", "CCONJ", "SCONJ") and "\n" not in doc[i].text_with_ws and not self.mask[i]:
            tokens.insert(0, doc[i])
            i -= 1
        if not tokens or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tokens):
            return None
        ref = self.registry.resolve(tokens)
        return ref if ref is not None and ref.entities else None

    def _introducer_speaker(self, opening: Token) -> SpeakerRef | None:
        """Who the words before a colon introduce when they hold no reporting verb: the subject
        of their clause ("Martell is more blunt: “…”"), the owner of a noun ("X's response:
        “…”"), else the person they name (« pour Jean Roy, élu local : … »)."""
        doc = self.doc
        i = opening.i - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i <= 0 or doc[i].text != ":" or self.mask[i]:
            return None
        lo = self._sentence(i - 1)[0]
        segment = [t for t in doc[lo:i] if not self.mask[t.i] and not t.is_space]
        if not segment:
            return None
        top = segment[-1]
        while top.head.i != top.i and lo <= top.head.i < i:
            top = top.head
        if top.pos_ in ("VERB", "AUX"):
            subject = self._subject(top)
            if subject is None:
                return None
            ref = self.registry.resolve(self._phrase(subject), head=subject)
            return ref if ref is not None and ref.entities and (ref.named or subject.pos_ == "PRON") else None
        owner = next((c for c in top.children if c.dep_ in ("poss", "nmod:poss") and not self.mask[c.i]), None)
        if owner is not None:
            ref = self.registry.resolve([t for t in owner.subtree if t.dep_ != "case"], head=owner)
            if ref is not None and ref.entities:
                return ref
        ref = self.registry.resolve(segment)
        return ref if ref is not None and ref.named else None

    def _clause_subject_speaker(self, att: Attribution) -> SpeakerRef | None:
        """A quotation inside a clause whose verb is outside it ("Le pape François « s'associe à
        la douleur »", "Il avait dénombré « 200 manifestants »"): the clause's subject, when it
        names someone (a person, organisation or government, or a pronoun standing for one)."""
        span = self.doc.char_span(att.start, att.end, alignment_mode="expand")
        if span is None or sum(1 for t in span if not t.is_punct) < 4:
            return None
        t = span.root
        for _ in range(6):
            if not self.mask[t.i] or t.head.i == t.i:
                break
            t = t.head
        if self.mask[t.i] and t.pos_ not in ("VERB", "AUX"):
            return None  # a quoted sentence of its own; a quoted predicate keeps its subject outside
        for _ in range(3):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        subject = self._subject(t) if t.pos_ in ("VERB", "AUX") else None
        if subject is None:
            return None
        ref = self.registry.resolve(self._phrase(subject), head=subject)
        if ref is None or not ref.entities:
            return None
        if ref.named or subject.pos_ == "PRON" or any(e.kind in ("person", "organization", "government") for e in ref.entities):
            return ref
        return None

    def _hedged(self, cue: Token | None, lo: int, hi: int) -> bool:
        if cue is not None and self.lex.conditional_hedges and "Cnd" in cue.morph.get("Mood"):
            return True
        for t in self.doc[lo:hi]:
            if t.lower_ in self.lex.hedge_words and not self.mask[t.i]:
                return True
            if self.lex.conditional_hedges and t.pos_ in ("AUX", "VERB") and "Cnd" in t.morph.get("Mood") and not self.mask[t.i]:
                return True
        return False

    def _trim(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Character range of tokens [lo, hi) without edge punctuation (quotation marks kept inside)."""
        doc = self.doc
        while lo < hi and (doc[lo].is_punct and doc[lo].text not in _QUOTE_CHARS or doc[lo].is_space):
            lo += 1
        while hi > lo and (doc[hi - 1].is_punct and doc[hi - 1].text not in _QUOTE_CHARS or doc[hi - 1].is_space):
            hi -= 1
        if hi - lo <= 0:
            return None
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        return start, end

    def _sentence(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence around token i by punctuation and line breaks (the
        statistical splitter sometimes cuts at a quotation mark)."""
        doc, n = self.doc, len(self.doc)
        lo = i
        while lo > 0 and not (doc[lo - 1].text in _CLAUSE_STOP and not self.mask[lo - 1]) and "\n" not in doc[lo - 1].text_with_ws:
            lo -= 1
        hi = i
        while hi < n and not (doc[hi].text in _CLAUSE_STOP and not self.mask[hi]) and "\n" not in doc[hi].text_with_ws:
            hi += 1
        return lo, min(n, hi + 1)

    def _governing_cue(self, token: Token) -> Token | None:
        """The reporting verb a quotation depends on, climbing the parse a few steps."""
        t = token
        for _ in range(6):
            if t.head is t:
                return None
            t = t.head
            if not self.mask[t.i] and _is_cue(t, self.lex):
                return t
        return None

    def _is_cue_here(self, token: Token) -> bool:
        return not self.mask[token.i] and _is_cue(token, self.lex)

    # -- rule 1: quotation marks -------------------------------------------------------------------
    def direct_quotes(self) -> list[Attribution]:
        doc = self.doc
        out: list[Attribution] = []
        for k, span in enumerate(self.spans):
            first = self._char_token(span.outer_start)
            last = self._char_token(max(span.outer_end - 1, span.outer_start))
            if first is None or last is None:
                continue
            attribution = Attribution(span.start, span.end, "direct", quotes=[span], rule="quote")
            # Sentence bounds by punctuation: the statistical splitter may cut right after a
            # closing mark (« … » | , a déclaré X.), which would hide the attribution.
            sent_lo = min(first.sent.start, self._sentence(first.i)[0])
            sent_hi = max(last.sent.end, self._sentence(last.i)[1])
            # a) after the quotation, up to the next quotation or the end of the sentence.
            hi = sent_hi
            j = last.i + 1
            stop = j
            while stop < hi and not self.mask[stop] and doc[stop].text not in _CLAUSE_STOP:
                stop += 1
            cue = None
            # The statement ends at the closing mark: "…, » a-t-il dit", "…,” she said", "… » , précise X".
            ends_statement = self.text[span.start : span.end][-1:] in ",.!?…" or (j < hi and doc[j].text in {",", "—", "–", "-"})
            nxt = j
            while nxt < stop and doc[nxt].is_space:
                nxt += 1
            if self.text[span.start : span.end][-1:] in ".!?…" and nxt < stop and doc[nxt].text[:1].isupper() and doc[nxt].pos_ != "PROPN":
                ends_statement = False  # “… on record.” He added that …: a new sentence starts
            for t in doc[j:stop] if ends_statement else ():
                if t.pos_ == "VERB" and not self._is_cue_here(t) and t.dep_ not in ("amod",):
                    break
                if self._is_cue_here(t):
                    cue = t
                    break
            if cue is not None and (cue.i - j) <= 8:
                attribution.cue = (cue.idx, cue.idx + len(cue.text))
                attribution.cue_lemma = verb_lemma(cue, self.lex.speech_verbs)
                attribution.speaker = self._speaker_for_cue(cue, (j, stop))
                attribution.rule = "quote+cue-after"
                self.used_cues.add(cue.i)
            else:
                # b) before the quotation: "X said: “…”", "X a déclaré : « … »".
                lo = sent_lo
                i = first.i - 1
                while i >= lo and doc[i].is_space:
                    i -= 1
                glue = i >= lo and doc[i].text in {":", ",", "—", "-", "–"}
                start_scan = i - 1 if glue else i
                cue = None
                if glue or i < lo:
                    # A colon at the end of the previous paragraph also introduces the quote.
                    scan_lo = lo if i >= lo else max(0, (doc[lo - 1].sent.start if lo > 0 else 0))
                    if i < lo and lo > 0:
                        prev = lo - 1
                        while prev > 0 and doc[prev].is_space:
                            prev -= 1
                        if doc[prev].text == ":":
                            start_scan = prev - 1
                            scan_lo = doc[prev].sent.start
                        else:
                            start_scan = -1
                    for t in reversed(doc[scan_lo : start_scan + 1]) if start_scan >= scan_lo else []:
                        if self.mask[t.i]:
                            break
                        if self._is_cue_here(t):
                            cue = t
                            break
                if cue is not None:
                    attribution.cue = (cue.idx, cue.idx + len(cue.text))
                    attribution.cue_lemma = verb_lemma(cue, self.lex.speech_verbs)
                    attribution.speaker = self._speaker_for_cue(cue)
                    attribution.rule = "quote+cue-before"
                    self.used_cues.add(cue.i)
            if attribution.speaker is None:
                self._incise_inside(attribution, first.i + 1, last.i)
            attribution.hedged = self._hedged(cue, first.i, last.i + 1) if cue is not None and self.lex.conditional_hedges and "Cnd" in cue.morph.get("Mood") else False
            out.append(attribution)
        return out

    def _incise_inside(self, attribution: Attribution, lo: int, hi: int) -> None:
        """French typography keeps the incise inside the guillemets: « Nous partons, a-t-il dit,
        demain. » / « …, a dit Marc Dion, … ». A reporting verb right after a comma, inverted with
        its subject, is the attribution; the quotation stays one span."""
        doc = self.doc
        for i in range(lo + 1, hi):
            if doc[i - 1].text != ",":
                continue
            j = i
            inverted: list[Token] = []  # "a-t-il dit": the subject pronoun sits between aux and verb
            while j < hi and (doc[j].pos_ == "AUX" and not _is_cue(doc[j], self.lex) or doc[j].text.startswith("-")):
                if doc[j].text.startswith("-"):
                    inverted.append(doc[j])
                j += 1
            if j >= hi or not _is_cue(doc[j], self.lex):
                continue
            end = j + 1
            while end < hi and doc[end].text not in {",", ".", ";", "!", "?"}:
                end += 1
            if end < hi and doc[end].text == "," and any(t.pos_ == "PROPN" for t in doc[j + 1 : end]):
                # "a lancé Sophie Lambert, présidente de l’association." : the apposition is part of the incise.
                k = end + 1
                while k < hi and doc[k].text not in {",", ".", ";", "!", "?"} and doc[k].pos_ not in ("VERB", "AUX"):
                    k += 1
                if k < hi and doc[k].text in {".", ";", "!", "?"} and k - end <= 12:
                    end = k
            tokens = inverted + [t for t in doc[j + 1 : end] if t.lower_ not in self.lex.time_words]
            if not tokens or end - j > 12:
                continue
            ref = self.registry.resolve(tokens, quoted=True)
            if ref is not None and ref.entities:
                attribution.speaker = ref
                attribution.cue = (doc[j].idx, doc[j].idx + len(doc[j].text))
                attribution.cue_lemma = verb_lemma(doc[j], self.lex.speech_verbs)
                attribution.rule = "quote+incise-inside"
                # « A, a dit X. B » : the incise closes A's sentence; B is a second statement.
                if end < hi and doc[end].text in {".", "!", "?", ";"}:
                    rest = end + 1
                    while rest < hi and doc[rest].is_space:
                        rest += 1
                    if rest < hi:
                        attribution.split_at = (doc[i - 1].idx, doc[rest].idx)
                return

    # -- rule 2: reporting verbs with a content clause ------------------------------------------------
    def verb_attributions(self) -> list[Attribution]:
        doc = self.doc
        out: list[Attribution] = []
        for cue in self.cues:
            if cue.i in self.used_cues:
                continue
            if any(c.dep_ in ("neg",) or "Neg" in c.morph.get("Polarity") for c in cue.children):
                continue  # "She did not say how many …" / "il n'a pas précisé …": nothing was stated
            lemma = verb_lemma(cue, self.lex.speech_verbs) or cue.lemma_.lower()
            content_heads = [c for c in cue.children if c.dep_ in _CONTENT and c.i > cue.i or c.dep_ == "ccomp"]
            weak = lemma in self.lex.weak_verbs
            if not content_heads and not weak:
                content_heads = [c for c in cue.children if c.dep_ in _OBJECT_CONTENT and c.i > cue.i and c.pos_ in ("VERB", "NOUN", "PROPN", "AUX", "ADP")]
                if content_heads and lemma not in self.lex.accuse_object_verbs and lemma not in self.lex.object_content_verbs:
                    # Plain speech verbs need a clause; an object alone ("said a few words") is not content.
                    content_heads = [c for c in content_heads if c.dep_ in ("xcomp",) and c.pos_ in ("VERB", "AUX")]
            if not content_heads:
                continue
            tokens: list[int] = []
            for head in content_heads:
                tokens.extend(t.i for t in head.subtree)
            # "X a reconnu que A, mais elle a assuré que B": a conjoined report with its own
            # subject is a statement of its own, not part of this one's content.
            for t in [t for head in content_heads for t in head.subtree]:
                if t.dep_ in ("conj", "parataxis") and t.i > cue.i and _is_cue(t, self.lex) and any(c.dep_ in _SUBJ for c in t.children):
                    cut = t.left_edge.i
                    tokens = [i for i in tokens if i < cut]
            # The cue's own clause must not leak in (subject, the cue itself).
            tokens = sorted(i for i in set(tokens) if i != cue.i)
            if len(tokens) < _MIN_CONTENT_TOKENS:
                continue
            lo, hi = tokens[0], tokens[-1] + 1
            if lo < cue.i < hi:
                # Content on both sides of the cue (parse oddity): keep the side holding the first head.
                if content_heads[0].i > cue.i:
                    lo = cue.i + 1
                else:
                    hi = cue.i
            if content_heads[0].i > cue.i:
                # Content after the cue ends with the cue's sentence.
                sent = cue.sent
                lo, hi = max(lo, sent.start), min(hi, sent.end)
            trimmed = self._trim(lo, hi)
            if trimmed is None:
                continue
            start, end = trimmed
            subject = self._subject(cue)
            if subject is not None and subject.i >= lo and subject.i < hi:
                continue
            attribution = Attribution(start, end, "indirect", cue=(cue.idx, cue.idx + len(cue.text)), cue_lemma=lemma, rule="verb", content_root=content_heads[0].i)
            attribution.speaker = self._speaker_for_cue(cue) if subject is not None else self._left_speaker(cue)
            attribution.hedged = self._hedged(cue, lo, hi)
            out.append(attribution)
        return out

    # -- rule 2b: "X, accusés de …" reports an accusation ----------------------------------------------
    def accused_participles(self) -> list[Attribution]:
        """A participle of accusation on a noun ("quatre pirates, accusés de …", "hackers
        accused of …") reports what they are accused of; the reporter is the sentence's speaker."""
        doc = self.doc
        out: list[Attribution] = []
        for token in self.tokens:
            if self.mask[token.i] or token.dep_ not in ("acl", "amod", "advcl") or token.pos_ not in ("VERB", "ADJ"):
                continue
            if verb_lemma(token, self.lex.accuse_passive) is None:
                continue
            complement = next((c for c in token.children if c.i > token.i and c.dep_ in ("xcomp", "advcl", "obl", "obl:arg", "prep", "acl")), None)
            if complement is None:
                continue
            sub = list(complement.subtree)
            if complement.dep_ == "prep":
                sub = [t for t in sub if t is not complement]
            if len(sub) < _MIN_CONTENT_TOKENS:
                continue
            trimmed = self._trim(sub[0].i, sub[-1].i + 1)
            if trimmed is None:
                continue
            cue = self._governing_cue(token)
            speaker = self._speaker_for_cue(cue) if cue is not None else None
            if speaker is None:
                root = token.sent.root
                subject = next((c for c in root.children if c.dep_ in _SUBJ and not self.mask[c.i]), None)
                speaker = self.registry.resolve(self._phrase(subject), head=subject) if subject is not None else None
            if speaker is None or not speaker.entities:
                continue
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=(token.idx, token.idx + len(token.text)), speaker=speaker, cue_lemma=token.lemma_.lower(), rule="accused-participle", hedged=True))
        return out

    # -- rule 3: source phrases (selon X, according to X) ----------------------------------------------
    def source_phrases(self) -> list[Attribution]:
        doc = self.doc
        out: list[Attribution] = []
        text = self.text
        lowered = text.lower().replace("’", "'")
        starts = {t.idx: t.i for t in self.tokens}
        ends = {t.idx + len(t.text): t.i for t in self.tokens}
        for pattern in self.lex.according_to:
            phrase = " ".join(pattern)
            pos = lowered.find(phrase)
            while pos >= 0:
                i, last = starts.get(pos), ends.get(pos + len(phrase))
                pos = lowered.find(phrase, pos + 1)
                if i is None or last is None or self.mask[i]:
                    continue
                # The source: tokens after the cue up to punctuation or a verb.
                j = k = last + 1
                while k < len(doc) and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX") and not doc[k].is_space and not self.mask[k] and doc[k].lower_ not in ("que", "that", "qui", "who"):
                    k += 1
                if k == j:
                    continue
                # "according to the finance director, Ruth Adeyemi": the apposed name is the source.
                if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ in ("PER", "PERSON") and doc[k + 1].ent_iob_ == "B":
                    k += 1
                    while k < len(doc) and doc[k].ent_iob_ == "I" or k < len(doc) and k == doc[k].i and doc[k].ent_iob_ == "B" and doc[k - 1].text == ",":
                        k += 1
                s_lo, s_hi = self._sentence(i)
                left, right = (s_lo, i), (k, s_hi)
                if left[1] - left[0] >= _MIN_CONTENT_TOKENS and right[1] - right[0] >= _MIN_CONTENT_TOKENS and doc[i - 1].text == ",":
                    lo, hi = s_lo, s_hi  # "X, selon Y, Z": the statement spans both sides
                else:
                    lo, hi = left if (left[1] - left[0]) > (right[1] - right[0]) else right
                trimmed = self._trim(lo, hi)
                if trimmed is None or hi - lo < _MIN_CONTENT_TOKENS:
                    continue
                cue_start, cue_end = doc[i].idx, doc[last].idx + len(doc[last].text)
                attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=(cue_start, cue_end), cue_lemma=phrase, rule="source", hedged=True)
                attribution.speaker = self.registry.resolve(list(doc[j:k]))
                out.append(attribution)
        return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _learned_attributions(analyzer: _Analyzer, model, known: list[Attribution]) -> list[Attribution]:
    """Extra English statements from the learned attribution model (extractor.engines.offline.learned)
    that no rule found; the speaker comes from our own resolution of the model's source span."""
    doc = analyzer.doc
    out: list[Attribution] = []
    for predicted in model.predict(doc):
        start, end = predicted.content
        if end - start < 8 or any(_overlap((a.start, a.end), (start, end)) > 0 for a in known + out):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span if not t.is_punct] if span is not None else []
        if len(words) < 4 and not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue  # "that figure": an anaphoric object, not a statement
        speaker = None
        if predicted.source is not None:
            span = doc.char_span(*predicted.source, alignment_mode="expand")
            if span is not None:
                speaker = analyzer.registry.resolve(list(span))
        cue = tuple(predicted.cue) if predicted.cue is not None else None
        if (speaker is None or not speaker.entities) and cue is not None:
            # No source span from the model: our own reading of the cue's subject.
            cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
            if cue_span is not None and len(cue_span):
                verb = cue_span.root
                speaker = analyzer._speaker_for_cue(verb) if analyzer._subject(verb) is not None else analyzer._left_speaker(verb)
        out.append(Attribution(start, end, "indirect", cue=cue, speaker=speaker, rule="learned", cue_lemma=analyzer.text[cue[0] : cue[1]].lower() if cue else None))
    return out


def analyze(doc: Doc, lexicon: Lexicon, learned=None) -> DocAnalysis:
    """All attributions in a parsed document, merged and in text order."""
    analyzer = _Analyzer(doc, lexicon)
    direct = analyzer.direct_quotes()
    indirect = analyzer.verb_attributions() + analyzer.source_phrases() + analyzer.accused_participles()
    if learned is not None:
        indirect += _learned_attributions(analyzer, learned, indirect + direct)
    # Merge: a clause that is (almost) one direct quote lends it its cue and speaker; a clause
    # that holds quoted words becomes a mixed quote replacing those short direct ones.
    absorbed: set[int] = set()
    kept_indirect: list[Attribution] = []
    indirect.sort(key=lambda a: (a.start, -(a.end - a.start)))
    for att in indirect:
        inside = [k for k, d in enumerate(direct) if _overlap((d.start, d.end), (att.start, att.end)) > 0]
        if any(_overlap((kept.start, kept.end), (att.start, att.end)) > 0.5 * (att.end - att.start) for kept in kept_indirect):
            continue
        if inside:
            covered = sum(_overlap((direct[k].start, direct[k].end), (att.start, att.end)) for k in inside)
            if covered >= 0.6 * (att.end - att.start):
                for k in inside:
                    if direct[k].speaker is None and att.speaker is not None:
                        direct[k].speaker = att.speaker
                        direct[k].cue = att.cue
                        direct[k].cue_lemma = att.cue_lemma
                        direct[k].hedged = direct[k].hedged or att.hedged
                        direct[k].rule += "+clause"
                continue
            # Mixed: the clause, stretched to hold its quotations whole.
            att.start = min(att.start, *(direct[k].start for k in inside))
            att.end = max(att.end, *(direct[k].end for k in inside))
            att.kind = "mixed"
            att.quotes = [q for k in inside for q in direct[k].quotes]
            absorbed.update(inside)
            if len(inside) > 1:
                # Several quoted fragments in one statement ("accusé X de « protéger » …, voire de
                # « donner … »"): each fragment is a mixed quote of its own, verbatim, rather than
                # one clause that would blur which words were actually said.
                for k in inside:
                    kept_indirect.append(
                        Attribution(direct[k].start, direct[k].end, "mixed", cue=att.cue, speaker=att.speaker, hedged=att.hedged,
                                    cue_lemma=att.cue_lemma, quotes=direct[k].quotes, content_root=att.content_root, rule=att.rule + "+fragment",
                                    statement=(att.start, att.end))
                    )
                continue
        kept_indirect.append(att)
    remaining = [d for k, d in enumerate(direct) if k not in absorbed]
    remaining = _join_interrupted(analyzer, _split_incises(remaining))
    _inherit_speakers(analyzer, remaining, kept_indirect)
    remaining = [d for d in remaining if _keep_direct(analyzer, d)]
    attributions = sorted(remaining + kept_indirect, key=lambda a: (a.start, a.end))
    return DocAnalysis(doc, analyzer.text, analyzer.tokens, attributions, analyzer.registry, analyzer.spans, analyzer.qidx)


def _split_incises(direct: list[Attribution]) -> list[Attribution]:
    """« A, a dit X. B » : two statements (A, then B), both X's; the incise is not quoted words."""
    out: list[Attribution] = []
    for att in direct:
        if att.split_at is None:
            out.append(att)
            continue
        first_end, second_start = att.split_at
        second = Attribution(second_start, att.end, att.kind, cue=att.cue, speaker=att.speaker, hedged=att.hedged, cue_lemma=att.cue_lemma, quotes=att.quotes, rule=att.rule + "+second")
        att.end, att.split_at = first_end, None
        out.extend([att, second])
    return out


def _join_interrupted(analyzer: _Analyzer, direct: list[Attribution]) -> list[Attribution]:
    """“This is not about politics,” Okafor said, “it is about whether the wall holds.”: a quotation
    that resumes in lower case after its attribution finishes the same sentence, so both parts are
    one statement. The quote then spans both parts (the attribution between them included), which
    keeps ``text == article[start:end]``."""
    text = analyzer.text
    out: list[Attribution] = []
    for att in direct:
        previous = out[-1] if out else None
        if previous is not None and att.quotes[0].continued and not previous.quotes[-1].closed:
            # One quotation over several paragraphs (the English convention reopens the marks).
            previous.end = att.end
            previous.quotes = previous.quotes + att.quotes
            previous.rule += "+paragraphs"
            continue
        if (
            previous is not None
            and previous.cue is not None
            and (att.cue is None or att.cue == previous.cue)
            and text[previous.end - 1 : previous.end] == ","
            and text[att.start : att.start + 1].islower()
            and previous.quotes[-1].outer_end <= previous.cue[0]
            and "\n" not in text[previous.end : att.start]
            and att.start - previous.end < 120
        ):
            previous.end = att.end
            previous.quotes = previous.quotes + att.quotes
            previous.rule += "+joined"
            continue
        out.append(att)
    return out


def _inherit_speakers(analyzer: _Analyzer, direct: list[Attribution], reported: Iterable[Attribution] = ()) -> None:
    """A quotation with no cue of its own continues the statement before it, in its paragraph or
    the one before: a second paragraph of quotation after “…,” she said, or a quotation after
    "X said that …". A person named as a clause subject after that statement and before the
    quotation is who the quotation belongs to instead ("Durning did not need much coaxing.
    “I'm thankful …”"), and is the speaker too when no statement comes before it."""
    text = analyzer.text
    registry = analyzer.registry
    reported = sorted((a for a in reported if a.speaker is not None and a.speaker.entities), key=lambda a: a.end)
    k = 0
    previous: Attribution | None = None  # the last attributed statement before the current quote
    previous_end = 0
    for att in direct:
        opening = att.quotes[0].outer_start
        while k < len(reported) and reported[k].end <= opening:
            if reported[k].end > previous_end:
                previous, previous_end = reported[k], reported[k].end
            k += 1
        if att.speaker is None:
            opening_token = analyzer._char_token(opening)
            ref = analyzer._introducer_speaker(opening_token) if opening_token is not None else None
            if ref is not None:
                att.speaker, att.rule = ref, att.rule + "+introduced"
            else:
                ref = analyzer._clause_subject_speaker(att)
                if ref is not None:
                    att.speaker, att.rule = ref, att.rule + "+clause-subject"
        if att.speaker is None and _reads_as_statement(text, att):
            # Paragraph breaks are "\n\n" in most sources, a single "\n" in some: count either.
            lo = _previous_paragraph_start(text, opening)
            if previous is not None and previous_end >= lo:
                gap_lo = previous_end
            else:
                previous, gap_lo = None, lo
            subject = registry.last_subject_between(gap_lo, opening)
            if subject is not None and (previous is None or subject.entities[0] not in previous.speaker.entities):
                att.speaker = subject
                att.rule += "+topic"
            elif previous is not None:
                att.speaker = previous.speaker
                att.rule += "+continued"
        if att.speaker is not None and att.speaker.entities:
            previous, previous_end = att, att.quotes[-1].outer_end


def _previous_paragraph_start(text: str, char: int) -> int:
    """Where the paragraph before the one holding ``char`` starts (blank lines skipped)."""
    start = text.rfind("\n", 0, char) + 1
    back = start - 1
    while back > 0 and text[back].isspace():
        back -= 1
    return text.rfind("\n", 0, back) + 1 if back > 0 else 0


def _reads_as_statement(text: str, att: Attribution) -> bool:
    """A quotation that opens a sentence (capital letter, or a reopened multi-paragraph quote) and
    has a few words: a statement, not a quoted title or term."""
    words = text[att.start : att.end].split()
    return (text[att.start : att.start + 1].isupper() or att.quotes[0].continued) and len(words) >= 3


def _keep_direct(analyzer: _Analyzer, att: Attribution) -> bool:
    """Drop quotation marks around names and titles (« Exchange », “The Post”) that nobody says."""
    if att.speaker is not None:
        return True
    span = analyzer.doc.char_span(att.start, att.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return False
    if len(words) <= 4 and all(t.text[:1].isupper() or t.like_num for t in words):
        return False  # a name or a title in quotation marks
    cue = analyzer._governing_cue(span.root) if len(words) >= 2 else None
    if cue is not None:
        ref = analyzer._speaker_for_cue(cue)
        if ref is not None and ref.entities:
            att.speaker, att.cue, att.cue_lemma = ref, (cue.idx, cue.idx + len(cue.text)), cue.lemma_.lower()
            att.rule += "+governing-cue"
            return True
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return False
    if len(words) <= 4 and all(t.text[:1].isupper() or t.like_num for t in words):
        return False
    # A short fragment with no speaker anywhere near is a scare quote or a title: keep it only
    # when its sentence has a subject that can be its source.
    if len(words) <= 6:
        # One scare-quoted word says nothing; a short fragment is the sentence subject's words
        # only when that subject is named (« pris acte », said of l'OTAN).
        root = span.sent.root
        subject = next((c for c in root.children if c.dep_ in _SUBJ and not analyzer.mask[c.i]), None)
        if subject is None or len(words) < 2 or not (subject.pos_ == "PROPN" or subject.ent_type_):
            return False
        if not any(t.pos_ == "VERB" for t in words):
            return False  # a quoted predicate (« pris acte ») is the subject's words; a quoted noun is a label
        ref = analyzer.registry.resolve(analyzer._phrase(subject), head=subject)
        if ref is None or not ref.entities or all(e.kind == "unknown" for e in ref.entities):
            return False
        att.speaker = ref
        att.rule += "+sentence-subject"
    return True
