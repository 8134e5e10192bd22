"""Language data (lang/<code>.json) compiled once into sets for cheap lookups by the rules."""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from extractor.engines.offline.docarrays import lemma_lowers, lower_forms
from extractor.wordlists import language_data, with_classes

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Lexicon:
    """The lists the rules read, for one language. Everything is lower case except names."""

    language: str
    speech_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    source_object_verbs: frozenset[str]
    object_content_verbs: frozenset[str]
    passive_belief_verbs: frozenset[str]
    activity_nouns: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]  # multiword cues, tokenised lower case
    speech_nouns: frozenset[str]
    accuse_object_verbs: frozenset[str]
    accuse_passive: frozenset[str]
    accuse_nouns: frozenset[str]
    responsible_words: frozenset[str]
    claim_kinds: dict[str, frozenset[str]]
    hedge_words: frozenset[str]
    conditional_hedges: bool
    titles: frozenset[str]
    unnamed_nouns: frozenset[str]
    group_nouns: frozenset[str]
    government_words: frozenset[str]
    state_words: frozenset[str]
    organization_words: frozenset[str]
    #: Nouns for a company or body that "the …" uses to refer back to one named before.
    organization_anaphors: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_pronouns: frozenset[str]
    #: Third-person pronouns (and possessives) of one grammatical gender: "Masc" / "Fem".
    pronoun_genders: dict[str, str]
    #: "the latter", « ce dernier / cette dernière »: the last person named.
    latter_words: frozenset[str]
    #: Pronouns for a thing ("it"): as a speaker, an organisation, never a person.
    neuter_pronouns: frozenset[str]
    #: Demonstratives for a fact or a situation (« c'est … », « cela montre … »): never a speaker.
    speakerless_pronouns: frozenset[str]
    capitals: dict[str, str]
    nationalities: dict[str, str]
    country_forms: dict[str, str]  # lower-cased surface form -> canonical country
    determiners: frozenset[str]
    time_words: frozenset[str]
    adverbial_infinitive_markers: frozenset[str] = frozenset()
    # What kind of act a cue reports (acts.classify_cue): private states and perceptions.
    cognition_verbs: frozenset[str] = frozenset()
    perception_verbs: frozenset[str] = frozenset()
    # Perception verbs that state a published finding when a research body is their subject
    # (« une équipe de chercheurs a montré que … »): speech (acts.classify_attribution).
    finding_verbs: frozenset[str] = frozenset()
    # A clause marked as a view or a report with no source of its own (lang/en.json "unsourced"):
    # "seems doomed", "is expected to", "reportedly".
    unsourced_raising: frozenset[str] = frozenset()
    unsourced_passive: frozenset[str] = frozenset()
    unsourced_adverbs: frozenset[str] = frozenset()
    # Verbs of saying whose noun object is rarely what was said (said a few words, support a
    # candidate, claimed victory, sought comment): no object topic (attribution.object_topics).
    no_object_topic_verbs: frozenset[str] = frozenset()
    # Whether a speech verb's noun-phrase object alone ("announced plans") is a statement.
    noun_phrase_statements: bool = True
    # French surface rules (attribution.py): words that open a content clause ("que"), prepositions
    # that name a sentence's source when they open it ("Pour X, …"), and stressed pronouns that
    # can be that source ("Pour lui, …"). Empty for languages that do not use these rules.
    complementizers: frozenset[str] = frozenset()
    topic_source_prepositions: frozenset[str] = frozenset()
    stressed_pronouns: frozenset[str] = frozenset()
    # « Pour certains, … ; pour d'autres, … »: indefinite pronouns of people that can be a « pour » source.
    indefinite_sources: frozenset[str] = frozenset()
    # Endings of nouns that name people by what they do (« buralistes », « donatrice »): such a
    # noun after « Pour » is a source as surely as a listed title.
    agent_noun_endings: tuple[str, ...] = ()
    #: Abbreviated titles and the title they write ("sen." → "senator"): "Sen. X" holds the title
    #: "the senator" refers back to.
    title_abbreviations: dict[str, str] = field(default_factory=dict)
    #: Words that make a title a past one ("former governor"): "the governor" is the one who holds
    #: it now, not someone the article calls its former holder.
    past_office_words: frozenset[str] = frozenset()
    # Verbs that state a judgement through an object and its attribute (« trouve le projet
    # « irréaliste » », « qualifie de « miettes » les mesures »).
    attributive_verbs: frozenset[str] = frozenset()
    # Words that make an infinitive reporting verb a plan or a purpose, not a report
    # (« devrait annoncer », « pour soutenir », « il faut dire »), and words that make
    # « que » part of a conjunction (« alors que », « bien que ») rather than a content clause.
    non_reporting_governors: frozenset[str] = frozenset()
    # Nouns that count or divide the group named after them (« la plupart des experts »).
    quantity_nouns: frozenset[str] = frozenset()
    conjunction_locutions: frozenset[str] = frozenset()
    # « on peut lire », « on pouvait lire »: reading verbs whose « on » introduces a medium's words.
    impersonal_reading_verbs: frozenset[str] = frozenset()
    # « Au ministère, on assure … », « Du côté du syndicat, on … »: prepositions that put the
    # impersonal « on » inside the body that speaks (speakers._french_impersonal_body).
    impersonal_body_prepositions: frozenset[str] = frozenset()
    # « alors que », « tandis que » (first words): the narrator setting another party's act
    # against a report, which ends the report's content.
    contrast_locutions: frozenset[str] = frozenset()
    # « si », « même si », « bien que » (whole locutions, lower case): conjunctions of a conditional
    # or concessive clause fronted before the main clause, which ends a report made inside it.
    fronted_clause_markers: frozenset[str] = frozenset()
    # « faire état de », « faire part de »: a light verb + noun that reports its « de » object.
    light_reporting_verbs: tuple[tuple[str, ...], ...] = ()
    # A verb and the noun of a speech act it takes as object (« présenter ses excuses », « adresser
    # ses condoléances »): the whole object phrase is the statement.
    speech_act_objects: tuple[tuple[str, ...], ...] = ()
    # « noter », « rappeler »: verbs by which the narrator adds a fact (« Rappelons que … »,
    # « On note que … », « Il est à noter que … »).
    narrator_verbs: frozenset[str] = frozenset()
    # « en outre », « de plus », « malgré tout »: multiword adverbs, as word tuples (lower case).
    adverbial_locutions: tuple[tuple[str, ...], ...] = ()
    # Clitic pronouns that may sit between a reporting verb and its infinitive (« dit n'y être pour rien »).
    object_clitics: frozenset[str] = frozenset()
    # Verbs of wish whose infinitive complement is an intention, not a statement (« espère prendre »);
    # their « que » clause still reports.
    intention_verbs: frozenset[str] = frozenset()
    # « appeler à la grève », « exhorter au calme »: verbs of calling whose « à » noun is what they call for.
    call_to_verbs: frozenset[str] = frozenset()
    # « plaide pour un suivi sanitaire »: verbs of advocacy whose « pour » noun is what they advocate.
    pour_content_verbs: frozenset[str] = frozenset()
    # « l'hôpital a admis deux blessés »: verbs whose object naming people is an act on them, not content.
    people_object_verbs: frozenset[str] = frozenset()
    # « balaie ces accusations », « écarte la piste criminelle »: verbs of dismissal whose object is
    # content only when it names something said or supposed (« a écarté la foule » moves people).
    dismissal_verbs: frozenset[str] = frozenset()
    # « n'exclut pas de porter plainte »: verbs whose negation still reports (a litotes).
    negated_report_verbs: frozenset[str] = frozenset()
    dismissed_nouns: frozenset[str] = frozenset()
    # « Une version que conteste la famille. »: verbs whose relative clause on a dismissed noun standing
    # alone as a sentence reports that their subject disputes it (attribution._Analyzer.disputed_versions).
    version_disputing_verbs: frozenset[str] = frozenset()
    # « met en cause la marque », « pointe du doigt le promoteur »: locutions of blame whose object is
    # their content; « tient X pour responsable »: the verb and the words after « pour » that blame.
    blame_locutions: tuple[tuple[str, ...], ...] = ()
    holding_responsible_verbs: frozenset[str] = frozenset()
    holding_responsible_words: frozenset[str] = frozenset()
    # « tient X pour seul responsable »: words between « pour » and the blaming word.
    holding_responsible_modifiers: frozenset[str] = frozenset()
    # « a prévenu de troubles », « témoignent d'avances reçues »: verbs whose content is a « de » noun.
    de_content_verbs: frozenset[str] = frozenset()
    # « a donné la même explication, « … » »: nouns of something said that introduce its words
    # after a comma, as a speech noun does after a colon.
    statement_nouns: frozenset[str] = frozenset()
    # « utilise le mot « milice » », « ses déclarations sur les « paresseux » »: nouns of words
    # someone uses; a quotation that complements them is the words of whoever uses them.
    quoted_word_nouns: frozenset[str] = frozenset()
    # « utilise le mot … », « a employé le terme … »: verbs whose subject uses the words its object names.
    word_using_verbs: frozenset[str] = frozenset()
    # « répète les propos tenus par X : « … » »: verbs by which the subject passes on words of
    # someone else's that its object names.
    relaying_verbs: frozenset[str] = frozenset()
    # « « … », analyse un expert »: verbs that report only as an incise with an inverted subject;
    # elsewhere they name an act (« a analysé des milliers de matchs »).
    incise_only_verbs: frozenset[str] = frozenset()
    # speech_verbs and incise_only_verbs: what a verb in an incise may be.
    incise_verbs: frozenset[str] = frozenset()
    # « celui-ci », « celle-ci »: the nearest person or organisation named before.
    demonstrative_pronouns: frozenset[str] = frozenset()
    # Subordinators of an indirect question ("whether", "si"): asked or not said, never stated.
    question_marks: frozenset[str] = frozenset()
    # Speech with a speaking subject, a finding with an inanimate one ("the data suggest").
    evidential_verbs: frozenset[str] = frozenset()
    # Evidential verbs that report the writer's reading of someone, not a statement, unless an
    # utterance is their subject ("has indicated he has no plans"; "a statement indicated").
    signalling_verbs: frozenset[str] = frozenset()
    # Verbs whose subjectless gerund object is an action called for ("proposed cutting the fee").
    proposal_verbs: frozenset[str] = frozenset()
    # Verbs of request whose subjunctive clause is the action called for ("proposed they meet").
    mandative_verbs: frozenset[str] = frozenset()
    # Verbs of concluding: a finding with a body or a document as subject ("the FBI concluded").
    conclusion_verbs: frozenset[str] = frozenset()
    # Verbs of agreeing or taking sides that report a poll's answers with a share of a group as
    # subject ("34% agree that …"), and the words for that share.
    poll_answer_verbs: frozenset[str] = frozenset()
    poll_shares: frozenset[str] = frozenset()
    # Causatives that turn a verb of knowing into telling ("faire savoir", "let X know").
    causative_verbs: frozenset[str] = frozenset()
    #: Verbs of praise, with the reason after one of the reason links ("praised her for acting
    #: quickly"): the reason is no statement (acts.is_statement); in English, blame's reason
    #: is none either (acts._object_of_a_stance).
    judgment_verbs: frozenset[str] = frozenset()
    judgment_reason_links: frozenset[str] = frozenset()
    subject_control_verbs: frozenset[str] = frozenset()  # « menacer qn de dire »: the subject speaks, not the object
    # A stance as the predicate of its holder ("is an opponent of", "is critical of").
    stance_predicates: frozenset[str] = frozenset()
    # Verbs that name a deed as often as a statement (« soutenir ses alliés », « défendre le
    # chèque »): in the infinitive they report only with a « que » clause.
    ambiguous_act_verbs: frozenset[str] = frozenset()
    # « on déplore des toits arrachés »: an indefinite subject names no source for a noun object
    # (indirect questions, « a annoncé s'il se représenterait », are acts.py's question_marks).
    indefinite_subjects: frozenset[str] = frozenset()
    impersonal_verbs: frozenset[str] = frozenset()
    # Words that introduce a name or a title in quotation marks (« une vidéo intitulée « … » »,
    # "a campaign dubbed “…”", « le slogan « … » »): what follows is a label, not a statement.
    naming_words: frozenset[str] = frozenset()
    # Documents that state findings and can be a headline's source (« Sondage : … », "Poll: …").
    finding_documents: frozenset[str] = frozenset()
    # Sources that count opinions ("according to a new survey"): a measurement, not a statement.
    poll_nouns: frozenset[str] = frozenset()
    # Nouns for an aggregate of polls ("an average of 81 percent … approve, according to X"):
    # as the subject of a source's clause they make it a measurement.
    poll_aggregates: frozenset[str] = frozenset()
    # Nouns for what someone said, which as the possessed subject of "be" introduce its words
    # ("Her response was that …", "his reply was: “…”").
    utterance_subject_nouns: frozenset[str] = frozenset()
    # Things that carry written words ("a shirt that read “…”", "signs reading “…”"): their words
    # are displayed, nobody's statement.
    inscription_nouns: frozenset[str] = frozenset()
    # Verbs whose passive with a « par » agent still reports the agent's statement (« jugé
    # insuffisant par X », « annoncée par le ministère »).
    passive_statement_verbs: frozenset[str] = frozenset()
    # Pronominal verbs by which a subject states its own position: with an attribute (« se dit
    # prêt à … », « s'affirme « confiant » »), and with a « comme » attribute (« se présente
    # comme le candidat du centre »).
    self_declaring_verbs: frozenset[str] = frozenset()
    self_describing_verbs: frozenset[str] = frozenset()
    # Verbs of reading a fact with « y » or « dans » (« y voit une sanction »).
    interpreting_verbs: frozenset[str] = frozenset()
    # Verbs of forecasting that take a noun-phrase statement only when it names a change
    # (« prévoit une hausse du chômage », not « prévoit une réunion »).
    forecast_verbs: frozenset[str] = frozenset()
    forecast_nouns: frozenset[str] = frozenset()
    # Verbs that assign a cause or a value (« impute l'accident à … », « chiffre le préjudice à
    # … »): their object is a statement with its « à » complement, unless it is an awarded thing.
    assignment_verbs: frozenset[str] = frozenset()
    awarded_nouns: frozenset[str] = frozenset()
    locution_nouns_after_a: frozenset[str] = frozenset()
    # Data and evidence no one speaks through (« selon plusieurs indicateurs »): not a source.
    data_nouns: frozenset[str] = frozenset()
    # Documents and published findings that "speak" for whoever wrote them ("the report said",
    # « selon les chiffres publiés par X »): the speaker is their author when the article names it.
    document_nouns: frozenset[str] = frozenset()
    # Data among document_nouns ("according to data released by X"): X's, never another document's.
    data_documents: frozenset[str] = frozenset()
    # Who speaks in an ad ("a narrator", "a voice-over"): for whoever ran the ad.
    ad_voices: frozenset[str] = frozenset()
    ad_nouns: frozenset[str] = frozenset()  # ads among document_nouns: what an ad voice belongs to
    # Verbs that make someone a document's author ("a report released by X", « publié par X »).
    authoring_verbs: frozenset[str] = frozenset()
    # Charging documents ("the complaint", "the indictment") are the prosecution's: with no
    # author named, they speak for the prosecutors the article mentions (charging_authors).
    charging_documents: frozenset[str] = frozenset()
    charging_authors: frozenset[str] = frozenset()
    # Labels of a line that links to another article ("READ MORE: …", « LIRE AUSSI : … »).
    link_labels: frozenset[str] = frozenset()
    # Verbs whose first object is the addressee ("told reporters …", "assured the board …").
    addressee_verbs: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    # Words that answer a yes-no question whole ("said yes"): a statement in one word.
    answer_words: frozenset[str] = frozenset()
    # Prepositions of the addressee that may come between an incise verb and its inverted subject
    # (« …, a déclaré à l'AFP un porte-parole »).
    addressee_prepositions: frozenset[str] = frozenset()
    # Modals and words of intention, ability or expectation under which a reporting verb reports
    # nothing yet said ("will argue", "decided to ask", "expected to say"): acts.is_statement.
    unrealised_governors: frozenset[str] = frozenset()
    # Verbs of a state of mind that the imperfect narrates rather than reports (« il pensait
    # que … »): acts.is_statement.
    private_state_verbs: frozenset[str] = frozenset()
    # « a requis l'anonymat »: objects by which a source asks not to be named, which say nothing.
    anonymity_nouns: frozenset[str] = frozenset()
    # Verbs that label their object with quoted words (« a qualifié l'attaque d'« acte terroriste » »,
    # « juge la décision « absurde » »): the quoted words are their subject's (or agent's).
    label_verbs: frozenset[str] = frozenset()
    # Verbs that label their object only through "as" ("hailed the deal as “historic”").
    as_label_verbs: frozenset[str] = frozenset()
    # The word through which they label it ("as").
    as_label_links: frozenset[str] = frozenset()
    # Verbs of crying out whose quoted object is the words uttered, however short and verbless
    # (« ont scandé « Démission ! » », « en criant « Vive la République » »).
    outcry_verbs: frozenset[str] = frozenset()
    # The people around someone, who speak for themselves (« l'entourage de X », « la mère de X »):
    # with a title, a group or an institution noun, the head of a phrase whose « de » complement
    # names a person who is not the speaker (« l'avocate de X a précisé »).
    circle_nouns: frozenset[str] = frozenset()
    # Nouns for a person by their age (« le quinquagénaire », « la septuagénaire »): a short
    # definite one goes on about the person named just before, as "the 24-year-old" does.
    age_nouns: frozenset[str] = frozenset()
    # Verbs of learning that report with an indefinite subject and a source (« …, a-t-on appris de
    # source judiciaire », « … auprès de la préfecture »): the source is the speaker.
    hearsay_verbs: frozenset[str] = frozenset()
    # Verbs of a judgment (« condamner », "sentence") and the prepositions that bring their penalty
    # (« condamné à deux ans de prison »): with a penalty they hand down a verdict, no statement.
    verdict_verbs: frozenset[str] = frozenset()
    verdict_prepositions: frozenset[str] = frozenset()
    verdict_penalties: frozenset[str] = frozenset()
    # First names of one gender ("Masc" / "Fem"), lower case: the gender of a person the
    # article's own pronouns say nothing about (or say it through a stray pronoun).
    first_name_genders: dict[str, str] = field(default_factory=dict)
    # English nouns for a person of one gender ("actress", "congressman", "businesswoman"), lower
    # case: a definite epithet made of one ("the actress said") is not someone of the other gender.
    noun_genders: dict[str, str] = field(default_factory=dict)
    # Nouns for a person by what they are or do (« le chauffeur », « l'homme »; the accusation
    # section's list, shared): a definite one can be who a later « il » / « elle » stands for.
    person_nouns: frozenset[str] = frozenset()
    # Courtesy titles of one gender before a surname (« M. », « Mme »): which of several people
    # sharing the surname is meant.
    honorific_genders: dict[str, str] = field(default_factory=dict)
    # Nouns for a body of people acting as one ("the team", "the party", "the club"): like
    # ``organization_anaphors``, "the …" refers back to the one named before; kept apart because
    # the attribution rules do not take these nouns alone for speakers.
    collective_anaphors: frozenset[str] = frozenset()
    # Nouns for a person's standing in public life that are not titles ("the front-runner",
    # "the speechwriter", "the billionaire"): an article goes on calling someone it named by
    # them, so a short definite one is that person, like a title.
    description_nouns: frozenset[str] = frozenset()
    # Short names of political parties ("GOP", "Tory"): set before a title they say whose side
    # someone is on ("the GOP nominee"), as a party adjective does, not which body they serve in.
    party_names: frozenset[str] = frozenset()
    # Nouns an article calls a newspaper it named by ("the paper", "the daily"), and the words
    # newspapers' names end in ("Times", "Gazette"): which named organisation such a noun takes up.
    newspaper_nouns: frozenset[str] = frozenset()
    newspaper_name_words: frozenset[str] = frozenset()
    # Nouns for who or what speaks for a newspaper ("the editors of X", "X's editorial"): the
    # organisation they belong to is a newspaper, whatever its name ends in.
    newspaper_staff_nouns: frozenset[str] = frozenset()
    quantifier_subjects: frozenset[str] = frozenset()


