"""Speakers: who a reporting verb's subject (or an ``according to`` phrase) names.

Rules, all driven by the language data in lang/<code>.json:

- a person named in the phrase is the speaker; the title next to the name ("le ministre des
  Affaires étrangères, Marc Garneau", "Foreign Minister Marc Garneau", "Marc Garneau, the
  minister") is their role;
- several people in one subject (a joint statement) are all speakers;
- light coreference: a pronoun (il/elle, he/she) → the last person named outside quotation
  marks; a surname alone → the full name it abbreviates; a bare title ("le ministre", "the
  senator") → the last person with that title;
- capitals and nationality adjectives with a state word stand for a country's government
  (Pékin, le gouvernement chinois, les autorités chinoises → Chine), other institutions are
  organisations or governments by their head noun;
- anonymous sources ("selon les experts", "a source said") are kept, typed unnamed or group.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractor.engines.offline.lexicon import Lexicon

_PERSON_LABELS = frozenset({"PER", "PERSON"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ORG_LABELS = frozenset({"ORG", "NORP", "MISC", "FAC"})
_STOP_DEPS = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp", "csubj", "mark"})
_APOSTROPHES = str.maketrans({"’": "'"})
_WORD_HYPHENS = frozenset({"-", "‐", "‑"})
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "flat", "flat:name", "poss", "nmod:poss"})
_GENITIVES = frozenset({"de", "d'", "d’", "du", "des", "of"})
_RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: How far back "the company" looks for the organisation it refers to (a few paragraphs).
_ORGANIZATION_REACH = 1500


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


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_APOSTROPHES)).strip().lower()


class SpeakerRegistry:
    """Resolves speaker phrases of one parsed document to merged entities."""

    def __init__(self, doc: Doc, lexicon: Lexicon, quote_mask: list[bool], tokens: list[Token] | None = None) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.lex = lexicon
        self.entities: dict[str, Entity] = {}
        self._quote_mask = quote_mask
        # Person names outside quotations, in order: (start_char, full name) for coreference.
        self._persons: list[tuple[int, str, Span]] = []
        self._full_by_surname: dict[str, str] = {}
        # Doc.ents builds new Span objects on every access: read them once.
        self._ents: list[Span] = list(doc.ents)
        self._ent_starts = [e.start for e in self._ents]
        for ent in self._ents:
            if ent.label_ in _PERSON_LABELS and not quote_mask[ent.start]:
                name = self._clean_name(ent)
                if not name:
                    continue
                self._persons.append((ent.start_char, name, ent))
                parts = name.split()
                if len(parts) >= 2:
                    self._full_by_surname.setdefault(parts[-1].lower(), name)
        # A surname alone (often not tagged as a person) is a mention of the full name too.
        tagged = {p[0] for p in self._persons}
        for token in tokens if tokens is not None else doc:
            if token.pos_ == "PROPN" and not quote_mask[token.i] and token.idx not in tagged and token.lower_ in self._full_by_surname:
                if token.ent_type_ not in _PERSON_LABELS:
                    self._persons.append((token.idx, self._full_by_surname[token.lower_], doc[token.i : token.i + 1]))
        self._persons.sort(key=lambda p: p[0])
        self._person_starts = [p[0] for p in self._persons]
        # People who are the subject of a clause: the topic a later he/she/il/elle continues.
        self._subjects = [p for p in self._persons if self._is_subject(p[2])]
        self._subject_starts = [p[0] for p in self._subjects]
        # A first name alone ("…,” Jordan said) stands for the one full name that starts with it.
        firsts: dict[str, set[str]] = {}
        for _, name, _ in self._persons:
            parts = name.split()
            if len(parts) >= 2:
                firsts.setdefault(parts[0].lower(), set()).add(name)
        self._full_by_first = {first: next(iter(names)) for first, names in firsts.items() if len(names) == 1 and first not in self._full_by_surname}
        self._last_person_entity: Entity | None = None
        self._genders = self._pronoun_genders()

    def _pronoun_genders(self) -> dict[str, str]:
        """The grammatical gender the article's own pronouns give each person: after a sentence
        naming only that person, the first he/she/his/her (il/elle) outside quotations before
        anyone else is named votes for it ("Ana Ruiz founded the club. She …" → Fem). A person
        whose votes disagree gets none."""
        if not self.lex.pronoun_genders:
            return {}
        doc = self.doc
        votes: dict[str, set[str]] = {}
        for k, (_, name, span) in enumerate(self._persons):
            sentence = span.sent
            if any(p[1] != name and sentence.start <= p[2].start < sentence.end for p in self._persons):
                continue
            stop = self._persons[k + 1][2].start if k + 1 < len(self._persons) else len(doc)
            limit = min(stop, sentence.end + 40)
            for t in doc[span.end : limit]:
                if self._quote_mask[t.i]:
                    continue
                gender = self.lex.pronoun_genders.get(t.lower_)
                if gender is not None and t.pos_ in ("PRON", "DET"):
                    votes.setdefault(name, set()).add(gender)
                    break
        return {name: next(iter(g)) for name, g in votes.items() if len(g) == 1}

    def _agrees(self, name: str, gender: str | None) -> bool:
        """Whether a person may be what a pronoun of this gender stands for (unknown: yes)."""
        return gender is None or self._genders.get(name, gender) == gender

    @staticmethod
    def _is_subject(span: Span) -> bool:
        """Whether a name is a clause's subject, itself or through an apposition or a
        conjunction ("Jeff Fraser" in "the director, Jeff Fraser, says …")."""
        t = span.root
        for _ in range(4):
            if t.dep_ in _SUBJECT_DEPS:
                return True
            if t.dep_ not in ("compound", "flat", "flat:name", "appos", "conj") or t.head.i == t.i:
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
        return (
            token.text in _WORD_HYPHENS
            and 0 < token.i < len(self.doc) - 1
            and not self.doc[token.i - 1].whitespace_
            and not token.whitespace_
            and self.doc[token.i + 1].is_alpha
        )

    def _whole_words(self, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        """Tokens [start, end) widened, inside [lo, hi), to the whole hyphenated words at its
        edges: the parser and the NER often stop at the hyphen ("Martin" for "Martin-Leroux")."""
        hi = len(self.doc) if hi is None else hi
        while start > lo and (self.joins_word(self.doc[start - 1]) or self.joins_word(self.doc[start])):
            start -= 1
        while end < hi and (self.joins_word(self.doc[end - 1]) or self.joins_word(self.doc[end])):
            end += 1
        return start, end

    def _clean_name(self, span: Span) -> str:
        start, end = self._whole_words(span.start, span.end)
        tokens = [t for t in self.doc[start:end] if not t.is_punct or t.text in "-."]
        while tokens and (tokens[0].lower_.translate(_APOSTROPHES) in self.lex.determiners or tokens[0].lower_ in self.lex.titles):
            tokens = tokens[1:]
        while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
            tokens = tokens[:-1]
        if not tokens:
            return ""
        return self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]

    def _strip_det(self, tokens: list[Token]) -> list[Token]:
        while tokens and (tokens[0].lower_.translate(_APOSTROPHES) in self.lex.determiners or tokens[0].is_punct or tokens[0].pos_ == "ADP"):
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
        parts = full_name.split()
        if len(parts) == 1:
            first = None if titled else self._full_by_first.get(parts[0].lower())
            full_name = self._full_by_surname.get(parts[0].lower()) or first or full_name
        return self._entity("person:" + _norm(full_name), full_name, "person")

    def country(self, country: str) -> Entity:
        return self._entity("country:" + _norm(country), country, "government")

    # -- typing of non-person phrases -------------------------------------------------------------
    def country_of(self, tokens: list[Token]) -> str | None:
        """The country a phrase stands for: a capital, a country name, or state word + nationality."""
        text = self._text(self._strip_det(list(tokens)))
        if not text:
            return None
        if text in self.lex.capitals:
            return self.lex.capitals[text]
        low = _norm(text)
        if low in self.lex.country_forms:
            return self.lex.country_forms[low]
        head_lemmas = {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN")} | {t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN")}
        if head_lemmas & self.lex.state_words and len(tokens) <= 4:
            for t in tokens:
                country = self.lex.nationalities.get(t.lower_)
                if country:
                    return country
        return None

    def _antecedent(self, head: Token) -> list[Token] | None:
        """"the board" → "The Riverton school board" named earlier: the last fuller phrase
        ending in the same noun, with a proper name in it."""
        doc = self.doc
        for i in range(head.i - 1, max(-1, head.i - 400), -1):
            t = doc[i]
            if t.lower_ != head.lower_ or self._quote_mask[i]:
                continue
            j = i
            while j > 0 and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j - 1].dep_ in ("compound", "amod", "nmod", "flat", "flat:name"):
                j -= 1
            phrase = list(doc[j : i + 1])
            if len(phrase) > 1 and any(p.pos_ == "PROPN" for p in phrase):
                return phrase
        # French: the name follows the noun ("la commission scolaire de Riverton").
        return None

    def _definite_organization_noun(self, tokens: list[Token]) -> bool:
        """"the company", "the security firm", "l'agence": a definite description whose head
        is a generic noun for a company or body (lexicon: organization_anaphors) and that names
        nobody. Institutions named by their function ("the city council") are left as they are."""
        if not tokens or len(tokens) > 3 or any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens):
            return False
        if not any(t.pos_ == "NOUN" and (t.lemma_.lower() in self.lex.organization_anaphors or t.lower_ in self.lex.organization_anaphors) for t in tokens):
            return False
        before = tokens[0].i - 1
        return before >= 0 and self.doc[before].lower_ in ("the", "le", "la", "l'", "l’")

    def _last_organization_before(self, token: Token) -> Span | None:
        """The organisation the last sentence naming one is about: its subject if it is one,
        else the last one it names (outside quotations, within a few paragraphs)."""
        same: list[Span] = []
        for k in range(bisect_left(self._ent_starts, token.i) - 1, -1, -1):
            ent = self._ents[k]
            if ent.label_ != "ORG" or self._quote_mask[ent.start]:
                continue
            if not same:
                if token.idx - ent.start_char > _ORGANIZATION_REACH:
                    return None
                sentence_start = ent.sent.start
            elif ent.start < sentence_start:
                break
            same.append(ent)
        subjects = [e for e in same if self._is_subject(e)]
        return (subjects or same or [None])[0]

    def typed(self, tokens: list[Token], label: str | None) -> Entity:
        tokens = self._strip_det(tokens)
        if len(tokens) == 1 and tokens[0].pos_ == "NOUN" and tokens[0].i > 0 and self.doc[tokens[0].i - 1].lower_ in ("the", "le", "la", "l'", "l’", "les"):
            antecedent = self._antecedent(tokens[0])
            if antecedent is not None:
                entity = self.typed(antecedent, label)
                entity.add_alias(self._text(tokens))
                return entity
        if self._definite_organization_noun(tokens):
            organization = self._last_organization_before(tokens[0])
            if organization is not None:
                entity = self.typed(list(organization), organization.label_)
                entity.add_alias(self._text(tokens))
                return entity
        surface = self._text(tokens)
        country = self.country_of(tokens)
        if country:
            entity = self.country(country)
            entity.add_alias(surface)
            return entity
        lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        head = tokens[-1] if tokens else None
        for t in tokens:
            if t.dep_ in ("ROOT", "nsubj", "nsubj:pass", "nsubjpass", "pobj", "obj", "obl", "nmod") or t.head not in tokens:
                head = t
                break
        head_lemma = head.lemma_.lower() if head is not None else ""
        if label in _PLACE_LABELS and not any(ch.isdigit() for ch in surface):
            kind = "government"
        elif head is not None and (head.lower_ in self.lex.group_nouns or head.lower_ in self.lex.unnamed_nouns):
            kind = "group" if head.lower_ in self.lex.group_nouns else "unnamed"
        elif head_lemma in self.lex.titles and head is not None and head.pos_ == "NOUN":
            kind = "person"
        elif lemmas & self.lex.government_words and head_lemma not in self.lex.organization_words:
            kind = "government"
        elif label in _ORG_LABELS or lemmas & self.lex.organization_words:
            kind = "organization"
        elif head_lemma in self.lex.unnamed_nouns or head is not None and head.lower_ in self.lex.unnamed_nouns:
            kind = "unnamed"
        elif head_lemma in self.lex.group_nouns or head is not None and head.lower_ in self.lex.group_nouns:
            kind = "group"
        elif head is not None and head.pos_ == "PROPN":
            kind = "organization"
        elif head is not None and head.pos_ == "NOUN" and "Plur" in head.morph.get("Number") and head_lemma not in self.lex.titles:
            kind = "group"  # "quatre pirates chinois", "three activists"
        elif head_lemma in self.lex.titles:
            kind = "person"
        else:
            kind = "unknown"
        entity = self._entity(f"{kind}:" + _norm(surface), surface, kind)
        entity.add_alias(surface)
        return entity

    # -- roles ------------------------------------------------------------------------------------
    def _role_near(self, ent: Span, lo: int, hi: int) -> str | None:
        """A title just before the name (up to the previous name or comma group) or right after it."""
        doc = self.doc
        # Before: "le ministre des Affaires étrangères, Marc Garneau" / "Foreign Minister Marc Garneau".
        i = ent.start - 1
        while i >= lo and doc[i].is_punct:
            i -= 1
        chunk: list[Token] = []
        while i >= lo and doc[i].ent_type_ not in _PERSON_LABELS and not doc[i].is_sent_start and doc[i].pos_ not in ("VERB", "AUX"):
            if doc[i].text in {",", ";"} and chunk:
                break
            chunk.insert(0, doc[i])
            i -= 1
        role = self._title_phrase(chunk)
        if role:
            return role
        # After: "Marc Garneau, the foreign minister," / "Marc Garneau, ministre de ...".
        j = ent.end
        if j < hi and doc[j].text == ",":
            chunk = []
            j += 1
            while j < hi and doc[j].text not in {",", ";", ".", "»", "”", "“", "«"} and doc[j].pos_ not in ("VERB", "AUX") and doc[j].ent_type_ not in _PERSON_LABELS:
                chunk.append(doc[j])
                j += 1
            role = self._title_phrase(chunk)
            if role:
                return role
        return None

    def _title_phrase(self, chunk: list[Token]) -> str | None:
        chunk = [t for t in chunk if not t.is_space]
        for k, token in enumerate(chunk):
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

    def _pronoun_antecedent(self, char: int, pronoun: Token | None = None) -> str | None:
        """The person a he/she/il/elle at ``char`` stands for, in the last sentence before it that
        names someone: its main clause's subject, else another subject in it, else the last
        person it names. "Wojtaszek questioned the decision to free Shrubsall. “…,” she said"
        → Wojtaszek; "Selon son directeur, Olivier Keller, … Il a ajouté" → Olivier Keller."""
        k = bisect_left(self._person_starts, char) - 1
        if k < 0:
            return None
        gender = self.lex.pronoun_genders.get(pronoun.lower_.lstrip("-")) if pronoun is not None else None
        fallback = None
        # A pronoun that cannot stand for anyone in that sentence (she, after "Tom Hale met
        # Mark Ruiz") looks back a few more sentences for someone of its gender.
        for _ in range(3):
            if k < 0:
                break
            sentence = self._persons[k][2].sent
            same = []
            while k >= 0 and self._persons[k][2].start >= sentence.start:
                same.append(self._persons[k])
                k -= 1
            subjects = [p for p in same if self._is_subject(p[2])]
            main = [p for p in subjects if self._clause_head(p[2]).dep_ == "ROOT"]
            ranked = main or subjects or same
            fallback = fallback or ranked[0][1]
            ordered = main + subjects + same
            # Someone known to be of the pronoun's gender beats someone of unknown gender.
            known = [p for p in ordered if gender is not None and self._genders.get(p[1]) == gender]
            agreeing = known or [p for p in ordered if self._agrees(p[1], gender)]
            if agreeing:
                return agreeing[0][1]
        return fallback

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
        """The last person named as a clause subject in characters [lo, hi), if any."""
        k = bisect_left(self._subject_starts, hi) - 1
        if k >= 0 and self._subjects[k][0] >= lo:
            start, name, span = self._subjects[k]
            entity = self.person(name)
            entity.add_mention(start, span.end_char)
            return SpeakerRef((entity,), start, span.end_char, named=True)
        return None

    def _last_person_with_title(self, title: str, char: int) -> Entity | None:
        """The last person named before ``char`` with this title: a known speaker's role, else a
        name introduced with the title ("Prime Minister Justin Trudeau … the prime minister said")."""
        best = None
        for entity in self.entities.values():
            if entity.kind == "person" and entity.role and title in _norm(entity.role) and entity.mentions and entity.mentions[0][0] < char:
                best = entity
        if best is not None:
            return best
        k = bisect_left(self._person_starts, char) - 1
        for start, name, span in reversed(self._persons[max(0, k - 20) : k + 1]):
            role = self._role_near(span, max(0, span.start - 8), min(len(self.doc), span.end + 8))
            if role and title in _norm(role):
                entity = self.person(name)
                entity.add_alias(name)
                if not entity.role:
                    entity.role = role
                return entity
        return None

    def resolve(self, tokens: list[Token], *, head: Token | None = None, quoted: bool = False) -> SpeakerRef | None:
        """Entities named by a phrase (tokens in document order). Words inside quotation marks
        are not speakers, so they are ignored unless ``quoted`` (accused parties may be quoted)."""
        # "a-t-il dit": the euphonic -t- is not a word, "-il" is "il".
        tokens = [t for t in tokens if not t.is_space and (quoted or not self._quote_mask[t.i]) and t.lower_ not in ("-t", "-t-", "t")]
        if not tokens:
            return None
        doc = self.doc
        start, end = self._whole_words(tokens[0].i, tokens[-1].i + 1)
        tokens = list(doc[start : tokens[0].i]) + tokens + list(doc[tokens[-1].i + 1 : end])
        lo, hi = tokens[0].i, tokens[-1].i + 1
        span_start, span_end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        # 1. People named in the phrase (all of them: joint statements).
        people: list[Entity] = []
        person_ents: list[Span] = []
        seen = set()
        for ent in self.ents_in(lo, hi):
            if ent.label_ not in _PERSON_LABELS:
                continue
            name = self._clean_name(ent)
            if not name or name.lower() in seen:
                continue
            seen.add(name.lower())
            if self.country_of(list(ent)):
                continue  # a capital tagged as a person (Washington)
            before = doc[ent.start - 1] if ent.start > 0 else None
            titled = ent[0].lower_ in self.lex.titles or before is not None and (before.lower_ in self.lex.titles or before.lemma_.lower() in self.lex.titles)
            entity = self.person(name, titled=titled)
            entity.add_alias(name)
            entity.add_mention(ent.start_char, ent.end_char)
            role = self._role_near(ent, max(0, lo - 1), hi)
            if role and not entity.role:
                entity.role = role
            people.append(entity)
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
            # "Sophie Lambert, présidente de l’association Rivière vivante": a name inside another
            # speaker's role (an organisation's name) is not a second speaker.
            inside = {id(p) for p, ent in zip(people, person_ents) if self._inside_role(ent)}
            if len(inside) < len(people):
                people = [p for p in people if id(p) not in inside]
        if people:
            self._last_person_entity = people[-1]
            first = min(e.mentions[-1][0] for e in people)
            return SpeakerRef(tuple(people), min(span_start, first), span_end, named=True)
        content = self._strip_det(tokens)
        if not content:
            return None
        # A time phrase ("ce matin", "en avril dernier", "last week") is never a speaker.
        if any(self._is_time(t) for t in content) and all(self._is_time(t) or t.pos_ in ("ADJ", "NUM", "DET", "ADP") for t in content):
            return None
        # "the latter", « cette dernière »: the last person named before.
        if len(content) == 1 and content[0].lower_ in self.lex.latter_words and content[0].i > 0 and doc[content[0].i - 1].lower_ in self.lex.determiners:
            name = self._last_person_before(content[0].idx)
            if name:
                entity = self.person(name)
                return SpeakerRef((entity,), span_start, span_end)
        # A surname alone the NER did not tag ("…,” Horwath said): the full name given earlier.
        words = self._text(content).split()
        surname = words[-1].lower()
        # (A capitalised word inside a named entity is a name even when tagged as a verb.)
        if all(t.pos_ == "PROPN" or t.ent_type_ and t.text[:1].isupper() or self.joins_word(t) for t in content) and surname in self._full_by_surname and len(words) <= 2:
            entity = self.person(self._full_by_surname[surname])
            entity.add_alias(self._text(content))
            entity.add_mention(content[0].idx, content[-1].idx + len(content[-1].text))
            return SpeakerRef((entity,), span_start, span_end, named=True)
        # A first name alone the NER did not tag ("Jayme told police"): the one full name it starts.
        if len(content) == 1 and content[0].pos_ == "PROPN" and content[0].lower_ in self._full_by_first and (content[0].i == 0 or self.doc[content[0].i - 1].lower_ not in self.lex.titles):
            entity = self.person(self._full_by_first[content[0].lower_])
            entity.add_alias(content[0].text)
            entity.add_mention(content[0].idx, content[0].idx + len(content[0].text))
            return SpeakerRef((entity,), span_start, span_end, named=True)
        if head is None or head.i < lo or head.i >= hi:
            head = next((t for t in content if t.head.i < lo or t.head.i >= hi or t.head == t), content[0])
        # "her statement said", "Smith's letter says": a document speaks for whoever it belongs to.
        if head.lemma_.lower() in self.lex.speech_nouns or head.lower_ in self.lex.speech_nouns:
            owner = next((c for c in head.children if c.dep_ in ("poss", "nmod:poss") and lo <= c.i < hi), None)
            if owner is not None and owner.pos_ == "PRON":
                # his/her: a person's document; its/their are left to the noun itself.
                morph = owner.morph
                if "3" in morph.get("Person") and "Sing" in morph.get("Number") and "Neut" not in morph.get("Gender"):
                    name = self._pronoun_antecedent(owner.idx, owner)
                    if name:
                        return SpeakerRef((self.person(name),), owner.idx, owner.idx + len(owner.text))
            elif owner is not None:
                ref = self.resolve([t for t in owner.subtree if t.dep_ != "case"], head=owner, quoted=quoted)
                if ref is not None and ref.entities:
                    return ref
        # A relative pronoun ("…, qui a déclaré", "selon lequel", "who said"): its antecedent.
        if len(content) == 1 and head.pos_ == "PRON" and ("Rel" in head.morph.get("PronType") or head.lower_ in _RELATIVE_PRONOUNS):
            antecedent = self._relative_antecedent(head)
            if antecedent is None:
                return None
            # Only the noun phrase itself: "Même son de cloche au ministère" hangs adverbs on it.
            start = min([antecedent.i] + [c.left_edge.i for c in antecedent.lefts if c.dep_ in _NOUN_MODIFIERS])
            phrase = self._np(antecedent, start, head.i)
            return self.resolve(phrase, head=antecedent, quoted=quoted) if phrase else None
        # 2. Pronouns: the last person named before (outside quotations).
        if head.lower_.lstrip("-") in self.lex.person_pronouns and len(content) == 1:
            name = self._pronoun_antecedent(head.idx, head)
            if name:
                entity = self.person(name)
                return SpeakerRef((entity,), head.idx, head.idx + len(head.text))
            return None
        if head.lower_.lstrip("-") in self.lex.first_pronouns or head.lower_.lstrip("-") in self.lex.plural_pronouns and len(content) == 1:
            return None
        # 3. A bare title: the last person with that title.
        if len(content) <= 4 and head.lemma_.lower() in self.lex.titles and head.pos_ in ("NOUN", "PROPN"):
            entity = self._last_person_with_title(head.lemma_.lower(), head.idx)
            if entity is not None:
                return SpeakerRef((entity,), span_start, span_end)
        # 4. Named organisations, places, institutions, groups, anonymous sources.
        ents = [e for e in self.ents_in(lo, hi) if e.label_ not in _PERSON_LABELS and e.label_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}]
        entities: list[Entity] = []
        # Conjoined subjects (Les États-Unis, l'Union européenne et le Canada) → each conjunct.
        conjuncts = [head] + [t for t in head.conjuncts if lo <= t.i < hi] if head is not None else []
        if len(conjuncts) > 1:
            for c in sorted(conjuncts, key=lambda t: t.i):
                phrase = self._np(c, lo, hi)
                if phrase:
                    label = next((e.label_ for e in ents if e.start <= c.i < e.end), None)
                    entity = self.typed(phrase, label)
                    entity.add_mention(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text))
                    entities.append(entity)
        if entities:
            # Members the parse left out of the list: comma-separated named chunks not yet covered.
            covered = {m for e in entities for (a, b) in e.mentions for m in range(a, b)}
            chunk: list[Token] = []
            for t in [*content, None]:
                if t is not None and t.text != "," and t.pos_ != "CCONJ":
                    chunk.append(t)
                    continue
                named = [c for c in chunk if c.pos_ == "PROPN"]
                if named and not any(c.idx in covered for c in chunk) and len(chunk) <= 4:
                    piece = self._strip_det(chunk)
                    if piece:
                        entity = self.typed(piece, next((e.label_ for e in ents if e.start <= named[0].i < e.end), None))
                        entity.add_mention(piece[0].idx, piece[-1].idx + len(piece[-1].text))
                        entities.insert(0, entity) if piece[0].i < lo + 3 else entities.append(entity)
                chunk = []
        if not entities:
            phrase = self._np(head, lo, hi) if head is not None else content
            phrase = phrase or content
            label = next((e.label_ for e in ents if e.start <= head.i < e.end), None) if head is not None else None
            entity = self.typed(phrase, label)
            entity.add_mention(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text))
            entities.append(entity)
        unique = tuple(dict.fromkeys(entities))
        return SpeakerRef(unique, span_start, span_end)

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
            if noun.pos_ not in ("NOUN", "PROPN") or self._quote_mask[noun.i]:
                return None
            # "l'hôpital de Tours", "the city of Fairview": the phrase's head, through genitive
            # complements and parts of a name ("réaction au ministère" stops at « au »).
            for _ in range(4):
                head = noun.head
                if head.i >= noun.i:
                    break
                if noun.dep_ in ("flat", "flat:name", "compound") and head.pos_ in ("NOUN", "PROPN"):
                    noun = head
                elif noun.dep_ == "nmod" and head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.lower_ in _GENITIVES for c in noun.children):
                    noun = head
                elif noun.dep_ == "pobj" and head.lower_ in _GENITIVES and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                    noun = head.head
                else:
                    break
            return noun
        t = pronoun
        for _ in range(4):
            if t.dep_ in ("relcl", "acl:relcl") and t.head.i < pronoun.i and t.head.pos_ in ("NOUN", "PROPN"):
                return t.head
            if t.head.i == t.i:
                break
            t = t.head
        return None

    @staticmethod
    def _joint_member(ent: Span, head: Token, person_ents: list[Span]) -> bool:
        """Whether a name is the phrase's head or joined to it by conjunction or apposition
        (every member of a joint statement is), rather than a modifier of it."""
        in_name = lambda tok: any(e.start <= tok.i < e.end for e in person_ents)  # noqa: E731
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

    def _np(self, head: Token, lo: int, hi: int) -> list[Token]:
        """The noun phrase of ``head`` inside [lo, hi): its subtree without clauses or conjuncts."""
        keep: list[Token] = []
        stack = [head]
        while stack:
            t = stack.pop()
            keep.append(t)
            for child in t.children:
                if child.dep_ in _STOP_DEPS or child.dep_ in ("conj", "cc", "appos", "punct") or not (lo <= child.i < hi):
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
        return self._strip_det(list(self.doc[start:end])) or [head]
