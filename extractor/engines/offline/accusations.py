"""Accused parties: who is accused, by whom, of what, from accusation constructions.

Constructions (lemmas from lang/<code>.json "accusation"):

- a verb whose object is the accused: accuser/condamner/dénoncer X (de …), accuse/blame/condemn
  X (of/for …); when the object is an activity ("les cyberactivités de Pékin", "the activity of
  a group known as X and Y") the named parties inside it are the accused;
- ``tenir X responsable`` / ``hold X responsible`` and ``X est responsable de`` / ``X is
  responsible for`` (also in the passive: "X doit être tenu responsable");
- a participle or noun of accusation on a noun: "quatre pirates, accusés de …", "l'inculpation de
  X", "the indictment of X", "hackers charged with …";
- imputer/attribuer … à X, attribute/blame … on X.

The accuser is the subject of the verb, or the speaker of the quotation or statement the
construction sits in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from extractor.engines.offline.attribution import Attribution, DocAnalysis
from extractor.engines.offline.lexicon import Lexicon
from extractor.engines.offline.speakers import Entity

_NAME_LABELS_SKIP = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_OBJ = frozenset({"obj", "dobj"})
_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass"})
# Words introducing what someone is accused of: accuser X *de* …, accuse X *of* …, blame X *for* …
_PARTITIVE = frozenset({"dont", "including", "among", "notamment", "parmi"})
_OF_WORDS = frozenset({"de", "d'", "d’", "du", "des", "of", "for", "with", "over"})


@dataclass
class Accusation:
    """One accused party, merged over every construction naming it."""

    entity: Entity
    accusers: list[Entity] = field(default_factory=list)
    accusation: str | None = None
    evidence: list[Attribution] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


class _Finder:
    def __init__(self, analysis: DocAnalysis, lexicon: Lexicon) -> None:
        self.a = analysis
        self.doc = analysis.doc
        self.lex = lexicon
        self.reg = analysis.registry
        self.found: dict[str, Accusation] = {}

    # -- helpers ---------------------------------------------------------------------------------
    def _attribution_at(self, token: Token) -> Attribution | None:
        for att in self.a.attributions:
            if att.start <= token.idx < att.end or att.cue and att.cue[0] <= token.idx < att.cue[1]:
                return att
        return None

    def _np(self, head: Token) -> list[Token]:
        out, stack = [], [head]
        while stack:
            t = stack.pop()
            out.append(t)
            for child in t.children:
                if child.dep_ in ("relcl", "acl:relcl", "ccomp", "advcl", "parataxis", "xcomp") or child.dep_ == "acl" and child.pos_ == "VERB" and child.i > head.i and any(g.dep_ == "mark" for g in child.children):
                    continue
                stack.append(child)
        out.sort(key=lambda t: t.i)
        # Contiguous around the head; the party ends at a comma that opens an apposition.
        lo = hi = out.index(head)
        while lo > 0 and out[lo - 1].i == out[lo].i - 1:
            lo -= 1
        while hi + 1 < len(out) and out[hi + 1].i == out[hi].i + 1 and out[hi + 1].text != ",":
            hi += 1
        return [t for t in out[lo : hi + 1] if not t.is_space]

    def _parties(self, tokens: list[Token]) -> list[tuple[Entity, int, int]]:
        """Named parties inside a phrase (entities, proper-name runs); else the phrase itself."""
        if not tokens:
            return []
        lo, hi = tokens[0].i, tokens[-1].i + 1
        found: list[tuple[Entity, int, int]] = []
        depth, inside_parens = 0, set()
        for t in self.doc[lo:hi]:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif depth:
                inside_parens.add(t.i)
        covered: set[int] = set(inside_parens)
        for ent in self.reg.ents_in(lo, hi):
            if ent.label_ in _NAME_LABELS_SKIP or ent.start in inside_parens:
                continue
            ref = self.reg.resolve(list(ent), quoted=True)
            if ref is not None:
                for entity in ref.entities:
                    found.append((entity, ent.start_char, ent.end_char))
            covered.update(range(ent.start, ent.end))
        run: list[Token] = []
        for t in list(self.doc[lo:hi]) + [None]:  # type: ignore[list-item]
            if t is not None and t.i not in covered and t.pos_ == "PROPN" :
                run.append(t)
                continue
            if run:
                ref = self.reg.resolve(run, quoted=True)
                if ref is not None:
                    for entity in ref.entities:
                        found.append((entity, run[0].idx, run[-1].idx + len(run[-1].text)))
                run = []
        first_noun = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
        institution_words = self.lex.government_words | self.lex.organization_words
        institution = first_noun.pos_ == "NOUN" and (first_noun.lemma_.lower() in institution_words or first_noun.lower_ in institution_words)
        # Names inside the phrase are the parties only when the phrase is about what they did
        # ("les cyberactivités de Pékin", "the activity of a group known as X") or is a name
        # itself; "agents of the ministry" accuses the agents, not the ministry.
        head = next((t for t in tokens if t.head.i < lo or t.head.i >= hi or t.head is t), tokens[0])
        about_activity = head.lemma_.lower() in self.lex.activity_nouns or head.lower_ in self.lex.activity_nouns
        if found and not institution and not about_activity and head.pos_ == "NOUN" and not head.ent_type_:
            found = []
        if institution:
            phrase = [t for t in tokens if not t.is_space]
            entity = self.reg.typed(phrase, None)
            return [(entity, phrase[0].idx, phrase[-1].idx + len(phrase[-1].text))]
        if found:
            return found
        # An activity of a nationality ("les activités numériques chinoises") accuses its country.
        if head.lemma_.lower() in self.lex.activity_nouns or head.lower_ in self.lex.activity_nouns:
            for t in tokens:
                country = self.lex.nationalities.get(t.lower_)
                if country:
                    entity = self.reg.country(country)
                    entity.add_alias(country)
                    return [(entity, t.idx, t.idx + len(t.text))]
        ref = self.reg.resolve(tokens, quoted=True)
        if ref is None:
            return []
        return [(entity, ref.start, ref.end) for entity in ref.entities]

    def _accuser(self, verb: Token) -> list[Entity]:
        att = self._attribution_at(verb)
        if att is not None and att.speaker is not None and att.rule != "verb" or att is not None and att.speaker is not None and att.cue and not (att.cue[0] <= verb.idx < att.cue[1]):
            return list(att.speaker.entities)
        t, hops = verb, 0
        while hops < 4:
            subject = next((c for c in t.children if c.dep_ in _SUBJ and c.dep_ not in _PASS_SUBJ), None)
            if subject is not None:
                ref = self.reg.resolve(self._np(subject) if subject.pos_ != "PRON" else [subject], head=subject)
                return list(ref.entities) if ref is not None else []
            if t.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp") and t.head is not t:
                t = t.head
                hops += 1
                continue
            break
        return []

    def _text(self, tokens: list[Token]) -> str | None:
        tokens = [t for t in tokens if not t.is_space]
        while tokens and tokens[0].is_punct and tokens[0].text not in "«“":
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "»”":
            tokens = tokens[:-1]
        if not tokens:
            return None
        return self.a.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]

    def _add(self, parties: list[tuple[Entity, int, int]], accusers: list[Entity], accusation: str | None, at: Token) -> None:
        att = self._attribution_at(at)
        for entity, start, end in parties:
            if entity in accusers:
                continue
            record = self.found.get(entity.key)
            if record is None:
                record = self.found[entity.key] = Accusation(entity)
            for accuser in accusers:
                if accuser not in record.accusers:
                    record.accusers.append(accuser)
            if accusation and not record.accusation:
                record.accusation = accusation
            if att is not None and att not in record.evidence:
                record.evidence.append(att)
            if (start, end) not in record.mentions:
                record.mentions.append((start, end))

    def _complement(self, verb: Token, exclude: Token | None) -> list[Token]:
        """What the party is accused of: the de/of/for complement after the object."""
        def introduced(t: Token) -> bool:
            if t.lower_ in _OF_WORDS:
                return True
            return any(c.lower_ in _OF_WORDS and c.dep_ in ("mark", "case") for c in t.children)

        for child in verb.children:
            if child is exclude or child.i < verb.i:
                continue
            if child.dep_ in ("xcomp", "advcl", "acl", "obl", "obl:arg", "prep", "ccomp") and introduced(child):
                return list(child.subtree)
        if exclude is not None:
            for child in exclude.children:
                if child.dep_ in ("acl", "prep") and child.i > exclude.i and child.pos_ in ("VERB", "ADP") and introduced(child):
                    return list(child.subtree)
        return []

    # -- rules ------------------------------------------------------------------------------------
    def run(self) -> list[Accusation]:
        lex = self.lex
        for token in self.a.tokens:
            lemma = token.lemma_.lower()
            participle = (
                token.pos_ in ("VERB", "ADJ")
                and lemma in lex.accuse_passive
                and token.dep_ in ("acl", "amod", "appos", "advcl")
                and not any(c.dep_.startswith("aux") or c.dep_ in _SUBJ for c in token.children)
                and ("Part" in token.morph.get("VerbForm") or token.tag_ == "VBN" or token.pos_ == "ADJ")
            )
            if participle:
                # "quatre pirates, accusés de …" / "hackers accused of …"
                head = token.head
                if head.pos_ not in ("NOUN", "PROPN"):
                    head = next((c for c in head.children if c.dep_ in _OBJ and c.i < token.i), head)
                # A partitive ("quatre pirates, dont trois agents, accusés de …", "four hackers,
                # including three agents, accused of …") accuses the whole group.
                for _ in range(2):
                    if head.dep_ in ("acl:relcl", "relcl", "appos") and any(c.lower_ in _PARTITIVE for c in head.children):
                        head = head.head
                    elif head.dep_ == "pobj" and head.head.lower_ in _PARTITIVE:
                        head = head.head.head
                if head.pos_ in ("NOUN", "PROPN"):
                    self._add(self._parties(self._np(head)), self._accuser(head.head if head.head is not head else head), self._text(self._complement(token, None)), token)
            elif token.pos_ in ("VERB", "AUX") and lemma in lex.accuse_object_verbs:
                self._verb(token, lemma)
            elif token.pos_ == "NOUN" and (lemma in lex.accuse_nouns or token.lower_ in lex.accuse_nouns) and lemma not in lex.responsible_words:
                target = next((c for c in token.children if c.dep_ in ("nmod", "prep") and c.i > token.i), None)
                if target is not None and target.dep_ == "prep":
                    target = next((g for g in target.children if g.dep_ == "pobj"), None)
                if target is not None and target.pos_ in ("NOUN", "PROPN"):
                    self._add(self._parties(self._np(target)), self._accuser(token.head if token.head is not token else token), None, token)
            if (token.lower_ in lex.responsible_words or lemma in lex.responsible_words) and token.pos_ in ("ADJ", "NOUN"):
                self._responsible(token)
        return list(self.found.values())

    def _verb(self, verb: Token, lemma: str) -> None:
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        if lemma in ("tenir", "hold"):
            # tenir/hold X responsible
            if not any(t.lower_ in self.lex.responsible_words for t in verb.subtree):
                return
        passive_subject = next((c for c in verb.children if c.dep_ in _PASS_SUBJ), None)
        if obj is None and passive_subject is None:
            # "X doit être tenu responsable": the subject of the governing modal.
            if verb.dep_ in ("xcomp",) and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
                passive_subject = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
                if passive_subject is None and verb.head.dep_ == "conj":
                    passive_subject = next((c for c in verb.head.head.children if c.dep_ in _SUBJ), None)
        target = obj or passive_subject
        if target is None:
            return
        accusers = [] if obj is None else self._accuser(verb)
        if obj is None:
            att = self._attribution_at(verb)
            accusers = list(att.speaker.entities) if att is not None and att.speaker is not None else []
        party_tokens = self._np(target)
        if lemma in ("tenir", "hold"):
            # "held the board responsible for …": the party stops before "responsible".
            cut = next((t for t in party_tokens if t.lower_ in self.lex.responsible_words), None)
            if cut is not None:
                complement = [t for t in cut.subtree if t.i > cut.i]
                party_tokens = [t for t in party_tokens if t.i < cut.i]
                self._add(self._parties(party_tokens), accusers, self._text(complement), verb)
                return
        complement = self._complement(verb, target)
        accusation = self._text(complement) or (self._text(self._np(target)) if lemma not in ("accuser", "accuse", "tenir", "hold") else None)
        self._add(self._parties(party_tokens), accusers, accusation, verb)

    def _responsible(self, word: Token) -> None:
        head = word if word.dep_ not in ("xcomp", "acomp", "amod") else word.head
        if word.dep_ in ("xcomp", "acomp") and head.lemma_.lower() in ("tenir", "hold"):
            return  # handled with the verb
        has_cop = any(c.dep_ == "cop" for c in word.children) or word.dep_ == "acomp"
        if not has_cop:
            return
        # The party: the words before the copula in the clause (robust to odd parses).
        if word.dep_ == "acomp":
            subject = next((c for c in word.head.children if c.dep_ in _SUBJ), None)
            party = self._np(subject) if subject is not None else []
        else:
            cop = next(c for c in word.children if c.dep_ == "cop")
            left = [t for t in word.subtree if t.i < cop.i and t.dep_ != "mark" and not t.is_space]
            party = [t for t in left if t.lower_ not in ("que", "that")]
        if not party:
            return
        complement = [t for t in word.subtree if t.i > word.i]
        att = self._attribution_at(word)
        accusers = list(att.speaker.entities) if att is not None and att.speaker is not None else []
        if not accusers:
            # "Le Canada est convaincu que X est responsable": the believer.
            governor = word.head if word.head is not word else None
            if governor is not None:
                accusers = self._accuser(governor)
        self._add(self._parties(party), accusers, self._text(complement), word)


def find_accusations(analysis: DocAnalysis, lexicon: Lexicon) -> list[Accusation]:
    """Every accused party in the document, in order of first accusation."""
    return _Finder(analysis, lexicon).run()
