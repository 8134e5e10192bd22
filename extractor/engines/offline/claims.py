"""Claims: what each attributed statement asserts, one claim per proposition.

A statement is cut into propositions — its sentences (a quote of three sentences usually makes
three points) and, inside a sentence, coordinated clauses that each have their own subject
("le budget n'est pas bouclé et la réforme attendra") — and each proposition is
restated briefly: the statement's own words (an offline engine should not invent words) without
quotation marks, complementiser or a first-person frame ("nous pensons que …"), cut at a clause
boundary to at most `MAX_WORDS` words. Quoted fragments of one statement by one speaker give one
claim whose evidence is every fragment.

The kind comes from the cue and from the proposition's main predicate (see `_kind`), and
``about`` names what the proposition concerns (see `_about`): the claimant when it speaks of
itself, the named entities in it (canonical name when the article names the entity more fully
elsewhere), the nominal subject, object and complements of its main predicate (through a light
noun such as « le nombre de » to what it measures), then its other nouns and the article's topic.
Statements whose speaker no noun or name designates (a parse slip upstream) make no claim.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from spacy.tokens import Doc, Span, Token

from extractor.engines.offline.accusations import Accusation, accusation_words
from extractor.engines.offline.attribution import Attribution, DocAnalysis
from extractor.engines.offline.docarrays import (
    FRENCH_CONDITIONAL_ENDINGS,
    children_indices,
    dep_labels,
    french_tense,
    head_indices,
    lemma_lowers,
    lower_forms,
    morph_get,
    morph_values,
    pos_tags,
    punctuation_flags,
    sentence_of,
    span_text,
    subtree_count,
    token_bounds,
    word_count,
)
from extractor.engines.offline.lexicon import Lexicon, built_once, union, verb_lemma, verb_lemma_of_form
from extractor.engines.offline.speakers import Entity

#: A claim is a short restatement (FR_GUIDELINES.md: at most 25 words).
MAX_WORDS = 25
#: A quote rarely makes more than this many points; past it, sentences are asides.
MAX_PROPOSITIONS = 4
# (« d'ici », « d'abord », « d'ailleurs » are adverbs, not the « de » of an infinitive)
_LEADING = re.compile(r"^(?:que\s+|qu['’]\s*|that\s+|de\s+|d['’]\s*(?!ici\b|abord\b|ailleurs\b|après\b)|to\s+)", re.IGNORECASE)
_MARKS = re.compile(r"[«»“”„‹›\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\"]?\s+(?=[«“\"]?[A-ZÀ-Ý])")
# Where a long restatement may be cut: before a relative, causal or concessive clause, an aside.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:,|;|:|\(|\s[-–—]\s)\s*(?=(?:qui|que|qu['’]|dont|où|ce qui|ce que|alors que|tandis que|car|mais|parce que|puisque|"
    r"afin|pour|lorsque|quand|which|who|whom|where|while|because|but|since|although|as|so|after|before|when)\b)"
    r"|\s*[;:(]\s*|\s+[-–—]\s+",
    re.IGNORECASE,
)
_EDITORIAL_CUT = re.compile(r"\s*[(\[](?:\.\.\.|…)[)\]]\s*")
_STRAY = re.compile(r"[«»“”„‹›\"\[\]]")
_ASIDE = re.compile(r"[,(]")
# (compiled once: `restate` and `_AboutList.add` run for every claim and every name)
_SPACE_RUN = re.compile(r"\s+")
_ELIDED_THE = re.compile(r"^l['’]")
_WORD = re.compile(r"\w+")
_ENTITY_LABELS = frozenset({"PER", "PERSON", "ORG", "GPE", "LOC", "NORP", "MISC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")
_OBJECT_DEPS = ("obj", "dobj", "obl:arg", "pobj", "attr")
_OBLIQUE_DEPS = ("obl", "obl:mod", "obl:arg", "prep")
_FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "i", "we", "on"})
_NEGATION = frozenset({"pas", "jamais", "plus", "point", "guère", "aucunement", "nullement", "not", "n't", "never", "no"})
_NEGATIVE_SUBJECTS = frozenset({"aucun", "aucune", "personne", "rien", "nul", "nulle", "no", "nobody", "nothing", "none", "neither"})
_ENGLISH_FUTURE = frozenset({"will", "'ll", "’ll", "shall", "wo", "would", "'d"})
#: Words by which speakers refer to themselves (a claim about the claimant).
_SELF_REFERENCE = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes", "i", "my", "myself"})
#: The first person plural (or its possessive): the speaker with the group it speaks for.
_COLLECTIVE_SELF = frozenset({"nous", "notre", "nos", "we", "our"})
#: The speaker's own things in reported words (« X annonce la fermeture de son compte »).
_THIRD_PERSON_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"})
#: Subjects (or their possessive) by which a speaker makes themself the topic of the claim.
_SPEAKER_AS_SUBJECT = _SELF_REFERENCE | _COLLECTIVE_SELF
#: A role that names the institution it is held in: « président de la station de Pila »,
#: « porte-parole du ministère des Forêts », "spokesman for the Foreign Office".
_ROLE_OF_INSTITUTION = re.compile(r"^[^\s]+(?:\s+[^\s]+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|for|at)\s*(?:the\s+)?(.+)$", re.IGNORECASE)
_PERFECT_AUXILIARIES = frozenset({"have", "avoir"})
#: Verbs whose conditional hedges a present state (« il s'agirait d'une fausse alerte », « il y aurait
#: trois blessés ») rather than foretelling an event.
_STATIVE_VERBS = frozenset({"être", "avoir", "agir", "exister", "sembler", "paraître"})
#: Pronouns that head a free relative commenting on what precedes (« …, ce qui serait désastreux »).
_DEDICATIONS = frozenset({"à", "au", "aux", "pour"})


def _is_a_slogan(span: Span) -> bool:
    """A chanted or written slogan, without a verb: a bare noun dedicated to someone (« Justice
    pour les ouvriers », « Honneur aux pompiers ») or a name and the bare noun of what is wanted
    of them (« Dupont démission »), or where they should go (« Dupont en prison », « Dupont au
    pouvoir »). It demands, a call to action. (The tagger often takes the name in a chant for a
    common noun: a capital letter tells it.)"""
    if not 2 <= word_count(span) <= 5:
        return False  # (asked of every claim: no Token per word for the longer ones)
    words = [t for t in span if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    first, second = words[0], words[1]
    bare = not any(c.dep_ == "det" for c in second.children)
    if first.pos_ == "NOUN" and not any(c.dep_ == "det" for c in first.children) and second.lower_ in _DEDICATIONS:
        return True
    named = first.pos_ == "PROPN" or (first.pos_ == "NOUN" and first.text[:1].isupper())
    if len(words) == 3 and named and second.pos_ == "ADP" and words[2].pos_ == "NOUN" and words[2].text[:1].islower():
        return not any(c.dep_ == "det" for c in words[2].children)
    return len(words) == 2 and named and second.pos_ == "NOUN" and bare


#: Parts of speech of a verb, and of a noun or a name (tested on the per-Doc tag list).
_VERB_TAGS = frozenset({"VERB", "AUX"})
_NOMINAL_TAGS = frozenset({"NOUN", "PROPN"})
_QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"'})
#: What may stand before an imperative verb that opens its sentence: the negation and the
#: object pronouns (« ne le dites pas », « n'y allons pas »).
_BEFORE_IMPERATIVE = frozenset({"ne", "n'", "n’", "le", "la", "les", "l'", "l’", "lui", "leur", "y", "en", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def _opens_with_an_imperative(span: Span) -> bool:
    """A sentence that opens with its verb and has no subject (« Votons contre ce texte », « Ne
    cédons jamais à la peur », « Écoute ton cœur »): the speaker tells the audience what to do,
    a call to action. The morphology often misses it: a first-group verb in the second person
    singular (« écoute ») has the form of the third person indicative, and a first person plural
    may be tagged as another word class; the verb's ending and its lemma still tell it.
    « Reste que … » (a set phrase with a clause) and a verb inside a sentence (a quoted fragment
    whose subject lies outside: « … a dit qu'il « continue le combat » ») are no imperative."""
    doc = span.doc
    # (asked of every claim: the words' indices and forms from the per-Doc lists, a Token for two of them)
    punct, lowers, deps = punctuation_flags(doc), lower_forms(doc), dep_labels(doc)
    words = [i for i in range(span.start, span.end) if not punct[i]]
    lead = 0
    while lead < len(words) and lowers[words[lead]] in _BEFORE_IMPERATIVE and not deps[words[lead]].startswith("nsubj"):
        lead += 1  # (« nous » or « vous » before the verb is its subject: « nous avons … »)
    if lead >= len(words):
        return False
    verb = doc[words[lead]]
    opener = doc[words[0]]
    before = next((t for t in reversed(opener.doc[: opener.i]) if t.text not in _QUOTE_MARKS and not t.is_space), None)
    # (the first word of a sentence, or of speech a colon introduces: « il a écrit : votons »)
    sentence_start = before is None or before.text in (".", "!", "?", "…")
    if not ((sentence_start and opener.text[:1].isupper()) or (before is not None and before.text == ":")):
        return False
    if any(c.dep_.startswith("nsubj") and c.lower_ not in _OBJECT_CLITICS for c in verb.children):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if span.text.rstrip(" »”\"").endswith("?"):
        return False  # « Allons-nous céder ? » asks
    lemma, form = verb.lemma_.lower(), verb.lower_
    if lemma != form and lemma.endswith(("er", "ir", "re", "oir")) and form.endswith(("ons", "ez")):
        # a first or second person plural, whatever person or word class the tagger gave it
        # (« votons » read as a future, « baissons » as a pronoun)
        return True
    if verb.pos_ not in ("VERB", "AUX") or "Fin" not in morph_get(verb, "VerbForm", []):
        return False
    if "Imp" in morph_get(verb, "Mood", []):
        return True
    # the second person singular of a first-group verb (« écoute ») read as a third person
    singular = "Sing" in morph_get(verb, "Number", []) and "Pres" in morph_get(verb, "Tense", [])
    return singular and form.endswith("e") and lemma.endswith("er")


_DEMONSTRATIVES = frozenset({"ce", "cela", "ceci"})
_COPULAS = frozenset({"être", "be", "devenir", "become", "rester", "reste", "demeurer", "demeure", "remain", "sembler", "seem", "paraître", "appear"})


@dataclass
class ClaimDraft:
    attribution: Attribution
    text: str
    kind: str
    about: list[str]
    hedged: bool
    extra_quotes: list[Attribution] = field(default_factory=list)


# --- propositions ----------------------------------------------------------------------------


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``text[start:end]`` (punctuation-based: quotes are
    often parsed as one sentence with the clause around them)."""
    pieces = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if len(text[s:e].split()) >= 2] or [(start, end)]


def _roots(span: Span) -> list[Token]:
    """The tokens of ``span`` whose head lies outside it (or that are their own head)."""
    doc, start, end = span.doc, span.start, span.end
    heads = head_indices(doc)  # indices only: a Token is built for the roots alone
    return [doc[i] for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]


def _has_subject(token: Token) -> bool:
    labels = dep_labels(token.doc)
    return any(labels[c] in _SUBJECT_DEPS or labels[c].startswith("nsubj") for c in children_indices(token.doc)[token.i])


#: Subordinators that join two assertions rather than qualify one ("X alors que Y": two claims).
_CONTRASTIVE_MARKS = frozenset({"alors", "tandis", "car", "whereas", "while"})


def _coordinated_clauses(span: Span) -> list[int]:
    """Token indices where a second assertion begins, each the coordinator itself: a coordinated
    clause with its own subject ("…, et le gouvernement a promis …", "… and the army will …") or
    a contrastive clause with its own subject ("… alors que la ville est …"). Coordinated verb
    phrases sharing a subject stay together (splitting them was tried: as many wrong splits as
    right ones). Below the statement's heads too: a reported clause carries its own second
    clause (« a dit que A, car B », « accusé X de … et que le choix était délibéré »), and the
    parser hangs « alors que » on whatever noun precedes it."""
    cuts = []
    doc = span.doc
    # Indices and the per-Doc lists: every word of every statement is tried (no Token per word).
    heads, tags, labels, lowers, children = head_indices(doc), pos_tags(doc), dep_labels(doc), lower_forms(doc), children_indices(doc)
    roots = {t.i for t in _roots(span)}
    for clause in range(span.start, span.end):
        head = heads[clause]
        if clause <= head or tags[clause] not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        top = head in roots
        # A contrastive clause whatever the parser made of it (« alors que la ville est le
        # théâtre … » comes out as a clause, a relative or an oblique); else a coordinated clause,
        # or a clause complementing a head of the statement.
        mark = _contrastive_mark(span, clause)
        dep = labels[clause]
        if mark is None and (dep not in ("conj", "advcl", "ccomp") or (dep == "ccomp" and not top)):
            continue
        coordinators = [c for c in children[clause] if labels[c] == "cc" and c < clause] if dep in ("conj", "advcl") else []
        joiner = coordinators[0] if coordinators else mark
        if joiner is None:
            continue
        subject = next((c for c in children[clause] if labels[c] in _SUBJECT_DEPS or labels[c].startswith("nsubj")), None)
        if subject is None or subject < joiner:
            continue  # the clause's own subject comes after the coordinator
        # Below the heads, not a coordinated relative (« un ami que je connais et dont j'ai été le
        # voisin ») nor a clause set before the statement's verb (« alors que les bureaux sont
        # fermés, on estime … » is the main clause's circumstance).
        relative = any(
            lowers[c] in _RELATIVE_PRONOUNS and ("Rel" in morph_get(doc[c], "PronType", []) or labels[head] in ("acl:relcl", "relcl")) for c in children[clause]
        )
        verb_before = any(tags[t] in ("VERB", "AUX") for t in range(span.start, joiner))
        if top or (not relative and lowers[subject] not in _RELATIVE_PRONOUNS and verb_before):
            cuts.append(joiner)
    return sorted(set(cuts))


def _contrastive_mark(span: Span, clause: int) -> int | None:
    """« alors que », « tandis que », "whereas" before token ``clause``: parsed either as the
    clause's marker or as an adverb just before it (« alors » then « qu' »). (Token indices:
    asked of every word of every statement.)"""
    lowers = lower_forms(span.doc)
    first = span.doc[clause].left_edge.i
    candidates = [first]
    k = first - 1
    while k >= span.start and len(candidates) < 3:
        candidates.append(k)
        if lowers[k] not in ("que", "qu'", "qu’"):
            break
        k -= 1
    return next((t for t in candidates if lowers[t] in _CONTRASTIVE_MARKS), None)


_RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "who", "which", "that"})


def _clause_follows(span: Span, i: int) -> bool:
    """Whether the words after token ``i`` (to the end of ``span``) hold a subject with its
    verb: a clause, not a list of nouns."""
    return any(
        t.dep_.startswith("nsubj") and t.lower_ not in _RELATIVE_PRONOUNS and i < t.head.i < span.end
        for t in span.doc[i + 1 : span.end]
    )


_BREAK_MARKS = frozenset({";", ":", ","})


def _punctuation_breaks(span: Span, mark: Token) -> bool:
    """Whether a semicolon, colon or comma of ``span`` (at least three tokens in) ends one
    statement and starts another: a semicolon; a colon before a clause with its own subject
    (« … : d'ici là, les deux galaxies se heurteront »), not before an enumeration of nouns; a
    comma before a comment on what precedes (« …, ce qui serait désastreux »), a judgement of
    its own."""
    if mark.i - span.start < 3:
        return False
    if mark.text == ";":
        return span.end - mark.i > 3
    if mark.text == ":":
        return span.end - mark.i > 3 and _clause_follows(span, mark.i)
    return mark.i + 2 < span.end and mark.nbor().lower_ == "ce" and mark.nbor(2).lower_ in ("qui", "que", "qu'", "qu’")


def propositions(analysis: DocAnalysis, start: int, end: int) -> list[tuple[int, int]]:
    """The character ranges of the propositions of a statement: one per sentence, a sentence cut
    again before each coordinated or contrastive clause with its own subject, at semicolons, at
    colons before a clause, before « , ce qui » and at editorial cuts « (...) »; questions and
    verbless fragments left out when something else is asserted (`_asserting`)."""
    text, doc = analysis.text, analysis.doc
    out: list[tuple[int, int]] = []
    for s, e in _sentences(text, start, end):
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is None or len(span) < 6:
            out.append((s, e))
            continue
        # (where the first part ends, where the second begins): the coordinator, the
        # complementiser after it ("et qu'") and a semicolon belong to neither.
        cuts = []
        for i in _coordinated_clauses(span):
            after = i + 1
            while after < span.end - 1 and (doc[after].dep_ in ("mark", "fixed") or doc[after].lower_ in ("que", "qu'", "qu’") or doc[after].is_punct):
                after += 1
            cuts.append((doc[i].idx, doc[after].idx))
        # Punctuation between two statements (one walk over the sentence's tokens).
        starts, ends = token_bounds(doc)  # (the words read from the text: no Token per word)
        marks = [doc[k] for k in range(span.start, span.end) if text[starts[k] : ends[k]] in _BREAK_MARKS]
        cuts += [(t.idx, t.nbor().idx) for t in marks if _punctuation_breaks(span, t)]
        # An editorial cut starts a new proposition only when a finite verb follows it (« […] y
        # compris dans le cyberespace » ends the same sentence).
        for m in _EDITORIAL_CUT.finditer(text, span.start_char, span.end_char):
            rest = doc.char_span(m.end(), e, alignment_mode="contract")
            if rest is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) for t in rest):
                cuts.append((m.start(), m.end()))
        cursor = s
        for cut_end, cut_start in sorted(cuts):
            if len(text[cursor:cut_end].split()) >= 3 and len(text[cut_start:e].split()) >= 3:
                out.append((cursor, cut_end))
                cursor = cut_start
        out.append((cursor, e))
    return _asserting(analysis, out)[:MAX_PROPOSITIONS]


# --- restatement -----------------------------------------------------------------------------


def _strip_first_person_frame(span: Span, lexicon: Lexicon) -> tuple[int, Token] | None:
    """Where the content starts, and the frame's verb, when the proposition opens with the
    speaker's own reporting or belief frame ("nous pensons que X", "I believe X", « je suis
    certain que X »: a copula with an adjective of certainty, lexicon ``certainty``; « j'ose
    espérer que X », « je veux croire que X »: the frame verb as the infinitive of another):
    the claim is X. None when it does not."""
    certainty = lexicon.claim_kinds.get("certainty", frozenset())

    def frames(verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        certain = (lemma in certainty or verb.lower_ in certainty) and any(c.dep_ == "cop" for c in verb.children)
        return lemma in lexicon.speech_verbs or lemma in lexicon.belief_verbs or certain

    obligation = lexicon.claim_kinds.get("obligation_modals", frozenset())
    for root in _roots(span):
        # (« nous devons nous assurer que X »: a verb under a modal of obligation is a task the
        # speaker sets, a call to action, not a frame around X)
        nested = root.lemma_.lower() not in obligation
        frame = root if frames(root) else next((c for c in root.children if nested and c.dep_ == "xcomp" and frames(c)), None)
        if frame is None:
            continue
        subject = next((c for c in root.children if c.dep_.startswith("nsubj")), None)
        content = next((c for c in frame.children if c.dep_ == "ccomp" and c.i > frame.i), None)
        if subject is not None and content is not None and subject.lower_ in _FIRST_PERSON and subject.i < root.i:
            first = content.left_edge
            while first.dep_ == "mark" or first.is_punct:
                first = first.nbor()
            return first.idx, frame
    return None


def restate(text: str, *, keep_leading: bool = False) -> str:
    """A short standalone sentence from a statement's words: no quotation marks, no leading
    complementiser, at most `MAX_WORDS` words (cut at a clause boundary when one is near)."""
    text = _MARKS.sub("", text)
    text = _SPACE_RUN.sub(" ", text).strip(" ,;:–—-")
    if not keep_leading:
        text = _LEADING.sub("", text, count=1)
    words = text.split()
    if len(words) > MAX_WORDS:
        limit = len(" ".join(words[:MAX_WORDS]))
        # (the cheap bound first: counting the words before every break of a long text adds up)
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text) if m.start() <= limit and len(text[: m.start()].split()) >= 6]
        text = text[: breaks[-1]] if breaks else " ".join(words[:MAX_WORDS]).rstrip(",;: ") + "…"
    text = text.rstrip(" ,;:–—-")
    if text and text[-1] not in ".!?…":
        text += "."
    return text[:1].upper() + text[1:] if text else text


# --- kind ------------------------------------------------------------------------------------


#: `_main_predicate` per Doc and token range (its index, -1 for none): a claim's kind and its
#: `about` both ask for it. An index, not the Token: a Token holds its Doc, the key, which
#: would then never be freed (nor any Doc the engine parsed).
_PREDICATES: weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], int]] = weakref.WeakKeyDictionary()


def _main_predicate(span: Span) -> Token | None:
    """The head of the proposition: of the words whose head lies outside it, the one that
    governs most of it (a stray name or adverb attached outside does not count)."""
    known = _PREDICATES.setdefault(span.doc, {})
    bounds = (span.start, span.end)
    if bounds not in known:
        found = _find_main_predicate(span)
        known[bounds] = found.i if found is not None else -1
    i = known[bounds]
    return span.doc[i] if i >= 0 else None


def _find_main_predicate(span: Span) -> Token | None:
    # « ce qui serait désastreux », "that which …": the relative clause is the predicate.
    roots = [_relative_of_demonstrative(t) or t for t in _roots(span)]
    roots = [t for t in roots if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "ADV")]
    if not roots:
        return None
    sizes = {t.i: subtree_count(span.doc, t.i, span.start, span.end) for t in roots}
    largest = max(sizes.values())
    # A quote cut out of a longer sentence leaves several heads: a clause head that governs a
    # good part of it says what is claimed, a noun beside it (a subject or an enumeration the
    # parser attached elsewhere: « le parking | n'était pas trop petit ») does not.
    clauses = [t for t in roots if 3 * sizes[t.i] >= largest and _is_clause_head(t)]
    head = max(clauses or roots, key=lambda t: sizes[t.i])
    # A finite verb the parser hung from its subject as an adjective (« le forfait doublera dès
    # mars » parsed as a forfait that will double) is the proposition's verb; so is an adjective
    # hung from its subject with its own copula (« tout incident de ce type est très sérieux »).
    misread = next(
        (
            c
            for c in head.children
            if c.dep_ == "amod"
            and ((c.pos_ in ("VERB", "AUX") and "Fin" in morph_get(c, "VerbForm", [])) or any(g.dep_ == "cop" and g.i < c.i for g in c.children))
        ),
        None,
    )
    return misread if head.pos_ in ("NOUN", "PROPN") and misread is not None else head


def _relative_of_demonstrative(token: Token) -> Token | None:
    """The head of the relative clause a demonstrative pronoun carries (« ce qui serait
    désastreux » → désastreux), None for any other token."""
    if token.lower_ not in _DEMONSTRATIVES:
        return None
    return next((c for c in token.children if c.dep_ in ("acl:relcl", "relcl")), None)


def _is_clause_head(token: Token) -> bool:
    """A finite verb, or a predicate with its own copula or auxiliary (« n'était pas
    sous-dimensionné », "has been cancelled")."""
    if token.pos_ in ("VERB", "AUX") and "Fin" in morph_get(token, "VerbForm", []):
        return True
    return any(c.dep_ == "cop" or (c.dep_.startswith("aux") and "Fin" in morph_get(c, "VerbForm", [])) for c in token.children)


def _auxiliaries(pred: Token) -> list[Token]:
    doc = pred.doc
    labels = dep_labels(doc)
    return [doc[c] for c in children_indices(doc)[pred.i] if labels[c].startswith("aux") or labels[c] == "cop"]


def _is_negated(pred: Token) -> bool:
    """« ne … pas / jamais / aucun », "not", "never", or a negative subject or object (aucun
    élément, nothing). A bare « ne » with « que » restricts (« ce n'est qu'un début », « il ne
    reste que trois jours »): no negation (`_is_restrictive`)."""
    labels, lowers, children = dep_labels(pred.doc), lower_forms(pred.doc), children_indices(pred.doc)
    for child in children[pred.i]:
        if labels[child].startswith("advmod") and lowers[child] in _NEGATION:
            return True
        if labels[child].startswith("advmod") and lowers[child] in _NE and not _is_restrictive(pred):
            return True
        if labels[child] in ("neg",):
            return True
        if (labels[child].startswith("nsubj") or labels[child] in _OBJECT_DEPS) and (
            lowers[child] in _NEGATIVE_SUBJECTS or any(labels[d] == "det" and lowers[d] in _NEGATIVE_SUBJECTS for d in children[child])
        ):
            return True
    return False


_NE = frozenset({"ne", "n'", "n’"})
_RESTRICTIVE = frozenset({"que", "qu'", "qu’"})


def _is_restrictive(pred: Token) -> bool:
    """« ne … que » (« ce ne sont que des mots », « il n'a que vingt ans »): « ne » with the
    adverb « que » on the predicate and no word of negation — "only", not "not"."""
    # (the parser may hang « ne » from the copula: « ne ← sont que des mots »)
    # (and « que » from what it restricts: « ne contenait ← que des chiffres »)
    words = [c for v in (pred, *(a for a in pred.children if a.dep_ == "cop" or a.dep_.startswith("aux"))) for c in v.children]
    if any(c.dep_.startswith("advmod") and c.lower_ in _NEGATION for c in words):
        return False
    restricted = [*words, *(g for c in pred.children if c.i > pred.i for g in c.children)]
    return any(c.dep_.startswith("advmod") and c.lower_ in _NE for c in words) and any(c.dep_ == "advmod" and c.lower_ in _RESTRICTIVE for c in restricted)


_NAMED_AGENTS = frozenset({"PER", "PERSON", "ORG", "GPE", "NORP"})


def _is_probability(pred: Token) -> bool:
    """« devrait » of likelihood: devoir in the conditional whose subject is no person,
    organisation or country (« le coût devrait dépasser … », not « l'Australie devrait … »)."""
    if pred.lemma_.lower() != "devoir" or not _is_conditional(pred):
        return False
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    return subject is not None and subject.pos_ != "PRON" and not any(t.ent_type_ in _NAMED_AGENTS for t in subject.subtree)


_AUDIENCE = frozenset({"vous", "you"})
_PERMISSION_MODALS = frozenset({"pouvoir", "can", "may"})


def _addresses_the_audience(pred: Token) -> bool:
    """Advice to the audience (« vous pouvez sacrifier … », "you can still register"): a call to
    action."""
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.lower_ not in _AUDIENCE:
        return False
    if pred.lemma_.lower() in _PERMISSION_MODALS and any(c.dep_ == "xcomp" for c in pred.children):
        return True
    return any(a.lemma_.lower() in _PERMISSION_MODALS or a.lower_ in _PERMISSION_MODALS for a in _auxiliaries(pred))


def _is_obligation(pred: Token, modals: frozenset[str]) -> bool:
    """Must / should / doit / il faut on the main predicate (as its verb or its auxiliary), or
    the impersonal « il faut que » with its subjunctive clause (« il faut que chacun parte »).
    A modal verb in a past tense (« les ouvriers devaient travailler la nuit », « elle aurait dû
    percevoir moins », « il fallait attendre ») tells what was required then, no call."""
    if pred.lemma_.lower() in modals and _is_past(pred):
        return False
    if pred.lemma_.lower() in modals and any(c.dep_ == "xcomp" for c in pred.children):
        return not _is_probability(pred)
    if pred.lemma_.lower() in modals and any(c.dep_ == "expl:subj" for c in pred.children) and any(c.dep_ == "ccomp" and c.i > pred.i for c in pred.children):
        return True
    if pred.lemma_.lower() in modals and any(c.dep_ == "expl:subj" for c in pred.children) and _infinitive_after_an_adverbial(pred):
        return True
    # "have" / "need" oblige only as the head of "have to" / "need to" (above): as an auxiliary
    # "has taken", "had been left out" is the perfect.
    return any((a.lemma_.lower() in modals or a.lower_ in modals) and a.lemma_.lower() not in _PERFECT_AUXILIARIES for a in _auxiliaries(pred))


def _infinitive_after_an_adverbial(pred: Token) -> bool:
    """« il ne faut à aucun moment vendre … », « il ne faut sous aucun prétexte signer »: an adverbial between
    the impersonal modal and its infinitive, which the parser then hangs from the adverbial's
    noun (« cas ← vendre ») instead of the modal."""
    return any(
        c.dep_.startswith("obl") and c.i > pred.i and any(v.dep_ == "acl" and v.i > c.i and "Inf" in morph_get(v, "VerbForm", []) for v in c.children)
        for c in pred.children
    )


def _gives_advice(pred: Token, advice: frozenset[str]) -> bool:
    """A verb and adverb that advise (lexicon ``advice``: « ils feraient mieux de chercher … », « il
    vaut mieux que le maire parte ») with the act advised, an infinitive or a clause: what someone
    should do, a call to action."""
    if not any(c.dep_ in ("xcomp", "ccomp") and c.i > pred.i for c in pred.children):
        return False
    lemma = pred.lemma_.lower()
    return any(c.dep_ == "advmod" and f"{lemma} {c.lower_}" in advice for c in pred.children)


def _is_imperfect_form(token: Token) -> bool:
    """A French imperfect (payait, finançait, déclarait, ouvrait), which the morphologizer
    sometimes tags conditional: the imperfect ending on the verb's stem without the r of the
    future stem (the conditional is paierait, déclarerait, ouvrirait)."""
    form, lemma = token.lower_, token.lemma_.lower()
    ending = next((e for e in sorted(FRENCH_CONDITIONAL_ENDINGS, key=len, reverse=True) if form.endswith(e)), None)
    if ending is None:
        return False
    stem = form[: -len(ending)]
    # (the stem of -er and -ir verbs is the infinitive less its ending: « déclar-ait », « ouvr-ait »)
    return not stem.endswith("r") or (lemma.endswith(("er", "ir")) and stem == lemma[:-2])


def _is_conditional(token: Token) -> bool:
    """A French conditional, from the form or from the morphologizer when the form is no
    imperfect and has a conditional ending (the morphologizer tags some present forms
    conditional: « je ne comprends pas »)."""
    if french_tense(token) == "Cnd":
        return True
    return "Cnd" in morph_get(token, "Mood", []) and token.lower_.endswith(FRENCH_CONDITIONAL_ENDINGS) and not _is_imperfect_form(token)


def _is_future(pred: Token) -> bool:
    """A future or conditional main verb (seront, attendra, pourrait perdre, will, would), or
    aller + infinitive. A conditional auxiliary of a past participle (aurait coûté) is the
    journalist's hedge, not a prediction."""
    for verb in (pred, *_auxiliaries(pred)):
        if "Fut" in morph_get(verb, "Tense", []) or verb.lower_ in _ENGLISH_FUTURE or french_tense(verb) == "Fut":
            return True
    if _is_conditional(pred) and not _is_stative(pred):
        return True
    if pred.lemma_.lower() in ("aller", "go") and any(c.dep_ == "xcomp" for c in pred.children) and pred.lower_ not in ("allé", "went"):
        return True
    if _heads_towards(pred):
        return True
    return any(a.lemma_.lower() == "aller" for a in _auxiliaries(pred))


#: French verbs whose compound tenses take être (« il serait parti »: a hedged past event, not
#: a passive).
_ETRE_VERBS = frozenset({
    "aller", "venir", "arriver", "partir", "entrer", "sortir", "monter", "descendre", "naître", "mourir", "décéder",
    "rester", "tomber", "retourner", "devenir", "revenir", "parvenir", "survenir", "intervenir", "rentrer", "repartir", "passer",
})


def _is_reported_future(pred: Token, cue: str, lexicon: Lexicon) -> bool:
    """« a annoncé que le pont serait fermé », « a affirmé que 300 logements seraient construits »: a
    passive whose auxiliary être is in the conditional, after a verb of saying — in reported
    speech the future seen from the past. After « selon » the conditional is the journalist's
    hedge (« selon la chaîne, un couvre-feu serait mis en place »), after a verb of belief a
    supposition; a past one (« aurait été fermé ») or a verb that takes être (« serait parti »)
    hedges a past event."""
    if cue not in lexicon.speech_verbs or cue in lexicon.belief_verbs or pred.lemma_.lower() in _ETRE_VERBS:
        return False
    auxiliaries = _auxiliaries(pred)
    if any(a.dep_ in ("aux", "aux:tense") for a in auxiliaries):
        return False
    return any(a.dep_ in ("aux:pass", "auxpass") and a.lemma_.lower() == "être" and _is_conditional(a) for a in auxiliaries)


_TOWARDS = frozenset({"vers", "towards", "toward"})


def _heads_towards(pred: Token) -> bool:
    """« on va vers la faillite », "we are heading towards a crisis": aller in the present
    with where it leads, a state to come (« il est allé vers la sortie » went somewhere)."""
    if pred.lemma_.lower() not in ("aller", "go", "head") or _is_past(pred) or pred.lower_ in ("allé", "allée", "allés", "went", "gone"):
        return False
    return any(c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in _TOWARDS for g in c.children) for c in pred.children) or any(
        c.dep_ == "prep" and c.lower_ in _TOWARDS for c in pred.children
    )


def _states_an_intention(pred: Token, intention: frozenset[str], pledges: frozenset[str]) -> bool:
    """An intention or a pledge: a verb of intending with its infinitive (« nous voulons ouvrir
    une piste », « il compte se représenter », "we intend to appeal"), what the speaker says
    will be done. A negated one (« je ne veux pas ») is not, nor a past intention (« avoir
    voulu frapper », « il voulait partir »): it tells why something was done; a past pledge
    (« il a promis de … ») still binds the future."""
    # (verb_lemma: the lemmatizer reads some forms as nouns, « je compte » → compte)
    lemma = verb_lemma(pred, intention)
    if lemma is None or _is_negated(pred) or not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in pred.children):
        return False
    return lemma in pledges or not _is_past(pred)


