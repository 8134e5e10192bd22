"""What kind of act an attribution's cue reports, over the parse (the cue types and the scopes
are defined in ``extractor/cuetypes.py``, shared with the LLM engine and the eval), and which
indirect contents are statements at all.

French opinion verbs expressed publicly (estimer, juger, considérer) are speech: the French
guidelines count « X estime que Y » as a statement, so they are not in the French cognition list.

Classification happens in one place (``classify_attribution``), after the rules have run, from
the cue's lemma; the scope then keeps the kinds it admits (``cuetypes.SCOPE_CUE_TYPES``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.cuetypes import CueType, classify_lemma, is_source_phrase
from extractor.engines.offline.docarrays import doc_text, head_indices, morph_get
from extractor.engines.offline.lexicon import Lexicon, union, verb_lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from extractor.engines.offline.attribution import Attribution

#: Scopes that count one attribution per cue. PolNeAR annotates “A,” X said. “B.” as one
#: attribution (source X, cue said, content A … B), and a clause with quoted words in it as one
#: content; news statements (GGT, the French guidelines) count each quoted sentence as a
#: statement of its own, and no noun-phrase content around quoted words.
ONE_CONTENT_PER_CUE: frozenset[str] = frozenset({"attributions"})

#: Rules whose cue is a model's guess rather than a construction the rules recognised: an unknown
#: or non-predicate cue from them is ``other``, not speech.
_GUESSED_RULES = ("learned",)
#: The rule of a title-case headline's report ("Mayor Says Plan Failed",
#: attribution._Analyzer.title_case_headline_report): its content is a clause whatever the parse
#: of its capitals makes of it.
TITLE_CASE_HEADLINE_RULE = "headline+verb"
#: The rule of a headline that opens with its source and a colon ("Carver: Finch Not Fit to
#: Serve", attribution._Analyzer.headline_source): its statement is in a headline's clipped
#: grammar ("Walker to speak at convention", "No outside influence on the inquiry").
SOURCE_HEADLINE_RULE = "headline"


_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _speaking_subject(verb, lexicon: Lexicon) -> bool:
    """Whether the verb's subject can speak: a person, an organisation or a state (by entity
    type), a personal pronoun, or a noun the lexicon lists for people and institutions
    (minister, officials, experts, government, an ally, a friend). A passive or subjectless use counts as speaking
    (the agent is elsewhere)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl:subj")), None)
    if subject is None:
        return True
    if subject.lower_ == "who":
        return True  # "a general who suggested that …": a person
    if subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "the firm that suggested …": the noun the relative describes
    if subject.ent_type_ in _SPEAKING_ENTITIES or subject.pos_ == "PROPN" and not subject.ent_type_:
        return True  # (a surname the tagger left without an entity type: "Ruiz suggested that …")
    word = subject.lower_
    speaking_words = union(
        lexicon.person_pronouns, lexicon.plural_pronouns, lexicon.first_pronouns, lexicon.titles, lexicon.unnamed_nouns,
        lexicon.group_nouns, lexicon.government_words, lexicon.organization_words, lexicon.circle_nouns,
    )
    return word in speaking_words or subject.lemma_.lower() in speaking_words or _utterance_subject(verb, lexicon)


