"""Token features for the attribution-content tagger.

One feature list per token of a whole spaCy ``Doc`` (the CRF sequence is the document, so a
content span may cross sentence boundaries the way PolNeAR's multi-sentence contents do).
Features are cheap by design: everything comes from arrays spaCy already computed (lemma, tag,
dependency, head) plus a cue lexicon learned from the training cue spans. The same function
serves training and prediction, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, ORTH, SENT_START, TAG
from spacy.tokens import Doc

# Characters that open/close a direct quotation. Curly single quotes count only as standalone
# tokens (spaCy keeps apostrophes inside "don't", "Keller's").
_OPEN = {"“", "«", "‘"}
_CLOSE = {"”", "»", "’"}
_TOGGLE = {'"', "''", "``"}

# How far up the dependency tree we look for a governing cue; attribution contents hang off
# their cue within a few arcs (ccomp → say, pobj → according to, acl → claim).
_MAX_UP = 6
_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}


def cue_bin(score: float) -> str:
    """Bucket a lexicon score (P(token is in a cue span | lemma)) into a coarse symbol."""
    if score >= 0.5:
        return "H"
    if score >= 0.2:
        return "M"
    return "L"


def _quote_state(words: list[str]) -> list[str]:
    """Per token: 'q' if the token is a quotation mark, 'in' inside a quotation, else 'out'.

    Straight double quotes toggle; curly/guillemets open and close. A paragraph break resets
    the state, because news style reopens (without closing) a quotation that runs on into the
    next paragraph, and an unbalanced mark must not leak through the rest of the article.
    """
    out: list[str] = []
    inside = False
    for w in words:
        if w in _TOGGLE:
            out.append("q")
            inside = not inside
        elif w in _OPEN:
            out.append("q")
            inside = True
        elif w in _CLOSE:
            out.append("q")
            inside = False
        else:
            if "\n" in w:
                inside = False
            out.append("in" if inside else "out")
    return out


def doc_features(doc: Doc, lexicon: Mapping[str, float]) -> list[list[str]]:
    """Return one list of string features per token of ``doc``.

    ``lexicon`` maps a lemma (lower case) to the probability that a token with that lemma is
    part of a gold cue span in training; only lemmas above a floor are kept in it.
    """
    if len(doc) == 0:
        return []
    t = _DocArrays.of(doc, lexicon)
    # Each token's list is filled in place, group after group (the order is the features'
    # order): this runs on every English document, and a new list per group and token, joined
    # by concatenation, cost a fifth of the English rules' time.
    features = _word_features(t)
    for i, f in enumerate(features):
        _add_clause_features(f, t, i)
        _add_tree_features(f, t, i)
        _add_sentence_features(f, t, i)
    return features


@dataclass
class _DocArrays:
    """Per-token arrays of one document, computed once for all its tokens' features."""

    n: int
    words: list[str]
    lower: list[str]
    lemma: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    ent: list[str]
    sent_start: list[bool]
    quote: list[str]  # 'q' / 'in' / 'out' (see _quote_state)
    cue: list[float | None]  # lexicon score of a verb/noun/preposition token
    sent_id: list[int]
    near: list[int]  # nearest strong cue in the same sentence, -1 when none
    sent_quotes: set[int]  # sentences holding a quotation mark
    subj: list[str]  # the kind of subject each word has
    mark: list[str]  # subordinating conjunction of each clause head
    clause: list[int]  # nearest ancestor-or-self heading a clause
    top: list[tuple[int, int]]  # (sentence root, root's child on the path)
    anc: list[tuple[int, str, int] | None]  # (first governing cue, arc reaching it, distance)
    side_cues: dict[int, list[tuple[int, int, int, float]]]  # per clause head: (cue, subtree start, end, score)

    @classmethod
    def of(cls, doc: Doc, lexicon: Mapping[str, float]) -> _DocArrays:
        n = len(doc)
        # One pass over the Doc's arrays instead of many Token attribute accesses (this function
        # runs on every parsed English document, so its cost is added to the engine's budget).
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, LEMMA, TAG, DEP, SENT_START]).tolist()
        # HEAD is a signed offset stored in an unsigned array.
        rel = doc.to_array(HEAD).view("int64").tolist()
        ent_ids = doc.to_array(ENT_TYPE).tolist()
        table = {key: strings[key] for key in {k for row in arr for k in row[:4]} | set(ent_ids)}
        words = [table[r[0]] for r in arr]
        lemma = [table[r[1]].lower() for r in arr]
        tag = [table[r[2]] for r in arr]
        dep = [table[r[3]] for r in arr]
        head = [i + r for i, r in enumerate(rel)]
        ent = [table[e] for e in ent_ids]
        sent_start = [r[4] == 1 for r in arr]
        quote = _quote_state(words)
        cue = [lexicon.get(lm) if tg[:1] in "VNI" else None for lm, tg in zip(lemma, tag)]
        sent_id = _sentence_ids(sent_start)
        clause = _up(n, head, lambda k: k if dep[k] in _CLAUSE_DEPS or head[k] == k else _UNSET, lambda k, up: up)
        return cls(
            n=n,
            words=words,
            lower=[w.lower() for w in words],
            lemma=lemma,
            tag=tag,
            dep=dep,
            head=head,
            ent=ent,
            sent_start=sent_start,
            quote=quote,
            cue=cue,
            sent_id=sent_id,
            near=_nearest_strong_cue(cue, sent_id),
            sent_quotes={sent_id[i] for i in range(n) if quote[i] == "q"},
            subj=_subject_kinds(dep, head, ent, tag),
            mark=_clause_marks(dep, head, lemma),
            clause=clause,
            # Per token, memoised up the tree (each node is resolved once).
            top=_up(n, head, lambda k: (k, -1) if head[k] == k else (head[k], k) if head[head[k]] == head[k] else _UNSET, lambda k, up: up),
            anc=_up(
                n,
                head,
                lambda k: None if head[k] == k else (head[k], dep[k], 1) if cue[head[k]] is not None else _UNSET,
                lambda k, up: None if up is None or up[2] >= _MAX_UP else (up[0], up[1], up[2] + 1),
            ),
            side_cues=_side_cues(doc, cue, head, clause),
        )