def _considers_a_step(pred: Token, considering: frozenset[str]) -> bool:
    """A verb of considering a step with the step for object (lexicon ``considered_steps``: « la
    mairie envisage une plainte », « [dit] envisager un recours »): what the subject may do next,
    a prediction. Not negated, passive (« aucune sanction n'est envisagée » rules it out) or past."""
    if verb_lemma(pred, considering) is None or _is_negated(pred) or _is_past(pred) or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in pred.children):
        return False
    return any(c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" for c in pred.children)


def _declares_an_intention(pred: Token, kinds: dict[str, frozenset[str]], speech_verbs: frozenset[str]) -> bool:
    """An intention made known: a noun of intention with its possessive and infinitive (lexicon
    ``intention_nouns``: « sa volonté de racheter le site », « a annoncé son intention de fermer
    l'usine », « a fait part de son souhait de partir »), or a verb of saying with an
    infinitive of intending (« a indiqué vouloir rénover la piscine »): what the subject means
    to do, a prediction. « aucune intention de … » refuses (no possessive); a negated verb of
    saying declares nothing."""
    intention_nouns = kinds.get("intention_nouns", frozenset())
    if pred.dep_ == "acl" and _is_bare_infinitive(pred) and pred.head.pos_ in ("NOUN", "PROPN") and pred.head.i < pred.i:
        # The quote may be the infinitive alone, its noun of intention outside it (« a affirmé
        # sa volonté de « fermer la piscine » »): the noun says what the infinitive is.
        return _is_own_intention(pred.head, intention_nouns, pred.head)
    if pred.dep_ == "xcomp" and _is_bare_infinitive(pred) and _makes_known(pred.head, speech_verbs):
        # (the claim may start at the noun, its infinitive hung from the verb outside it:
        # « [a fait part de] sa volonté de racheter le site »)
        pred = pred.head
    if pred.pos_ in ("NOUN", "PROPN"):
        return _is_own_intention(pred, intention_nouns, pred)
    if not _makes_known(pred, speech_verbs) or _is_negated(pred):
        return False
    intention = kinds.get("intention", frozenset())
    return any(
        (c.dep_ in ("obj", "dobj", "obl:arg") and _is_own_intention(c, intention_nouns, pred))
        or (c.dep_ == "xcomp" and _states_an_intention(c, intention, kinds["prediction"]))
        for c in pred.children
    )


def _makes_known(verb: Token, speech_verbs: frozenset[str]) -> bool:
    """A verb of saying (« annoncer », « exprimer », « réaffirmer ») or « faire part de »."""
    if verb_lemma(verb, speech_verbs) is not None:
        return True
    return verb.lemma_.lower() == "faire" and any(c.dep_ in ("obj", "dobj") and c.lower_ == "part" for c in verb.children)


def _is_own_intention(noun: Token, intention_nouns: frozenset[str], verb: Token) -> bool:
    """« son intention de fermer », « leur volonté d'agir »: a noun of intention under a
    possessive with the infinitive of what is intended (the parser may hang the infinitive
    from the verb that makes the intention known: « exprimé sa volonté ← de recruter »)."""
    if noun.lemma_.lower() not in intention_nouns or not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in noun.children):
        return False
    infinitives = [*noun.children, *(c for c in verb.children if c.i > noun.i)] if verb is not noun else list(noun.children)
    return any(c.dep_ in ("acl", "xcomp") and _is_bare_infinitive(c) for c in infinitives)


def _declares_readiness(pred: Token, readiness: frozenset[str]) -> bool:
    """An adjective of readiness or resolve with its infinitive (lexicon ``readiness``: « nous
    sommes prêts à négocier », « il est déterminé à se représenter »): what the subject stands
    ready to do, a pledge. Not negated (« je ne suis pas prêt à céder » refuses)."""
    # (the parser takes « déterminé », « résolu » for participles: the form is the adjective)
    if pred.pos_ not in ("ADJ", "VERB") or pred.lower_ not in readiness or _is_negated(pred):
        return False
    return any(c.dep_ == "xcomp" and _is_bare_infinitive(c) and any(m.dep_ == "mark" and m.lower_ == "à" for m in c.children) for c in pred.children)


def _is_past(verb: Token) -> bool:
    """A verb in a past tense: a perfect (« a voulu », « avoir voulu »), an imperfect or a simple past."""
    if any(a.dep_ in ("aux", "aux:tense") and a.lemma_.lower() in ("avoir", "être", "have") for a in verb.children):
        return True
    return any(t in morph_get(verb, "Tense", []) for t in ("Imp", "Past")) and "Part" not in morph_get(verb, "VerbForm", [])


def _is_quantity(token: Token) -> bool:
    """A number that counts or measures (« 58,65 % », « trois cents », "15 percent"), not a year
    (« en 2016 »)."""
    if token.text in ("%", "‰"):
        return True
    if not token.like_num or not (token.pos_ == "NUM" or token.text[:1].isdigit()):
        return False  # (« un », « une » are like_num as determiners too)
    digits = token.text.replace(" ", "")
    return not (len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100)


def _states_a_quantity(pred: Token) -> bool:
    """A number among the predicate's own dependents or their dependents (« est vainqueur à
    58 % », « a progressé de 7,1 à 7,4 % », « 15 % des emplois sont … »): a measure."""
    return any(_is_quantity(t) for c in pred.children for t in (c, *c.children))


def _is_evaluation(pred: Token, evaluative: frozenset[str]) -> bool:
    """A copula with an adjective (« le projet est flou »), or with a noun of evaluation (« une
    catastrophe », « a disaster »), or a bare adjective as the whole statement (« Odieux »); a
    speaker's own state (« je suis embarrassé », "we are shocked"). (An intensified adjective
    anywhere in the proposition — « très », "very" — was tried: it marks descriptions of facts
    as often as judgements.)"""
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    # (« je suis tombé », « nous sommes arrivés »: the perfect of a verb that takes être, an event)
    # (« nous avons été bloqués par la neige »: a passive with its agent tells what was done to
    # the speaker, an event; a feeling caused, « je suis déçu par ce vote », is `_voices_emotion`'s)
    first_person_participle = (
        subject is not None and subject.lower_ in _FIRST_PERSON and pred.pos_ in ("ADJ", "VERB") and "Part" in morph_get(pred, "VerbForm", [])
        and pred.lemma_.lower() not in _ETRE_VERBS and not _names_its_agent(pred)
    )
    if first_person_participle and any(c.lemma_.lower() in _COPULAS and (c.dep_ == "cop" or c.dep_.startswith("aux")) for c in pred.children):
        return True
    if pred.lemma_.lower() in _COPULAS:
        # English attaches the predicate to the copula: "is absurd" (acomp), "is a disaster" (attr);
        # French the attribute of a copular verb other than être: « est devenu agressif ».
        # (the French parse makes the attribute of rester, devenir, demeurer an object, or a
        # subject after the verb: « reste un fiasco », « devient une farce »)
        return any(
            (c.dep_ in ("acomp", "xcomp") and c.pos_ == "ADJ" and "Part" not in morph_get(c, "VerbForm", []))
            or ((c.dep_ in ("attr", "obj") or (c.dep_ == "nsubj" and c.i > pred.i)) and (c.lemma_.lower() in evaluative or any(a.dep_ == "amod" and a.lemma_.lower() in evaluative for a in c.children)))
            for c in pred.children
        )
    copula = any(c.dep_ == "cop" or (c.dep_.startswith("aux") and c.lemma_.lower() in _COPULAS and c.dep_ != "aux:pass") for c in pred.children)
    participle = "Part" in morph_get(pred, "VerbForm", [])
    if pred.pos_ in ("ADJ", "ADV") and not participle and (copula or pred.head.i == pred.i):
        # (with a figure it measures: « il est vainqueur à 58 % », « le taux est stable à 3 % »)
        return not _states_a_quantity(pred)
    if pred.lemma_.lower() in evaluative or pred.lower_ in evaluative or _singular_form(pred.lower_) in evaluative:
        # (the parser reads some evaluative adjectives after « être » as passive participles,
        # « c'est honteux »: être then is the copula, not a passive auxiliary)
        passive_etre = any(c.dep_ in ("aux:pass", "auxpass") and c.lemma_.lower() == "être" for c in pred.children)
        return copula or passive_etre or pred.pos_ == "ADJ"
    if copula and pred.pos_ == "PRON":
        return _is_judged_noun(pred, evaluative)  # « c'est l'un des pires scandales »
    return copula and any(_is_evaluative_modifier(c, evaluative) for c in pred.children)


def _names_its_agent(participle: Token) -> bool:
    """A passive in a compound tense with the agent that acted (« nous avons été bloqués par la
    neige », "we have been hit by a car"): an event. In the present the participle is the state
    it left (« nous sommes scandalisés par ces propos »)."""
    compound = any(c.dep_ in ("aux", "aux:tense") and c.lemma_.lower() in _PERFECT_AUXILIARIES for c in participle.children)
    return compound and any(c.dep_ in ("obl:agent", "agent") for c in participle.children)


def _states_a_condition(pred: Token, condition_adjectives: frozenset[str]) -> bool:
    """A copula with an adjective of condition (lexicon ``condition_adjectives``: « le pont est
    fermé », « la cause reste inconnue », « les coffres étaient intacts »): what state a thing
    is in, a fact that can be checked, not the speaker's judgement."""
    if pred.lemma_.lower() in _COPULAS or pred.lower_ in _COPULAS:
        # (« reste inconnue »: the parser makes « rester » the head and the adjective its xcomp)
        return any(c.dep_ == "xcomp" and _is_condition_adjective(c, condition_adjectives) for c in pred.children)
    return any(c.dep_ == "cop" for c in pred.children) and _is_condition_adjective(pred, condition_adjectives)


def _is_condition_adjective(token: Token, condition_adjectives: frozenset[str]) -> bool:
    return token.pos_ in ("ADJ", "VERB") and (
        token.lemma_.lower() in condition_adjectives or token.lower_ in condition_adjectives or _singular_form(token.lower_) in condition_adjectives
    )


def _is_evaluative_modifier(token: Token, evaluative: frozenset[str]) -> bool:
    """An evaluative adjective on a noun (« un acte fou »); the parser hangs a superlative
    adjective as a clause (« la forme la plus appropriée »: approprié ← acl)."""
    return (token.dep_ == "amod" or (token.dep_ == "acl" and token.pos_ == "ADJ")) and (token.lemma_.lower() in evaluative or token.lower_ in evaluative)


def _singular_form(form: str) -> str:
    """The form without its plural mark (« formidables » → formidable): the lemmatizer leaves some
    plural adjectives it reads as participles unlemmatized (« ont été formidables »)."""
    return form[:-1] if len(form) > 3 and form.endswith(("s", "x")) and not form.endswith(("eux", "aux")) else form


def _judges_a_thing(pred: Token, evaluative: frozenset[str]) -> bool:
    """A noun phrase without verb that judges what it names: an evaluative noun (« un vrai
    fiasco ») or a noun with an evaluative adjective (« un projet flou », « la forme la plus
    appropriée »). A noun with its own subject or copula is a clause (`_is_evaluation`)."""
    if pred.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "cop" or c.dep_.startswith("nsubj") or c.pos_ in ("VERB", "AUX") for c in pred.children):
        return False
    return _is_judged_noun(pred, evaluative)


def _is_judged_noun(noun: Token, evaluative: frozenset[str]) -> bool:
    """An evaluative noun (« un fiasco ») or a noun with an evaluative adjective (« un acte fou »),
    or one of such (« l'une des pires catastrophes »: the pronoun heads the judged noun)."""
    if noun.pos_ == "PRON" and noun.lemma_.lower() == "un":
        return any(_is_judged_noun(c, evaluative) for c in noun.children if c.dep_ == "nmod")
    return noun.lemma_.lower() in evaluative or any(_is_evaluative_modifier(c, evaluative) for c in noun.children)


#: (French: the English parse hangs the attribute from the copula, "it is a disaster", which
#: `_is_evaluation` reads.)
_DEMONSTRATIVE_SUBJECTS = frozenset({"c'", "c’", "ce", "cela", "ça", "ceci"})
_INDEFINITE_ARTICLES = frozenset({"un", "une"})


def _characterises_this(pred: Token) -> bool:
    """« C'est un coup dur », « c'était une scène de guerre »: a demonstrative
    subject with a copula and a noun attribute under an indefinite article — the speaker says
    what kind of thing something is, a characterisation (« c'est le maire », with a definite
    article, identifies; « c'est une hausse de 3 % » measures)."""
    if pred.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in pred.children):
        return False
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.lower_ not in _DEMONSTRATIVE_SUBJECTS or subject.i > pred.i:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ARTICLES for c in pred.children)
    # Negated, any attribute judges: « ce n'est pas le lieu pour en parler », « ce n'est pas la
    # ville que nous voulons » say what something falls short of, not who or what it is.
    return (indefinite or _is_negated(pred)) and not _states_a_quantity(pred)


def _belittles(pred: Token) -> bool:
    """« ces promesses ne sont que des mots », « ce n'est qu'une légende »: a noun attribute
    restricted by « ne … que » says what something amounts to, no more — a judgement (a figure
    still measures: « ce n'est qu'une hausse de 3 % »)."""
    return pred.pos_ == "NOUN" and any(c.dep_ == "cop" for c in pred.children) and _is_restrictive(pred) and not _states_a_quantity(pred)


def _judges_an_act(pred: Token) -> bool:
    """An act as the subject of être (« partir serait une erreur », « ne pas réparer ce pont
    serait jouer avec le feu »): what doing something is or would be, a
    judgement. The parser either makes the infinitive the subject of the attribute, or the head
    of the proposition with the attribute and its finite être hung after it."""
    copula = [c for c in pred.children if c.dep_ == "cop" and c.lemma_.lower() == "être"]
    if copula and any(c.dep_ in ("csubj", "nsubj") and c.i < copula[0].i and "Inf" in morph_get(c, "VerbForm", []) for c in pred.children):
        return True
    if pred.pos_ != "VERB" or "Inf" not in morph_get(pred, "VerbForm", []) or any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in pred.children):
        return False
    # (not a clause the infinitive introduces: « regretter que le débat soit … »)
    return any(
        g.lemma_.lower() == "être" and "Fin" in morph_get(g, "VerbForm", []) and g.dep_ in ("cop", "aux", "aux:pass", "aux:tense") and pred.i < g.i < c.i
        for c in pred.children
        if c.i > pred.i and c.dep_ in ("parataxis", "conj", "advcl", "dep", "xcomp") and not any(m.dep_ == "mark" for m in c.children)
        for g in c.children
    )


_APPEARANCE = frozenset({"sembler", "paraître"})


def _seems_to(pred: Token) -> bool:
    """« ces éléments semblent confirmer l'hypothèse », « il paraît ignorer le danger »: sembler
    or paraître with an infinitive, how things look to the speaker — an impression, a
    judgement."""
    return pred.lemma_.lower() in _APPEARANCE and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and "Inf" in morph_get(c, "VerbForm", []) for c in pred.children)


_DEMONSTRATIVES = frozenset({"ce", "c'", "c’", "cela", "ça", "ceci", "tout"})