def _utterance_subject(verb, lexicon: Lexicon) -> bool:
    """"A statement from the office indicated …": an utterance speaks for whoever made it (a
    document of findings, a report or a poll, shows them: "the poll suggests …")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl:subj")), None)
    return subject is not None and subject.lemma_.lower() in lexicon.speech_nouns - lexicon.finding_documents


def _research_body_subject(verb, lexicon: Lexicon) -> bool:
    """Whether the verb's subject (it must have one) is a body that publishes findings: an
    organisation by entity type, or a noun the lexicon lists for groups of people, institutions
    or a team (« des chercheurs », « l'université », « une équipe de … »). Not a single person
    (whose discoveries are often private) nor a thing (« les résultats »)."""
    # (« vient de montrer que … », « ont étudié … et ont découvert que … »: an infinitive's or a
    # coordinated verb's subject is its governor's)
    governors = (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,)
    subject = next((c for g in governors for c in g.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.ent_type_ == "ORG":
        return True
    bodies = union(lexicon.group_nouns, lexicon.organization_words, lexicon.government_words, lexicon.circle_nouns)
    return subject.lower_ in bodies or subject.lemma_.lower() in bodies


def _cue_span(attribution: Attribution, doc: Doc) -> Span | None:
    """The tokens of an attribution's cue, widened to whole tokens (None without a cue, or when
    its offsets fall outside the parse)."""
    if attribution.cue is None:
        return None
    return doc.char_span(attribution.cue[0], attribution.cue[1], alignment_mode="expand")


def _inquiring_body(word, lexicon: Lexicon) -> bool:
    """Whether a word names a body that inquires: a noun the lexicon lists for groups of people
    or institutions (experts, the agency, the department), or an organisation's name of several
    words or an acronym (the FBI). A one-word name the tagger calls an organisation is as often
    a surname ("Woods concluded that …")."""
    bodies = union(lexicon.group_nouns, lexicon.organization_words, lexicon.government_words)
    if word.lower_ in bodies or word.lemma_.lower() in bodies:
        return True
    if word.ent_type_ != "ORG":
        return False
    entity = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    return entity is not None and (len(entity) > 1 or word.text.isupper())


def _finding_of_an_inquiry(verb, lexicon: Lexicon) -> bool:
    """"The FBI concluded that …", "experts have concluded that …", "the report, which concluded
    that …": a verb of concluding (``conclusion_verbs``) whose subject is a body that inquires
    (``_inquiring_body``) or a document of findings reports the inquiry's outcome, a finding; a
    person who concludes ("Roe concluded that the plan was sound") says so."""
    if verb_lemma(verb, lexicon.conclusion_verbs) is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # (the noun the relative describes)
    return subject is not None and (_inquiring_body(subject, lexicon) or subject.lemma_.lower() in lexicon.finding_documents)


def _finding_or_measurement(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a clause, quoted words in it or not, is an inquiry's finding
    (``_finding_of_an_inquiry``) or a poll's measurement of opinion (``_poll_answer``), by its
    cue: nobody stated it, and the words quoted inside it ("the FBI concluded that she had been
    “careless”", "30% “strongly agree” that …") are no statement of their own either."""
    cue = _cue_span(attribution, doc)
    if cue is None or not len(cue) or cue.root.pos_ not in ("VERB", "AUX"):
        return False
    return _finding_of_an_inquiry(cue.root, lexicon) or _poll_answer(cue.root, lexicon)


def _said_of_or_to_oneself(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """"calls himself a democratic socialist", "kept telling herself that the bridge would hold":
    where statements are clauses (English), a label verb or a verb of telling whose object is
    its own subject reports how someone presents themselves, in the writer's words, or what
    they tell themselves, not a proposition stated to anyone (quoted words in a label are still
    someone's: "calls himself a “fighter”" stays)."""
    lemma = attribution.cue_lemma or ""
    if lexicon.noun_phrase_statements or attribution.kind != "indirect" or lemma not in lexicon.label_verbs | lexicon.addressee_verbs:
        return False
    cue = _cue_span(attribution, doc)
    return cue is not None and len(cue) > 0 and any(c.dep_ == "dobj" and c.tag_ == "PRP" and "Yes" in morph_get(c, "Reflex", []) for c in cue.root.children)


def _poll_answer(verb, lexicon: Lexicon) -> bool:
    """"Thirty percent of voters agree that …", "most students favor …", "less than a third agreed
    with …": a verb of agreeing or taking sides (``poll_answer_verbs``) whose subject is a share
    of a group (``poll_shares``, a numeral) reports how many polled held a view, a measurement of
    opinion. The parse may make the share a modifier of the verb rather than its subject."""
    if verb_lemma(verb, lexicon.poll_answer_verbs) is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i), None)
    if subject is None:
        return False
    shares = lexicon.poll_shares
    return subject.like_num or subject.lower_ in shares or any(c.dep_ in ("amod", "quantmod") and c.lower_ in shares for c in subject.children)


def _after_a_colon(attribution: Attribution, doc: Doc) -> bool:
    """Whether quoted words follow their cue after a colon (« X montre des messages : « … » »)."""
    if attribution.kind != "direct" or attribution.cue is None or attribution.cue[1] > attribution.start:
        return False
    return ":" in doc_text(doc)[attribution.cue[1] : attribution.start]


def _made_known(verb, lexicon: Lexicon) -> bool:
    """A verb of knowing under a causative is telling: « a fait savoir que », « fait valoir
    que », "let reporters know that" (the causative governs the verb, or is its auxiliary)."""
    causes = lexicon.causative_verbs
    if not causes:
        return False
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and verb.head.lemma_.lower() in causes:
        return True
    return any(c.i < verb.i and c.lemma_.lower() in causes for c in verb.children if c.dep_ in ("aux:caus", "aux", "dep"))


#: Rules whose construction tells the act whatever the cue's lemma: "stance" ("is an opponent of",
#: "is critical of") is a view the subject holds; "interpretation" (« le syndicat y voit une
#: sanction ») is a reading the subject gives, not a sight.
_RULE_CUE_TYPES: dict[str, CueType] = {"stance": "belief", "interpretation": "speech"}