def _sentence_ids(sent_start: list[bool]) -> list[int]:
    """Per token, the index of its sentence."""
    sent_id = [0] * len(sent_start)
    sid = -1
    for i in range(len(sent_start)):
        if sent_start[i] or i == 0:
            sid += 1
        sent_id[i] = sid
    return sent_id


def _nearest_strong_cue(cue: list[float | None], sent_id: list[int]) -> list[int]:
    """Per token, the nearest strong cue in the same sentence (-1: none; ties go left)."""
    n = len(cue)
    strong = [c is not None and c >= 0.2 for c in cue]
    near = [-1] * n
    last, last_sid = -1, -1
    for i in range(n):
        if sent_id[i] != last_sid:
            last, last_sid = -1, sent_id[i]
        if strong[i]:
            last = i
        near[i] = last
    nxt, nxt_sid = -1, -1
    for i in range(n - 1, -1, -1):
        if sent_id[i] != nxt_sid:
            nxt, nxt_sid = -1, sent_id[i]
        if strong[i]:
            nxt = i
        if nxt >= 0 and (near[i] < 0 or nxt - i < i - near[i]):
            near[i] = nxt
    return near


def _subject_kinds(dep: list[str], head: list[int], ent: list[str], tag: list[str]) -> list[str]:
    """What kind of subject each word has: a named entity type, a pronoun, a common noun… —
    "she said" / "the poll shows" / "officials believe" attribute differently."""
    subj = [""] * len(dep)
    for k in range(len(dep)):
        if dep[k] in ("nsubj", "nsubjpass") and head[k] != k:
            subj[head[k]] = ent[k] or tag[k]
    return subj


def _clause_marks(dep: list[str], head: list[int], lemma: list[str]) -> list[str]:
    """Subordinating conjunction (that/whether/if…) of each clause head."""
    mark = [""] * len(dep)
    for i in range(len(dep)):
        if dep[i] == "mark":
            mark[head[i]] = lemma[i]
    return mark


def _side_cues(doc: Doc, cue: list[float | None], head: list[int], clause: list[int]) -> dict[int, list[tuple[int, int, int, float]]]:
    """Cue words hanging off a clause head beside the content rather than above it
    ("According to X, <clause>", "<clause>, X said" when parsed that way): per clause head,
    its cue children with their subtree extent, so tokens outside that subtree can see them."""
    side_cues: dict[int, list[tuple[int, int, int, float]]] = {}
    for k in range(len(cue)):
        h = head[k]
        score = cue[k]
        if score is not None and h != k and clause[h] == h:
            sub = doc[k]
            side_cues.setdefault(h, []).append((k, sub.left_edge.i, sub.right_edge.i, score))
    return side_cues