def _dismisses_as_deceit(span: Span, pred: Token | None, deceit_labels: frozenset[str]) -> bool:
    """What was said called a lie or a smear (lexicon ``deceit_labels``: « c'est une
    manipulation grossière », « il s'agit là d'une pure calomnie », « tout cela n'est que mensonge »,
    or the bare label « Mensonges ! »): a demonstrative or « il s'agit de » points back at a
    statement, and the label rejects it — a denial, though the word names a wrong (« le
    journal a publié des calomnies » accuses)."""
    if word_count(span) <= 2 and any(t.lemma_.lower() in deceit_labels or t.lower_ in deceit_labels for t in span if not t.is_punct):
        return True
    if pred is None:
        return False
    presented = _presented_thing(pred)
    label = presented if presented is not None else pred
    if label.lemma_.lower() not in deceit_labels or (_is_negated(pred) and not _is_restrictive(pred)):
        return False
    if presented is not None:
        return True
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    return any(c.dep_ == "cop" for c in pred.children) and subject is not None and (subject.lower_ in _DEMONSTRATIVES or subject.lemma_.lower() == "ce")


def _presented_thing(pred: Token) -> Token | None:
    """The noun « il s'agit de » presents (« il s'agit d'un acte fou » → acte): the impersonal
    frame is a copula, its noun the attribute. None for any other predicate."""
    if pred.lemma_.lower() != "agir" or not any(c.lower_ in ("se", "s'", "s’") for c in pred.children):
        return None
    return next((c for c in pred.children if c.dep_.startswith("obl") and (c.pos_ == "NOUN" or c.lemma_.lower() == "un") and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children)), None)


def _is_speculation(pred: Token, timely: frozenset[str] = frozenset()) -> bool:
    """« pourrait être » + adjective: pouvoir in the conditional with an adjective attribute (« il
    pourrait être intéressant de … ») hedges a judgement rather than foretelling an event
    (« pourrait devenir réalité » still predicts). So does pouvoir in the conditional with a
    state and nothing that sets it in the future (``timely``: time words, marks of the
    future): « des Belges pourraient faire partie des passagers », « la cause pourrait être
    un virus » guess at what is, « pourrait être une réalité d'ici peu » still foretells."""
    modal = pred if pred.lemma_.lower() == "pouvoir" else next((a for a in _auxiliaries(pred) if a.lemma_.lower() == "pouvoir"), None)
    if modal is None or not _is_conditional(modal):
        return False
    # The copula hangs from the attribute: pourrait ← xcomp intéressant ← cop être.
    complements = [c for c in pred.children if c.dep_ == "xcomp"]
    attributes = [a for a in (pred, *complements) if a.pos_ == "ADJ"]
    if any(c.dep_ == "cop" and c.lemma_.lower() == "être" for a in attributes for c in a.children):
        return True
    if not timely or _word_in_reach(pred, timely) and any(t.lemma_.lower() in timely or t.lower_ in timely for t in pred.subtree):
        return False
    return any(_is_state(c) for c in complements)


def _is_stative(verb: Token) -> bool:
    """A verb of state (`_STATIVE_VERBS`); agir only as the impersonal « il s'agit de », not as
    "to act" (« il agirait dans l'intérêt des patients » foretells what he will do)."""
    lemma = verb.lemma_.lower()
    if lemma == "agir":
        return any(c.lower_ in ("se", "s'", "s’") for c in verb.children)
    return lemma in _STATIVE_VERBS


def _is_state(verb: Token) -> bool:
    """A state rather than an event: a stative verb (être, avoir, exister), a noun attribute with
    its copula (« être une coopération »), or « faire partie de »."""
    lemma = verb.lemma_.lower()
    if lemma in _STATIVE_VERBS:
        return True
    if verb.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "cop" for c in verb.children):
        return True
    return lemma == "faire" and any(c.dep_ in ("obj", "dobj") and c.lower_ == "partie" for c in verb.children)


def _denies_connection(pred: Token, connection: frozenset[str]) -> bool:
    """A negated connection: « n'a rien à voir avec », « aucun lien avec », "has nothing to do
    with", "no link to" — the speaker rejects a link someone made."""
    if not _is_negated(pred) and not any(t.lower_ in _NEGATIVE_SUBJECTS for t in pred.children):
        return False
    # The verb itself is no connection word (« je ne vois pas » is no denial), a noun is.
    near = [*([pred] if pred.pos_ == "NOUN" else []), *pred.children, *(g for c in pred.children for g in c.children)]
    # A subject names what the statement is about (« le rapport ne contient pas … »), unless
    # it is the connection denied (« aucun lien n'existe »).
    near = [t for t in near if not t.dep_.startswith("nsubj") or any(d.dep_ == "det" and d.lower_ in _NEGATIVE_SUBJECTS for d in t.children)]
    return any(t.lemma_.lower() in connection or t.lower_ in connection for t in near)


def _takes_a_stance(pred: Token, stance: frozenset[str], stance_prepositions: frozenset[str] = frozenset()) -> bool:
    """For or against: a verb or adjective of stance is the predicate (« soutenir Jean
    Lemaire », « la CFDT s'oppose à … », « être favorable à la république », "we oppose the
    bill"), active, with what it is for or against; or the predicate is what a preposition of
    stance (lexicon ``stance_prepositions``) sets the speaker against (« je suis contre cette
    réforme », « s'est dit contre le référendum »)."""
    if pred.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.lower_ in stance_prepositions for c in pred.children):
        return True
    if pred.lemma_.lower() not in stance and pred.lower_ not in stance:
        return False
    if "Pass" in morph_get(pred, "Voice", []) or any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in pred.children):
        return False  # « le projet est soutenu par … » reports who supports
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    if subject is not None and any(_is_quantity(t) for t in subject.subtree):
        return False  # « 66 % des Français soutiennent le mouvement »: a poll measures who supports
    # (an infinitive content's object is often attached to the reporting verb instead)
    return pred.dep_ in ("xcomp", "ccomp") or any(c.dep_ in ("obj", "dobj", "obl", "obl:arg", "prep", "ccomp", "xcomp") for c in pred.children)


def _calls_it_false(pred: Token, falsehood: frozenset[str]) -> bool:
    """The proposition says something is false: a word of falsehood is its predicate or what
    the predicate says of its subject (« c'est une intox », « ces accusations sont infondées »,
    « il s'agit d'une rumeur », "the report is false") — the speaker rejects a claim."""
    near = [pred, *(c for c in pred.children if c.dep_ in ("obj", "dobj", "obl:arg", "obl", "xcomp", "acomp", "attr"))]
    return any(t.lemma_.lower() in falsehood or t.lower_ in falsehood for t in near)


def _is_agentless_passive(pred: Token) -> bool:
    """A passive without its agent (« plusieurs membres ont été tués », "six workers were
    killed"): an event is reported, nobody is blamed for it."""
    if pred.pos_ == "ADJ":
        return False  # « est responsable de … »: the parser's passive of an adjective is a copula
    passive = "Pass" in morph_get(pred, "Voice", []) or any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in pred.children)
    # The parser often labels « par X » an ordinary oblique: its preposition shows the agent.
    agents = [c for c in pred.children if c.dep_ in ("obl:agent", "agent") or (c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children))]
    return passive and not agents


def _voices_emotion(pred: Token, emotions: frozenset[str]) -> bool:
    """The proposition expresses a feeling: an emotion word is its predicate or what its
    predicate governs directly (« effaré par le décès », « s'associe à la douleur », "shares the
    grief of the families", « suscite une vive émotion »)."""
    near = [pred, *(c for c in pred.children if c.dep_ in ("obj", "dobj", "obl", "obl:arg", "obl:mod", "xcomp", "acomp", "attr", "prep"))]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in emotions or t.lower_ in emotions for t in near)


def _wrongs_said_of_the_subject(pred: Token, wrongdoing: frozenset[str]) -> list[Token]:
    """`_predicated_wrongs` of the predicate and of the verbs coordinated with it. All of them
    lie under the predicate: without a word of wrongdoing there, there is none to gather (a
    look at the per-Doc word lists, no Token per child)."""
    if not _word_in_reach(pred, wrongdoing):
        return []
    return [t for verb in _coordinated_predicates(pred) for t in _predicated_wrongs(verb, wrongdoing)]


def _predicated_wrongs(pred: Token, wrongdoing: frozenset[str]) -> list[Token]:
    """The words of wrongdoing that say what the proposition says of its subject: the main predicate
    (« ont menti », « est coupable », « sont des terroristes »), its object (« a commis des
    crimes ») or an adjective on either — not a word buried in a complement (« la mort de 60
    terroristes » reports a fact)."""
    # An agentless passive reports an event (« trois soldats ont été tués »), unless what
    # happened is itself a wrong (« de nombreuses malversations ont été découvertes »).
    # (the parser reads « de nombreuses malversations » before the verb as an oblique)
    candidates = [c for c in pred.children if c.i < pred.i and c.pos_ == "NOUN" and _is_subject_position(c)] if _is_agentless_passive(pred) else [pred]
    candidates += [c for c in pred.children if c.dep_ in ("obj", "dobj", "xcomp", "attr", "acomp", "ccomp", "obl", "obl:arg", "prep")]
    # The cause a person is held, sought or convicted for (« recherché pour une agression »).
    candidates += [c for c in pred.children if c.dep_ == "obl:mod" and any(g.dep_ == "case" and g.lower_ == "pour" for g in c.children)]
    candidates += [g for c in candidates if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # (« aucune intention d'attaquer » : the wrong is the infinitive completing the object)
    # (the parser makes some adjectives after their noun clauses: « une attaque délibérée » → acl)
    candidates += [a for c in candidates for a in c.children if a.dep_ in ("amod", "obj", "dobj") or (a.dep_ == "acl" and a.pos_ == "ADJ") or _is_infinitive_complement(a)]
    # A coordinated attribute or object says it of the same subject (« turbulent et agressif »).
    candidates += [a for c in candidates if c.i != pred.i for a in c.children if a.dep_ == "conj" and a.pos_ in ("ADJ", "NOUN")]
    return [t for t in candidates if t.lemma_.lower() in wrongdoing or t.lower_ in wrongdoing]


def _is_subject_position(noun: Token) -> bool:
    """A subject, or a noun before its verb that the parser made an oblique of « de »."""
    if noun.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
        return True
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    return noun.dep_.startswith("obl") and cases in (["de"], ["d'"], ["d’"])


def _is_infinitive_complement(token: Token) -> bool:
    """An infinitive completing a noun through « de » or « à » (« l'intention d'attaquer »)."""
    return token.dep_ == "acl" and "Inf" in morph_get(token, "VerbForm", []) and any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’", "à") for c in token.children)


#: Markers a gerund takes (« en frappant », "by hitting", "while shouting"); an adverbial
#: clause with another marker (« pour », « si », "if") is a purpose or a condition, not an act.
_GERUND_MARKS = frozenset({"en", "by", "while"})


def _is_gerund(verb: Token) -> bool:
    """« en frappant », "by hitting": a present participle with its gerund marker."""
    participle = ("Part" in morph_get(verb, "VerbForm", []) and "Pres" in morph_get(verb, "Tense", [])) or verb.tag_ == "VBG"
    return participle and any(c.dep_ == "mark" and c.lower_ in _GERUND_MARKS for c in verb.children)


def _coordinated_predicates(pred: Token) -> list[Token]:
    """The predicate and the verbs after it that share its subject: coordinated (« il s'est
    jeté sur les passants et a frappé un vieillard », "he ran at them and hit a man"), joined
    by a comma (« …, a frappé … », parsed as an adverbial clause) or a gerund (« en frappant
    les passants », whose subject is always the main clause's, even when the parser hangs it
    from the object): each says something of the same subject."""
    verbs = [pred]
    for child in pred.children:
        if child.i < pred.i:
            continue
        if child.pos_ in ("NOUN", "PROPN"):
            verbs += [g for g in child.children if g.dep_ == "acl" and _is_gerund(g)]
        elif child.pos_ != "VERB" or _has_subject(child):
            continue
        elif child.dep_ == "conj" or (child.dep_ == "advcl" and _is_gerund(child)):
            verbs.append(child)
        elif child.dep_ == "advcl" and not any(c.dep_ == "mark" for c in child.children) and any(a.dep_.startswith("aux") for a in child.children):
            verbs.append(child)  # « …, a frappé … »: a finite verb after a comma
    return verbs


def _speaks_for_itself(pred: Token, span: Span, kinds: dict[str, frozenset[str]]) -> bool:
    """The proposition's own verb is a denial, accusation or call verb in the first person
    (« nous démentons », "we urge"), or one that opens the statement, its subject outside:
    finite (« X « invite les journalistes à porter plainte » », the act quoted with its verb)
    or a present infinitive of purpose, the act the speaker wrote or spoke to perform (« a écrit
    au préfet pour exiger la réouverture de la ligne »; a perfect one, « avoir demandé … », tells
    of a past act): that act, not the reporting cue, gives the kind."""
    if _own_act(pred, kinds) is None:
        return False
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    if subject is None or not span.start <= subject.i < span.end:
        punct = punctuation_flags(span.doc)
        opening = next((k for k in range(span.start, span.end) if not punct[k]), None)
        if opening is None or opening != pred.i:
            return False
        if "Fin" in morph_get(pred, "VerbForm", []):
            return True
        # (a marker of purpose, left before the claim, makes the infinitive the act the speaker
        # spoke to perform; another says what they pledge or threaten, « s'engage à proposer »,
        # and a bare one may be the topic of a judgement, « réclamer cela, c'est indécent »)
        for_a_purpose = any(c.dep_ == "mark" and c.i < span.start and c.lower_ in kinds.get("purpose_marks", frozenset()) for c in pred.children)
        return for_a_purpose and _is_infinitive(pred) and not any(c.dep_.startswith("aux") for c in pred.children)
    return subject.lower_ in _FIRST_PERSON


def _own_act(pred: Token, kinds: dict[str, frozenset[str]]) -> str | None:
    """The denial, accusation or call verb the predicate is, by its lemma — or by its form when
    the lemmatizer left the form as it is (« on demande » → demande, « invite » → invite), not
    when it found another verb (« nous sommes » is être, no « sommer »)."""
    acts = kinds["denial"] | kinds["accusation"] | kinds["call_to_action"]
    lemma = pred.lemma_.lower()
    if lemma in acts:
        return lemma
    return verb_lemma(pred, acts) if lemma == pred.lower_ else None


#: The dependents that make up a name with its head (« Penelope Fillon », « Jean-Marc Morandini »).
_NAME_PARTS = frozenset({"flat", "flat:name", "compound"})


def _blamed_party_acts(pred: Token, blamed: Sequence[Entity], att: Attribution, lexicon: Lexicon) -> bool:
    """The proposition tells what a party its speaker blames elsewhere in the article did: its
    subject, in the active voice, names a party the accusation stage found this speaker accusing
    (« Fillon a reçu secrètement 45 000 euros », said by the paper that accuses him of it; « X
    est un type qui confond ses intérêts avec ceux de la France »). Told by its accuser, the
    act is the accusation's matter, not a neutral fact. Not a passive (« X aurait été employée
    par son mari » is what happened to them), nor a party that is the speaker's own."""
    if not blamed or _is_negated(pred) or _is_agentless_passive(pred) or any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in pred.children):
        return False
    subject = next((c for c in pred.children if c.dep_ in ("nsubj", "expl:subj")), None)
    # (an institution by its common noun too: « la préfecture a ignoré les signalements »; not a
    # person's, « l'homme » may be anyone)
    institution = subject is not None and subject.pos_ == "NOUN" and (subject.lower_ in lexicon.government_words or subject.lower_ in lexicon.organization_words)
    if subject is None or subject.pos_ != "PROPN" and not institution:
        return False
    words = sorted([subject, *(c for c in subject.children if c.dep_ in _NAME_PARTS)], key=lambda t: t.i)
    named = _name_key(lexicon, " ".join(t.text for t in words))
    own = {e.key for e in att.speaker.entities} if att.speaker is not None else set()
    return any(
        _same_name(named, _name_key(lexicon, name))
        for party in blamed if party.key not in own
        for name in (party.name, *party.aliases)
    )


def _as_told_by_its_accuser(kind: str, pred: Token | None, blamed: Sequence[Entity], att: Attribution, lexicon: Lexicon) -> str:
    """A factual assertion that tells what a party its speaker blames did (`_blamed_party_acts`)
    is an accusation; any other kind stays."""
    if kind == "factual_assertion" and pred is not None and _blamed_party_acts(pred, blamed, att, lexicon):
        return "accusation"
    return kind


def _answered_in_the_negative(kind: str, span: Span | None, cue: str, kinds: dict[str, frozenset[str]]) -> str:
    """A factual assertion said in answer or reassurance (a ``rejoinder`` cue: répondre, assurer)
    whose proposition holds a negation off its main predicate is a denial, as one negated on the
    predicate is (`_judgement_kind`): the parser hangs the negation of a correction or of a
    broken clause elsewhere (« a répondu que la fermeture découlait d'un plan ancien, non d'un
    caprice », « a assuré qu'aucune « des factures aient été détruites » »). Any other kind stays."""
    if kind == "factual_assertion" and span is not None and cue in kinds.get("rejoinder", frozenset()) and _holds_a_negation(span):
        return "denial"
    return kind


def _reassured_amid_a_charge(kind: str, cue: str, disputed: bool, kinds: dict[str, frozenset[str]]) -> str:
    """A factual assertion its speaker gives as a reassurance (a ``reassurance`` cue: « assure
    que les offres avaient été examinées par un cabinet extérieur ») in an article that reports
    someone accused is said against the charge: a denial, as a negated answer is
    (`_answered_in_the_negative`). Where no one is accused, it reassures of a fact (« la
    mairie assure que l'eau est potable »). Any other kind stays."""
    if kind == "factual_assertion" and disputed and cue in kinds.get("reassurance", frozenset()):
        return "denial"
    return kind


def _viewpoint_amid_a_charge(kind: str, span: Span | None, cue: str, disputed: bool, kinds: dict[str, frozenset[str]]) -> str:
    """A factual assertion given as its speaker's view (a ``viewpoint_sources`` cue: « Pour
    l'association, l'entreprise a déversé des déchets … ») in an article that reports someone
    accused takes a side on the charge, as « selon X » (which sources a fact) does not: a
    denial when it holds a negation (« Pour son avocat, ces explications ne tiennent pas »),
    else an accusation. A view that says what someone or something is (an attribute with its
    determiner or an adjective: « Pour ses partisans, X est un homme intègre ») judges, for or
    against: an opinion. Where no one is accused, it stays. Any other kind stays."""
    if kind != "factual_assertion" or not disputed or span is None or cue not in kinds.get("viewpoint_sources", frozenset()):
        return kind
    if _attributes_a_quality(span):
        return "opinion"
    return "denial" if _holds_a_negation(span) else "accusation"


