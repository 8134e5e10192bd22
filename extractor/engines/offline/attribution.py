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

French adds surface rules on top of the parse (languages whose lexicon lists ``complementizers``):
content after « que » or an infinitive that the parse left unattached, clauses reported by an
inverted incise (« Z, a indiqué X »; « Comme l'a dit X, Z »), « Pour X, Z », « faire état de »,
and filters for what reports nothing (modal and purpose-less infinitives, « alors que »,
indirect questions, « on » + noun). Rules, not a model trained on ``fr_wikinews_train``: the
constructions are few and closed, each is tested on its own sentence, and the ~230 training
spans are too few to learn span boundaries that would carry to other newsrooms.

Every span is a character range of the article; ``kind`` comes from the text: only quotation
marks → direct; a clause with quoted words inside → mixed; none → indirect.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extractor.cuetypes import in_scope
from extractor.engines.offline.acts import (
    ONE_CONTENT_PER_CUE,
    SOURCE_HEADLINE_RULE,
    TITLE_CASE_HEADLINE_RULE,
    classify_attribution,
    is_statement,
    litotes,
    restricted_not_negated,
)
from extractor.engines.offline.docarrays import (
    SENTENCE_STOPS,
    children_indices,
    dep_labels,
    doc_text,
    heads_of,
    lemma_lowers,
    lower_forms,
    morph_get,
    morph_values,
    pos_tags,
    punctuation_sentence,
    sentence_of,
    token_at,
    token_bounds,
)
from extractor.engines.offline.intervals import Intervals
from extractor.engines.offline.lexicon import (
    AVOIR_FORMS,
    FIRST_GROUP_PARTICIPLE,
    Lexicon,
    present_tense_verb_lemma,
    union,
    verb_lemma,
    verb_lemma_of_form,
)
from extractor.engines.offline.quotes import QuoteSpan, find_quote_spans
from extractor.engines.offline.speakers import (
    GENITIVES,
    SpeakerRef,
    SpeakerRegistry,
    fill_french_speakers,
    french_view_holder_of_thing_subject,
    name_french_titled_descriptions,
    nearer_french_speakers,
)

if TYPE_CHECKING:
    # Annotations only: the engine imports the learned model (and pycrfsuite) lazily, when it is used.
    from extractor.engines.offline.learned import AttributionModel

# How many words (outside relative clauses) may stand between a reporting verb and the « que »
# that opens its quotation (« X précise à l'AFP, depuis Paris, qu'« … » »).
_COMPLEMENTIZER_REACH = 10
_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"})
_CONTENT = frozenset({"ccomp", "parataxis"})
# What a verb like accuse/condemn/call on reports: its object and argument complements (an
# adverbial clause — ", arguing that …" — is a statement of its own, not this one's content).
_OBJECT_CONTENT = frozenset({"xcomp", "obj", "dobj", "obl:arg", "obl", "prep", "iobj"})
_QUOTE_CHARS = frozenset("«»“”\"‘’„‹›")
#: Quotation marks that only open or only close (straight quotes do both).
_OPENING_MARKS = frozenset("«“")
_CLOSING_MARKS = frozenset("»”")
#: Signs written after a number as part of the amount ("12 %", "3 ‰", "40 °").
_UNIT_SIGNS = frozenset({"%", "‰", "°"})
#: Longest quotation (in tokens, marks included) read as a term or a title inside a noun phrase.
_QUOTED_TERM_TOKENS = 12
_RELATIVE_CLAUSE = frozenset({"relcl", "acl:relcl"})
_CLAUSE_STOP = SENTENCE_STOPS
# A signature right after a quotation, ending its line: “…” ― Ana Ruiz, “…”— Julie A. Roe.
# (A dash, not a hyphen: "-" joins words. Horizontal spaces only, no line break before the name.)
_SIGNATURE_AFTER_QUOTE = re.compile(r"[ \t\xa0]*(?:―|—|–|--)[ \t\xa0]*(?P<name>[A-Z][\w’'-]*\.?(?:[ \t\xa0][A-Z][\w’'-]*\.?){0,4}?)\.?[ \t\xa0]*(?:\n|$)")
#: An element of markup embedded in the article, tags included (<tweet author="…">…</tweet>, or
#: closed by "<tweet/>"): a post or a widget the page displays (``_outside_embedded_elements``).
_EMBEDDED_ELEMENT = re.compile(r"<(?P<tag>[a-z]+)\b[^<>]*>.*?(?:</(?P=tag)>|<(?P=tag)/>)", re.DOTALL)
#: Words that stand before a French infinitive as part of it: negation and object clitics.
_NEGATION_AND_CLITICS = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus", "rien", "y", "en", "le", "la", "les", "l'", "l’", "lui", "leur", "se", "s'", "s’"})
_MIN_CONTENT_TOKENS = 3
#: Marks that end a sentence (as tokens of their own: an abbreviation keeps its period).
_SENTENCE_END_MARKS = frozenset({".", "!", "?"})
#: Quotation marks that may enclose the rest of a headline after its source's colon (single ones
#: included: headlines quote with them) and, for each opening curly mark, its closing one.
_HEADLINE_QUOTE_MARKS = frozenset("'\"‘’“”")
_MATCHING_CLOSE = {"‘": "’", "“": "”"}
#: Longest label before a headline's colon that can name the source of the quotation after it
#: ("Elizabeth Ward Presses the Bank's Chief", "Ward on the Bank Releasing Its Full Board Meeting
#: Minutes": a label may say at length whom or what the words are about).
_QUOTED_HEADLINE_LABEL_WORDS = 12
#: A colon that ends a paragraph, before the next one ("The mayor added: ¶ …").
_COLON_ENDING_PARAGRAPH = re.compile(r":[ \t\u00a0]*\n+(?=\S)")
#: The rule of a paragraph set apart after "X added:" (``_Analyzer.block_quotes``).
_BLOCK_QUOTE = "block-quote"
# Words between a French reporting verb and « que » / its infinitive (« a affirmé lundi à la
# presse que … »); further away, the « que » belongs to something else.
_MAX_CUE_GAP = 10
#: Closing brackets and the opening one each closes.
_CLOSING_BRACKETS = {")": "(", "]": "["}
# Characters between two quotations joined around their cue: one cue sentence, not a paragraph.
_MAX_JOIN_GAP = 200
#: Parts of speech of the word that introduces a complement ("de", "que", "to", "that").
_MARKER_POS = frozenset({"ADP", "SCONJ", "PART"})
_APOSTROPHES = str.maketrans({"’": "'"})
#: Words a title leaves in lower case ("Attack the Block", "Gone with the Wind").
_TITLE_LOWERCASE_POS = frozenset({"DET", "ADP", "CCONJ", "PART"})
# Entity types of a party that can state something (a person, an organisation, a state, a people).
_SPEAKING_ENTITY_TYPES = frozenset({"PERSON", "PER", "ORG", "GPE", "NORP"})
_PERSON_ENTITY_TYPES = frozenset({"PERSON", "PER"})


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
    rule: str = ""
    split_at: tuple[int, int] | None = None  # (end of the first part, start of the second part)
    statement: tuple[int, int] | None = None  # the whole clause, when this is one quoted fragment of it
    cue_type: str | None = None  # speech | belief | perception | other (acts.classify_attribution)
    closing: Attribution | None = None  # the attributed last paragraph of a quotation over several


@dataclass
class DocAnalysis:
    """Everything the later stages need about one document."""

    doc: Doc
    text: str
    tokens: list[Token]
    attributions: list[Attribution]
    registry: SpeakerRegistry




def _apposed_name(noun: Token) -> Token | None:
    """The proper noun a common noun is apposed to after a comma ("Ana Ruiz, the veteran
    sprinter"), or None."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or head.i >= noun.i or head.pos_ != "PROPN":
        return None
    return head if noun.doc[noun.left_edge.i - 1].text == "," else None


def _chars(token: Token) -> tuple[int, int]:
    """A token's character range in the article (a cue's, a colon's)."""
    return token.idx, token.idx + len(token.text)


def _misparsed_name(token: Token) -> bool:
    """A name the tagger took for a verb, an auxiliary or an adverb ("…,” DeVries said, « …, a
    réagi Zabala dans un message »): a capitalised word the entity recogniser puts inside a name."""
    return token.pos_ in ("AUX", "VERB", "ADV") and bool(token.ent_type_) and token.text[:1].isupper()


#: Endings of French past participles of reporting verbs (déclaré, dit, écrit, répondu, admis, promis).
_PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "it", "ite", "u", "ue", "is", "ise")
#: Endings of the French simple future (annoncera, annonceront, dirai …).
_FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
#: Inverted clitic subjects (« a-t-il », « ont-elles ») and the forms of avoir they follow.
_INVERTED_SUBJECT_CLITICS = frozenset({"-il", "-elle", "-on", "-ils", "-elles"})


def _title_then_name(title: Token, name: Token) -> bool:
    """A common noun whose phrase the proper name of a person follows with nothing between
    (« le préfet | Jean Castel »)."""
    return (
        title.pos_ == "NOUN" and name.pos_ == "PROPN" and name.ent_type_ in ("PER", "PERSON")
        and name.left_edge.i == title.right_edge.i + 1
    )


def _relative_word(token: Token) -> bool:
    """A relative pronoun or determiner ("which", "who", "that" heading a relative clause)."""
    return token.tag_ in ("WDT", "WP") or "Rel" in morph_get(token, "PronType", [])


def _misread_participle(token: Token, lexicon: Lexicon) -> bool:
    """A French first-group verb the tagger calls a past participle though it does not end like
    one: « lance », « estime » (present tense, often in an inverted incise: « « … », lance X »).
    Every past participle of a verb in -er ends in -é(e)(s)."""
    if not lexicon.complementizers or "Part" not in morph_get(token, "VerbForm", []) or "Past" not in morph_get(token, "Tense", []):
        return False
    lemma = verb_lemma(token, lexicon.speech_verbs) or token.lemma_.lower()
    return lemma.endswith("er") and not token.lower_.endswith(FIRST_GROUP_PARTICIPLE)


#: The parts of speech the tagger gives a French present tense that is also an adjective, a noun
#: or (in -ment) an adverb: « critique », « rétorque », « dément » (`verbs_read_as_modifiers`).
_VERB_MISREAD_TAGS = frozenset({"ADJ", "NOUN", "ADV"})
#: What the inverted subject of a closing incise opens with (a line break may come first).
_INVERTED_SUBJECT_OPENINGS = frozenset({"DET", "PROPN", "SPACE"})
#: The last word of a clause that a closing incise without a comma may follow (« … trois morts
#: indique la préfecture », « … a été écartée a fait savoir la police »).
_CLAUSE_FINAL_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "VERB"})
#: The words of an inverted subject noun phrase (« la compagnie aérienne russe », « le
#: ministère de l'Intérieur »).
_NOUN_PHRASE_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "PUNCT"})
#: French subject clitics: a subject of their own before a verb (« elle dément »).
_SUBJECT_CLITICS = frozenset({"il", "elle", "on", "ils", "elles"})
#: A subject noun phrase longer than this is a sentence the parse read some other way.
_MAX_SUBJECT_TOKENS = 12


def _present_tense_lemma(token: Token, verbs: frozenset[str]) -> str | None:
    """The reporting verb ``token`` is a third-person present tense of: a first-group form
    (« critique », « critiquent ») as `verb_lemma` reads it, or a verb in -tir that drops its
    ending (« dément », « démentent » → « démentir »)."""
    lemma = verb_lemma(token, verbs)
    if lemma is not None:
        return lemma
    low = token.lower_
    plural_stem = low[:-2] if low.endswith("ent") else ""
    return next((stem + "ir" for stem in (low, plural_stem) if stem.endswith("t") and stem + "ir" in verbs), None)


#: The parts of speech the tagger gives a participle it misreads (`_adjective_read_participle`).
_ADJECTIVE_READ_TAGS = ("ADJ", "PROPN", "NOUN")


def _adjective_read_participle(token: Token, lexicon: Lexicon) -> bool:
    """« X a twitté que … »: the tagger reads the past participle of a rare reporting verb as an
    adjective or a name, though the tense auxiliary stands right before it (avoir + adjective is
    not French)."""
    doc, i = token.doc, token.i  # (asked of every adjective, noun and name: the per-Doc lists)
    if not lexicon.complementizers or pos_tags(doc)[i] not in _ADJECTIVE_READ_TAGS or i == 0:
        return False
    return (
        lower_forms(doc)[i].endswith(FIRST_GROUP_PARTICIPLE)
        and (doc[i - 1].lemma_ == "avoir" or any(c.dep_ == "aux:tense" for c in token.children))
        and verb_lemma(token, lexicon.speech_verbs) is not None
    )


# Determiners that open a noun phrase of their own, not a noun's « de » complement (« analyse
# des données »): after a noun-verb homograph they start its inverted subject.
_SUBJECT_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})


def _noun_read_incise_verb(token: Token, lexicon: Lexicon) -> bool:
    """« « … », analyse un expert », « « … », raconte Marie Roy »: the tagger reads a French
    present tense that is also a noun or an adjective (« analyse », « raconte », « précise ») as
    one. Right after a comma or a closing mark, with no determiner of its own and its inverted
    subject after it, it is an incise verb."""
    # (« dément », read as an adverb in -ment, stands there too)
    return pos_tags(token.doc)[token.i] in _VERB_MISREAD_TAGS and (_in_incise_position(token, lexicon) or _english_incise_read_as_compound(token, lexicon))


def _english_incise_read_as_compound(token: Token, lexicon: Lexicon) -> bool:
    """“…,” the post read. / “…,” the email read.: the tagger reads a short English incise (a
    determiner, a noun, a speech verb ending the sentence right after the closing mark) as
    one compound noun ("post read"). The last word, a speech verb's form, is the verb."""
    doc, i = token.doc, token.i
    if lexicon.language != "en" or i < 3 or pos_tags(doc)[i - 1] != "NOUN" or doc[i - 1].head.i != i:
        return False
    if doc[i - 2].dep_ not in ("det", "poss") or not (doc[i - 3].text in _QUOTE_CHARS or doc[i - 3].text == ","):
        return False
    ends = i + 1 == len(doc) or doc[i + 1].text in (".", "!", "?") or doc[i + 1].is_space
    return ends and verb_lemma(token, lexicon.speech_verbs) is not None


def _in_incise_position(token: Token, lexicon: Lexicon) -> bool:
    """Whether a French speech verb stands where an incise verb does: right after a comma or a
    closing mark, with no determiner of its own, and its inverted subject after it: a determiner
    (« un expert ») or a proper name (« Marie Roy »). A pronominal verb's reflexive clitic comes
    first (« « … », s'indigne Marie Roy »: « indigne » is also an adjective, « enthousiasme » a
    noun)."""
    doc = token.doc
    if not lexicon.complementizers or token.i < 2 or token.i + 1 >= len(doc):
        return False
    previous, following = doc[token.i - 1], doc[token.i + 1]
    if previous.lower_.translate(_APOSTROPHES) in ("s'", "se"):
        previous = doc[token.i - 2]
    return (
        (previous.text == "," or previous.text in _QUOTE_CHARS)
        and (following.lower_ in _SUBJECT_DETERMINERS or pos_tags(doc)[following.i] == "PROPN" and following.text[:1].isupper())
        and not any(c.dep_ == "det" for c in token.children)
        and _present_tense_lemma(token, lexicon.incise_verbs) is not None
    )


def _after_inverted_clitic(token: Token, lexicon: Lexicon) -> bool:
    """« « … », a-t-il aussi martelé », « a-t-elle d'abord affirmé »: a French speech verb's past
    participle after the inverted clitic subject of its auxiliary (adverbs between). The tagger
    often reads such a participle as an adjective, or hangs the auxiliary on the clitic and
    leaves the participle bare; after avoir + an inverted clitic it can only be a compound tense."""
    if not lexicon.complementizers or token.i < 3 or not token.lower_.endswith(_PAST_PARTICIPLE_ENDINGS):
        return False
    doc = token.doc
    i = token.i - 1
    while i > 0 and (doc[i].pos_ == "ADV" or doc[i].lower_ in ("d'", "d’") and doc[i + 1].pos_ == "ADV"):
        i -= 1  # « aussi », « encore », « d'abord »
    clitic = i
    while i > 0 and doc[i].text.startswith("-") and doc[i].text[1:].isalpha():
        i -= 1  # « -t », « -il » / « -elle » / « -on » / « -ils »
    return clitic > i and doc[clitic].lower_ in _INVERTED_SUBJECT_CLITICS and doc[i].lower_ in AVOIR_FORMS and (
        verb_lemma(token, lexicon.speech_verbs) is not None
    )


def _as_reported_by(participle: Token) -> bool:
    """"As reported by the Gazette, …": a bare participle in an "as" clause with its agent
    reports the main clause (``_Analyzer._main_clause_of_as_clause``), as "as the Gazette
    reported" does; it describes nothing."""
    return participle.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in participle.children) and any(c.dep_ == "agent" for c in participle.children)


def _is_cue(token: Token, lexicon: Lexicon) -> bool:
    """A reporting verb used as a verb of saying: not an adjectival or passive participle
    ("des pirates accusés de …", "the so-called deal"), which describes rather than reports."""
    if _noun_read_incise_verb(token, lexicon):
        return True
    pos = pos_tags(token.doc)[token.i]
    if pos == "VERB" and verb_lemma(token, lexicon.incise_only_verbs) is not None:
        # « « … », analyse un expert », but not « a analysé des milliers de matchs »
        return _in_incise_position(token, lexicon)
    if pos not in ("VERB", "AUX"):
        return False
    if verb_lemma(token, lexicon.speech_verbs) is None:
        # « impute l'accident à … »: a verb that assigns a cause or a value reports with its object
        # only (« des fichiers chiffrés », « le prix attribué » state nothing), and not in the
        # infinitive (« chercher à imputer l'attentat à … » is an aim, not something said)
        return (
            verb_lemma(token, lexicon.assignment_verbs) is not None and "Inf" not in morph_get(token, "VerbForm", [])
            and any(c.dep_ in ("obj", "dobj") for c in token.children)
        )
    if lexicon.complementizers and _reflexive(token) and not _listed_reflexive(token, lexicon):
        return False  # « les détournements se sont poursuivis », « la tendance se confirme »: no one speaks
    if _hands_down_penalty(token, lexicon) or _participle_before_its_noun(token, lexicon) or _addressed_in_a_shared_passive(token, lexicon):
        return False
    if lexicon.complementizers and any(c.dep_ in _SUBJ and _negative_subject(c) for c in token.children):
        return False  # « rien n'indique que … », « aucun témoin n'a dit … »: no one is said to say it
    if _misread_participle(token, lexicon) or any(c.dep_ in _SUBJ and c.text.startswith("-") for c in token.children):
        return True  # « lance X », « dit-il »: present tenses (an inverted clitic subject needs a finite verb)
    bare = not any(c.dep_.startswith("aux") or c.dep_ in ("obj", "dobj", "ccomp") for c in token.children)
    if bare and lexicon.complementizers and any(c.dep_ == "nsubj" for c in token.children):
        bare = False  # « Le témoin dit avoir vu … »: a present tense read as a participle (dit, écrit) has a subject
    if bare and ("Past" in morph_get(token, "Tense", []) and "Part" in morph_get(token, "VerbForm", []) or token.tag_ == "VBN") and not _as_reported_by(token):
        return False  # a bare past participle describes ("accusés de …", "accused of …")
    if "Part" in morph_get(token, "VerbForm", []) and token.dep_ in ("acl", "amod", "appos") and not any(
        c.dep_.startswith("aux") or c.dep_ in ("obj", "dobj", "ccomp") for c in token.children
    ) and not _present_participle_with_infinitive(token, lexicon):
        return token.tag_ == "VBG"  # English gerund adjuncts ("…, saying that") still report
    # Both parses can mark a passive by its auxiliary only ("She was accused of …", « est
    # accusée de … »): the subject is the accused, not an accuser.
    passive = "Pass" in morph_get(token, "Voice", []) or token.i in heads_of(token.doc, "auxpass") or token.i in heads_of(token.doc, "aux:pass")
    if passive and lexicon.complementizers and _reflexive(token):
        passive = False  # « s'étaient indignés »: a pronominal verb's compound tense takes être, no passive
    if passive and not any(_is_agent(c) for c in token.children):
        # "X est convaincu que …" / "X is convinced that …" reports X's belief.
        return token.lemma_.lower() in lexicon.passive_belief_verbs
    return True


#: French negative pronouns and determiners that make a subject no one (« rien », « aucun témoin »).
_NEGATIVE_PRONOUNS = frozenset({"rien", "personne"})
_NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})


def _negative_subject(subject: Token) -> bool:
    """Whether a French subject is negative: « rien », « personne » (a pronoun, not the noun « la
    personne »), or a noun under « aucun », « nul »."""
    if subject.lower_ in _NEGATIVE_PRONOUNS:
        return subject.pos_ == "PRON" or not any(c.dep_ == "det" for c in subject.children)
    return any(c.dep_ == "det" and c.lower_ in _NEGATIVE_DETERMINERS for c in subject.children)


def _present_participle_with_infinitive(participle: Token, lexicon: Lexicon) -> bool:
    """« le président promettant dès 2012 de réduire la dette », « une lettre demandant de … »: a
    French present participle followed by a « de » infinitive (past a short date or adverb)
    reports what its noun said, an absolute participle or a document's content, however the
    parse attached the infinitive."""
    if not lexicon.complementizers or "Pres" not in morph_get(participle, "Tense", []):
        return False
    doc = participle.doc
    j = participle.i + 1
    while j < len(doc) and j - participle.i <= 4 and (doc[j].pos_ in ("ADV", "NUM") or doc[j].lower_ in lexicon.time_words or doc[j].lower_ == "dès"):
        j += 1
    return j + 1 < len(doc) and doc[j].lower_ in ("de", "d'", "d’") and "Inf" in morph_get(doc[j + 1], "VerbForm", [])


#: English articles: they need a noun after them, unlike "both", "all" or "each" ("Both announced plans").
_ARTICLES = frozenset({"the", "a", "an"})


def _opens_noun_phrase(word: Token) -> bool:
    """An article, a possessive ("its", "Ruiz's"), or a numeral inside its sentence ("won 60",
    "In Guam, 60"): a word a noun follows. A numeral opening the sentence may be a subject that
    stands for people ("Two reported problems to the police")."""
    if word.lower_ in _ARTICLES or word.tag_ in ("PRP$", "POS"):
        return True
    return word.tag_ == "CD" and not word.is_sent_start


def _participle_before_its_noun(verb: Token, lexicon: Lexicon) -> bool:
    """An English participle between an article, possessive or numeral and a noun is an
    adjective, whatever the parse made of it: "won 60 pledged delegates", "the announced cuts",
    "its promised report" describe things and report no one's words (the parse may read "60"
    as the verb's subject and the noun as its object)."""
    if lexicon.complementizers or verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith("ed") or verb.i == 0 or verb.i + 1 >= len(verb.doc):
        return False  # "Of those polled, 60 said taxes …": an irregular past ("said") is no adjective
    return _opens_noun_phrase(verb.doc[verb.i - 1]) and verb.doc[verb.i + 1].tag_ in ("NN", "NNS")


def _shares_the_passive(token: Token) -> bool:
    """A participle with no auxiliary of its own coordinated with a passive (« X a été arrêté et
    accusé de … », « interpellé puis mis en examen »): its subject is the passive's, who undergoes
    it, not a reporter."""
    head = _voice_bearer(token)
    if head.i == token.i:
        return False
    return "Part" in morph_get(token, "VerbForm", []) and any(c.dep_ in ("auxpass", "aux:pass") for c in head.children) and not any(_is_agent(c) for c in head.children)


def _addressed_in_a_shared_passive(token: Token, lexicon: Lexicon) -> bool:
    """(English) "Olsen was admitted to hospital and told he would need surgery": a verb with an
    addressee (tell, warn, advise), coordinated with a passive without an agent and with no
    auxiliary or object of its own, shares that passive: its subject was told, and nobody is
    named who told it ("… and told police he was innocent" has its addressee: it reports)."""
    if lexicon.complementizers or token.dep_ != "conj" or verb_lemma(token, lexicon.addressee_verbs) is None:
        return False
    if any(c.dep_.startswith("aux") or c.dep_ in ("dobj", "obj", "dative", "iobj", "agent") for c in token.children):
        return False
    head = token.head
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) and not any(_is_agent(c) for c in head.children)


def _voice_bearer(verb: Token) -> Token:
    """The verb whose auxiliaries tell this one's voice: its head for a conjunct with no auxiliary
    of its own (« a été arrêté et placé … » shares « a été »), else itself."""
    if verb.dep_ == "conj" and not any(c.dep_.startswith("aux") for c in verb.children):
        return verb.head
    return verb


def _hands_down_penalty(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of judgment comes with its penalty (« condamné à deux ans de prison »,
    « sanctionnée d'une amende », « condamné à payer », "sentenced to five years"): a verdict, not
    a report of words, whoever the subject (« X condamne l'attaque » still reports)."""
    if not lexicon.verdict_verbs or verb_lemma(verb, lexicon.verdict_verbs) is None:
        return False
    markers = lexicon.verdict_prepositions

    def marked(word: Token) -> bool:
        return word.lower_ in markers or any(c.dep_ in ("case", "mark") and c.lower_ in markers for c in word.children)

    for child in verb.children:
        if child.i < verb.i or child.dep_ not in _OBJECT_CONTENT:
            continue
        if marked(child):
            return True
        # « a condamné l'homme à trois ans de prison »: the parse may hang the penalty on the object.
        if any(w.dep_ in ("nmod", "prep") and marked(w) and _penalty(w, lexicon) for w in child.children):
            return True
    return False


def _penalty(word: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase names a penalty: its noun (« trois ans de prison », "to life") or the noun
    after it ("to five years in prison" reads "to" as the head in the English parse)."""
    nouns = [word, *word.children] if word.pos_ == "ADP" else [word]
    return any(n.lemma_.lower() in lexicon.verdict_penalties or n.lower_ in lexicon.verdict_penalties for n in nouns)


@functools.lru_cache(maxsize=8)
def _group_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Multiword phrases grouped by their first word, each group in the given order (once per
    lexicon, not per document: read only)."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        groups.setdefault(words[0], []).append(words)
    return groups


def _went_to(governor: Token) -> bool:
    """« est allé dire au juge que … »: « aller » as a participle is a movement, and the
    infinitive after it was said; only finite « aller » makes the near future (« va annoncer »)."""
    return governor.lemma_.lower() == "aller" and "Fin" not in morph_get(governor, "VerbForm", [])


def _bare_participle(cue: Token) -> bool:
    """A past participle with no auxiliary and no agent that modifies a noun or a clause (« la
    présidente, accusée de corruption », « les suffrages exprimés », « Accusé de fraude, le maire
    … »): it describes; it reports no one's words. With an agent (« qualifié de « dangereux » par
    l'opposition ») the agent said it; a participle coordinated with a finite report shares its
    auxiliary (« a dénoncé X et appelé à Y »)."""
    if "Part" not in morph_get(cue, "VerbForm", []) or "Past" not in morph_get(cue, "Tense", []):
        return False
    if cue.dep_ not in ("acl", "advcl", "amod"):
        return False
    return not any(c.dep_.startswith("aux") or _is_agent(c) for c in cue.children)


def _bare_past_participle_clause(verb: Token) -> bool:
    """A past participle without auxiliary that opens its sentence, heading a clause set before
    the main one (« Qualifié de « menteur » par le maire, le préfet … »): a passive, whose subject
    is the main clause's and who is judged, not who judges. (Only at the sentence's start: inside
    a clause, a past tense the tagger read as a participle is no passive.)"""
    if verb.dep_ != "advcl" or "Part" not in morph_get(verb, "VerbForm", []) or "Past" not in morph_get(verb, "Tense", []):
        return False
    opening = verb.sent.start
    while opening < verb.i and (verb.doc[opening].is_space or verb.doc[opening].is_punct):
        opening += 1
    return opening == verb.i and not any(c.dep_.startswith("aux") for c in verb.children)


def _is_agent(child: Token) -> bool:
    """The agent of a passive verb, also when the French parse calls « par X » a plain oblique
    (« il a été révélé par Mediapart que … »)."""
    return child.dep_ in ("agent", "obl:agent") or child.dep_.startswith("obl") and any(
        c.dep_ == "case" and c.lower_ == "par" for c in child.children
    )


def _is_multiword_cue(token: Token, lexicon: Lexicon) -> bool:
    """The second verb of a two-word reporting verb in the lexicon (« faire savoir que »,
    « faire valoir que »): the infinitive right after a form of its first verb."""
    if token.i == 0 or lemma_lowers(token.doc)[token.i] not in _second_words(lexicon.speech_verbs) or "Inf" not in morph_get(token, "VerbForm", []):
        return False
    previous = token.doc[token.i - 1]
    return f"{previous.lemma_.lower()} {token.lemma_.lower()}" in lexicon.speech_verbs


@functools.cache
def _second_words(verbs: frozenset[str]) -> frozenset[str]:
    """What may follow the first word(s) of a multiword entry: every ending after a space (a
    cheap test before the token's morphology, which spaCy parses anew on each read)."""
    return frozenset(verb[k + 1 :] for verb in verbs for k, char in enumerate(verb) if char == " ")


def _is_french_dependent_cue(token: Token, lexicon: Lexicon) -> bool:
    """Reporting verbs that lean on another verb for their subject and auxiliary, which
    ``_is_cue`` takes for descriptive participles: a participle coordinated with a verb that has
    the auxiliary (« a abrégé les débats et demandé aux élus de … ») and a gerund or present
    participle (« tout en répondant que … », « la chaîne affirmant que … »)."""
    if verb_lemma(token, lexicon.speech_verbs) is None or "Part" not in morph_get(token, "VerbForm", []):
        return False
    doc = token.doc
    if "Pres" in morph_get(token, "Tense", []):
        # A gerund, or a present participle with its own content clause (« BFMTV affirmant que … »),
        # or set off by a comma before an infinitive content (« …, indiquant les avoir arrêtées »).
        return (
            token.i > 0 and doc[token.i - 1].lower_ == "en"
            or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lexicon.complementizers
            or token.i > 0 and doc[token.i - 1].text == "," and _infinitive_follows(token, lexicon)
        )
    head = token.head
    if _hands_down_penalty(token, lexicon):
        return False  # « a été arrêté et condamné à … »: a verdict
    if _shares_the_passive(token):
        return False  # « a été arrêté et accusé de … »: the passive's subject is the accused
    return token.dep_ == "conj" and head.i != token.i and head.pos_ == "VERB" and any(c.dep_.startswith("aux") for c in head.children)


def _infinitive_follows(verb: Token, lexicon: Lexicon) -> bool:
    """An infinitive right after the verb, past object clitics and the negation (« affirmant
    avoir … », « indiquant les avoir arrêtées », « assurant ne pas vouloir … »)."""
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= 4 and (doc[j].lower_ in lexicon.object_clitics or doc[j].lower_ in ("ne", "n'", "n’", "pas", "jamais", "plus")):
        j += 1
    return j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and "Inf" in morph_get(doc[j], "VerbForm", [])


def _proper_name_only(words: list[Token]) -> bool:
    """« Pour L'Écho-Le Matin, … »: a source written as a capitalised proper name alone (a
    newspaper, a party the recogniser does not know), not a place or a date."""
    names = [t for t in words if t.pos_ == "PROPN"]
    return bool(names) and words[0].text[:1].isupper() and all(
        t.pos_ in ("PROPN", "DET") or t.is_punct or t.text[:1].isupper() for t in words
    ) and not any(t.ent_type_ in ("LOC", "GPE", "DATE", "TIME") for t in words)


def _reflexive(verb: Token) -> bool:
    """« s'est exprimé depuis Paris »: a reflexive verb (« s'exprimer ») takes no object content."""
    lowers = lower_forms(verb.doc)  # (asked of many verbs: the per-Doc lists, no Token per child)
    return any(k < verb.i and lowers[k] in ("se", "s'", "s’") for k in children_indices(verb.doc)[verb.i])


def _listed_reflexive(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a French speech verb used with « se » is a pronominal verb of saying the lexicon
    lists (« s'indigner », « se dire »); other pronominal uses of speech verbs say nothing
    (« se poursuivre », « se confirmer », « s'annoncer difficile »)."""
    lemma = verb_lemma(verb, lexicon.speech_verbs) or verb.lemma_.lower()
    forms = (f"se {lemma}", f"s'{lemma}", f"s’{lemma}")
    return any(form in lexicon.speech_verbs for form in forms)


def _is_gerund(verb: Token) -> bool:
    """A French gerund: « en » (« tout en ») + present participle."""
    if "Part" not in morph_get(verb, "VerbForm", []) or "Pres" not in morph_get(verb, "Tense", []):
        return False
    return any(c.dep_ in ("mark", "case") and (c.lower_ == "en" or any(g.lower_ == "en" for g in c.children)) for c in verb.children)


def _prepositional(noun: Token) -> bool:
    """Whether a noun opens with a preposition other than « de » (« Sur Radio Sud, rappelant … »,
    "In Paris, …"): a place or a medium the parse took for a subject, which is never one."""
    return any(c.dep_ == "case" and c.i < noun.i and c.pos_ == "ADP" and c.lower_ not in _PARTITIVE_CASES for c in noun.children)


#: How many words before a quoted label its labelling verb may stand ("called Smith, his
#: rival in the primary, a “fraud”"): a label sits in its verb's clause, a few words on.
_LABEL_WINDOW = 12

#: Subordinators of a clause of contrast ("…, while critics say …"): a report inside one is a
#: statement of its own.
_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst", "although", "though"})


def _participle_with_own_content(verb: Token) -> bool:
    """"hailed the vote as “fantastic,” telling reporters that he thinks …": a present participle
    after a quotation that has a content clause of its own opens a new report; it is no incise
    of the quotation before it (whose words belong to the verb before them). The parse may hang
    the "that" clause on a noun of an adjunct between them ("during a visit … that he thinks")."""
    if verb.tag_ != "VBG":
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) or any(t.dep_ == "mark" and t.lower_ == "that" and t.i > verb.i for t in verb.subtree)


def _appositive_comma(comma: Token, lo: int) -> bool:
    """A comma that opens or closes an appositive of a labelled object ("called Smith, his
    rival, a “fraud”"): it touches the appositive, whose noun hangs on a word after ``lo``."""
    if comma.text != ",":
        return False
    doc = comma.doc
    for k in (comma.i - 1, comma.i + 1):
        if not lo <= k < len(doc):
            continue
        word = doc[k]
        appositive = next((a for a in (word, *word.ancestors) if a.dep_ == "appos"), None)
        if appositive is not None and lo <= appositive.head.i < comma.i and (appositive.left_edge.i == comma.i + 1 or appositive.right_edge.i == comma.i - 1):
            return True
    return False


def _object_modifier_verb(verb: Token, lo: int) -> bool:
    """A verb that modifies a noun before it, after ``lo`` ("the vote to leave the union", "the
    plan that cuts taxes"): part of a labelled object, not the labelling verb."""
    return verb.dep_ in ("acl", "relcl", "acl:relcl") and lo <= verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


#: Words that may stand between a labelling verb and its quoted label (« qualifié d'« … » », « désigne comme « … » », « par X »).
_LABEL_LINKS = frozenset({"de", "d'", "d", "'", "du", "des", "comme", "en", "par", "as", "by", "to"})  # "to": "referred to X as “…”"

#: Words a French subject may start with (« Des experts », « D'autres »): not prepositions there.
_PARTITIVE_CASES = frozenset({"de", "d'", "d’", "du", "des"})
# Prepositions that may introduce what a noun-phrase-content verb calls for or asks (« appelle à la grève »).
_CONTENT_PREPOSITIONS = frozenset({"à", "au", "aux", "de", "d'", "d’", "du", "des"})


def _quoted_mask(tokens: list[Token], spans: list[QuoteSpan]) -> list[bool]:
    """For each token of a Doc (``tokens``: all of them, in order), whether it sits inside a
    quotation (marks included)."""
    out = [False] * len(tokens)
    if not tokens:
        return out
    # (each token's idx, read once per Doc: token i is tokens[i], no Token attribute read per word)
    starts = token_bounds(tokens[0].doc)[0]
    k = 0
    for i, start in enumerate(starts):
        while k < len(spans) and spans[k].outer_end <= start:
            k += 1
        if k < len(spans) and spans[k].outer_start <= start < spans[k].outer_end:
            out[i] = True
    return out


class _Analyzer:
    """The attribution rules over one parsed document, sharing what they all read: the tokens,
    which of them sit inside quotation marks, the candidate cues and the speaker registry."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon
        # Token objects are built on every access to the Doc: make them once per document.
        self.tokens: list[Token] = list(doc)
        self._sentences: dict[int, tuple[int, int]] = {}
        self._verb_subjects: dict[int, Token | None] = {}  # (``_subject``)
        self.spans = find_quote_spans(self.text)
        self.mask = _quoted_mask(self.tokens, self.spans)
        self.registry = SpeakerRegistry(doc, lexicon, self.mask, self.tokens)
        # One pass over the tokens: candidate cues outside quotations.
        self.cues: list[Token] = []
        # (the multiword adverbs by first word: ``_locution_at`` runs on every verb's left context)
        self._locutions = _group_by_first_word(lexicon.adverbial_locutions)
        # Participles cut from their auxiliary by a locution (``_participle_after_locution``) → that auxiliary.
        self._auxiliary_across_locution: dict[int, int] = {}
        tags = pos_tags(doc)  # (a per-Doc list: Token.pos_ looks the name up on every read)
        for token in self.tokens:
            pos = tags[token.i]
            if not self.mask[token.i] and (
                pos in _ADJECTIVE_READ_TAGS and _adjective_read_participle(token, lexicon)
                or pos in ("VERB", "AUX")
                and (
                    # (the locution test first: it also remembers the auxiliary for ``_subject``)
                    lexicon.complementizers and self._participle_after_locution(token) is not None
                    or _is_cue(token, lexicon) or _is_multiword_cue(token, lexicon)
                    or lexicon.complementizers and _is_french_dependent_cue(token, lexicon)
                )
            ):
                self.cues.append(token)
        self.used_cues: set[int] = set()
        self._cue_set = {cue.i for cue in self.cues}
        self._source_words = frozenset(p[0] for p in lexicon.according_to if len(p) == 1)
        self._blame_verbs = frozenset(words[0] for words in lexicon.blame_locutions)
        self._speech_and_blame_verbs = lexicon.speech_verbs | self._blame_verbs

    def _participle_after_locution(self, token: Token) -> int | None:
        """« a de son côté dénoncé … », « a en outre indiqué que … », « a, pour sa part, estimé
        … »: a speech verb's past participle separated from its auxiliary avoir by adverbs and
        multiword adverbs. The parse often reads the locution as the clause's object or the
        participle as an adjunct of its noun (« côté dénoncé »), and the verb loses its
        auxiliary; after avoir and adverbs only, it is a compound tense all the same."""
        doc = self.doc
        if token.i < 3 or "Part" not in morph_get(token, "VerbForm", []) or "Past" not in morph_get(token, "Tense", []):
            return None
        if verb_lemma(token, self.lex.speech_verbs) is None or any(c.dep_.startswith("aux") for c in token.children):
            return None
        lowers, tags = lower_forms(doc), pos_tags(doc)
        auxiliary = next((p for p in range(token.i - 1, max(-1, token.i - 9), -1) if lowers[p] in AVOIR_FORMS and not self.mask[p]), None)
        if auxiliary is None or auxiliary + 1 == token.i:
            return None
        k, locution = auxiliary + 1, False
        while k < token.i:
            if n := self._locution_at(k, token.i):
                k, locution = k + n, True
            elif lowers[k] == "," or tags[k] == "ADV" and not self.mask[k]:
                k += 1
            else:
                break
        if k != token.i or not locution or _hands_down_penalty(token, self.lex):
            return None
        self._auxiliary_across_locution[token.i] = auxiliary
        return auxiliary

    # -- helpers ----------------------------------------------------------------------------
    def _role_read_as_verb(self, token: Token) -> bool:
        """A lower-case word right before a person's name that the tagger took for a verb: a role
        set before the name ("…,” screenwriter Tom Reed wrote), not a verb of its own."""
        doc = self.doc
        nxt = token.i + 1
        if self.lex.complementizers or not token.is_lower or not token.is_alpha or nxt >= len(doc) or self.mask[nxt]:
            return False
        if doc[nxt].ent_type_ not in ("PERSON", "PER") or doc[nxt].ent_iob_ != "B":
            return False
        # The name, then its reporting verb: nothing else between the role and the cue.
        end = nxt + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end < len(doc) and self._is_cue_here(doc[end])

    def _char_token(self, char: int) -> Token | None:
        return token_at(self.doc, char)

    def _subject(self, verb: Token) -> Token | None:
        """``_verb_subject``, found once per verb: a cue's subject is asked for its content,
        then again for its speaker."""
        if verb.i not in self._verb_subjects:
            self._verb_subjects[verb.i] = self._verb_subject(verb)
        return self._verb_subjects[verb.i]

    def _second_subject_is_the_subject(self, first: Token, second: Token) -> bool:
        """Of two subjects the parse gave a reporting verb, the second is the real one when the
        first is a misparse before it."""
        if self._fronted_word(first):
            # « Ému, il déclare … »: a lone word set off by a comma at the head of the sentence
            # is a fronted adjective or participle the parse took for a subject; the subject follows.
            return True
        if _relative_word(first) and not _relative_word(second) and second.left_edge.i == first.i + 1:
            # "the files, which she said were private": the parse hangs the relative pronoun
            # of the reported clause on the reporting verb too; the speaker is the subject right
            # after it (not a noun further on: "who, like many others, asked …").
            return True
        if self._clause_set_off_before_subject(first, second):
            return True
        if self._french_determiner_read_as_subject(first, second):
            return True
        # « Le préfet Jean Castel a expliqué qu'il … »: the parse may make the title and the name
        # after it two subjects of the verb; they are one, and the name says who.
        return _title_then_name(first, second)

    def _french_determiner_read_as_subject(self, first: Token, second: Token) -> bool:
        """« Plusieurs capitales européennes ont exprimé … »: the French parse may make a
        quantifying determiner and its noun two subjects of the verb; the noun right after the
        determiner is the subject (the determiner alone names no one)."""
        return self.lex.language == "fr" and first.pos_ == "DET" and second.pos_ == "NOUN" and second.left_edge.i == first.i + 1

    def _clause_set_off_before_subject(self, first: Token, second: Token) -> bool:
        """« L'ancienne ministre jugée à Lyon, le parquet requiert … », « l'État promet des aides,
        les maires dénoncent des retards »: a noun phrase with its own past participle (an
        absolute clause) or its own finite verb (a clause spliced on with a comma, the verb misread
        as a modifier), closed by a comma right before another noun phrase, is not the subject;
        the noun phrase after the comma is."""
        comma = second.left_edge.i - 1
        if self.doc[comma].text != "," or first.right_edge.i not in (comma - 1, comma):
            return False  # (the parse may hang the comma on the first phrase)
        for child in first.children:
            if child.dep_ not in ("acl", "amod") or child.i < first.i:
                continue
            form, tense = morph_get(child, "VerbForm", []), morph_get(child, "Tense", [])
            if "Part" in form and "Past" in tense or "Fin" in form and child.pos_ in ("VERB", "AUX"):
                return True
        return False

    def _verb_subject(self, verb: Token) -> Token | None:
        """The subject of a reporting verb, climbing through aux/xcomp/conj chains."""
        seen = 0
        t = self._subject_search_start(verb)
        agent = self._french_passive_agent(verb) or self._agent_after_quoted_label(verb)
        if agent is not None:
            return agent
        coordinated = (
            self._french_absolute_participle_subject(verb) or self._subject_across_locution(verb)
            or self._french_subject_read_as_object_conjunct(verb) or self._french_subject_before_its_relative(verb)
            or self._english_misplaced_subject(verb)
        )
        if coordinated is not None:
            return coordinated
        while t is not None and seen < 4:
            subjects = [
                c for c in t.children
                if c.dep_ in _SUBJ and not self.mask[c.i] and not _prepositional(c) and not self._after_french_participle(c, t) and not self._inside_locution_before(c, t)
            ] or self._french_subjects_on_auxiliary(t)
            if len(subjects) > 1 and self._second_subject_is_the_subject(subjects[0], subjects[1]):
                return subjects[1]
            if subjects:
                return self._subject_set_off_before(subjects) or subjects[0]
            if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.dep_ == "prep":
                owner = self._gerund_owner(t)
                if owner is None or owner.pos_ not in ("VERB", "AUX"):
                    return owner
                t = owner
                seen += 1
                continue
            finite = "Fin" in morph_get(t, "VerbForm", [])
            clause = self._clause_a_participle_tells_of(t)
            if clause is not None:
                t = clause
                seen += 1
                continue
            hung = self._subject_the_verb_hangs_on(t)
            if hung is not None:
                return hung
            if (
                t.dep_ == "acl"
                and "Pres" in morph_get(t, "Tense", [])
                and "Part" in morph_get(t, "VerbForm", [])
                and t.head.pos_ in ("NOUN", "PROPN")
                and t.head.i < t.i
                and not self.mask[t.head.i]
                # (« accueilli par des manifestants scandant « … » »: who cries out is who is there)
                and (not _prepositional(t.head) or verb_lemma(t, self.lex.outcry_verbs) is not None)
            ):
                # « Ines Kaboré, membre de l'agence, faisant part de … »: a present participle on
                # a noun says what that noun's referent does (a past participle or an infinitive
                # on it describes it: « les communiqués publiés », « des alliés pour condamner »).
                if (t.head.dep_ in ("obj", "dobj", "dep") or self._object_read_as_content_clause(t.head)) and t.i > 0 and self.doc[t.i - 1].text == "," and t.head.head.i != t.head.i:
                    # « X a reconnu sa responsabilité, indiquant … », "X rejected the idea, saying
                    # …": after a comma, a participle the parse hangs on the object says what the
                    # clause's subject does; also when the parse left the object unlabelled
                    # (``dep``: « X n'a confirmé que le retard, reconnaissant … »).
                    t = t.head.head
                    seen += 1
                    continue
                return t.head
            controller = self._french_object_controller(t)
            if controller is not None:
                return controller
            if _shares_head_subject(t, finite):
                t = t.head
                seen += 1
                continue
            break
        stranded = self._french_stranded_subject(verb) if seen == 0 else None
        if stranded is None and t is not None and t.pos_ in ("VERB", "AUX"):
            stranded = self._french_name_before_set_off_phrase(t) or self._french_name_read_as_modifier(t)
        return stranded if stranded is not None else _english_passive_agent(verb)

    def _clause_a_participle_tells_of(self, verb: Token) -> Token | None:
        """The verb of the clause whose subject a French present participle set off by a comma
        says something of, when the parse hangs it elsewhere: « X a rendu hommage, après sa
        rencontre avec Y, confiant que … » (on a noun of a prepositional adjunct: that clause), « X
        a assuré que A, imputant B à C » (on the clause a reporting verb reports: that verb)."""
        if self._participle_after_comma(verb):
            return self._clause_of_adjunct_noun(verb.head)
        return verb.head.head if self._participle_after_reported_clause(verb) else None

    def _participle_after_reported_clause(self, verb: Token) -> bool:
        """« X a assuré que le pont était solide, imputant l'effondrement à une crue »: a present
        participle set off by a comma that the parse hangs on the clause a reporting verb reports
        says what the reporting verb's subject does, not the reported clause's subject."""
        return (
            bool(self.lex.complementizers) and verb.dep_ == "advcl" and verb.i > 0 and self.doc[verb.i - 1].text == ","
            and "Part" in morph_get(verb, "VerbForm", []) and "Pres" in morph_get(verb, "Tense", [])
            and verb.head.dep_ == "ccomp" and verb.head.head.i in self._cue_set
        )

    def _french_object_controller(self, verb: Token) -> Token | None:
        """« La crise a poussé le gouvernement à reconnaître que … », « Il a convaincu les élus de
        dénoncer … »: an infinitive brought in by a bare « à » / « de » right after the direct
        object of its verb has that object for subject (the verb's own subject only made it
        speak), except after the few verbs whose subject keeps it (« menacer qn de … »: lexicon
        subject_control_verbs). Not an adjunct (« …, avant de dénoncer », « pour dire »), which
        says what the subject itself does, nor an infinitive set apart from the object."""
        if self.lex.language != "fr" or verb.dep_ not in ("xcomp", "advcl", "obl:arg", "obl", "ccomp") or "Inf" not in morph_get(verb, "VerbForm", []):
            return None
        governor = verb.head
        if governor.pos_ != "VERB" or governor.i >= verb.i or governor.lemma_.lower() in self.lex.subject_control_verbs:
            return None
        opening = verb.left_edge
        if opening.dep_ != "mark" or opening.head.i != verb.i or opening.lower_.replace("’", "'") not in ("à", "de", "d'"):
            return None
        return next(
            (
                c for c in governor.children
                if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") and governor.i < c.i and c.right_edge.i == opening.i - 1 and not self.mask[c.i]
            ),
            None,
        )

    def _french_subjects_on_auxiliary(self, verb: Token) -> list[Token]:
        """« Ce dernier a d'ailleurs démenti … »: the parse may hang the subject on the tense
        auxiliary before the participle; it is the compound verb's subject all the same. So with
        a causative before an infinitive (« Il a fait savoir que … », « elles font valoir que … »)
        that the parse hung under the infinitive: its subject is the whole verb's."""
        if not self.lex.complementizers:
            return []
        before = [
            a for a in verb.children
            if a.i < verb.i and (a.dep_.startswith("aux") or a.dep_ == "dep" and a.lemma_.lower() in self.lex.causative_verbs)
        ]
        return [
            c for a in before
            for c in a.children if c.dep_ in _SUBJ and c.i < a.i and not self.mask[c.i] and not _prepositional(c)
        ]

    def _english_misplaced_subject(self, verb: Token) -> Token | None:
        """The subject of an English reporting verb the parse hung elsewhere: the noun it
        compounded an incise verb with (``_english_incise_read_as_compound``), the noun a
        participle took the verb from (``_noun_root_before_participle``), or the subject of the
        reporting verb whose content the verb is coordinated in (``_report_coordinated_in_content``)."""
        if _english_incise_read_as_compound(verb, self.lex):
            return self.doc[verb.i - 1]  # "the post read": the noun the parse compounded with the verb
        outer = self._report_coordinated_in_content(verb)
        return (
            self._noun_root_before_participle(verb) or (self._subject(outer) if outer is not None else None)
            or self._participle_subject_in_nearer_clause(verb)
        )

    def _participle_subject_in_nearer_clause(self, verb: Token) -> Token | None:
        """"The first clash broke out at the fair, when workers booed her, shouting …": a
        participle after a comma that the parse hangs on a main clause whose subject is a thing
        or an event (no one who could speak) is done by the subject of the clause closest before
        it, when that one names someone."""
        if self.lex.language != "en" or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return None
        main = verb.head
        subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < main.i), None)
        if subject is None or subject.pos_ != "NOUN" or "Plur" in morph_get(subject, "Number", []) or self._names_someone(subject) or self._institution_word(subject):
            return None
        clauses = [t for t in self.doc[main.i + 1 : verb.i] if t.pos_ == "VERB" and "Fin" in morph_get(t, "VerbForm", []) and t.dep_ in ("relcl", "advcl", "conj", "ccomp")]
        if not clauses:
            return None
        nearer = next((c for c in clauses[-1].children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clauses[-1].i and not self.mask[c.i]), None)
        if nearer is None or not (self._names_someone(nearer) or nearer.pos_ == "NOUN" and "Plur" in morph_get(nearer, "Number", [])):
            return None
        return nearer

    def _institution_word(self, noun: Token) -> bool:
        """A noun for a body that speaks ("the company", "the ministry", "the report")."""
        lex, lemma = self.lex, noun.lemma_.lower()
        return any(w in words for w in (lemma, noun.lower_) for words in (lex.organization_words, lex.government_words, lex.organization_anaphors, lex.document_nouns))

    def _noun_root_before_participle(self, verb: Token) -> Token | None:
        """"The museum report praising the new wing said it …": when a participle modifies the
        subject, the parse may take the participle's object ("the new wing") for the subject of
        the reporting verb, hang the verb on the participle and leave the sentence a bare noun.
        The subject is then that noun (the sentence's root), not the participle's object."""
        participle = verb.head
        noun = participle.head
        if (
            self.lex.complementizers or verb.dep_ != "ccomp" or participle.dep_ != "acl" or participle.tag_ not in ("VBG", "VBN")
            or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or not noun.i < participle.i < verb.i or self.mask[noun.i]
        ):
            return None
        return noun

    def _subject_set_off_before(self, subjects: list[Token]) -> Token | None:
        """"The gardeners who prune early get the sweetest plums, she said": of several English
        subjects the parse hangs on a verb, the last one, set off by a comma after all the others
        and right before the verb, is the verb's own; the ones before the comma belong to the
        clause it reports. None when the subjects are not laid out so."""
        if self.lex.complementizers or len(subjects) < 2:
            return None
        last = subjects[-1]
        comma = last.left_edge.i - 1
        if self.doc[comma].text != "," or last.head.i - last.right_edge.i != 1:
            return None
        return last if all(s.right_edge.i < comma for s in subjects[:-1]) else None

    def _french_absolute_participle_subject(self, verb: Token) -> Token | None:
        """« La sortie du film a déçu, plusieurs critiques jugeant que le scénario manque de
        rythme »: a present participle right after a noun phrase that a comma opens (with no
        comma between them) has that noun phrase for subject, whatever the parse hung them on."""
        if not self.lex.complementizers or verb.i < 3 or "Part" not in morph_get(verb, "VerbForm", []) or "Pres" not in morph_get(verb, "Tense", []):
            return None
        doc = self.doc
        k = verb.i - 1
        while k > 0 and verb.i - k <= 8 and doc[k].text != "," and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM"):
            k -= 1
        if doc[k].text != "," or k + 1 >= verb.i or self.mask[k + 1] or doc[k + 1].pos_ not in ("DET", "NOUN", "NUM"):
            return None
        words = range(k + 1, verb.i)
        heads = [doc[i] for i in words if not (k < doc[i].head.i < verb.i) or doc[i].head.i == i]
        if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].dep_ in _SUBJ or heads[0].dep_ in ("obj", "dobj"):
            return None
        return heads[0]

    def _subject_across_locution(self, verb: Token) -> Token | None:
        """« Le ministre a de son côté dénoncé … »: for a participle cut from its auxiliary by a
        locution (``_participle_after_locution``), the subject of the auxiliary or of the verb it serves."""
        auxiliary = self._auxiliary_across_locution.get(verb.i)
        if auxiliary is None:
            return None
        aux = self.doc[auxiliary]
        owner = aux.head if aux.dep_.startswith("aux") else aux
        subject = next((c for c in owner.children if c.dep_ in _SUBJ and c.i < auxiliary and not self.mask[c.i]), None)
        hung_on = aux.head
        if subject is None and owner is aux and hung_on.i < aux.i and hung_on.pos_ in ("NOUN", "PROPN") and (hung_on.dep_ == "ROOT" or hung_on.dep_ in _SUBJ) and not self.mask[hung_on.i]:
            # « La présidente du club, Ana Roe, a pour sa part dénoncé … »: the parse may hang the
            # auxiliary on the noun phrase before it, which is then the root; that noun is the subject.
            return hung_on
        return subject

    def _inside_locution_before(self, word: Token, verb: Token) -> bool:
        """« …, a de son côté affirmé X »: a noun between the auxiliary and its participle is part
        of an adverbial (« de son côté », « pour sa part »), never the subject, which a French
        compound verb has before its auxiliary or after its participle."""
        if not self.lex.complementizers or word.pos_ not in ("NOUN", "PROPN") or word.i > verb.i:
            return False
        auxiliary = self._auxiliary_across_locution.get(verb.i)
        if auxiliary is None:
            auxiliary = next((a.i for a in verb.children if a.dep_.startswith("aux") and a.i < word.i), None)
        return auxiliary is not None and auxiliary < word.i

    def _after_french_participle(self, subject: Token, verb: Token) -> bool:
        """« …, a-t-il ajouté, jugeant que Nantes a mieux joué et mérite le titre »:
        a French present participle never has its subject after it, so a noun of its content
        that the parse makes its subject is not (its subject is the clause's it hangs on)."""
        return (
            bool(self.lex.complementizers) and subject.i > verb.i
            and "Part" in morph_get(verb, "VerbForm", []) and "Pres" in morph_get(verb, "Tense", [])
        )

    def _subject_the_verb_hangs_on(self, verb: Token) -> Token | None:
        """A French verb the parse hung on its own subject or on the participle describing it."""
        if self._finite_verb_read_as_noun_modifier(verb):
            # « Le Canard enchaîné de ce mercredi ajoute que … »: a French finite verb with no
            # relative pronoun cannot modify a noun; the parse hung the verb on its subject.
            return verb.head
        return self._subject_of_describing_participle(verb)

    def _subject_of_describing_participle(self, verb: Token) -> Token | None:
        """« Le patron de l'usine contacté a précisé que … »: the parse may take the past
        participle describing the subject for the main verb and hang the reporting verb (in a
        compound tense, without a subject) on it as its complement. The participle's subject,
        right before it, is the verb's."""
        head = verb.head
        if self.lex.language != "fr" or verb.dep_ not in ("ccomp", "parataxis") or head.i >= verb.i or head.pos_ != "VERB":
            return None
        if "Part" not in morph_get(head, "VerbForm", []) or "Past" not in morph_get(head, "Tense", []) or any(c.dep_.startswith("aux") for c in head.children):
            return None
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        if not auxiliaries or min(a.i for a in auxiliaries) != head.i + 1 or not any("Fin" in morph_get(a, "VerbForm", []) for a in auxiliaries):
            return None  # (the auxiliary right after the participle: « X contacté a précisé »)
        subject = next((c for c in head.children if c.dep_ in _SUBJ and c.i < head.i and not self.mask[c.i]), None)
        return subject if subject is not None and subject.right_edge.i == head.i - 1 else None

    def _auxiliary_read_as_noun_dependent(self, word: Token) -> bool:
        """« Le ministre a de son côté dénoncé … »: a French finite auxiliary the parse hung on
        the noun before it (the participle lost to the locution between them) ends the subject."""
        return (
            self.lex.language == "fr" and word.pos_ == "AUX" and not word.dep_.startswith("aux") and word.head.i < word.i
            and word.head.pos_ in ("NOUN", "PROPN") and "Fin" in morph_get(word, "VerbForm", [])
        )

    def _finite_verb_read_as_noun_modifier(self, verb: Token) -> bool:
        """A French finite verb the parse made a plain clause modifier (``acl``, not a relative
        clause: no relative pronoun, no conjunction) of a noun or name before it, outside
        quotations and prepositional phrases."""
        head = verb.head
        return (
            self.lex.language == "fr"
            and verb.dep_ == "acl"
            and "Fin" in morph_get(verb, "VerbForm", [])
            and head.pos_ in ("NOUN", "PROPN")
            and head.i < verb.i
            and not self.mask[head.i]
            and not _prepositional(head)
            and not any(c.dep_ == "mark" or "Rel" in morph_get(c, "PronType", []) for c in verb.children)
        )

    def _participle_after_comma(self, verb: Token) -> bool:
        """A French present participle on a noun, set off by a comma (« …, confiant que … »)."""
        return (
            bool(self.lex.complementizers) and verb.dep_ == "acl" and verb.i > 0 and self.doc[verb.i - 1].text == ","
            and "Pres" in morph_get(verb, "Tense", []) and "Part" in morph_get(verb, "VerbForm", []) and verb.head.i < verb.i
        )

    @staticmethod
    def _clause_of_adjunct_noun(noun: Token) -> Token | None:
        """The verb of the clause a noun is an adjunct of, through « de » / « avec » complements and
        appositions (« après son entretien avec la directrice du musée, Y »), when the
        adjunct is introduced by a preposition; None for a subject or an object."""
        t = noun
        prepositional = False
        for _ in range(5):
            prepositional = prepositional or any(c.dep_ == "case" for c in t.children)
            if t.dep_ in ("nmod", "appos", "flat:name") and t.head.pos_ in ("NOUN", "PROPN"):
                t = t.head
                continue
            if t.dep_.startswith("obl") and t.head.pos_ in ("VERB", "AUX") and prepositional:
                return t.head
            return None
        return None

    def _french_stranded_subject(self, verb: Token) -> Token | None:
        """« X a qualifié le projet d'« absurde » et la ministre Y, a demandé que … »: a verb
        without a subject right after a noun phrase (a comma at most between) that the parse
        coordinated with the verb of the clause before (a noun is no conjunct of a verb): that
        noun phrase is the verb's subject."""
        if self.lex.language != "fr":
            return None
        doc = self.doc
        first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
        j = first - 1
        while j >= 0 and (doc[j].text == "," or doc[j].is_space):
            j -= 1
        if j < 0 or j == first - 1 or self.mask[j]:
            return None  # (only across the comma the parse stumbled on)
        t = doc[j]
        for _ in range(6):
            clause_head = t.head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in t.head.children)
            if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and clause_head and t.head.i < t.i and t.right_edge.i == j:
                # (also after a copular clause: « ce retard est « inadmissible » et X, …, estime … »)
                return t
            if t.head.i == t.i or t.head.i > j:
                return None
            t = t.head
        return None

    def _french_subject_read_as_object_conjunct(self, verb: Token) -> Token | None:
        """« X a écourté sa visite et Y a confié que … »: the parse coordinated the second
        clause's subject Y with the first clause's object (a noun conjunct of a noun) and hung
        the second verb on the first. A verb with a finite auxiliary of its own and no subject,
        right after a noun phrase joined by « et » / « ou » to a noun that is no subject, has
        that noun phrase for subject (not the first clause's)."""
        if self.lex.language != "fr" or verb.dep_ not in ("advcl", "conj", "ccomp", "parataxis", "dep"):
            return None
        if any(c.dep_ in _SUBJ for c in verb.children):
            return None
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        if not any("Fin" in morph_get(a, "VerbForm", []) for a in auxiliaries):
            return None
        doc = self.doc
        j = min([verb.i] + [a.i for a in auxiliaries]) - 1
        if j < 0 or self.mask[j] or doc[j].is_punct:
            return None
        t = doc[j]
        for _ in range(4):
            if (
                t.dep_ == "conj"
                and t.pos_ in ("NOUN", "PROPN")
                and t.head.pos_ in ("NOUN", "PROPN")
                and t.head.i < t.i
                and t.head.dep_ not in _SUBJ
                and t.right_edge.i == j
                and any(c.dep_ == "cc" and c.lower_ in ("et", "ou") for c in t.children)
            ):
                return t
            if t.head.i == t.i or t.head.i > j:
                return None
            t = t.head
        return None

    def _french_subject_before_its_relative(self, verb: Token) -> Token | None:
        """« Sur son blog, Paul Durand, qui avait rencontré la victime, s'est dit « … » »: the
        parse may hang the name on the fronted adjunct and leave the verb without a subject. A
        finite verb with no subject right after the comma that closes a relative clause set off
        by commas on a name has that name for subject."""
        if self.lex.language != "fr" or any(c.dep_ in _SUBJ for c in verb.children):
            return None
        before = [c for c in verb.children if c.i < verb.i and (c.dep_.startswith(("aux", "expl")) or c.lower_ in self.lex.object_clitics or c.lower_ in ("ne", "n'", "n’"))]
        first = min([verb.i] + [c.i for c in before])
        if first + len(before) != verb.i:
            return None  # (only the verb's own clitics and auxiliaries between the comma and it)
        finite = "Fin" in morph_get(verb, "VerbForm", []) or any("Fin" in morph_get(c, "VerbForm", []) for c in before)
        comma = first - 1
        if not finite or comma < 1 or self.doc[comma].text != "," or self.mask[comma - 1]:
            return None
        relative = self._relative_clause_ending_before(self.doc[comma - 1], comma)
        if relative is None or relative.right_edge.i != comma - 1:
            return None
        name = relative.head
        opening = relative.left_edge.i - 1
        if opening < 0 or self.doc[opening].text != "," or name.dep_ in _SUBJ or self.mask[name.i]:
            return None
        return name if name.ent_type_ in ("PER", "PERSON") or name.pos_ == "PROPN" else None

    def _french_name_read_as_modifier(self, verb: Token) -> Token | None:
        """« Datavolt rejette ce lien », « Trajio conteste cette lecture »: the French parse may
        read a name it does not know, opening the clause right before a finite verb, as an
        adverb or a modifier of the verb, and leave the verb without a subject. That name (a
        capitalised word hung on the verb, with no preposition, at the sentence's start or after
        the comma of a fronted adjunct) is the verb's subject."""
        if self.lex.language != "fr" or any(c.dep_ in _SUBJ for c in verb.children):
            return None
        doc, mask = self.doc, self.mask
        before = [c for c in verb.children if c.i < verb.i and (c.dep_.startswith("aux") or c.lower_ in self.lex.object_clitics or c.lower_ in ("ne", "n'", "n’"))]
        first = min([verb.i] + [c.i for c in before])
        if first + len(before) != verb.i or not ("Fin" in morph_get(verb, "VerbForm", []) or any("Fin" in morph_get(c, "VerbForm", []) for c in before)):
            return None
        name = doc[first - 1] if first > 0 else None
        if name is None or mask[name.i] or name.head.i != verb.i or not name.text[:1].isupper() or not name.is_alpha or name.dep_ in _SUBJ:
            return None
        if any(c.dep_ == "case" for c in name.children) or name.pos_ not in ("PROPN", "ADV", "X", "NOUN", "ADJ"):
            return None
        opening = name.left_edge.i
        lo = self._sentence(verb.i)[0]
        return name if opening == lo or doc[opening - 1].text == "," and not mask[opening - 1] else None

    def _french_name_before_set_off_phrase(self, verb: Token) -> Token | None:
        """« Vers 10 heures, Paul Durand, le fondateur des « Amis du fleuve », estime que … »: a
        phrase set off by commas (an apposition, a relative clause, « quant à elle ») between a
        name and its verb may lead the parse to hang the name on the fronted adjunct and leave the
        finite verb without a subject. The name (or noun phrase) that opens the clause, at the
        sentence's start or after the comma of a fronted adjunct, right before the set-off
        phrase, is the verb's subject."""
        if self.lex.language != "fr" or any(c.dep_ in _SUBJ for c in verb.children):
            return None
        doc, mask = self.doc, self.mask
        before = [c for c in verb.children if c.i < verb.i and (c.dep_.startswith(("aux", "expl")) or c.lower_ in self.lex.object_clitics or c.lower_ in ("ne", "n'", "n’"))]
        first = min([verb.i] + [c.i for c in before])
        if first + len(before) != verb.i:
            return None  # (only the verb's own clitics and auxiliaries between the comma and it)
        if not ("Fin" in morph_get(verb, "VerbForm", []) or any("Fin" in morph_get(c, "VerbForm", []) for c in before)):
            return None
        lo = self._sentence(verb.i)[0]
        closing = first - 1
        if closing <= lo or doc[closing].text != "," or mask[closing]:
            return None
        opening = closing - 1
        while opening > lo and not (doc[opening].text == "," and not mask[opening]):
            if doc[opening].text in (":", ";") and not mask[opening]:
                return None
            opening -= 1
        if opening <= lo or closing - opening > 24:
            return None
        # The clause's opening phrase: back to the sentence start or a fronted adjunct's comma.
        start = opening - 1
        while start > lo and not (doc[start - 1].text == "," and not mask[start - 1]):
            start -= 1
        phrase = [t for t in doc[start:opening] if not t.is_space]
        if not phrase or len(phrase) > 6 or phrase[0].pos_ == "ADP" or any(mask[t.i] or t.pos_ in ("VERB", "AUX", "SCONJ", "PRON") and not t.ent_type_ for t in phrase):
            return None  # (a fronted adjunct or a clause, not a subject)
        if not any(t.ent_type_ in ("PER", "PERSON", "ORG") or t.pos_ == "PROPN" or t.lemma_.lower() in self.lex.organization_words or t.lemma_.lower() in self.lex.titles for t in phrase):
            return None
        heads = [t for t in phrase if not start <= t.head.i < opening or t.head.i == t.i]
        if len(heads) != 1 or heads[0].right_edge.i >= first:
            return None
        return heads[0]

    def _subject_search_start(self, verb: Token) -> Token:
        """Where the search for a verb's subject starts: the verb, or the clause a gerund the
        parse hung on the wrong word shares its subject with."""
        if _is_gerund(verb) and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i:
            # « X a dit que la date était mal choisie, tout en expliquant … »: a gerund the parse
            # hangs on the reported clause shares the subject of the clause that reports it.
            return verb.head.head
        if (
            verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i
            and self._after_comma(verb) and self._is_cue_here(verb.head.head)
        ):
            # "X said the plan failed, noting that …", 'X said Y "failed," adding …': the English
            # participle the parse hangs on the reported clause is said by the one who reports it.
            return verb.head.head
        if _is_gerund(verb) and verb.dep_ == "acl" and verb.head.head.i != verb.head.i:
            # « X s'est excusé dans un communiqué en expliquant que … »: a gerund is never said of
            # the noun the parse hangs it on; it shares the subject of that noun's clause.
            return verb.head.head
        if self._participle_read_as_content_clause(verb):
            # « X n'a annoncé que la hausse des tarifs, admettant que … »: a present
            # participle cannot head a « que » clause; after « ne … que », the parse read the
            # restricted object as the subject of the participle, which shares the clause's.
            return verb.head
        if self._purpose_infinitive_on_noun(verb):
            # « X a été arrêté devant la gare pour avoir appelé à « … » »: an
            # infinitive after « pour » / « après » / « sans » has the subject of the clause it
            # belongs to (of a passive too: who was arrested is who called), not the noun the
            # parse hangs it on.
            clause = verb.head
            for _ in range(4):
                if clause.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ and not self.mask[c.i] for c in clause.children):
                    return clause
                if clause.head.i == clause.i:
                    break
                clause = clause.head
        if self._reporting_verb_coordinated_into_content(verb):
            # « X a assuré qu'il n'avait rien su et a annoncé … »: the parse joins the second
            # reporting verb to the verb of the reported clause; its tense is the first reporting
            # verb's, not the reported clause's, so it is that verb's conjunct and shares its subject.
            return verb.head.head
        if verb.dep_ == "obj" and verb.head.i == verb.i - 1 and verb.head.lemma_ == "avoir" and _adjective_read_participle(verb, self.lex):
            # « X a twitté que … » parsed as « a » with the participle as its object: the
            # subject hangs on the auxiliary.
            return verb.head
        return verb

    def _reporting_verb_coordinated_into_content(self, verb: Token) -> bool:
        """A reporting verb without a subject, conjunct of the verb of a clause reported by another
        reporting verb, whose auxiliary is that reporting verb's (« a assuré que … avait … et a
        annoncé »), not the reported verb's: a reported clause's tenses follow the reporting verb
        (« qu'il n'avait jamais su »), so the auxiliary it shares marks the main clause."""
        content = verb.head
        reporter = content.head
        if verb.dep_ != "conj" or content.dep_ != "ccomp" or reporter.i == content.i or not content.i < verb.i or not self._is_cue_here(reporter):
            return False
        if any(c.dep_ in _SUBJ for c in verb.children):
            return False
        auxiliary = _tense_auxiliary(verb)
        return auxiliary is not None and auxiliary == _tense_auxiliary(reporter) != _tense_auxiliary(content)

    def _participle_read_as_content_clause(self, verb: Token) -> bool:
        """A French present participle after a comma that the parse made the head of a « que »
        clause of the verb before it, with a noun before it as its subject."""
        return (
            self.lex.language == "fr"
            and verb.dep_ == "ccomp" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX")
            and "Part" in morph_get(verb, "VerbForm", []) and "Pres" in morph_get(verb, "Tense", [])
            and self._after_comma(verb)
            and any(c.dep_ == "mark" and c.i < verb.i for c in verb.children)
            and any(c.dep_ in _SUBJ and c.i < verb.i for c in verb.children)
        )

    @staticmethod
    def _object_read_as_content_clause(noun: Token) -> bool:
        """« X n'a confirmé que la fermeture de l'usine, … »: the object restricted by « ne … que »
        the parse read as a « que » clause of the verb, a bare noun with no subject or copula."""
        return (
            noun.dep_ == "ccomp" and noun.pos_ == "NOUN"
            and any(c.dep_ == "mark" for c in noun.children)
            and not any(c.dep_ in _SUBJ or c.dep_ == "cop" for c in noun.children)
        )

    def _purpose_infinitive_on_noun(self, verb: Token) -> bool:
        """A French infinitive (« pour dire », « pour avoir appelé », « après avoir affirmé ») the
        parse hung on a noun as its modifier."""
        infinitive = "Inf" in morph_get(verb, "VerbForm", []) or any(c.dep_.startswith("aux") and "Inf" in morph_get(c, "VerbForm", []) for c in verb.children)
        return (
            self.lex.language == "fr"
            and infinitive
            and verb.dep_ == "acl"
            and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ in ("pour", "après", "sans") for c in verb.children)
        )

    def _after_comma(self, token: Token) -> bool:
        """Whether a comma comes right before the token, or before the closing quotation mark
        right before it (the comma inside the quotation marks: '… "failed," adding')."""
        j = token.i - 1
        if j > 0 and self.doc[j].text in _QUOTE_CHARS:
            j -= 1
        return j >= 0 and self.doc[j].text == ","

    def _gerund_owner(self, gerund: Token) -> Token | None:
        """Who does what an English gerund after a preposition says: "X rallied supporters by
        warning …", "X has a habit of blaming …", "X makes no apologies for accusing …"
        share the subject of the verb the preposition (or its noun) hangs on, so that verb is
        returned; "X's habit of blaming …" is its possessor's; "X thanked Y for saying …" is the
        object's when it names someone ("X used the meeting for announcing …" is X's). None when
        the noun is itself a subject ("The habit of blaming … is old")."""
        prep = gerund.head
        t = prep.head
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX"):
                obj = next((c for c in t.children if c.dep_ == "dobj" and not self.mask[c.i]), None) if prep.head.i == t.i and prep.lower_ == "for" else None
                return obj if obj is not None and self._names_someone(obj) else t
            owner = next((c for c in t.children if c.dep_ == "poss" and not self.mask[c.i]), None)
            if owner is not None:
                return owner
            if t.dep_ in _SUBJ or t.head.i == t.i:
                return None
            t = t.head
        return None

    def _names_someone(self, noun: Token) -> bool:
        """Whether a noun can stand for someone who speaks: a name, a pronoun, a title or a word
        for a person or a group ("the doctors"), not a thing ("the meeting")."""
        lemma, lex = noun.lemma_.lower(), self.lex
        return (
            noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or any(w in words for w in (lemma, noun.lower_) for words in (lex.titles, lex.unnamed_nouns, lex.group_nouns, lex.circle_nouns))
        )

    def _french_passive_agent(self, verb: Token) -> Token | None:
        """« X a été accusé par Y de … »: the passive's subject is who the report is about; the
        « par » agent (the French parse marks the passive by its auxiliary) is who reports."""
        if verb.i not in heads_of(verb.doc, "aux:pass") and not self._passive_read_as_tense(verb):
            return None
        agent = next((c for c in verb.children if c.dep_ == "obl:agent" and not self.mask[c.i]), None)
        return agent if agent is not None else self._agent_hung_on_complement(verb)

    def _agent_after_quoted_label(self, verb: Token) -> Token | None:
        """« une réponse jugée « indigne » par la députée », « des propos qualifiés de « graves »
        par le ministre »: a past participle of a verb that labels or states, with no auxiliary,
        followed by the quoted label and a « par » agent, reports the agent's words, whatever
        the parse hangs the participle or the agent on (the noun it describes is what was judged)."""
        doc, mask = self.doc, self.mask
        if not self.lex.complementizers or not verb.lower_.endswith(FIRST_GROUP_PARTICIPLE) or any(c.dep_.startswith("aux") for c in verb.children):
            return None
        if verb_lemma(verb, union(self.lex.label_verbs, self.lex.passive_statement_verbs)) is None:
            return None
        k = verb.i + 1
        if k < len(doc) and doc[k].lower_ in ("de", "d'", "d’", "comme"):
            k += 1
        if k >= len(doc) or not mask[k] and doc[k].text not in _QUOTE_CHARS:
            return None
        while k < len(doc) and (mask[k] or doc[k].text in _QUOTE_CHARS):
            k += 1
        if k >= len(doc) or doc[k].lower_ != "par":
            return None
        return next((t for t in doc[k + 1 : k + 4] if t.pos_ in ("NOUN", "PROPN") and not mask[t.i]), None)

    def _passive_read_as_tense(self, verb: Token) -> bool:
        """« le risque était qualifié de « fort » par l'agence »: the parse may read the « être » of
        a passive as a tense auxiliary; a participle of a verb that labels or states (lexicon:
        label, passive_statement) after « être » is a passive all the same."""
        lemma = verb.lemma_.lower()
        return (
            "Part" in morph_get(verb, "VerbForm", [])
            and (lemma in self.lex.label_verbs or lemma in self.lex.passive_statement_verbs)
            and any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children)
        )

    def _agent_hung_on_complement(self, verb: Token) -> Token | None:
        """A « par » phrase the parse hung on the passive's complement (« qualifié de « fort » par
        l'agence »: a conjunct of « fort »): a name, or a noun with a determiner (« par téléphone »
        is a means; « Météo » of a name may be tagged a noun), reached from the verb through
        complements only."""
        for token in verb.subtree:
            if token.i <= verb.i or self.mask[token.i] or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if not any(c.dep_ == "case" and c.lower_ == "par" for c in token.children):
                continue
            if token.pos_ == "NOUN" and token.is_lower and not any(c.dep_ == "det" for c in token.children):
                continue
            t = token
            while t.i != verb.i and t.dep_ in ("obl:arg", "obl:mod", "obl", "conj", "nmod"):
                t = t.head
            if t.i == verb.i:
                return token
        return None

    def _relative_antecedent(self, pronoun: Token, noun: Token) -> Token:
        """The person a relative after a comma stands for: « X, président du Valdor et de l'Union
        des ports, qui a rappelé … » is said by X, not by the last noun of X's apposition; so is
        "X, the veteran sprinter who calls herself …", a description apposed to a name."""
        if pronoun.i == 0 or self.doc[pronoun.i - 1].text != ",":
            return _apposed_name(noun) or self.registry.person_owner_of_place(noun, pronoun)
        top = noun
        while top.dep_ in ("nmod", "conj") and top.head.i < top.i:
            top = top.head
        if top.dep_ == "appos" and top.head.i < top.i and top.head.ent_type_ in ("PER", "PERSON"):
            return top.head
        return self.registry.person_owner_of_place(noun, pronoun)

    def _fronted_word(self, token: Token) -> bool:
        """A single unnamed word opening its sentence, followed by a comma."""
        return (
            token.i == self._sentence(token.i)[0]
            and not token.ent_type_
            and not any(True for _ in token.children)
            and token.i + 1 < len(self.doc)
            and self.doc[token.i + 1].text == ","
        )

    def _phrase(self, head: Token) -> list[Token]:
        """The subject phrase: the head's subtree without clauses (keeps appositions, conjuncts)."""
        out = []
        stack = [head]
        verb_after = len(self.doc)
        while stack:
            t = stack.pop()
            out.append(t)
            for child in t.children:
                if self._finite_verb_read_as_noun_modifier(child) or self._auxiliary_read_as_noun_dependent(child):
                    verb_after = min(verb_after, child.i)
                    continue
                if child.dep_ in ("relcl", "acl:relcl", "ccomp", "advcl", "parataxis") or self.mask[child.i]:
                    continue
                stack.append(child)
        # (the phrase ends before the verb the parse hung on it: « Le Canard de ce mercredi ajoute … »)
        out = sorted((t for t in out if t.i < verb_after), key=lambda t: t.i)
        while self.lex.complementizers and len(out) > 1 and out[-1].text == "," and out[-1].i > head.i:
            out.pop()  # « Paul Durand, qui … »: the comma before its (left out) relative clause
        # « Le président valdorien Ivan Morel a … »: the parse may split a name between the
        # title's apposition and a second subject; the phrase takes the person's name whole.
        last = out[-1]
        if last.ent_type_ in ("PER", "PERSON"):
            k = last.i + 1
            while k < len(self.doc) and self.doc[k].ent_iob_ == "I" and self.doc[k].ent_type_ == last.ent_type_ and self.doc[k].pos_ == "PROPN" and not self.mask[k]:
                out.append(self.doc[k])
                k += 1
        return out

    def _cue_lemma(self, cue: Token) -> str:
        """The lemma a verb cue is recorded under: the speech-verb entry it matches (a phrasal
        one included) or the verb of assignment it is, else its own lemma."""
        return verb_lemma(cue, union(self.lex.speech_verbs, self.lex.assignment_verbs)) or cue.lemma_.lower()

    def _speaker_for_cue(self, cue: Token, window: tuple[int, int] | None = None) -> SpeakerRef | None:
        subject = self._subject(cue)
        if subject is not None and subject.text.isupper() and subject.i + 1 < len(self.doc) and self.doc[subject.i + 1].text in {"—", "–", "-", "--"}:
            # A dateline ("TORONTO — the ministry said") is not the subject; its apposition is.
            subject = next((c for c in subject.children if c.dep_ == "appos"), subject)
        if (
            subject is not None
            and subject.pos_ in ("PRON",)
            and subject.lower_ in ("que", "qui", "that", "which", "who")
            and cue.dep_ in ("relcl", "acl:relcl")
            and cue.head.pos_ not in ("VERB", "AUX")
        ):
            # Relative pronoun: the noun it stands for. When the parse hangs the clause on a verb
            # (« …, d'après la mairie, qui précise … »), the pronoun stays and the registry takes the
            # noun before its comma.
            subject = self._relative_antecedent(subject, cue.head)
        if subject is not None:
            detached = self._detached_name_after(subject)
            phrase = self._phrase(subject) + detached
            apposed = next((c for c in subject.head.children if c.dep_ in _SUBJ and c.i > subject.i and c.ent_type_ in ("PER", "PERSON")), None)
            if apposed is not None and phrase and apposed.left_edge.i <= phrase[-1].i + 2 == apposed.i and self.doc[phrase[-1].i + 1].text == ",":
                # « Le porte-parole du Kremlin, Dmitri Peskov, a nié … »: the parse made the apposed
                # name a second subject; it is who the title is.
                phrase = phrase + [self.doc[phrase[-1].i + 1]] + self._phrase(apposed)
            if subject.conjuncts and phrase:
                # "Les États-Unis, l’Union européenne et le Canada ont …": the parser sometimes
                # leaves the first member of an enumerated subject out of the list.
                i = phrase[0].i - 1
                s_lo = self._sentence(subject.i)[0]
                if i > s_lo and self.doc[i].text == ",":
                    left = [t for t in self.doc[s_lo:i] if not t.is_space]
                    if len(left) <= 5 and not any(t.pos_ in ("VERB", "AUX") or self.mask[t.i] for t in left) and any(t.pos_ == "PROPN" for t in left):
                        phrase = left + [self.doc[i]] + phrase
            ref = self.registry.resolve(phrase, head=detached[0] if detached else subject)
            ref = french_view_holder_of_thing_subject(self.registry, subject, phrase, ref) or ref
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

    def _detached_name_after(self, subject: Token) -> list[Token]:
        """« La chaîne CNN fait remarquer que … »: a name right after a common-noun subject that
        the parse hung on nothing in particular (``dep``) is the name the noun describes."""
        doc = self.doc
        k = subject.right_edge.i + 1
        if subject.pos_ != "NOUN" or k >= len(doc) or doc[k].dep_ != "dep" or doc[k].ent_iob_ != "B" or self.mask[k]:
            return []
        name = [doc[k]]
        while name[-1].i + 1 < len(doc) and doc[name[-1].i + 1].ent_iob_ == "I" and not self.mask[name[-1].i + 1]:
            name.append(doc[name[-1].i + 1])
        return name

    def _window_speaker(self, cue: Token, window: tuple[int, int]) -> SpeakerRef | None:
        """Speaker named around a cue inside a short attribution clause (inversions, incises)."""
        lo, hi = window
        doc = self.doc
        after: list[Token] = []
        # "she told reporters": with its subject before it, an English verb's object (dobj, dative)
        # is the addressee, never the speaker (inverted, "…," read one, it may be a misparsed subject).
        has_subject = any(c.dep_ in _SUBJ and c.i < cue.i for c in cue.children)
        addressees = {t.i for child in cue.children if has_subject and child.dep_ in ("dobj", "dative") for t in child.subtree}
        for t in doc[cue.i + 1 : hi]:
            if t.i in addressees:
                continue
            if t.pos_ == "VERB" and not self._describing_past_participle(t) or t.lower_ in ("qui", "who", "which", "que", "that") or t.text in _CLAUSE_STOP or self.mask[t.i]:
                break
            if t.text == "," and t.i + 1 < hi and doc[t.i + 1].pos_ == "ADP":
                break  # « …, a assuré un responsable, sous couvert d'anonymat »: an adjunct, not a second speaker
            after.append(t)
        # An object clitic before the verb (« s'est félicité », « lui a dit ») is never its subject,
        # nor a multiword adverb (« a de son côté affirmé X », « a pour sa part jugé X »).
        adverbial = self._locution_words(lo, cue.i)
        before = [
            t
            for t in doc[lo : cue.i]
            if not t.is_punct and t.i not in adverbial
            and not (t.pos_ == "PRON" and t.lower_ in self.lex.object_clitics)
            and (_misparsed_name(t) or t.pos_ not in ("AUX", "ADV", "VERB") and t.dep_ not in ("aux", "aux:tense", "aux:pass"))
        ]
        after = [t for t in after if t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in self.lex.time_words]
        clitic = next((k for k, t in enumerate(after[:2]) if t.text[:1] in "-‐" and t.lower_.lstrip("-‐") in self.lex.indefinite_subjects), None)
        if clitic is not None:
            # « …, souligne-t-on à la mairie »: the inverted « on » names no one; the place it
            # speaks from (a prepositional phrase right after it) stands for the source.
            place = after[clitic + 1 :]
            if len(place) < 2 or place[0].pos_ != "ADP":
                return None
            ref = self.registry.resolve(place[1:])
            return ref if ref is not None and ref.entities else None
        after = self._without_leading_oblique(after)
        order = (before, after) if any(t.pos_ in ("NOUN", "PROPN", "PRON") or _misparsed_name(t) for t in before) else (after, before)
        for tokens in order:
            if not tokens:
                continue
            ref = self.registry.resolve(tokens)
            if ref is not None and ref.entities:
                return ref
        return None

    @staticmethod
    def _without_leading_oblique(after: list[Token]) -> list[Token]:
        """The words after an inverted cue without the prepositional phrase that opens them: the
        addressee or the medium (« a déclaré à l'AFP le ministre », « a confié auprès de la presse
        Jean Dupont », "told reporters on Monday"), not the subject. Nothing is left when
        the phrase is all there is: the cue then names no speaker after it."""
        k = 0
        while k < len(after) and after[k].pos_ == "ADV" and not _misparsed_name(after[k]) and k + 1 < len(after) and after[k + 1].pos_ == "ADP":
            k += 1  # « auprès de »
        if k >= len(after) or after[k].pos_ != "ADP":
            return after
        k += 1
        while k < len(after) and after[k].pos_ in ("DET", "ADP"):
            k += 1
        if k >= len(after) or after[k].pos_ not in ("NOUN", "PROPN", "PRON"):
            return after
        phrase = {after[k].i}
        k += 1
        # The phrase's own words (« l'Agence France-Presse », « la presse locale »); an apposition
        # after it (« auprès de l'AFP Jean Dupont ») is the inverted subject.
        while k < len(after) and after[k].head.i in phrase and after[k].dep_ in ("flat:name", "flat", "fixed", "compound", "amod"):
            phrase.add(after[k].i)
            k += 1
        return after[k:]

    def _left_speaker(self, cue: Token) -> SpeakerRef | None:
        """The noun phrase right before a cue when the parse gave it no subject."""
        doc = self.doc
        i = cue.i - 1
        # Auxiliaries and adverbs between subject and verb, with the words of a split adverb (« d'ailleurs »)
        # and of a multiword adverb, whose noun is never the subject (« X a de son côté appelé à … »).
        adverbials = {t.i for c in cue.children if c.dep_ == "advmod" for t in c.subtree} | self._locution_words(max(self._sentence(cue.i)[0], cue.i - 8), cue.i)
        while i >= 0 and (doc[i].dep_.startswith("aux") or doc[i].pos_ == "ADV" or i in adverbials or doc[i].is_space and "\n" not in doc[i].text):
            i -= 1
        if i >= 1 and doc[i].dep_ == "mark" and doc[i].pos_ == "ADP" and doc[i].head.i == cue.i and "Inf" in morph_get(cue, "VerbForm", []):
            i -= 1  # the narrative infinitive, « Et eux d'ajouter que … »: the subject stands before « de »
        if i >= 2 and doc[i].text == "," and doc[i - 1].like_num and doc[i - 2].text == ",":
            i -= 3  # "Tom Harper, 44, said": an age between commas stands beside the name
        if i >= 2 and doc[i].text == ",":
            apposed = self._title_and_apposed_name_before(i)
            if apposed is not None:
                return apposed
        tokens: list[Token] = []
        # A French auxiliary ends the phrase (« Il avait d'ailleurs annoncé »: the source is « Il »).
        # Not in English, whose parse labels the infinitive's "to" an auxiliary too ("the decision
        # by the board to not renew").
        stops_at_auxiliary = self.lex.language == "fr"
        while i >= 0 and doc[i].text not in {",", ";", ":", ".", "«", "»", "“", "”", '"'} and doc[i].pos_ not in ("VERB", "CCONJ", "SCONJ") and not (stops_at_auxiliary and doc[i].dep_.startswith("aux")) and "\n" not in doc[i].text_with_ws and not self.mask[i]:
            tokens.insert(0, doc[i])
            i -= 1
        if not tokens or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tokens):
            return self._participle_speaker(cue)
        ref = self.registry.resolve(tokens)
        return ref if ref is not None and ref.entities else self._participle_speaker(cue)

    def _title_and_apposed_name_before(self, comma: int) -> SpeakerRef | None:
        """"Addressing the board, the campaign chief, Ana Ruiz, bluntly suggested that …": a
        subject made of a description and a person's name apposed to it between commas, right
        before the verb; the English parse may hang the description on a fronted participle
        before it (as a conjunct) and leave the verb without a subject. The description and the
        name are the speaker."""
        doc = self.doc
        if self.lex.language != "en":
            return None
        name = doc[comma - 1]
        apposition = next((t for t in (name, name.head) if t.dep_ == "appos" and t.right_edge.i == comma - 1), None)
        if apposition is None or apposition.ent_type_ != "PERSON" or name.ent_type_ != "PERSON":
            return None
        described = apposition.head
        if described.pos_ not in ("NOUN", "PROPN") or described.i >= apposition.i:
            return None
        lo = described.left_edge.i
        phrase = [t for t in doc[lo:comma] if not t.is_space]
        if any(self.mask[t.i] or t.pos_ in ("VERB", "AUX") or "\n" in t.text_with_ws for t in phrase):
            return None
        ref = self.registry.resolve(phrase, head=apposition)
        return ref if ref is not None and ref.entities and ref.named else None

    def _participle_speaker(self, cue: Token) -> SpeakerRef | None:
        """A participle or gerund cue the parse left without a subject (« Sur Radio Sud, rappelant
        que …, Paule Marchal a dénoncé … », "…, saying that …"): it shares the subject of the
        clause it hangs on, which the parse lost too, so the person its sentence names closest
        to it, outside its own content and outside quotations."""
        if "Part" not in morph_get(cue, "VerbForm", []) and cue.tag_ != "VBG":
            return None
        lo, hi = self._sentence(cue.i)
        # Its own clause runs to the first comma outside quotation marks after it.
        end = next((t.i for t in self.tokens[cue.i + 1 : hi] if t.text == "," and not self.mask[t.i]), hi)
        people = [e for e in self.registry.ents_in(lo, hi) if e.label_ in ("PER", "PERSON") and not cue.i <= e.start < end and not self.mask[e.start]]
        if not people:
            return None
        nearest = min(people, key=lambda e: abs(e.start - cue.i))
        ref = self.registry.resolve(list(nearest))
        return ref if ref is not None and ref.entities else None

    def _introducer_speaker(self, opening: Token) -> SpeakerRef | None:
        """Who the words before a colon introduce when they hold no reporting verb: the subject
        of their clause ("Martell is more blunt: “…”"), the owner of a noun ("X's response:
        “…”"), else the person they name (« pour Jean Roy, élu local : … »)."""
        doc = self.doc
        i = opening.i - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i <= 0 or doc[i].text not in (":", ",") or self.mask[i]:
            return None
        lo = self._sentence(i - 1)[0]
        segment = [t for t in doc[lo:i] if not self.mask[t.i] and not t.is_space]
        if not segment:
            return None
        top = segment[-1]
        while top.head.i != top.i and lo <= top.head.i < i:
            top = top.head
        if doc[i].text == ",":
            return self._statement_noun_speaker(top)
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
        ref = self.registry.resolve(self._before_a_second_name(self._without_described_names(segment, lo, i), lo, i))
        return ref if ref is not None and ref.named else None

    def _before_a_second_name(self, segment: list[Token], lo: int, hi: int) -> list[Token]:
        """The words before a colon up to the end of the first person's name when another name
        follows it with a word between that does not join them (« le militant X critique Y : »,
        the parse reading « critique » as a noun): the second is the object, not a co-speaker.
        Names joined by « et » or a comma stay together."""
        people = [e for e in self.registry.ents_in(lo, hi) if e.label_ in ("PER", "PERSON") and not self.mask[e.start]]
        if len(people) < 2:
            return segment
        between = [t for t in self.doc[people[0].end : people[1].start] if not t.is_space]
        if not between or any(t.pos_ == "CCONJ" or t.is_punct for t in between):
            return segment
        return [t for t in segment if t.i < people[0].end]

    def _without_described_names(self, segment: list[Token], lo: int, hi: int) -> list[Token]:
        """The words before a colon without the names that only complement a noun of a
        description (« pour Jean Roy, membre de l'équipe de Marie Lenoir : … »: Marie Lenoir
        describes Jean Roy and says nothing), as long as someone else is named there."""
        people = [e for e in self.registry.ents_in(lo, hi) if e.label_ in ("PER", "PERSON") and not self.mask[e.start]]
        doc = self.doc
        # (By the words before the name, « campagne de X »: the parse may hang « de » on the first name.)
        described = [
            e for e in people
            if e.start >= lo + 2 and doc[e.start - 1].lower_ in GENITIVES and doc[e.start - 2].pos_ == "NOUN"
        ]
        if not described or len(described) == len(people):
            return segment
        return [t for t in segment if not any(e.start <= t.i < e.end for e in described)]

    def _statement_noun_speaker(self, top: Token) -> SpeakerRef | None:
        """« X avait donné la même explication, « … » »: a clause whose object names something said
        (lexicon ``statement_nouns``) introduces its words after a comma as well as after a colon;
        they are its subject's."""
        if top.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in self.lex.statement_nouns for c in top.children):
            return None
        subject = self._subject(top)
        if subject is None or subject.dep_ in ("nsubj:pass", "nsubjpass"):
            return None
        ref = self.registry.resolve(self._phrase(subject), head=subject)
        if ref is None or not ref.entities:
            return None
        return ref if ref.named or subject.pos_ == "PRON" or any(e.kind in ("person", "organization", "government") for e in ref.entities) else None

    def _out_of_quotation(self, t: Token) -> Token:
        """The first word up the parse from ``t`` that lies outside quotation marks (at most six
        steps; the root if the climb ends inside)."""
        for _ in range(6):
            if not self.mask[t.i] or t.head.i == t.i:
                break
            t = t.head
        return t

    def _undergone(self, att: Attribution) -> bool:
        """Whether quoted words name what the subject of their clause undergoes: the object of a
        passive with no agent (« il a été interpellé mardi pour « … » », « elle est décrite
        comme « … » ») or the penalty of a verdict (« condamné à « … » »). No one in the sentence
        is reported saying them."""
        span = self.doc.char_span(att.start, att.end, alignment_mode="expand")
        if span is None:
            return False
        t = self._out_of_quotation(span.root)
        for _ in range(3):
            if self.mask[t.i] or t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        if self.mask[t.i] or t.pos_ not in ("VERB", "AUX"):
            return False
        passive = any(c.dep_ in ("aux:pass", "auxpass") for c in _voice_bearer(t).children)
        return passive and not any(_is_agent(c) for c in t.children) or _hands_down_penalty(t, self.lex)

    def _clause_subject_speaker(self, att: Attribution) -> SpeakerRef | None:
        """A quotation inside a clause whose verb is outside it ("L'évêque de Brest « s'associe à
        la peine des familles »", "Il avait dénombré « 200 manifestants »"): the clause's subject, when it
        names someone (a person, organisation or government, or a pronoun standing for one)."""
        span = self.doc.char_span(att.start, att.end, alignment_mode="expand")
        if span is None or sum(1 for t in span if not t.is_punct) < 4:
            return None
        t = self._out_of_quotation(span.root)
        if self.mask[t.i] and t.pos_ not in ("VERB", "AUX"):
            return None  # a quoted sentence of its own; a quoted predicate keeps its subject outside
        for _ in range(3):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        subject = self._subject(t) if t.pos_ in ("VERB", "AUX") else None
        if subject is None:
            return None
        if not self.mask[t.i] and (subject.dep_ in ("nsubj:pass", "nsubjpass") or _hands_down_penalty(t, self.lex)):
            # « Il a été interpellé mardi pour « … » », « il est condamné à « … » »: the
            # subject of a passive outside the quotation undergoes what it names (a charge, a
            # penalty, a description); a « par » agent, when there is one, is what _subject
            # returned. A quoted passive predicate (« X est « effaré par … » ») is X's words.
            return None
        ref = self.registry.resolve(self._phrase(subject), head=subject)
        if ref is None or not ref.entities:
            return None
        if ref.named or subject.pos_ == "PRON" or any(e.kind in ("person", "organization", "government") for e in ref.entities):
            return ref
        return None

    def _hedged(self, cue: Token | None, lo: int, hi: int) -> bool:
        if cue is not None and self.lex.conditional_hedges and "Cnd" in morph_get(cue, "Mood", []):
            return True
        lowers, tags = lower_forms(self.doc), pos_tags(self.doc)
        for t in self.tokens[lo:hi]:  # (the Tokens made once per document, sliced like the Doc)
            if lowers[t.i] in self.lex.hedge_words and not self.mask[t.i]:
                return True
            if self.lex.conditional_hedges and tags[t.i] in ("AUX", "VERB") and "Cnd" in morph_get(t, "Mood", []) and not self.mask[t.i]:
                return True
        return False

    def _trim(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Character range of tokens [lo, hi) without edge punctuation (quotation marks kept inside)."""
        doc = self.doc
        while lo < hi and (doc[lo].is_punct and doc[lo].text not in _QUOTE_CHARS or doc[lo].is_space):
            lo += 1
        while hi > lo and (doc[hi - 1].is_punct and doc[hi - 1].text not in _QUOTE_CHARS or doc[hi - 1].is_space):
            if hi - 2 >= lo and doc[hi - 1].text in _UNIT_SIGNS and doc[hi - 2].like_num:
                break  # "rose 12 %": the sign is part of the amount, not punctuation
            if doc[hi - 1].text in _CLOSING_BRACKETS and self._left_open(lo, hi - 1, (_CLOSING_BRACKETS[doc[hi - 1].text],), (doc[hi - 1].text,)):
                break  # "… de la Suède (Sweden)": the parenthesis the content opened closes with it
            hi -= 1
        if self.lex.complementizers and lo > 0 and self._opens_quotation(lo - 1):
            lo -= 1  # « réclame « un geste fort », avec … »: the content opens with the quotation, mark included
        if self.lex.complementizers and hi - lo > 1 and self._opens_quotation(hi - 1):
            # « a assuré qu'il ne serait jamais « un obstacle » … »: the parse may end a content on the
            # opening mark of the quotation it goes on with; the quoted words are part of it.
            hi = self._quotation_end(hi - 1)
        if hi - lo <= 0:
            return None
        if hi < len(doc) and doc[hi].text in _CLOSING_MARKS and self._left_open(lo, hi, _OPENING_MARKS, _CLOSING_MARKS):
            hi += 1  # « … d'avoir « trahi ses engagements ». »: the closing mark the parse left out
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        return start, end

    def _left_open(self, lo: int, hi: int, opening: Collection[str], closing: Collection[str]) -> bool:
        """Whether tokens [lo, hi) open more marks (quotation marks « “, a bracket) than they close."""
        texts = [t.text for t in self.doc[lo:hi]]
        return sum(t in opening for t in texts) > sum(t in closing for t in texts)

    def _locution_at(self, k: int, end: int) -> int:
        """The length of the multiword adverb (« en outre », « malgré tout ») starting at token
        ``k`` and ending before ``end``; 0 when none does."""
        lowers = lower_forms(self.doc)
        for words in self._locutions.get(lowers[k].replace("’", "'"), ()):
            n = len(words)
            if k + n <= end and all(lowers[k + m].replace("’", "'") == w and not self.mask[k + m] for m, w in enumerate(words)):
                return n
        return 0

    @staticmethod
    def _describing_past_participle(verb: Token) -> bool:
        """« l'adjoint au maire chargé du logement, X »: a past participle on a noun before it
        describes that noun; the subject's phrase goes on past it (to the apposed name)."""
        return verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") and "Part" in morph_get(verb, "VerbForm", []) and "Past" in morph_get(verb, "Tense", [])

    def _locution_words(self, lo: int, hi: int) -> set[int]:
        """The tokens between ``lo`` and ``hi`` that belong to a multiword adverb."""
        words: set[int] = set()
        k = lo
        while k < hi:
            n = self._locution_at(k, hi)
            words.update(range(k, k + n))
            k += max(n, 1)
        return words

    def _past_adverbs(self, k: int, end: int) -> int:
        """The first token at or after ``k`` (before ``end``) that is neither an adverb outside
        quotation marks nor part of a multiword adverb."""
        tags = pos_tags(self.doc)
        while k < end:
            if tags[k] == "ADV" and not self.mask[k]:
                k += 1
            elif n := self._locution_at(k, end):
                k += n
            else:
                break
        return k

    def _opens_quotation(self, k: int) -> bool:
        """Whether token ``k`` is the opening mark of a quotation (its next token is quoted too)."""
        return self.doc[k].text in _QUOTE_CHARS and self.mask[k] and k + 1 < len(self.tokens) and self.mask[k + 1] and (k == 0 or not self.mask[k - 1])

    def _sentence(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence around token i by punctuation and line breaks (the
        statistical splitter sometimes cuts at a quotation mark)."""
        known = self._sentences.get(i)
        if known is not None:
            return known
        lo, hi = bounds = punctuation_sentence(self.doc, i, self.mask)
        # Every token of the sentence has these bounds: remember them (the rules ask often).
        for k in range(lo, hi):
            self._sentences.setdefault(k, bounds)
        return bounds

    def _governing_cue(self, token: Token, through_subject: bool = True) -> Token | None:
        """The reporting verb a quotation depends on, climbing the parse a few steps; with
        ``through_subject`` False, not from inside a French active subject."""
        t = token
        for _ in range(6):
            if t.head.i == t.i:
                return None
            if self.lex.complementizers and t.dep_ in _RELATIVE_CLAUSE and t.pos_ in ("VERB", "AUX"):
                # « de Lucie qui poste une recette, ou de Marc qui se vante d'être « chef » »:
                # a quotation inside a relative clause is not reported by a verb above its noun.
                return None
            if not through_subject and self.lex.complementizers and t.dep_ in ("nsubj", "expl:subj"):
                # « Paul Roy, membre des « Riverains en colère » confirme … »: quoted words inside
                # the active subject describe the speaker (a name, a label); the verb reports
                # something else. (A passive's subject is what is said: « Ce « fiasco » est dénoncé ».)
                return None
            t = t.head
            if not self.mask[t.i] and _is_cue(t, self.lex):
                return t
        return None

    def _is_cue_here(self, token: Token) -> bool:
        return not self.mask[token.i] and _is_cue(token, self.lex)

    @staticmethod
    def _relative_clause_ending_before(token: Token, limit: int) -> Token | None:
        """The verb of the relative clause ``token`` belongs to, when that clause hangs on a word
        before it and ends before ``limit``."""
        t = token
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX") and t.dep_ in _RELATIVE_CLAUSE and t.head.i < t.left_edge.i and t.right_edge.i < limit:
                return t
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _cue_before_complementizer(self, opening: Token) -> Token | None:
        """The reporting verb of a quotation opened right after « que »/« qu' » (« X précise à
        l'AFP qu'« … » »), in the same clause: no other verb or quotation between them."""
        doc = self.doc
        i = opening.i - 1
        while i >= 0 and (doc[i].is_space or doc[i].text in ("'", "’")):
            i -= 1
        if i < 0 or self.mask[i] or doc[i].lower_ not in self.lex.complementizers and doc[i].lower_ + "'" not in self.lex.complementizers:
            return None
        lo = self._sentence(i)[0]
        k = i - 1
        words = 0
        while k >= lo and words < _COMPLEMENTIZER_REACH:
            t = doc[k]
            if self.mask[t.i]:
                return None
            if self._is_cue_here(t):
                return t
            relative = self._relative_clause_ending_before(t, i)
            if relative is not None and self._is_cue_here(relative):
                return relative  # « …, qui précise à la presse qu'« … » »: the relative clause reports
            if relative is not None:
                # « X a confié, depuis la ville où il se trouvait, que « … » »: a relative clause
                # between the verb and « que » is a description, skipped whole.
                k = relative.left_edge.i - 1
                continue
            if t.pos_ == "VERB":
                return None
            words += 1
            k -= 1
        return None

    def _new_french_report(self, verb: Token, after: int) -> bool:
        """« « … » , d'autres policiers déclarent que … »: a French reporting verb after a
        quotation whose subject comes first and that has a « que » clause of its own starts a new
        statement; an incise inverts its subject (« déclarent d'autres policiers »). So does one
        whose object is its content (« Devant les élus du groupe « Cap », le ministre confirme
        le gel des tarifs », « Si elle « aime la ville », elle condamne les dégradations »): the
        quoted words named a group or told of a stance in a clause set before it."""
        if not self.lex.complementizers:
            return False
        subject = next((c for c in verb.children if c.dep_ in _SUBJ and after <= c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        content = any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_.translate(_APOSTROPHES) in ("que", "qu'") for m in c.children) for c in verb.children)
        named_subject = subject is not None and subject.pos_ != "PRON"
        return named_subject and content or subject is not None and self._content_object_after(verb) or self._coordinated_clause_after_quotation(verb, after)

    def _content_object_after(self, verb: Token) -> bool:
        """Whether a verb whose object is content has, after it, a determined noun object that
        is not the words already quoted (« confirme ces propos » takes up the quotation)."""
        if verb_lemma(verb, self.lex.object_content_verbs) is None:
            return False
        said_nouns = self.lex.statement_nouns | self.lex.speech_nouns | self.lex.quoted_word_nouns
        return any(
            c.dep_ == "obj" and c.i > verb.i and c.pos_ == "NOUN" and not self.mask[c.i] and c.lemma_.lower() not in said_nouns and any(d.dep_ == "det" for d in c.children)
            for c in verb.children
        )

    def _coordinated_clause_after_quotation(self, verb: Token, after: int) -> bool:
        """« « … », mais elle conteste toute dissimulation », « « … » et le maire dénonce … »: a
        conjunction and then a subject before the verb (a pronoun too) coordinate a clause of its
        own; an incise has no conjunction and inverts its subject (« conteste-t-elle »)."""
        subject = next((c for c in verb.children if c.dep_ in _SUBJ and after <= c.i < verb.i and not c.text.startswith("-")), None)
        if subject is None:
            return False
        tags = pos_tags(self.doc)
        return any(tags[k] == "CCONJ" and not self.mask[k] for k in range(after, subject.left_edge.i))

    def _content_right_after(self, verb: Token) -> bool:
        """« Paul Roy, membre du collectif « Les Riverains », confirme qu'il … »: a French
        reporting verb followed right away (adverbs aside) by « que » or an infinitive opens its
        own content; it is no incise, whose subject comes inverted after the verb (« dit-il »,
        « confirme Paul Roy »)."""
        if not self.lex.complementizers:
            return False
        doc = self.doc
        k = verb.i + 1
        while k < len(doc) and (doc[k].pos_ == "ADV" or doc[k].is_space) and not self.mask[k]:
            k += 1
        if k >= len(doc) or self.mask[k]:
            return False
        following = doc[k]
        return following.lower_.translate(_APOSTROPHES) in ("que", "qu'") or following.pos_ in ("VERB", "AUX") and "Inf" in morph_get(following, "VerbForm", [])

    def _inverted_cue_at(self, i: int, stop: int) -> bool:
        """Whether a reporting verb with its subject after it starts at token i, right after a
        closing mark with no comma (« … » a déclaré Marc Dion, « … » explique-t-elle): the
        inversion marks an incise, so the quotation before it is the whole statement. In a
        compound tense the clitic subject sits between the auxiliary and the participle
        (« … » a-t-il ajouté): that inversion is an incise too. So is a pronominal verb's
        (« … » s'est félicité Marc Dion, « … » s'indigne-t-elle): its reflexive clitic comes first."""
        doc = self.doc
        clitic_subject = False
        if i < stop and self.lex.complementizers and doc[i].lower_.translate(_APOSTROPHES) in ("se", "s'"):
            i += 1
        while i < stop and (doc[i].dep_.startswith("aux") or doc[i].is_space or clitic_subject or doc[i].pos_ == "PRON" and doc[i].text.startswith("-")):
            if doc[i].pos_ == "PRON" and doc[i].text.startswith("-"):
                clitic_subject = True
            elif clitic_subject and not doc[i].is_space:
                break
            i += 1
        if i >= stop or not self._is_cue_here(doc[i]):
            return False
        if clitic_subject:
            return True
        k = i + 1
        while k < stop and doc[k].pos_ == "ADV":
            k += 1
        if k >= stop:
            return False
        follower = doc[k]
        if follower.pos_ == "PRON":
            # Only the clitic subject of an inversion (-t-il, -elle), not « que » or "that".
            return follower.text.startswith("-")
        return follower.pos_ in ("DET", "PROPN", "NOUN") and follower.lower_ not in self.lex.complementizers

    # -- rule 1: quotation marks -------------------------------------------------------------------
    def direct_quotes(self) -> list[Attribution]:
        """One direct quote per quotation, with the reporting verb after it (« … », a-t-il dit) or
        before it (X said: “…”), or an incise inside it; the cues it takes are marked used."""
        doc = self.doc
        out: list[Attribution] = []
        for span in self.spans:
            first = self._char_token(span.outer_start)
            last = self._char_token(max(span.outer_end - 1, span.outer_start))
            if first is None or last is None:
                continue
            attribution = Attribution(span.start, span.end, "direct", quotes=[span], rule="quote")
            # Sentence bounds by punctuation: the statistical splitter may cut right after a
            # closing mark (« … » | , a déclaré X.), which would hide the attribution.
            sent_lo = min(sentence_of(first).start, self._sentence(first.i)[0])
            sent_hi = max(sentence_of(last).end, self._sentence(last.i)[1])
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
            if self.text[span.start : span.end][-1:] in ".!?…" and nxt < stop and doc[nxt].text[:1].isupper() and (
                doc[nxt].pos_ != "PROPN" or not self.lex.complementizers and self._opens_after_words(first)
            ):
                # “… on record.” He added that …: a new sentence starts. So it does after a
                # quotation its sentence's words introduce ("Jensen called the mayor a “liar.” Mary
                # Long said …", "Jensen said: “We won.” Mary Long disagreed.").
                ends_statement = False
            elif not ends_statement:
                ends_statement = self._inverted_cue_at(nxt, stop)
            # "Asked whether she “has the experience,” 64 percent said yes": the question put, not their words
            ends_statement = ends_statement and not self._question_put(first)
            relative = 0  # words of a relative clause on the subject ("…,” a resident, whose name was withheld, wrote)
            apposed = 0  # words of a name apposed to it and its comma ("…!” the party's nominee, Ana Ruiz, tweeted)
            for t in doc[j:stop] if ends_statement else ():
                if t.pos_ == "VERB" and t.dep_ in _RELATIVE_CLAUSE and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN"):
                    relative = sum(1 for _ in t.subtree)
                    continue
                apposed += self._apposed_name_words(t, j)
                # An incise in a compound tense, « a-t-il aussi martelé », reports whatever the tag.
                # (« « … » , d'autres policiers déclarent que … » is a new statement, no incise.)
                is_cue = (
                    (self._is_cue_here(t) or not self.mask[t.i] and _after_inverted_clitic(t, self.lex) or self._incise_read_as_participle(t, j, stop) or self._went_on_incise(t, j))
                    and not self._new_french_report(t, j) and not self._describing_participle_after(t, j)
                    and not self._content_right_after(t) and not _participle_with_own_content(t)
                )
                if t.pos_ == "VERB" and not is_cue and t.dep_ not in ("amod",) and not self._role_read_as_verb(t) or _links_verbs(t):
                    # ("called the plan a “mistake,” and said …", « admet qu'« … », mais nie X »: a
                    # verb coordinated with the clause that holds the quotation reports a clause of
                    # its own, not the quotation; an incise never opens with a conjunction)
                    break
                if is_cue:
                    cue = t
                    break
            named = self.lex.language == "en" and _named_by_preceding_word(self, attribution)
            if cue is not None and (cue.i - j - relative - apposed) <= 8 and not _title_cased(self, attribution) and not named:
                # (A title or a name in quotation marks, "… famous in “The Big Kitchen,” Reed
                # noted", "Ruiz, the hacker known as “Ghost,” stated that …", leaves the verb to
                # the clause it ends or opens.)
                attribution.cue = _chars(cue)
                attribution.cue_lemma = verb_lemma(cue, self.lex.incise_verbs)
                attribution.speaker = self._speaker_for_cue(cue, (j, stop))
                attribution.rule = "quote+cue-after"
                self.used_cues.add(cue.i)
                self._open_at_unquoted_start(attribution, first, sent_lo)
            else:
                # b) before the quotation: "X said: “…”", "X a déclaré : « … »".
                cue = self._cue_before_quote(first, sent_lo)
                if cue is not None:
                    attribution.cue = _chars(cue)
                    attribution.cue_lemma = verb_lemma(cue, self.lex.speech_verbs) or verb_lemma(cue, self.lex.outcry_verbs)
                    attribution.speaker = self._owner_of_cited_words(cue, first) or self._speaker_for_cue(cue)
                    attribution.rule = "quote+cue-before"
                    self._use_cue_before_quotation(cue, first)
            self._share_listed_cue(attribution, out, cue)
            if attribution.speaker is None and cue is None:
                cue = self._complementizer_cue(attribution, first) or self._label_cue(attribution, first)
            if attribution.speaker is None:
                self._incise_inside(attribution, first.i + 1, last.i)
            attribution.hedged = self._hedged(cue, first.i, last.i + 1) if cue is not None and self.lex.conditional_hedges and "Cnd" in morph_get(cue, "Mood", []) else False
            out.append(attribution)
        return out

    def _apposed_name_words(self, token: Token, after: int) -> int:
        """How many words a person's name apposed to a description after a closing mark adds to
        the incise, with its comma (“…!” the party's longtime nominee for mayor, Ana Ruiz,
        tweeted): like a relative clause on the subject, it does not count toward the distance
        between the quotation and its incise verb. 0 for any other word. English only."""
        if self.lex.language != "en" or token.dep_ != "appos" or token.ent_type_ != "PERSON":
            return 0
        if not after <= token.head.i < token.i or token.head.pos_ != "NOUN":
            return 0
        return sum(1 for _ in token.subtree) + 1

    def _went_on_incise(self, verb: Token, after: int) -> bool:
        """“You know, it happens, right?” Reed went on, as if …: "go on" with its subject right
        after the closing mark and nothing of its own after the particle (no "to say", no
        object) is an incise of the speaker continuing to speak; "went on to win" is not. English
        only."""
        doc = self.doc
        if self.lex.language != "en" or verb.pos_ != "VERB" or verb.lemma_.lower() != "go" or self.mask[verb.i]:
            return False
        if verb.i + 1 >= len(doc) or doc[verb.i + 1].dep_ != "prt" or doc[verb.i + 1].lower_ != "on" or doc[verb.i + 1].head.i != verb.i:
            return False
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp") for c in verb.children):
            return False
        if any(c.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in verb.children):
            return False  # "went on to win the race" (the parse may hang the infinitive as an adverbial clause)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and after <= c.i < verb.i), None)
        return subject is not None and subject.left_edge.i == after

    def _incise_read_as_participle(self, verb: Token, after: int, stop: int) -> bool:
        """“…!” the party's nominee, Ana Ruiz, tweeted Sunday. / “…,” Ruiz tweeted last week.: the
        English parse may read the past tense of a short incise as a past participle describing
        its subject (``acl`` on the noun, tag VBN), which ``_is_cue`` takes for a describing
        participle ("officials accused of …"). Right after the closing mark, on a noun phrase that
        starts there, with no agent, object or clause of its own and no other verb after it
        before the sentence ends, the participle is the incise verb and the noun its subject."""
        doc = self.doc
        if self.lex.language != "en" or verb.tag_ != "VBN" or self.mask[verb.i]:
            return False
        # (its subject: the noun it hangs on, or a subject of its own when the parse hangs it on
        # the quoted words: “… - Monday release,” Ruiz tweeted)
        head = next((c for c in verb.children if c.dep_ == "nsubj" and after <= c.i < verb.i), None)
        if head is None and verb.dep_ == "acl":
            head = verb.head
        if head is None:
            return False
        if head.pos_ not in ("NOUN", "PROPN") or not after <= head.i < verb.i or head.left_edge.i != after:
            return False
        if verb_lemma(verb, self.lex.speech_verbs) is None:
            return False
        if any(c.dep_ in ("agent", "dobj", "ccomp", "xcomp", "dative", "prt", "oprd") or c.dep_.startswith("aux") for c in verb.children):
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : stop])

    def _open_at_unquoted_start(self, attribution: Attribution, opening: Token, sent_lo: int) -> None:
        """"The race will take time to “cool off,” Ruiz said", "Because of the cuts, “we need
        help,” Ruiz said": unquoted words of the speaker's own sentence before a quotation that
        the verb after it reports are part of the statement, which is mixed from the
        sentence's start. Not after a colon or another quotation, which set the words before
        them off as the narrator's, nor after a naming word ("titled"), nor after a reporting
        verb of their own ("Ruiz said the talks failed but added, “…”"), whose report they are.
        English news annotation."""
        if self.lex.language != "en":
            return
        doc = self.doc
        # (a sentence's end the splitter missed before a quotation mark starts the sentence anew)
        lo = max([sent_lo] + [t.i + 1 for t in doc[sent_lo : opening.i] if t.text in _SENTENCE_END_MARKS])
        while lo < opening.i and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        words = [t for t in doc[lo : opening.i] if not t.is_punct and not t.is_space]
        if len(words) < 2 or any(self.mask[lo : opening.i]) or any(t.text in {":", ";", "—", "–"} or self._is_cue_here(t) for t in doc[lo : opening.i]):
            return
        if words[-1].lower_ in self.lex.naming_words:
            return  # "The ad, titled “Unity?”, concludes …": the quotation is a name
        attribution.start, attribution.kind = doc[lo].idx, "mixed"

    def signature_after(self, end: int) -> SpeakerRef | None:
        """“We will rebuild.” ― Ana Ruiz: a dash after a quotation and a name that ends the line
        (or the text) sign the quotation: the name is its speaker. Only a person's name,
        capitalised words and initials and nothing else (no verb, no clause) up to the line's
        end. English only for now: not measured on the French sets."""
        if self.lex.language != "en":
            return None
        match = _SIGNATURE_AFTER_QUOTE.match(self.text, end)
        if match is None:
            return None
        name = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if name is None or any(self.mask[t.i] for t in name) or not any(t.ent_type_ == "PERSON" for t in name):
            return None
        ref = self.registry.resolve(list(name))
        return ref if ref is not None and ref.entities else None

    def _describing_participle_after(self, verb: Token, after: int) -> bool:
        """« …, qualifié par ses voisins d'« homme discret », déjà condamné deux fois »: a French
        past participle after a quotation with no auxiliary anywhere between them describes the
        noun before; an incise is finite (« dit-il », « a-t-il dit », « précise X »)."""
        return (
            bool(self.lex.complementizers) and _bare_participle(verb)
            # (« déplore-t-il »: a present tense the tagger took for a participle is an incise)
            and not _misread_participle(verb, self.lex)
            and not (verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].text.startswith("-"))
            and not any(t.lemma_ in ("avoir", "être") or t.pos_ == "AUX" for t in self.doc[after : verb.i])
        )

    def _share_listed_cue(self, attribution: Attribution, earlier: list[Attribution], own_cue: Token | None) -> None:
        """(French) « ont scandé « A » , « B » et « C » »: a quotation with no cue of its own that
        is the next item of a list after a quotation its cue introduces from before (only commas
        and « et », « ou » between them) is said by whoever says the first."""
        previous = earlier[-1] if earlier else None
        if own_cue is not None or not self.lex.complementizers or previous is None or previous.cue is None or not previous.rule.startswith("quote+cue-before"):
            return
        gap = self.text[previous.quotes[-1].outer_end : attribution.quotes[0].outer_start].replace(",", " ").split()
        if gap in ([], ["et"], ["ou"]):
            attribution.cue, attribution.cue_lemma, attribution.speaker = previous.cue, previous.cue_lemma, previous.speaker
            attribution.rule = previous.rule + "+listed"

    def _owner_of_cited_words(self, cue: Token, opening: Token) -> SpeakerRef | None:
        """« X répète les propos tenus par Y : « … » », « X cite la déclaration de Y : « … » »: a
        quotation right after a colon that ends the object of a verb relaying words (lexicon
        relaying_verbs), an object naming someone's words (statement_nouns, speech_nouns) with
        whose they are (an agent or a « de » complement naming someone), gives those words: they
        are that owner's, not the subject's (« X commente la réponse de Y : « … » » is X's)."""
        if cue.lemma_.lower() not in self.lex.relaying_verbs:
            return None
        cited_nouns = union(self.lex.statement_nouns, self.lex.speech_nouns)
        words = next((c for c in cue.children if c.dep_ in ("obj", "dobj") and c.lemma_.lower() in cited_nouns and not self.mask[c.i]), None)
        if words is None:
            return None
        # (The parse may hang the colon and the opening mark on the owner's name: the words'
        # phrase ends at its last word, not at its right edge.)
        last_word = max((t.i for t in words.subtree if t.i < opening.i and not t.is_punct), default=words.i)
        between = [t for t in self.doc[last_word + 1 : opening.i] if not t.is_space]
        if [t.text for t in between] != [":"]:
            return None
        owner = None
        for child in words.children:
            if child.dep_ == "acl" and "Part" in morph_get(child, "VerbForm", []):
                owner = next((a for a in child.children if a.dep_ == "obl:agent"), None)
            elif child.dep_ == "nmod" and child.i > words.i and any(c.dep_ == "case" and c.lower_ in ("de", "du", "d'", "d’") for c in child.children):
                owner = child
            if owner is not None:
                break
        # (« par le militant écologiste Marc Roy »: a noun that is no title, with the name set after it)
        if owner is None or not (self._names_someone(owner) or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > owner.i for c in owner.children)):
            return None
        ref = self.registry.resolve(self._phrase(owner), head=owner)
        return ref if ref is not None and ref.entities else None

    def _opens_after_words(self, opening: Token) -> bool:
        """Whether a quotation opens after words of its own sentence ("called the mayor a “…”",
        "Jensen said: “…”"), not at the sentence's start (by punctuation: the statistical
        splitter may join the quotation to the sentence before)."""
        sent_lo = self._sentence(opening.i)[0]
        i = opening.i - 1
        while i >= sent_lo and (self.doc[i].is_space or self.doc[i].text in _QUOTE_CHARS):
            i -= 1
        return any(not t.is_punct and not t.is_space for t in self.doc[sent_lo : i + 1])

    def _cue_before_quote(self, first: Token, sent_lo: int) -> Token | None:
        """The reporting verb that introduces a quotation from before it ("X said: “…”", "X a
        déclaré : « … »"): the nearest cue before the colon, comma or dash that opens the
        quotation, within its sentence (from ``sent_lo``) and not across another quotation. Not a
        participle of questioning the quotation is inside (``_question_put``)."""
        if self._question_put(first):
            return None
        doc = self.doc
        lo = sent_lo
        i = first.i - 1
        while i >= lo and doc[i].is_space:
            i -= 1
        glue = i >= lo and doc[i].text in {":", ",", "—", "-", "–"}
        if not glue and i >= lo:
            # « X a déclaré « … » », "X said “…”": a quoted clause is the object of the reporting
            # verb right before it, with no punctuation between them, when that verb has its
            # subject (quoted words without a verb after « a salué », "called" are a term, left
            # to the clause rules).
            verb = doc[i]
            clause = any(t.pos_ in ("VERB", "AUX") for t in doc[first.i + 1 : self._quotation_end(first.i)])
            labels = verb_lemma(verb, self.lex.label_verbs) is not None
            if self._outcry_at(verb):
                return verb  # « ont scandé « Démission ! » »: what is cried out is words, however short
            return verb if clause and verb.pos_ == "VERB" and self._is_cue_here(verb) and not labels and self._subject(verb) is not None else None
        start_scan = i - 1 if glue else i
        # A colon at the end of the previous paragraph also introduces the quote.
        scan_lo = lo if i >= lo else max(0, (sentence_of(doc[lo - 1]).start if lo > 0 else 0))
        if i < lo and lo > 0:
            prev = lo - 1
            while prev > 0 and doc[prev].is_space:
                prev -= 1
            if doc[prev].text == ":":
                start_scan = prev - 1
                scan_lo = sentence_of(doc[prev]).start
            else:
                start_scan = -1
        relative: Token | None = None
        for t in reversed(doc[scan_lo : start_scan + 1]) if start_scan >= scan_lo else []:
            if self.mask[t.i]:
                return relative
            if self._is_cue_here(t) or self._outcry_at(t):
                if relative is not None:
                    # « X a répondu à Y, qui avait commenté sa pétition : « … » »: the verb whose
                    # complement the relative clause describes introduces the quotation.
                    return t if relative.left_edge.i > t.i and t.is_ancestor(relative) else relative
                if t.dep_ in _RELATIVE_CLAUSE and t.head.i < t.i:
                    relative = t
                    continue
                return None if glue and self._in_adverbial_clause_of_other_verb(t, scan_lo, start_scan + 1) else t
        return relative

    def _use_cue_before_quotation(self, cue: Token, opening: Token) -> None:
        """Marks used the cue that introduces the quotation opened at ``opening`` from before it,
        except "She said that when the board met, “it chose to wait”": an English reporting verb
        whose "that" clause opens with unquoted words before the comma and the quotation reports
        a clause that holds the quotation (or goes on past it); the verb stays free for that
        clause (a mixed quote), though the quotation takes its speaker."""
        doc = self.doc
        content_clause_first = (
            self.lex.language == "en" and opening.i > 0 and doc[opening.i - 1].text == ","
            and any(t.dep_ == "mark" and t.lower_ == "that" and t.head.dep_ == "ccomp" and t.head.head.i == cue.i for t in doc[cue.i + 1 : opening.i - 1])
        )
        if not content_clause_first:
            self.used_cues.add(cue.i)

    def _outcry_at(self, verb: Token) -> bool:
        """Whether ``verb`` is an active verb of crying out (« scandent », « en criant »,
        « des manifestants scandant »), which introduces the quotation after it."""
        passive = "Pass" in morph_get(verb, "Voice", []) or any(c.dep_ == "aux:pass" for c in verb.children)
        return pos_tags(self.doc)[verb.i] == "VERB" and not self.mask[verb.i] and not passive and verb_lemma(verb, self.lex.outcry_verbs) is not None

    def _in_adverbial_clause_of_other_verb(self, cue: Token, lo: int, hi: int) -> bool:
        """Whether a cue before the colon that opens a quotation sits in an adverbial clause of
        another verb with a subject of its own ("When Reyes suggested that …, Ruiz fired back:
        “…”"): the quotation belongs to that main clause, not to the cue."""
        main = cue
        while main.head.i != main.i and lo <= main.head.i < hi:
            main = main.head
        if main.i == cue.i or main.pos_ not in ("VERB", "AUX") or self._is_cue_here(main):
            return False
        clause = next((c for c in main.children if c.dep_ == "advcl" and c.left_edge.i <= cue.i <= c.right_edge.i), None)
        if clause is None or not any(c.dep_ in _SUBJ for c in clause.children):
            return False  # "X offered a retort, tweeting at him: “…”": a participle adjunct says what X says
        return any(c.dep_ in _SUBJ and not clause.left_edge.i <= c.i <= clause.right_edge.i for c in main.children)

    def _quotation_end(self, opening: int) -> int:
        """The token index after the quoted words that start after the opening mark at ``opening``."""
        end = opening + 1
        while end < len(self.tokens) and self.mask[end]:
            end += 1
        return end

    def _complementizer_cue(self, attribution: Attribution, opening: Token) -> Token | None:
        """c) "X précise à l'AFP qu'« … »": the quotation is the verb's content. Sets the cue and
        speaker of the quotation opened at ``opening`` and returns the cue, if any."""
        cue = self._cue_before_complementizer(opening)
        if cue is not None:
            attribution.cue = _chars(cue)
            attribution.cue_lemma = verb_lemma(cue, self.lex.speech_verbs)
            attribution.speaker = self._speaker_for_cue(cue)
            # The cue stays free: its own clause may hold the quotation (a mixed quote).
            attribution.rule = "quote+cue-que"
        return cue

    def _label_cue(self, attribution: Attribution, opening: Token) -> Token | None:
        """d) « X a qualifié l'attaque d'« acte terroriste » »: the label is X's words. Sets the
        speaker and cue of the quotation opened at ``opening`` and returns the cue, if any."""
        labeller = self._label_cue_before(opening) if self.lex.label_verbs or self.lex.as_label_verbs else None
        speaker = self._labeller_speaker(labeller) if labeller is not None else None
        if labeller is None or speaker is None:
            return None
        attribution.speaker = speaker
        attribution.cue = _chars(labeller)
        attribution.cue_lemma = verb_lemma(labeller, self.lex.label_verbs) or verb_lemma(labeller, self.lex.as_label_verbs)
        attribution.rule = "quote+label"
        if self.lex.language == "en":
            # English news annotates the label with what it labels: "called the plan “a
            # disaster”" is one mixed statement, from the object after the verb to the label.
            first = next((t for t in self.doc[labeller.i + 1 : opening.i] if not t.is_space), None)
            if first is not None and first.lower_ == "to" and first.i + 1 < opening.i:
                first = self.doc[first.i + 1]  # "referred to them as “…”": the object, not its preposition
            if first is not None:
                attribution.start, attribution.kind = first.idx, "mixed"
                attribution.end = self._label_adjunct_end(attribution.end, opening)
        return labeller

    def _label_adjunct_end(self, end: int, opening: Token) -> int:
        """Where a label's statement ends: after the label, after the labels coordinated with it
        ("called it “reckless” and “cruel”", "‘weak’, ‘tired’"), or after a prepositional phrase
        or an infinitive that goes on with it ("called him a “liar” for repeating the claim",
        "called it a “mistake” to raise the tax"), up to the next comma or the sentence's end.
        An agent ("by Y") is not the statement's."""
        doc = self.doc
        hi = self._sentence(opening.i)[1]
        j = opening.i + 1
        while j < hi and doc[j].idx < end:
            j += 1
        while j < hi and (doc[j].text in _QUOTE_CHARS or doc[j].text == "''"):
            j += 1
        while (following := self._coordinated_label_at(j, hi)) is not None:
            end = doc[following - 1].idx + len(doc[following - 1].text)
            j = following
        infinitive = j + 1 < hi and doc[j].lower_ == "to" and doc[j + 1].tag_ == "VB"
        if j >= hi or doc[j].pos_ != "ADP" and not infinitive or doc[j].lower_ == "by" or self.mask[j]:
            return end
        if j + 1 < hi and doc[j + 1].ent_type_ in ("DATE", "TIME"):
            return end  # "called it “unfair” on Monday": when it was said, not what
        k = j
        while k < hi and doc[k].text not in {",", ";", "—", "–", "(", ":"} and not self.mask[k] and not doc[k].is_space:
            k += 1
        while k > j and doc[k - 1].is_punct:
            k -= 1
        return doc[k - 1].idx + len(doc[k - 1].text) if k > j else end

    def _coordinated_label_at(self, k: int, hi: int) -> int | None:
        """The token index after a quoted label coordinated with the one that ends before token
        ``k`` ("and “…”", ", “…”", ", or “…”"), or None when none follows."""
        doc = self.doc
        j = k
        while j < hi and not self.mask[j] and (doc[j].lower_ in ("and", "or") or doc[j].text == ","):
            j += 1
        if j == k or j >= hi or not self.mask[j] or doc[j].text not in _QUOTE_CHARS:
            return None
        return min(self._quotation_end(j), hi)

    def _label_cue_before(self, opening: Token) -> Token | None:
        """The verb that labels its object with the quotation opened at ``opening``, in the same
        clause: « a qualifié l'attaque d'« … » », « juge la décision « … » », « désigne comme « … » »,
        « qualifié par les enquêteurs d'« … » ». Between them only the object, its determiners and
        modifiers, and the « de » / « comme » / « par » that introduce the label or the agent; a
        passive without an agent (« sera jugé pour « … » ») labels nothing."""
        doc = self.doc
        lo = max(self._sentence(opening.i)[0], opening.i - _LABEL_WINDOW)
        for t in reversed(doc[lo : opening.i]):
            if self.mask[t.i] or t.is_punct and t.text not in ("'", "’") and not _appositive_comma(t, lo):
                return None
            if t.pos_ == "ADP" and t.lower_.translate(_APOSTROPHES) not in _LABEL_LINKS and not self._english_object_modifier(t, opening):
                return None
            if t.pos_ in ("VERB", "AUX"):
                if verb_lemma(t, self.lex.label_verbs) is None and not (
                    verb_lemma(t, self.lex.as_label_verbs) is not None and any(doc[k].lower_ in self.lex.as_label_links for k in range(t.i + 1, opening.i))
                ):
                    if _object_modifier_verb(t, lo):
                        continue  # "hailed the vote to leave the union as “…”": a verb inside the object
                    return None
                passive = any(c.dep_ in ("aux:pass", "auxpass") for c in t.children) or t.dep_ in ("acl", "amod") or _bare_past_participle_clause(t)
                return t if not passive or self._agent(t) is not None else None
        return None

    def _english_object_modifier(self, preposition: Token, opening: Token) -> bool:
        """(English) A preposition that opens a modifier of the labelled object ("referred to
        immigrants from Mexico as “…”"): it follows a noun (whatever the parse hangs it on), and
        the label comes a few words later."""
        before = self.doc[preposition.i - 1] if preposition.i > 0 else None
        return self.lex.language == "en" and before is not None and before.pos_ in ("NOUN", "PROPN") and opening.i - preposition.i <= 4

    @staticmethod
    def _agent(verb: Token) -> Token | None:
        """The agent of a passive verb (« qualifié par les enquêteurs »), also when the parse
        calls it a plain oblique (« a été qualifié d'« inutile » par les enseignants ») or hangs
        it on the label right before it (« Qualifié de « menteur » par le maire, … »)."""
        agent = next((c for c in verb.children if _is_agent(c)), None)
        if agent is not None:
            return agent
        labels = [c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i]
        return next(
            (g for c in labels for g in c.children if g.dep_ == "nmod" and g.i > c.i and any(k.dep_ == "case" and k.lower_ == "par" for k in g.children)),
            None,
        )

    def _labeller_speaker(self, verb: Token) -> SpeakerRef | None:
        """Who labels: the agent of a passive (« qualifié par X »), else the verb's subject."""
        agent = self._agent(verb)
        if agent is not None:
            ref = self.registry.resolve([t for t in agent.subtree if t.dep_ != "case" and not self.mask[t.i]], head=agent)
        else:
            ref = self._speaker_for_cue(verb) if self._subject(verb) is not None else self._left_speaker(verb)
        return ref if ref is not None and ref.entities else None

    def _incise_inside(self, attribution: Attribution, lo: int, hi: int) -> None:
        """French typography keeps the incise inside the guillemets: « Nous partons, a-t-il dit,
        demain. » / « …, a dit Marc Dion, … ». A reporting verb right after a comma, inverted with
        its subject, is the attribution; the words on either side of the incise are two spans,
        as the guidelines count a quotation the attribution interrupts."""
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
            if j < hi and not inverted and self._clitic_inverted(j) and verb_lemma(doc[j], self.lex.incise_verbs) is not None:
                inverted = [doc[j + 1]]  # « …, estime-t-il, … »: a present tense, whatever the tagger made of it
            elif j >= hi or not _is_cue(doc[j], self.lex):
                continue
            end = self._incise_inside_end(j, hi)
            tokens = inverted + [t for t in doc[j + 1 : end] if t.lower_ not in self.lex.time_words]
            if not tokens or end - j > 12 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
                # (“…, knowing full well what you've got, …”: a verb with a clause after it is the
                # quoted speaker's own phrase; an incise's subject is a noun phrase)
                continue
            ref = self.registry.resolve(tokens, quoted=True)
            if ref is not None and ref.entities:
                attribution.speaker = ref
                attribution.cue = (doc[j].idx, doc[j].idx + len(doc[j].text))
                attribution.cue_lemma = verb_lemma(doc[j], self.lex.speech_verbs)
                attribution.rule = "quote+incise-inside"
                # « A, a dit X. B » : the incise closes A's sentence; B is a second statement.
                # « A, a-t-il ajouté, B »: the incise interrupts the sentence; B is a second span.
                if end < hi and (doc[end].text in {".", "!", "?", ";"} or self.lex.complementizers and doc[end].text == ","):
                    rest = end + 1
                    while rest < hi and doc[rest].is_space:
                        rest += 1
                    if rest < hi:
                        attribution.split_at = (doc[i - 1].idx, doc[rest].idx)
                return

    def _incise_inside_end(self, cue: int, hi: int) -> int:
        """Where an incise inside the guillemets (its verb at ``cue``) ends: at the next comma or
        sentence mark, past an apposition to a named subject (« a lancé Sophie Lambert, présidente
        de l'association. » / « …, présidente de l'association, B »)."""
        doc = self.doc
        end = cue + 1
        while end < hi and doc[end].text not in {",", ".", ";", "!", "?"}:
            end += 1
        if end < hi and doc[end].text == "," and any(t.pos_ == "PROPN" for t in doc[cue + 1 : end]):
            k = end + 1
            while k < hi and doc[k].text not in {",", ".", ";", "!", "?"} and doc[k].pos_ not in ("VERB", "AUX"):
                k += 1
            if k < hi and doc[k].text in {".", ";", "!", "?"} and k - end <= 12:
                return k
            if self.lex.complementizers and k < hi and doc[k].text == "," and k - end <= 9 and doc[end + 1].pos_ in ("NOUN", "DET", "ADJ"):
                return k
        return end

    # -- rule 2: reporting verbs with a content clause ------------------------------------------------
    def verb_attributions(self) -> list[Attribution]:
        """Indirect speech around reporting verbs: the clause the parse gives the verb and, in
        languages with the surface rules (French), the constructions the parse often misses."""
        out: list[Attribution] = []
        if self.lex.complementizers:
            # Incises first: their verb's inverted subject (« …, a souligné le ministre ») is not its object.
            out.extend(self._comme_reports())
            out.extend(self._incise_reports())
        for cue in self.cues:
            if cue.i in self.used_cues:
                out.extend(self._reports_beside_quotation(cue))
                continue
            if any(c.dep_ in ("neg",) or "Neg" in morph_get(c, "Polarity", []) for c in cue.children) and not (
                # « n'a confirmé que la fermeture »: what « ne … que » keeps is a noun phrase, the
                # content only of verbs whose object is content (« n'a dit que quelques mots » is none)
                restricted_not_negated(cue, self.lex) and verb_lemma(cue, self.lex.object_content_verbs) is not None
                or litotes(cue, self.lex)  # « n'exclut pas de … »
            ):
                continue  # "She did not say how many …" / "il n'a pas précisé …": nothing was stated
            if self._reports_nothing(cue) or self._fronted_question(cue):
                continue
            attribution = self._parsed_content(cue)
            if attribution is None and not self.lex.complementizers:
                attribution = (
                    self._misparsed_that_clause(cue) or self._subject_before_dashed_aside(cue) or self._answer_word(cue)
                    or self._main_clause_of_as_clause(cue)
                )
            if attribution is None and self.lex.complementizers:
                attribution = self._following_content(cue)
            elif attribution is not None and self.lex.complementizers and attribution.start > cue.idx:
                attribution = self._earlier_following_content(cue, attribution)
            if attribution is None and self.lex.complementizers:
                attribution = (
                    self._object_after_adverbial(cue) or self._object_after_medium(cue) or self._object_after_locution(cue)
                    or self._object_with_attribute(cue) or self._addressee_and_infinitive(cue) or self._declared_attribute(cue)
                )
            if attribution is not None:
                out.append(attribution)
            else:
                out.extend(self._parenthetical_reports(cue))
            after_colon = self._content_after_colon(cue) if self.lex.complementizers else None
            if after_colon is not None and (attribution is None or attribution.end <= after_colon.start):
                out.append(after_colon)
        if self.lex.complementizers:
            out.extend(self._noun_tagged_cues())
            out.extend(self._light_verb_reports())
            out.extend(self._speech_act_object_reports())
            out.extend(self._mistagged_gerunds())
            out.extend(self._judgements_by_unlisted_verbs())
            out.extend(self._self_statements())
            out.extend(self._interpretations())
        return out

    def _fronted_question(self, cue: Token) -> bool:
        """"Asked whether the plan works, most voters said yes": a participle of questioning
        fronted before its clause's verb puts the question to that clause's subject; whoever
        asked it is not named, and its subject is the one asked."""
        return cue.dep_ == "advcl" and cue.tag_ == "VBN" and cue.i < cue.head.i and cue.lemma_.lower() in self.lex.question_verbs

    def _question_put(self, opening: Token) -> bool:
        """Whether the quotation opened at ``opening`` lies inside a fronted participle of
        questioning ("Asked whether the mayor “has the experience,” most voters said yes", "Asked
        if he was “tired,” the mayor said no"): the quoted words are the question put to the
        subject of the sentence by someone else, not what anyone in it said."""
        if opening.i + 1 >= len(self.doc):
            return False
        t = self.doc[opening.i + 1]
        for _ in range(6):
            if t.head.i == t.i:
                return False
            if t.dep_ == "advcl" and t.tag_ == "VBN" and t.i < opening.i < t.head.i:
                return self._fronted_question(t)
            t = t.head
        return False

    def _answer_word(self, cue: Token) -> Attribution | None:
        """"Asked whether the plan works, 64 percent said yes", "the mayor said no": a verb of
        saying whose only complement is an answer word (``answer_words``, the parse's
        interjection right after it) answers the question put, and states its proposition."""
        nxt = cue.i + 1
        if nxt >= len(self.doc) or self.doc[nxt].lower_ not in self.lex.answer_words or self.doc[nxt].dep_ != "intj" or self.doc[nxt].head.i != cue.i:
            return None
        after = self.doc[nxt + 1] if nxt + 1 < len(self.doc) else None
        if self.mask[nxt] or after is not None and not (after.is_punct or after.is_space or after.pos_ in ("CCONJ", "SCONJ") or after.tag_ == "WRB"):
            return None  # "said no to the plan" refuses it; "said no more than ten" opens a clause
        answer = self.doc[nxt]
        return Attribution(answer.idx, answer.idx + len(answer.text), "indirect", cue=_chars(cue), cue_lemma=self._cue_lemma(cue),
                           speaker=self._speaker_for_cue(cue), rule="answer")

    def _self_statements(self) -> list[Attribution]:
        """« Ils s'affirment « prêts » à reprendre le travail », « elle se présente comme la
        candidate du renouveau », « il se définit comme un élu sans étiquette »: a
        pronominal verb by which a subject who can speak states its own position (lexicon:
        self_declaring, with an attribute) or describes itself (self_describing, with a « comme »
        attribute). The attribute is the content, up to the subject's next predicate. Verbs of
        saying that are cues already get their attribute from the cue rules."""
        lex = self.lex
        out: list[Attribution] = []
        for verb in self.tokens:
            if verb.pos_ != "VERB" or self.mask[verb.i] or verb.i in self._cue_set or not _reflexive(verb):
                continue
            subject = self._subject(verb)
            if subject is None or not (self._may_speak(subject) or subject.pos_ == "PRON" and subject.lower_ in lex.person_pronouns | lex.plural_pronouns):
                continue
            describing = verb_lemma(verb, lex.self_describing_verbs)
            if verb_lemma(verb, lex.self_declaring_verbs) is not None:
                attribution = self._declared_attribute(verb)
            elif describing is not None:
                attribution = self._comme_attribute(verb, describing)
            else:
                continue
            if attribution is not None:
                out.append(attribution)
        return out

    def _interpretations(self) -> list[Attribution]:
        """« Le syndicat y voit une sanction politique », « une avocate voit dans cette élection un
        « signal » »: a verb of reading (lexicon: interpreting) with the clitic « y » or a « dans »
        complement before its object gives what its subject, who can speak, says a fact means; the
        object is the content, up to the subject's next predicate. « on y voit des enfants » (a
        picture) and the verb without either complement (« a vu des camions ») see."""
        lex = self.lex
        if not lex.interpreting_verbs:
            return []
        out: list[Attribution] = []
        for verb in self.tokens:
            if verb.pos_ != "VERB" or self.mask[verb.i] or _reflexive(verb) or "Pres" in morph_get(verb, "Tense", []) and "Part" in morph_get(verb, "VerbForm", []):
                continue  # (« a dénoncé un « complot », y voyant une manœuvre »: the present participle goes on with that report)
            lemma = verb_lemma(verb, lex.interpreting_verbs)
            if lemma is None:
                continue
            reading = self._read_object(verb)
            subject = self._subject(verb) if reading is not None else None
            if reading is None or subject is None or subject.lower_ in lex.indefinite_subjects:
                continue
            if not (self._may_speak(subject) or subject.pos_ == "PRON" and subject.lower_ in lex.person_pronouns | lex.plural_pronouns):
                continue
            s_hi = self._sentence(verb.i)[1]
            hi = self._content_end(reading.left_edge.i, s_hi)
            hi = next((k for k in range(reading.i + 1, hi) if self._verb_coordinated_at(k, hi)), hi)
            attribution = self._object_report(verb, lemma, reading.left_edge.i, hi, "interpretation")
            if attribution is not None:
                out.append(attribution)
        return out

    def _read_object(self, verb: Token) -> Token | None:
        """The determined object of a verb of reading that has the clitic « y » before it or a
        « dans » complement between it and the object (``_interpretations``), else None. The parse
        may hang the object on the « dans » noun (« voit dans cette décision un « signal » »): a
        noun with a determiner and no preposition of its own there is the verb's object."""
        def determined(t: Token) -> bool:
            return t.i > verb.i and any(d.dep_ == "det" for d in t.children)

        settings = [c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i and any(d.dep_ == "case" and d.lower_ == "dans" for d in c.children)]
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj") and determined(c)]
        objects += [n for c in settings for n in c.children if n.dep_ == "nmod" and determined(n) and not any(d.dep_ == "case" for d in n.children)]
        if not objects:
            return None
        target = min(objects, key=lambda t: t.i)
        clitic = verb.i > 0 and self.doc[verb.i - 1].lower_ == "y" or any(c.lower_ == "y" and c.i < verb.i for c in verb.children)
        return target if clitic or any(c.i < target.i for c in settings) else None

    def _comme_attribute(self, verb: Token, lemma: str) -> Attribution | None:
        """The « comme » attribute of a self-describing verb (« se présente comme A et se définit
        comme B »: A), from the word after « comme » to the subject's next predicate."""
        doc = self.doc
        comme = next((k for k in range(verb.i + 1, min(len(doc), verb.i + 4)) if doc[k].lower_ == "comme" and not self.mask[k]), None)
        if comme is None or any(doc[k].pos_ in ("VERB", "AUX", "PUNCT") for k in range(verb.i + 1, comme)):
            return None  # « se présente aujourd'hui comme … » keeps an adverb between them; « comme suit » has no content
        lo = comme + 1
        s_hi = self._sentence(verb.i)[1]
        hi = self._content_end(lo, s_hi)
        hi = next((k for k in range(lo + 1, hi) if self._verb_coordinated_at(k, hi)), hi)
        if hi - lo < 2 or doc[lo].lower_ == "suit":
            return None
        return self._object_report(verb, lemma, lo, hi, "pronominal+comme-attribute")

    def _reports_beside_quotation(self, cue: Token) -> list[Attribution]:
        """What a verb that introduces a quotation reports besides it: in French its own content
        or object (« X appelle à Y : « … » »); in English the unquoted clause before the incise
        ("The harbor was quiet, she added, “but the boats return …”")."""
        if not self.lex.complementizers:
            return self._parenthetical_reports(cue)
        if self._reports_nothing(cue):
            return []
        attribution = self._following_content(cue) or self._object_before_quotation(cue) or self._declared_attribute(cue)
        return [attribution] if attribution is not None else []

    def _object_before_quotation(self, cue: Token) -> Attribution | None:
        """(French) « X dénonce le projet : « … » », « X a contesté le tracé de la « Voie verte » :
        « … » »: a verb whose object is content keeps its determined object as a statement of its
        own when it also introduces, after a colon, the quotation that follows."""
        lemma = verb_lemma(cue, self.lex.object_content_verbs)
        if lemma is None:
            return None
        doc = self.doc
        s_hi = self._sentence(cue.i)[1]
        colon = next((k for k in range(cue.i + 1, min(s_hi, cue.i + 13)) if doc[k].text == ":"), None)
        if colon is None:
            return None
        after = colon + 1
        while after < s_hi and doc[after].is_space:
            after += 1
        j = self._past_adverbs(cue.i + 1, colon)
        if after >= s_hi or not self.mask[after] and doc[after].text not in _QUOTE_CHARS or j >= colon or self.mask[j]:
            return None
        if pos_tags(doc)[j] != "DET" or any(pos_tags(doc)[k] in ("VERB", "AUX") and not self.mask[k] for k in range(j, colon)):
            return None
        return self._object_report(cue, lemma, j, colon, "verb+object-before-quotation")

    def _content_after_colon(self, cue: Token) -> Attribution | None:
        """(French) « Marc Roy a déclaré : la ville va mal », « Marc Roy demande la fin du
        blocage : nous avons trois blessés … »: an unquoted clause after a colon that closes the
        cue's own words (no other cue, no quotation between them) is what the cue's named source
        said, to the end of the sentence. Without a finite verb it is a list or a label, not a
        statement."""
        if "Inf" in morph_get(cue, "VerbForm", []):
            return None  # « une statistique reste à publier : … »: a report not made yet
        s_hi = self._sentence(cue.i)[1]
        colon = next((k for k in range(cue.i + 1, min(s_hi, cue.i + 16)) if self.doc[k].text == ":"), None)
        if colon is None or any(self.mask[cue.i + 1 : colon]) or any(k in self._cue_set for k in range(cue.i + 1, colon)):
            return None
        lo = colon + 1
        while lo < s_hi and self.doc[lo].is_space:
            lo += 1
        if lo >= s_hi or self.mask[lo] or self.doc[lo].text in _QUOTE_CHARS or not self._has_unquoted_finite_verb(lo, s_hi):
            return None
        trimmed = self._trim(lo, s_hi)
        speaker = self._speaker_for_cue(cue)
        if trimmed is None or speaker is None or not speaker.named:
            # « L'enquête a révélé un élément troublant : … »: after an unnamed source (a finding,
            # a document) the colon opens the narrator's account of it more often than its words.
            return None
        lemma = self._cue_lemma(cue)
        return Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=lemma, speaker=speaker, rule="verb+colon")

    def _judgements_by_unlisted_verbs(self) -> list[Attribution]:
        """« a qualifié le programme de dangereux »: a verb of judgement that is no verb of saying
        (so no cue) states a judgement when it has an object and its attribute
        (``_object_with_attribute``). Not « trouver » (« a trouvé la victime … » finds)."""
        verbs = self.lex.attributive_verbs - self.lex.speech_verbs - {"trouver"}
        tags = pos_tags(self.doc)
        out: list[Attribution] = []
        for token in self.tokens:
            if tags[token.i] == "VERB" and not self.mask[token.i] and token.i not in self._cue_set and verb_lemma(token, verbs) is not None:
                attribution = self._object_with_attribute(token)
                if attribution is not None:
                    out.append(attribution)
        return out

    def _mistagged_gerunds(self) -> list[Attribution]:
        """« tout en martelant que … »: a gerund of a reporting verb the tagger read as an
        adjective or a noun still introduces its « que » clause. Only regular verbs in -er, whose
        infinitive the gerund gives back (martelant → marteler)."""
        doc = self.doc
        lowers = lower_forms(doc)  # the cheap tests first: « en » + a word in -ant is rare
        out: list[Attribution] = []
        for i, low in enumerate(lowers):
            if i == 0 or i + 1 >= len(doc) or lowers[i - 1] != "en" or not low.endswith("ant") or self.mask[i]:
                continue
            token = self.tokens[i]
            if token.pos_ in ("VERB", "AUX"):
                continue
            lemma = token.lower_[:-3] + "er"
            if lemma not in self.lex.speech_verbs or doc[i + 1].lower_ not in self.lex.complementizers:
                continue
            attribution = self._following_content(token)
            if attribution is None:
                continue
            attribution.cue_lemma = lemma
            if attribution.speaker is None or not attribution.speaker.entities:
                # The gerund shares the subject of the report before it in its sentence
                # (« …, avait confié X, tout en martelant que … »).
                s_lo = self._sentence(i)[0]
                previous = [cue for cue in self.cues if s_lo <= cue.i < i]
                if previous:
                    attribution.speaker = self._speaker_for_cue(previous[-1])
                    words = self._incise_source(previous[-1], self._sentence(i)[1], []) if attribution.speaker is None else None
                    if words is not None and words[1]:
                        attribution.speaker = self.registry.resolve(words[1])  # « …, avait confié X aux journalistes, tout en … »
            out.append(attribution)
        return out

    def _date_adjunct(self, word: Token) -> bool:
        """Whether ``word`` heads a phrase that only dates something ("on Saturday", "Monday")."""
        if word.dep_ == "prep":
            objects = [c for c in word.children if c.dep_ == "pobj"]
            return len(objects) == 1 and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in self.lex.time_words for t in objects[0].subtree)
        return word.dep_ == "npadvmod" and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in self.lex.time_words for t in word.subtree)

    def _only_a_date(self, word: Token) -> bool:
        """« a appelé jeudi les syndicats à … »: a day or a date after the verb, which the parse may
        take for its complement, dates the report and says nothing."""
        return all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in self.lex.time_words or t.like_num for t in word.subtree)

    def _misparsed_that_clause(self, cue: Token) -> Attribution | None:
        """"…, she said, noting that by noon the ferry had left with 40 crates": "that" right after
        an English reporting verb opens its content clause, even when the parse read it as a
        preposition or a determiner and gave the verb no content. The clause runs to the end of
        the sentence and must hold a subject and a finite verb of its own."""
        doc = self.doc
        k = cue.i + 1
        s_lo, s_hi = self._sentence(cue.i)
        if k >= s_hi or doc[k].lower_ != "that" or self.mask[k] or any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in cue.children):
            return None
        finite = next((t for t in doc[k + 1 : s_hi] if t.tag_ in _FINITE_VERB_TAGS and not self.mask[t.i]), None)
        if finite is None or not any(doc[m].pos_ in ("NOUN", "PROPN", "PRON") for m in range(k + 1, finite.i)):
            return None
        trimmed = self._trim(k, s_hi)
        if trimmed is None:
            return None
        lemma = self._cue_lemma(cue)
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=lemma, rule="verb+that")
        attribution.speaker = self._speaker_for_cue(cue)
        attribution.hedged = self._hedged(cue, k, s_hi)
        return attribution

    def _main_clause_of_as_clause(self, cue: Token) -> Attribution | None:
        """"As the Gazette reported, the council approved …", "…, as the mayor pointed out": a
        reporting verb in an "as" clause, with no content of its own ("as" stands for it),
        reports the main clause the "as" clause is set off from by a comma (fronted, or last in
        the sentence); the speaker is the verb's agent ("as reported by X") or its subject. A
        verb of prediction ("as critics predicted") says a forecast came true, no statement."""
        doc = self.doc
        if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
            return None
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr") or c.dep_ == "prep" and any(t.pos_ in ("VERB", "AUX") for t in c.subtree) for c in cue.children):
            return None  # "as the White House hints at what it plans, …": the verb has content of its own
        if self._cue_lemma(cue) in self.lex.claim_kinds.get("prediction", frozenset()):
            return None  # "As (most critics) predicted, the film won": the writer says a forecast came true
        s_lo, s_hi = self._sentence(cue.i)
        first = cue.left_edge.i
        # (after a connective: "But as the Gazette reported, …", "However, as …")
        if all(t.is_punct or t.is_space or t.pos_ == "CCONJ" or t.pos_ == "ADV" and t.head.i == cue.head.i for t in doc[s_lo:first]):
            comma = next((m for m in range(cue.i + 1, min(s_hi, cue.i + 10)) if doc[m].text == ","), None)
            if comma is None:
                return None
            lo, hi = comma + 1, s_hi
        elif first - 1 > s_lo and doc[first - 1].text == "," and all(t.is_punct or t.is_space for t in doc[cue.right_edge.i + 1 : s_hi]):
            lo, hi = s_lo, first - 1
        else:
            return None
        trimmed = self._trim(lo, hi)
        if trimmed is None or hi - lo < _MIN_CONTENT_TOKENS or not lo <= cue.head.i < hi or not self._has_finite_verb(lo, hi):
            return None
        # The agent first: a passive's subject is no speaker, and "as reported by X" has none of
        # its own (the parse may lend it the main clause's).
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        names = [t for t in agent.subtree if t.i > agent.i] if agent is not None else []
        speaker = self.registry.resolve(names) if names else self._speaker_for_cue(cue)
        if speaker is None:
            return None
        return Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=self._cue_lemma(cue), speaker=speaker, rule="as-clause")

    def _subject_before_dashed_aside(self, cue: Token) -> Attribution | None:
        """"saying the plan -- new roads and more buses -- is inadequate": an aside between
        dashes after the subject of a content clause leads the parse to read that subject as the
        reporting verb's object and the clause's verb, left without a subject, as a verb of its
        own. The object, the aside and the finite verb right after the closing dash are the
        content, to the sentence's end."""
        doc = self.doc
        if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
            return None
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None:
            return None
        s_lo, s_hi = self._sentence(cue.i)
        closing = obj.right_edge.i + 1
        verb = closing + 1
        if verb >= s_hi or doc[closing].text not in _ASIDE_DASHES or doc[verb].tag_ not in _FINITE_VERB_TAGS or any(self.mask[obj.i : verb + 1]):
            return None
        if not any(doc[k].text in _ASIDE_DASHES for k in range(obj.i + 1, closing)) or any(c.dep_ in _SUBJ for c in doc[verb].children):
            return None
        trimmed = self._trim(obj.left_edge.i, s_hi)
        if trimmed is None:
            return None
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=self._cue_lemma(cue), rule="verb+dashed-aside")
        attribution.speaker = self._speaker_for_cue(cue)
        return attribution

    def _parenthetical_reports(self, cue: Token) -> list[Attribution]:
        """"The plan is late, he says, and will cost more": a subject and a reporting verb set
        between commas inside an unquoted sentence report the words on both sides of them, as
        two statements (the clause before the incise, then what follows it to the sentence end).
        The parse hangs the continuation on the verb as a conjunct; an object of its own means
        the verb is no incise."""
        doc = self.doc
        subject = [c for c in cue.children if c.dep_ in _SUBJ and c.i < cue.i]
        set_off = self._subject_set_off_before(subject)
        if set_off is not None:
            subject = [set_off]
        if len(subject) != 1 or "Fin" not in morph_get(cue, "VerbForm", []):
            return []
        first = min(t.i for t in subject[0].subtree)
        # "…, a spokeswoman, Ann Roe, said on Saturday, and …": in English the subject may carry
        # its name in apposition, and the verb the date it was said.
        # So may a name after a long title ("That, the party's chief of staff Ann Roe explained, …").
        named = not self.lex.complementizers and (
            any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject[0].children) or subject[0].ent_type_ == "PERSON"
        )
        if first == 0 or doc[first - 1].text != "," or cue.i - first > (8 if named else 4):
            return []
        dates = [c for c in cue.children if c.i > cue.i and not self.lex.complementizers and self._date_adjunct(c)]
        if any(c.i > cue.i and not c.is_punct and c.dep_ not in ("cc", "conj") and c not in dates for c in cue.children):
            return []
        comma, after = first - 1, max([cue.i] + [c.right_edge.i for c in dates]) + 1
        if after >= len(doc) or doc[after].text not in {",", "."}:
            return []
        s_lo, s_hi = self._sentence(cue.i)
        before = self._trim(s_lo, comma)
        speaker = self._speaker_for_cue(cue)
        cue_chars = _chars(cue)
        if before is not None and not self.lex.complementizers and cue.dep_ == "parataxis" and cue.head.i > after and not any(self.mask[s_lo:comma]) and (
            not self._has_finite_verb(s_lo, comma) or self._adverbial_clause_opens(s_lo, comma, cue) or self._relative_clause_opens(after + 1, cue.head)
        ):
            # "The mayor, Lopez said, had been in office for “a thousand years”", "In his state,
            # Lopez said, offenders …", "If the vote fails, the union said, it will strike", "It is
            # an investment, they say, that would pay for itself": the incise splits one clause
            # after its subject, a fronted phrase or an adverbial clause, or sets a relative clause
            # off from its noun; the statement is the whole sentence around it (quoted words make it mixed).
            whole = self._trim(s_lo, s_hi)
            if whole is None or s_hi - after <= 3:
                return []
            self.used_cues.add(cue.i)
            return [Attribution(whole[0], whole[1], "indirect", cue=cue_chars, cue_lemma=cue.lemma_.lower(), speaker=speaker, rule="parenthetical+fronted")]
        if before is None or comma - s_lo < 3 or not self._has_finite_verb(s_lo, comma) or any(self.mask[s_lo:comma]):
            return []
        made = [Attribution(before[0], before[1], "indirect", cue=cue_chars, cue_lemma=cue.lemma_.lower(), speaker=speaker,
                            rule="parenthetical")]
        # "…, she said, according to the minutes": a source phrase after the incise says where
        # the words come from; it is no second statement.
        sourced = any(tuple(t.lower_.replace("’", "'") for t in doc[after + 1 : after + 1 + len(pattern)]) == pattern for pattern in self.lex.according_to)
        if doc[after].text == "," and not sourced:
            rest = self._trim(after + 1, s_hi)
            if rest is not None and s_hi - after > 3 and not any(self.mask[after + 1 : s_hi]):
                made.append(Attribution(rest[0], rest[1], "indirect", cue=cue_chars, cue_lemma=cue.lemma_.lower(), speaker=speaker,
                                        rule="parenthetical+second"))
        self.used_cues.add(cue.i)
        return made

    def _adverbial_clause_opens(self, lo: int, comma: int, cue: Token) -> bool:
        """Whether the words lo..comma before an incise are an adverbial clause ("If the vote
        fails, …", "When the plant closes, …"): they open with a subordinator whose clause hangs
        on the incise's verb or on the verb of the clause after it."""
        first = next((t for t in self.doc[lo:comma] if not t.is_punct and not t.is_space), None)
        if first is None or first.pos_ != "SCONJ" or first.dep_ not in ("mark", "advmod"):
            return False
        verb = first.head
        return verb.dep_ == "advcl" and verb.right_edge.i < comma and verb.head.i in (cue.i, cue.head.i)

    def _relative_clause_opens(self, k: int, verb: Token) -> bool:
        """Whether the relative pronoun at token k is the subject of ``verb`` ("…, they say, that
        would pay for itself"): the clause after the incise describes the noun before it."""
        word = self.doc[k] if k < len(self.doc) else None
        return word is not None and word.lower_ in ("that", "which", "who") and word.dep_ in _SUBJ and word.head.i == verb.i

    def _parsed_content(self, cue: Token) -> Attribution | None:
        """The content the dependency parse attaches to a reporting verb (ccomp, object…)."""
        lemma = self._cue_lemma(cue)
        content_heads = self._content_heads(cue, lemma)
        if not self.lex.complementizers:
            # "… tenants advocate Dana Pruitt told the paper the rules favour owners": a "clause"
            # the parse puts before the verb with no comma or mark between them is its subject
            # misread (a preposed content is set off: "…, she said"); the content follows.
            # "Sitting down with the host, during which she touched on X, Clinton remarked that
            # …": a "that" clause after the verb is its content; a clause the parse also hangs on
            # it before its subject is the sentence's opening adverbial (unless a report of its
            # own: "Claiming the criticism is unfair, Trump told Fox that …"). A clause before a
            # colon leads into the sentence after it ("Her weakness is clear: most residents say
            # they don't know her"): a preposed content is set off by a comma, not a colon.
            before = [h for h in content_heads if h.i < cue.i]
            after = [h for h in content_heads if h.i > cue.i]
            between = self.doc[max(h.right_edge.i for h in before) + 1 : cue.i] if before else self.doc[cue.i : cue.i]
            if before and after and (
                not any(t.is_punct for t in between)
                or any(t.text == ":" for t in between)
                or any(c.dep_ == "mark" and c.lower_ == "that" for h in after for c in h.children)
                and not any(k in self._cue_set for h in before for k in range(h.left_edge.i, h.right_edge.i + 1))
            ):
                content_heads = after
        if not content_heads or self.lex.intention_verbs and self._is_intention(cue, content_heads[0]):
            return None
        tokens = self._content_tokens(cue, content_heads)
        if not self.lex.complementizers and (subject_start := self._stranded_subject_start(cue, lemma, content_heads[0])) is not None:
            tokens = sorted(set(tokens) | set(range(subject_start, content_heads[0].i)))
        # « a annoncé sa candidature »: a determined noun object of an announcing verb is a whole
        # statement in two words.
        determined_object = (
            bool(self.lex.complementizers) and self._object_is_content(cue, lemma, content_heads) and content_heads[0].pos_ == "NOUN"
            and content_heads[0].dep_ in ("obj", "dobj") and any(c.dep_ == "det" for c in content_heads[0].children)
        )
        small_clause = len(content_heads) == 2 and content_heads[1].dep_ == "oprd"
        if len(tokens) < (2 if determined_object or small_clause else _MIN_CONTENT_TOKENS):
            return None
        frame = self._extraposed_frame(cue, content_heads)
        lo, hi = self._around_the_cue(cue, content_heads, tokens, frame)
        if content_heads[0].i > cue.i:
            # Content after the cue ends with the cue's sentence.
            sent = sentence_of(cue)
            lo, hi = max(lo, sent.start), min(hi, sent.end)
        if not self.lex.complementizers and content_heads[0].i > cue.i:
            hi = self._reported_conjunct_end(cue, hi)
            hi = self._before_participle_report(lo, hi)
            hi = self._before_reporting_relative(lo, hi)
            lo = self._past_date_of_the_report(cue, content_heads[0], lo)
            hi = self._before_coordinated_report(content_heads[0], lo, hi)
        if self.lex.complementizers and lo > cue.i:
            lo += self._locution_at(lo, hi)  # « a demandé en outre la hausse de … »: the adverb is not content
            lo, hi = self._french_clause_bounds(cue, content_heads[0], lo, hi)
            if content_heads[0].pos_ == "NOUN":
                hi = self._before_nested_report(lo, hi)
        trimmed = self._trim(lo, hi)
        if trimmed is None:
            return None
        start, end = trimmed
        subject = self._subject(cue)
        if subject is not None and lo <= subject.i < hi and frame is None:
            return None
        if subject is not None and subject.lower_ in self.lex.indefinite_subjects and content_heads[0].pos_ in ("NOUN", "PROPN"):
            return None  # « on déplore des toits arrachés »: no source, an event
        attribution = Attribution(start, end, "indirect", cue=_chars(cue), cue_lemma=lemma, rule="verb" if frame is None else "verb+extraposed")
        attribution.speaker = self._speaker_for_cue(cue) if subject is not None else self._left_speaker(cue)
        attribution.hedged = self._hedged(cue, lo, hi)
        return attribution

    def _before_coordinated_report(self, content: Token, lo: int, hi: int) -> int:
        """Where a content ends before a reporting verb coordinated with it that goes on with the
        speaker's subject (``_report_coordinated_in_content``): before its conjunction."""
        for conj in content.children:
            if lo < conj.i < hi and self._report_coordinated_in_content(conj) is not None:
                conjunction = next((c for c in content.children if c.dep_ == "cc" and c.i == conj.i - 1), None)
                if conjunction is not None:
                    return conjunction.i
        return hi

    def _report_coordinated_in_content(self, verb: Token) -> Token | None:
        """"Moss said she liked the plan and added, “…”", "said she would consult the tenants and
        warned against …": an English reporting verb without a subject of its own, coordinated
        with the clause another reporting verb reports, goes on with that verb's subject (the parse
        hangs it on the content); so does a participle after a participle ("saying he would not
        back the plan and suggesting that …"). That verb, or None. Not a verb with a noun object
        ("said the firm grew and added jobs"), which is the content's own."""
        content = verb.head
        if (
            self.lex.complementizers or verb.dep_ != "conj" or verb.i not in self._cue_set
            or verb.tag_ not in ("VBD", "VBZ") and not (verb.tag_ == "VBG" and content.head.tag_ == "VBG")
            or content.dep_ != "ccomp" or content.head.i not in self._cue_set or content.head.i > content.i
        ):
            return None
        if any(c.dep_ in _SUBJ or c.dep_ in ("dobj", "obj") for c in verb.children):
            return None
        return content.head

    def _past_date_of_the_report(self, cue: Token, content: Token, lo: int) -> int:
        """"The mayor said Tuesday the plant would close": a bare date right after the reporting
        verb says when it was said, though the parse hangs it on the content verb; the content
        starts with the subject after it. ``lo`` moves past the date only when the content's
        own subject follows it at once."""
        date = next((c for c in content.children if c.dep_ == "npadvmod" and c.left_edge.i == lo), None)
        if date is None or lo != cue.i + 1 or not all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in self.lex.time_words for t in date.subtree):
            return lo
        subject = next((c for c in content.children if c.dep_ in _SUBJ), None)
        return subject.left_edge.i if subject is not None and subject.left_edge.i == date.right_edge.i + 1 else lo

    def _around_the_cue(self, cue: Token, content_heads: list[Token], tokens: list[int], frame: Token | None) -> tuple[int, int]:
        """The token bounds of a parsed content whose words lie on both sides of its cue. With an
        extraposed frame (``_extraposed_frame``), the whole sentence from the frame on. Otherwise
        (parse oddity, or a clause before the cue and an apposition after it: "X will close, Y
        announced, a move critics say …") the side holding the first head, up to its own last
        word, not up to the cue (the words between are the cue's subject)."""
        lo, hi = tokens[0], tokens[-1] + 1
        if frame is not None:
            return max(min(lo, frame.left_edge.i), sentence_of(cue).start), hi
        if lo < cue.i < hi:
            if content_heads[0].i > cue.i:
                lo = min(t for t in tokens if t > cue.i)
            else:
                hi = max(t for t in tokens if t < cue.i) + 1
        return lo, hi

    def _extraposed_frame(self, cue: Token, content_heads: list[Token]) -> Token | None:
        """"There is a risk, some aides said, that the bill fails", "It is no surprise, she said,
        that …": an incise set inside a frame whose clause is extraposed. The parse gives the verb
        both halves as contents, or hangs the verb on the frame and the clause on the verb; what
        was said is the frame with its "that" clause, the whole sentence around the incise (not
        one half). The frame's verb, or None."""
        after = [h for h in content_heads if h.i > cue.i]
        before = [h for h in content_heads if h.i < cue.i]
        if self.lex.complementizers or len(after) != 1 or len(content_heads) > 2:
            return None
        if before:
            frame = before[0]
        elif cue.dep_ == "parataxis" and cue.head.i < cue.i:
            frame = cue.head
        else:
            return None
        clause = after[0]
        opener = self.doc[clause.left_edge.i]
        if opener.dep_ != "mark" or opener.lower_ != "that" or opener.head.i != clause.i or self.doc[opener.i - 1].text != ",":
            return None
        subject = self._subject(cue)
        if subject is None or subject.left_edge.i == 0 or self.doc[subject.left_edge.i - 1].text != "," or cue.i - subject.left_edge.i > 4:
            return None
        framing = frame.lemma_ == "be" and any(c.dep_ == "expl" or c.dep_ in ("attr", "acomp") or c.dep_ == "nsubj" and c.lower_ == "it" for c in frame.children)
        return frame if framing else None

    def _stranded_subject_start(self, cue: Token, lemma: str, content: Token) -> int | None:
        """Where the subject of an English content clause starts when the parse hung it on the
        reporting verb instead ("said smaller brewers who … — … — are likely to suffer",
        "told the paper the laws around renovating favour owners": the subject read as the
        verb's object, the clause left without one). The clause must follow the verb, be finite
        (or a bare verb) and have no subject of its own; its subject is then the verb's last
        noun dependent before it — not the first object of a verb with an addressee ("told the
        paper"), nor a date ("said Thursday")."""
        if content.i < cue.i or content.dep_ not in ("ccomp", "xcomp") or any(c.dep_ in _SUBJ or c.dep_ == "expl" for c in content.children):
            return None
        finite = content.tag_ in ("VBP", "VBZ", "VBD") or any(c.tag_ == "MD" for c in content.children)
        bare = content.tag_ == "VB" and not any(c.tag_ == "TO" or c.dep_ in ("aux", "auxpass") for c in content.children)
        if not (finite or bare):
            return None
        nouns = [
            c for c in cue.children
            if cue.i < c.i < content.i and c.dep_ in ("dobj", "obj", "npadvmod", "nsubj", "attr", "dative")
            and (c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or c.dep_ in ("dobj", "obj") and c.tag_ == "JJ" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children))
        ]
        if lemma in self.lex.addressee_verbs:
            nouns = nouns[1:]
        if not nouns or any(self.mask[t.i] for t in nouns[-1].subtree):
            return None
        if nouns[-1].ent_type_ in ("DATE", "TIME"):
            # "said Thursday one of the ideas … could cut costs": the parse may hang the clause's
            # subject on the date; the subject is what follows the date, not the date.
            date = nouns[-1]
            after = [c for c in date.children if c.i > date.i and c.ent_type_ not in ("DATE", "TIME")]
            return after[0].left_edge.i if after and after[0].left_edge.i > date.i else None
        return nouns[-1].left_edge.i

    def _content_heads(self, cue: Token, lemma: str) -> list[Token]:
        """The words the parse hangs a reporting verb's content on: its content clause or, for
        verbs whose content is their object (accuse, condemn, call on), the object or complement;
        a plain speech verb needs a clause ("said a few words" reports nothing)."""
        # A clause before the cue is its content ("The plan failed, Ruiz said") unless a semicolon
        # ends it: "Reyes backs the tax; Ruiz seeks a cut" joins two clauses of the narrator's.
        content_heads = [
            c for c in cue.children
            if c.dep_ in _CONTENT and c.i > cue.i or c.dep_ == "ccomp" and (c.i > cue.i or not any(t.text == ";" for t in self.doc[c.right_edge.i + 1 : cue.i]))
        ]
        if self.lex.complementizers:
            # « a assuré qu'il ne serait jamais « un … » »: a quotation mark read as the clause's head
            # is a failed parse; the content is read from the word order instead.
            # « a exigé sur Radio 7, à titre personnel, le départ … »: a number or a name set
            # beside the verb (« 7 » read as parataxis) is no clause.
            content_heads = [c for c in content_heads if c.pos_ != "PUNCT" and not (c.dep_ == "parataxis" and c.pos_ in ("NUM", "PROPN"))]
            # « ont nié ces accusations et prétendent que … »: a clause after a coordinated verb of
            # saying is that verb's content, wherever the parse hangs it.
            conjuncts = [c.i for c in cue.children if c.dep_ == "conj" and c.i in self._cue_set]
            content_heads = [c for c in content_heads if not any(k < c.left_edge.i for k in conjuncts)]
            # « a rejeté ces accusations, qu'elle juge « infondées » »: a « que » clause set off by a
            # comma after the verb's object is a relative clause on the object, not the verb's content.
            content_heads = [c for c in content_heads if not self._relative_on_the_object(cue, c)]
        weak = lemma in self.lex.weak_verbs
        if not content_heads and lemma in self.lex.label_verbs:
            content_heads = self._small_clause(cue)
        if not content_heads and not weak:
            content_heads = [
                c for c in cue.children
                if (c.dep_ in _OBJECT_CONTENT or self._advocated(lemma, c)) and c.i > cue.i and (c.pos_ in ("VERB", "NOUN", "PROPN", "AUX", "ADP") or self._determined_adjective(c))
                and not self._only_a_date(c)
            ]
            if lemma in self.lex.dismissal_verbs:
                content_heads = [h for h in content_heads if lemma_lowers(self.doc)[h.i] in self.lex.dismissed_nouns]
            if self.lex.complementizers and content_heads:
                markers = ("de", "d'") if lemma in self.lex.accuse_object_verbs else ("à",) if lemma in self.lex.call_to_verbs else ()
                content_heads += self._infinitive_after_object(cue, content_heads[-1], markers) if markers else []
            object_content = self._object_is_content(cue, lemma, content_heads) and not _reflexive(cue)
            pronominal = _reflexive(cue) and _listed_reflexive(cue, self.lex)
            # (Not an infinitive: « pour prévenir des violences » prevents, it warns of nothing.)
            warning = lemma in self.lex.de_content_verbs and "Inf" not in morph_get(cue, "VerbForm", [])
            if self.lex.complementizers and (pronominal or warning) and (topic := self._de_object(cue)):
                content_heads = topic  # « s'indigne de l'absence des médias », « a prévenu de troubles »
            elif content_heads and lemma not in self.lex.accuse_object_verbs and not object_content:
                # Plain speech verbs need a clause; an object alone ("said a few words") is not content.
                content_heads = [c for c in content_heads if c.dep_ in ("xcomp",) and c.pos_ in ("VERB", "AUX")]
            elif object_content and lemma in self.lex.call_to_verbs and not any(self._called_to(h) for h in content_heads):
                # « a appelé la police »: a call on someone to nothing (no « à » complement) is a
                # phone call or a name, not a call to action.
                content_heads = []
            elif object_content:
                content_heads = self._from_the_object(content_heads)
            if lemma in self.lex.source_object_verbs or lemma in self.lex.people_object_verbs:
                # « rapporte le journal, citant un proche »: an object that is a source is who is
                # cited, not what was said (« cite plusieurs noms », « citant « une faute » » are).
                content_heads = [h for h in content_heads if not self._cited_source(h)]
        return content_heads

    def _relative_on_the_object(self, cue: Token, clause: Token) -> bool:
        """Whether a French clause the parse gives a verb as content opens with « , que » right
        after the verb's noun object: a relative clause on that object (« ces accusations, qu'elle
        juge … »)."""
        opener = clause.left_edge.i
        if opener < 1 or self.doc[opener - 1].text != "," or self.doc[opener].lower_.translate(_APOSTROPHES) not in ("que", "qu'"):
            return False
        return any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and cue.i < c.i and c.right_edge.i == opener - 2 for c in cue.children)

    def _advocated(self, lemma: str, head: Token) -> bool:
        """« plaide pour un suivi des riverains »: the « pour » noun of a verb of advocacy, which
        the parse may read as an adverbial (obl:mod) rather than its argument."""
        return lemma in self.lex.pour_content_verbs and head.dep_ == "obl:mod" and any(c.dep_ == "case" and c.lower_ == "pour" for c in head.children)

    def _infinitive_after_object(self, cue: Token, obj: Token, markers: tuple[str, ...]) -> list[Token]:
        """« accuse la direction de la SNCF d'avoir « trahi » … », « a appelé les syndicats à
        « reprendre » … »: the infinitive right after the object, in « de » (what the object is
        blamed for) or « à » (what it is called to do), belongs to the content. The parse often
        misses it after a long object or a quotation mark (hanging it on the verb as an adverbial
        clause, making the mark the head of « d'avoir », or starting a second sentence at the
        infinitive), so it is read from the word order: marker, « avoir » / « être », marks, verb."""
        doc = self.doc
        k = obj.right_edge.i + 1
        if k >= len(doc) or doc[k].lower_.replace("’", "'") not in markers:
            return []
        k += 1
        perfect = k < len(doc) and doc[k].lower_ in ("avoir", "être")
        k += perfect
        while k < len(doc) and doc[k].text in _QUOTE_CHARS:
            k += 1
        if k >= len(doc):
            return []
        verb = doc[k]
        if verb.pos_ not in ("VERB", "AUX") or not (perfect or "Inf" in morph_get(verb, "VerbForm", [])):
            return []
        if verb.sent.start != cue.sent.start:
            return []  # the parse ended the sentence before it: the content cannot run past it
        return [verb] if verb.head.i == cue.i or verb.dep_ == "ROOT" else []

    def _cited_source(self, head: Token) -> bool:
        """Whether an unquoted object names a source (a person's or an organisation's name, a
        word for people: « un proche », « des sources », "two officials"), not something said."""
        if any(self.mask[t.i] for t in head.subtree):
            return False
        return head.ent_type_ in ("PER", "ORG", "PERSON") or head.pos_ == "NOUN" and self._names_a_source(head, self._source_nouns)

    @functools.cached_property
    def _source_nouns(self) -> frozenset[str]:
        lex = self.lex
        return union(lex.titles, lex.group_nouns, lex.unnamed_nouns, lex.organization_words, lex.government_words)

    def _determined_adjective(self, word: Token) -> bool:
        """« déplore l'« immobilisme » du maire »: a French word tagged as an adjective but led by
        an article is a noun (often a quoted one the tagger could not read)."""
        return bool(self.lex.complementizers) and word.pos_ == "ADJ" and any(c.dep_ == "det" and c.i < word.i for c in word.children)

    def _small_clause(self, cue: Token) -> list[Token]:
        """"called him divisive", "calls the plan a disaster": a label verb's object with its
        object predicate is a proposition (he is divisive), however short; both follow the verb.
        Not a name ("they called him Bob"), nor an order ("Call it a day"); a quoted predicate
        is the label rule's (``_label_cue``)."""
        after = [c for c in cue.children if c.i > cue.i]
        obj = next((c for c in after if c.dep_ in ("dobj", "obj")), None)
        predicate = next((c for c in after if c.dep_ == "oprd"), None)
        if obj is None or predicate is None or predicate.i < obj.i or predicate.pos_ == "PROPN":
            return []
        if any(t.text in _QUOTE_CHARS or self.mask[t.i] for t in self.doc[obj.i : min(predicate.right_edge.i + 2, len(self.doc))]):
            return []
        if cue.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj") for c in cue.children):
            return []  # an imperative
        return [obj, predicate]

    @staticmethod
    def _de_object(cue: Token) -> list[Token]:
        """« se plaint des retards », « s'indigne de l'absence des médias », « se félicite de cette
        décision »: a pronominal verb of saying takes what it says as a noun in « de » (which the
        parse may read as an object with the article « des »); that noun is the content (an
        oblique in another preposition says where or when). « témoignent en particulier de
        menaces »: the parse may hang that noun on a multiword adverb between them."""
        adverbs = [c for c in cue.children if c.i > cue.i and c.dep_ == "advmod"]
        candidates = [h for h in cue.children if h.dep_.startswith("obl") or h.dep_ == "obj"]
        candidates += [h for adverb in adverbs for h in adverb.children if h.i > adverb.i and h.dep_ in ("obl", "nmod", "dep")]
        return sorted(
            (h for h in candidates if h.i > cue.i and h.pos_ in ("NOUN", "PROPN") and h.left_edge.lower_ in _PARTITIVE_CASES),
            key=lambda h: h.i,
        )[:1]

    @staticmethod
    def _from_the_object(content_heads: list[Token]) -> list[Token]:
        """« a réclamé sur France Inter la démission du préfet », « appelle dans un communiqué à
        une solution »: an oblique before the object (or the « à » / « de » complement) of a
        noun-phrase-content verb says where or how it was said, not what; the content starts
        with the object. Obliques in « à » / « de » stay (« appelle à la grève », « demande au
        maire de partir »: who is asked belongs to the demand), unless an object or a bare
        infinitive follows with no « de » before it: then « à » names who was told (« a raconté
        à l'AFP avoir … », « annonce à la presse la fermeture … »)."""
        def object_follows(head: Token) -> bool:
            # (no « de » between: « demande à l'arbitre de « ne pas … » » asks, it tells no one)
            return any(h.i > head.i and h.dep_ in ("obj", "xcomp") and not any(t.lower_ in ("de", "d'", "d’") for t in head.doc[head.i + 1 : h.i]) for h in content_heads)

        def framing(head: Token) -> bool:
            if not head.dep_.startswith("obl"):
                return False
            prepositions = [c.lower_ for c in head.children if c.dep_ == "case"]
            told = any(p in ("à", "au", "aux") for p in prepositions) and object_follows(head)
            return told or not any(p in _CONTENT_PREPOSITIONS for p in prepositions)

        first_object = next((h.i for h in content_heads if not framing(h)), None)
        if first_object is None:
            return content_heads
        return [h for h in content_heads if not (framing(h) and h.i < first_object)]

    @staticmethod
    def _called_to(head: Token) -> bool:
        """Whether a content head of a verb of calling holds what it calls for: an infinitive
        (« appelle les habitants à rester »), a noun after « à » (« appelle à la grève », which
        the parse may hang under an adverbial: « appelle dans un communiqué à la grève »), or a
        clause."""
        return head.dep_ == "xcomp" or head.pos_ in ("VERB", "AUX") or any(t.dep_ in ("case", "mark") and t.lower_ in ("à", "au", "aux") for t in head.subtree)

    def _object_is_content(self, cue: Token, lemma: str, content_heads: list[Token]) -> bool:
        """Whether the noun-phrase object of a verb is what its subject said: always for the
        object_content verbs, for a forecast when it names a change, for a verb that assigns a
        cause or a value when it has its « à » complement."""
        return (
            lemma in self.lex.object_content_verbs or self._forecast(lemma, content_heads) or self._assignment(cue, lemma, content_heads)
            or self._possibility_not_ruled_out(cue, content_heads)
        )

    def _possibility_not_ruled_out(self, cue: Token, content_heads: list[Token]) -> bool:
        """« la préfecture n'exclut pas une fermeture du site », « n'exclut pas des poursuites »:
        a negated litotes verb (``litotes``) with an indefinite object announces that possibility;
        a definite one is a person or thing not excluded (« n'a pas exclu les athlètes »: an act)."""
        if not litotes(cue, self.lex) or not any(c.dep_ == "advmod" and "Neg" in morph_get(c, "Polarity", []) for c in cue.children):
            return False
        head = content_heads[0] if content_heads else None
        return head is not None and head.pos_ == "NOUN" and head.dep_ in ("obj", "dobj") and any(
            c.dep_ == "det" and "Ind" in morph_get(c, "Definite", []) for c in head.children
        )

    def _forecast(self, lemma: str, content_heads: list[Token]) -> bool:
        """« l'observatoire prévoit une hausse des loyers »: a forecast whose object names a change."""
        return lemma in self.lex.forecast_verbs and any(h.pos_ == "NOUN" and h.lemma_.lower() in self.lex.forecast_nouns for h in content_heads)

    def _assignment(self, cue: Token, lemma: str, content_heads: list[Token]) -> bool:
        """« impute l'accident à une erreur humaine », « chiffre le préjudice à 2 millions
        d'euros »: a noun object with the « à » phrase that names its cause or value (hung on the
        verb or on the object), not an awarded thing (« attribue le prix à une romancière »)."""
        if lemma not in self.lex.assignment_verbs:
            return False
        objects = [h for h in content_heads if h.dep_ in ("obj", "dobj") and h.pos_ == "NOUN"]
        lemmas = lemma_lowers(self.doc)
        if not objects or any(lemmas[h.i] in self.lex.awarded_nouns for h in objects):
            return False
        # (the parse may hang the « à » phrase on any noun of the object: « impute la hausse des
        # loyers à la pénurie »)
        phrases = [c for c in cue.children if c.i > cue.i] + [t for h in objects for t in h.subtree if t.i > h.i]
        return any(
            lemmas[c.i] not in self.lex.locution_nouns_after_a and any(m.dep_ == "case" and m.lower_ in self.lex.addressee_prepositions for m in c.children)
            for c in phrases
        )

    def _content_tokens(self, cue: Token, content_heads: list[Token]) -> list[int]:
        """Sorted indices of the tokens under the content heads, without the cue and without a
        conjoined report that has a subject of its own."""
        tokens: list[int] = []
        for head in content_heads:
            tokens.extend(t.i for t in head.subtree)
        # "X a reconnu que A, mais elle a assuré que B": a conjoined report with its own
        # subject is a statement of its own, not part of this one's content; so is one in a
        # clause of contrast ("accuses him of A while he suggests B").
        deps = dep_labels(self.doc)  # (a Token only for the conjoined words)
        for k in list(tokens):
            if deps[k] not in ("conj", "parataxis", "advcl") or k <= cue.i:
                continue
            t = self.doc[k]
            if deps[k] == "advcl" and not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children):
                continue
            if _is_cue(t, self.lex) and any(c.dep_ in _SUBJ for c in t.children):
                cut = t.left_edge.i
                tokens = [i for i in tokens if i < cut]
        # The cue's own clause must not leak in (subject, the cue itself).
        return sorted(i for i in set(tokens) if i != cue.i)

    def _french_clause_bounds(self, cue: Token, content_head: Token, lo: int, hi: int) -> tuple[int, int]:
        """``_french_clause_extent``, ended before a narrator's « , mais » clause, which the parse
        often hangs inside the content."""
        lo, hi = self._french_clause_extent(cue, content_head, lo, hi)
        s_hi = self._sentence(cue.i)[1]
        contrast = next((k for k in range(lo + 1, hi) if self.doc[k].text == "," and not self.mask[k] and self._narrator_contrast_at(k, s_hi)), None)
        return lo, hi if contrast is None else contrast

    def _french_clause_extent(self, cue: Token, content_head: Token, lo: int, hi: int) -> tuple[int, int]:
        """Token bounds of French content after its cue. The span starts with the first word
        after « que »; the parse often ends the clause early (at a second object, an adverbial),
        so a clause runs to the end of its sentence, and any content stops where another report
        starts (« …, ajoutant que … »)."""
        end = self._content_end(lo, self._sentence(cue.i)[1])
        if self.doc[lo].lower_ in self.lex.complementizers and self.doc[lo].pos_ != "PRON" and hi - lo > _MIN_CONTENT_TOKENS:
            return lo + 1, end
        if "Inf" in morph_get(content_head, "VerbForm", []) or any(
            c.dep_.startswith("aux") and c.i < content_head.i and "Inf" in morph_get(c, "VerbForm", []) for c in content_head.children
        ):
            # An infinitive clause (« a dit n'y être pour rien dans … »), also in the past
            # (« …, indiquant les avoir arrêtées après … »), likewise; it stops before the
            # speaker's next report coordinated with it, however far the parse hangs that report
            # under the infinitive (« estime avoir bien fait … et ajoute que … »).
            hi = max(hi, end)
            # A participle after the conjunction shares the cue's auxiliary (« a dit suivre le
            # dossier et réclamé … ») unless the infinitive has one of its own for it to share
            # (« a dit avoir reçu la plainte et ouvert une enquête »), or a comma sets it off.
            participles = "Part" in morph_get(cue, "VerbForm", []) and content_head.i == lo
            hi = next(
                (
                    k for k in range(lo + 1, hi)
                    if self._coordinated_report_at(k, participles or k > lo and self.doc[k - 1].text == ",")
                    or self.doc[k].text == "," and not self.mask[k] and self._narrator_contrast_at(k, hi)
                ),
                hi,
            )
            if self.doc[lo].dep_ == "mark" and self.doc[lo].pos_ == "ADP" and lo + 1 < content_head.i + 1:
                lo += 1  # « demandé de passer au vote » → "passer au vote"
            return lo, hi
        called_for = self._called_for_noun(content_head, lo)
        if called_for or content_head.pos_ == "NOUN" and content_head.dep_ in ("obj", "dobj") and any(c.dep_ == "det" for c in content_head.children):
            # « a souligné la similitude entre A et B »: the parse often ends a noun-phrase content
            # at its head; what follows in the sentence still says what was stated, up to a
            # quotation set off by punctuation (a statement of its own) or a coordinated clause
            # (« …, et X a … »). Quoted words right after a word belong to the noun phrase
            # (« a dénoncé les casseurs « qui … » »: one mixed statement).
            stop = self._predicate_inside_noun_phrase(lo, min(hi, end))
            if stop < min(hi, end):
                return lo + 1 if called_for else lo, self._before_relative_report(lo, self._before_aside(lo, stop, end))
            while stop > lo + 1 and self.doc[stop - 1].text in (",", ":") and not self.mask[stop - 1]:
                stop -= 1  # the phrase's own closing punctuation: what it opens is tested below
            while stop < end and not (self.doc[stop].text == "," and stop + 1 < end and self.doc[stop + 1].pos_ == "CCONJ") and not self._verb_coordinated_at(stop, end) and not self._clause_after_colon_at(stop, end) and not self._comment_on_the_phrase_at(stop, end):
                if self.mask[stop]:
                    if not self._quotation_continues_phrase(stop):
                        break
                    while stop < end and self.mask[stop]:
                        stop += 1
                    continue
                stop += 1
            return lo + 1 if called_for else lo, self._before_relative_report(lo, self._before_aside(lo, stop, end))
        return lo, min(hi, end)

    def _coordinated_report_at(self, k: int, participles: bool = False) -> bool:
        """Whether token ``k`` is a conjunction before a finite verb of saying (« … et ajoute que … »,
        « … et n'exclut pas de … »), or with ``participles`` a past participle of one (« a dit
        suivre le dossier et réclamé … »): the same speaker's next report."""
        return self.doc[k].pos_ == "CCONJ" and self._french_report_after_conjunction(k, len(self.tokens), participles) is not None

    def _french_report_after_conjunction(self, k: int, end: int, participles: bool) -> int | None:
        """The verb of saying that the conjunction at ``k`` coordinates with the speaker's report,
        past its negation and object clitics (« … et n'exclut pas de … », « … et lui demande de … »):
        finite, or with ``participles`` a past participle sharing the first verb's auxiliary
        (« a confirmé A et indiqué que B »); a first-group form the parse read as a noun, or hung
        elsewhere than as a cue, counts when « que » follows it (« … et juge que … »). The French guidelines give each coordinated
        report its own span."""
        tags, lowers = pos_tags(self.doc), lower_forms(self.doc)
        if self.mask[k]:
            return None
        m = k + 1
        while m < end and lowers[m] in _NEGATION_AND_CLITICS and tags[m] != "DET" and not self.mask[m]:
            m += 1
        if m >= end or self.mask[m]:
            return None
        if m in self._cue_set:
            forms = morph_values(self.doc, m, "VerbForm")
            return m if "Fin" in forms or participles and "Part" in forms else None
        misread = tags[m] in ("NOUN", "VERB") and m + 1 < end and lowers[m + 1].translate(_APOSTROPHES) in ("que", "qu'") and not self.mask[m + 1]
        if misread and verb_lemma_of_form(lowers[m], self.lex.speech_verbs) is not None:
            return m
        return m if self._present_report_with_object(m, end) is not None else None

    def _present_report_with_object(self, m: int, end: int) -> str | None:
        """The lemma of token ``m``, right after a conjunction, when it is a present tense of
        saying with a noun phrase for object that the tagger misread or no cue covers: a verb of
        saying before a determiner or a quotation (« … et juge la grève « injustifiée » », « …,
        mais dément toute volonté de nuire ») or a locution of blame (« … et met en cause
        l'entreprise »). After a reported clause it is the speaker's next report, not a verb of
        that clause."""
        tags = pos_tags(self.doc)
        if m + 1 >= end or tags[m] not in ("NOUN", "ADJ", "ADV", "VERB"):
            return None
        token = self.tokens[m]
        lemma = _present_tense_lemma(token, self._speech_and_blame_verbs)
        if lemma is None or "Part" in morph_get(token, "VerbForm", []):
            return None
        if lemma in self._blame_verbs and self._blamed_object(token, lemma, end) is not None:
            return lemma
        return lemma if lemma in self.lex.speech_verbs and (tags[m + 1] == "DET" or self._opens_quotation(m + 1)) else None

    def _speech_gerund_at(self, k: int, end: int) -> bool:
        """« a nié toute responsabilité en rejetant la faute sur son associé »: « en » + the
        gerund of a verb of saying inside a noun-phrase content is the speaker's next act (a noun
        phrase has no verb for the gerund to modify, whatever the parse hangs it on)."""
        lowers = lower_forms(self.doc)  # (asked of every word of a content: no Token)
        if k + 1 >= end or lowers[k] != "en" or self.mask[k] or self.mask[k + 1] or not lowers[k + 1].endswith("ant"):
            return False
        return k + 1 in self._cue_set or lowers[k + 1][:-3] + "er" in self.lex.speech_verbs

    def _before_aside(self, lo: int, stop: int, end: int) -> int:
        """Where a noun-phrase content [lo, stop) ends before a clause in parentheses."""
        return next((k for k in range(lo + 1, stop) if self.doc[k].text == "(" and not self.mask[k] and self._comment_on_the_phrase_at(k, end)), stop)

    def _comment_on_the_phrase_at(self, k: int, end: int) -> bool:
        """« a annoncé un plan de formation, ce qui a été critiqué … »: « , ce qui » / « , ce
        que » after a noun-phrase content opens the narrator's comment on what was announced,
        not more of what was said; so does a clause in parentheses, and a relative clause that
        reports (``_relative_report_at``)."""
        doc = self.doc
        if doc[k].text == "(":
            # « confirme l'introduction d'une taxe (la veille, X a approuvé cela …) »: a clause
            # in parentheses is the narrator's aside.
            s_hi = self._sentence(k)[1]  # the content may already end inside the parentheses
            closing = next((m for m in range(k + 1, s_hi) if doc[m].text in ("(", ")")), s_hi)
            return self._has_unquoted_finite_verb(k + 1, closing)
        if k + 2 < end and doc[k].text == "," and doc[k + 1].lower_ == "ce" and doc[k + 2].lower_.translate(_APOSTROPHES) in ("qui", "que", "qu'"):
            return True
        return self._relative_report_at(k, end)

    def _before_relative_report(self, lo: int, hi: int) -> int:
        """Where a noun-phrase content [lo, hi) ends before a relative clause that reports
        (``_relative_report_at``), which the parse often keeps inside the phrase."""
        return next((k for k in range(lo + 1, hi) if self._relative_report_at(k, hi)), hi)

    def _relative_report_at(self, k: int, end: int) -> bool:
        """« a rejeté ces accusations, qu'elle juge « infondées » », « admet l'usage de fusées,
        qu'il présente comme une tradition »: a relative clause in « que » set off by a comma
        whose verb (after its pronouns) reports, judges or describes is a statement of its own
        about the phrase, not more of the phrase that was said."""
        doc = self.doc
        if k + 3 >= end or doc[k].text != "," or self.mask[k] or doc[k + 1].lower_.translate(_APOSTROPHES) not in ("que", "qu'"):
            return False
        j = k + 2
        while j < min(end, k + 6) and doc[j].pos_ == "PRON":
            j += 1
        return j < end and doc[j].pos_ in ("VERB", "AUX") and verb_lemma(doc[j], self._relative_report_verbs) is not None

    @functools.cached_property
    def _relative_report_verbs(self) -> frozenset[str]:
        lex = self.lex
        return union(lex.speech_verbs, lex.attributive_verbs, lex.self_describing_verbs)

    def _before_participle_report(self, lo: int, hi: int) -> int:
        """Where an English reported clause ends before ", noting that …" / ", adding …": a
        reporting participle set off by a comma (inside a closing quotation mark too: "…
        “tight,” adding, “…”"), with no subject of its own and a clause of its own, is the
        speaker's next report (its own attribution), even when the parse hangs it inside the
        content. "…, calling it a “special place”" names, and stays in the content."""
        doc = self.doc
        for t in doc[lo + _MIN_CONTENT_TOKENS : hi]:
            after_quotation = doc[t.i - 1].text in _QUOTE_CHARS and doc[t.i - 2].text == ","
            if (
                t.tag_ == "VBG" and (doc[t.i - 1].text == "," or after_quotation) and self._is_cue_here(t)
                and not any(c.dep_ in _SUBJ for c in t.children) and any(c.dep_ == "ccomp" for c in t.children)
            ):
                return t.i if after_quotation else t.i - 1  # (the content keeps its closing mark)
        return hi

    def _before_reporting_relative(self, lo: int, hi: int) -> int:
        """Where an English reported clause ends before a relative clause whose finite verb
        reports a content of its own ("said they would stay, against 12 percent who said they
        might leave", "the files, which the agency says it will publish"): the relative clause
        is another source's statement, not more of what the first one said. It ends the content
        at its first word (the relative pronoun, or the preposition before it)."""
        doc = self.doc
        for k in range(lo + 1, hi):
            verb = doc[k]
            if (
                verb.dep_ == "relcl" and k in self._cue_set and not self.mask[k] and verb.tag_ in ("VBD", "VBZ", "VBP")
                and any(c.dep_ == "ccomp" for c in verb.children)
            ):
                return max(verb.left_edge.i, lo + 1)
        return hi

    def _before_nested_report(self, lo: int, hi: int) -> int:
        """« a démenti les rumeurs de la chaîne affirmant qu'il … »: a reporting participle with a
        content clause of its own inside a noun-phrase content is another report (its own
        attribution); the noun phrase ends before it."""
        doc = self.doc
        for k in range(lo + 1, hi):  # (a Token only for the participles)
            if "Part" in morph_values(doc, k, "VerbForm") and self._is_cue_here(doc[k]) and any(c.dep_ == "ccomp" for c in doc[k].children):
                return k
            if self._speech_gerund_at(k, hi):
                return k
        return hi

    def _verb_coordinated_at(self, k: int, end: int) -> bool:
        """« … et a quitté la salle », « …, puis s'étaient indignés de … », « … et averti que … »:
        a conjunction (or « puis ») before a finite verb or an auxiliary, past the subject's
        clitics and negation, starts a second predicate of the subject, which a noun-phrase
        content does not hold; so does a reporting participle that shares the cue's auxiliary."""
        return self._coordinated_verb_at(k, end) is not None

    def _coordinated_verb_at(self, k: int, end: int) -> Token | None:
        """The verb (or auxiliary) of the second predicate ``_verb_coordinated_at`` finds at ``k``."""
        doc = self.doc
        if doc[k].pos_ != "CCONJ" and doc[k].lower_ != "puis" or self.mask[k]:
            return None
        m = k + 1
        while m < end and (doc[m].pos_ == "PRON" and doc[m].lower_ in _NEGATION_AND_CLITICS or doc[m].lower_ in ("ne", "n'", "n’")):
            m += 1
        if m >= end or self.mask[m]:
            return None
        nxt = doc[m]
        forms = morph_get(nxt, "VerbForm", [])
        participle_report = "Part" in forms and verb_lemma(nxt, self.lex.speech_verbs) is not None
        return nxt if nxt.pos_ == "AUX" or nxt.pos_ == "VERB" and ("Fin" in forms or participle_report) else None

    def _predicate_inside_noun_phrase(self, lo: int, hi: int) -> int:
        """« dénonce un vol de bétail par une bande de pirates et averti que … »:
        the parse may coordinate the speaker's second predicate with a noun of the content; a
        verb coordinated with a noun ends the noun-phrase content before its conjunction (a verb
        of a relative clause inside the phrase hangs on that clause's verb and stays)."""
        for k in range(lo + 1, hi):
            verb = self._coordinated_verb_at(k, hi)
            if verb is not None and (verb if verb.pos_ == "VERB" else verb.head).head.pos_ in ("NOUN", "PROPN"):
                return k
        return hi

    def _clause_after_colon_at(self, k: int, end: int) -> bool:
        """« demande la fin du blocage : nous avons trois blessés … »: after a colon, a clause with
        a subject of its own is the speaker's (or the narrator's) next sentence, not the rest of a
        noun-phrase content (« a présenté trois conditions : A, B et C » lists it and stays)."""
        return self.doc[k].text == ":" and not self.mask[k] and k + 1 < end and self._subject_clause_at(k + 1, end)

    def _called_for_noun(self, content_head: Token, lo: int) -> bool:
        """« appellent à une marche à Lille samedi », « plaide pour un suivi sanitaire »: the
        noun a verb of calling takes after « à », or a verb of advocacy after « pour », is the
        content, without the preposition; the parse ends it at its head."""
        doc = self.doc
        if content_head.pos_ != "NOUN" or content_head.dep_ not in ("obl:arg", "obl", "obl:mod") or doc[lo].dep_ != "case" or doc[lo].head.i != content_head.i or lo >= content_head.i:
            return False
        verbs = self.lex.call_to_verbs if doc[lo].lower_ == "à" else self.lex.pour_content_verbs if doc[lo].lower_ == "pour" else frozenset()
        return verb_lemma(content_head.head, verbs) is not None

    def _quotation_continues_phrase(self, k: int) -> bool:
        """Whether the quotation at token ``k`` (its opening mark) follows a word directly, with
        no punctuation between: quoted words inside a phrase, not a statement set after it."""
        previous = self.doc[k - 1] if k > 0 else None
        return previous is not None and self.doc[k].text in _QUOTE_CHARS and not self.mask[previous.i] and previous.pos_ in ("NOUN", "PROPN", "ADJ")

    def _reported_conjunct_end(self, cue: Token, hi: int) -> int:
        """Where an English reported clause ends when the parse hangs a second clause on the cue
        instead of on the content ("said the closure is a reaction to the rules, and members
        are tired"). The conjunct belongs to the report when it has its own complementizer ("…,
        but that her group will continue") or when it is not in the past (present or modal:
        reported words keep their own tense, while the narrative goes on in the past: "said the
        plan failed, and then he left" stays out). A conjunct that is itself a reporting verb is
        a statement of its own."""
        if any(c.dep_ == "auxpass" for c in cue.children):
            return hi  # a passive cue ("is expected") sets no narrative tense
        # A present cue ("the union says A, and members are tired") narrates in the present only
        # in features; its present conjunct is the report's, like a past cue's, when it has a
        # subject of its own ("proposes A, and plans to B" goes on with the cue's subject).
        present_cue = "Past" not in morph_get(cue, "Tense", [])
        sent_end = sentence_of(cue).end
        for conj in cue.children:
            mark = next((c.lower_ for c in conj.children if c.dep_ == "mark"), None)
            if conj.dep_ == "advcl" and conj.i >= hi and conj.i < sent_end and not self.mask[conj.i] and conj.i not in self._cue_set and (
                mark == "because" or mark == "so"
                and all("Past" not in morph_get(v, "Tense", []) for v in (conj, *(c for c in conj.children if c.dep_ in ("aux", "auxpass"))))
            ):
                # "said he plans to campaign, so he can win the seat": the result the speaker gives,
                # in the report's tense, hangs on the cue in the parse; so does the reason, in any
                # tense ("charged that she hid the files because they showed …": a narrator gives
                # no reason for someone's saying).
                hi = max(hi, min(conj.right_edge.i + 1, sent_end))
                continue
            if conj.dep_ != "conj" or conj.i < hi or conj.i >= sent_end or self.mask[conj.i]:
                continue
            if present_cue and not any(c.dep_ in _SUBJ or c.dep_ == "expl" for c in conj.children):
                continue
            # The complementizer hangs on the conjunct itself: a second content clause ("but
            # that …"), whatever its verb; "and added that …" has it one level down.
            complementizer = any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
            if not complementizer and conj.i in self._cue_set or any(t.i in self._cue_set for t in conj.subtree if t is not conj):
                continue  # a report of its own ("and adds that …", "but refuses to …, saying …")
            verbs = [conj, *(c for c in conj.children if c.dep_ in ("aux", "auxpass"))]
            not_past = all("Past" not in morph_get(v, "Tense", []) for v in verbs) and any(
                v.tag_ in ("VBZ", "VBP", "MD") for v in verbs
            )
            if complementizer or not_past:
                hi = max(hi, min(conj.right_edge.i + 1, sent_end))
        return hi

    # -- rule 2, French surface constructions -----------------------------------------------------------
    # The French parse often leaves a reporting verb's content unattached (« a reconnu avoir … » read
    # as a relative on the preceding noun, « qu'en … » as an adverbial clause, « juge » as a noun).
    # These rules read the word order instead, which French fixes for speech reports: the verb, at
    # most a short indirect object or adverbial, then « que » + clause or (« de »/« à ») + infinitive;
    # or a clause, a comma and an inverted incise (« …, a indiqué la police »). Rules rather than a
    # model trained on the 42 training articles: the constructions are few and closed, each can be
    # tested on its own, and ~230 spans are too few to learn boundaries that generalise.

    def _reports_nothing(self, cue: Token) -> bool:
        """A reporting verb that reports nothing said: part of a compound word (« bande-annonce »,
        « c'est-à-dire »), or an infinitive under a modal or a negation (« devrait annoncer »,
        « il faut dire que », « il a suffi de confirmer », « sans préciser », « laisse à penser »).
        An infinitive of purpose still reports (« s'est joint aux alliés pour condamner … »)."""
        if not self.lex.non_reporting_governors:
            return False
        doc = self.doc
        if cue.idx > 0 and self.text[cue.idx - 1] == "-":
            return True
        if any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in self.lex.anonymity_nouns for c in cue.children):
            return True  # « une source qui a requis l'anonymat »: the condition of speaking, not what was said
        if "Fut" in morph_get(cue, "Tense", []) and "Ind" in morph_get(cue, "Mood", []) and cue.lower_.endswith(_FUTURE_ENDINGS):
            # « elle annoncera son choix demain matin »: nothing is said yet (the tagger also calls
            # some present tenses future: « recommande »; a French future ends in -r + its ending)
            return True
        if self._narrator_aside(cue) or self._revised_common_belief(cue):
            return True
        if (
            any(c.dep_ == "expl:subj" for c in cue.children) and any(c.dep_.startswith("aux") and c.lemma_.lower() == "être" for c in cue.children)
            and not any(_is_agent(c) for c in cue.children) and not _reflexive(cue)
        ):
            # « il lui est reproché d'avoir … »: an impersonal passive names no one who says it
            # (« il s'est engagé à … »: a pronominal verb's « il » is its subject, however parsed)
            return True
        if _bare_participle(cue) and cue.i not in self._auxiliary_across_locution and not any(a.i in self._cue_set for a in cue.ancestors):
            # « la présidente, accusée de corruption »: a description; no one is reported saying it.
            # Under a report (« a annoncé dans un communiqué publié lundi sa volonté de … ») the
            # parse may have hung that report's content on the participle: leave it to the report.
            return True
        if "Inf" not in morph_get(cue, "VerbForm", []):
            return False
        governors = self.lex.non_reporting_governors
        if (verb_lemma(cue, self.lex.speech_verbs) or cue.lemma_.lower()) in self.lex.ambiguous_act_verbs:
            nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
            if nxt is None or nxt.lower_ not in self.lex.complementizers:
                return True  # « pour soutenir ses alliés »: a deed, not a statement
        i = cue.i - 1
        while i >= 0 and (doc[i].pos_ == "ADV" or doc[i].lower_ in ("de", "d'", "d’", "à") or doc[i].lower_ in ("s'", "s’", "se")):
            i -= 1
        if i >= 0 and (verb_lemma(doc[i], governors) is not None or doc[i].lower_ in governors) and not _went_to(doc[i]):
            return True
        head = cue.head
        if head.i != cue.i and head.lemma_.lower() in governors and not _went_to(head):
            return True
        # « devrait profiter de la baisse pour annoncer sa candidature »: a purpose under an
        # infinitive that a modal governs is a plan, not yet said.
        if cue.dep_ == "advcl" and head.i != cue.i and "Inf" in morph_get(head, "VerbForm", []) and head.dep_ == "xcomp" and head.head.lemma_.lower() in governors:
            return True
        # « doivent annuler ou confirmer … »: a coordinated infinitive shares its governor.
        return cue.dep_ == "conj" and head.i != cue.i and head.pos_ in ("VERB", "AUX") and self._reports_nothing(head)

    def _revised_common_belief(self, cue: Token) -> bool:
        """« on pensait jusqu'ici que … », « on croyait que … »: a verb of belief in the imperfect
        with the indefinite « on » for subject tells what people in general used to think (often
        to set a finding against it), not what a source said. In the present (« à la mairie, on
        estime que … ») « on » may stand for the place's people, who do speak."""
        if verb_lemma(cue, self.lex.belief_verbs) is None or "Imp" not in morph_get(cue, "Tense", []):
            return False
        subject = self._subject(cue)
        return subject is not None and subject.lower_ in self.lex.indefinite_subjects

    def _narrator_aside(self, cue: Token) -> bool:
        """« Rappelons que … », « Notez que … », « Il est à noter que … », « On note d'ailleurs que
        … »: a verb of noting in the imperative, after « à », or with the indefinite « on » is the
        narrator adding a fact, not a source's statement."""
        lemma = verb_lemma(cue, self.lex.narrator_verbs)
        if lemma is None:
            return False
        doc = self.doc
        if "Inf" in morph_get(cue, "VerbForm", []):
            return cue.i > 0 and doc[cue.i - 1].lower_ == "à"
        subject = self._subject(cue)
        if subject is not None:
            return subject.lower_ in self.lex.indefinite_subjects
        s_lo = self._sentence(cue.i)[0]
        first = next((t for t in doc[s_lo : cue.i + 1] if not t.is_space and not t.is_punct), None)
        return first is not None and first.i == cue.i and ("Imp" in morph_get(cue, "Mood", []) or cue.lower_.endswith(("ons", "ez")))

    def _is_intention(self, cue: Token, content: Token) -> bool:
        """« X espère prendre … », « refusant d'être associé à … »: a wish verb with an infinitive
        (or a passive or perfect infinitive, whose auxiliary is the infinitive) states an intention,
        not a statement."""
        infinitive = "Inf" in morph_get(content, "VerbForm", []) or any(
            c.dep_.startswith("aux") and c.i < content.i and "Inf" in morph_get(c, "VerbForm", []) for c in content.children
        )
        return (verb_lemma(cue, self.lex.speech_verbs) or cue.lemma_.lower()) in self.lex.intention_verbs and infinitive

    def _content_end(self, lo: int, s_hi: int) -> int:
        """Where a content clause starting at token ``lo`` ends: the sentence end, or earlier at a
        comma that opens another report (« …, ajoutant que … », « …, a-t-il dit », « …, selon X »)."""
        doc = self.tokens  # (Token objects made once per document: doc[k] builds a new one)
        # (and their words from the per-Doc lists; a word whose lower case is "," or ":" is that mark)
        tags, lowers = pos_tags(self.doc), lower_forms(self.doc)
        cue_set = self._cue_set
        fronted = self._in_fronted_clause(lo)
        for k in range(lo + 1, s_hi):
            if k in cue_set and not self.mask[k] and doc[k].dep_ in ("ROOT", "conj", "parataxis"):
                # « … et l'archevêque a annoncé … »: a report with its own subject starts a new statement.
                subject = next((c for c in doc[k].children if c.dep_ in _SUBJ and lo < c.i < k), None)
                if subject is not None:
                    cut = subject.left_edge.i
                    while cut > lo and (doc[cut - 1].is_punct or doc[cut - 1].pos_ == "CCONJ"):
                        cut -= 1
                    return cut
            if tags[k] == "CCONJ" and self._french_report_after_conjunction(k, s_hi, participles=True) is not None:
                return k  # « … et dit regretter … », « … et demandé aux riverains de … »: a second report by the same source
            if (tags[k] == "CCONJ" or lowers[k] == "puis") and not self.mask[k]:
                m = k + 1
                while m < s_hi and (doc[m].pos_ == "AUX" or self._past_adverbs(m, s_hi) > m):
                    m = m + 1 if doc[m].pos_ == "AUX" else self._past_adverbs(m, s_hi)
                if m > k + 1 and m < s_hi and m in cue_set and any(doc[a].pos_ == "AUX" for a in range(k + 1, m)):
                    return k  # « … puis a annoncé … », « … et a ajouté … »: a second report, compound tense
            if lowers[k] == ":" and not self.mask[k]:
                nxt = k + 1
                while nxt < s_hi and doc[nxt].is_space:
                    nxt += 1
                if nxt < s_hi and self.mask[nxt]:
                    return k  # « … appelle à Y : « … » »: the quotation after the colon is a statement of its own
            if lowers[k] == "," and not self.mask[k] and (
                self._report_after_comma(k, s_hi) or self._narrator_contrast_at(k, s_hi) or self._main_clause_resumes_at(k, lo, s_hi)
                or fronted and self._subject_clause_at(k + 1, s_hi)
            ):
                return k
            if lowers[k] == "en" and not self.mask[k] and self._gerund_report_at(k + 1, s_hi) and self._speakers_gerund(k):
                return self._before_gerund(lo, k)
            if lowers[k] in self.lex.contrast_locutions and not self.mask[k] and self.mask[k - 1] and lowers[k - 1] in _QUOTE_CHARS and self._narrator_contrast_at(k - 1, s_hi):
                return k  # « … que « A » tandis que son avocat « B » »: the closing mark sets the contrast off as a comma would
        return s_hi

    def _before_gerund_report(self, lo: int, hi: int) -> int:
        """Where a statement in tokens [lo, hi) ends before a gerund of saying that opens the
        source's next report (« selon X, A « … » tout en ajoutant que B »), with or without a
        comma before it; ``hi`` when there is none."""
        for k in range(lo + 1, hi):
            if self.doc[k].lower_ == "en" and not self.mask[k] and self._gerund_report_at(k + 1, hi) and self._speakers_gerund(k):
                return self._before_gerund(lo, k)
        return hi

    def _speakers_gerund(self, en: int) -> bool:
        """Whether the gerund at « en » is the source's own act rather than a modifier of the
        content's verb (« X craint que l'État n'attise la colère en annonçant que … »): « tout en »
        (the source's simultaneous act) or right after the quotation that ends the statement."""
        previous = self.doc[en - 1]
        return previous.lower_ == "tout" or self.mask[previous.i] and previous.text in _QUOTE_CHARS

    def _before_gerund(self, lo: int, en: int) -> int:
        """The end of the statement before the « en » of a gerund (and its « tout »)."""
        return en - 1 if en - 1 > lo and self.doc[en - 1].lower_ == "tout" else en

    def _gerund_report_at(self, m: int, s_hi: int) -> bool:
        """Whether token ``m`` is the participle of a gerund of saying followed by its content
        (« en ajoutant que … », « en précisant avoir … »), also when the tagger misreads it."""
        doc = self.doc
        if m + 1 >= s_hi or self.mask[m] or not doc[m].lower_.endswith("ant"):
            return False
        if m not in self._cue_set and doc[m].lower_[:-3] + "er" not in self.lex.speech_verbs:
            return False
        nxt = doc[m + 1]
        return nxt.lower_ in self.lex.complementizers or "Inf" in morph_get(nxt, "VerbForm", [])

    def _report_after_comma(self, comma: int, s_hi: int) -> bool:
        """« …, indiquant que … », « …, a-t-il dit », « …, selon X »: a comma that opens another report."""
        doc = self.doc
        m = comma + 1
        while m < s_hi and (doc[m].lower_ in ("tout", "en") or doc[m].pos_ in ("AUX", "ADV") or doc[m].text.startswith("-")):
            m += 1
        if m < s_hi and (
            m in self._cue_set or doc[m].lower_ in self._source_words
            or "Part" in morph_get(doc[m], "VerbForm", []) and "Pres" in morph_get(doc[m], "Tense", []) and verb_lemma(doc[m], self.lex.speech_verbs) is not None
        ):
            return True
        return bool(self.lex.object_clitics) and self._french_participle_report_at(m, s_hi)

    def _french_participle_report_at(self, m: int, s_hi: int) -> bool:
        """« conteste ces chiffres, les jugeant exagérés », « a mis en cause la banque, lui
        reprochant d'avoir … », « …, l'accusant de … »: a present participle of saying or
        judging after the comma, past its object or reflexive clitics and negation, is the
        source's next act; the content before the comma ends there. (A
        participle of any other verb may describe the content: « a reçu la plainte, visant X ».
        French only: an English "…, calling it a “special place”" stays in the content.)"""
        doc = self.doc
        clitics = self.lex.object_clitics
        while m < s_hi and not self.mask[m] and (doc[m].lower_ in clitics or doc[m].lower_ in ("ne", "n'", "n’")):
            m += 1
        if m >= s_hi or self.mask[m] or "Part" not in morph_get(doc[m], "VerbForm", []) or "Pres" not in morph_get(doc[m], "Tense", []):
            return False
        # Not a verb of describing oneself (« se présentant comme un ami »): the guidelines give that
        # description its own span, which no rule builds from a participle yet; cut off, its quoted
        # words would stand alone as direct quotes.
        return verb_lemma(doc[m], self._participle_report_verbs) is not None

    @functools.cached_property
    def _participle_report_verbs(self) -> frozenset[str]:
        return self.lex.speech_verbs | self.lex.attributive_verbs

    def _in_fronted_clause(self, lo: int) -> bool:
        """Whether a content starting at token ``lo`` is reported inside a conditional or concessive
        clause that opens its sentence (« Si X a annoncé que A, … », « Même si X affirme que A, … »),
        so that the main clause follows the content after a comma."""
        doc = self.tokens
        first = self._sentence(lo)[0]
        if first < lo and doc[first].pos_ == "CCONJ":
            first += 1  # « Mais si … »
        if first >= lo:
            return False
        words = doc[first].lower_
        markers = self.lex.fronted_clause_markers
        if words not in markers and not (first + 1 < lo and f"{words} {doc[first + 1].lower_}" in markers):
            return False
        return not any(doc[k].text == "," and not self.mask[k] for k in range(first, lo))

    def _opens_clause_as_subject(self, token: Token, start: int) -> bool:
        """Whether a word is the subject of a clause whose first word is at ``start`` (not a relative
        pronoun, not inside a quotation)."""
        return token.dep_ in _SUBJ and token.left_edge.i == start and not self.mask[token.i] and "Rel" not in morph_get(token, "PronType", [])

    def _subject_clause_at(self, m: int, s_hi: int) -> bool:
        """Whether a clause with a subject of its own and a finite verb begins at token ``m``
        (« …, la région dispose … », « …, les pressions se multiplient »)."""
        for t in self.tokens[m : min(s_hi, m + 8)]:
            if self._opens_clause_as_subject(t, m):
                verb = t.head
                forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
                return verb.i > t.i and verb.pos_ in ("VERB", "AUX") and any("Fin" in morph_get(v, "VerbForm", []) for v in forms)
        return False

    def _main_clause_resumes_at(self, comma: int, lo: int, s_hi: int) -> bool:
        """« La police, qui a affirmé que Z, a dispersé la foule »: after a comma, the verb of the
        sentence's main clause, whose subject stands before the content, ends a content clause
        opened inside a relative clause or an apposition."""
        doc = self.doc
        m = comma + 1
        while m < s_hi and (doc[m].pos_ in ("AUX", "ADV") or doc[m].lower_ in ("ne", "n'", "n’")):
            m += 1
        if m >= s_hi:
            return False
        verb = doc[m] if doc[m].pos_ in ("VERB", "AUX") else doc[comma + 1].head
        return verb.dep_ == "ROOT" and verb.pos_ in ("VERB", "AUX") and verb.i > comma and any(
            c.dep_ in _SUBJ and c.i < lo and not c.text.startswith("-") for c in verb.children
        )

    def _narrator_contrast_at(self, comma: int, s_hi: int) -> bool:
        """« X a affirmé avoir voulu frapper l'EI, mais l'explication ne convainc pas »: after a
        comma, « mais » + a clause with a subject of its own in the indicative is the narrator
        setting something against the report; in the conditional it is still hearsay (« mais il
        conserverait … »), and without a subject the same source goes on (« mais peine à … »).
        « …, alors que / tandis que » + a noun subject likewise sets another party against the
        report (« a confirmé que A, alors que la mère avait démenti B »); with a pronoun subject
        (« alors qu'elle habitait encore à Nantes ») the clause may still be the report's own, unless
        its verb reports (« alors qu'il avait annoncé que B »: an earlier statement)."""
        doc = self.doc
        if comma + 2 >= s_hi or self.mask[comma + 1]:
            return False
        if doc[comma + 1].lower_ == "mais":
            first = comma + 2
        elif doc[comma + 1].lower_ in self.lex.contrast_locutions and doc[comma + 2].lower_ in self.lex.complementizers and not self.mask[comma + 2]:
            first = comma + 3
        else:
            return False
        after_locution = first > comma + 2
        # (« alors qu'il avait annoncé que … »: a clause that reports is an earlier statement)
        reports = any(k in self._cue_set and not self.mask[k] for k in range(first, min(s_hi, first + 8)))
        for t in self.tokens[first : min(s_hi, first + 8)]:
            if after_locution and t.dep_ in _SUBJ and t.left_edge.i == first and t.pos_ not in ("NOUN", "PROPN") and not reports:
                return False
            if self._opens_clause_as_subject(t, first):
                verb = t.head
                if after_locution and verb.pos_ not in ("VERB", "AUX"):
                    # « alors que le maire avait, il y a deux semaines, démenti … »: the parse may hang
                    # the subject on an adverbial; its verb is the first finite one after it.
                    verb = next((v for v in self.tokens[t.i + 1 : s_hi] if v.pos_ in ("VERB", "AUX") and "Fin" in morph_get(v, "VerbForm", [])), verb)
                if verb.i <= t.i:
                    return False
                forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
                # A verb the tagger misreads (« convainc » as a participle) still counts; an
                # infinitive, a present participle or a conditional does not.
                nonfinite = "Inf" in morph_get(verb, "VerbForm", []) or "Pres" in morph_get(verb, "Tense", []) and "Part" in morph_get(verb, "VerbForm", [])
                conditional = any("Cnd" in morph_get(v, "Mood", []) or v.lower_.endswith(("rait", "raient")) for v in forms)
                return verb.pos_ in ("VERB", "AUX") and not nonfinite and not conditional
        return False

    def _following_content_start(self, cue: Token, s_hi: int) -> int | None:
        """The token where content read from the word order starts, within a few words after the
        cue and before ``s_hi``: the word after « que », or the infinitive; None when something
        else comes first (another verb, a conjunction, a relative pronoun, a quotation)."""
        doc = self.doc
        stop = min(s_hi, cue.i + _MAX_CUE_GAP + 1)
        j = cue.i
        while j + 1 < stop:
            j += 1
            t = doc[j]
            uncounted = self._uncounted_gap_words(cue, j, s_hi)
            stop = min(s_hi, stop + uncounted)
            if uncounted > 1:
                j += uncounted - 1
                continue
            if self.mask[j] or t.text in _CLAUSE_STOP:
                return None
            if n := self._locution_at(j, stop):
                j += n - 1  # « a confié malgré tout vouloir … »
                continue
            if t.lower_ in ("à", "de") and j + 2 < s_hi and doc[j + 1].lower_ == "ce" and doc[j + 2].lower_ in self.lex.complementizers:
                return j + 3  # « s'est engagé à ce que … », « se félicite de ce que … »
            if t.lower_ in self.lex.complementizers and (t.pos_ in ("SCONJ", "ADP", "ADV") or t.dep_ == "mark" or self._misread_complementizer(j, cue)):
                if doc[j - 1].lower_ in self.lex.conjunction_locutions:
                    return None  # « alors que », « bien que »: a conjunction, not a content clause
                if doc[j - 1].lower_ == "ainsi" and j >= 2 and doc[j - 2].text == ",":
                    return None  # « …, ainsi que … »: "as well as", a coordination
                return j + 1
            if t.pos_ in ("VERB", "AUX"):
                if "Inf" in morph_get(t, "VerbForm", []) and not self._is_intention(cue, t):
                    while j - 1 > cue.i and doc[j - 1].lower_ in _NEGATION_AND_CLITICS:
                        j -= 1  # the infinitive's negation and clitics are content (« affirmant ne pas vouloir … »)
                    return None if self._adverbial_infinitive(cue, j) else j
                # Another verb (the cue's clause ended without content), or a wish verb's
                # infinitive (an intention, not a statement).
                return None
            if t.lower_ == "en" and j + 1 < s_hi and doc[j + 1].lower_.endswith("ant"):
                return None  # « …, tout en martelant que … »: a gerund, another verb (even mistagged)
            if t.lower_ in self.lex.object_clitics and t.pos_ == "PRON":
                continue  # « disant n'y être pour rien »
            if t.pos_ in ("CCONJ", "SCONJ", "PRON") and not t.text.startswith("-"):
                return None  # « et », « si », « qui »: not this verb's content
        return None

    def _adverbial_infinitive(self, cue: Token, start: int) -> bool:
        """« …, a annoncé le parquet, sans donner son identité », « a refusé de commenter, afin de
        ne pas gêner l'enquête »: an infinitive a preposition other than « de » / « à » introduces
        (or « de » closing a locution: « afin de », « au lieu de »), right after the verb or set
        off by a comma, is a circumstance of the verb, not what it reports. (After an attribute,
        « s'est dite favorable pour examiner … », it completes the attribute: content.)"""
        doc = self.doc
        marker = start - 1
        if marker > cue.i and doc[marker].lower_ in ("de", "d'", "d’"):
            marker -= 1
        if marker <= cue.i or doc[marker].lower_ not in self.lex.adverbial_infinitive_markers:
            return False
        return marker - 1 == cue.i or doc[marker - 1].text == ","

    def _uncounted_gap_words(self, cue: Token, j: int, s_hi: int) -> int:
        """How many tokens from ``j`` on do not count as words between a verb and its content:
        « a affirmé au « Grand Soir » de Radio Est, ce mardi 4 mars, être prêt … »: a quoted name in the
        addressee (marks included, passed over whole) or a word of a date; 0 for any other word."""
        doc = self.doc
        if self._opens_quotation(j) and j - 1 > cue.i and doc[j - 1].pos_ in ("ADP", "DET") and self._quotation_end(j) < s_hi:
            return self._quotation_end(j) - j
        return 1 if doc[j].like_num or doc[j].lower_ in self.lex.time_words else 0

    def _earlier_following_content(self, cue: Token, parsed: Attribution) -> Attribution:
        """« X a annoncé avoir ouvert une enquête …, tout en disant « … » »: the parse may hang a
        later clause (another verb's content) on the cue; content that follows the cue right away
        (its infinitive, its « que » clause) and ends before that clause is the cue's own."""
        following = self._following_content(cue)
        if following is not None and following.end <= parsed.start:
            return following
        return parsed

    def _misread_complementizer(self, j: int, cue: Token) -> bool:
        """« il a été révélé par Mediapart que Z »: « que » tagged as a relative pronoun though no
        noun stands before it to be its antecedent (the cue itself, a name, an adverb)."""
        previous = self.doc[j - 1]
        return self.doc[j].pos_ == "PRON" and (previous.i == cue.i or previous.pos_ in ("PROPN", "ADV"))

    def _following_content(self, cue: Token) -> Attribution | None:
        """« X a affirmé (à Y) que Z », « X a reconnu avoir Z », « X a demandé de Z »: the content
        follows the verb after at most a short indirect object or adverbial; it runs from the first
        word after « que » (or from the infinitive) to the end of the statement."""
        doc = self.doc
        s_hi = self._sentence(cue.i)[1]
        start = self._following_content_start(cue, s_hi)
        if start is None or self._cue_lemma(cue) in self.lex.dismissal_verbs:
            return None  # (a verb of dismissal reports only the noun it dismisses: ``_content_heads``)
        hi = self._content_end(start, s_hi)
        if hi - start < _MIN_CONTENT_TOKENS:
            return None
        trimmed = self._trim(start, hi)
        if trimmed is None:
            return None
        lemma = self._cue_lemma(cue)
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=lemma, rule="verb+surface")
        attribution.speaker = self._speaker_for_cue(cue) if self._subject(cue) is not None else self._left_speaker(cue)
        if attribution.speaker is None and cue.i > 0 and doc[cue.i - 1].lower_ == "en":
            # A gerund (« tout en répondant que … ») shares the subject of its sentence's main verb.
            root: Token | None = sentence_of(cue).root
            if root is not None and trimmed[0] <= root.idx < trimmed[1]:
                # The parse may make the reported clause the root (« …, avait-il déclaré, tout en
                # répondant que ces primes n'avaient … »): its subject is what is said about, not who
                # says it; the last verb before the gerund is the sentence's reporting verb.
                root = next((t for t in reversed(doc[sentence_of(cue).start : cue.i]) if t.pos_ == "VERB" and not self.mask[t.i]), None)
            if root is not None and root is not cue and self._subject(root) is not None:
                attribution.speaker = self._speaker_for_cue(root)
        attribution.hedged = self._hedged(cue, start, hi)
        return attribution

    def _declared_attribute(self, cue: Token) -> Attribution | None:
        """« s'est dit favorable à une hausse », « se dit opposé à la réforme », « qui se disait
        vainqueur », « s'est déclaré contre le projet »: « se dire » / « se déclarer » with an
        attribute of its subject (an adjective, a participle, a bare noun, « contre » / « pour » +
        noun) states the subject's position; the attribute and its complements are the content."""
        lemma = self._cue_lemma(cue)
        declaring = self.lex.self_declaring_verbs
        if lemma.removeprefix("se ") not in declaring or not _reflexive(cue):
            return None
        # A quoted attribute is the speaker's own word (« s'affirment « prêts » à … »): a mixed
        # statement, the quotation inside it.
        attribute = next((
            c for c in cue.children if c.i > cue.i and (not self.mask[c.i] or self._quoted_word_at(c.i)) and (
                c.dep_ == "xcomp" and (c.pos_ in ("ADJ", "NOUN") or "Part" in morph_get(c, "VerbForm", []))
                or c.dep_ in ("obl:arg", "obl") and any(m.dep_ == "case" and m.lower_ in ("contre", "pour") and m.i == c.left_edge.i for m in c.children)
            )
        ), None)
        if attribute is None or any(c.dep_ in ("ccomp", "obj") and c.lower_ not in ("se", "s'", "s’") for c in cue.children):
            return None
        lo = attribute.left_edge.i
        if any(self.mask[k] and not self._quoted_word_at(k) or self.doc[k].pos_ in ("VERB", "AUX") and k != attribute.i for k in range(cue.i + 1, lo)):
            return None
        trimmed = self._trim(lo, self._content_end(lo, self._sentence(cue.i)[1]))
        if trimmed is None:
            return None
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=lemma, rule="verb+declared-attribute")
        attribution.speaker = self._speaker_for_cue(cue)
        return attribution

    def _quoted_word_at(self, k: int) -> bool:
        """Whether token ``k`` is in (or is a mark of) a quotation of at most three words: a
        quoted attribute (« se dit « confiant » »), not a quoted statement."""
        idx = self.doc[k].idx
        span = next((sp for sp in self.spans if sp.outer_start <= idx < sp.outer_end), None)
        return span is not None and len(self.text[span.start : span.end].split()) <= 3

    def _addressee_and_infinitive(self, cue: Token) -> Attribution | None:
        """« conseille aux habitants, si possible, de reporter leurs trajets »,
        « invite donc les clients privés de courant à appeler le numéro vert »: a verb of calling for
        action (claim kind call_to_action), its addressee (« à » + noun, or a noun object) and,
        past a participle or an aside, « de » / « à » + an infinitive. The parse often hangs the
        infinitive on the aside or on the addressee's participle; the addressee and the infinitive
        together are what was asked."""
        lemma = self._cue_lemma(cue)
        if lemma not in self.lex.claim_kinds.get("call_to_action", frozenset()) or self._subject(cue) is None:
            return None
        doc, tags = self.tokens, pos_tags(self.doc)
        s_hi = self._sentence(cue.i)[1]
        first = self._past_adverbs(cue.i + 1, s_hi)
        if first >= s_hi or self.mask[first]:
            return None
        # « aux voyageurs … de », « les usagers … à » / « … de »
        markers = {"de", "d'"} if doc[first].lower_ in self.lex.addressee_prepositions else {"de", "d'", "à"}
        if len(markers) == 3 and tags[first] not in ("DET", "PROPN"):
            return None
        for j in range(first + 1, min(s_hi - 1, first + 2 * _MAX_CUE_GAP)):
            t = doc[j]
            if self.mask[j] or t.text in _CLAUSE_STOP or t.text == ":" or tags[j] in ("SCONJ", "PRON") or tags[j] in ("VERB", "AUX") and "Part" not in morph_get(t, "VerbForm", []):
                return None  # a clause, a quotation or a verb of its own comes first
            if t.lower_.translate(_APOSTROPHES) in markers:
                k = j + 1
                while k < s_hi and doc[k].lower_ in _NEGATION_AND_CLITICS:
                    k += 1
                if k < s_hi and tags[k] == "VERB" and "Inf" in morph_get(doc[k], "VerbForm", []):
                    return self._object_report(cue, lemma, first, self._content_end(k, s_hi), "verb+addressee-infinitive")
        return None

    def _object_after_adverbial(self, cue: Token) -> Attribution | None:
        """« a annoncé ce mardi dans un communiqué la découverte de … », « a confirmé mercredi la
        fermeture de … »: after a date or an adverbial, the parse hangs the object of a verb whose
        content is its object on the adverbial's noun, as a modifier without a preposition. A
        determined noun so attached, right after the adverbial, is the verb's content."""
        lemma = self._cue_lemma(cue)
        if lemma not in self.lex.object_content_verbs or _reflexive(cue) or self._subject(cue) is None:
            return None
        s_hi = self._sentence(cue.i)[1]
        for adverbial in cue.children:
            if adverbial.i < cue.i or adverbial.dep_ not in ("obl:mod", "obl", "nmod") or adverbial.i - cue.i > _MAX_CUE_GAP:
                continue
            for noun in adverbial.children:
                if noun.i < adverbial.i or noun.dep_ != "nmod" or noun.pos_ != "NOUN" or any(self.mask[t.i] for t in (noun.left_edge, noun)):
                    continue
                left = noun.left_edge
                if left.pos_ != "DET" or any(c.dep_ == "case" for c in noun.children):
                    continue
                return self._object_report(cue, lemma, left.i, self._content_end(left.i, s_hi), "verb+object-after-adverbial")
        return None

    def _object_after_medium(self, cue: Token) -> Attribution | None:
        """« a dénoncé dans un rapport publié lundi des exécutions sommaires », « a annoncé mardi
        dans un communiqué des « mesures fortes » »: between a verb whose content is its object
        and that object, a complement naming the medium of the statement (« dans un rapport », a
        participle and a date after it) leaves the parse lost: it reads « des » + noun as the
        medium's « de » complement. Read from the word order: after the medium phrase, « des »
        and a common noun that names no speaker (« dans un communiqué des autorités »: whose
        communiqué) open the content."""
        lex = self.lex
        lemma = verb_lemma(cue, lex.speech_verbs) or cue.lemma_.lower()
        subject = self._subject(cue)
        if lemma not in lex.object_content_verbs or _reflexive(cue) or subject is None or subject.lower_ in lex.indefinite_subjects:
            return None
        doc, tags, lowers = self.doc, pos_tags(self.doc), lower_forms(self.doc)
        s_hi = self._sentence(cue.i)[1]
        stop = min(s_hi, cue.i + _MAX_CUE_GAP + 1)

        def past_circumstances(k: int) -> int:
            while k < stop and not self.mask[k] and (tags[k] in ("ADV", "NUM") or lowers[k] in lex.time_words or self._locution_at(k, stop)):
                k += self._locution_at(k, stop) or 1
            return k

        j = past_circumstances(cue.i + 1)
        if j + 2 >= stop or tags[j] != "ADP" or lowers[j] in _CONTENT_PREPOSITIONS:
            return None
        medium = next((k for k in range(j + 1, min(stop, j + 4)) if tags[k] == "NOUN"), None)
        if medium is None or lemma_lowers(doc)[medium] not in lex.document_nouns or any(tags[k] not in ("DET", "ADJ") for k in range(j + 1, medium)):
            return None
        k = medium + 1
        if k < stop and tags[k] in ("VERB", "ADJ") and "Part" in morph_get(doc[k], "VerbForm", []):
            k = past_circumstances(k + 1)  # « publié lundi »
        if k + 1 >= s_hi or lowers[k] != "des" or self.mask[k]:
            return None
        noun = k + 1
        while noun < s_hi and doc[noun].text in _QUOTE_CHARS:
            noun += 1
        speakers = union(lex.government_words, lex.organization_words, lex.group_nouns, lex.titles, lex.unnamed_nouns)
        if noun >= s_hi or tags[noun] != "NOUN" or doc[noun].ent_type_ or lowers[noun] in speakers or lemma_lowers(doc)[noun] in speakers:
            return None
        return self._object_report(cue, lemma, k, self._content_end(k, s_hi), "verb+object-after-medium")

    def _object_after_locution(self, cue: Token) -> Attribution | None:
        """« a demandé en outre la hausse de … », « réclame par ailleurs la démission de … »: a
        multiword adverb between a verb whose content is its object and that object often
        leaves the parse without one (« en outre » read as the object's preposition). A
        determined noun phrase right after the adverbs is the content. (Not after an aside set
        off by commas: « ont confirmé, dans un arrêt motivé, la sanction » is as often an
        act as a statement.)"""
        lemma = self._cue_lemma(cue)
        subject = self._subject(cue)
        if lemma not in self.lex.object_content_verbs or _reflexive(cue) or subject is None or subject.lower_ in self.lex.indefinite_subjects:
            return None
        doc, tags = self.doc, pos_tags(self.doc)
        s_hi = self._sentence(cue.i)[1]
        j = self._past_adverbs(cue.i + 1, s_hi)
        if j == cue.i + 1 or j + 1 >= s_hi or self.mask[j] or doc[j].lower_ not in self.lex.determiners or tags[j] != "DET" or tags[j + 1] not in ("NOUN", "ADJ"):
            return None
        return self._object_report(cue, lemma, j, self._content_end(j, s_hi), "verb+object-after-locution")

    def _object_with_attribute(self, cue: Token) -> Attribution | None:
        """« a qualifié le programme de son rival de dangereux », « considèrent la taxe comme
        une provocation », « estiment à 12 millions d'euros les dégâts »: a verb of
        judgement with a determined object and its attribute (after « comme », « de » + adjective,
        or a quantity in « à » before the object) states the judgement, which the parse rarely
        reads; the statement is the object with its attribute. Without an attribute (« le comité
        considérera les candidatures ») the verb weighs, it does not judge."""
        lemma = verb_lemma(cue, self.lex.attributive_verbs) or cue.lemma_.lower()
        subject = self._subject(cue)
        if lemma not in self.lex.attributive_verbs or _reflexive(cue) or subject is None or subject.lower_ in self.lex.indefinite_subjects or _voice_bearer(cue).i in heads_of(self.doc, "aux:pass"):
            return None  # (« sa collection a été estimée à … par un expert »: the passive's subject is what is judged)
        tags, lowers = pos_tags(self.doc), lower_forms(self.doc)
        s_hi = self._sentence(cue.i)[1]
        j = self._past_adverbs(cue.i + 1, s_hi)
        end = self._content_end(j, s_hi) if j < s_hi else j
        if end - j < 3 or any(self.mask[j:end]):
            return None
        if lowers[j] in ("à", "au") and tags[j + 1] == "NUM":
            attributed = any(tags[k] == "DET" and lowers[k] in self.lex.determiners for k in range(j + 2, end))
        else:
            attributed = tags[j] == "DET" and lowers[j] in self.lex.determiners and any(
                lowers[k] == "comme" or lowers[k] in ("de", "d'", "d’") and tags[k + 1] == "ADJ" for k in range(j + 2, end - 1)
            )
        if not attributed:
            return None
        return self._object_report(cue, lemma, j, end, "verb+object-attribute")

    def _object_report(self, cue: Token, lemma: str, lo: int, hi: int, rule: str) -> Attribution | None:
        """The statement of a verb whose content is the noun phrase at tokens ``lo:hi`` (the
        object rules above), by the verb's subject; none when fewer than two words remain."""
        trimmed = self._trim(lo, hi)
        if trimmed is None or hi - lo < 2:
            return None
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=lemma, rule=rule)
        attribution.speaker = self._speaker_for_cue(cue)
        attribution.hedged = self._hedged(cue, lo, hi)
        return attribution

    def _incise_reports(self) -> list[Attribution]:
        """« Z, a indiqué la préfecture. » / « Z, a-t-il ajouté. » / « Z, comme l'indique X. »: an
        incise with an inverted subject after a comma reports the clause before it. Read from the
        comma, since the parse often makes the incise verb a bare participle of the clause."""
        doc = self.doc
        out: list[Attribution] = []
        lowers = lower_forms(doc)  # (Token.text builds a string on every read)
        tags, deps = pos_tags(doc), dep_labels(doc)
        for token in [self.tokens[i] for i, word in enumerate(lowers) if word == ","]:  # (the commas only)
            if self.mask[token.i]:
                continue
            j = token.i + 1
            if j + 1 < len(doc) and lowers[j] == "comme" and lowers[j + 1] in ("l'", "l’", "le"):
                j += 2  # « comme l'indique X »
            inverted: list[Token] = []
            # (a word starts with a hyphen when its lower case form does)
            while j < len(doc) and (tags[j] == "AUX" or deps[j].startswith("aux") or lowers[j].startswith("-") or tags[j] == "ADV" and not self.mask[j] and not self._clitic_inverted(j)):
                if lowers[j].startswith("-"):
                    inverted.append(doc[j])
                j += 1
            multiword = j + 1 < len(doc) and _is_multiword_cue(doc[j + 1], self.lex)
            if multiword:
                j += 1  # « …, a fait savoir l'Élysée »: the second verb of « faire savoir » is the cue
            hearsay = self._indefinite(inverted) and verb_lemma(doc[j], self.lex.hearsay_verbs) is not None if j < len(doc) else False
            # « …, estime-t-il »: a word with a hyphenated clitic subject after it is a verb, however
            # the tagger read it.
            clitic_inverted = self._clitic_inverted(j) or j < len(doc) and _noun_read_incise_verb(doc[j], self.lex)
            if j >= len(doc) or self.mask[j] or doc[j].pos_ != "VERB" and not clitic_inverted or verb_lemma(doc[j], self.lex.incise_verbs) is None and not hearsay and not multiword:
                continue
            if j in self.used_cues and (not self._unquoted_words_before(token.i) or self._quotation_after_colon(token.i)) and doc[token.i + 1].lower_ != "comme":
                # The incise already attributes the quotation before it. It reports more only when
                # that statement goes on outside the marks (« « A » quand B, répond X » → mixed), or
                # after « comme » (« Z, comme l'indique X : « … » »: the cue introduces a later quotation).
                continue
            if "Fin" not in morph_get(doc[j], "VerbForm", []) and not clitic_inverted and not any(doc[m].pos_ == "AUX" for m in range(token.i + 1, j)) and not _misread_participle(doc[j], self.lex):
                continue  # a bare participle (« …, soutenu par X », « …, proposant Y ») describes
            if any(doc[m].lemma_.lower() == "être" for m in range(token.i + 1, j)):
                continue  # « …, a été revendiquée par X »: a passive main verb, not an incise
            attribution = self._preposed_content(doc[j], token.i, inverted)
            if attribution is not None:
                self.used_cues.add(j)
                out.append(attribution)
        out.extend(self._incises_without_comma())
        return out

    def _incises_without_comma(self) -> list[Attribution]:
        """« Le vent soufflait fort indique la compagnie. », « La piste a été écartée a fait savoir
        la police. »: wire copy may leave out the comma before a closing incise. Its verb (a
        reporting verb in a simple or compound tense, « faire savoir ») then comes right after the
        last word of a finite clause, and its inverted subject, a noun phrase, ends the sentence."""
        doc = self.doc
        out: list[Attribution] = []
        tags, lowers = pos_tags(doc), lower_forms(doc)
        for token in self.tokens:
            k = token.i
            if k < 3 or self.mask[k] or tags[k - 1] not in _CLAUSE_FINAL_TAGS or self.mask[k - 1] or lowers[k - 1] in self.lex.complementizers:
                continue
            j = k
            # (a compound tense with a finite « avoir »: « … écartée a fait savoir X »; a passive
            # « seront dévoilés les chiffres » has its subject after it, no incise)
            while j < len(doc) and tags[j] == "AUX" and doc[j].lemma_ != "être" and "Fin" in morph_get(doc[j], "VerbForm", []):
                j += 1
            # (the inverted subject opens right after the verb, or after « savoir » of « fait
            # savoir »: asked first, it spares the verb tests on most words)
            if not any(j + n < len(doc) and tags[j + n] in _INVERTED_SUBJECT_OPENINGS for n in (1, 2)):
                continue
            if j + 1 < len(doc) and _is_multiword_cue(doc[j + 1], self.lex):
                j += 1  # « a fait savoir »
            if j + 1 >= len(doc) or tags[j + 1] not in _INVERTED_SUBJECT_OPENINGS:
                continue
            if j in self.used_cues or self.mask[j] or _present_tense_lemma(doc[j], self.lex.incise_verbs) is None and not _is_multiword_cue(doc[j], self.lex):
                continue
            if j == k and "Fin" not in morph_get(doc[j], "VerbForm", []) and tags[j] not in _VERB_MISREAD_TAGS:
                continue
            s_hi = self._sentence(k)[1]
            subject = [t for t in doc[j + 1 : s_hi] if not t.is_space]
            while subject and subject[-1].is_punct:
                subject.pop()
            if not subject or subject[0].pos_ not in ("DET", "PROPN") or any(t.pos_ not in _NOUN_PHRASE_TAGS or self.mask[t.i] for t in subject):
                continue
            if doc[k - 1].dep_ in _SUBJ and doc[k - 1].head.i == j or tags[j] == "AUX":
                continue  # « … la ligue alerte l'opinion »: the word before is the verb's own subject
            s_lo = self._sentence(k)[0]
            if any(_relative_word(t) or lowers[t.i] in ("qui", "dont", "où") or t.text in ":()" for t in doc[s_lo:k]):
                continue  # « Les habitants dont la maison a brûlé réclament une aide »: a subject with its relative clause, and the verb's object
            if tags[s_lo] == "SCONJ" or lowers[s_lo] in ("alors", "si", "quand", "lorsque", "comme"):
                continue  # « Alors que X … dénoncent Y »: an adverbial clause, no statement before the verb
            attribution = self._preposed_content(doc[j], k, [], bare=True)
            if attribution is not None:
                self.used_cues.add(j)
                out.append(attribution)
        return out

    def _clitic_inverted(self, j: int) -> bool:
        """Whether token ``j`` has a hyphenated clitic subject right after it (« estime-t-il »,
        « indiquent-ils »): only a verb takes one, whatever the tagger made of the word."""
        doc = self.doc
        return j + 1 < len(doc) and doc[j + 1].text.startswith("-") and doc[j + 1].pos_ == "PRON" and not doc[j].is_punct

    @staticmethod
    def _past_addressee(after: list[Token]) -> list[Token]:
        """The inverted subject after an addressee (« à l'AFP une source hospitalière » → « une
        source hospitalière »): it starts at the first determiner after the addressee's noun. No
        determiner, no subject to tell apart from the addressee: ``after`` is returned as it is."""
        nouns = [k for k, t in enumerate(after) if t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            return after
        for k in range(nouns[0] + 1, len(after)):
            # A determiner after a preposition is still the addressee's (« à l'agence de la ville »).
            if after[k].pos_ == "DET" and after[k - 1].pos_ != "ADP" and any(t.pos_ in ("NOUN", "PROPN") for t in after[k + 1 :]):
                return after[k:]
        return after

    @staticmethod
    def _plural_indefinite_article(words: list[Token]) -> bool:
        """Whether ``words`` open with the plural indefinite article « des » before its noun (« …, ont
        dénoncé lundi des élus »): the tagger often reads it as « de » + « les », a preposition."""
        return len(words) > 1 and words[0].lower_ == "des" and words[1].pos_ in ("NOUN", "ADJ", "NUM")

    def _indefinite(self, inverted: list[Token]) -> bool:
        """Whether an inverted clitic subject is the indefinite « on » (« a-t-on appris »)."""
        words = [t.lower_.strip("-") for t in inverted if t.lower_.strip("-") != "t"]  # « -t- » is euphonic
        return bool(words) and all(word in self.lex.indefinite_subjects for word in words)

    @staticmethod
    def _source_oblique(after: list[Token]) -> list[Token]:
        """The source named by « de X » / « auprès de X » / « à X » at the start of ``after`` (« de
        source judiciaire », « auprès de la gendarmerie », « à la préfecture »), without the
        prepositions; else nothing."""
        k = 0
        while k < len(after) and after[k].pos_ == "ADV" and after[k].lower_ != "auprès":
            k += 1
        if k < len(after) and after[k].lower_ == "auprès":
            k += 1
        if k >= len(after) or after[k].lower_.replace("’", "'") not in ("de", "d'", "du", "des", "à", "au", "aux"):
            return []
        rest = after[k + 1 :]
        return rest if any(t.pos_ in ("NOUN", "PROPN") for t in rest) else []

    def _unquoted_words_before(self, comma: int) -> bool:
        """Whether the sentence before ``comma`` holds a quotation and at least three words outside it."""
        s_lo = self._sentence(comma)[0]
        tokens = self.doc[s_lo:comma]
        outside = [t for t in tokens if not self.mask[t.i] and not t.is_punct and not t.is_space]
        return len(outside) >= _MIN_CONTENT_TOKENS and any(self.mask[t.i] for t in tokens)

    def _quotation_after_colon(self, comma: int) -> bool:
        """Whether the sentence before ``comma`` introduces its quotation with a colon (« X annonce
        vouloir se battre : « … » , affirme-t-il »): the words before the colon are their own
        statement, not part of what the incise reports."""
        s_lo = self._sentence(comma)[0]
        return any(self.doc[k].text == ":" and not self.mask[k] and k + 1 < comma and self.mask[k + 1] for k in range(s_lo, comma))

    def _incise_source(self, cue: Token, s_hi: int, inverted: list[Token]) -> tuple[list[Token], list[Token]] | None:
        """The words naming the source of an incise verb ``cue``: its clitic subject (``inverted``,
        possibly found after the verb) and the inverted subject phrase after it; None when what
        follows the verb is no inverted subject (a clause of its own, an oblique, nothing)."""
        doc = self.doc
        # The inverted subject: up to the end of the incise, no verb, no « que ».
        end = cue.i + 1
        while end < s_hi and doc[end].text not in _CLAUSE_STOP and doc[end].text != "," and not self.mask[end]:
            if doc[end].lower_ in ("qui", "dont") and end > cue.i + 1 and doc[end - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                break  # « …, a indiqué une source qui a requis l'anonymat »: the relative clause describes the subject
            if doc[end].pos_ in ("VERB", "AUX") and "Fin" in morph_get(doc[end], "VerbForm", []) and not doc[end].text[:1].isupper() or doc[end].lower_ in self.lex.complementizers:
                return None  # the verb goes on with a clause of its own: not an incise
            end += 1
        end = self._apposed_name_end(cue.i + 1, end, s_hi)
        # The inverted subject without the date that often precedes it (« ont annoncé le 3 juin
        # les Nations unies »): time words, numbers and the determiners before them.
        span = list(doc[cue.i + 1 : end])
        # « …, a précisé à l'AFP une source hospitalière », « …, a déclaré mardi à l'AFP un responsable »
        first = next((k for k, t in enumerate(span) if t.lower_ not in self.lex.time_words), len(span))
        if not inverted and first < len(span) and span[first].lower_ in self.lex.addressee_prepositions:
            span = span[:first] + self._past_addressee(span[first:])
        dated = {t.i for t in span if t.lower_ in self.lex.time_words or t.like_num or t.pos_ in ("ADV", "NUM") and not _misparsed_name(t)}
        dated |= {t.i for t in span if t.pos_ in ("DET", "ADP") and t.i + 1 in dated}
        after = [t for t in span if t.i not in dated]
        clitics = list(takewhile(lambda t: t.text.startswith("-"), after))
        if not inverted and clitics:
            # « …, précise-t-il », « indique-t-on de source militaire »: in a simple tense the
            # clitic subject follows the verb.
            inverted, after = clitics, after[len(clitics) :]
        if self._indefinite(inverted):
            # « …, a-t-on appris de source judiciaire / auprès de la préfecture »: « on » names no
            # one; the source after « de » or « auprès de » is the speaker, and there must be one.
            after, inverted = self._source_oblique(after), []
            if not after:
                return None
        if not inverted and not any(t.pos_ in ("NOUN", "PROPN") for t in after):
            return None
        if inverted:
            # « …, a-t-il assuré lors d'une conférence de presse / à l'AFP »: after a clitic
            # subject the words that follow are circumstances (when, where, to whom), never the source.
            after = []
        if after and after[0].pos_ == "ADP" and not self._plural_indefinite_article(after):
            return None  # « …, a reconnu auprès de l'AFP … »: an oblique, not an inverted subject
        return inverted, after

    def _apposed_name_end(self, lo: int, end: int, s_hi: int) -> int:
        """« …, a promis la ministre de l'Écologie, Claire Dufresne, en visite à Alès »: an inverted
        subject that describes someone without naming them goes on past the comma with the name in
        apposition; the end of that name, else ``end``."""
        doc = self.doc
        if end + 1 >= s_hi or doc[end].text != "," or doc[end + 1].ent_iob_ != "B" or doc[end + 1].ent_type_ not in ("PER", "PERSON"):
            return end
        if not any(doc[k].pos_ == "NOUN" for k in range(lo, end)) or any(doc[k].ent_type_ in ("PER", "PERSON") for k in range(lo, end)):
            return end
        name_end = end + 2
        while name_end < s_hi and doc[name_end].ent_iob_ == "I" and not self.mask[name_end]:
            name_end += 1
        return name_end if name_end >= s_hi or doc[name_end].is_punct else end

    def _preposed_content(self, cue: Token, comma: int, inverted: list[Token], *, bare: bool = False) -> Attribution | None:
        """The clause before ``comma`` as what the incise verb ``cue`` reports. The clause must hold
        a finite verb (a proposition, not a subject phrase: « Le ministre, en colère, a dénoncé … »
        is no incise) and the verb must have no subject of its own before it. ``bare``: the incise
        has no comma and ``comma`` is its first word."""
        doc = self.doc
        s_lo, s_hi = self._sentence(cue.i)
        i = comma
        first = i if bare else i + 1  # the incise's first word
        # A clitic subject right after the verb (« indique-t-on ») leaves it no subject before the
        # comma, whatever the parse hung there.
        clitic_after = cue.i + 1 < s_hi and doc[cue.i + 1].text.startswith("-")
        # « La situation, a-t-il ajouté, reste tendue »: the incise interrupts the statement (the
        # parse makes the statement's subject the incise verb's).
        interrupted = None if bare else self._statement_around_incise(cue, i, s_lo, s_hi)
        if not clitic_after and not inverted and interrupted is None and any(c.dep_ in _SUBJ and c.i < cue.i and not c.text.startswith("-") for c in cue.children) and not (
            # « La victime est le conducteur du train, a annoncé la police », « …, elle est de 49 hertz,
            # explique un communiqué »: a clause of its own before the comma, whose noun the parse
            # made the verb's subject
            self._has_main_clause(s_lo, i) and (self.doc[first].pos_ == "AUX" or first == cue.i)
        ):
            return None
        words = self._incise_source(cue, s_hi, inverted)
        if words is None:
            return None
        inverted, after = words
        content = (s_lo, i)
        if not self._has_main_clause(*content):
            if interrupted is None:
                return None  # « Le président, qui avait rencontré X, a annoncé … »: a subject with a relative clause
            content = interrupted
        if any(k in self._cue_set and k != cue.i and any(c.dep_ in _SUBJ for c in doc[k].children) and not self._object_only_verb(doc[k]) for k in range(*content)):
            return None  # the clause before the comma is itself a report (« X a annoncé que … ») with its own source
        if content[1] - content[0] < _MIN_CONTENT_TOKENS:
            return None
        trimmed = self._trim(*content)
        if trimmed is None:
            return None
        # The inverted subject names the source; the parse may instead hang the incise on the
        # reported clause and hand it that clause's subject.
        speaker = self.registry.resolve(after) if after else None
        if (speaker is None or not speaker.entities) and inverted:
            speaker = self.registry.resolve(inverted + after, quoted=True)
        lemma = verb_lemma(cue, self.lex.incise_verbs) or cue.lemma_.lower()
        if _is_multiword_cue(cue, self.lex):
            lemma = f"{doc[cue.i - 1].lemma_.lower()} {cue.lemma_.lower()}"  # « faire savoir »
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=lemma, speaker=speaker, rule="verb+preposed")
        attribution.hedged = self._hedged(cue, content[0], content[1])
        return attribution

    def _object_only_verb(self, verb: Token) -> bool:
        """Whether a cue verb takes only a noun object and reports no clause (« Un appel anonyme a
        alerté le pôle financier »): the sentence narrates an event, which a later incise (« …, a
        confié une source ») may report."""
        children = list(verb.children)
        return any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in children) and not any(
            c.dep_ in ("ccomp", "xcomp", "parataxis") or c.lower_ in self.lex.complementizers or c.text == ":" for c in children
        )

    def _statement_around_incise(self, cue: Token, comma: int, s_lo: int, s_hi: int) -> tuple[int, int] | None:
        """« La situation, a-t-il ajouté, reste tendue », « Cette décision, estime le syndicat, est
        une provocation »: an incise set off by commas after the subject of an unquoted sentence
        (no verb before it) interrupts one statement; its token bounds are the whole sentence,
        when a finite verb follows the incise's closing comma."""
        doc = self.doc
        subject = doc[s_lo:comma]
        if any(t.pos_ in ("VERB", "AUX") or self.mask[t.i] or t.text == "," for t in subject) or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in subject):
            return None
        close = next((k for k in range(cue.i + 1, s_hi) if doc[k].text == "," or doc[k].text in _CLAUSE_STOP or self.mask[k]), None)
        if close is None or doc[close].text != "," or self.mask[close] or close + 2 >= s_hi or any(t.pos_ == "CCONJ" for t in doc[cue.i : close]):
            return None
        # The predicate right after the closing comma, past negation and object clitics.
        k = close + 1
        while k < s_hi and doc[k].lower_ in _NEGATION_AND_CLITICS:
            k += 1
        predicate = doc[k] if k < s_hi else doc[close]
        finite = predicate.pos_ in ("VERB", "AUX") and "Fin" in morph_get(predicate, "VerbForm", [])
        # (« reste tendue »: a verb the tagger read as a noun, its attribute after it)
        misread = predicate.pos_ == "NOUN" and predicate.is_lower and k == close + 1 and doc[k + 1].pos_ in ("ADJ", "VERB")
        return (s_lo, s_hi) if finite or misread else None

    def _speech_act_object_reports(self) -> list[Attribution]:
        """« X a présenté des excuses publiques aux clients pour … », « X adresse ses
        condoléances aux familles »: a verb whose object names a speech act (lexicon
        ``speech_act_objects``) states it; the statement is the object phrase with its
        complements, to the end of the statement."""
        pairs = frozenset(self.lex.speech_act_objects)
        verbs = {pair[0] for pair in pairs}
        tags, lemmas = pos_tags(self.doc), lemma_lowers(self.doc)  # (per-Doc lists: no string lookup per token)
        out: list[Attribution] = []
        for token in self.tokens if pairs else ():
            if self.mask[token.i] or tags[token.i] != "VERB" or lemmas[token.i] not in verbs:
                continue
            lemma = lemmas[token.i]
            act = next((c for c in token.children if c.dep_ in ("obj", "dobj") and c.i > token.i and (lemma, c.lower_) in pairs and not self.mask[c.i]), None)
            if act is None:
                continue
            start = act.left_edge.i
            hi = self._content_end(start, self._sentence(token.i)[1])
            # « …, permettant la reprise du dialogue »: a participle after a comma is the narrator's
            # account of what the act did, not part of it.
            hi = next((k for k in range(start + 1, hi - 1) if self.doc[k].text == "," and not self.mask[k] and "Pres" in morph_get(self.doc[k + 1], "Tense", []) and "Part" in morph_get(self.doc[k + 1], "VerbForm", [])), hi)
            trimmed = self._trim(start, hi)
            speaker = self._speaker_for_cue(token)
            if trimmed is None or speaker is None:
                continue
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(token), cue_lemma=lemma, speaker=speaker, rule="speech-act-object"))
        return out

    def _light_verb_reports(self) -> list[Attribution]:
        """« Les médecins font état d'un blessé », « X a fait part de sa « profonde lassitude » »: a light
        verb and a noun (lexicon ``light_reporting_verbs``) report what their « de » object names,
        up to the end of the statement."""
        doc = self.doc
        out: list[Attribution] = []
        tags, lemmas = pos_tags(self.doc), lemma_lowers(self.doc)  # (per-Doc lists: no string lookup per token)
        light_verbs = {entry[0] for entry in self.lex.light_reporting_verbs}
        for token in self.tokens:
            if self.mask[token.i] or tags[token.i] not in ("VERB", "AUX") or lemmas[token.i] not in light_verbs:
                continue
            lemma = lemmas[token.i]
            # « font aussi état de … », « a d'ailleurs fait part de … »: adverbs may stand between
            # the verb and its noun.
            k = self._past_adverbs(token.i + 1, len(doc))
            for verb, noun, *_preposition in self.lex.light_reporting_verbs:
                if lemma != verb or k + 1 >= len(doc) or doc[k].lower_ != noun:
                    continue
                at = self._past_the_addressee(k + 1)
                marker = doc[at]
                if marker.lower_.replace("’", "'") not in ("de", "d'", "du", "des"):
                    continue
                start = at + 1 if marker.lower_.replace("’", "'") in ("de", "d'") else at
                s_hi = self._sentence(token.i)[1]
                hi = self._content_end(start, s_hi)
                if hi - start < 2:
                    continue
                trimmed = self._trim(start, hi)
                if trimmed is None:
                    continue
                subject = self._subject(token)
                speaker = self._speaker_for_cue(token) if subject is not None else self._left_speaker(token)
                out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=(token.idx, doc[k].idx + len(doc[k].text)),
                                       cue_lemma=f"{verb} {noun}", speaker=speaker, rule="light-verb"))
        return out

    def _past_the_addressee(self, k: int) -> int:
        """« a fait part à ses proches de son inquiétude », « fait part aux élus d'un retard »: the
        first word after an addressee in « à » set between a light verb's noun and its « de »
        object (a determiner, a noun or a name, an adjective); ``k`` when none stands there."""
        doc = self.doc
        if doc[k].lower_ not in self.lex.addressee_prepositions:
            return k
        j = k + 1
        while j < min(len(doc) - 1, k + 5) and not self.mask[j] and doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
            j += 1
        return j if j > k + 1 and doc[j - 1].pos_ in ("NOUN", "PROPN") else k

    def _comme_reports(self) -> list[Attribution]:
        """« Comme l'a indiqué X, Z. » / « Comme le souligne X, Z. »: a sentence opened by
        « comme » + an object clitic + a reporting verb with its inverted subject reports the
        clause after the comma."""
        doc = self.doc
        out: list[Attribution] = []
        lowers = lower_forms(doc)
        for token in self.tokens:
            if lowers[token.i] != "comme" or self.mask[token.i] or token.i + 2 >= len(doc):
                continue
            s_lo, s_hi = self._sentence(token.i)
            if token.i != s_lo or doc[token.i + 1].lower_ not in ("l'", "l’", "le"):
                continue
            j = token.i + 2
            while j < s_hi and doc[j].pos_ == "AUX":
                j += 1
            if j >= s_hi or j in self.used_cues or doc[j].pos_ != "VERB" or verb_lemma(doc[j], self.lex.speech_verbs) is None:
                continue
            comma = j + 1
            while comma < s_hi and doc[comma].text != "," and comma - j <= 12 and not self.mask[comma]:
                comma += 1
            if comma >= s_hi or doc[comma].text != "," or comma == j + 1:
                continue
            lo = comma + 1
            hi = self._content_end(lo, s_hi)
            if hi - lo < _MIN_CONTENT_TOKENS or not self._has_finite_verb(lo, hi) or self._speaks_itself(lo, hi):
                continue
            trimmed = self._trim(lo, hi)
            if trimmed is None:
                continue
            cue = doc[j]
            speaker = self.registry.resolve([t for t in doc[j + 1 : comma] if t.lower_ not in self.lex.time_words])
            self.used_cues.add(j)
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(cue), cue_lemma=verb_lemma(cue, self.lex.speech_verbs),
                                   speaker=speaker, rule="comme-incise"))
        return out

    def _speaks_itself(self, lo: int, hi: int) -> bool:
        """« Comme le rapporte Le Monde, Jean Roy a déclaré que … »: a clause whose own main verb
        is a reporting verb with its subject before it is a statement of that subject; the
        « comme » incise names where it was reported, not who said it."""
        for t in self.doc[lo:hi]:
            if t.pos_ == "VERB" and not (lo <= t.head.i < hi and t.head.i != t.i) and verb_lemma(t, self.lex.speech_verbs) is not None:
                return any(c.dep_ in ("nsubj", "nsubj:pass") and lo <= c.i < t.i for c in t.children)
        return False

    def _noun_tagged_cues(self) -> list[Attribution]:
        """« Maillaud juge que … »: a present-tense reporting verb the tagger read as a noun, right
        after its subject (a name, a pronoun or a common noun: « le ministre juge que … », or the
        comma that closes an apposition to it: « X, l'entraîneur de Y, juge que … ») and right
        before « que »."""
        doc = self.doc
        lowers, tags = lower_forms(doc), pos_tags(doc)  # (the word after first: no Token for most words)
        out: list[Attribution] = []
        complementizers = self.lex.complementizers
        # (the words right before a complementizer, not every token)
        for token in [self.tokens[i - 1] for i in range(2, len(doc)) if lowers[i] in complementizers]:
            before = token.i - 1
            if lowers[before] == "," and tags[before - 1] in ("PROPN", "NOUN"):
                before -= 1
            if tags[token.i] != "NOUN" or self.mask[token.i] or tags[before] not in ("PROPN", "PRON", "NOUN"):
                continue
            if verb_lemma(token, self.lex.speech_verbs) is None:
                continue
            attribution = self._following_content(token)
            if attribution is not None:
                attribution.speaker = self._left_speaker(doc[before + 1])  # (from the comma: the name before it)
                attribution.rule = "noun-cue+surface"
                out.append(attribution)
        return out

    # -- rule 2b: "X, accusés de …" reports an accusation ----------------------------------------------
    def accused_participles(self) -> list[Attribution]:
        """A participle of accusation on a noun ("quatre pirates, accusés de …", "hackers
        accused of …") reports what they are accused of; the reporter is the sentence's speaker."""
        out: list[Attribution] = []
        deps, tags = dep_labels(self.doc), pos_tags(self.doc)
        for token in self.tokens:
            if self.mask[token.i] or deps[token.i] not in ("acl", "amod", "advcl") or tags[token.i] not in ("VERB", "ADJ"):
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
            agent = next((c for c in token.children if _is_agent(c) and not self.mask[c.i]), None)
            if agent is not None:
                # « …, accusée par X de … »: the participle's own agent is who accuses.
                speaker = self.registry.resolve(self._phrase(agent), head=agent)
            if speaker is None:
                root = sentence_of(token).root
                subject = next((c for c in root.children if c.dep_ in _SUBJ and not self.mask[c.i]), None)
                if subject is not None and token.head.i == subject.i:
                    continue  # « Trois jeunes, soupçonnés de …, ont été écroués »: the accused do not report their own accusation
                if subject is not None and token.head.i == root.i and any(c.dep_ in ("auxpass", "aux:pass") for c in root.children):
                    continue  # « Trois jeunes ont été écroués, soupçonnés de … »: the participle shares the passive's subject, the accused
                speaker = self.registry.resolve(self._phrase(subject), head=subject) if subject is not None else None
            if speaker is None or not speaker.entities:
                continue
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(token), speaker=speaker, cue_lemma=token.lemma_.lower(), rule="accused-participle", hedged=True))
        return out

    # -- rule 3: source phrases (selon X, according to X) ----------------------------------------------
    def source_phrases(self) -> list[Attribution]:
        """"according to X" / « selon X »: the statement beside the source phrase, by X (hedged)."""
        doc = self.doc
        out: list[Attribution] = []
        lowered = self.text.lower().replace("’", "'")
        token_starts, token_ends = token_bounds(doc)
        starts = dict(zip(token_starts, range(len(token_starts))))
        ends = dict(zip(token_ends, range(len(token_ends))))
        hits: list[tuple[int, int, str]] = []
        for pattern in self.lex.according_to:
            phrase = " ".join(pattern)
            pos = lowered.find(phrase)
            while pos >= 0:
                i, last = starts.get(pos), ends.get(pos + len(phrase))
                pos = lowered.find(phrase, pos + 1)
                if i is not None and last is not None and not self.mask[i]:
                    hits.append((i, last, phrase))
        hits.sort()
        for i, last, phrase in hits:
            s_lo, s_hi = self._sentence(i)
            bounds = self._source_bounds(last + 1, s_hi)
            if bounds is None:
                continue
            j, source_end, k = bounds
            inside = self._parenthesis_around(i, s_lo, s_hi)
            if inside is not None:
                # « L'Office des eaux (OFE selon son sigle) a subi … »: a
                # source inside parentheses vouches only for what the parentheses hold.
                s_lo, s_hi = inside
            series_start = self._series_item_start(i, s_lo, s_hi, hits) if inside is None else None
            if series_start is not None:
                lo, hi = series_start, i
                # « … selon la police et 9 000 selon la CGT »: the next item of the series ends the source.
                source_end = next((m for m in range(j, source_end) if doc[m].pos_ == "CCONJ"), source_end)
            elif "Rel" in morph_get(doc[j], "PronType", []) and doc[j].pos_ == "PRON" and k == j + 1:
                # « des informations selon lesquelles Z »: the relative clause is the statement,
                # however long the clause that holds its antecedent.
                lo, hi = k, self._content_end(k, s_hi)
            else:
                lo, hi = self._statement_beside_source(i, k, s_lo, s_hi)
                hi = self._before_conjoined_report(lo, hi)
                if self.lex.complementizers:
                    hi = self._before_gerund_report(lo, hi)
                if self._reported_by_own_verb(lo, hi, source=i):
                    continue
            trimmed = self._trim(lo, hi)
            if trimmed is None or hi - lo < (1 if series_start is not None else _MIN_CONTENT_TOKENS):
                continue
            if self._data_only_source(doc[j:source_end]):
                continue
            cue_start, cue_end = doc[i].idx, doc[last].idx + len(doc[last].text)
            attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=(cue_start, cue_end), cue_lemma=phrase, rule="source", hedged=True)
            attribution.speaker = self.registry.resolve(list(doc[j:source_end]))
            out.append(attribution)
        if self.lex.topic_source_prepositions:
            out.extend(self._topic_sources())
        return out

    def _source_bounds(self, j: int, s_hi: int) -> tuple[int, int, int] | None:
        """Where the source after a source preposition at token ``j`` starts and ends, and where
        the phrase that sets it off ends (past parentheses and appositions); None without a source."""
        free = self._free_relative_source(j, s_hi) if self.lex.complementizers else None
        if free is not None:
            return free  # « selon ce que rapportent des journaux locaux, Z »: the reporter is the source
        k = self._source_words_end(j)
        if k == j:
            return None
        words_end = k
        k = self._past_parenthesis(k, s_hi)
        k = self._source_named_end(j, k, s_hi)
        # « Selon plusieurs juristes (dont X), Z »: the parentheses belong to the source, the
        # speaker is the noun phrase before them.
        source_end = words_end if k == self._past_parenthesis(words_end, s_hi) else k
        # « selon le président de la région, Paul Renaud (LR), qui … »: the parentheses after an
        # apposed name (a party, an age) are part of the phrase that sets the source off.
        k = self._past_parenthesis(k, s_hi)
        if self.lex.complementizers and not self._described_by_participle(j, k):
            k = self._past_apposition(k, s_hi, named_source=any(t.ent_type_ in ("PER", "PERSON") for t in self.doc[j:k]))
        teller = self._teller_in_relative(j, source_end) if self.lex.complementizers else None
        if teller is not None:
            return teller[0], teller[1], k
        return j, source_end, k

    def _teller_in_relative(self, j: int, end: int) -> tuple[int, int] | None:
        """« selon les détails que la juge a livrés à la presse »: the subject of an object
        relative clause on the source's noun is who told them. Its token bounds, if any."""
        doc = self.doc
        for m in range(j + 1, end):
            if doc[m].lower_.translate(_APOSTROPHES) not in ("que", "qu'") or doc[m - 1].pos_ not in ("NOUN", "PROPN"):
                continue
            subject = next((t for t in doc[m + 1 : end] if t.dep_ in _SUBJ and t.pos_ in ("NOUN", "PROPN")), None)
            return (subject.left_edge.i, subject.right_edge.i + 1) if subject is not None and subject.right_edge.i < end else None
        return None

    def _free_relative_source(self, j: int, s_hi: int) -> tuple[int, int, int] | None:
        """« selon ce que rapportent des journaux locaux, Z », « d'après ce qu'a déclaré le maire, Z »,
        « d'après ce que la presse rapporte, Z »: a free relative (« ce que » + verb) after the
        source preposition reports what its verb's subject says (the parse may call an inverted
        subject an object). The subject's token bounds and the comma that ends the phrase."""
        doc = self.doc
        if j + 2 >= s_hi or doc[j].lower_ != "ce" or doc[j + 1].lower_.translate(_APOSTROPHES) not in ("que", "qu'"):
            return None
        verb = next((c for c in doc[j].children if c.dep_ in ("acl:relcl", "acl", "relcl") and c.pos_ == "VERB"), None)
        if verb is None:
            return None
        nouns = [c for c in verb.children if c.pos_ in ("NOUN", "PROPN") and c.i > j + 1 and not self.mask[c.i]]
        subject = next((c for c in nouns if c.dep_ in _SUBJ), None) or next((c for c in nouns if c.i > verb.i and c.dep_ in ("obj", "dobj")), None)
        if subject is None:
            return None
        lo, hi = subject.left_edge.i, subject.right_edge.i + 1
        end = next((m for m in range(max(hi, verb.i + 1), s_hi) if doc[m].is_punct or self.mask[m]), None)
        if end is None or doc[end].text != "," or end - verb.i > 8:
            return None
        return lo, hi, end

    def _data_only_source(self, words: Span) -> bool:
        """« selon plusieurs indicateurs », « d'après une image de vidéosurveillance »: a source
        phrase headed by a data noun with no one named in it (a name, a title, a group or an
        organisation word) gives evidence, not someone's statement; « selon les chiffres du
        ministère » still names who speaks."""
        lex = self.lex
        head = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or not lex.data_nouns or head.lower_ not in lex.data_nouns:
            return False
        speakers = union(lex.government_words, lex.organization_words, lex.organization_anaphors)
        return not any(self._names_someone(t) and t.pos_ != "PRON" or t.lower_ in speakers for t in words if t.i > head.i)

    def _series_item_start(self, i: int, s_lo: int, s_hi: int, hits: list[tuple[int, int, str]]) -> int | None:
        """« 3 000 selon la police, 12 000 selon les syndicats »: two or more source phrases in one
        sentence, each set right after the words it vouches for (no comma before « selon »), are a
        series of figures or claims, each source's own the words since the comma or the previous
        source phrase (« … et 9 000 selon la CGT »). The start of the words before source phrase
        ``i``, or None when the sentence holds no such series."""
        doc = self.doc
        same = sorted({h: last for h, last, _ in hits if s_lo <= h < s_hi}.items())
        if len(same) < 2 or any(h == s_lo or doc[h - 1].is_punct or doc[h - 1].pos_ in ("ADP", "CCONJ", "SCONJ") for h, _ in same):
            return None
        lo = next((k + 1 for k in range(i - 1, s_lo - 1, -1) if doc[k].text == ","), s_lo)
        previous = [last for h, last in same if h < i]
        if previous:
            # The previous source ends at the comma or the conjunction that opens this item.
            end = next((m for m in range(previous[-1] + 1, i) if doc[m].is_punct or doc[m].pos_ == "CCONJ"), i)
            while end < i and (doc[end].is_punct or doc[end].pos_ == "CCONJ"):
                end += 1
            lo = max(lo, end)
        return lo if lo < i else None

    def _parenthesis_around(self, i: int, s_lo: int, s_hi: int) -> tuple[int, int] | None:
        """Token bounds of the inside of the parentheses that hold token ``i`` in its sentence, if any."""
        doc = self.doc
        opening = next((k for k in range(i - 1, s_lo - 1, -1) if doc[k].text in ("(", ")")), None)
        if opening is None or doc[opening].text != "(":
            return None
        closing = next((k for k in range(i + 1, s_hi) if doc[k].text in ("(", ")")), None)
        if closing is None or doc[closing].text != ")":
            return None
        return opening + 1, closing

    def _reported_by_own_verb(self, lo: int, hi: int, source: int | None = None) -> bool:
        """"According to the Record, Lopez said the budget …": the side of the source phrase that
        holds the statement is itself a report, its main verb a speech verb with its own subject
        and its own content clause.
        That verb's attribution reports the statement, by its subject; the source phrase only
        names who relayed it. A belief or a perception ("most voters think …") is no such report.
        So is a report whose content holds the source phrase (« X a dénoncé une cabale orchestrée
        selon lui par d'anciens élus »): the source vouches for part of X's own statement."""
        lex = self.lex
        for t in self.doc[lo:hi]:
            if t.dep_ != "ROOT" or not self._is_cue_here(t):
                continue
            lemma = verb_lemma(t, lex.speech_verbs) or t.lemma_.lower()
            if lemma in lex.cognition_verbs or lemma in lex.perception_verbs:
                return False
            # It must report a clause of its own ("Lopez said the budget …"); "selon la police, le
            # groupe a revendiqué l'attentat" reports a deed, which the source phrase vouches for.
            children = list(t.children)
            if source is not None and any(c.dep_ in ("obj", "dobj", "ccomp") and c.i > t.i and self._within_phrase_of(source, c) for c in children):
                return True
            return any(c.dep_ in _SUBJ and lo <= c.i < t.i for c in children) and any(c.dep_ in ("ccomp", "parataxis") for c in children)
        return False

    def _within_phrase_of(self, i: int, phrase_head: Token) -> bool:
        """Whether token ``i`` hangs under ``phrase_head`` without crossing a clause of its own (a
        relative, a clause with its own subject): « une manœuvre menée selon lui par … » is inside
        the phrase, « aucune sanction, ce qui, selon les juristes, en réduit … » is not."""
        token = self.doc[i]
        while token.i != phrase_head.i:
            if token.head.i == token.i:
                return False
            token = token.head
            if token.i != phrase_head.i and (token.dep_ in ("acl:relcl", "relcl", "ccomp", "advcl", "parataxis") or any(c.dep_ in _SUBJ for c in token.children)):
                return False
        return True

    def _before_conjoined_report(self, lo: int, hi: int) -> int:
        """Where the statement beside a source phrase ends when a conjoined clause reports
        someone else's statement ("According to the ministry, waits are short, but Ruiz says
        they are not"): the source vouches for its own conjunct only; the report is its own. A
        French clause set beside it after a comma is one too (« d'après un policier, « … » ,
        d'autres policiers déclarent que … »: parataxis in the parse)."""
        joined = ("conj", "parataxis") if self.lex.complementizers else ("conj",)
        for t in self.doc[lo:hi]:
            if t.dep_ not in joined or not self._is_cue_here(t):
                continue
            subject = next((c for c in t.children if c.dep_ in _SUBJ and lo < c.i < t.i), None)
            if subject is None or not any(c.dep_ in ("ccomp", "parataxis") for c in t.children):
                continue
            cut = subject.left_edge.i
            while cut > lo and (self.doc[cut - 1].pos_ == "CCONJ" or self.doc[cut - 1].is_punct):
                cut -= 1
            if cut - lo >= _MIN_CONTENT_TOKENS:
                return cut
        return hi

    def _source_words_end(self, j: int) -> int:
        """The end of the source after "according to" starting at token j: up to punctuation
        (apostrophes and hyphens inside a name excepted), a verb, a quotation or « que »/"that"."""
        doc = self.doc
        if j < len(doc) and doc[j].lower_ in self.lex.stressed_pronouns and doc[j].pos_ == "PRON":
            return j + 1  # « traités selon elle avant janvier »: a pronoun is the whole source
        k = j
        while k < len(doc) and (not doc[k].is_punct or self.registry.joins_word(doc[k]) or self.registry.elision_mark(doc[k]) or self._joint_source_slash(k)) and (
            doc[k].pos_ not in ("VERB", "AUX") or self.registry.name_participle(doc[k])
        ) and not doc[k].is_space and not self.mask[k] and doc[k].lower_ not in ("que", "that", "qui", "who"):
            if self.lex.complementizers and k > j and doc[k].pos_ == "DET" and doc[k - 1].pos_ in ("NOUN", "PROPN") and not (
                doc[k].is_title and doc[k].ent_iob_ == "B"  # « selon le journal Le Monde »: an article that opens a name
            ):
                break  # « selon plusieurs observateurs une véritable milice »: a second noun phrase starts
            k += 1
        if j < k < len(doc) and doc[k].dep_ == "acl" and "Part" in morph_get(doc[k], "VerbForm", []) and j <= doc[k].head.i < k:
            # « selon une note accompagnant le projet, Z », « selon le rapport publié par
            # le ministère, Z », "according to a report released Tuesday by X": a participle on
            # the source's noun describes the source.
            # It runs to the comma that sets the source phrase off (the parse may hang the
            # statement itself on the participle, so its subtree tells nothing).
            end = next((m for m in range(k, min(len(doc), k + 15)) if self.mask[m] or doc[m].is_punct and doc[m].text not in ("'", "’", "-")), None)
            if end is not None and (doc[end].text == "," or doc[end].text in _CLAUSE_STOP):
                k = end  # (« … selon l'agence X, proche du pouvoir. »: to the sentence end)
        elif self.lex.complementizers and j < k < len(doc) and doc[k].lower_.translate(_APOSTROPHES) in ("que", "qu'", "qui") and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            # « selon les détails que la juge a livrés à la presse, Z »: a relative clause
            # on the source's noun describes the source, up to the comma that sets it off, or to
            # the sentence end (« Z, selon une source qui a requis l'anonymat. »).
            end = next((m for m in range(k, min(len(doc), k + 15)) if self.mask[m] or doc[m].is_punct and doc[m].text not in ("'", "’", "-")), None)
            if end is not None and (doc[end].text == "," or doc[end].text in _CLAUSE_STOP):
                k = end
        return k

    def _joint_source_slash(self, k: int) -> bool:
        """Whether token ``k`` is the slash of a joint source written as one word ("a Times/CBS
        News poll", "Post/ABC News polling"): no space on either side, a word on both."""
        doc = self.doc
        return doc[k].text == "/" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha

    def _described_by_participle(self, j: int, k: int) -> bool:
        """Whether the source words [j, k) end with a participle that describes the source (« selon
        une étude publiée par X, Jean Roy et son équipe ont … »): what follows the comma opens the
        statement, not an apposition to the source."""
        return any(t.dep_ == "acl" and "Part" in morph_get(t, "VerbForm", []) for t in self.doc[j:k])

    def _past_parenthesis(self, k: int, s_hi: int) -> int:
        """The index after the parentheses that open at token ``k`` (« selon plusieurs ONG (dont
        X), Z »: they qualify the source), else ``k``."""
        doc = self.doc
        if k >= s_hi or doc[k].text != "(":
            return k
        closing = next((m for m in range(k + 1, s_hi) if doc[m].text in ("(", ")")), None)
        return closing + 1 if closing is not None and doc[closing].text == ")" else k

    def _source_named_end(self, j: int, k: int, s_hi: int) -> int:
        """The source's end once a relative pronoun or an apposed name is taken into account."""
        doc = self.doc
        if "Rel" in morph_get(doc[j], "PronType", []) and doc[j].pos_ == "PRON":
            k = j + 1  # « selon lequel le dispositif … »: the source is the pronoun's antecedent
        # "according to the finance director, Ruth Adeyemi": the apposed name is the source.
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ in ("PER", "PERSON") and doc[k + 1].ent_iob_ == "B" and not self._described_by_participle(j, k):
            m = k + 1
            while m < len(doc) and doc[m].ent_iob_ == "I" or m < len(doc) and m == doc[m].i and doc[m].ent_iob_ == "B" and doc[m - 1].text == ",":
                m += 1
            # « Selon Reuters, David Martin (, ancien ministre,) sera candidat »: a name followed by
            # its verb is the statement's subject, not the source.
            if not self._subject_of_what_follows(m, s_hi):
                k = m
        return k

    def _subject_of_what_follows(self, m: int, s_hi: int) -> bool:
        """Whether the words before token ``m`` are the subject of the predicate that follows
        them: next comes a finite verb (past the negation and object clitics), possibly after
        appositions set off by commas (« David Martin, ancien ministre, sera candidat »)."""
        doc = self.doc
        while m < s_hi:
            x = m + 1 if doc[m].text == "," else m
            while x < s_hi and (doc[x].lower_ in ("ne", "n'", "n’") or doc[x].pos_ == "PRON" and doc[x].lower_ in self.lex.object_clitics):
                x += 1
            if x < s_hi and doc[x].pos_ in ("VERB", "AUX") and "Fin" in morph_get(doc[x], "VerbForm", []):
                return True
            if doc[m].text != ",":
                return False
            # Past an apposition: a few words without a verb, up to the next comma.
            nxt = next((n for n in range(m + 1, min(s_hi, m + 18)) if doc[n].text == "," or doc[n].text in _CLAUSE_STOP or self.mask[n]), None)
            if nxt is None or doc[nxt].text != "," or self._has_finite_verb(m + 1, nxt) or nxt == m + 1:
                return False
            m = nxt
        return False

    def _statement_beside_source(self, i: int, k: int, s_lo: int, s_hi: int) -> tuple[int, int]:
        """Which side of a source phrase (tokens i..k of the sentence s_lo..s_hi) is the statement."""
        doc = self.doc
        left, right = (s_lo, i), (k, s_hi)
        relative = ("qui", "who", "which", "lequel", "laquelle", "lesquels", "lesquelles")
        described = k + 1 < len(doc) and doc[k].text == "," and (
            doc[k + 1].lower_ in relative or k + 2 < len(doc) and doc[k + 1].pos_ == "ADP" and doc[k + 2].lower_ in relative
        )
        clause_left, clause_right = self._has_finite_verb(*left), self._has_finite_verb(*right)
        if left[1] - left[0] >= _MIN_CONTENT_TOKENS and described:
            return left  # « Z, d'après la mairie, qui précise … » / « …, pour qui … »: what follows describes the source
        if (apposition := self._apposition_before_source(i, k, s_lo, s_hi)) is not None:
            return apposition
        if i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in ("qui", "que", "qu'", "qu’", "dont", "où", "which", "that", "who") and right[1] - right[0] > 0:
            return s_lo, s_hi  # « …, ce qui, selon X, en limite la portée »: the source interrupts a clause
        if self.lex.complementizers and i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ == "CCONJ" and right[1] - right[0] >= 2:
            return right  # « … son impuissance et, selon X, la difficulté de … »: the conjunct after the source
        if (
            self.lex.complementizers and i > s_lo and doc[i - 1].pos_ in ("VERB", "AUX") and "Fin" in morph_get(doc[i - 1], "VerbForm", [])
            and right[1] - right[0] >= _MIN_CONTENT_TOKENS and not clause_right
        ):
            return right  # « Le groupe constitue selon X une milice … »: the source sits between the verb and what it asserts
        if self.lex.complementizers and self._source_closes_clause(i, s_lo):
            # « Des tirs auraient été entendus selon X, en plus de cris, mais … »: a source phrase
            # glued to the end of a whole clause vouches for that clause and what continues it,
            # up to another report or the narrator's contrast; not for the rest of the sentence.
            hi = self._content_end(k, s_hi)
            hi = next((m for m in range(k, hi - 2) if doc[m].text == "," and doc[m + 1].pos_ == "CCONJ" and self._subject_starts_at(m + 2, hi)), hi)
            if not any(not t.is_punct and not t.is_space for t in doc[k:hi]):
                return left  # « Il y aurait 50 morts selon les médias. »: nothing continues the clause
            return s_lo, hi
        if self.lex.complementizers and clause_left != clause_right and (
            not any(self.mask[right[0] : right[1]]) or clause_right and self._has_unquoted_finite_verb(*right)
        ):
            # French: the statement is the side that is a clause (« Vers 22 h, selon X, Z »;
            # « Z, selon X, ministre des Finances »); quoted words inside the clause make it mixed
            # (« Vers 10 h, selon X, des lycées sont bloqués par des « gilets jaunes » »).
            return left if clause_left else right
        if left[1] - left[0] >= _MIN_CONTENT_TOKENS and right[1] - right[0] >= _MIN_CONTENT_TOKENS and doc[i - 1].text == ",":
            return s_lo, s_hi  # "X, selon Y, Z": the statement spans both sides
        return left if (left[1] - left[0]) > (right[1] - right[0]) else right

    def _apposition_before_source(self, i: int, k: int, s_lo: int, s_hi: int) -> tuple[int, int] | None:
        """« Le suspect, connu des services selon une source policière, a été interpellé »: a
        source phrase glued to the end of an apposition on the subject, after which the main
        clause resumes, vouches for the apposition only (from the comma after the subject)."""
        doc = self.doc
        if not self.lex.complementizers or k >= s_hi or doc[k].text != "," or self.mask[k] or doc[i - 1].text == ",":
            return None
        # The apposition opens at the first comma whose words before it hold the main clause's
        # subject (« Le jeune homme, Hugo T., proche de X selon Y, est … »: the parse may make the
        # apposed name the subject).
        for comma in (m for m in range(s_lo, i - 2) if doc[m].text == "," and not self.mask[m]):
            if self._main_clause_resumes_at(k, comma + 1, s_hi):
                return comma + 1, i
        return None

    def _subject_starts_at(self, first: int, hi: int) -> bool:
        """Whether a clause with a subject of its own starts at token ``first`` (« …, et les routes
        restent coupées »): the subject's phrase opens there and its verb follows it."""
        for t in self.tokens[first : min(hi, first + 8)]:
            if t.dep_ in _SUBJ and t.left_edge.i == first and t.head.i > t.i and not self.mask[t.i]:
                return True
        return False

    def _source_closes_clause(self, i: int, s_lo: int) -> bool:
        """Whether the source phrase at token ``i`` follows the last word of a clause directly (no
        comma, conjunction, preposition or finite verb before it), and that clause is whole: a
        finite verb of the main clause with its subject, both before the source phrase."""
        doc = self.doc
        if i - s_lo < _MIN_CONTENT_TOKENS:
            return False
        last = doc[i - 1]
        if last.is_punct or self.mask[last.i] or last.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON") or last.pos_ in ("VERB", "AUX") and "Fin" in morph_get(last, "VerbForm", []):
            return False
        # « mais le propriétaire, un homme très sociable selon ses voisins, n'a plus … »: inside
        # a subject whose verb comes after the source, the phrase vouches for a description only.
        if any(a.dep_ in _SUBJ and a.head.i >= i for a in last.ancestors) or last.dep_ in _SUBJ and last.head.i >= i:
            return False
        for t in doc[s_lo:i]:
            if t.pos_ not in ("VERB", "AUX") or "Fin" not in morph_get(t, "VerbForm", []):
                continue
            head = t.head if t.dep_ in ("cop", "aux", "aux:tense", "aux:pass") else t
            if head.dep_ == "ROOT" and any(c.dep_ in _SUBJ and s_lo <= c.i < t.i for c in head.children):
                return True
        return False

    def headline_source(self) -> list[Attribution]:
        """"Carver: Finch Not Fit to Serve" — a headline that opens with a source and a colon
        states what the source said (« Sondage : … », "Poll: …"). The headline is the text's first
        line, set above a body. The label before the colon must read as a source: at most five
        capitalised words, no verb, one party (a coordination "X and Y: …" names a topic), and a
        name the entity recogniser marks, a name the body mentions again, or a speaking noun or a
        finding document from the lexicon ("Historians", "Poll"); a kicker ("Breaking:",
        "Exclusive:") is none of these. The statement after the colon needs three words and is
        not a question."""
        text, doc = self.text, self.doc
        line_end = text.find("\n")
        if line_end < 0 or not text[line_end:].strip():
            return []
        colon = next((t for t in self.tokens if t.idx >= line_end or t.text == ":"), None)
        if colon is None or colon.idx >= line_end or self.mask[colon.i]:
            return []
        label = [t for t in self.tokens[: colon.i] if not t.is_punct and not t.is_space]
        quoted = self._quoted_headline_source(colon, line_end, label)
        if quoted is not None:
            return [quoted]
        if not 1 <= len(label) <= 5 or any(t.pos_ == "CCONJ" for t in label):
            return []
        if not all(t.text[:1].isupper() or t.pos_ in _TITLE_LOWERCASE_POS for t in label):
            return []
        if any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in label):
            return []
        # "Strike at Acme: …", « Grève à la SNCF : … »: a name after a preposition only says where
        # or about whom; the label is a topic unless the words before the preposition are a source.
        modifier = next((k for k, t in enumerate(label) if t.pos_ == "ADP" and t.ent_iob_ != "I"), None)
        if modifier is not None:
            label = label[:modifier]
            if not label:
                return []
        head = label[-1]
        speaking = union(
            self.lex.unnamed_nouns, self.lex.group_nouns, self.lex.organization_words, self.lex.government_words,
            self.lex.speech_nouns, self.lex.finding_documents, self.lex.titles,
        )
        body_names = {t.lower_ for ent in doc.ents if ent.start_char > line_end for t in ent}
        # Before a place or a party in a preposition, a capitalised first word the recogniser tags
        # as an organisation is mostly a topic (« Grève à la SNCF ») and a person the source
        # (« Macron à Berlin : … »).
        entity_types = _PERSON_ENTITY_TYPES if modifier is not None else _SPEAKING_ENTITY_TYPES
        if not (any(t.ent_type_ in entity_types for t in label) or head.lower_ in body_names
                or head.lower_ in speaking or head.lemma_.lower() in speaking):
            return []
        last = colon.i + 1
        while last < len(doc) and doc[last].idx < line_end:
            last += 1
        content = [t for t in doc[colon.i + 1 : last] if not t.is_punct and not t.is_space]
        if len(content) < _MIN_CONTENT_TOKENS or text[colon.idx : line_end].rstrip(" .").endswith("?"):
            return []
        trimmed = self._trim(colon.i + 1, last)
        if trimmed is None:
            return []
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=(colon.idx, colon.idx + 1), cue_lemma=":", rule=SOURCE_HEADLINE_RULE)
        attribution.speaker = self.registry.resolve(label)
        return [attribution]

    def title_case_headline_report(self) -> list[Attribution]:
        """"Clinton Says Russians Hacked DNC", "Trump Denies Tyson Invited to Convention": in a
        headline written in title case the parse reads the clause after a capitalised present
        speech verb as a noun phrase (its verbs capitalised like names), which reports nothing.
        The words after the verb, to the line's end or to a comma before a second such verb, are
        what the name before it said: one to four capitalised words, each part of a name the
        recogniser marks or the body names again ("Obama Power Plant Rules …" is a noun phrase).
        (English only: French headlines are in sentence case.)"""
        if self.lex.complementizers:
            return []
        text = self.text
        line_end = text.find("\n")
        if line_end < 0 or not text[line_end:].strip():
            return []
        line = [t for t in self.tokens if t.idx < line_end and not t.is_space]
        words = [t for t in line if t.is_alpha and len(t) > 3]
        if not words or sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
            return []
        verb = next((t for t in line[1:5] if self._capitalised_speech_verb(t)), None)
        if verb is None or any(self.mask[t.i] or not t.text[:1].isupper() for t in line[: verb.i - line[0].i]):
            return []
        if verb.i + 1 >= len(self.doc) or self.doc[verb.i + 1].is_lower or self.doc[verb.i + 1].pos_ == "ADP":
            return []  # "Mayor Calls for Inquiry", "Warns of Cuts": a call or a topic, not a clause
        label = line[: verb.i - line[0].i]
        body_names = {t.lower_ for ent in self.doc.ents if ent.start_char > line_end for t in ent}
        if not all(t.ent_type_ in _SPEAKING_ENTITY_TYPES or t.lower_ in body_names for t in label):
            return []
        last = line[-1].i + 1
        comma = next((t.i for t in line if t.i > verb.i and t.text == "," and t.i + 1 < last and self._capitalised_speech_verb(self.doc[t.i + 1])), None)
        hi = comma if comma is not None else last
        trimmed = self._trim(verb.i + 1, hi)
        if trimmed is None or sum(1 for t in self.doc[verb.i + 1 : hi] if t.is_alpha) < _MIN_CONTENT_TOKENS:
            return []
        lemma = self._headline_verb_lemma(verb)
        attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(verb), cue_lemma=lemma, rule=TITLE_CASE_HEADLINE_RULE)
        attribution.speaker = self.registry.resolve(label)
        return [attribution] if attribution.speaker is not None and attribution.speaker.entities else []

    def _headline_verb_lemma(self, token: Token) -> str | None:
        """The speech verb a capitalised present form stands for ("Says" → say, "Denies" → deny)."""
        return present_tense_verb_lemma(token.lower_, self.lex.speech_verbs)

    def _capitalised_speech_verb(self, token: Token) -> bool:
        """Whether an unquoted word is a capitalised present speech verb ("Says", "Denies")."""
        return token.text[:1].isupper() and not self.mask[token.i] and self._headline_verb_lemma(token) is not None

    def _quoted_headline_source(self, colon: Token, line_end: int, label: list[Token]) -> Attribution | None:
        """"Reid: 'Never underestimate him.'", "Ann Cole heckles the council: 'You are wasting our
        money.'", "A lesson from Ann Cole: 'Be the voice people hear.'": after the colon, the rest
        of the headline is one quotation, the words of the person or body the label names (a name
        the recogniser marks or the body mentions again), whatever the label does around it (a
        verb, a preposition) and whatever the quotation is (an order, a question): the
        quotation marks, not the parse of a headline's capitals, say these are someone's words.
        Not a name that owns the head of the label before a title in capitals ("Ann Cole's novel:
        'The Long Night'": a work; "Workers' reaction: 'Is that all?'" is their words)."""
        if self.lex.complementizers:
            return None  # (English headlines; French ones keep their rule)
        text = self.text
        rest = text[colon.idx + 1 : line_end].strip().rstrip(";").rstrip()
        if len(rest) < 2 or rest[0] not in _HEADLINE_QUOTE_MARKS or rest.rstrip(".").rstrip()[-1:] not in _HEADLINE_QUOTE_MARKS:
            return None
        if rest.count(rest[0]) + (rest.count(_MATCHING_CLOSE.get(rest[0], "")) if rest[0] in _MATCHING_CLOSE else 0) < 2:
            return None
        if not 1 <= len(label) <= _QUOTED_HEADLINE_LABEL_WORDS:
            return None
        body_names = {t.lower_ for ent in self.doc.ents if ent.start_char > line_end for t in ent}
        source = [t for t in label if t.ent_type_ in _SPEAKING_ENTITY_TYPES or t.text[:1].isupper() and t.lower_ in body_names]
        if not source:
            return None
        # The name's own run of words: the first name the label gives, possessive excluded.
        run = [source[0]]
        for t in source[1:]:
            if t.i != run[-1].i + 1:
                break
            run.append(t)
        start = colon.idx + 1 + (len(text[colon.idx + 1 : line_end]) - len(text[colon.idx + 1 : line_end].lstrip()))
        end = start + len(rest)
        words = [t for t in self.tokens if start <= t.idx < end and t.is_alpha]
        if len(words) < _MIN_CONTENT_TOKENS:
            return None
        after = run[-1].i + 1
        owner = any(t.tag_ == "POS" for t in run) or after < len(self.doc) and self.doc[after].tag_ == "POS"
        if owner and all(t.text[:1].isupper() or t.pos_ in _TITLE_LOWERCASE_POS for t in words):
            return None  # (the recogniser may hold the possessive inside the name)
        attribution = Attribution(start, end, "direct", cue=(colon.idx, colon.idx + 1), cue_lemma=":", rule="headline+quoted")
        attribution.speaker = self.registry.resolve(run)
        return attribution

    def stance_predicates(self) -> list[Attribution]:
        """"The senator has long been an opponent of the tax", "The mayor has been critical of the plan":
        a noun or an adjective of stance, predicated of its subject with "of" and an object,
        ascribes that stance to the subject; the object is what it is about (PolNeAR's content of
        an attribution, no statement)."""
        out: list[Attribution] = []
        for word in self.tokens:
            if word.dep_ not in ("attr", "acomp") or word.lemma_.lower() not in self.lex.stance_predicates or self.mask[word.i]:
                continue
            of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            topic = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if of is None or topic is None:
                continue
            speaker = self._speaker_for_cue(word.head)
            # To the end of the "of" phrase: "of the tax and of its rate" is one topic.
            trimmed = self._trim(topic.left_edge.i, of.right_edge.i + 1)
            if speaker is None or trimmed is None:
                continue
            attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(word), cue_lemma=word.lemma_.lower(), rule="stance")
            attribution.speaker = speaker
            out.append(attribution)
        return out

    def block_quotes(self) -> list[Attribution]:
        """"The mayor added: ¶ The budget is balanced …": a paragraph that ends with a reporting
        verb and a colon sets the next paragraph apart, without quotation marks, as what its
        subject said or wrote. The verb has a subject (the speaker); the paragraph is a sentence
        of its own (a finite verb, unquoted, no markup), not a list item or a time stamp.
        Languages that count only clauses (English)."""
        if self.lex.noun_phrase_statements:
            return []
        text, doc = self.text, self.doc
        out: list[Attribution] = []
        for colon in _COLON_ENDING_PARAGRAPH.finditer(text):
            colon_token = self._char_token(colon.start())
            if colon_token is None or colon_token.i == 0:
                continue
            verb = doc[colon_token.i - 1]
            lemma = verb_lemma(verb, self.lex.speech_verbs) if verb.pos_ in ("VERB", "AUX") else None
            if lemma is None:
                continue
            para_start = colon.end()
            para_end = text.find("\n", para_start)
            para_end = len(text) if para_end < 0 else para_end
            if text[para_start] in _QUOTE_CHARS or text[para_start] == "<" or len(text[para_start:para_end].split()) < 6:
                continue
            first, last = self._char_token(para_start), self._char_token(para_end - 1)
            if first is None or last is None or not self._has_unquoted_finite_verb(first.i, last.i + 1):
                continue
            speaker = self._speaker_for_cue(verb)
            trimmed = self._trim(first.i, last.i + 1)
            if speaker is None or trimmed is None:
                continue
            attribution = Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(verb), cue_lemma=lemma, rule=_BLOCK_QUOTE)
            attribution.speaker = speaker
            out.append(attribution)
        return out

    def pull_quotes(self) -> list[Attribution]:
        """"The process is badly flawed. We need better information. Jane Doe" — a pull quote: a
        paragraph of unquoted sentences signed by a name (a person, with a role or an
        organisation), and nothing else. The signature names one of the story's sources: the
        person's surname comes up elsewhere in the article, which tells a pull quote from a
        caption signed by its photographer. Languages that count only clauses (English)."""
        if self.lex.noun_phrase_statements:
            return []
        text, doc = self.text, self.doc
        out: list[Attribution] = []
        line_start = 0
        while line_start < len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            signed = _SIGNED_PARAGRAPH.fullmatch(text, line_start, line_end)
            line_start, statement_end = line_end + 1, signed.end("statement") if signed else 0
            if signed is None or len(signed.group("statement").split()) < 6 or signed.group("statement").rstrip("”\"’").endswith("?"):
                continue
            last_word = signed.group("statement").split()[-1].lower()
            if last_word in self.lex.titles or len(last_word) == 2:
                continue  # "… remembering former Rep. Ann Holloway": a title or an initial, no sentence end
            signature = doc.char_span(signed.start("name"), signed.end("name"), alignment_mode="expand")
            statement = doc.char_span(signed.start("statement"), statement_end, alignment_mode="expand")
            if signature is None or statement is None or any(self.mask[t.i] for t in statement):
                continue
            people = [ent for ent in signature.ents if ent.label_ in ("PERSON", "PER")]
            if len(people) != 1 or any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in signature):
                continue
            surname = people[0][-1].lower_
            elsewhere = any(t.lower_ == surname for t in doc if not signed.start() <= t.idx < signed.end())
            if not elsewhere or not self._has_finite_verb(statement.start, statement.end):
                continue
            trimmed = self._trim(statement.start, statement.end)
            if trimmed is None:
                continue
            attribution = Attribution(trimmed[0], trimmed[1], "indirect", rule="pull-quote")
            attribution.speaker = self.registry.resolve(list(people[0]))
            out.append(attribution)
        return out

    def signed_boxes(self) -> tuple[list[Attribution], list[tuple[int, int, SpeakerRef]]]:
        """A box of quoted words set apart from the story and signed on a line of its own
        (« « … » ¶ — Jean Roy, maire de Lyon »): the paragraphs right before the signature line
        are the signer's. A paragraph that is one quotation keeps its quote and takes the signer
        (returned as a character range and the signer); a paragraph of unquoted sentences in the
        first person (« Je souhaite rappeler que … ») is a statement of its own. The walk back
        stops at the first paragraph that is neither (narrative is no part of the box), at most
        three paragraphs back. French layout (Wikinews boxes); English news signs a quotable or a
        tweet the same way, with a hyphen and a full stop too ("“…” ¶ -Ann Roe, Ohio."), and
        only its quotations are taken."""
        if self.lex.language not in ("fr", "en"):
            return [], []
        english = self.lex.language == "en"
        text = self.text
        statements: list[Attribution] = []
        ranges: list[tuple[int, int, SpeakerRef]] = []
        for line in (_ENGLISH_SIGNATURE_LINE if english else _SIGNATURE_LINE).finditer(text):
            signature = self.doc.char_span(line.start("name"), line.end("name"), alignment_mode="expand")
            if signature is None or self._has_finite_verb(signature.start, signature.end):
                continue
            signer = self.registry.resolve(list(signature))
            if signer is None or not signer.entities:
                continue
            end = line.start()
            for _ in range(3):
                para_end = len(text[:end].rstrip())
                para_start = text.rfind("\n", 0, para_end) + 1
                body = text[para_start:para_end].strip()
                if not body or body[:1] in "—–":
                    break  # (the signature of the box before)
                lo_tok, hi_tok = self._char_token(para_start), self._char_token(para_end - 1)
                if lo_tok is None or hi_tok is None:
                    break
                if body[:1] in _QUOTE_CHARS and body.rstrip(".!?…")[-1:] in _QUOTE_CHARS:
                    ranges.append((para_start, para_end, signer))
                elif (
                    not english
                    and not any(self.mask[t.i] for t in self.doc[lo_tok.i : hi_tok.i + 1])
                    and any(t.lower_.strip("’'") in self.lex.first_pronouns or t.lower_ in ("j'", "j’", "m'", "m’") for t in self.doc[lo_tok.i : hi_tok.i + 1])
                    and len(body.split()) >= 6
                    and self._has_finite_verb(lo_tok.i, hi_tok.i + 1)
                ):
                    trimmed = self._trim(lo_tok.i, hi_tok.i + 1)
                    if trimmed is None:
                        break
                    statement = Attribution(trimmed[0], trimmed[1], "direct", rule="signed-box")
                    statement.speaker = signer
                    statements.append(statement)
                else:
                    break
                end = para_start
        return statements, ranges

    def _has_finite_verb(self, lo: int, hi: int) -> bool:
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) for t in self.doc[lo:hi])

    def _has_unquoted_finite_verb(self, lo: int, hi: int) -> bool:
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) and not self.mask[t.i] for t in self.doc[lo:hi])

    def _has_main_clause(self, lo: int, hi: int) -> bool:
        """A finite verb in tokens [lo, hi) that does not head a relative clause."""
        relative = ("qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles")
        for t in self.doc[lo:hi]:
            if t.pos_ not in ("VERB", "AUX") or "Fin" not in morph_get(t, "VerbForm", []):
                continue
            head = t.head if t.dep_ in ("cop", "aux", "aux:tense", "aux:pass") else t
            if head.dep_ in ("acl:relcl", "relcl") or any(c.lower_ in relative and c.i < head.i for c in head.children):
                continue
            if self._after_relative_pronoun(lo, t.i, relative):
                continue
            return True
        return False

    def _after_relative_pronoun(self, lo: int, k: int, relative: tuple[str, ...]) -> bool:
        """« Le promoteur, dont le permis a été annulé, a nié … »: a verb whose stretch of words
        (from the last comma before it, within [lo, k)) opens with a relative pronoun heads a
        relative clause, wherever the parse hangs the pronoun (here on « permis » read as a verb)."""
        lowers = lower_forms(self.doc)
        start = next((m + 1 for m in range(k - 1, lo - 1, -1) if lowers[m] == "," and not self.mask[m]), None)
        return start is not None and start < k and lowers[start] in relative

    def _past_apposition(self, k: int, s_hi: int, named_source: bool = False) -> int:
        """« selon X, ministre des Finances, Z »: the index after an apposition that follows a
        source at ``k`` (a comma; a name, a bare noun or a titled noun phrase of up to 16 words with
        no finite verb; a comma), else ``k``."""
        doc = self.doc
        if k >= s_hi or doc[k].text != ",":
            return k
        first = doc[k + 1] if k + 1 < s_hi else None
        if self.lex.complementizers and first is not None and first.lower_ in ("qui", "dont"):
            return self._past_relative_aside(k, s_hi)
        # « selon un sondage Ifop, réalisé du 2 au 5 mars, Z »: a past participle after the source
        # describes it (how, when it was made), like a title does a person.
        described = first is not None and first.pos_ in ("VERB", "ADJ") and {"Part"} <= set(morph_get(first, "VerbForm", [])) and "Past" in morph_get(first, "Tense", [])
        # A named source takes a title as apposition, a titled one a name (« Pour X, Y et Z
        # forment … »: after a name, another name starts the clause).
        if first is None or not (
            first.ent_type_ in ("PER", "PERSON") and not named_source or first.pos_ == "NOUN" or described
            or first.pos_ == "DET" and k + 2 < s_hi and doc[k + 2].lower_ in self.lex.titles
        ):
            return k  # « Selon La Gazette, le vieux pont, … »: a subject, not an apposition
        m = k + 1
        while m < s_hi and m - k <= 16 and doc[m].text != "," and doc[m].text not in _CLAUSE_STOP and not self.mask[m]:
            if doc[m].pos_ in ("VERB", "AUX") and "Fin" in morph_get(doc[m], "VerbForm", []) or doc[m].lower_ in ("qui", "que", "qu'", "qu’", "dont"):
                return k
            m += 1
        if (
            m < s_hi and doc[m].text == "," and (described or any(t.pos_ in ("NOUN", "PROPN") for t in doc[k + 1 : m])) and self._has_finite_verb(m + 1, s_hi)
            and not self._subject_of_what_follows(m, s_hi)  # « Selon X, Y, ancien ministre, sera … »: Y is the subject
        ):
            return m
        return k

    def _past_relative_aside(self, k: int, s_hi: int) -> int:
        """« Selon une source sécuritaire, qui a requis l'anonymat, Z », « selon le maire, dont la
        commune a été touchée, Z »: a relative clause set off by commas after a source (the comma
        at ``k``) describes the source; the index of its closing comma when a clause follows it,
        else ``k``. Not « Z, selon X, qui … »: no closing comma there, the relative ends the sentence."""
        doc = self.doc
        m = next((n for n in range(k + 2, min(s_hi, k + 20)) if doc[n].text == "," or doc[n].text in _CLAUSE_STOP or self.mask[n]), None)
        if m is None or doc[m].text != "," or self.mask[m] or not self._has_finite_verb(k + 2, m) or not self._has_finite_verb(m + 1, s_hi):
            return k
        return m

    def _topic_sources(self) -> list[Attribution]:
        """« Pour X, Z. »: a sentence opened by « pour » + a source (a name, an organisation, a
        titled or group noun, a stressed pronoun: « Pour lui, … ») and a comma gives that source's
        view; the rest of the sentence is the content. « Pour la première fois, … » or « Pour ce
        faire, … » name no source and are left alone. The content must be a clause (finite verb)."""
        doc = self.doc
        out: list[Attribution] = []
        lex = self.lex
        source_nouns = self._source_nouns
        lowers = lower_forms(doc)
        for token in self.tokens:
            if lowers[token.i] not in lex.topic_source_prepositions or self.mask[token.i]:
                continue
            s_lo, s_hi = self._sentence(token.i)
            if token.i > s_lo and doc[token.i - 1].text == ";" and not self.mask[token.i - 1]:
                s_lo = token.i  # « pour certains, Z ; pour d'autres, W »: a clause of its own after the semicolon
            if token.i != s_lo and not (token.i == s_lo + 1 and doc[s_lo].is_space) and not self._after_sentence_connective(s_lo, token.i):
                relative = self._relative_view(token, s_lo, s_hi)
                if relative is not None:
                    out.append(relative)
                continue
            comma = token.i + 1
            while comma < s_hi and doc[comma].text != "," and comma - token.i <= 12:
                # « Pour les habitants réunis en collectif, … »: a past participle describing the
                # source belongs to it; any other verb means « pour » opens a purpose or a frame.
                if doc[comma].pos_ in ("VERB", "AUX") and not self._describing_participle_in_source(doc[comma], token.i) or self.mask[comma]:
                    break
                comma += 1
            if comma >= s_hi or doc[comma].text != ",":
                continue
            source = [t for t in doc[token.i + 1 : comma] if not t.is_space]
            if comma + 1 < s_hi and lowers[comma + 1] == "où":
                continue  # « Pour les grandes villes, où … , Z »: a relative in « où » makes the phrase a place or a time, a frame
            head = self._topic_head(source)
            if not source or not (
                _proper_name_only(source)
                or len(source) == 1 and source[0].lower_ in lex.stressed_pronouns
                or "".join(t.lower_ for t in source).translate(_APOSTROPHES) in lex.indefinite_sources
                or head is not None and (head.ent_type_ in ("PER", "ORG", "PERSON") or head.pos_ == "NOUN" and self._names_a_source(head, source_nouns))
            ):
                continue
            # « Pour le procureur, Luc Tavernier, … » / « Pour X, directeur de Y, … »: the apposition belongs to the source.
            after = self._past_apposition(comma, s_hi, named_source=any(t.ent_type_ in ("PER", "PERSON") for t in source))
            own_words = source
            if after > comma:
                source = source + list(doc[comma + 1 : after])
            lo = after + 1
            hi = self._content_end(lo, s_hi)
            if hi - lo < _MIN_CONTENT_TOKENS or not any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_get(t, "VerbForm", []) for t in doc[lo:hi]):
                continue
            trimmed = self._trim(lo, hi)
            if trimmed is None:
                continue
            speaker = self.registry.resolve(source)
            named = self.registry.resolve(own_words) if speaker is not None and len(speaker.entities) > 1 else None
            if speaker is not None and named is not None and named.named:
                # A source that names someone is that person: the apposition describes them, and the
                # people it mentions (« membre de l'équipe de Y ») say nothing.
                speaker = SpeakerRef(named.entities, speaker.start, speaker.end, named=True)
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(token), cue_lemma=token.lower_, speaker=speaker, rule="source+topic", hedged=True))
        return out


    def attribute_judgements(self) -> list[Attribution]:
        """« X trouve le moratoire « insuffisant » », « qualifiant de « miettes » les mesures »,
        « estime cette révolte comme « mineure » »: a verb of judgement whose object's attribute
        is quoted states the judgement; the statement is the object with its quoted attribute (a
        mixed quote), not the quoted word alone. The quotation must be short, start lower case,
        and follow the verb in its clause with only the object and « de » / « comme » between."""
        verbs = self.lex.attributive_verbs
        if not verbs:
            return []
        doc = self.doc
        out: list[Attribution] = []
        for span in self.spans:
            opening = self._char_token(span.outer_start)
            words = self.text[span.start : span.end].split()
            if opening is None or not words or len(words) > 6 or not words[0][:1].islower():
                continue
            verb = None
            k = opening.i - 1
            while k >= 0 and opening.i - k <= 8 and not self.mask[k]:
                token = doc[k]
                if token.pos_ in ("VERB", "AUX"):
                    verb = token
                    break
                # « d'« absurde » »: the tokenizer may cut the elided « de » from its apostrophe.
                if token.is_punct and not self.registry.elision_mark(token) or token.pos_ not in ("DET", "NOUN", "ADJ", "ADP", "ADV", "PROPN", "NUM", "PRON"):
                    break
                k -= 1
            if verb is None or (verb_lemma(verb, verbs) or verb.lemma_.lower()) not in verbs or self.mask[verb.i]:
                continue
            # The quoted words must be the attribute, not the object itself (« a trouvé un
            # « trésor » »): an object noun, « de » or « comme » before them, or an object pronoun
            # before the verb (« qu'il juge « abjectes » »).
            between = doc[verb.i + 1 : opening.i]
            if not (
                any(t.pos_ in ("NOUN", "PROPN") or t.lower_ in ("de", "d'", "d’", "comme") for t in between)
                or any(c.dep_ in ("obj", "dobj") and c.i < verb.i and c.pos_ == "PRON" for c in verb.children)
            ):
                continue
            # « Il est jugé « dangereux » », « Qualifié de « menteur » par X, Y … »: a passive names
            # who is judged, not who judges; the quoted label alone stays with the rules for direct quotes.
            if any(c.dep_ == "aux:pass" for c in verb.children) or verb.dep_ in ("acl", "amod") and "Part" in morph_get(verb, "VerbForm", []) or _bare_past_participle_clause(verb):
                continue
            speaker = self._speaker_for_cue(verb)
            if speaker is None:
                continue
            lo = verb.i + 1
            while lo < opening.i and (doc[lo].pos_ == "ADV" or doc[lo].lower_ in self.lex.time_words):
                lo += 1  # « a qualifié mardi cette décision de … »: the date is not what was said
            closing = self._char_token(max(span.outer_end - 1, span.outer_start))
            if closing is None:
                continue
            hi = closing.i + 1
            # « qualifie de « miettes » les mesures du gouvernement »: the object after the attribute.
            obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > closing.i), None)
            if obj is not None and not any(t.is_punct for t in doc[hi : obj.left_edge.i]):
                hi = obj.right_edge.i + 1
            start = doc[lo].idx
            end = doc[hi - 1].idx + len(doc[hi - 1].text)
            lemma = verb_lemma(verb, verbs) or verb.lemma_.lower()
            out.append(Attribution(start, end, "indirect", cue=_chars(verb), cue_lemma=lemma, speaker=speaker, rule="verb+attribute"))
        return out

    def unsourced_views(self) -> list[Attribution]:
        """"The plan seemed doomed", "the firm is expected to close", "the deal is widely seen as
        a defeat", "the mayor reportedly told aides …": a clause marked as a view, an appearance or
        hearsay with no source of its own (or only a "by" agent). PolNeAR counts each as an
        attribution whose content is the whole clause, the marking word its cue; no one states
        it, so it stays out of the statements scope (``acts.classify_attribution``). The marking
        word: a verb of appearance with a complement (``unsourced_raising``; "appeared on TV"
        has none), a passive verb of judging or reporting with one (``unsourced_passive``), or
        an adverb of hearsay on the clause's verb (``unsourced_adverbs``)."""
        lex = self.lex
        if not (lex.unsourced_raising or lex.unsourced_passive or lex.unsourced_adverbs):
            return []
        out: list[Attribution] = []
        for token in self.tokens:
            if self.mask[token.i]:
                continue
            lemma = token.lemma_.lower()
            verb = None
            passive = False
            if token.pos_ in ("VERB", "AUX") and lemma in lex.unsourced_raising and self._complemented(token, raising=True):
                verb = token
            elif token.tag_ == "VBN" and lemma in lex.unsourced_passive and any(c.dep_ == "auxpass" for c in token.children) and self._complemented(token, raising=False):
                verb, passive = token, True
            elif token.lower_ in lex.unsourced_adverbs and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "AUX"):
                verb = token.head
            if verb is None or verb.dep_ == "csubj" or not _finite_clause(verb):
                continue  # "to be seen as …", "Keller reportedly yelling": no clause of its own
            if passive and lemma in lex.perception_verbs and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
                continue  # "was seen sobbing", "was shown the door": seen, not judged ("is seen as")
            clause = self._clause_span(verb)
            if clause is None:
                continue
            agent = next((c for c in verb.children if c.dep_ == "agent"), None) if passive else None
            speaker = None
            if agent is not None:
                names = [t for c in agent.children if c.dep_ == "pobj" for t in c.subtree]
                speaker = self.registry.resolve(names) if names else None
            out.append(Attribution(clause[0], clause[1], "indirect", cue=_chars(token), cue_lemma=lemma,
                                   speaker=speaker, rule=_UNSOURCED))
        return out

    def object_topics(self) -> list[Attribution]:
        """"announced his candidacy", "criticized the ruling", "spoke about the budget", "argued
        against the merger": what a verb of saying takes as its object, or after about / against /
        over, is the content of an attribution in PolNeAR's sense (not a statement: English news
        statements are clauses, ``acts.states_a_proposition``). Only verbs that say something of
        their object: not those whose object is the addressee (told reporters), nor the weak ones
        that mostly see, hold or find things (``weak_verbs``), nor verbs of cognition or
        perception (knew him, heard gunshots)."""
        lex = self.lex
        if lex.noun_phrase_statements or lex.complementizers:
            return []
        verbs = lex.speech_verbs - lex.weak_verbs - lex.addressee_verbs - lex.cognition_verbs - lex.perception_verbs - lex.no_object_topic_verbs
        out: list[Attribution] = []
        for verb in self.tokens:
            if verb.pos_ != "VERB" or self.mask[verb.i] or verb.lemma_.lower() not in verbs:
                continue
            if any(c.dep_ == "auxpass" for c in verb.children):
                continue
            if self._subject(verb) is None and verb.dep_ not in ("xcomp", "advcl", "acl", "relcl", "conj", "pcomp"):
                continue  # "…, recalled Mr. Rhodes": the parse takes the inverted subject for the object
            objects = [c for c in verb.children if c.i > verb.i and c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
            objects += [
                o for c in verb.children if c.i > verb.i and c.dep_ == "prep" and c.lower_ in ("about", "against", "over")
                for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME")
            ]
            if len(objects) != 1:
                continue
            head = objects[0]
            s_lo, s_hi = self._sentence(verb.i)
            lo, hi = max(head.left_edge.i, s_lo), min(head.right_edge.i + 1, s_hi)
            if any(self.mask[lo:hi]) or any(t.text in _QUOTE_CHARS for t in self.doc[max(lo - 1, 0) : hi + 1]):
                continue  # quoted words are the quotation rules' ("said “We should …”")
            span = self._trim(lo, hi)
            if span is None:
                continue
            speaker = self._speaker_for_cue(verb) if self._subject(verb) is not None else self._left_speaker(verb)
            out.append(Attribution(span[0], span[1], "indirect", cue=_chars(verb), cue_lemma=verb.lemma_.lower(),
                                   speaker=speaker, rule="object-topic"))
        return out

    @staticmethod
    def _complemented(verb: Token, *, raising: bool) -> bool:
        """Whether a verb of appearance or a passive verb of judging has the complement that makes
        it mark a view: an infinitive or predicate ("seems to know", "seemed tired", "is expected
        to", "was declared the winner") or a phrase with as / like / for ("is seen as", "seemed
        like a mistake", "is known for")."""
        for c in verb.children:
            if c.i < verb.i:
                continue
            if c.dep_ in ("xcomp", "oprd", "acomp") or raising and c.dep_ == "attr":
                return True
            if c.dep_ == "prep" and (c.lower_ in ("as", "like") or c.lower_ == "for" and not raising):
                return True
            if not raising and c.dep_ == "dobj":
                return True  # "was declared the winner", "was named the best"
        return False

    def _clause_span(self, verb: Token) -> tuple[int, int] | None:
        """The character range of a verb's clause: its subtree without the coordinated clauses,
        the conjunction, the subordinator and the incises hung on it, inside its sentence."""
        s_lo, s_hi = self._sentence(verb.i)
        lo = hi = verb.i
        for c in verb.children:
            if c.dep_ in ("cc", "conj", "parataxis", "mark", "punct", "preconj") or c.dep_ == "ccomp" and c.i < verb.i or c.dep_ == "advcl" and c.i < verb.i:
                continue
            lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
        lo, hi = max(lo, s_lo), min(hi + 1, s_hi)
        if hi - lo < 3 or any(self.mask[lo:hi]):
            return None
        return self._trim(lo, hi)

    def passive_statements(self) -> list[Attribution]:
        """« Le projet est jugé insuffisant par les syndicats », « la hausse a été annoncée par le
        ministère », « la réforme a été qualifiée d'illégale par le tribunal »: a passive verb of
        saying or judging whose « par » agent is its speaker states its subject (with the
        attribute of a judgement): the statement runs from the subject through the verb and its
        attribute, the agent left out. Only verbs that take a statement as their object (or an
        attribute); accusations have their own rules; a pronoun subject (« il a été annoncé
        que ») leaves the content clause to the verb rules."""
        lex = self.lex
        verbs = lex.passive_statement_verbs
        if not lex.complementizers or not verbs:
            return []
        doc = self.doc
        out: list[Attribution] = []
        markers = ("de", "d'", "d’", "comme")
        passives = heads_of(doc, "aux:pass")  # (Token.children builds a Token per child)
        tags = pos_tags(doc)
        for verb in self.tokens:
            if tags[verb.i] != "VERB" or self.mask[verb.i] or verb.i not in passives:
                continue
            lemma = verb_lemma(verb, verbs) or verb.lemma_.lower()
            if lemma not in verbs:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj:pass" and c.i < verb.i), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self.mask[subject.i]:
                continue
            # The attribute of a judgement: « jugé insuffisant », « qualifiée d'illégale »,
            # « considérées comme une « vengeance » ».
            attributes = [c for c in verb.children if c.i > verb.i and (
                c.dep_ in ("xcomp", "obl:arg") or c.dep_.startswith("obl") and c.dep_ != "obl:agent" and any(k.dep_ == "case" and k.lower_ in markers for k in c.children))]
            # The parse hangs the agent on the verb, on its attribute or the attribute's last
            # conjunct (« jugé insuffisant par X », « jugé trop cher et trop lent par X »), and may
            # label it an argument or an adjunct: then a « par » phrase after an unquoted
            # attribute (a quoted one, « qualifié d'« absurde » par X », stays a direct quote).
            hosts = [verb, *attributes, *(conjunct for attribute in attributes for conjunct in attribute.conjuncts)]
            agent = next((a for h in hosts for a in h.children if a.dep_ == "obl:agent"), None) or next(
                (
                    a for h in hosts for a in h.children
                    if a.i > verb.i and a.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ == "par" for k in a.children) and not any(self.mask[verb.i : a.i])
                ),
                None,
            )
            if agent is None or self.mask[agent.i] or not self._may_speak(agent):
                continue
            hi = verb.i + 1
            for attribute in (a for a in attributes if a.i != agent.i):
                end = attribute.right_edge.i + 1
                if attribute.i < agent.i < end:
                    end = agent.left_edge.i
                hi = max(hi, end)
            lo = subject.left_edge.i
            if any(doc[k].is_punct and doc[k].text in ".;:" for k in range(lo, hi)):
                continue
            speaker = self.registry.resolve(self._agent_phrase(agent), head=agent)
            if speaker is None or not speaker.entities:
                continue
            statement = self._verb_statement(lo, hi, verb, lemma, speaker, "passive+agent")
            if statement is not None:
                out.append(statement)
        return out

    def copular_utterances(self) -> list[Attribution]:
        """"Her response was that the plan failed", "His reply was: “…”", "Beck's contention was
        that …": a noun for something said (lexicon ``utterance_subject_nouns``), possessed by
        someone and the subject of "be", introduces the possessor's words after a "that" or a
        colon (an attribute between them is the writer's: "his answer was simple: …"). The
        statement runs from after the marker to the end of the sentence; the possessor speaks."""
        nouns = self.lex.utterance_subject_nouns
        if not nouns:
            return []
        doc = self.doc
        lemmas = lemma_lowers(doc)
        out: list[Attribution] = []
        for noun in self.tokens:
            if lemmas[noun.i] not in nouns or noun.dep_ != "nsubj" or self.mask[noun.i]:
                continue
            copula = noun.head
            if lemmas[copula.i] != "be" or copula.i < noun.i:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None or owner.pos_ not in ("PROPN", "PRON", "NOUN"):
                continue
            k = copula.i + 1
            if k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].head.i == copula.i:
                k += 1  # "his answer was simple: …"
            if k >= len(doc) or not (doc[k].lower_ == "that" and doc[k].dep_ == "mark" or doc[k].text == ":"):
                continue
            end = sentence_of(copula).end
            trimmed = self._trim(k + 1, end)
            speaker = self.registry.resolve([t for t in self._phrase(owner) if t.dep_ != "case"], head=owner)
            if trimmed is None or speaker is None or not speaker.entities:
                continue
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(noun), cue_lemma=lemmas[noun.i], speaker=speaker, rule="utterance-subject"))
        return out

    def _verb_statement(self, lo: int, hi: int, verb: Token, lemma: str, speaker: SpeakerRef, rule: str) -> Attribution | None:
        """The indirect statement over tokens lo..hi (trimmed) that a verb of judgement reports."""
        trimmed = self._trim(lo, hi)
        if trimmed is None:
            return None
        return Attribution(trimmed[0], trimmed[1], "indirect", cue=_chars(verb), cue_lemma=lemma, speaker=speaker, rule=rule)

    def verbs_read_as_modifiers(self) -> list[Attribution]:
        """« Le ministre dément toute implication », « la syndicaliste critique le projet », « le
        député rétorque que … », « l'avocat dément avoir signé »: a French present tense of a
        reporting verb that is also an adjective, a noun or an adverb (« critique », « rétorque »,
        « dément » in -ment) is tagged as one and hung on the subject noun, so no verb reports
        anything. In verb position it is the verb: right after a subject noun phrase that opens
        its clause with no verb in it, and before what a reporting verb takes (a determiner, a
        complementizer, an infinitive or a quotation), adverbs or a short incise between."""
        lex = self.lex
        if not lex.complementizers:
            return []
        doc = self.doc
        tags, lowers = pos_tags(doc), lower_forms(doc)
        out: list[Attribution] = []
        verbs = union(lex.speech_verbs, lex.assignment_verbs)
        for verb in self.tokens:
            i = verb.i
            if self.mask[i] or i == 0 or not verb.is_lower or not (tags[i] in _VERB_MISREAD_TAGS or self._verb_hung_on_its_subject(verb)):
                continue
            # (the word before, asked first: a subject's last word, a clitic or a comma)
            if not (tags[i - 1] in ("NOUN", "PROPN", "ADJ") or lowers[i - 1] in _SUBJECT_CLITICS or lowers[i - 1] == ","):
                continue
            lemma = _present_tense_lemma(verb, verbs)
            if lemma is None or f"s'{lemma}" in lex.speech_verbs or f"se {lemma}" in lex.speech_verbs:
                continue  # reporting only as a pronominal verb (« s'indigne »): « X indigne Y » outrages Y
            if self._agent_after_quoted_label(verb) is not None:
                continue  # « une réponse jugée « indigne » par X »: a participle, X's label (``_verb_subject``)
            lo, hi = self._sentence(i)
            subject = self._subject_before(lo, i)
            content = self._complement_after(i, hi)
            if subject is None or content is None:
                continue
            head = next((t for t in subject if t.pos_ in ("NOUN", "PROPN")), subject[0])
            speaker = self.registry.resolve(subject, head=head)
            if speaker is None or not speaker.entities:
                continue
            hi = self._content_end(content, hi)
            if lower_forms(doc)[content - 1] not in lex.complementizers:
                hi = self._second_predicate(content, hi)
            if lemma in lex.assignment_verbs and not self._assigned_in(content, hi):
                continue  # « L'agence chiffre le coût »: no cause or value named
            statement = self._verb_statement(content, hi, verb, lemma, speaker, "verb-read-as-modifier")
            if statement is not None:
                out.append(statement)
        return out

    def _verb_hung_on_its_subject(self, verb: Token) -> bool:
        """« Son avocat conteste que … », « L'association reproche à … »: a present tense the
        parse tags as a verb (a past participle, though a first-group one ends in -é) but hangs on
        the noun before it as a modifier, so that the noun is no subject of it."""
        return pos_tags(self.doc)[verb.i] == "VERB" and verb.dep_ in ("amod", "acl") and verb.head.i == verb.i - 1 and _misread_participle(verb, self.lex)

    def _assigned_in(self, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) after a verb of assignment read without its parse name the
        cause or value: an « à » phrase that opens no prepositional locution."""
        doc, lemmas = self.doc, lemma_lowers(self.doc)
        return any(
            doc[k].lower_ in self.lex.addressee_prepositions and k + 1 < hi and not any(lemmas[j] in self.lex.locution_nouns_after_a for j in range(k + 1, min(k + 3, hi)))
            for k in range(lo, hi)
        )

    def _second_predicate(self, lo: int, hi: int) -> int:
        """Where a noun-phrase or infinitive content in tokens [lo, hi) ends before a conjunction
        and a finite verb, the subject's second predicate (« dément toute implication mais veut
        … », « critique le projet et réclame … »); ``hi`` when there is none."""
        doc = self.doc
        for k in range(lo + 1, hi - 1):
            if doc[k].pos_ == "CCONJ" and not self.mask[k]:
                m = k + 1
                while m < hi and doc[m].pos_ == "ADV":
                    m += 1
                if m < hi and doc[m].pos_ in ("VERB", "AUX") and "Fin" in morph_get(doc[m], "VerbForm", []):
                    return k
        return hi

    def _subject_before(self, lo: int, verb: int) -> list[Token] | None:
        """The noun phrase that opens the clause of a verb at token ``verb`` (after an adjunct
        and its comma: « Dans un communiqué, le club … »): a determiner, a noun or a name first,
        no finite verb or quotation in it."""
        doc = self.doc
        end = verb
        if doc[verb - 1].text == ",":
            # « Le maire, à l'origine du projet, dément … »: an aside between commas after a subject
            # that opens the sentence
            opening = next((k for k in range(verb - 2, lo, -1) if doc[k].text == ","), None)
            if opening is None or any(doc[k].text in ":;()—–" or self.mask[k] for k in range(opening, verb)):
                return None
            end = opening
        start = end
        while start > lo and doc[start - 1].text not in (",", ":", ";", "—", "–", "(", ")") and not doc[start - 1].is_space:
            start -= 1
        if end < verb and start > lo and not all(doc[k].is_space for k in range(lo, start)):
            return None
        words = doc[start:end]
        if len(words) == 1 and words[0].lower_ in _SUBJECT_CLITICS:
            return [words[0]]  # « Elle dément … »: the pronoun's antecedent speaks
        if not words or words[0].pos_ not in ("DET", "NOUN", "PROPN") or len(words) > _MAX_SUBJECT_TOKENS:
            return None
        if any(self.mask[t.i] or t.text in _QUOTE_CHARS or t.pos_ == "AUX" or t.pos_ == "VERB" and "Part" not in morph_get(t, "VerbForm", []) for t in words):
            return None
        return list(words)

    def _complement_after(self, verb: int, hi: int) -> int | None:
        """Where the complement of a reporting verb at token ``verb`` starts: a determiner's noun
        phrase (not « des », « du », which may follow an adjective: « une analyse critique des
        comptes »), « que » (its clause, after it), an infinitive or a quotation, past adverbs
        and a short incise between commas (« , pour sa part, »)."""
        doc = self.doc
        k = verb + 1
        while k < hi:
            if doc[k].pos_ == "ADV" and doc[k].dep_ != "det" and doc[k].lower_ not in ("ne", "n'", "n’"):
                k += 1  # (« tout » read as an adverb is still the determiner of « tout accord »)
            elif self._locution_at(k, hi):
                k += self._locution_at(k, hi)  # « pour sa part », « de son côté »
            else:
                break
        if k < hi and doc[k].text == ",":
            close = next((j for j in range(k + 1, min(hi, k + 6)) if doc[j].text == ","), None)
            if close is None:
                return None
            k = close + 1
        if k >= hi:
            return None
        word = doc[k]
        if word.lower_.replace("’", "'") in self.lex.complementizers and word.pos_ in ("SCONJ", "PRON") or word.dep_ == "mark" and word.lower_ in self.lex.complementizers:
            return k + 1 if k + 1 < hi else None
        if word.text in _QUOTE_CHARS or "Inf" in morph_get(word, "VerbForm", []):
            return k
        if (word.pos_ == "DET" or word.dep_ == "det") and word.lower_ not in ("des", "du", "de", "d'", "d’"):
            return k
        if word.lower_ in self.lex.addressee_prepositions and self._infinitive_after_addressee(k + 1, hi):
            return k  # « reproche à la mairie d'avoir ignoré … »: the addressee and what is reproached or asked
        return None

    def _infinitive_after_addressee(self, lo: int, hi: int) -> bool:
        """Whether a short addressee from token ``lo`` (« la mairie », « au fondateur, Paul
        Roy, ») is followed by « de » and an infinitive, before any finite verb."""
        doc = self.doc
        for k in range(lo, min(hi - 1, lo + _MAX_SUBJECT_TOKENS)):
            if "Fin" in morph_get(doc[k], "VerbForm", []) or self.mask[k]:
                return False
            if doc[k].lower_.replace("’", "'") in ("de", "d'") and "Inf" in morph_get(doc[k + 1], "VerbForm", []):
                return True
        return False

    def unquoted_judgements(self) -> list[Attribution]:
        """« Le syndicat juge la réforme dangereuse », « la justice l'estime illégal », « a
        qualifié le programme de dangereux », « les experts la considèrent comme inutile »: an
        active verb of judgement with an object (a noun after it or a clitic before it) and its
        attribute states the judgement; the statement is the object with its attribute. Quoted
        attributes are attribute_judgements'; « trouver » judges only with quoted words (« trouvé
        mort » is a finding)."""
        lex = self.lex
        verbs = lex.attributive_verbs - {"trouver"}
        if not lex.complementizers or not verbs:
            return []
        doc = self.doc
        out: list[Attribution] = []
        passives = heads_of(doc, "aux:pass")  # (Token.children builds a Token per child)
        tags = pos_tags(doc)
        for verb in self.tokens:
            if tags[verb.i] != "VERB" or self.mask[verb.i] or verb.i in passives:
                continue
            lemma = verb_lemma(verb, verbs) or verb.lemma_.lower()
            if lemma not in verbs or "Part" in morph_get(verb, "VerbForm", []) and verb.dep_ in ("acl", "amod"):
                continue
            attribute = next((c for c in verb.children if c.i > verb.i and (
                c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN")
                or c.dep_ in ("obl:arg", "xcomp") and any(k.dep_ in ("case", "mark") and k.lower_ in ("de", "d'", "d’", "comme") for k in c.children))), None)
            attribute = attribute or self._attribute_read_as_modifier(verb)
            if attribute is None:
                continue
            clitic = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i < verb.i and c.pos_ == "PRON" and c.lower_ in lex.object_clitics), None)
            noun = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and verb.i < c.i < attribute.i and c.pos_ in ("NOUN", "PROPN")), None)
            if clitic is not None:
                lo = clitic.i
            elif noun is not None:
                lo = noun.left_edge.i
            else:
                continue
            hi = attribute.right_edge.i + 1
            if hi - lo > 40 or any(self.mask[k] or doc[k].text in ".;:«»\"" for k in range(lo, hi)):
                continue
            speaker = self._speaker_for_cue(verb)
            if speaker is None or not speaker.entities:
                continue
            statement = self._verb_statement(lo, hi, verb, lemma, speaker, "verb+object+attribute")
            if statement is not None:
                out.append(statement)
        return out

    def _attribute_read_as_modifier(self, verb: Token) -> Token | None:
        """« Les grévistes jugent cette promesse illusoire »: the parse may hang a verb of
        judgement's attribute on its determined object as an adjective; one that ends the object
        and the clause (a punctuation mark or a conjunction after it) is the attribute."""
        doc = self.doc
        for noun in verb.children:
            if noun.dep_ not in ("obj", "dobj") or noun.pos_ != "NOUN" or noun.i < verb.i or not any(
                c.dep_ == "det" and c.lower_ in self.lex.determiners and c.lower_ not in ("un", "une", "des", "du", "de", "d'", "d’") for c in noun.children
            ):
                continue
            last = doc[noun.right_edge.i]
            after = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if last.dep_ == "amod" and last.head.i == noun.i and last.i == noun.i + 1 and (after is None or after.is_punct or after.pos_ == "CCONJ"):
                return last
        return None

    def _may_speak(self, noun: Token) -> bool:
        """Whether a « par » agent can be who speaks: a name, a person or group word, an
        institution or a document (« par le ministère », « par un communiqué »), not an idiom
        (« par la suite ») or data."""
        lex = self.lex
        words = {noun.lower_, noun.lemma_.lower()}
        institutions = union(lex.government_words, lex.organization_words, lex.organization_anaphors, lex.document_nouns)
        return noun.pos_ in ("NOUN", "PROPN") and (self._names_someone(noun) or bool(words & institutions) or noun.lower_.endswith(lex.agent_noun_endings))

    def _agent_phrase(self, agent: Token) -> list[Token]:
        """The words of a « par » agent without its preposition and the adjuncts the parse hangs
        on it (« par le ministère mardi », « par le président lors d'un discours »)."""
        out = []
        stack = [agent]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if not self.mask[c.i] and c.dep_ not in ("case", "advmod", "punct", "acl:relcl", "acl", "obl", "obl:arg", "obl:mod")
                         and c.pos_ not in ("ADV", "VERB") and c.lower_ not in self.lex.time_words)
        return sorted(out, key=lambda t: t.i)

    def _topic_head(self, phrase: list[Token]) -> Token | None:
        """The word that names who « Pour X, » gives the view of: the first noun or name of the
        phrase (« pour les casernes de gendarmerie » names barracks, not the gendarmerie), or
        the group after a noun of quantity (« pour la plupart des experts »)."""
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            return None
        head = nouns[0]
        if len(nouns) > 1 and head.lemma_.lower() in self.lex.quantity_nouns:
            return nouns[1]
        return head

    def _names_a_source(self, noun: Token, source_nouns: frozenset[str]) -> bool:
        """Whether a noun names a source: a listed title, group or organisation word, the same
        with a prefix (« vice-procureur », « ex-ministre »), or a noun of a person's activity
        (« les buralistes »)."""
        words = {noun.lower_, noun.lemma_.lower()}
        words |= {w.rsplit("-", 1)[-1] for w in words if "-" in w}
        return bool(words & source_nouns) or noun.lower_.endswith(self.lex.agent_noun_endings) and bool(self.lex.agent_noun_endings)

    def _after_sentence_connective(self, s_lo: int, i: int) -> bool:
        """Whether only a sentence connective precedes token ``i`` in its sentence (« Mais pour
        X, … », « Cela dit, pour X, … », « À l'inverse, pour X, … »): up to three words and a
        comma, no name, no finite verb, not a noun phrase (« Le gouvernement, pour sa part, … »
        has its own subject), ending with a comma unless they are all adverbs or conjunctions."""
        words = [t for t in self.doc[s_lo:i] if not t.is_space]
        if len(words) > 1 and words[-1].text == "," and self._locution_at(words[0].i, words[-1].i) == words[-1].i - words[0].i:
            return True  # « Cela dit, pour X, … », « Par ailleurs, pour X, … »: a multiword adverb
        if not words or len(words) > 4 or words[0].pos_ in ("DET", "NOUN", "ADJ", "NUM") or any(
            t.pos_ == "PROPN" and not any(ch.isdigit() for ch in t.text) or "Fin" in morph_get(t, "VerbForm", []) or self.mask[t.i] for t in words):
            return False
        return words[-1].text == "," or all(t.pos_ in ("ADV", "CCONJ") for t in words)

    @staticmethod
    def _describing_participle_in_source(verb: Token, preposition: int) -> bool:
        """Whether a verb after « pour » + a noun is a past participle describing that noun
        (« pour les sinistrés réunis en association », « pour un expert interrogé par l'AFP »)."""
        return (
            verb.i > preposition + 1 and verb.pos_ == "VERB" and "Part" in morph_get(verb, "VerbForm", []) and "Past" in morph_get(verb, "Tense", [])
            and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN")
        )

    def _relative_view(self, token: Token, s_lo: int, s_hi: int) -> Attribution | None:
        """« …, d'après la fédération, pour qui c'est la pire saison depuis … »: « pour qui » after a
        source gives that source's view, the relative clause the content and the noun phrase
        before the comma the speaker."""
        doc = self.doc
        i = token.i
        if i + 1 >= s_hi or doc[i + 1].lower_ != "qui" or i - 2 < s_lo or doc[i - 1].text != ",":
            return None
        antecedent = doc[i - 2]
        if antecedent.pos_ not in ("NOUN", "PROPN") or self.mask[antecedent.i]:
            return None
        source = [t for t in antecedent.subtree if s_lo <= t.i < i - 1 and not t.is_punct]
        lo = i + 2
        hi = self._content_end(lo, s_hi)
        if hi - lo < _MIN_CONTENT_TOKENS or not self._has_finite_verb(lo, hi):
            return None
        trimmed = self._trim(lo, hi)
        if trimmed is None:
            return None
        return Attribution(trimmed[0], trimmed[1], "indirect", cue=(token.idx, doc[i + 1].idx + len(doc[i + 1].text)), cue_lemma="pour qui",
                           speaker=self.registry.resolve(source), rule="source+relative", hedged=True)


    def disputed_versions(self) -> list[Attribution]:
        """« Une version que conteste la famille. », « Une hypothèse que rejette la coopérative, qui
        … », « Une critique rejetée par le syndicat. »: a sentence that is only a noun of something
        said or supposed (``dismissed_nouns``) and a relative clause of disputing
        (``version_disputing_verbs``) reports that the relative's subject disputes it; the noun
        phrase is the content, as the object of « X conteste cette version » would be. Not when
        its subject comes before the verb (« une version que les enquêteurs avaient écartée »: a
        narrated step, not a rebuttal); a negated relative (« que nul ne conteste ») reports
        nothing (``acts.is_statement``)."""
        lex = self.lex
        verbs = lex.version_disputing_verbs
        if not verbs:
            return []
        lemmas = lemma_lowers(self.doc)
        out: list[Attribution] = []
        for noun in self.tokens:
            if noun.pos_ != "NOUN" or self.mask[noun.i] or lemmas[noun.i] not in lex.dismissed_nouns:
                continue
            if noun.dep_ != "ROOT" and not (noun.head.i > noun.i and self.mask[noun.head.i]):
                continue  # (before a colon, the parse may hang the noun on a verb of the quotation after it)
            s_lo, _ = self._sentence(noun.i)
            opening = next((t for t in self.doc[s_lo : noun.i] if not t.is_space), None)
            if opening is None or opening.pos_ != "DET" or opening.head.i != noun.i:
                continue  # the noun phrase opens the sentence: « Une version que … »
            for verb in noun.children:
                # (the tagger reads some present tenses as nouns: « que conteste/NOUN la famille »)
                lemma = _present_tense_lemma(verb, verbs) if verb.i > noun.i and verb.dep_ in ("acl:relcl", "acl") else None
                if lemma is None:
                    continue
                after = [c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
                if any(c.i < verb.i and c.lower_ in ("que", "qu'", "qu’") for c in verb.children):
                    # « que conteste X »: the subject after the verb (the parse may call it the object)
                    source = next((c for c in after if c.dep_ in ("nsubj", "obj")), None)
                else:
                    source = next((c for c in after if _is_agent(c)), None)  # « contestée par X »
                if source is None:
                    continue
                hi = noun.i + 1
                while hi < verb.i and self.doc[hi].pos_ == "ADJ" and self.doc[hi].head.i == noun.i:
                    hi += 1  # « Une version officielle que … »
                out.append(Attribution(opening.idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text), "indirect", cue=_chars(verb),
                                       cue_lemma=lemma, speaker=self.registry.resolve(self._agent_phrase(source)),
                                       rule="disputed-version"))
                break
        return out

    def blame_locution_reports(self) -> list[Attribution]:
        """« L'ONG met en cause la marque », « le syndicat pointe du doigt le gestionnaire de la
        voie », « la maire tient l'exploitant pour seul responsable de la pollution »: a locution
        of blame (``blame_locutions``, ``holding_responsible_verbs``) reports its object, whom or
        what the subject publicly blames, up to the end of the statement. Not the passive or
        describing participle (« les élèves mis en cause », « a été pointé du doigt »), which
        names the blamed, not a statement."""
        lex = self.lex
        firsts = frozenset(words[0] for words in lex.blame_locutions) | lex.holding_responsible_verbs
        if not firsts:
            return []
        out: list[Attribution] = []
        initials = tuple({word[0] for word in firsts})  # every form of a verb keeps its first letter (« met », « mis »)
        lowers, tags = lower_forms(self.doc), pos_tags(self.doc)
        for token in self.tokens:
            if not lowers[token.i].startswith(initials) or tags[token.i] not in ("VERB", "NOUN", "ADJ") or self.mask[token.i]:
                continue
            # (the tagger reads some present tenses as nouns: « pointe/NOUN du doigt »)
            lemma = _present_tense_lemma(token, firsts)
            if lemma is None or self._undergone_participle(token):
                continue
            s_hi = self._sentence(token.i)[1]
            found = self._blamed_object(token, lemma, s_hi)
            if found is None:
                continue
            cue_end, lo, hi, cue_lemma = found
            trimmed = self._trim(lo, hi)
            if trimmed is None:
                continue
            subject = self._subject(token)
            if subject is not None and subject.pos_ == "NOUN" and not self._may_speak(subject):
                continue  # « d'autres éléments mettent en cause … »: evidence, not a statement
            speaker = self._speaker_for_cue(token) if subject is not None else self._left_speaker(token)
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=(token.idx, cue_end), cue_lemma=cue_lemma, speaker=speaker,
                                   rule="blame-locution"))
        return out

    def reports_coordinated_after_content(self) -> list[Attribution]:
        """« Elle affirme que A et juge la grève « injustifiée » », « il reconnaît que A, mais
        dément toute volonté de nuire »: a present tense of saying with a noun-phrase object after
        a conjunction that no cue covers (``_present_report_with_object``: the tagger misread
        it, or it opens a locution) ends the content before it (``_content_end``) and is the same
        speaker's next report: its object, up to the end of the statement, with the speaker of the
        report before it in the sentence."""
        if not self.lex.complementizers:
            return []
        out: list[Attribution] = []
        tags, lowers = pos_tags(self.doc), lower_forms(self.doc)
        for k in range(1, len(self.tokens) - 1):
            if tags[k] != "CCONJ" or self.mask[k]:
                continue
            s_lo, s_hi = self._sentence(k)
            m = k + 1
            while m < s_hi and lowers[m] in _NEGATION_AND_CLITICS and tags[m] != "DET" and not self.mask[m]:
                m += 1
            lemma = None if m >= s_hi or self.mask[m] or m in self._cue_set else self._present_report_with_object(m, s_hi)
            if lemma is None:
                continue
            reporter = next((c for c in reversed(self.cues) if s_lo <= c.i < k and self._subject(c) is not None), None)
            if reporter is None:
                continue
            verb = self.tokens[m]
            blamed = self._blamed_object(verb, lemma, s_hi) if lemma in self._blame_verbs else None
            cue_end, lo, hi = (blamed[0], blamed[1], blamed[2]) if blamed is not None else (verb.idx + len(verb.text), m + 1, self._content_end(m + 1, s_hi))
            trimmed = self._trim(lo, hi)
            if trimmed is None:
                continue
            out.append(Attribution(trimmed[0], trimmed[1], "indirect", cue=(verb.idx, cue_end), cue_lemma=lemma, speaker=self._speaker_for_cue(reporter),
                                   rule="coordinated-report"))
        return out

    @staticmethod
    def _undergone_participle(verb: Token) -> bool:
        """A past participle without « avoir » (on itself, or on the verb it is coordinated with:
        « ont porté plainte et mis en cause … »): passive or describing a noun."""
        if "Part" not in morph_get(verb, "VerbForm", []) or "Past" not in morph_get(verb, "Tense", []):
            return False
        bearers = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        return not any(c.dep_.startswith("aux") and c.lemma_.lower() == "avoir" for v in bearers for c in v.children)

    def _blamed_object(self, verb: Token, lemma: str, s_hi: int) -> tuple[int, int, int, str] | None:
        """(end of the cue's characters, first and end token of the blamed phrase, cue lemma) of a
        locution of blame at ``verb``, or None."""
        doc, lex, lowers, tags = self.doc, self.lex, lower_forms(self.doc), pos_tags(self.doc)
        k = self._past_adverbs(verb.i + 1, s_hi)  # also « pointe pour sa part du doigt … » (a listed locution)
        for first, *fixed in lex.blame_locutions:
            n = len(fixed)
            if lemma != first or k + n >= s_hi or any(lowers[k + m] != w for m, w in enumerate(fixed)):
                continue
            start = self._past_adverbs(k + n, s_hi)
            if start >= s_hi or self.mask[start] and not self._opens_quotation(start) or tags[start] not in ("DET", "PROPN", "PUNCT"):
                return None
            hi = self._content_end(start, s_hi)
            # « met en cause l'inaction du collège, a appris l'AFP auprès de … »: a finite verb
            # after a comma is the narrator's incise, not part of the blamed phrase; a participle
            # describes the blamed (« met en cause le sous-traitant, installé à Lille, qui … »)
            hi = next((c for c in range(start + 1, hi - 1) if doc[c].text == "," and tags[c + 1] in ("AUX", "VERB") and "Part" not in morph_values(self.doc, c + 1, "VerbForm")), hi)
            return doc[k + n - 1].idx + len(doc[k + n - 1].text), start, hi, " ".join((first, *fixed))
        if lemma not in lex.holding_responsible_verbs or k >= s_hi or tags[k] not in ("DET", "PROPN"):
            return None
        for p in range(k + 1, min(s_hi, k + _MAX_CUE_GAP * 2)):
            if lowers[p] != "pour":
                continue
            q = p + 1
            while q < s_hi and (doc[q].text in _QUOTE_CHARS or tags[q] == "ADV" or lowers[q] in lex.holding_responsible_modifiers):
                q += 1
            if q >= s_hi or lowers[q] not in lex.holding_responsible_words:
                return None
            end = q + 1
            if end < s_hi and doc[end].text in _QUOTE_CHARS and self.mask[end]:
                end += 1  # « pour « seule responsable » du chaos »
            if end < s_hi and lowers[end].replace("’", "'") in ("de", "d'", "du", "des"):
                end = max(end, self._content_end(end, s_hi))  # what they are held responsible for
            return verb.idx + len(verb.text), k, end, f"{lemma} pour {lowers[q]}"
        return None

def _gerunds_after_sources(analyzer: _Analyzer, indirect: list[Attribution]) -> None:
    """« Selon X, A, tout en ajoutant que B »: a gerund of saying right after a statement a source
    phrase vouches for shares that source (the parse gives it the statement's subject instead)."""
    source_ends = {att.end: att for att in indirect if att.rule == "source" and att.speaker is not None}
    if not source_ends:
        return
    doc = analyzer.doc
    for att in indirect:
        cue = analyzer._char_token(att.cue[0]) if att.cue is not None and att.rule != "source" else None
        if cue is None or cue.i < 2 or doc[cue.i - 1].lower_ != "en":
            continue
        k = cue.i - 2
        while k > 0 and (doc[k].lower_ == "tout" or doc[k].is_punct and doc[k].text not in _QUOTE_CHARS or doc[k].is_space):
            k -= 1
        source = source_ends.get(doc[k].idx + len(doc[k].text))
        if source is not None:
            att.speaker = source.speaker


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _blocks_learned(found: Attribution, start: int, end: int, text: str) -> bool:
    """Whether an attribution already found keeps the learned model's span ``start:end`` out: any
    overlap does, except quoted words embedded in the span's clause (“thousands of shootings”
    after a word of the clause) and lying wholly inside it: the merge in ``analyze`` then makes
    the clause a mixed quote around them, instead of the quoted words alone. A quotation that
    opens its sentence or follows punctuation is a statement of its own and keeps it out."""
    if _overlap((found.start, found.end), (start, end)) == 0:
        return False
    if found.kind != "direct" or not found.quotes or not (start <= found.start and found.end <= end):
        return True
    before = text[: found.quotes[0].outer_start].rstrip()
    return not before or not before[-1].isalnum()


def _agentless_passive_report(doc: Doc, cue: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether a cue is a reporting verb in the passive with no agent ("was accused of",
    "were told"): its subject is who is accused or addressed, and nobody is said to report."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb, lexicon.speech_verbs) is None:
        return False
    if _addressed_in_a_shared_passive(verb, lexicon):
        return True
    passive = "Pass" in morph_get(verb, "Voice", []) or any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)
    return passive and not any(c.dep_ in ("agent", "obl:agent") for c in verb.children) and verb.lemma_.lower() not in lexicon.passive_belief_verbs


def _learned_attributions(analyzer: _Analyzer, model: AttributionModel, known: list[Attribution], *, embedded_quotes: bool = False) -> list[Attribution]:
    """Extra English statements from the learned attribution model (extractor.engines.offline.learned)
    that no rule found; the speaker comes from our own resolution of the model's source span.
    With ``embedded_quotes`` (scopes that count one content per cue), a span holding quoted words
    embedded in its clause is kept (``_blocks_learned``); otherwise any quotation it overlaps keeps
    it out: around quoted words the model mostly finds noun-phrase contents ("described him as
    a “naive” user"), which news statements do not count."""
    doc = analyzer.doc
    out: list[Attribution] = []
    known_spans = Intervals([(a.start, a.end) for a in known])  # only an overlapping one can block
    for predicted in model.predict(doc):
        start, end = predicted.content
        if end - start < 8 and not embedded_quotes or any(
            _blocks_learned(a, start, end, analyzer.text) if embedded_quotes else _overlap((a.start, a.end), (start, end)) > 0
            for a in [known[k] for k in known_spans.overlapping(start, end)] + out
        ):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span if not t.is_punct] if span is not None else []
        short = len(words) < 4 and not any(t.pos_ in ("VERB", "AUX") for t in words)
        if short and not embedded_quotes:
            continue  # "that figure": an anaphoric object, not a statement
        if predicted.cue is not None and _agentless_passive_report(doc, predicted.cue, analyzer.lex):
            continue  # "She was charged with fraud": the subject is the accused, no one reports
        speaker = None
        if predicted.source is not None:
            span = doc.char_span(*predicted.source, alignment_mode="expand")
            if span is not None:
                speaker = analyzer.registry.resolve(list(span))
        cue = predicted.cue
        cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand") if cue is not None else None
        # The cue word's lemma ("called on" → "call"), as the rules record it, so the act's kind reads the same.
        cue_lemma = cue_span[0].lemma_.lower() if cue_span is not None and len(cue_span) else None
        if (speaker is None or not speaker.entities) and cue_span is not None and len(cue_span):
            # No source span from the model: our own reading of the cue's subject.
            verb = cue_span.root
            if verb.pos_ == "ADP" and verb.head.i < verb.i:
                # "spoke about …", "argued for …": the preposition's verb has the subject;
                # "her call for …", "voiced support for …": the noun's owner, or its verb's subject.
                noun = verb.head
                owner = next((c for c in noun.children if c.dep_ == "poss" and not analyzer.mask[c.i]), None) if noun.pos_ == "NOUN" else None
                if owner is not None:
                    speaker = analyzer.registry.resolve(list(owner.subtree), head=owner)
                elif noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                    verb = noun.head
                elif noun.pos_ in ("VERB", "AUX"):
                    verb = noun
            if speaker is None or not speaker.entities:
                speaker = analyzer._speaker_for_cue(verb) if analyzer._subject(verb) is not None else analyzer._left_speaker(verb)
        out.append(Attribution(start, end, "indirect", cue=cue, speaker=speaker, rule=_SHORT_LEARNED if short else "learned", cue_lemma=cue_lemma))
    return out


#: The rule of a clause marked as a view or as hearsay with no source of its own
#: (``_Analyzer.unsourced_views``): attributions scope only.
_UNSOURCED = "unsourced"


#: The rule of a learned span of a few words without a verb ("the meeting", "Keller"), kept in
#: scopes that count one content per cue (PolNeAR annotates noun-phrase contents) when a speech
#: cue reports it ("confirmed the meeting"); after other cues (about, for, know) such a span is
#: mostly a topic the annotators leave out.
_SHORT_LEARNED = "learned+short"


def _finite_clause(verb: Token) -> bool:
    """Whether a verb heads a finite clause: a finite form, or a modal or finite auxiliary on it."""
    return verb.tag_ in _FINITE_VERB_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_VERB_TAGS for c in verb.children)


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Dashes that open and close an aside inside a clause ("the plan -- new roads -- is late").
_ASIDE_DASHES = frozenset({"--", "—", "–"})


def _attributions_without_statement(analyzer: _Analyzer, known: list[Attribution]) -> list[Attribution]:
    """What the attributions scope counts and no statement rule finds: clauses marked as a view or
    as hearsay, the noun objects of verbs of saying, and the topics of stances held ("is an
    opponent of the tax"), where nothing already covers them."""
    return _uncovered(analyzer.unsourced_views() + analyzer.object_topics() + analyzer.stance_predicates(), known)


def _uncovered(views: list[Attribution], known: list[Attribution]) -> list[Attribution]:
    """Unsourced views that no attribution already covers for the most part. They are added after
    the merge so that a report nested in one ("reportedly told aides that …") keeps its own
    content; one the rules or the model already gave (most of) the clause to, or whose cue word
    it already holds, adds nothing."""
    spans = Intervals([(a.start, a.end) for a in known])
    out: list[Attribution] = []
    for view in views:
        length = view.end - view.start
        cue = view.cue[0] if view.cue is not None else view.start
        if any(
            _overlap((known[k].start, known[k].end), (view.start, view.end)) > 0.5 * length or known[k].start <= cue < known[k].end
            for k in spans.overlapping(view.start, view.end)
        ):
            continue
        if any(_overlap((o.start, o.end), (view.start, view.end)) > 0.5 * length for o in out):
            continue
        out.append(view)
    return out


def _lend_cue_and_speaker(clause: Attribution, quotes: list[Attribution]) -> None:
    """A clause that is (almost) one direct quote gives the quote its cue and speaker, unless the
    quote already has a speaker of its own or the cue is one of its quoted words (“I think, knowing
    the rules, it is fair”: the quoted speaker's own verb reports nothing about the quotation)."""
    for quote in quotes:
        if quote.speaker is None and clause.speaker is not None and not _cue_quoted_in(clause, quote):
            quote.speaker = clause.speaker
            quote.cue = clause.cue
            quote.cue_lemma = clause.cue_lemma
            quote.hedged = quote.hedged or clause.hedged
            quote.rule += "+clause"


def _cue_quoted_in(clause: Attribution, quote: Attribution) -> bool:
    """Whether the clause's cue lies between the marks of one of the quote's quotations."""
    return clause.cue is not None and any(q.outer_start <= clause.cue[0] and clause.cue[1] <= q.outer_end for q in quote.quotes)


def analyze(doc: Doc, lexicon: Lexicon, learned: AttributionModel | None = None, scope: str = "statements") -> DocAnalysis:
    """All attributions in a parsed document, merged and in text order, each with its
    ``cue_type``; only those whose cue type ``scope`` admits (cuetypes.SCOPE_CUE_TYPES) are kept, so
    the claims and accusations built from the analysis never cite a dropped one."""
    analyzer = _Analyzer(doc, lexicon)
    direct = analyzer.direct_quotes()
    indirect = analyzer.verb_attributions() + analyzer.source_phrases() + analyzer.accused_participles() + analyzer.headline_source() + analyzer.title_case_headline_report() + analyzer.pull_quotes()
    indirect += analyzer.block_quotes()
    indirect += analyzer.attribute_judgements() + analyzer.passive_statements() + analyzer.unquoted_judgements() + analyzer.copular_utterances()
    indirect += analyzer.verbs_read_as_modifiers()
    # (the coordinated reports first: one that opens a locution of blame knows its speaker)
    indirect += analyzer.disputed_versions() + analyzer.reports_coordinated_after_content() + analyzer.blame_locution_reports()
    signed_statements, signed_ranges = analyzer.signed_boxes()
    indirect += signed_statements
    if lexicon.complementizers:
        _gerunds_after_sources(analyzer, indirect)
    if learned is not None:
        indirect += _learned_attributions(analyzer, learned, indirect + direct, embedded_quotes=scope in ONE_CONTENT_PER_CUE)
    # Before the merge and the speaker chains: a link to another article or a photo caption is
    # not part of the story, and its quotes must not lend their speaker to the next quotation.
    direct = [att for att in direct if not _page_furniture(analyzer.text, att.start, att.end, lexicon) and not _dated_headline(analyzer, att)]
    indirect = [att for att in indirect if not _page_furniture(analyzer.text, att.start, att.end, lexicon)]
    # Out-of-scope clauses go before the merge, so that quoted words inside a belief ("X thinks
    # the plan is « dead »") stay direct quotes instead of vanishing with their clause.
    indirect = [att for att in indirect if _classified_in_scope(att, doc, lexicon, scope) and (att.rule != _SHORT_LEARNED or att.cue_type == "speech")]
    quoted = [(d.start, d.end) for d in direct]
    direct_spans = Intervals(quoted)
    datelines = analyzer.registry.datelines
    for att in indirect:
        _cut_at_sentence_end(att, analyzer.text, lexicon.titles, direct_spans)
        _start_after_dateline(att, datelines)
        if lexicon.complementizers:
            _cut_before_cued_quotation(analyzer.text, att, [direct[k] for k in direct_spans.overlapping(att.start, att.end)])
    # Merge: a clause that is (almost) one direct quote lends it its cue and speaker; a clause
    # that holds quoted words becomes a mixed quote replacing those short direct ones.
    absorbed: set[int] = set()
    kept_indirect: list[Attribution] = []
    indirect.sort(key=lambda a: (a.start, -(a.end - a.start)))
    # Kept clauses that end after the current clause's start: the clauses come in order of start,
    # so one that ends before can overlap no later clause (keeps the check linear in length).
    open_kept: list[Attribution] = []
    seen = 0
    for att in indirect:
        open_kept = [kept for kept in open_kept + kept_indirect[seen:] if kept.end > att.start]
        seen = len(kept_indirect)
        inside = direct_spans.overlapping(att.start, att.end) or (_quotation_before_content(analyzer.text, att, direct) if lexicon.complementizers else [])
        rivals = open_kept if att.end >= att.start else kept_indirect  # a reversed span "overlaps" all
        if any(_overlap((kept.start, kept.end), (att.start, att.end)) > 0.5 * (att.end - att.start) for kept in rivals):
            continue
        if inside:
            covered = sum(_overlap((direct[k].start, direct[k].end), (att.start, att.end)) for k in inside)
            if (
                covered >= 0.6 * (att.end - att.start)
                and not (lexicon.complementizers and _words_outside_quotes(analyzer.text, att, [direct[k] for k in inside]))
                and not _words_between_quotations(analyzer, att, [direct[k] for k in inside])
            ):
                _lend_cue_and_speaker(att, [direct[k] for k in inside])
                continue
            if lexicon.complementizers:
                inside = _quotations_of_the_clause(analyzer.text, att, direct, inside)
            # Mixed: the clause, stretched to hold its quotations whole. Several quoted fragments
            # of one statement ("pour « A » et « B »") stay one mixed quote: the content is
            # annotated once, its quoted words inside it.
            att.start = min(att.start, *(direct[k].start for k in inside))
            att.end = max(att.end, *(direct[k].end for k in inside))
            att.kind = "mixed"
            att.quotes = [q for k in inside for q in direct[k].quotes]
            cued = next((d for d in (direct[k] for k in inside) if d.cue is not None and d.speaker is not None and d.speaker.entities), None)
            if att.rule.startswith("learned") and cued is not None:
                # The model guesses its source; a cue the rules found for the quoted words names it.
                att.speaker, att.cue, att.cue_lemma, att.rule = cued.speaker, cued.cue, cued.cue_lemma, att.rule + "+quoted-cue"
            absorbed.update(inside)
            if _separate_complements(analyzer, [direct[k] for k in inside]):
                # Coordinated complements that each repeat their marker ("accusé X de « A » …,
                # voire de « B »") are statements of their own: one mixed quote per complement.
                for start, end, quotes in _complements(analyzer, [direct[k] for k in inside]):
                    kept_indirect.append(
                        Attribution(start, end, "mixed", cue=att.cue, speaker=att.speaker, hedged=att.hedged,
                                    cue_lemma=att.cue_lemma, quotes=quotes, rule=att.rule + "+fragment",
                                    statement=(att.start, att.end))
                    )
                continue
        kept_indirect.append(att)
    remaining = [d for k, d in enumerate(direct) if k not in absorbed]
    one_content = scope in ONE_CONTENT_PER_CUE
    kept_indirect += _attributions_without_statement(analyzer, kept_indirect + remaining) if one_content else []
    remaining = _transcript_turns(analyzer, _join_interrupted(analyzer, _split_incises(remaining, analyzer.text, whole_sentences=one_content), join_fragments=one_content))
    _inherit_speakers(analyzer, remaining, kept_indirect)
    _sign_boxes(remaining, signed_ranges)
    _sign_quotations(analyzer, remaining)
    fill_french_speakers(analyzer.registry, remaining + kept_indirect)
    remaining = [d for d in remaining if _keep_direct(analyzer, d)]
    nearer_french_speakers(analyzer.registry, remaining + kept_indirect, [d for d in remaining if d.rule.endswith("+governing-cue")])
    # After the filter: a quotation kept on its own merits gets the speaker, none is kept for it.
    _continue_the_report_before(analyzer, remaining, kept_indirect)
    if scope in ONE_CONTENT_PER_CUE:
        remaining = _join_around_cue(analyzer, remaining, kept_indirect)
    remaining += _nested_cued_quotations(analyzer, remaining)
    remaining = remaining if one_content else _paragraph_quotes(remaining)
    # Classified again at the end: a direct quote may have taken a cue from its clause or its
    # governing verb since.
    attributions = sorted(
        (a for a in _outside_embedded_elements(analyzer.text, remaining + kept_indirect) if _classified_in_scope(a, doc, lexicon, scope) and (scope != "statements" or is_statement(a, doc, lexicon))),
        key=lambda a: (a.start, a.end),
    )
    if lexicon.language == "en":
        _name_the_opening_description(analyzer.registry, attributions)
    else:
        name_french_titled_descriptions(analyzer.registry, attributions)
    return DocAnalysis(doc, analyzer.text, analyzer.tokens, attributions, analyzer.registry)


def _outside_embedded_elements(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions outside the elements of markup an article embeds (a post shown as it
    was published, <tweet …>…</tweet>): the page displays the post, the article reports none of
    its words, and annotators leave them out; the article's own account of the post ("she
    tweeted that …") stays."""
    if "<" not in text:
        return attributions
    elements = Intervals([m.span() for m in _EMBEDDED_ELEMENT.finditer(text)])
    return [a for a in attributions if elements.first_containing(a.start) is None]


def _sign_quotations(analyzer: _Analyzer, direct: list[Attribution]) -> None:
    """A quotation without a cue that a signature follows on its line (“…” ― Ana Ruiz) is the
    signer's, whatever speaker the quotation before passed on."""
    for att in direct:
        if att.cue is None and att.quotes:
            signer = analyzer.signature_after(att.quotes[-1].outer_end)
            if signer is not None:
                att.speaker, att.rule = signer, att.rule + "+signature"


def _sign_boxes(direct: list[Attribution], signed: list[tuple[int, int, SpeakerRef]]) -> None:
    """Quotations without a cue inside a signed box (_Analyzer.signed_boxes) are the signer's,
    whatever speaker the quotation before passed on (set before the French fallbacks, which
    keep a speaker they did not pass on themselves)."""
    for lo, hi, signer in signed:
        for att in direct:
            if att.cue is None and lo <= att.start and att.end <= hi:
                att.speaker, att.rule = signer, att.rule + "+signed"


#: How many statements, from the article's first, may open it by a description (headline, lede).
_OPENING_STATEMENTS = 2


def _name_the_opening_description(registry: SpeakerRegistry, attributions: list[Attribution]) -> None:
    """A news lede often gives its first source by a description and names them in the next
    sentence ("A Vancouver hockey coach says … / Jane Roe said …"): the first statement's
    described speaker, and every statement given to that description, is the person named.
    A description no next sentence names ("Union chief says …" over a story quoting Ana Roe
    throughout) is the person the article goes on quoting (`principal_person_for_description`)."""
    # A headline before the lede may restate it with a description of its own ("Flood
    # victim's lawyer reveals …"): the descriptions before the first named speaker are tried in
    # turn, the headline's and the lede's.
    person = None
    described_first: SpeakerRef | None = None
    for first in [a for a in attributions if a.speaker is not None and a.speaker.entities][:_OPENING_STATEMENTS]:
        if first.speaker is None or first.speaker.named or first.cue_type != "speech":
            break
        described_first = described_first or first.speaker
        person = registry.person_named_after_description(first.speaker)
        if person is not None:
            described_first = first.speaker
            break
    if person is None and described_first is not None:
        statements = Counter(
            a.speaker.entities[0].name for a in attributions
            if a.speaker is not None and a.speaker.named and len(a.speaker.entities) == 1 and a.speaker.entities[0].kind == "person"
        )
        person = registry.principal_person_for_description(described_first, statements)
    if person is None or described_first is None:
        return
    described = described_first.entities[0]
    for att in attributions:
        ref = att.speaker
        if ref is not None and ref.entities == (described,):
            att.speaker = SpeakerRef((person,), ref.start, ref.end)
            att.rule += "+named-next"


#: A paragraph of sentences signed by a name ("… on their doors. Jane Doe, Rentals Inc."): at
#: most eight capitalised words after the last sentence end (``_Analyzer.pull_quotes``).
#: A signature on a line of its own under a box of quoted words: « — Jean Roy, maire de Lyon ».
_SIGNATURE_LINE = re.compile(r"(?m)^[ \t]*[—–][ \t]*(?P<name>[A-ZÉÈÀÂÎÔ][^\n.!?«»“”\"]{1,118}?)[ \t]*$")
_ENGLISH_SIGNATURE_LINE = re.compile(r"(?m)^[ \t]*[—–-][ \t]*(?P<name>[A-Z][^\n.!?“”\"]{1,118}?)\.?[ \t]*$")
_SIGNED_PARAGRAPH = re.compile(
    r"\s*(?P<statement>[^\n]*[.!?][\"”’]?)\s+(?P<name>[A-Z][\w’'.-]*(?:,? [A-Z][\w’'.-]*){1,7})\s*"
)
#: The end of a photo caption: the rest of the span's sentence (a sentence end must come
#: before the credit unless nothing does), then the credit: "(Jane Doe/Reuters)",
#: "( Jane Doe / The Star )", "Jane Doe/THE CANADIAN PRESS", "AGENCY/AFP/Getty Images" —
#: capitalised names on both sides of a slash, no digits (a link or a date is not a credit).
_CREDIT_NAME = r"[A-Z][^\W\d_]*\.?(?:[ '’-]+(?:[A-Z][^\W\d_]*\.?|and|of|de|du|la|le))*"
_CAPTION_END = re.compile(
    r"(?:[^.!?\n]{0,200}?[.!?][\"”’']?)?\s*"
    rf"(?:\(\s*{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME})+\s*\)|{_CREDIT_NAME}(?:\s?/\s?{_CREDIT_NAME})+)"
    r"\s*\.?\s*$"
)
_LINK_LABEL = re.compile(r"\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:")


def _quotation_before_content(text: str, clause: Attribution, direct: list[Attribution]) -> list[int]:
    """« L'ONU a condamné « avec la plus grande fermeté » cette attaque »: quoted words between a
    reporting verb and its content, with nothing but their closing mark before it, belong to that
    content (one mixed statement): the index of that quotation, if any."""
    if clause.cue is None:
        return []
    cue_end = clause.cue[1]
    edge = " \u00a0\u202f" + "".join(_QUOTE_CHARS)
    return [k for k, d in enumerate(direct) if cue_end <= d.start and d.end <= clause.start and not text[d.end : clause.start].strip(edge)][:1]


def _quotations_of_the_clause(text: str, clause: Attribution, direct: list[Attribution], inside: list[int]) -> list[int]:
    """« J'ai vu des « A » , « B » »: a quotation that follows another with only punctuation
    between is a statement of its own, not more of the clause's words; the clause ends with the
    quotation before it, and the later ones stay direct quotes."""
    ordered = sorted(inside, key=lambda k: direct[k].start)
    for n in range(1, len(ordered)):
        gap = text[direct[ordered[n - 1]].end : direct[ordered[n]].start]
        if not any(ch.isalnum() for ch in gap) and not text[direct[ordered[n]].end : clause.end].strip(" \u00a0\u202f»”\".,;"):
            clause.end = min(clause.end, direct[ordered[n - 1]].end)
            return ordered[:n]
    return inside


def _words_outside_quotes(text: str, clause: Attribution, quoted: list[Attribution]) -> bool:
    """Whether a French clause holds words of its own right beside one of its quotations, with
    no punctuation between (« demande que les radars « soient … » », « vouloir « … » »): then it
    is one mixed statement, however short the unquoted part. Words set off by a comma (« selon
    lui, « … » ») are a source or a frame around a direct quote, not its clause."""
    edge = "".join(_QUOTE_CHARS) + " \u00a0\u202f\t\n"
    for q in quoted:
        before = text[clause.start : max(clause.start, q.start)].rstrip(edge)
        after = text[min(clause.end, q.end) : clause.end].lstrip(edge)
        # « qu'« … » »: the complementizer alone before the quotation is no word of the clause.
        elided = before[-1:] in ("'", "’") and before[:-1].strip().lower() not in ("qu", "que", "")
        if not after and _ATTRIBUTE_MARKER.fullmatch(before):
            continue  # « qualifie d'« héroïque » », « considère comme « politisé » »: the quotation is the attribute
        if before and (before[-1].isalnum() or elided) or after and after[0].isalnum():
            return True
    return False


def _words_between_quotations(analyzer: _Analyzer, clause: Attribution, quoted: list[Attribution]) -> bool:
    """Whether a clause joins two of its quotations with words of its own ("‘Images’ Have ‘No
    Place’", "“Instead of reassuring Americans,” Obama “opted for a takedown.”"): a verb or a
    subject between them belongs to one statement that quotes both, one mixed quote, however
    much of it is quoted. A verb of saying between them, the clause's cue or another ("“A,” she
    said, “B”", "“A,” adding, “B”"), splits two direct quotes."""
    ordered = sorted(quoted, key=lambda q: q.start)
    for first, second in zip(ordered, ordered[1:]):
        between = analyzer.doc.char_span(first.end, second.start, alignment_mode="contract")
        words = [t for t in between or () if t.is_alpha]
        if words and not any(t.pos_ in ("VERB", "AUX") and verb_lemma(t, analyzer.lex.speech_verbs) is not None for t in words):
            return True
    return False


# What introduces a quoted attribute with no word of the clause's own (« d'« héroïque » »,
# « comme « politisé » », « comme une « jumelle … » »).
_ATTRIBUTE_MARKER = re.compile(r"(?i)(?:d['’]|de|comme(?: une?| des)?)")


def _page_furniture(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a span lies in what a news page adds around the story: a line that links to
    another article under a label ("READ MORE: Minister says …", "WATCH: …"), or a photo caption,
    the sentence that its credit follows ("The mayor said the plan works. (Jane Doe/Reuters)").
    Both copy other texts' headlines and sentences; the story's annotators skip them."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    label = _LINK_LABEL.match(text, line_start, line_end)
    if label is not None and label.group(1).lower().replace("’", "'") in lexicon.link_labels:
        return True
    return _CAPTION_END.match(text[end:line_end]) is not None


# « Page actualisée : 23 mars 2016 — « … » »: a label, a date (and the hour it may give: « , 9 h 05 »)
# and a dash before a quotation that ends its line.
_DATED_LINE_PREFIX = re.compile(r"[^\n«»\"“”]{0,60}:[^\n«»\"“”]*\d{4}(?:\s*,\s*\d{1,2}\s*h\s*\d{0,2})?\s*[—–]\s*[«\"“]\s*$")
_LINE_REST = re.compile(r"\s*[»\"”]?\s*$")


def _dated_headline(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation is the headline a dated page banner quotes (« Page actualisée : 4 mai
    2019 — « Incendie : le suspect identifié » »): the title of an article, nobody's words,
    unless a reporting verb in it says whose they are (« X appelle Y à … »)."""
    text = analyzer.text
    line_start = text.rfind("\n", 0, att.start) + 1
    line_end = text.find("\n", att.end)
    line_end = len(text) if line_end < 0 else line_end
    if not _DATED_LINE_PREFIX.fullmatch(text, line_start, att.start) or not _LINE_REST.fullmatch(text, att.end, line_end):
        return False
    span = analyzer.doc.char_span(att.start, att.end, alignment_mode="expand")
    return span is not None and not any(_is_cue(t, analyzer.lex) for t in span)


def _separate_complements(analyzer: _Analyzer, fragments: list[Attribution]) -> bool:
    """Whether quoted fragments of one clause sit in coordinated complements that each repeat
    their own marker: the word that introduces the first fragment's complement ("de", "que",
    "to") comes again right after a coordinating conjunction before the next fragment
    ("de « protéger » les auteurs, voire de leur « donner … »"). Plain coordination of the quoted
    words ("pour « A » et « B »") is one complement."""
    tokens = analyzer.tokens
    for first, second in zip(fragments, fragments[1:]):
        opening = analyzer._char_token(first.start)
        following = analyzer._char_token(second.start)
        if opening is None or following is None:
            continue
        marker = next((t for t in reversed(tokens[: opening.i]) if not t.is_punct and not t.is_space), None)
        if marker is None or marker.pos_ not in _MARKER_POS:
            continue
        gap = [t for t in tokens[opening.i : following.i] if t.idx >= first.end and not t.is_punct and not t.is_space]
        if any(
            (t.dep_ == "cc" or t.pos_ == "CCONJ") and nxt.lower_.translate(_APOSTROPHES) == marker.lower_.translate(_APOSTROPHES)
            for t, nxt in zip(gap, gap[1:])
        ):
            return True
    return False


def _complements(analyzer: _Analyzer, fragments: list[Attribution]) -> list[tuple[int, int, list[QuoteSpan]]]:
    """The quoted fragments of ``_separate_complements`` grouped by complement: a fragment opens a
    new one after a conjunction and a repeated marker; one after « et que » starts with the first
    word of its clause (« a ajouté que « A » et que sa femme travaillait « depuis toujours » »),
    and quoted words with no marker between them stay in one complement (« et qu'il « B » « C » »).
    Character spans, with their quotations."""
    tokens = analyzer.tokens
    groups: list[tuple[int, int, list[QuoteSpan]]] = []
    for fragment in fragments:
        opening = analyzer._char_token(fragment.start)
        previous_end = groups[-1][1] if groups else -1
        gap = [t for t in tokens[: opening.i] if t.idx >= previous_end and not t.is_punct and not t.is_space] if opening is not None and groups else []
        pairs = [(t, nxt) for t, nxt in zip(gap, gap[1:]) if t.dep_ == "cc" or t.pos_ == "CCONJ"]
        if groups and not pairs:
            start, _, quotes = groups.pop()
            groups.append((start, max(fragment.end, previous_end), quotes + list(fragment.quotes)))
            continue
        start, end = fragment.start, fragment.end
        marker = pairs[-1][1] if pairs else None
        if marker is not None and marker.lower_.translate(_APOSTROPHES) in ("que", "qu'") and opening is not None and marker.i + 1 < opening.i - 1:
            start = tokens[marker.i + 1].idx  # the clause's own words before its quotation
            rest = analyzer.text[end:]
            if rest.lstrip()[:1] in _QUOTE_CHARS:
                end += len(rest) - len(rest.lstrip()) + 1  # with the quotation's closing mark
        groups.append((start, end, list(fragment.quotes)))
    return groups


def _classified_in_scope(attribution: Attribution, doc: Doc, lexicon: Lexicon, scope: str) -> bool:
    attribution.cue_type = classify_attribution(attribution, doc, lexicon)
    return in_scope(attribution.cue_type, scope)


def _split_incises(direct: list[Attribution], text: str, *, whole_sentences: bool = False) -> list[Attribution]:
    """« A, a dit X. B » : two statements (A, then B), both X's; the incise is not quoted words.
    « A, a dit X, B » is two spans too, except with ``whole_sentences`` (scopes that count one
    content per cue), where the interrupted sentence stays one quote."""
    out: list[Attribution] = []
    for att in direct:
        if att.split_at is None or whole_sentences and text[att.split_at[0] : att.split_at[1]].rstrip().endswith(","):
            att.split_at = None
            out.append(att)
            continue
        first_end, second_start = att.split_at
        second = Attribution(second_start, att.end, att.kind, cue=att.cue, speaker=att.speaker, hedged=att.hedged, cue_lemma=att.cue_lemma, quotes=att.quotes, rule=att.rule + "+second")
        att.end, att.split_at = first_end, None
        out.extend([att, second])
    return out


def _join_interrupted(analyzer: _Analyzer, direct: list[Attribution], *, join_fragments: bool = True) -> list[Attribution]:
    """One quotation reopened over several paragraphs is one quote. With ``join_fragments``
    (scopes that count one content per cue): “This is not about politics,” Okafor said, “it is
    about whether the wall holds.”, a quotation that resumes in lower case after its attribution
    finishes the same sentence, is one statement too; the quote then spans both parts (the
    attribution between them included), which keeps ``text == article[start:end]``. News
    statements (GGT, the French guidelines) count the two fragments as two quotes."""
    text = analyzer.text
    out: list[Attribution] = []
    for att in direct:
        previous = out[-1] if out else None
        if previous is not None and att.quotes[0].continued and not previous.quotes[-1].closed:
            # One quotation over several paragraphs (the English convention reopens the marks);
            # news statements count its paragraphs apart once it has a speaker (``_paragraph_quotes``).
            previous.end = att.end
            previous.quotes = previous.quotes + att.quotes
            previous.rule += "+paragraphs"
            if previous.speaker is None and att.speaker is not None and text[att.quotes[0].outer_start] == "«":
                # « A (paragraph) « B », a ajouté X »: when nothing before it says whose the
                # quotation is (``_inherit_speakers``), the incise after its last paragraph does
                # (guillemets only: mispaired English marks make false paragraph quotations).
                previous.closing = att
            continue
        if (
            join_fragments
            and previous is not None
            and previous.cue is not None
            and (att.cue is None or att.cue == previous.cue)
            and text[previous.end - 1 : previous.end] == ","
            and text[att.start : att.start + 1].islower()
            and previous.quotes[-1].outer_end <= previous.cue[0]
            and "\n" not in text[previous.end : att.start]
            and att.start - previous.end < 120
            and not _ends_a_sentence(text[previous.quotes[-1].outer_end : att.quotes[0].start], analyzer.lex.titles)
        ):
            previous.end = att.end
            previous.quotes = previous.quotes + att.quotes
            previous.rule += "+joined"
            continue
        out.append(att)
    return out


def _links_verbs(token: Token) -> bool:
    """Whether a word is a conjunction coordinating verbs ("… and said"), not names ("A and B said")."""
    return token.dep_ == "cc" and token.head.pos_ in ("VERB", "AUX")


def _paragraph_quotes(direct: list[Attribution]) -> list[Attribution]:
    """News statements (GGT, the extra sets, the French guidelines) count each paragraph of a
    quotation over several paragraphs (joined by ``_join_interrupted`` so that its speaker is
    found once) as a quote of its own, with the whole quotation's speaker and cue. A transcript's
    turn (``_transcript_turns``) stays whole: its paragraphs are one speaker's turn, which its
    label opens."""
    out: list[Attribution] = []
    for att in direct:
        starts = [k for k, quote in enumerate(att.quotes) if k and quote.continued]
        if not starts or "+transcript" in att.rule:
            out.append(att)
            continue
        bounds = list(zip([0, *starts], [*starts, len(att.quotes)], strict=True))
        for first, last in bounds:
            quotes = att.quotes[first:last]
            # (The first paragraph may begin after an incise inside it, the last end before one.)
            start = att.start if first == 0 else quotes[0].start
            end = att.end if last == len(att.quotes) else quotes[-1].end
            out.append(replace(att, start=start, end=end, quotes=quotes, rule=att.rule + "+paragraph-part"))
    return out


#: A speaker's label opening a transcript paragraph: one to three words in capitals and a colon
#: ("SMITH: …", "MARY SMITH: …").
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \u00a0]+(?=\S)")


def _transcript_turns(analyzer: _Analyzer, direct: list[Attribution]) -> list[Attribution]:
    """A transcript quoted over several paragraphs ("“SMITH: … ¶ “JONES: …") is a dialogue, not
    one statement: each paragraph that opens with a speaker's label in capitals starts that
    speaker's turn (the label's colon is its cue), and the turn runs to the next label. A label
    reads as a speaker when its last word is part of a person's name in the article, and the
    quotation is a dialogue when two such speakers take turns in it (a section label such as
    "UPDATE:" names no one). A stage direction between turns ("(APPLAUSE)") is no one's words."""
    text = analyzer.text
    people: set[str] | None = None  # (the words of the people's names, read once a label is met)
    out: list[Attribution] = []
    for att in direct:
        labels = [_TRANSCRIPT_LABEL.match(text, quote.start) for quote in att.quotes]
        if labels.count(None) > len(labels) - 2:
            out.append(att)  # (fewer than two labels: no dialogue, as below)
            continue
        if people is None:
            people = {t.lower_ for ent in analyzer.doc.ents if ent.label_ in ("PERSON", "PER") for t in ent}
        speaking = [m if m is not None and m.group(1).split()[-1].lower() in people else None for m in labels]
        if len({m.group(1) for m in speaking if m is not None}) < 2:
            out.append(att)
            continue
        turn: Attribution | None = None
        for quote, label in zip(att.quotes, speaking):
            if label is not None:
                turn = Attribution(label.end(), quote.end, "direct", cue=(label.end(1), label.end(1) + 1), cue_lemma=":", quotes=[quote], rule=att.rule + "+transcript")
                # The label is the person's name in capitals: a surname stands for the full name.
                speaker = analyzer.registry.person(label.group(1).title())
                speaker.add_mention(label.start(1), label.end(1))
                turn.speaker = SpeakerRef((speaker,), label.start(1), label.end(1), named=True)
                out.append(turn)
            elif turn is None:
                # Words quoted before the first label: a quote of their own.
                turn = Attribution(quote.start, quote.end, att.kind, cue=att.cue, speaker=att.speaker, hedged=att.hedged, cue_lemma=att.cue_lemma, quotes=[quote], rule=att.rule)
                out.append(turn)
            elif not text[quote.start : quote.end].startswith("("):
                turn.end = quote.end
                turn.quotes.append(quote)
    return out


_SENTENCE_END = re.compile(r"(\S*)([.!?])\s+[\"“«]?[A-Z]")


def _sentence_ends(gap: str, titles: frozenset[str]) -> Iterator[int]:
    """Offsets in ``gap`` of the marks that end a sentence there: a period, question or
    exclamation mark before a capital, unless the period closes an abbreviation (a listed title
    such as "Dr.", an initial, a short capitalised word: "St.")."""
    for match in _SENTENCE_END.finditer(gap):
        word, mark = match.group(1).lstrip("(\"“"), match.group(2)
        abbreviation = mark == "." and (f"{word.lower()}." in titles or len(word) <= 3 and word[:1].isupper())
        if not abbreviation:
            yield match.start(2)


def _ends_a_sentence(gap: str, titles: frozenset[str]) -> bool:
    """Whether a sentence ends inside ``gap`` ("…," said Mary Brown. Tom Green called it "a betrayal.")."""
    return next(_sentence_ends(gap, titles), None) is not None


def _start_after_dateline(att: Attribution, datelines: list[tuple[int, int]]) -> None:
    """A clause taken from the start of a wire story's first sentence (« PARIS (AFP) - Le
    groupe a annoncé X, a indiqué Y ») starts after the dateline: the place, date and agency
    are the wire's, not what the source said."""
    for lo, hi in datelines:
        if lo <= att.start < hi < att.end:
            att.start = hi
            return


def _cut_at_sentence_end(att: Attribution, text: str, titles: frozenset[str], quoted: Intervals) -> None:
    """A reported clause ends with its sentence: the parser sometimes runs a sentence on past
    "3 a.m. Investigators believe …", and the clause with it. Marks inside quotations do not count.
    A block quote is a passage: all its sentences were said."""
    if att.rule == _BLOCK_QUOTE:
        return
    ends = [att.start + offset for offset in _sentence_ends(text[att.start : att.end], titles)]
    ends = [end for end in ends if quoted.first_containing(end) is None]
    if ends and att.cue is not None and att.cue[0] >= att.end and text[att.end : att.cue[0]].lstrip().startswith(","):
        # « A. B, selon X » / "A. B, police said": a clause set off before its cue is the
        # sentence the cue closes, the last one.
        start = ends[-1] + 1
        while start < att.end and text[start].isspace():
            start += 1
        if att.end - start >= 10:
            att.start = start
        return
    if ends and ends[0] - att.start >= 10:
        att.end = ends[0]


def _english_passive_agent(verb: Token) -> Token | None:
    """The agent of an English passive: "was told by X"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _tense_auxiliary(verb: Token) -> str | None:
    """The form of the auxiliary that marks a verb's tense (« a », « avait », "has"), if any."""
    return next((c.lower_ for c in verb.children if c.dep_ in ("aux", "aux:tense") and c.i < verb.i), None)


def _shares_head_subject(verb: Token, finite: bool) -> bool:
    """Whether a verb without a subject of its own has its head's: "X went on to say", "X said
    ... and added", "…, adding that" share X; so does an infinitive the parse set apart from its
    verb at a quotation mark (« X refuse de se « laisser abattre » … et annonce … »)."""
    if verb.head.i == verb.i:
        return False
    return (
        verb.dep_ == "conj" or verb.dep_ in ("xcomp", "advcl", "acl") and not finite or verb.dep_ == "parataxis" and "Inf" in morph_get(verb, "VerbForm", [])
        or _list_item_read_as_adjunct(verb)
    )


_PAST_TAGS = frozenset({"VBD", "VBN"})


def _list_item_read_as_adjunct(verb: Token) -> bool:
    """(English) "X has mocked a reporter, referred to them as … and called him …": a verb of the
    same form as its head, after a comma, with no subject or conjunction of its own, is the next
    item of a list of the subject's deeds the parse hung on the first as an adjunct."""
    head = verb.head
    return (
        verb.dep_ == "advcl" and head.i < verb.i
        and (verb.tag_ == head.tag_ == "VBZ" or verb.tag_ in _PAST_TAGS and head.tag_ in _PAST_TAGS)  # ("has mocked …, referred": the tagger may read either past)
        and verb.i > 0 and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _cut_before_cued_quotation(text: str, att: Attribution, inside: list[Attribution]) -> None:
    """(French) « X a expliqué que A « B » a-t-il ajouté »: a quotation inside a reported clause that opens
    a sentence of its own (capital first letter) and has its own reporting verb after it is a new
    statement, even when no period separates it from the clause; the clause ends before it, so
    that the two stay an indirect and a direct quote instead of one mixed span over both cues."""
    for quotation in sorted(inside, key=lambda d: d.start):
        if quotation.cue is None or quotation.cue == att.cue or not quotation.rule.startswith("quote+cue-after") or not quotation.quotes:
            continue
        opening = quotation.quotes[0].outer_start
        first_letter = next((ch for ch in text[quotation.start : quotation.end] if ch.isalpha()), "")
        if not att.start < opening < att.end or not first_letter.isupper() or not att.start <= quotation.cue[0] < att.end + 40:
            continue
        before = text[att.start : opening].rstrip(" \u00a0\u202f\t\n,;:")
        if len(before.split()) >= 3:
            att.end = att.start + len(before)
            return


def _join_around_cue(analyzer: _Analyzer, direct: list[Attribution], others: list[Attribution]) -> list[Attribution]:
    """“The bridge will hold,” Ortiz said on Monday. “We checked every bolt.”: one attribution
    where a scope counts one content per cue (``acts.ONE_CONTENT_PER_CUE``). The quotation that
    follows the cue's sentence has no cue of its own and continues the statement the cue
    introduced, so both quotations are one content, spanning the cue between them (as
    ``_join_interrupted`` does within a sentence). Not across a paragraph break, and not when
    another attribution sits between them (the cue sentence then reports something else too)."""
    text = analyzer.text
    out: list[Attribution] = []
    for att in direct:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == att.kind == "direct"
            and previous.cue is not None
            and previous.quotes[-1].outer_end <= previous.cue[0] < att.quotes[0].outer_start
            and (att.cue is None or att.cue == previous.cue)
            and "\n" not in text[previous.end : att.start]
            and att.start - previous.end < _MAX_JOIN_GAP
            and not any(previous.end <= other.start < att.start for other in others)
        ):
            previous.end = att.end
            previous.quotes = previous.quotes + att.quotes
            previous.rule += "+around-cue"
            continue
        out.append(att)
    return out


def _inherit_speakers(analyzer: _Analyzer, direct: list[Attribution], reported: Iterable[Attribution] = ()) -> None:
    """A quotation with no cue of its own continues the statement before it, in its paragraph or
    the one before: a second paragraph of quotation after “…,” she said, or a quotation after
    "X said that …". A person named as a clause subject after that statement and before the
    quotation is who the quotation belongs to instead ("Okafor did not need much persuading.
    “I'm thankful …”"), and is the speaker too when no statement comes before it."""
    text = analyzer.text
    registry = analyzer.registry
    reported = sorted((a for a in reported if a.speaker is not None and a.speaker.entities), key=lambda a: a.end)
    k = 0
    previous: Attribution | None = None  # the last attributed statement before the current quote
    last_quoted: Attribution | None = None
    previous_end = 0
    cue_sentence_end = 0  # where the sentence of the cue after the quotation before ends
    for att in direct:
        opening = att.quotes[0].outer_start
        while k < len(reported) and reported[k].end <= opening:
            if reported[k].end > previous_end and reported[k].start >= cue_sentence_end:
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
            elif previous is not None and _after_interlude(text, previous, previous_end, lo, opening):
                gap_lo = lo
            else:
                previous, gap_lo = None, lo
            if previous is not None:
                gap_lo = max(gap_lo, min(cue_sentence_end, opening) if previous is last_quoted else 0)
            subject = registry.last_subject_between(gap_lo, opening)
            if subject is not None and (previous is None or previous.speaker is None or subject.entities[0] not in previous.speaker.entities):
                att.speaker = subject
                att.rule += "+topic"
            elif previous is not None:
                att.speaker = previous.speaker
                att.rule += "+continued"
        if att.speaker is None and att.closing is not None:
            closing = att.closing
            att.speaker, att.cue, att.cue_lemma, att.hedged, att.rule = closing.speaker, closing.cue, closing.cue_lemma, closing.hedged, att.rule + "+closing-cue"
        if att.speaker is not None and att.speaker.entities:
            previous, previous_end = att, att.quotes[-1].outer_end
            last_quoted, cue_sentence_end = att, _end_of_the_cue_sentence(analyzer, att)


_INNER_CLOSINGS = {"«": "»", "“": "”"}


def _nested_cued_quotations(analyzer: _Analyzer, direct: list[Attribution]) -> list[Attribution]:
    """« « Je suis sortie. Un gardien a crié : « tous dehors » », raconte une employée », « « Il est
    entré en hurlant « rendez-moi l'argent » et a tout cassé » »: words quoted inside a quotation
    right after a verb of saying (a colon aside) are the words of that verb's subject, a quotation
    of their own besides the one around them (the quotation finder keeps only the outermost).
    French only: English quotes within quotes mostly cite a text or a title."""
    text, lex = analyzer.text, analyzer.lex
    if not lex.complementizers:
        return []
    verbs = lex.speech_verbs | lex.outcry_verbs
    out: list[Attribution] = []
    for att in direct:
        if att.kind != "direct":
            continue
        k = att.start
        while (k := min((j for j in (text.find(mark, k + 1, att.end) for mark in _INNER_CLOSINGS) if j >= 0), default=-1)) >= 0:
            close = text.find(_INNER_CLOSINGS[text[k]], k + 1, att.end + 1)
            if close < 0:
                break
            lo, hi = k + 1, close
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            opening = analyzer._char_token(k)
            before = [t for t in analyzer.tokens[max(0, opening.i - 3) : opening.i] if t.idx >= att.start] if opening is not None else []
            verb = next((t for t in reversed(before) if t.text != ":" and not t.is_space), None)
            if verb is not None and verb.pos_ == "VERB" and verb_lemma(verb, verbs) is not None and hi > lo:
                out.append(Attribution(lo, hi, "direct", cue=_chars(verb), cue_lemma=verb_lemma(verb, verbs), speaker=_quoted_subject(analyzer, verb),
                                       quotes=[QuoteSpan(lo, hi, k, close + 1)], rule="nested-quote"))
            k = close
    return out


def _quoted_subject(analyzer: _Analyzer, verb: Token) -> SpeakerRef | None:
    """Who a noun subject of a verb inside a quotation names (« Un gardien a crié … »): the
    speaker rules skip quoted words, so the verb's own subject is read and resolved as quoted
    words; a pronoun there stands for someone only the quoted speaker knows."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return analyzer.registry.resolve(analyzer._phrase(subject), head=subject, quoted=True)


def _end_of_the_cue_sentence(analyzer: _Analyzer, previous: Attribution) -> int:
    """Where the sentence of the cue after a quotation ends: a clause hung on that cue (“…,” Reed
    said at the rally, an hour after the networks named him the winner. “…”) belongs to
    that attribution, and neither a subject named in it nor a report inside it takes the next
    quotation. 0 when the cue is not after the quotation."""
    cue = previous.cue
    if cue is None or cue[0] < previous.end or "\n" in analyzer.text[previous.end : cue[0]]:
        return 0
    token = analyzer._char_token(cue[0])
    if token is None:
        return 0
    hi = analyzer._sentence(token.i)[1]
    return analyzer.tokens[hi - 1].idx + len(analyzer.tokens[hi - 1])


def _continue_the_report_before(analyzer: _Analyzer, direct: list[Attribution], reported: list[Attribution]) -> None:
    """A quotation left without a speaker inside a sentence, in the sentence right after a report
    and in its paragraph, carries that report on: « Le bilan est de trois morts, selon le préfet.
    La cause serait « une erreur de signalisation » » — the quoted words are the préfet's. Only the
    next sentence, only when no one else is named as a subject before the quotation, and only for
    quoted words long enough to be said words rather than a term (``_reads_as_statement`` already
    hands the quotations that open a sentence to ``_inherit_speakers``)."""
    text = analyzer.text
    statements = sorted((a for a in direct + reported if a.speaker is not None and a.speaker.entities), key=lambda a: a.end)
    for att in direct:
        if att.speaker is not None or att.closing is not None or len(text[att.start : att.end].split()) < 3:
            continue
        opening = att.quotes[0].outer_start
        token = analyzer._char_token(opening)
        if token is None or _named_by_preceding_word(analyzer, att) or _title_cased(analyzer, att):
            continue
        # Sentences by punctuation: the statistical splitter may cut at the opening mark.
        s_lo = analyzer._sentence(token.i)[0]
        if s_lo == 0:
            continue
        sentence_start, before_start = analyzer.tokens[s_lo].idx, analyzer.tokens[analyzer._sentence(s_lo - 1)[0]].idx
        report = next((a for a in reversed(statements) if a.end <= opening), None)
        if (
            report is None
            or not before_start <= report.end <= sentence_start
            or "\n" in text[report.end : opening]
            or analyzer.registry.last_subject_between(sentence_start, opening) is not None
            or _person_in_view(analyzer, max(report.end, sentence_start), opening)
            or not _said_as_a_sentence(analyzer, att)
        ):
            continue
        att.speaker, att.rule = report.speaker, att.rule + "+report-continued"


def _person_in_view(analyzer: _Analyzer, lo: int, hi: int) -> bool:
    """Whether a person is mentioned in characters [lo, hi) outside quotations (a name, or a
    personal pronoun: « She gives credit … because to her, “…” »): quoted words after it may be
    that person's, so they do not carry on an earlier report."""
    first = analyzer._char_token(lo)
    if first is None:
        return False
    return any(
        not analyzer.mask[t.i] and (t.ent_type_ in ("PER", "PERSON") or t.pos_ == "PRON" and t.lower_ in analyzer.lex.person_pronouns)
        for t in itertools.takewhile(lambda t: t.idx < hi, analyzer.tokens[first.i :])
    )


def _said_as_a_sentence(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether quoted words read as said words: a clause (a verb inside them: « les étranges
    relations qu'il entretiendrait »), or the predicate of a copula (« La cause serait « une
    erreur de comptage » », « Le risque était « à caractère piégeux » »). A bare noun phrase
    elsewhere is a label or an epithet (“The orange prince of …”, « pour des « chefs de … » »)."""
    span = analyzer.doc.char_span(att.start, att.end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return True
    root = span.root
    # The parse may make the opening mark the predicate and hang the quoted words on it.
    predicate = root.head if root.head.is_punct else root
    return root.dep_ in ("attr", "acomp") or any(c.dep_ == "cop" for c in predicate.children)


def _after_interlude(text: str, previous: Attribution, previous_end: int, lo: int, opening: int) -> bool:
    """Whether a quotation paragraph comes back to the quotation paragraph before the paragraph
    before it, across one paragraph of narration with no quotation in it: “…,” Ruiz said. / The
    figures were the worst since 2009. / “And it will get worse.” The quote is still Ruiz's."""
    if not previous.quotes or previous.quotes[-1].outer_start < _previous_paragraph_start(text, lo):
        return False
    paragraph_end = text.find("\n", previous_end)
    narration = text[previous_end if paragraph_end < 0 else paragraph_end : opening]
    return paragraph_end >= 0 and not any(ch in _QUOTE_CHARS for ch in narration) and previous_end >= _previous_paragraph_start(text, lo)


def _previous_paragraph_start(text: str, char: int) -> int:
    """Where the paragraph before the one holding ``char`` starts (blank lines skipped)."""
    start = text.rfind("\n", 0, char) + 1
    back = start - 1
    while back > 0 and text[back].isspace():
        back -= 1
    return text.rfind("\n", 0, back) + 1 if back > 0 else 0


def _reads_as_statement(text: str, att: Attribution) -> bool:
    """A quotation that opens a sentence (capital first letter, or a reopened multi-paragraph quote) and
    has a few words, or two that end the sentence (“Very good.”, “Not yet!”): a statement, not a
    quoted title or term (nor a name: “Mohamed R.”)."""
    quoted = text[att.start : att.end]
    words = quoted.split()
    # An editor's bracket or an ellipsis may open it: “[The ministry] may …”, “… and so we left”.
    first_letter = next((ch for ch in quoted if ch.isalnum()), "")
    return (first_letter.isupper() or att.quotes[0].continued) and (len(words) >= 3 or len(words) == 2 and quoted.rstrip()[-1:] in _SENTENCE_END_MARKS and words[-1].islower())


def _named_by_preceding_word(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation is introduced as a name or a title by the word before it, determiners
    aside (« une vidéo intitulée « … » », « le mouvement « … » », "a campaign dubbed “…”"): a
    label, whoever is quoted nearby."""
    opening = analyzer._char_token(att.start)
    if opening is None:
        return False
    # Only quotation marks may stand between them: « le mouvement : « … » » quotes someone.
    before = (t for t in reversed(analyzer.tokens[: opening.i]) if t.text not in _QUOTE_CHARS and not t.is_space)
    word = next((t for t in before if t.lower_.translate(_APOSTROPHES) not in analyzer.lex.determiners), None)
    naming = analyzer.lex.naming_words
    if word is None:
        return False
    # (a two-word phrase, "known as “…”", ends with a word that names nothing alone)
    phrase = f"{analyzer.tokens[word.i - 1].lower_} {word.lower_}" if word.i > 0 else ""
    return word.lower_ in naming or word.lemma_.lower() in naming or phrase in naming


def _title_cased(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation of three words or more is written in title case (“The Boy Who Sold
    The Moon”, “Attack the Block”): every word capitalised but articles, prepositions and
    conjunctions. Said words are written as a sentence; this is the title of a work. A label's
    object before the quoted words ("called Ruiz “Little Ana”") is no part of a title; its
    determiner ("referred to the “New Class”") is."""
    start, end = att.start, att.end
    opening = att.quotes[0].outer_start if att.quotes else att.start
    before = analyzer.doc.char_span(att.start, opening, alignment_mode="expand") if opening > att.start else None
    if before is not None and any(t.is_alpha and t.lower_ not in analyzer.lex.determiners for t in before):
        start, end = att.quotes[0].start, att.quotes[-1].end
    span = analyzer.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    # (A small function word stays lower case whatever tag a title gives it: "Meet the Press",
    # where "the" is read as part of a name.)
    if len(words) < 2 or not all(t.text[:1].isupper() or t.pos_ in _TITLE_LOWERCASE_POS or t.is_lower and t.is_stop and t.pos_ == "PROPN" for t in words):
        return False
    if len(words) == 2 and not _after_preposition_or_possessive(analyzer, att):
        return False  # two capitalised words are a title only where a show or work is named: "on “Town Square”"
    if not analyzer.lex.complementizers and any(t.text in _SENTENCE_END_MARKS and t.nbor().is_alpha for t in span[:-1]):
        return False  # "Absolutely not. Absolutely not,": words written as sentences were said; a title is one phrase
    if all(t.text.isupper() for t in words):
        return False  # written all in capitals (« RENDEZ-VOUS AU PROCÈS », a tweet), words shouted, not a title
    # In a headline written in title case ("Senator Says ‘We Will Win’") the capitals say
    # nothing about the quotation: only title case inside sentence-case prose marks a title.
    text = analyzer.text
    line_start, line_end = text.rfind("\n", 0, att.start) + 1, text.find("\n", att.end)
    line = analyzer.doc.char_span(line_start, len(text) if line_end < 0 else line_end, alignment_mode="contract")
    around = [t for t in (line or []) if t.is_alpha and len(t) > 3 and not start - 1 <= t.idx <= end]
    return not around or sum(t.text[:1].isupper() for t in around) < 0.8 * len(around)


def _after_preposition_or_possessive(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether the word right before a quotation's opening mark is a preposition or a
    possessive 's ("on “Town Square”", "CBS's “Weekend Forum”")."""
    opening = analyzer._char_token(att.quotes[0].outer_start if att.quotes else att.start)
    if opening is None:
        return False
    word = next((t for t in reversed(analyzer.tokens[: opening.i]) if t.text not in _QUOTE_CHARS and t.text != "''" and not t.is_space), None)
    return word is not None and (word.pos_ == "ADP" or word.tag_ == "POS")


def _object_of_a_deed(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation with no cue of its own opens right after a preposition or a verb that
    reports nothing ("chants of “…”", "a shirt printed with “…”", "the articles examined “…”"):
    the quoted words are the object of what the sentence describes, a slogan or a phrase
    lifted from a text, not a statement the sentence attributes. Only where the language's news
    counts clauses, not noun phrases, as statements (English); French counts « a parlé de « … » ».
    A preposition that a speech verb governs ("described as “…”") still reports."""
    if att.cue is not None or analyzer.lex.noun_phrase_statements:
        return False
    opening = analyzer._char_token(att.start)
    if opening is None:
        return False
    before = (t for t in reversed(analyzer.tokens[: opening.i]) if t.text not in _QUOTE_CHARS and not t.is_quote and not t.is_space)
    word = next(before, None)
    if word is None or analyzer.text[word.idx + len(word.text) : att.start].strip(" '") not in ("", *_QUOTE_CHARS):
        return False
    if word.pos_ == "ADP":
        return verb_lemma(word.head, analyzer.lex.speech_verbs) is None
    return word.pos_ == "VERB" and verb_lemma(word, analyzer.lex.speech_verbs) is None


def _quoted_noun_phrase(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation with no cue of its own opens right after an article or a possessive
    and holds no finite verb ("on CBS's “Weekend Forum”", "the latest “Fast & Furious”", "his
    “kitchen table voters”"): the quoted words are a title or a term inside a noun phrase,
    not a statement. English only, as for ``_object_of_a_deed``."""
    if att.cue is not None or analyzer.lex.noun_phrase_statements:
        return False
    span = analyzer.doc.char_span(att.start, att.end, alignment_mode="expand")
    opening = analyzer._char_token(att.start)
    if span is None or opening is None or len(span) > _QUOTED_TERM_TOKENS:
        return False
    before = (t for t in reversed(analyzer.tokens[: opening.i]) if t.text not in _QUOTE_CHARS and not t.is_quote and not t.is_space)
    word = next(before, None)
    if word is None or analyzer.text[word.idx + len(word.text) : att.start].strip(" '") not in ("", *_QUOTE_CHARS):
        return False
    for _ in range(2):  # "the latest “…”", "his famous “…”"
        if word is not None and word.pos_ == "ADJ":
            word = next(before, None)
    if word is None:
        return False
    determiner = word.pos_ == "DET" and word.lower_ in analyzer.lex.determiners and word.lower_ != "that"
    possessive = word.tag_ in ("POS", "PRP$")
    if not (determiner or possessive) or any("Fin" in morph_get(t, "VerbForm", []) for t in span):
        return False
    # A reporting verb that governs the noun phrase still reports it ("pledged a “political
    # revolution”", "called it a “$25 billion mistake”").
    return analyzer._governing_cue(span.root) is None


#: Relations of a noun phrase that modifies another noun (« membre des « … » », « du parti « … » »).
_NOUN_MODIFIER_DEPS = frozenset({"nmod", "appos", "conj", "flat:name", "compound"})


def _name_in_the_source_description(analyzer: _Analyzer, att: Attribution, cue: Token | None) -> bool:
    """Whether a quotation is a name inside the words that describe who speaks: « Marc Roy,
    membre des « Citoyens libres », confirme que … », « Devant les élus du parti « Ensemble »,
    la ministre a annoncé … ». A quoted noun phrase that modifies a noun of the cue's subject or
    of an adjunct before it names a group, a party or an event; the speaker does not say it."""
    span = analyzer.doc.char_span(att.start, att.end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN") or span.root.dep_ not in _NOUN_MODIFIER_DEPS:
        return False
    if cue is None:
        cue = analyzer._governing_cue(span.root)  # a speaker given by the context: the sentence's verb
    return cue is not None and any(
        (c.dep_ in _SUBJ or c.dep_ == "obl:mod") and c.left_edge.i < span.start - 1 and span.end <= c.right_edge.i
        for c in cue.children
    )


def _user_of_quoted_words(analyzer: _Analyzer, span: Span) -> tuple[Token, SpeakerRef] | None:
    """Who uses the words a quotation gives after a noun of words (lexicon ``quoted_word_nouns``):
    the subject of a verb that uses them (« le maire utilise le mot « milice » », lexicon
    ``word_using_verbs``). A critic's object (« dénonce les propos de … ») is someone else's words."""
    root = span.root
    before = (t for t in reversed(analyzer.tokens[: span.start]) if not t.is_quote and t.text not in _QUOTE_CHARS and not t.is_space)
    noun = next(before, None)
    if noun is not None and noun.dep_ == "case" and noun.lower_ in ("de", "d'", "d’"):
        noun = next(before, None)  # « des accusations de « trahison » », « le terme d'« otage » »
    if noun is None or analyzer.mask[noun.i] or noun.lower_ not in analyzer.lex.quoted_word_nouns or noun.dep_ not in ("obj", "dobj"):
        return None
    verb = noun.head
    # The parse hangs the quoted words on the noun or, beside it, on the verb (« emploie le terme « … » »).
    if root.head.i not in (noun.i, verb.i):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in analyzer.lex.word_using_verbs:
        return None
    ref = analyzer._speaker_for_cue(verb)
    if ref is None or not ref.entities or all(e.kind == "unknown" for e in ref.entities):
        return None
    return verb, ref


#: « « … » (SGPCT) », "“…” (CAP)": an acronym in brackets right after the closing mark.
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9}\s*\)")


def _named_with_its_acronym(analyzer: _Analyzer, att: Attribution) -> bool:
    """« ont activé la « cellule de veille contre les crues » (CVC) »: quoted words followed by
    an acronym in brackets are the full name of a body, a plan or a device, nobody's words."""
    return bool(att.quotes) and _BRACKETED_ACRONYM.match(analyzer.text, att.quotes[-1].outer_end) is not None


def _label_nobody_says(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation marks a name, a title or a term, whoever is quoted nearby."""
    cue = analyzer._char_token(att.cue[0]) if att.cue is not None else None
    return (
        _named_by_preceding_word(analyzer, att) or _named_with_its_acronym(analyzer, att) or _title_cased(analyzer, att) or _object_of_a_deed(analyzer, att)
        or _quoted_noun_phrase(analyzer, att) or _name_in_the_source_description(analyzer, att, cue)
    )


def _offence_names(analyzer: _Analyzer, att: Attribution) -> bool:
    """« une enquête pour « abus de confiance, recel de vol » »: a bare noun
    (no article before it) quoted right after « pour », with no finite verb or infinitive in the
    quotation, names the offences of a legal procedure, nobody's words. The offence's own
    complements may hold articles and participles (« association de malfaiteurs en vue d'une
    action violente », « vol aggravé »); « pour « des raisons … » » or « pour « ne pas laisser
    passer … » » may be words."""
    span = analyzer.doc.char_span(att.start, att.end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    if span is None or not words:
        return False
    before = span.start - 1
    while before >= 0 and (analyzer.doc[before].is_punct or analyzer.doc[before].is_space):
        before -= 1
    if before < 0 or analyzer.doc[before].lower_ != "pour":
        return False
    # (a participle is part of an offence's name: « vol aggravé »)
    clause_verbs = (t for t in words if t.pos_ in ("VERB", "AUX") and {"Fin", "Inf"} & set(morph_get(t, "VerbForm", [])))
    return words[0].pos_ == "NOUN" and next(clause_verbs, None) is None


def _parenthesised_gloss(analyzer: _Analyzer, att: Attribution) -> bool:
    """« les candidats ont planché sur la liberté ( « Sommes-nous libres ? » ) »: a quotation with
    no cue that stands alone between brackets right after a word of the sentence glosses that
    word (an example, the wording of a subject, a title), nobody's statement. After another
    quotation the brackets give its translation (« « … » ( « … » ) »), the same speaker's words."""
    if att.cue is not None or not att.quotes:
        return False
    text = analyzer.text
    before = text[: att.quotes[0].outer_start].rstrip()
    after = text[att.quotes[-1].outer_end :].lstrip()
    if not before.endswith("(") or not after.startswith(")"):
        return False
    word_before = before[:-1].rstrip()
    return bool(word_before) and word_before[-1].isalnum()


def _inscribed(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation is the words a thing carries: right after a verb whose subject is a
    thing that bears writing (lexicon ``inscription_nouns``) — "a shirt that read “…”", "signs
    reading “…”", "the banner said: “…”". Displayed words are nobody's statement."""
    things = analyzer.lex.inscription_nouns
    if not things or not att.quotes:
        return False
    opening = analyzer._char_token(att.quotes[0].outer_start)
    if opening is None:
        return False
    k = opening.i - 1
    doc = analyzer.doc
    while k >= 0 and doc[k].text in (":", ","):
        k -= 1
    if k < 0:
        return False
    verb = doc[k]  # (the tagger may call "read" a noun: its subject still shows it a verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl" or subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "signs reading “…”", "a shirt that read “…”"
    return subject is not None and (subject.lemma_.lower() in things or subject.lower_ in things)


def _question_put_in(analyzer: _Analyzer, att: Attribution) -> bool:
    """Whether a quotation without a cue is the question a fronted "Asked whether …" puts."""
    opening = analyzer._char_token(att.quotes[0].outer_start) if att.cue is None and att.quotes else None
    return opening is not None and analyzer._question_put(opening)


def _keep_direct(analyzer: _Analyzer, att: Attribution) -> bool:
    """Drop quotation marks around names and titles (« Exchange », “The Post”) that nobody says,
    words written on a thing (_inscribed) and a question put to the speaker of the sentence
    (_Analyzer._question_put)."""
    if _label_nobody_says(analyzer, att) or _parenthesised_gloss(analyzer, att) or _inscribed(analyzer, att) or _question_put_in(analyzer, att):
        return False
    if att.cue is None and analyzer.lex.complementizers and _offence_names(analyzer, att):
        return False
    if att.speaker is not None:
        return True
    if analyzer._undergone(att):
        return False
    span = analyzer.doc.char_span(att.start, att.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return False
    if len(words) <= 4 and all(t.text[:1].isupper() or t.like_num for t in words):
        return False  # a name or a title in quotation marks

    user = _user_of_quoted_words(analyzer, span)
    if user is not None:  # « utilise le mot « milice » »: however short, the user's words
        verb, user_ref = user
        att.speaker, att.cue, att.cue_lemma = user_ref, _chars(verb), verb.lemma_.lower()
        att.rule += "+quoted-word-noun"
        return True
    cue = analyzer._governing_cue(span.root, through_subject=False) if len(words) >= 2 else None
    if cue is not None:
        ref = analyzer._speaker_for_cue(cue)
        if ref is not None and ref.entities:
            att.speaker, att.cue, att.cue_lemma = ref, _chars(cue), cue.lemma_.lower()
            att.rule += "+governing-cue"
            return True
    # A short fragment with no speaker anywhere near is a scare quote or a title: keep it only
    # when its sentence has a subject that can be its source.
    if len(words) <= 6:
        # One scare-quoted word says nothing; a short fragment is the sentence subject's words
        # only when that subject is named (« pris acte », said of l'OTAN).
        root = sentence_of(span).root
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