@functools.cache
def union(*word_sets: frozenset[str]) -> frozenset[str]:
    """The union of lexicon word sets, built once per combination (a rule asks for the same
    few unions on every phrase it reads). For membership tests: the iteration order is not
    that of ``a | b``."""
    return frozenset().union(*word_sets)


_Built = TypeVar("_Built")


def built_once(cache: dict[Hashable, tuple[Any, Any]], table: object, key: Hashable, build: Callable[[], _Built]) -> _Built:
    """What ``build`` makes from a lexicon table (a pattern, a joined word set), made once per
    table and ``key`` and kept in ``cache``: the tables are dicts, which cannot key a
    ``functools.cache``, so ``key`` names the table by its id and the entry keeps the table to
    check it is the same one (an id may be reused once a table is gone)."""
    known = cache.get(key)
    if known is None or known[0] is not table:
        known = cache[key] = (table, build())
    built: _Built = known[1]
    return built


def _lower_set(items: list[str]) -> frozenset[str]:
    return frozenset(item.lower() for item in items)


def _gender_map(section: dict[str, Any]) -> dict[str, str]:
    """A word list's "masculine" and "feminine" words, lower case, to "Masc" / "Fem"."""
    return {
        **{w.lower(): "Masc" for w in section.get("masculine", [])},
        **{w.lower(): "Fem" for w in section.get("feminine", [])},
    }