def _word_features(t: _DocArrays) -> list[list[str]]:
    """Per token, the token itself (form, lemma, tag, arc, head, quotation state, entity,
    shape, cue score), then the words (and tags) around it, two each side."""
    n, words, lower, lemma, tag, sent_start, cue = t.n, t.words, t.lower, t.lemma, t.tag, t.sent_start, t.cue
    head_lemma = [lemma[h] if h != i else "<root>" for i, h in enumerate(t.head)]
    # (the features every token has, one comprehension for all tokens)
    features = [
        ["b", "w=" + w, "l=" + lm, "t=" + tg, "d=" + d, "hl=" + hl, "q=" + q, "e=" + e]
        for w, lm, tg, d, hl, q, e in zip(lower, lemma, tag, t.dep, head_lemma, t.quote, t.ent)
    ]
    for i, f in enumerate(features):
        if words[i][:1].isupper():
            f.append("cap")
        if "\n" in words[i]:
            f.append("nl")
        if sent_start[i]:
            f.append("ss")
        if i + 1 == n or sent_start[i + 1]:
            f.append("se")
        c = cue[i]
        if c is not None:
            f.append("cue=" + cue_bin(c))
            f.append("cuel=" + lemma[i])
        # the window
        if i > 0:
            f.append("w-1=" + lower[i - 1])
            f.append("t-1=" + tag[i - 1])
        else:
            f.append("BOD")
        if i + 1 < n:
            f.append("w+1=" + lower[i + 1])
            f.append("t+1=" + tag[i + 1])
        else:
            f.append("EOD")
        if i > 1:
            f.append("w-2=" + lower[i - 2])
        if i + 2 < n:
            f.append("w+2=" + lower[i + 2])
    return features


def _add_clause_features(f: list[str], t: _DocArrays, i: int) -> None:
    """The clause the token sits in: how it attaches and how it is introduced (that/whether),
    and the cues beside it."""
    k = t.clause[i]
    f.append("cl=" + t.dep[k] + "|" + t.mark[k])
    for c, lo, hi, score in t.side_cues.get(k, ()):
        if not lo <= i <= hi:
            f.append("cc=" + t.lemma[c] + "|" + t.dep[c])
            f.append("ccb=" + cue_bin(score) + "|" + ("R" if i > c else "L"))


def _add_tree_features(f: list[str], t: _DocArrays, i: int) -> None:
    """The first governing cue up the tree (the arc we arrived by, the distance, the side), and
    the arc by which the token's path reaches the sentence root with the root's lemma (a cue
    lemma, or only its tag when the root is not a cue)."""
    a = t.anc[i]
    if a is not None:
        j, arc, steps = a
        f.append("ac=" + cue_bin(t.cue[j]) + "|" + arc)  # type: ignore[arg-type]  # j is a cue: its score is set
        f.append("acl=" + t.lemma[j] + "|" + arc)
        f.append("acd=" + str(min(steps, 3)))
        f.append("acs=" + ("R" if i > j else "L"))
        f.append("acsub=" + t.subj[j] + "|" + arc)
    else:
        f.append("ac=none")
    root, below = t.top[i]
    if below >= 0:
        f.append("rc=" + t.dep[below])
        f.append("rl=" + (t.lemma[root] if t.cue[root] is not None else t.tag[root]) + "|" + t.dep[below])
    else:
        f.append("isroot")


def _add_sentence_features(f: list[str], t: _DocArrays, i: int) -> None:
    """Sentence-level context: is there a cue in this sentence, and on which side are we; does
    the sentence hold a quotation mark."""
    j = t.near[i]
    if j >= 0:
        f.append("sc=" + ("R" if i > j else "L" if i < j else "C"))
        f.append("scl=" + t.lemma[j])
    else:
        f.append("sc=none")
    if t.sent_id[i] in t.sent_quotes:
        f.append("sq")


_UNSET = object()


def _up(n: int, head: list[int], base, step) -> list:
    """Resolve a per-token value defined recursively up the dependency tree, once per node.

    ``base(k)`` returns the value of ``k`` or ``_UNSET`` when it depends on the head's value;
    ``step(k, head_value)`` derives ``k``'s value from its head's.
    """
    out: list = [_UNSET] * n
    for i in range(n):
        path = []
        k = i
        while out[k] is _UNSET:
            v = base(k)
            if v is not _UNSET:
                out[k] = v
                break
            path.append(k)
            k = head[k]
        for k in reversed(path):
            out[k] = step(k, out[head[k]])
    return out