def _asserted_amid_a_charge(kind: str, span: Span | None, pred: Token | None, cue: str, disputed: bool, kinds: dict[str, frozenset[str]]) -> str:
    """A factual assertion its speaker insists on (an ``insistence`` cue: « affirme que la régie
    savait », « soutient que », « a lancé ») in an article that reports someone accused takes a
    side on the charge, as a view under « Pour X » does (`_viewpoint_amid_a_charge`): a denial
    when the speaker tells of its own side (a subject in the first person or with its
    possessive: « nous avons appliqué le plan », « nos prix sont fixés magasin par magasin »),
    else an accusation (« l'équipe tournait à quatre au lieu de sept »). A figure stays a fact,
    as the guidelines define one (« 80 % des passagers ont été remboursés »; one in a relative
    clause too: leaving it out fixed one claim and broke two, frdev among them), and so does the
    speaker's own act told in the infinitive (« affirme avoir investi dans une station »: the
    speaker reports what it did, for or against no one). Where no one is accused, it stays. It comes after the framing act (`_framing_act`): a statement that
    elaborates a defence is a denial whoever's side it tells of."""
    if kind != "factual_assertion" or not disputed or span is None or pred is None or cue not in kinds.get("insistence", frozenset()):
        return kind
    subject = next((c for c in pred.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None and _in_the_infinitive(pred) or any(_is_quantity(t) for t in span):
        return kind
    own_side = subject is not None and (subject.lower_ in _SPEAKER_AS_SUBJECT or any(c.dep_ == "det" and c.lower_ in _SPEAKER_AS_SUBJECT for c in subject.children))
    return "denial" if own_side else "accusation"


def _in_the_infinitive(verb: Token) -> bool:
    """The verb, or its auxiliary, is an infinitive (« investir », « avoir investi », « n'avoir jamais reçu »)."""
    return _is_infinitive(verb) or any(c.dep_.startswith("aux") and "Inf" in morph_get(c, "VerbForm", []) for c in verb.children)


def _attributes_a_quality(span: Span) -> bool:
    """The proposition says what someone or something is: a copula whose attribute is an
    adjective or a determined noun (« X est un homme intègre », « sont les premières victimes »),
    outside a relative clause; not a prepositional phrase (« est en cause ») nor a cleft or a
    demonstrative's attribute (« c'est la politique … qui est en cause » points at a culprit)."""
    for token in span:
        if token.dep_ != "cop":
            continue
        attribute = token.head
        if not span.start <= attribute.i < span.end or _in_a_relative_clause(attribute, span):
            continue
        if any(c.dep_.startswith("nsubj") and c.lower_ in _DEMONSTRATIVE_SUBJECTS for c in attribute.children):
            continue
        if attribute.pos_ == "ADJ" or (attribute.pos_ == "NOUN" and any(c.dep_ == "det" for c in attribute.children)):
            return True
    return False


def _done_without_what_was_due(kind: str, span: Span | None, disputed: bool, kinds: dict[str, frozenset[str]]) -> str:
    """A factual assertion that tells of something done without what was due (« deux candidats
    ont été écartés sans motivation », « la caisse a placé 240 millions sans la moindre
    analyse de risque ») in an article that reports someone accused states the charge's
    matter: an accusation; a denial when what is absent is a wrong or a link (« un cadeau, sans
    corruption aucune », « sans lien avec l'affaire »). The preposition is ``without_prepositions`` (French only: untried on
    English). Fixed phrases on « sans » (``without_locutions``: « sans doute »,
    « sans incident ») say nothing is missing. Where no one is accused, it stays (« la route a
    été rouverte sans barrière »), nor does a word of saying (``without_reticence``: « a
    confirmé l'enquête, sans autre commentaire »: the speaker holds back details). Any other
    kind stays."""
    if kind != "factual_assertion" or not disputed or span is None:
        return kind
    without = kinds.get("without_prepositions", frozenset())
    locutions = kinds.get("without_locutions", frozenset())
    reticence = kinds.get("without_reticence", frozenset())
    doc = span.doc
    for token in span:
        if token.lower_ not in without or token.dep_ not in ("case", "mark") or token.head.i <= token.i:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and f"{token.lower_} {following.lower_}" in locutions and not any(c.dep_ == "nmod" for c in following.children):
            continue  # (« sans délai » is "at once"; « sans délai de réflexion » lacks one)
        absent = [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
        if any(t.lemma_.lower() in reticence for t in absent):
            continue  # (« sans autre commentaire »: the speaker says no more, nothing due is missing)
        # (no wrong, no link to one: « sans lien avec l'affaire » denies, as « aucun lien » does)
        cleared = kinds["wrongdoing"] | kinds.get("connection", frozenset())
        return "denial" if any(_names_a_wrong(t, cleared) for t in absent) else "accusation"
    return kind


#: Negative adverbs negate without « ne » too (« pas pour nuire », « non d'un caprice »); these
#: do so only with it (« plus de 300 personnes » is "more").
_NEGATIONS_WITH_NE = frozenset({"plus", "point", "guère"})
#: The dependencies under which a negation belongs to a relative clause, not to what is answered.
_RELATIVE_DEPS = frozenset({"acl", "acl:relcl", "relcl"})


def _holds_a_negation(span: Span) -> bool:
    """A negative adverb (pas, jamais, non; plus with « ne ») or a negative determiner or pronoun
    (aucun, rien) anywhere in the proposition, outside a relative clause (« l'usine, qui n'a jamais
    fermé, emploie 300 personnes » negates nothing it asserts)."""
    for token in span:
        lower = token.lower_
        negative = (
            token.dep_.startswith("advmod") and (lower in _NEGATION or lower == "non")
            and (lower not in _NEGATIONS_WITH_NE or any(c.lower_ in _NE for c in token.head.children))
        ) or (lower in _NEGATIVE_SUBJECTS and lower != "personne" and token.dep_ in ("det", "nsubj", "nsubj:pass", *_OBJECT_DEPS))
        if negative and not _in_a_relative_clause(token, span):
            return True
    return False


def _in_a_relative_clause(token: Token, span: Span) -> bool:
    """Whether a head between the token and the top of its proposition opens a relative clause."""
    node = token
    # (compared by index: spaCy makes a new Token object at every access, so ``node.head is node``
    # never holds, and a proposition holding its sentence's root would never end the climb)
    while node.head.i != node.i and span.start <= node.i < span.end:
        if node.dep_ in _RELATIVE_DEPS:
            return True
        node = node.head
    return False


def _same_name(a: str, b: str) -> bool:
    """Two name keys of one party: equal, or one the other's last words (« fillon », « françois fillon »)."""
    return bool(a) and bool(b) and (a == b or a.endswith(" " + b) or b.endswith(" " + a))


def _kind(
    att: Attribution, span: Span | None, lexicon: Lexicon, accused_here: bool, frame: Token | None = None, blamed: Sequence[Entity] = (), disputed: bool = False,
) -> str:
    """The claim's kind, first rule that applies: a bare adjective → opinion; the cue (nier →
    denial, accuser → accusation, appeler à → call to action), or the proposition's own verb when
    the speaker performs that act in the first person; an accusation found in the statement; a
    statement that answers « non » → denial; then the main predicate (the infinitive of « je
    tiens à … »): an obligation (doit, il faut, must), advice (ferait mieux de) or a first-person
    want of a thing (« nous voulons sa démission ») → call to action; future, aller + infinitive,
    conditional (not of a state: « il s'agirait de ») → prediction; an intention verb with its
    infinitive (« nous voulons ouvrir ») → prediction; a negated connection (« aucun lien ») or
    calling something false (« une intox ») → denial; wrongdoing predicated of someone →
    accusation (denial when negated); a construction of blame or defence (« est soupçonné
    de », « n'y est pour rien », `_blame_construction`); a copula with an evaluative adjective or noun, or an
    emotion → opinion; a belief or opinion cue → opinion; an evaluative verb → opinion; a verb
    or adjective of stance (soutenir, favorable à), a judging phrase (« a raison de », « ne sert à
    rien ») or « se sentir » → opinion; else a factual assertion — an accusation when it tells
    what a named party its speaker accuses in the article did (`_blamed_party_acts`), a denial
    when said in answer with a negation anywhere in it (`_answered_in_the_negative`) or as a
    reassurance in an article that reports someone accused (`_reassured_amid_a_charge`); in such
    an article, an accusation when it tells of something done « sans » what was due, a denial when
    the absent thing is a wrong or a link (`_done_without_what_was_due`), and a side taken when
    given as a view under « Pour X » (`_viewpoint_amid_a_charge`) — or the
    accusation or denial that a participial cue elaborates (`_framing_act`). A plain
    negation is not a denial: most negated
    statements in news assert a fact ("aucune étoile ne se heurte")."""
    kinds = lexicon.claim_kinds
    opening_act: str | None = None
    pred = _main_predicate(span) if span is not None else None
    if pred is None and span is not None:
        # A pronoun attribute with its copula (« ce naufrage est l'une des pires tragédies »)
        # carries the judgement, though it names no thing for `about`.
        pred = next((t for t in _roots(span) if t.pos_ == "PRON" and any(c.dep_ == "cop" for c in t.children)), None)
    if pred is not None:
        pred = _emphasised_act(pred, kinds.get("emphasis_frames", frozenset()), kinds.get("intention", frozenset()), lexicon.speech_verbs) or pred
    if pred is not None and pred.lemma_.lower() in lexicon.speech_verbs and not _wants_it_done(pred, kinds.get("wish_verbs", frozenset())):
        # The claim opens with the cue (« annoncé que le salaire augmentera »): what is announced
        # gives the kind (a want is what is claimed: « souhaite que la taxe soit supprimée »).
        announced = _announced_thing_kind(pred, kinds)
        if announced is not None:
            return announced
        content = _reported_content(pred)
        if content is not None:
            # The opening verb is the speaker's act when it is one and has no subject of its own
            # (« a dit regretter que … », « a déclaré craindre que … »): it, not the verb that
            # reports it, is the cue (« la procédure aurait exigé que … » is no demand of theirs).
            subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
            if subject is None or subject.lower_ in _FIRST_PERSON:
                opening_act = next((pred.lemma_.lower() for k in _OPENING_ACTS if pred.lemma_.lower() in kinds.get(k, frozenset())), None)
            pred = content
    if pred is not None:
        pred = _existential_relative(pred) or _cleft_relative(pred) or _channel_clause(pred, kinds) or pred
    if span is not None and _is_bare_judgement(span, pred, kinds):
        # a bare judgement: « Odieux », "deeply disappointing" (whatever the cue); a bare label of
        # wrongdoing blames (« considère ce système comme « politisé » », « Criminel ! »)
        return "accusation" if pred is not None and _names_a_wrong(pred, kinds["wrongdoing"]) else "opinion"
    if att.rule == "quote+label" and att.kind == "mixed" and span is not None:
        # "called the response “deeply disappointing”" (an English label with its object): the
        # label judges what it labels, or blames when it names a wrong; "call" here calls for nothing.
        return "accusation" if any(_names_a_wrong(t, kinds["wrongdoing"]) for t in span) else "opinion"
    cue = opening_act or att.cue_lemma or (_embedding_act(att, span.doc, kinds) if span is not None else None) or ""
    if pred is not None and span is not None and _speaks_for_itself(pred, span, kinds):
        cue = _own_act(pred, kinds) or cue  # « nous appelons tous les États à … »: the speaker's own act
    kind = (
        ("denial" if span is not None and _dismisses_as_deceit(span, pred, kinds.get("deceit_labels", frozenset())) else None)
        or ("call_to_action" if span is not None and (_is_a_slogan(span) or _opens_with_an_imperative(span)) else None)
        or _act_kind(cue, pred, span, kinds, accused_here, lexicon.speech_verbs)
        or ("denial" if span is not None and (_answers_no(span) or _disputes_what_is_claimed(span, att, kinds.get("pretence_verbs", frozenset()))) else None)
        or _predicate_kind(pred, cue, lexicon)
    )
    if span is not None and _judged_in_its_wording(kind, span, kinds):
        kind = "opinion"
    if kind == "factual_assertion" and frame is not None and pred is not None:
        # The speaker's own belief frame, cut from the claim (« je crois que l'équipe a trouvé
        # son rythme »), says the content is a view, as a cue of belief would (a figure
        # estimated is still a fact: `_cued_judgement`).
        belief = verb_lemma(frame, lexicon.belief_verbs) if frame.pos_ in ("VERB", "AUX") else None
        kind = (_cued_judgement(pred, belief, lexicon) if belief is not None else None) or kind
    kind = _as_told_by_its_accuser(kind, pred, blamed, att, lexicon)
    kind = _answered_in_the_negative(kind, span, cue, kinds)
    kind = _reassured_amid_a_charge(kind, cue, disputed, kinds)
    kind = _done_without_what_was_due(kind, span, disputed, kinds)
    kind = _viewpoint_amid_a_charge(kind, span, cue, disputed, kinds)
    if kind in ("factual_assertion", "opinion") and span is not None:
        # A statement or judgement that elaborates an accusation or a defence (« X a critiqué …,
        # affirmant que … », "disputed the figure, arguing that …") carries that act; one with a
        # kind of its own keeps it (« s'est défendu en affirmant avoir été trompé » accuses).
        framing = _framing_act(att, span.doc, kinds)
        if framing is not None:
            return "accusation" if framing in kinds["accusation"] else "denial"
    # (after the framing act: a statement that elaborates a defence is a denial, whatever its cue)
    return _asserted_amid_a_charge(kind, span, pred, cue, disputed, kinds)


#: The lexicons of acts a verb that opens a claim may perform on the clause it introduces.
_OPENING_ACTS = ("denial", "accusation", "call_to_action", "prediction", "opinion")
#: The lexicons of acts a verb around a quoted fragment may perform.
_EMBEDDING_ACTS = ("denial", "accusation", "call_to_action", "prediction", "intention", "opinion")
_COMPLEMENT_DEPS = frozenset({"obj", "dobj", "xcomp", "ccomp", "obl", "obl:arg", "obl:mod", "iobj", "pobj", "prep"})


def _embedding_act(att: Attribution, doc: Doc, kinds: dict[str, frozenset[str]]) -> str | None:
    """For a fragment quoted without a reporting cue, the act the sentence around it performs
    with it: the nearest verb above the fragment, up to two clauses up, that denies, accuses,
    calls, foretells, intends or judges (« appelle les commerçants « à fermer » », « en promettant
    de « renforcer les alliances » »). Not a negated one (« ne veut pas « céder » »)."""
    quote = doc.char_span(att.start, att.end, alignment_mode="expand")
    if quote is None:
        return None
    token = quote.root
    # (only through the complements of verbs: a relative clause or a coordinated verb above the
    # fragment is someone else's act or another statement)
    for _ in range(3):
        # (the parser makes the infinitive of « appelle X à faire » an adverbial clause)
        infinitive = token.dep_ == "advcl" and "Inf" in morph_get(token, "VerbForm", [])
        if token.head.i == token.i or not (token.dep_ in _COMPLEMENT_DEPS or infinitive):
            return None
        token = token.head
        if quote.start <= token.i < quote.end:
            continue
        if token.pos_ != "VERB":
            return None
        lemma = token.lemma_.lower()
        if any(lemma in kinds.get(k, frozenset()) for k in _EMBEDDING_ACTS):
            return None if _is_negated(token) else lemma
    return None


def _emphasised_act(pred: Token, frames: frozenset[str], intention: frozenset[str], speech_verbs: frozenset[str]) -> Token | None:
    """The infinitive a frame of emphasis introduces (lexicon ``emphasis_frames``: « je tiens à
    saluer le travail des pompiers »), or a verb of intending introduces when it is a verb of
    saying with its clause (« je souhaite rappeler que le club ne m'a rien reproché », « je
    veux dire que … »): the frame only stresses the act, the infinitive is what is said — no
    intention. None for any other predicate."""
    lemma = pred.lemma_.lower()
    if lemma in frames:
        return next(
            (c for c in pred.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(m.dep_ == "mark" and m.lower_ == "à" for m in c.children)),
            None,
        )
    if lemma in intention:
        said = next((c for c in pred.children if c.dep_ == "xcomp" and c.lemma_.lower() in speech_verbs), None)
        return said if said is not None and any(c.dep_ == "ccomp" and c.i > said.i for c in said.children) else None
    return None


_NO = frozenset({"non", "no"})


def _answers_no(span: Span) -> bool:
    """A statement that opens with « non » and a comma (« Non, ce mot n'a jamais été prononcé »,
    "No, we did not"): the speaker answers no to what was said or asked, a denial."""
    punct, lowers = punctuation_flags(span.doc), lower_forms(span.doc)
    first = next((i for i in range(span.start, span.end) if not punct[i] or lowers[i] == ","), None)
    if first is None or lowers[first] not in _NO:
        return False  # (asked of every claim: the first word from the per-Doc lists)
    words = [t for t in span if not (t.is_punct and t.text != ",")]
    return len(words) > 3 and words[0].lower_ in _NO and words[1].text == ","


def _disputes_what_is_claimed(span: Span, att: Attribution, pretence_verbs: frozenset[str]) -> bool:
    """The statement cites what another party pretends (lexicon ``pretence_verbs``: « le colis
    ne pesait pas 12 kilos, comme le prétend le vendeur », « le colis dont le vendeur prétend
    qu'il a été posté lundi l'a été jeudi »): « prétendre » puts the claim in doubt, the
    speaker sets it right — a denial. Not the reporting cue itself, nor the speaker's own
    pretending (« je ne prétends pas tout savoir »)."""
    if pretence_verbs.isdisjoint(lemma_lowers(span.doc)[span.start : span.end]):
        return False  # (asked of every claim: no Token per word for most)
    cue = (att.cue[0], att.cue[1]) if att.cue is not None else None
    for token in span:
        if token.pos_ != "VERB" or token.lemma_.lower() not in pretence_verbs or (cue is not None and cue[0] <= token.idx < cue[1]):
            continue
        subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
        if subject is None or subject.lower_ not in _FIRST_PERSON:
            return True
    return False


def _existential_relative(pred: Token) -> Token | None:
    """The relative clause an existential frame introduces (« il y a plein de fermes qui
    vont disparaître », "there are people who will leave"): what is said of the thing that exists is
    what is claimed. None for any other predicate."""
    existential = (pred.lemma_.lower() == "avoir" and any(c.lower_ == "y" for c in pred.children)) or any(
        c.dep_ == "expl" and c.lower_ == "there" for c in pred.children
    )
    if not existential:
        return None
    # (the thing, or the noun a quantity word governs: « beaucoup d'usines qui … »)
    things = [t for c in pred.children if c.i > pred.i for t in (c, *c.children)]
    return next((c for t in things if t.pos_ in ("NOUN", "PROPN", "PRON") for c in t.children if c.dep_ in ("acl:relcl", "relcl")), None)


def _cleft_relative(pred: Token) -> Token | None:
    """The relative clause of a cleft (« c'est le conseil qui tranchera », « c'est la direction
    que les salariés blâment »): the copula with « ce » only singles out a definite thing, the
    relative (the parser may hang a « que » relative as a plain clause) says what is claimed of
    it. None for any other predicate, and for a
    characterisation with an indefinite (« c'est un projet qui coûte cher » says what it is)
    nor a negated one (« ce n'est pas la ville que nous voulons » rejects a thing, a judgement)."""
    if pred.pos_ not in ("NOUN", "PROPN", "PRON") or not any(c.dep_ == "cop" for c in pred.children) or _is_negated(pred):
        return None
    if not any(c.dep_.startswith("nsubj") and c.lower_ in ("c'", "c’", "ce") for c in pred.children):
        return None
    if pred.pos_ == "NOUN" and not any(c.dep_ == "det" and ("Def" in morph_get(c, "Definite", []) or "Yes" in morph_get(c, "Poss", []) or "Dem" in morph_get(c, "PronType", [])) for c in pred.children):
        return None
    return next((c for c in pred.children if c.dep_ in ("acl:relcl", "relcl", "acl") and c.i > pred.i and any(r.lower_ in ("qui", "que", "qu'", "qu’") for r in c.children)), None)


def _framing_act(att: Attribution, doc: Doc, kinds: dict[str, frozenset[str]]) -> str | None:
    """The accusation or denial verb a participial cue elaborates (« X a critiqué ce projet,
    affirmant que … », « X s'est défendu en affirmant … », "X denied it, saying …"): the verb the
    participle or gerund of the cue hangs from, when it accuses or denies — reflexive « se
    défendre » (`self_defence`) denies. None otherwise."""
    if att.cue is None:
        return None
    cue_span = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    if cue_span is None:
        return None
    cue = cue_span.root
    if "Part" not in morph_get(cue, "VerbForm", []) and cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl", "xcomp", "conj"):
        return None
    frame = cue.head
    lemma = frame.lemma_.lower()
    if lemma in kinds["accusation"] or lemma in kinds["denial"]:
        return lemma
    if lemma in kinds.get("self_defence", frozenset()) and any(c.dep_ in ("expl:pv", "expl:comp", "expl:pass", "obj") and c.lower_ in ("se", "s'", "s’") for c in frame.children):
        return lemma
    return None


def _reported_content(pred: Token) -> Token | None:
    """The clause a reporting verb introduces (« a annoncé que le salaire augmentera »), also
    when the parser reads its « que » as a relative pronoun of the channel before it (« a
    annoncé dans un communiqué qu'elle rembourserait les billets »): a clause with an object of
    its own besides « que » is no relative of that noun (« le communiqué qu'elle a publié » is)."""
    clause = next((c for c in pred.children if c.dep_ == "ccomp" and c.i > pred.i), None)
    if clause is not None:
        return clause
    return next(filter(None, (_clause_read_as_relative(c) for c in pred.children if c.dep_.startswith("obl") and c.i > pred.i)), None)


def _clause_read_as_relative(noun: Token) -> Token | None:
    """A « que » clause the parser hangs on a noun as its relative though it has an object of
    its own besides « que » (« dans un communiqué qu'elle rembourserait les billets »): a
    completive, what is reported (`_reported_content`)."""
    for relative in (c for c in noun.children if c.dep_ in _RELATIVE_DEPS and c.pos_ in _VERB_TAGS):
        opener = next(relative.children, None)
        if opener is not None and opener.lower_ in _RESTRICTIVE and any(g.dep_ in ("obj", "dobj") and g is not opener for g in relative.children):
            return relative
    return None


def _channel_clause(pred: Token, kinds: dict[str, frozenset[str]]) -> Token | None:
    """The clause reported after a channel the statement opens with (« dans un communiqué
    qu'elle rembourserait les billets », lexicon ``channel_nouns``), read by the parser as the
    channel's relative (`_clause_read_as_relative`)."""
    return _clause_read_as_relative(pred) if pred.lemma_.lower() in kinds.get("channel_nouns", frozenset()) else None


def _announces_an_act(pred: Token, objects: list[Token], kinds: dict[str, frozenset[str]]) -> bool:
    """An announcement verb with noun objects (``objects``: `_announced_nouns`) and no clause, set in the future (« annoncé sa
    prochaine visite », « annoncé un référendum pour demain », "announced his upcoming
    departure"): the speaker announces an intended act. Without a mark of the future the noun
    usually names what was done (« annoncé l'arrestation de trois hommes », « annoncé le départ
    du ministre »): a fact — unless it is new, brought in with the indefinite article (« annonce un
    référendum », « a annoncé un plan de relance », « des contrôles »): a measure announced is one
    still to come."""
    future = kinds.get("future_marks", frozenset())
    by_a_time = kinds.get("future_locutions", frozenset())
    settings = [c for c in pred.children if c.dep_.startswith("obl") or c.dep_ in ("advmod", "npadvmod")]
    if any(_marks_the_future(t, future, by_a_time) for c in (*objects, *settings) for t in c.subtree):
        return True
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE_DETERMINERS for o in objects for c in o.children) and not _is_negated(pred):
        return True
    if any(_is_own_coming_act(o, kinds.get("coming_act_nouns", frozenset())) for o in objects) and not _is_negated(pred):
        return True
    # What the announced thing will do or is meant to do (« un plan prévoyant la construction de
    # prisons », « une convention qui devrait être dévoilée »): a verb on the noun in the future
    # or the conditional, or one of foreseeing or intending.
    foresee = union(kinds["prediction"], kinds.get("intention", frozenset()))
    return any(
        t.pos_ in ("VERB", "AUX") and (_is_future(t) or t.lemma_.lower() in foresee)
        for o in objects for c in o.children if c.dep_ in ("acl", "acl:relcl", "relcl") for t in (c, *c.children)
    )


def _announced_nouns(pred: Token, kinds: dict[str, frozenset[str]]) -> list[Token]:
    """The noun objects of an announcement verb that reports no clause (« annoncé la fermeture
    du site », not « annoncé que le site fermera »)."""
    if _reported_content(pred) is not None or pred.lemma_.lower() not in kinds["announcement"]:
        return []
    return [c for c in pred.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"]


def _announced_thing_kind(pred: Token, kinds: dict[str, frozenset[str]]) -> str | None:
    """The kind a noun announced gives: an intended act (« annoncé sa visite », "announced his
    departure", `_announces_an_act`) is a prediction; a sanction with its reason (« annoncé leur
    exclusion pour une fraude », `_announces_a_sanction_with_its_reason`) blames the sanctioned
    party, an accusation; one's own backing or offer to a party (« annonce son soutien à X »,
    `_announces_an_appeal`) is a call to action."""
    objects = _announced_nouns(pred, kinds)
    if not objects:
        return None
    if _announces_an_act(pred, objects, kinds):
        return "prediction"
    if _announces_an_appeal(pred, objects, kinds):
        return "call_to_action"
    return "accusation" if _announces_a_sanction_with_its_reason(pred, objects, kinds) else None


def _announces_an_appeal(pred: Token, objects: list[Token], kinds: dict[str, frozenset[str]]) -> bool:
    """An announced noun of backing or of an offer (lexicon ``appeal_nouns``) with a possessive,
    addressed « à » a party (« annonce son soutien à la candidate », « annonce sa proposition
    d'alliance au maire »): the speaker asks others to back that party, or the party to accept.
    Without an addressee (« annonce sa proposition mardi ») the noun only names what was put
    forward."""
    appeals = kinds.get("appeal_nouns", frozenset())
    for noun in objects:
        if noun.lemma_.lower() not in appeals or not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in noun.children):
            continue
        addressees = [c for c in (*noun.children, *pred.children) if c.dep_ in ("nmod", "obl", "obl:arg", "iobj")]
        if any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for a in addressees for g in a.children):
            return True
    return False


def _announces_a_sanction_with_its_reason(pred: Token, objects: list[Token], kinds: dict[str, frozenset[str]]) -> bool:
    """An announced sanction with its reason (`_sanctioned_for_a_wrong`); the parser often hangs
    the « pour » of the reason on the announcing verb (« a annoncé leur exclusion pour une
    fraude »), where it can only be the sanction's: nobody announces for a fraud."""
    sanctions = [o for o in objects if o.lemma_.lower() in kinds.get("sanction_nouns", frozenset())]
    if any(_sanctioned_for_a_wrong(o, kinds) for o in sanctions):
        return True
    return bool(sanctions) and any(_gives_the_reason(c, kinds) for c in pred.children if c.dep_.startswith("obl"))


#: The indefinite article, plural too (« annoncé des contrôles »: « des » as a determiner; the
#: « des » of « le départ des joueurs » is « de les », a case marker).
_INDEFINITE_DETERMINERS = _INDEFINITE_ARTICLES | {"des"}


def _marks_the_future(token: Token, future: frozenset[str], locutions: frozenset[str]) -> bool:
    """A word that sets what it belongs to in the future (``future_marks``: « sa prochaine
    visite », « demain »), or the last word of a two-word locution that does, read with the word
    before it as written (``future_locutions``: « la fermeture d'ici juin de 23 agences »)."""
    if token.lemma_.lower() in future or token.lower_ in future:
        return True
    return token.i > 0 and (token.doc[token.i - 1].text_with_ws + token.text).lower() in locutions


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos"})


def _is_own_coming_act(noun: Token, coming_act_nouns: frozenset[str]) -> bool:
    """« annoncé sa visite », « annonce leur retour »: a noun of a journey one makes (lexicon
    ``coming_act_nouns``) with a possessive — the announcer's own move, still to come
    (« annoncé son décès » reports what happened to someone: not such a noun)."""
    return noun.lemma_.lower() in coming_act_nouns and any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in noun.children)


def _is_bare_judgement(span: Span, pred: Token | None, kinds: dict[str, frozenset[str]]) -> bool:
    """A proposition without a verb that is an adjective (« Odieux ») or a few words with an
    evaluative one ("deeply disappointing")."""
    if not _VERB_TAGS.isdisjoint(pos_tags(span.doc)[span.start : span.end]):
        return False
    return (pred is not None and pred.pos_ == "ADJ") or (len(span) <= 3 and any(t.lower_ in kinds["evaluative"] for t in span))


def _admits_an_act(pred: Token, speech_verbs: frozenset[str]) -> bool:
    """The speaker tells of their own act, a perfect infinitive in the active voice without a
    subject of its own (« a avoué avoir tué deux hommes », « reconnaît avoir trompé le
    ministre », « affirme avoir voulu frapper les rebelles »): a wrong one admits or explains
    is no accusation. Having been wronged (« avoir été trompé par … ») accuses; a negated act
    denies (`_judgement_kind`)."""
    if pred.lemma_.lower() in speech_verbs:
        # (the claim opens with the cue: « avoué avoir tué … »)
        pred = next((c for c in pred.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), pred)
    if _is_negated(pred) or any(c.dep_.startswith("nsubj") for c in pred.children):
        return False
    auxiliaries = _auxiliaries(pred)
    if any(a.dep_ in ("aux:pass", "auxpass") for a in auxiliaries):
        return False
    return any(a.dep_.startswith("aux") and a.lemma_.lower() in ("avoir", "être") and "Inf" in morph_get(a, "VerbForm", []) for a in auxiliaries)


def _shifts_the_blame(pred: Token, kinds: dict[str, frozenset[str]]) -> bool:
    """« rejeter la faute sur les rebelles », « rejette la responsabilité de la crise sur ses
    prédécesseurs »: a verb of rejecting whose object is the blame (lexicon ``blame_nouns``) and
    which puts it on someone (« sur ») lays the blame on them — an accusation, not a denial."""
    if pred.lemma_.lower() not in kinds["denial"]:
        return False
    blame = [c for c in pred.children if c.dep_ in ("obj", "dobj") and c.lemma_.lower() in kinds.get("blame_nouns", frozenset())]
    # (the parser hangs « sur les rebelles » from the verb or from the blame noun)
    return any(any(g.dep_ == "case" and g.lower_ == "sur" for g in c.children) for b in blame for c in (*pred.children, *b.children) if c.pos_ in ("NOUN", "PROPN", "PRON"))


