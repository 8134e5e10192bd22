"""Token features for the attribution-content tagger.

One feature list per token of a whole spaCy ``Doc`` (the CRF sequence is the document, so a
content span may cross sentence boundaries the way PolNeAR's multi-sentence contents do).
Features are cheap by design: everything comes from arrays spaCy already computed (lemma, tag,
dependency, head) plus a cue lexicon learned from the training cue spans. The same function
serves training and prediction, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, ORTH, SENT_START, TAG
from spacy.tokens import Doc

# Characters that open/close a direct quotation. Curly single quotes count only as standalone
# tokens (spaCy keeps apostrophes inside "don't", "Obama's").
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
    n = len(doc)
    if n == 0:
        return []
    # One pass over the Doc's arrays instead of many Token attribute accesses (this function
    # runs on every parsed English document, so its cost is added to the engine's budget).
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, LEMMA, TAG, DEP, SENT_START]).tolist()
    # HEAD is a signed offset stored in an unsigned array.
    rel = doc.to_array(HEAD).view("int64").tolist()
    ent_ids = doc.to_array(ENT_TYPE).tolist()
    table = {key: strings[key] for key in {k for row in arr for k in row[:4]} | set(ent_ids)}
    words = [table[r[0]] for r in arr]
    lower = [w.lower() for w in words]
    lemma = [table[r[1]].lower() for r in arr]
    tag = [table[r[2]] for r in arr]
    dep = [table[r[3]] for r in arr]
    head = [i + r for i, r in enumerate(rel)]
    ent = [table[e] for e in ent_ids]
    sent_start = [r[4] == 1 for r in arr]
    quote = _quote_state(words)

    cue = [lexicon.get(lm) if tg[:1] in "VNI" else None for lm, tg in zip(lemma, tag)]

    # Sentence boundaries and, per sentence, the positions of strong cue tokens.
    sent_id = [0] * n
    sid = -1
    for i in range(n):
        if sent_start[i] or i == 0:
            sid += 1
        sent_id[i] = sid
    # Per token, the nearest strong cue in the same sentence (-1: none; ties go left).
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
    sent_quotes = {sent_id[i] for i in range(n) if quote[i] == "q"}

    # What kind of subject each word has: a named entity type, a pronoun, a common noun… —
    # "she said" / "the poll shows" / "officials believe" attribute differently.
    subj = [""] * n
    for k in range(n):
        if dep[k] in ("nsubj", "nsubjpass") and head[k] != k:
            subj[head[k]] = ent[k] or tag[k]
    # Subordinating conjunction (that/whether/if…) of each clause head.
    mark = [""] * n
    for i in range(n):
        if dep[i] == "mark":
            mark[head[i]] = lemma[i]
    # Per token, memoised up the tree (each node is resolved once):
    # clause head = nearest ancestor-or-self heading a clause;
    # top = (sentence root, root's child on the path) ;
    # anc = (first governing cue, arc by which the path reaches it, distance).
    clause = _up(n, head, lambda k: k if dep[k] in _CLAUSE_DEPS or head[k] == k else _UNSET,
                 lambda k, up: up)
    top = _up(n, head, lambda k: (k, -1) if head[k] == k else (head[k], k) if head[head[k]] == head[k] else _UNSET,
              lambda k, up: up)
    anc = _up(
        n, head,
        lambda k: None if head[k] == k else (head[k], dep[k], 1) if cue[head[k]] is not None else _UNSET,
        lambda k, up: None if up is None or up[2] >= _MAX_UP else (up[0], up[1], up[2] + 1),
    )

    # Cue words hanging off a clause head beside the content rather than above it
    # ("According to X, <clause>", "<clause>, X said" when parsed that way): per clause head,
    # its cue children with their subtree extent, so tokens outside that subtree can see them.
    side_cues: dict[int, list[tuple[int, int, int]]] = {}
    for k in range(n):
        h = head[k]
        if cue[k] is not None and h != k and clause[h] == h:
            sub = doc[k]
            side_cues.setdefault(h, []).append((k, sub.left_edge.i, sub.right_edge.i))

    feats: list[list[str]] = []
    for i in range(n):
        h = head[i]
        f = [
            "b",
            "w=" + lower[i],
            "l=" + lemma[i],
            "t=" + tag[i],
            "d=" + dep[i],
            "hl=" + (lemma[h] if h != i else "<root>"),
            "q=" + quote[i],
            "e=" + ent[i],
        ]
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
        # Context window.
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
        # The clause the token sits in: how it attaches and how it is introduced (that/whether).
        k = clause[i]
        f.append("cl=" + dep[k] + "|" + mark[k])
        for c, lo, hi in side_cues.get(k, ()):
            if not lo <= i <= hi:
                f.append("cc=" + lemma[c] + "|" + dep[c])
                f.append("ccb=" + cue_bin(cue[c]) + "|" + ("R" if i > c else "L"))
        # The first governing cue up the tree, the arc we arrived by, the distance, the side.
        a = anc[i]
        if a is not None:
            j, arc, steps = a
            f.append("ac=" + cue_bin(cue[j]) + "|" + arc)
            f.append("acl=" + lemma[j] + "|" + arc)
            f.append("acd=" + str(min(steps, 3)))
            f.append("acs=" + ("R" if i > j else "L"))
            f.append("acsub=" + subj[j] + "|" + arc)
        else:
            f.append("ac=none")
        # The arc by which the token's path reaches the sentence root, and the root's lemma
        # (a cue lemma, or only its tag when the root is not a cue).
        root, below = top[i]
        if below >= 0:
            f.append("rc=" + dep[below])
            f.append("rl=" + (lemma[root] if cue[root] is not None else tag[root]) + "|" + dep[below])
        else:
            f.append("isroot")
        # Sentence-level context: is there a cue in this sentence, and on which side are we?
        j = near[i]
        if j >= 0:
            f.append("sc=" + ("R" if i > j else "L" if i < j else "C"))
            f.append("scl=" + lemma[j])
        else:
            f.append("sc=none")
        if sent_id[i] in sent_quotes:
            f.append("sq")
        feats.append(f)
    return feats


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