def classify_attribution(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> CueType:
    """The cue type of one attribution of ``doc``.

    No cue: quotation marks (direct, mixed) are words someone said → speech; an indirect span a
    rule built from a construction → speech; a model's span with no cue → other. With a cue: a
    source phrase (according to, selon) → speech; otherwise the lemma of the cue's head decides
    (``classify_lemma``). A cue the lexicon does not know is speech when a statement rule chose
    it, and other when a learned model guessed it or when it is not a predicate at all.
    """
    if attribution.rule == "unsourced":
        # No one states a clause marked as a view or as hearsay ("seems doomed", "is expected
        # to", "reportedly"): a belief for a verb of cognition, else what appears to be so.
        return "belief" if attribution.cue_lemma in lexicon.cognition_verbs else "perception"
    if attribution.rule in _RULE_CUE_TYPES:
        return _RULE_CUE_TYPES[attribution.rule]
    guessed = attribution.rule.startswith(_GUESSED_RULES)
    if attribution.cue is None:
        if attribution.kind in ("direct", "mixed") or not guessed:
            return "speech"
        return "other"
    span = _cue_span(attribution, doc)
    if span is None or not len(span):
        return "other" if guessed else "speech"
    words = tuple(t.lower_.replace("’", "'") for t in span)
    if is_source_phrase(words, lexicon):
        return "speech"
    head = span.root
    if _made_known(head, lexicon):
        return "speech"
    known = union(lexicon.speech_verbs, lexicon.cognition_verbs, lexicon.perception_verbs)
    candidates = [verb_lemma(head, known), head.lemma_.lower()]
    if not guessed:
        candidates.insert(0, attribution.cue_lemma)
    predicate = head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")
    if predicate and attribution.cue_lemma in lexicon.finding_verbs and (_after_a_colon(attribution, doc) or _research_body_subject(head, lexicon)):
        # « une équipe de chercheurs a montré que … »: a published finding; « des photos montrent
        # des messages : « … » »: words quoted after a colon are someone's words whatever verb
        # introduces them.
        return "speech"
    for lemma in candidates:
        kind = classify_lemma(lemma, lexicon)
        if kind is None or (kind == "speech" and guessed and not predicate and head.lower_ not in lexicon.speech_nouns):
            continue
        if kind == "speech" and predicate and _reports_a_finding(head, lemma, lexicon):
            return "perception"  # "the data suggest …", "records indicate …", "polls say …": a finding
        if kind == "speech" and lemma in lexicon.signalling_verbs and predicate and not _utterance_subject(head, lexicon):
            return "perception"  # "the speaker has indicated he has no plans …": the writer's reading
        if kind == "belief" and predicate and _told_view(head, lexicon):
            return "speech"
        return kind
    return "other" if guessed else "speech"


def _told_view(verb, lexicon: Lexicon) -> bool:
    """"adding that he thinks “…”", "said she believes …": a view the speaker stated is a
    statement, the verb of saying before the verb of thinking is the act. Not under a verb that
    may report a finding or the writer's reading ("has indicated it is considering …")."""
    if verb.dep_ != "ccomp" or not verb.head.i < verb.i:
        return False
    saying = verb.head.lemma_.lower()
    return saying in lexicon.speech_verbs - lexicon.cognition_verbs - lexicon.evidential_verbs - lexicon.signalling_verbs and not _negated(verb.head)


def states_a_proposition(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an attribution's content can be a statement in the statements scope: quoted words
    always are; in a language whose news counts only clauses (``noun_phrase_statements`` false in
    the lexicon: English), an indirect content with no verb at all is the topic of a statement
    ("announced plans", "denied the existence of a link", "charged with fraud"), not what was said.
    A small clause predicates something and stays: an object predicate ("called the plan a
    mistake") or a predicate introduced by *as* ("described the budget as a disaster").
    A to-infinitive content ("urged the city to act", "promised to cut taxes", "is said to
    have") is a request, a commitment or a plan, not a proposition that was stated
    (``_infinitive_content``); so is a proposal's gerund ("proposed cutting the fee")."""
    if lexicon.noun_phrase_statements or attribution.kind != "indirect" or attribution.rule in (TITLE_CASE_HEADLINE_RULE, SOURCE_HEADLINE_RULE):
        # (a headline's clause, whatever the parse made of its capitals, its dropped verbs and
        # its "to" of the future)
        return True
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None:
        return True
    if len(span) == 1 and span[0].lower_ in lexicon.answer_words:
        return True  # "said yes": the answer states the proposition asked
    top = _top_level(span)
    if _infinitive_content(top):
        return False
    if (attribution.cue_lemma or "") in lexicon.accuse_object_verbs and any(t.dep_ == "prep" and _gerund_after(t) for t in span):
        # "accused the party of punishing families": the parse often hangs the gerund inside the
        # object's phrase; the accusation layer reads it as the charge, wherever it hangs. Only
        # a gerund after a preposition is that charge: a verb inside the object's own modifier
        # ("criticized the deal adopted in Paris", "denounced efforts to close the plant") names
        # what was criticised, not what was said.
        return True
    lemma = attribution.cue_lemma or ""
    if (lemma in lexicon.object_content_verbs or lemma in lexicon.proposal_verbs) and _subjectless_gerunds(top):
        # "oppose cutting the program", "praised working with allies": an activity as the object
        # of a stance is what the stance is about, not a proposition that was stated; a
        # proposal's ("proposes doing away with the fine", "suggested rallying the allies") is
        # the action called for, as a to-infinitive request's is.
        return False
    cue = _cue_span(attribution, doc)
    if cue is not None and len(cue) and cue.root.pos_ == "VERB" and _absolute_gerunds(top):
        # "he said, his boots sinking into the mud": after a verb of saying, a gerund with a
        # subject of its own and no auxiliary is an absolute phrase describing the speaker, not
        # what was said (a headline's "Roe: Cole taking the wrong road" drops its "is").
        return False
    # The predicate must be the content's own, not a verb inside a noun's modifier ("a ban on
    # people entering the country": a topic, not a proposition). An accusation's gerund ("accused
    # the firm of lying") is the content's predicate too.
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ == "oprd" or t.dep_ == "prep" and (t.lower_ == "as" or _gerund_object(t)) for t in top):
        return True
    if any(_subject_swallowing_its_clause(t, span) for t in top):
        return True
    if span[0].lower_ == "that" and span[0].tag_ == "IN" and any(t.tag_ in _FINITE_TAGS for t in span[1:]):
        return True  # "noting that by noon the ferry had left": a "that" clause the parse read as a preposition's
    # A headline's clause without its "is" ("death toll likely to rise"): an adjective predicates
    # with its infinitive.
    return any(t.tag_ == "VB" and t.head.pos_ == "ADJ" and t.head.i != t.i for t in span)


def _subject_swallowing_its_clause(word, span) -> bool:
    """"The gardeners who prune early get the sweetest plums, she said": the parse made the
    content's subject a subject of the reporting verb and hung the content's own predicate
    ("get") inside that subject's relative clause. A content word that is a subject of a verb
    outside the content, and whose relative clause holds a second finite verb, is such a clause."""
    if word.dep_ not in ("nsubj", "nsubjpass") or span.start <= word.head.i < span.end:
        return False
    for relative in (c for c in word.children if c.dep_ == "relcl"):
        if any(t.tag_ in _FINITE_TAGS and t.dep_ not in ("relcl", "aux", "auxpass", "conj") for t in relative.subtree if t.i != relative.i):
            return True
    return False


def _absolute_gerunds(top: list) -> bool:
    """Whether a content's only top-level predicates are gerunds with a subject of their own and
    no auxiliary ("his boots sinking into the mud")."""
    verbs = [t for t in top if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(
        t.tag_ == "VBG" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
        for t in verbs
    )


def _subjectless_gerunds(top: list) -> bool:
    """Whether a content's only top-level predicates are gerunds without a subject of their own."""
    verbs = [t for t in top if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(t.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in verbs)


def _gerund_object(preposition) -> bool:
    return any(c.tag_ == "VBG" for c in preposition.children)


def _gerund_after(preposition) -> bool:
    """Whether a gerund follows a preposition ("of punishing families", "for not paying"), as
    its object or, where the parse reads it as an adjective of the noun after it, next to it."""
    if _gerund_object(preposition):
        return True
    doc, i = preposition.doc, preposition.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV" or i < len(doc) and doc[i].dep_ == "neg":
        i += 1
    return i < len(doc) and doc[i].tag_ == "VBG"


def _poll_source(source_phrase, lexicon: Lexicon) -> bool:
    """"according to a New York Times/CBS News survey", "according to the latest polling",
    "according to the network's exit-poll data", "according to an average of recent polls": a
    poll counts opinions, it states nothing; the clause it vouches for is a measurement. The poll
    word may head the source or modify it (a compound, an "of" complement)."""
    polls = lexicon.poll_nouns
    if not polls:
        return False
    for source in (c for c in source_phrase[-1].children if c.dep_ == "pobj"):
        words = [source, *(c for c in source.children if c.dep_ in ("compound", "amod", "nmod"))]
        words += [o for p in source.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if any(w.lower_ in polls or w.lower_.split("-")[0] in polls for w in words):
            return True
    return False


def _reports_a_finding(verb, lemma: str | None, lexicon: Lexicon) -> bool:
    """Whether a verb of saying reports a finding: an evidential verb whose subject cannot speak
    ("the data suggest …"), or any whose subject is a poll ("polls say …", ``_poll_subject``)."""
    return lemma in lexicon.evidential_verbs and not _speaking_subject(verb, lexicon) or _poll_subject(verb, lexicon)


def _poll_subject(verb, lexicon: Lexicon) -> bool:
    """Whether the verb's subject is a poll ("Polls say …", "a new survey suggests …"): what it
    reports is a measurement, as after "according to a poll" (``_poll_source``). The subject
    nearest the verb is its own ("a poll found by 43%-41%, the public says …": the parse may
    hang the poll on the verb too)."""
    subject = min((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i), default=None)
    return subject is not None and (subject.lower_ in lexicon.poll_nouns or subject.lemma_.lower() in lexicon.poll_nouns)


def _poll_measurement(content: Span, lexicon: Lexicon) -> bool:
    """"An average of 81 percent of voters approve of the mayor, according to X": a clause
    whose subject is an aggregate of polls (``poll_aggregates``) gives a measurement, whoever
    publishes it."""
    aggregates = lexicon.poll_aggregates
    return bool(aggregates) and any(t.dep_ in ("nsubj", "nsubjpass") and t.head == content.root and t.lower_ in aggregates for t in content)


def _quoted_infinitive_request(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """"told him to leave his “playground” and visit …", "vowed to “fight for every job” here":
    where statements are clauses (English), quoted words inside a to-infinitive content keep it a
    request, a pledge or a plan in the writer's words, as without them (``_infinitive_content``).
    Only after a verb: a headline's "X: Y’s ‘Hateful Rhetoric’ Ruining Its Chance to Win" states
    something whatever the parse makes of its capitals."""
    if lexicon.noun_phrase_statements or attribution.cue is None:
        return False
    cue = _cue_span(attribution, doc)
    if cue is None or not len(cue) or cue.root.pos_ != "VERB":
        return False
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _infinitive_content(_top_level(span))


def _quoted_infinitive_of_a_request(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """"urged voters not to “give up hope”", "pledged to “tax them into oblivion”": where
    statements are clauses (English), a quotation that is the verb phrase of a to-infinitive hung
    on a verb of request, proposal or intention is what was asked or promised, in the speaker's
    words; no statement, as when the quotation starts before the "to"
    (``_quoted_infinitive_request``)."""
    if lexicon.noun_phrase_statements:
        return False
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    marker = next((t for t in reversed(doc[max(span.start - 3, 0) : span.start]) if not t.is_punct and not t.is_space), None)
    if marker is None or marker.tag_ != "TO" or marker.dep_ != "aux" or not span.start <= marker.head.i < span.end:
        return False
    governor = marker.head.head
    kinds = lexicon.claim_kinds
    requests = union(kinds.get("call_to_action", frozenset()), kinds.get("intention", frozenset()), lexicon.proposal_verbs)
    return governor.pos_ == "VERB" and governor.lemma_.lower() in requests


def _quoted_question_put(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """"asked him whether he would deport “the bad ones”": an indirect question after a verb of
    asking is the question put, also with quoted words inside; the asker states nothing."""
    if (attribution.cue_lemma or "") not in lexicon.question_verbs:
        return False
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    first = next((t for t in span or [] if not t.is_punct and not t.is_space), None)
    return first is not None and _indirect_question(first, lexicon)


def _proposed_action(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """"proposed appointing a “trade prosecutor”", "proposed they debate on “Meet the Press”",
    "recommended that the depot be sold": where statements are clauses (English), what a verb of
    proposal puts forward, quoted words in it or not, is a course of action, not a proposition
    that was stated: its subjectless gerund, or a subjunctive clause after one that takes it
    (``mandative_verbs``), as a to-infinitive request is (``_infinitive_content``)."""
    lemma = attribution.cue_lemma or ""
    if lexicon.noun_phrase_statements or lemma not in lexicon.proposal_verbs | lexicon.mandative_verbs:
        return False
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    top = _top_level(span)
    if lemma in lexicon.proposal_verbs and _subjectless_gerunds(top):
        return True
    verbs = [t for t in top if t.pos_ in ("VERB", "AUX")]
    return lemma in lexicon.mandative_verbs and bool(verbs) and all(_subjunctive(t) for t in verbs)


def _subjunctive(verb) -> bool:
    """A verb in the base form with a subject of its own and no modal: "(that) he resign", "they
    debate", "the files be preserved" (the parse tags a present subjunctive as a plural present)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "TO") for c in auxiliaries):
        return False
    return (auxiliaries[0] if auxiliaries else verb).tag_ in ("VB", "VBP")


def _call_to_action(attribution: Attribution, lexicon: Lexicon) -> bool:
    """"proposes doing away with the fine", "urged scrapping the tax": a call to action's gerund
    object is what the speaker demands (claim kind call_to_action), not the topic of a stance.
    Its to-infinitive ("urged the countries to act") is a request, as any verb's is
    (``_infinitive_content``)."""
    return (attribution.cue_lemma or "") in lexicon.claim_kinds.get("call_to_action", frozenset())


def _top_level(span) -> list:
    """The content's top-level words: those the parse hangs outside it (on the reporting verb)
    or at the sentence root."""
    doc, heads = span.doc, head_indices(span.doc)  # (``Token.head`` builds a Token per word)
    return [doc[i] for i in range(span.start, span.end) if not span.start <= heads[i] < span.end or heads[i] == i]


#: Penn tags of a finite verb: a clause with one states something, whatever infinitive it holds.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _infinitive_content(top: list) -> bool:
    """Whether a content's predicate (among its top-level words) is a to-infinitive ("to step
    aside", "the province to reopen the clinics", "to know whether …"): what someone was asked,
    promised or vowed to do. A finite clause ("that the plan failed", "the vote would take place
    to save money") is not one; nor is "death toll likely to increase" (a headline's clause
    without its verb "is"), where the infinitive hangs on "likely", inside the content."""
    if any(t.tag_ in _FINITE_TAGS or t.tag_ == "VB" and any(c.tag_ == "MD" for c in t.children) for t in top):
        return False  # (a bare verb with its modal, "could cut costs", is finite)
    return any(t.tag_ == "VB" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in t.children) for t in top)


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or "Neg" in morph_get(c, "Polarity") for c in token.children)


# The French negative particle that « que » turns into a restriction (« ne … que », only).
_FRENCH_NE = frozenset({"ne", "n'", "n’"})


def litotes(verb, lexicon: Lexicon) -> bool:
    """(French) « n'exclut pas de porter plainte »: a verb whose negation still reports (the
    lexicon's negated_reports), a possibility announced rather than nothing said."""
    return bool(lexicon.negated_report_verbs) and verb_lemma(verb, lexicon.negated_report_verbs) is not None


def restricted_not_negated(verb, lexicon: Lexicon) -> bool:
    """(French) « n'a annoncé que la date », « ne réclament pour leur part que … »: « ne »
    alone with a « que » a few words after the verb restricts what was said, it denies nothing."""
    if not lexicon.complementizers:
        return False
    negations = [c for c in verb.children if c.dep_ == "neg" or "Neg" in morph_get(c, "Polarity")]
    if not negations or any(c.lower_ not in _FRENCH_NE for c in negations):
        return False  # « pas », « jamais », « rien »…: a real negation
    for t in verb.doc[verb.i + 1 : verb.i + 7]:
        if t.text in (".", ";", "!", "?", "«", "»", '"'):
            return False
        if t.lower_ in lexicon.complementizers:
            return True
    return False


def _unrealised(verb, lexicon: Lexicon) -> bool:
    """A report that was not made: a reporting verb in the bare infinitive under a modal ("the
    Greens will argue that …", "would be asking him to …") or a to-infinitive governed by a word
    of intention, ability or expectation ("decided to ask", "were able to accuse", "are expected
    to say", "attempts to confirm"). An infinitive of purpose ("called him to confirm that …")
    reports what was said on that call, and a verb of saying under an aspectual verb ("went on to
    say") was said: neither is in ``lexicon.unrealised_governors``."""
    governors = lexicon.unrealised_governors
    if not governors or verb.tag_ not in ("VB", "VBG"):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_.replace("’", "'") in governors for c in verb.children):
        return True
    infinitive = verb.tag_ == "VB" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children)
    if infinitive and verb.dep_ == "conj" and verb.head.tag_ == "VB":
        verb = verb.head  # "pushed members to moderate their stance and to say …": the first infinitive's governor
    return infinitive and verb.dep_ != "advcl" and verb.head.i != verb.i and verb.head.lemma_.lower() in governors


def _narrated_state_of_mind(verb, lexicon: Lexicon) -> bool:
    """« L'équipe espérait que la médaille serait d'or », « il lui en voulait car il pensait
    que … »: a verb of a state of mind in the imperfect tells the story's background, what
    someone then hoped or believed, not a view they voiced; unless a verb of saying (not
    another verb of belief) reports that state, above it (« a assuré qu'il pensait … ») or in
    an incise the parse hangs below it (« … , a-t-elle confié »)."""
    if verb_lemma(verb, lexicon.private_state_verbs) is None or "Imp" not in morph_get(verb, "Tense") or "Ind" not in morph_get(verb, "Mood"):
        return False
    return not any(
        verb_lemma(other, lexicon.speech_verbs) is not None and verb_lemma(other, lexicon.belief_verbs) is None
        for other in (*verb.ancestors, *verb.subtree)
        if other.i != verb.i
    )


def _connective(verb) -> bool:
    """"That said, …": a reporting verb whose subject is a demonstrative pronoun, opening its
    sentence and set off by a comma, links to what came before; it reports nothing."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    subject = doc[verb.i - 1]
    return subject.is_sent_start and "Dem" in morph_get(subject, "PronType") and subject.pos_ == "PRON"


def _indirect_question(first, lexicon: Lexicon) -> bool:
    """A content clause that opens with whether/if/si or a wh-word ("what he'll do", "pourquoi")."""
    if first.lower_ in lexicon.question_marks:
        # « s' » is the elided « si » only before il(s); the reflexive pronoun of a past
        # infinitive (« a confié s'être assuré de … ») opens a statement, not a question.
        if lexicon.language == "en" and _opening_condition(first):
            # (the clause after the condition decides: "asked, if he lost, what he would do")
            after = next((t for t in first.doc[first.head.right_edge.i + 1 :] if not t.is_punct and not t.is_space), None)
            return after is not None and _indirect_question(after, lexicon)
        return "Yes" not in morph_get(first, "Reflex", [])
    # A wh-word that is a subordinator is the complementizer ("told the House that …" can tag
    # "that" WDT): only a wh-word inside the clause (what, which, why) asks.
    # Relative pronouns (PronType=Rel: a mis-parsed "that", "which used …") do not ask either.
    if first.dep_ == "mark" or "Rel" in morph_get(first, "PronType"):
        return False
    if first.tag_ == "WRB" and first.head.dep_ == "advcl" and first.head.head.i != first.head.i and first.head.head.i > first.head.i:
        return False  # "When Roe took the stage, she became the first …, Hale reports": a time clause opens the statement
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") or "Int" in morph_get(first, "PronType")


def _opening_condition(first) -> bool:
    """"said if she were mayor, the library would stay open": an "if" that marks a clause the
    parse hangs as an adverbial on a later verb of the content is the condition of a statement,
    not an indirect question (whose "if" marks the content's own verb: "asked if the bridge would
    close"). English only: a French statement's condition follows « que » (« a dit que s'il … »)."""
    clause = first.head
    return first.dep_ == "mark" and clause.dep_ == "advcl" and clause.head.i > clause.i


def _reason_for_a_judgment(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """"praised her for acting quickly", "applauded him for fighting “over and over again”": after
    a verb of praise (``judgment_verbs``), a content made of the one praised and the reason (a
    reason link, "for", before a gerund) says what the praise was about, in the writer's words;
    the praise itself is the act, and no proposition was stated (English blame's reason neither:
    ``_object_of_a_stance``). A label through "as" ("hailed him as “a hero” for …"), an object
    predicate or a finite clause in the content still states one."""
    if not lexicon.judgment_verbs or (attribution.cue_lemma or "") not in lexicon.judgment_verbs:
        return False
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    top = _top_level(span)
    if any(t.tag_ in _FINITE_TAGS or t.dep_ == "oprd" or t.dep_ == "prep" and t.lower_ == "as" for t in top):
        return False
    top_indices = {t.i for t in top}
    return any(
        t.lower_ in lexicon.judgment_reason_links and t.dep_ == "prep" and (t.i in top_indices or t.head.i in top_indices) and _gerund_after(t)
        for t in span
    )


def _object_of_a_stance(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """"criticized the mayor for cutting the budget", "rejected the offer to meet", "praised the
    coach, who “never gave up”": where the language counts only clauses (``noun_phrase_statements``
    false: English), a verb that takes a stance towards its object (``object_content_verbs``)
    with no predicate of its own in the content names whom or what the stance was about, with
    the writer's reason after "for"; no proposition was stated, quoted words inside it or not
    (the reason hangs under "for" or the object, never at the top level). A clause, an object
    predicate or a label through "as" ("dismissed the plan as “a stunt”") still states one;
    a call to action's object is what was demanded (``_call_to_action``)."""
    if lexicon.noun_phrase_statements or (attribution.cue_lemma or "") not in lexicon.object_content_verbs or _call_to_action(attribution, lexicon):
        return False
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.dep_ == "prep" and t.lower_ in lexicon.as_label_links and t.head.pos_ in ("VERB", "AUX") for t in span):
        # The parse may hang the label on a verb inside the object ("the decision to close it as
        # “reckless”"); an "as" on a noun gives examples ("risks such as floods"), no label.
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "oprd" for t in _top_level(span))


def _content_of_cue(span, cue) -> bool:
    """Whether the parse makes ``span`` what ``cue`` reports: its clausal complement ("said the
    plan failed"), the clause the cue is an incise of ("The plan failed, she says"), a clause
    holding the cue, or an object with its predicate ("called the plan a mistake"). A learned
    span that is only the cue's object ("announced plans") or merely near it is not."""
    if span is None or not len(span):
        return False
    root = span.root
    if root == cue:
        return True
    if root.head == cue and root.dep_ in ("ccomp", "parataxis"):
        return True
    if cue.head == root and cue.dep_ in ("parataxis", "ccomp"):
        return True
    return any(c.dep_ == "oprd" and span.start <= c.i < span.end for c in cue.children)


def _clause_of_noun(span, noun) -> bool:
    """Whether the parse makes ``span`` a clause complementing ``noun`` ("the claim that the
    plan failed"): hung on the noun, with a complementizer or a finite verb of its own."""
    if span is None or not len(span):
        return False
    root = span.root
    return root.head == noun and root.dep_ in ("acl", "ccomp", "appos") and (
        root.tag_ in _FINITE_TAGS or any(c.dep_ == "mark" and c.lower_ == "that" or c.tag_ in _FINITE_TAGS for c in root.children)
    )


def is_statement(attribution: Attribution, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an indirect attribution reports something that was stated, for the statements
    scope. Not stated: a noun-phrase topic where the language counts only clauses
    (``states_a_proposition``); a negated reporting verb ("did not say whether …", "n'a pas
    précisé si …"), which reports that nothing was said; an indirect question ("won't say what
    he'll do", "asked whether …"); a span the learned model proposed that the parse does not
    make the content of its speech cue (``_content_of_cue``: the model learned PolNeAR's broader
    attributions), or, for a noun of saying, no clause of that noun (``_clause_of_noun``). Quoted words always are statements, except those of a to-infinitive
    request or pledge in English (``_quoted_infinitive_request`` when mixed,
    ``_quoted_infinitive_of_a_request`` when the quotation is the infinitive's verb phrase) and of
    a question put (``_quoted_question_put``)."""
    if attribution.kind == "direct":
        return not _quoted_infinitive_of_a_request(attribution, doc, lexicon)
    if attribution.kind not in ("indirect", "mixed"):
        return True
    if (
        _reason_for_a_judgment(attribution, doc, lexicon)
        or _object_of_a_stance(attribution, doc, lexicon)
        or _proposed_action(attribution, doc, lexicon)
        or _finding_or_measurement(attribution, doc, lexicon)
        or _said_of_or_to_oneself(attribution, doc, lexicon)
    ):
        return False
    cue = _cue_span(attribution, doc)
    source_phrase = cue is not None and len(cue) > 0 and is_source_phrase(tuple(t.lower_.replace("’", "'") for t in cue), lexicon)
    if source_phrase and _poll_source(cue, lexicon):
        return False  # "according to a poll": a poll states nothing, whatever words of its questions it quotes
    if attribution.kind != "indirect":
        return not _quoted_infinitive_request(attribution, doc, lexicon) and not _quoted_question_put(attribution, doc, lexicon)
    if not states_a_proposition(attribution, doc, lexicon):
        return False
    if source_phrase:
        # A source phrase (according to X, selon X) reports what X stated, unless X is a poll
        # (above) or the clause gives a measurement.
        content_span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
        return not (content_span is not None and len(content_span) and _poll_measurement(content_span, lexicon))
    if cue is not None and len(cue) == 1 and cue[0].text == ":" and cue.start > 0 and doc[cue.start - 1].lower_ in lexicon.poll_nouns:
        return False  # a headline's "Poll: …" gives a measurement, as "according to a poll" does
    if cue is not None and len(cue) and cue.root.pos_ == "NOUN" and attribution.rule.startswith(_GUESSED_RULES):
        # "In another email, the firm appeared to …", "a statement contradicting his comments":
        # the model guesses a span near a noun of saying; it is what the noun reports only as
        # the noun's own clause ("her statement that the depot would close").
        return _clause_of_noun(doc.char_span(attribution.start, attribution.end, alignment_mode="expand"), cue.root)
    if cue is None or not len(cue) or cue.root.pos_ not in ("VERB", "AUX"):
        return True
    if _negated(cue.root) and not restricted_not_negated(cue.root, lexicon) and not litotes(cue.root, lexicon) or _connective(cue.root) or _unrealised(cue.root, lexicon):
        return False
    if _narrated_state_of_mind(cue.root, lexicon):
        return False
    if attribution.rule.startswith(_GUESSED_RULES) and not _content_of_cue(doc.char_span(attribution.start, attribution.end, alignment_mode="expand"), cue.root):
        return False
    if attribution.start < cue.start_char:
        # « Si l'essai réussit, il pourrait …, comme l'indique X »: « si » opening a content
        # before its cue is a condition of the statement; an indirect question follows its verb.
        return True
    content = [t for t in doc.char_span(attribution.start, attribution.end, alignment_mode="expand") or [] if not t.is_punct and not t.is_space]
    return not (content and _indirect_question(content[0], lexicon))