@functools.cache
def get_lexicon(language: str) -> Lexicon:
    """The compiled lexicon for 'fr' or 'en' (cached per process)."""
    raw = language_data(language)
    verbs = raw["reporting_verbs"]
    acc = raw["accusation"]
    forms = {}
    for country, surfaces in raw["country_forms"].items():
        for surface in surfaces:
            forms[surface.lower()] = country
        forms[country.lower()] = country
    # Every country the lexicon knows by its capital or a nationality is also named by its own
    # name (« la Pologne » and « Varsovie » are one state), not only those with extra forms.
    for country in (*raw["capitals"].values(), *raw["nationalities"].values()):
        forms.setdefault(country.lower(), country)
    speech_verbs = _lower_set(with_classes(verbs, "speech"))
    return Lexicon(
        language=language,
        speech_verbs=speech_verbs,
        belief_verbs=_lower_set(verbs["belief"]),
        weak_verbs=_lower_set(verbs.get("weak", [])),
        source_object_verbs=_lower_set(verbs.get("source_object", [])),
        object_content_verbs=_lower_set(with_classes(verbs, "object_content")),
        passive_belief_verbs=_lower_set(verbs.get("passive_belief", [])),
        activity_nouns=_lower_set(acc.get("activity_nouns", [])),
        according_to=tuple(tuple(p.lower().replace("’", "'").split()) for p in raw["according_to"]),
        speech_nouns=_lower_set(raw["speech_nouns"]),
        accuse_object_verbs=_lower_set(acc["verbs_object"]),
        accuse_passive=_lower_set(acc["passive_markers"]),
        accuse_nouns=_lower_set(acc["nouns"]),
        responsible_words=_lower_set(acc["responsible"]),
        claim_kinds={kind: _lower_set(words) for kind, words in raw["claim_kinds"].items()},
        hedge_words=_lower_set(raw["hedges"]["words"]),
        conditional_hedges=bool(raw["hedges"].get("conditional_mood")),
        titles=_lower_set(raw["titles"]),
        unnamed_nouns=_lower_set(raw["unnamed_nouns"]),
        group_nouns=_lower_set(raw["group_nouns"]),
        government_words=_lower_set(raw["government_words"]),
        state_words=_lower_set(raw["state_words"]),
        organization_words=_lower_set(raw["organization_words"]),
        organization_anaphors=_lower_set(raw.get("organization_anaphors", [])),
        person_pronouns=_lower_set(raw["pronouns"]["person"]),
        plural_pronouns=_lower_set(raw["pronouns"]["plural"]),
        first_pronouns=_lower_set(raw["pronouns"]["first"]),
        latter_words=_lower_set(raw["pronouns"].get("latter", [])),
        neuter_pronouns=_lower_set(raw["pronouns"].get("neuter", [])),
        speakerless_pronouns=_lower_set(raw["pronouns"].get("speakerless", [])),
        demonstrative_pronouns=_lower_set(raw["pronouns"].get("demonstrative", [])),
        pronoun_genders={
            **{w.lower(): "Masc" for w in raw["pronouns"].get("masculine", [])},
            **{w.lower(): "Fem" for w in raw["pronouns"].get("feminine", [])},
        },
        capitals=dict(raw["capitals"]),
        nationalities={k.lower(): v for k, v in raw["nationalities"].items()},
        country_forms=forms,
        determiners=_lower_set(raw["determiners"]),
        time_words=_lower_set(raw.get("time_words", [])),
        adverbial_infinitive_markers=_lower_set(raw.get("adverbial_infinitive_markers", [])),
        cognition_verbs=_lower_set(verbs.get("cognition", [])),
        perception_verbs=_lower_set(verbs.get("perception", [])),
        finding_verbs=_lower_set(verbs.get("published_findings", [])),
        unsourced_raising=_lower_set(raw.get("unsourced", {}).get("raising", [])),
        unsourced_passive=_lower_set(raw.get("unsourced", {}).get("passive", [])),
        unsourced_adverbs=_lower_set(raw.get("unsourced", {}).get("adverbs", [])),
        no_object_topic_verbs=_lower_set(raw.get("unsourced", {}).get("no_object_topic", [])),
        noun_phrase_statements=bool(verbs.get("noun_phrase_statements", True)),
        complementizers=_lower_set(raw.get("complementizers", [])),
        topic_source_prepositions=_lower_set(raw.get("topic_source_prepositions", [])),
        stressed_pronouns=_lower_set(raw.get("stressed_pronouns", [])),
        indefinite_sources=_lower_set(raw.get("indefinite_sources", [])),
        agent_noun_endings=tuple(w.lower() for w in raw.get("agent_noun_endings", [])),
        title_abbreviations={k.lower(): v.lower() for k, v in raw.get("title_abbreviations", {}).items()},
        past_office_words=_lower_set(raw.get("past_office_words", [])),
        attributive_verbs=_lower_set(verbs.get("attributive", [])),
        non_reporting_governors=_lower_set(raw.get("non_reporting_governors", [])),
        quantity_nouns=_lower_set(raw.get("quantity_nouns", [])),
        conjunction_locutions=_lower_set(raw.get("conjunction_locutions", [])),
        impersonal_reading_verbs=_lower_set(raw.get("impersonal_reading_verbs", [])),
        impersonal_body_prepositions=_lower_set(raw.get("impersonal_body_prepositions", [])),
        contrast_locutions=_lower_set(raw.get("contrast_locutions", [])),
        fronted_clause_markers=_lower_set(raw.get("fronted_clause_markers", [])),
        light_reporting_verbs=tuple(tuple(p.lower().replace("’", "'").split()) for p in raw.get("light_reporting_verbs", [])),
        speech_act_objects=tuple(tuple(p.lower().split()) for p in raw.get("speech_act_objects", [])),
        narrator_verbs=_lower_set(raw.get("narrator_verbs", [])),
        adverbial_locutions=tuple(tuple(p.lower().replace("’", "'").split()) for p in raw.get("adverbial_locutions", [])),
        object_clitics=_lower_set(raw.get("object_clitics", [])),
        intention_verbs=_lower_set(verbs.get("intention", [])),
        call_to_verbs=_lower_set(verbs.get("call_to", [])),
        pour_content_verbs=_lower_set(verbs.get("pour_content", [])),
        people_object_verbs=_lower_set(verbs.get("people_object", [])),
        dismissal_verbs=_lower_set(verbs.get("dismissal", [])),
        negated_report_verbs=_lower_set(verbs.get("negated_reports", [])),
        dismissed_nouns=_lower_set(verbs.get("dismissed_nouns", [])),
        version_disputing_verbs=_lower_set(verbs.get("version_disputing", [])),
        blame_locutions=tuple(tuple(p.lower().split()) for p in verbs.get("blame_locutions", [])),
        holding_responsible_verbs=_lower_set(verbs.get("holding_responsible_verbs", [])),
        holding_responsible_words=_lower_set(verbs.get("holding_responsible_words", [])),
        holding_responsible_modifiers=_lower_set(verbs.get("holding_responsible_modifiers", [])),
        de_content_verbs=_lower_set(verbs.get("de_content", [])),
        statement_nouns=_lower_set(raw.get("statement_nouns", [])),
        quoted_word_nouns=_lower_set(raw.get("quoted_word_nouns", [])),
        word_using_verbs=_lower_set(raw.get("word_using_verbs", [])),
        relaying_verbs=_lower_set(raw.get("relaying_verbs", [])),
        incise_only_verbs=_lower_set(verbs.get("incise_only", [])),
        incise_verbs=speech_verbs | _lower_set(verbs.get("incise_only", [])),
        question_marks=_lower_set(verbs.get("question_marks", [])),
        evidential_verbs=_lower_set(verbs.get("evidential", [])),
        signalling_verbs=_lower_set(verbs.get("signalling", [])),
        proposal_verbs=_lower_set(verbs.get("proposal", [])),
        mandative_verbs=_lower_set(verbs.get("mandative", [])),
        conclusion_verbs=_lower_set(verbs.get("conclusion", [])),
        poll_answer_verbs=_lower_set(verbs.get("poll_answers", [])),
        poll_shares=_lower_set(raw.get("poll_shares", [])),
        causative_verbs=_lower_set(verbs.get("causative", [])),
        judgment_verbs=_lower_set(verbs.get("judgment", [])),
        judgment_reason_links=_lower_set(verbs.get("judgment_reason_links", [])),
        subject_control_verbs=_lower_set(verbs.get("subject_control", [])),
        stance_predicates=_lower_set(raw.get("stance_predicates", [])),
        ambiguous_act_verbs=_lower_set(verbs.get("ambiguous_acts", [])),
        indefinite_subjects=_lower_set(raw.get("indefinite_subjects", [])),
        impersonal_verbs=_lower_set(raw.get("impersonal_verbs", [])),
        naming_words=_lower_set(raw.get("naming_words", [])),
        finding_documents=_lower_set(raw.get("finding_documents", [])),
        poll_nouns=_lower_set(raw.get("poll_nouns", [])),
        poll_aggregates=_lower_set(raw.get("poll_aggregates", [])),
        utterance_subject_nouns=_lower_set(raw.get("utterance_subject_nouns", [])),
        inscription_nouns=_lower_set(raw.get("inscription_nouns", [])),
        data_nouns=_lower_set(raw.get("data_nouns", [])),
        passive_statement_verbs=_lower_set(verbs.get("passive_statement", [])),
        self_declaring_verbs=_lower_set(verbs.get("self_declaring", [])),
        self_describing_verbs=_lower_set(verbs.get("self_describing", [])),
        interpreting_verbs=_lower_set(verbs.get("interpreting", [])),
        forecast_verbs=_lower_set(verbs.get("forecast", [])),
        forecast_nouns=_lower_set(verbs.get("forecast_nouns", [])),
        assignment_verbs=_lower_set(verbs.get("assignment", [])),
        awarded_nouns=_lower_set(verbs.get("awarded_nouns", [])),
        locution_nouns_after_a=_lower_set(verbs.get("locution_nouns_after_a", [])),
        document_nouns=_lower_set(raw.get("document_nouns", [])) | _lower_set(raw["speech_nouns"]),
        data_documents=_lower_set(raw.get("data_documents", [])),
        ad_voices=_lower_set(raw.get("ad_voices", [])),
        ad_nouns=_lower_set(raw.get("ad_nouns", [])),
        authoring_verbs=_lower_set(raw.get("authoring_verbs", [])),
        charging_documents=_lower_set(raw.get("charging_documents", [])),
        charging_authors=_lower_set(raw.get("charging_authors", [])),
        link_labels=_lower_set(raw.get("link_labels", [])),
        addressee_verbs=_lower_set(raw.get("addressee_verbs", [])),
        question_verbs=_lower_set(raw.get("question_verbs", [])),
        answer_words=_lower_set(raw.get("answer_words", [])),
        addressee_prepositions=_lower_set(raw.get("addressee_prepositions", [])),
        unrealised_governors=_lower_set(raw.get("unrealised_governors", [])),
        private_state_verbs=_lower_set(verbs.get("private_state", [])),
        anonymity_nouns=_lower_set(raw.get("anonymity_nouns", [])),
        label_verbs=_lower_set(verbs.get("label", [])),
        as_label_verbs=_lower_set(verbs.get("label_as", [])),
        as_label_links=_lower_set(verbs.get("label_as_links", [])),
        outcry_verbs=_lower_set(verbs.get("outcry", [])),
        circle_nouns=_lower_set(raw.get("circle_nouns", [])),
        age_nouns=_lower_set(raw.get("age_nouns", [])),
        hearsay_verbs=_lower_set(verbs.get("hearsay", [])),
        verdict_verbs=_lower_set(verbs.get("verdict", [])),
        verdict_prepositions=_lower_set(verbs.get("verdict_prepositions", [])),
        verdict_penalties=_lower_set(verbs.get("verdict_penalties", [])),
        first_name_genders=_gender_map(raw.get("first_names", {})),
        noun_genders=_gender_map(raw.get("gendered_person_nouns", {})),
        person_nouns=_lower_set(acc.get("person_nouns", [])),
        honorific_genders=_gender_map(raw.get("honorifics", {})),
        collective_anaphors=_lower_set(raw.get("collective_anaphors", [])),
        description_nouns=_lower_set(raw.get("description_nouns", [])),
        party_names=_lower_set(raw.get("party_names", [])),
        newspaper_nouns=_lower_set(raw.get("newspaper_nouns", [])),
        newspaper_name_words=_lower_set(raw.get("newspaper_name_words", [])),
        newspaper_staff_nouns=_lower_set(raw.get("newspaper_staff_nouns", [])),
        quantifier_subjects=_lower_set(raw.get("quantifier_subjects", [])),
    )


