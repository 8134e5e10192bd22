"""Speakers: who a reporting verb's subject (or an ``according to`` phrase) names.

Rules, all driven by the language data in lang/<code>.json:

- a person named in the phrase is the speaker; the title next to the name ("le ministre des
  Affaires étrangères, Anne Lessard", "Foreign Minister Anne Lessard", "Anne Lessard, the
  minister") is their role;
- several people in one subject (a joint statement) are all speakers;
- light coreference: a pronoun (il/elle, he/she) → the last person named outside quotation
  marks; a surname alone → the full name it abbreviates; a bare title ("le ministre", "the
  senator") → the last person with that title;
- capitals and nationality adjectives with a state word stand for a country's government
  (Pékin, le gouvernement chinois, les autorités chinoises → Chine), other institutions are
  organisations or governments by their head noun;
- anonymous sources ("selon les experts", "a source said") are kept, typed unnamed or group;
  a title introduced with "a"/"un" or in the plural ("a justice official said") stays unnamed;
- a document that speaks ("the report said", « selon le communiqué du ministère ») stands for its
  author when the article names one (lexicon: document_nouns, authoring_verbs);
- a proper-noun subject the recogniser missed is a person when he/she (il/elle) takes it up or
  a title stands in apposition to it ("X, Minister of Industry, said"); a name with digits
  ("Bill C-412") is never a person;
- "it" stands for the organisation or document the sentence before is about (lexicon:
  pronouns.neuter), never for a person;
- plural common nouns in coordination ("lawyers and experts") are one unnamed group.

``SpeakerRegistry.resolve`` applies these in named steps, in order: people named, a name alone,
a document's author, a relative pronoun, a pronoun, a bare title, then typed entities.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Span, Token

from extractor.engines.offline.docarrays import (
    dateline_ranges,
    dep_labels,
    doc_text,
    lemma_lowers,
    lower_forms,
    morph_get,
    pos_tags,
    punctuation_sentence,
    sentence_of,
    span_text,
    token_at,
)
from extractor.engines.offline.lexicon import Lexicon, built_once, present_tense_verb_lemma, union, verb_lemma
from extractor.engines.offline.quotes import QuoteSpan

_PERSON_LABELS = frozenset({"PER", "PERSON"})
# (labels the small English model gives a person's full name it does not know: `_first_named_person`)
_FIRST_NAMED_MISLABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ORG_LABELS = frozenset({"ORG", "NORP", "MISC", "FAC"})
_STOP_DEPS = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp", "csubj", "mark"})
_APOSTROPHES = str.maketrans({"’": "'"})
_WORD_HYPHENS = frozenset({"-", "‐", "‑"})
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "flat", "flat:name", "poss", "nmod:poss"})
#: The case words of a name that complements a noun (« membre de l'équipe de X », "an aide of X"); attribution reads them too.
GENITIVES = frozenset({"de", "d'", "d’", "du", "des", "of"})
#: English links by which a name hangs inside the description of an unnamed speaker: "a senior
#: Marlow adviser" (compound), "Marlow's lawyer" (poss), "a lawyer for Marlow", "a source familiar with
#: Marlow's thinking" (prep, pobj, adjective).
_DESCRIPTION_LINKS = frozenset({"compound", "poss", "prep", "pobj", "amod"})
#: Determiners that introduce someone new ("a spokesman said", « un responsable a dit »).
_FIRST_MENTION_DETERMINERS = frozenset({"a", "an", "another", "un", "une"})
#: Plural articles before a surname that name a family (« des Vasseur », « les Martin », « aux Dupont »).
_FAMILY_ARTICLES = frozenset({"les", "des", "aux"})
#: Determiners of a mention that refers back ("the report", « le rapport »).
_DEFINITE_ARTICLES = frozenset({"the", "le", "la", "l'"})
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "le", "la", "l'", "les", "ce", "cet", "cette"})
_FRENCH_INDEFINITE_ARTICLES = frozenset({"un", "une"})
_RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: The French words that open a relative clause before its subject (« dont les enfants … », « que le maire … »).
_FRENCH_RELATIVE_WORDS = frozenset({"dont", "que", "qu'", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
#: The preposition of a noun's complement (« les entreprises de transport »), contracted or not.
_OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})
#: Marks that close a quotation (before the comma of a closing incise).
_CLOSING_QUOTES = frozenset({"»", "”", '"'})
#: How many names back a he/she looks for someone of its gender when the last sentences name no one who is.
_GENDER_REACH = 12
#: How many sentences a run of sentences each opened by il/elle carries its topic back: each step
#: resolves the pronoun of the sentence before, so an unbounded run (a transcript, a list) would
#: recurse once per sentence.
_TOPIC_PRONOUN_REACH = 8
#: How far back "the company" looks for the organisation it refers to (a few paragraphs).
_ORGANIZATION_REACH = 1500
#: « son fabricant »: a body brought in as someone's (`_possessed_body_before`).
_FRENCH_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
#: The parts of speech the small French model gives the words of a coined name (not a function word).
_NAME_WORD_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "X", "PUNCT"})
#: How far back (characters) a description ("the actress") looks for the name it was pinned on.
_DESCRIPTION_REACH = 3000
# How far back (characters) the person an unresolved description of one person takes up may be
# named as a clause's subject: about two paragraphs of news prose.
_TOPIC_REACH = 800
#: How many times the recogniser must read a name as a place for the name to be a place throughout the article.
_PLACE_READINGS = 3
#: How far back "the report" looks for the mention of that report that names its author.
_DOCUMENT_REACH = 3000
# "the 26-year-old", "the 40-year-old coach": an age describes someone already named.
_AGE_DESCRIPTION = re.compile(r"\b\d+[-‐‑ ]year[-‐‑ ]old\b")


#: What an organisation's name may carry that is not one of its words ("the Post's").
_ORGANIZATION_NAME_EXTRAS = frozenset({"the", "'s", "’s"})


#: A letter written twice in a row (collapsed to compare spellings that double another letter).
_DOUBLED_LETTER = re.compile(r"(\w)\1")


def _contiguous_in(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether the words of ``part`` occur in ``whole`` one after another."""
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _one_letter_off(a: str, b: str) -> bool:
    """Two spellings of a word one letter apart (added, dropped or changed, two neighbours
    swapped: "Kiedis" / "Keidis", or the doubled letter moved: "Labott" / "Labbot"), both long
    enough for that to be a slip of the writer's ("Brazile" / "Brazille"), not another name
    ("Bale" / "Balfe")."""
    return min(len(a), len(b)) >= 5 and (OSA.distance(a, b) <= 1 or _DOUBLED_LETTER.sub(r"\1", a) == _DOUBLED_LETTER.sub(r"\1", b))


def _short_first_name(short: str, formal: str) -> bool:
    """A first name shortened from the formal one by cutting it ("Ken" / "Kenneth", "Chris" /
    "Christopher")."""
    return 3 <= len(short) < len(formal) and formal.startswith(short)


def _opening_modal(token: Token) -> bool:
    """English: a modal opening its sentence as the auxiliary of a bare infinitive ("Will Roe
    quit the race?", "Can Roe win?"): a question's inversion, though the recogniser may read
    "Will" or "Can" as the first name of the subject after it ("Will Roe said" keeps it)."""
    return bool(token.is_sent_start) and token.tag_ == "MD" and token.dep_ == "aux" and token.head.tag_ == "VB"


def _depth(token: Token, most: int = 12) -> int:
    """How many heads lie between a token and its sentence's root (at most ``most``)."""
    steps = 0
    while token.head.i != token.i and steps < most:
        token = token.head
        steps += 1
    return steps


@dataclass(eq=False)
class Entity:
    """A speaker (or accuser) as the article names it, merged over all its surface forms."""

    key: str
    name: str
    kind: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def add_alias(self, surface: str) -> None:
        surface = surface.strip()
        if surface and surface not in self.aliases:
            self.aliases.append(surface)

    def add_mention(self, start: int, end: int) -> None:
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))


@dataclass(frozen=True)
class SpeakerRef:
    """The resolution of one speaker phrase: the entities and where the phrase is."""

    entities: tuple[Entity, ...]
    start: int
    end: int
    named: bool = False  # people named in the phrase itself (not a title, pronoun or group)

    @property
    def display(self) -> str | None:
        return ", ".join(e.name for e in self.entities) or None


#: Entity labels that never name a speaker (times, amounts).
# Entities that can qualify a description of someone ("the U.S. presidential candidate",
# "the 26-year-old"), unlike a name ("the Acme spokesman").
_DESCRIBING_LABELS = frozenset({"GPE", "NORP", "DATE"})
# What may open an aside after a description: "the justice, who …", "the justice -- who … --" (the
# tokenizer keeps a double hyphen whole).
_APPOSITION_OPENERS = frozenset({",", "--", "–", "—"})
# The small words inside an organisation's name ("Friends of the Earth", "Doctors for America").
_NAME_LINK_WORDS = frozenset({"of", "the", "for", "and", "&"})
# The endings of English agent nouns ("organizer", "activist"): a noun for someone who does.
_AGENT_SUFFIXES = ("er", "or", "ist")
_NOT_SPEAKER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: The most words of an organisation's tagged name a French speaker phrase cut off may take back.
_ORGANIZATION_NAME_REST = 3


class _NoMatch(enum.Enum):
    """A resolution step that does not apply to the phrase: the next step decides."""

    NO_MATCH = enum.auto()


_NO_MATCH = _NoMatch.NO_MATCH


@dataclass(frozen=True)
class _Phrase:
    """A speaker phrase cut to whole words: its tokens, token bounds and character bounds."""

    tokens: list[Token]
    lo: int
    hi: int
    start: int
    end: int


def _tag_titled_names(doc: Doc, lexicon: Lexicon, tokens: list[Token]) -> None:
    """A name in apposition to a title (« le Premier ministre Jean Castex », « le ministre de
    l'Économie Bruno Le Maire », "the minister, Ana Diaz") is a person: the recogniser often
    swallows it into the title's entity (MISC, ORG) or cuts it. Such names become person
    entities in the Doc, so every later step (speakers, accused, claims) reads them as people."""
    spans: list[tuple[int, int]] = []
    deps, tags = dep_labels(doc), pos_tags(doc)  # (read for every token: the per-Doc lists)
    for token in tokens:
        if deps[token.i] != "appos" or not token.text[:1].isupper() or token.ent_type_ in _PERSON_LABELS:
            continue
        if tags[token.i] != "PROPN" and not (tags[token.i] == "NOUN" and any(c.dep_ == "flat:name" for c in token.children)):
            # (A first name the tagger does not know is read as a noun, « Najat »; the
            # surname the parse hangs on it as a name's part tells what it is.)
            continue
        if token.head.lemma_.lower() not in lexicon.titles and token.head.lower_ not in lexicon.titles:
            continue
        end = token.i + 1
        # The name's other words: capitalised, or a particle before one (« Le Maire », "de Gaulle").
        while end < len(doc) and (
            doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN", "DET", "ADP") and doc[end].is_alpha
            or doc[end].is_lower and doc[end].pos_ in ("DET", "ADP") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN"
        ):
            end += 1
        if end - token.i >= 2:
            spans.append((token.i, end))
    if not spans:
        return
    label = "PERSON" if lexicon.language == "en" else "PER"
    kept = []
    for ent in doc.ents:
        inside = next(((lo, hi) for lo, hi in spans if ent.start < hi and lo < ent.end), None)
        if inside is None:
            kept.append(ent)
        elif ent.start < inside[0]:
            kept.append(Span(doc, ent.start, inside[0], label=ent.label_))  # the title's part
    kept += [Span(doc, lo, hi, label=label) for lo, hi in spans]
    doc.ents = sorted(kept, key=lambda e: e.start)


@functools.lru_cache(maxsize=1 << 14)
def _norm(text: str) -> str:
    # (remembered: the registry normalises the same few names for every phrase it resolves)
    return re.sub(r"\s+", " ", text.translate(_APOSTROPHES)).strip().lower()


@functools.cache
def _locutions_by_last_word(locutions: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multiword adverbs by their last word, each word's in the lexicon's order: a phrase's
    end is compared with those ending on its own last word only."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for locution in locutions:
        if locution:
            by_last.setdefault(locution[-1], []).append(locution)
    return {last: tuple(group) for last, group in by_last.items()}


#: Per country forms table and country (`built_once`): the pattern of the country's written forms.
_COUNTRY_PATTERNS: dict[Hashable, tuple[Any, Any]] = {}


def _country_pattern(country: str, country_forms: dict[str, str]) -> re.Pattern[str]:
    """The country's name and the forms ``country_forms`` gives it, as whole words in any case:
    made once per country, where each article asked for it again (a scan of every form)."""
    def pattern() -> re.Pattern[str]:
        forms = {country.lower()} | {form for form, named in country_forms.items() if named == country}
        return re.compile("|".join(r"(?<!\w)" + re.escape(form) + r"(?!\w)" for form in sorted(forms)), re.IGNORECASE)

    return built_once(_COUNTRY_PATTERNS, country_forms, (id(country_forms), country), pattern)


#: Per lexicon (`built_once`): `SpeakerRegistry._person_noun_words`.
_PERSON_NOUN_WORDS: dict[Hashable, tuple[Any, Any]] = {}


class SpeakerRegistry:
    """Resolves speaker phrases of one parsed document to merged entities."""

    def __init__(self, doc: Doc, lexicon: Lexicon, quote_mask: list[bool], tokens: list[Token] | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text rebuilds the string on every access
        self.lex = lexicon
        # Every token once (a Doc builds a new Token on every access): phrases are sliced from it.
        self._tokens = tokens if tokens is not None else list(doc)
        self._locutions_by_last = _locutions_by_last_word(lexicon.adverbial_locutions)
        self.entities: dict[str, Entity] = {}
        self._resolved: dict[tuple[tuple[int, ...], int, bool, bool, bool], SpeakerRef | None] = {}  # resolve()'s answers
        self._bounds_of_phrases: dict[tuple[tuple[int, ...], bool], _Phrase | None] = {}  # _phrase_bounds' answers, in resolve()
        self._phrases: dict[tuple[int, int, int], list[Token]] = {}  # _np()'s answers
        self._country_named: dict[str, bool] = {}  # country -> whether the article names it
        self._state_as_country = True  # outside resolve(): typed() is asked for accused parties
        self._quote_mask = quote_mask
        # The hyphens inside one word (`joins_word`), found once: phrases ask at every edge.
        # (a hyphen's lower case form is the hyphen: the per-Doc list, no string cut per token)
        lowers = lower_forms(doc)
        self._joining = frozenset(
            i
            for i in range(1, len(doc) - 1)
            if lowers[i] in _WORD_HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and doc[i + 1].is_alpha
        )
        # Person names outside quotations, in order: (start_char, full name) for coreference.
        self._persons: list[tuple[int, str, Span]] = []
        self._full_by_surname: dict[str, str] = {}
        self._surnames_shared: set[str] = set()  # (set once every person is known, below)
        _tag_titled_names(doc, lexicon, self._tokens)
        # Doc.ents builds new Span objects on every access: read them once. The place and agency
        # of a wire dateline (« LYON (AFP) - ») are the wire's: no speaker, no one a phrase names.
        self.datelines = dateline_ranges(doc)
        self._ents: list[Span] = [e for e in doc.ents if not any(lo <= e.start_char < hi for lo, hi in self.datelines)]
        self._ent_starts = [e.start for e in self._ents]
        self._classified_organizations, self._classifying_nouns = self._names_classified_as_organizations()
        self._classified_spans = self._classified_organization_spans([e for e in self._ents if e.label_ == "ORG"])
        self._classified_starts = [span.start for span in self._classified_spans]
        # (a person the recogniser read inside such a name, « Héliade » of « le promoteur Héliade
        # Habitat », is no one)
        in_classified = {i for span in self._classified_spans for i in range(span.start, span.end)}
        self._topic_pronoun_depth = 0  # (how deep `_french_described_subject_before` follows il/elle back)
        self._place_names = self._names_read_as_places()
        for ent in self._ents:
            tagged = ent.label_ in _PERSON_LABELS
            if (tagged or self._first_named_person(ent)) and not quote_mask[ent.start]:
                name = self._clean_name(ent)
                if not name or name in self._classified_organizations or ent.start in in_classified or ent.text in self._place_names:
                    continue
                self._persons.append((ent.start_char, name, ent))
                parts = name.split()
                known = self._full_by_surname.get(parts[-1].lower()) if len(parts) >= 2 else None
                # The fullest form stands for the surname ("Mary Ann Vollrath" over a "Studio
                # Vollrath" the recogniser also took for a person); a name only its first name
                # makes a person takes no surname a tagged person already holds, nor does a
                # relative's ("his wife, Ann Lee Vey": the Vey named before keeps "Vey").
                if len(parts) >= 2 and (known is None or tagged and len(parts) > len(known.split()) and not self._relative_apposed(ent)):
                    self._full_by_surname[parts[-1].lower()] = name
        self._spelling: dict[str, str] = {}  # a name as written -> the spelling standing for its person
        if lexicon.language == "en":  # (measured on English only)
            self._merge_name_spellings()
        self._add_untagged_mentions(self._tokens)
        self._organizations = self._organization_mentions(self._tokens)
        self._organization_starts = [o.start for o in self._organizations]
        self._persons.sort(key=lambda p: p[0])
        self._person_starts = [p[0] for p in self._persons]
        # A first name alone ("…,” Jordan said) stands for the one full name that starts with it.
        firsts: dict[str, set[str]] = {}
        for _, name, _ in self._persons:
            parts = name.split()
            if len(parts) >= 2:
                firsts.setdefault(parts[0].lower(), set()).add(name)
        self._full_by_first = {first: next(iter(names)) for first, names in firsts.items() if len(names) == 1 and first not in self._full_by_surname}
        if lexicon.language == "en":  # (measured on English only)
            self._add_short_first_names(firsts)
        # Each mention under the one full name it abbreviates ("Keller" → "Anna Keller"), so that
        # the pronouns after "Keller" and after "Anna Keller" tell the gender of one person.
        # A surname several people share ("Tom Vey", "Ada Vey") stays as written.
        shared = self._shared_surnames()
        self._surnames_shared = shared
        self._persons = [(start, self._canonical(name, shared), span) for start, name, span in self._persons]
        # People who are the subject of a clause: the topic a later he/she/il/elle continues.
        self._subjects = [p for p in self._persons if self._is_subject(p[2])]
        self._subject_starts = [p[0] for p in self._subjects]
        self._finding_author = False  # resolving a document's author (no document inside it)
        self._titles_by_name: dict[str, list[tuple[int, str]]] | None = None  # (`_titles_given`)
        self._genders = self._pronoun_genders()
        self._name_genders = self._first_name_genders()

    def _names_read_as_places(self) -> frozenset[str]:
        """One sense per article: the names the recogniser reads as a place at least three times and
        more often than as a person. "Springfield … and Springfield became his home": the one
        mention it takes for a person there is the town all the same, which no he/she after it
        stands for. (Twice is not enough: the small English model reads a singer's one-word
        name as a place as often as that.)"""
        places = Counter(e.text for e in self._ents if e.label_ in _PLACE_LABELS)
        people = Counter(e.text for e in self._ents if e.label_ in _PERSON_LABELS)
        return frozenset(name for name, count in places.items() if count >= _PLACE_READINGS and count > people[name])

    def _spellings_of_one_name(self, a: str, b: str) -> bool:
        """Whether two full names the article gives are one person's written two ways: the same
        surname after a short and a formal first name or a first name a letter off, the same
        first name before a surname a letter off, or a middle name in one only. Two first names
        of different genders (lexicon first_names: "Eric" / "Erica") are two people."""
        pa, pb = a.lower().split(), b.lower().split()
        if a == b or len(pa) < 2 or len(pb) < 2 or len(pa) > 2 and len(pb) > 2 and pa[1:-1] != pb[1:-1]:
            return False
        (first_a, last_a), (first_b, last_b) = (pa[0], pa[-1]), (pb[0], pb[-1])
        genders = self.lex.first_name_genders
        if first_a in genders and first_b in genders and genders[first_a] != genders[first_b]:
            return False
        if last_a == last_b:
            return first_a == first_b or _short_first_name(first_a, first_b) or _short_first_name(first_b, first_a) or _one_letter_off(first_a, first_b)
        return first_a == first_b and _one_letter_off(last_a, last_b)

    def _merge_name_spellings(self) -> None:
        """One person under one name when the article writes the name two ways: "Ken Ward" and
        "Kenneth Ward", "Ann Lee Roe" and "Ann Roe", "Tom Brazile" twice and "Tom Brazille"
        once. The fullest form stands for every spelling (most words, then the formal first
        name, then the spelling written most often, surname mentions counted), and a surname
        alone that is a letter off that person's ("Brazille said") is theirs."""
        names = Counter(name for _, name, _ in self._persons)
        surnames = Counter(name.split()[-1].lower() for name in names.elements())
        full_names = [name for name in names if " " in name]
        groups: list[list[str]] = []
        for name in full_names:
            joined = [group for group in groups if any(self._spellings_of_one_name(name, other) for other in group)]
            merged = [name, *(other for group in joined for other in group)]
            groups = [group for group in groups if group not in joined] + [merged]
        for group in groups:
            if len(group) < 2:
                continue
            fullest = max(group, key=lambda n: (len(n.split()), len(n.split()[0]), surnames[n.split()[-1].lower()], names[n], len(n)))
            for name in group:
                self._spelling[name] = fullest
                # (a surname that already stands for someone else stays theirs: "Studio Roe"
                # written two ways does not take "Roe" from "Ann Roe")
                surname = name.split()[-1].lower()
                if self._full_by_surname.get(surname, name) in group:
                    self._full_by_surname[surname] = fullest
        for name in names:
            key = name.lower()
            if " " in name or key in self._full_by_surname:
                continue
            full = self._full_name_of_surname(key)
            if full is not None:
                self._full_by_surname[key] = self._spelling[name] = full
        if self._spelling:
            self._persons = [(start, self._spelling.get(name, name), span) for start, name, span in self._persons]

    def _full_name_of_surname(self, surname: str) -> str | None:
        """The full name the article gave for a surname written alone, or for a slip of its
        spelling: the one full name whose surname it is a letter off ("Labbot" for "Elise Labott")."""
        full = self._full_by_surname.get(surname)
        if full is not None:
            return full
        # (only a surname of letters is spelt: one with a mark glued to it, "Martin\u200f", is
        # the same name once the mark is stripped, not a slip another name can be one of)
        near = {full for known, full in self._full_by_surname.items() if known.isalpha() and _one_letter_off(surname, known)}
        return near.pop() if len(near) == 1 else None

    def _add_short_first_names(self, firsts: dict[str, set[str]]) -> None:
        """A short form of a first name alone ("Ken" after "Kenneth Ward") stands for the one
        full name whose first name it shortens (``firsts``: first name -> the full names)."""
        for _, name, _ in self._persons:
            key = name.lower()
            if " " not in name and key not in self._full_by_first and key not in self._full_by_surname:
                formal = [first for first in firsts if _short_first_name(key, first)]
                if len(formal) == 1 and formal[0] in self._full_by_first:
                    self._full_by_first[key] = self._full_by_first[formal[0]]

    def _first_named_person(self, ent: Span) -> bool:
        """English: a name the recogniser took for an organisation or a title ("Carly Fiorina"
        tagged ORG, "Fiorina" a work of art) that opens with a first name of one gender (lexicon
        first_names) and goes on with a capitalised surname is a person: a first name and a
        surname are what a person's name is made of, and an organisation named so carries its
        organisation word ("Walt Disney Company", lexicon organization_words)."""
        if self.lex.language != "en" or ent.label_ not in _FIRST_NAMED_MISLABELS or not 2 <= len(ent) <= 3:
            return False
        words = [t for t in ent if t.text not in ("'s", "’s")]
        if len(words) < 2 or words[0].lower_ not in self.lex.first_name_genders:
            return False
        if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() for t in words):
            return False
        return not any(t.lemma_.lower() in self.lex.organization_words or t.lemma_.lower() in self.lex.government_words for t in words)

    def _relative_apposed(self, ent: Span) -> bool:
        """English: a name set in apposition to a noun for someone's relative or circle ("his
        wife, Ann Vey", "her son, Tom Vey"; lexicon circle_nouns). (measured on English only)"""
        root = ent.root
        return self.lex.language == "en" and root.dep_ == "appos" and root.head.lemma_.lower() in self.lex.circle_nouns

    def _add_untagged_mentions(self, tokens: list[Token]) -> None:
        """Mentions of people the recogniser did not tag: a surname alone (a mention of the full
        name), a one-word name tagged elsewhere, a proper-noun subject that he/she takes up."""
        doc = self.doc
        tagged = {p[0] for p in self._persons}
        # One sense per article: a one-word name tagged as a person somewhere is that person
        # where the recogniser missed it too ("Kowalczyk has four goals" opening a sentence).
        single_names = {name.lower() for _, name, _ in self._persons if " " not in name}
        untagged_subjects: list[Token] = []
        tags, lowers = pos_tags(doc), lower_forms(doc)  # (read for every token: the per-Doc lists)
        surnames = self._full_by_surname if self.lex.language == "en" else {}
        # (``tokens`` is every token of the Doc: only the proper nouns' Tokens are read, and the
        # common nouns that are a known surname)
        for token in (tokens[i] for i, tag in enumerate(tags) if tag == "PROPN" or tag in ("NOUN", "VERB") and lowers[i] in surnames and self._surname_read_as_noun(tokens[i])):
            if not self._quote_mask[token.i] and token.idx not in tagged and token.ent_type_ not in _PERSON_LABELS:
                if token.lower_ in self._full_by_surname:
                    self._persons.append((token.idx, self._full_by_surname[token.lower_], doc[token.i : token.i + 1]))
                elif token.i + 1 < len(doc) and self.joins_word(doc[token.i + 1]):
                    # A hyphenated surname ("Vallaud-Belkacem") is several tokens.
                    start, end = self._whole_words(token.i, token.i + 1)
                    surname = span_text(doc[start:end]).lower()
                    if start == token.i and surname in self._full_by_surname:
                        self._persons.append((token.idx, self._full_by_surname[surname], doc[start:end]))
                elif token.dep_ in _SUBJECT_DEPS and token.lower_ in single_names and not any(c.pos_ == "PROPN" for c in token.children):
                    self._persons.append((token.idx, token.text, doc[token.i : token.i + 1]))
                elif token.dep_ in _SUBJECT_DEPS:
                    untagged_subjects.append(token)
        for token in untagged_subjects:
            untagged = self._untagged_person(token)
            if untagged is not None:
                self._persons.append((untagged.start_char, self._clean_name(untagged), untagged))

    def _surname_read_as_noun(self, token: Token) -> bool:
        """English: a capitalised word the tagger read as a common noun that is the surname of a
        person the article names in full ("Dorothy Woods … Woods continued"): one sense per
        article, it is that person (the lower-case common noun is not capitalised mid-sentence,
        and a sentence opening with the plural noun would not repeat a named person's surname).
        So is one it read as a verb, as it reads a surname ending in -ing ("Ann Hemming … ,
        Hemming recalled"), where the verb could not be capitalised: inside a sentence, or as
        a clause's subject."""
        if self.lex.language != "en" or not token.text.istitle() or token.lower_ not in self._full_by_surname:
            return False
        return token.pos_ != "VERB" or not token.is_sent_start or token.dep_ in _SUBJECT_DEPS

    def _organization_mentions(self, tokens: list[Token]) -> list[Span]:
        """The organisations named outside quotations, in order: the recogniser's ORG entities,
        and a one-word organisation name where it missed it ("In a statement, Acme said" when
        "Acme" is tagged elsewhere in the article: one sense per article)."""
        tagged = [e for e in self._ents if e.label_ == "ORG"]
        tagged += self._classified_spans
        tagged.sort(key=lambda span: span.start)
        names = {e.text for e in tagged if len(e) == 1}
        if not names:
            return tagged
        doc = self.doc
        tags = pos_tags(doc)  # (read for every token: the per-Doc list)
        untagged = [doc[t.i : t.i + 1] for t in tokens if tags[t.i] == "PROPN" and not t.ent_type_ and t.text in names and not self._quote_mask[t.i]]
        return sorted(tagged + untagged, key=lambda span: span.start)

    def _names_classified_as_organizations(self) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
        """French names the article itself calls an organisation by the noun before them (« la
        société Bétonval », « l'entreprise générale Ardimat », « le groupe Novalys »): a coined
        company name the recogniser takes for a person or a place is the company, so that « le
        groupe » or « l'entreprise » later takes it up and no « il » / « elle » does. Each name
        with its words, and with the noun it was first given with."""
        if self.lex.language != "fr":
            return {}, {}
        doc, tags = self.doc, pos_tags(self.doc)
        nouns = union(self.lex.organization_words, self.lex.organization_anaphors)
        names = {}  # (each name with its words, to find its other mentions by)
        classifying_nouns: dict[str, str] = {}
        for t in self._tokens:
            if tags[t.i] != "NOUN" or not t.is_lower or t.lower_ not in nouns or self._quote_mask[t.i]:
                continue
            if t.i == 0 or tags[t.i - 1] != "DET":
                continue
            k = t.i + 1
            while k < len(doc) and k - t.i <= 2 and tags[k] == "ADJ" and doc[k].is_lower:
                k += 1  # « l'entreprise générale X », « la société pharmaceutique X »
            end = k
            # (a coined name's words may be tagged anything but a function word: « le promoteur
            # Héliade Habitat » comes out as punctuation and a common noun)
            while end < len(doc) and end - k < 4 and tags[end] in _NAME_WORD_TAGS and doc[end].text[:1].isupper() and not self._quote_mask[end]:
                end += 1
            # (not a name that goes on in lower case, « le collectif Eau juste 45 »: where it
            # ends is unknown, and its first word alone is no name)
            if end > k and not (end < len(doc) and doc[end].is_lower and tags[end] in ("NOUN", "ADJ", "NUM")):
                names[span_text(doc[k:end])] = tuple(t.text for t in doc[k:end])
                classifying_nouns.setdefault(span_text(doc[k:end]), t.lower_)
        return names, classifying_nouns

    def _classified_organization_spans(self, tagged: list[Span]) -> list[Span]:
        """The mentions, outside quotations, of the names `_names_classified_as_organizations`
        found, where the recogniser tagged no organisation: read off the words, since the
        recogniser may have tagged a coined name as something else or cut it (« Héliade » of
        « Héliade Habitat » a person) or tagged nothing at all."""
        if not self._classified_organizations:
            return []
        doc = self.doc
        taken = {i for e in tagged for i in range(e.start, e.end)}
        names_by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in self._classified_organizations.values():
            names_by_first.setdefault(words[0], []).append(words)
        spans = []
        k = 0
        while k < len(doc):
            found = None
            if doc[k].text in names_by_first and k not in taken and not self._quote_mask[k]:
                for words in sorted(names_by_first[doc[k].text], key=len, reverse=True):
                    if tuple(t.text for t in doc[k : k + len(words)]) == words:
                        found = doc[k : k + len(words)]
                        break
            if found is not None:
                spans.append(found)
                k = found.end
            else:
                k += 1
        return spans

    def _shared_surnames(self) -> set[str]:
        """Surnames that end the full names of several people in the article."""
        full_names: dict[str, set[str]] = {}
        for _, name, _ in self._persons:
            parts = name.split()
            if len(parts) >= 2:
                full_names.setdefault(parts[-1].lower(), set()).add(name)
        return {surname for surname, names in full_names.items() if len(names) > 1}

    def _canonical(self, name: str, shared: set[str]) -> str:
        """The full name a surname or first name alone stands for, unless several people share it."""
        if " " in name:
            return name
        key = name.lower()
        if key in shared:
            return name
        return self._full_by_surname.get(key) or self._full_by_first.get(key) or name

    def person_names(self) -> list[str]:
        """The people the article names outside quotations, in order (coreference candidates)."""
        return [name for _, name, _ in self._persons]

    def _untagged_person(self, token: Token) -> Span | None:
        """A proper-noun subject the entity recogniser missed or took for a place or a company
        ("Mulder didn't hesitate", "Yuni, a resident of Lampung, …", "Laurin said …"), read as a
        person when a personal pronoun (he/she, il/elle) follows it in its sentence or the next,
        outside quotations, before any other subject: organisations and places are "it"."""
        doc = self.doc
        start = min([token.i] + [c.i for c in token.children if c.dep_ in ("compound", "flat", "flat:name") and c.i < token.i and c.pos_ == "PROPN"])
        end = max([token.i + 1] + [c.i + 1 for c in token.children if c.dep_ in ("flat", "flat:name") and c.i > token.i and c.pos_ == "PROPN"])
        name = doc[start:end]
        text = name.text
        if not text[:1].isupper() or text in self._place_names or text in self.lex.capitals or _norm(text) in self.lex.country_forms or _norm(text) in self.lex.nationalities:
            return None
        if any(t.lemma_.lower() in self.lex.organization_words or t.lemma_.lower() in self.lex.government_words for t in name):
            return None
        # Not a person's name: a group ("New Democrats"), an acronym ("RCMP"), a name with an
        # article ("the 13th Amendment"), or a capitalised word opening a sentence with no
        # apposition to say who it is ("Story continues below …").
        if token.ent_type_ == "NORP" or "Plur" in morph_get(token, "Number", []) or any(t.text.isupper() and len(t.text) > 1 for t in name):
            return None
        if any(c.dep_ == "det" for c in token.children):
            return None
        if start > 0 and doc[start - 1].tag_ == "PRP$":
            return None  # "his White House bid": what he has, named; a person's own name takes no "his"
        if name[0].is_sent_start and not (end < len(doc) and doc[end].text == ","):
            return None
        if any(c.dep_ == "appos" and c.lemma_.lower() in self.lex.titles for c in token.children):
            return name  # "Navid Bains, Minister of Industry, said": a title in apposition
        sentence = sentence_of(token)
        limit = min(len(doc), sentence.end + 30)
        tags, lowers, deps = pos_tags(doc), lower_forms(doc), dep_labels(doc)  # (the per-Doc lists: no Token per word)
        for k in range(end, limit):
            if self._quote_mask[k]:
                continue
            if tags[k] == "PRON" and lowers[k].lstrip("-") in self.lex.person_pronouns and deps[k] in _SUBJECT_DEPS:
                return name
            if deps[k] in _SUBJECT_DEPS and tags[k] in ("PROPN", "NOUN") and lowers[k] not in self.lex.quantifier_subjects:
                return None  # (but "none of the networks", lexicon quantifier_subjects, is no one he/she takes up)
        return None

    def _pronoun_genders(self) -> dict[str, str]:
        """The grammatical gender the article's own pronouns give each person: after a sentence
        naming only that person, the first he/she/his/her (il/elle) outside quotations before
        anyone else is named votes for it ("Ana Ruiz founded the club. She …" → Fem). The
        majority of a person's votes decides; a tie gives none."""
        if not self.lex.pronoun_genders:
            return {}
        doc = self.doc
        # (the words after each person, read from the per-Doc lists: a few hundred per person)
        lowers, tags, deps = lower_forms(doc), pos_tags(doc), dep_labels(doc)
        quote_mask, pronoun_genders = self._quote_mask, self.lex.pronoun_genders
        votes: dict[str, dict[str, int]] = {}
        # The persons come in text order: those of a sentence are found by bisection.
        starts = [p[2].start for p in self._persons]
        in_order = all(a <= b for a, b in zip(starts, starts[1:]))
        for k, (_, name, span) in enumerate(self._persons):
            described = self._gender_of_apposed_noun(span)
            if described is not None:
                counts = votes.setdefault(name, {})
                counts[described] = counts.get(described, 0) + 1
            sentence = sentence_of(span)
            nearby = self._persons[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)] if in_order else self._persons
            if any(p[1] != name and sentence.start <= p[2].start < sentence.end for p in nearby):
                # (English: "Tom Vey, 58, says he never met Obama": the he/she subject of what a
                # named speaker's verb reports, before anyone else is named, is that speaker's.)
                reported = self._reported_own_pronoun(span, nearby)
                if reported is not None:
                    counts = votes.setdefault(name, {})
                    counts[reported] = counts.get(reported, 0) + 1
                continue
            stop = self._persons[k + 1][2].start if k + 1 < len(self._persons) else len(doc)
            limit = min(stop, sentence.end + 40)
            # Genders of the common nouns that are subjects between the name and the pronoun: the
            # pronoun may stand for such a nearer subject of its own gender (« Ana Ruiz raconte
            # que l'homme a dit qu'il était médecin »: « il » is the man's, no vote for Ana Ruiz).
            subject_noun_genders: set[str] = set()
            for i in range(span.end, limit):
                if quote_mask[i]:
                    continue
                if tags[i] == "NOUN" and deps[i] in _SUBJECT_DEPS:
                    subject_noun_genders.update(morph_get(doc[i], "Gender", []))
                gender = pronoun_genders.get(lowers[i])  # (a Token only for a pronoun's form)
                if gender is not None and tags[i] in ("PRON", "DET") and not self._impersonal(doc[i]):
                    if gender in subject_noun_genders:
                        break
                    counts = votes.setdefault(name, {})
                    counts[gender] = counts.get(gender, 0) + 1
                    break
        # The majority of a person's mentions decides: one stray "her" after a sentence about a
        # man (about his daughter, say) does not outvote the "he"s of the rest of the article.
        genders = {}
        for name, counts in votes.items():
            ranked = sorted(counts.values(), reverse=True)
            if len(ranked) == 1 or ranked[0] > ranked[1]:
                genders[name] = max(counts, key=lambda g: counts[g])
        return genders

    def _reported_own_pronoun(self, span: Span, nearby: Sequence[tuple[int, str, Span]]) -> str | None:
        """English: the gender of the he/she that is the subject of the clause a name's own
        speech verb reports, when no one else is named between them ("Tom Vey, 58, who lives
        nearby, says he …" → Masc)."""
        if self.lex.language != "en":
            return None
        root = span.root
        verb = root.head
        if root.dep_ not in _SUBJECT_DEPS or verb.i < span.end or verb.lemma_.lower() not in self.lex.speech_verbs:
            return None
        for child in verb.children:
            if child.dep_ != "ccomp" or child.i < verb.i:
                continue
            subject = next((c for c in child.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is None or subject.pos_ != "PRON" or self._quote_mask[subject.i]:
                return None
            gender = self.lex.pronoun_genders.get(subject.lower_)
            if gender is None:
                return None
            if any(span.end <= p[2].start < subject.i for p in nearby):
                return None
            return gender
        return None

    @staticmethod
    def _noun_words(noun: Token) -> set[str]:
        """A noun's form and lemma (lower case), also without the « ex- » of a former title."""
        words = {noun.lower_, noun.lemma_.lower()}
        return words | {word[3:] for word in words if word.startswith("ex-")}

    def _person_noun(self, noun: Token) -> bool:
        """Whether a noun names a person by role, tie or nationality (lexicon titles,
        person_nouns, circle_nouns, nationalities)."""
        return bool(self._noun_words(noun) & self._person_noun_words)

    @functools.cached_property
    def _person_noun_words(self) -> frozenset[str]:
        """`_person_noun`'s words, joined once per lexicon: a thousand words, whose join on
        every call outweighed the membership test itself (and on every article, a few rules)."""
        lex = self.lex
        return built_once(_PERSON_NOUN_WORDS, lex, id(lex), lambda: frozenset(lex.titles | lex.person_nouns | lex.circle_nouns | lex.nationalities.keys()))

    def _gender_of_apposed_noun(self, span: Span) -> str | None:
        """The gender a French noun for a person's role or nationality tells of the name apposed
        to it (« le Belge Paul Roux », « la ministre Léa Roux », « une avocate, Léa Roux »): its
        article's, else the noun's own (« l'avocate »). A vote like a pronoun's."""
        root = span.root
        noun = root.head
        # (the parse may call the apposed name a complement without a preposition: nmod)
        apposed = root.dep_ == "appos" or root.dep_ == "nmod" and not any(c.dep_ == "case" for c in root.children)
        if self.lex.language != "fr" or not apposed or noun.i >= span.start or noun.pos_ not in ("NOUN", "PROPN") or self._quote_mask[noun.i]:
            return None
        if not self._person_noun(noun):
            return None
        article = next((c for c in noun.children if c.dep_ == "det"), None)
        told = morph_get(article, "Gender", []) if article is not None else []
        told = told or morph_get(noun, "Gender", [])
        return told[0] if len(told) == 1 and told[0] in self.lex.pronoun_genders.values() else None

    def _noun_phrase_genders(self, noun: Token) -> list[str]:
        """The genders a French noun phrase tells: its article's when the article tells one, else
        the noun's own. A noun of both genders (« ministre », « juge », « porte-parole ») shows
        its gender only on its article, and the tagger guesses one for the noun alone."""
        article = next((c for c in noun.children if c.dep_ == "det"), None)
        return (morph_get(article, "Gender", []) if article is not None else []) or morph_get(noun, "Gender", [])

    def _impersonal(self, pronoun: Token) -> bool:
        """An impersonal « il » (« il s'agit de », « il faut », « il y a », « il est clair que »):
        the parse's expletive subject of an impersonal verb (lexicon) or of a copula's
        predicate. The parse also calls « Il estime que » expletive, so the label alone is not enough."""
        if pronoun.dep_ != "expl:subj":
            return False
        verb = pronoun.head
        return verb.lemma_.lower() in self.lex.impersonal_verbs or any(c.dep_ == "cop" for c in verb.children)

    def _first_name_genders(self) -> dict[str, str]:
        """The gender a full name's first name gives ("Michelle Arkwright" → Fem; lexicon:
        first_names). It rules out a person a pronoun cannot stand for, and is surer for that
        than the votes of pronouns, which a sentence about someone else (“Ana said Tom left.
        He …”) can give to the wrong person; it does not make a person preferred. A person the
        article names by a first name alone ("his wife, Jane") has that name's gender too, unless
        the word is also the surname of someone it names in full."""
        first_names = self.lex.first_name_genders
        if not first_names:
            return {}
        found = {}
        for _, name, _ in self._persons:
            parts = name.split()
            alone = len(parts) == 1 and parts[0].lower() not in self._full_by_surname
            gender = first_names.get(parts[0].lower()) if len(parts) >= 2 or alone else None
            if gender is not None:
                found[name] = gender
        return found

    def _known_gender(self, name: str) -> str | None:
        """The gender the article tells for a person: the first name's (lexicon), else the
        pronouns' votes."""
        return self._name_genders.get(name, self._genders.get(name))

    def _agrees(self, name: str, gender: str | None) -> bool:
        """Whether a person may be what a pronoun of this gender stands for (unknown: yes)."""
        return gender is None or self._name_genders.get(name, self._genders.get(name, gender)) == gender

    def _is_subject(self, span: Span) -> bool:
        """Whether a name is a clause's subject, itself or through an apposition or a
        conjunction ("Jeff Dorval" in "the director, Jeff Dorval, says …"). A name that only
        modifies a common noun ("said Ann Roe, a Miller delegate", "the Cole campaign said") is
        no subject: the noun is."""
        t = span.root
        for _ in range(4):
            if t.dep_ in _SUBJECT_DEPS:
                return True
            if t.dep_ not in ("compound", "flat", "flat:name", "appos", "conj") or t.head.i == t.i or t.dep_ == "compound" and t.head.pos_ == "NOUN":
                return self._closes_subject_phrase(span)
            t = t.head
        return False

    def _closes_subject_phrase(self, span: Span) -> bool:
        """« L'ancienne candidate à la primaire du parti Léa Roux a annoncé … »: a name that ends a
        subject's phrase, right before the subject's verb, names the subject, a noun for a
        person; the parse hangs it as an apposition on the last noun of the subject's
        complements (« parti » here). Not a name apposed to a title of its own: « la version du
        décret du président Paul Roux » is the title holder's, a complement."""
        root = span.root
        if root.dep_ != "appos" or span.end >= len(span.doc) or self._noun_words(root.head) & self.lex.titles:
            return False
        following = span.doc[span.end]
        t = root.head
        for _ in range(5):
            if t.dep_ in _SUBJECT_DEPS and not self._person_noun(t):
                return False
            if t.dep_ in _SUBJECT_DEPS:
                verb = t.head
                return following.i == verb.i or following.head.i == verb.i and following.dep_ in ("aux", "aux:tense", "aux:pass", "cop")
            if t.dep_ not in ("nmod", "conj", "appos") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def ents_in(self, lo: int, hi: int) -> list[Span]:
        """Named entities lying inside tokens [lo, hi)."""
        k = bisect_left(self._ent_starts, lo)
        out = []
        while k < len(self._ents) and self._ents[k].start < hi:
            if self._ents[k].end <= hi:
                out.append(self._ents[k])
            k += 1
        return out

    # -- naming -----------------------------------------------------------------------------
    def joins_word(self, token: Token) -> bool:
        """Whether a token is a hyphen inside one word ("Martin-Leroux", "Météo-France",
        "vice-président"): no space on either side and a word after it."""
        return token.i in self._joining

    def elision_mark(self, token: Token) -> bool:
        """Whether a token is the apostrophe of an elided word the tokenizer cut off (« l’ ONU »,
        « d' Australie »): glued to the letter before it."""
        return token.text in ("'", "’") and token.i > 0 and not self.doc[token.i - 1].whitespace_ and self.doc[token.i - 1].is_alpha

    def _whole_words(self, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        """Tokens [start, end) widened, inside [lo, hi), to the whole hyphenated words at its
        edges: the parser and the NER often stop at the hyphen ("Martin" for "Martin-Leroux")."""
        hi = len(self.doc) if hi is None else hi
        joining = self._joining  # (token indices: no Token built per step)
        while start > lo and (start - 1 in joining or start in joining):
            start -= 1
        while end < hi and (end - 1 in joining or end in joining):
            end += 1
        return start, end

    def _clean_name(self, span: Span) -> str:
        shared = self._first_name_sharing_surname(span)
        if shared is not None:
            return shared
        start, end = self._whole_words(span.start, span.end)
        tokens = [t for t in self.doc[start:end] if not t.is_punct or t.text in "-."]
        titled = False
        while tokens:
            if len(tokens) >= 2 and f"{tokens[0].lower_} {tokens[1].lower_}" in self.lex.titles:
                tokens, titled = tokens[2:], True  # « Premier ministre » tagged as a name: a two-word title, no one's name
            elif titled and self.lex.language == "fr" and tokens[0].lower_.translate(_APOSTROPHES) in GENITIVES and self._role_complement(tokens[1:]):
                return ""  # « Président du Tchad » tagged as a name: a title and whose it is, no one's name
            elif self._is_determiner(tokens[0]) or tokens[0].text in ("'", "’") or tokens[0].lower_ in self.lex.titles:
                titled = titled or tokens[0].lower_ in self.lex.titles
                tokens = tokens[1:]
            elif len(tokens) >= 2 and self._acronym_before_name(tokens[0], tokens[1]):
                tokens = tokens[1:]  # "AG Rowe", "GOP Roe": an office's or a body's initials, no one's first name
            elif len(tokens) >= 2 and _opening_modal(tokens[0]):
                tokens = tokens[1:]  # "Will Roe quit?": the modal opening a question, no one's first name
            else:
                break
        while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
            tokens = tokens[:-1]
        if len(tokens) > 1 and self._fronted_speech_verb(tokens[0], tokens[-1]):
            tokens = tokens[1:]  # "Stated Stone: “…”": the verb of an inverted cue, capitalised at the sentence start
        while len(tokens) > 1 and self._headline_speech_verb(tokens[-1]):
            tokens = tokens[:-1]  # "Mayor Reed Says Budget Is Safe": the headline's verb, capitalised like the name
        if not tokens or any(ch.isdigit() for t in tokens for ch in t.text):
            # A person's name holds no digits: "Bill C-412" or "Route 66" tagged as a person is not one.
            return ""
        if self.lex.language == "fr" and not any(t.text[:1].isupper() for t in tokens):
            # French: a name is capitalised; a lower-case word tagged as a person (« des traces
            # de prosulfocarbe ») is a thing the recogniser misread, no antecedent for « il ».
            return ""
        return self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]

    def _acronym_before_name(self, first: Token, following: Token) -> bool:
        """English: a word of two or three capitals the recogniser put before a name ("Former AG
        Rowe said", "GOP Roe"): the initials of an office or a body, not a first name, unless the
        name goes on in capitals too (a headline in capitals) or with a determiner ("CBS This Morning":
        a programme's name), or the word is a listed first name."""
        return (
            self.lex.language == "en" and first.is_alpha and first.is_upper and 2 <= len(first.text) <= 3
            and following.text[:1].isupper() and not following.is_upper and not self._is_determiner(following)
            and first.lower_ not in self.lex.first_name_genders
        )

    def _fronted_speech_verb(self, first: Token, last: Token) -> bool:
        """English: a past-tense speech verb opening a sentence before the speaker's name and a
        colon ("Stated Stone: “…”", "Added Ruiz:"), which the recogniser reads as a first name.
        Only a regular "-ed" form: "Said" is a first name too."""
        low = first.lower_
        doc = self.doc
        if self.lex.language != "en" or not low.endswith("ed") or not first.is_title or first.is_sent_start is False and first.i > 0 and not doc[first.i - 1].is_space:
            return False
        if last.i + 1 >= len(doc) or doc[last.i + 1].text != ":":
            return False
        stems = {low[:-1], low[:-2]} | ({low[:-3] + "y"} if low.endswith("ied") else set())
        return bool(stems & self.lex.speech_verbs)

    def _headline_speech_verb(self, token: Token) -> bool:
        """A capitalised present-tense speech verb ("Says", "Warns", "Denies"): in a headline
        written in title case the recogniser reads it as the end of the name before it."""
        if self.lex.language != "en" or not token.text[:1].isupper() or present_tense_verb_lemma(token.lower_, self.lex.speech_verbs) is None:
            return False
        # Only in a headline: in running text "States" or "Reports" ending a name is a noun
        # ("the Battleground States average").
        words = [t for t in sentence_of(token) if t.is_alpha and len(t) > 3]
        return sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)

    def _role_complement(self, tokens: list[Token]) -> bool:
        """Whether the words after « titre de » are what the title is of (« du Tchad », « de la
        Commission européenne »), not a name that follows a role (« de l'Intérieur Jean Roy »):
        no first name, and no two capitalised words in a row."""
        words = [t for t in tokens if t.text.isalpha()]
        if any(t.lower_ in self.lex.first_name_genders for t in words):
            return False
        return not any(a.text[:1].isupper() and b.text[:1].isupper() for a, b in zip(words, words[1:]))

    def _first_name_sharing_surname(self, span: Span) -> str | None:
        """« Thierry et Sylvie Marchand », "John and Mary Smith": a first name alone joined by « et »
        / "and" to a full name that also starts with a first name shares its surname: "Thierry
        Marchand". Both must be first names (lexicon first_names): "Kessler and Laura Finch" are two
        surnames' people."""
        first_names = self.lex.first_name_genders
        if len(span) != 1 or span[0].lower_ not in first_names or span.end + 1 >= len(self.doc):
            return None
        if self.doc[span.end].pos_ != "CCONJ" or self.doc[span.end].lower_ not in ("et", "and"):
            return None
        k = bisect_left(self._ent_starts, span.end + 1)
        if k >= len(self._ents) or self._ents[k].start != span.end + 1:
            return None
        partner = self._ents[k]
        if partner.label_ not in _PERSON_LABELS or len(partner) < 2 or partner[0].lower_ not in first_names or partner[1].lower_ in first_names:
            return None
        surname = self.text[partner[1].idx : partner.end_char]
        return f"{span_text(span)} {surname}"

    def _trim_phrase(self, tokens: list[Token]) -> list[Token]:
        """A speaker phrase without what the clause around it left at its edges: adverbs and
        conjunctions (« souligne encore l'Élysée », « ajoute-t-il encore », "also"), an adverbial
        phrase of the form preposition + possessive + noun before an inverted subject (« témoigne
        pour sa part un voisin »), and anything after an inverted clitic subject, which is a
        pronoun alone (« explique-t-il dans le communiqué »)."""
        def loose(t: Token) -> bool:
            return t.pos_ in ("ADV", "SCONJ", "CCONJ") and not t.ent_type_ and not self.joins_word(t) and not (t.i > 0 and self.joins_word(self.doc[t.i - 1]))

        while tokens and loose(tokens[0]):
            tokens = tokens[1:]
        while tokens and loose(tokens[-1]):
            tokens = tokens[:-1]
        if len(tokens) > 3 and tokens[0].pos_ == "ADP" and "Yes" in morph_get(tokens[1], "Poss", []) and tokens[2].pos_ == "NOUN":
            tokens = tokens[3:]
        comma = next((k for k, t in enumerate(tokens[:5]) if t.text == ","), None)
        if comma is not None and comma + 1 < len(tokens) and self._is_time_phrase(self._strip_det(tokens[:comma])):
            # « Ce lundi, 40 pharmacies ont indiqué … »: the parse may join the fronted
            # time adjunct to the subject; a day is no joint speaker.
            tokens = tokens[comma + 1 :]
        tokens = self._without_trailing_date(tokens)
        tokens = self._without_trailing_locution(tokens)
        tokens = self._without_trailing_audience(tokens)
        clitic = next((k for k, t in enumerate(tokens) if t.text[:1] in _WORD_HYPHENS and t.lower_.lstrip("-") in union(self.lex.person_pronouns, self.lex.plural_pronouns)), None)
        if clitic is not None and all(t.is_punct or t.pos_ == "AUX" for t in tokens[:clitic]):
            # « » , a-t-elle ainsi concédé »: the parse may hang the comma and the inverted
            # auxiliary on the clitic; the pronoun alone is the subject.
            tokens = tokens[clitic : clitic + 1]
        return tokens

    def _without_trailing_locution(self, tokens: list[Token]) -> list[Token]:
        """A speaker phrase without the adverbial locution the parse hung on it (« les rebelles
        quant à eux », « le ministre de son côté »; lexicon adverbial_locutions): how the clause
        goes on, not who speaks."""
        if len(tokens) < 3:
            return tokens  # (a locution has two words at least, and something must stay before it)
        words = [t.lower_.replace("’", "'") for t in tokens]
        for locution in self._locutions_by_last.get(words[-1], ()):
            n = len(locution)
            if 1 < n < len(words) and tuple(words[-n:]) == locution:
                return tokens[:-n]
        return tokens

    def _without_trailing_audience(self, tokens: list[Token]) -> list[Token]:
        """A speaker phrase without the audience or the occasion the parse hung on its noun
        (« selon un pompier à la presse », « a insisté la ministre au cours de sa conférence
        hebdomadaire », « a dit l'élu devant des journalistes »; lexicon claim_kinds audience_nouns
        and channel_nouns): whom or where the source spoke to, not part of who it is. Only a
        phrase after a noun or a name that a preposition other than « de » / "of" opens, so that
        whose title it is (« le président de la conférence des évêques ») stays. French: so is
        any phrase a preposition of place or occasion opens (« a déclaré l'avocate devant le
        commissariat », « a annoncé l'institut lors d'un congrès »; claim_kinds
        occasion_prepositions), unless a name goes on with it (« Droits devant 54 »)."""
        kinds = self.lex.claim_kinds
        occasions = union(kinds.get("audience_nouns", frozenset()), kinds.get("channel_nouns", frozenset()))
        addressee_prepositions = kinds.get("addressee_prepositions", frozenset())
        occasion_prepositions = kinds.get("occasion_prepositions", frozenset())
        for k in range(1, len(tokens) - 1):
            opener = tokens[k]
            if opener.pos_ not in ("ADP", "ADV") or opener.lower_.translate(_APOSTROPHES) in GENITIVES or tokens[k - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            if opener.lower_ in occasion_prepositions and opener.is_lower and tokens[k + 1].is_lower:
                return tokens[:k] + self._apposed_name_after(tokens, k)
            # (the noun of a compound preposition may come first: « au cours de sa conférence »)
            nouns = [t for t in tokens[k + 1 :] if not self._is_determiner(t) and t.pos_ != "ADP"][:2]
            if any(t.pos_ == "NOUN" and t.lower_ in occasions for t in nouns):
                return tokens[:k] + self._apposed_name_after(tokens, k)
            # « a confié Léa Roux à Paul Vidal, critique au Monde »: the person told is the
            # addressee of the speech verb, no second speaker (joint speakers are coordinated).
            if opener.lower_ in addressee_prepositions and nouns and nouns[0].ent_type_ in _PERSON_LABELS:
                return tokens[:k]
        return tokens

    @staticmethod
    def _apposed_name_after(tokens: list[Token], k: int) -> list[Token]:
        """« a estimé son représentant sur le site, Julien Roy »: the comma and the person's name
        that close a phrase after the occasion cut at ``k`` (the name the described speaker has),
        else nothing."""
        comma = next((j for j in range(k + 1, len(tokens) - 1) if tokens[j].text == ","), None)
        if comma is None or tokens[comma + 1].ent_type_ not in _PERSON_LABELS or any(t.ent_type_ not in _PERSON_LABELS for t in tokens[comma + 1 :]):
            return []
        return tokens[comma:]

    def _without_trailing_date(self, tokens: list[Token]) -> list[Token]:
        """A speaker phrase without the date the parse hung on its noun (« le Canard enchaîné de
        ce mercredi », « le juge le 15 mars »): a lower-case time phrase opened by a preposition or
        a determiner after a noun or name is when it spoke, not part of who it is."""
        for k in range(1, len(tokens)):
            tail = tokens[k:]
            if tokens[k].pos_ not in ("ADP", "DET") or tokens[k - 1].pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                continue
            if self._is_time_phrase(tail) and all(t.is_lower or t.like_num or not t.is_alpha for t in tail):
                return tokens[:k]
        return tokens

    def _is_determiner(self, token: Token) -> bool:
        """A determiner, including an elided one the tokenizer cut from its apostrophe (« l' ONU »)."""
        low = lower_forms(self.doc)[token.i].translate(_APOSTROPHES)  # (the per-Doc list: asked at every phrase's edge)
        if low in self.lex.determiners:
            return True
        after = token.i + 1
        return not token.whitespace_ and after < len(self.doc) and self.doc[after].text in ("'", "’") and low + "'" in self.lex.determiners

    def _strip_det(self, tokens: list[Token]) -> list[Token]:
        while tokens and (self._is_determiner(tokens[0]) or tokens[0].is_punct or tokens[0].pos_ == "ADP"):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        return tokens

    def _is_time(self, token: Token) -> bool:
        return token.lower_ in self.lex.time_words or token.ent_type_ in ("DATE", "TIME")

    def _text(self, tokens: list[Token]) -> str:
        return self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)] if tokens else ""

    def _entity(self, key: str, name: str, kind: str) -> Entity:
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, name=name, kind=kind)
            self.entities[key] = entity
        elif len(name) > len(entity.name) and kind == entity.kind == "person":
            entity.name = name
        return entity

    def person(self, full_name: str, *, titled: bool = False) -> Entity:
        """The person entity for a name; a surname (or, unless a title comes with it — "le pape
        François", "King Charles" — a first name) alone stands for the full name given elsewhere."""
        full_name = self._spelling.get(full_name, full_name)
        parts = full_name.split()
        if len(parts) == 1:
            first = None if titled else self._full_by_first.get(parts[0].lower())
            full_name = self._full_by_surname.get(parts[0].lower()) or first or full_name
        return self._entity("person:" + _norm(full_name), full_name, "person")

    def country(self, country: str, *, written: str | None = None) -> Entity:
        """A country's government. Its name is the country's when the article names the country
        anywhere; a capital standing for a country the article never names (« Moscou a
        démenti ») keeps the name as ``written`` (the full name only when the article gives it)."""
        name = country if written is None or self._article_names_country(country) else written
        return self._entity("country:" + _norm(country), name, "government")

    def institution(self, name: str) -> Entity:
        """An institution named by a word derived from it (« les violences policières »: la
        police), the same entity as the noun phrase « la police » would give."""
        kind = "government" if name in self.lex.government_words else "organization"
        return self._entity(f"{kind}:" + _norm(name), name, kind)

    def _article_names_country(self, country: str) -> bool:
        known = self._country_named.get(country)
        if known is None:
            pattern = _country_pattern(country, self.lex.country_forms)
            # (the forms are stored lower-cased: a match must keep a capital, "US" but not "us")
            known = self._country_named[country] = any(any(ch.isupper() for ch in m.group()) for m in pattern.finditer(self.text))
        return known

    # -- typing of non-person phrases -------------------------------------------------------------
    def country_named(self, tokens: list[Token]) -> str | None:
        """The country a phrase names itself: a capital or a form of the country's name."""
        text = self._text(self._strip_det(list(tokens)))
        if not text:
            return None
        if text in self.lex.capitals:
            return self.lex.capitals[text]
        return self.lex.country_forms.get(_norm(text))

    def country_of(self, tokens: list[Token]) -> str | None:
        """The country a phrase stands for: a capital, a country name, or state word + nationality."""
        named = self.country_named(tokens)
        if named:
            return named
        # (the per-Doc lists: every phrase resolved is asked)
        tags, lowers, lemmas = pos_tags(self.doc), lower_forms(self.doc), lemma_lowers(self.doc)
        head_lemmas = {lemmas[t.i] for t in tokens if tags[t.i] in ("NOUN", "PROPN")} | {lowers[t.i] for t in tokens if tags[t.i] in ("NOUN", "PROPN")}
        if head_lemmas & self.lex.state_words and len(tokens) <= 4:
            for t in tokens:
                # (by its lemma too: the lexicon lists few plural and feminine forms)
                country = self.lex.nationalities.get(lowers[t.i]) or self.lex.nationalities.get(lemmas[t.i])
                if country:
                    return country
        return None

    def _antecedent(self, head: Token) -> list[Token] | None:
        """"the board" → "The Riverton school board" named earlier: the last fuller phrase
        ending in the same noun, with a proper name in it."""
        doc = self.doc
        lowers, word = lower_forms(doc), head.lower_  # the words alone: no Token per step back
        for i in range(head.i - 1, max(-1, head.i - 400), -1):
            if lowers[i] != word or self._quote_mask[i]:
                continue
            j = i
            while j > 0 and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j - 1].dep_ in ("compound", "amod", "nmod", "flat", "flat:name"):
                j -= 1
            phrase = list(doc[j : i + 1])
            if len(phrase) > 1 and any(p.pos_ == "PROPN" for p in phrase):
                return phrase
            if self.lex.language == "fr" and self._institution_noun(doc[i]):
                # French: the name follows the noun (« le groupe automobile Nissan … , a ajouté le
                # groupe », « le ministère de l'Intérieur … précise le ministère »).
                sentence = sentence_of(doc[i])
                named = self._np(doc[i], sentence.start, min(sentence.end, head.i))
                if any((t.pos_ == "PROPN" or t.ent_type_) and t.i > i for t in named):
                    return named
        return None

    def _definite_organization_noun(self, tokens: list[Token]) -> bool:
        """"the company", "the security firm", "l'agence": a definite description whose head
        is a generic noun for a company or body (lexicon: organization_anaphors) and that names
        nobody. Institutions named by their function ("the city council") are left as they are."""
        # A place inside a hyphenated adjective describes it ("the Calgary-based railway"); a
        # nationality does not ("the Philippine immigration agency" is the country's own body).
        # A hyphenated word counts once.
        words = self._text(tokens).split() if tokens else []
        if not tokens or len(words) > 3 or any((t.pos_ == "PROPN" or t.ent_type_) and not self._place_in_hyphenated_word(t) for t in tokens):
            return False
        anaphors = union(self.lex.organization_anaphors, self.lex.collective_anaphors)
        if not any(t.pos_ == "NOUN" and (t.lemma_.lower() in anaphors or t.lower_ in anaphors) for t in tokens):
            return False
        before = tokens[0].i - 1
        # (« reproche au promoteur », « les comptes du transporteur »: the article fused with « à », « de »)
        return before >= 0 and self.doc[before].lower_ in ("the", "le", "la", "l'", "l’", "au", "du")

    def _organization_entity(self, organization: Span, tokens: list[Token]) -> Entity:
        """The organisation a description ("the company") takes up, with the description as an alias."""
        # "the company" names a company, whatever label the recogniser gave its name.
        entity = self.typed([t for t in organization if t.text not in ("'s", "’s")], "ORG")  # "Acme's" tagged with its 's
        entity.add_alias(self._text(tokens))
        return entity

    def _recent_organization_subject(self, token: Token) -> Span | None:
        """The last organisation named, outside quotations, as a main clause's subject (else as
        any clause's) in the sentence before the token's or in its own sentence before it: "Acme
        said that Bolt had revoked its licence. But the company …" is Acme."""
        sentence = sentence_of(token)
        lo = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        subjects = []
        persons = set(self.person_names())  # (read once, not per organisation)
        for k in range(bisect_left(self._organization_starts, lo), len(self._organizations)):
            ent = self._organizations[k]
            if ent.start >= token.i:
                break
            if self._other_kind_of_body(ent, token):
                continue
            # (a name the article gives a person elsewhere, « Verdier », is not the company)
            if not self._quote_mask[ent.start] and self._is_subject(ent) and span_text(ent).lower() not in self._full_by_surname and span_text(ent) not in persons:
                subjects.append(ent)
        main = [e for e in subjects if self._clause_head(e).dep_ == "ROOT"]
        ranked = main or subjects
        return ranked[-1] if ranked else None

    def _untagged_body_subject(self, token: Token) -> Span | None:
        """English: the name the main clause of the sentence before is about when the recogniser
        tagged it as no organisation ("Friends of the Earth issued a statement … “…,” the group
        said"): a capitalised subject that is no person's name and no place takes up "the
        group" as an organisation the recogniser did tag would."""
        sentence = sentence_of(token)
        if self.lex.language != "en" or sentence.start == 0:
            return None
        doc = self.doc
        root = sentence_of(doc[sentence.start - 1]).root
        subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN") and not self._quote_mask[c.i]), None)
        if subject is None:
            return None
        name = doc[subject.left_edge.i : subject.right_edge.i + 1]
        if subject.pos_ == "NOUN" and not any(t.text[:1].isupper() for t in name[1:]):
            return None  # ("Officials issued a statement": a sentence's first word is capitalised anyway)
        if name[0].lower_ == "the":
            name = name[1:]
        # (a name's own small words only: "Friends of the Earth", not "Acme, which …")
        if not 0 < len(name) <= 6 or not name[0].text[:1].isupper() or any(not t.text[:1].isupper() and t.lower_ not in _NAME_LINK_WORDS for t in name):
            return None
        # (a place inside the name is no matter: "Friends of the Earth"; an organisation the
        # recogniser tagged inside the subject, "Shares of Northwind Logistics", is the one the
        # other rules take up)
        if subject.ent_type_ in _PERSON_LABELS or subject.ent_type_ in _PLACE_LABELS or any(t.ent_type_ in _ORG_LABELS for t in name) or self._person_mention_at(name):
            return None
        return name

    def _person_mention_at(self, name: Span) -> bool:
        """Whether a person is named where the span starts ("Barden" after "Mark Barden"), or
        the span is a name the article gives a person."""
        k = bisect_left(self._person_starts, name.start_char)
        return k < len(self._persons) and self._persons[k][2].start < name.end or span_text(name) in self.person_names()

    def _name_classified_by(self, noun: Token) -> Span | None:
        """"the firm" → "Datalytics" introduced as "research firm Datalytics" or "Datalytics, a
        research firm": the nearest earlier name (outside quotations, within reach) that the same
        organisation noun classified, set before the name or apposed to it (French: « le
        promoteur X », « l'importateur, la société X », anywhere before). The article itself
        says what kind of body the name is, which outweighs a body merely named more recently."""
        if not self._organization_noun(noun):
            return None
        doc, lowers, word = self.doc, lower_forms(self.doc), noun.lower_
        english = self.lex.language == "en"
        name_beside = self._name_beside if english else self._french_name_beside
        for i in range(noun.i - 1, -1, -1):
            if english and noun.idx - doc[i].idx > _ORGANIZATION_REACH:
                return None  # (French: a name given with its noun holds for the whole article)
            if lowers[i] == word and not self._quote_mask[i]:
                name = name_beside(doc[i])
                if name is not None:
                    # (French: the noun the name was given with outweighs another body named
                    # since, « l'importateur, la société X » … « indique l'importateur », unless
                    # that body is a company too)
                    return None if self._organization_subject_between(name.end, noun.i, other_company=None if english else span_text(name)) else name
        return None

    def _organization_apposed_after(self, tokens: list[Token]) -> Span | None:
        """French: the organisation a comma sets right after a description (« sur le prestataire
        d'élagage, la société Sylvaforêt, qui … », « son promoteur, Promodelta, »): the name the
        description stands for, not an organisation named before it."""
        after = tokens[-1].i + 1
        if self.lex.language != "fr" or after >= len(self.doc) or self.doc[after].text != ",":
            return None
        k = bisect_left(self._organization_starts, after + 1)
        if k == len(self._organizations):
            return None
        name = self._organizations[k]
        between = self.doc[after + 1 : name.start]
        # (only the name's own determiner and the noun that classifies it in between)
        if len(between) > 3 or any(t.pos_ not in ("DET", "NOUN", "ADJ") or not t.is_lower for t in between):
            return None
        return name

    def _possessed_body_before(self, noun: Token) -> bool:
        """French: whether the last earlier mention of the noun brought the body in as someone's
        (« Ludiva accuse son fabricant » … « le fabricant »): another body than the one named,
        and one the article does not name."""
        if self.lex.language != "fr":
            return False
        lowers, word = lower_forms(self.doc), noun.lower_
        last = next((i for i in range(noun.i - 1, 0, -1) if lowers[i] == word and not self._quote_mask[i]), None)
        return last is not None and lowers[last - 1] in _FRENCH_POSSESSIVES

    def _other_kind_of_body(self, name: Span, noun: Token) -> bool:
        """French: whether the article gave a name with a noun for another kind of body than a
        company noun taking it up: « l'association Terre Vive affirme que l'entreprise … » is not
        about the association, whatever the subject."""
        given_with = self._classifying_nouns.get(span_text(name))
        anaphors = self.lex.organization_anaphors
        return given_with is not None and noun.lower_ in anaphors and given_with not in anaphors

    def _french_name_beside(self, noun: Token) -> Span | None:
        """French: the name an organisation noun classifies, after it (« l'importateur
        Ludiva ») or set after it by a comma (« l'importateur, la société Ludiva, »)."""
        return self._classified_name_after(noun) or self._organization_apposed_after([noun])

    def _classified_name_after(self, noun: Token) -> Span | None:
        """French: the name an organisation noun classifies, right after it or after its
        adjectives (« le promoteur Héliade Habitat », « la société bretonne Avenor »): one of
        `_names_classified_as_organizations`."""
        k = bisect_left(self._classified_starts, noun.i + 1)
        if k == len(self._classified_spans):
            return None
        name = self._classified_spans[k]
        between = self.doc[noun.i + 1 : name.start]
        return name if len(between) <= 2 and all(t.pos_ == "ADJ" and t.is_lower for t in between) else None

    def _organization_subject_between(self, lo: int, hi: int, *, other_company: str | None = None) -> bool:
        """Whether an organisation is a clause's subject between two tokens, outside quotations:
        "Acme said …. The company …" takes up Acme, whatever was called a company before.
        ``other_company``: only a company other than the one of that name, given with a company
        noun (« le groupe Bolterra »), which is the subject where the name hangs on it."""
        first, last = bisect_left(self._organization_starts, lo), bisect_left(self._organization_starts, hi)
        if other_company is None:
            return any(self._is_subject(ent) and not self._quote_mask[ent.start] for ent in self._organizations[first:last])
        anaphors = self.lex.organization_anaphors
        return any(
            not self._quote_mask[ent.start] and span_text(ent) != other_company and self._classifying_nouns.get(span_text(ent)) in anaphors
            and (self._is_subject(ent) or ent.root.head.lower_ in anaphors and ent.root.head.dep_ in _SUBJECT_DEPS)
            for ent in self._organizations[first:last]
        )

    def _organization_noun(self, noun: Token) -> bool:
        return any(w in words for w in (noun.lower_, noun.lemma_.lower()) for words in (self.lex.organization_anaphors, self.lex.organization_words))

    def _name_beside(self, noun: Token) -> Span | None:
        """The proper name an organisation noun classifies: the name it premodifies ("firm
        Datalytics", whose head is the name's last word), or the name it is apposed to
        ("Datalytics, a firm"). A name of a person is no organisation."""
        doc = self.doc
        head = noun.head

        def name_word(t: Token) -> bool:  # (the small model tags a coined name a common noun)
            return t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > sentence_of(t).start)

        after = noun.i + 1
        if noun.dep_ in ("compound", "nmod", "amod") and head.i > noun.i and name_word(head):
            start, end = after, head.i + 1
            if not all(name_word(t) or t.lower_ == "the" for t in doc[start:end]):
                return None
        elif after < len(doc) and name_word(doc[after]) and doc[after].dep_ in ("punct", "dep", "appos", "npadvmod") and doc[after].head.i != after:
            # ("company GroupM." read as one word hung on the verb as punctuation: the parse lost
            # the name but the words still stand side by side)
            start, end = after, after + 1
        elif noun.dep_ == "appos" and head.i < noun.i and name_word(head):
            start = head.i
            while start > 0 and name_word(doc[start - 1]):
                start -= 1
            end = head.i + 1
        else:
            return None
        if doc[start].lower_ == "the":
            start += 1
        name = doc[start:end]
        if len(name) == 0 or any(t.ent_type_ in _PERSON_LABELS for t in name) or span_text(name).lower() in self._full_by_surname:
            return None
        return name

    def _earlier_same_description(self, noun: Token) -> Token | None:
        """The last earlier definite mention of the same organisation noun (« la compagnie » …
        « la compagnie »), outside quotations and within reach, when no organisation was a
        clause's subject in between (that one would be what the later mention takes up)."""
        doc = self.doc
        lowers, word = lower_forms(doc), noun.lower_
        for i in range(noun.i - 1, 0, -1):
            if noun.idx - doc[i].idx > _ORGANIZATION_REACH:
                return None
            if lowers[i] != word or self._quote_mask[i] or lowers[i - 1] not in ("the", "le", "la", "l'", "l’"):
                continue
            lo = bisect_left(self._organization_starts, i)
            hi = bisect_left(self._organization_starts, noun.i)
            if any(self._is_subject(ent) and not self._quote_mask[ent.start] for ent in self._organizations[lo:hi]):
                return None
            return doc[i]
        return None

    def _plural_bodies_before(self, noun: Token) -> Span | None:
        """English: "Eleven rights organizations wrote to the mayor … the groups say": several
        bodies, the ones an earlier plural subject introduced, not one named body. The noun
        phrase of the last plural subject before a plural organisation noun whose head is a
        noun for bodies ("Eleven progressive organizations",
        "Two advocacy groups"; lexicon organization_anaphors, organization_words), outside
        quotations and within `_DESCRIPTION_REACH` characters (a lede's "Eleven groups" is taken up
        paragraphs later, and no single named body competes with it)."""
        doc, lex = self.doc, self.lex
        nouns = union(lex.organization_anaphors, lex.organization_words)
        lowers, tags, deps = lower_forms(doc), pos_tags(doc), dep_labels(doc)
        for i in range(noun.i - 1, -1, -1):
            if noun.idx - doc[i].idx > _DESCRIPTION_REACH:
                return None
            if tags[i] != "NOUN" or deps[i] not in _SUBJECT_DEPS or self._quote_mask[i] or i > 0 and lowers[i - 1] == "the":
                continue
            token = doc[i]
            if token.lemma_.lower() in nouns and "Plur" in morph_get(token, "Number", []):
                sentence = sentence_of(token)
                phrase = self._np(token, sentence.start, sentence.end)
                return doc[phrase[0].i : phrase[-1].i + 1]
        return None

    def _place_in_hyphenated_word(self, token: Token) -> bool:
        """A name that is the first part of a hyphenated adjective ending in a lower-case word
        ("Calgary-based", "Ottawa-area"; not "Coca-Cola"), whatever label the recogniser gave it."""
        after = token.i + 1
        return after + 1 < len(self.doc) and self.joins_word(self.doc[after]) and self.doc[after + 1].is_lower

    def _last_organization_before(self, token: Token) -> Span | None:
        """The organisation the last sentence naming one is about: its main clause's subject,
        else another subject, else the last one it names (outside quotations, within a few paragraphs).
        English: a plural noun ("the groups") takes up no one named body (`_plural_bodies_before`)."""
        if self.lex.language == "en" and "Plur" in morph_get(token, "Number", []):
            return self._plural_bodies_before(token)
        same: list[Span] = []
        # "the railway company" → "Northern Plains Railway": an organisation whose name holds
        # one of the phrase's nouns, named within reach, is the one it describes.
        nouns = {t.lower_ for t in sentence_of(token)[max(0, token.i - 3 - sentence_of(token).start) : token.i - sentence_of(token).start + 1] if t.pos_ == "NOUN"} | {token.lower_}
        for k in range(bisect_left(self._ent_starts, token.i) - 1, -1, -1):
            ent = self._ents[k]
            if token.idx - ent.start_char > _ORGANIZATION_REACH:
                break
            if ent.label_ in _ORG_LABELS | _PLACE_LABELS and not self._quote_mask[ent.start] and any(t.lower_ in nouns for t in ent):
                return ent  # (the recogniser often calls such a name a place)
        for k in range(bisect_left(self._organization_starts, token.i) - 1, -1, -1):
            ent = self._organizations[k]
            if self._quote_mask[ent.start] or span_text(ent).lower() in self._full_by_surname or self._other_kind_of_body(ent, token):
                # (the surname of a person the article names in full, "Keller" tagged as an
                # organisation; a body of another kind than the noun says)
                continue
            if not same:
                if token.idx - ent.start_char > _ORGANIZATION_REACH:
                    return None
                sentence_start = sentence_of(ent).start
            elif ent.start < sentence_start:
                break
            same.append(ent)
        subjects = [e for e in same if self._is_subject(e)]
        # The main clause's subject first: "Acme said that Bolt had revoked its licence. The
        # company …" is Acme.
        main = [e for e in subjects if self._clause_head(e).dep_ == "ROOT"]
        ranked = main or subjects or same
        return ranked[0] if ranked else None

    def typed(self, tokens: list[Token], label: str | None) -> Entity:
        """The entity a phrase that names no person stands for: what a definite description
        refers back to, a country, else an entity of the kind its head noun and label give."""
        tokens = self._strip_det(tokens)
        referred = self._referred_entity(tokens, label)
        if referred is not None:
            return referred
        surface = self._text(tokens)
        kind = self._kind(tokens, surface, label)
        if kind == "organization":
            fuller = self._fuller_organization_name(tokens)
            if fuller is not None:
                # (the fuller name as it would be typed itself, not resolved again: it is the longest)
                name = self._strip_det([t for t in fuller if t.text not in ("'s", "’s")])
                entity = self._entity("organization:" + _norm(self._text(name)), self._text(name), "organization")
                entity.add_alias(surface)
                return entity
        entity = self._entity(f"{kind}:" + _norm(surface), surface, kind)
        entity.add_alias(surface)
        return entity

    def _fuller_organization_name(self, tokens: list[Token]) -> Span | None:
        """English: the fuller name the article gives an organisation a short name stands for:
        the longest organisation name outside quotations whose first or last words the short
        name is ("Exxon" → "Exxon Mobil", "the Journal" → "The Wall Street Journal") or whose
        capitalised words' initials it spells ("AP" → "Associated Press"). Names that do not
        nest in one another ("Senate Intelligence Committee", "House Ethics Committee" for "the
        Committee") leave the short name as written; a person's name or a place is no short
        name of a company."""
        if self.lex.language != "en" or not tokens or len(tokens) > 4 or any(not t.text[:1].isupper() and not self.joins_word(t) for t in tokens):
            return None
        if any(t.ent_type_ in _PERSON_LABELS or t.ent_type_ in _PLACE_LABELS for t in tokens) or self._text(tokens) in self.person_names():
            return None
        short = tuple(t.lower_ for t in tokens if t.lower_ not in _ORGANIZATION_NAME_EXTRAS)
        # An acronym is a whole name of its own: it stands for the name whose initials it spells
        # ("AP", "Associated Press"), not for a longer one it opens ("NBC", "NBC News").
        acronym = short[0] if len(short) == 1 and tokens[0].text.isupper() and 2 <= len(tokens[0].text) <= 5 and tokens[0].is_alpha else None
        found: dict[tuple[str, ...], Span] = {}
        for organization in self._organizations:
            words = [t for t in organization if t.lower_ not in _ORGANIZATION_NAME_EXTRAS]
            names = tuple(t.lower_ for t in words)
            # (a name given elsewhere: the words of a mention cut out of the name itself are no short form)
            if not short or len(names) <= len(short) or names in found or organization.start <= tokens[-1].i and tokens[0].i < organization.end:
                continue
            if acronym is not None:
                if "".join(t.text[0].lower() for t in words if t.text[:1].isupper()) == acronym:
                    found[names] = organization
            elif names[: len(short)] == short or names[-len(short) :] == short:
                found[names] = organization
        if not found:
            return None
        longest = max(found, key=len)
        # (every other candidate must lie inside the longest: "Post" in "Washington Post" and
        # "The Washington Post Company" is one body named more fully, two unrelated ones are not)
        if any(not _contiguous_in(names, longest) for names in found):
            return None
        return found[longest]

    def _referred_entity(self, tokens: list[Token], label: str | None) -> Entity | None:
        """The entity a phrase refers to rather than names: "the report" → its earlier mention,
        "the company" → the organisation named before, a capital or state phrase → its country."""
        if len(tokens) == 1 and tokens[0].pos_ == "NOUN" and tokens[0].i > 0 and self.doc[tokens[0].i - 1].lower_ in ("the", "le", "la", "l'", "l’", "les"):
            classified = self._name_classified_by(tokens[0])
            if classified is not None:
                return self._organization_entity(classified, tokens)
            if self._definite_organization_noun(tokens) and not self._possessed_body_before(tokens[0]):
                # « FPI a confié … « … » , déclare la société »: an organisation that was just the
                # subject is the one "the company" takes up, before an older, fuller « société de
                # conseil de X » ending in the same noun.
                subject = self._recent_organization_subject(tokens[0]) or self._untagged_body_subject(tokens[0])
                if subject is not None:
                    return self._organization_entity(subject, tokens)
            antecedent = self._antecedent(tokens[0])
            if antecedent is not None:
                entity = self.typed(antecedent, label)
                entity.add_alias(self._text(tokens))
                return entity
        named = self._name_spelling_out(tokens)
        if named is not None:
            entity = self.typed(named, label)
            entity.add_alias(self._text(tokens))
            return entity
        source = self._described_source(tokens)
        if source is not None:
            return source
        if self._definite_organization_noun(tokens):
            noun = next((t for t in reversed(tokens) if t.pos_ == "NOUN"), tokens[0])
            classified = self._organization_apposed_after(tokens) or self._name_classified_by(noun)
            if classified is not None:
                return self._organization_entity(classified, tokens)
            if self._possessed_body_before(noun):
                return None
            # « La compagnie, qui employait … avec six avions-cargos. … La compagnie annonce »: the
            # same description keeps its referent; a name mentioned in between does not take it.
            earlier = self._earlier_same_description(noun)
            if earlier is not None:
                return self._referred_entity([earlier], label)
            organization = self._last_organization_before(noun)
            if organization is not None:
                return self._organization_entity(organization, tokens)
        # A capital or the country's name stands for the country. A speaking state phrase (« les
        # autorités russes », "the Canadian government") is a source of its own, named as written:
        # annotators keep it apart from the country even where the article names the country too.
        # An accused state is one party under all its names (la Chine, Pékin, le gouvernement chinois).
        country = self.country_of(tokens) if self._state_as_country else self.country_named(tokens)
        if country:
            entity = self.country(country, written=None if self._state_as_country else self._text(tokens))
            entity.add_alias(self._text(tokens))
            return entity
        return None

    def _name_spelling_out(self, tokens: list[Token]) -> list[Token] | None:
        """"the parole board" → "the Parole Board of Canada", "the city" → "the City of
        Leeds": a definite description in common nouns is the body whose proper name the article
        writes as those same words, capitalised, followed by "of" and what it serves (the
        short form of an "N of X" name). The nearest such name before the description, else
        the first one after it. A name with other words first ("International Union of …") is
        not what "the union" shortens."""
        doc = self.doc
        if not tokens or len(tokens) > 3 or tokens[0].i == 0 or doc[tokens[0].i - 1].lower_ != "the":
            return None
        head = tokens[-1]
        if any(not t.is_lower or not t.is_alpha or t.pos_ not in ("NOUN", "ADJ") for t in tokens) or head.pos_ != "NOUN":
            return None
        if any(head.lemma_.lower() in words for words in (self.lex.titles, self.lex.unnamed_nouns, self.lex.group_nouns)):
            return None
        words = [t.lower_ for t in tokens]
        before: list[Token] | None = None
        after: list[Token] | None = None
        for ent in self._ents:
            if ent.label_ not in _ORG_LABELS | _PLACE_LABELS or self._quote_mask[ent.start]:
                continue
            name = [t for t in ent if t.lower_ not in ("the", "'s", "’s")]
            lowers = [t.lower_ for t in name]
            if len(name) <= len(words) + 1 or lowers[: len(words) + 1] != [*words, "of"] or not all(t.text[:1].isupper() for t in name[: len(words)]):
                continue
            if ent.end <= tokens[0].i:
                before = name
            elif ent.start > head.i and after is None:
                after = name
        return before or after

    def _described_source(self, tokens: list[Token]) -> Entity | None:
        """"A person close to the talks says … according to the person": a definite
        anonymous-source noun alone is the source introduced before with that noun and a
        description (the latest one within a few paragraphs)."""
        if len(tokens) != 1 or tokens[0].pos_ != "NOUN" or tokens[0].lower_ not in self.lex.unnamed_nouns or "Plur" in morph_get(tokens[0], "Number", []):
            return None
        noun = tokens[0]
        if noun.i == 0 or self.doc[noun.i - 1].lower_ != "the":
            return None
        best: tuple[int, Entity] | None = None
        for entity in self.entities.values():
            words = entity.name.split()
            if entity.kind != "unnamed" or len(words) < 2 or words[0].lower() != noun.lower_:
                continue
            starts = [start for start, _ in entity.mentions if start < noun.idx and noun.idx - start <= _DOCUMENT_REACH]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), entity)
        if best is None:
            return None
        best[1].add_alias(noun.text)
        return best[1]

    @staticmethod
    def _typed_head(tokens: list[Token]) -> Token | None:
        """The head word of a phrase: its first subject/object/root word or the first word
        whose head lies outside it, else its last word."""
        for t in tokens:
            if t.dep_ in ("ROOT", "nsubj", "nsubj:pass", "nsubjpass", "pobj", "obj", "obl", "nmod") or t.head not in tokens:
                return t
        return tokens[-1] if tokens else None

    def _kind(self, tokens: list[Token], surface: str, label: str | None) -> str:
        """The kind of entity a phrase names, by its label, its head noun and the lexicon."""
        lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        head = self._typed_head(tokens)
        head_lemma = head.lemma_.lower() if head is not None else ""
        head_word = head.lower_ if head is not None else ""
        head_pos = head.pos_ if head is not None else ""
        if label in _PLACE_LABELS and not any(ch.isdigit() for ch in surface):
            return "government"
        if head_word in self.lex.group_nouns:
            return "group"
        if head_word in self.lex.unnamed_nouns:
            return "unnamed"
        if head_lemma in self.lex.titles and head_pos == "NOUN":
            return "person"
        if lemmas & self.lex.government_words and head_lemma not in self.lex.organization_words:
            return "government"
        if label in _ORG_LABELS or lemmas & self.lex.organization_words:
            return "organization"
        if head_lemma in self.lex.unnamed_nouns:
            return "unnamed"
        if head_lemma in self.lex.group_nouns:
            return "group"
        if head_pos == "PROPN":
            return "organization"
        if head is not None and head_pos == "NOUN" and "Plur" in morph_get(head, "Number", []) and head_lemma not in self.lex.titles:
            return "group"  # "quatre pirates chinois", "three activists"
        if head is not None and head_lemma in self.lex.quantity_nouns and any(t.i > head.i and t.pos_ == "NOUN" and "Plur" in morph_get(t, "Number", []) for t in tokens):
            return "group"  # « une trentaine d'habitants »: a count of people
        if head_lemma in self.lex.titles:
            return "person"
        return "unknown"

    # -- roles ------------------------------------------------------------------------------------
    def _role_near(self, ent: Span, lo: int, hi: int) -> str | None:
        """A title just before the name (up to the previous name or comma group) or right after it."""
        doc = self.doc
        # Before: "le ministre des Affaires étrangères, Anne Lessard" / "Foreign Minister Anne Lessard".
        i = ent.start - 1
        while i >= lo and doc[i].is_punct:
            i -= 1
        chunk: list[Token] = []
        while i >= lo and doc[i].ent_type_ not in _PERSON_LABELS and doc[i].pos_ not in ("VERB", "AUX"):
            if doc[i].text in {",", ";"} and chunk:
                break
            chunk.insert(0, doc[i])
            if doc[i].is_sent_start:
                break  # "Sen. Tom Hale said …": a title may open the sentence, not cross into the one before
            i -= 1
        # « l'avocat de Paul Martin », « le porte-parole de Jean Roux »: a title whose « de »
        # complement is the name says whose lawyer or spokesperson is meant, not the name's role.
        genitive = bool(chunk) and chunk[-1].lower_.translate(_APOSTROPHES) in GENITIVES and ent.start - chunk[-1].i == 1
        role = None if genitive else self._title_phrase(chunk)
        if role:
            return role
        # After: "Anne Lessard, the foreign minister," / "Anne Lessard, ministre de ...".
        j = ent.end
        if j < hi and doc[j].text == ",":
            chunk = []
            j += 1
            while j < hi and doc[j].text not in {",", ";", ".", "»", "”", "“", "«"} and doc[j].pos_ not in ("VERB", "AUX") and doc[j].ent_type_ not in _PERSON_LABELS:
                chunk.append(doc[j])
                j += 1
            if self.lex.language == "en" and j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and "Part" not in morph_get(doc[j], "VerbForm", []) and not self._is_subject(ent):
                # "After a call with Tom Hale, the senator said": a description running up to a
                # verb (no participle), after a name that is no subject, is that verb's subject, someone
                # else, not an apposition (which closes with a comma, "Ann Roe, the senator,", or
                # goes on with a participle, "Ann Roe, a delegate fired in May").
                return None
            role = self._title_phrase(chunk)
            if role:
                return role
        return None

    def _title_phrase(self, chunk: list[Token]) -> str | None:
        chunk = [t for t in chunk if not t.is_space]
        for k, token in enumerate(chunk):
            if "Plur" in morph_get(token, "Number", []):
                continue  # "officials", « les ministres »: a group next to the name, not its title
            if token.lower_ in self.lex.titles or token.lemma_.lower() in self.lex.titles:
                if token.lower_ in {"mr.", "mrs.", "ms.", "miss", "dr."} and k == len(chunk) - 1:
                    return None
                rest = self._strip_det(chunk[k:])
                # Keep a leading adjective in English ("Foreign Minister").
                start = k
                while start > 0 and chunk[start - 1].pos_ in ("ADJ", "PROPN", "NOUN") and chunk[start - 1].lower_ not in self.lex.determiners:
                    start -= 1
                rest = self._strip_det(chunk[start:])
                text = self._text(rest)
                return text or None
        return None

    # -- resolution -------------------------------------------------------------------------------
    def _last_person_before(self, char: int) -> str | None:
        k = bisect_left(self._person_starts, char) - 1
        return self._persons[k][1] if k >= 0 else None

    def _speaker_pronoun_gender(self, pronoun: Token) -> str | None:
        """The gender a pronoun standing for a speaker tells: il/elle's, and in French the
        masculine of a stressed « lui » (« selon lui », « pour lui, … », « lui, a dit … »). The
        clitic « lui » (« elle lui a dit ») tells none, so it is no evidence in `_pronoun_genders`."""
        word = pronoun.lower_.lstrip("-")
        gender = self.lex.pronoun_genders.get(word)
        if gender is None and self.lex.language == "fr" and word == "lui" and word in self.lex.stressed_pronouns:
            doc = self.doc
            before = doc[pronoun.i - 1] if pronoun.i > 0 else None
            after = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
            if before is not None and before.pos_ == "ADP" or after is not None and after.text == ",":
                return "Masc"
        return gender

    def _pronoun_antecedent(self, char: int, pronoun: Token | None = None, *, chained: bool = False, description: Token | None = None) -> str | None:
        """The person a he/she/il/elle at ``char`` stands for, in the last sentence before it that
        names someone: its main clause's subject, else another subject in it, else the last
        person it names. "Wojtaszek questioned the decision to free Shrubsall. “…,” she said"
        → Wojtaszek; "Selon son directeur, Olivier Keller, … Il a ajouté" → Olivier Keller.
        ``description`` is the head of a definite description taken up in place of a pronoun
        ("the nominee"): like a subject pronoun, it stands for no name its own verb governs."""
        k = bisect_left(self._person_starts, char) - 1
        if k < 0:
            return None
        gender = self._speaker_pronoun_gender(pronoun) if pronoun is not None else None
        fallback = None
        # A pronoun that cannot stand for anyone in that sentence (she, after "Tom Hale met
        # Mark Ruiz") looks back a few more sentences for someone of its gender.
        for _ in range(3):
            if k < 0:
                break
            sentence = sentence_of(self._persons[k][2])
            same = []
            while k >= 0 and self._persons[k][2].start >= sentence.start:
                same.append(self._persons[k])
                k -= 1
            # "the Ruiz house", "the Acme pipeline": a name that only modifies a noun is no one
            # the pronoun can stand for.
            same = [
                p for p in same
                if not self._noun_modifier(p[2]) and not self._family_name(p[2]) and not self._governed_by_subject(p[2], pronoun, description)
            ]
            if not same:
                continue
            subjects = [p for p in same if self._is_subject(p[2])]
            missed = self._subject_the_parse_missed(sentence, same)
            # (« Vers midi, Paul Roux, élu local, annonce que les menaces qu'il a reçues … »: the
            # subordinate « il » is the fronted name's, whom the parse left without a verb.)
            if not subjects and not missed and pronoun is not None and self.lex.language != "en" and self._pronoun_is_subject_of(sentence, pronoun):
                # « …, ajoute-t-il, parlant des contrats de M. Max. « … », déclare-t-il »: the
                # sentence is about the one its own « il » stands for, not the names it mentions.
                # (English: "Lazar, in a jumpsuit, said little, confirming that he …" is about
                # the one it names; only a main-clause pronoun continues a topic, below.)
                continue
            main = [p for p in subjects if self._main_clause(self._clause_head(p[2]))] or missed
            if pronoun is not None:
                # « Pour Léa Roux, le projet est mort-né. Elle estime … »: a sentence that a fronted
                # « pour / selon X, » gives as X's view is X's statement; the il/elle of the next
                # speech verb goes on with its source, not with the subject of the view.
                main = list(dict.fromkeys([p for p in same if self._fronted_source(p[2]) or self._inserted_reporter(p[2])] + main))
            # (the French agent of a passive, the English person asked a question)
            topic = (
                self._passive_agent_topic(same, bool(subjects or missed), gender) or self._person_asked(sentence, same, pronoun, gender)
                or (self._epithet_subject_referent(sentence, gender) if pronoun is not None and not main and not chained else None)
            )
            if topic is not None:
                return topic
            if not main and pronoun is not None and self._pronoun_heads(sentence, pronoun):
                # "He said Jayme tried twice. … he told her": a sentence whose main clause has
                # the same pronoun for subject goes on about its referent, not the names inside it.
                # English: that referent is the next he/she's ("Mark Wells was for Bill Dunn, he
                # said. “…,” he said" → Wells, whom the earlier "he" stands for), looked up once.
                if self.lex.language == "en" and not chained:
                    heading = self._main_clause_pronoun(sentence, pronoun)
                    if heading is not None:
                        return self._pronoun_antecedent(heading.idx, heading, chained=True)
                continue
            ranked = main or subjects or same
            fallback = fallback or ranked[0][1]
            # The main clause's subject, other subjects, then anyone named; someone known to be
            # of the pronoun's gender beats someone of unknown gender, except a possessor, who
            # is seldom what the next sentence is about: "Gokool is hopeful about Parker's plea.
            # “…,” she said" → Gokool, even when Parker is known to be a woman.
            ordered = list(dict.fromkeys(main + subjects + self._by_depth(same)))
            # (« assistant parlementaire de Y », « l'avocat de Y »: a name that complements a noun
            # for someone's role or tie is as seldom what the next sentence is about.)
            possessors = [p for p in ordered if self._possessor(p[2]) or self._noun_complement(p[2])]
            for tier in ([p for p in ordered if p not in possessors], possessors):
                # A first name tells a gender only when it tells everyone's in the tier: someone
                # whose first name the lexicon lacks ("Russ") is not passed over for a "Donald".
                # In English, a tier whose every gender is told, by first name or by pronouns,
                # ranks by either: "spokesman Tom Verney said Obama …  “…,” he said" is Verney,
                # whose first name tells his, not Obama, whom earlier pronouns gave one.
                # (French left as measured.)
                by_name = all(p[1] in self._name_genders for p in tier) or self._every_gender_told(tier)
                known = [p for p in tier if gender is not None and (self._known_gender(p[1]) if by_name else self._genders.get(p[1])) == gender and self._agrees(p[1], gender)]
                known = self._untold_main_subject(tier, known, main, subjects) or known
                agreeing = known or [p for p in tier if self._agrees(p[1], gender)]
                if agreeing:
                    return agreeing[0][1]
        # No one of the pronoun's gender: someone known to be of the other gender is not who it
        # stands for (« elle » after a sentence naming only Marc Roux); leave it unresolved.
        # (English keeps the fallback: its quotation rules would take a nearby noun instead.)
        if fallback is not None and self.lex.language != "en" and not self._agrees(fallback, gender):
            fallback = None
        return self._last_of_gender(k, gender) or fallback

    def _untold_main_subject(self, tier: list[tuple[int, str, Span]], known: list[tuple[int, str, Span]], main: list[tuple[int, str, Span]], subjects: list[tuple[int, str, Span]]) -> list[tuple[int, str, Span]]:
        """English: the main clause's subject, whose gender the article has not told, is not
        passed over for the people of the pronoun's gender (``known``) the sentence only mentions
        after it, as no subject ("Tom Vey ran on the economy and accused Obama of failing. He
        pledged …" → Vey, not Obama; not "Ann Roe slammed the plan, Acme Watch reported")."""
        if self.lex.language != "en" or not known or not main or main[0] not in tier or main[0] in known:
            return []
        if self._known_gender(main[0][1]) is not None or any(p in subjects or p[0] < main[0][0] for p in known):
            return []
        return [main[0]]

    def _titled_only_otherwise(self, name: str, title: str) -> bool:
        """Whether the article gives a person titles and none of them is this one ("Justice Ana
        Ruiz", "Tom Hale, the campaign chairman": not "the nominee", "the attorney general")."""
        doc = self.doc
        roles = [self._role_near(span, max(0, span.start - 8), min(len(doc), span.end + 8)) for _start, known, span in self._persons if known == name]
        roles = [role for role in roles if role]
        return bool(roles) and not any(self._holds_title(role, title) for role in roles)

    def _epithet_subject_referent(self, sentence: Span, gender: str | None) -> str | None:
        """English: "The former ambassador also weighed Clinton against Trump. He said": a
        sentence no name is the main subject of, whose main clause has an epithet for one
        person as its subject, is about that person (`_last_named_subject_for_description`), not
        about the names in its objects; the next he/she of that person's gender goes on with it."""
        subject = next((c for c in sentence.root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self._quote_mask[subject.i]:
            return None
        content = self._strip_det(self._np(subject, sentence.start, sentence.end))
        described = self._last_named_subject_for_description(content, subject) if content else None
        return described if described is not None and self._agrees(described, gender) else None

    def _passive_agent_topic(self, same: list[tuple[int, str, Span]], has_subject: bool, gender: str | None) -> str | None:
        """« La loi a été bloquée par le juge Paul Roux. Il estime … »: a French passive sentence
        is about what its agent did; no name is its subject, and the agent is who the next
        il/elle goes on about (not a possessor or complement of the passive's subject)."""
        agent = next((p for p in same if self._passive_agent(p[2])), None) if self.lex.language == "fr" and not has_subject else None
        return agent[1] if agent is not None and self._agrees(agent[1], gender) else None

    def _person_asked(self, sentence: Span, same: list[tuple[int, str, Span]], pronoun: Token | None, gender: str | None) -> str | None:
        """English: "Bell asked Tom Hale whether the plan was fair. “It is,” he said": after a
        sentence whose main verb puts a question (lexicon question_verbs, with an indirect
        question, "whether"/"if"/a wh-word, or an "about" topic) to a person named as its
        object, the he/she of the next speech verb answers it: the person asked, not the asker.
        Not when that verb asks again ("“Why?” he asked"), nor for a request ("asked Hale to
        resign"), after which the asker goes on."""
        if self.lex.language != "en" or pronoun is None or pronoun.dep_ not in _SUBJECT_DEPS or pronoun.head.lemma_.lower() in self.lex.question_verbs:
            return None
        root = sentence.root
        if root.lemma_.lower() not in self.lex.question_verbs or pronoun.i < sentence.end:
            return None
        questioned = any(
            c.dep_ == "ccomp" and any(t.lower_ in self.lex.question_marks or t.tag_ in ("WDT", "WP", "WRB") for t in c.subtree if t.i <= c.i)
            or c.dep_ == "prep" and c.lower_ == "about"
            for c in root.children
        )
        asked = next((name for _start, name, span in same if span.root.dep_ == "dobj" and span.root.head.i == root.i), None) if questioned else None
        return asked if asked is not None and self._agrees(asked, gender) else None

    def _by_depth(self, people: list[tuple[int, str, Span]]) -> list[tuple[int, str, Span]]:
        """English: people a sentence names outside its subjects, those nearer its main verb
        first ("The rise of Bannon gave Beck new reasons to oppose Hardy. He said …": Beck, an
        object of the main verb, over Hardy, inside the clause that depends on it); the parse
        tree's depth, then the last named (the order ``people`` comes in)."""
        if self.lex.language != "en":
            return people
        return sorted(people, key=lambda p: _depth(p[2].root))

    def _every_gender_told(self, tier: list[tuple[int, str, Span]]) -> bool:
        """English: whether the article tells the gender of every person of a tier (first name or
        pronoun votes), so that ranking by it passes over no one whose gender is merely untold."""
        return self.lex.language == "en" and all(self._known_gender(p[1]) is not None for p in tier)

    def _subject_the_parse_missed(self, sentence: Span, same: list[tuple[int, str, Span]]) -> list[tuple[int, str, Span]]:
        """« Interrogé lundi à Quimper, Paul Kerhervé, battu …, a affirmé … »: when the main
        verb has no subject, the parse took the name before it for something else (a conjunct of
        the fronted phrase); the last person named before the main verb is its subject. ``same``
        lists the sentence's people last first."""
        root = sentence.root
        if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl:subj" for c in root.children):
            return []
        before = [p for p in same if p[2].end <= root.i and not self._possessor(p[2]) and not self._quote_mask[p[2].start]]
        return before[:1]

    @staticmethod
    def _main_clause(verb: Token) -> bool:
        """Whether a verb whose subject is a name heads a main clause: the sentence's root, or a
        verb coordinated with it (« X est arrivé et Y a pris la parole »: two main clauses; the
        later subject is the nearer topic, and ``same`` lists the sentence's people last first)."""
        return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"

    def _last_of_gender(self, k: int, gender: str | None) -> str | None:
        """The last person up to ``self._persons[k]`` (within a few paragraphs) whom the article
        knows to be of this gender: "she", after three sentences that name only men, is the
        last woman named before them."""
        if gender is None:
            return None
        for _start, name, span in reversed(self._persons[max(0, k - _GENDER_REACH) : k + 1]):
            if self._genders.get(name) == gender and self._agrees(name, gender) and not self._noun_modifier(span) and not self._possessor(span):
                return name
        return None

    @staticmethod
    def _qualifies_noun(span: Span) -> bool:
        """Whether a name modifies a common noun after it ("the Brandon mayoral candidate", "the
        Acme pipeline", "Acme’s managing director"), as a compound, possessor or adjective."""
        root = span.root
        return root.dep_ in ("compound", "nmod", "poss", "nmod:poss", "amod") and root.head.pos_ == "NOUN" and root.head.i > root.i

    @staticmethod
    def _noun_modifier(span: Span) -> bool:
        """Whether a name only modifies a common noun ("the Ruiz house", "the Acme pipeline"):
        a family's or a company's thing, not someone the next sentence goes on about."""
        root = span.root
        return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i > root.i

    def _noun_complement(self, span: Span) -> bool:
        """Whether a name is the « de » complement of a noun for a person's role or tie
        (« l'assistante parlementaire de Y », « l'avocat de Y »): it describes someone else. By the
        words before it, as the parse may hang the « de » on another word of a long name."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].lower_ not in _OF_WORDS:
            return False
        noun = span.start - 2
        while noun > 0 and doc[noun].pos_ == "ADJ":
            noun -= 1
        words = {doc[noun].lower_, doc[noun].lemma_.lower()}
        return doc[noun].pos_ == "NOUN" and any(words & nouns for nouns in (self.lex.titles, self.lex.circle_nouns, self.lex.person_nouns))

    def _family_name(self, span: Span) -> bool:
        """« la défense des Vasseur », « chez les Martin »: a surname after a plural article names
        a family, not the one person a singular il/elle (or « lui ») stands for."""
        doc = span.doc
        return self.lex.language == "fr" and len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in _FAMILY_ARTICLES

    def _pronoun_is_subject_of(self, sentence: Span, pronoun: Token) -> bool:
        """Whether the same personal pronoun (another one) is a subject in this sentence,
        outside quotations: the two continue one topic. An inverted clitic (« ajoute-t-il ») is a
        subject whatever the parse calls it."""
        word = pronoun.lower_.lstrip("-")
        return any(
            t.i != pronoun.i and (t.dep_ in _SUBJECT_DEPS or t.text.startswith("-")) and t.lower_.lstrip("-") == word and not self._quote_mask[t.i]
            for t in sentence
        )

    def _pronoun_heads(self, sentence: Span, pronoun: Token) -> bool:
        """Whether the same personal pronoun (another one) is the subject of the sentence's main
        verb, outside quotations."""
        return self._main_clause_pronoun(sentence, pronoun) is not None

    def _main_clause_pronoun(self, sentence: Span, pronoun: Token) -> Token | None:
        """The same personal pronoun (another one) as the subject of the sentence's main verb,
        outside quotations, if there is one."""
        word = pronoun.lower_.lstrip("-")
        return next(
            (t for t in sentence.root.children
             if t.i != pronoun.i and t.dep_ in _SUBJECT_DEPS and t.head.i == sentence.root.i and t.lower_.lstrip("-") == word and not self._quote_mask[t.i]),
            None,
        )

    def _governed_by_subject(self, span: Span, pronoun: Token | None, description: Token | None) -> bool:
        """Whether a name is governed by the verb of the subject whose antecedent is looked for
        (the pronoun, else the description taken up in its place): no antecedent of it."""
        subject = pronoun if pronoun is not None else description
        return subject is not None and (
            self._clause_mate_of_subject(span, subject) or self._in_fronted_clause_of(span, subject) or self._addressee_told_of(span, subject)
        )

    def _addressee_told_of(self, span: Span, pronoun: Token) -> bool:
        """English: whether a name is the one told ("The senator told reporter Ann Roe that he
        would run") by the verb whose content clause the subject pronoun opens, when that verb's
        own subject is no name but a description or a pronoun: the pronoun goes on with the
        teller, who is named earlier, not with the one told (lexicon addressee_verbs; a
        question's "asked Roe whether he" is left alone)."""
        if self.lex.language != "en" or pronoun.dep_ not in _SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
            return False
        telling = pronoun.head.head
        lemma = telling.lemma_.lower()
        if lemma not in self.lex.addressee_verbs or lemma in self.lex.question_verbs or span.root.head.i != telling.i or span.root.dep_ not in ("dobj", "dative", "obj"):
            return False
        teller = next((c for c in telling.children if c.dep_ in _SUBJECT_DEPS), None)
        return teller is not None and teller.ent_type_ not in _PERSON_LABELS and teller.pos_ in ("NOUN", "PRON")

    def _clause_mate_of_subject(self, span: Span, pronoun: Token) -> bool:
        """Whether an English name is an object or a prepositional complement of the verb whose
        subject is ``pronoun`` ("In a post on Twitter, she wrote …", "After a call with Ruiz, he
        said …"): a subject pronoun does not stand for a name its own verb governs, so that name
        is not its antecedent (a possessor, "In Ruiz's office, he said", may be)."""
        if self.lex.language != "en" or pronoun.dep_ not in _SUBJECT_DEPS or span.root.dep_ in _SUBJECT_DEPS or self._possessor(span):
            return False
        t = span.root
        for _ in range(6):
            if t.head.i == t.i or t.dep_ in _STOP_DEPS:
                return False
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t.i == pronoun.head.i
        return False

    def _in_fronted_clause_of(self, span: Span, pronoun: Token) -> bool:
        """« Après avoir qualifié le programme de Marc Roux de dangereux, il annonce … »: a name
        inside a subjectless clause set before the French subject pronoun's verb is that clause's
        complement; the clause's understood subject is the pronoun itself, so the name is not
        what the pronoun stands for. English too: "Asked whether Cole would win, she replied …".
        (The French parse often calls the « il » of « il explique que » an expletive subject.)"""
        personal_subject = pronoun.dep_ in _SUBJECT_DEPS or pronoun.dep_ == "expl:subj" and not self._impersonal(pronoun)
        if self.lex.language not in ("fr", "en") or not personal_subject or span.end > pronoun.i:
            return False
        verb = pronoun.head
        t = span.root
        for _ in range(8):
            if t.head.i == t.i:
                return False
            if t.head.i == verb.i:
                # (a participle the tagger read as a noun or an adjective: « Questionnée sur … »)
                return t.dep_ == "advcl" and t.pos_ in ("VERB", "ADJ", "NOUN") and t.i < pronoun.i and not any(c.dep_ in _SUBJECT_DEPS for c in t.children)
            t = t.head
        return False

    def _fronted_source(self, span: Span) -> bool:
        """Whether a name is the source a sentence opens with (« Pour X, … », « Selon X, … »,
        « D'après X, … »: lexicon topic_source_prepositions, according_to), before the sentence's
        first comma."""
        if self.lex.language != "fr":
            return False
        doc = span.doc
        start = punctuation_sentence(doc, span.start, self._quote_mask)[0]
        while start < span.start and (doc[start].is_space or doc[start].is_punct):
            start += 1
        if start >= span.start or any(t.text == "," for t in doc[start : span.start]) or span.end >= len(doc) or doc[span.end].text != ",":
            return False
        # (a title may stand between the preposition and the name: « Selon le maire Paul Roux, »)
        opening = self.text[doc[start].idx : span.start_char].lower().replace("’", "'").split()
        return opening[0] in self.lex.topic_source_prepositions or any(tuple(opening[: len(words)]) == words for words in self.lex.according_to)

    def _inserted_reporter(self, span: Span) -> bool:
        """English: whether a name is the subject of a speech verb inserted between commas into
        the clause it reports ("Acme, Ruiz said, has broken the deal"): the sentence is that
        person's statement, and the he/she of the next speech verb goes on with its source, not
        with the subject of what was reported (like the French « pour X, » of `_fronted_source`)."""
        if self.lex.language != "en":
            return False
        root = span.root
        verb = root.head
        if root.dep_ not in _SUBJECT_DEPS or verb.dep_ != "parataxis" or verb.lemma_.lower() not in self.lex.speech_verbs:
            return False
        doc = span.doc
        return span.start > 0 and doc[span.start - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","

    @staticmethod
    def _passive_agent(span: Span) -> bool:
        """Whether a name is the « par » agent of a French passive, itself or through an
        apposition or a conjunction (« par le juge fédéral Paul Roux »)."""
        t = span.root
        for _ in range(4):
            if t.dep_ == "obl:agent":
                return True
            if t.dep_ not in ("flat", "flat:name", "appos", "conj") or t.head.i == t.i:
                return False
            t = t.head
        return False

    @staticmethod
    def _possessor(span: Span) -> bool:
        """Whether a name is a possessive determiner ("Parker's plea"). The 's must follow the
        name: a quotation the parse hangs on the speaker's name brings its own ("“That's fair,”
        Roe said": Roe is no possessor)."""
        root = span.root
        return root.dep_ in ("poss", "nmod:poss") or any(t.text in ("'s", "’s") and root.i < t.i <= span.end for t in root.children)

    @staticmethod
    def _clause_head(span: Span) -> Token:
        """The verb whose subject this name is (through appositions and conjunctions)."""
        t = span.root
        for _ in range(6):
            if t.dep_ in _SUBJECT_DEPS or t.head.i == t.i:
                break
            t = t.head
        return t.head

    def last_subject_between(self, lo: int, hi: int) -> SpeakerRef | None:
        """The last person named as a clause subject in characters [lo, hi), if any. A subject
        of several people ("Hale and Ruiz have also won") is no one speaker: none."""
        k = bisect_left(self._subject_starts, hi) - 1
        if k >= 0 and self._subjects[k][0] >= lo:
            start, name, span = self._subjects[k]
            root = span.root
            if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
                return None
            entity = self.person(name)
            entity.add_mention(start, span.end_char)
            return SpeakerRef((entity,), start, span.end_char, named=True)
        return None

    def person_named_after_description(self, ref: SpeakerRef) -> Entity | None:
        """The delayed-name opening: "A Vancouver hockey coach says he is overwhelmed … / Jane
        Roe said the video …": a description of one person (an article and a common noun, no
        name) is the person whose full name is the subject of the next sentence's main clause,
        when that name appears there first. Anonymous sources ("a spokeswoman"), groups,
        organisations and documents are not descriptions of someone the article goes on to name."""
        if ref.named or len(ref.entities) != 1 or ref.entities[0].kind not in ("person", "unknown", "organization"):
            return None
        described = ref.entities[0]
        if any(start < ref.start and name == described.name for start, name, _span in self._persons):
            return None  # "Senator Ann Roe landed … The senator said": it referred back already
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        # A place's possessive determines a description as an article does ("Britain's finance
        # minister"): the place is whose office it is, not who holds it.
        place_possessive = span is not None and len(span) > 2 and span[0].ent_type_ == "GPE" and span[1].tag_ == "POS"
        if span is None or len(span) < 2 or span[0].lower_ not in ("a", "an", "the") and not place_possessive:
            return None
        head = span.root
        lex = self.lex
        member = self._party_member_noun(head)
        if described.kind == "organization" and not member:
            return None
        if (
            not (head.pos_ == "NOUN" and head.is_lower or member) or "Plur" in morph_get(head, "Number", [])
            or any(head.lower_ in words or head.lemma_.lower() in words
                   for words in (lex.unnamed_nouns, lex.group_nouns, lex.organization_anaphors, lex.document_nouns))
            or any(t.pos_ == "PROPN" and t.ent_type_ not in _DESCRIBING_LABELS and not self._whose_name(t, span) for t in span)
        ):
            return None
        sentence = sentence_of(head)
        k = bisect_left(self._person_starts, span.start_char) - 1
        if k >= 0 and self._persons[k][0] >= sentence.start_char:
            return None  # "… ban Tom Ridley after the presidential candidate said": named already
        following = sentence.end
        while following < len(self.doc) and self.doc[following].is_space:
            following += 1
        if following >= len(self.doc):
            return None
        after = sentence_of(self.doc[following])
        # A main verb left without a subject took the name before it for something else ("As
        # part of his plea, Jane Roe, 44, said": an apposition of "plea").
        subjectless = not any(c.dep_ in _SUBJECT_DEPS for c in after.root.children)
        k = bisect_left(self._person_starts, after.start_char)
        while k < len(self._persons) and self._persons[k][0] < after.end_char:
            start, name, ent = self._persons[k]
            k += 1
            main_subject = self._is_subject(ent) and self._clause_head(ent).dep_ == "ROOT"
            if len(name.split()) < 2 or not (main_subject or subjectless and ent.end <= after.root.i):
                continue
            if name.split()[-1] in span_text(sentence):
                return None  # named in the description's own sentence: someone else
            entity = self.person(name)
            entity.add_mention(start, ent.end_char)
            return entity
        return None

    def person_named_later_with_title(self, ref: SpeakerRef) -> Entity | None:
        """French: a possessive description of the one holder of a title (« a annoncé samedi leur
        avocate », « a indiqué son porte-parole à la presse ») that no one named before it holds
        is the person the article names with that title further on (« son avocate, Léa Roux »,
        « Me Léa Roux »): wire copy gives the source's role in the lede and the name later. Only
        when exactly one person named after it holds the title (two lawyers name neither)."""
        if self.lex.language != "fr" or ref.named or len(ref.entities) != 1 or ref.entities[0].kind not in ("person", "unknown"):
            return None
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or len(span) < 2 or span[0].lower_ not in _FRENCH_POSSESSIVES or span[0].lower_ in ("ses", "leurs"):
            return None
        head = span[1]
        title = head.lemma_.lower()
        if head.pos_ != "NOUN" or not head.is_lower or title not in self.lex.titles or "Plur" in morph_get(head, "Number", []):
            return None
        holders: set[str] = set()
        for _start, name, person in self._persons[bisect_left(self._person_starts, ref.end) :]:
            if person.start - span.end <= 1:
                continue  # « Selon son avocat, Léa Roux doit … »: the name right after is someone else
            # (the recogniser may take the honorific into the name: « Me Léa Roux »)
            role = self._role_near(person, max(0, person.start - 8), min(len(self.doc), person.end + 8)) or person[0].text
            if len(name.split()) >= 2 and self._holds_title(role, title):
                holders.add(name)
        if len(holders) != 1:
            return None
        return self.person(holders.pop())

    def principal_person_for_description(self, ref: SpeakerRef, statements: Counter[str]) -> Entity | None:
        """A headline or lede that gives its source by a first description of one person (no
        definite article: "Union chief says …", "A woman who … said") the article never names in
        the next sentence: that source is the person the article goes on quoting, the one named
        person with the most statements (``statements``: person name -> statements given them,
        at least two and more than anyone else's), unless that person is named in the
        description's own sentence or before it. Groups, organisations, anonymous sources and
        documents are not such descriptions."""
        if self.lex.language != "en" or ref.named or len(ref.entities) != 1 or ref.entities[0].kind not in ("person", "unknown"):
            return None
        if ref.entities[0].name in (name for _start, name, _span in self._persons):
            return None  # a title already taken up as someone named ("the presidential candidate")
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            return None
        if span[0].lower_ in _DEFINITE_DETERMINERS or span[0].tag_ == "PRP$":
            return None  # "the Democratic nominee", "his aide": someone the article already brought in
        head, lex = span.root, self.lex
        # A noun for a person (a role, a standing, or an agent noun: "organizer", "activist"),
        # not for what was said or written ("an announcement", "a lawsuit").
        person = self._person_noun(head) or self._description_noun(head) or head.lower_.endswith(_AGENT_SUFFIXES) and len(head.text) > 4
        # ("a reporter for the Ledger": someone described by whom they work for, another person
        # than the one quoted throughout)
        if (
            not person or head.pos_ != "NOUN" or not head.is_lower or "Plur" in morph_get(head, "Number", [])
            or any(c.dep_ == "prep" for c in head.children)
            or any(head.lower_ in words or head.lemma_.lower() in words
                   for words in (lex.unnamed_nouns, lex.group_nouns, lex.organization_anaphors, lex.document_nouns, lex.speech_nouns))
        ):
            return None
        ranked = statements.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        name = ranked[0][0]
        sentence = sentence_of(head)
        if name.split()[-1] in span_text(sentence) or any(start < sentence.start_char and known == name for start, known, _span in self._persons):
            return None  # named already: the description is someone else
        return self.person(name)

    def _whose_name(self, token: Token, span: Span) -> bool:
        """English: a word of a person's name that modifies the description it is in ("a Ruiz
        ally", "a Tom Keller aide"): whose ally the described person is, not their own name. The
        one named after it is someone else than that person (checked by the caller)."""
        return (
            self.lex.language == "en" and token.ent_type_ in _PERSON_LABELS and token.dep_ in ("compound", "poss")
            and span.start <= token.head.i < span.end and token.head.i > token.i
        )

    def _unnamed_since(self, head: Token, entity: Entity) -> bool:
        """Whether someone new with this title was introduced without a name ("a justice
        official said …") after the titled person was last named: "the official" is that one."""
        last_named = max((start for start, _ in entity.mentions), default=-1)
        lemma = head.lemma_.lower()
        # English (French is left as measured): the noun that introduced a named person ("Ann Roe, a
        # retired surgeon, …") is no one new, and a first mention's determiner is in its sentence
        # (not "… in May. A surgeon", where the month's name hid it).
        english = self.lex.language == "en"
        for i in range(head.i - 1, -1, -1):
            token = self.doc[i]
            if token.idx <= last_named:
                return False
            if token.lemma_.lower() == lemma and not self._quote_mask[i] and not (english and token.dep_ == "appos" and token.head.ent_type_ in _PERSON_LABELS):
                left = self.doc[max(sentence_of(token).start if english else 0, i - 3) : i]
                if any(t.lower_ in _FIRST_MENTION_DETERMINERS for t in left) and not any(t.pos_ == "PROPN" for t in left):
                    return True
        return False

    def _previous_thing_subject(self, pronoun: Token) -> Token | None:
        """The subject of the main clause of the sentence before a pronoun's, when it is a noun
        that names no person ("The board's decision said … It also said"), outside quotations.
        A subject that is the same pronoun again carries the search one sentence further back
        ("The ruling said … It also said … However, it also said"), up to three sentences."""
        sentence = sentence_of(pronoun)
        for _ in range(3):
            before = sentence.start - 1
            while before >= 0 and self.doc[before].is_space:
                before -= 1  # the line break between paragraphs
            if before < 0:
                return None
            sentence = sentence_of(self.doc[before])
            subject = next((c for c in sentence.root.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is None and sentence.root.pos_ == "NOUN" and any(c.dep_ == "acl" for c in sentence.root.children):
                # "The report praising the new wing said …": the parse left the sentence a noun,
                # the participle on it taking the verb; the noun is what the sentence is about.
                subject = sentence.root
            if subject is None or subject.lower_ != pronoun.lower_ or self._quote_mask[subject.i]:
                break
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self._quote_mask[subject.i] or subject.ent_type_ in _PERSON_LABELS:
            return None
        return subject

    def _holds_title(self, role: str | None, title: str) -> bool:
        """Whether a role names this title, written out or abbreviated ("Sen." holds "senator")."""
        if not role:
            return False
        words = _norm(role)
        return title in words or any(self.lex.title_abbreviations.get(word) == title for word in words.split())

    def _last_person_with_title(self, title: str, char: int, qualifiers: Sequence[str] = (), complement: Sequence[str] = (), *, possessed: bool = False) -> Entity | None:
        """The person with this title mentioned last before ``char``: a known speaker's role, or a
        name introduced with the title ("Prime Minister Ann Keller … the prime minister said").
        Recency counts every mention of the holder's name, titled or not: "Gov. Ann Cole … Gov.
        Tom Hale … Cole visited the plant. The governor said" is Cole. A qualified title ("the
        Ohio governor") goes only to a holder whose role has the qualifiers too; a title not
        qualified as past to no one the article calls its former holder (`_role_qualified_as`)."""
        holders: dict[str, tuple[Entity | None, str | None]] = {}
        for entity in self.entities.values():
            if entity.kind == "person" and self._holds_title(entity.role, title) and entity.mentions and entity.mentions[0][0] < char:
                holders[entity.name] = (entity, None)
        k = bisect_left(self._person_starts, char) - 1
        for _start, name, span in reversed(self._persons[max(0, k - 20) : k + 1]):
            if name in holders:
                continue
            role = self._role_near(span, max(0, span.start - 8), min(len(self.doc), span.end + 8))
            if not self._holds_title(role, title) and self.lex.language == "en" and not possessed:
                # (English: the title the article gave the name at an earlier mention, "RNC Chairman
                # Tom Hale … Hale pushed back. The chairman said": a bare title takes up a full
                # name's title however long ago it was given; not "his lawyer", someone's tie.)
                role = next((r for start, r in self._titles_given().get(name, ()) if start < char and self._holds_title(r, title)), role)
            if self._holds_title(role, title):
                holders[name] = (None, role)
        holders = {name: (holder, role) for name, (holder, role) in holders.items() if self._role_qualified_as(_norm((holder.role if holder else role) or "").split(), qualifiers)}
        if complement:
            holders = {name: (holder, role) for name, (holder, role) in holders.items() if self._same_office(title, (holder.role if holder else role) or "", complement)}
        if not holders:
            return None
        last_mention: dict[str, int] = {}
        for start, name, _span in self._persons[: k + 1]:
            if name in holders:
                last_mention[name] = start
        for name, (holder, _role) in holders.items():
            if holder is not None:
                last_mention[name] = max([last_mention.get(name, -1)] + [s for s, _e in holder.mentions if s < char])
        name = max(holders, key=lambda n: last_mention.get(n, -1))
        known, role = holders[name]
        if known is not None:
            return known
        entity = self.person(name)
        entity.add_alias(name)
        if not entity.role:
            entity.role = role
        return entity

    def _titles_given(self) -> dict[str, list[tuple[int, str]]]:
        """Each person's titled mentions, (start, title) in text order ("Foreign Minister Ann
        Keller", "Ann Keller, the minister"): read once per article, when a bare title is
        first resolved."""
        if self._titles_by_name is None:
            doc = self.doc
            self._titles_by_name = {}
            for start, name, span in self._persons:
                role = self._role_near(span, max(0, span.start - 8), min(len(doc), span.end + 8))
                first = name.split()[0]
                inner = next((t.i for t in span if t.text == first), span.start)
                if not role and inner > span.start:
                    # (a title the recogniser read into the name: "Pope Leo", "Gov. Ann Cole")
                    role = self._title_phrase(list(doc[span.start : inner]))
                if role:
                    self._titles_by_name.setdefault(name, []).append((start, role))
        return self._titles_by_name

    def _role_qualified_as(self, role_words: Sequence[str], qualifiers: Sequence[str]) -> bool:
        """Whether a holder's role has a title's qualifiers ("the Ohio governor" is no Texas
        governor's), and is no past office when the title is not one: "Ana Ruiz, the former
        governor, … Tom Hale … the governor said" is who holds it now (lexicon past_office_words)."""
        past = self.lex.past_office_words
        return all(q in role_words for q in qualifiers) and (bool(past.intersection(qualifiers)) or not past.intersection(role_words))

    def _same_office(self, title: str, role: str, complement: Sequence[str]) -> bool:
        """Whether a holder's role can be the office a title with this complement names: « le chef
        du parti » is not « le chef cuisinier » nor « le chef de la police », whose roles specify
        the title otherwise; a role that is the bare title (« le chef X ») may be either."""
        specified = {w for w in re.findall(r"\w+", _norm(role)) if w != title and len(w) > 2 and w not in self.lex.determiners}
        return not specified or any(_norm(word) in specified for word in complement)

    def resolve(self, tokens: list[Token], *, head: Token | None = None, quoted: bool = False, party: bool = False) -> SpeakerRef | None:
        """Entities named by a phrase (tokens in document order). Words inside quotation marks
        are not speakers, so they are ignored unless ``quoted`` (accused parties may be quoted).
        A state phrase (« les autorités russes ») is a source of its own, named as written, unless
        the phrase names an accused ``party``, which the country stands for.

        The steps, in order: people named in the phrase; a name alone the recogniser missed; a
        document's author; a relative pronoun's antecedent; a pronoun's antecedent; the person a
        bare title refers back to; else organisations, places, groups and unnamed sources."""
        outer, self._state_as_country = self._state_as_country, party
        try:
            return self._resolve(tokens, head, quoted)
        finally:
            self._state_as_country = outer

    def _resolve(self, tokens: list[Token], head: Token | None, quoted: bool) -> SpeakerRef | None:
        indices = tuple(t.i for t in tokens)
        # (a phrase's bounds depend on its words alone: found once, as the rules ask again about
        # the same phrase, below)
        if (indices, quoted) not in self._bounds_of_phrases:
            self._bounds_of_phrases[indices, quoted] = self._phrase_bounds(tokens, quoted)
        phrase = self._bounds_of_phrases[indices, quoted]
        if phrase is None:
            return None
        people = self._people_named(phrase, head)
        if people:
            # The names lie inside the phrase: the phrase is where they are (a person's latest
            # registered mention can be an earlier one, when a later cue was resolved first).
            return self._one_speaker_of_apposition(SpeakerRef(tuple(people), phrase.start, phrase.end, named=True), phrase)
        # The rules ask again about the same phrase (a cue's subject for its quotation, then for
        # its accused party or claim): the steps below answer it once.
        key = (indices, head.i if head is not None else -1, quoted, self._state_as_country, self._finding_author)
        if key not in self._resolved:
            ref = self._resolve_unnamed(phrase, head, quoted)
            self._resolved[key] = self._person_apposed_after_role(ref, phrase) or self._one_speaker_of_apposition(ref, phrase) if ref is not None else None
        return self._resolved[key]

    def _person_apposed_after_role(self, ref: SpeakerRef, phrase: _Phrase) -> SpeakerRef | None:
        """« Le président de la société, Paul Roy, dément », « Son avocat, Me Léa Roux, juge … »:
        a French role (or two: « le cofondateur et président de X ») set off before the name of its
        holder, the name closed by a comma. The parse may end the subject at the role (it reads
        the verb after the name as an adverb), so the phrase describes who the name names: that
        person is the speaker. So is the body « l'une d'elles, Provenda, » names (one of a group
        named by what it is, then by its name)."""
        if self.lex.language != "fr" or ref.named or any(e.kind not in ("person", "unknown", "unnamed", "group") for e in ref.entities):
            return None
        doc = self.doc
        words = [t.lower_.translate(_APOSTROPHES) for t in phrase.tokens]
        words = words[1:] if words[:1] == ["l'"] else words
        partitive = len(words) >= 2 and words[0] in _FRENCH_INDEFINITE_ARTICLES and words[1] in _OF_WORDS
        roles = [self._first_noun_at(e, phrase) for e in ref.entities]
        if not partitive and any(role is None or not role.is_lower or not self._person_noun(role) for role in roles) or doc[phrase.hi - 1].is_punct:
            return None
        comma = phrase.hi
        if comma + 1 < len(doc) and doc[comma].text == "," and doc[comma + 1].lower_ == "qui":
            # (« Le président du syndicat, qui gère le réseau, Paul Roy, a dit »: a relative clause on the role)
            sentence = sentence_of(doc[comma])
            comma = next((t.i for t in doc[comma + 1 : sentence.end] if t.text == ","), len(doc))
        if comma + 2 >= len(doc) or doc[comma].text != ",":
            return None
        k = bisect_left(self._person_starts, doc[comma + 1].idx)
        if k < len(self._persons):
            start, name, ent = self._persons[k]
            honorific = ent.start == comma + 2 and doc[comma + 1].text[:1].isupper() and doc[comma + 1].is_alpha and len(doc[comma + 1]) <= 3
            if (ent.start == comma + 1 or honorific) and ent.end < len(doc) and doc[ent.end].text == "," and len(name.split()) >= 2:
                entity = self.person(name)
                entity.add_mention(start, ent.end_char)
                return SpeakerRef((entity,), ref.start, ent.end_char, named=True)
        if not partitive:
            return None
        end = comma + 1
        while end < len(doc) and end - comma <= _ORGANIZATION_NAME_REST + 1 and self._name_word(doc[end]):
            end += 1
        if end == comma + 1 or end >= len(doc) or doc[end].text != ",":
            return None
        named = list(doc[comma + 1 : end])
        entity = self.typed(named, next((e.label_ for e in self.ents_in(comma + 1, end)), None))
        entity.add_mention(named[0].idx, named[-1].idx + len(named[-1].text))
        return SpeakerRef((entity,), ref.start, named[-1].idx + len(named[-1].text))

    def _one_speaker_of_apposition(self, ref: SpeakerRef, phrase: _Phrase) -> SpeakerRef:
        """French joins the speakers of a joint statement by a conjunction (« la CGT et la CFDT »,
        « X ainsi que Y »); noun phrases set side by side by commas alone rename one speaker
        (« Le rectorat, autorité de tutelle, a indiqué », « Son employeur, les Cars du Limousin
        Vert, dit », « L'interprofession, partie civile, estime »). That speaker is the person
        named among them (not a name right after a common noun: « le directeur de l'équipe
        Kreiz Vélo, Paul Roy »: the team's name), else an organisation's name renaming a bare
        common noun that is no title (« le syndic, le cabinet Dupuis »: « le président du club,
        l'ES Ris » is the president), else the first with an article (the others describe it)."""
        if self.lex.language != "fr" or len(ref.entities) < 2 or not self._commas_alone_join(phrase):
            return ref
        placed: list[tuple[Entity, tuple[int, int]]] = []
        for entity in ref.entities:
            span = self._mention_in(entity, phrase)
            if span is None:
                return ref
            placed.append((entity, span))
        placed.sort(key=lambda pair: pair[1][0])
        if any("," not in self.text[a[1] : b[0]] for (_e, a), (_f, b) in itertools.pairwise(placed)):
            return ref  # (side by side only when a comma parts each from the next)
        people = [e for e, _span in placed if e.kind == "person" and e.name[:1].isupper() and not self._named_after_organization_noun(e, phrase)]
        # « Partie civile, l'interprofession … »: a description without an article describes the other.
        described = [e for e, span in placed if not self._bare_description(span)] or [e for e, _span in placed]
        first = described[0]
        if people:
            chosen = people[0]
        else:
            head = self._first_noun_at(first, phrase)
            bare_noun = head is not None and head.is_lower and head.lemma_.lower() not in self.lex.titles and head.lower_ not in self.lex.titles
            # (an organisation's name renames it; a place after the comma only locates it)
            chosen = next((e for e in described[1:] if e.kind == "organization" and any(w[:1].isupper() for w in e.name.split())), first) if bare_noun else first
        return SpeakerRef((chosen,), ref.start, ref.end, named=ref.named and chosen.kind == "person")

    def _commas_alone_join(self, phrase: _Phrase) -> bool:
        """Whether the phrase's words set noun phrases side by side by commas, with no
        conjunction (« et », « ou », « & », « ainsi que ») between them."""
        words = [t for t in phrase.tokens if not self._quote_mask[t.i]]
        return any(t.text == "," for t in words) and not any(t.pos_ == "CCONJ" or t.text == "&" or t.lower_ == "ainsi" for t in words)

    def _named_after_organization_noun(self, entity: Entity, phrase: _Phrase) -> bool:
        """Whether the entity's mention in the phrase comes right after a common noun that is no
        title (« l'équipe Kreiz Vélo », « du collectif Bois Respire », not « le ministre Jean
        Roy »): a body's name the recogniser took for a person's."""
        span = self._mention_in(entity, phrase)
        first = token_at(self.doc, span[0]) if span is not None else None
        if first is None or not phrase.lo < first.i < phrase.hi:
            return False
        noun = self.doc[first.i - 1]
        return noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ not in self.lex.titles and noun.lemma_.lower() not in self.lex.titles

    @staticmethod
    def _mention_in(entity: Entity, phrase: _Phrase) -> tuple[int, int] | None:
        """The entity's first mention inside the phrase (character bounds)."""
        return next(((a, b) for a, b in entity.mentions if phrase.start <= a < phrase.end), None)

    def _bare_description(self, span: tuple[int, int]) -> bool:
        """Whether a mention is a common noun without an article (« partie civile », « autorité
        de tutelle »): a French apposition, which describes what it is set beside."""
        token = token_at(self.doc, span[0])
        if token is None:
            return False
        before = self.doc[token.i - 1] if token.i > 0 else None
        return token.pos_ == "NOUN" and not (before is not None and self._is_determiner(before))

    def _first_noun_at(self, entity: Entity, phrase: _Phrase) -> Token | None:
        """The first noun of the entity's mention in the phrase."""
        span = self._mention_in(entity, phrase)
        if span is None:
            return None
        return next((t for t in phrase.tokens if span[0] <= t.idx < span[1] and t.pos_ in ("NOUN", "PROPN")), None)

    def _resolve_unnamed(self, phrase: _Phrase, head: Token | None, quoted: bool) -> SpeakerRef | None:
        """`_resolve` for a phrase that names no person: the steps after `_people_named`."""
        content = self._strip_det(phrase.tokens)
        if not content or self._is_time_phrase(content) or self._object_clitic_alone(content):
            return None
        by_name = self._name_alone(phrase, content)
        if by_name is not _NO_MATCH:
            return by_name
        after_role = self._surname_after_role(phrase, content)
        if after_role is not None:
            return after_role
        if head is not None:
            apposed = self._apposed_untagged_name(phrase, head)
            if apposed is not None:
                return apposed
        if head is None or head.i < phrase.lo or head.i >= phrase.hi:
            head = next((t for t in content if t.head.i < phrase.lo or t.head.i >= phrase.hi or t.head == t), content[0])
        for step in (self._newspaper_speaker, self._document_speaker, self._ad_voice_speaker, self._relative_speaker, self._one_of_them_speaker, self._pronoun_speaker, self._demonstrative_speaker,
                     self._demonstrative_description_speaker, self._joint_subject_described, self._title_speaker):
            found = step(phrase, content, head, quoted)
            if found is not _NO_MATCH:
                return found
        return self._typed_speakers(phrase, content, head)

    def _object_clitic_alone(self, content: list[Token]) -> bool:
        """« Léa Morin, poursuivant son propos, en conclut que … »: the parse may take an object
        clitic (« en », « y », « se ») before the verb for its subject; such a clitic names no
        one, so the speaker is looked for elsewhere (the name before the apposition). « lui »,
        « nous », « vous » can stand alone for someone and are not among them."""
        if len(content) != 1 or content[0].pos_ != "PRON":
            return False
        word = content[0].text.lower().translate(_APOSTROPHES)
        lex = self.lex
        return word in lex.object_clitics and word not in union(lex.stressed_pronouns, lex.person_pronouns, lex.plural_pronouns, lex.first_pronouns)

    def _phrase_bounds(self, tokens: list[Token], quoted: bool) -> _Phrase | None:
        """The phrase's words, widened to whole words, without spaces, quoted words (unless
        ``quoted``) and what _trim_phrase cuts."""
        # "a-t-il dit": the euphonic -t- is not a word, "-il" is "il".
        lowers = lower_forms(self.doc)
        tokens = [t for t in tokens if (quoted or not self._quote_mask[t.i]) and lowers[t.i] not in ("-t", "-t-", "t") and not t.is_space]
        tokens = self._trim_phrase(tokens)
        if not tokens:
            return None
        tokens = tokens + self._rest_of_cut_name(tokens[-1])
        sentence = sentence_of(tokens[0])
        start, end = self._whole_name(tokens[0].i, tokens[-1].i + 1, sentence.start, sentence.end)
        tokens = self._tokens[start : tokens[0].i] + tokens + self._tokens[tokens[-1].i + 1 : end]
        start, end = self._whole_words(tokens[0].i, tokens[-1].i + 1)
        tokens = self._tokens[start : tokens[0].i] + tokens + self._tokens[tokens[-1].i + 1 : end]
        return _Phrase(tokens, tokens[0].i, tokens[-1].i + 1, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))

    def _rest_of_cut_name(self, last: Token) -> list[Token]:
        """« a été évoquée par le président Oleg Dovbenko »: the French parse may hang the
        end of a foreign name off the phrase (« Dovbenko » an adverb of « président »), so the
        phrase stops inside the person's name and its title alone refers back to someone else.
        So may it end an organisation's name at a lower-case word it reads as a verb or an adverb
        (« selon les Nations unies », « le collectif Villeneuve Autrement »): the first word
        alone names nothing. The rest of the name the recogniser tagged is part of the phrase
        (for an organisation, a short rest after a capitalised word, of capitalised words and
        adjectives: no complement, « le ministre de l'Économie de laxisme », no date)."""
        if self.lex.language != "fr":
            return []
        k = bisect_right(self._ent_starts, last.i) - 1
        ent = self._ents[k] if k >= 0 else None
        if ent is None or not ent.start <= last.i < ent.end - 1 or self._quote_mask[ent.end - 1]:
            return []
        if ent.label_ not in _PERSON_LABELS and not (
            ent.label_ == "ORG" and last.text[:1].isupper() and ent.end - last.i <= _ORGANIZATION_NAME_REST + 1
            and all(t.text[:1].isupper() or t.pos_ in ("ADJ", "VERB") for t in self.doc[last.i + 1 : ent.end])
        ):
            return []
        rest: list[Token] = []
        for token in self.doc[last.i + 1 : ent.end]:
            if not any(ch.isalnum() for ch in token.text) and not self.joins_word(token):
                break  # (an invisible mark the tokenizer split off ends the name's words)
            rest.append(token)
        return rest

    def _people_named(self, phrase: _Phrase, head: Token | None) -> list[Entity]:
        """1. People named in the phrase (all of them: joint statements), without names that
        only modify the speaker's title or sit inside another speaker's role."""
        people: list[Entity] = []
        person_ents: list[Span] = []
        seen = set()
        ents = self.ents_in(phrase.lo, phrase.hi)
        coordinated = self._names_coordinated_with(ents)
        for ent in ents:
            if ent.label_ not in _PERSON_LABELS and ent.start not in coordinated:
                continue
            name = self._clean_name(ent)
            if not name or name.lower() in seen:
                continue
            seen.add(name.lower())
            if self.country_of(list(ent)):
                continue  # a capital tagged as a person (Washington)
            if self._names_an_institution(ent, head, phrase) or self._complement_of_speaking_noun(ent, phrase) or self._inside_description(ent, head, phrase) or self._hung_elsewhere(ent, head):
                continue
            if self._in_description_beside_name(ent, head, phrase):
                continue
            people.append(self._named_person(ent, name, phrase))
            person_ents.append(ent)
        if len(people) > 1 and head is not None:
            # "Hawks head coach Tom Reyes", "Ana, who runs tours to the volcano": a name
            # that modifies the speaker's title or sits in a clause about them is not a speaker.
            members = [p for p, ent in zip(people, person_ents) if self._joint_member(ent, head, person_ents)]
            if members and len(members) < len(people):
                keep = {id(p) for p in members}
                person_ents = [ent for p, ent in zip(people, person_ents) if id(p) in keep]
                people = members
        if len(people) > 1:
            # "then-Brandon mayoral candidate Alma Quint", "Acme’s U.K. managing director Ana
            # Ruiz": a name before the noun of another speaker's title only qualifies that title.
            qualifiers = {id(p) for p, ent in zip(people, person_ents) if self._qualifies_noun(ent)}
            if len(qualifiers) < len(people):
                person_ents = [ent for p, ent in zip(people, person_ents) if id(p) not in qualifiers]
                people = [p for p in people if id(p) not in qualifiers]
        if len(people) > 1:
            # « Paul Biya, Président du Cameroun et de … »: a "name" the recogniser made of a title
            # noun and its complement, set in apposition, is the other speaker's role.
            roles = {id(p) for p, ent in zip(people, person_ents) if self._title_apposition(ent)}
            if len(roles) < len(people):
                person_ents = [ent for p, ent in zip(people, person_ents) if id(p) not in roles]
                people = [p for p in people if id(p) not in roles]
        if len(people) > 1:
            # "Sophie Lambert, présidente de l’association Rivière vivante": a name inside another
            # speaker's role (an organisation's name) is not a second speaker.
            inside = {id(p) for p, ent in zip(people, person_ents) if self._inside_role(ent)}
            if len(inside) < len(people):
                people = [p for p in people if id(p) not in inside]
        return people

    def _names_coordinated_with(self, ents: list[Span]) -> set[int]:
        """English: "Ana Ruiz and Tom-Eli Vey wrote", "Ruiz and Vey both stressed": a name the
        recogniser took for an organisation or a place, coordinated with a person's name, is a
        second speaker of a joint statement: capitalised proper nouns without a determiner ("…
        and a Republican who …" describes), no group's name (NORP), no organisation or
        government word, no country, a conjunct of the person's name or its head. The starts
        of such names among ``ents`` (a speaker phrase's entities)."""
        roots = {ent.root.i for ent in ents if ent.label_ in _PERSON_LABELS}
        if self.lex.language != "en" or not roots:
            return set()
        names = set()
        for ent in ents:
            root = ent.root
            if ent.label_ in _PERSON_LABELS or ent.label_ == "NORP" or any(c.dep_ == "det" for c in root.children):
                continue
            if not (root.dep_ == "conj" and root.head.i in roots or any(self.doc[i].dep_ == "conj" and self.doc[i].head.i == root.i for i in roots)):
                continue
            words = [t for t in ent if not self.joins_word(t)]
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and not any(
                t.lemma_.lower() in self.lex.organization_words or t.lemma_.lower() in self.lex.government_words for t in words
            ) and self.country_of(list(ent)) is None:
                names.add(ent.start)
        return names

    def _in_description_beside_name(self, ent: Span, head: Token | None, phrase: _Phrase) -> bool:
        """English: "Ana Ruiz, a former adviser to President Tom Reyes, said", "Ana Ruiz, who
        worked for Reyes", "Ana and Luis Ruiz, the parents whose son …": when a name heads the
        speaker's phrase, a name inside the description set beside it (reached through a
        complement, a clause, or an apposition that is a common noun or has a determiner: "the
        Arthur and Jane Benton Chair") only describes the speaker; joint speakers are joined to
        the head by conjunction or by a bare apposition of names, not one after a description
        (which the parse may hang on the head though it ends the description). Without a given
        head, the phrase's own root word is the head."""
        if self.lex.complementizers:
            return False
        if head is None or not phrase.lo <= head.i < phrase.hi:
            head = next((t for t in phrase.tokens if t.head == t or not phrase.lo <= t.head.i < phrase.hi), None)
        if head is None or head.pos_ != "PROPN" or ent.start <= head.i < ent.end:
            return False
        t, described = ent.root, False
        for _ in range(12):
            if t.i == head.i:
                return described
            if t.head.i == t.i or not phrase.lo <= t.head.i < phrase.hi:
                return False
            if t.dep_ == "appos":
                described = described or self._describing_apposition(t) or t.head.i == head.i and any(
                    c.dep_ == "appos" and head.i < c.i < t.i and self._describing_apposition(c) for c in head.children
                )  # ("Ana Ruiz, a pollster who worked for the mayor's rival, Tom Reyes": the parse hangs Reyes on Ruiz)
            elif t.dep_ not in ("conj", "compound", "flat", "flat:name"):
                described = True
            t = t.head
        return False

    @staticmethod
    def _describing_apposition(token: Token) -> bool:
        """Whether an apposition describes (a common noun, or a name with a determiner: "the
        Arthur and Jane Benton Chair") rather than names someone beside the head."""
        return token.pos_ != "PROPN" or any(c.dep_ == "det" for c in token.children)

    def _title_apposition(self, ent: Span) -> bool:
        """Whether a person entity is headed by a title noun in apposition (« Président du
        Cameroun », "Chair of the Board" after a name), not by a name."""
        root = ent.root
        return root.pos_ == "NOUN" and root.dep_ == "appos" and (root.lower_ in self.lex.titles or root.lemma_.lower() in self.lex.titles)

    def _names_an_institution(self, ent: Span, head: Token | None, phrase: _Phrase) -> bool:
        """"the Harper campaign", "Ryan's office", "Norman's lawyers": a name that modifies an
        organisation or government noun, or a plural noun, heading the phrase names that body
        or group, which is the speaker. Without a given head ("“…,” Ryan's office said"), the
        phrase's own root word is the head."""
        if head is None or not phrase.lo <= head.i < phrase.hi:
            head = next((t for t in phrase.tokens if t.head == t or not phrase.lo <= t.head.i < phrase.hi), None)
        if head is None or head.pos_ != "NOUN" or ent.root.head.i != head.i or ent.root.dep_ not in ("compound", "poss"):
            return False
        lemma = head.lemma_.lower()
        # "Norman's lawyers", "Marlow's aides", "Brexit backers": people who act for the one
        # named are a group of their own.
        # "Surrey staff": a collective noun for people (lexicon: group_nouns) is a group too.
        return lemma in self.lex.organization_words or lemma in self.lex.government_words or lemma in self.lex.group_nouns or "Plur" in morph_get(head, "Number", [])

    def _hung_elsewhere(self, ent: Span, head: Token | None) -> bool:
        """English: a name inside the stretch of the speaker's phrase that the parse hangs on
        another word ("Baxter sent a letter to Ana Ruiz asking …": the phrase "a letter … asking …"
        surrounds the addressee, who depends on the verb); it is not part of the phrase."""
        if self.lex.complementizers or head is None:
            return False
        root = ent.root
        return root.i != head.i and head.left_edge.i <= root.i <= head.right_edge.i and head not in root.ancestors

    def _inside_description(self, ent: Span, head: Token | None, phrase: _Phrase) -> bool:
        """"a senior Marlow adviser", "one of the lawyers for Ana Ruiz", "someone close to Ruiz": a
        name that only modifies the common noun (or "one", "someone") heading an English speaker
        phrase says whose the speaker is; the speaker is the description, not the one named.
        A name joined to the head by apposition ("the spokeswoman, Ana Ruiz") is the speaker.
        Without a given head, the phrase's word the name's chain climbs to is."""
        if self.lex.complementizers:
            return False
        if head is None:
            head = ent.root
            while phrase.lo <= head.head.i < phrase.hi and head.head.i != head.i:
                head = head.head
        if head.pos_ not in ("NOUN", "NUM", "PRON") or head.ent_type_ in _PERSON_LABELS or ent.start <= head.i < ent.end:
            return False
        root = ent.root
        if root.dep_ == "dobj" and root.head.dep_ == "acl" and root.head.head.i == head.i:
            return True  # "one teacher backing Mr. Reyes", "a letter urging Ruiz …": the participle's object
        lex = self.lex
        words = (head.lower_, head.lemma_.lower())
        person_noun = head.pos_ != "NOUN" or any(w in ws for w in words for ws in (lex.titles, lex.unnamed_nouns, lex.group_nouns, lex.circle_nouns))
        # "a letter to Attorney General Ana Ruiz": the one a message is addressed to did not write it.
        message_noun = any(w in ws for w in words for ws in (lex.speech_nouns, lex.document_nouns))
        if not person_noun and not message_noun:
            return False  # "Keller's challenge was that …": a thing of someone's, whose words are that someone's
        root = ent.root
        if message_noun and root.dep_ == "pobj" and root.head.lower_ in ("on", "about") and root.head.head.i == head.i:
            return True  # "a message on Twitter", "a report about Ana Ruiz": where it appeared, or whom it is about
        t = ent.root
        addressed = False
        for _ in range(6):
            # "the rookie winger, younger brother of Sam Roe": a relative or a title apposed to the
            # head describes the speaker too, and the name in its complement is whose relative it is.
            apposed_description = t.dep_ == "appos" and t.i != root.i and t.pos_ == "NOUN" and t.lemma_.lower() in union(lex.circle_nouns, lex.titles)
            if t.dep_ not in _DESCRIPTION_LINKS and not apposed_description or t.head.i == t.i:
                return False
            t = t.head
            addressed = addressed or t.dep_ == "prep" and t.lower_ == "to"
            if t.i == head.i:
                return person_noun or addressed
        return False

    def _complement_of_speaking_noun(self, ent: Span, phrase: _Phrase) -> bool:
        """« l'avocate de Paul Vidal », « le parti de Claire Morand », « l'entourage de Jean
        Lemaire »: a name in the « de » complement of a noun for someone who speaks (a title, a
        group, an institution, someone's circle) earlier in the phrase says whose that speaker is;
        the speaker is the noun's phrase. A document's owner is left to ``_document_speaker``."""
        root = ent.root
        noun = root.head
        if root.dep_ != "nmod" or noun.pos_ != "NOUN" or not phrase.lo <= noun.i < ent.start or ent.start == 0:
            return False
        marker = self.doc[ent.start - 1]
        if marker.lower_.translate(_APOSTROPHES) not in GENITIVES or marker.head.i != root.i:
            return False
        lex = self.lex
        lemma = noun.lemma_.lower()
        return any(
            word in words
            for word in (lemma, noun.lower_)
            for words in (lex.titles, lex.unnamed_nouns, lex.group_nouns, lex.organization_words, lex.government_words, lex.organization_anaphors, lex.circle_nouns)
        )

    def _named_person(self, ent: Span, name: str, phrase: _Phrase) -> Entity:
        """The person entity of a name in a speaker phrase, with its mention and its role."""
        doc = self.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        title = ent[0] if ent[0].lower_ in self.lex.titles else before if before is not None and (before.lower_ in self.lex.titles or before.lemma_.lower() in self.lex.titles) else None
        honorific = ent[0] if ent[0].lower_ in self.lex.honorific_genders else before
        full_name = (
            self._bearer_of_honorific(name, honorific) or (self._full_name_under_title(name, title) if title is not None else None)
            or self._shared_surname_bearer_just_named(name, ent)
        )
        entity = self.person(full_name or name, titled=title is not None)
        entity.add_alias(name)
        entity.add_mention(ent.start_char, ent.end_char)
        role = self._role_near(ent, max(0, phrase.lo - 1), phrase.hi)
        if role and not entity.role:
            entity.role = role
        return entity

    def _shared_surname_bearer_just_named(self, surname: str, ent: Span) -> str | None:
        """English: a surname several people of the article share ("Tom Vey", "Ann Vey") alone
        stands for the one whose full name is the subject of a clause just before it, in its own
        sentence or the one before (outside quotations): "Ann Vey rebuffed a heckler. “…,” Vey
        told him" is Ann Vey, whichever Vey the article named first. Otherwise the surname keeps
        the bearer `person` gives it."""
        if self.lex.language != "en" or " " in surname or surname.lower() not in self._surnames_shared:
            return None
        doc = self.doc
        lo = sentence_of(ent[0]).start
        before = lo - 1
        while before >= 0 and doc[before].is_space:
            before -= 1  # the line break between paragraphs
        if before >= 0:
            lo = sentence_of(doc[before]).start
        k = bisect_left(self._subject_starts, ent.start_char) - 1
        while k >= 0 and self._subjects[k][0] >= doc[lo].idx:
            _start, name, _span = self._subjects[k]
            k -= 1
            parts = name.split()
            if len(parts) >= 2 and parts[-1].lower() == surname.lower():
                return name
        return None

    def _full_name_under_title(self, first_name: str, title: Token) -> str | None:
        """English: "Crown Prince Faisal bin Nasser … Prince Faisal said": a title before a first name
        alone stands for the one full name opening with that first name that the article gave
        under the same title. (Under another title or none, a titled first name is someone
        else's: "King Charles" is no "Charles Roe".)"""
        full_name = self._full_by_first.get(first_name.lower()) if " " not in first_name and self.lex.language == "en" else None
        if full_name is None:
            return None
        surname = full_name.split()[-1].lower()
        for _, name, span in self._persons:
            # (a mention that writes the full name out: not the titled first name itself)
            if name == full_name and span.start > 0 and span[-1].lower_ == surname:
                words = (span[0], self.doc[span.start - 1])
                if any(word.lower_ == title.lower_ for word in words):
                    return full_name
        return None

    def _bearer_of_honorific(self, surname: str, honorific: Token | None) -> str | None:
        """« M. Roux » / « Mme Roux » when the article names both a Paul Roux and a Marie Roux:
        the one full name with that surname whose first name has the honorific's gender.
        English: an honorific before a name that ends no full name but opens one ("Mr. Lou"
        after "Lou Jiwei") is that person's, the family name written first: a courtesy title
        goes before a family name, never a given name alone."""
        gender = self.lex.honorific_genders.get(honorific.lower_) if honorific is not None else None
        if gender is None or " " in surname:
            return None
        bearers = {name for _, name, _ in self._persons if len(name.split()) >= 2 and name.split()[-1].lower() == surname.lower() and self._name_genders.get(name) == gender}
        if len(bearers) == 1:
            return next(iter(bearers))
        if not bearers and self.lex.language == "en" and surname.lower() not in self._full_by_surname:
            return self._full_by_first.get(surname.lower())
        return None

    def _is_time_phrase(self, content: list[Token]) -> bool:
        """A time phrase ("ce matin", "en avril dernier", "last week") is never a speaker."""
        return any(self._is_time(t) for t in content) and all(self._is_time(t) or t.pos_ in ("ADJ", "NUM", "DET", "ADP") for t in content)

    def _name_alone(self, phrase: _Phrase, content: list[Token]) -> SpeakerRef | None | _NoMatch:
        """"the latter", a surname or a first name alone the recogniser did not tag: the
        person named before."""
        doc = self.doc
        # "the latter", « cette dernière »: the last person named before.
        if len(content) == 1 and content[0].lower_ in self.lex.latter_words and content[0].i > 0 and doc[content[0].i - 1].lower_ in self.lex.determiners:
            nearest = self._french_latter(content[0], phrase)
            if nearest is not None:
                return nearest
            if self.lex.language == "fr" and content[0].lower_.endswith("s"):
                return _NO_MATCH  # « ces derniers » with no group before it: not one person
            name = self._last_person_before(content[0].idx)
            if name:
                return SpeakerRef((self.person(name),), phrase.start, phrase.end)
        # A surname alone the NER did not tag ("…,” Horwath said): the full name given earlier.
        # (English: also after the writer's lower-case adjectives, "an angry Horwath", "the more
        # moderate Horwath": they describe the person, they are no part of the name.)
        described = self.lex.language == "en" and len(content) > 1 and content[-1].pos_ == "PROPN" and content[0].is_lower and content[0].pos_ in ("ADJ", "ADV")
        if described:
            k = next((i for i, t in enumerate(content) if not (t.is_lower and t.pos_ in ("ADJ", "ADV"))), len(content))
            if 0 < k < len(content) and self._full_name_of_surname(self._text(content[k:]).lower()) is not None:
                content = content[k:]
        words = self._text(content).split()
        surname = words[-1].lower()
        # (A capitalised word inside a named entity is a name even when tagged as a verb.)
        # (not the last word of a place's name: "South Korea" is no mention of a "N. Korea" the
        # recogniser took for a person in a headline)
        inside_place = any(t.ent_type_ in _PLACE_LABELS and t.ent_iob_ == "I" for t in content)
        full_name = self._full_name_of_surname(surname) if len(words) <= 2 and not inside_place else None
        if full_name is not None and all(t.pos_ == "PROPN" or t.ent_type_ and t.text[:1].isupper() or self.joins_word(t) for t in content):
            entity = self.person(full_name)
            entity.add_alias(self._text(content))
            entity.add_mention(content[0].idx, content[-1].idx + len(content[-1].text))
            return SpeakerRef((entity,), phrase.start, phrase.end, named=True)
        # A first name alone the NER did not tag ("Jayme told police"): the one full name it starts.
        if len(content) == 1 and content[0].pos_ == "PROPN" and content[0].lower_ in self._full_by_first and (content[0].i == 0 or doc[content[0].i - 1].lower_ not in self.lex.titles):
            entity = self.person(self._full_by_first[content[0].lower_])
            entity.add_alias(content[0].text)
            entity.add_mention(content[0].idx, content[0].idx + len(content[0].text))
            return SpeakerRef((entity,), phrase.start, phrase.end, named=True)
        return _NO_MATCH

    def _surname_after_role(self, phrase: _Phrase, content: list[Token]) -> SpeakerRef | None:
        """"Canadian actor Oh said": a surname that is also a common word (an interjection, an
        adjective) is not parsed as a name, so the role noun before it looks like the phrase's
        head. A capitalised word ending the phrase right after a common noun, the surname of a
        person the article names in full, is that person (English)."""
        if self.lex.language != "en" or len(content) < 2:
            return None
        role, word = content[-2], content[-1]
        if word.pos_ == "PROPN" or not word.text[:1].isupper() or role.pos_ != "NOUN" or not role.is_lower or word.lower_ not in self._full_by_surname:
            return None
        entity = self.person(self._full_by_surname[word.lower_])
        entity.add_alias(word.text)
        entity.add_mention(word.idx, word.idx + len(word.text))
        return SpeakerRef((entity,), phrase.start, phrase.end, named=True)

    def _apposed_untagged_name(self, phrase: _Phrase, head: Token) -> SpeakerRef | None:
        """"the spokeswoman, Ana Ruiz": a name of two or more capitalised words the recogniser
        did not tag, apposed after a comma to a noun for a person (a title, a relative, an
        unnamed source), is who that person is (English)."""
        lex = self.lex
        if lex.language != "en" or head.pos_ != "NOUN" or head.lemma_.lower() not in union(lex.titles, lex.circle_nouns, lex.unnamed_nouns):
            return None
        name = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and phrase.lo <= c.i < phrase.hi), None)
        if name is None or name.pos_ != "PROPN" or self.doc[name.left_edge.i - 1].text != ",":
            return None
        words = list(self.doc[name.left_edge.i : name.i + 1])
        if len(words) < 2 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ not in ("", *_PERSON_LABELS) for t in words):
            return None
        entity = self.person(" ".join(t.text for t in words))
        entity.add_mention(words[0].idx, name.idx + len(name.text))
        return SpeakerRef((entity,), phrase.start, phrase.end, named=True)

    def _french_latter(self, word: Token, phrase: _Phrase) -> SpeakerRef | None:
        """« ce dernier », « cette dernière »: the last one named before it in its sentence or the
        one before, outside quotations, of its gender: a person, or an organisation or
        institution (« … a rejeté la proposition du gouvernement. Ce dernier avait promis … » →
        the government). Nouns inside someone's title (« président du groupe ») are that
        person's, not a referent of their own. None when nothing fits: the last person named."""
        if self.lex.language != "fr":
            return None
        sentence_start = sentence_of(word).start
        lo = sentence_of(self.doc[sentence_start - 1]).start if sentence_start > 0 else sentence_start
        if word.lower_.endswith("s"):
            return self._french_plural_latter(word, phrase, lo)
        gender = "Fem" if word.lower_.endswith("e") else "Masc"
        best: tuple[int, SpeakerRef | None] | None = None
        k = bisect_left(self._person_starts, word.idx) - 1
        while k >= 0 and self._persons[k][2].start >= lo:
            _start, name, span = self._persons[k]
            if not self._quote_mask[span.start] and span.end <= word.i and self._agrees(name, gender) and not self._noun_modifier(span):
                entity = self.person(name)
                best = (span.start, SpeakerRef((entity,), phrase.start, phrase.end))
                break
            k -= 1
        for token in reversed(self.doc[lo : word.i - 1]):
            if best is not None and token.i <= best[0]:
                break
            if best is None and token.pos_ == "PROPN" and token.i > lo and not self._quote_mask[token.i] and self._country_with_article(token, gender):
                # « … le contrôle de sa frontière avec la Russie. Cette dernière a refusé … »: a
                # country after a definite article of the pronoun's gender is its government.
                country = self.country_named([token])
                if country is not None:
                    return SpeakerRef((self.country(country, written=token.text),), phrase.start, phrase.end, named=True)
            if best is None and self._organisation_name(token) and not self._quote_mask[token.i] and not self._in_title(token):
                # « … des fonds versés à Oxfam. Cette dernière dément … »: a name has no
                # grammatical gender to check, so it is the one meant only when no person of
                # the pronoun's gender is named in reach (« Léa Roux, invitée de France Culture, … cette dernière »).
                ref = self._speaking_ref(self.resolve(self._np(token, lo, word.i - 1), head=token))
                if ref is not None:
                    return SpeakerRef(ref.entities, phrase.start, phrase.end, named=ref.named)
            if self._quote_mask[token.i] or token.pos_ != "NOUN" or not self._institution_noun(token) or "Plur" in morph_get(token, "Number", []):
                continue
            if gender not in morph_get(token, "Gender", []) or self._in_title(token):
                # (a name without a grammatical gender, « Miss France », cannot be told from a person's)
                continue
            ref = self._speaking_ref(self.resolve(self._np(token, lo, word.i - 1), head=token))
            if ref is not None:
                return SpeakerRef(ref.entities, phrase.start, phrase.end, named=ref.named)
        return best[1] if best is not None else None

    def _country_with_article(self, token: Token, gender: str) -> bool:
        """A country's name right after « la » (feminine) or « le » (masculine), not in a title."""
        article = self.doc[token.i - 1].lower_
        return article == ("la" if gender == "Fem" else "le") and not self._in_title(token)

    def _french_plural_latter(self, word: Token, phrase: _Phrase, lo: int) -> SpeakerRef | None:
        """« Selon les organisateurs, … Selon ces derniers, … »: « ces derniers / dernières » is the
        last plural noun for people or bodies (a group, unnamed sources, authorities, a title:
        lexicon) of its gender before it, in its sentence or the one before, outside quotations."""
        gender = "Fem" if word.lower_.endswith("es") else "Masc"
        lex = self.lex
        nouns = (lex.group_nouns, lex.unnamed_nouns, lex.government_words, lex.organization_words, lex.titles)
        for token in reversed(self.doc[lo : word.i - 1]):
            if self._quote_mask[token.i] or token.pos_ != "NOUN" or "Plur" not in morph_get(token, "Number", []):
                continue
            if not any(w in words for w in (token.lower_, token.lemma_.lower()) for words in nouns):
                continue
            if gender not in morph_get(token, "Gender", [gender]):
                continue
            noun_phrase = self._np(token, lo, word.i - 1)
            # The phrase starts after the last preposition before its noun (« 400 000 selon les
            # organisateurs » → « les organisateurs »).
            cut = max((k + 1 for k, t in enumerate(noun_phrase) if t.i < token.i and t.pos_ == "ADP"), default=0)
            ref = self._speaking_ref(self.resolve(noun_phrase[cut:], head=token))
            if ref is not None:
                return SpeakerRef(ref.entities, phrase.start, phrase.end, named=ref.named)
        return None

    def _organisation_name(self, token: Token) -> bool:
        """The last word of an organisation's proper name (« Oxfam », « la Fnac »), not a person's."""
        return (
            token.pos_ == "PROPN" and token.ent_type_ in _ORG_LABELS and token.ent_type_ != "NORP"
            and (token.i + 1 >= len(self.doc) or self.doc[token.i + 1].ent_iob_ != "I")
        )

    def _institution_noun(self, token: Token) -> bool:
        """An organisation's name or a noun for an organisation or a government (lexicon)."""
        lemma = token.lemma_.lower()
        return token.ent_type_ == "ORG" or any(
            word in words for word in (lemma, token.lower_) for words in (self.lex.organization_words, self.lex.government_words, self.lex.organization_anaphors)
        )

    def _in_title(self, token: Token) -> bool:
        """Whether a noun completes a title (« le président du groupe », « la porte-parole du
        ministère »): a few heads up, a title noun."""
        head = token
        for _ in range(3):
            if head.head.i == head.i:
                return False
            head = head.head
            if (head.lemma_.lower() in self.lex.titles or head.lower_ in self.lex.titles) and "Plur" not in morph_get(head, "Number", []):
                return True  # (« les représentants de l'association »: a group, the association is named)
        return False

    def _newspaper_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """"the paper said", "according to the Chicago daily": a definite singular noun for a
        newspaper (lexicon newspaper_nouns), after at most a place or an adjective, takes up the
        newspaper the article named last (within reach, outside quotations): a name ending in a
        word newspapers are named by (lexicon newspaper_name_words: "Times", "Gazette"), or one
        the article pins on a newspaper ("the editors of The Lantern … the editorial said"). With
        none named, "the paper" is a document, left to the steps after this one. Who speaks for
        the paper speaks as it ("the paper's editorial board wrote", lexicon
        newspaper_staff_nouns); a hyphenated modifier is one word ("the left-leaning daily")."""
        doc = self.doc
        if self.lex.language != "en":
            return _NO_MATCH
        owner = self._newspaper_owning_staff(head)
        if owner is not None:
            lo = owner.left_edge.i + (owner.left_edge.lower_ == "the")
            content, head = self._tokens[lo : owner.i + 1], owner
        # ("the editorial board wrote": a body that exists only as a newspaper's speaks as one)
        compound = head.i > 0 and f"{self.doc[head.i - 1].lemma_.lower()} {head.lemma_.lower()}" in self.lex.newspaper_nouns
        if head.lemma_.lower() not in self.lex.newspaper_nouns and not compound or "Plur" in morph_get(head, "Number", []):
            return _NO_MATCH
        if not content or content[-1].i != head.i or len(self._text(content).split()) > 3 or content[0].i == 0 or doc[content[0].i - 1].lower_ != "the":
            return _NO_MATCH
        if any((t.pos_ == "PROPN" or t.ent_type_) and t.ent_type_ != "GPE" for t in content if t.i < head.i):
            return _NO_MATCH  # ("the Tribune paper": a name says which)
        named: Span | None = None
        for k in range(bisect_left(self._ent_starts, content[0].i) - 1, -1, -1):
            ent = self._ents[k]
            if head.idx - ent.start_char > _ORGANIZATION_REACH:
                break
            if not self._quote_mask[ent.start] and ent.label_ not in _PERSON_LABELS and ent[-1].lower_ in self.lex.newspaper_name_words:
                named = ent
                break
        # (a name pinned on a newspaper by the article itself, nearer than any name-word match)
        k = bisect_left(self._pinned_newspaper_starts, content[0].i) - 1
        pinned = self._pinned_newspapers[k] if k >= 0 else None
        if pinned is not None and head.idx - pinned.start_char <= _ORGANIZATION_REACH and (named is None or pinned.start > named.start):
            named = pinned
        if named is None:
            return _NO_MATCH
        return SpeakerRef((self._organization_entity(named, content),), phrase.start, phrase.end)

    def _newspaper_owning_staff(self, head: Token) -> Token | None:
        """The newspaper noun that owns a noun for who speaks for a newspaper (lexicon
        newspaper_staff_nouns): "the paper" of "the paper's editorial board"."""
        lemma = head.lemma_.lower()
        staff = lemma in self.lex.newspaper_staff_nouns or head.i > 0 and f"{self.doc[head.i - 1].lemma_.lower()} {lemma}" in self.lex.newspaper_staff_nouns
        if not staff:
            return None
        return next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in self.lex.newspaper_nouns), None)

    @functools.cached_property
    def _pinned_newspapers(self) -> list[Span]:
        """English: the names the article pins on a newspaper, in text order, outside quotations,
        whatever they end in and whether or not the recogniser tagged them: the name apposed to
        a newspaper noun ("The Lantern, a Baton Rouge newspaper") or the one a noun for who
        speaks for a newspaper belongs to (lexicon newspaper_staff_nouns: "the editors of The
        Lantern", "The Lantern's editorial board"). Found once per article, on first use."""
        doc, lex = self.doc, self.lex
        lemmas, tags = lemma_lowers(doc), pos_tags(doc)
        found: dict[int, Span] = {}
        for i, lemma in enumerate(lemmas):
            if tags[i] != "NOUN" or self._quote_mask[i]:
                continue
            staff = lemma in lex.newspaper_staff_nouns or i > 0 and f"{lemmas[i - 1]} {lemma}" in lex.newspaper_staff_nouns
            if not staff and lemma not in lex.newspaper_nouns:
                continue
            noun = doc[i]
            names = [c for c in noun.children if c.dep_ in ("poss", "appos")]  # "The Lantern's editors", "the newspaper, The Lantern"
            if staff:
                names += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if noun.dep_ == "appos":
                names.append(noun.head)  # "The Lantern, a Baton Rouge newspaper"
            for name in names:
                if name.pos_ != "PROPN" or name.ent_type_ in _PERSON_LABELS or self._quote_mask[name.i]:
                    continue
                if name.dep_ == "poss" and name.ent_type_ in _PLACE_LABELS:
                    continue  # ("The Lantern, Ohio's largest newspaper": the place says where it is, not what it is called)
                start = name.i
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == name.i:
                    start -= 1
                found[start] = doc[start : name.i + 1]
        return [found[start] for start in sorted(found)]

    @functools.cached_property
    def _pinned_newspaper_starts(self) -> list[int]:
        return [span.start for span in self._pinned_newspapers]

    def _document_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """"her statement said", "the report by the agency found", « selon le communiqué du
        ministère »: a document speaks for whoever wrote it, when the article says who."""
        if not self._is_document(head):
            return _NO_MATCH
        return self._speaking_for_author(phrase, head, quoted)

    def _speaking_for_author(self, phrase: _Phrase, document: Token, quoted: bool) -> SpeakerRef | _NoMatch:
        """The phrase speaks for the document's author, when the article says who (no search
        for an author inside another's)."""
        if self._finding_author:
            return _NO_MATCH
        self._finding_author = True
        try:
            author = self._document_author(document, quoted)
        finally:
            self._finding_author = False
        if author is None:
            return _NO_MATCH
        # The phrase that speaks is the document's: its author is who it stands for.
        return SpeakerRef(author.entities, phrase.start, phrase.end, named=author.named)

    def _ad_voice_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """English: "“…,” says a narrator", "a voice-over says", "the ad’s narrator": the voice of
        an ad (lexicon ad_voices) reads the ad's words, so it speaks for whoever ran the ad: the
        ad it belongs to ("the ad’s", "in the Clinton ad"), else the last ad the article
        mentioned before it (within reach, outside quotations), as that ad would. (Not another
        document: "…,” Ann Roe said in a statement. “…,” a voice-over says" is the ad's.)"""
        if not self.lex.ad_voices or not self._ad_voice(head):
            return _NO_MATCH
        document = next(
            (t for c in head.children for t in ([c] if c.dep_ in ("poss", "nmod:poss") else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("in", "of", "for") else []) if self._is_ad(t)),
            None,
        ) or self._last_before(head, self._is_ad)
        return _NO_MATCH if document is None else self._speaking_for_author(phrase, document, quoted)

    def _is_ad(self, token: Token) -> bool:
        """An ad (lexicon ad_nouns), a document that speaks for whoever ran it."""
        return self._is_document(token) and (token.lemma_.lower() in self.lex.ad_nouns or token.lower_ in self.lex.ad_nouns)

    def _ad_voice(self, head: Token) -> bool:
        """Whether a noun is an ad's voice (lexicon ad_voices), in one word or two, with a hyphen
        ("voice-over": the tokenizer splits it) or without ("voice over")."""
        doc, voices = self.doc, self.lex.ad_voices
        if head.lower_ in voices:
            return True
        words = [doc[k].lower_ for k in range(max(0, head.i - 2), min(len(doc), head.i + 3))]
        text = " ".join(words).replace(" - ", "-")
        return any(f" {voice} " in f" {text} " and head.lower_ in voice.replace("-", " ").split() for voice in voices)

    def _relative_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """A relative pronoun ("…, qui a déclaré", "selon lequel", "who said"): its antecedent."""
        if not (len(content) == 1 and head.pos_ == "PRON" and ("Rel" in morph_get(head, "PronType", []) or head.lower_ in _RELATIVE_PRONOUNS)):
            return _NO_MATCH
        antecedent = self._relative_antecedent(head)
        if antecedent is None:
            return None
        # Only the noun phrase itself: "Même son de cloche au ministère" hangs adverbs on it.
        start = min([antecedent.i] + [c.left_edge.i for c in antecedent.lefts if c.dep_ in _NOUN_MODIFIERS])
        noun_phrase = self._np(antecedent, start, head.i)
        return self.resolve(noun_phrase, head=antecedent, quoted=quoted) if noun_phrase else None

    def _pronoun_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """2. Pronouns: he/she (il/elle) → the last person named before (outside quotations);
        "it" → the organisation or document the sentence before is about; I/we/they → nobody."""
        word = head.lower_.lstrip("-")
        if self._impersonal(head) and len(content) == 1:
            return None  # « il s'agit de », « il faut »: an impersonal « il » stands for no one
        if word in self.lex.speakerless_pronouns and len(content) == 1:
            return None  # « c'est « … » », « cela ne « devrait pas » … »: a fact, not a source
        if word in self.lex.person_pronouns and len(content) == 1:
            return self._person_pronoun_speaker(head)
        if head.lower_ in self.lex.neuter_pronouns and len(content) == 1:
            # "The board's decision said … It also said": the thing the sentence before is about,
            # else the organisation the last sentence naming one is about.
            previous = self._previous_thing_subject(head)
            if previous is not None:
                described = self.resolve(self._np(previous, sentence_of(previous).start, sentence_of(previous).end), head=previous)
                ref = self._speaking_ref(described)
                if ref is None and self.lex.language == "en" and previous.head.lemma_.lower() in self.lex.speech_verbs and described is not None and described.entities:
                    # "The lawsuit contends that … It goes on to fault …, saying": a thing that
                    # spoke in the sentence before (a lawsuit, a document with no author named)
                    # goes on speaking as "it", as written there, not as the last organisation
                    # its sentence mentions.
                    ref = described
                if ref is not None:
                    return SpeakerRef(ref.entities, phrase.start, phrase.end, named=ref.named)
            document = self._english_previous_document(head)
            if document is not None:
                authored = self._document_speaker(phrase, [document], document, quoted)
                if isinstance(authored, SpeakerRef):
                    return authored
            organization = self._last_organization_before(head)
            if organization is not None:
                return SpeakerRef((self.typed(list(organization), "ORG"),), phrase.start, phrase.end)
        if word in self.lex.plural_pronouns and len(content) == 1:
            group = self._subject_outside_object_relative(head) or self._plural_antecedent(head)
            if group is not None:
                return SpeakerRef(group.entities, head.idx, head.idx + len(head.text), named=group.named)
        if word in self.lex.first_pronouns or (word in self.lex.plural_pronouns or word in self.lex.indefinite_subjects) and len(content) == 1:
            return None  # « on » names no one
        return _NO_MATCH

    def _subject_outside_object_relative(self, pronoun: Token) -> SpeakerRef | None:
        """« Des pêcheurs ont assigné la société Marex, qu'ils accusent de … », « Un boulanger a
        assigné son fournisseur, qu'il accuse de … »: the subject pronoun of a French relative
        clause whose « que » is the verb's object cannot stand for the noun the clause describes
        (that noun is the object); it takes up the subject of the main clause before it, when that
        subject is a noun phrase of the pronoun's number (and gender, when told). By the words
        (« , qu'ils »), as the parse often makes such a clause a sentence of its own."""
        doc, verb = self.doc, pronoun.head
        if self.lex.language != "fr" or pronoun.dep_ not in _SUBJECT_DEPS or pronoun.i < 2:
            return None
        relative = doc[pronoun.i - 1].lower_.translate(_APOSTROPHES) in ("que", "qu'")
        if not relative or not (doc[pronoun.i - 2].text == "," or verb.dep_ == "acl:relcl"):
            return None
        own_start = punctuation_sentence(doc, pronoun.i, self._quote_mask)[0]
        subjects = [
            t for t in doc[own_start : pronoun.i - 1]
            if t.dep_ in _SUBJECT_DEPS and t.head.i < pronoun.i and not self._quote_mask[t.i]
            # (not the subject of a relative clause: « des parents dont les enfants sont … »)
            and not any(w.lower_.translate(_APOSTROPHES) in _FRENCH_RELATIVE_WORDS for w in doc[max(own_start, t.left_edge.i - 1) : t.i])
        ]
        # the nearest main clause's (« Infiltrations, pannes : des locataires ont assigné … »)
        subject = next((t for t in reversed(subjects) if self._main_clause(t.head)), subjects[-1] if subjects else None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        # (« une vingtaine de pêcheurs »: a singular count of a plural noun is a group)
        group = self._plural_referent(subject) or any(c.dep_ == "nmod" and "Plur" in morph_get(c, "Number", []) for c in subject.children)
        if group != (pronoun.lower_ in self.lex.plural_pronouns):
            return None
        # (a group's gender is its members', not the count noun's: « une vingtaine de pêcheurs … ils »)
        gender = None if group else self.lex.pronoun_genders.get(pronoun.lower_)
        told = self._noun_phrase_genders(subject) if subject.pos_ == "NOUN" else []
        if gender is not None and told and gender not in told:
            return None
        sentence = sentence_of(subject)
        ref = self.resolve(self._np(subject, sentence.start, sentence.end), head=subject)
        return ref if ref is not None and ref.entities else None

    def _one_of_them_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """« « … », a lancé l'un d'eux, éleveur dans la région »: one of a group the pronoun takes
        up is an unnamed source, named as written (« l'un d'eux »), not the apposition's last noun."""
        tokens = list(itertools.takewhile(lambda t: t.text != ",", phrase.tokens))
        # (up to the pronoun: « l'un d'eux devant la mairie » is one of them wherever they stand)
        pronoun = next((k for k, t in enumerate(tokens[:5]) if t.lower_ in ("eux", "elles")), None)
        if pronoun is not None:
            tokens = tokens[: pronoun + 1]
        words = [t.lower_.replace("’", "'") for t in tokens]
        lead = 1 if words[:1] == ["l'"] else 0
        if self.lex.language != "fr" or len(words) - lead < 3 or words[lead] not in _FRENCH_INDEFINITE_ARTICLES or words[-1] not in ("eux", "elles"):
            return _NO_MATCH
        if not all(w in ("de", "d'", "entre", "d'entre") for w in words[lead + 1 : -1]):
            return _NO_MATCH
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        surface = self.text[start:end]
        entity = self._entity("unnamed:" + _norm(surface), surface, "unnamed")
        entity.add_alias(surface)
        entity.add_mention(start, end)
        return SpeakerRef((entity,), start, end, named=False)

    def _person_pronoun_speaker(self, head: Token) -> SpeakerRef | None:
        """he/she (il/elle): the main clause's subject when it is the subject of an object
        relative (French), an organisation its own sentence is about (French), a title holder
        described just before, the person it stands for, else a relative of a person named."""
        outside = self._subject_outside_object_relative(head)
        if outside is not None:
            return SpeakerRef(outside.entities, head.idx, head.idx + len(head.text), named=outside.named)
        body = self._french_body_of_own_sentence(head)
        if body is not None:
            return SpeakerRef((self.typed(list(body), "ORG"),), head.idx, head.idx + len(head.text))
        institution = self._french_institution_subject_of_own_sentence(head)
        if institution is not None:
            return SpeakerRef(institution.entities, head.idx, head.idx + len(head.text), named=institution.named)
        described = self._french_described_subject_before(head)
        if described is not None:
            return SpeakerRef(described.entities, head.idx, head.idx + len(head.text), named=described.named)
        name = self._pronoun_antecedent(head.idx, head)
        if name:
            return SpeakerRef((self.person(name),), head.idx, head.idx + len(head.text))
        holder = self._french_holder_of_named(head)
        if holder is not None:
            return SpeakerRef(holder.entities, head.idx, head.idx + len(head.text), named=holder.named)
        return None

    def _french_body_of_own_sentence(self, pronoun: Token) -> Span | None:
        """« La décision est saluée par l'Union des consommateurs : « … » a-t-elle déclaré »: il/elle
        whose own sentence, before it and outside quotations, names no person but has an
        organisation for main-clause subject or « par » agent stands for that organisation (the last one, of
        the pronoun's gender when its article tells one), not for a person of earlier sentences."""
        if self.lex.language != "fr":
            return None
        sentence = sentence_of(pronoun)
        k = bisect_left(self._person_starts, sentence.start_char)
        if k < len(self._persons) and self._persons[k][0] < pronoun.idx:
            return None
        gender = self.lex.pronoun_genders.get(pronoun.lower_.lstrip("-"))
        found = None
        for k in range(bisect_left(self._organization_starts, sentence.start), len(self._organizations)):
            org = self._organizations[k]
            if org.start >= pronoun.i:
                break
            # (of the main clause: « affirmant qu'il a été soutenu en secret par des X, il a … » is not about X)
            if self._quote_mask[org.start] or org.root.dep_ not in _SUBJECT_DEPS | {"obl:agent"} or not self._main_clause(org.root.head):
                continue
            article = next((c for c in org.root.children if c.dep_ == "det"), None)
            told = morph_get(article, "Gender", []) if article is not None else []
            if gender is None or not told or gender in told:
                found = org
        return found

    def _french_institution_subject_of_own_sentence(self, pronoun: Token) -> SpeakerRef | None:
        """« Le syndicat a publié une lettre dans laquelle il demande … », « L'association fait
        paraître une tribune où elle dénonce … »: an il/elle after the main clause of its own
        sentence, which names no person before it, stands for that clause's subject when it is an
        institution or a document noun of the pronoun's gender and number (the name tagger leaves
        most of them untagged, so ``_french_body_of_own_sentence`` does not see them)."""
        if self.lex.language != "fr":
            return None
        doc = self.doc
        own_start = punctuation_sentence(doc, pronoun.i, self._quote_mask)[0]
        if any(t.ent_type_ in _PERSON_LABELS and not self._quote_mask[t.i] for t in doc[own_start : pronoun.i]):
            return None
        gender = self.lex.pronoun_genders.get(pronoun.lower_.lstrip("-"))
        for subject in doc[own_start : pronoun.i]:
            verb = subject.head
            if subject.dep_ not in _SUBJECT_DEPS or subject.pos_ != "NOUN" or self._quote_mask[subject.i] or verb.i == pronoun.head.i:
                continue
            # (the parse may hang the subject of « fait paraître » on the causative under the infinitive)
            main = self._main_clause(verb) or verb.dep_ == "dep" and verb.lemma_.lower() in self.lex.causative_verbs and verb.head.dep_ == "ROOT"
            if not main or "Plur" in morph_get(subject, "Number", []) or not (self._institution_noun(subject) or self._is_document(subject)):
                continue
            determiner = next((c for c in subject.children if c.dep_ == "det"), None)
            if determiner is None or determiner.lower_.translate(_APOSTROPHES) not in _DEFINITE_DETERMINERS:
                continue
            told = self._noun_phrase_genders(subject)
            if gender is not None and told and gender not in told:
                continue
            sentence = sentence_of(subject)
            return self._speaking_ref(self.resolve(self._np(subject, sentence.start, sentence.end), head=subject))
        return None

    def _french_described_subject_before(self, pronoun: Token) -> SpeakerRef | None:
        """« Le secrétaire général du syndicat affirme que … Par ailleurs, il estime … »: il/elle
        after a sentence whose main clause has for subject a singular title of its gender with
        no name (and that names no one else outside quotations) is that title's holder, not the
        last person named before it. Nobody named before the pronoun in its own sentence either."""
        if self.lex.language != "fr":
            return None
        doc = self.doc
        # (By punctuation: the parser makes « « … » a-t-il dit » three sentences.)
        own_start = punctuation_sentence(doc, pronoun.i, self._quote_mask)[0]
        own = doc[own_start : pronoun.i + 1]
        if any(t.ent_type_ in _PERSON_LABELS and not self._quote_mask[t.i] for t in doc[own.start : pronoun.i]):
            return None
        before = own.start - 1
        while before >= 0 and doc[before].is_space:
            before -= 1
        if before < 0:
            return None
        sentence = sentence_of(doc[before])
        subject = next((c for c in sentence.root.children if c.dep_ in _SUBJECT_DEPS), None)
        opening = next((t for t in sentence if not t.is_space), sentence[0])
        gender = self.lex.pronoun_genders.get(pronoun.lower_.lstrip("-"))
        # (the parse may read « Il » as an impersonal subject: expl:subj)
        if (opening.lower_ in ("il", "elle") and (opening.dep_ in _SUBJECT_DEPS or opening.dep_ == "expl:subj")
                and gender in (None, self.lex.pronoun_genders.get(opening.lower_)) and self._topic_pronoun_depth < _TOPIC_PRONOUN_REACH):
            # « Le chauffeur a été entendu. Il explique … Selon lui, … »: a pronoun of the same
            # gender opening the sentence before as its subject continues its topic, whoever it stood for.
            self._topic_pronoun_depth += 1
            try:
                return self._person_pronoun_speaker(opening)
            finally:
                self._topic_pronoun_depth -= 1
        if subject is None or self._quote_mask[subject.i]:
            subject = self._inverted_incise_subject(sentence)
        elif any("Cnd" in morph_get(t, "Mood", []) for t in (sentence.root, *(c for c in sentence.root.children if c.dep_.startswith("aux")))):
            # « Le chauffeur n'aurait prévenu personne. « … », a-t-il lancé »: a sentence in the
            # conditional relays what the speaker before alleges; its subject is what the
            # allegation is about, not someone who goes on speaking.
            return None
        # An organisation's name with its article (« La CFDT a demandé … Elle dénonce … ») is
        # taken up by il/elle like an institution noun.
        # So is an acronym with its article (« L'ARS a annoncé … Elle indique … »), whatever the
        # tagger calls it (a common noun, a place).
        organization = subject is not None and (subject.pos_ == "PROPN" and subject.ent_type_ == "ORG" or _article_acronym(subject))
        if subject is None or subject.pos_ != "NOUN" and not organization or self._quote_mask[subject.i] or "Plur" in morph_get(subject, "Number", []):
            return None
        # A title, a relative (« la veuve de X », « le frère de X »: lexicon circle_nouns) or
        # another noun for a person (« le chauffeur », « l'enquêteur », « le témoin »).
        # An institution (« La cour justifie … Elle considère … ») is what its il/elle goes on about too,
        # and so is a document (« Le rapport a été publié mardi. Il affirme … »), which speaks for its authors.
        described = (self.lex.titles, self.lex.circle_nouns, self.lex.person_nouns, self.lex.group_nouns, self.lex.unnamed_nouns)
        if not organization and not any(word in words for word in (subject.lemma_.lower(), subject.lower_) for words in described) and not self._institution_noun(subject) and not self._is_document(subject):
            return None
        # Someone named there (or before the pronoun) lets the general rule decide, unless
        # only as the « de » complement of a noun: of the subject (whose widow, whose lawyer it
        # is), or of a noun that is no subject (« Le candidat a redit son admiration pour l'œuvre
        # de Paul Roux. « … » a-t-il dit »: the sentence is about the candidate).
        k = bisect_left(self._person_starts, sentence.start_char)
        while k < len(self._persons) and self._persons[k][0] < pronoun.idx:
            span = self._persons[k][2]
            # (a name apposed to the subject, which the parse may also call its nmod, is no « de » complement)
            complement = span.root.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in _OF_WORDS for c in span.root.children)
            holder = span.root.head
            if not (complement and (holder.i == subject.i or span.start_char < own.start_char and holder.pos_ == "NOUN" and holder.dep_ not in _SUBJECT_DEPS and holder.i > subject.i)):
                return None
            k += 1
        gender = self.lex.pronoun_genders.get(pronoun.lower_.lstrip("-"))
        determiner = next((c for c in subject.children if c.dep_ == "det"), None)
        # (A name's gender is its article's: the tagger guesses one for the name itself.)
        told = (morph_get(determiner, "Gender", []) if determiner is not None else []) if organization else self._noun_phrase_genders(subject)
        if gender is not None and (organization and determiner is None or told and gender not in told):
            return None
        word = determiner.lower_.translate(_APOSTROPHES) if determiner is not None else ""
        # An indefinite subject (« Un habitant raconte … Il affirme … ») brings in someone new: the
        # nearest antecedent, whom the pronoun continues, not anyone named before.
        # (Not one set off by a comma: « Le suspect, un apprenti de 19 ans, … » describes the subject before it.)
        indefinite = word in _FRENCH_INDEFINITE_ARTICLES and determiner is not None and (determiner.i == 0 or doc[determiner.i - 1].text != ",")
        if word not in _DEFINITE_DETERMINERS and not indefinite:
            return None
        phrase = self._np(subject, sentence.start, sentence.end)
        if len(phrase) < 2 and not indefinite and (subject.lemma_.lower() in self.lex.titles or subject.lower_ in self.lex.titles):
            # A bare title (« le candidat », « le juge ») tells less than the person the article
            # names; a bare noun for what someone is or does (« le chauffeur », « le témoin ») is
            # how the article goes on calling an unnamed person.
            return None
        ref = self.resolve(phrase, head=subject)
        return ref if ref is not None and ref.entities else None

    def _inverted_incise_subject(self, sentence: Span) -> Token | None:
        """The subject after the verb of a closing incise, outside quotations (« « … », raconte un
        maçon du chantier. »): what a sentence that is a quotation and its incise is about. (The
        parse may call that inverted subject the verb's object.)"""
        doc = self.doc
        for t in sentence:
            verb = t.head
            if t.dep_ not in (*_SUBJECT_DEPS, "obj") or verb.i >= t.i or self._quote_mask[t.i] or self._quote_mask[verb.i]:
                continue
            k = verb.i - 1
            while k > 0 and (doc[k].pos_ == "AUX" or doc[k].lower_.translate(_APOSTROPHES) in ("s'", "se")):
                k -= 1
            if k > 0 and doc[k].text == "," and doc[k - 1].text in _CLOSING_QUOTES:
                return t
        return None

    def _french_holder_of_named(self, pronoun: Token) -> SpeakerRef | None:
        """« La sœur de Marc Roux a confirmé … « … », ajoute-t-elle … selon elle »: an il/elle that
        no one named before it agrees with in gender stands for the title or relative whose « de »
        complement that name is (a definite subject of its gender: « la sœur de Marc Roux »), in
        the last few sentences that name someone."""
        if self.lex.language != "fr":
            return None
        gender = self.lex.pronoun_genders.get(pronoun.lower_.lstrip("-"))
        if gender is None:
            return None
        k = bisect_left(self._person_starts, pronoun.idx) - 1
        for _start, _name, span in reversed(self._persons[max(0, k - 3) : k + 1]):
            holder = span.root.head
            if span.root.dep_ != "nmod" or holder.i >= span.root.i or holder.pos_ != "NOUN" or holder.dep_ not in _SUBJECT_DEPS or self._quote_mask[holder.i]:
                continue
            if "Plur" in morph_get(holder, "Number", []) or gender not in self._noun_phrase_genders(holder):
                continue
            if not any(word in words for word in (holder.lemma_.lower(), holder.lower_) for words in (self.lex.titles, self.lex.circle_nouns)):
                continue
            determiner = next((c for c in holder.children if c.dep_ == "det"), None)
            if determiner is None or determiner.lower_.translate(_APOSTROPHES) not in _DEFINITE_DETERMINERS:
                continue
            ref = self.resolve(self._np(holder, sentence_of(holder).start, sentence_of(holder).end), head=holder)
            if ref is not None and ref.entities:
                return ref
        return None

    def _plural_antecedent(self, pronoun: Token) -> SpeakerRef | None:
        """"Several executives have warned about it. They say …", "Brexit backers say … and they
        criticize …", « Les parents de l'élève dénoncent … Aussi menacent-ils … »: "they"
        (ils/elles/eux) is the last plural subject before it (a plural noun, people joined by
        "and", or in English an organisation, which English also takes up with "they") in its own
        sentence, else the sentence before, the main clause's subject first. A subject that is
        "they" again carries the search one sentence further back (up to three). In French only
        a main clause's « ils » (« qu'ils avaient demandé » mostly takes up a noun of its own
        sentence that is no subject); a clause coordinated with the main one is a main clause too
        (« Les rebelles ont attaqué …, mais ils démentent … »)."""
        if self.lex.language == "fr" and not self._main_clause(pronoun.head) and pronoun.i != sentence_of(pronoun).root.i:
            return None
        sentence, own, reach = sentence_of(pronoun), True, 2
        while reach > 0:
            reach -= 1
            subjects = [t for t in sentence if (not own or t.i < pronoun.i) and t.dep_ in _SUBJECT_DEPS and not self._quote_mask[t.i]]
            if own:
                subjects.reverse()  # the nearest before the pronoun first
                if pronoun.head.dep_ == "parataxis":
                    # "Most proceeds, they promise, will go back to families": the subject of the
                    # clause a parenthetical "they say" reports is what is said, not who says it.
                    subjects = [t for t in subjects if t.head.i != pronoun.head.head.i]
            else:
                verbs = {t.i: t.head for t in subjects}
                for verb in sentence:
                    stolen = self._subject_taken_by_coordination(verb)
                    if stolen is not None and not self._quote_mask[stolen.i]:
                        subjects.append(stolen)
                        verbs[stolen.i] = verb
                # The subject of a speech verb first ("Costs remain the worry and the bosses
                # have warned of cuts. They say …": the group last heard speaking speaks on),
                # then the main clause's subject.
                subjects.sort(key=lambda t: (not self._speaking_verb(verbs[t.i]), verbs[t.i].i != sentence.root.i))
            for subject in subjects:
                if subject.lower_ in self.lex.plural_pronouns:
                    if own and self.lex.language == "en":
                        # "The Greens expect they'll gain seats; they say …": an earlier "they"
                        # of the same sentence takes up the same referent, a subject before it.
                        continue
                    reach = 1 if own else min(reach + 1, 2)
                    break
                if self._plural_referent(subject):
                    # Each conjunct with its own phrase: « Thierry et Sylvie Marchand » keeps « Marchand ».
                    # (A subject taken back from a coordination has none: its conjuncts are the
                    # noun phrase the parse joined it to.)
                    conjuncts = subject.conjuncts if subject.dep_ in _SUBJECT_DEPS else ()
                    noun_phrase = self._np(subject, sentence.start, sentence.end) + [
                        t for c in conjuncts if sentence.start <= c.i < sentence.end for t in self._np(c, sentence.start, sentence.end)
                    ]
                    ref = self._speaking_ref(self.resolve(sorted(noun_phrase, key=lambda t: t.i), head=subject))
                    if ref is not None:
                        return ref
            source = None if own else self._plural_source_of(sentence)
            if source is not None:
                return source
            start = sentence.start - 1
            while start >= 0 and self.doc[start].is_space:
                start -= 1
            if start < 0:
                return None
            sentence, own = sentence_of(self.doc[start]), False
        return None

    def _speaking_verb(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self.lex.speech_verbs or verb.lemma_.lower() in self.lex.belief_verbs

    def _subject_taken_by_coordination(self, verb: Token) -> Token | None:
        """The subject of a coordinated clause that the parse joined to the noun phrase before
        it ("The cost remains the concern and several bosses have warned …" read as "the
        concern and several bosses"): a verb coordinated with no subject of its own, right
        after a plural noun (auxiliaries and adverbs between) that hangs as a conjunct of a
        noun that is no subject."""
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None
        i = verb.i - 1
        while i >= 0 and self.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") and self.doc[i].head.i == verb.i:
            i -= 1
        if i < 0:
            return None
        noun = self.doc[i]
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or "Plur" not in morph_get(noun, "Number", []):
            return None
        return noun if noun.head.dep_ not in _SUBJECT_DEPS and noun.head.pos_ in ("NOUN", "PROPN") else None

    def _plural_source_of(self, sentence: Span) -> SpeakerRef | None:
        """« Selon les guides, le sentier n'était pas balisé. Ils affirment … »: a sentence
        whose subjects are no plural referent but that opens with a plural source phrase (« selon »,
        « d'après » + a plural noun, outside quotations) is what the next « ils » takes up."""
        words = [t.lower_.replace("’", "'") for t in sentence[:4]]
        for pattern in self.lex.according_to:
            if tuple(words[: len(pattern)]) != pattern or len(sentence) <= len(pattern):
                continue
            noun = sentence[len(pattern)]
            while noun.pos_ == "DET" and noun.i + 1 < sentence.end:
                noun = self.doc[noun.i + 1]
            if noun.pos_ != "NOUN" or "Plur" not in morph_get(noun, "Number", []) or self._quote_mask[noun.i]:
                return None
            return self._speaking_ref(self.resolve(self._np(noun, sentence.start, sentence.end), head=noun))
        return None

    def _english_previous_document(self, pronoun: Token) -> Token | None:
        """"Ana Ruiz cited a memo issued by the agency. It says …": "it" after a sentence whose
        main subject is a person is the document that person's verb takes as object."""
        if self.lex.language != "en":
            return None
        before = sentence_of(pronoun).start - 1
        while before >= 0 and self.doc[before].is_space:
            before -= 1
        if before < 0:
            return None
        root = sentence_of(self.doc[before]).root
        subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.ent_type_ not in _PERSON_LABELS and subject.lower_ not in self.lex.person_pronouns:
            return None
        return next((c for c in root.children if c.dep_ in ("dobj", "obj") and self._is_document(c) and not self._quote_mask[c.i]), None)

    def _plural_referent(self, subject: Token) -> bool:
        """Whether a subject can be what "they" takes up: a plural noun, a coordination, an
        organisation (English only: French takes an organisation up with « il »/« elle »), a noun
        of quantity that counts a plural group (« une trentaine d'habitants », « la plupart des
        élus »: French takes it up with « ils »)."""
        if subject.pos_ == "PRON":
            return False
        if "Plur" in morph_get(subject, "Number", []) or any(c.dep_ == "conj" for c in subject.children):
            return True
        if subject.lemma_.lower() in self.lex.quantity_nouns and any(c.dep_ == "nmod" and "Plur" in morph_get(c, "Number", []) for c in subject.children):
            return True
        if self.lex.language != "en":
            return False
        lemma = subject.lemma_.lower()
        return subject.ent_type_ == "ORG" or lemma in self.lex.organization_words or lemma in self.lex.organization_anaphors

    def _demonstrative_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """« celui-ci », « celle-ci »: the nearest person or organisation named before it in its
        sentence or the one before, outside quotations (a demonstrative picks the last one named)."""
        # At a sentence start the parse may cut « Celle-ci » into « Celle », « - », « ci ».
        start = content[0].idx
        word = next((d for d in self.lex.demonstrative_pronouns if self.text[start : start + len(d)].lower() == d), None)
        if word is None or content[-1].idx + len(content[-1].text) > start + len(word):
            return _NO_MATCH
        lo = sentence_of(self.doc[max(0, phrase.lo - 1)]).start
        lo = sentence_of(self.doc[lo - 1]).start if lo > 0 else lo
        gender = "Fem" if word.startswith("celle") else "Masc"
        named = [
            e
            for e in self.ents_in(lo, phrase.lo)
            if e.label_ in (*_PERSON_LABELS, "ORG") and not self._quote_mask[e.start] and self._may_be_of_gender(e, gender)
        ]
        # « … réclame une inspection par l'agence régionale de santé. Celle-ci a indiqué … »: a noun
        # for a body of the pronoun's gender named after the last name is nearer.
        body = self._institution_noun_after(named[-1].end if named else lo, phrase.lo, gender)
        if body is not None:
            return body
        if not named:
            return _NO_MATCH  # no antecedent in reach: the phrase as written
        nearest = named[-1]
        ref = self.resolve(list(nearest), head=nearest.root)
        return SpeakerRef(ref.entities, phrase.start, phrase.end, named=ref.named) if ref is not None and ref.entities else _NO_MATCH

    def _institution_noun_after(self, lo: int, hi: int, gender: str) -> SpeakerRef | None:
        """The speaker named by the last singular noun for a body (``_institution_noun``) of
        ``gender`` in [lo, hi), outside quotations and titles (« la porte-parole du ministère »)."""
        for token in reversed(self.doc[lo:hi]):
            if self._quote_mask[token.i] or token.pos_ != "NOUN" or not self._institution_noun(token) or "Plur" in morph_get(token, "Number", []):
                continue
            # (« l'agence régionale »: an elided article tells no gender; an adjective does.)
            told = self._noun_phrase_genders(token) or [g for c in token.children if c.dep_ == "amod" for g in morph_get(c, "Gender", [])]
            if gender in told and not self._in_title(token):
                return self._speaking_ref(self.resolve(self._np(token, lo, hi), head=token))
        return None

    def _demonstrative_description_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """« À 41 ans, cet homme discret devient maire », « cette ancienne avocate … »: a
        demonstrative before a singular word for a person (lexicon person_nouns, titles) refers
        back to someone the article has just named, not to a new person: the nearest person
        named before it, of the noun's gender, in its sentence or the one before."""
        # (The phrase may start after its determiner.)
        determiner = phrase.tokens[0] if phrase.tokens[0].pos_ == "DET" else self.doc[phrase.lo - 1] if phrase.lo > 0 else None
        if self.lex.language != "fr" or determiner is None or determiner.lower_ not in ("ce", "cet", "cette"):
            return _NO_MATCH
        noun = head.lemma_.lower()
        if head.pos_ != "NOUN" or "Plur" in morph_get(head, "Number", []) or not (noun in self.lex.person_nouns or noun in self.lex.titles):
            return _NO_MATCH
        lo = sentence_of(self.doc[phrase.lo]).start
        lo = sentence_of(self.doc[lo - 1]).start if lo > 0 else lo
        gender = morph_get(head, "Gender", ["Masc"])[0]
        named = [e for e in self.ents_in(lo, phrase.lo) if e.label_ in _PERSON_LABELS and not self._quote_mask[e.start] and self._may_be_of_gender(e, gender)]
        if not named:
            return _NO_MATCH  # no one named in reach: the description as written
        # The description goes on about the sentence's topic: a named subject before a name
        # in a complement (« X a battu Y. Cet homme … » is X).
        subjects = [e for e in named if e.root.dep_.startswith("nsubj")]
        antecedent = (subjects or named)[-1]
        ref = self.resolve(list(antecedent), head=antecedent.root)
        return SpeakerRef(ref.entities, phrase.start, phrase.end, named=ref.named) if ref is not None and ref.entities else _NO_MATCH

    def _may_be_of_gender(self, ent: Span, gender: str) -> bool:
        """Whether a named entity can be what a pronoun of this gender refers to: a person of
        unknown or that gender; an organisation whose noun (« l'association X ») has it."""
        noun = ent.root.head if ent.root.dep_ in ("appos", "nmod", "flat:name") and ent.root.head.pos_ == "NOUN" else ent.root
        tagged = morph_get(noun, "Gender", [gender])
        if ent.label_ in _PERSON_LABELS:
            return self._genders.get(self._clean_name(ent), tagged[0]) == gender
        return gender in tagged

    def _joint_subject_described(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """English: "Sen. Tom Harlow and Sen. Ann Ruiz sent a letter … “…,” the two senators
        wrote", "the committee chairmen", "the two": a definite plural of a title, or a number
        alone, takes up the people last named together, coordinated as a clause's subject,
        within `_DESCRIPTION_REACH` characters before it (the joint speakers it sums up)."""
        doc = self.doc
        if self.lex.language != "en" or content[0].i == 0 or doc[content[0].i - 1].lower_ != "the" or len(content) > 3:
            return _NO_MATCH
        plural_title = head.pos_ == "NOUN" and "Plur" in morph_get(head, "Number", []) and head.lemma_.lower() in self.lex.titles
        if not (plural_title or head.pos_ == "NUM" and len(content) == 1):
            return _NO_MATCH
        k = bisect_left(self._person_starts, head.idx) - 1
        while k >= 0 and self._persons[k][0] >= head.idx - _DESCRIPTION_REACH:
            root = self._persons[k][2].root
            first = root.head
            if root.dep_ == "conj" and first.dep_ in _SUBJECT_DEPS and not self._quote_mask[first.i]:
                names = [name for _, name, span in self._persons if span.root.i == first.i or span.root.dep_ == "conj" and span.root.head.i == first.i]
                people = tuple(dict.fromkeys(self.person(name) for name in names))
                if len(people) > 1:
                    return SpeakerRef(people, phrase.start, phrase.end)
            k -= 1
        return _NO_MATCH

    def _title_speaker(self, phrase: _Phrase, content: list[Token], head: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """3. A bare title: the last person with that title. Not a first mention ("a justice
        official said") nor several people ("officials said"): those are unnamed sources."""
        doc = self.doc
        first_mention = content[0].i > 0 and doc[content[0].i - 1].lower_ in _FIRST_MENTION_DETERMINERS or content[0].lower_ in _FIRST_MENTION_DETERMINERS
        if len(content) <= 4 and head.lemma_.lower() in self.lex.titles and head.pos_ in ("NOUN", "PROPN") and not first_mention and "Plur" not in morph_get(head, "Number", []):
            qualifiers = [t.lower_ for t in content if t.i < head.i and t.is_alpha and t.lower_ not in self.lex.determiners]
            possessed = any(t.dep_ in ("poss", "nmod:poss") for t in content if t.i < head.i) or content[0].i > 0 and doc[content[0].i - 1].dep_ in ("poss", "nmod:poss")
            entity = self._last_person_with_title(head.lemma_.lower(), head.idx, qualifiers, self._french_title_complement(content, head), possessed=possessed)
            if entity is not None and not self._unnamed_since(head, entity):
                return SpeakerRef((entity,), phrase.start, phrase.end)
        holders = self._pinned_holders(content, head)
        if len(holders) > 1:
            return _NO_MATCH  # a title the article gave several people names none of them
        described = self._described_person(content, head)
        if described is not None:
            return SpeakerRef((self.person(described),), phrase.start, phrase.end)
        # ("Huawei official Ana Roe … a justice official said … The official added": the one
        # introduced unnamed since is who "the official" is.)
        for holder in holders:
            if not self._unnamed_since(head, self.person(holder)):
                return SpeakerRef((self.person(holder),), phrase.start, phrase.end)
        if not holders:
            topic = self._last_named_subject_for_description(content, head)
            if topic is not None:
                return SpeakerRef((self.person(topic),), phrase.start, phrase.end)
        return _NO_MATCH

    def _last_named_subject_for_description(self, content: list[Token], head: Token) -> str | None:
        """English: a definite description of one person the steps above left unresolved ("the
        Texan said", "the former chief executive of Acme added", "the New York businessman has
        praised") is the person last named as the subject of a main clause before it, outside
        quotations, within `_TOPIC_REACH` characters and in an earlier sentence: an article calls
        the person it is writing about by such epithets. Not an anonymous source ("the
        spokeswoman"), a group, an organisation or a document, not a description a name other
        than a place's or a party's modifies ("the Ruiz aide", "the Exxon chief"), not a
        title when the article gave that person other titles only ("Sen. Ann Roe … the governor"),
        and not someone the article tells to be of the other gender than the noun's ("the actress")."""
        doc, lex = self.doc, self.lex
        # (a title or a noun for a standing in public life, lexicon description_nouns, or a party
        # member's or a state's people's noun, "the Texan": not any noun for a person, "the
        # man", "the boy", who is as often someone new)
        # (a lower-case word is a common noun even where the small English tagger calls it a
        # proper noun, as it does inside "the billionaire business mogul")
        one_person_noun = head.pos_ in ("NOUN", "PROPN") and head.is_lower and self._description_noun(head) or self._party_member_noun(head)
        if lex.language != "en" or not one_person_noun or "Plur" in morph_get(head, "Number", []):
            return None
        if content[0].i == 0 or doc[content[0].i - 1].lower_ != "the":
            return None
        if any(
            head.lower_ in words or head.lemma_.lower() in words
            for words in (lex.unnamed_nouns, lex.group_nouns, lex.organization_anaphors, lex.document_nouns, lex.speech_nouns)
        ):
            return None
        if any((t.pos_ == "PROPN" or t.ent_type_) and not t.is_lower and t.ent_type_ not in _DESCRIBING_LABELS and t.lower_ not in lex.party_names for t in content if t.i < head.i):
            return None  # ("the Exxon chief": another office; "the Ohio Republican", "the GOP nominee" are the person's)
        sentence = sentence_of(head)
        gender = self._description_gender(doc[content[0].i - 1], head)
        k = bisect_left(self._subject_starts, head.idx) - 1
        while k >= 0 and head.idx - self._subjects[k][0] <= _TOPIC_REACH:
            _start, name, span = self._subjects[k]
            k -= 1
            if span.start >= sentence.start or " " not in name or not self._main_clause(self._clause_head(span)) or not self._agrees(name, gender):
                continue  # (not "… at the level Ana Ruiz did": a subordinate clause's subject)
            if head.lemma_.lower() in lex.titles and self._titled_only_otherwise(name, head.lemma_.lower()):
                return None
            if self._named_later_in_sentence(name, head) or self._unnamed_since(head, self.person(name)) or self._someone_new_since(span, sentence):
                return None
            return name
        return None

    def _description_gender(self, article: Token, head: Token) -> str | None:
        """The gender a definite description tells of the one it describes: in French its
        article's (« la magistrate », « le pénaliste »), in English its noun's ("the actress",
        "the congressman"; lexicon gendered_person_nouns), else none."""
        if self.lex.language == "fr":
            return next((g for g in morph_get(article, "Gender", []) if g in ("Masc", "Fem")), None)
        return self.lex.noun_genders.get(head.lower_)

    def _someone_new_since(self, span: Span, sentence: Span) -> bool:
        """Whether a sentence between a name's and ``sentence`` (outside quotations) turns to
        something else: its main subject is someone new and unnamed ("Ben Cole said … A retired
        surgeon told a radio station … The former candidate continued": the description may be
        that one) or a thing ("The league schedule was published …"), not a person's noun or a
        pronoun that goes on about the one named."""
        i = sentence_of(span).end
        while i < sentence.start:
            between = sentence_of(self.doc[i])
            subject = next((c for c in between.root.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None and subject.pos_ == "NOUN" and not self._quote_mask[subject.i] and (
                any(c.lower_ in _FIRST_MENTION_DETERMINERS for c in subject.children) or not (self._description_noun(subject) or self._person_noun(subject))
            ):
                return True
            i = between.end
        return False

    def _french_title_complement(self, content: list[Token], head: Token) -> list[str]:
        """The content words of the « de » complement after a French title (« le chef du parti
        régional » → parti, régional): which office of that title the phrase means."""
        if self.lex.language != "fr":
            return []
        after = [t for t in content if t.i > head.i]
        if not after or after[0].lower_.translate(_APOSTROPHES) not in _OF_WORDS:
            return []
        return [t.lower_ for t in after if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.is_alpha]

    def _pinned_holders(self, content: list[Token], head: Token) -> set[str]:
        """"Oscar-winning actress Ann Roe … The actress said", "Ann Roe, a retired teacher, … the
        teacher said": a short definite description ("the" + at most two modifiers + a singular
        common noun) takes up the person the article introduced with that noun right beside
        the name, before it or in apposition: the full names (within reach) the article itself
        pinned that noun on. One name is who the description is; several (« le président X a reçu
        le président Y ») leave it a description; none, a description of someone unnamed."""
        doc = self.doc
        if head.pos_ != "NOUN" or not head.is_lower or "Plur" in morph_get(head, "Number", []):
            return set()
        if self.lex.language == "fr" and any(t.i > head.i and t.is_alpha for t in content):
            return set()  # « le chef du syndicat »: a noun with a complement describes its own office
        content = [t for t in content if t.i <= head.i]
        # (French too: « la syndicaliste Ana Roe … a estimé la syndicaliste »)
        if not content or len(content) > 3 or content[0].i == 0 or doc[content[0].i - 1].lower_.translate(_APOSTROPHES) not in _DEFINITE_ARTICLES:
            return set()
        if any(t.pos_ == "PROPN" or t.ent_type_ and not t.is_lower for t in content):
            return set()
        lemma = head.lemma_.lower()
        past = self._past_office(head)
        holders: set[str] = set()
        k = bisect_left(self._person_starts, content[0].idx) - 1
        while k >= 0 and content[0].idx - self._persons[k][0] <= _DESCRIPTION_REACH:
            _start, name, span = self._persons[k]
            k -= 1
            root = span.root
            before = doc[span.start - 1] if span.start > 0 else None
            nouns = [
                *([before] if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() == lemma  # "actress Ann Roe"
                  # (not the complement of another noun: « le chef de police X » is no « police »)
                  and not any(c.dep_ == "case" and c.pos_ == "ADP" for c in before.children) else []),
                *([root.head] if root.dep_ == "appos" and root.head.lemma_.lower() == lemma else []),  # "the actress, Ann Roe"
                *(c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() == lemma),  # "Ann Roe, the actress"
            ]
            # ("Ann Roe, the former governor, … the governor said": not who holds it now)
            if len(name.split()) >= 2 and any(past or not self._past_office(noun) for noun in nouns):
                holders.add(name)
        return holders

    def _past_office(self, noun: Token) -> bool:
        """Whether a title noun is qualified as past ("the former governor", "ex-senator";
        lexicon past_office_words)."""
        return any(t.lower_ in self.lex.past_office_words for t in noun.lefts)

    def _described_person(self, content: list[Token], head: Token, *, chained: bool = False) -> str | None:
        """"Lindqvist has three goals … The 24-year-old left wing said", "when Jones scored
        … said the rookie defenceman": a short definite description ("the" + a title, or an
        age) that no one was introduced with is the person the sentence before is about.
        Anonymous-source nouns ("the spokeswoman") and described heads ("the coach of the
        Hawks") bring in someone new and are left as written."""
        doc = self.doc
        after = [t for t in content if t.i > head.i]
        if after and after[0].text not in _APPOSITION_OPENERS and not self._titles_of_one_person(head):
            return None  # "the coach of the Hawks" (an apposition after a comma or a dash may follow)
        content = [t for t in content if t.i <= head.i]
        if not content:
            return None
        if head.i + 1 < len(doc) and (doc[head.i + 1].pos_ == "PROPN" or doc[head.i + 1].ent_type_ in ("PER", "PERSON")):
            return None  # « le préfet Jean Castel », "the mayor Ann Roe": the name is right there
        before = content[0].i - 1
        # (the tagger often reads an age noun, « le septuagénaire », as an adjective)
        if before < 0 or doc[before].lower_.translate(_APOSTROPHES) not in _DEFINITE_ARTICLES or not (
            head.pos_ == "NOUN" or self._party_member_noun(head) or head.lower_ in self.lex.age_nouns
        ):
            return None
        # ("the GOP speechwriter": the organisation someone stands in describes them as well as a
        # nationality does; a title's organisation, "the Exxon chief", may name another office.
        # A party, "the GOP nominee", says whose side someone is on, as "the Republican nominee" does.)
        # English: a public institution's title, "the Supreme Court justice", is a title of the
        # person named before unless the article gave that person another title (below, as for
        # "the police chief"); a company's, "the Exxon chief", is another office.
        organisation_title = self.lex.language == "en" and head.lemma_.lower() in self.lex.titles and any(
            t.ent_type_ == "ORG" and t.lemma_.lower() in self.lex.government_words for t in content if t.i < head.i
        )
        describing = _DESCRIBING_LABELS | {"ORG"} if self._standing_noun(head) or organisation_title else _DESCRIBING_LABELS
        if "Plur" in morph_get(head, "Number", []) or head.lower_ in self.lex.unnamed_nouns or any(
            (t.pos_ == "PROPN" or t.ent_type_ and not t.is_lower) and t.ent_type_ not in describing and t.lower_ not in self.lex.party_names for t in content
        ):
            # A lower-case word is no name, whatever entity the recogniser put it in ("the rookie
            # defenceman" tagged as an organisation).
            return None
        description = self.text[content[0].idx : head.idx + len(head.text)]
        aged = _AGE_DESCRIPTION.search(description) is not None
        # (English, up to four words: "the billionaire real estate magnate", "the former Ohio governor")
        if len(description.split()) > (4 if self.lex.language == "en" else 3) or not aged and not self._description_noun(head):
            return None
        sentence = sentence_of(head)
        previous_start = self._last_sentence_naming_someone(self._first_sentence_of_quotation(sentence))
        k = bisect_left(self._person_starts, head.idx) - 1
        if k < 0 or self._persons[k][2].start < previous_start:
            # Nobody named in this sentence or the one before, unless the one before is about
            # the person an earlier description went on about: "…,” the retired surgeon told
            # the radio. The former candidate continued" → whom "the retired surgeon" is.
            return None if chained else self._person_described_before(sentence)

        # Only someone a clause there is about: "… hours after Cole's posts shamed Ana Ruiz.
        # The Ohio senator said" is neither Cole's posts' target nor anyone else named.
        person = self._pronoun_antecedent(head.idx, description=head)
        gender = self._description_gender(doc[before], head)
        # ("… A surgeon from Dayton joined the staff. The surgeon said": that one)
        if person is None or not self._agrees(person, gender) or self._named_later_in_sentence(person, head) or self._unnamed_since(head, self.person(person)):
            return None
        if self._asked_a_question_before(person, sentence):
            # "“That would be you?” Borger asked. “That would be me,” the senator said": who
            # answers a question is not who asked it but the one asked.
            return self._one_asked(person, sentence)
        k = bisect_left(self._subject_starts, head.idx) - 1
        while k >= 0 and self._subjects[k][2].start >= previous_start:
            if self._subjects[k][1] == person:
                governing = self._clause_head(self._subjects[k][2])
                if not chained and not self._main_clause(governing):
                    # "Mike Vane says … The nominee was speaking, hours after Hardy unleashed a
                    # flurry of tweets. The Indiana governor said": a name subject of a clause
                    # inside the sentence before is not its topic when the main clause's subject
                    # is a description of someone named before it; that one goes on.
                    described = self._person_described_before(sentence)
                    if described is not None:
                        return described
                other = self._object_named_of(governing, k) if governing.is_ancestor(head) else None
                if other is not None:
                    # "Roe took on Ana Ruiz after the front-runner had said": a description
                    # inside the clause of someone named as its subject, beside someone named
                    # as its object, is the object (the subject would be "she").
                    return other
                # "Finance Minister Helen Ward told reporters. The city's police chief said": the
                # holder of an office a common noun specifies ("police chief", "finance minister")
                # is not a person the article titled otherwise ("Representative Joey Salceda …
                # The lawmaker", "Sen. Ann Roe … the Vermont senator" are).
                # (a word of a hyphenated modifier, "first-term senator", specifies no office)
                specific = any(
                    t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower and t.i < head.i and not self._in_hyphenated_word(t)
                    or organisation_title and t.ent_type_ == "ORG" and t.i < head.i
                    for t in content
                )
                return None if specific and self._titled_otherwise(self._subjects[k][2], head.lemma_.lower()) else person
            k -= 1
        return person if self._asked_by_someone_unnamed(person, head, previous_start) else None

    def _question_sentence_before(self, sentence: Span) -> Span | None:
        """English: the sentence before this one (before the quotation it opens with) when it
        reports a question: a quotation ending in a question mark, and a main verb of asking
        (lexicon question_verbs: "“…?” Borger asked")."""
        first = self._first_sentence_of_quotation(sentence)
        if first.start == 0:
            return None
        doc = self.doc
        before = sentence_of(doc[first.start - 1])
        if before.root.lemma_.lower() not in self.lex.question_verbs:
            return None
        if any(t.text == "?" and self._quote_mask[t.i] for t in before):
            return before
        # (the parser may close a sentence after the quoted question: "“…?” | Borger asked.")
        if before.start == 0 or "\n" in self.text[doc[before.start - 1].idx : before.start_char]:
            return None
        mark = next((t for t in reversed(sentence_of(doc[before.start - 1])) if not (t.is_space or t.is_quote)), None)
        return before if mark is not None and mark.text == "?" and self._quote_mask[mark.i] else None

    def _asked_a_question_before(self, person: str, sentence: Span) -> bool:
        """English: whether ``person`` is the subject of the question the sentence before this
        one reports."""
        question = self._question_sentence_before(sentence) if self.lex.language == "en" else None
        if question is None:
            return False
        subject = next((c for c in question.root.children if c.dep_ in _SUBJECT_DEPS), None)
        return subject is not None and any(name == person and span.start <= subject.i < span.end for name, span in self._persons_named_from(question.start_char, question.end))

    def _one_asked(self, asker: str, sentence: Span) -> str | None:
        """The person a question in the sentence before was put to: its verb's object ("Todd
        asked Trump"), else the one who spoke last before the question, the person the sentence
        before it names other than the asker (an interview's answers follow its questions)."""
        question = self._question_sentence_before(sentence)
        if question is None:
            return None
        for name, span in self._persons_named_from(question.start_char, question.end):
            if name != asker and span.root.dep_ == "dobj" and span.root.head.i == question.root.i:
                return name
        doc, start = self.doc, question.start
        if start > 0 and all(self._quote_mask[t.i] or t.is_punct or t.is_space for t in sentence_of(doc[start - 1])):
            start = sentence_of(doc[start - 1]).start  # (the quoted question the parser cut off)
        if start == 0:
            return None
        earlier = sentence_of(doc[start - 1])
        named = [name for name, _ in self._persons_named_from(earlier.start_char, earlier.end) if name != asker]
        return named[-1] if named else None

    def _asked_by_someone_unnamed(self, person: str, head: Token, previous_start: int) -> bool:
        """English: whether the sentences before a description (from ``previous_start``) name
        ``person`` as the one someone unnamed asks or tells ("“…?” a reporter can be heard asking
        Tom Hardy. “…,” the businessman replied"): the one asked is who answers, and the unnamed
        asker is not the description, which would take up its own noun ("the reporter")."""
        if self.lex.language != "en":
            return False
        doc = self.doc
        start = doc[previous_start].idx if previous_start < len(doc) else head.idx
        for name, span in self._persons_named_from(start, head.i):
            verb = span.root.head
            if name != person or span.root.dep_ != "dobj" or verb.lemma_.lower() not in self.lex.addressee_verbs:
                continue
            asker = None
            for clause in (verb, verb.head):  # "a reporter can be heard asking X": the subject above
                asker = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS and not self._quote_mask[c.i]), None)
                if asker is not None or clause.dep_ not in ("xcomp", "ccomp", "advcl") or clause.head.i == clause.i:
                    break
            if asker is not None and asker.pos_ == "NOUN" and asker.lemma_.lower() != head.lemma_.lower() and any(c.dep_ == "det" and c.lower_ in _FIRST_MENTION_DETERMINERS for c in asker.children):
                return True
        return False

    def _person_described_before(self, sentence: Span) -> str | None:
        """English: the person the sentence before this one is about when its main clause's subject is a definite description of someone named before
        it ("Ann Roe said … “…,” the retired surgeon said."): that description's person, looked
        up once (no chain of descriptions)."""
        doc = self.doc
        if self.lex.language != "en" or sentence.start == 0:
            return None
        root = sentence_of(doc[sentence.start - 1]).root
        subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.pos_ == "NOUN" and not self._quote_mask[c.i]), None)
        if subject is None:
            return None
        content = [t for t in doc[subject.left_edge.i : subject.i + 1] if t.dep_ != "det"]
        if not content or content[0].i == 0 or doc[content[0].i - 1].dep_ != "det":
            return None
        return self._described_person(content, subject, chained=True)

    def _first_sentence_of_quotation(self, sentence: Span) -> Span:
        """English: the sentence a quotation opening this one starts in, when the quotation runs
        over whole sentences before it ("“Well, first … now. And a lot of it …,” the retired
        surgeon said"): the quoted sentences are the described person's words, not sentences
        about someone else between the description and the person named before them."""
        if self.lex.language != "en":
            return sentence
        doc, quoted = self.doc, self._quote_mask
        while sentence.start > 0:
            first = next((t for t in sentence if not (t.is_space or t.is_quote)), None)
            if first is None or not quoted[first.i]:
                break
            before = sentence_of(doc[sentence.start - 1])
            if "\n" in self.text[before.start_char : sentence.start_char] or not all(quoted[t.i] or t.is_punct or t.is_space for t in before):
                break
            sentence = before
        return sentence

    def _in_hyphenated_word(self, token: Token) -> bool:
        """Whether a token is a part of a hyphenated word ("term" in "first-term")."""
        doc = self.doc
        return token.i > 0 and self.joins_word(doc[token.i - 1]) or token.i + 1 < len(doc) and self.joins_word(doc[token.i + 1])

    def _last_sentence_naming_someone(self, sentence: Span) -> int:
        """The first token of the sentence before this one, or of the last one naming a person
        when up to two sentences of the same paragraph naming no one come between ("Ann Roe opened
        a clinic in May. The clinic employs 30 people. The retired surgeon said …": the paragraph
        is still about her; a new paragraph may be about someone else)."""
        doc = self.doc
        start = sentence.start
        steps = 3 if self.lex.language == "en" else 1  # (French left as measured)
        step = 0
        while step < steps:
            if start == 0 or step > 0 and "\n" in self.text[doc[start - 1].idx : doc[start].idx]:
                return start
            previous = sentence_of(doc[start - 1])
            if self.lex.language == "en" and self._wordless(previous):
                # (a closing quotation mark the parser left as a sentence of its own is no step)
                if step > 0 and "\n" in self.text[previous.start_char : doc[start].idx]:
                    return start
                start = previous.start
                continue
            start = previous.start
            step += 1
            k = bisect_left(self._person_starts, doc[start].idx)
            if k < len(self._persons) and self._persons[k][2].start < sentence.start:
                return start  # (someone is named between here and the description's sentence)
        return start

    @staticmethod
    def _wordless(sentence: Span) -> bool:
        """Whether a "sentence" of the parse holds only punctuation and white space."""
        return all(t.is_punct or t.is_space or t.is_quote for t in sentence)

    def _named_later_in_sentence(self, person: str, head: Token) -> bool:
        """"the tycoon told Reuters when asked if he had met Trump": a person named again after
        the description in its own sentence, as the object of a clause whose subject is a
        personal pronoun (the description's "he"), is someone else than the description.
        ("The senator said the committee includes supporters of Sanders" says nothing.)"""
        return any(name == person and self._object_of_pronoun_subject(span) for name, span in self._persons_named_from(head.idx, sentence_of(head).end))

    def _object_of_pronoun_subject(self, span: Span) -> bool:
        """Whether a name is the object of a verb (directly or through its preposition) whose
        subject is a personal pronoun: "he had met Trump", "she spoke with Ruiz"."""
        root = span.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
        if root.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return False
        return any(c.dep_ in _SUBJECT_DEPS and c.lower_ in self.lex.person_pronouns for c in verb.children)

    def _object_named_of(self, verb: Token, k: int) -> str | None:
        """The person named as the direct object of ``verb`` after its subject (the
        ``self._subjects`` entry ``k``), if any."""
        return next((name for name, span in self._persons_named_from(self._subjects[k][0], verb.sent.end) if span.root.dep_ == "dobj" and span.root.head.i == verb.i), None)

    def _persons_named_from(self, char: int, end: int) -> Iterator[tuple[str, Span]]:
        """The people named (name, span) from character ``char`` up to token ``end``."""
        persons = self._persons
        j = bisect_left(self._person_starts, char)
        while j < len(persons) and persons[j][2].start < end:
            yield persons[j][1], persons[j][2]
            j += 1

    def _description_noun(self, head: Token) -> bool:
        """A noun by which an article goes on calling a person it named: a title, and in French
        also a listed noun for someone by what they are (« l'élu », « la sœur », « le
        septuagénaire »: lexicon group_nouns, circle_nouns, age_nouns), and in English a noun for someone's standing in public life
        ("the front-runner", "the speechwriter": lexicon description_nouns). Not any agent noun:
        « la donatrice » after a sentence about someone else is who gave, not who spoke last."""
        lemma = head.lemma_.lower()
        if lemma in self.lex.titles or self._standing_noun(head) or self._party_member_noun(head):
            return True
        return self.lex.language == "fr" and (lemma in self.lex.group_nouns or lemma in self.lex.circle_nouns or head.lower_ in self.lex.age_nouns)

    @staticmethod
    def _party_member_noun(head: Token) -> bool:
        """"the lifelong Republican", "the Ohio Democrat": a party member's noun is capitalised
        (a proper noun the recogniser calls a nationality or group), a person all the same."""
        return head.ent_type_ == "NORP" and head.pos_ == "PROPN" and not head.lower_.endswith("s")

    def _titles_of_one_person(self, head: Token) -> bool:
        """"the former governor and current nominee", "the former first lady and U.S. senator":
        singular titles joined under the head's one determiner (the later ones have none of
        their own) are what one person is, not several people ("the governor and the mayor",
        "the senator and his aides")."""
        if self.lex.language != "en" or not head.conjuncts:
            return False
        return all(
            t.pos_ == "NOUN" and "Plur" not in morph_get(t, "Number", []) and (t.lemma_.lower() in self.lex.titles or self._standing_noun(t))
            and (t is head or not any(c.dep_ in ("det", "poss") for c in t.children))
            for t in (head, *head.conjuncts)
        )

    def _standing_noun(self, head: Token) -> bool:
        """A noun for someone's standing in public life (lexicon description_nouns), written
        whole, hyphenated ("front-runner": the tokenizer splits it at the hyphen) or in two
        words ("first lady")."""
        words = self.lex.description_nouns
        if head.lemma_.lower() in words or head.lower_ in words:
            return True
        doc = self.doc
        if head.i >= 1 and f"{doc[head.i - 1].lower_} {head.lower_}" in words:
            return True
        return head.i >= 2 and self.joins_word(doc[head.i - 1]) and f"{doc[head.i - 2].lower_}-{head.lower_}" in words

    def _titled_otherwise(self, name: Span, title: str) -> bool:
        """Whether the article puts a title other than ``title`` right before the name
        ("Finance Minister Helen Ward") or beside it in apposition ("Helen Ward, the minister")."""
        doc, titles = self.doc, self.lex.titles
        before = doc[name.start - 1] if name.start > 0 else None
        worn = [before] if before is not None and before.pos_ in ("NOUN", "PROPN") else []
        worn += [c for c in name.root.children if c.dep_ == "appos"]
        return any(t.lemma_.lower() in titles and t.lemma_.lower() != title for t in worn)

    def _typed_speakers(self, phrase: _Phrase, content: list[Token], head: Token) -> SpeakerRef:
        """4. Named organisations, places, institutions, groups, anonymous sources: one entity per
        conjunct of the head (Les États-Unis, l'Union européenne et le Canada), else the head's
        noun phrase."""
        lo, hi = phrase.lo, phrase.hi
        distributed = self._one_per_nationality(head, lo, hi)
        if distributed:
            return SpeakerRef(tuple(distributed), phrase.start, phrase.end)
        ents = [e for e in self.ents_in(lo, hi) if e.label_ not in _PERSON_LABELS and e.label_ not in _NOT_SPEAKER_LABELS]
        # (« Le maire de Dinan, reçu à la préfecture, appelle … »: a participle the parse made a
        # conjunct describes the head; a verb is no second speaker.)
        conjuncts = [head] + [
            t for t in head.conjuncts if lo <= t.i < hi and not self._complement_conjunct(t) and not self._name_conjunct(t) and t.pos_ not in ("VERB", "AUX")
        ]
        if len(conjuncts) > 1 and all(c.pos_ == "NOUN" and not c.ent_type_ and "Plur" in morph_get(c, "Number", []) for c in conjuncts):
            # "Several lawyers and experts": common nouns in the plural make one unnamed group,
            # written as the whole phrase.
            last = max(conjuncts, key=lambda t: t.i)
            group = self._strip_det([t for t in content if t.i <= last.i])
            if group:
                entity = self.typed(group, None)
                entity.add_mention(group[0].idx, group[-1].idx + len(group[-1].text))
                return SpeakerRef((entity,), phrase.start, phrase.end)
        if len(conjuncts) > 1 and self._titles_of_one_person(head):
            # One person described by two titles, named as written.
            last = max(conjuncts, key=lambda t: t.i)
            described = self._strip_det([t for t in content if t.i <= last.i])
            entity = self.typed(described, None)
            entity.add_mention(described[0].idx, described[-1].idx + len(described[-1].text))
            return SpeakerRef((entity,), phrase.start, phrase.end)
        entities = self._conjunct_entities(conjuncts, content, ents, lo, hi) if len(conjuncts) > 1 else []
        if not entities and head.pos_ == "PRON" and content and head.i < content[0].i and self._is_determiner(head):
            # "those surveyed", "those who attended": the demonstrative is the group's head, not a
            # determiner to strip; the phrase as written names the group.
            group = [head, *content]
            surface = self._text(group)
            entity = self._entity("group:" + _norm(surface), surface, "group")
            entity.add_alias(surface)
            entity.add_mention(group[0].idx, group[-1].idx + len(group[-1].text))
            return SpeakerRef((entity,), phrase.start, phrase.end)
        if not entities:
            noun_phrase = self._with_describing_participle(head, self._np(head, lo, hi), hi) or content
            label = next((e.label_ for e in ents if e.start <= head.i < e.end), None)
            entity = self.typed(noun_phrase, label)
            entity.add_mention(noun_phrase[0].idx, noun_phrase[-1].idx + len(noun_phrase[-1].text))
            entities.append(entity)
        return SpeakerRef(tuple(dict.fromkeys(entities)), phrase.start, phrase.end)

    def _with_describing_participle(self, head: Token, noun_phrase: list[Token], hi: int) -> list[Token]:
        """« une note accompagnant le projet », « le tract rédigé par les grévistes », « un
        enquêteur cité par la presse », « des témoins s'exprimant sur les réseaux sociaux »: a
        French source the article describes rather than names (a document, or a common noun
        outside any name) is named with the participle that describes it, up to the phrase's end
        or a comma, as the source is written (« un compte rendu de réunion consulté par l'AFP »,
        not « compte »). An accused party keeps its bare noun phrase: what it is suspected of
        (« douze personnalités soupçonnées de … ») is the accusation, not its name."""
        described = self._is_document(head) or self._french_unnamed_common_noun(head) and not self._state_as_country
        if self.lex.language != "fr" or not noun_phrase or not described:
            return noun_phrase
        after = noun_phrase[-1].i + 1
        if after < hi and self.doc[after].dep_.startswith("expl") and self.doc[after].lower_.replace("’", "'") in ("se", "s'"):
            after += 1  # the reflexive of a pronominal participle: « s'exprimant »
        participle = self.doc[after] if after < hi else None
        if participle is None or participle.dep_ != "acl" or participle.head.i != head.i or "Part" not in morph_get(participle, "VerbForm", []):
            return noun_phrase
        after = noun_phrase[-1].i + 1
        end = after
        while end < hi and not self._quote_mask[end] and not (self.doc[end].is_punct and self.doc[end].text not in ("'", "’", "-")):
            end += 1
        # (« le rapport de la police judiciaire lu à l'audience »: the author a document's complement
        # names is not what the parse may hang the document's participle on)
        complement = head.dep_ == "nmod"
        if not self._is_document(head) and (complement or self._participle_says_something(participle, end) or not self._agrees_with_noun(participle, head)):
            return noun_phrase
        return noun_phrase + list(self.doc[after:end])

    @staticmethod
    def _agrees_with_noun(participle: Token, noun: Token) -> bool:
        """Whether a participle can describe the noun: its number does not contradict the noun's
        (« les témoins de la police interrogés »: « interrogés » is the witnesses'). Not the gender:
        the tagger guesses a participle's gender from its neighbours (« un enquêteur cité » Fem)."""
        told, own = morph_get(participle, "Number", []), morph_get(noun, "Number", [])
        return not told or not own or bool(set(told) & set(own))

    def _participle_says_something(self, participle: Token, end: int) -> bool:
        """« des manifestants réclamant la libération de … », « le président promettant
        d'inverser … », « des militants scandant « … » »: a present participle with an object or a
        content (an infinitive too), one that runs into a quotation, or a reporting verb, reports what its noun says (a statement of
        its own), it does not describe who the source is."""
        if "Past" in morph_get(participle, "Tense", []):
            return False  # (a present participle the tagger gives no tense is still one)
        pronominal = any(c.dep_.startswith("expl") for c in participle.children)
        if verb_lemma(participle, union(self.lex.speech_verbs, self.lex.outcry_verbs)) and not pronominal:
            return True  # « scandant, entre autres, « … » »: a reporting verb reports (« s'exprimant » has no content)
        runs_into_quotation = end < len(self.doc) and self._quote_mask[end]
        # (the parse may hang the infinitive on a word in between: « promettant dès 2012 d'inverser »)
        verb_after = any(t.pos_ == "VERB" for t in self.doc[participle.i + 1 : end])
        return runs_into_quotation or verb_after or any(c.dep_ in ("obj", "ccomp", "xcomp", "iobj") for c in participle.children)

    def _french_unnamed_common_noun(self, head: Token) -> bool:
        """A lower-case common noun outside any recognised name (« enquêteur », « sondage »):
        the head of a source the article describes, not of a name."""
        return head.pos_ == "NOUN" and not head.ent_type_ and head.text[:1].islower()

    def _one_per_nationality(self, head: Token, lo: int, hi: int) -> list[Entity]:
        """« Les gouvernements belge, suédois et portugais ont affirmé … »: a French common
        noun shared by several coordinated nationality adjectives (lexicon nationalities) names
        one source per adjective (« gouvernement britannique », « gouvernement australien », …),
        each with the complement the noun has after them (« des Affaires étrangères »). Singular
        adjectives make each one singular (the noun's lemma); plural ones keep the noun as written."""
        if head.pos_ != "NOUN" or head.ent_type_ or self._state_as_country:
            return []  # (an accused party keeps the phrase whole: accusations name countries their own way)
        if self.lex.language == "en":
            return self._one_per_english_nationality(head, lo, hi)
        if self.lex.language != "fr":
            return []
        nationalities = self.lex.nationalities

        def nationality(t: Token) -> bool:
            return lo <= t.i < hi and t.i > head.i and (t.lower_ in nationalities or t.lemma_.lower() in nationalities) and not any(c.dep_ == "det" for c in t.children)

        # (the parse takes the last adjective for a conjunct of the first, or of the noun itself)
        adjectives = self._coordinated_adjectives(head, nationality, with_noun_conjuncts=True)
        if not adjectives:
            return []
        last = adjectives[-1]
        # The complement after the last adjective, whether the parse hangs it on the noun or on
        # that adjective: the words right after it that depend on either (no clause, no comma).
        complement = []
        for t in self.doc[last.i + 1 : hi]:
            if t.is_punct or self._quote_mask[t.i] or not (head.is_ancestor(t) or last.is_ancestor(t)):
                break
            complement.append(t)
        if complement and (complement[0].pos_ != "ADP" or any(t.dep_ in _STOP_DEPS for t in complement)):
            complement = []
        singular = all(a.lower_ == a.lemma_.lower() for a in adjectives)
        noun = head.lemma_.lower() if singular and head.lemma_ else head.text
        end_token = complement[-1] if complement else last
        return [
            self._named_source([head, adjective, *complement], " ".join([noun, adjective.text] + ([self._text(complement)] if complement else [])), head.idx, end_token.idx + len(end_token.text))
            for adjective in adjectives
        ]

    def _one_per_english_nationality(self, head: Token, lo: int, hi: int) -> list[Entity]:
        """"The Belgian and Swedish governments said …": the English order of the French rule above,
        the coordinated nationality adjectives before the noun, one source per adjective ("Belgian
        government", "Swedish government"), with the words between the last adjective and the noun
        ("the British and Danish foreign ministers"). A government or a body is one per country
        (the noun's lemma); people keep the noun as written ("Chinese officials")."""
        nationalities = self.lex.nationalities

        def nationality(t: Token) -> bool:
            return lo <= t.i < head.i and t.lower_ in nationalities and not any(c.dep_ == "det" for c in t.children)

        adjectives = self._coordinated_adjectives(head, nationality, with_noun_conjuncts=False)
        if not adjectives:
            return []
        last = adjectives[-1]
        if adjectives[0].i > 0 and self.doc[adjectives[0].i - 1].text == ",":
            return []  # the list starts before what the parse gave the noun: keep the phrase whole
        modifiers = list(self.doc[last.i + 1 : head.i])
        if any(t.is_punct or t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in modifiers):
            return []
        lemma = head.lemma_.lower()
        one_per_country = lemma in self.lex.government_words or lemma in self.lex.organization_words or lemma in self.lex.organization_anaphors
        noun = lemma if one_per_country else head.text
        return [
            self._named_source([adjective, *modifiers, head], " ".join([adjective.text, *(t.text for t in modifiers), noun]), adjectives[0].idx, head.idx + len(head.text))
            for adjective in adjectives
        ]

    def _coordinated_adjectives(self, head: Token, accept: Callable[[Token], bool], *, with_noun_conjuncts: bool) -> list[Token]:
        """The adjectives on ``head`` that ``accept`` takes, with their conjuncts (and, when the
        parse makes the last one a conjunct of the noun itself, the noun's), in text order; [] unless
        there are two or more, separated only by commas and conjunctions."""
        adjectives = [c for c in head.children if c.dep_ == "amod" and accept(c)]
        adjectives += [x for a in adjectives for x in a.conjuncts if accept(x)]
        if with_noun_conjuncts:
            adjectives += [x for x in head.conjuncts if accept(x)]
        adjectives = sorted(set(adjectives), key=lambda t: t.i)
        if len(adjectives) < 2:
            return []
        if any(t not in adjectives and t.text != "," and t.pos_ != "CCONJ" for t in self.doc[adjectives[0].i : adjectives[-1].i]):
            return []
        return adjectives

    def _named_source(self, tokens: list[Token], surface: str, start: int, end: int) -> Entity:
        """The entity of one source named by ``surface`` (built from ``tokens``), mentioned at start..end."""
        kind = self._kind(tokens, surface, None)
        entity = self._entity(f"{kind}:" + _norm(surface), surface, kind)
        entity.add_alias(surface)
        entity.add_mention(start, end)
        return entity

    def _conjunct_entities(self, conjuncts: list[Token], content: list[Token], ents: list[Span], lo: int, hi: int) -> list[Entity]:
        """One entity per conjunct, plus the comma-separated named members the parse left out of
        the list."""
        entities: list[Entity] = []
        for c in sorted(conjuncts, key=lambda t: t.i):
            noun_phrase = self._np(c, lo, hi)
            if noun_phrase:
                label = next((e.label_ for e in ents if e.start <= c.i < e.end), None)
                entity = self.typed(noun_phrase, label)
                entity.add_mention(noun_phrase[0].idx, noun_phrase[-1].idx + len(noun_phrase[-1].text))
                entities.append(entity)
        if not entities:
            return entities
        # (the mentions' character ranges, not every character in them: an entity named all
        # through the article has hundreds)
        covered = [(a, b) for e in entities for (a, b) in e.mentions]
        chunk: list[Token] = []
        for t in [*content, None]:
            if t is not None and t.text != "," and t.pos_ != "CCONJ":
                chunk.append(t)
                continue
            named = [c for c in chunk if c.pos_ == "PROPN"]
            if named and not any(a <= c.idx < b for c in chunk for a, b in covered) and len(chunk) <= 4:
                piece = self._strip_det(chunk)
                if piece:
                    entity = self.typed(piece, next((e.label_ for e in ents if e.start <= named[0].i < e.end), None))
                    entity.add_mention(piece[0].idx, piece[-1].idx + len(piece[-1].text))
                    entities.insert(0, entity) if piece[0].i < lo + 3 else entities.append(entity)
            chunk = []
        return entities

    # -- documents and their authors ---------------------------------------------------------------
    def _is_document(self, token: Token) -> bool:
        # A capitalised "Paper" or "Website" inside a sentence is part of a title or a name
        # ("White Paper: …", "Popular Website"), not a document noun.
        if token.pos_ != "NOUN" or token.text[:1].isupper() and not token.is_sent_start:
            return False
        return token.lemma_.lower() in self.lex.document_nouns or token.lower_ in self.lex.document_nouns

    def _authoring(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return lemma in self.lex.authoring_verbs or lemma in self.lex.speech_verbs

    def _speaking_ref(self, ref: SpeakerRef | None) -> SpeakerRef | None:
        """A resolution that names someone who can write: a person, organisation, government
        or group (not another document, not an unknown phrase)."""
        if ref is None or not ref.entities:
            return None
        return ref if ref.named or all(e.kind in ("person", "organization", "government", "group", "unnamed") for e in ref.entities) else None

    def _names_someone(self, tokens: list[Token]) -> bool:
        """Whether a phrase can name an author: a proper name, an entity, or an institution noun."""
        return any(
            t.pos_ == "PROPN"
            or t.ent_type_ in _PERSON_LABELS | _ORG_LABELS | _PLACE_LABELS
            or t.lemma_.lower() in self.lex.organization_words
            or t.lemma_.lower() in self.lex.government_words
            or t.lemma_.lower() in self.lex.organization_anaphors
            or t.pos_ == "NOUN" and (t.lower_ in self.lex.unnamed_nouns or t.lower_ in self.lex.titles)
            for t in tokens
        )

    def _author_phrase(self, token: Token) -> SpeakerRef | None:
        """The author phrase hanging on a document noun token, resolved."""
        # « confiés par une source au quotidien régional »: the one told (an « à » complement) is no author.
        told = {
            t.i for c in token.children if c.i > token.i and any(m.dep_ == "case" and m.lower_ in self.lex.addressee_prepositions for m in c.children) for t in c.subtree
        }
        tokens = [
            t for t in token.subtree
            if t.dep_ != "case" and (t.dep_ not in _STOP_DEPS or self.name_participle(t)) and t.lower_ not in ("by", "par", "from") and not self._quote_mask[t.i] and t.i not in told
        ]
        if not tokens or not self._names_someone(tokens):
            return None
        return self._speaking_ref(self.resolve(tokens, head=token))

    def _document_source(self, document: Token, quoted: bool) -> SpeakerRef | None:
        """Who a document speaks for: the one a "by"/"of" complement or an agent names ("reports
        by two newspapers"), else the one the sentence says issued it ("Ana Ruiz wrote in the
        company's blog post": Ana Ruiz, not the company), else its owner or a name compounded
        with it."""
        return self._complement_author(document) or self._publisher(document) or self._author_in_phrase(document, quoted)

    def _author_in_phrase(self, document: Token, quoted: bool) -> SpeakerRef | None:
        """The author a document's own phrase names: its owner ("her statement", "Smith's
        letter"), a name compounded with it ("the Harbor Watch study"), a complement ("a report
        by the agency", "le rapport de l'ONU") or the agent of a participle or relative clause on
        it ("a study released Monday by Harbor Watch", « les chiffres publiés par l'Insee »)."""
        owner = self._owner_author(document, quoted)
        if owner is not _NO_MATCH:
            return owner
        return self._compound_author(document) or self._complement_author(document) or self._place_owner(document, quoted)

    def _place_owner(self, document: Token, quoted: bool) -> SpeakerRef | None:
        """"a document titled … on Northwind Rail's website", "a message on her blog": a document
        placed on another one (a website, a blog) speaks for that one's author. The rest of the
        document's sentence is read: a title after the noun cuts its phrase short in the parse."""
        for token in self.doc[document.i + 1 : sentence_of(document).end]:
            if self._quote_mask[token.i] or token.dep_ != "pobj" or token.head.lower_ not in ("on", "in") or not self._is_document(token):
                continue
            ref = self._author_in_phrase(token, quoted)
            if ref is not None:
                return ref
        return None

    def _owner_author(self, document: Token, quoted: bool) -> SpeakerRef | None | _NoMatch:
        """The document's owner: "Smith's letter", "her statement" (his/her: a person's
        document; its/their are left to the noun itself, and end the search)."""
        for child in document.children:
            if child.dep_ not in ("poss", "nmod:poss"):
                continue
            if child.pos_ == "PRON":
                morph = child.morph
                if "3" in morph.get("Person", []) and "Sing" in morph.get("Number", []) and "Neut" not in morph.get("Gender", []):
                    name = self._pronoun_antecedent(child.idx, child)
                    if name:
                        return SpeakerRef((self.person(name),), child.idx, child.idx + len(child.text))
                return None
            ref = self.resolve([t for t in child.subtree if t.dep_ != "case"], head=child, quoted=quoted)
            if ref is not None and ref.entities:
                return ref
        return _NO_MATCH

    def _compound_author(self, document: Token) -> SpeakerRef | None:
        """"the Harbor Watch study": the name right before the noun (a contiguous run of modifiers)."""
        names = [c for c in document.children if c.dep_ == "compound" and c.i < document.i and not self._quote_mask[c.i]]
        if not names or not any(c.pos_ == "PROPN" or c.ent_type_ in _ORG_LABELS | _PERSON_LABELS or self._names_someone([c]) for c in names):
            return None
        start = min(c.left_edge.i for c in names)
        tokens = [t for t in self.doc[start : document.i] if t.dep_ in ("compound", "flat", "flat:name", "amod", "nmod", "punct") or t.pos_ == "PROPN"]
        tokens = [t for t in tokens if t.pos_ in ("PROPN", "NOUN") or t.ent_type_]
        return self._speaking_ref(self.resolve(tokens, head=tokens[-1])) if tokens else None

    def _complement_author(self, document: Token) -> SpeakerRef | None:
        """A complement after the document noun ("a report by the agency", "le rapport de
        l'ONU") or the agent of a participle or relative clause on it."""
        for child in document.children:
            if child.i < document.i or self._quote_mask[child.i]:
                continue
            ref = None
            # English: prep "by/from/of" + pobj; French: nmod with « de / du / par ».
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
                ref = self._author_phrase(target) if target is not None else None
            elif child.dep_ in ("nmod", "obl:agent") and any(c.dep_ == "case" and c.lower_.translate(_APOSTROPHES) in GENITIVES | {"par"} for c in child.children):
                ref = self._author_phrase(child)
            elif child.dep_ in ("acl", "relcl", "acl:relcl") and self._authoring(child):
                ref = self._agent_author(child) or self._relative_clause_author(child)
            if ref is not None:
                return ref
        return None

    def _relative_clause_author(self, clause: Token) -> SpeakerRef | None:
        """English: the subject of a relative clause on a document whose verb makes it the
        author ("figures her campaign released", "the report the agency published"); not a
        relative pronoun, which is the document itself ("a report that found …")."""
        if self.lex.language != "en" or clause.dep_ != "relcl":
            return None
        subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS and not self._quote_mask[c.i]), None)
        if subject is None or subject.tag_ in ("WDT", "WP") or self._is_document(subject):
            return None
        tokens = [t for t in subject.subtree if t.dep_ not in _STOP_DEPS and not self._quote_mask[t.i]]
        return self._speaking_ref(self.resolve(tokens, head=subject)) if tokens else None

    def _agent_author(self, clause: Token) -> SpeakerRef | None:
        """The agent of a participle or relative clause on a document ("released by X",
        « publiés par X »)."""
        for grand in clause.children:
            if grand.dep_ == "agent":
                target = next((g for g in grand.children if g.dep_ == "pobj"), None)
            elif grand.dep_ in ("obl:agent", "obl") and any(c.lower_ == "par" for c in grand.children):
                target = grand
            else:
                continue
            ref = self._author_phrase(target) if target is not None else None
            if ref is not None:
                return ref
        return None

    def _publisher(self, document: Token) -> SpeakerRef | None:
        """Who the sentence says issued a document: the subject of the verb it is the object
        or complement of ("the PBO released a report", "Okoye wrote in a recent report",
        « le ministère a publié un communiqué »)."""
        verb = document.head
        if document.dep_ == "nsubjpass":
            return self._passive_publisher(verb)
        if document.dep_ == "pobj" and verb.head.i != verb.i:
            verb = verb.head  # "wrote in a report": pobj → prep → verb
        elif document.dep_.split(":")[0] not in ("obj", "dobj", "obl", "nmod"):
            return None  # (the French parse often takes « des informations » for an obl:arg)
        for _ in range(2):
            # « a révélé lundi des informations », « a publié quelques jours plus tôt un
            # communiqué »: the parse may hang the document on the time word or the adverb
            # between it and the verb; the verb above them is the one that issued it.
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or not (verb.pos_ == "ADV" or self._is_time(verb)):
                break
            verb = verb.head
        instrument = self._ad_as_instrument(document)
        if verb.pos_ not in ("VERB", "AUX") or verb.i == document.i or not (self._authoring(verb) or instrument):
            return None
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not self._quote_mask[c.i]), None)
        if subject is None and instrument and verb.dep_ == "xcomp":
            # ("The group plans to flood screens with an ad": the subject of the verb it completes)
            subject = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS and not self._quote_mask[c.i]), None)
        if subject is None or self._is_document(subject) or instrument and subject.dep_ != "nsubj":
            return None
        # (« Le Canard enchaîné a publié … »: a participle ending the name is part of it.)
        tokens = [t for t in subject.subtree if (t.dep_ not in _STOP_DEPS or self.name_participle(t)) and not self._quote_mask[t.i]]
        return self._speaking_ref(self.resolve(tokens, head=subject)) if tokens else None

    def _ad_as_instrument(self, document: Token) -> bool:
        """English: an ad as what someone acts with ("a super PAC is out with a new ad", "the
        group hits her with an ad", "plans to flood screens with a Web ad"): whoever does it ran
        the ad, whatever the verb (a passive subject, "was hit with an ad", is its target)."""
        return self.lex.language == "en" and document.dep_ == "pobj" and document.head.lower_ == "with" and self._is_ad(document)

    def _passive_publisher(self, verb: Token) -> SpeakerRef | None:
        """English: who issued a document the subject of a passive authoring verb: its agent ("a
        report was released by the agency") or where it was sent from ("an email was sent from
        the club’s director, Jeremy Vane")."""
        if self.lex.language != "en" or verb.pos_ not in ("VERB", "AUX") or not self._authoring(verb):
            return None
        found = self._agent_author(verb)
        if found is not None:
            return found
        source = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and not self._quote_mask[c.i] for g in c.children if g.dep_ == "pobj"), None)
        return self._author_phrase(source) if source is not None else None

    def _document_author(self, document: Token, quoted: bool) -> SpeakerRef | None:
        """The author of a speaking document, else, for a charging document that names none,
        the prosecutors the article mentions before it."""
        return (
            self._named_document_author(document, quoted) or self._charging_author(document) or self._verb_author(document)
            or self._headline_label_author(document, quoted)
        )

    def _verb_author(self, document: Token) -> SpeakerRef | None:
        """"Every time a ward is full, the union tweets it out … A tweet last week said": a
        document that names no author is by whoever the article last said did the act it is
        the noun of (the same word as a verb: tweet, post, report), outside quotations."""
        lemma = document.lemma_.lower()
        verb = self._last_before(document, lambda t: t.pos_ == "VERB" and t.lemma_.lower() == lemma)
        return None if verb is None else self._author_subject(verb)

    def _headline_label_author(self, document: Token, quoted: bool) -> SpeakerRef | None:
        """"Report: Mayor to resign. / The mayor will resign, the Ledger reported …": a headline
        labelled by a bare document noun credits whoever the lede goes on to credit with it,
        the first within reach after the headline outside quotations: the subject of the same
        word as a verb ("the Ledger reported") or the author of the same noun ("according to a
        report from the Ledger"). Only the noun alone before the headline's colon is such a label."""
        doc = self.doc
        if document.i != 0 or document.i + 1 >= len(doc) or doc[document.i + 1].text != ":":
            return None
        lemma = document.lemma_.lower()
        for token in doc[sentence_of(document).end :]:
            if token.idx - document.idx > _DOCUMENT_REACH:
                break
            if self._quote_mask[token.i] or token.lemma_.lower() != lemma:
                continue
            author = self._author_subject(token) if token.pos_ == "VERB" else self._document_source(token, quoted) if self._is_document(token) else None
            if author is not None:
                return author
        return None

    def _author_subject(self, verb: Token) -> SpeakerRef | None:
        """The subject of an authoring verb, outside quotations, when it names who can write
        (not another document)."""
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not self._quote_mask[c.i]), None)
        if subject is None or self._is_document(subject):
            return None
        tokens = [t for t in self._np(subject, sentence_of(subject).start, sentence_of(subject).end) if not self._quote_mask[t.i]]
        return self._speaking_ref(self.resolve(tokens, head=subject)) if tokens else None

    def _charging_author(self, document: Token) -> SpeakerRef | None:
        """"Prosecutors say new counts may follow … the complaint said": a criminal complaint
        or an indictment is written by the prosecution, so with no author of its own it speaks
        for the last prosecutors mentioned before it (outside quotations, within reach)."""
        lemma = document.lemma_.lower()
        if lemma not in self.lex.charging_documents and document.lower_ not in self.lex.charging_documents:
            return None
        earlier = self._last_before(document, lambda t: t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.charging_authors)
        if earlier is None:
            return None
        tokens = [t for t in self._np(earlier, sentence_of(earlier).start, earlier.i + 1) if not self._quote_mask[t.i]]
        return self._speaking_ref(self.resolve(tokens, head=earlier)) if tokens else None

    def _last_before(self, document: Token, wanted: Callable[[Token], bool]) -> Token | None:
        """The last token before ``document``, outside quotations and within reach of it
        (``_DOCUMENT_REACH`` characters), that is ``wanted``."""
        doc = self.doc
        for i in range(document.i - 1, -1, -1):
            if document.idx - doc[i].idx > _DOCUMENT_REACH:
                return None
            if not self._quote_mask[i] and wanted(doc[i]):
                return doc[i]
        return None

    def _named_document_author(self, document: Token, quoted: bool) -> SpeakerRef | None:
        """The author of a speaking document (``_document_source``); a definite mention ("the
        report", « le rapport ») refers back to the last mention of the same document that says
        who wrote it (within a few paragraphs)."""
        ref = self._document_source(document, quoted)
        if ref is not None:
            return ref
        determiner = next((c for c in document.children if c.dep_ == "det"), None)
        if determiner is None and document.dep_ == "compound" and document.i > 0 and self.doc[document.i - 1].dep_ == "det":
            # "“…,” the post read": the parse compounds the noun with the verb and hangs the
            # article on the verb.
            determiner = self.doc[document.i - 1]
        if determiner is None or determiner.lower_.translate(_APOSTROPHES) not in _DEFINITE_DETERMINERS or any(c.lower_ in ("other", "another", "autre", "autres") for c in document.children):
            return None  # "a report", "other studies": not the one mentioned before
        lemma = document.lemma_.lower()
        doc = self.doc
        looked = 0
        for i in range(document.i - 1, -1, -1):
            earlier = doc[i]
            if document.idx - earlier.idx > _DOCUMENT_REACH or looked >= 4:
                break
            if self._quote_mask[i] or earlier.lemma_.lower() != lemma or not self._is_document(earlier):
                continue
            looked += 1
            ref = self._document_source(earlier, quoted)
            if ref is not None:
                return ref
        # "a document titled … on Northwind Rail's website … The white paper said": another
        # document noun for the same text; the nearest earlier document whose author is known.
        # (Not for data, lexicon data_documents: "the data" is no other name for a statement.)
        if lemma in self.lex.data_documents or document.lower_ in self.lex.data_documents:
            return None
        looked = 0
        for i in range(document.i - 1, -1, -1):
            earlier = doc[i]
            if document.idx - earlier.idx > _DOCUMENT_REACH or looked >= 4:
                break
            if self._quote_mask[i] or earlier.lemma_.lower() == lemma or not self._is_document(earlier):
                continue
            looked += 1
            ref = self._document_source(earlier, quoted)
            if ref is not None:
                return ref
        return None

    def _relative_antecedent(self, pronoun: Token) -> Token | None:
        """The noun a relative pronoun stands for: the noun phrase right before the comma that
        opens its clause (« le ministère de la Culture, selon lequel … », "the city of Fairview,
        which …"), else the head the parse gives its relative clause."""
        doc = self.doc
        k = pronoun.i - 1
        if k >= 0 and doc[k].pos_ == "ADP":
            k -= 1  # « selon lequel », « pour qui »
        if k >= 1 and doc[k].text == ",":
            noun = doc[k - 1]
            if k >= 3 and doc[k - 2].text == "," and (noun.pos_ == "ADJ" or noun.pos_ == "VERB" and "Part" in morph_get(noun, "VerbForm", [])):
                noun = doc[k - 3]  # « des électeurs, déçus, qui »: an apposed adjective between
            if noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i < noun.i:
                noun = noun.head  # « l'Union africaine, qui »
            if noun.pos_ not in ("NOUN", "PROPN") or self._quote_mask[noun.i]:
                return None
            # "l'hôpital de Tours", "the city of Fairview": the phrase's head, through genitive
            # complements and parts of a name ("réaction au ministère" stops at « au »).
            for _ in range(4):
                head = noun.head
                if head.i >= noun.i:
                    break
                name_part = noun.dep_ in ("flat", "flat:name", "compound")
                genitive = noun.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in GENITIVES for c in noun.children)
                if head.pos_ in ("NOUN", "PROPN") and (name_part or genitive):
                    noun = head
                elif noun.dep_ == "pobj" and head.lower_ in GENITIVES and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                    noun = head.head
                else:
                    break
            return self.person_owner_of_place(noun, pronoun)
        t = pronoun
        for _ in range(4):
            if t.dep_ in ("relcl", "acl:relcl") and t.head.i < pronoun.i and t.head.pos_ in ("NOUN", "PROPN"):
                return self.person_owner_of_place(t.head, pronoun)
            if t.head.i == t.i:
                break
            t = t.head
        return None

    def person_owner_of_place(self, noun: Token, pronoun: Token) -> Token:
        """"Republicans in Albany, who …", "listeners to her radio show who …": "who" stands
        for people, so when the noun right before it is a place, a body or a thing inside a
        prepositional complement of a noun for people, the people are its antecedent (English)."""
        if self.lex.language != "en" or pronoun.lower_ not in ("who", "whom"):
            return noun
        place = noun.ent_type_ in _PLACE_LABELS
        while place and noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.ent_type_ in _PLACE_LABELS:
            noun = noun.head  # "from Plainfield, New Jersey, who": the town, with its state in apposition
        if noun.dep_ != "pobj" or self._people_noun(noun):
            return noun
        preposition = noun.head
        owner = preposition.head
        if owner.pos_ in ("VERB", "AUX") and preposition.i > 0:
            owner = self.doc[preposition.i - 1]  # (the parse may hang "in Albany" on the verb)
        # (a place is never who: "a dentist from Plainfield, who" is the dentist, whatever noun
        # the lexicon has for him, and the dentist is the person the apposition describes)
        if preposition.dep_ == "prep" and owner.i < noun.i and owner.pos_ in ("NOUN", "PROPN") and (place or self._people_noun(owner)) and not self._quote_mask[owner.i]:
            if place and owner.dep_ == "appos" and owner.head.i < owner.i and owner.head.ent_type_ in _PERSON_LABELS:
                return owner.head
            return owner
        return noun

    def _people_noun(self, noun: Token) -> bool:
        """A noun "who" can stand for: a person's name, a nationality, a word for a person or
        group, or a common noun in the plural (places, bodies and things are not)."""
        if noun.ent_type_ in (*_PERSON_LABELS, "NORP"):
            return True
        if noun.ent_type_ or noun.pos_ != "NOUN":
            return False
        lex = self.lex
        return "Plur" in morph_get(noun, "Number", []) or any(
            w in words for w in (noun.lemma_.lower(), noun.lower_) for words in (lex.titles, lex.unnamed_nouns, lex.group_nouns, lex.person_nouns)
        )

    @staticmethod
    def _joint_member(ent: Span, head: Token, person_ents: list[Span]) -> bool:
        """Whether a name is the phrase's head or joined to it by conjunction or apposition
        (every member of a joint statement is), rather than a modifier of it."""

        def in_name(tok: Token) -> bool:
            return any(e.start <= tok.i < e.end for e in person_ents)

        t = ent.root
        for _ in range(6):
            if t == head or in_name(head) and any(e.start <= head.i < e.end and e.start <= t.i < e.end for e in person_ents):
                return True
            if t.head.i == t.i:
                return False
            if t.dep_ in ("conj", "appos") or t.dep_ in ("compound", "flat", "flat:name") and in_name(t.head):
                t = t.head
                continue
            return False
        return False

    def _inside_role(self, ent: Span) -> bool:
        """Whether a name is the complement of a title or an organisation noun before it."""
        t = ent.root
        for _ in range(3):
            # An apposition names its head: "l’association Rivière vivante" (an organisation's
            # name) but "la ministre, Julie Caron" (the person holding the title).
            if t.head.i == t.i or t.dep_ not in ("nmod", "pobj", "compound", "flat:name", "prep", "amod", "poss", "nmod:poss", "appos"):
                return False
            via_appos = t.dep_ == "appos"
            t = t.head
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and t.i < ent.start and (lemma in self.lex.organization_words or lemma in self.lex.titles and not via_appos):
                return True
        return False

    @staticmethod
    def name_participle(token: Token) -> bool:
        """A lower-case participle that is the last word of a name (« Le Canard enchaîné », « La
        France insoumise »): right after the proper noun it hangs on, with nothing of its own.
        The parse reads it as a clause on the name (acl); it is part of the name."""
        head = token.head
        return (
            token.dep_ in ("acl", "amod") and token.pos_ in ("VERB", "ADJ") and token.is_lower and head.pos_ == "PROPN"
            and token.i == head.i + 1 and head.text[:1].isupper() and not any(True for _ in token.children)
        )

    def _complement_conjunct(self, conjunct: Token) -> bool:
        """« l'Office de la pêche et des ressources maritimes »: a conjunct of the head that comes
        after a complement of the head, inside one recognised name, continues that complement
        (the parse hung it on the head); it is no second speaker. So does a conjunct that repeats
        the complement's « de » (« les entreprises de transport et de logistique »), name or not.
        In a French list of such complements (« la direction de la concurrence, de la consommation
        et de la répression des fraudes ») the parse hangs each conjunct on the one before: the
        head is the first conjunct's."""
        if conjunct.dep_ == "cc":
            conjunct = conjunct.head
        head = conjunct.head
        while self.lex.language == "fr" and head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        complements = [c for c in head.children if c.dep_ == "nmod" and head.i < c.i < conjunct.i]
        if complements and any(c.dep_ == "case" and c.lower_ in _OF_WORDS for c in conjunct.children):
            return any(any(m.dep_ == "case" and m.lower_ in _OF_WORDS for m in c.children) for c in complements)
        return bool(complements) and self._one_entity(head, conjunct)

    def _name_conjunct(self, conjunct: Token) -> bool:
        """« le cabinet Marchal & Vidal », « l'association Eau et Rivières de Bretagne »: a capitalised
        word coordinated with the capitalised words before it by « & », or by « et » when a singular
        organisation noun introduces those words, is the rest of one name, not a second speaker
        (French: « & » joins the partners of a firm, and a body named after its noun is one body)."""
        if self.lex.language != "fr":
            return False
        if conjunct.dep_ == "cc":
            conjunct = conjunct.head
        doc = self.doc
        if conjunct.dep_ != "conj" or not self._capitalised_word(conjunct):
            return False
        joiner = doc[conjunct.i - 1]
        if joiner.lower_ not in ("&", "et") or joiner.head.i != conjunct.i:
            return False
        start = joiner.i - 1
        while start >= 0 and self._capitalised_word(doc[start]):
            start -= 1
        if start == joiner.i - 1 or conjunct.head.i <= start:
            return False
        if joiner.text == "&":
            return True
        noun = doc[start] if start >= 0 else None
        return (
            noun is not None and noun.pos_ == "NOUN" and "Plur" not in morph_get(noun, "Number", [])
            and (noun.lower_ in self.lex.organization_words or noun.lemma_.lower() in self.lex.organization_words)
        )

    def _capitalised_word(self, token: Token) -> bool:
        """A capitalised word outside quotations (a word of a name)."""
        return token.text[:1].isupper() and token.is_alpha and not self._quote_mask[token.i]

    def _one_entity(self, a: Token, b: Token) -> bool:
        """Whether two words lie inside one entity of the recogniser."""
        first, last = min(a.i, b.i), max(a.i, b.i)
        return bool(a.ent_type_) and bool(b.ent_type_) and all(self.doc[i].ent_iob_ == "I" for i in range(first + 1, last + 1))

    def _np(self, head: Token, lo: int, hi: int) -> list[Token]:
        """``_head_phrase``, cut once per head and bounds: a speaker's phrase is asked again for
        the accused party or the claim it is part of. (A new list: callers may change theirs.)"""
        key = (head.i, lo, hi)
        phrase = self._phrases.get(key)
        if phrase is None:
            phrase = self._phrases[key] = self._head_phrase(head, lo, hi)
        return list(phrase)

    def _head_phrase(self, head: Token, lo: int, hi: int) -> list[Token]:
        """The noun phrase of ``head`` inside [lo, hi): its subtree without clauses or conjuncts."""
        keep: list[Token] = []
        stack = [head]
        while stack:
            t = stack.pop()
            keep.append(t)
            for child in t.children:
                # « l'ONG Human Rights Watch », « le syndicat CGT »: a name right after its noun, with
                # no comma between them, is part of the phrase (« le ministre, Jean Roy » is not).
                # (A capitalised common noun the recogniser puts in a name counts: « le syndicat Force ouvrière ».)
                glued_name = (
                    child.dep_ == "appos" and child.i > t.i and (child.pos_ in ("PROPN", "X") or bool(child.ent_type_) and child.text[:1].isupper())
                    and not self.doc[child.left_edge.i - 1].is_punct
                )
                # « des responsables turcs »: a bare adjective the parse hangs on its noun as a
                # clause still qualifies the noun (the nationality is part of who spoke).
                bare_adjective = child.pos_ == "ADJ" and child.dep_ == "acl" and child.i == t.i + 1 and all(g.dep_ == "advmod" for g in child.children)
                # « l'Office national de la pêche et des cultures marines »: words
                # coordinated inside a complement of the head, within one recognised name, belong
                # to the name (the head's own conjuncts are other speakers).
                within_name = child.dep_ in ("conj", "cc") and (
                    (t is not head or self._complement_conjunct(child)) and self._one_entity(t, child) or self._name_conjunct(child)
                )
                if child.dep_ in _STOP_DEPS and not self.name_participle(child) and not bare_adjective or child.dep_ in ("conj", "cc", "appos", "punct") and not glued_name and not within_name or not (lo <= child.i < hi):
                    continue
                stack.append(child)
        keep.sort(key=lambda t: t.i)
        # keep it contiguous around the head
        out = [t for t in keep if not t.is_space]
        if not out:
            return []
        # cut at the first gap
        idx = [t.i for t in out]
        h = idx.index(head.i)
        a = h
        while a > 0 and idx[a - 1] == idx[a] - 1:
            a -= 1
        b = h
        while b + 1 < len(idx) and idx[b + 1] == idx[b] + 1:
            b += 1
        start, end = self._whole_words(idx[a], idx[b] + 1, lo, hi)
        start, end = self._whole_name(start, end, lo, hi)
        return self._strip_det(list(self.doc[start:end])) or [head]

    def _name_word(self, token: Token) -> bool:
        return token.pos_ in ("PROPN", "X") and token.text[:1].isupper() and not self._quote_mask[token.i]

    def _whole_name(self, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        """« selon Radio Côte Sud », « a révélé le New York Times », « la société Dorval
        Autoroutes »: the parse may hang a word of a multi-word proper name off the phrase (as
        punctuation, an adverbial, the verb's subject), so the phrase stops inside the name and
        names something else (a country, a first word). The capitalised proper nouns right
        before and after the phrase's edge words, when those are proper nouns too (or the last
        word is an organisation noun, the name's descriptor), are the rest of the name. (French: its parser cuts such names; the English one keeps them whole.)"""
        if self.lex.language != "fr":
            return start, end
        doc = self.doc
        # « l'entreprise Oracle »: an organisation noun right before a name is that name's descriptor.
        last = doc[end - 1]
        descriptor = last.pos_ == "NOUN" and (last.lower_ in self.lex.organization_words or last.lemma_.lower() in self.lex.organization_words)
        while end < hi and (self._name_word(doc[end - 1]) or descriptor and end - 1 == last.i) and self._name_word(doc[end]):
            end += 1
        while start > lo and self._name_word(doc[start]) and self._name_word(doc[start - 1]):
            start -= 1
        return start, end


# --- French constructions the general speaker rules leave without a speaker -----------------


class FrenchStatement(Protocol):
    """What ``fill_french_speakers`` reads and sets on an attribution (attribution.Attribution)."""

    speaker: SpeakerRef | None
    rule: str

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def cue(self) -> tuple[int, int] | None: ...
    @property
    def quotes(self) -> Sequence[QuoteSpan]: ...


#: Words that may stand between a quotation and the inverted subject of its incise besides the
#: verbs (« », a cependant tenu à tempérer X »): auxiliaries, adverbs, « à »/« de » before an
#: infinitive, the negation and object clitics.
_INCISE_POS = frozenset({"AUX", "VERB", "ADV", "PART"})
_INCISE_WORDS = frozenset({"à", "de", "d'", "d’", "ne", "n'", "n’", "pas", "se", "s'", "s’", "lui", "leur", "nous", "vous", "y", "en"})
#: Words of a title before a name (« le ministre de la Santé », « la porte-parole du parti »).
_TITLE_PHRASE_POS = frozenset({"DET", "NOUN", "ADJ", "ADP", "PROPN"})
#: A speaker passed on from an earlier paragraph: weaker evidence than an incise in the sentence.
_INHERITED_RULES = ("+continued", "+topic")


def fill_french_speakers(registry: SpeakerRegistry, statements: Sequence[FrenchStatement]) -> None:
    """Speakers of French statements that the general rules leave without one:

    - a subject set off from its verb by an apposition the parse hangs elsewhere (« Vers midi,
      Jean Roy, professeur d'histoire, affirme que … »): the name before the apposition;
    - a verb coordinated with the report before it in its sentence (« X dit que A et réclame B »):
      that report's speaker (``_french_coordinated_verb_subject``);
    - a present participle or gerund cue (« …, ajoutant que … », « tout en disant … »): the
      subject of the verb it hangs on, else the speaker of the statement before it in its sentence;
    - a quotation followed by an incise whose verb is not a reporting verb of the lexicon
      (« « … », a tenu à rassurer Jean Roy »): the person named right after the verbs;
    - a quotation without a cue right before another quotation of the same sentence (or with only
      punctuation between them) that an incise attributes: the same speaker (« « A » . « B », ont
      raconté des témoins »);
    - last, a quotation a source phrase follows right after, and a report with a cue, the main
      verb's subject (``_french_last_speakers``);
    and override a speaker the general rules found when a nearer one is certain (see
    ``_french_nearer_speaker``).
    """
    if registry.lex.language != "fr":
        return
    ordered = sorted(statements, key=lambda s: (s.start, s.end))
    # (The source phrase first: a speaker it sets is no longer one passed on from before.)
    _french_sources_right_before(registry, ordered)
    _french_same_sources(registry, ordered)
    for k, statement in enumerate(ordered):
        # A speaker passed on from the paragraph before yields to an incise after the quotation.
        inherited = statement.rule.endswith(_INHERITED_RULES)
        if statement.speaker is not None and statement.speaker.entities and not inherited:
            nearer, rule = _french_nearer_speaker(registry, statement, ordered[:k])
            if nearer is not None:
                statement.speaker = nearer
                statement.rule += rule
            continue
        ref: SpeakerRef | None = None
        rule = ""
        cue = token_at(registry.doc, statement.cue[0]) if statement.cue is not None else None
        if cue is not None and not inherited:
            ref, rule = _french_cue_subject(registry, cue, ordered[:k])
        if ref is None and statement.kind == "direct":
            ref, rule = _french_direct_quote_speaker(registry, statement, ordered[:k], inherited)
        if ref is not None and ref.entities:
            statement.speaker = ref
            statement.rule += rule
    for k, statement in enumerate(ordered[:-1]):
        if statement.kind != "direct" or statement.cue is not None or not statement.quotes:
            continue
        if statement.speaker is not None and statement.speaker.entities and not statement.rule.endswith(_INHERITED_RULES):
            continue
        ref = _french_next_incise_speaker(registry, statement, ordered[k + 1])
        if ref is not None:
            statement.speaker = ref
            statement.rule += "+fr-next-incise"
    _french_last_speakers(registry, ordered)


def _french_last_speakers(registry: SpeakerRegistry, ordered: Sequence[FrenchStatement]) -> None:
    """The last rules, for statements still without a speaker: a quotation a source phrase
    follows right after (``_french_source_right_after``), then a report with a cue, the subject
    of its sentence's main verb (``_french_main_clause_subject``)."""
    for statement in ordered:
        if statement.kind == "direct" and statement.quotes and not (statement.speaker is not None and statement.speaker.entities):
            ref = _french_source_right_after(registry, statement, ordered)
            if ref is not None:
                statement.speaker = ref
                statement.rule += "+fr-source-after"
    cues = frozenset(statement.cue[0] for statement in ordered if statement.cue is not None)
    for statement in ordered:
        if statement.cue is None or statement.speaker is not None and statement.speaker.entities:
            continue
        ref = _french_main_clause_subject(registry, statement, cues)
        if ref is not None:
            statement.speaker = ref
            statement.rule += "+fr-main-subject"


def _french_source_right_after(registry: SpeakerRegistry, statement: FrenchStatement, statements: Sequence[FrenchStatement]) -> SpeakerRef | None:
    """« … a été « circonscrit » : « le feu est maîtrisé » , selon le directeur, X »: a quotation
    that a source phrase (« selon », « d'après ») follows right after its closing mark, with only
    a comma between, is what that source vouches for, even when the parse gives the source
    phrase the clause before the quotation as its statement. Only a quotation that stands as a
    statement of its own, opening its sentence or after a colon: one inside a clause (« Ces
    « consultations » , selon X, visent … ») or after other quoted words is a term of it."""
    before = registry.text[: statement.quotes[0].outer_start].rstrip()
    if before and before[-1] not in ":.!?\n":
        return None
    end = statement.quotes[-1].outer_end
    for other in statements:
        if other is statement or other.cue is None or not other.rule.startswith("source") or other.cue[0] < end:
            continue
        if other.cue[0] - end > 4 or registry.text[end : other.cue[0]].strip(" ,\u00a0\u202f"):
            continue
        return other.speaker if other.speaker is not None and other.speaker.entities else None
    return None


def _under_another_cue(cue: Token, cues: frozenset[int]) -> bool:
    """Whether a cue hangs (through its heads) under another statement's cue: a verb of the
    reported clause (« Le ministre a dit qu'il avait vu le rapport et avait demandé une enquête »)."""
    token = cue
    for _ in range(12):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.idx in cues:
            return True
    return False


def _french_main_clause_subject(registry: SpeakerRegistry, statement: FrenchStatement, cues: frozenset[int]) -> SpeakerRef | None:
    """« Il avait effectué un voyage en Algérie, prétendant y être allé pour se marier », « Les
    ministres, qui ont affiché leur solidarité en appelant à … »: a report whose cue (a participle, a gerund, a verb the parse hangs under another clause)
    the rules leave without a speaker is said by the subject of its sentence's main verb, when that
    verb and its subject come before the content and the subject names someone who can speak (a
    person, an organisation, a government, a group; a pronoun through its antecedent). Only a
    report with a cue: a quotation standing alone may be a title or a term, no one's words."""
    doc, mask = registry.doc, registry._quote_mask
    first = token_at(doc, statement.start)
    if first is None:
        return None
    root = sentence_of(first).root
    if root.pos_ not in ("VERB", "AUX") or root.idx >= statement.start:
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.i < root.i and not mask[c.i]), None)
    cue = token_at(doc, statement.cue[0]) if statement.cue is not None else None
    if subject is None or cue is None or not _takes_up(cue, subject) or _under_another_cue(cue, cues):
        return None
    tokens = [t for t in subject.subtree if t.dep_ not in _STOP_DEPS and t.dep_ != "appos" and not mask[t.i]]
    return registry._speaking_ref(registry.resolve(tokens, head=subject)) if tokens else None


def _takes_up(cue: Token, subject: Token) -> bool:
    """Whether the main verb's subject can be the cue's: the cue has no subject of its own (a
    participle, a gerund), or one that is the same token, or an il/elle/ils/elles whose gender and
    number the subject's noun shares (« Le syndicat a reçu la ministre, mais elle affirme … »: not
    the union). A name has no grammatical gender to check: only a subject-less cue takes it."""
    own = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS), None)
    if own is None or own.i == subject.i:
        return True
    word = own.lower_
    if word not in ("il", "elle", "ils", "elles") or subject.pos_ != "NOUN":
        return False
    gender = "Fem" if word.startswith("elle") else "Masc"
    number = "Plur" if word.endswith("s") else "Sing"
    return gender in morph_get(subject, "Gender", []) and number in morph_get(subject, "Number", [])


def _french_direct_quote_speaker(
    registry: SpeakerRegistry, statement: FrenchStatement, before: Sequence[FrenchStatement], inherited: bool
) -> tuple[SpeakerRef | None, str]:
    """The speaker of a quotation the general rules and its cue left without one, and the rule
    that found it: a passive's agent, an incise after it, a relative opening it, the quotation
    before it it is coordinated with, the owner of the medium it is read on."""
    ref: SpeakerRef | None = None
    if statement.quotes:
        ref = _french_passive_agent(registry, statement)
        if ref is not None:
            return ref, "+fr-passive-agent"
        if len(registry.text[statement.start : statement.end].split()) >= 4:
            # (A shorter quotation may be a title read or cited, not words said.)
            ref = _french_incise_after(registry, statement.quotes[-1].outer_end)
            if ref is not None:
                return ref, "+fr-incise"
    if statement.quotes:
        # (A medium named in the quotation's own sentence outweighs a speaker passed on from before.)
        ref = _french_medium_owner(registry, statement.quotes[0].outer_start, statement.quotes[-1].outer_end)
        if ref is not None:
            return ref, "+fr-medium-owner"
    if inherited:
        return None, ""
    if statement.quotes:
        ref = _french_relative_opening(registry, statement.quotes[0].outer_start, before)
        if ref is not None:
            return ref, "+fr-relative"
    if before:
        ref = _french_coordinated_content(registry, before[-1], statement)
        if ref is not None:
            return ref, "+fr-coordinated"
    if statement.quotes:
        governor = _verb_governing_quotation(registry, statement.quotes[0].outer_start, statement.quotes[0].outer_end)
        ref = _french_impersonal_body(registry, governor) if governor is not None else None
        if ref is not None:
            return ref, "+fr-impersonal-body"
    return None, ""


def _verb_governing_quotation(registry: SpeakerRegistry, opening: int, closing: int) -> Token | None:
    """The verb outside a quotation that the parse hangs the quotation's words on (« on appelle à
    « … » »): the first ancestor of its first word that lies outside the quotation, when a verb."""
    doc = registry.doc
    mark = token_at(doc, opening)
    if mark is None or mark.i + 1 >= len(doc):
        return None
    t = doc[mark.i + 1]
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if not opening <= t.idx < closing:
            return t if t.pos_ == "VERB" else None
    return None


def name_french_titled_descriptions(registry: SpeakerRegistry, statements: Sequence[FrenchStatement]) -> None:
    """Every French statement given to a possessive description of a title holder the article
    names only further on (`SpeakerRegistry.person_named_later_with_title`) goes to that person."""
    if registry.lex.language != "fr":
        return
    named: dict[str, Entity | None] = {}
    for statement in statements:
        ref = statement.speaker
        if ref is None or ref.named or len(ref.entities) != 1:
            continue
        key = ref.entities[0].key
        if key not in named:
            named[key] = registry.person_named_later_with_title(ref)
        person = named[key]
        if person is not None:
            statement.speaker = SpeakerRef((person,), ref.start, ref.end)
            statement.rule += "+fr-named-later"


def nearer_french_speakers(registry: SpeakerRegistry, statements: Sequence[FrenchStatement], late: Sequence[FrenchStatement]) -> None:
    """The override of ``fill_french_speakers`` (``_french_nearer_speaker``) for the ``late``
    statements, which took their cue and speaker after it ran (a quotation given the verb that
    governs it: « X dit que A et réclame des « B » »)."""
    if registry.lex.language != "fr" or not late:
        return
    wanted = {id(statement) for statement in late}
    ordered = sorted(statements, key=lambda s: (s.start, s.end))
    for k, statement in enumerate(ordered):
        if id(statement) in wanted and statement.speaker is not None and statement.speaker.entities:
            nearer, rule = _french_nearer_speaker(registry, statement, ordered[:k])
            if nearer is not None:
                statement.speaker = nearer
                statement.rule += rule


def _article_acronym(token: Token) -> bool:
    """« l'ARS », « la CGT »: a word of capitals (two or more letters) after an article, which
    names an organisation by its initials."""
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper() and any(c.dep_ == "det" for c in token.children)


def _french_cue_subject(registry: SpeakerRegistry, cue: Token, before: Sequence[FrenchStatement]) -> tuple[SpeakerRef | None, str]:
    """The speaker of a cue the general rules left without one, and the rule that found it: the
    speaker of the report the cue's verb is coordinated with, a subject set off by an apposition,
    a participle's, else the unnamed source an il/elle continues."""
    ref = _french_coordinated_verb_subject(registry, cue, before)
    if ref is not None:
        return ref, "+fr-coordinated-verb"
    ref = french_apposed_subject(registry, cue)
    if ref is not None:
        return ref, "+fr-apposed-subject"
    before_relative = french_subject_before_relative(registry, cue)
    if before_relative is not None:
        return before_relative[0], "+fr-subject-before-relative"
    ref = _french_subject_before_asides(registry, cue)
    if ref is not None:
        return ref, "+fr-subject-before-asides"
    ref = _french_first_conjunct_subject(registry, cue)
    if ref is not None:
        return ref, "+fr-first-conjunct"
    ref = _french_participle_subject(registry, cue, before)
    if ref is not None:
        return ref, "+fr-participle"
    ref = _french_relative_on_speaker_phrase(registry, cue, before)
    if ref is not None:
        return ref, "+fr-relative-on-speaker"
    ref = _french_fronted_adjunct_subject(registry, cue)
    if ref is not None:
        return ref, "+fr-fronted-adjunct"
    ref = _french_impersonal_body(registry, cue)
    if ref is not None:
        return ref, "+fr-impersonal-body"
    return _french_pronoun_for_unnamed_source(registry, cue, before), "+fr-pronoun-source"


def _french_nearer_speaker(registry: SpeakerRegistry, statement: FrenchStatement, before: Sequence[FrenchStatement]) -> tuple[SpeakerRef | None, str]:
    """A speaker the general rules found that a nearer one overrides, and the rule that found it:
    the subject of the verb a bare past participle cue is coordinated with, or the unnamed source
    an il/elle the general rules gave to someone named further back continues."""
    cue = token_at(registry.doc, statement.cue[0]) if statement.cue is not None else None
    if cue is None:
        return None, ""
    ref = _french_coordinated_verb_subject(registry, cue, before, found=statement.speaker)
    if ref is not None:
        return ref, "+fr-coordinated-verb"
    before_relative = french_subject_before_relative(registry, cue)
    found = statement.speaker
    if before_relative is not None and found is not None and registry.doc[before_relative[1]].idx < found.end and found.start < cue.idx:
        # (the speaker found lies in the relative clause, or its phrase runs on into it)
        return before_relative[0], "+fr-subject-before-relative"
    pronoun = _french_subject_pronoun(registry, cue)
    if pronoun is None or statement.speaker is None or statement.speaker.start != pronoun.idx:
        return None, ""
    # (`_french_pronoun_for_unnamed_source` asks that no one be named between the source and the
    # pronoun, so the name the general rules chose is further back than the source.) Not a bare
    # title with its definite article: « le candidat » may well be the person named before.
    return _french_pronoun_for_unnamed_source(registry, cue, before, overriding=True), "+fr-pronoun-source"


#: Words that coordinate a second verb with the first (« a affirmé …, puis ajouté … »).
_VERB_COORDINATORS = frozenset({"et", "puis", "mais", "ou", ","})


def _french_coordinated_verb_subject(registry: SpeakerRegistry, cue: Token, before: Sequence[FrenchStatement], *, found: SpeakerRef | None = None) -> SpeakerRef | None:
    """« X a dénoncé une attaque et appelé au calme », « X a affirmé que A, puis ajouté que B », « X
    dit que A et réclame B »: a verb right after « et », « puis », « mais » or « ou » (a bare
    participle also after a comma; adverbs between), with no subject of its own before it, is the second verb of a coordination
    with the report before it in its sentence and shares that report's speaker (the parse often
    hangs it on the verb of the first content clause, with that clause's subject or none).

    A bare past participle (no auxiliary of its own) shares the compound tense of the first verb,
    so that verb must be a participle with a finite auxiliary; then it is certain enough to
    override the speaker the general rules ``found``. Any other verb form overrides only a
    speaker inside the first report's content (the subject of the clause the parse hung it on)."""
    doc = registry.doc
    if cue.pos_ not in ("VERB", "AUX") or registry._quote_mask[cue.i]:
        return None
    bare_participle = "Part" in morph_get(cue, "VerbForm", []) and "Past" in morph_get(cue, "Tense", [])
    if found is not None and bare_participle and cue.pos_ != "VERB":
        return None
    if any(c.dep_.startswith("aux") and bare_participle for c in cue.children):
        return None
    own_subjects = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i]
    i = cue.i - 1
    while i > 0 and (doc[i].pos_ == "ADV" or doc[i].is_space):
        i -= 1
    if doc[i].lower_ not in _VERB_COORDINATORS or doc[i].text == "," and not bare_participle:
        return None  # (« X, porte-parole du parti, estime … »: a comma also closes an apposition)
    # The sentence by its punctuation: the statistical splitter may cut « …, et précise que … »
    # off the first verb.
    sentence_start = doc[punctuation_sentence(doc, i, registry._quote_mask)[0]].idx
    for statement in reversed(before):
        if statement.cue is None or statement.speaker is None or not statement.speaker.entities or not sentence_start <= statement.cue[0] < doc[i].idx:
            continue
        first = token_at(doc, statement.cue[0])
        if first is None or first.i >= i:
            return None
        # (« L'association juge ces offres insuffisantes et appelle … »: the parse read the first
        # verb as a noun of the second's subject; a subject over the first cue is no subject of its own.)
        if any(not subject.left_edge.i <= first.i <= subject.right_edge.i for subject in own_subjects):
            return None
        if own_subjects or found is not None and found.start <= first.idx < found.end:
            return statement.speaker
        if not bare_participle:
            return statement.speaker if found is None or statement.start <= found.start < statement.end else None
        # The first verb's auxiliary is a finite « avoir » or « être » right before it (adverbs
        # and clitics between), the one the bare participle leaves out.
        compound = "Part" in morph_get(first, "VerbForm", []) and any(c.dep_.startswith("aux") and "Fin" in morph_get(c, "VerbForm", []) for c in first.children)
        return statement.speaker if compound else None
    return None


#: The French negation before a verb (« et n'a pas exclu »).
_FRENCH_NEGATION = frozenset({"ne", "n'", "n’"})


def _french_first_conjunct_subject(registry: SpeakerRegistry, cue: Token) -> SpeakerRef | None:
    """« Le syndicat décrit une entreprise où les plannings sont intenables et réclame des
    contrôles », « Le conducteur a été entendu lundi et affirme n'avoir rien vu »: a verb right
    after « et », « puis » or « mais », with no subject of its own, shares the subject of the verb
    it is coordinated with even when that verb reports nothing (``_french_coordinated_verb_subject``
    asks for a report). That verb is the nearest one before it in its sentence, outside
    quotations, that is finite (or a participle with a finite auxiliary), heads no relative
    clause, and agrees with the cue in number; when it heads a content clause (« que » after a verb), the cue
    is that clause's second verb and no report's. The parse hangs the second verb
    anywhere, so the words are read, not the tree. A subject lost behind asides is found as
    ``_french_subject_before_asides`` finds it."""
    doc, quoted = registry.doc, registry._quote_mask
    if cue.pos_ not in ("VERB", "AUX") or quoted[cue.i] or any(c.dep_ in _SUBJECT_DEPS and c.i < cue.i for c in cue.children):
        return None
    if "Fin" not in morph_get(cue, "VerbForm", []) and "Past" not in morph_get(cue, "Tense", []):
        return None  # (an infinitive or a present participle is coordinated with its like: « afin de protester et dénoncer »)
    lo, _ = punctuation_sentence(doc, cue.i, quoted)
    i = cue.i - 1
    while i > lo and (doc[i].dep_.startswith("aux") or doc[i].pos_ == "ADV" or doc[i].lower_ in registry.lex.object_clitics or doc[i].lower_ in _FRENCH_NEGATION or doc[i].is_space):
        i -= 1
    if i <= lo or doc[i].lower_ not in ("et", "puis", "mais") or quoted[i]:
        return None
    number = _finite_number(cue)
    for verb in reversed(doc[lo:i]):
        if quoted[verb.i]:
            continue
        if verb.text in (";", ":"):
            return None
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_.startswith("aux") or verb.dep_ == "cop" or not _finite_number(verb) and "Fin" not in morph_get(verb, "VerbForm", []):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if mark is not None and mark.i > lo and doc[mark.i - 1].pos_ not in ("NOUN", "PROPN", "PUNCT"):
            return None  # (« a dit qu'il avait vu A et avait demandé B »: the second verb is the reported clause's)
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i and not quoted[c.i]), None)
        if mark is not None or verb.dep_ in ("acl:relcl", "acl") or subject is not None and subject.lower_ in _FRENCH_RELATIVE_WORDS:
            continue  # (a relative clause inside the first conjunct; its « qu' » after a noun or a comma may be read as a mark)
        if number and _finite_number(verb) and number != _finite_number(verb):
            continue
        if subject is None:
            return _french_subject_before_asides(registry, verb)
        tokens = [subject] if subject.pos_ == "PRON" else registry._np(subject, lo, i)
        ref = registry.resolve(tokens, head=subject)
        return ref if ref is not None and ref.entities else None
    return None


def _finite_number(verb: Token) -> list[str]:
    """The number of a verb's finite form: the verb's own, else its finite auxiliary's."""
    finite = verb if "Fin" in morph_get(verb, "VerbForm", []) else next((c for c in verb.children if c.dep_.startswith("aux") and "Fin" in morph_get(c, "VerbForm", [])), None)
    return morph_get(finite, "Number", []) if finite is not None else []


def _french_subject_pronoun(registry: SpeakerRegistry, cue: Token) -> Token | None:
    """The il/elle subject of a cue: its inverted clitic (« précise-t-elle », « a-t-il dit »)
    or a subject pronoun before it (the parse may call it an expletive)."""
    doc, lex = registry.doc, registry.lex
    for t in doc[max(0, cue.i - 3) : min(len(doc), cue.i + 3)]:
        if t.text[:1] == "-" and t.lower_.lstrip("-") in lex.person_pronouns and t.lower_.lstrip("-") in lex.pronoun_genders:
            return t
    return next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS | {"expl:subj"} and c.i < cue.i and c.lower_ in lex.person_pronouns and c.lower_ in lex.pronoun_genders), None)


def _french_pronoun_for_unnamed_source(registry: SpeakerRegistry, cue: Token, before: Sequence[FrenchStatement], *, overriding: bool = False) -> SpeakerRef | None:
    """« « … », selon une personne proche des enquêteurs. « … », ajoute-t-elle »: an il/elle that no
    person named before it stands for continues the unnamed source (a description, not a name) of
    the statement right before it, in its own or the previous sentence of the paragraph, when the
    source's noun has the pronoun's gender and number and no one is named in between. When
    ``overriding`` a name, not a bare title after a definite article (« le candidat »)."""
    pronoun = _french_subject_pronoun(registry, cue)
    previous = next((s for s in reversed(before) if s.speaker is not None and s.speaker.entities), None) if pronoun is not None else None
    if pronoun is None or previous is None or previous.speaker is None or previous.speaker.named:
        return None
    ref = previous.speaker
    doc = registry.doc
    if _plural_finite_verb(token_at(doc, previous.cue[0]) if previous.cue is not None else None):
        return None  # (« 90 % des clients se sont déclarés … »: a source its verb makes plural is no il/elle)
    between = registry.text[ref.end : pronoun.idx]
    if "\n" in between.strip() or ref.end > pronoun.idx:
        return None
    sentence = sentence_of(pronoun)
    if ref.start < sentence.start_char:
        earlier = sentence_of(doc[sentence.start - 1]) if sentence.start > 0 else None
        for _ in range(2):
            # « Selon la voisine, … S'étant approchée, elle a été griffée. Elle ajoute … »: a sentence
            # whose subject is the same pronoun goes on about the same one; look one sentence further.
            if earlier is None or ref.start >= earlier.start_char or not _has_subject_pronoun(registry, earlier, pronoun):
                break
            earlier = sentence_of(doc[earlier.start - 1]) if earlier.start > 0 else None
        if earlier is None or ref.start < earlier.start_char:
            return None  # (only the sentence before, or the ones before it that the pronoun continues)
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return None
    gender = registry.lex.pronoun_genders.get(pronoun.lower_.lstrip("-"))
    # « L'association X accuse … Selon elle, … Elle appelle … »: the source was already this pronoun,
    # which its own rule tied to the description; the chain goes on.
    if len(span) == 1 and span[0].lower_.lstrip("-") == pronoun.lower_.lstrip("-"):
        return SpeakerRef(ref.entities, pronoun.idx, pronoun.idx + len(pronoun.text), named=False)
    noun = next((t for t in span if t.pos_ == "NOUN"), None)
    if noun is None or gender not in registry._noun_phrase_genders(noun) or "Plur" in morph_get(noun, "Number", []):
        return None
    if overriding and (noun.lemma_.lower() in registry.lex.titles or noun.lower_ in registry.lex.titles) and not any(t.lower_ in _FRENCH_INDEFINITE_ARTICLES for t in doc[max(0, span.start - 1) : noun.i]) and not any(
        t.pos_ in ("ADJ", "NOUN", "PROPN") for t in span if t.i != noun.i
    ):
        return None
    # (A person named in between whom the pronoun cannot stand for, by the gender the article
    # tells, leaves the source to it: « L'association accuse Marc Roy de … Elle ajoute … ».)
    names = {named.start: name for name, named in registry._persons_named_from(ref.end, pronoun.i)}
    if any(e.label_ in _PERSON_LABELS and not registry._quote_mask[e.start] and registry._agrees(names.get(e.start, ""), gender) for e in registry.ents_in(span.end, pronoun.i)):
        return None
    return SpeakerRef(ref.entities, pronoun.idx, pronoun.idx + len(pronoun.text), named=False)


def _plural_finite_verb(cue: Token | None) -> bool:
    """Whether a cue's finite verb (the cue, or its auxiliary in a compound tense) is plural."""
    if cue is None:
        return False
    finite = cue if "Fin" in morph_get(cue, "VerbForm", []) else next((c for c in cue.children if c.dep_.startswith("aux") and "Fin" in morph_get(c, "VerbForm", [])), None)
    return finite is not None and "Plur" in morph_get(finite, "Number", [])


def _has_subject_pronoun(registry: SpeakerRegistry, sentence: Span, pronoun: Token) -> bool:
    """Whether a sentence has, outside quotations, the same il/elle/ils/elles as ``pronoun`` for a subject."""
    word = pronoun.lower_.lstrip("-")
    return any(t.lower_.lstrip("-") == word and t.dep_ in _SUBJECT_DEPS and not registry._quote_mask[t.i] for t in sentence)


#: Small words between a verb and the infinitive it governs (« tenu à rappeler », « s'est bornée à
#: confirmer », « refuse de commenter »).
_INFINITIVE_GOVERNOR_LINKS = frozenset({"à", "de", "d'", "d’", "se", "s'", "s’"})


def french_apposed_subject(registry: SpeakerRegistry, cue: Token) -> SpeakerRef | None:
    """« NAME, apposition, VERB »: the parse hangs the name on a word before it (« Vers midi,
    Jean Roy, … »), so the verb has no subject; the person named before the apposition is it."""
    doc = registry.doc
    if cue.pos_ not in ("VERB", "AUX") or "Part" in morph_get(cue, "VerbForm", []) and not any(c.dep_.startswith("aux") for c in cue.children):
        return None
    sentence_start = sentence_of(cue).start
    i = _french_comma_before_verb(registry, cue)
    if i is None:
        return None
    j = i - 1
    while j > sentence_start and doc[j].text != "," and i - j <= 15:
        finite = doc[j].pos_ in ("VERB", "AUX") and "Part" not in morph_get(doc[j], "VerbForm", [])  # « professeur associé » describes
        if registry._quote_mask[j] or finite or doc[j].text in ("«", "»", '"', ";", ":"):
            return None
        j -= 1
    if doc[j].text != ",":
        return None
    person = next((e for e in registry.ents_in(max(sentence_start, j - 8), j) if e.end == j and e.label_ in _PERSON_LABELS), None)
    described = any(t.pos_ == "NOUN" for t in doc[j + 1 : i])
    if person is None or not described or (person.start > sentence_start and doc[person.start - 1].pos_ in ("ADP", "DET")):
        # « Une des passagères, Jeanne Roy, raconte que … »: the name is the apposition itself.
        person = next((e for e in registry.ents_in(j + 1, i) if e.start == j + 1 and e.end == i and e.label_ in _PERSON_LABELS), None)
        if person is None or not _describes_before(registry, j):
            return None
    ref = registry.resolve(list(person))
    return ref if ref is not None and ref.named else None


def _french_comma_before_verb(registry: SpeakerRegistry, cue: Token) -> int | None:
    """The comma right before a verb, past its auxiliaries, adverbs and clitics (« …, a
    finalement précisé », « …, s'est dit »), which closes whatever sets the subject off from the
    verb; None when the verb does not follow a comma of its sentence outside quotations."""
    doc = registry.doc
    sentence_start = sentence_of(cue).start
    # An infinitive cue (« a fait savoir que », « a tenu à rappeler que ») takes the subject of
    # the verbs that govern it: they are passed over like auxiliaries.
    infinitive = "Inf" in morph_get(cue, "VerbForm", [])
    i = cue.i - 1
    while i > sentence_start and (
        doc[i].dep_.startswith("aux") or doc[i].pos_ == "ADV" or doc[i].lower_ in _INCISE_WORDS or doc[i].is_space
        or infinitive and (doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in _INFINITIVE_GOVERNOR_LINKS)
    ):
        i -= 1
    if i <= sentence_start or doc[i].text != "," or registry._quote_mask[i]:
        return None
    return i


#: Words that open a relative clause (« qui », « dont », « que », « où », « lequel » …).
_FRENCH_RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})


def french_subject_before_relative(registry: SpeakerRegistry, cue: Token) -> tuple[SpeakerRef, int] | None:
    """« Le chercheur, qui dirigeait une équipe de quinze personnes, conteste toute fraude », « Dans
    un communiqué, l'entreprise, dont le siège est à Dijon, assure que … »: a relative clause set
    off by commas between a subject and its verb leads the parse to hang the verb inside the clause
    (or the subject on the clause's verb), so the verb has no subject of its own or takes a noun of
    the clause (or a phrase running on into the clause); the noun phrase the clause follows, alone
    between the sentence start (or a comma) and the clause, is the subject. An apposed name before the clause is that phrase (« Un ancien
    actionnaire, Marc Roy, qui …, estime »). Returns the speaker and the index of the comma that
    opens the clause (a speaker found inside the clause yields to it)."""
    doc = registry.doc
    if cue.pos_ not in ("VERB", "AUX") or registry._quote_mask[cue.i]:
        return None
    comma = _french_comma_before_verb(registry, cue)
    if comma is None:
        return None
    sentence_start = sentence_of(cue).start
    opening = next(
        (k - 1 for k in range(comma - 2, max(sentence_start + 1, comma - 30), -1)
         if doc[k].lower_ in _FRENCH_RELATIVE_WORDS and doc[k - 1].text == "," and not registry._quote_mask[k]),
        None,
    )
    if opening is None:
        return None
    # The clause runs up to the verb's comma: its last stretch between commas has a finite verb
    # (« Dans sa plainte, dont …, Léa Roy, 34 ans, accuse » ends on an apposition, not the clause).
    last_comma = max((t.i for t in doc[opening + 1 : comma] if t.text == "," and not registry._quote_mask[t.i]), default=opening)
    if not any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) for t in doc[last_comma + 1 : comma]):
        return None
    lo = opening - 1
    while lo > sentence_start and doc[lo - 1].text != "," and not doc[lo - 1].is_space:
        lo -= 1
    phrase = [t for t in doc[lo:opening] if not t.is_space]
    if not phrase or any(
        registry._quote_mask[t.i] or t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) or t.text in ("«", "»", '"', ";", ":", "(", ")") for t in phrase
    ):
        return None
    if phrase[0].pos_ == "ADP" or phrase[0].pos_ not in ("DET", "PROPN", "NUM", "PRON") and not phrase[0].text[:1].isupper():
        return None  # (a noun phrase opens with its determiner or is a name; « Dans sa plainte » is an adjunct)
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    head = next((t for t in nouns if not lo <= t.head.i < opening), nouns[0] if nouns else None)
    if head is None:
        return None
    # A singular verb has no plural subject (« des habitants, qui …, affirme » is another clause).
    verb_number = morph_get(cue, "Number", []) or next((morph_get(t, "Number", []) for t in doc[comma + 1 : cue.i] if t.pos_ == "AUX"), [])
    if "Sing" in verb_number and "Plur" in morph_get(head, "Number", []) and not any(t.lower_ in ("et", "ou") for t in phrase):
        return None
    ref = registry.resolve(phrase, head=head)
    return (ref, opening) if ref is not None and ref.entities else None


def _french_subject_before_asides(registry: SpeakerRegistry, cue: Token) -> SpeakerRef | None:
    """« Les riverains, eux, dénoncent … », « Un ancien salarié, parti en 2024, affirme que … », « Le
    rapport, commandé par la mairie et consulté par la presse, relève que … », « L'exploitant, un
    groupement d'agriculteurs, évoque … »: asides set off by commas between a subject and its verb
    (a stressed pronoun, a participle phrase, an apposed noun phrase, a relative clause, an
    adjunct) lead the parse to lose the subject. The noun phrase that opens the sentence (after
    fronted adjuncts), followed by nothing but such asides up to the comma before the verb, is
    the subject; a name apposed right before the verb (« Le porte-parole du collectif, Marc Roy,
    accuse … ») is the speaker the phrase describes."""
    doc, quoted = registry.doc, registry._quote_mask
    if cue.pos_ not in ("VERB", "AUX") or quoted[cue.i]:
        return None
    comma = _french_comma_before_verb(registry, cue)
    if comma is None:
        return None
    lo = punctuation_sentence(doc, cue.i, quoted)[0]
    segments: list[list[Token]] = [[]]
    for t in doc[lo:comma]:
        if quoted[t.i] or t.text in ("«", "»", '"', ";", ":", "(", ")"):
            return None
        if t.text == ",":
            segments.append([])
        elif not t.is_space:
            segments[-1].append(t)
    if len(segments) < 2 or not all(segments):
        return None
    k = 0
    while k < len(segments) and _fronted_adjunct_segment(registry, segments[k]):
        k += 1
    if k >= len(segments) - 1 or not _subject_segment(segments[k]):
        return None
    asides = segments[k + 1 :]
    name: list[Token] | None = asides[-1]
    if all(t.pos_ == "PROPN" for t in asides[-1]) and any(t.pos_ == "NOUN" for t in segments[k]):
        asides = asides[:-1]
    else:
        name = None
    if not all(_aside_segment(registry, segment) for segment in asides):
        return None
    phrase = name or segments[k]
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    head = next((t for t in nouns if not phrase[0].i <= t.head.i <= phrase[-1].i), nouns[0])
    verb_number = _finite_number(cue)
    head_number = morph_get(head, "Number", [])
    coordinated = any(t.lower_ in ("et", "ou") for t in phrase)
    if head.pos_ == "NOUN" and not coordinated and ("Sing" in verb_number and "Plur" in head_number or "Plur" in verb_number and "Sing" in head_number):
        return None  # (a verb that does not agree with the phrase has another subject)
    ref = registry.resolve(phrase, head=head)
    return ref if ref is not None and ref.entities else None


def _finite_verb_outside_relative(words: Sequence[Token]) -> bool:
    """Whether a stretch of words has a finite verb before any relative word (« dont le fils a été
    transféré » describes a noun; « les plannings sont intenables » is a clause of its own)."""
    for t in words:
        if t.lower_ in _FRENCH_RELATIVE_WORDS:
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []):
            return True
    return False


def _fronted_adjunct_segment(registry: SpeakerRegistry, words: Sequence[Token]) -> bool:
    """A phrase that opens a sentence before its subject (« Dans un communiqué », « Jeudi ») and
    names no source: a preposition or an adverb first, no finite verb."""
    first = words[0]
    if first.lower_ in registry.lex.topic_source_prepositions or any(tuple(t.lower_ for t in words[: len(form)]) == form for form in registry.lex.according_to):
        return False
    return (first.pos_ in ("ADP", "ADV") or registry._is_time(first)) and not _finite_verb_outside_relative(words)


def _subject_segment(words: Sequence[Token]) -> bool:
    """A noun phrase that may be a subject: a determiner, a number or a name first, a noun or a
    name in it, no finite verb but in a relative clause."""
    return words[0].pos_ in ("DET", "PROPN", "NUM") and any(t.pos_ in ("NOUN", "PROPN") for t in words) and not _finite_verb_outside_relative(words)


def _aside_segment(registry: SpeakerRegistry, words: Sequence[Token]) -> bool:
    """A phrase set off by commas between a subject and its verb: a stressed pronoun (« eux »),
    a past participle phrase (« parti en 2024 », « interrogé par la presse »), a relative clause,
    an apposed noun phrase (« un retraité de la commune », « 31 ans ») or an adjunct (« selon
    la presse », « de son côté »), with no finite verb of its own outside a relative clause."""
    first = words[0]
    if first.lower_ in registry.lex.stressed_pronouns:
        return len(words) <= 2
    if first.lower_ in _FRENCH_RELATIVE_WORDS:
        return True
    if _finite_verb_outside_relative(words):
        return False
    participle = first.pos_ in ("VERB", "AUX") and "Part" in morph_get(first, "VerbForm", []) and "Past" in morph_get(first, "Tense", [])
    return participle or first.pos_ in ("DET", "NUM", "ADP", "ADV")


def _describes_before(registry: SpeakerRegistry, comma: int) -> bool:
    """Whether the words from the sentence start (or the comma before) to ``comma`` are a noun
    phrase without a verb of its own: a description of the name apposed after it."""
    doc = registry.doc
    lo = sentence_of(doc[comma]).start
    k = comma - 1
    while k > lo and doc[k].text != ",":
        k -= 1
    words = [t for t in doc[k + (doc[k].text == ",") : comma] if not t.is_space]
    return bool(words) and words[0].pos_ in ("DET", "PRON", "NUM") and any(t.pos_ == "NOUN" for t in words) and not any(
        # (« ayant filmé la scène » describes; a finite verb makes a clause of its own)
        registry._quote_mask[t.i] or t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) for t in words
    )


def _french_relative_opening(registry: SpeakerRegistry, opening: int, before: Sequence[FrenchStatement]) -> SpeakerRef | None:
    """« …, a précisé le Conseil, qui « annule la décision » »: a quotation opened right after a
    subject relative pronoun is said by the pronoun's antecedent, or by the speaker an incise
    names right before the pronoun."""
    doc = registry.doc
    mark = token_at(doc, opening)
    if mark is None or mark.i == 0:
        return None
    pronoun = doc[mark.i - 1]
    if pronoun.lower_ != "qui" or registry._quote_mask[pronoun.i]:
        return None
    ref = registry.resolve([pronoun], head=pronoun)
    if ref is not None and any(e.kind in ("person", "organization", "government") for e in ref.entities):
        return ref
    named = [s.speaker for s in before if s.speaker is not None and s.speaker.entities and registry.text[s.speaker.end : pronoun.idx].strip() in ("", ",")]
    return named[-1] if named else None


def _french_relative_on_speaker_phrase(registry: SpeakerRegistry, cue: Token, before: Sequence[FrenchStatement]) -> SpeakerRef | None:
    """« « … », insiste la retraitée, qui accuse la mairie de … »: a subject « qui » right after the
    comma that closes the speaker phrase of the statement before it stands for that speaker,
    wherever the parse hung its clause (on the incise's verb when it read the noun as an
    adjective)."""
    doc = registry.doc
    relative = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.lower_ == "qui" and c.i < cue.i), None)
    if relative is None or relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    phrase_end = doc[relative.i - 2].idx + len(doc[relative.i - 2].text)
    speaker = before[-1].speaker if before else None
    if speaker is None or not speaker.entities or not speaker.start < phrase_end <= speaker.end + 1:
        return None
    return speaker


def _adjunct_infinitive(registry: SpeakerRegistry, cue: Token) -> bool:
    """An infinitive (or « avoir » + past participle) that a preposition of circumstance opens,
    « avant de préciser », « après avoir affirmé », « sans nier »: an adjunct of the clause it
    hangs on, whose subject it has no other than."""
    doc = cue.doc
    k = cue.i - 1
    if "Part" in morph_get(cue, "VerbForm", []) and k >= 0 and doc[k].lemma_.lower() == "avoir" and "Inf" in morph_get(doc[k], "VerbForm", []):
        k -= 1
    elif "Inf" not in morph_get(cue, "VerbForm", []):
        return False
    while k >= 0 and cue.i - k <= 4 and (doc[k].lower_ in _FRONTED_ADJUNCT_WORDS or doc[k].lower_.translate(_APOSTROPHES) in ("de", "d'")):
        k -= 1
    return k >= 0 and doc[k].lower_ in registry.lex.adverbial_infinitive_markers


def _french_participle_subject(registry: SpeakerRegistry, cue: Token, before: Sequence[FrenchStatement]) -> SpeakerRef | None:
    """« Il a refusé, ajoutant que … », « …, tout en disant … », « …, affirme-t-il, avant
    d'ajouter que … »: a present participle, a gerund or an infinitive in an adjunct (lexicon
    adverbial_infinitive_markers) shares the subject of the verb it hangs on, else the speaker
    of the statement before it in its sentence."""
    gerund = cue.i > 0 and cue.doc[cue.i - 1].lower_ == "en"
    if not gerund and not ("Part" in morph_get(cue, "VerbForm", []) and "Pres" in morph_get(cue, "Tense", [])) and not _adjunct_infinitive(registry, cue):
        return None
    head = cue.head
    for _ in range(3):
        if head.i == cue.i or head.pos_ not in ("VERB", "AUX") or registry._quote_mask[head.i]:
            break  # (a verb inside quoted words is a misparse of the participle's attachment)
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS and not registry._quote_mask[c.i]), None)
        if subject is not None:
            tokens = [subject] if subject.pos_ == "PRON" else registry._np(subject, sentence_of(cue).start, sentence_of(cue).end)
            ref = registry.resolve(tokens, head=subject)
            if ref is not None and ref.entities:
                return ref
            break
        if head.head.i == head.i:
            break
        head = head.head
    sentence = sentence_of(cue)
    earlier = [s for s in before if s.speaker is not None and s.speaker.entities and s.cue is not None and sentence.start_char <= s.cue[0] < cue.idx]
    return earlier[-1].speaker if earlier else None


#: What may stand before the verb of an adjunct that opens its sentence (« Après avoir annoncé … »,
#: « Tout en rappelant … », « Ne pouvant confirmer … »): prepositions, adverbs, the negation, object
#: and reflexive clitics, the infinitive auxiliary.
_FRONTED_ADJUNCT_POS = frozenset({"ADP", "ADV", "AUX", "PART", "SCONJ"})
_FRONTED_ADJUNCT_WORDS = frozenset({"ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "y", "en", "l'", "l’", "le", "la", "les"})


def _french_fronted_adjunct_subject(registry: SpeakerRegistry, cue: Token) -> SpeakerRef | None:
    """« Après avoir annoncé A, l'opérateur X a affirmé que B », « Rappelant que A, la ministre
    juge B », « En précisant que A, le parquet … »: the verb of an adjunct that opens its sentence
    (a present participle, a gerund, or a past participle under an infinitive « avoir ») has no
    subject of its own; it is the subject of the main clause after the comma that closes the
    adjunct. The parse often makes the adjunct the root and hangs the main verb somewhere inside
    it. Not a passive participle (« Interrogé par X, Y … », « Après avoir été accusé par X »):
    its agent, not the main subject, is the one who spoke."""
    doc, quoted = registry.doc, registry._quote_mask
    if cue.pos_ != "VERB" or quoted[cue.i]:
        return None
    form, tense = morph_get(cue, "VerbForm", []), morph_get(cue, "Tense", [])
    lo, hi = punctuation_sentence(doc, cue.i, quoted)
    gerund = cue.i > lo and doc[cue.i - 1].lower_ == "en"
    auxiliaries = [c for c in cue.children if c.dep_.startswith("aux")]
    infinitive_perfect = (
        "Part" in form and "Past" in tense and bool(auxiliaries)
        and all(a.dep_ == "aux:tense" and "Inf" in morph_get(a, "VerbForm", []) and a.lemma_.lower() == "avoir" for a in auxiliaries)
    )
    if not (gerund or infinitive_perfect or "Part" in form and "Pres" in tense):
        return None
    # Only small words between the sentence start and the verb: the adjunct opens the sentence.
    if any(not t.is_space and t.pos_ not in _FRONTED_ADJUNCT_POS and t.lower_ not in _FRONTED_ADJUNCT_WORDS for t in doc[lo : cue.i]):
        return None
    comma = next((t.i for t in doc[cue.i + 1 : hi] if t.text == "," and not quoted[t.i]), None)
    if comma is None:
        return None
    for token in doc[comma + 1 : min(hi, comma + 25)]:
        # The subject comes before the main verb; a verb, a « que » or a quotation first means
        # the parse found none (a subject further on is that of a content clause).
        if quoted[token.i] or token.text in (";", ":") or token.pos_ == "SCONJ":
            return None
        if token.pos_ in ("VERB", "AUX"):
            return _noun_phrase_before_verb(registry, doc[comma + 1 : token.i], token)
        if token.dep_ not in _SUBJECT_DEPS or token.head.i <= token.i or token.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = token.head
        finite = "Fin" in morph_get(verb, "VerbForm", []) or any(
            c.dep_.startswith("aux") and "Fin" in morph_get(c, "VerbForm", []) for c in verb.children
        )
        if not finite:
            return None
        tokens = [token] if token.pos_ == "PRON" else registry._np(token, comma + 1, hi)
        ref = registry.resolve(tokens, head=token)
        return ref if ref is not None and ref.entities else None
    return None


@functools.lru_cache(maxsize=4)
def _source_before_pattern(forms: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """A source phrase (lexicon ``according_to``) and the words after it up to the end."""
    words = sorted((" ".join(form) for form in forms), key=len, reverse=True)
    # (One pass over both apostrophes: replacing one then the other would rewrite the class the
    # first replacement wrote, and « d'après » would match nothing.)
    alternatives = "|".join(re.sub("['’]", "['’]", re.escape(w)).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?:^|(?<=[\s,(]))(?:{alternatives})\s+(?P<source>[^\s,;:.!?«»“”\"()][^,;:.!?«»“”\"()\n]{{1,90}}?)[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*$",
        re.IGNORECASE,
    )


def _french_same_sources(registry: SpeakerRegistry, ordered: Sequence[FrenchStatement]) -> None:
    """« …, selon la même source », « a-t-on précisé de même source »: wire copy names a source
    once and then refers back to it. The speaker is the last earlier source named with that noun
    (« une source proche de l'enquête »), else the source of the statement before (the last one
    with a speaker of its own: « a indiqué le parquet. … selon la même source »)."""
    previous: SpeakerRef | None = None
    sources: dict[str, SpeakerRef] = {}  # a source noun -> the last speaker named with it
    for statement in ordered:
        ref = statement.speaker
        if ref is None or not ref.entities:
            continue
        noun = _same_source_noun(registry, ref)
        if noun is not None:
            earlier = sources.get(noun) or previous
            if earlier is not None:
                statement.speaker = earlier
                statement.rule += "+fr-same-source"
            continue
        previous = ref
        for word in {w.lower() for e in ref.entities for w in e.name.split()} & registry.lex.unnamed_nouns:
            sources[word] = ref


def _same_source_noun(registry: SpeakerRegistry, ref: SpeakerRef) -> str | None:
    """The source noun of a speaker phrase that reads « (la) même source »: « même » before an
    unnamed source noun; else None."""
    if len(ref.entities) != 1 or ref.named:
        return None
    span = registry.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    words = [t.lower_ for t in span] if span is not None else []
    return next((b for a, b in itertools.pairwise(words) if a == "même" and b in registry.lex.unnamed_nouns), None)


def _french_sources_right_before(registry: SpeakerRegistry, statements: Sequence[FrenchStatement]) -> None:
    """Give each quotation without a cue that a source phrase opens (``_french_source_right_before``)
    that source."""
    for statement in statements:
        # (A cue found by climbing the parse from the quotation, « d'après un guide, « … »,
        # d'autres guides déclarent que … », is a guess the source phrase right before beats.)
        guessed_cue = statement.rule.endswith("+governing-cue")
        if statement.kind != "direct" or statement.cue is not None and not guessed_cue or not statement.quotes:
            continue
        source = _french_source_right_before(registry, statement.quotes[0].outer_start)
        if source is not None:
            statement.speaker = source
            statement.rule += "+fr-source-before"


def _french_source_right_before(registry: SpeakerRegistry, opening: int) -> SpeakerRef | None:
    """« Selon un haut responsable de la police « … » », « D'après les pompiers, « … » »: a quotation
    that a source phrase opens with nothing but its noun phrase (and a comma) between (no verb) is
    that source's, whatever speaker the quotation before would pass on."""
    doc = registry.doc
    mark = token_at(doc, opening)
    if mark is None or mark.i == 0:
        return None
    lo = punctuation_sentence(doc, mark.i - 1, registry._quote_mask)[0]
    before = registry.text[doc[lo].idx : opening]
    match = _source_before_pattern(registry.lex.according_to).search(before)
    if match is None:
        return _french_topic_source_right_before(registry, lo, before)
    span = _verbless_source(registry, lo, match)
    if span is None:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return None
    ref = registry.resolve(list(span))
    return ref if ref is not None and ref.entities else None


def _verbless_source(registry: SpeakerRegistry, lo: int, match: re.Match[str]) -> Span | None:
    """The tokens of a source phrase's ``source`` group (matched in the text from token ``lo``),
    or None when the words include a finite verb or quoted words: a clause, not a source."""
    doc = registry.doc
    start = doc[lo].idx + match.start("source")
    span = doc.char_span(start, start + len(match.group("source").rstrip()), alignment_mode="expand")
    if span is None or any(registry._quote_mask[t.i] or t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) for t in span):
        return None
    return span


@functools.lru_cache(maxsize=4)
def _topic_before_pattern(prepositions: frozenset[str]) -> re.Pattern[str]:
    """A sentence opened by a view preposition (lexicon ``topic_source_prepositions``), its
    source and the comma that sets it off, up to the end."""
    alternatives = "|".join(re.escape(p) for p in sorted(prepositions, key=len, reverse=True))
    return re.compile(
        rf"^[\s\u00a0\u202f]*(?:{alternatives})\s+(?P<source>[^\s,;:.!?«»“”\"()][^,;:.!?«»“”\"()\n]{{0,90}}?)[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$",
        re.IGNORECASE,
    )


def _french_topic_source_right_before(registry: SpeakerRegistry, lo: int, before: str) -> SpeakerRef | None:
    """« Pour le syndicat, « … » », « Pour lui, « … » »: a sentence that a view preposition and
    its source open, then a comma and straight away a quotation, gives that source's view. The
    comma is required and the source must be someone (a stressed pronoun, or a noun phrase that
    resolves to a speaker): « Pour la première fois, « … » » names no one."""
    lex = registry.lex
    if not lex.topic_source_prepositions:
        return None
    match = _topic_before_pattern(lex.topic_source_prepositions).search(before)
    return None if match is None else _opening_source(registry, lo, match, named_is_enough=False)


def _opening_source(registry: SpeakerRegistry, lo: int, match: re.Match[str], *, named_is_enough: bool) -> SpeakerRef | None:
    """The speaker a sentence-opening source phrase (``match`` in the text from token ``lo``)
    names, when it is someone: a stressed pronoun or a noun phrase ``_names_someone`` accepts;
    with ``named_is_enough``, also a phrase that resolves to a person, organisation or
    government (« Pour la géologue de l'équipe, Claire Roy, »: the apposed name says it is someone)."""
    lex = registry.lex
    span = _verbless_source(registry, lo, match)
    if span is None:
        return None
    pronoun = len(span) == 1 and span[0].lower_ in lex.stressed_pronouns
    listed = pronoun or _names_someone(lex, list(span))
    if not listed and not named_is_enough:
        return None
    ref = registry.resolve(list(span), head=span[0] if pronoun else None)
    if ref is None or not ref.entities:
        return None
    return ref if listed or ref.named or any(e.kind in ("person", "organization", "government") for e in ref.entities) else None


@functools.lru_cache(maxsize=4)
def _view_holder_opening_pattern(prepositions: frozenset[str], according_to: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """A sentence opened by a view preposition or a source phrase (« Pour X, », « Selon X, »),
    the source (with its apposition: « Pour le coauteur de l'étude, Paul Roy, ») and its comma, up to the end."""
    words = sorted({*prepositions, *(" ".join(form) for form in according_to)}, key=len, reverse=True)
    alternatives = "|".join(re.sub("['’]", "['’]", re.escape(w)).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"^[\s\u00a0\u202f]*(?:{alternatives})\s+(?P<source>[^\s,;:.!?«»“”\"()][^;:.!?«»“”\"()\n]{{0,120}}?)[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$",
        re.IGNORECASE,
    )


def french_view_holder_of_thing_subject(registry: SpeakerRegistry, subject: Token, phrase: list[Token], ref: SpeakerRef | None) -> SpeakerRef | None:
    """« Pour la géologue, Claire Roy, cette découverte confirme que … », « Selon les
    chercheurs, la forme des dents indique que … »: a reporting verb whose subject is a thing
    (no one, no document) gives the view of the source that opens the sentence; that source is
    the speaker. None when the subject is someone or no such source opens the sentence."""
    lex = registry.lex
    if lex.language != "fr" or not phrase or subject.pos_ != "NOUN" or registry._is_document(subject) or _names_someone(lex, phrase):
        return None
    if ref is not None and (ref.named or any(e.kind in ("person", "organization", "government") for e in ref.entities)):
        return None
    doc = registry.doc
    lo = punctuation_sentence(doc, subject.i, registry._quote_mask)[0]
    first = next((t for t in phrase if not t.is_punct), subject)  # (the parse may put the comma before it in the phrase)
    if first.i <= lo:
        return None
    before = registry.text[doc[lo].idx : first.idx]
    match = _view_holder_opening_pattern(lex.topic_source_prepositions, lex.according_to).search(before)
    return None if match is None else _opening_source(registry, lo, match, named_is_enough=True)


def _names_someone(lex: Lexicon, phrase: list[Token]) -> bool:
    """Whether a phrase's first noun or name is someone who can hold a view: a person's or an
    organisation's name, a listed title, group, organisation or unnamed-source noun (« le
    syndicat », « les habitants »), not a time or a reason (« l'instant », « cette raison »)."""
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return False
    if head.ent_type_ in _PERSON_LABELS or head.ent_type_ == "ORG" or head.pos_ == "PROPN":
        return True
    words = {head.lower_, head.lemma_.lower()}
    words |= {w.rsplit("-", 1)[-1] for w in words if "-" in w}
    nouns = union(lex.titles, lex.group_nouns, lex.unnamed_nouns, lex.organization_words, lex.government_words)
    return bool(words & nouns) or bool(lex.agent_noun_endings) and head.lower_.endswith(lex.agent_noun_endings)


#: Prepositions of where words are read (« sur la page de X », « dans le communiqué de X »).
_MEDIUM_PREPOSITIONS = frozenset({"sur", "dans"})


def _french_medium_owner(registry: SpeakerRegistry, opening: int, closing: int) -> SpeakerRef | None:
    """« Sur la page officielle du club, on pouvait lire : « … » », « « … », peut-on lire dans le
    communiqué de la mairie »: a quotation that an impersonal « on » + a reading verb (lexicon
    ``impersonal_reading_verbs``) introduces in its sentence, before it or in the incise right
    after it, is the words of the medium named there (« sur » / « dans » + a noun), and so of
    whoever the medium's « de » complement names (its owner, also when the parse hangs it on a
    name or an adjective of the medium's phrase: « la page Twitter officielle de X »). With « y »
    for the medium (« « … » peut-on y lire »), the medium is the last document named in the
    sentence before, and its author the one that document's phrase or sentence names. No owner
    named, no speaker."""
    lex = registry.lex
    doc = registry.doc
    mask = registry._quote_mask
    first, last = token_at(doc, opening), token_at(doc, closing - 1)
    if not lex.impersonal_reading_verbs or first is None or last is None:
        return None
    words: list[Token] = []
    if first.i > 0:
        # (the quotation's own sentence; the one before it when a colon opens it on a new line)
        before = next((t for t in reversed(doc[: first.i]) if not t.is_space), None)
        lo = punctuation_sentence(doc, first.i - 1 if before is not None and before.text == ":" else first.i, mask)[0]
        words.extend(t for t in doc[lo : first.i] if not mask[t.i])
    after = punctuation_sentence(doc, last.i + 1, mask) if last.i + 1 < len(doc) else None
    if after is not None and after[0] <= last.i:
        # The incise after the quotation, in the same sentence, up to the next quotation.
        words.extend(itertools.takewhile(lambda t: not mask[t.i], doc[last.i + 1 : after[1]]))
    reading = next((t for t in words if t.lemma_.lower() in lex.impersonal_reading_verbs and any(
        c.lower_.lstrip("-") in lex.indefinite_subjects and (c.dep_ in _SUBJECT_DEPS or c.text[:1] == "-")
        for c in itertools.chain(t.children, t.head.children if t.head != t else ())
    )), None)
    if reading is None:
        return None
    for medium in words:
        if medium.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ in _MEDIUM_PREPOSITIONS for c in medium.children):
            continue
        owner = _medium_owner_phrase(medium, mask)
        if owner is None:
            continue
        ref = registry.resolve([t for t in owner.subtree if t.dep_ != "case" or t.i > owner.i], head=owner)
        if ref is not None and ref.entities:
            return ref
    if any(c.lower_ == "y" and c.pos_ == "PRON" for c in reading.children):
        return _french_document_before(registry, min(t.i for t in words))
    return None


def _medium_owner_phrase(medium: Token, mask: Sequence[bool]) -> Token | None:
    """The « de » complement of a medium noun that names its owner: on the noun itself, or on a
    name or an adjective of the noun's phrase (« la page Twitter officielle de X »: the parse
    hangs « X » on « Twitter »)."""
    bearers = [medium, *(c for c in medium.children if c.i > medium.i and c.dep_ in ("nmod", "flat:name", "amod", "appos") and c.pos_ in ("PROPN", "ADJ"))]
    for bearer in bearers:
        owner = next((c for c in bearer.children if c.dep_ == "nmod" and c.i > bearer.i and any(g.dep_ == "case" and g.lower_ in _OF_WORDS for g in c.children)), None)
        if owner is not None and not mask[owner.i]:
            return owner
    return None


def _french_document_before(registry: SpeakerRegistry, i: int) -> SpeakerRef | None:
    """What « y » takes up before a reading verb (« « … » peut-on y lire »): the last document
    noun (lexicon ``document_nouns``) of the sentence before token ``i``, whose author its phrase
    or its sentence names (« dans un communiqué de l'aéroport », « l'aéroport a publié un
    communiqué »)."""
    doc, mask = registry.doc, registry._quote_mask
    lo = punctuation_sentence(doc, i, mask)[0]
    if lo == 0:
        return None
    previous = punctuation_sentence(doc, lo - 1, mask)[0]
    document = next((t for t in reversed(doc[previous:lo]) if not mask[t.i] and registry._is_document(t)), None)
    return registry._document_source(document, True) if document is not None else None


def _french_impersonal_body(registry: SpeakerRegistry, cue: Token) -> SpeakerRef | None:
    """« Au ministère de l'Agriculture, on assure que … », « Du côté du syndicat des joueurs, on
    appelle à … », « Même son de cloche à la CFDT, où l'on estime que … »: a report whose subject
    is the impersonal « on » gives the words of the body the sentence puts the « on » in, by a
    preposition (lexicon ``impersonal_body_prepositions``) and its noun phrase that open the
    sentence before a comma, or that hold the antecedent of the « où » opening the report's
    clause. Only a body that speaks: an organisation, an institution or a group, not a place
    (« À Lyon, on dit que … ») nor a time or an occasion (« À l'audience, on … »). ``cue`` is the
    report's verb: its cue, or the verb a quotation without a cue hangs on."""
    lex, doc = registry.lex, registry.doc
    prepositions = lex.impersonal_body_prepositions
    verb = cue if cue.dep_ != "xcomp" else cue.head  # « on se borne à rappeler que … »
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS | {"expl:subj"} and c.lower_ in lex.indefinite_subjects and c.i < verb.i), None)
    if not prepositions or subject is None or registry._quote_mask[subject.i]:
        return None
    lo, _ = punctuation_sentence(doc, subject.i, registry._quote_mask)
    where = next((c for c in verb.children if c.lower_ == "où" and c.i < subject.i), None)
    place = _french_place_before_where(registry, where, lo) if where is not None else None
    if where is not None:
        if place is None:
            return None
        words = [t for t in registry._np(place, lo, verb.i) if t.dep_ != "case" or t.head.i != place.i]
    else:
        match = _topic_before_pattern(prepositions).search(registry.text[doc[lo].idx : subject.idx].rstrip("'’l"))
        span = None if match is None else _verbless_source(registry, lo, match)
        if span is None:
            return None
        words = list(span)
    head = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.ent_type_ in _PLACE_LABELS:
        return None
    ref = registry.resolve(words, head=head if place is not None else None)
    if ref is None or not ref.entities or not all(e.kind in ("organization", "government", "group") for e in ref.entities):
        return None
    return ref


def _french_place_before_where(registry: SpeakerRegistry, where: Token, lo: int) -> Token | None:
    """The noun a relative « où » takes up when a body preposition (lexicon
    ``impersonal_body_prepositions``) introduces it right before the comma that opens the relative
    (« à la CFDT, où … »): the parse may hang the « où » on the relative's verb and that verb
    nowhere near the noun."""
    doc, prepositions = registry.doc, registry.lex.impersonal_body_prepositions
    if where.i - 2 < lo or doc[where.i - 1].text != ",":
        return None
    t = doc[where.i - 2]
    for _ in range(3):
        # (« la CFDT » itself, or the noun a name or a complement at the end of the phrase hangs on)
        if any(c.dep_ == "case" and c.lower_ in prepositions for c in t.children):
            return t if t.pos_ in ("NOUN", "PROPN") else None
        if t.head.i == t.i or t.head.i < lo:
            return None
        t = t.head
    return None


def _noun_phrase_before_verb(registry: SpeakerRegistry, words: Span, verb: Token) -> SpeakerRef | None:
    """The subject the parse missed between a comma and a finite verb: a short noun phrase
    opened by a determiner or a name (« …, l'opérateur Telmax a affirmé »), nothing else."""
    finite = "Fin" in morph_get(verb, "VerbForm", [])
    if not finite or not 1 <= len(words) <= 8 or words[0].pos_ not in ("DET", "PROPN"):
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") for t in words) or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    ref = registry.resolve(list(words))
    return ref if ref is not None and ref.entities else None


def _french_incise_after(registry: SpeakerRegistry, closing: int) -> SpeakerRef | None:
    """« « … », a tenu à rassurer Jean Roy, adjoint au maire. »: after the comma that follows a
    quotation, only verbs and their small words, then a person: that person is the speaker."""
    doc = registry.doc
    mark = token_at(doc, closing - 1)  # the closing quotation mark
    first = next((t for t in doc[mark.i + 1 :] if not t.is_space), None) if mark is not None else None
    if first is None or first.text != "," or first.i + 1 >= len(doc):
        return None
    i = first.i + 1
    saw_verb = False
    while i < len(doc) and (doc[i].pos_ in _INCISE_POS or doc[i].lower_ in _INCISE_WORDS or _unknown_verb(doc[i])) and doc[i].ent_type_ not in _PERSON_LABELS:
        saw_verb = saw_verb or doc[i].pos_ == "VERB" or _unknown_verb(doc[i])
        i += 1
    if not saw_verb or i >= len(doc) or registry._quote_mask[i]:
        return None
    if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in registry.lex.addressee_prepositions:
        # An addressee set off by commas (« a confié, à l'AFP, le directeur … »).
        comma = next((t.i for t in doc[i + 1 : i + 8] if t.text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    # The subject: a name, or a title and a name (« a tweeté le ministre des Sports Jean Roy »,
    # « le directeur de cabinet du maire, Jean Roy »).
    j = i
    while j < len(doc) and j - i < 12 and (doc[j].pos_ in _TITLE_PHRASE_POS or doc[j].text == "," and j > i) and doc[j].ent_type_ not in _PERSON_LABELS:
        j += 1
    person = next((e for e in registry.ents_in(j, j + 8) if e.start == j and e.label_ in _PERSON_LABELS), None)
    if person is None or person.end < len(doc) and not doc[person.end].is_punct:
        return None
    ref = registry.resolve(list(doc[i : person.end]))
    return ref if ref is not None and ref.named else None


#: Words that end the agent of a passive before the quotation (« dénoncé par X comme « … » »).
_AGENT_STOPS = frozenset({"comme", "pour", "en", "dans"})


def _french_passive_agent(registry: SpeakerRegistry, statement: FrenchStatement) -> SpeakerRef | None:
    """« une réforme qualifiée de « recul » par la CGT », « dénoncé par l'association X comme
    « … » », « accusé par l'opposition de « mentir » »: a quotation completing a past participle
    of a speech or labelling verb (lexicon) is said by the agent, the « par » phrase right
    after the quotation or between the participle and the quotation."""
    doc = registry.doc
    opening = token_at(doc, statement.quotes[0].outer_start)
    closing = token_at(doc, statement.quotes[-1].outer_end - 1)
    if opening is None or closing is None:
        return None
    verbs = registry.lex.speech_verbs | registry.lex.label_verbs
    participle = None
    for token in reversed(doc[max(sentence_of(opening).start, opening.i - 10) : opening.i]):
        if registry._quote_mask[token.i] or token.pos_ in ("VERB", "AUX", "PRON") and "Part" not in morph_get(token, "VerbForm", []) or token.is_punct:
            break  # (the quotation completes the participle itself: no clause or comma between them)
        if token.is_lower and verb_lemma(token, verbs) is not None and (token.pos_ == "ADJ" or "Part" in morph_get(token, "VerbForm", [])):
            participle = token
            break
    if participle is None:
        return None
    after = next((t for t in doc[closing.i + 1 : closing.i + 3] if not t.is_space), None)
    par = after if after is not None and after.lower_ == "par" else next((t for t in doc[participle.i + 1 : opening.i] if t.lower_ == "par"), None)
    if any(c.dep_.startswith("expl") for c in participle.children):
        # A pronominal verb is active (« le maire s'est dit « abasourdi » par la décision du
        # conseil »): its subject speaks, its « par » phrase names the cause of the state; with no
        # such phrase, the quotation must be the state said (« s'est dit « bouleversé » et a … »,
        # not « s'est défendu lors de « L'Émission politique » »).
        quoted = doc[opening.i + 1] if opening.i + 1 < len(doc) else None
        if par is None and not (quoted is not None and quoted.head.i == participle.i and quoted.pos_ in ("ADJ", "VERB")):
            return None
        subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
        ref = registry.resolve(list(subject.subtree), head=subject) if subject is not None else None
        return ref if ref is not None and ref.entities else None
    if par is None:
        return None
    agent: list[Token] = []
    for token in doc[par.i + 1 : min(len(doc), par.i + 12)]:
        # « par l'opposition de « mentir » »: « de » before the quotation ends the agent, not
        # « par le chef de l'État ».
        before_quote = token.lower_ in ("de", "d'", "d’") and token.i + 1 < len(doc) and (registry._quote_mask[token.i + 1] or doc[token.i + 1].text in ("«", "“", '"'))
        if token.is_punct or registry._quote_mask[token.i] or token.pos_ in ("VERB", "AUX") or (token.lower_ in _AGENT_STOPS or before_quote) and agent:
            break
        agent.append(token)
    ref = registry.resolve(agent) if agent else None
    return ref if ref is not None and ref.entities else None


def _unknown_verb(token: Token) -> bool:
    """A word the tagger does not know (X) with the shape of a past participle (« a tweeté »), or
    the auxiliary before it."""
    return token.pos_ == "X" and (token.lower_.endswith("é") or token.lower_ in ("a", "ont", "avait", "avaient"))


def _french_next_incise_speaker(registry: SpeakerRegistry, statement: FrenchStatement, following: FrenchStatement) -> SpeakerRef | None:
    """The speaker of the next quotation when an incise right after it attributes it and only
    punctuation, or a clause of the same sentence, separates the two (« « A » . « B », ont
    raconté des témoins », « « A » et le ministre doit « B », a précisé le Conseil »)."""
    if following.kind != "direct" or following.cue is None or not following.quotes or following.speaker is None or not following.speaker.entities:
        return None
    if not following.quotes[-1].outer_end <= following.cue[0] <= following.quotes[-1].outer_end + 30:
        return None
    gap = registry.text[statement.quotes[-1].outer_end : following.quotes[0].outer_start]
    if "\n" in gap or len(gap) > 80:
        return None
    if gap.strip(" .,\u00a0\u202f") and re.search(r"[.!?;:«»\"“”]", gap):
        return None
    return following.speaker


#: What joins a second content clause to the first one of the same reporting verb.
_COORDINATED_CONTENT = re.compile(r"[^.!?;:«“\n]{0,60}?\s(?:et|ou|mais)\s+qu(?:e\s*|['’]\s*)[«“\"]?\s*$", re.IGNORECASE)


#: What separates a quotation from the statement it goes on with: a closing mark and a comma.
_ADJOINED_QUOTATION = re.compile(r"[\s\u00a0\u202f]*[»”\"]?[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:et\s+)?[«“\"]")


def _french_coordinated_content(registry: SpeakerRegistry, previous: FrenchStatement, statement: FrenchStatement) -> SpeakerRef | None:
    """« X a précisé qu'« A » et que « B » », « …, précisant que « A » existe et que « B » »: a
    content clause coordinated with the one before it by « et que » has the same speaker."""
    if previous.speaker is None or not previous.speaker.entities or not statement.quotes or previous.end > statement.start:
        return None
    gap = registry.text[previous.end : statement.quotes[0].outer_start + 1]
    if _COORDINATED_CONTENT.fullmatch(gap):
        return previous.speaker
    # « X demande « A », « B ». »: a quotation set right after the words of a statement, a comma
    # between, goes on with them when it is a clause of its own (a fragment without a finite verb
    # may be a word, a title or a piece of a paraphrase listed, not said).
    if not _ADJOINED_QUOTATION.fullmatch(gap):
        return None
    span = registry.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    clause = span is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) for t in span)
    return previous.speaker if clause else None