def _act_kind(cue: str, pred: Token | None, span: Span | None, kinds: dict[str, frozenset[str]], accused_here: bool, speech_verbs: frozenset[str] = frozenset()) -> str | None:
    """The kind the speech act gives: a denial, accusation or call-to-action cue, or an
    accusation found in the statement when the proposition says the wrong; None otherwise."""
    if cue in kinds["denial"]:
        return "accusation" if pred is not None and _shifts_the_blame(pred, kinds) else "denial"
    if cue in kinds["accusation"]:
        return "denial" if pred is not None and _denounces_the_charge(pred, kinds) else "accusation"
    if cue in kinds["call_to_action"]:
        # A call is one though what it calls for names a wrong (« X a condamné l'attaque et
        # appelé à juger les auteurs du massacre »: the condemnation accuses, the call calls).
        return "call_to_action"
    if pred is not None and _denies_in_its_own_verb(pred, kinds):
        return "denial"  # « son avocat a indiqué qu'il niait toute implication »: a neutral cue
    # (a demand that the accused stop, « X doit cesser ses attaques », is a call to action)
    if accused_here and not (pred is not None and (_is_agentless_passive(pred) or _is_obligation(pred, kinds["obligation_modals"]) or _admits_an_act(pred, speech_verbs))) and (
        span is None or _has_word(span.doc, span.start, span.end, kinds["wrongdoing"])
    ):
        # The accusation found in the statement: the propositions that say the wrong (not a
        # description of the accused, « X est un Américain né en 1986 »); a proposition that
        # says it in the negative rejects it (« nous n'avons commis aucune faute »).
        return "denial" if span is not None and _denies_every_wrong(span, kinds["wrongdoing"]) else "accusation"
    return None


def _denounces_the_charge(pred: Token, kinds: dict[str, frozenset[str]]) -> bool:
    """What a verb of accusing denounces is the charge itself (lexicon ``denounced_charges``:
    « dénonce des accusations sans fondement », « a dénoncé un dossier monté de toutes pièces »):
    the speaker rejects the charge, a denial. ``pred`` is the denounced noun (a fragment quoted
    after its cue) or the verb of accusing that opens the claim."""
    thing = next((c for c in pred.children if c.dep_ in ("obj", "dobj")), None) if verb_lemma(pred, kinds["accusation"]) is not None else pred
    return thing is not None and thing.pos_ == "NOUN" and _names_a_wrong(thing, kinds.get("denounced_charges", frozenset()))


def _denies_in_its_own_verb(pred: Token, kinds: dict[str, frozenset[str]]) -> bool:
    """The statement's main verb denies, in any person or tense, not negated: a verb that
    denies whatever it takes (« il nie toute implication », « elle dément avoir signé »,
    lexicon ``outright_denial``), or one of contesting or rejecting whose object is what was
    charged or asserted (« mon client conteste les faits », « rejette les accusations »,
    ``disputed_things``) — a bill or a decision rejected is no denial, nor blame laid on
    someone else (`_shifts_the_blame`)."""
    lemma = verb_lemma(pred, kinds["denial"]) if pred.pos_ == "VERB" else None  # (« conteste » left as it is)
    if lemma is None or _is_negated(pred) or _shifts_the_blame(pred, kinds):
        return False
    if lemma in kinds.get("outright_denial", frozenset()):
        return True
    disputed = kinds.get("disputed_things", frozenset())
    return any(c.dep_ in ("obj", "dobj") and (c.lemma_.lower() in disputed or c.lower_ in disputed) for c in pred.children)


def _names_a_wrong(token: Token, wrongdoing: frozenset[str]) -> bool:
    return token.lemma_.lower() in wrongdoing or token.lower_ in wrongdoing


def _denies_every_wrong(span: Span, wrongdoing: frozenset[str]) -> bool:
    """Every word of wrongdoing in the proposition is negated, itself or the clause it heads
    (« nous n'avons commis aucune faute », « il n'a jamais menti »)."""
    if not _has_word(span.doc, span.start, span.end, wrongdoing):
        return False  # (no word of wrongdoing: no Token per word)
    wrongs = [t for t in span if t.lemma_.lower() in wrongdoing or t.lower_ in wrongdoing]
    return bool(wrongs) and all(_is_negated(t) or _is_negated(t.head) for t in wrongs)


def _states_a_belief(pred: Token, belief_verbs: frozenset[str]) -> bool:
    """What someone believes, a belief verb with what is believed as a clause or a prepositional
    complement (« il croyait au progrès », « elle pense que … »): a conviction. With a plain
    object the verb has another sense (« juger deux personnes », « souhaiter une bonne année »)."""
    return (
        pred.pos_ == "VERB"
        and pred.lemma_.lower() in belief_verbs
        and "Pass" not in morph_get(pred, "Voice", [])
        and any(c.dep_ in ("ccomp", "obl:arg") for c in pred.children)
    )


def _is_scheduled(pred: Token, time_words: frozenset[str]) -> bool:
    """« devrait » with a date or a time: conditional devoir whose infinitive is set at a time
    (« le trafic devrait reprendre vendredi », « le site devrait être fermé à l'automne
    prochain ») states what is expected to happen then, not what ought to be done."""
    if pred.lemma_.lower() != "devoir" or not _is_conditional(pred):
        return False
    for verb in (c for c in pred.children if c.dep_ == "xcomp"):
        for complement in verb.children:
            per = any(c.dep_ == "case" and c.lower_ == "par" for c in complement.children)  # a rate: « par an »
            if complement.dep_.startswith("obl") and _is_time(time_words, complement) and not per:
                return True
    return False


def _predicate_kind(pred: Token | None, cue: str, lexicon: Lexicon) -> str:
    """The kind the main predicate gives (after the speech act): call to action, prediction,
    then `_judgement_kind`."""
    kinds = lexicon.claim_kinds
    if pred is None:
        if cue in kinds["prediction"]:
            return "prediction"
        return "opinion" if _judging_cue(cue, lexicon) else "factual_assertion"
    if _is_scheduled(pred, union(lexicon.time_words, kinds.get("time_nouns", frozenset()))):
        return "prediction"
    if _is_obligation(pred, kinds["obligation_modals"]) or _addresses_the_audience(pred) or _gives_advice(pred, kinds.get("advice", frozenset())):
        return "call_to_action"
    if _demands_a_thing(pred, kinds.get("demand_verbs", frozenset()), kinds.get("knowing_verbs", frozenset())) or _sets_a_task(pred) or _is_imperative(pred):
        return "call_to_action"
    wish = kinds.get("wish_verbs", frozenset())
    if _wants_it_done(pred, wish) or (pred.dep_ == "ccomp" and _wants_it_done(pred.head, wish)):
        # (the wanted clause cut from its cue: « le maire souhaite que le chantier soit suspendu »)
        return "call_to_action"
    timely = union(lexicon.time_words, kinds.get("time_nouns", frozenset()), kinds.get("future_marks", frozenset()))
    if _is_speculation(pred, timely):
        # « il pourrait être intéressant »: the attribute, not the modal, is what is said.
        pred = next((c for c in pred.children if c.dep_ == "xcomp" and c.lemma_.lower() != "être"), pred)
        foretold = False
    else:
        foretold = _is_future(pred) or _is_reported_future(pred, cue, lexicon)
    intention = kinds.get("intention", frozenset())
    if cue in kinds["prediction"] or foretold or _states_an_intention(pred, intention, kinds["prediction"]) or _declares_readiness(pred, kinds.get("readiness", frozenset())):
        return "prediction"
    if _declares_an_intention(pred, kinds, lexicon.speech_verbs) or _considers_a_step(pred, kinds.get("considered_steps", frozenset())):
        return "prediction"
    if cue in intention and _is_bare_infinitive(pred):
        return "prediction"  # « s'est engagée à développer … », « compte se représenter »: what the speaker will do
    kind = _judgement_kind(pred, cue, lexicon)
    announced = [c for c in pred.children if c.dep_ == "xcomp"] if pred.lemma_.lower() in kinds["announcement"] else [pred]
    if kind == "factual_assertion" and cue in kinds["announcement"] and any(_is_bare_infinitive(v) for v in announced):
        return "prediction"  # « a annoncé tester l'appareil », "announced to leave": an intended act
    return kind


def _demands_a_thing(pred: Token, demand_verbs: frozenset[str], knowing_verbs: frozenset[str] = frozenset()) -> bool:
    """The speaker wants or expects a thing, or wants someone to act (lexicon ``demand_verbs``:
    « nous voulons la démission du préfet », « je veux que le maire s'explique », « nous
    attendons des excuses », "we want answers"), or wants to know what others hold back
    (``knowing_verbs``: « nous voulons savoir qui a signé »): a demand, a call to action. The
    speaker is the subject, in the first person or left out of an infinitive its reporting verb
    governs (« a dit attendre des réponses »). Wanting to do something oneself is an intention
    (`_states_an_intention`); a negated or past want demands nothing, and a number expected is a
    forecast (« nous attendons 3 000 visiteurs »)."""
    # (the morphologizer tags some imperfects present: « nous attendions »)
    if pred.lemma_.lower() not in demand_verbs or _is_negated(pred) or _is_past(pred) or _is_imperfect_form(pred):
        return False
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    if subject is None and not _is_bare_infinitive(pred) or subject is not None and subject.lower_ not in _FIRST_PERSON:
        return False
    if any(c.dep_.startswith("expl") for c in pred.children):
        return False  # (« nous nous attendons à une hausse »: a forecast)
    infinitives = [c for c in pred.children if c.dep_ == "xcomp"]
    if infinitives:
        return all(c.lemma_.lower() in knowing_verbs for c in infinitives)
    return any(
        (c.dep_ in ("obj", "dobj") or c.dep_ == "obl:arg" and not any(g.dep_ == "case" and g.lower_ in _ADDRESSEE_CASES for g in c.children))
        and c.pos_ in ("NOUN", "PROPN") and not any(_is_quantity(g) for g in c.children)
        or (c.dep_ == "ccomp" and c.i > pred.i)
        for c in pred.children
    )


#: Object pronouns joined to an imperative (« jugez-moi », « laissez-les », « dites-le »).
_OBJECT_CLITICS = frozenset({"-moi", "-toi", "-le", "-la", "-les", "-lui", "-leur", "-nous", "-vous", "-en", "-y"})


def _is_imperative(pred: Token) -> bool:
    """A verb in the imperative, without a subject (« jugez-moi sur mon travail », « ne signez
    rien », « votons contre ce texte »): the speaker tells the audience what to do, a call to
    action — whatever the verb itself says (a verb of judging, an object that names a wrong)."""
    # (the parser takes the pronoun after the verb for its subject: « jugez-moi »)
    if "Fin" not in morph_get(pred, "VerbForm", []) or any(c.dep_.startswith("nsubj") and c.lower_ not in _OBJECT_CLITICS for c in pred.children):
        return False
    # (the morphologizer often tags the imperative indicative: a second person, or a first
    # person plural, without a subject can only be one)
    person, number = morph_get(pred, "Person", []), morph_get(pred, "Number", [])
    return "Imp" in morph_get(pred, "Mood", []) or "2" in person or ("1" in person and "Plur" in number)


def _wants_it_done(pred: Token, wish_verbs: frozenset[str]) -> bool:
    """A verb of wanting with a clause or a thing (lexicon ``wish_verbs``: « le maire souhaite
    que la taxe soit supprimée », « ils veulent que l'usine reste ouverte », « la famille
    souhaite des excuses »): the subjunctive or the thing says what someone wants others to do or
    to happen, a demand, whoever wants it. Not negated (« je ne veux pas que … » refuses) nor
    past (« il voulait que … » tells what was wanted then), nor a wish addressed to someone
    (« souhaite bonne chance à son rival », « je te souhaite le meilleur »: a greeting)."""
    if verb_lemma(pred, wish_verbs) is None or _is_negated(pred) or _is_past(pred):
        return False
    if any(c.dep_ == "ccomp" and c.i > pred.i and any(m.dep_ == "mark" and m.lower_ in _RESTRICTIVE for m in c.children) for c in pred.children):
        return True
    things = [c for c in pred.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"]
    # (the parser hangs the one addressed on the verb or on the thing: « la bienvenue aux habitants »)
    addressed = any(
        c.dep_ == "iobj" or c.dep_.startswith(("obl", "nmod")) and any(g.dep_ == "case" and g.lower_ in _ADDRESSEE_CASES for g in c.children)
        for head in (pred, *things) for c in head.children
    )
    return bool(things) and not addressed


def _sets_a_task(pred: Token) -> bool:
    """« il s'agit de reconstruire les écoles »: the impersonal « il s'agit de » with an
    infinitive says what is to be done, a call to action (with a noun it presents a thing,
    `_presented_thing`; in the past, « il s'agissait de … », it tells what the aim was)."""
    if _presented_thing(pred) is not None or not any(c.lower_ in ("se", "s'", "s’") for c in pred.children) or pred.lemma_.lower() != "agir":
        return False
    # (« agit » is a simple past too: the parser tags it so; only the imperfect and the perfect are past here)
    past = "Imp" in morph_get(pred, "Tense", []) or any(a.dep_ in ("aux", "aux:tense") for a in pred.children)
    if past or _is_negated(pred) or not any(c.dep_ == "expl:subj" for c in pred.children):
        return False
    return any(c.dep_ == "xcomp" and _is_bare_infinitive(c) and any(m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’") for m in c.children) for c in pred.children)


def _is_bare_infinitive(pred: Token) -> bool:
    """A present infinitive without subject or auxiliary (« tester l'observatoire »): an act
    still to be done; a perfect one (« avoir arrêté ») reports a done act."""
    return (
        pred.pos_ == "VERB"
        and "Inf" in morph_get(pred, "VerbForm", [])
        and not any(c.dep_.startswith("nsubj") or c.dep_.startswith("aux") for c in pred.children)
    )


def _denies_having_done(pred: Token) -> bool:
    """The speaker says they never did something (« je n'ai jamais touché cet argent », « nous
    n'avons jamais reçu d'ordre », "I never met him", reported: « il a assuré qu'il n'avait à
    aucun moment rencontré cet homme ») or did nothing of it (« nous n'avons rien caché »): a
    first-person subject, or a third-person pronoun (the speaker in reported speech),
    « jamais » / "never" / « à aucun moment » / « rien » on a verb in a past tense — the usual
    way to reject what one is said to have done."""
    # (a subject the parser hangs on the auxiliary; « rien » read as a subject is the object)
    subjects = [c for c in (*pred.children, *(d for a in pred.children if a.dep_.startswith("aux") for d in a.children)) if c.dep_.startswith("nsubj") and c.lower_ != "rien"]
    subject = subjects[0] if subjects else None
    if subject is None or subject.lower_ not in _FIRST_PERSON | _REPORTED_SELF or subject.lower_ == "on":
        return False
    # (« à aucun moment », « en aucun cas »: never)
    never = any(c.lower_ in ("jamais", "never") or (c.dep_.startswith("obl") and any(d.dep_ == "det" and d.lower_ in ("aucun", "aucune") for d in c.children)) for c in pred.children)
    # « nous n'avons rien caché », « je n'ai rien signé »: nothing done, the same rejection
    # (the parser may take « rien » before the participle for a subject)
    nothing_done = any(c.lower_ == "rien" and c.dep_ in ("obj", "dobj", "nsubj") for c in pred.children) and _is_negated(pred)
    if not (never or nothing_done):
        return False
    perfect = any(a.dep_.startswith("aux") and a.lemma_.lower() in ("avoir", "être", "have") for a in pred.children)
    return perfect or "Past" in morph_get(pred, "Tense", []) or "Imp" in morph_get(pred, "Tense", [])


#: The speaker in reported speech (« il a assuré qu'il n'avait jamais touché cet argent »).
_REPORTED_SELF = frozenset({"il", "elle", "ils", "elles", "he", "she", "they"})

_EXCESS = frozenset({"trop", "too"})


def _blames_an_excess(pred: Token) -> bool:
    """An agent said to be too much of something (« la mairie a été trop lente à réagir », « la
    police était trop brutale »): a named person, organisation or country as the subject of a
    copula with an adjective of excess — blame for how it acted."""
    if pred.pos_ != "ADJ" or not any(c.dep_ == "cop" for c in pred.children) or not any(c.lower_ in _EXCESS for c in pred.children):
        return False
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    return subject is not None and any(t.ent_type_ in _NAMED_AGENTS for t in subject.subtree)


def _qualifies_its_object(pred: Token, verbs: frozenset[str], evaluative: frozenset[str]) -> bool:
    """A verb that only says what its object makes of the subject (faire, constituer, revêtir,
    représenter) with a judged object (« ils font un travail fantastique », « revêt un caractère
    de grande urgence », « constitue une avancée majeure »): the judgement is the claim."""
    if pred.lemma_.lower() not in verbs or _is_negated(pred):
        return False
    objects = [c for c in pred.children if c.dep_ in ("obj", "dobj")]
    # (the judged noun may be the complement of a light head: « un caractère d'immense succès »)
    return any(_is_judged_noun(n, evaluative) for o in objects for n in (o, *(c for c in o.children if c.dep_ == "nmod")))


def _blame_construction(pred: Token, lexicon: Lexicon) -> str | None:
    """The kind a construction of blame or defence gives the proposition: « je n'ai jamais
    touché cet argent » (`_denies_having_done`) and « n'y être pour rien »
    (`_disclaims_any_part`) deny; « X est soupçonné de … » (`_is_suspected`) accuses."""
    if _denies_having_done(pred) or _disclaims_any_part(pred):
        return "denial"
    if _is_suspected(pred, lexicon.accuse_passive) or _names_a_suspect(pred, lexicon.accuse_passive) or _is_the_doing_of(pred) or _feigns(pred):
        return "accusation"
    if _held_as_a_suspect(pred, lexicon.accuse_passive) or _sanctioned_for_a_wrong(pred, lexicon.claim_kinds):
        return "accusation"
    if _alleges_a_payment(pred, lexicon.claim_kinds.get("receipt_verbs", frozenset()), lexicon.claim_kinds.get("currency_words", frozenset())):
        return "accusation"
    return None


def _alleges_a_payment(pred: Token, receipt_verbs: frozenset[str], currency_words: frozenset[str]) -> bool:
    """A person said, in the conditional perfect of hearsay, to have received money (lexicons
    ``receipt_verbs``, ``currency_words``: « il aurait touché 20 000 euros », « la sénatrice
    aurait perçu une prime de 8 000 euros »): the unconfirmed charge of an undue payment, an
    accusation. A plain past (« il a touché son salaire ») reports a payment; an organisation
    receiving a sum (« le club aurait reçu 5 millions d'euros ») makes a transaction."""
    if verb_lemma(pred, receipt_verbs) is None or _is_negated(pred):
        return False
    if not any(a.dep_ in ("aux", "aux:tense") and a.lemma_.lower() == "avoir" and _is_conditional(a) for a in pred.children):
        return False
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    if subject is None or not (subject.lower_ in _REPORTED_SELF or any(t.ent_type_ in ("PER", "PERSON") for t in subject.subtree)):
        return False
    return any(t.lower_ in currency_words for c in pred.children if c.dep_ in ("obj", "dobj", "obl", "obl:arg") for t in c.subtree)


#: The lemmas `_feigns` looks for: « feindre », and « faire » of « faire semblant », « faire comme si ».
_PRETENDING_LEMMAS = frozenset({"feindre", "faire"})


def _lemma_in_reach(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a word of ``token``'s subtree may have one of ``lemmas``: one of the words from its
    left edge to its right edge has (the subtree lies within them). Read from the per-Doc lemma
    list: the predicate tests that walk a clause's words can skip the clauses without one."""
    return not lemmas.isdisjoint(lemma_lowers(token.doc)[token.left_edge.i : token.right_edge.i + 1])


def _has_word(doc: Doc, lo: int, hi: int, words: frozenset[str]) -> bool:
    """Whether one of tokens [lo, hi) has its lemma or its lower-case form in ``words``, read from
    the per-Doc lists (no Token per word): the gate before a test that walks the words."""
    return not words.isdisjoint(lemma_lowers(doc)[lo:hi]) or not words.isdisjoint(lower_forms(doc)[lo:hi])


def _word_in_reach(token: Token, words: frozenset[str]) -> bool:
    """`_has_word` from ``token``'s left edge to its right edge (its subtree lies within them)."""
    return _has_word(token.doc, token.left_edge.i, token.right_edge.i + 1, words)


def _verb_lemma_in_reach(token: Token, verbs: frozenset[str]) -> bool:
    """`_lemma_in_reach` for `verb_lemma`: whether a word from ``token``'s left edge to its right
    edge is one of ``verbs`` by its lemma or by a regular inflection of its form."""
    if _lemma_in_reach(token, verbs):
        return True
    lowers = lower_forms(token.doc)
    return any(verb_lemma_of_form(low, verbs) is not None for low in lowers[token.left_edge.i : token.right_edge.i + 1])


def _feigns(pred: Token) -> bool:
    """Someone said to pretend (« le préfet fait comme s'il n'avait rien entendu », « il fait
    semblant de ne rien voir », « le gouvernement feint d'ignorer la colère »): the speaker
    charges them with bad faith — an accusation. Read in word order (the parser splits
    « faire semblant », « faire comme si » every way); not negated (« il ne fait pas semblant »)."""
    if not _lemma_in_reach(pred, _PRETENDING_LEMMAS):
        return False  # (asked of every claim: no Token per word of the clause for most)
    words = list(pred.subtree)
    for i, word in enumerate(words):
        lemma, after = word.lemma_.lower(), [w.lower_ for w in words[i + 1 : i + 3]]
        pretends = lemma == "feindre" or (lemma == "faire" and (after[:1] == ["semblant"] or after in (["comme", "si"], ["comme", "s'"], ["comme", "s’"])))
        if pretends and not any(w.lower_ in _NE or w.lower_ in _NEGATION for w in words[max(0, i - 2) : i + 2]):
            return True
    return False


def _is_the_doing_of(pred: Token) -> bool:
    """« être le fait de » someone (« ces graffitis sont le fait de deux lycéens », « les
    dégâts sont le fait de sangliers »): the phrase lays what happened at someone's door — an
    accusation. Not negated (« ce n'est pas le fait du hasard »), nor « un fait » (a fact)."""
    if pred.pos_ != "NOUN" or pred.lower_ != "fait" or _is_negated(pred) or not any(c.dep_ == "cop" for c in pred.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "le" for c in pred.children):
        return False
    return any(c.dep_ in ("nmod", "obl", "obl:arg") and c.pos_ in ("NOUN", "PROPN", "PRON") and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in c.children) for c in pred.children)


def _is_suspected(pred: Token, suspicion_verbs: frozenset[str]) -> bool:
    """Someone said to be suspected or accused (« trois employés sont soupçonnés d'avoir revendu
    les billets », "he is accused of fraud"): a passive of a verb of suspicion
    (lexicon ``accusation.passive_markers``), not negated — the suspicion is the claim."""
    if pred.lemma_.lower() not in suspicion_verbs and pred.lower_ not in suspicion_verbs:
        return False
    passive = "Pass" in morph_get(pred, "Voice", []) or any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in pred.children)
    return passive and not _is_negated(pred)


def _names_a_suspect(pred: Token, suspicion_verbs: frozenset[str]) -> bool:
    """A verbless statement naming someone suspected or accused (« trois adolescents soupçonnés
    de vols à l'étalage », "a man accused of arson"): the participle of suspicion on the noun is
    all it says — an accusation, as in the passive clause (`_is_suspected`)."""
    if pred.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "cop" for c in pred.children):
        return False
    return any(
        c.dep_ == "acl" and (c.lemma_.lower() in suspicion_verbs or c.lower_ in suspicion_verbs) and "Part" in morph_get(c, "VerbForm", []) and not _is_negated(c)
        for c in pred.children
    )


def _held_as_a_suspect(pred: Token, suspicion_verbs: frozenset[str]) -> bool:
    """A clause about someone held or sought, with a participle of suspicion on the verb or one of
    its complements (« deux frères ont été conduits au commissariat, soupçonnés d'avoir saboté
    une grue », « la police recherche un cycliste suspecté de vol »): the suspicion is what the
    statement brings — an accusation, as in the verbless statement (`_names_a_suspect`)."""
    if not _word_in_reach(pred, suspicion_verbs):
        return False
    # (on the subject, the participle describes who was held, « un homme soupçonné de vol a
    # été interpellé »: the statement reports the arrest)
    heads = [pred, *(c for c in pred.children if c.dep_ in _ARGUMENT_DEPS)]
    return any(
        c.dep_ in ("acl", "advcl") and (c.lemma_.lower() in suspicion_verbs or c.lower_ in suspicion_verbs) and "Part" in morph_get(c, "VerbForm", []) and not _is_negated(c)
        for head in heads
        for c in head.children
    )


def _sanctioned_for_a_wrong(pred: Token, kinds: dict[str, frozenset[str]]) -> bool:
    """A sanction with the reason it was given: in the passive of the sanctioned party (« le
    coureur a été suspendu deux ans pour dopage », « l'élu a été condamné pour avoir menti »;
    lexicon ``sanction_passives``) or as a noun (« a annoncé leur disqualification pour une
    faute de procédure »; ``sanction_nouns``). The reason is a wrong after « pour »
    (`_gives_the_reason`) or what the sanctioned party did, told in a relative clause
    (« l'arrestation de trois hommes qui préparaient un vol »): the statement holds that party
    to blame, an accusation. A sanction told without a reason (« vingt suspects ont été
    arrêtés ») reports an act. The parser may hang the cause on the duration or the penalty
    (« deux ans pour dopage »), so the complements' own modifiers are read too."""
    if _is_negated(pred):
        return False
    lemma = pred.lemma_.lower()
    if pred.pos_ == "NOUN" and lemma in kinds.get("sanction_nouns", frozenset()):
        complements = [c for c in pred.children if c.dep_ == "nmod"]
    elif lemma in kinds.get("sanction_passives", frozenset()) and any(c.dep_ in ("aux:pass", "auxpass") for c in pred.children):
        complements = [c for c in pred.children if c.dep_ in _ARGUMENT_DEPS or c.dep_ in ("nsubj:pass", "nsubjpass", "xcomp", "advcl")]
    else:
        return False
    causes = complements + [g for c in complements for g in c.children if g.dep_ == "nmod"]
    return any(_gives_the_reason(c, kinds) for c in causes) or any(_told_what_it_did(c) for c in complements)


def _gives_the_reason(cause: Token, kinds: dict[str, frozenset[str]]) -> bool:
    """What a sanction punishes, after « pour »: a word of wrongdoing (« pour dopage »), a past
    infinitive (« pour avoir triché »), or a particular act with its article (« pour un geste
    déplacé ») — not a length, a count or a reason that names no wrong (« pour deux matchs »,
    « pour un an », « pour des raisons de santé »: the accusation lexicon's ``neutral_reasons``, the
    causes no one is blamed for, which spare a dismissed party too)."""
    if not any(g.dep_ in ("case", "mark") and g.lower_ == "pour" for g in cause.children):
        return False
    if cause.lemma_.lower() in kinds["wrongdoing"] or cause.lower_ in kinds["wrongdoing"]:
        return True
    if cause.pos_ == "VERB":
        return any(g.dep_.startswith("aux") and g.lemma_.lower() in _PERFECT_AUXILIARIES | {"être"} for g in cause.children)
    return (
        cause.pos_ == "NOUN"
        and cause.lemma_.lower() not in union(kinds.get("time_nouns", frozenset()), accusation_words(cause.doc.lang_).neutral_reasons)
        and any(g.dep_ == "det" for g in cause.children)
        and not any(g.dep_ == "nummod" for g in cause.children)
    )


def _told_what_it_did(party: Token) -> bool:
    """A party with a relative clause of which it is the agent, telling an act, not a state
    (« trois hommes qui préparaient un vol »; not « les passagers qui étaient à bord »)."""
    return any(
        c.dep_ in _RELATIVE_DEPS and c.pos_ == "VERB" and not _is_stative(c) and any(g.dep_ == "nsubj" and g.lower_ == "qui" for g in c.children)
        for c in party.children
    )


def _disclaims_any_part(pred: Token) -> bool:
    """« n'y être pour rien » (« le maire n'y est pour rien », « nous n'y sommes pour rien dans
    cette affaire »): être with the clitic « y » and « pour rien » — having had no part in what
    happened, the usual French way to reject a responsibility."""
    if pred.lemma_.lower() != "être" or not any(c.lower_ == "y" for c in pred.children):
        return False
    return any(c.lower_ == "rien" and any(g.dep_ == "case" and g.lower_ == "pour" for g in c.children) for c in pred.children)


def _negates_or_corrects(pred: Token) -> bool:
    """The predicate is negated (« n'avaient aucune contrepartie ») or corrects with « et non »,
    « non pas » (« procède d'une stratégie et non d'un coup de tête »)."""
    # (a restriction answers too: « le rapport ne contenait que des chiffres publics »)
    return _is_negated(pred) or _is_restrictive(pred) or any(t.lower_ == "non" for c in pred.children for t in (c, *c.children))


def _sets_the_time(quantity: Token, time_nouns: frozenset[str]) -> bool:
    """A number that counts the time of an adverbial (« vingt ans après », « depuis trois mois »):
    when something is said, not a measure the statement gives (« un homme de 30 ans », « une
    peine de trois ans »: the duration completes a noun through « de »)."""
    head = quantity.head
    return _is_time(time_nouns, head) and not any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in head.children)