#: Endings of the past participle of a French first-group verb (lancer → lancé, lancée, lancés, lancées).
FIRST_GROUP_PARTICIPLE = ("é", "ée", "és", "ées")
#: The forms of « avoir » that make a compound past with a participle (« a dit », « avaient annoncé »).
AVOIR_FORMS = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "eut"})


def verb_lemma(token: Token, verbs: frozenset[str]) -> str | None:
    """The token's lemma if it is in ``verbs``; the statistical lemmatizer sometimes returns the
    noun ("estime" for "estime") or the adjective ("qualifiées"), so regular first-group
    inflections are tried too, past participles included."""
    doc, i = token.doc, token.i  # (the per-Doc word lists: Token attributes are looked up on each read)
    lemma = lemma_lowers(doc)[i]
    if lemma in verbs:
        return lemma
    return verb_lemma_of_form(lower_forms(doc)[i], verbs)


def present_tense_verb_lemma(low: str, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` an English third-person present form stands for ("says" → say,
    "denies" → deny, "pushes" → push): the form a headline in title case reports with."""
    if not low.endswith("s"):
        return None
    stems = ([low[:-3] + "y"] if low.endswith("ies") else []) + [low[:-1], low[:-2]]
    return next((stem for stem in stems if stem in verbs), None)


@functools.lru_cache(maxsize=1 << 15)
def verb_lemma_of_form(low: str, verbs: frozenset[str]) -> str | None:
    """`verb_lemma` for a lower-case word form alone (no lemma to read): the verb of ``verbs`` its
    regular first-group inflection is, remembered: the rules ask about the same words of an
    article many times (a frozenset hashes once)."""
    participle = low.removesuffix("s").removesuffix("e")
    for candidate in (
        low, low + "r", low[:-2] + "r" if low.endswith("nt") else "", low[:-1] + "r" if low.endswith("s") else "",
        participle[:-1] + "er" if participle.endswith("é") else "",
    ):
        if candidate and candidate in verbs:
            return candidate
    return None