def _judging_cue(cue: str, lexicon: Lexicon) -> bool:
    """The cue itself reports a judgement: an opinion or belief verb (estimer, juger, regretter)
    or one of characterisation (lexicon ``characterisation``: « qualifie cette décision
    d'absurde », « décrit comme un homme discret »: a portrait is the speaker's view)."""
    kinds = lexicon.claim_kinds
    return cue in kinds["opinion"] or cue in lexicon.belief_verbs or cue in kinds.get("characterisation", frozenset())


def _cued_judgement(pred: Token, cue: str, lexicon: Lexicon) -> str | None:
    """The kind a judging cue gives (`_judging_cue`): opinion, accusation for a label of
    wrongdoing; None for an estimate of a figure (« X estime que le chômage a atteint 10 % »)
    or a portrait by measures (« décrit comme un homme de 30 ans »), which report a fact; a
    feeling about one (« s'est indigné que les salaires soient gelés depuis dix ans ») is no
    estimate, nor is a duration that sets the scene (« vingt ans après, c'est une grande
    découverte »)."""
    if not _judging_cue(cue, lexicon):
        return None
    kinds = lexicon.claim_kinds
    characterisation = kinds.get("characterisation", frozenset())
    if cue in characterisation and any(t.lemma_.lower() in kinds["wrongdoing"] or t.lower_ in kinds["wrongdoing"] for t in pred.subtree):
        return "accusation"  # « a qualifié l'attaque de crime de guerre »: the label blames
    time_nouns = union(lexicon.time_words, kinds.get("time_nouns", frozenset()))
    estimate = (cue in lexicon.belief_verbs or cue in characterisation) and any(
        _is_quantity(t) and not _sets_the_time(t, time_nouns) for t in (*pred.subtree, *_valuation(pred, cue))
    )
    return None if estimate else "opinion"


def _valuation(pred: Token, cue: str) -> list[Token]:
    """The figure the cue puts on its object, « à » and its amount (« estime à 12 millions
    d'euros les dégâts », « évalue les dégâts à trois millions »): the words of that
    complement of the cue, when the proposition is the cue's object. Empty otherwise."""
    verb = pred.head
    if pred.dep_ not in ("obj", "dobj") or verb_lemma(verb, frozenset({cue})) is None:
        return []
    return [t for c in verb.children if c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "à" for g in c.children) for t in c.subtree]


def _judgement_kind(pred: Token, cue: str, lexicon: Lexicon) -> str:
    """Denial, accusation or opinion from what the main predicate says (a connection denied, a
    rule kept, something called false, wrongdoing, an evaluation or emotion, a stance) or an opinion cue;
    else a factual assertion."""
    kinds = lexicon.claim_kinds
    if _denies_connection(pred, kinds["connection"]) or _claims_compliance(pred, kinds):
        return "denial"
    if not _is_negated(pred) and _calls_it_false(pred, kinds.get("falsehood", frozenset())):
        return "denial"
    wrongs = _wrongs_said_of_the_subject(pred, kinds["wrongdoing"])
    if wrongs and not _admits_an_act(pred, lexicon.speech_verbs):
        # "les rebelles sont des terroristes" accuses; "aucun lien avec le terrorisme" denies,
        # and so does a wrong negated in its own clause (« …, nous n'avons commis aucune faute »).
        return "denial" if _is_negated(pred) or all(_is_negated(t) for t in wrongs) else "accusation"
    stance = _blame_construction(pred, lexicon)
    if stance is not None:
        return stance
    if cue in kinds.get("rejoinder", frozenset()) and _negates_or_corrects(pred):
        # A negation said in answer or reassurance (« X a répondu que ces primes n'avaient aucune
        # contrepartie », « a assuré que le parking n'était pas trop petit »): the
        # speaker rejects what was said or suspected.
        return "denial"
    if _blames_an_excess(pred):
        return "accusation"
    if _states_a_condition(pred, kinds.get("condition_adjectives", frozenset())):
        return "factual_assertion"
    if _is_evaluation(pred, kinds["evaluative"]) or _judges_a_thing(pred, kinds["evaluative"]) or _voices_emotion(pred, kinds["emotions"]):
        return "opinion"
    if (
        _qualifies_its_object(pred, kinds.get("qualifying_verbs", frozenset()), kinds["evaluative"])
        or _characterises_this(pred) or _belittles(pred) or _judges_an_act(pred) or _seems_to(pred) or _rules_out_a_possibility(pred)
        or _reads_a_sign(pred, kinds.get("signification_verbs", frozenset()))
        or _marks_a_milestone(pred, kinds.get("milestone_verbs", frozenset()), kinds.get("milestone_nouns", frozenset()))
    ):
        return "opinion"
    presented = _presented_thing(pred)
    if presented is not None and _is_judged_noun(presented, kinds["evaluative"]):
        return "opinion"  # « il s'agit d'une décision absurde »: what it is, judged
    cued = _cued_judgement(pred, cue, lexicon)
    if cued is not None:
        return cued
    if _states_a_belief(pred, lexicon.belief_verbs):
        return "opinion"
    if pred.lemma_.lower() in kinds["evaluative_verbs"] and "Pass" not in morph_get(pred, "Voice", []):
        return "opinion"  # the proposition's own verb judges: « regretter les pertes »
    if (
        _takes_a_stance(pred, kinds.get("stance", frozenset()), kinds.get("stance_prepositions", frozenset()))
        or _judging_phrase(pred, kinds.get("judging_phrases", frozenset()))
        or _feels(pred, kinds.get("feeling_verbs", frozenset()))
        or _states_a_taste(pred, kinds.get("liking_verbs", frozenset()))
    ):
        return "opinion"
    return "factual_assertion"


#: « une procédure », « une autre procédure », « d'autres règles »: some rule, not the one in force.
_SOME_RULE = frozenset({"un", "une", "des", "autre", "autres"})
#: The dependents that carry a verb's complements (a rule complied with, the place or cause of a sanction).
_ARGUMENT_DEPS = ("obj", "dobj", "obl", "obl:arg", "obl:mod", "iobj")


def _claims_compliance(pred: Token, kinds: dict[str, frozenset[str]]) -> bool:
    """The statement says its subject keeps to a rule (« nos rejets respectent les normes », « le
    véhicule répond à toutes les exigences », « la patiente a été soignée selon la procédure »):
    a verb of compliance with a rule as its object (``compliance_verbs``, ``norm_nouns``), or a
    rule after « selon » / « conformément à » following the verb (``compliance_prepositions``:
    a rule put first, « selon la loi, … », sets a frame instead). In the affirmative it answers the
    charge of breaking the rule: a denial."""
    norms = kinds.get("norm_nouns", frozenset())
    if not norms or not _word_in_reach(pred, norms) or _is_negated(pred):
        return False
    # The rule in force, named definitely (« les normes », « le protocole »): « selon une autre
    # procédure » says how something was done, not that the rule was kept.
    complements = [
        c for c in pred.children
        if c.dep_ in _ARGUMENT_DEPS and (c.lemma_.lower() in norms or c.lower_ in norms) and not any(d.dep_ in ("det", "amod") and d.lower_ in _SOME_RULE for d in c.children)
    ]
    if pred.lemma_.lower() in kinds.get("compliance_verbs", frozenset()) and any(c.dep_ != "obl:mod" for c in complements):
        return True
    prepositions = kinds.get("compliance_prepositions", frozenset())
    return any(c.i > pred.i and any(g.lower_ in prepositions for g in c.children if g.dep_ in ("case", "advmod", "fixed")) for c in complements)


def _rules_out_a_possibility(pred: Token) -> bool:
    """« pouvoir » in the present, negated or restricted, with its infinitive, said of others
    (« les mêmes recettes ne peuvent pas sauver l'usine », « aucune menace ne peut nous faire
    reculer », « ce vote ne peut être lu que comme un désaveu »): the speaker judges what can
    or cannot be, no event reported. Not in a past tense (« le pont ne pouvait pas supporter
    ce poids » tells what happened), nor of the speaker (« je ne peux pas venir »: a refusal
    or an excuse, a fact about oneself)."""
    if pred.lemma_.lower() != "pouvoir" or not any(c.dep_ == "xcomp" for c in pred.children):
        return False
    if "Pres" not in morph_get(pred, "Tense", []) or _is_conditional(pred) or french_tense(pred) is not None:
        return False
    if not any(c.dep_.startswith("advmod") and c.lower_ in _NE for c in pred.children) and not _is_negated(pred):
        return False
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    return subject is None or subject.lower_ not in _SPEAKER_AS_SUBJECT


def _reads_a_sign(pred: Token, signification_verbs: frozenset[str]) -> bool:
    """A thing or an act read as the sign of something (lexicon ``signification_verbs``: « ce vote
    reflète une société divisée », « ces chiffres témoignent d'un malaise », « la réforme
    incarnait le renouveau »): what the speaker makes of it, an interpretation. Not with a
    clause (« l'enquête illustre que … » reports what was shown) nor said of oneself (« je
    témoigne de ce que j'ai vu »: a testimony)."""
    # (verb_lemma: the lemmatizer reads some forms as adjectives, « illustre »)
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        return False
    # (the verb may be the infinitive of an aspectual one: « continuent de refléter une époque »)
    for verb in (pred, *(c for c in pred.children if c.dep_ == "xcomp")):
        if verb_lemma(verb, signification_verbs) is None or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        # (the parser may take the adjective before the noun for the complement: « d'un profond ← malaise »)
        if any(c.dep_ in ("obj", "dobj", "obl:arg") and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in verb.children):
            return True
    return False


def _marks_a_milestone(pred: Token, milestone_verbs: frozenset[str], milestone_nouns: frozenset[str]) -> bool:
    """An event said to mark or open a stage in a history (lexicons ``milestone_verbs``,
    ``milestone_nouns``: « cet accord marque un tournant », « la victoire ouvre un nouveau
    chapitre »): what the speaker makes of its importance, an opinion. Read in word order: the
    parser often takes « marque » for a noun's modifier (« cet accord ← marque »)."""
    # (the verb misread as a modifier heads nothing: its noun phrase holds the words after it)
    top = pred.head if pred.dep_ == "amod" else pred
    if not _verb_lemma_in_reach(top, milestone_verbs):
        return False  # (asked of every claim: no Token per word of the clause for most)
    words = list(top.subtree)
    for i, word in enumerate(words):
        # (tagged a verb, or an adjective or noun without a determiner: « la marque » is the noun)
        if verb_lemma(word, milestone_verbs) is None or (word.pos_ not in ("VERB", "AUX") and (i == 0 or words[i - 1].pos_ == "DET")):
            continue
        noun = next((w for w in words[i + 1 :] if w.pos_ not in ("DET", "ADJ") and not w.is_punct), None)
        if noun is not None and noun.lemma_.lower() in milestone_nouns:
            return True
    return False


def _states_a_taste(pred: Token, liking_verbs: frozenset[str]) -> bool:
    """A verb of liking or disliking in the present (lexicon ``liking_verbs``: « le public n'aime
    pas les romans trop longs », « j'adore cette ville »): a taste, the holder's judgement. In a
    past tense it portrays what someone used to like (« il aimait pêcher »), a fact about them."""
    return verb_lemma(pred, liking_verbs) is not None and not _is_past(pred) and "Pass" not in morph_get(pred, "Voice", [])


def _judged_in_its_wording(kind: str, span: Span, kinds: dict[str, frozenset[str]]) -> bool:
    """A statement the wording makes a judgement: given as the speaker's view
    (`_in_the_speakers_view`), or naming one act as another (`_equates_two_acts`, where the
    conditional « serait » weighs a possible act and foretells nothing)."""
    if kind == "factual_assertion" and (_in_the_speakers_view(span, kinds.get("viewpoint_markers", frozenset())) or _sums_up_a_topic(span)):
        return True
    return kind in ("factual_assertion", "prediction") and _equates_two_acts(span)


_CE = frozenset({"c'", "c’", "ce"})
_NEGATION_WORDS = frozenset({"ne", "n'", "n’", "pas", "plus", "jamais"})


def _sums_up_a_topic(span: Span) -> bool:
    """A topic set off before « c'est » and what it comes down to (« les vieux tramways, c'est
    du passé », « la vraie solution, maintenant, c'est le vélo », « quand on ment aux électeurs,
    ce n'est plus de la politique »): the spoken French way of passing a verdict on something, an
    opinion. In the present only; « c'est » opening the sentence is most often a cleft
    (« c'est le maire qui a signé »), and a figure after it states a fact (« le suspect, c'est
    un homme de 30 ans »)."""
    if _CE.isdisjoint(lower_forms(span.doc)[span.start : span.end]):
        return False  # (asked of every claim: no Token per word for most)
    tokens = list(span)
    for i, token in enumerate(tokens[2:-2], start=2):
        if token.lower_ not in _CE or tokens[i - 1].lower_ != ",":
            continue
        after = tokens[i + 1 :]
        while after and after[0].lower_ in _NEGATION_WORDS:
            after = after[1:]
        if len(after) < 2 or after[0].lower_ not in ("est", "sont"):
            continue  # (in the past, « …, c'était la panique », it describes a scene)
        attribute = after[1:]
        while attribute and attribute[0].lower_ in _NEGATION_WORDS:
            attribute = attribute[1:]
        # (« du passé »: the partitive article is often tagged a preposition)
        if attribute and (attribute[0].pos_ in ("DET", "NOUN", "ADJ") or attribute[0].lower_ in ("du", "des")):
            return not any(_is_quantity(t) for t in attribute)
    return False


def _is_infinitive(token: Token) -> bool:
    return token.pos_ in ("VERB", "ADJ") and ("Inf" in morph_get(token, "VerbForm", []) or (token.pos_ == "VERB" and token.lower_ == token.lemma_.lower() and token.lower_.endswith(("er", "ir", "re"))))


def _equates_two_acts(span: Span) -> bool:
    """One act said to be another: an infinitive, then « être » and a bare infinitive (« vendre
    ces terrains serait céder à la facilité », « partir maintenant, c'est abandonner les
    habitants »): the speaker judges the first act by naming it as the second, an opinion. Matched
    on the words, since the parser builds this clause in many ways (the infinitive subject is
    often tagged an adjective)."""
    if "être" not in lemma_lowers(span.doc)[span.start : span.end]:
        return False  # (asked of every claim: no Token per word for most)
    tokens = list(span)
    for i, token in enumerate(tokens[1:-1], start=1):
        if token.lemma_.lower() != "être" or not _is_infinitive(tokens[i + 1]) or tokens[i + 1].lemma_.lower() in ("être", "avoir"):
            continue
        if any(_is_infinitive(t) for t in tokens[:i]):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words a phrase of ``phrases`` can start with, as ``_in_the_speakers_view`` joins
    words: its first space-separated word, or that word up to one of its apostrophes (« d' »
    of « d'après moi », joined to the next word without a space)."""
    words: set[str] = set()
    for phrase in phrases:
        first = phrase.split(" ", 1)[0]
        words.add(first)
        words.update(first[: k + 1] for k, character in enumerate(first) if character == "'")
    return frozenset(words)


def _in_the_speakers_view(span: Span, markers: frozenset[str]) -> bool:
    """An adverbial in the proposition that gives it as the speaker's own view (lexicon
    ``viewpoint_markers``: « à mon avis, ce pont coûte trop cher », « selon nous, … », « ce
    tableau est pour moi un chef-d'œuvre »): whatever it says, it is an opinion. Matched on the
    words, as the parser often hangs such a phrase on the quotation mark. « pour moi » also
    names who benefits (« il a cuisiné pour moi »): it marks a view only set off by a comma or
    after « être » (« est pour moi … »)."""
    words = [word.replace("’", "'") for word in lower_forms(span.doc)[span.start : span.end]]
    first_words = _first_words(markers)
    for start in range(len(words)):
        if words[start] not in first_words:
            continue  # (no marker starts with this word: the phrases from it need not be built)
        for end in range(start + 2, min(start + 6, len(words)) + 1):
            phrase = " ".join(words[start:end]).replace("' ", "'")
            if phrase not in markers:
                continue
            if not phrase.startswith("pour "):
                return True
            beside = [span[i] for i in (start - 1, end) if 0 <= i < len(span)]
            if any(t.lower_ == "," or t.lemma_.lower() == "être" for t in beside):
                return True
    return False


def _judging_phrase(pred: Token, phrases: frozenset[str]) -> bool:
    """A verb with the word that makes it a judgement (lexicon ``judging_phrases``: « le maire a
    raison de fermer la route », « il ne sert à rien de punir », « il importe peu que … », « n'a
    aucun intérêt à partir »): whether something is right, useful or matters is the speaker's
    view. The word is the predicate's dependent, or the predicate with the verb as its
    auxiliary (« a raison » is parsed raison ← a)."""
    lemma = pred.lemma_.lower()
    return any(f"{lemma} {c.lemma_.lower()}" in phrases or f"{lemma} {c.lower_}" in phrases or f"{c.lemma_.lower()} {lemma}" in phrases for c in pred.children)


_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def _feels(pred: Token, feeling_verbs: frozenset[str]) -> bool:
    """« se sentir » with how one feels (« les habitants se sentent abandonnés », « je me sens
    trahi »): a feeling, an opinion. The parser makes sentir the predicate or the auxiliary of
    the attribute; the reflexive pronoun sets it apart from perceiving (« sentir une odeur »)."""
    verbs = [pred, *(c for c in pred.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    felt = [v for v in verbs if v.lemma_.lower() in feeling_verbs]
    return bool(felt) and any(c.lower_ in _REFLEXIVE and c.dep_ != "nsubj" and c.i < felt[0].i for v in (pred, *felt) for c in v.children)


# --- about -----------------------------------------------------------------------------------


#: An `about` entry longer than this is a clause or an enumeration, not a thing.
_MAX_ABOUT_WORDS = 8
#: Dependents that complete a noun's reference (« le projet de loi », "the price of oil").
_NOUN_COMPLEMENTS = ("nmod", "nmod:poss", "prep")


def _noun_phrase(token: Token, text: str, is_time: Callable[[Token], bool] | None = None) -> str | None:
    """A short noun phrase headed by ``token``: its determiner, adjectives and complements when
    the whole stays short (at most six words), else the head with its determiner, adjectives and
    first noun complement (« le secrétariat d'État », not « le secrétariat »), else the head with
    its determiner and adjectives; never a coordinated second noun, a relative clause or the
    preposition before it."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    excluded = {
        t.i
        for c in token.children
        if c.dep_ in ("conj", "cc", "acl", "acl:relcl", "relcl", "advcl", "punct", "cop", "csubj")
        # A noun with its own subject or copula is an attribute: the clause is not a thing
        # (« partir serait une erreur », « cet article relève de la diffamation »).
        or c.dep_.startswith(("nsubj", "aux"))
        or (c.i > token.i and (c.pos_ == "ADV" or (is_time is not None and is_time(c))))  # « la piste l'an prochain »
        # A finite verb the parser hung from the noun is the clause's verb, no modifier of the
        # noun (« le smic augmentera de … » read as a smic that will rise: « le smic » is meant).
        or "Fin" in morph_get(c, "VerbForm", [])
        for t in c.subtree
    }
    words = [t for t in token.subtree if t.i not in excluded and not t.is_punct]
    if len(words) > 6:
        keep = {token.i} | {c.i for c in token.children if c.dep_ in ("det", "amod", "compound", "flat:name", "fixed")}
        complement = next((c for c in token.children if c.dep_ in _NOUN_COMPLEMENTS and c.i > token.i), None)
        if complement is not None:
            inner = [t for t in complement.subtree if t.i not in excluded and not t.is_punct]
            inner_excluded = {t.i for c in complement.children if c.dep_ not in ("case", "det", "amod", "compound", "flat:name", "fixed", "pobj") for t in c.subtree}
            inner = [t for t in inner if t.i not in inner_excluded]
            if len(keep) + len(inner) <= 6:
                keep |= {t.i for t in inner}
        words = [t for t in words if t.i in keep]
    # The text runs from the first word to the last: a word left out between them (the verb
    # the parser hung from the noun, « cet article relève de la diffamation ») ends the phrase.
    doc = token.doc
    kept = {t.i for t in words}
    verbs = [k for k in range(token.i + 1, words[-1].i if words else token.i) if k not in kept and doc[k].pos_ in ("VERB", "AUX") and "Fin" in morph_get(doc[k], "VerbForm", [])]
    words = [t for t in words if not verbs or t.i < verbs[0]]
    while words and (words[0].dep_ == "case" or (words[0].dep_ == "mark" and words[0].i < token.i)):
        words = words[1:]
    if not words:
        return None
    return text[words[0].idx : words[-1].idx + len(words[-1].text)]  # (Doc.text rebuilds the string)


def _referent(token: Token, light_nouns: frozenset[str]) -> Token | None:
    """The noun a subject or object refers to: the noun itself, or the complement of a light
    noun that only measures or frames it (« le nombre de victimes » → victimes, « la fin du
    conflit » → conflit, "the number of victims"); None for a light noun without complement."""
    for _ in range(3):
        if lemma_lowers(token.doc)[token.i] not in light_nouns and lower_forms(token.doc)[token.i] not in light_nouns:
            return token
        complement = _complement_noun(token)
        if complement is None:
            return None
        token = complement
    return token


def _complement_noun(token: Token) -> Token | None:
    """The noun of the first complement after ``token`` (« le nombre de victimes » → victimes,
    "the number of victims" → victims), None when it has none."""
    complement = next((c for c in token.children if c.dep_ in _NOUN_COMPLEMENTS and c.i > token.i), None)
    if complement is not None and complement.dep_ == "prep":  # English: the noun is the preposition's object
        return next((c for c in complement.children if c.dep_ == "pobj"), None)
    return complement


def _name_key(lexicon: Lexicon, name: str) -> str:
    """A name compared without case, leading determiners or titles ("le Président Roy" = "Roy")."""
    return _name_key_without(lexicon.determiners, lexicon.titles, name)


@functools.lru_cache(maxsize=1 << 16)
def _name_key_without(determiners: frozenset[str], titles: frozenset[str], name: str) -> str:
    """`_name_key`, remembered: every claim compares the same few names many times."""
    words = name.lower().replace("’", "'").split()
    while words and (words[0] in determiners or words[0].rstrip("'") + "'" in determiners or words[0] in titles):
        words = words[1:]
    return " ".join(words)


def canonical_names(analysis: DocAnalysis, lexicon: Lexicon) -> dict[str, str]:
    """Name key -> the canonical name: a capital the article makes a subject stands for its
    country (« Washington a imposé … » → États-Unis; not a place, « une réunion à La Havane »), a
    country form for the country, an alias of a speaker entity for the entity's full name."""
    key = partial(_name_key, lexicon)
    canonical = {key(capital): lexicon.capitals[capital] for capital in _capitals_as_subjects(analysis, lexicon)}
    canonical.update(_countries_by_form_key(lexicon))
    canonical.update({key(alias): e.name for e in analysis.registry.entities.values() for alias in (e.name, *e.aliases)})
    return canonical


#: Per lexicon (`built_once`; the keys read its determiners and titles too): each country
#: form's name key -> its country.
_COUNTRY_FORM_KEYS: dict[Hashable, tuple[Any, Any]] = {}


def _countries_by_form_key(lexicon: Lexicon) -> dict[str, str]:
    """`_name_key` of each of the lexicon's country forms -> its country, made once per lexicon
    (every article's `canonical_names` starts from it: four hundred keys per article)."""
    key = partial(_name_key, lexicon)
    return built_once(_COUNTRY_FORM_KEYS, lexicon, id(lexicon), lambda: {key(form): country for form, country in lexicon.country_forms.items()})


def _capitals_as_subjects(analysis: DocAnalysis, lexicon: Lexicon) -> set[str]:
    """The capitals the article names as the subject of a clause somewhere: there the city stands
    for its state's government (metonymy), which a place complement never does."""
    doc, text = analysis.doc, analysis.text
    found = set()
    for capital in _capitals_that_may_occur(text, lexicon.capitals):
        start = text.find(capital)
        while start >= 0 and capital not in found:
            span = doc.char_span(start, start + len(capital), alignment_mode="expand")
            if span is not None and span.root.dep_.startswith("nsubj"):
                found.add(capital)
            start = text.find(capital, start + 1)
    return found


#: Per capitals table (`built_once`): the pattern that finds, in one scan, the three characters
#: opening each place where a capital's first letter is written.
_CAPITAL_OPENINGS: dict[Hashable, tuple[Any, Any]] = {}


def _capitals_that_may_occur(text: str, capitals: dict[str, str]) -> list[str]:
    """The capitals whose first three characters ``text`` holds where one of their first letters
    is written (those shorter than three characters all): only these can be found in it. One
    scan of the text for all, where a search per capital (two hundred) cost more than the rest
    of the claims' naming."""
    def opening_pattern() -> re.Pattern[str]:
        first_letters = "".join(sorted({re.escape(capital[0]) for capital in capitals if capital}))
        return re.compile(f"(?=([{first_letters}].{{2}}))", re.DOTALL) if first_letters else re.compile("(?!)")

    openings = set(built_once(_CAPITAL_OPENINGS, capitals, id(capitals), opening_pattern).findall(text))
    return [capital for capital in capitals if len(capital) < 3 or capital[:3] in openings]


def title_holders(analysis: DocAnalysis, lexicon: Lexicon) -> dict[str, str]:
    """Title -> the full name of the one person of the article known to hold it (by a speaker's
    or accused party's role or alias: « la ministre des Sports Claire Dumont » → ministre →
    Claire Dumont); a title several people hold is left out."""
    holders: dict[str, set[str]] = {}
    for entity in analysis.registry.entities.values():
        if entity.kind != "person":
            continue
        for surface in (entity.role or "", *entity.aliases):
            for word in surface.lower().replace("’", "'").split():
                if word in lexicon.titles:
                    holders.setdefault(word, set()).add(entity.name)
    return {title: next(iter(names)) for title, names in holders.items() if len(names) == 1}


#: Articles, definite or not, that introduce a thing by its noun (« la compagnie X », « un groupe X »).
_ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "un", "une"})


def described_entities(analysis: DocAnalysis, canonical_names: dict[str, str], lexicon: Lexicon) -> dict[str, str]:
    """Common noun -> the named entity the article introduces with it (« la compagnie aérienne
    Air Exemple », « le dispositif Alerte-Orage »), which it then calls by the noun alone (« la
    compagnie »); a noun that introduces several entities is left out."""
    doc = analysis.doc
    key = partial(_name_key, lexicon)
    named: dict[str, set[str]] = {}
    for ent in analysis.registry.ents_in(0, len(doc)):
        if ent.label_ not in _ENTITY_LABELS or ent.start < 2:
            continue
        i = ent.start - 1
        while i > 1 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i -= 1  # (« la compagnie aérienne américaine … »)
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower or not noun.is_alpha or doc[i - 1].lower_ not in _ARTICLES:
            continue  # (« son ami X »: a relation of someone's, not what X is)
        if ent.root.head.i != noun.i and not ent.start <= noun.head.i < ent.end:
            continue  # the name belongs to another noun (« le ministre de la santé X »)
        name = _entity_name(ent)
        named.setdefault(noun.lower_, set()).add(canonical_names.get(key(name), name))
    return {noun: next(iter(names)) for noun, names in named.items() if len(names) == 1}


def is_listable(name: str) -> bool:
    """Whether a name can stand in a claim's `about` list: not a whole descriptive phrase or an
    enumeration (« X, l'actuel maire de la ville, ou bien Y »), which a misparse or a
    long speaker description yields."""
    return "," not in name and len(name.split()) <= _MAX_ABOUT_WORDS


#: A noun must recur this often to be the article's topic noun.
_TOPIC_NOUN_COUNT = 3


def article_topic_noun(analysis: DocAnalysis, lexicon: Lexicon) -> str | None:
    """The common noun the article repeats most (at least `_TOPIC_NOUN_COUNT` times: « chèque »
    in an article on cheques), not a light or time noun; None when none recurs that often."""
    skip = lexicon.claim_kinds.get("light_nouns", frozenset()) | lexicon.claim_kinds.get("time_nouns", frozenset()) | lexicon.time_words
    counts: dict[str, int] = {}
    doc = analysis.doc
    tags, lemmas, lowers = pos_tags(doc), lemma_lowers(doc), lower_forms(doc)  # (per-Doc lists: no lookup per token)
    starts, ends = token_bounds(doc)
    for token in analysis.tokens:  # (the Tokens made once per document)
        i = token.i
        if tags[i] == "NOUN" and ends[i] - starts[i] > 2 and not token.is_stop:
            lemma = lemmas[i]
            if lemma not in skip and lowers[i] not in skip:
                counts[lemma] = counts.get(lemma, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= _TOPIC_NOUN_COUNT else None


def topic_noun_name(analysis: DocAnalysis, lexicon: Lexicon, noun: str | None, canonical_names: dict[str, str]) -> str | None:
    """How the article names its topic noun: the named entity of several words it heads, when
    one does (« le lycée » of an article on « le lycée Hélène Carrel », « la tapisserie » of « la
    Tapisserie de Valbonne », « gilet » of « les Gilets verts »: the article names it once and
    then by its head noun alone, and annotators name the entity), else the noun itself."""
    if noun is None:
        return None
    key = partial(_name_key, lexicon)
    lemmas = lemma_lowers(analysis.doc)
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for ent in analysis.registry.ents_in(0, len(analysis.doc)):
        first = next((t for t in ent if t.pos_ != "DET"), None)
        if ent.label_ in _ENTITY_LABELS and len(ent) > 1 and first is not None and lemmas[first.i] == noun:
            name = _entity_name(ent)
            name = canonical_names.get(key(name), name)
            counts[key(name)] = counts.get(key(name), 0) + 1
            names.setdefault(key(name), name)
    if not counts:
        return noun
    return names[max(counts, key=lambda k: (counts[k], len(k)))]


def article_topic(analysis: DocAnalysis, lexicon: Lexicon, canonical_names: dict[str, str], channels: frozenset[int] = frozenset()) -> str | None:
    """The article's topic: the named entity it mentions most (at least three times), under its
    canonical name; None when no entity stands out. One named only as the ``channels``
    statements were made through (« a déclaré à l'AFP », « a dit à l'AFP ») is not it: a wire
    story names its agency over and over without being about it (nor do its datelines count:
    the registry leaves them out)."""
    key = partial(_name_key, lexicon)
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    outside_channels: set[str] = set()
    for ent in analysis.registry.ents_in(0, len(analysis.doc)):
        if ent.label_ not in _ENTITY_LABELS:
            continue
        text = _entity_name(ent)
        name = canonical_names.get(key(text), text)
        k = key(name)
        if k:
            counts[k] = counts.get(k, 0) + 1
            names.setdefault(k, name)
            if ent.start not in channels:
                outside_channels.add(k)
    counts = {k: n for k, n in counts.items() if k in outside_channels}
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return names[best] if counts[best] >= 3 else None


def _entity_name(ent: Span) -> str:
    """A named entity with the adjectives that follow it and belong to its name (« les Gilets
    jaunes », « les Casques bleus »), which the recogniser often leaves out: lowercase adjectives
    right after the entity that modify its last word."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and (t := doc[end]).pos_ == "ADJ" and t.dep_ == "amod" and t.head.i == ent.end - 1 and t.is_lower:
        end += 1
    return span_text(ent if end == ent.end else ent.doc[ent.start : end])


@functools.lru_cache(maxsize=1 << 14)
def _about_form(name: str) -> str:
    """A name as `_AboutList.add` lists it: no stray marks, spaces made single, cut before an
    aside or an enumeration (remembered: a claim's names recur across the article)."""
    return _ASIDE.split(" ".join(_STRAY.sub("", name).split()))[0].strip(" .,;:!?-–—'’")


@functools.lru_cache(maxsize=1 << 14)
def _description_words(name: str) -> tuple[str, ...]:
    """The lower-case words of ``name`` without an elided « l' » (« l'usine » → usine), as
    `_AboutList.add` reads a noun alone (remembered per name: names recur across claims)."""
    return tuple(_ELIDED_THE.sub("", name.lower()).split())


@functools.lru_cache(maxsize=1 << 14)
def _spaced_words(key: str) -> str:
    """" w1 w2 … " of a name key's words: `_AboutList.add` finds a name inside a longer one by
    comparing these strings (remembered per key: each name offered is compared with every name
    found)."""
    return " " + " ".join(_WORD.findall(key)) + " "


@functools.lru_cache(maxsize=1 << 14)
def _opens_with(first_words: frozenset[str], name: str) -> bool:
    """Whether ``name``'s first word, lower-cased, is one of ``first_words`` (remembered:
    `_AboutList.has_room` asks it of every name found, each time a name is offered)."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in first_words


class _AboutList:
    """The things a claim is about, in order, each once: names are compared by `_name_key`,
    replaced by their canonical name, and the claimant's own names are left out."""

    def __init__(
        self, lexicon: Lexicon, canonical_names: dict[str, str], speaker_names: set[str], title_holders: dict[str, str] | None = None, descriptions: dict[str, str] | None = None
    ) -> None:
        self.key = partial(_name_key, lexicon)
        self.title_holders = title_holders or {}
        self.descriptions = descriptions or {}
        self.determiners = lexicon.determiners
        self.vague = lexicon.claim_kinds.get("vague_determiners", frozenset())
        self.canonical = canonical_names
        self.speakers = {self.key(n) for n in speaker_names} - {""}
        self.found: list[str] = []
        self.seen: set[str] = set()

    def is_vague(self, name: str) -> bool:
        """A noun phrase that opens with an indefinite, possessive, demonstrative or quantifying
        determiner (« une solution durable », « sa réforme », « cette décision », « aucun
        intérêt »): it names no particular thing the way a name or « la taxe carbone » does,
        and annotators seldom list it."""
        return _opens_with(self.vague, name)

    def has_room(self) -> bool:
        """Fewer than three things found, vague phrases left out of the count (`is_vague`):
        a later name may still take a vague phrase's place."""
        return sum(1 for name in self.found if not self.is_vague(name)) < 3

    def chosen(self) -> list[str]:
        """The three things kept, in the order found: the definite ones first, vague phrases
        only while there is room."""
        definite = [name for name in self.found if not self.is_vague(name)][:3]
        vague = [name for name in self.found if self.is_vague(name)][: 3 - len(definite)]
        return [name for name in self.found if name in definite or name in vague]

    def add_claimant(self, name: str) -> None:
        """The claimant itself, when the claim is about it (it is otherwise left out)."""
        self.found.append(name)
        self.seen.add(self.key(name))

    def add(self, name: str | None) -> None:
        """Add a name unless it is empty, too long, the claimant or one already found."""
        # A phrase running on past a comma or an opening parenthesis (« toute la France, dont
        # l'Alsace », « Lima (Pérou) ») names what is before it; the rest is an aside or an
        # enumeration.
        name = _about_form(name or "")
        k = self.key(name)  # (the key of ``name`` as it stands, read again below only when it changes)
        if name and not k:
            # A title alone (« la ministre », « le président »): the one person of the article who
            # holds it, by the canonical name; nothing when none or several do.
            name = next((self.title_holders[w] for w in reversed(name.lower().split()) if w in self.title_holders), "")
            k = self.key(name)
        description = _description_words(name)
        if description and description[-1] in self.descriptions and all(w in self.determiners for w in description[:-1]):
            # A noun alone that the article introduced a named entity with (« la compagnie »
            # after « la compagnie aérienne Air Exemple »): that entity.
            name = self.descriptions[description[-1]]
            k = self.key(name)
        if not name or not k:
            return
        full = self.canonical.get(k, name)
        if is_listable(full) and full != name:
            name = full
            k = self.key(name)
        if len(name.split()) > _MAX_ABOUT_WORDS:
            return
        if not k or k in self.seen:
            return
        key_words, spaced_key = k.split(" "), f" {k}"
        if any(sp == k or sp in key_words or f" {sp}" in spaced_key for sp in self.speakers):
            return
        # A name inside a longer one found too is one thing (« État » / « l'État islamique »,
        # « Bretagne » / « les agriculteurs de Bretagne »): the longer, more specific one is
        # kept, in the shorter one's place, and leaves room for another.
        words = _spaced_words(k)
        for i, other in enumerate(self.found):
            other_words = _spaced_words(self.key(other))
            if other_words in words:
                self.seen.add(k)
                self.found[i] = name
                return
            if words in other_words:
                return
        self.seen.add(k)
        self.found.append(name)


def _is_aside(time_nouns: frozenset[str], channel: frozenset[int], locutions: frozenset[str], token: Token) -> bool:
    """A date, a duration (`_is_time`), a word of the statement's ``channel`` (`channel_of`) or
    the noun of an adverbial locution (`_in_an_adverbial_locution`): when or how it was said,
    not what about."""
    return token.i in channel or _is_time(time_nouns, token) or _in_an_adverbial_locution(token, locutions)


def _in_an_adverbial_locution(token: Token, locutions: frozenset[str]) -> bool:
    """The noun of a fixed adverbial phrase, read with its preposition, determiner and adjectives
    (« en effet », « d'abord », « à plusieurs reprises », « avec effet immédiat »; lexicon
    ``adverbial_locutions``): the phrase says how or when, it names nothing the claim is about."""
    if not locutions or token.pos_ not in ("NOUN", "PROPN", "ADV"):
        return False
    if not _may_be_in_a_locution(locutions, token.text.lower().replace("’", "'")):
        return False  # (most nouns: no Token per child, no phrase text)
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("case", "det", "amod", "nummod", "fixed")]
    after = [c for c in token.children if c.i > token.i and c.dep_ == "amod"]
    first, last = min([token, *before], key=lambda t: t.i), max([token, *after], key=lambda t: t.i)
    phrase = span_text(token.doc[first.i : last.i + 1]).lower().replace("’", "'")
    return phrase in locutions


@functools.lru_cache(maxsize=1 << 14)
def _may_be_in_a_locution(locutions: frozenset[str], word: str) -> bool:
    """Whether ``word`` (a token's lower-case form, ’ read as ') occurs inside one of the
    ``locutions``: a gate of `_in_an_adverbial_locution`, asked of every noun of every claim.
    Exact: the phrase that test compares with the locutions holds the token's own text, so a
    word found in none of them can head none (remembered per word: nouns recur)."""
    return any(word in locution for locution in locutions)


#: A clock time written the French way (« 9h50 », « 21h », « 17 h 30 » is three words).
_CLOCK_TIME = re.compile(r"^\d{1,2}h(?:\d{2})?$")


def _is_time(time_nouns: frozenset[str], token: Token) -> bool:
    """A date, a duration or a clock time (« l'an prochain », « d'ici cinq ans », « à 9h50 »):
    when, not what about (the French recogniser tags no dates or times)."""
    doc, i = token.doc, token.i
    low = lower_forms(doc)[i]
    return token.ent_type_ in ("DATE", "TIME") or lemma_lowers(doc)[i] in time_nouns or low in time_nouns or _CLOCK_TIME.match(low) is not None


def _arguments(heads: list[Token], deps: tuple[str, ...], light_nouns: frozenset[str]) -> list[Token]:
    """The nouns the heads' dependents of ``deps`` refer to (`_referent`), in order."""
    out = []
    for head in heads:
        doc = head.doc
        labels, children = dep_labels(doc), children_indices(doc)
        for child in children[head.i]:
            if labels[child] in deps or (deps is _SUBJECT_DEPS and labels[child].startswith("nsubj")):
                argument = next((doc[c] for c in children[child] if labels[c] == "pobj"), None) if labels[child] == "prep" else doc[child]
                referent = _referent(argument, light_nouns) if argument is not None else None
                if referent is not None:
                    out.append(referent)
    return out


#: The order in which the proposition's other nouns are considered: arguments first.
_NOUN_ORDER = {d: i for i, d in enumerate(("nsubj", "nsubj:pass", "obj", "dobj", "obl:arg", "obl", "obl:mod", "pobj", "nmod"))}


def _about(
    span: Span,
    analysis: DocAnalysis,
    lexicon: Lexicon,
    canonical_names: dict[str, str],
    speaker_names: set[str],
    accused: list[str],
    statement: Span | None = None,
    speaker_name: str | None = None,
    topic: str | None = None,
    speaker_institution: str | None = None,
    topic_noun: str | None = None,
    speaker_controls: bool = False,
    reported: bool = False,
    channel: frozenset[int] = frozenset(),
    title_holders: dict[str, str] | None = None,
    descriptions: dict[str, str] | None = None,
) -> list[str]:
    """Up to three things the proposition is about, in this order: the claimant when it is the
    subject (« je », « nous », or the unexpressed subject of an infinitive content, « X affirme
    être le mieux placé », unless ``speaker_controls`` is off: a call's infinitive is the
    addressee's act), the accused parties it names, its named entities (the entity's
    canonical name when the article gives one), the nominal subject of its main predicate
    (through a light noun to its complement: « le nombre de victimes » → victimes), the
    article's topic (`article_topic`), the predicate's object, the countries of its
    nationality adjectives, the predicate's other nominal complements, the claimant when a
    first-person word names it (« mon engagement »; in reported words ``reported`` also « son »,
    « leur »: « X annonce la fermeture de son compte »), then, while fewer than three, the
    proposition's other nouns, the entities of the rest of the statement, then those of the
    sentence that reports it (the speaker left out); never a date or
    a duration, nor the ``channel`` the statement was made through (`channel_of`). A name inside a longer one found too counts once, as the longer. The claimant
    is otherwise left out. (On French news the article's topic is what annotators name about
    twice as often as the predicate's object, so it comes before it.)"""
    about = _AboutList(lexicon, canonical_names, speaker_names, title_holders, descriptions)
    light_nouns = lexicon.claim_kinds.get("light_nouns", frozenset())
    is_time = partial(
        _is_aside, union(lexicon.time_words, lexicon.claim_kinds.get("time_nouns", frozenset())), channel, lexicon.claim_kinds.get("adverbial_locutions", frozenset())
    )
    pred = _main_predicate(span)
    heads = [pred, *(c for c in pred.children if c.dep_ == "xcomp")] if pred is not None else []
    subjects = _arguments(heads, _SUBJECT_DEPS, light_nouns)
    _add_the_speaker_as_subject(about, pred, subjects, speaker_name, speaker_institution, speaker_controls, span)
    for name in accused:
        about.add(name)
    for name in _pronoun_subject_names(analysis, lexicon, pred, heads):
        about.add(name)
    for ent in analysis.registry.ents_in(span.start, span.end):
        if ent.label_ in _ENTITY_LABELS and ent.start not in channel:
            about.add(_entity_name(ent))
    _add_predicate_arguments(about, span, analysis.text, lexicon, heads, subjects, is_time, topic)
    self_words = _SELF_REFERENCE if speaker_institution else _SPEAKER_AS_SUBJECT  # (« nous »: the institution, above)
    if reported:
        # In reported words the speaker's own things are « son », « ses », « leur » (« X annonce la
        # fermeture de son compte », « la compagnie remboursera ses clients »).
        self_words = self_words | _THIRD_PERSON_POSSESSIVES
    if speaker_name and about.has_room() and not self_words.isdisjoint(lower_forms(span.doc)[span.start : span.end]) and about.key(speaker_name) not in about.seen:
        # « ce dossier ne touche en rien à mon poste », « il n'existe entre nous aucun lien »: the
        # speaker speaks of themself.
        about.add_claimant(speaker_name)
    if about.has_room():
        _add_other_nouns(about, span, analysis.text, light_nouns, is_time)
    if about.has_room() and statement is not None:
        # What the rest of the statement names is usually what this proposition is about too.
        for ent in analysis.registry.ents_in(statement.start, statement.end):
            if ent.label_ in _ENTITY_LABELS and not span.start <= ent.start < span.end and ent.start not in channel:
                about.add(_entity_name(ent))
    if about.has_room() and len(span):
        # The names of the sentence that reports it (« … », a déclaré X au sujet de Renault).
        sentence = sentence_of(span[0])
        for ent in analysis.registry.ents_in(sentence.start, sentence.end):
            if ent.label_ in _ENTITY_LABELS and about.has_room() and ent.start not in channel:
                about.add(_entity_name(ent))
    if topic_noun and about.has_room():
        about.add(topic_noun)  # the thing the article is about when no name stands out (« le chèque »)
    return about.chosen()


def _add_the_speaker_as_subject(
    about: _AboutList, pred: Token | None, subjects: list[Token], speaker_name: str | None, speaker_institution: str | None, speaker_controls: bool,
    span: Span | None = None,
) -> None:
    """The claimant (or the institution it speaks for) when it is the proposition's subject."""
    speaker_words = {t.lower_ for subject in subjects for t in (subject, *subject.children)}
    if speaker_institution and speaker_words & _COLLECTIVE_SELF and not speaker_words & _SELF_REFERENCE:
        # « nous avons ouvert une enquête » said by the spokesperson of an office: « nous » is
        # the office the speaker speaks for.
        about.add(speaker_institution)
    elif speaker_name and (
        speaker_words & _SPEAKER_AS_SUBJECT
        or (speaker_controls and pred is not None and (_is_subjectless_infinitive(pred) or (span is not None and _reports_its_own_act(pred, span))))
    ):
        # « je vais porter plainte », "we will appeal", « notre équipe a gagné », « X affirme être
        # le mieux placé » (the infinitive's subject is the speaker): the claim is about the
        # claimant, who is otherwise left out.
        about.add_claimant(speaker_name)
    elif speaker_name and pred is not None and _reported_of_the_subject(pred):
        # « X a annoncé qu'il avait signé le contrat »: the pronoun subject of a reported clause
        # is, most often, the one who reports it.
        about.add_claimant(speaker_name)


_THIRD_PERSON_SUBJECTS = frozenset({"il", "elle", "ils", "elles"})


def _reported_of_the_subject(pred: Token) -> bool:
    """A clause introduced by « que » under the reporting verb (« a affirmé qu'il … ») whose
    subject is a third-person pronoun (not the impersonal « il » of « il faut », « il y a »)."""
    if pred.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in pred.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _THIRD_PERSON_SUBJECTS for c in pred.children)


def _pronoun_subject_names(analysis: DocAnalysis, lexicon: Lexicon, pred: Token | None, heads: list[Token]) -> list[str]:
    """Who the third-person pronoun subject of the predicate stands for (« « Il a menti à tous »,
    affirme X » after a sentence naming Y: the claim is about Y), by the article's coreference;
    the claimant itself is left out by `_AboutList`. Not the subject of a clause reported with
    « que » (`_reported_of_the_subject`: the speaker)."""
    if pred is None or _reported_of_the_subject(pred):
        return []
    names: list[str] = []
    for head in heads:
        for child in head.children:
            if child.dep_.startswith("nsubj") and child.pos_ == "PRON" and child.lower_ in lexicon.person_pronouns | lexicon.plural_pronouns:
                if _takes_up_a_thing_before(child):
                    continue
                ref = analysis.registry.resolve([child], head=child, quoted=True)
                if ref is not None:
                    # (a description alone, « un homme de 30 ans », may be a second entity for
                    # the one the article names otherwise: only entities known by a name)
                    names.extend(e.name for e in ref.entities if e.kind not in ("unknown", "unnamed"))
    return names


def _takes_up_a_thing_before(pronoun: Token) -> bool:
    """« Si cette méthode réussit, elle … »: a pronoun whose sentence has, before it, a common
    noun subject of its gender and number takes up that thing, not a person named earlier."""
    agreement = (morph_get(pronoun, "Gender", []), morph_get(pronoun, "Number", []))
    return any(
        t.pos_ == "NOUN" and t.dep_.startswith("nsubj") and (morph_get(t, "Gender", []), morph_get(t, "Number", [])) == agreement
        for t in pronoun.doc[sentence_of(pronoun).start : pronoun.i]
    )


def _reports_its_own_act(pred: Token, span: Span) -> bool:
    """A claim that opens with the reporting verb, its subject outside the claim, and an
    infinitive without a subject of its own (« [X a] annoncé avoir lancé un audit »,
    « [X a] indiqué être en rupture de stock »): the speaker did it or is so, the claim is
    about the speaker. Not when the verb takes an object who does it (« [X a] accusé le maire
    d'avoir menti »)."""
    if any(c.dep_.startswith("nsubj") and span.start <= c.i < span.end for c in pred.children):
        return False
    if any(c.dep_ in ("obj", "dobj", "iobj") for c in pred.children):
        return False
    return any(c.dep_ == "xcomp" and _is_subjectless_infinitive(c) for c in pred.children)


def _is_subjectless_infinitive(pred: Token) -> bool:
    """An infinitive without its own subject (« partir », « être le mieux placé », « avoir agi
    seul »: the infinitive may be the copula or auxiliary of the predicate)."""
    verbs = [pred, *(c for c in pred.children if c.dep_ == "cop" or c.dep_.startswith("aux"))]
    return any("Inf" in morph_get(v, "VerbForm", []) for v in verbs) and not any(c.dep_.startswith("nsubj") for c in pred.children)


def _add_predicate_arguments(
    about: _AboutList,
    span: Span,
    text: str,
    lexicon: Lexicon,
    heads: list[Token],
    subjects: list[Token],
    is_time: Callable[[Token], bool],
    topic: str | None = None,
) -> None:
    """The main predicate's subject, the article's topic, the predicate's object, the countries
    of the proposition's nationality adjectives, then the predicate's other nominal complements."""
    light_nouns = lexicon.claim_kinds.get("light_nouns", frozenset())
    # (a date or a duration says when, not what about: « la fin du mois », « 21h »)
    for ref in subjects:
        if not is_time(ref):
            about.add(_noun_phrase(ref, text, is_time))
    if topic:
        # News annotators name the article's topic in what its statements are about, even when
        # the statement leaves it implicit (« C'était un carnage » in an article on an attack).
        about.add(topic)
    for ref in _arguments(heads, _OBJECT_DEPS, light_nouns):
        if not is_time(ref):
            about.add(_noun_phrase(ref, text, is_time))
    # « la frappe américaine », "the Russian army": a nationality adjective names its country.
    lowers = lower_forms(span.doc)
    for i in range(span.start, span.end):
        country = lexicon.nationalities.get(lowers[i])
        if country is not None and span.doc[i].dep_ == "amod":
            about.add(country)
    # The predicate's other nominal complements (« une victoire pour les commerçants »).
    for ref in _arguments(heads, _OBLIQUE_DEPS, light_nouns):
        if ref.pos_ in ("NOUN", "PROPN") and not is_time(ref):
            about.add(_noun_phrase(ref, text, is_time))


def _add_other_nouns(about: _AboutList, span: Span, text: str, light_nouns: frozenset[str], is_time: Callable[[Token], bool]) -> None:
    """The other nouns of the proposition, its arguments first (« au moment où les besoins ont
    atteint … , il est inacceptable que … »), while fewer than three things are found."""
    tags, deps = pos_tags(span.doc), dep_labels(span.doc)  # (the per-Doc lists: no string lookup per word)
    doc = span.doc
    nouns = [doc[k] for k in range(span.start, span.end) if tags[k] in ("NOUN", "PROPN") and deps[k] in _NOUN_ORDER and not is_time(doc[k])]
    for t in sorted(nouns, key=lambda t: (_NOUN_ORDER[deps[t.i]], t.i)):
        if not about.has_room():
            break  # (nothing more is added)
        referent = _referent(t, light_nouns)
        if referent is not None and not is_time(referent) and about.has_room():
            about.add(_noun_phrase(referent, text, is_time))


# --- building --------------------------------------------------------------------------------


#: Prepositions of the one a statement is made to (« a déclaré à l'AFP », « auprès de la
#: presse », "said to reporters").
_ADDRESSEE_CASES = frozenset({"à", "au", "aux", "auprès", "to"})
#: Acts whose addressee is what they are about (« demande au gouvernement de … », « reproche
#: au maire … », « répond aux critiques »), not the medium they were made through.
_ADDRESSED_ACTS = ("call_to_action", "accusation", "denial", "rejoinder", "demand_verbs")


def channel_of(att: Attribution, doc: Doc, lexicon: Lexicon) -> frozenset[int]:
    """The tokens of the channel a statement was made through: the press or the medium its
    reporting verb addresses (« a déclaré à l'AFP », « a-t-il dit à Reuters », "told
    reporters") and the interview or broadcast it was made in (« dans un entretien au Monde »,
    « au micro de RTL », "in an interview with CNN"). The channel carries the claim; it is not
    what the claim is about, so `about` leaves it out."""
    if att.cue is None:
        return frozenset()
    cue = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    if cue is None:
        return frozenset()
    verb = cue.root
    kinds = lexicon.claim_kinds
    channel_nouns, audience = kinds.get("channel_nouns", frozenset()), kinds.get("audience_nouns", frozenset())
    addressing = not any(verb.lemma_.lower() in kinds.get(k, frozenset()) for k in _ADDRESSED_ACTS)
    told = verb.lemma_.lower() in kinds.get("addressee_object_verbs", frozenset())
    out: set[int] = set()
    for child in verb.children:
        dep = child.dep_
        noun = next((g for g in child.children if g.dep_ == "pobj"), None) if dep == "prep" else child
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        cases = {g.lower_ for g in child.children if g.dep_ in ("case", "fixed")} | ({child.lower_} if dep == "prep" else set())
        if not (dep.startswith("obl") or dep in ("iobj", "prep", "dative") or (told and dep in ("obj", "dobj"))):
            continue
        addressee = (told and dep in ("obj", "dobj")) or bool(cases & _ADDRESSEE_CASES)
        medium = noun.lemma_.lower() in channel_nouns or noun.lower_ in channel_nouns
        press = noun.lemma_.lower() in audience or noun.lower_ in audience or noun.ent_type_ in ("ORG", "MISC")
        if medium or (addressing and addressee and press):
            # (not a clause the parser hung from the medium: « dans un communiqué qu'elle
            # remboursera ses clients » holds what was said)
            said = {t.i for c in noun.children if c.dep_ in ("acl:relcl", "relcl", "ccomp") or "Fin" in morph_get(c, "VerbForm", []) for t in c.subtree}
            out.update(t.i for t in child.subtree if t.i not in said)
    return frozenset(out)


def _names_someone(entity: Entity, doc: Doc) -> bool:
    """Whether a speaker entity is named by a noun or a name somewhere in the article: one known
    only through a pronoun, an adverb or a determiner (« -il », « encore », « l' ») is a parse
    slip upstream, and a claim must have a claimant the reader can identify."""
    for start, end in entity.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _NOMINAL_TAGS.isdisjoint(pos_tags(doc)[span.start : span.end]):
            return True
    return not entity.mentions


def institution_of(role: str | None) -> str | None:
    """The institution a speaker's role names, when it is a name (two words or more, one of them
    capitalised: « station de ski de Pila », « ministère de l'Intérieur »); None for a bare
    role (« porte-parole du parquet », « ministre des Finances »)."""
    match = _ROLE_OF_INSTITUTION.match(" ".join((role or "").split()))
    if match is None:
        return None
    institution = match.group(1).strip(" ,;:()")
    words = institution.split()
    if len(words) < 2 or not any(c.isupper() for c in institution) or not is_listable(institution):
        return None
    return institution


def _speakers_propositions(props: list[tuple[int, int]], cue: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The propositions the speaker is the source of: a source phrase set inside a later
    proposition (« elle ne s'accompagne pas de sanctions, ce qui, selon les experts, en limite la
    portée ») attributes that proposition and those after it, not the ones before."""
    if cue is None:
        return props
    inside = next((i for i, (s, e) in enumerate(props) if s <= cue[0] < e), None)
    return props[inside:] if inside else props


def _asserts_nothing(analysis: DocAnalysis, start: int, end: int) -> bool:
    """A proposition that asserts nothing of its own: a question (« Quels intérêts ai-je
    dérangés ? », "Who benefits?") or words without a verb that only extend the sentence before
    them (« Et jusqu'au bout. », « Sur le fond. »), or a circumstance with no main clause, its
    verb in a relative or subordinate clause only (« Au moment où le projet s'achève. »,
    « Après ce qui est arrivé à notre voisin. », « Pour que chacun paie sa part. »)."""
    if analysis.text[start:end].rstrip(" »”\"").endswith("?"):
        return True
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    doc, tags = analysis.doc, pos_tags(analysis.doc)  # (the per-Doc lists: a Token for the first word alone)
    if _VERB_TAGS.isdisjoint(tags[span.start : span.end]):
        return True
    punct = punctuation_flags(doc)
    first_word = next((k for k in range(span.start, span.end) if not punct[k]), None)
    head = _main_predicate(span)
    if first_word is None or head is None or dep_labels(doc)[first_word] not in ("case", "mark") or _is_infinitive(head):
        return False
    if sum(1 for k in range(span.start, span.end) if tags[k] in _VERB_TAGS and "Fin" in morph_values(doc, k, "VerbForm")) > 1:
        return False  # (a main clause after the circumstance: « au moment où …, tout est prêt »)
    first = doc[first_word]
    # (the parser may make the relative the root, the noun it qualifies hung from it: « au
    # moment ← achève », the relative pronoun « où » marking it)
    relative_root = first.head.head == head and any("Rel" in morph_get(c, "PronType", []) for c in head.children)
    return first.head == head or relative_root


_CE_QUE = frozenset({"que", "qu'", "qu’"})


def _relays_anothers_answer(span: Span, speech_verbs: frozenset[str]) -> bool:
    """A proposition that is only « ce que » and a relative clause whose verb reports what someone
    else says of the clause before (« …, ce que la préfecture conteste », « ce qu'accepte
    l'Assemblée »): the writer relays another party's answer, no claim of the speaker's. With a
    pronoun for subject the answer is the speaker's own (« ce que nous contestons », reported:
    « ce qu'il juge inévitable »), and a pseudo-cleft with its main clause (« ce que la ville
    dit, c'est … ») is a claim."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "ce" or words[1].lower_ not in _CE_QUE:
        return False
    verb = words[1].head
    if verb.dep_ not in _RELATIVE_DEPS or verb_lemma(verb, speech_verbs) is None:
        return False
    # (the parser may read « il » before the verb as an impersonal subject: « ce qu'il juge »)
    if any((c.dep_.startswith("nsubj") or c.dep_ == "expl:subj") and c.pos_ == "PRON" for c in verb.children):
        return False
    relative = {t.i for t in words[0].subtree} | {t.i for t in verb.subtree}
    return all(t.i in relative for t in words)


def _asserting(analysis: DocAnalysis, props: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The propositions of a statement that assert something (`_asserts_nothing`); a statement
    that is all questions or fragments keeps them (« Absurde. », « Qui peut y croire ? » may be all
    the speaker said, and a reader restates it as a judgement)."""
    if len(props) < 2:
        return props
    return [p for p in props if not _asserts_nothing(analysis, *p)] or props


def _opens_a_clause(gap: str, lexicon: Lexicon) -> bool:
    """Whether the words between a reporting verb and its content end with a complementiser."""
    words = gap.lower().split()
    return bool(words) and words[-1] in lexicon.complementizers


def build_claims(analysis: DocAnalysis, accusations: list[Accusation], lexicon: Lexicon) -> list[ClaimDraft]:
    """One claim per proposition of each attributed statement (statements without a known
    speaker are skipped); fragments of one statement by one speaker share their claims."""
    accused_by_att: dict[int, list[str]] = {}
    for record in accusations:
        for att in record.blame_evidence:
            accused_by_att.setdefault(id(att), []).append(record.entity.name)
    drafts: list[ClaimDraft] = []
    doc, text = analysis.doc, analysis.text
    object_verbs = union(lexicon.object_content_verbs, lexicon.accuse_object_verbs)
    object_control = union(lexicon.accuse_object_verbs, lexicon.claim_kinds["call_to_action"])
    # (verbs of demanding that take no person as object: « demander de », « recommander de »)
    directives = lexicon.claim_kinds["call_to_action"] - lexicon.call_to_verbs
    previous: tuple[tuple[int, int], Attribution, list[ClaimDraft]] | None = None
    canonical = canonical_names(analysis, lexicon)
    holders = title_holders(analysis, lexicon)
    descriptions = described_entities(analysis, canonical, lexicon)
    channels = {id(att): channel_of(att, doc, lexicon) for att in analysis.attributions}
    topic = article_topic(analysis, lexicon, canonical, frozenset().union(*channels.values()))
    topic_noun = topic_noun_name(analysis, lexicon, article_topic_noun(analysis, lexicon), canonical)
    for att in analysis.attributions:
        if att.speaker is None or not att.speaker.entities or not _names_someone(att.speaker.entities[0], doc):
            continue
        start, end = att.statement or (att.start, att.end)
        if previous is not None and previous[0] == (start, end) and previous[1].speaker is att.speaker:
            for draft in previous[2]:
                draft.extra_quotes.append(att)  # several quoted fragments of one statement
            continue
        content_start = start
        cue = att.cue
        gap = text[cue[1] : start] if cue is not None and cue[1] <= start else None
        if cue is not None and gap is not None and att.cue_lemma in object_verbs and len(gap) <= 12 and not any(c in gap for c in ",;:.«»“”\"") and not _opens_a_clause(gap, lexicon):
            # "accusé les autorités de « protéger » …", "urged Ottawa to act": the verb is part of
            # what is claimed, so the claim starts with it (not when it reports a « que » clause,
            # « a indiqué que la ville … »: the clause is the claim).
            start = cue[0]
        accused = accused_by_att.get(id(att), [])
        blamed = _parties_accused_by(accusations, att.speaker.entities)
        speaker_names = {n.lower() for e in att.speaker.entities for n in (e.name, *e.aliases)}
        made: list[ClaimDraft] = []
        statement = doc.char_span(start, end, alignment_mode="expand")
        channel = channels[id(att)]
        for p_start, p_end in _speakers_propositions(propositions(analysis, start, end), cue):
            span = doc.char_span(p_start, p_end, alignment_mode="expand")
            frame: Token | None = None
            if span is not None:
                stripped = _strip_first_person_frame(span, lexicon)
                if stripped is not None and stripped[0] < p_end:
                    p_start, frame = stripped
                    span = doc.char_span(p_start, p_end, alignment_mode="expand")
            if made and span is not None and _relays_anothers_answer(span, lexicon.speech_verbs):
                continue
            opens_with_the_cue = cue is not None and p_start == start == cue[0]
            passive = _passive_restatement(doc, text, cue, p_end, object_control, directives) if opens_with_the_cue and cue is not None else None
            claim_text = restate(passive or text[p_start:p_end], keep_leading=p_start < content_start)
            if len(claim_text.split()) < 2 and len(claim_text) < 3:
                continue
            # An accusation found in the statement marks the propositions that name the accused.
            accused_here = [name for name in accused if name.lower() in claim_text.lower()] or (accused if len(made) == 0 else [])
            kind = _kind(att, span, lexicon, bool(accused_here), frame, blamed, disputed=bool(accusations))
            if kind == "accusation" and not accused_here:
                # An accusation is about whom its speaker accuses, though the proposition names
                # them only by a pronoun or not at all (« ils ont menti », « c'est un mensonge d'État »).
                accused_here = _accused_by(accusations, att.speaker.entities)
            about = (
                _about(
                    span, analysis, lexicon, canonical, speaker_names, accused_here, statement, att.speaker.entities[0].name, topic,
                    institution_of(att.speaker.entities[0].role), topic_noun,
                    # (a call's infinitive is the addressee's act: « appelle à manifester »)
                    speaker_controls=kind != "call_to_action",
                    reported=att.kind != "direct",
                    channel=channel,
                    title_holders=holders,
                    descriptions=descriptions,
                )
                if span is not None
                else list(accused_here)
            )
            made.append(ClaimDraft(att, claim_text, kind, about, att.hedged))
        drafts.extend(made)
        previous = ((att.statement or (att.start, att.end)), att, made)
    return drafts


def _takes_a_de_infinitive(verb: Token) -> bool:
    """An infinitive after « de » among the verb's complements (« demandé de voter »)."""
    return any(
        c.i > verb.i and "Inf" in morph_get(c, "VerbForm", []) and any(m.lower_ in ("de", "d'", "d’") and m.i < c.i for m in c.children)
        for c in verb.children
    )


def _passive_restatement(doc: Doc, text: str, cue: tuple[int, int], end: int, object_control: frozenset[str], directives: frozenset[str]) -> str | None:
    """A claim that opens with the cue's bare past participle and its noun-phrase object
    (« [a] annoncé la fermeture de l'usine », « [a] accusé les élus de mentir ») does not read as
    a sentence: restated in the passive, the object first and the participle agreeing with it
    (« La fermeture de l'usine est annoncée », « Les élus sont accusés de mentir »), the
    claimant still left out. None when the cue is no participle with such an object (a bare
    noun there is most often a date: « a confirmé mardi que … »)."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    if "Part" not in morph_get(verb, "VerbForm", []) or not any(c.dep_.startswith("aux") and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
    if obj is None and verb.lemma_.lower() in directives and _takes_a_de_infinitive(verb):
        # (« [a] demandé aux riverains de fermer leurs fenêtres »: the impersonal passive,
        # « Il est demandé aux riverains de fermer leurs fenêtres »)
        return "il est " + verb.lower_ + text[verb.idx + len(verb) : end]
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if obj.pos_ == "NOUN" and not any(c.dep_ in ("det", "nummod") for c in obj.children):
        return None
    first, last = obj.left_edge, obj.right_edge
    # (an infinitive the parser hung from the object of a verb that takes a person and an
    # act, « accusé les élus de mentir », « appelé les habitants à voter », is the act: it
    # follows the verb; « annoncé sa volonté de partir » keeps the noun's complement)
    infinitive = next((c for c in obj.children if c.i > obj.i and "Inf" in morph_get(c, "VerbForm", [])), None)
    if infinitive is not None and verb.lemma_.lower() in object_control:
        last = doc[infinitive.left_edge.i - 1]
    if last.i < obj.i or last.idx + len(last) > end or any(t.is_punct for t in doc[verb.i + 1 : first.i]):
        return None
    conjuncts = [obj, *(c for c in obj.children if c.dep_ == "conj" and c.i <= last.i)]
    plural = len(conjuncts) > 1 or "Plur" in morph_get(obj, "Number", [])
    feminine = all("Fem" in morph_get(c, "Gender", []) for c in conjuncts)
    participle = verb.lower_ + ("e" if feminine else "") + ("s" if plural and (feminine or not verb.lower_.endswith(("s", "x"))) else "")
    between = text[verb.idx + len(verb) : first.idx].strip()
    noun_phrase = text[first.idx : last.idx + len(last)]
    return " ".join(w for w in (noun_phrase, "sont" if plural else "est", participle, between) if w) + text[last.idx + len(last) : end]


def _accused_by(accusations: list[Accusation], speakers: Sequence[Entity]) -> list[str]:
    """The names of the parties the article reports one of these speakers as accusing."""
    return [party.name for party in _parties_accused_by(accusations, speakers)]


def _parties_accused_by(accusations: list[Accusation], speakers: Sequence[Entity]) -> list[Entity]:
    """The parties the article reports one of these speakers as accusing."""
    keys = {e.key for e in speakers}
    return [record.entity for record in accusations if any(a.key in keys for a in record.accusers)]


def credit_accusers(drafts: list[ClaimDraft], accusations: list[Accusation]) -> None:
    """Whoever makes an accusation claim about an accused party is one of its accusers.

    The accusation stage finds accusers in the clause that accuses (« X accuse Y de … », « Y,
    accusé par X »); a source who blames the party in a statement of its own (« “Y a menti”,
    dit X ») is an accuser too, under the same definition. Only claims whose kind is an
    accusation and whose statement names the party count (a speaker who merely mentions the
    party is no accuser), and not where the accusing clause already named its accuser."""
    for draft in drafts:
        speaker = draft.attribution.speaker
        if draft.kind != "accusation" or speaker is None:
            continue
        att = draft.attribution
        spans = [(att.start, att.end), *((q.start, q.end) for q in draft.extra_quotes)]
        for record in accusations:
            if record.accusers and any(e is att for e in record.evidence):
                continue  # the accusing clause itself named the accuser: it knows better
            names = {n.lower() for n in (record.entity.name, *record.entity.aliases)}
            if not any(a.lower() in names for a in draft.about) and not any(
                s <= m_start and m_end <= e for m_start, m_end in record.mentions for s, e in spans
            ):
                continue
            known = {a.key for a in record.accusers} | {record.entity.key}
            record.accusers.extend(e for e in speaker.entities if e.key not in known)
