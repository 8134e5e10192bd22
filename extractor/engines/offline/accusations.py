"""Accused parties: who is accused, by whom, of what, from accusation constructions.

Constructions (lemmas from lang/<code>.json "accusation"):

- a verb whose object is the accused: accuser/condamner/dénoncer X (de …), accuse/blame/condemn
  X (of/for …); when the object is an activity ("les cyberactivités de Pékin", "the activity of
  a group known as X and Y") the named parties inside it are the accused;
- ``tenir X responsable`` / ``hold X responsible`` and ``X est responsable de`` / ``X is
  responsible for`` (also in the passive: "X doit être tenu responsable");
- a participle or noun of accusation on a noun: "quatre pirates, accusés de …", "l'inculpation de
  X", "the indictment of X", "hackers charged with …";
- imputer/attribuer … à X, attribute/blame … on X;
- court cases, which the annotators of French news count as accusations: a judicial verb in the
  passive ("X a été mis en examen / arrêté / condamné pour …", "X was charged with …",
  "X, visé par une enquête, …"), its participle on a noun, its nominalisation ("l'arrestation
  de X", "the arrest of X"); the accuser is the agent ("par X", "by X") when there is one;
- nominal accusations aimed at someone: "la plainte de X contre Y", "les accusations contre Y",
  "an investigation targeting Y";
- perpetrators: the subject (or the passive agent) of a verb of violence or wrongdoing
  ("X a attaqué …", "des otages enlevés par X"), a perpetrator noun ("le suspect",
  "l'agresseur", "the gunman") or the author of a crime ("X est l'auteur de l'attentat");
- claims of responsibility: "X a revendiqué l'attentat", "the attack was claimed by X" (told by
  no one else, X is its own accuser), and who committed a crime: "X a commis l'attentat", "la
  tuerie a été perpétrée par X";
- a source calling someone a criminal through a copula: "selon X, les Zetas constituent une
  milice", "« ces hommes sont des terroristes », a dit X";
- members of a named organisation stand for it ("un combattant du Front du Sahel"), and a
  person named as one of an accused group is accused with it ("un des trois ravisseurs, du nom
  de X", "X, un des trois journalistes convoqués …");
- blame inside a statement with no accusation verb: the owner of a wrong named by a noun ("« les
  complices de X »", "les mensonges du ministre"), the subject of a support verb of a crime
  ("selon Y, le régime mène une répression"), the agents of what a source gives as the cause of
  a harm ("Y évoque le blocus imposé par X comme cause de la famine");
- a name the recogniser or the parser cut in pieces ("Boko" / "Haram") is one party;
- being the target of an investigation or of attacks: "visé par la justice", "X doit faire face à
  des accusations", "X, éclaboussé par des soupçons", "Y s'en est pris à X", "Y s'est montré
  critique envers X", and being cleared of blame ("dédouaner X"); charges with no agent after an
  authority named investigating in the paragraph before ("… visée par la justice. X a été mis en
  examen") are that authority's.

Not accusations: the police's own intervention told by the article ("les policiers ont blessé
le fuyard"), a bare count of people arrested ("57 personnes ont été interpellées"), a summons
that does not say what for ("convoqué à une réunion").

The accuser is the subject of the verb, the agent of the passive, or the speaker of the
quotation or statement the construction sits in; a passive with no agent outside any statement
keeps the party with no accuser. Parties must be parties: a name, an institution, or a noun for
people ("trois militants", "le suspect"); "condamner les cures d'austérité" accuses no one.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from spacy.tokens import Span, Token

from extractor.engines.offline.attribution import Attribution, DocAnalysis
from extractor.engines.offline.docarrays import (
    children_indices,
    dep_labels,
    french_tense,
    head_indices,
    heads_of,
    lemma_lowers,
    lower_forms,
    morph_get,
    pos_tags,
    sentence_of,
)
from extractor.engines.offline.intervals import Intervals
from extractor.engines.offline.lexicon import Lexicon, built_once, union, verb_lemma, verb_lemma_of_form
from extractor.engines.offline.speakers import Entity, french_apposed_subject
from extractor.wordlists import language_data

_NAME_LABELS_SKIP = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_OBJ = frozenset({"obj", "dobj"})
#: Dependents that make a noun the predicate of a clause of its own (« de se montrer responsable »,
#: « d'être « responsables » du chaos »): a subordinator, a copula or an auxiliary.
_CLAUSE_MARKERS = frozenset({"mark", "cop", "aux", "aux:tense", "aux:pass"})
#: The most words a role may take before a name in apposition (« l'ancien adjoint au maire X »).
_ROLE_WORDS_BEFORE_NAME = 4
# How far after a participle its apposed phrase is read for what it is for (« licencié en
# octobre 2025 pour faute grave »): a few adjuncts, no more.
_APPOSED_PHRASE_REACH = 8
# How far after the first party of a verb of blame its gapped second one may start (« reproche
# à X d'avoir … , et à Y de … »): the first blame's clause, no more.
_GAPPED_BLAME_REACH = 40
#: Marks a party never ends on: an opening quotation mark or bracket, a dash, a comma.
_NO_PARTY_END = frozenset({"«", "“", "\"", "(", "[", "-", "–", "—", ","})
#: Marks that open a quotation.
_OPENING_QUOTES = frozenset({"«", "“", "\""})
_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass"})
#: What a verb acts on: an object, an argument with its preposition, a clause or an infinitive.
_ACTED_ON = frozenset({"obj", "dobj", "iobj", "obl:arg", "xcomp", "ccomp"})
# Words introducing what someone is accused of: accuser X *de* …, accuse X *of* …, blame X *for* …
_PARTITIVE = frozenset({"dont", "including", "among", "notamment", "parmi"})
_OF_WORDS = frozenset({"de", "d'", "d’", "du", "des", "of", "for", "with", "over", "pour"})
_AGENT_WORDS = frozenset({"par", "by"})
_INDEFINITE = frozenset({"un", "une", "des", "de", "d'", "du", "a", "an", "some"})
_SINCE_WORDS = frozenset({"depuis", "pendant", "durant", "since", "during"})
# Words introducing who something is put on: imputer l'attaque *à* X, attribute it *to* X, blame it *on* X
_AT_WORDS = frozenset({"à", "au", "devant", "at", "before"})
_TO_WORDS = frozenset({"à", "au", "aux", "to", "on"})
_RELATIVES = frozenset({"qui", "who", "that", "which", "lequel", "laquelle", "lesquels", "lesquelles"})
# Indefinite pronouns (the tagger may read « quelqu' » of « quelqu'un » as a name): no one in particular.
_ANYONE = frozenset({"quelqu'", "quelqu'un", "quiconque"})
# A group's members named in parentheses after it: "plusieurs ONG (dont X et Y)".
_MEMBERS_AFTER = re.compile(r"\s*\(\s*(?:dont|notamment|parmi lesquels|parmi lesquelles|y compris|including|among them)\s+([^()]{2,120}?)\s*\)")
_PARTY_ENT_LABELS = frozenset({"PER", "PERSON", "ORG", "GPE", "LOC", "NORP", "MISC", "FAC"})


def _phrases(items: list[str]) -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Single lemmas, and multiword entries by their first word ("mettre en examen" ->
    {"mettre": (("en", "examen"),)}), matched against the words that follow the token."""
    single: set[str] = set()
    multi: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        words = item.lower().replace("’", "'").split()
        if len(words) == 1:
            single.add(words[0])
        else:
            multi.setdefault(words[0], []).append(tuple(words[1:]))
    return frozenset(single), {k: tuple(v) for k, v in multi.items()}


def _clitic_verbs(items: list[str]) -> dict[str, tuple[str, ...]]:
    """Pronominal entries by their verb: "s'en prendre" -> {"prendre": ("se", "en")}."""
    out: dict[str, tuple[str, ...]] = {}
    for item in items:
        words = item.lower().replace("’", "'").replace("'", "' ").split()
        out[words[-1]] = tuple("se" if w == "s'" else w for w in words[:-1])
    return out



def _without_determiner(surface: str, determiners: frozenset[str]) -> str:
    """A description compared without its determiner (the lexicon's, elided ones glued to the
    word) and case: « L'ancien maire » = « ancien maire »."""
    words = surface.replace("’", "'").strip().lower()
    elided = next((d for d in determiners if d.endswith("'") and words.startswith(d)), None)
    if elided is not None:
        return words[len(elided):].lstrip()
    first, _, rest = words.partition(" ")
    return rest if first in determiners and rest else words

def _names_one_party(short: str, full: str, *, proper: bool) -> bool:
    """Whether ``full`` names the party ``short`` names with words added (both without their
    determiner, lower-cased): words after it that describe it (« homme » → « homme de 34 ans »,
    « club » → « club boulonnais ») or, when ``short`` is a ``proper`` name, a description
    before it that is not its complement (« novachlor » → « société novachlor », not « soutien
    de nicolas miguet »)."""
    if not short or short == full:
        return False
    if full.startswith(short + " "):
        return True
    if not proper or not full.endswith(" " + short):
        return False
    before = full[: -len(short)].split()
    return bool(before) and before[-1] not in _OF_WORDS and not before[-1].endswith(("'", "’"))


@dataclass(frozen=True)
class AccusationWords:
    """The lists of the "accusation" block of lang/<code>.json that only this stage reads."""

    judicial: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]
    legal_agents: frozenset[str]
    judicial_nouns: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]
    against_nouns: frozenset[str]
    against_words: frozenset[str]
    weighing_verbs: frozenset[str]  # « les soupçons qui pèsent sur X »
    behind_words: frozenset[str]  # « X est derrière l'attaque »
    perpetration_verbs: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]
    #: Violence only when a source tells it ("« il l'a frappé », dit X"); told by the article the
    #: subject is as often a storm or a crisis ("la tempête a frappé le nord").
    reported_violence_verbs: frozenset[str]
    perpetrator_nouns: frozenset[str]
    #: Determiners that bring in a new group of some people (« plusieurs personnes »), never one named before.
    new_group_determiners: frozenset[str]
    crime_nouns: frozenset[str]
    institution_adjectives: dict[str, str]  # "les violences policières": the police's
    #: Crimes whose "de" complement names the victim, not the doer ("le meurtre de son voisin").
    victim_crime_nouns: frozenset[str]
    #: « l'intéressé »: the person the article is about, under a word that names no one else.
    concerned_words: frozenset[str]
    claim_verbs: frozenset[str]
    commission_verbs: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # "X a commis l'attentat"
    person_nouns: frozenset[str]
    person_suffixes: tuple[str, ...]  # agent nouns: "neutraliseurs", "djihadistes", "manifestants"
    not_persons: frozenset[str]  # words with those endings that are not people ("secteur")
    negations: frozenset[str]
    refusal_verbs: frozenset[str]  # "refuse d'accuser X": no accusation
    captive_nouns: frozenset[str]  # "les otages de X": X holds them
    scandal_nouns: frozenset[str]  # "l'affaire X", "the X scandal": named after the accused
    label_verbs: frozenset[str]  # "désigner X comme terroriste", "brand X a criminal"
    criticism_or_violence_verbs: frozenset[str]  # "attaquer l'État" (criticism) / "attaquer des passants"
    warning_verbs: frozenset[str]  # « menacer de déposer un préavis »: a warning, unless of violence
    violent_threats: frozenset[str]  # « menacé de mort »: what makes a threat violence
    stigma_words: frozenset[str]
    copular_verbs: frozenset[str]  # "X constitue une milice", "X became a terrorist"
    role_verbs: frozenset[str]  # « X joue les dictateurs »: X acts as one (not « joue un dictateur » in a film)
    law_enforcement: frozenset[str]  # "les policiers", "les forces de l'ordre"
    armed_forces: frozenset[str]  # "les soldats", "la coalition": who fights attackers in a clash
    member_nouns: frozenset[str]  # "un combattant de X", "members of X": X is accused with them
    summon_verbs: frozenset[str]  # judicial only with a reason: "convoqué pour diffamation"
    dismissal_verbs: frozenset[str]  # judicial only with a wrong: "expulsé pour espionnage"
    unknown_party_names: frozenset[str]  # « une plainte contre X »: no one known
    attempt_verbs: frozenset[str]  # "X pourrait chercher à imputer … à Y": a hypothesis, no accusation
    involvement_verbs: frozenset[str]  # judicial only when involved in something: "impliqué dans un scandale"
    neutral_involvements: frozenset[str]  # what one takes part in without blame: "impliqué dans l'offensive"
    before_authority_verbs: frozenset[str]  # judicial only before a court or the police: "présenté à un juge"
    report_to_authority_verbs: frozenset[str]  # "signaler X au parquet": X is accused by the subject
    authority_agent_verbs: frozenset[str]  # judicial only by a prosecuting agent: "visé par une enquête", "recherché par la police"
    person_judicial: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # done only to people: "mis en examen", "écroué"
    tally_nouns: frozenset[str]  # "81 personnes ont été interpellées": a police tally, no one accused
    tally_acts: frozenset[str]  # arrests, whose bare count is a tally (not custody, charges, verdicts)
    others_words: frozenset[str]  # "deux autres ont été condamnés": more people of the same case
    injunction_verbs: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # "enjoindre à X de …"
    harm_verbs: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # "X nous a fait perdre …", said Y
    wrong_nouns: frozenset[tuple[str, ...]]  # "les complices de X", "la fakenews de X": X is to blame
    crime_support_verbs: frozenset[str]  # "X mène une répression": X commits it
    cause_nouns: frozenset[str]  # "le blocus imposé par X est la cause de la famine", said Y
    allegiance_verbs: frozenset[str]  # "les ravisseurs se sont réclamés de X": X is behind them
    authorities: frozenset[str]  # "arrêté … par la police", "convoqué au commissariat": who prosecutes
    questioning_verbs: frozenset[str]  # "interpellé par des manifestants": questioned; an arrest only when the police act
    charge_domains: frozenset[str]  # "responsable de la sécurité": in charge of it, no blame
    arresting_agents: frozenset[str]  # "les douaniers", "les agents": who may arrest besides police, courts, armies
    trial_verbs: frozenset[str]  # "le tribunal juge X": X is accused when a court does it
    target_verbs: frozenset[str]  # "imputer l'attaque à X", "reprocher à X son silence": X is accused
    blame_verbs: frozenset[str]  # those of them that mean blame whatever is put on X ("imputer", "reprocher")
    attributed_harms: frozenset[str]  # what "attribuer … à X" blames X for ("l'explosion", "la panne")
    object_verb_phrases: dict[str, tuple[tuple[str, ...], ...]]  # multiword accusing verbs: "mettre en cause X"
    denial_verbs: frozenset[str]  # "X nie les faits", "X dément toute implication": X stands accused
    denied_nouns: frozenset[str]  # what a denial is about when it answers an accusation
    #: The nouns of those that name the accusation itself, not the deed ("les accusations", "ces
    #: allégations"): taken up with a determiner, they are the accusations just reported.
    charge_nouns: frozenset[str]
    verdict_verbs: frozenset[str]  # "X a été reconnu coupable": a verdict
    defendant_verbs: frozenset[str]  # "X comparaîtra devant le tribunal pour …"
    against_verbs: frozenset[str]  # "le parquet a requis dix ans contre X"
    accuser_owned_nouns: frozenset[str]  # "les accusations de Kiev": "de X" is who accuses
    undergo_verbs: frozenset[str]  # "X fait l'objet d'une enquête"
    undergo_nouns: frozenset[str]
    faced_nouns: frozenset[str]  # "X fait face à des accusations": X stands accused
    clitic_target_verbs: dict[str, tuple[str, ...]]  # "s'en prendre à X": X is accused, by the subject
    person_object_clitics: frozenset[str]  # « le », « la », « l' »: a blamed person taken up as object
    exculpation_verbs: frozenset[str]  # "dédouaner X": X stands accused
    critical_adjectives: frozenset[str]  # "critique envers X": X is accused
    revelation_verbs: frozenset[str]  # "X révèle que Y aurait …": a reportive conditional revealed
    revelation_nouns: frozenset[str]  # "les révélations de X concernant Y": X accuses the people named
    concerning_words: frozenset[str]  # what a revelation is about: "concernant Y", "sur Y"
    custody_states: tuple[str, ...]  # "X est en garde à vue", "X is in custody": held as a suspect
    custody_stay_verbs: frozenset[str]  # « X se trouve en garde à vue »: held as a suspect too
    time_spending_verbs: frozenset[str]  # « X a passé la nuit en garde à vue »: the object is the time
    penalty_verbs: frozenset[str]  # "X a écopé de deux ans de prison": sentenced
    penalty_nouns: frozenset[str]  # what makes it a sentence ("amende", "prison")
    own_penalty_verbs: frozenset[str]  # "X a vu sa peine aggravée": convicted
    blame_nouns: frozenset[str]  # "rejeter la faute sur X", "X porte la responsabilité de …"
    passed_blame_nouns: frozenset[str]  # "renvoyer la balle à X": blame only when passed on
    wrongdoing_nouns: frozenset[str]  # "dénoncer la corruption du régime": the owner is accused
    protest_verbs: frozenset[str]  # "manifester contre le gouvernement": the party protested against
    protest_nouns: frozenset[str]  # "la manifestation des syndicats contre le préfet"
    object_clitic_subjects: frozenset[str]  # « X nous ont volés » with « nous » parsed as a second subject
    confession_verbs: frozenset[str]  # "X a avoué avoir tué …": X did it
    conduct_blame_verbs: frozenset[str]  # "dénoncer l'attitude du préfet": the owner of the conduct is accused
    conduct_nouns: frozenset[str]
    fact_nouns: frozenset[str]  # "dénoncer le fait que X …": X is accused
    duty_giving_verbs: frozenset[str]  # "laisser la responsabilité à X": a duty, no blame
    sanction_verbs: frozenset[str]  # "Bruxelles sanctionne Apple", "X a été sanctionné": a penalty
    judicial_active_verbs: frozenset[str]  # « le parquet poursuit X », « Madrid a extradé X »: the active of a judicial act
    reproach_verbs: frozenset[str]  # « le ministre a tancé le préfet », « recadrer X »: the object is reproached by the subject
    responsibility_holding_verbs: frozenset[str]  # « tenir X pour responsable », « rendre X responsable de … », "hold X responsible"
    charge_naming_verbs: frozenset[str]  # « taxer X de laxisme »: the object is charged with the « de » noun
    investigation_verbs: frozenset[str]  # "le parquet enquête sur X": X is under investigation
    investigation_nouns: frozenset[str]  # "une enquête sur X", "les investigations concernant X"
    investigation_words: frozenset[str]  # what introduces their target besides "contre"/"visant"
    threat_nouns: frozenset[str]  # "des menaces de la part de X": X is accused, as of a crime
    threat_content_nouns: frozenset[str]  # what a threat threatens (« menaces de mort de X »): not its source
    sights_nouns: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # "X est dans le collimateur de Y"
    blame_shift_verbs: frozenset[str]  # "rejeter/reporter la faute sur X": X is blamed by the subject
    blame_bearing_verbs: frozenset[str]  # "X porte/a une part de responsabilité": X is blamed, said a source
    duty_failure_verbs: frozenset[str]  # "X a manqué à ses obligations", "X a failli à sa mission"
    duty_nouns: frozenset[str]  # what is failed: "obligations", "devoir", "mission"
    duty_verbs: frozenset[str]  # "X n'a pas su protéger …": a duty X did not know how to carry out
    event_nouns: frozenset[str]  # "des manifestations ont eu lieu contre X, accusé de …": no accuser
    sport_senses: frozenset[str]  # "les attaques danoises menées par X": a move of a game ...
    sport_context: frozenset[str]  # ... in a paragraph about a game ("match", "finale")
    suspect_nouns: frozenset[str]  # "le suspect": someone others suspect (`_perpetrator`) ...
    naming_verbs: frozenset[str]  # ... unless the statement names him: « le suspect se nommerait X »
    hearing_verbs: frozenset[str]  # judicial only over a charge: « entendu pour soupçons de fraude »
    responsibility_domains: frozenset[str]  # "la responsabilité sociale des entreprises": a duty, no blame
    natural_events: frozenset[str]  # "le séisme a fait des victimes": harm done by no party
    suspicion_nouns: frozenset[str]  # "des soupçons de corruption à la mairie": aimed at the party after « à »
    grievance_verbs: frozenset[str]  # « nous avons été abandonnés par l'État » (in a statement): the agent is blamed
    danger_nouns: frozenset[str]  # « X représente une menace », « X est un danger » (in a statement): X is blamed
    danger_verbs: frozenset[str]  # ... with « être » or one of these
    deploring_adjectives: frozenset[str]  # « il est inacceptable que X ferme l'usine »: X is blamed
    pretence_phrases: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # « X fait semblant de … »
    shortcoming_adjectives: frozenset[str]  # « X a été trop lent à réagir »: X is blamed
    intent_verbs: frozenset[str]  # « X veut semer le chaos »: X would do the harm
    deploring_nouns: frozenset[str]  # « c'est un scandale que X ferme l'usine »: X is blamed
    commitment_nouns: frozenset[str]  # « X n'a pas tenu ses promesses »: X is blamed ...
    commitment_keeping_verbs: frozenset[str]  # ... with one of these verbs, negated
    policy_nouns: frozenset[str]  # « la politique criminelle de X »: X is blamed
    wrongful_manner_adverbs: frozenset[str]  # « X a arrêté arbitrairement Y »: X is blamed, Y is a victim
    culprit_demand_verbs: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # « X doit démissionner »
    culprit_call_verbs: frozenset[str]  # « Y appelle X à cesser ses attaques »: the same demand made of X by Y
    placement_verbs: frozenset[str]  # « placer », « mettre » ...
    judicial_placements: tuple[tuple[str, ...], ...]  # ... someone « en garde à vue », « en examen » (longest first)
    finger_pointing_verbs: frozenset[str]  # « montrer du doigt X », « pointer du doigt X »
    acquittal_verbs: frozenset[str]  # « le tribunal a relaxé X »: X was on trial
    neutral_reasons: frozenset[str]  # « suspendu pour cause de … »: no wrong given as the reason
    against_locution_nouns: frozenset[str]  # « à l'encontre de X »: aimed at X
    plea_verbs: frozenset[str]  # « plaider » ...
    plea_words: frozenset[str]  # ... « coupable »: a defendant
    passive_host_verbs: frozenset[str]  # « il reste soupçonné de … »: the participle is said of the host's subject
    reflexive_passive_hosts: frozenset[str]  # ... « se retrouver », « se voir » (with their « se »)
    reflexive_causative_hosts: frozenset[str]  # « il s'est fait arrêter », « il se voit reprocher … »: the infinitive is undergone
    booing_verbs: frozenset[str]  # « le public a hué X »: X is blamed by those booing
    victim_words: frozenset[str]  # « victime de N de la part de Y »: Y is blamed
    states_under_investigation: frozenset[str]  # « X est sous enquête »: as custody_states, after « sous »
    hostile_conduct_nouns: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # « l'acharnement de X »: X's doing
    persecution_nouns: frozenset[str]  # « le harcèlement de la part de X » (« de X » is the victim)
    remedy_verbs: frozenset[str]  # « X n'a rien fait pour protéger … »: X failed to act
    complicity_nouns: frozenset[str]  # « en complicité avec X »: X is an accomplice
    identifying_verbs: frozenset[str]  # « deux suspects identifiés comme X et Y »: the named people
    quoted_label_verbs: frozenset[str]  # « qualifier X de « … » »: a label in the speaker's words ...
    praise_labels: frozenset[str]  # ... unless it praises (« de « héros » »)
    wrong_committing_verbs: frozenset[str]  # « X a commis des fautes », said Y: X is blamed
    committed_wrong_nouns: frozenset[str]  # ... the wrongs committed that the other lists lack (« irrégularités »)
    reported_wrongdoing_verbs: frozenset[str]  # « X a négligé les alertes », said Y: read as harm verbs
    custody_hearing_states: frozenset[str]  # « entendu sous le régime de la garde à vue »: heard as a suspect
    company_head_nouns: frozenset[str]  # « le gérant de X, Paul Roux, est injoignable »: X answers
    correlative_adverbs: frozenset[str]  # « accuse tant X que Y »: Y is accused too
    partitive_counted_heads: frozenset[str]  # « plusieurs de ses collaborateurs ont été condamnés »: the phrase is the party
    collective_party_nouns: frozenset[str]  # « les centrales d'achat », « la presse »: bodies of people the other lists lack
    condition_conjunctions: frozenset[str]  # « si les passeurs nous menaçaient »: a supposed act accuses no one
    article_contractions: frozenset[str]  # « reprochent au principal de … »: an article in a preposition
    establishment_nouns: frozenset[str]  # « l'industriel », « la coopérative », « l'établissement »: a business or an establishment
    neglected_duty_verbs: frozenset[str]  # « X n'a jamais entretenu les digues », « … sans prévenir »: a duty left undone
    omission_prepositions: frozenset[str]  # « sans » before an infinitive: the act is left undone
    narrated_wrongdoing_verbs: frozenset[str]  # « X a déversé … », « ils cassent tout », said Y: read as harm verbs
    counterfactual_modals: frozenset[str]  # « X aurait pu … », « X aurait dû … »: no act alleged
    undergone_and_lawful_acts: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]  # « X aurait perdu … », « X aurait fait appel »: no wrong alleged
    approximate_tally_words: frozenset[str]  # « plus de 300 habitants », « une quarantaine d'abonnés »: a tally of the people a wrong befell
    defendant_nouns: frozenset[str]  # « le prévenu », « l'accusée »: the one person a trial judges
    abstract_nouns: frozenset[str]  # « la sécurité », « le retard », « des blocages »: an act, a quality or an event is no party
    adjunct_prepositions: frozenset[str]  # « le régime contre les étudiants »: the complement says against whom, not who
    time_prepositions: frozenset[str]  # « la fédération dès 2022 »: the complement says when, never who
    establishment_kind_nouns: frozenset[str]  # « la clinique Saint-Roch » … « la clinique »: the kind a named establishment is introduced by
    establishment_hypernyms: frozenset[str]  # « l'établissement », « la direction »: the last establishment named, whatever its kind




#: id of a list's multiword entries -> (those entries, `_causative_verbs` of them)
_CAUSATIVES: dict[int, tuple[object, dict[str, frozenset[str]]]] = {}


def _causative_verbs(entries: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]) -> dict[str, frozenset[str]]:
    """The two-word entries of a list by their second word: the infinitive → the verbs that
    make it causative before it ("perdre" → {"faire"}), made once per list (`_causative` asks
    of every verb)."""
    multi = entries[1]
    known = _CAUSATIVES.get(id(multi))
    if known is None or known[0] is not multi:
        firsts: dict[str, set[str]] = {}
        for first, rests in multi.items():
            for rest in rests:
                if len(rest) == 1:
                    firsts.setdefault(rest[0], set()).add(first)
        known = _CAUSATIVES[id(multi)] = (multi, {second: frozenset(words) for second, words in firsts.items()})
    return known[1]


@functools.cache
def _nominal_construction_nouns(language: str) -> frozenset[str]:
    """Every noun that opens one of ``_Finder._nominal_constructions``' constructions by its own
    list (the wrongs of ``_names_wrong`` apart)."""
    words = accusation_words(language)
    return frozenset().union(
        words.against_nouns, words.investigation_nouns, words.perpetrator_nouns, words.crime_nouns, words.cause_nouns,
        words.blame_nouns, words.passed_blame_nouns, words.fact_nouns, words.protest_nouns, words.wrongdoing_nouns, words.duty_nouns, words.threat_nouns,
        words.sights_nouns[0], words.sights_nouns[1].keys(), words.captive_nouns, words.scandal_nouns,
    )


@functools.cache
def accusation_words(language: str) -> AccusationWords:
    """The accusation lists for 'fr' or 'en' (cached per process)."""
    acc = language_data(language)["accusation"]

    def lower(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in acc.get(key, []))

    # The lists read another way than their field's type says, or under another key.
    special: dict[str, Any] = dict(
        judicial=_phrases(acc.get("judicial_passive", [])),
        institution_adjectives={k.lower(): v for k, v in acc.get("institution_adjectives", {}).items()},
        person_suffixes=tuple(w.lower() for w in acc.get("person_suffixes", [])),
        law_enforcement=frozenset(w.lower().replace("’", "'") for w in acc.get("law_enforcement", [])),
        wrong_nouns=frozenset(tuple(w.lower().replace("’", "'").split()) for w in [*acc.get("wrong_nouns", []), *acc.get("moral_failing_nouns", [])]),
        target_verbs=frozenset(w.lower() for w in acc.get("verbs_to_target", [])),
        blame_verbs=lower("blame_verbs_to_target"),
        object_verb_phrases=_phrases([*acc.get("verbs_object", []), *acc.get("reproach_verbs", [])])[1],
        clitic_target_verbs=_clitic_verbs(acc.get("clitic_target_verbs", [])),
        person_object_clitics=frozenset(w.lower().replace("’", "'") for w in acc.get("person_object_clitics", [])),
        # (longest first, so that "détention provisoire" is read before "détention")
        custody_states=tuple(sorted(lower("custody_states"), key=len, reverse=True)),
        judicial_placements=tuple(sorted((tuple(w.lower().split()) for w in acc.get("judicial_placements", [])), key=len, reverse=True)),
    )
    # Every other field is the list of its own name: a set of lower-cased words, or entries of one or
    # more words (`_phrases`), as its type says.
    loaded: dict[str, Any] = {
        attribute.name: lower(attribute.name) if attribute.type == "frozenset[str]" else _phrases(acc.get(attribute.name, []))
        for attribute in fields(AccusationWords)
        if attribute.name not in special
    }
    return AccusationWords(**loaded, **special)


@dataclass(frozen=True)
class ResponsibilityWords:
    """The lists of the "held_responsible" block of lang/<code>.json
    (`_Finder._organisations_held_responsible`); empty for a language without the block."""

    body_nouns: frozenset[str]  # « la direction », « les organisateurs », « la commune »
    fault_nouns: frozenset[str]  # « la responsabilité de X », « les manquements de X »
    answering_verbs: frozenset[str]  # « X doit indemniser … »
    silent_verbs: frozenset[str]  # « X n'a pas souhaité réagir »: no failure of its own
    unanswered_requests: frozenset[str]  # « X est resté injoignable », « X n'a pas souhaité réagir »: X is asked to answer a charge
    request_nouns: frozenset[str]  # « n'a pas répondu aux sollicitations »: what a party is asked
    no_party_subjects: frozenset[str]  # « personne n'a répondu », « ce dernier n'a pas souhaité réagir »: no one, or someone named before
    conditional_auxiliaries: frozenset[str]  # « X aurait dû … »
    knowing_verbs: frozenset[str]  # « X savait », « X ne pouvait pas ignorer »: X knew of the wrong
    fronted_request_participles: frozenset[str]  # « Contactée, X a rejeté … »: how the reporter reached X, no part of X


@functools.cache
def responsibility_words(language: str) -> ResponsibilityWords:
    """The held-responsible lists for 'fr' or 'en' (cached per process)."""
    block = language_data(language).get("held_responsible", {})
    return ResponsibilityWords(**{f.name: frozenset(w.lower() for w in block.get(f.name, [])) for f in fields(ResponsibilityWords)})


#: The parts of speech a construction can start on (`_Finder.run`): verbs, participles and
#: adjectives, nouns, and proper nouns (a word quoted alone may be tagged one: `_hostile_conduct_word`).
#: A rule starting on another one must add it here.
_CONSTRUCTION_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})


#: A rule of `_Finder.run`'s per-token dispatch: it tests the context of the word it is given.
_Rule = Callable[["_Finder", Token], None]

#: Per lexicon (`built_once`): the rules a word may start (`_Finder._rules_started_by`), by its
#: part of speech, form and lemma.
_RULES_OF_WORDS: dict[Hashable, tuple[Any, Any]] = {}
#: The kinds of words `_RULES_OF_WORDS` remembers per lexicon at most (a few thousand per article
#: batch; an article meets mostly words it has seen).
_MAX_KINDS_OF_WORDS = 1 << 16


def _may_match(low: str, lemma: str, entries: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]) -> bool:
    """Whether a word of this form and lemma can be one of the entries (`_matches` without the
    words that follow it): its lemma or form is one, or its lemma opens a multiword one."""
    single, multi = entries
    return lemma in single or low in single or lemma in multi


def _matches(token: Token, entries: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]) -> bool:
    """Whether the token is one of the entries: its lemma, or the first word of a multiword entry
    whose other words follow it ("mis en examen", "placé en garde à vue"), maybe past one or two
    adverbs ("mis directement en cause") or the verb's object ("pris les gendarmes pour cible")."""
    single, multi = entries
    doc, i = token.doc, token.i
    lemma, lowers = lemma_lowers(doc)[i], lower_forms(doc)
    if lemma in single or lowers[i] in single:
        return True
    # (past adverbs after the verb: « met directement en cause X », « placé hier en garde à vue »,
    # and bare nouns of time: « mis mardi en examen », « placé lundi soir en garde à vue »)
    start = i + 1
    tags = pos_tags(doc)
    while start < min(len(doc), i + 3) and (tags[start] == "ADV" or tags[start] == "NOUN" and _bare_adjunct_noun(doc[start], i)):
        start += 1
    rests = multi.get(lemma, ())
    firsts = [i + 1, start] if start > i + 1 else [i + 1]
    if rests:
        # (past the verb's object: « ont pris les gendarmes pour cible », or at a preposition the
        # parser hung inside the object's phrase: « pris deux touristes en otage »)
        objects = [c for c in token.children if c.dep_ in _OBJ and c.i > i]
        firsts += [o.right_edge.i + 1 for o in objects] + [t.i for o in objects for t in doc[o.i + 1 : o.right_edge.i + 1] if t.dep_ == "case"]
    for rest in rests:
        for first in firsts:
            following = [word.replace("’", "'") for word in lowers[first : first + len(rest)]]
            if tuple(following) == rest or tuple(_hyphen_parts(lowers[first : first + len(rest)], len(rest))) == rest:
                return True
    return False


def _bare_adjunct_noun(noun: Token, verb_at: int) -> bool:
    """Whether a noun is a bare adjunct of the verb at ``verb_at`` (« mardi », « lundi soir »: no
    preposition, no determiner), hung on the verb or on such a noun right before it."""
    head = noun.head
    if noun.dep_ not in ("obl:mod", "obl", "nmod") or not (head.i == verb_at or head.i == noun.i - 1 and head.head.i == verb_at):
        return False
    return not any(child.dep_ in ("case", "det") for child in noun.children)


def _hyphen_parts(words: list[str], count: int) -> list[str]:
    """The first ``count`` words of a phrase some of whose words are hyphenated compounds, split
    at their hyphens ("mis au pied-du-mur" for "mis au pied du mur"); only whole words."""
    parts: list[str] = []
    for word in words:
        if len(parts) >= count:
            break
        parts += word.replace("’", "'").split("-")
    return parts if len(parts) == count else []


def _infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive: as tagged, or written as its own lemma with an ending of
    the infinitive (the tagger reads « se fait interpeller » with a finite « interpeller »)."""
    if "Inf" in morph_get(verb, "VerbForm", None):
        return True
    return verb.pos_ == "VERB" and verb.lower_ == verb.lemma_.lower() and verb.lower_.endswith(("er", "ir", "re"))


def _capitalised(words: Sequence[Token]) -> bool:
    """Whether a stretch the recogniser marked as a name has a capitalised word: « président de la »
    (a title and the start of its complement, « … de la République ») names no one."""
    return any(w.text[:1].isupper() for w in words)


def _noun_of_adjective(word: Token) -> Token:
    """The noun an adjective qualifies (a participle the parser hung on the adjective before it
    qualifies that noun: « délégué syndical central licencié pour faute grave »), else the word."""
    if word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN"):
        return word.head
    return word


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The head of a phrase: its first word (not a punctuation mark, such as the quotation mark
    it may open with) whose parse head lies outside the phrase, or that is a root."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)), None)


#: A description « N de X » (« le président des Ateliers », « l'avocat de l'expert »): a common
#: noun, maybe after a determiner, and X (`_Finder._speaks_for_a_party_found`).
_OWNER_AFTER_NOUN = re.compile(r"^(?:(?:[lL][ea]s?|[lL]['’]|[sS][oa]n|[sS]es|[lL]eurs?)\s*)?[a-zà-ÿ-]+\s(?:de la |de l['’]|de |des |du |d['’])(.+)$")
#: What may part a description from the name it is set beside (`_Finder._descriptions_apposed_to_a_name`):
#: the rest of the description and a comma (« le marin de 56 ans, » Paul Ribot), or a comma
#: after the name and its acronym (Caisse Berlane « (CB), » une banque coopérative).
_DESCRIPTION_THEN_NAME = re.compile(r"(?:\s[^,.;:!?«»()\n]{1,25})?\s*,\s*")
_NAME_THEN_DESCRIPTION = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*\Z")
#: How far before a description its apposed name may end (`_Finder._descriptions_apposed_to_a_name`);
#: after it, a quarter of that may go to a determiner and a category noun (« la société »).
_APPOSED_NAME_REACH = 60
#: Prepositions of an adjunct fronted before its comma (« À Kalitsa, », « Selon X, »): the name
#: they hold is no apposition of what follows (`_named_beside`).
_FRONTING_PREPOSITIONS = frozenset({"à", "en", "dans", "selon", "pour", "chez", "sur", "par", "avec", "depuis", "après", "avant"})
#: The words of a name that name nothing by themselves (`_content_words`).
_FUNCTION_WORDS = frozenset({"le", "la", "les", "l", "de", "des", "du", "d", "et", "à", "au", "aux", "en"})
#: The small words inside the name of an establishment (« Terres du Layon », « centre hospitalier de Val-Rose »).
_NAME_LINKS = frozenset({"de", "d'", "du", "des", "&"})


def _content_words(name: str) -> frozenset[str]:
    """The lower-cased words of a name but its articles and prepositions (« l'expert »: expert)."""
    return frozenset(word for word in re.findall(r"[^\W\d_][\w-]*", name.lower()) if word not in _FUNCTION_WORDS)


def _named_beside(entity: Entity, text: str, after: re.Match[str] | None, before: re.Match[str] | None) -> bool:
    """Whether one of the entity's proper names (with a capitalised word) stands right after the
    gap ``after`` or ends right before the gap ``before`` (`_Finder._descriptions_apposed_to_a_name`)."""
    for name in (entity.name, *entity.aliases):
        if not any(part[:1].isupper() for part in name.split()):
            continue
        if after is not None and name in text[after.end() : after.end() + len(name) + _APPOSED_NAME_REACH // 4]:
            return True
        if before is not None and text.endswith(name, 0, before.start()):
            # (not the place of a fronted adjunct: « À Kalitsa, le ministère … »)
            preceding = text[max(0, before.start() - len(name) - 8) : before.start() - len(name)].split()
            return not preceding or preceding[-1].lower() not in _FRONTING_PREPOSITIONS
    return False


#: Entity labels of the names a role may be pinned on besides people's (`_roles_of_named_people`).
_NAMED_HOLDER_LABELS = frozenset({"ORG", "MISC", "LOC", "GPE", "NORP", "FAC"})


def _is_role(word: Token, role: str) -> bool:
    """Whether a word after a determiner is the role noun (tagged a verb or an adjective at
    times: « l'exploitant », « le responsable »)."""
    return word.pos_ in ("NOUN", "VERB", "ADJ") and (word.lemma_.lower() == role or word.lower_ == role)


def _role_set_off_by_comma(name: Span, role: str) -> bool:
    """A role noun in apposition to a name by the commas alone, where the parser hangs it
    elsewhere: after the name, « Valnor, l'exploitant du site », « Flotte Rapide, le loueur
    de voitures »; before it, « son exploitant, la société Valnor », « le loueur, Flotte
    Rapide »: a determiner, at most two adjectives, the role. Not when the second phrase is
    the subject of the clause and the first ends a fronted phrase (« Jointe par l'AFP, la
    coopérative rejette … », « après l'annonce du directeur, Jean Roux a … »)."""
    doc = name.doc
    at = name.end
    if at < len(doc) and doc[at].text == ",":
        at += 1
        if at < len(doc) and doc[at].pos_ == "DET":
            at += 1
            while at < len(doc) and at < name.end + 5 and doc[at].pos_ == "ADJ":
                at += 1
            if at < len(doc) and _is_role(doc[at], role) and doc[at].dep_ not in _SUBJ:
                return True
    at = name.start - 1
    if at >= 1 and doc[at].pos_ == "NOUN" and doc[at - 1].pos_ == "DET":
        at -= 2  # (« la société » before the name)
    return (
        at >= 2 and doc[at].text == "," and _is_role(doc[at - 1], role) and doc[at - 2].pos_ in ("DET", "ADJ")
        and name.root.dep_ not in _SUBJ and doc[at + 1].dep_ not in _SUBJ
    )


def _owner(noun: Token, child: Token) -> Token | None:
    """The owner a child of a noun names: a possessive ("X's attack"), a "de" complement after
    it ("l'attaque de X"), or the object of "of" ("the attack of X")."""
    if child.dep_ in ("poss", "nmod:poss"):
        return child
    if child.dep_ == "nmod" and child.i > noun.i and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in child.children):
        return child
    if child.dep_ == "prep" and child.lower_ == "of":
        return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# (« à » too: "des réfugiés vivant aux États-Unis" say where they live, as "en France" does)
_LOCATIVE = frozenset({"dans", "en", "in", "à", "au", "aux", "vers"})
# The prepositions of place that never introduce a party (« à X », "to X" may: "imputer à X";
# « en » opens locutions: « mettre en demeure X », « mettre en cause X »).
_SETTING_WORDS = frozenset({"dans", "in"})


def _locative(token: Token) -> bool:
    """Whether a noun is introduced by a preposition of place (« dans », « en », "in")."""
    if token.dep_ == "pobj":
        return token.head.lower_ in _LOCATIVE
    return any(c.dep_ == "case" and c.lower_ in _LOCATIVE for c in token.children)


def _head_of_genitive_chain(noun: Token) -> Token:
    """The noun a chain of « de » complements ending on ``noun`` hangs on: the whole phrase
    before a relative clause is its antecedent (« le directeur de l'usine, qu'il accuse … »
    takes up the director, « le conseil départemental du Gard, qu'il accuse … » the council),
    not the last complement. Up through « de » complements that follow their noun (also past
    a postposed adjective), not through other prepositions (« des explications au conseil »)."""
    while (noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN")
           and any(c.dep_ == "case" and c.lower_.replace("’", "'") in ("de", "d'", "du", "des") for c in noun.children)):
        noun = noun.head
    return noun


def _participle_with_copula(verb: Token) -> bool:
    """A past participle whose « être » the parser labelled a copula (« six hommes étaient
    gardés à vue »): a French passive all the same."""
    return (
        verb.pos_ == "VERB" and "Part" in morph_get(verb, "VerbForm", None) and "Past" in morph_get(verb, "Tense", None)
        and any(c.dep_ == "cop" and c.lemma_ == "être" for c in verb.children)
    )


def _agrees(participle: Token, noun: Token) -> bool:
    """Whether a participle's gender and number allow it to describe a noun (unknown allows)."""
    for feature in ("Gender", "Number"):
        mine, its = morph_get(participle, feature, None), morph_get(noun, feature, None)
        if mine and its and not set(mine) & set(its):
            return False
    return True


def _is_passive(verb: Token) -> bool:
    """A passive verb ("a été arrêté", "was charged") or a bare participle on a noun."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.lemma_ == "avoir" for c in auxiliaries) and not any(c.dep_ in ("aux:pass", "auxpass") or c.lemma_ == "être" for c in auxiliaries):
        # French makes no passive with "avoir": "les élus ont condamné cet acte" is active even
        # when the parser labels its subject a passive one.
        return False
    if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children):
        return True
    if _participle_with_copula(verb):
        return True
    if "Pass" in morph_get(verb, "Voice", None):
        return True
    # A participle joined to a passive, with no auxiliary or subject of its own, shares its
    # voice: "le colis a été saisi à la douane et placé sous scellés".
    return (
        verb.dep_ == "conj" and verb.head.i < verb.i and "Part" in morph_get(verb, "VerbForm", None)
        and not any(c.dep_.startswith("aux") or c.dep_ in _SUBJ for c in verb.children)
        and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.head.children)
    )


@dataclass
class Accusation:
    """One accused party, merged over every construction naming it."""

    entity: Entity
    accusers: list[Entity] = field(default_factory=list)
    accusation: str | None = None
    evidence: list[Attribution] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: The statements in which the speaker blames the party (not those that only report a court
    #: case or an arrest: "l'opération a permis l'arrestation de dix suspects" is a fact).
    blame_evidence: list[Attribution] = field(default_factory=list)


def _pledged(verb: Token) -> bool:
    """Whether a verb tells what its subject will do, not what it did: a simple future (« la
    commune ne signera pas … »), or a simple conditional in a que-clause under a verb of a past
    tense, the future of the past (« le maire a promis que la commune ne couperait pas sa
    subvention »): a pledge or a forecast, no failure of conduct. Not a compound form (« X
    n'aurait pas contrôlé »: alleged conduct), nor a conditional of hearsay outside a que-clause
    (« X ne respecterait pas les normes, selon Y »)."""
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    # (by the form as well: the tagger may read « signera » as a participle)
    tense = french_tense(verb)
    if "Fut" in morph_get(verb, "Tense", []) or tense == "Fut":
        return True
    if not ("Cnd" in morph_get(verb, "Mood", []) or tense == "Cnd") or verb.dep_ != "ccomp":
        return False
    governor = verb.head
    return governor.pos_ in ("VERB", "AUX") and (
        any(c.dep_ == "aux:tense" for c in governor.children) or bool({"Past", "Imp"} & set(morph_get(governor, "Tense", []))))


def _doing_told_by_a_relative(head: Token) -> bool:
    """Whether a subject relative clause on a definite noun phrase (on its head or on the
    complement of its head: « les pharmacies du secteur, qui ont délivré … ») tells what it
    did. Not an indefinite one: « accuse une perte, qui a débuté … » notes a figure."""
    if any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in head.children):
        return False
    holders = [head, *(c for c in head.children if c.dep_ == "nmod" and c.i > head.i)]
    return any(
        c.dep_ in ("acl:relcl", "relcl") and c.i > holder.i and any(g.dep_ in ("nsubj", "nsubj:pass") and g.lower_ == "qui" for g in c.children)
        for holder in holders for c in holder.children
    )


def _determined_noun_read_as_verb(token: Token) -> bool:
    """A noun of agent the tagger took for a present participle (« contre l'exploitant »,
    « visant le gérant »): a verb form never takes an article, so one on it makes it a noun."""
    # (one the parser gave an object is read as a verb through the words after it, which make
    # no party: « contre l'exploitant forestier X et … » with X its object)
    return (token.pos_ == "VERB" and token.lower_.endswith("ant") and any(c.dep_ == "det" and c.i < token.i for c in token.children)
            and not any(c.dep_ in _OBJ for c in token.children))


class _Finder:
    def __init__(self, analysis: DocAnalysis, lexicon: Lexicon) -> None:
        self.a = analysis
        self.doc = analysis.doc
        self.lex = lexicon
        self.reg = analysis.registry
        self.words = accusation_words(lexicon.language)
        self.found: dict[str, Accusation] = {}
        # Unnamed perpetrators ("le suspect", "l'agresseur", "the gunman") are one party per
        # article and grammatical number: the article's suspect under all its descriptions.
        self._perpetrators: dict[bool, Entity] = {}
        self._counted_perpetrators: dict[str, Entity] = {}  # plural unnamed perpetrators by their number
        self._perpetrator_paragraphs: dict[bool, int] = {}  # where the unnamed perpetrator was last described
        # The people the article names through a description of them, by the description's head
        # noun (« deux suspects identifiés comme X et Y »: "suspect" -> X, Y): an unnamed party
        # described by the same noun elsewhere (« un suspect ») is those people.
        self._named_through: dict[str, list[Entity]] = {}
        # The last court or prosecutor named as the agent of a judicial verb, by lemma, with the
        # start of its paragraph: "X a été condamné par le tribunal … Y a été condamné à …".
        self._last_court: dict[str, tuple[int, list[Entity]]] = {}
        # The last authority named as investigating anyone ("une mutuelle visée par la justice"),
        # with the number of its paragraph: who charges the people of that case just after (not
        # a court's verdict, which ends its case).
        self._last_authority: tuple[int, list[Entity]] | None = None
        # The one party of the last accusation found, with the end of its sentence and the number
        # of the word that accused it: « il » on a judicial act in the next sentence (« X,
        # soupçonné de …, a été interpellé. Il a été déféré au parquet le lendemain ») is that party.
        self._last_party: tuple[tuple[Entity, int, int], int, list[str]] | None = None
        # Verbs whose form the lemmatizer may read as a noun ("reproche") or as another verb
        # (« traite » as « traire »); not the object verbs, some of which are nouns as often
        # ("pointe", "critique").
        self._verb_lemmas = union(self.words.target_verbs, self.words.denial_verbs, self.words.defendant_verbs, self.words.against_verbs, self.words.penalty_verbs,
                                  self.words.label_verbs)
        # Verbs whose object is accused: accusing ones (shared with the other stages) and those
        # of penalties ("sanctionner X"), acquittals (« relaxer X »: a defendant), judicial acts
        # read in the active (« le parquet poursuit X »), reproaches (« tancer X ») and holding
        # responsible (« rendre X responsable »), which only this stage reads.
        self._object_verbs = union(lexicon.accuse_object_verbs, self.words.sanction_verbs, self.words.acquittal_verbs, self.words.judicial_active_verbs,
                                   self.words.reproach_verbs, self.words.responsibility_holding_verbs, self.words.charge_naming_verbs)
        self._multiword_wrongs = tuple(entry for entry in self.words.wrong_nouns if len(entry) > 1)
        # A noun can only complete a multiword entry as its first or last word: checked first,
        # so most nouns skip the window comparisons.
        self._multiword_wrong_edges = frozenset(word for entry in self._multiword_wrongs for word in (entry[0], entry[-1]))
        # Indexes that keep a long article linear (_attribution_at, _add).
        self._attribution_spans: Intervals | None = None
        self._attribution_cues: tuple[list[int], Intervals] = ([], Intervals([]))
        self._negated: frozenset[int] | None = None  # (`_negated_heads`)
        self._outright_denials: list[Token] = []  # (`_outright_deniers_when_no_one_else`)
        self._denier_mentions: dict[str, set[tuple[int, int]]] = {}  # (`_deniers_who_speak_for_a_party_found`)
        self._recorded: dict[int, tuple[dict[tuple[int, int], list[Attribution]], dict[tuple[int, int], list[Attribution]], set[tuple[int, int]]]] = {}

    # -- helpers ---------------------------------------------------------------------------------
    def _attribution_at(self, token: Token) -> Attribution | None:
        """The first attribution whose span or cue holds the token."""
        if self._attribution_spans is None:  # built on first use: bisection, not a scan per call
            attributions = self.a.attributions
            self._attribution_spans = Intervals([(att.start, att.end) for att in attributions])
            with_cue = [(k, att.cue) for k, att in enumerate(attributions) if att.cue]
            self._attribution_cues = ([k for k, _ in with_cue], Intervals([cue for _, cue in with_cue]))
        in_span = self._attribution_spans.first_containing(token.idx)
        cued, cues = self._attribution_cues
        in_cue = cues.first_containing(token.idx)
        found = min((k for k in (in_span, None if in_cue is None else cued[in_cue]) if k is not None), default=None)
        return None if found is None else self.a.attributions[found]

    def _np(self, head: Token) -> list[Token]:
        # Token indices and the per-Doc lists while walking: a Token is built for the phrase alone.
        # (a clause with its own subordinator is no part of the phrase: « soupçonne X d'être
        # responsable de … » hung on X)
        doc = head.doc
        labels, tags, children, lowers = dep_labels(doc), pos_tags(doc), children_indices(doc), lower_forms(doc)
        out, stack = [], [head.i]
        while stack:
            t = stack.pop()
            out.append(t)
            for child in children[t]:
                dep, pos = labels[child], tags[child]
                # (« accuse l'exécutif d'avoir « abandonné » … »: a quoted participle may be read as an adjective)
                if dep in ("relcl", "acl:relcl", "ccomp", "advcl", "parataxis", "xcomp") or (dep == "acl" and pos in ("VERB", "AUX", "ADJ") or dep == "nmod" and pos in ("ADJ", "NOUN")) and child > head.i and any(labels[g] in _CLAUSE_MARKERS for g in children[child]):
                    continue
                # (the opening mark of a quoted clause, with the « d'avoir » of that clause hung
                # on the mark: « accuse l'exécutif d'avoir « ignoré » … » is no « exécutif d'avoir »)
                if dep == "punct" and child > head.i and any(labels[g] == "mark" for g in children[child]):
                    continue
                # (a verb the parser joined to a noun: "par une bande de pirates et averti que …")
                if dep == "conj" and pos in ("VERB", "AUX") and tags[t] in ("NOUN", "PROPN"):
                    continue
                # (the charge the parser hung on the party: « a mis en examen le directeur de
                # l'usine pour homicide involontaire », « … pour le meurtre de X »; not a purpose,
                # « la pétition pour le climat », nor words inside a name, « Comité pour … »)
                if dep == "nmod" and child > head.i and any(labels[g] == "case" and lowers[g] == "pour" for g in children[child]) and self._names_a_charge(doc[child]):
                    continue
                if t == head.i and dep == "nmod" and child > head.i and self._adjunct_of_party(head, doc[child]):
                    continue
                stack.append(child)
        out.sort()
        # Contiguous around the head; the party ends at a comma that opens an apposition.
        lo = hi = out.index(head.i)
        while lo > 0 and out[lo - 1] == out[lo] - 1:
            lo -= 1
        # A comma between the names of a list goes on ("X, Y et Z"): the word after it starts
        # a name conjoined to the head (not an apposition the parser took for a conjunct).
        # (the parser hangs that comma on the conjunct, or leaves it before it)
        conjunct_starts = {i for c in head.conjuncts if c.i > head.i and c.pos_ == "PROPN" for i in (c.left_edge.i, c.left_edge.i - 1)}
        # (a comma's lower case form is the comma)
        while hi + 1 < len(out) and out[hi + 1] == out[hi] + 1 and (
            lowers[out[hi + 1]] != "," or out[hi + 1] in conjunct_starts
        ):
            hi += 1
        phrase = [t for t in (doc[k] for k in out[lo : hi + 1]) if not t.is_space]
        # A party never ends on a preposition or an opening mark: « accuse le maire de « mentir » »
        # may hang the mark, and the « de » before it, on the noun.
        while len(phrase) > 1 and phrase[-1].i > head.i and (tags[phrase[-1].i] in ("ADP", "DET", "CCONJ") or lowers[phrase[-1].i] in _NO_PARTY_END):
            phrase.pop()
        return self._with_listed_people(phrase) if head.ent_type_ in ("PER", "PERSON") else phrase

    def _adjunct_of_party(self, head: Token, complement: Token) -> bool:
        """Whether a complement the parser hung on a party's head is an adjunct of the clause
        (« la répression menée par le régime contre les étudiants », « mettre en cause la
        majorité dans ce scandale », « le revirement du président sur l'immigration »): it says
        against whom, where or about what, not who the party is. Only after a common noun for
        people or an authority, outside a name (« le Comité contre la torture »); an organisation
        may be named by its remit (« la commission sur les disparitions »), never by a point in
        time (« alerté la fédération dès 2022 »)."""
        if complement.ent_iob_ != "I" and any(c.dep_ == "case" and c.lower_ in self.words.time_prepositions for c in complement.children):
            return True
        if not any(c.dep_ == "case" and c.lower_ in self.words.adjunct_prepositions for c in complement.children):
            return False
        if head.pos_ != "NOUN" or head.ent_type_ or complement.ent_iob_ == "I" or any(c.ent_iob_ == "I" for c in complement.children):
            return False
        return not {head.lemma_.lower(), head.lower_} & self.lex.organization_words and self._party_like([head], head)

    def _names_a_charge(self, noun: Token) -> bool:
        """Whether a noun after « pour » names an offence: a bare noun (« pour favoritisme », « pour
        abus de biens sociaux ») or a crime or wrongdoing noun (« pour le meurtre de … »), outside
        a recognised name."""
        if noun.ent_iob_ == "I":
            return False
        lemma, words = noun.lemma_.lower(), self.words
        return not any(c.dep_ == "det" for c in noun.children) or lemma in words.crime_nouns or lemma in words.wrongdoing_nouns

    def _with_listed_people(self, phrase: list[Token]) -> list[Token]:
        """A person's name and the people listed after it ("X, Y et Z"), however the parser
        hung the list: names of people joined by commas and "et"/"ou"."""
        doc, end = self.doc, phrase[-1].i + 1
        listed: list[Token] = []
        while end < len(doc) and doc[end].lower_ in (",", "et", "ou"):
            joint = end
            while joint < len(doc) and doc[joint].lower_ in (",", "et", "ou"):
                joint += 1
            name_end = joint
            while name_end < len(doc) and doc[name_end].pos_ == "PROPN" and doc[name_end].ent_type_ in ("PER", "PERSON"):
                name_end += 1
            if name_end == joint:
                break
            listed.extend(doc[end:name_end])
            end = name_end
        return [*phrase, *listed]

    def _parties(self, tokens: list[Token], *, perpetrator: bool = False, charged: bool = False) -> list[tuple[Entity, int, int]]:
        """Named parties inside a phrase (entities, proper-name runs); else the phrase itself.
        ``perpetrator``: the phrase is who did it ("un homme a attaqué …"), so an unnamed
        person joins the article's unnamed perpetrator of that number. ``charged``: the phrase
        is the one a verb of accusation charges with a wrong (`_stands_for_someone_charged`).
        Members of a named organisation ("un combattant du Front du Sahel", "two members of
        the Zeta group") are that organisation."""
        tokens = self._without_fronted_request(tokens)
        if len(tokens) > 1 and tokens[0].lower_ == "dont" and self.lex.language == "fr":
            tokens = tokens[1:]  # (« le centre, dont la gérante est en garde à vue »: the relative is no part of the party)
        organisations = self._organisations_of_members(tokens)
        if organisations:
            # The members stand for their organisation, which also goes by their description
            # ("les combattants du Front du Sahel").
            lead = 0
            while lead < len(tokens) - 1 and (tokens[lead].pos_ in ("ADP", "CCONJ", "SCONJ") or tokens[lead].dep_ in ("case", "cc", "mark")):
                lead += 1  # "comme les combattants de X", "par un combattant de X"
            described = self._text(tokens[lead:])
            for entity, _, _ in organisations:
                if described:
                    entity.add_alias(described)
            return organisations
        whole = self._phrase_parties(tokens, perpetrator=perpetrator, charged=charged)
        # Coordinated parties ("la junte et son allié minier", "les rebelles et les
        # milices") are each accused: one party per conjunct, when that names more of them.
        conjuncts = self._conjunct_phrases(tokens)
        if len(conjuncts) > 1:
            # (several unnamed groups are several parties, not the article's one perpetrator)
            each = [party for conjunct in conjuncts for party in self._phrase_parties(conjunct, charged=charged)]
            if len({id(entity) for entity, _, _ in each}) > len({id(entity) for entity, _, _ in whole}):
                return each
        return whole

    def _without_fronted_request(self, tokens: list[Token]) -> list[Token]:
        """A phrase without the participle of a request for comment that opens its sentence,
        with its complement up to the comma (« Contactée, Celtic Sealink a rejeté … », « Joint
        par l'AFP, X n'a pas donné suite »): it tells how the reporter reached the party and is
        no part of it, whatever the parser hung it on (it often makes the participle the
        subject, or the name a complement of it)."""
        first = next((t for t in tokens if not t.is_space), None)
        if first is None or first.lower_ not in responsibility_words(self.lex.language).fronted_request_participles:
            return tokens
        doc = self.doc
        before = first.i - 1
        while before >= 0 and doc[before].is_space:
            before -= 1
        if before >= 0 and not (doc[before].is_sent_end or doc[before].text in ".!?»:") and not first.is_sent_start:
            return tokens  # (not fronted: « la société contactée par l'AFP »)
        comma = next((k for k in range(first.i + 1, min(len(doc), first.i + 8)) if doc[k].text == ","), None)
        if comma is None:
            return tokens
        return [t for t in tokens if t.i > comma]

    @staticmethod
    def _conjunct_phrases(tokens: list[Token]) -> list[list[Token]]:
        """The phrases coordinated at the head of a phrase ("X et Y", "X, Y ou Z"): each
        conjunct with its own words, without the conjunction and the commas between them."""
        if not tokens:
            return []
        lo, hi = tokens[0].i, tokens[-1].i + 1
        head = _phrase_head(tokens)
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return []
        doc = head.doc
        # Two subjects of one verb the parser did not join ("X ainsi que Y ont été arrêtés",
        # the conjunction hung on the verb): each top-level phrase is a conjunct.
        tops = [t for t in tokens if not t.is_punct and t.dep_ != "cc" and (t.head.i < lo or t.head.i >= hi or t.head.i == t.i)]
        if len(tops) > 1 and all(t.pos_ in ("NOUN", "PROPN") and t.head.i == tops[0].head.i for t in tops):
            inside_tokens = {t.i for t in tokens}
            coordinator = {w.i for w in tokens if w.dep_ == "cc" or w.dep_ == "fixed" and w.head.dep_ == "cc"}
            return [[w for w in t.subtree if w.i in inside_tokens and not w.is_punct and w.i not in coordinator] for t in tops]
        # (a real coordination: "et"/"ou" or a comma before the conjunct, not the parts of a
        # hyphenated name the parser joined: "Alain-Guillaume")
        conjuncts = [
            c for c in head.children
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and lo <= c.i < hi and c.left_edge.ent_iob_ != "I"
            and (any(g.dep_ == "cc" for g in c.children) or doc[c.left_edge.i - 1].text == ",")
            # (not the second complement of a word on the head the parser joined to it: « un
            # homme armé d'une pelle et d'un tournevis »; the head has no « de » of its own)
            and not (any(g.dep_ == "case" and g.lower_.replace("’", "'") in ("de", "d'") for g in c.children)
                     and not any(g.dep_ == "case" for g in head.children))
        ]
        if not conjuncts:
            return []
        inside = {t.i for t in tokens}
        taken = {t.i for c in conjuncts for t in c.subtree}
        phrases = [[t for t in tokens if t.i not in taken]]
        phrases += [[t for t in c.subtree if t.i in inside] for c in conjuncts]
        # (the conjunction and commas between conjuncts belong to none of them)
        trimmed = []
        for phrase in phrases:
            while phrase and (phrase[0].is_punct or phrase[0].dep_ == "cc"):
                phrase = phrase[1:]
            while phrase and (phrase[-1].is_punct or phrase[-1].dep_ == "cc"):
                phrase = phrase[:-1]
            if phrase:
                trimmed.append(phrase)
        return trimmed

    def _organisations_of_members(self, tokens: list[Token]) -> list[tuple[Entity, int, int]]:
        """The named organisation a member noun belongs to: "des militants du groupe Zeta"."""
        if not tokens:
            return []
        head = _phrase_head(tokens) or tokens[0]
        members = self.words.member_nouns
        if head.pos_ != "NOUN" or not (head.lemma_.lower() in members or head.lower_ in members):
            return []
        out: list[tuple[Entity, int, int]] = []
        for child in head.children:
            of = child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in _OF_WORDS for c in child.children)
            if child.dep_ == "prep" and child.lower_ == "of":
                child, of = next((g for g in child.children if g.dep_ == "pobj"), child), True
            if not of or child.i < head.i:
                continue
            phrase = self._np(child)
            phrase = [t for t in phrase if not (t.dep_ == "case" and t.head.i == child.i)]
            # A named organisation ("du groupe Zeta", "de Kalu Tarma", "de l'Armée du Nord"),
            # not a place ("les miliciens du Nord" say where they come from).
            lex = self.lex
            body = union(lex.organization_words, lex.state_words, lex.government_words)
            organisation_head = child.lemma_.lower() in body or child.lower_ in body
            named = any(t.ent_type_ in ("ORG", "MISC", "PER", "PERSON") for t in phrase)
            if named or organisation_head and any(t.pos_ == "PROPN" or t.ent_type_ or t.text[:1].isupper() for t in phrase):
                out += self._phrase_parties(phrase)
        return out

    def _phrase_parties(self, tokens: list[Token], *, perpetrator: bool = False, charged: bool = False) -> list[tuple[Entity, int, int]]:
        """The parties a phrase names, in order of preference: an institution the phrase is
        ("le ministère de l'Intérieur"), the names inside it (when it is a name or what they
        did), the country of a national activity, the agent of a thing done, the article's
        unnamed perpetrator, else the phrase itself when it stands for people."""
        if not tokens or self._names_no_one(tokens):
            return []
        # A name the parser broke in two ("Boko" / "Haram" in different functions) goes on:
        # capitalised proper nouns next to each other on one line.
        while self._name_goes_on(tokens[-1]):
            tokens = [*tokens, self.doc[tokens[-1].i + 1]]
        lo, hi = tokens[0].i, tokens[-1].i + 1
        found = self._names_inside(lo, hi)
        first_noun = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
        institution_words = union(self.lex.government_words, self.lex.organization_words)
        institution = first_noun.pos_ == "NOUN" and (first_noun.lemma_.lower() in institution_words or first_noun.lower_ in institution_words)
        # (not an opening quotation mark the phrase starts with: "« Les violations par X …")
        head = _phrase_head(tokens) or tokens[0]
        # A thing someone did or decided ("les coupes claires menées au sein de Valtrans", "la
        # fausse information de la chaîne X") accuses the names in it, like an activity does.
        someone_charged = charged and self._stands_for_someone_charged(head)
        thing = head.pos_ == "NOUN" and not head.ent_type_ and not self._party_like([head], head) and not someone_charged
        if found and not institution and not self._about_what_they_did(head, thing) and head.pos_ == "NOUN" and not (head.ent_type_ and _capitalised([head])):
            found = []
        crimes = self.words.crime_nouns
        if head.pos_ == "NOUN" and (head.lemma_.lower() in crimes or head.lower_ in crimes):
            # "les frappes russes en Ukraine": the nationality says who struck; the place where.
            national = self._country_of_national_activity([c for c in head.children if c.dep_ == "amod"], head, crime=True)
            doers = self._doers_beside_victims(found, head, lo, hi)
            # ("l'attentat commis contre X" names its victim and no doer: no party)
            if national or doers is None:
                return national
            found = doers
        if institution:
            return self._institution_parties(tokens, head, first_noun, hi)
        if thing and not perpetrator:
            # The agent of a thing done ("l'usage de matraques par des vigiles"), not every
            # name inside it ("les violations par Mme X de la Constitution").
            agent = self._agent_of_thing(tokens, lo, hi)
            if agent is not None:
                # (the agent of a participle, who carried the thing out, is someone, though the
                # lists of people lack the word: « une campagne montée par un concurrent »; a
                # « par » on the noun itself may say by what means: « une censure par le portefeuille »)
                acted = agent.head.pos_ == "VERB" and "Part" in morph_get(agent.head, "VerbForm", None)
                return self._parties(self._person_alone(agent, self._np(agent)), perpetrator=True, charged=acted)
        if found:
            # (« un Lituanien de 41 ans »: a person described by where he is from, no name)
            return (self._described_party(tokens, head) or found) if self._demonym_described(tokens, head, found) else found
        national = self._country_of_national_activity(tokens, head)
        if national:
            return national
        if self._latter(head):
            return self._latter_parties(tokens, head)
        setting = self._places_of_the_setting(lo, hi)
        if not someone_charged and not self._party_like([t for t in tokens if t.i not in setting], head):
            return []  # "condamner les cures d'austérité": a thing, not a party (nor where it was)
        # (the people a description goes on to name, « deux suspects identifiés comme X et Y »,
        # or a person named in apposition to it, « le gérant du club, Marc Vial, … »)
        named = [] if thing else self._people_named_after(head) or self._person_named_in_apposition(tokens, head)
        head_words = {head.lemma_.lower(), head.lower_}
        if head.pos_ == "NOUN" and (head_words & self.words.perpetrator_nouns or perpetrator and head_words & self.words.person_nouns):
            return named or [self._unnamed_perpetrator(tokens, head)]
        described = self._perpetrator_described_after(tokens, head)
        if described is not None:
            return named or [self._unnamed_perpetrator(tokens, described)]
        # ("critiquer le lancement de la fusée Vega", "condamner les actes commis pendant les
        # fêtes de la Saint-Aubin": a thing with a name inside it that is none of its parties)
        return [] if thing else named or self._described_party(tokens, head)

    @staticmethod
    def _demonym_described(tokens: list[Token], head: Token, found: list[tuple[Entity, int, int]]) -> bool:
        """Whether the one name a phrase holds is its head, a capitalised word of origin after an
        indefinite article (« un Lituanien de 41 ans », « une Lyonnaise »): a description of a
        person, not the name of one."""
        return (len(found) == 1 and found[0][1] == head.idx and found[0][2] == head.idx + len(head.text) and head.text[:1].isupper()
                and head.ent_type_ not in ("PER", "PERSON", "ORG") and any(c.dep_ == "det" and c.lower_ in ("un", "une") and c.i == head.i - 1 for c in head.children))

    def _institution_parties(self, tokens: list[Token], head: Token, first_noun: Token, hi: int) -> list[tuple[Entity, int, int]]:
        """The party a phrase naming an institution stands for: the institution, or the ones a
        counted plural lists (« trois sociétés, X, Y et Z, »)."""
        listed = self._people_named_after(head) if head is first_noun and "Plur" in morph_get(head, "Number") else []
        if listed:
            return listed
        # (without an acronym or an aside in parentheses after it: "l'organisation X (EI)")
        opening = next((t.i for t in tokens if t.text == "(" and t.i > first_noun.i), hi)
        phrase = [t for t in tokens if not t.is_space and t.i < opening]
        entity = self.reg.typed(phrase, None)
        return [(entity, phrase[0].idx, phrase[-1].idx + len(phrase[-1].text))]

    def _person_named_in_apposition(self, tokens: list[Token], head: Token) -> list[tuple[Entity, int, int]]:
        """The person a description names in an apposition set off by commas (« le gérant du
        club, Marc Vial, a été … »): the party is that person, who also goes by the description.
        The apposition opens at the first comma after the head, whether or not the phrase went
        on past it; it is a person's name (two words at least) and closes after it (not a list
        of names: « trois dirigeants, X, Y et Z »)."""
        doc = self.doc
        after = head.i + 1
        while after < len(doc) and doc[after].text != "," and not doc[after].is_sent_start:
            after += 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            return []
        start = self._after_role_before_name(after + 1)
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("PER", "PERSON"):
            end += 1
        if end - start < 2:
            return []
        closing = doc[end] if end < len(doc) else None
        if closing is not None and closing.text not in (",", ")", ".") and closing.pos_ not in ("AUX", "VERB"):
            return []
        following = doc[end + 1] if closing is not None and closing.text == "," and end + 1 < len(doc) else None
        if following is not None and (following.pos_ == "PROPN" or following.lower_ in ("et", "ou")):
            return []
        # (the description without the preposition that introduced it: « contre son opposant »)
        described = [t for t in tokens if t.i < after and not (t.dep_ == "case" and t.i == tokens[0].i)]
        name = list(doc[start:end])
        parties = self._resolved_name(name, name[0].idx, name[-1].idx + len(name[-1].text), end)
        description = self._text(described) if described else None
        for entity, _, _ in parties:
            if description:
                entity.add_alias(description)
        return parties

    def _after_role_before_name(self, at: int) -> int:
        """Where a name starts in an apposition that gives the person's role first (« son
        principal opposant, l'ancien adjoint Lionel Fabre, … »): past a determiner and the
        lower-case words of the role, when a proper noun follows them; else ``at`` itself."""
        doc, end = self.doc, at
        if end < len(doc) and doc[end].pos_ == "DET":
            end += 1
            while end < len(doc) and end - at <= _ROLE_WORDS_BEFORE_NAME and doc[end].pos_ in ("NOUN", "ADJ") and doc[end].text.islower():
                end += 1
        return end if end > at + 1 and end < len(doc) and doc[end].pos_ == "PROPN" else at

    def _people_named_after(self, head: Token) -> list[tuple[Entity, int, int]]:
        """The people a description of people goes on to name: after a participle of
        identifying (« deux suspects identifiés comme étant Léo Marsan et Tom Divet »,
        « l'auteur de l'agression, identifié comme Tom Divet, … ») or, a plural one, set off by
        commas (« deux suspects, Léo Marsan et Tom Divet, ont été … »). Each named person is a
        party and also goes by the description. A plural description names two people at
        least (one name in apposition is `_person_named_in_apposition`'s), a singular one one."""
        doc = self.doc
        if head.pos_ != "NOUN" or not self._party_like([head], head):
            return []
        plural = "Plur" in morph_get(head, "Number")
        identifying = next((c for c in head.children if c.dep_ == "acl" and c.i > head.i and c.pos_ == "VERB" and c.lemma_.lower() in self.words.identifying_verbs), None)
        if identifying is not None:
            at = identifying.i + 1
            if at < len(doc) and doc[at].lower_ == "comme":
                at += 1
            if at < len(doc) and doc[at].lemma_.lower() == "être":
                at += 1  # « comme étant »
        else:
            at = head.i + 1
            while at < len(doc) and doc[at].pos_ == "ADJ" and doc[at].head.i == head.i:
                at += 1  # « deux suspects présumés, … »
            if not plural or at >= len(doc) or doc[at].text != ",":
                return []
            at += 1
        # (a counted description lists its members whatever their names: « trois laboratoires,
        # Pharmo, Biolan et Kerel Santé, … », one-word names of firms included)
        counted = plural and identifying is None and any(c.dep_ == "nummod" and c.like_num for c in head.children)
        names, at = self._names_listed_from(at, one_word=counted)
        if len(names) < 2 if plural else len(names) != 1:
            return []
        closing = doc[at] if at < len(doc) else None
        # (set off by commas only, the list closes the apposition: « deux suspects, X et Y, ont … »)
        if identifying is None and closing is not None and closing.text not in (",", ")", ".") and closing.pos_ not in ("AUX", "VERB"):
            return []
        description = self._text([t for t in head.subtree if (t.i <= head.i or t.pos_ == "ADJ" and t.head.i == head.i) and not (t.dep_ == "case" and t.head.i == head.i)])
        parties: list[tuple[Entity, int, int]] = []
        for name in names:
            for entity, start, end in self._resolved_name(name, name[0].idx, name[-1].idx + len(name[-1].text), name[-1].i + 1):
                if description:
                    entity.add_alias(description)
                parties.append((entity, start, end))
        self._named_through.setdefault(head.lemma_.lower(), []).extend(entity for entity, _, _ in parties)
        return parties

    def _names_listed_from(self, at: int, *, one_word: bool = False) -> tuple[list[list[Token]], int]:
        """The full names of people listed from token ``at`` on (« X », « X et Y », « X, Y et
        Z »), and where the list ends. A full name is two capitalised words at least, of a
        person's name or proper nouns outside any other name (the tagger may take a word of a
        person's name for a common noun); ``one_word``: one capitalised proper noun of any
        kind of name will do."""
        doc = self.doc
        names: list[list[Token]] = []
        while at < len(doc):
            end = at
            while end < len(doc) and doc[end].text[:1].isupper() and (
                    doc[end].ent_type_ in ("PER", "PERSON") or doc[end].pos_ == "PROPN" and (one_word or not doc[end].ent_type_)
                    or one_word and bool(doc[end].ent_type_)):
                end += 1
            if end - at < (1 if one_word else 2):
                break
            names.append(list(doc[at:end]))
            at = end
            if at + 1 < len(doc) and (doc[at].text == "," and doc[at + 1].text[:1].isupper() or doc[at].lower_ == "et"):
                at += 1
            else:
                break
        return names, at

    def _names_no_one(self, tokens: list[Token]) -> bool:
        """A phrase that cannot be a party: a natural event, a bare relative pronoun, a place (`_setting_phrase`),
        an indefinite pronoun (« quelqu'un qui ignore tout de la cuisine ne devrait pas ouvrir un restaurant »
        is a generality), a lone capital letter (« une plainte contre X »: persons unknown;
        « a dénoncé sur X »: the network the words were posted on)."""
        head = _phrase_head(tokens) or tokens[0]
        first_noun = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
        return (
            # (« le tremblement de terre », also « terre » alone, the antecedent of « qui a tué »)
            first_noun is not None and first_noun.lemma_.lower() in self.words.natural_events
            or head.dep_ == "nmod" and head.head.lemma_.lower() in self.words.natural_events
            or all(t.lower_ in _RELATIVES for t in tokens if not t.is_punct)
            or len(head.text) == 1 and head.is_upper
            or tokens[0].lower_.replace("’", "'") in _ANYONE
            or self._setting_phrase(tokens)
        )

    @staticmethod
    def _past_setting(head: Token) -> Token:
        """The person the parser joined as a conjunct to a place it took for the head (« dans le
        département du Nord, un jeune homme soupçonné de … »), else the head itself."""
        if not any(c.dep_ == "case" and c.lower_ in _SETTING_WORDS for c in head.children):
            return head
        return next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in c.children)), head)

    @staticmethod
    def _setting_phrase(tokens: list[Token]) -> bool:
        """« dans le département du Nord, un jeune homme … a été interpellé »: a phrase that
        opens with a preposition of place on its head says where, whatever function the parser
        gave it (here the subject, with the man as its conjunct); no party."""
        # (the head of the phrase, whether or not the caller kept its preposition)
        head = _phrase_head(tokens)
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return False
        if head.dep_ == "pobj":
            return head.head.lower_ in _SETTING_WORDS
        return any(c.dep_ == "case" and c.lower_ in _SETTING_WORDS for c in head.children)

    def _names_inside(self, lo: int, hi: int) -> list[tuple[Entity, int, int]]:
        """The named parties in tokens [lo, hi): names cut in pieces, then the recogniser's
        entities, then runs of proper nouns it missed; nothing inside parentheses (an acronym
        or an aside: "(EI)", "(Var)")."""
        found: list[tuple[Entity, int, int]] = []
        covered = self._inside_parentheses(lo, hi) | self._places_of_the_setting(lo, hi)
        for name, label in self._broken_names(lo, hi):
            # The registry would name each piece apart ("Boko", "Haram"): the whole name.
            entity = self.reg.typed(name, label)
            start, end = name[0].idx, name[-1].idx + len(name[-1].text)
            entity.add_mention(start, end)
            found.append((entity, start, end))
            covered.update(t.i for t in name)
        for ent in self.reg.ents_in(lo, hi):
            if ent.label_ in _NAME_LABELS_SKIP or ent.start in covered or not _capitalised(list(ent)):
                continue
            found += self._resolved_name(list(ent), ent.start_char, ent.end_char, hi)
            covered.update(range(ent.start, ent.end))
        run: list[Token] = []
        tags = pos_tags(self.doc)  # (a Token only for the proper nouns)
        for i in range(lo, hi):
            if i not in covered and tags[i] == "PROPN":
                run.append(self.doc[i])
                continue
            if run:
                found += self._resolved_name(run, run[0].idx, run[-1].idx + len(run[-1].text), hi)
                run = []
        if run:
            found += self._resolved_name(run, run[0].idx, run[-1].idx + len(run[-1].text), hi)
        return found

    def _places_of_the_setting(self, lo: int, hi: int) -> set[int]:
        """The tokens of [lo, hi) naming where something happened, inside the phrase: a place
        after a locative preposition (« une grenade tirée dans le quartier de X », « les actes
        commis en France », "the attack in X"). The setting of an act is no party to it."""
        places: set[int] = set()
        for ent in self.reg.ents_in(lo, hi):
            if ent.label_ not in ("LOC", "GPE"):
                continue
            # The preposition is on the place, or on the noun it completes (« dans le quartier de X »).
            holder = ent.root
            while holder.dep_ in ("nmod", "pobj", "flat:name", "compound") and lo <= holder.head.i < hi and holder.head.i != holder.i and not _locative(holder):
                holder = holder.head
            if _locative(holder) and lo < holder.left_edge.i and lo <= holder.head.i < hi:
                places.update(range(ent.start, ent.end))
        return places

    def _inside_parentheses(self, lo: int, hi: int) -> set[int]:
        """The tokens of [lo, hi) inside parentheses."""
        depth, inside = 0, set()
        lowers = lower_forms(self.doc)  # (the per-Doc word list: no Token per word)
        for i in range(lo, hi):
            if lowers[i] == "(":
                depth += 1
            elif lowers[i] == ")":
                depth = max(0, depth - 1)
            elif depth:
                inside.add(i)
        return inside

    def _resolved_name(self, name: list[Token], start: int, end: int, hi: int) -> list[tuple[Entity, int, int]]:
        """The registry's entities for a name, each also known by the name with the adjectives
        the tagger split off it before ``hi``."""
        ref = self.reg.resolve(name, quoted=True, party=True)
        if ref is None:
            return []
        out = []
        for entity in ref.entities:
            self._alias_with_adjectives(entity, name, hi)
            out.append((entity, start, end))
        return out

    def _about_what_they_did(self, head: Token, thing: bool) -> bool:
        """Whether names inside a phrase are its parties because the phrase is about what they
        did ("les cyberactivités de Pékin", "the activity of a group known as X", a thing they
        did); "agents of the ministry" accuses the agents, not the ministry."""
        return head.lemma_.lower() in self.lex.activity_nouns or head.lower_ in self.lex.activity_nouns or thing

    def _country_of_national_activity(self, tokens: list[Token], head: Token, *, crime: bool = False) -> list[tuple[Entity, int, int]]:
        """An activity of a nationality ("les activités numériques chinoises") accuses its
        country; so does a crime (``crime``: "les frappes russes"), and a crime's institution
        adjective its institution ("les violences policières": the police)."""
        if not crime and not (head.lemma_.lower() in self.lex.activity_nouns or head.lower_ in self.lex.activity_nouns):
            return []
        for t in tokens:
            country = self.lex.nationalities.get(t.lower_)
            institution = self.words.institution_adjectives.get(t.lower_) if crime else None
            if country or institution:
                entity = self.reg.country(country) if country else self.reg.institution(institution or "")
                entity.add_alias(country or institution or "")
                return [(entity, t.idx, t.idx + len(t.text))]
        return []

    def _doers_beside_victims(self, found: list[tuple[Entity, int, int]], crime: Token, lo: int, hi: int) -> list[tuple[Entity, int, int]] | None:
        """The names inside a crime's phrase (tokens [lo, hi)) but those naming whom it was aimed
        at ("l'attentat commis contre X", "une attaque visant X", "the attack against X"): its
        victims, no party to it. None when the phrase names victims only."""
        against, doc = self.words.against_words, self.doc
        targets: set[int] = set()
        for t in doc[lo:hi]:
            node, hops = t, 0
            while node.i != crime.i and lo <= node.i < hi and hops < 6:
                if node.lower_ in against or any(c.dep_ == "case" and c.lower_ in against for c in node.children):
                    targets.add(t.idx)
                    break
                node, hops = node.head, hops + 1
        doers = [party for party in found if not targets.intersection(range(party[1], party[2]))]
        return None if found and not doers else doers

    @staticmethod
    def _agent_of_thing(tokens: list[Token], lo: int, hi: int) -> Token | None:
        """"l'usage de matraques par des vigiles": the agent of the thing denounced."""
        agent = next((t for t in tokens if t.head.i in range(lo, hi) and t.head.i != t.i and any(c.dep_ == "case" and c.lower_ in _AGENT_WORDS for c in t.children)), None)
        return agent if agent is not None and agent.pos_ in ("NOUN", "PROPN") else None

    def _perpetrator_described_after(self, tokens: list[Token], head: Token) -> Token | None:
        """"Le suspect, un apprenti de 19 ans, …" parsed with the description as the head and the
        perpetrator noun hung on it: the perpetrator noun (with its determiner, before the comma
        that opens the description)."""
        first = next((t for t in tokens if t.pos_ == "NOUN"), None)
        if first is None or first is head or first.head.i != head.i or first.i + 1 >= len(self.doc) or self.doc[first.i + 1].text != ",":
            return None
        if not ({first.lemma_.lower(), first.lower_} & self.words.perpetrator_nouns and any(c.dep_ == "det" for c in first.children)):
            return None
        return first

    def _unnamed_perpetrator(self, tokens: list[Token], head: Token) -> tuple[Entity, int, int]:
        """"un homme a attaqué …" … "l'agresseur" … "le suspect": one unnamed perpetrator per
        number, named by its first description, the others its aliases."""
        core = [t for t in tokens if t.i == head.i or t.head.i == head.i and t.i < head.i and t.dep_ in ("det", "amod", "nummod")]
        plural = "Plur" in morph_get(head, "Number", None)
        named = None if plural or any(t.pos_ == "PROPN" for t in tokens) else self._named_person_described(core, head)
        if named is not None:
            start, end = core[0].idx, core[-1].idx + len(core[-1].text)
            named.add_alias(self.a.text[start:end])
            return (named, start, end)
        count = next((c.lower_ for c in head.children if c.dep_ == "nummod" or c.pos_ == "NUM"), None) if plural else None
        entity = self._perpetrators.get(plural) if count is None else self._counted_perpetrators.get(count)
        if count is None and entity in self._counted_perpetrators.values() and any(c.dep_ == "det" and c.lower_ in self.words.new_group_determiners for c in head.children):
            # « 13 personnes ont été présentées … plusieurs personnes ont été condamnées »: some
            # people are not the group counted before.
            entity = self.reg.typed(core, None)
        if entity is None and count is not None:
            # Another count is another group ("13 personnes" … "deux hommes ont été condamnés");
            # a group first named without a count gets one ("les assaillants" … "trois assaillants").
            first = self._perpetrators.get(plural)
            same_group = first is not None and first not in self._counted_perpetrators.values() and self._may_be_the_same_group(first, head)
            entity = first if first is not None and same_group else self.reg.typed(core, None)
            self._perpetrators.setdefault(plural, entity)
            self._counted_perpetrators[count] = entity
        paragraph = self._paragraph_number(head)
        if entity is not None and not plural and paragraph != self._perpetrator_paragraphs.get(plural) and any(c.dep_ == "det" and c.lower_ in ("un", "une", "a", "an") for c in head.children):
            # « un chauffeur a été arrêté » … (another paragraph) « un retraité a été inculpé »:
            # an indefinite brings in someone new; only a definite one takes the first up.
            entity = None
        self._perpetrator_paragraphs[plural] = paragraph
        if entity is None:
            entity = self._perpetrators[plural] = self.reg.typed(core, None)
        start, end = core[0].idx, core[-1].idx + len(core[-1].text)
        entity.add_alias(self.a.text[start:end])
        if tokens[-1].i > core[-1].i:
            entity.add_alias(self._text(tokens) or "")  # "des complices d'X": whose accomplices
        return (entity, start, end)

    def _may_be_the_same_group(self, group: Entity, head: Token) -> bool:
        """Whether a counted group can be the uncounted one named before: under the same noun
        ("des assaillants" … "trois assaillants") or as perpetrators ("les suspects"); "plusieurs
        personnes ont été arrêtées … six fonctionnaires étaient gardés à vue" are two groups."""
        lemma = lemma_lowers(self.doc)[head.i]
        if lemma in self.words.perpetrator_nouns or head.lower_ in self.words.perpetrator_nouns:
            return True
        named = {w.lower() for alias in (group.name, *group.aliases) for w in alias.replace("’", "'").split()}
        return head.lower_ in named or lemma in named

    def _named_person_described(self, core: list[Token], head: Token) -> Entity | None:
        """« le suspect », « l'agresseur » (a definite description, singular) after one person
        alone of its gender has been named as accused: that person (the description takes them
        up, as « ce dernier » does)."""
        if core[0].pos_ != "DET" or "Def" not in morph_get(core[0], "Definite", []):
            return None
        if head.lower_ not in self.words.perpetrator_nouns and head.lemma_.lower() not in self.words.perpetrator_nouns:
            return None  # (« le patron » names a role, not the one accused)
        genders = morph_get(head, "Gender", [])
        gender = genders[0] if genders else None
        first_names = self.lex.first_name_genders
        people = []
        for record in self.found.values():
            parts = record.entity.name.split()
            if record.entity.kind != "person" or len(parts) < 2:
                continue
            if gender is None or first_names.get(parts[0].lower(), gender) == gender:
                people.append(record.entity)
        return people[0] if len(people) == 1 else None

    def _described_party(self, tokens: list[Token], head: Token) -> list[tuple[Entity, int, int]]:
        """The parties a phrase with no name stands for ("trois militants", "le ministre")."""
        ref = self.reg.resolve(tokens, quoted=True, party=True)
        if ref is None:
            return []
        if head.pos_ == "NOUN" and len(ref.entities) == 1:
            # An unnamed group goes by its whole description too ("des chanteurs connus").
            described = [t for t in tokens if not (t.dep_ == "cc" and t.i < head.i)]
            ref.entities[0].add_alias(self._text(described) or "")
        return [(entity, ref.start, ref.end) for entity in ref.entities]

    def _name_goes_on(self, token: Token) -> bool:
        """Whether the next token continues a proper name: both capitalised proper nouns, only
        a space between them."""
        if token.i + 1 >= len(self.doc):
            return False
        following = self.doc[token.i + 1]
        return (
            token.pos_ == "PROPN"
            and following.pos_ == "PROPN"
            and token.text[:1].isupper()
            and following.text[:1].isupper()
            and token.whitespace_ == " "
        )

    def _broken_names(self, lo: int, hi: int) -> list[tuple[list[Token], str | None]]:
        """Names (not a person's) that the recogniser or the parser cut into pieces in tokens
        [lo, hi) ("otages de Kalu Tarma" tagged "Kalu" and "Tarma", or hung on two heads): runs
        of adjacent capitalised proper nouns over more than one entity, or one multiword entity
        whose words hang on more than one head outside it. Each with the label of its first piece."""
        out: list[tuple[list[Token], str | None]] = []
        i = lo
        while i < hi:
            run = [self.doc[i]]
            while run[-1].i + 1 < hi and self._name_goes_on(run[-1]):
                run.append(self.doc[run[-1].i + 1])
            i = run[-1].i + 1
            if len(run) < 2 or not all(t.ent_type_ and t.ent_type_ not in _NAME_LABELS_SKIP for t in run):
                continue
            if any(t.ent_type_ in ("PER", "PERSON") for t in run):
                continue
            pieces = sum(1 for t in run if t.ent_iob_ == "B")
            heads_outside = sum(1 for t in run if not run[0].i <= t.head.i <= run[-1].i)
            if pieces > 1 or heads_outside > 1:
                out.append((run, run[0].ent_type_))
        return out

    def _alias_with_adjectives(self, entity: Entity, name: list[Token], hi: int) -> None:
        """A name whose last words the tagger took for adjectives ("les Gilets jaunes",
        "les Casques bleus": "Gilets" + "jaunes") also goes by the whole name."""
        end = name[-1].i + 1
        inside = {t.i for t in name}
        while end < hi and self._name_tail(self.doc[end], inside):
            inside.add(end)
            end += 1
        if end > name[-1].i + 1:
            entity.add_alias(self.a.text[name[0].idx : self.doc[end - 1].idx + len(self.doc[end - 1].text)])

    def _name_tail(self, word: Token, inside: set[int]) -> bool:
        """A lower-case word that ends a name the tagger cut: an adjective on it ("Gilets
        jaunes"), or a bare participle right after a proper noun ("Le Canard enchaîné"; one with
        complements of its own is a clause: "Paul Roy accusé de fraude")."""
        if not word.is_lower or word.head.i not in inside:
            return False
        if word.pos_ == "ADJ" and word.dep_ == "amod":
            return True
        doc = self.doc
        return (word.pos_ == "VERB" and word.dep_ == "acl" and "Part" in morph_get(word, "VerbForm", None) and not any(True for _ in word.children)
                and doc[word.i - 1].pos_ == "PROPN" and doc[word.i - 1].whitespace_ == " ")

    def _accusers_full_names(self) -> None:
        """Accusers whose name the recogniser cut before a lower-case word of it ("le Canard
        enchaîné" named « Canard ») also go by the whole name, read at their mentions; one
        named by a bare title (« le procureur ») is the one the article names in full with it
        (« le procureur de Lyon »), when there is exactly one."""
        doc, seen = self.doc, set()
        for record in self.found.values():
            record.accusers = list(dict.fromkeys(self._full_title(accuser) for accuser in record.accusers))
            for accuser in record.accusers:
                if id(accuser) in seen:
                    continue
                seen.add(id(accuser))
                for start, end in list(accuser.mentions):
                    span = doc.char_span(start, end, alignment_mode="contract")
                    if span is not None and len(span) and span[-1].pos_ == "PROPN":
                        self._alias_with_adjectives(accuser, list(span), min(len(doc), span.end + 3))

    def _full_title(self, accuser: Entity) -> Entity:
        """The entity named by a bare title's full form (see `_accusers_full_names`), else the accuser."""
        title = accuser.name.lower()
        if " " in title or not accuser.name[:1].islower() or title not in self._authority_words | self.lex.titles:
            return accuser
        fuller = [e for e in self.reg.entities.values() if e is not accuser and e.name.lower().startswith(title + " ") and e.name[:1].islower()]
        return fuller[0] if len(fuller) == 1 else accuser

    @functools.cached_property
    def _people_words(self) -> frozenset[str]:
        """Words for people, groups and institutions (the lexicon's lists)."""
        lex, words = self.lex, self.words
        return union(words.person_nouns, words.perpetrator_nouns, lex.titles, lex.group_nouns, lex.unnamed_nouns,
                     lex.government_words, lex.organization_words, words.collective_party_nouns, words.establishment_nouns)

    @functools.cached_property
    def _authority_words(self) -> frozenset[str]:
        """Words for courts, prosecutors and police forces (the lexicon's lists)."""
        return union(self.words.authorities, self.words.law_enforcement)

    def _names_authority(self, token: Token) -> bool:
        """Whether a word is a court, a prosecutor or a police force, by its form or its lemma."""
        return token.lemma_.lower() in self._authority_words or token.lower_ in self._authority_words

    def _party_like(self, tokens: list[Token], head: Token) -> bool:
        """Whether a phrase with no name in it stands for people or an institution: its head is
        a word for people (lists of the lexicon), a title, a group or a personal pronoun."""
        if any(t.pos_ == "PROPN" or t.ent_type_ in _PARTY_ENT_LABELS for t in tokens):
            return True
        # A capitalised common noun inside a sentence is a name the tagger missed ("les Gilets jaunes").
        if any(t.pos_ == "NOUN" and t.text[:1].isupper() and not t.is_sent_start and t.i > 0 and not t.doc[t.i - 1].is_punct for t in tokens):
            return True
        lex, words = self.lex, self.words
        people = self._people_words
        if head.pos_ == "PRON":
            return head.lower_ in lex.person_pronouns
        # "ex-beau-père": the last parts of a hyphenated compound name its class.
        forms = {head.lemma_.lower(), head.lower_}
        forms |= {head.lower_.split("-", k)[-1] for k in (1, 2) if "-" in head.lower_}
        if forms & people or any(c.lemma_.lower() in people or c.lower_ in people for c in head.conjuncts):
            return True
        # An agent noun ("les neutraliseurs de radar"), unless it names an activity or a thing.
        things = union(words.not_persons, words.crime_nouns, lex.activity_nouns)
        return head.pos_ == "NOUN" and head.lower_.endswith(words.person_suffixes) and head.lower_ not in things and head.lemma_.lower() not in things

    def _stands_for_someone_charged(self, head: Token) -> bool:
        """Whether the head of the phrase a verb of accusation charges with a wrong (« accuse la
        majorité d'avoir … », « reprochent au principal de … ») stands for someone although the
        lists of people lack it: a common noun with its determiner that is no word for a thing,
        an act or a wrong (« accuser le coup », « reprocher les retards » charge no one), nor
        the defendant's own title (« reproche à l'accusé d'avoir … »: the article names him)."""
        # (« au principal »: an adjective taken as a noun by its article, contracted or not)
        if head.pos_ not in ("NOUN", "ADJ") or not any(
            c.dep_ == "det" or c.dep_ == "case" and c.lower_ in self.words.article_contractions for c in head.children
        ):
            return False
        things = self._thing_or_wrong_words
        forms = {head.lemma_.lower(), head.lower_}
        return forms.isdisjoint(things) and forms.isdisjoint(self.lex.accuse_passive)

    @functools.cached_property
    def _thing_or_wrong_words(self) -> frozenset[str]:
        """Words for things, acts, events and wrongs (the lexicon's lists): none stands for someone."""
        words = self.words
        return union(words.not_persons, words.crime_nouns, self.lex.activity_nouns, words.wrong_nouns, words.policy_nouns,
                     words.event_nouns, words.charge_nouns, self.lex.time_words)

    def _latter(self, head: Token) -> bool:
        """« ce dernier », « ces dernières », "the latter": a determiner and a latter word."""
        return head.lower_ in self.lex.latter_words and head.i > 0 and self.doc[head.i - 1].lower_ in self.lex.determiners

    def _latter_parties(self, tokens: list[Token], head: Token) -> list[tuple[Entity, int, int]]:
        """« cette dernière a été condamnée »: the one named before, resolved as a speaker is;
        else the last person noun of its gender; nothing when no one before fits (never the
        word itself)."""
        ref = self.reg.resolve(tokens, head=head)
        entities = [e for e in ref.entities if e.name.lower() not in self.lex.latter_words and self._latter_agrees(head, e)] if ref is not None else []
        if not entities:
            # (no one named fits: « … gérait la boutique avec son oncle. Ce dernier est soupçonné »)
            person = self._latter_person_noun(head)
            return self._parties(self._np(person)) if person is not None else []
        return [(entity, tokens[0].idx, head.idx + len(head.text)) for entity in entities]

    def _latter_person_noun(self, latter: Token) -> Token | None:
        """« ce dernier / cette dernière » when no person named before fits its gender: the last
        singular noun for a person (kinship, trade, title: « sa femme », « le trésorier ») of its
        gender, in its sentence or the one before."""
        if latter.lower_.endswith("s"):
            return None
        gender = "Fem" if latter.lower_.endswith("e") else "Masc"
        people = union(self.words.person_nouns, self.lex.titles)
        start = sentence_of(latter).start
        lo = sentence_of(self.doc[start - 1]).start if start > 0 else start
        for token in reversed(self.doc[lo : latter.i - 1]):
            if token.pos_ != "NOUN" or "Plur" in morph_get(token, "Number", []) or gender not in morph_get(token, "Gender", []):
                continue
            if token.lower_ in people or token.lemma_.lower() in people:
                return token
        return None

    def _latter_agrees(self, latter: Token, entity: Entity) -> bool:
        """Whether a person's first name (lexicon) allows the gender of « ce dernier / cette
        dernière » (the speaker registry falls back on the last person named, whatever the gender)."""
        parts = entity.name.split()
        gender = self.lex.first_name_genders.get(parts[0].lower()) if len(parts) >= 2 else None
        if gender is None or latter.lower_.endswith("s"):
            return True
        return gender == ("Fem" if latter.lower_.endswith("e") else "Masc")

    def _denied(self, verb: Token) -> bool:
        """"n'a jamais été condamné", "refuse d'accuser X", "was not charged": no accusation."""
        negated = self._negated_heads()
        if verb.i in negated:
            return True
        tags = pos_tags(self.doc)  # (asked of every verb: its children's indices, no Token per child)
        if any(c in negated and tags[c] == "AUX" and c < verb.i for c in children_indices(self.doc)[verb.i]):
            return True  # (« il ne s'est pas fait arrêter »: the negation hung on the auxiliary « fait »)
        return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in self.words.refusal_verbs

    def _negated_heads(self) -> frozenset[int]:
        """The words with a negation among their children ("n'a jamais été …", "was not …"),
        found in one walk over the document's lists: `_denied` asks of many verbs."""
        if self._negated is None:
            doc, words = self.doc, self.words
            deps, lowers, heads = dep_labels(doc), lower_forms(doc), head_indices(doc)
            self._negated = frozenset(
                heads[i] for i in range(len(doc)) if heads[i] != i and deps[i] in ("advmod", "neg", "advmod:neg") and lowers[i] in words.negations
            )
        return self._negated

    def _statement_speakers(self, token: Token) -> list[Entity]:
        """The speaker of the statement a word sits in (the accuser of what it reports); not the
        speaker of the word itself when it is the statement's cue ("X a revendiqué …")."""
        att = self._attribution_at(token)
        if att is None or att.speaker is None or att.cue and att.cue[0] <= token.idx < att.cue[1]:
            return []
        return list(att.speaker.entities)

    def _agent(self, verb: Token) -> Token | None:
        """The agent of a passive: "par X" / "by X" (also when the parser hung it on the
        complement: "accusé de corruption par l'opposition")."""
        doc = verb.doc  # (indices and the per-Doc lists: asked of many verbs)
        labels, lowers, children = dep_labels(doc), lower_forms(doc), children_indices(doc)
        for child in children[verb.i]:
            if labels[child] == "agent":
                return next((doc[g] for g in children[child] if labels[g] == "pobj"), None)
            if labels[child].startswith(("obl", "nmod")) and any(labels[g] == "case" and lowers[g] in _AGENT_WORDS for g in children[child]):
                return doc[child]
        for child in children[verb.i]:
            # Also on a time adverbial the parser took for its head ("déjà accusé deux ans
            # plus tôt par X": "par X" on "tôt").
            if (labels[child].startswith("obl") or labels[child] == "advmod") and child > verb.i:
                for grandchild in children[child]:
                    if labels[grandchild].startswith(("nmod", "obl")) and any(labels[g] == "case" and lowers[g] in _AGENT_WORDS for g in children[grandchild]):
                        return doc[grandchild]
        return None

    def _subject_phrase(self, verb: Token, deps: frozenset[str]) -> list[Token]:
        """The subject of a verb (one of ``deps``) as a phrase; a relative pronoun stands for
        the noun the clause hangs on ("les casseurs, qui ont saccagé …"); a verb conjoined to
        another shares its subject."""
        # Of two subjects (a parser that took a fronted time adverbial for one: "Cet après-midi,
        # au tribunal, deux hommes ont été jugés"), the one next to the verb.
        subjects = [c for c in verb.children if c.dep_ in deps]
        # (not an adjective the parser took for a second subject: « le constructeur automobile est soupçonné »)
        subjects = [c for c in subjects if c.pos_ != "ADJ"] or subjects
        subject = max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i), default=None)
        if subject is not None:
            subject = self._past_setting(subject)
        # A finite verb after a comma with no subject and no conjunction of its own ("il s'est
        # jeté sur eux, a frappé l'un …") is one more verb of the same subject, whatever the
        # parser called it; a pronominal verb's subject may be tagged as a passive one.
        comma_joined = verb.dep_ == "advcl" and any(c.dep_ in ("aux", "aux:tense") for c in verb.children) and not any(c.dep_ == "mark" for c in verb.children)
        if subject is None and (verb.dep_ == "conj" or comma_joined):
            head = verb.head
            antecedent = self._antecedent_of_dangling_relative(head, verb)
            if antecedent is not None:
                return self._np(antecedent)
            pronominal = any(c.dep_ in ("expl:comp", "expl:pv") for c in head.children)
            subject = next((c for c in head.children if c.dep_ in deps or pronominal and c.dep_ in _PASS_SUBJ), None)
        if subject is not None:
            subject = self._outside_aside(subject, verb)
        if subject is None:
            subject = self._caseless_subject(verb)
        if subject is None and (joined := self._subject_joined_to_the_setting(verb)):
            return joined
        if subject is None and deps & _PASS_SUBJ and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            # A passive infinitive under another verb has that verb's subject: "X vient d'être
            # mis en examen", "X doit être jugé".
            subject = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
        if subject is None:
            return []
        antecedent = self._relative_antecedent(subject, verb) if subject.lower_ in _RELATIVES else None
        if antecedent is not None:
            # (without the frame of a cleft: « c'est la police qui a … » names « la police »)
            frame = {c.i for c in antecedent.children if c.i < antecedent.i and (c.dep_ == "cop" or c.dep_ in _SUBJ and c.lower_.replace("’", "'") in ("c'", "ce"))}
            # (nor « et leurs semblables » after it: the likes of the party are no party of their own)
            frame |= {t.i for c in antecedent.children if c.dep_ == "conj" and c.pos_ == "ADJ" for t in c.subtree if t.i < verb.i}
            return [t for t in self._np(antecedent) if t.i not in frame]
        if subject.pos_ == "PRON":
            return self._main_subject_taken_up(subject, verb) or [subject]
        phrase = self._np(subject)
        # "X, Y et Z ont été …" read as two subjects ("X, Y" and "Z"): the last member of a list
        # (after "et"/"ou") joins the subjects before it.
        earlier = [c for c in verb.children if c.dep_ in deps and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")]
        if earlier and self._partitive_of(subject):
            # « quarante jeunes dont dix mineurs ont été interpellés » read as two subjects: the
            # part is named within the group, and the group is the party (as with a participle).
            return self._np(earlier[-1])
        # The conjunction may hang on the verb instead ("X ainsi que Y ont été arrêtés").
        coordinated = any(c.dep_ == "cc" and c.i < subject.i for c in subject.children) or any(
            c.dep_ == "cc" and earlier[-1].i < c.i < subject.i for c in verb.children) or self._list_goes_on(earlier[-1], subject) if earlier else False
        if earlier and coordinated:
            return [*self.doc[earlier[0].left_edge.i : phrase[0].i], *phrase]
        return phrase

    @staticmethod
    def _partitive_of(noun: Token) -> bool:
        """Whether a noun is introduced by a partitive word (« dont dix mineurs », "including")."""
        return any(c.lower_ in _PARTITIVE and c.i < noun.i for c in noun.children)

    def _relative_antecedent(self, pronoun: Token, verb: Token) -> Token | None:
        """The noun a subject relative pronoun takes up. The parser's head of the relative clause,
        but a relative pronoun follows its antecedent: when the parser hung the clause higher up
        than the noun phrase right before the pronoun (« ordonner à la police de traquer les
        bandes du cartel, qui ont visé … » hung on « police »), that phrase is it; a clause
        hung on an adjective taken as a noun (« les gangs et leurs semblables, qui … ») takes up
        the noun it is joined to; the second of two coordinated relatives (« des agitateurs,
        qui n'ont rien à dire et qui veulent … ») shares the first one's antecedent."""
        if verb.dep_ not in ("acl:relcl", "relcl"):
            return self._antecedent_of_coordinated_relative(pronoun) if pronoun.lower_ == "qui" else None
        head = verb.head
        while head.pos_ == "ADJ" and head.dep_ in ("conj", "amod") and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        nearest = self._phrase_head_before(pronoun)
        if nearest is not None and nearest.i != head.i and head.is_ancestor(nearest) and self._own_phrase_under(nearest, head):
            return nearest
        return head

    @staticmethod
    def _own_phrase_under(nearest: Token, head: Token) -> bool:
        """Whether a noun phrase inside the parser's antecedent is one a relative may take up
        rather than it: in a clause of its own (« la police de traquer les bandes, qui … »), or
        hung on it by a « des » that may open a new phrase (« chez eux des agitateurs, qui … »);
        not a piece of a name or a complement of it (« du régime de X, qui … » takes up the
        head of the whole phrase)."""
        word = nearest
        while word.i != head.i:
            if word.head.i != head.i and word.head.pos_ in ("VERB", "AUX"):
                return True
            if word.head.i == head.i:
                return word.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ == "des" for c in word.children)
            word = word.head
        return False

    def _phrase_head_before(self, pronoun: Token) -> Token | None:
        """The head of the noun phrase a relative pronoun follows: the noun right before it (past
        punctuation), up from a postposed adjective, the last word of a name, an infinitive
        complement (« l'art de mentir ») and « de » complements (« les bandes du cartel ») to the noun they complete.
        Not up through « des », which may open a phrase of its own (« il y a chez eux des
        agitateurs »)."""
        noun: Token | None = self._noun_before(pronoun)
        while noun is not None and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            modifier = noun.pos_ == "ADJ" or noun.pos_ == "VERB" and noun.dep_ == "acl" or noun.dep_ in ("flat", "flat:name", "fixed")
            if not modifier and not (noun.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du") for c in noun.children)):
                break
            noun = noun.head
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None

    def _antecedent_of_coordinated_relative(self, pronoun: Token) -> Token | None:
        """« …, qui refusent tout compromis et qui cherchent à … »: a « qui » right after a
        coordinating conjunction opens a second relative clause on the antecedent of the
        relative « qui » before it in the sentence."""
        doc = self.doc
        if pronoun.i == 0 or doc[pronoun.i - 1].pos_ != "CCONJ":
            return None
        for earlier in reversed(doc[sentence_of(pronoun).start : pronoun.i - 1]):
            if earlier.lower_ == "qui" and earlier.pos_ == "PRON" and earlier.dep_ in _SUBJ and earlier.head.dep_ in ("acl:relcl", "relcl"):
                return self._relative_antecedent(earlier, earlier.head)
        return None

    def _subject_joined_to_the_setting(self, verb: Token) -> list[Token]:
        """« Peu avant minuit, à Colmar, un fleuriste de 52 ans, voisin de X, a été interpellé »: a parser
        that took the opening time or place for a noun phrase made the people after it its
        conjuncts and left the verb without a subject (or joined the verb to them). Those
        conjuncts, up to the verb, are it."""
        if not any(c.dep_.startswith("aux") for c in verb.children):
            return []
        settings = [c for c in verb.children if c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "NUM") and c.dep_.startswith(("obl", "nmod", "dep"))]
        host = verb.head
        if verb.dep_ == "conj" and host.i < verb.i and host.pos_ in ("NOUN", "PROPN", "NUM"):
            if host.pos_ != "NUM" and not any(g.dep_ == "case" for g in host.children) and self._party_like([host], host):
                # The verb joined to the people themselves, made the root: « …, deux cousins de 41 ans
                # et 47 ans ont été condamnés » with « 47 ans » as its subject. Their words before
                # the verb, without the verb's own and the setting hung before them.
                left_out = {t.i for t in verb.subtree} | {t.i for c in host.children if c.i < host.i and c.dep_.startswith(("obl", "nmod", "advmod")) for t in c.subtree}
                phrase = [t for t in host.subtree if t.i < verb.i and t.i not in left_out]
                while phrase and phrase[0].is_punct:
                    phrase.pop(0)
                return phrase
            settings.append(host)  # (or the verb itself joined to the setting: « Dans la journée, à X, deux hommes … ont été »)
        for setting in settings:
            people = [
                c for c in setting.children
                if c.dep_ in ("conj", "nmod", "appos") and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("LOC", "GPE")
                and not any(g.dep_ == "case" for g in c.children) and self._party_like(self._np(c), c)
            ]
            # (the first person opens after a comma, which the parser may hang on it; the others
            # are joined to it by "et", not described after it: « …, proches de X, »)
            people = people[:1] + [c for c in people[1:] if any(g.dep_ == "cc" for g in c.children)]
            if not people:
                continue
            start = next(t.i for t in people[0].subtree if not t.is_punct)
            if self.doc[start - 1].text == ",":
                end = max(t.right_edge.i for t in people)
                return [t for t in self.doc[start : end + 1] if t.i < verb.i and not (t.is_punct and t.i == end)]
        return []

    def _outside_aside(self, subject: Token, verb: Token) -> Token:
        """« une dizaine de cyclistes (dont plusieurs parmi les favoris) sont soupçonnés »: a
        subject the parser took from inside an aside in parentheses right before the verb
        stands for the noun the aside follows."""
        doc = self.doc
        if subject.i > verb.i:
            return subject
        close = next((t for t in doc[subject.i + 1 : verb.i] if t.text == ")"), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux") and t.i != verb.i for t in doc[close.i + 1 : verb.i]):
            return subject
        open_ = next((t for t in reversed(doc[sentence_of(subject).start : subject.i]) if t.text in ("(", ")")), None)
        if open_ is None or open_.text != "(" or open_.i < 1:
            return subject
        noun = self._noun_before(open_)
        while (noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i and self.doc[noun.left_edge.i - 1].text != ","
               and any(c.dep_ == "case" and c.lower_ in _OF_WORDS for c in noun.children)):
            noun = noun.head  # (« des employés du ministère (…) »: the employees)
        return noun if noun.pos_ in ("NOUN", "PROPN") else subject

    @staticmethod
    def _list_goes_on(earlier: Token, subject: Token) -> bool:
        """« X, Y et Z ont été … » read as two subjects, "X" and "Y et Z": a comma right after
        the first, and the second coordinated with a later member."""
        # (the parser may hang the comma on the first: then it ends its phrase)
        edge = earlier.right_edge
        comma = edge if edge.text == "," else earlier.doc[edge.i + 1] if edge.i + 1 < subject.i else None
        return comma is not None and comma.text == "," and comma.i + 1 == subject.left_edge.i and any(
            c.dep_ == "conj" and any(g.dep_ == "cc" for g in c.children) for c in subject.children)

    def _main_subject_taken_up(self, pronoun: Token, verb: Token) -> list[Token]:
        """"X et Y s'étaient justifiés lorsqu'ils avaient été mis en cause par Z": the subject
        pronoun of an adverbial clause takes up the subject of the clause it hangs on, when
        they agree in number (« ils » a plural noun or a coordination, « il »/« elle » a
        singular one)."""
        word = pronoun.lower_
        if pronoun.dep_ not in _SUBJ or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        plural = word in self.lex.plural_pronouns
        if not plural and word not in self.lex.person_pronouns:
            return []
        main = next((c for c in verb.head.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN")), None)
        if main is None:
            return []
        main_plural = "Plur" in morph_get(main, "Number", None) or any(c.dep_ == "conj" for c in main.children)
        return self._subject_phrase(verb.head, _SUBJ) if main_plural == plural else []

    def _caseless_subject(self, verb: Token) -> Token | None:
        """A noun phrase that opens the sentence with no preposition, hung on the verb as
        something else ("Paul Roy, un homme de 30 ans, est identifié …" parsed as an oblique):
        a French or English noun phrase before the verb with no preposition and no time word
        is its subject."""
        if verb.dep_ != "ROOT" or not any(c.dep_.startswith("aux") for c in verb.children):
            return None
        first = next((c for c in verb.children if c.i < verb.i and not c.is_punct), None)
        if (
            first is None or first.pos_ not in ("NOUN", "PROPN") or first.left_edge.i != sentence_of(verb).start
            or not first.dep_.startswith(("obl", "nmod", "dep", "appos"))
            or any(g.dep_ == "case" for g in first.children) or first.ent_type_ in ("DATE", "TIME")
            or first.lower_ in self.lex.time_words or first.lemma_.lower() in self.lex.time_words
        ):
            return None
        return first

    @staticmethod
    def _participial_clause_subject(verb: Token) -> Token | None:
        """A participle clause has no subject of its own ("Ayant été critiquée pour son retard,
        la ministre a …", "X a été écarté, accusé par Y de …"): it is the subject of the finite
        clause it is joined to (the one it hangs on, or the one the parser hung on it), with
        which the participle agrees in number."""
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if any(c.dep_ in _SUBJ for c in verb.children) or any("Fin" in morph_get(c, "VerbForm", None) for c in auxiliaries):
            return None
        clauses = [verb.head] if verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX") else []
        if verb.dep_ == "ROOT":
            # (the main clause after it, which the parser joined to the participle as a
            # conjunct or an adverbial clause)
            clauses += [c for c in verb.children if c.dep_ in ("conj", "advcl", "parataxis") and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
        number = morph_get(verb, "Number", None)
        for clause in clauses:
            subject = next((c for c in clause.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is None:
                continue
            if number and subject.pos_ == "NOUN" and morph_get(subject, "Number", None) and number != morph_get(subject, "Number", None):
                continue
            return subject
        return None

    def _antecedent_of_object_relative(self, pronoun: Token, verb: Token) -> Token | None:
        """The noun an object relative pronoun takes up ("le ministre, qu'elle accuse de
        mensonge"): the head of the relative clause, else (a parser that lost the clause) the
        noun right before the pronoun."""
        if pronoun.pos_ != "PRON" or pronoun.lower_.replace("’", "'") not in ("que", "qu'", "whom") or pronoun.i > verb.i:
            return None
        if verb.dep_ in ("acl:relcl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        noun = self._noun_before(pronoun)
        return noun if noun.pos_ in ("NOUN", "PROPN") and sentence_of(noun) == sentence_of(pronoun) else None

    def _noun_before(self, pronoun: Token) -> Token:
        """The word a relative pronoun follows, past punctuation and up from a postposed
        adjective to its noun (« le tribunal correctionnel, qui … » → tribunal)."""
        before = pronoun.i - 1
        while before > 0 and self.doc[before].is_punct:
            before -= 1
        noun = self.doc[before]
        while noun.pos_ == "ADJ" and noun.head.i < noun.i:
            noun = noun.head
        return noun

    def _antecedent_of_dangling_relative(self, head: Token, verb: Token) -> Token | None:
        """"X a dénoncé les casseurs, qui depuis lundi, ont saccagé …": a parser that lost the
        relative clause's verb joins it to the main verb; the relative pronoun between them,
        subject of no verb, says whose verb it is: the noun it follows."""
        for t in self.doc[head.i + 1 : verb.i]:
            if t.lower_ in ("qui", "who") and t.pos_ == "PRON" and not (t.dep_ in _SUBJ and t.head.pos_ in ("VERB", "AUX")):
                before = t.i - 1
                while before > head.i and self.doc[before].is_punct:
                    before -= 1
                noun = self.doc[before]
                while noun.pos_ == "ADJ" and noun.head.i < noun.i:
                    noun = noun.head
                return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i > head.i else None
        return None

    def _accuser(self, verb: Token, *, with_named_subject: bool = False) -> list[Entity]:
        """Who accuses with this verb: the speaker of the statement it sits in, else its subject.
        ``with_named_subject``: in a statement, a subject the verb names also accuses, beside the
        speaker who reports it (« X accusent Y de …, révèle le quotidien Z »: X and Z)."""
        att = self._attribution_at(verb)
        if att is not None and att.speaker is not None and att.rule != "verb" or att is not None and att.speaker is not None and att.cue and not (att.cue[0] <= verb.idx < att.cue[1]):
            speakers = list(att.speaker.entities)
            if with_named_subject:
                speakers += [e for e in self._clause_subject_accusers(verb, named_only=True) if e not in speakers]
            return speakers
        return self._clause_subject_accusers(verb)

    def _clause_subject_accusers(self, verb: Token, *, named_only: bool = False) -> list[Entity]:
        """The subject of the verb (or of the clause it depends on) as who accuses; ``named_only``:
        only a subject that is a noun or a name (a pronoun in a statement is too often its speaker
        or someone the statement does not name)."""
        # « Le ministre, Jean Roy, a accusé … », « Jean Roy, porte-parole du parti, a dénoncé … »:
        # the person named beside the title is who accuses, not the title the parse makes the
        # subject (as for a speaker).
        apposed = french_apposed_subject(self.reg, verb) if self.lex.language == "fr" and verb.pos_ in ("VERB", "AUX") else None
        if apposed is not None:
            return list(apposed.entities)
        t, hops = verb, 0
        while hops < 4:
            # Not a phrase with a preposition the parser took for a subject ("Sur RTL, …, X a
            # dénoncé …"); of two subjects, the one nearest before the verb.
            subjects = [c for c in t.children if c.dep_ in _SUBJ and c.dep_ not in _PASS_SUBJ and not any(g.dep_ == "case" for g in c.children)]
            subject = max(subjects, key=lambda c: (c.i < t.i, c.i if c.i < t.i else -c.i), default=None)
            if subject is not None and subject.pos_ == "NOUN" and not self._party_like([subject], subject):
                # A parser that took a figure or a thing for the subject and hung the name on it
                # ("… « 5 milliards d'euros », Jeanne Roy, la présidente de X, a dénoncé …"):
                # the person in apposition is who speaks.
                subject = next((c for c in subject.children if c.dep_ == "appos" and self._party_like(self._np(c), c)), subject)
            if subject is not None and subject.lower_ in _RELATIVES and t.dep_ in ("acl:relcl", "relcl") and t.head.pos_ == "NOUN":
                # "la campagne pour la forêt qui attaque la mairie": a relative clause the parser
                # hung on the complement ("forêt") is about the phrase it completes.
                antecedent = t.head
                if antecedent.dep_ == "nmod" and antecedent.head.pos_ == "NOUN" and not self._party_like([antecedent], antecedent):
                    antecedent = antecedent.head
                ref = self.reg.resolve(self._np(antecedent), head=antecedent)
                return list(ref.entities) if ref is not None else []
            if subject is not None:
                if named_only and subject.pos_ not in ("NOUN", "PROPN"):
                    return []
                phrase = self._np(subject) if subject.pos_ != "PRON" else [subject]
                ref = self.reg.resolve(phrase, head=subject)
                return self._named_with_adjectives(list(ref.entities), phrase) if ref is not None else []
            if t.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp") and t.head.i != t.i:
                t = t.head
                hops += 1
                continue
            break
        return []

    def _named_with_adjectives(self, entities: list[Entity], phrase: list[Token]) -> list[Entity]:
        """Accusers named in a phrase by one word also go by it with the adjectives the tagger
        split off it, their full name (« une cinquantaine de Gilets jaunes » names « Gilets
        jaunes », not « Gilets »)."""
        for entity in entities:
            word = next((t for t in phrase if t.text == entity.name and t.pos_ in ("PROPN", "NOUN")), None)
            if word is None:
                continue
            known = len(entity.aliases)
            self._alias_with_adjectives(entity, [word], phrase[-1].i + 1)
            if len(entity.aliases) > known:
                entity.add_alias(entity.name)
                entity.name = entity.aliases[known]
        return entities

    def _text(self, tokens: list[Token]) -> str | None:
        tokens = [t for t in tokens if not t.is_space]
        while tokens and tokens[0].is_punct and tokens[0].text not in "«“":
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "»”":
            tokens = tokens[:-1]
        if not tokens:
            return None
        return self.a.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]

    def _add(
        self, parties: list[tuple[Entity, int, int]], accusers: list[Entity], accusation: str | None, at: Token, *, blame: bool = True, self_accused: bool = False,
        mentioned: bool = True,
    ) -> None:
        """Record each party as accused by ``accusers``; a party is never its own accuser
        unless ``self_accused`` (a claim of responsibility). ``mentioned``: the span names the
        party (not a pronoun standing for it)."""
        att = self._attribution_at(at)
        accusers = [e for e in accusers if not self._bare_pronoun(e) and not self._event(e)]
        for entity, start, end in parties:
            if entity in accusers and not self_accused:
                continue
            # Two registry entries under one name (a name read off a longer phrase and the same
            # name alone) are one party.
            record = self.found.get(entity.key) or next((r for r in self.found.values() if r.entity.name == entity.name), None) or self._same_description(entity, start, end)
            if record is None:
                record = self.found[entity.key] = Accusation(entity)
            for accuser in accusers:
                if accuser not in record.accusers:
                    record.accusers.append(accuser)
            if accusation and not record.accusation:
                record.accusation = accusation
            # Membership looked up by span (equal attributions share theirs), not by a scan of
            # lists that grow with the article; only this method adds to them.
            evidence_at, blame_at, mentions = self._recorded.setdefault(id(record), ({}, {}, set()))
            if att is not None and att not in evidence_at.get((att.start, att.end), ()):
                record.evidence.append(att)
                evidence_at.setdefault((att.start, att.end), []).append(att)
            if blame and att is not None and att not in blame_at.get((att.start, att.end), ()):
                record.blame_evidence.append(att)
                blame_at.setdefault((att.start, att.end), []).append(att)
            if mentioned and (start, end) not in mentions:
                record.mentions.append((start, end))
                mentions.add((start, end))
            if len(parties) == 1:
                # (the party as found: the entity first recorded for it)
                self._last_party = ((record.entity, start, end), sentence_of(at).end, morph_get(at, "Number", None))

    def _same_description(self, entity: Entity, start: int, end: int) -> Accusation | None:
        """« un jeune homme de 19 ans soupçonné de vol a été interpellé »: two constructions of
        one sentence may name one unnamed person by two extents of the same words (« jeune homme
        de 19 ans », « jeune homme »). An unnamed party whose words are among those of a party
        already found, at a span inside or around one of its mentions, is that party."""
        # (a description may open its sentence with a capital: « Trois hommes âgés de 19 à 26 ans »)
        words = set(entity.name.split())
        if not words or entity.name[1:] != entity.name[1:].lower():
            return None
        for record in self.found.values():
            name = record.entity.name
            if name[1:] != name[1:].lower() or not (words <= set(name.split()) or set(name.split()) <= words):
                continue
            if any(s <= start and end <= e or start <= s and e <= end for s, e in record.mentions):
                return record
        return None

    def _bare_pronoun(self, entity: Entity) -> bool:
        """An accuser known only by a pronoun no name resolved (the impersonal « il » of « il
        est à noter que … » taken for a speaker): it names no one, so it accuses no one. Nor
        does « l'intéressé » left unresolved: it is the party the article speaks of, who
        answers the accusation rather than makes it."""
        lex, name = self.lex, entity.name.lower()
        return name in lex.person_pronouns | lex.plural_pronouns | lex.first_pronouns or name in self.words.concerned_words

    @functools.cached_property
    def _event_words(self) -> frozenset[str]:
        words = self.words
        return union(words.event_nouns, words.crime_nouns, words.attributed_harms)

    def _event(self, entity: Entity) -> bool:
        """An accuser named by an event (« des manifestations ont eu lieu contre la présidente,
        accusée de corruption »: the subject of the clause is the protests): events accuse no
        one, the people behind them do. A name (« Manifestation pour tous ») is someone."""
        name = entity.name
        return name[:1].islower() and name.split(maxsplit=1)[0].lower() in self._event_words

    def _complement(self, verb: Token, exclude: Token | None) -> list[Token]:
        """What the party is accused of: the de/of/for complement after the object."""
        def introduced(t: Token) -> bool:
            if t.lower_ in _OF_WORDS:
                return True
            return any(c.lower_ in _OF_WORDS and c.dep_ in ("mark", "case") for c in t.children)

        for child in verb.children:
            if (exclude is not None and child.i == exclude.i) or child.i < verb.i:
                continue
            if (child.dep_ in ("xcomp", "advcl", "acl", "prep", "ccomp") or child.dep_.startswith("obl")) and introduced(child):
                return list(child.subtree)
        if exclude is not None:
            for child in exclude.children:
                # (« accusé la majorité d'avoir … »: the infinitive's auxiliary hung on the object)
                if child.dep_ in ("acl", "prep") and child.i > exclude.i and child.pos_ in ("VERB", "AUX", "ADP") and introduced(child):
                    return list(child.subtree)
        return []

    # -- rules ------------------------------------------------------------------------------------
    def run(self) -> list[Accusation]:
        """Every accused party: each token tried against the constructions, then the people
        named as members of the groups found."""
        # The words read from the per-Doc lists: spaCy looks a Token's strings up on every read.
        tags, lowers, lemmas = pos_tags(self.doc), lower_forms(self.doc), lemma_lowers(self.doc)
        sporting = self._sporting_paragraphs
        tokens = self.a.tokens  # (every token of the Doc: token i is tokens[i])
        rules_of: dict[tuple[str, str, str], tuple[tuple[_Rule, ...], tuple[_Rule, ...]]] = built_once(_RULES_OF_WORDS, self.lex, id(self.lex), dict)
        for i, pos in enumerate(tags):
            if pos not in _CONSTRUCTION_POS:
                continue  # every construction below starts on one of these (most tokens are not)
            word = (pos, lowers[i], lemmas[i])
            rules = rules_of.get(word)
            if rules is None:
                if len(rules_of) >= _MAX_KINDS_OF_WORDS:
                    rules_of.clear()  # (a long run meets ever more words: the memo stays bounded)
                rules = rules_of[word] = self._rules_started_by(*word)
            first, then = rules
            token = tokens[i]
            for rule in first:
                rule(self, token)
            if then and not (sporting and self._move_of_the_game(token, sporting)):
                for rule in then:
                    rule(self, token)
        self._outright_deniers_when_no_one_else()
        self._deniers_who_speak_for_a_party_found()
        self._parties_asked_to_answer()
        self._organisations_held_responsible()
        self._subjects_of_accusing_statements()
        self._named_members_of_accused_groups()
        self._people_in_parentheses_after_parties()
        self._accusers_from_statements_about_the_party()
        # (after the statements about each party: those about the named person are no
        # accusation of what the role was accused of)
        self._roles_of_named_people()
        self._defendant_under_the_trial_word()
        self._descriptions_already_pinned_on_a_name()
        if self.lex.language == "fr":  # (measured on French only)
            self._role_of_the_one_named_person()
            self._establishments_taken_up_by_description()
        self._perpetrator_identified_by_name()
        self._unnamed_perpetrator_named_elsewhere()
        self._named_members_of_accusing_groups(self.found.values())
        self._accusers_full_names()
        self._one_party_under_two_names()
        if self.lex.language == "fr":  # (the filters below were measured on French only)
            self._names_that_end_a_partys_name()
            self._fuller_roles_of_named_parties()
            self._drop_parties_that_are_no_one()
            self._drop_records_every_mention_of_which(self._place_as_setting)
            self._drop_records_every_mention_of_which(self._noun_said_in_general, common_nouns_only=True)
            self._descriptions_apposed_to_a_name()
        return list(self.found.values())

    def _drop_parties_that_are_no_one(self) -> None:
        """A party is a person, a group, an organisation or a state, never an act, a quality or
        an event: a record named by a common noun phrase (no capital: « la Sécurité sociale »
        is an institution) whose head is a word for a thing, an act, a wrong or an event of the
        lexicon (« la remontée des taux », « des actes de vandalisme », « le retard ») is a
        phrase a construction took for its party, and is dropped. A head that is also a word
        for people (« les casseurs ») keeps the record."""
        for key, record in list(self.found.items()):
            if not record.entity.name[:1].islower() or not record.mentions:
                continue
            start, end = record.mentions[0]
            span = self.doc.char_span(start, end, alignment_mode="expand")
            head = _phrase_head(list(span)) if span is not None else None
            if head is None or head.pos_ == "PROPN" or head.ent_type_ in _PARTY_ENT_LABELS:
                continue
            forms = {head.lemma_.lower(), head.lower_}
            if forms & self._people_words or forms.isdisjoint(self._no_one_words):
                continue
            del self.found[key]

    def _drop_records_every_mention_of_which(self, names_no_party: Callable[[int, int], bool], *, common_nouns_only: bool = False) -> None:
        """Drop the records every mention of which ``names_no_party`` (start, end) says names no
        one: a place named as where things happen or someone lives (`_place_as_setting`; a state
        that acts, « Madrid rejette … », « la France accuse … », is named otherwise and stays), a
        common noun said of a kind (`_noun_said_in_general`; ``common_nouns_only``: records
        named by a lower-case phrase)."""
        for key, record in list(self.found.items()):
            if common_nouns_only and not record.entity.name[:1].islower():
                continue
            if record.mentions and all(names_no_party(start, end) for start, end in record.mentions):
                del self.found[key]

    def _place_as_setting(self, start: int, end: int) -> bool:
        """Whether a mention is a place name (a proper noun the recogniser calls a place) named
        as a setting: followed by its département or region in brackets (« la prison de
        Sancergues (Cher) »), after « en » (« un héritier installé en Uruguay »), or ending the
        name of something else (« la régie Électricité du Haut-Vernois »)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if not t.is_punct and t.pos_ != "DET"]
        if not words or any(t.pos_ != "PROPN" for t in words) or not any(t.ent_type_ in ("LOC", "GPE") for t in words):
            return False
        doc, after, before = self.doc, span.end, span.start - 1
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 1].text[:1].isupper() and any(t.text == ")" for t in doc[after + 2 : after + 6]):
            return True  # « Sancergues (Cher) »
        if before >= 0 and doc[before].lower_ == "en":
            return True  # « installé en Uruguay »
        # (« Électricité du Haut-Vernois »: the place ends a longer name, not at a sentence start)
        return before >= 1 and doc[before].lower_ in ("de", "du", "des") and doc[before - 1].text[:1].isupper() and not doc[before - 1].is_sent_start

    def _noun_said_in_general(self, start: int, end: int) -> bool:
        """Whether a mention is a common noun with no determiner after « de » or « sur », which
        names a kind, not someone: « des méthodes de procureur », « faute de personnel », « faute
        de médecins », « harcèlement sur mineurs ». (A plural after « de » alone may be an
        indefinite one, « de » for « des »: « les violences de policiers » names some.)"""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        head = _phrase_head(list(span)) if span is not None else None
        if head is None or head.pos_ != "NOUN" or any(c.dep_ in ("det", "nummod", "nmod:poss") for c in head.children):
            return False
        case = next((c for c in head.children if c.dep_ == "case" and c.i < head.i), None)
        if case is None or case.lower_.replace("’", "'") not in ("de", "d'", "sur"):
            return False
        after_faute = case.i > 0 and self.doc[case.i - 1].lower_ == "faute"  # (« faute de »: for want of)
        return case.lower_ == "sur" or after_faute or "Sing" in morph_get(head, "Number", [])

    def _descriptions_apposed_to_a_name(self) -> None:
        """A party found under a description set by a comma beside the name of another party
        found (« contre son exploitant, la société Fermoise », « le marin de 56 ans, Paul Ribot, »,
        « la Caisse Berlane (CB), une banque coopérative, »): the description is that party, not
        a second one."""
        text = self.a.text
        for key, record in list(self.found.items()):
            if not record.entity.name[:1].islower() or len(record.mentions) != 1:
                continue
            start, end = record.mentions[0]
            start = end - len(text[start:end].lstrip(", "))  # (a mention taken with the comma before it)
            after = _DESCRIPTION_THEN_NAME.match(text, end)
            before = _NAME_THEN_DESCRIPTION.search(text, max(0, start - _APPOSED_NAME_REACH), start)
            holder = next((other.entity for other in self.found.values() if other is not record and _named_beside(other.entity, text, after, before)), None)
            if holder is not None:
                self._merge_into_party(key, record, holder)

    @functools.cached_property
    def _no_one_words(self) -> frozenset[str]:
        """Heads that name no party (`_drop_parties_that_are_no_one`)."""
        return union(self._thing_or_wrong_words, self.words.abstract_nouns)

    def _counted_part(self, record: Accusation) -> bool:
        """Whether a mention of the party opens with a number of two or more (« deux Gilets
        jaunes », « 3 manifestants »): some members of a group, not the group."""
        for start, _ in record.mentions:
            span = self.doc.char_span(start, start + 1, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            first = span[0]
            before = self.doc[first.i - 1] if first.i > 0 else None
            if any(t is not None and t.like_num and t.lower_ not in ("un", "une", "one") for t in (first, before)):
                return True
        return False

    def _one_party_under_two_names(self) -> None:
        """Two records of one party the registry kept apart, one name the other's with words
        added (`_names_one_party`: « l'homme » and « un homme de 34 ans », « Novachlor » and
        « la société Novachlor »): one record, under the proper name when there is one, else the
        fuller description, accused by the accusers of both. Not a name several records extend
        (« la Corée du Nord », « la Corée du Sud »: « la Corée » is either), nor a counted part of
        a group (« deux Gilets jaunes » are not « les Gilets jaunes »). The same holds of two
        accusers of one party (« le Canard », « le Canard enchaîné »): the fuller name stays."""
        if self.lex.language != "fr":
            return  # (measured on French only)
        determiners = self.lex.determiners
        records = list(self.found.items())
        names, extending = self._names_and_their_extensions()
        for key, record in records:
            if key not in self.found:
                continue
            short = names[key]
            proper = record.entity.name[:1].isupper()
            fuller = [(k, self.found[k]) for k in dict.fromkeys(extending.get(short, ())) if k != key and k in self.found and _names_one_party(short, names[k], proper=proper)]
            if len(fuller) != 1 or self._counted_part(record) or self._counted_part(fuller[0][1]):
                continue
            other_key, other = fuller[0]
            if proper and not other.entity.name[:1].isupper():
                self._merge_into_party(other_key, other, record.entity)
            else:
                self._merge_into_party(key, record, other.entity)
        for record in self.found.values():
            accuser_names = [_without_determiner(a.name, determiners) for a in record.accusers]
            record.accusers = [
                a for a, name in zip(record.accusers, accuser_names, strict=True)
                if sum(_names_one_party(name, other, proper=a.name[:1].isupper()) for other in accuser_names) != 1
            ]

    def _names_and_their_extensions(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """Each record's name without its determiner, lower-cased, by key; and the keys of the
        records under the first and last words of their names, so that a name finds the records
        extending it without comparing every pair of records."""
        names = {key: _without_determiner(record.entity.name, self.lex.determiners) for key, record in self.found.items()}
        extending: dict[str, list[str]] = {}
        for key, name in names.items():
            words = name.split()
            for cut in range(1, len(words)):
                extending.setdefault(" ".join(words[:cut]), []).append(key)
                extending.setdefault(" ".join(words[cut:]), []).append(key)
        return names, extending

    def _fuller_roles_of_named_parties(self) -> None:
        """A named party that also goes by a bare role (« le gérant, Paul Roux, » gives Paul Roux
        the alias « le gérant ») and a record found under that role with words added (« le
        gérant du camping », « l'ancien directeur de la criée »): one party, the named one, when
        no other record extends that role. After the places that end a party's name are merged
        into it (`_names_that_end_a_partys_name`: « … de la criée de Port-Lanvaux »)."""
        determiners = self.lex.determiners
        names, extending = self._names_and_their_extensions()
        for key, record in list(self.found.items()):
            if key not in self.found or not record.entity.name[:1].isupper():
                continue
            # (a description: a common noun phrase, maybe after its determiner, « le gérant »,
            # « l'ancien directeur »; not a name, « Amalric »)
            bare = {alias: _without_determiner(alias, determiners) for alias in record.entity.aliases}
            roles = {role for alias, role in bare.items()
                     if (alias[:1].islower() or role != alias.lower()) and not any(w[:1].isupper() for w in alias.split()[1:])}
            fuller = {k for role in roles if role for k in extending.get(role, ())
                      if k != key and k in self.found and names[k].startswith(role + " ") and not self.found[k].entity.name[:1].isupper()}
            if len(fuller) == 1 and not self._counted_part(self.found[next(iter(fuller))]):
                other_key = next(iter(fuller))
                self._merge_into_party(other_key, self.found[other_key], record.entity)

    def _names_that_end_a_partys_name(self) -> None:
        """« le centre hospitalier de Saint-Brieuc », « l'armée du Myanmar »: a party found under
        a single proper name, not a person's, that ends the name of one other party found as its
        complement (« de », « du », « des ») is what that party's name places it by (its town,
        its country, its parent body), read as a party of its own where a construction met it
        alone: one record, the fuller one, accused by the accusers of both, which does not go by
        the shorter name. Not a person (« le soutien de Nicolas Miguet » is not Nicolas Miguet),
        nor a name that several parties' names end with (« la mairie de Rennes », « le CHU de
        Rennes »: « Rennes » is either)."""
        for key, record in list(self.found.items()):
            name = record.entity.name
            if key not in self.found or record.entity.kind == "person" or " " in name or not name[:1].isupper():
                continue
            ending = re.compile(r"\s(?:de\s(?:la\s|l['’])?|du\s|des\s|d['’])" + re.escape(name) + r"\Z")
            fuller = [other for other_key, other in self.found.items() if other_key != key and ending.search(other.entity.name)]
            if len(fuller) == 1:
                self._merge_into_party(key, record, fuller[0].entity, takes_aliases=False)

    def _rules_started_by(self, pos: str, low: str, lemma: str) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
        """The rules of `run` a word of this part of speech, form and lemma may start, in the
        order they are tried: those whose first word must be in a lexicon only when it is (each
        rule still tests its context, and its lexicon again where the words after count), the
        others on every word of their parts of speech. Asked once per kind of word of the
        language (`_RULES_OF_WORDS`), not for each token. The first rules are tried also on a
        proper noun and in the report of a match, the others not (`run`)."""
        lex, words, forms = self.lex, self.words, {low, lemma}

        def may_be(verbs: frozenset[str]) -> bool:  # (`verb_lemma` of the word)
            return lemma in verbs or verb_lemma_of_form(low, verbs) is not None

        first: tuple[_Rule, ...] = ()
        # (a proper noun too: a word quoted alone, « un « acharnement » », may be tagged so)
        if pos in ("NOUN", "PROPN") and (_may_match(low, lemma, words.hostile_conduct_nouns) or forms & words.persecution_nouns):
            first = (_Finder._hostile_conduct_word,)
        if pos == "PROPN":
            return first, ()
        # (`_verbal_construction`: a verb of its lexicons under any of the lemmas it reads, an
        # untagged present of an accusing verb, a participle of accusation or blame, a noun of
        # accusation; any other verb only as a participle whose agent is a charge)
        untagged_verbs = union(words.target_verbs, self._object_verbs)
        verbal = (
            pos in ("VERB", "AUX") and self._may_start_a_verb_construction(low, lemma)
            or pos in ("NOUN", "ADJ") and may_be(untagged_verbs)
            or pos == "ADJ" and (lemma in lex.accuse_passive or lemma in words.conduct_blame_verbs or _may_match(low, lemma, words.judicial))
            or pos == "NOUN" and (lemma in lex.accuse_nouns or low in lex.accuse_nouns or _may_match(low, lemma, words.judicial_nouns))
        )
        noun, verb, adjective_or_noun = pos == "NOUN", pos == "VERB", pos in ("ADJ", "NOUN")
        # (a state of custody opens with the noun: it starts with the word, or the word with it)
        custody_states = (*words.custody_states, *words.states_under_investigation)
        blame_words = union(words.danger_nouns, words.deploring_adjectives, words.stigma_words)
        then: list[tuple[_Rule, bool]] = [
            (_Finder._verbal_construction, verbal),
            (_Finder._participle_with_a_charge_as_agent, verb and not verbal),
            (_Finder._noun_constructions, noun and (not _nominal_construction_nouns(lex.language).isdisjoint(forms) or self._may_name_a_wrong(low, lemma))),
            (_Finder._participle_after_all, noun and may_be(lex.accuse_passive)),
            (_Finder._responsible, adjective_or_noun and bool(forms & lex.responsible_words)),
            # (an adjective after a copula is sometimes tagged as a verb: "l'école a été négligente")
            (_Finder._stigma_predicate, pos in ("NOUN", "ADJ", "VERB") and bool(forms & words.stigma_words)),
            # (also « désigné comme responsable de l'attaque »)
            (_Finder._named_as_perpetrator, noun and bool(forms & words.perpetrator_nouns or forms & lex.responsible_words)),
            (_Finder._locutions_of_justice_and_blame, verb and (lemma in words.placement_verbs or lemma in words.plea_verbs) or may_be(words.finger_pointing_verbs)
             or noun and bool(forms & words.perpetrator_nouns)),
            (_Finder._custody, noun and any(state.startswith(low) or low.startswith(state) for state in custody_states)),
            # (the critical adjective, or an accusing verb read as a word of a name)
            (_Finder._critical_word, adjective_or_noun and (pos == "ADJ" and low in words.critical_adjectives or may_be(self._object_verbs))),
            (_Finder._victim_on_someones_part, adjective_or_noun and low in words.victim_words),
            (_Finder._according_to_which, pos in ("VERB", "AUX")),
            (_Finder._duty_not_carried_out, verb and lemma in words.duty_verbs),
            (_Finder._protest, verb and lemma in words.protest_verbs),
            (_Finder._investigated, verb and may_be(words.investigation_verbs)),
            (_Finder._revelation_word, noun and low in words.revelation_nouns or verb and lemma in words.revelation_verbs),
            (_Finder._blame_told_in_a_statement, verb or lemma == "faire" or bool(forms & blame_words) or lemma in words.deploring_nouns
             or low in words.commitment_nouns or low in words.shortcoming_adjectives or lemma in words.complicity_nouns),
            # (a verb, or its participle the tagger read as an adjective)
            (_Finder._wrong_done_told_in_a_statement, pos in ("VERB", "ADJ") and (
                lemma in words.wrong_committing_verbs or lemma in words.reported_wrongdoing_verbs or lemma in words.narrated_wrongdoing_verbs)),
            (_Finder._duty_left_undone, pos in ("VERB", "ADJ") and lemma in words.neglected_duty_verbs),
            (_Finder._act_alleged_in_the_conditional, pos in ("VERB", "ADJ")),
        ]
        return first, tuple(rule for rule, may_start in then if may_start)

    def _may_start_a_verb_construction(self, low: str, lemma: str) -> bool:
        """Whether a verb of this form and lemma is in a lexicon of `_verbal_construction`, under
        its lemma or a verb its form inflects (`verb_lemma`, as `_verbal_construction` reads it)."""
        words = self.words
        verbs = union(
            self._verb_lemmas, self._object_verbs, words.report_to_authority_verbs, words.undergo_verbs, words.reported_violence_verbs, words.trial_verbs,
            words.allegiance_verbs, words.claim_verbs, words.revelation_verbs, words.penalty_verbs, words.own_penalty_verbs, frozenset(words.clitic_target_verbs),
            words.exculpation_verbs, words.booing_verbs, words.questioning_verbs, self.lex.accuse_passive, words.conduct_blame_verbs,
        )
        lemmas = {lemma, verb_lemma_of_form(low, self._verb_lemmas), verb_lemma_of_form(low, self._object_verbs)}
        entries: tuple[tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]], ...] = (words.judicial, (frozenset(), words.object_verb_phrases), words.perpetration_verbs, words.commission_verbs, words.injunction_verbs, words.harm_verbs)
        return (
            not verbs.isdisjoint(lemmas) or any(_may_match(low, lemma, entry) for entry in entries)
            or lemma in _causative_verbs(words.harm_verbs)  # (the infinitive of "faire perdre")
        )

    def _participle_with_a_charge_as_agent(self, verb: Token) -> None:
        """`_verbal_construction` on a verb of none of its lexicons: only a participle on a noun
        whose agent is a charge accuses (`_charge_as_agent`)."""
        if dep_labels(self.doc)[verb.i] in ("acl", "advcl"):
            self._verbal_construction(verb)

    def _may_name_a_wrong(self, low: str, lemma: str) -> bool:
        """Whether a noun of this form and lemma may name a wrong (`_names_wrong` without the
        words around it)."""
        entries = self.words.wrong_nouns
        return (low,) in entries or (lemma,) in entries or low.replace("’", "'") in self._multiword_wrong_edges

    def _stigma_predicate(self, word: Token) -> None:
        """`_predicate_label` on a stigma word, a verb only after a copula (an adjective the tagger
        read as a verb: "l'école a été négligente")."""
        if pos_tags(self.doc)[word.i] != "VERB" or word.i in heads_of(self.doc, "cop"):
            self._predicate_label(word)

    def _custody(self, noun: Token) -> None:
        """A state of custody after a copula or a verb of staying (`_in_custody`) or set off by
        commas (`_custody_in_apposition`)."""
        if noun.i in heads_of(self.doc, "cop"):
            self._in_custody(noun, noun)
        elif (verb := self._verb_of_staying_in(noun)) is not None:
            self._in_custody(noun, verb)
        else:
            self._custody_in_apposition(noun)

    def _verb_of_staying_in(self, noun: Token) -> Token | None:
        """« X se trouvait jeudi en garde à vue », « X a passé la nuit en garde à vue », « X sont
        retenus depuis mercredi en garde à vue »: the verb of staying (custody_stay_verbs) the
        state hangs on, maybe through the time it lasts (the parser hangs the state on « jeudi »,
        « la nuit »); not when the verb has an object of its own (« le juge a maintenu X en
        détention » puts X there: `_locutions_of_justice_and_blame`)."""
        time = -1
        head = noun.head
        # (the time is an adjunct, or the object of a verb of spending it: « a passé la nuit »)
        if head.pos_ == "NOUN" and noun.dep_ == "nmod" and head.i < noun.i and (
                head.dep_ == "obl:mod" or head.dep_ == "obj" and head.head.lemma_.lower() in self.words.time_spending_verbs):
            time, head = head.i, head.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in self.words.custody_stay_verbs or not noun.dep_.startswith(("obl", "nmod")):
            return None
        if any(c.dep_ in _OBJ and c.i != time for c in head.children):
            return None
        # (« se trouver » only as a pronominal verb: « il a trouvé X en garde à vue » is another's state)
        if head.lemma_.lower() == "trouver" and not any(c.dep_.startswith("expl") for c in head.children):
            return None
        return head

    def _revelation_word(self, word: Token) -> None:
        """`_revelation_about` on a noun of revelation, or a verb of revelation as a participle on a noun."""
        if pos_tags(self.doc)[word.i] != "VERB" or dep_labels(self.doc)[word.i] == "acl":
            self._revelation_about(word)

    def _roles_of_named_people(self) -> None:
        """A party found only under a definite role (« l'animateur », « le candidat ») that the
        article pins on one named person, right before the name (« l'animateur Jean Roux ») or
        in apposition to it (« Jean Roux, candidat de … », « le patron du club, Jean Roux »):
        that person, who also goes by the role. Not a role the article gives several people."""
        # (a person by a full name; an organisation by its name, « Valnor, l'exploitant du site »)
        people = [
            ent for ent in self.doc.ents
            if ent.label_ in ("PER", "PERSON") and len(ent) >= 2 or ent.label_ in _NAMED_HOLDER_LABELS and ent.text[:1].isupper()
        ]
        for key, record in list(self.found.items()):
            role = self._definite_role(record)
            if role is None:
                continue
            named = {ent.text: ent for ent in people if self._has_role(ent, role)}
            if len(named) > 1:
                continue
            if named:
                ref = self.reg.resolve(list(next(iter(named.values()))), quoted=True, party=True)
                if ref is None or len(ref.entities) != 1:
                    continue
                person = ref.entities[0]
            else:
                # (a role the parser did not hang on the name, but a party found under it:
                # « contre son principal opposant, l'ancien adjoint X, » then « l'opposant »)
                holders = self._named_parties_described_as(role, record)
                if len(holders) != 1:
                    continue
                person = holders[0]
            if person is record.entity:
                continue  # the role already resolved to its named holder (« le fisc soupçonne l'animateur »)
            self._merge_into_party(key, record, person)

    def _defendant_under_the_trial_word(self) -> None:
        """« Le prévenu », « l'accusée »: the word of a trial for the one person it judges. A
        party found only under it, in an article whose other parties hold one single person
        (named or described: « un couvreur de 44 ans … Le prévenu a contesté »), is that
        person. Not when the article has two people or more among its parties: the word may be
        either."""
        for key, record in list(self.found.items()):
            role = self._definite_role(record)
            if role is None or role not in self.words.defendant_nouns:
                continue
            people = [
                other for other in self.found.values()
                if other is not record and other.entity.kind in ("person", "unknown") and self._one_person(other)
            ]
            if len(people) == 1 and people[0].mentions and people[0].mentions[0][0] < record.mentions[0][0]:
                self._merge_into_party(key, record, people[0].entity)

    def _role_of_the_one_named_person(self) -> None:
        """« Jean Roux … est mis en examen. L'élu conteste » : a party found only under a
        definite singular role alone (« l'élu », « le dirigeant », « la commerçante ») that no
        name holds (`_roles_of_named_people`), in an article whose parties name one single
        person, met before it: that person, whom the article takes up by the role. Not when
        two named people are among the parties: the role may be either's."""
        # (the named people are found once: merging a role into one makes no one else named)
        named = [record for record in self.found.values() if self._named_person(record)]
        if len(named) != 1:
            return
        person, named_first = named[0], min(named[0].mentions)[0]
        for key, record in list(self.found.items()):
            if record.entity.kind not in ("person", "group", "unknown") or not record.entity.name[:1].islower() or not record.mentions:
                continue
            first = min(record.mentions)[0]
            if self._bare_role_of_one(record) and named_first < first or self._lead_introduces(record, first, named_first):
                self._merge_into_party(key, record, person.entity)

    def _establishments_taken_up_by_description(self) -> None:
        """« La clinique Saint-Roch a été inspectée. Selon l'ARS, la clinique a falsifié des
        dossiers »: a party found only under a definite description of an establishment (« la
        clinique », « le musée ») is the one the article named before with that noun. A word
        for any establishment or its management (« l'établissement », « la direction ») with no
        such name before it is the establishment the article is about: of those named before
        it, the one it mentions most, by its name or its kind. The article says once what the
        name is and then takes it up by its kind, as it takes up a person by a role
        (`_role_of_the_one_named_person`)."""
        words = self.words
        kinds = union(words.establishment_kind_nouns, self.lex.organization_anaphors)
        for key, record in list(self.found.items()):
            noun = self._definite_role(record)
            if noun is None or not record.entity.name[:1].islower() or not (noun in kinds or noun in words.establishment_hypernyms):
                continue
            mentions = [self.doc.char_span(start, end, alignment_mode="expand") for start, end in sorted(record.mentions)]
            if not all(span is not None and self._bare_description(span) for span in mentions):
                continue
            before = mentions[0].start  # type: ignore[union-attr]
            named = self._establishments_named_before(before, frozenset({noun}))[-1:]
            if not named and noun in words.establishment_hypernyms:
                # (a name of its own before one after the place it is in, « l'usine de Brême »;
                # the first named of those mentioned as often: the lead names what the article is about)
                candidates = self._establishments_named_before(before, kinds)
                candidates = [name for name in candidates if not self._named_after_its_place(name)] or candidates
                named = sorted(candidates, key=lambda name: (self._times_mentioned(name), -name[0].i))[-1:]
            if not named:
                continue
            surface = self._text(named[0])
            holder = next((r.entity for r in self.found.values() if r is not record and surface in (r.entity.name, *r.entity.aliases)), None) or self.reg.typed(named[0], "ORG")
            if holder not in record.accusers:
                self._merge_into_party(key, record, holder)

    @staticmethod
    def _bare_description(span: Span) -> bool:
        """Whether a mention is a determiner and a noun alone (« la clinique »), nothing that
        could tell one establishment of its kind from another."""
        return all(t.i == span.root.i or t.pos_ == "DET" or t.lower_.replace("’", "'") in ("le", "la", "l'") for t in span)

    def _establishments_named_before(self, before: int, kinds: frozenset[str]) -> list[list[Token]]:
        """The names the article gives establishments before token ``before`` with one of these
        nouns set right before them (« la clinique Saint-Roch », « le centre hospitalier de
        Val-Rose », « la start-up lilloise Verdalis »), in the order of the text: each the noun
        and its name."""
        lowers, lemmas = lower_forms(self.doc), lemma_lowers(self.doc)
        named = []
        for k in range(before):
            if lowers[k] in kinds or lemmas[k] in kinds:
                end = self._name_after_kind_noun(k)
                if end is not None:
                    named.append(list(self.doc[k:end]))
        return named

    def _name_after_kind_noun(self, k: int) -> int | None:
        """Where the name that a noun for a kind of establishment introduces ends (« clinique
        Saint-Roch », « centre hospitalier de Val-Rose », « coopérative Terres du Layon »): past
        two lower-case adjectives at most and a « de » before a place, capitalised words and the
        small words between them; None when no name follows."""
        doc, lowers = self.doc, lower_forms(self.doc)
        at = k + 1
        while at < len(doc) and at - k <= 2 and doc[at].pos_ == "ADJ" and doc[at].is_lower:
            at += 1
        if at + 1 < len(doc) and lowers[at].replace("’", "'") in _NAME_LINKS and doc[at + 1].text[:1].isupper():
            at += 1
        end = at
        while end < len(doc) and not doc[end].is_sent_start and (
                doc[end].text[:1].isupper() or end > at and (self.reg.joins_word(doc[end]) or lowers[end].replace("’", "'") in _NAME_LINKS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
            end += 1
        return end if end > at else None

    @staticmethod
    def _named_after_its_place(named: list[Token]) -> bool:
        """Whether an establishment goes by the place it is in (« l'usine de Brême », « le centre
        hospitalier de Val-Rose »), not by a name of its own."""
        first_capital = next((k for k, t in enumerate(named) if k and t.text[:1].isupper()), 1)
        return named[first_capital - 1].lower_.replace("’", "'") in _NAME_LINKS

    def _times_mentioned(self, named: list[Token]) -> int:
        """How often the article mentions an establishment by the first word of its name or by
        the noun of its kind: how much it is about it."""
        counts = self._word_counts
        name_word = next((t for t in named[1:] if t.text[:1].isupper()), named[0])
        return counts[named[0].lower_] + counts[name_word.lower_]

    @functools.cached_property
    def _word_counts(self) -> Counter[str]:
        return Counter(lower_forms(self.doc))

    def _lead_introduces(self, record: Accusation, first: int, named_first: int) -> bool:
        """« Un médecin de Lens a été mis en examen jeudi … \n Le Dr Paul Roux, 63 ans, … »: the
        lead paragraph describes one person (`_one_person`) whom the next paragraph names as it
        opens, after a title or the description's own noun at most (« Le négociant, Paul Roux,
        … »), not someone it speaks of further on (« Sa patiente, Anne Roux, … »)."""
        if record.entity.kind == "group" or not self._one_person(record) or named_first < first:
            return False
        starts = self._paragraph_starts
        if bisect.bisect_right(starts, first) != 1 or bisect.bisect_right(starts, named_first) != 2:
            return False
        opening = self.a.text[starts[1] : named_first]
        if len(opening.split()) > _ROLE_WORDS_BEFORE_NAME or any(mark in opening for mark in ".;:«"):
            return False
        described = self.doc.char_span(*min(record.mentions), alignment_mode="expand")
        return "," not in opening or described is not None and described.root.lower_ in opening.lower()

    def _named_person(self, record: Accusation) -> bool:
        """Whether a party is a person by a full name the parser reads as a person's somewhere."""
        entity = record.entity
        if entity.kind != "person" or not entity.name[:1].isupper() or len(entity.name.split()) < 2:
            return False
        return any(
            (span := self.doc.char_span(start, end, alignment_mode="expand")) is not None and any(t.ent_type_ in ("PER", "PERSON") for t in span)
            for start, end in record.mentions
        )

    def _bare_role_of_one(self, record: Accusation) -> bool:
        """Whether a party goes by a definite role noun alone (« l'élu », « le dirigeant »), a
        word for one person: not a described one (« l'ancien directeur financier » may be
        someone else) nor a collective (« la direction », « la majorité »)."""
        role = self._definite_role(record)
        if role is None or role in self._collective_words:
            return False
        return all(
            (span := self.doc.char_span(start, end, alignment_mode="expand")) is not None
            and all(t.i == span.root.i or t.pos_ == "DET" or t.lower_.replace("’", "'") in ("le", "la", "l'") for t in span)
            for start, end in record.mentions
        )

    @functools.cached_property
    def _collective_words(self) -> frozenset[str]:
        """Words for groups, bodies and organisations (the lexicon's lists), but the titles of
        one person (« le dirigeant » is one, « les dirigeants » a body)."""
        lex, words = self.lex, self.words
        bodies = union(responsibility_words(lex.language).body_nouns, lex.government_words, lex.organization_words, words.collective_party_nouns,
                       words.establishment_nouns)
        return bodies - lex.titles

    def _one_person(self, record: Accusation) -> bool:
        """Whether a party is one person: a full name, or a singular description (« un couvreur
        de 44 ans »), not a group nor a counted part of one."""
        if self._counted_part(record):
            return False
        if record.entity.name[:1].isupper():
            return len(record.entity.name.split()) >= 2 and record.entity.kind == "person"
        span = self.doc.char_span(*record.mentions[0], alignment_mode="expand") if record.mentions else None
        return span is not None and span.root.pos_ == "NOUN" and "Plur" not in morph_get(span.root, "Number", [])

    def _named_parties_described_as(self, role: str, record: Accusation) -> list[Entity]:
        """The named people among the parties found so far that also go by a description ending
        on ``role`` (« son principal opposant », an apposition `_person_named_in_apposition`
        pinned on the name)."""
        return [
            other.entity for other in self.found.values()
            if other is not record and other.entity.kind == "person" and other.entity.name[:1].isupper() and len(other.entity.name.split()) >= 2
            and any(alias != other.entity.name and alias[:1].islower() and alias.split()[-1].lower() == role for alias in other.entity.aliases)
        ]

    def _merge_into_party(self, key: str, record: Accusation, party: Entity, *, takes_aliases: bool = True) -> None:
        """The party found under a description or a shorter name (``record``, under ``key``) is
        the named ``party``, a person or an organisation: one record for it, which also goes by
        the description's aliases (unless not ``takes_aliases``: a name inside the party's own is
        no other name of it)."""
        merged = self.found.get(party.key) or next((r for r in self.found.values() if r.entity.name == party.name), None)
        if merged is record:
            return  # (the description was already read as the name: « le promoteur » of « le promoteur X »)
        del self.found[key]
        if merged is None:
            merged = self.found[party.key] = Accusation(party)
        for alias in record.entity.aliases if takes_aliases else ():
            party.add_alias(alias)
        merged.accusers.extend(a for a in record.accusers if a not in merged.accusers and a is not party)
        merged.accusation = merged.accusation or record.accusation
        merged.evidence.extend(att for att in record.evidence if att not in merged.evidence)
        merged.blame_evidence.extend(att for att in record.blame_evidence if att not in merged.blame_evidence)
        merged.mentions.extend(m for m in record.mentions if m not in merged.mentions)

    def _descriptions_already_pinned_on_a_name(self) -> None:
        """A party found under a description that the article gives, word for word, as an alias
        of one named person (« l'ancienne maire de Valmont jugée » in a headline, « contre
        l'ancienne maire de Valmont, Anne Roux, » further down): that person. `_roles_of_named_people`
        goes by the head noun alone and leaves out descriptions holding a name (« de Valmont »),
        which the whole-description match pins safely: another mayor is another description."""
        for key, record in list(self.found.items()):
            described = record.entity
            if described.kind not in ("person", "unknown") or not described.name[:1].islower():
                continue
            determiners = self.lex.determiners
            surface = _without_determiner(described.name, determiners)
            holders = {
                id(entity): entity
                for entity in self.reg.entities.values()
                if entity is not described and entity.kind == "person" and len(entity.name.split()) >= 2
                and any(_without_determiner(alias, determiners) == surface for alias in entity.aliases if alias != entity.name)
            }
            if len(holders) == 1:
                self._merge_into_party(key, record, next(iter(holders.values())))

    def _perpetrator_identified_by_name(self) -> None:
        """The article's unnamed perpetrator when a clause gives his name: « le tireur présumé a
        été identifié comme Hugo Ferrand », « l'agresseur, nommé Hugo Ferrand, … » told apart
        from the description (`_people_named_after` reads it inside the phrase): that person
        is the party, under the perpetrator's descriptions."""
        unnamed = {id(entity) for entity in (*self._perpetrators.values(), *self._counted_perpetrators.values())}
        if not unnamed:
            return
        for verb in self.a.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.identifying_verbs:
                continue
            described = next((c for c in verb.children if c.dep_ in _PASS_SUBJ and c.pos_ == "NOUN"), None)
            name = self._name_given_after(verb)
            if described is None or name is None:
                continue
            record_key = next((k for k, r in self.found.items() if id(r.entity) in unnamed and any(s <= described.idx < e for s, e in r.mentions)), None)
            if record_key is None:
                continue
            people = self._resolved_name(name, name[0].idx, name[-1].idx + len(name[-1].text), name[-1].i + 1)
            if len(people) == 1:
                self._merge_into_party(record_key, self.found[record_key], people[0][0])

    def _name_given_after(self, verb: Token) -> list[Token] | None:
        """The full name right after a verb of identifying (« identifié comme (étant) Hugo
        Ferrand », « nommé Hugo Ferrand »), ending the clause: its words, or None."""
        doc, at = self.doc, verb.i + 1
        if at < len(doc) and doc[at].lower_ == "comme":
            at += 1
        if at < len(doc) and doc[at].lemma_.lower() == "être":
            at += 1
        names, _ = self._names_listed_from(at)
        return names[0] if len(names) == 1 else None  # (one person, not a list)

    def _unnamed_perpetrator_named_elsewhere(self) -> None:
        """The article's unnamed perpetrator (« un homme a tiré sur des passants … un suspect
        serait en fuite ») when the article names the people it describes by the same noun (« deux
        suspects identifiés comme X et Y »): the named people are the party, and the unnamed
        one is no other party. (Not when the nouns differ: « le tireur » may be someone else
        than the suspects named.)"""
        unnamed = {id(entity) for entity in (*self._perpetrators.values(), *self._counted_perpetrators.values())}
        if not self._named_through or not unnamed:
            return
        for key, record in list(self.found.items()):
            if id(record.entity) not in unnamed:
                continue
            for start, end in record.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                named = self._named_through.get(span.root.lemma_.lower(), []) if span is not None else []
                if any(entity is not record.entity and entity.key in self.found for entity in named):
                    del self.found[key]
                    break

    @staticmethod
    def _has_role(name: Span, role: str) -> bool:
        """Whether a name comes with a role noun (its lemma): right before it (« le candidat
        Jean Roux »), or in apposition either way (« Jean Roux, candidat de … »), by the parse
        or by the commas (`_role_set_off_by_comma`)."""
        doc, root = name.doc, name.root
        before = doc[name.start - 1] if name.start > 0 else None
        return (
            _role_set_off_by_comma(name, role)
            or before is not None and before.pos_ == "NOUN" and before.lemma_.lower() == role
            # (an apposition the parser may take for a conjunct: a comma before it, no « et »)
            or (root.dep_ == "appos" or root.dep_ == "conj" and before is not None and before.text == "," and not any(c.dep_ == "cc" for c in root.children))
            and root.head.pos_ == "NOUN" and root.head.lemma_.lower() == role
            or any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() == role for c in root.children)
        )

    def _definite_role(self, record: Accusation) -> str | None:
        """The role a party is known by when the article names it only by a definite singular
        description (« le candidat », « l'ancien animateur »): the lemma of its head noun, else
        None."""
        if not record.mentions:
            return None
        span = self.doc.char_span(*record.mentions[0], alignment_mode="expand")
        if span is None or any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
            return None
        head = span.root
        # (« pour qui le prévenu … »: the article may be tagged a pronoun)
        definite = ("le", "la", "l'")
        determiner = span[0] if span[0].pos_ == "DET" or span[0].lower_.replace("’", "'") in definite else self.doc[span.start - 1] if span.start > 0 else span[0]
        if head.pos_ != "NOUN" or "Plur" in morph_get(head, "Number", []) or determiner.lower_.replace("’", "'") not in definite:
            return None
        return head.lemma_.lower()

    @functools.cached_property
    def _sporting_paragraphs(self) -> frozenset[int]:
        """The paragraphs that report a game: a word of sport in them ("match", "finale",
        "arbitre"). There "attaque", "frappe", "tir" are moves of the game, not violence."""
        context = self.words.sport_context
        if not context:
            return frozenset()
        lowers = lower_forms(self.doc)
        return frozenset(self._paragraph_number(t) for t in self.a.tokens if lowers[t.i] in context)

    def _named_members_of_accusing_groups(self, records: Iterable[Accusation]) -> None:
        """"selon plusieurs observateurs (dont l'ONG X)", "several groups (including X)": the
        members named in parentheses after an accuser accuse with it."""
        doc = self.doc
        for record in records:
            for accuser in list(record.accusers):
                for _, end in accuser.mentions:
                    found = _MEMBERS_AFTER.match(self.a.text, end)
                    span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract") if found else None
                    if span is None or not len(span):
                        continue
                    for member, _, _ in self._names_inside(span.start, span.end):
                        if member is not record.entity and member not in record.accusers:
                            record.accusers.append(member)

    def _accusers_from_statements_about_the_party(self) -> None:
        """A party the article itself accuses ("un homme a attaqué des militaires", "X a été
        arrêté") is accused by the sources whose statements speak of it ("selon le procureur,
        l'agresseur …"): the speakers of the statements naming it, when no one else accuses it.
        A party someone accuses already is accused too by the sources that allege something of
        it (« selon X, Y aurait … »), not by every statement that names it."""
        # (each statement's clause subjects once, not once per party)
        hedged_subjects = {id(att): self._hedged_clause_subjects(att) for att in self.a.attributions if att.speaker is not None}
        for record in self.found.values():
            alleged_only = bool(record.accusers)
            names = sorted({n for n in (record.entity.name, *record.entity.aliases) if len(n) >= 4}, key=len, reverse=True)
            if not names:
                continue
            named = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
            for att in self.a.attributions:
                if att.speaker is None:
                    continue
                if alleged_only:
                    if not self._alleged_of_party(hedged_subjects[id(att)], record.entity, named):
                        continue
                elif not self._alleged_of_pronoun(att, record.entity) and not any(
                        not self._inside_other_name(m.start(), m.end(), names) and not self._case_name(m.start()) and not self._suspect_named(m.start(), m.end())
                        for m in named.finditer(self.a.text, att.start, att.end)):
                    continue
                for speaker in att.speaker.entities:
                    if speaker is not record.entity and speaker not in record.accusers and not self._bare_pronoun(speaker):
                        record.accusers.append(speaker)

    def _suspect_named(self, start: int, end: int) -> bool:
        """Whether the party's name found at [start, end) is « suspect » (`_only_called_suspect`)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and self._only_called_suspect(span.root)

    def _case_name(self, start: int) -> bool:
        """Whether the name at ``start`` names a case (« l'affaire X », « l'« affaire X »): a
        source speaking of the case does not speak of the person."""
        before = self.a.text[max(0, start - 14) : start].lower().rstrip(" «\"“'’\u00a0")
        return any(before.endswith(word) for word in self.words.scandal_nouns)

    def _inside_other_name(self, start: int, end: int, names: list[str]) -> bool:
        """Whether the name found at [start, end) is the end of someone else's longer name
        (« Marec » inside « Yves Marec » when the party is « Odile Marec »)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span[0].ent_iob_ != "I":
            return False
        first = span[0].i
        while first > 0 and self.doc[first].ent_iob_ == "I":
            first -= 1
        whole = self.a.text[self.doc[first].idx : end]
        return whole not in names

    def _alleged_of_pronoun(self, att: Attribution, entity: Entity) -> bool:
        """"D'après le journal X, il aurait touché des chèques": a statement in the conditional
        of hearsay whose subject is a pronoun standing for the party speaks of it too."""
        span = self.doc.char_span(att.start, att.end, alignment_mode="expand")
        subject = next((t for t in span or () if t.dep_ in _SUBJ and t.pos_ == "PRON" and t.lower_ in self.lex.person_pronouns), None)
        if subject is None:
            return False
        verb = subject.head
        if not any("Cnd" in morph_get(t, "Mood", None) for t in (verb, *(c for c in verb.children if c.dep_.startswith("aux")))):
            return False
        ref = self.reg.resolve([subject], head=subject, quoted=True)
        return ref is not None and entity in ref.entities

    def _hedged_clause_subjects(self, att: Attribution) -> list[Token]:
        """The subjects of the clauses of a hedged statement (hearsay: « selon », the
        conditional) that are its own, not of a clause inside them (« … où Y espère »); none for
        a statement that is not hedged, or that gives an opinion (« Pour X, … »)."""
        if not att.hedged:
            return []
        span = self.doc.char_span(att.start, att.end, alignment_mode="expand")
        opinion = att.cue is not None and self.a.text[att.cue[0] : att.cue[1]].lower() in self.lex.topic_source_prepositions
        if span is None or opinion:
            return []
        return [
            subject for subject in span
            if subject.dep_ in _SUBJ and span.start <= subject.head.i < span.end and subject.head.dep_ not in ("acl", "acl:relcl", "relcl")
        ]

    def _alleged_of_party(self, subjects: list[Token], entity: Entity, named: re.Pattern[str]) -> bool:
        """« Selon X, Y aurait détourné … », « d'après X, il a frappé … »: a hedged statement
        whose subject (``_hedged_clause_subjects``) is the party, by name or by a pronoun
        standing for it, alleges something of it. The party's own defence (« elle avait
        touché … », says Y's husband) is not hedged."""
        for subject in subjects:
            if subject.pos_ == "PRON":
                ref = self.reg.resolve([subject], head=subject, quoted=True) if subject.lower_ in self.lex.person_pronouns else None
                if ref is not None and entity in ref.entities:
                    return True
            # The party heads the subject (not « la somme reçue par Y »).
            elif not self._only_called_suspect(subject) and any(
                    m.start() <= subject.idx < m.end() for m in named.finditer(self.a.text, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))):
                return True
        return False

    def _people_in_parentheses_after_parties(self) -> None:
        """"une plainte contre la chaîne X (Marie Durand)": the person named in parentheses
        right after an accused party is who answers for it, accused with it. Only a person's
        name, alone in the parentheses ("Paul Roy (PS)" gives a party affiliation, no one)."""
        doc = self.doc
        for record in list(self.found.values()):
            for start, end in list(record.mentions):
                mention = doc.char_span(start, end, alignment_mode="expand")
                i = mention.end if mention is not None else len(doc)
                if i >= len(doc) or doc[i].text != "(":
                    continue
                close = next((t.i for t in doc[i + 1 : min(i + 8, len(doc))] if t.text == ")"), None)
                inside = [t for t in doc[i + 1 : close] if not t.is_space] if close is not None else []
                if inside and all(t.ent_type_ in ("PER", "PERSON") and t.pos_ == "PROPN" for t in inside):
                    self._add(self._parties(inside), list(record.accusers), record.accusation, inside[0])

    def _accusing_participle(self, token: Token, judicial: bool) -> bool:
        """A participle of accusation or of a judicial verb on a noun, with no auxiliary or
        subject of its own: "quatre pirates, accusés de …", "hackers charged with …"."""
        deps = dep_labels(self.doc)
        return (
            pos_tags(self.doc)[token.i] in ("VERB", "ADJ")  # (asked of every verb, adjective and noun)
            and (lemma_lowers(self.doc)[token.i] in self.lex.accuse_passive or judicial)
            and ("Part" in morph_get(token, "VerbForm", None) or token.tag_ == "VBN" or token.pos_ == "ADJ")
            and (
                not any(deps[c].startswith("aux") or deps[c] in _SUBJ for c in children_indices(self.doc)[token.i])
                and (
                    deps[token.i] in ("acl", "amod", "appos", "advcl") or self._subject_of_copular_predicate(token) is not None
                    or self._fronted_participle_subject(token) is not None
                )
                # (a subject the parser gave it is the misreading of an apposition)
                or self._noun_before_apposed_participle(token) is not None
            )
        )

    @staticmethod
    def _noun_before_apposed_participle(participle: Token) -> Token | None:
        """« Le ministre, déjà très critiqué pour sa réforme, a démissionné », « l'image de
        l'ancien maire, très critiqué à cause de … »: a past participle with no auxiliary right
        after a comma (adverbs aside) is an apposition to the noun just before the comma, which
        it agrees with, however the parser hung it (it often makes the participle the root)."""
        if participle.dep_ in ("acl", "amod", "appos", "advcl", "conj") or "Past" not in morph_get(participle, "Tense", None):
            return None
        if any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in participle.children):
            return None
        doc = participle.doc
        i = participle.i - 1
        while i >= 0 and doc[i].pos_ == "ADV":
            i -= 1
        if i < 1 or doc[i].text != ",":
            return None
        noun = doc[i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or not _agrees(participle, noun):
            return None
        # (the whole phrase the noun ends, « le directeur de l'office », when its head agrees
        # too; not « l'image de l'ancien maire, critiqué »)
        for _ in range(2):
            head = noun.head
            if noun.dep_ != "nmod" or head.i >= noun.i or head.pos_ not in ("NOUN", "PROPN") or not _agrees(participle, head):
                break
            noun = head
        return noun

    def _blame_participle(self, token: Token) -> bool:
        """A past participle of a verb of blame (« le ministre, critiqué pour sa gestion, … »,
        « Fustigé par l'opposition, le maire … »): it accuses the noun it hangs on as a participle
        of accusation does (`_accusing_participle` checks that it has no auxiliary of its own)."""
        # (the lemma first: asked of every verb and adjective, and few are verbs of blame)
        return lemma_lowers(self.doc)[token.i] in self.words.conduct_blame_verbs and "Past" in morph_get(token, "Tense", None)

    @staticmethod
    def _gerund(token: Token) -> bool:
        """« Le ministre a répliqué en accusant l'opposition de mentir »: a present participle
        after "en" is the act of the main clause's subject, not a description of a noun; it
        accuses its object as the finite verb would."""
        return "Pres" in morph_get(token, "Tense", None) and any(c.dep_ == "mark" and c.lower_ == "en" for c in token.children)

    @staticmethod
    def _fronted_participle_subject(participle: Token) -> Token | None:
        """« Soupçonné de corruption, le maire a démissionné »: a participle opening its sentence,
        which the parser made the root with the main clause hung on it after a comma; the
        subject of that clause is who the participle is said of."""
        if participle.dep_ != "ROOT" or "Part" not in morph_get(participle, "VerbForm", None):
            return None
        sentence = sentence_of(participle)
        if any(not t.is_punct for t in participle.doc[sentence.start : participle.i]):
            return None
        comma = next((t.i for t in participle.doc[participle.i + 1 : sentence.end] if t.text == ","), None)
        if comma is None:
            return None
        for clause in participle.children:
            if clause.i > comma and clause.pos_ in ("VERB", "AUX") and clause.dep_ in ("advcl", "conj", "parataxis", "ccomp"):
                subject = next((c for c in clause.children if c.dep_ in _SUBJ and c.i > comma and c.pos_ in ("NOUN", "PROPN")), None)
                if subject is not None:
                    return subject
        return None

    @staticmethod
    def _subject_of_copular_predicate(participle: Token) -> Token | None:
        """The subject of a copular predicate a participle is conjoined to: in "X sont sous
        enquête et soupçonnés de fraude" the participle has no subject or auxiliary of its own
        (the parser hangs it on "enquête", or on "sont" itself) and says something of X."""
        head = participle.head
        copular = any(c.dep_ == "cop" for c in head.children) or head.pos_ == "AUX" and head.lemma_ in ("être", "be")
        if participle.dep_ != "conj" or head.i > participle.i or not copular:
            return None
        return next((c for c in head.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN")), None)

    def _verbal_construction(self, token: Token) -> None:
        """The one verbal construction (or nominal one on an accusation noun) a token starts,
        tried in order: a participle, a judicial passive, an accusing verb, a perpetration, a
        claim of responsibility, a label, an injunction, a harm, a noun of accusation."""
        lex, words = self.lex, self.words
        doc, i = self.doc, token.i
        pos = pos_tags(doc)[i]
        untagged = self._untagged_present(token) if pos in ("ADJ", "NOUN") else None  # (only those can be)
        is_verb = pos in ("VERB", "AUX") or untagged is not None
        # (the lemmatizer may give the noun for a verb: "reproche" for "reproche"; a finite verb
        # hung on its subject is a verb, whatever noun it may also be: « la presse épingle X »,
        # but not any finite "pointe", which points out as often: « X pointe les effets de … »)
        finite = pos == "VERB" and dep_labels(doc)[i] in ("amod", "acl") and head_indices(doc)[i] < i and "Fin" in morph_get(token, "VerbForm", None)
        lemma = untagged or (verb_lemma(token, self._verb_lemmas) if is_verb else None) or (verb_lemma(token, self._object_verbs) if finite else None) or lemma_lowers(doc)[i]
        judicial = pos in ("VERB", "ADJ") and _matches(token, words.judicial)
        # (only a verb or an adjective is a participle: the tests of charge and blame are not asked of nouns)
        participle = (
            pos in ("VERB", "ADJ") and self._accusing_participle(token, judicial or self._charge_as_agent(token) or self._blame_participle(token))
            and not self._gerund(token)
        )
        if participle and "Pres" in morph_get(token, "Tense", None) and token.tag_ != "VBN":
            if lemma not in lex.accuse_passive:
                # A present participle of a judicial verb is active and puts no one on trial ("des
                # impacts impliquant la Terre", "prosecuting cases for X").
                return
            # « …, accusant le gouvernement de … »: a present participle of accusation is active
            # (its object is the accused, the one it is said of accuses), as the verb is.
            participle, is_verb = False, True
        if (participle or is_verb) and self._denied(token) or is_verb and self._hypothetical_attempt(token):
            return
        if (participle or is_verb) and lemma in words.questioning_verbs and self._questioned(token):
            return
        if participle:
            self._participle(token)
        elif is_verb:
            self._verb_construction(token, lemma, judicial)
        elif pos == "NOUN" and (lemma in lex.accuse_nouns or token.lower_ in lex.accuse_nouns or _matches(token, words.judicial_nouns)) and lemma not in lex.responsible_words:
            self._nominal(token)

    def _untagged_present(self, token: Token) -> str | None:
        """A present form of an accusing verb the tagger took for an adjective or a noun, its
        lemma: « La CGT critique le gouvernement » (subject and object still on it), « L'opposition
        reproche au maire … », « L'opposition critique vivement le ministre » (hung on the subject
        as a modifier, with its "à X" or its object after it)."""
        doc, i = self.doc, token.i
        if pos_tags(doc)[i] not in ("ADJ", "NOUN"):
            return None  # (asked of every adjective and noun: the per-Doc lists first)
        dep = dep_labels(doc)[i]
        hung = dep in ("amod", "acl") and head_indices(doc)[i] < i
        if not hung and dep != "ROOT":
            return None
        low = lower_forms(doc)[i]
        if not low.endswith(("e", "ent")) or low.removesuffix("s").removesuffix("e").endswith("é"):
            return None  # (a past participle is a passive or an adjective: "les faits reprochés")
        lemma = verb_lemma(token, self.words.target_verbs) or verb_lemma(token, self._object_verbs)
        if lemma is None:
            return None
        if not hung:
            return lemma if any(c.dep_ in _SUBJ for c in token.children) and any(c.dep_ in _OBJ for c in token.children) else None
        if lemma in self.words.target_verbs:
            to = any(c.dep_ in ("obl:arg", "iobj", "obl", "nmod") and any(g.dep_ == "case" and g.lower_ in _TO_WORDS for g in c.children) for c in token.children)
            return lemma if to else None
        return lemma if self._object_after_modifier(token) is not None else None

    def _object_after_modifier(self, verb: Token) -> Token | None:
        """The object of a verb the parser hung on its subject: on the verb, or hung on the
        subject after the verb with no preposition, opening with an article or a name."""
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        if obj is None:
            obj = next((c for c in verb.head.children if c.i > verb.i and c.dep_ in ("nmod", "obj") and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or any(g.dep_ == "case" for g in obj.children):
            return None
        first = obj.left_edge
        if first.pos_ == "PROPN" or first.pos_ == "DET" and first.lower_ not in ("des", "du", "de", "d'", "d’"):
            return obj
        return None

    def _object_verb_hung_on_subject(self, verb: Token) -> bool:
        """« La presse épingle le ministre », « L'opposition critique vivement le ministre » with
        the verb hung on its subject: the object is accused by that subject. Says whether the
        verb was so hung."""
        head = verb.head
        if verb.dep_ not in ("amod", "acl") or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in _SUBJ for c in verb.children):
            return False
        if verb.pos_ == "VERB" and "Fin" not in morph_get(verb, "VerbForm", None):
            return False  # (a participle on a noun: "les élus visés", `_participle`)
        obj = self._object_after_modifier(verb)
        if obj is None:
            return False
        phrase = [t for t in self._np(obj) if t.i > verb.i]
        if not self._party_like(phrase, obj):
            return True
        ref = self.reg.resolve([t for t in self._np(head) if t.i < verb.i], head=head)
        self._add(self._parties(phrase), list(ref.entities) if ref is not None else [], None, verb)
        return True

    def _charge_as_agent(self, token: Token) -> bool:
        """A participle whose agent is a charge: "X, éclaboussé par des accusations de fraude",
        "X, visé par des soupçons": whatever the verb, the noun it hangs on is accused."""
        if dep_labels(self.doc)[token.i] not in ("acl", "advcl") or token.pos_ != "VERB" or "Part" not in morph_get(token, "VerbForm", None):
            return False  # (asked of every verb, adjective and noun: the per-Doc label list)
        agent = self._agent(token)
        charges = union(self.lex.accuse_nouns, self.words.denied_nouns)
        return agent is not None and (agent.lemma_.lower() in charges or agent.lower_ in charges)

    def _questioned(self, verb: Token) -> bool:
        """« La ministre a été interpellée par des riverains », « le député interpelle le
        gouvernement »: a verb that is an arrest when the police do it and a question put to
        someone when anyone else does. Only a doer named as such makes it a question (« deux
        hommes ont été interpellés », « ils ont interpellé le suspect » stay arrests); a name
        that is no person's may be a police unit."""
        doer = self._agent(verb)
        if doer is None and not _is_passive(verb) and self._subject_of_reflexive_causative(verb) is None and ("Part" not in morph_get(verb, "VerbForm", None) or any(c.dep_.startswith("aux") for c in verb.children)):
            doer = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if doer is None or doer.pos_ not in ("NOUN", "PROPN") or doer.pos_ == "PROPN" and doer.ent_type_ not in ("PER", "PERSON"):
            return False
        phrase = self._np(doer)
        arresting = self._arresting_words
        return not self._law_enforcement(phrase) and not any(t.lower_ in arresting or t.lemma_.lower() in arresting for t in phrase)

    @functools.cached_property
    def _arresting_words(self) -> frozenset[str]:
        """Who may arrest: police forces, courts and prosecutors, armed forces, customs."""
        return union(self._authority_words, self.words.armed_forces, self.words.arresting_agents)

    def _verb_construction(self, verb: Token, lemma: str, judicial: bool) -> None:
        """The accusing construction a verb heads, if any (see ``_verbal_construction``)."""
        words = self.words
        if judicial and self._undergone(verb):
            self._judicial(verb)
        elif lemma in words.target_verbs and self._blamed_on(verb, lemma):
            return
        elif lemma in self._object_verbs or _matches(verb, (frozenset(), words.object_verb_phrases)) or lemma in words.report_to_authority_verbs and self._before_authority(verb):
            self._object_verb(verb, lemma)  # (also « le préfet l'a signalé au parquet »)
        elif lemma in words.denial_verbs:
            self._denial(verb)
        elif lemma in words.defendant_verbs:
            self._defendant(verb)
        elif lemma in words.against_verbs:
            self._against_verb(verb)
        elif lemma in words.undergo_verbs:
            self._under_legal_action(verb)
        elif _matches(verb, words.perpetration_verbs) or lemma in words.reported_violence_verbs and self._statement_speakers(verb):
            self._perpetration(verb)
        elif lemma in words.trial_verbs and self._trial(verb) or lemma in words.allegiance_verbs and self._allegiance(verb):
            return  # a court trying someone, perpetrators acting for a group
        elif lemma in words.claim_verbs or _matches(verb, words.commission_verbs):
            self._claim_of_responsibility(verb)
        elif lemma in words.label_verbs:
            self._label(verb)
        elif _matches(verb, words.injunction_verbs):
            self._injunction(verb)
        elif _matches(verb, words.harm_verbs) or self._causative(verb, words.harm_verbs):
            self._harm(verb)
        elif lemma in words.revelation_verbs or lemma in words.penalty_verbs or lemma in words.own_penalty_verbs and self._own_sentence(verb):
            (self._revealed_allegation if lemma in words.revelation_verbs else self._penalty)(verb)
        else:
            self._aimed_at_or_cleared(verb, lemma)

    def _booed(self, verb: Token, lemma: str) -> None:
        """« Le public a hué le ministre », « X a été sifflé par les supporters », « il s'est fait
        conspuer »: a crowd's disapproval blames the one it is aimed at, by the crowd (else by
        whoever reports it). A verb of booing also whistles or heckles things (« l'arbitre a sifflé
        la fin du match »): only a party, a person or a group, is booed."""
        target = next((c for c in verb.children if c.dep_ in _OBJ), None)
        passive_subject = next((c for c in verb.children if c.dep_ in _PASS_SUBJ), None)
        if target is not None and passive_subject is not None and self._object_of_absolute_clause(verb, target):
            target = passive_subject
        if target is None and _is_passive(verb):
            target = passive_subject or self._participial_clause_subject(verb)
        if target is None or not self._party_like(self._np(target), target):
            return
        self._verb(verb, lemma)

    def _act_charged(self, verb: Token) -> bool:
        """An infinitive after "de" that completes a verb of accusation (« accuser X de
        stigmatiser Y », « soupçonné de dénoncer Y »), hung on the verb or on its object: it is the
        act the party is charged with, so its own object is who suffered it, not a party accused."""
        if "Inf" not in morph_get(verb, "VerbForm", None) or not any(c.dep_ == "mark" and c.lower_ in _OF_WORDS for c in verb.children):
            return False
        governor = verb.head
        if governor.pos_ in ("NOUN", "PROPN", "PRON") and governor.dep_ in _OBJ | _PASS_SUBJ:
            governor = governor.head
        return governor.i != verb.i and governor.lemma_.lower() in self.lex.accuse_passive

    def _hypothetical_attempt(self, verb: Token) -> bool:
        """An accusation that someone might try to make: the infinitive of an attempt in the
        conditional (« un rival pourrait chercher à imputer l'incendie à X »). What the
        article weighs is a suspicion about the subject; X is not accused by anyone."""
        attempt, t = False, verb
        for _ in range(3):
            if t.dep_ != "xcomp" or t.head.i == t.i:
                break
            t = t.head
            attempt = attempt or verb_lemma(t, self.words.attempt_verbs) is not None
            if attempt and "Cnd" in morph_get(t, "Mood", None):
                return True
        return False

    def _critical_of(self, adjective: Token) -> None:
        """"X s'est montré très critique envers la justice": who X is critical of (the word
        after "envers"/"contre", which the parser may read as a verb) is accused by X."""
        doc = self.doc
        if adjective.i + 2 >= len(doc) or doc[adjective.i + 1].lower_ not in self.words.against_words:
            return
        target = next((t for t in doc[adjective.i + 2 : adjective.i + 6] if t.pos_ in ("NOUN", "PROPN")), None)
        if target is None:
            return
        phrase = [t for t in self._np(target) if t.i > adjective.i + 1 and not (t.dep_ == "case" and t.head.i == target.i)]
        governor = adjective.head if adjective.head.pos_ in ("VERB", "AUX") else adjective
        accusers = self._accuser(governor) or self._statement_speakers(adjective)
        self._add(self._parties(phrase), accusers, None, adjective)

    def _critical_word(self, token: Token) -> None:
        """« critique envers X » (`_critical_of`); « Paul Martin critique X » read as one name
        (`_verb_read_as_name_part`)."""
        pos, lower = pos_tags(self.doc)[token.i], lower_forms(self.doc)[token.i]
        if pos == "ADJ" and lower in self.words.critical_adjectives:
            self._critical_of(token)
        if dep_labels(self.doc)[token.i] == "flat:name" and token.text.islower():  # (asked of every adjective and noun)
            self._verb_read_as_name_part(token)

    def _verb_read_as_name_part(self, verb: Token) -> None:
        """« Paul Martin critique Hélène Vasseur »: a present accusing verb between two names,
        which the parser read as one more word of the first name: the name after it is accused
        by the name before it (not "attaquer": an attack on a person may be violence, done by
        the subject)."""
        lemma = verb_lemma(verb, self._object_verbs)
        if lemma is None or lemma in self.words.criticism_or_violence_verbs or not verb.lower_.endswith(("e", "ent")):
            return
        sentence = sentence_of(verb)
        before = next((e for e in self.reg.ents_in(sentence.start, verb.i) if e.end == verb.i and e.label_ in _PARTY_ENT_LABELS), None)
        start = verb.i + 1
        while start < sentence.end and self.doc[start].pos_ in ("ADV", "DET"):
            start += 1  # « critique vivement la Russie »
        after = next((e for e in self.reg.ents_in(start, min(start + 8, sentence.end)) if e.start == start and e.label_ in _PARTY_ENT_LABELS), None)
        if before is None or after is None:
            return
        ref = self.reg.resolve(list(before), head=before[-1])
        self._add(self._names_inside(after.start, after.end), list(ref.entities) if ref is not None else [], None, verb)

    def _aimed_at_or_cleared(self, verb: Token, lemma: str) -> None:
        """"s'en prendre à X" (`_targeted`), "dédouaner X" (`_exculpated`), "huer X" (`_booed`)."""
        words = self.words
        if lemma in words.clitic_target_verbs and self._clitics_of(verb, words.clitic_target_verbs[lemma]):
            self._targeted(verb)
        elif lemma in words.exculpation_verbs:
            self._exculpated(verb)
        elif lemma in words.booing_verbs:
            self._booed(verb, lemma)

    @staticmethod
    def _clitics_of(verb: Token, clitics: tuple[str, ...]) -> bool:
        """Whether the verb carries all these clitics ("se", "en" of "s'en prendre")."""
        own = {c.lemma_.lower() for c in verb.children if c.pos_ == "PRON"} | {c.lower_.replace("’", "'") for c in verb.children if c.pos_ == "PRON"}
        return all(clitic in own for clitic in clitics)

    def _targeted(self, verb: Token) -> None:
        """"Le président s'en est pris aux grévistes": the one the attack is aimed at ("à X")
        is accused by the subject."""
        target = next((c for c in verb.children if c.dep_.startswith(("obl", "iobj")) and c.pos_ in ("NOUN", "PROPN")
                       and any(g.dep_ == "case" and g.lower_ in _TO_WORDS for g in c.children)), None)
        if target is None:
            return
        if self._assailed(verb, target) or self._infinitive_of_a_noun(verb) or self._attack_told_by_another(verb):
            return
        phrase = [t for t in self._np(target) if not (t.dep_ == "case" and t.head.i == target.i)]
        parties = self._parties(phrase)
        # "aux ouvriers de l'usine de Lyon" with "de …" hung on the verb: the description goes on.
        described = list(phrase)
        for sibling in sorted((c for c in verb.children if c.i > target.i), key=lambda c: c.i):
            rest = self._np(sibling)
            if rest[0].i != described[-1].i + 1 or rest[0].lower_ not in ("de", "d'", "d’", "du", "des"):
                break
            described += rest
        if len(parties) == 1 and len(described) > len(phrase) and target.pos_ == "NOUN":
            parties[0][0].add_alias(self._text(described) or "")
        self._add(parties, self._accuser(verb), None, verb)

    @staticmethod
    def _infinitive_of_a_noun(verb: Token) -> bool:
        """« des appels à s'en prendre aux élus », « la menace de s'en prendre à X »: an act only
        called for or threatened, by no one in particular; its target is a would-be victim."""
        if "Inf" not in morph_get(verb, "VerbForm", None) or any(c.dep_ in _SUBJ for c in verb.children):
            return False
        head = verb
        # (through a chain of infinitives: « appels à saboter et à s'équiper d'outils pour s'en prendre à X »)
        while (head.dep_ in ("conj", "advcl", "xcomp") and head.head.i != head.i and "Inf" in morph_get(head.head, "VerbForm", None)
               and not any(c.dep_ in _SUBJ for c in head.head.children)) or head.dep_ == "conj" and head.head.pos_ == "NOUN":
            head = head.head
        return head.dep_ in ("acl", "nmod") and head.head.pos_ == "NOUN" or head.pos_ == "NOUN"

    def _assailed(self, verb: Token, target: Token) -> bool:
        """« des supporters avaient brisé des vitrines puis s'en étaient pris aux vigiles »: an
        unnamed group of people (no name, title or institution) that goes for someone attacks
        them, it does not criticise them: the subject is the perpetrator, accused by whoever
        reports it (a minister or a union « s'en prend à X » in words). Aimed at an institution or
        a business other than the police (« des manifestants s'en prennent à la grande
        distribution »), people who are no perpetrators criticise it. Says whether it was so."""
        subject = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        head = self._unnamed_people(subject, verb)
        if head is None:
            return False
        words = self.words
        forms = {head.lemma_.lower(), head.lower_}
        aimed_at = {target.lemma_.lower(), target.lower_}
        if (not forms & words.perpetrator_nouns and (self._institution_word(target) or target.ent_type_ == "ORG" or aimed_at & words.establishment_nouns)
                and not self._law_enforcement([target])):
            return False
        self._add(self._parties(subject, perpetrator=True), self._statement_speakers(verb), None, verb)
        return True

    def _unnamed_people(self, subject: list[Token], verb: Token) -> Token | None:
        """The head noun of a verb's subject that is an unnamed group of people, with no name,
        title or institution (« des supporters », « des hommes armés »), else None."""
        head = next((t for t in subject if t.pos_ == "NOUN" and (t.head.i == verb.i or t.head.i not in {s.i for s in subject})), None)
        if head is None or any(t.pos_ == "PROPN" or t.ent_type_ in _PARTY_ENT_LABELS for t in subject):
            return None
        lex, words = self.lex, self.words
        forms = {head.lemma_.lower(), head.lower_}
        if forms & union(lex.titles, lex.government_words, lex.organization_words, lex.state_words) or not forms & union(words.perpetrator_nouns, words.person_nouns):
            return None
        return head

    def _exculpated(self, verb: Token) -> None:
        """"Ses collaborateurs ont tenté de dédouaner le ministre": clearing someone of blame
        says they stand accused; not by the one clearing them (by the source reporting it)."""
        objects = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN")]
        if not objects:
            return
        # "leur ministre, Paul Girard": the name the parser made a second object, or an apposition.
        named = [t for o in objects for t in (o, *o.children) if t.pos_ == "PROPN" and t.ent_type_ in ("PER", "PERSON") and (t is o or t.dep_ == "appos")]
        obj = named[0] if named else objects[0]
        phrase = self._np(obj)
        if not self._party_like(phrase, obj):
            return
        self._add(self._parties(phrase), self._statement_speakers(verb), None, verb, blame=False)

    @staticmethod
    def _without_absorbed_object(party: list[Token], head: Token) -> list[Token]:
        """« reprochent au président des humiliations et des menaces »: with no object of its own,
        the verb's object was hung on the party as a complement in « des » (« des humiliations »,
        read as « of the humiliations ») and the coordinated objects as its conjuncts; the party
        ends before that complement. A name in « des » stays (« à la présidente des Verts »)."""
        absorbed = next(
            (t for t in party
             if t.i > head.i and t.dep_ == "nmod" and t.pos_ == "NOUN" and t.text[:1].islower() and not t.ent_type_
             and any(c.dep_ in ("case", "det") and c.lower_ == "des" for c in t.children)),
            None,
        )
        if absorbed is None or any(
            # (« au directeur des finances son silence »: a bare noun phrase after it is the object)
            c.i > absorbed.i and c.pos_ == "NOUN" and c.dep_ != "conj" and not any(g.dep_ == "case" for g in c.children)
            for c in head.children
        ):
            return party
        return [t for t in party if t.i < absorbed.left_edge.i]

    def _blamed_on(self, verb: Token, lemma: str) -> bool:
        """What someone puts on a party: "le ministre a imputé l'attaque au groupe Zeta", "les
        autorités attribuent l'incendie à des militants", "il est reproché à X d'avoir menti",
        "l'attaque a été attribuée à X", "X nie les faits qui lui sont reprochés" (the clitic
        stands for the subject of the clause the relative hangs in). The party is accused by the
        verb's subject (in the passive: the agent, else the source reporting it). Verbs that do
        not mean blame by themselves ("attribuer un prix à X") need a harm as what is put on the
        party. Says whether the construction was there."""
        words = self.words
        passive = _is_passive(verb)
        thing = next((c for c in verb.children if c.dep_ in (_PASS_SUBJ if passive else _OBJ)), None)
        if lemma not in words.blame_verbs:
            thing = self._harm_put_on(verb, thing)
            if thing is None:
                return False
        party: list[Token] = []
        # (the parser may hang "à X" on the thing: "attribué l'explosion aux rebelles", or on
        # its amount: « infligé une amende de deux millions d'euros à X »)
        on_thing = self._complements_down_the_thing(thing) if thing is not None else []
        for child in [*verb.children, *on_thing]:
            # (an adjective with an article is taken as a noun: « reprochent au principal de … »)
            nominal = child.pos_ in ("NOUN", "PROPN", "ADP") or child.pos_ == "ADJ" and any(
                g.dep_ == "case" and g.lower_ in words.article_contractions for g in child.children)
            if child.dep_ in ("obl:arg", "iobj", "obl", "obl:mod", "prep", "nmod") and nominal:
                if child.dep_ == "prep" and child.lower_ in _TO_WORDS:
                    child = next((g for g in child.children if g.dep_ == "pobj"), child)
                elif not any(c.dep_ == "case" and c.lower_ in _TO_WORDS for c in child.children):
                    continue
                party = [t for t in self._np(child) if not (t.dep_ == "case" and t.head.i == child.i)]
                if thing is None:
                    party = self._without_absorbed_object(party, child)
                break
            if child.dep_ == "iobj" and child.pos_ == "PRON" and child.i < verb.i and verb.dep_ in ("acl:relcl", "relcl"):
                # "les faits qui lui sont reprochés": the subject of the clause around the relative.
                governor = verb.head.head if verb.head.head.i != verb.head.i else None
                if governor is not None and governor.pos_ in ("VERB", "AUX"):
                    party = self._subject_phrase(governor, _SUBJ - _PASS_SUBJ)
                break
        undergoer = self._subject_of_reflexive_causative(verb) if not party and not passive else None
        if undergoer is not None:
            # « Il s'est vu reprocher son silence »: the subject of « se voir » is the one blamed.
            party, passive = self._np(undergoer), True
        subject_noun = None
        if (not party or verb.pos_ in ("ADJ", "NOUN")) and (stray := self._finite_verb_hung_on_subject(verb)) is not None:
            # « Le syndicat reproche à la direction de … » parsed as "le syndicat (reproche)"
            # with "à la direction" on the subject: the noun is the subject, "à X" the party.
            subject_noun, party = stray[0], party or stray[1]
        party = self._without_infinitive(party)
        if not party:
            return False
        if subject_noun is not None:
            ref = self.reg.resolve([t for t in self._np(subject_noun) if t.i < verb.i], head=subject_noun)
            accusers = list(ref.entities) if ref is not None else []
        elif passive:
            agent = self._agent(verb)
            accusers = self._agent_accusers(agent) if agent is not None else self._statement_speakers(verb)
        else:
            accusers = self._accuser(verb)
        # (not the thing put on the party, hung on it: « reproche au directeur son silence »)
        party = self._without_caseless_complement(party)
        what = self._complement(verb, None) or (self._np(thing) if thing is not None and thing.lower_ not in _RELATIVES else [])
        # (« reprocher à X de … », « imputer à X »: a verb of blame charges X, whatever its noun)
        self._add(self._parties(party, charged=lemma in words.blame_verbs), accusers, self._text(what), verb)
        self._gapped_second_blame(verb, lemma, party[-1], accusers)
        return True

    def _harm_put_on(self, verb: Token, thing: Token | None) -> Token | None:
        """What a verb that does not mean blame by itself (« attribuer », « infliger ») puts on
        a party, when it is a harm (a crime, a penalty …): the thing, else a penalty the parser
        read another way (`_sentence_given`); none for « attribuer un prix à X »."""
        words = self.words
        harms = union(words.crime_nouns, words.denied_nouns, words.attributed_harms, self.lex.accuse_nouns, words.penalty_nouns)
        if thing is not None and (thing.lemma_.lower() in harms or thing.lower_ in harms):
            return thing
        return self._sentence_given(verb, thing)

    def _gapped_second_blame(self, verb: Token, lemma: str, party_end: Token, accusers: list[Entity]) -> None:
        """The second party of a verb of blame (« reprocher », « imputer ») that leaves the verb
        out (`_gapped_second_party`), blamed by the same accusers."""
        second = self._gapped_second_party(party_end) if lemma in self.words.blame_verbs else []
        if second:
            self._add(self._parties(second, charged=True), accusers, None, verb)

    def _gapped_second_party(self, party_end: Token) -> list[Token]:
        """The party of a second blame that leaves out the verb (« elle reproche à l'exploitant
        d'avoir … et à la préfecture de lui avoir … »): « et à Y » with a « de » clause after
        it, later in the sentence; the parser hangs it anywhere. Only that shape: « et à Y »
        alone is a place or an addressee."""
        doc = self.doc
        end = min(sentence_of(party_end).end, party_end.i + _GAPPED_BLAME_REACH)
        for t in doc[party_end.i + 1 : end]:
            if t.pos_ != "CCONJ" or t.lower_ != "et" or t.i + 2 >= end or doc[t.i + 1].lower_ not in ("à", "au", "aux"):
                continue
            head = next((w for w in doc[t.i + 2 : min(t.i + 6, end)] if w.pos_ in ("NOUN", "PROPN")), None)
            if head is None:
                return []
            phrase = [w for w in self._np(head) if w.i > t.i + 1]
            after = doc[phrase[-1].i + 1] if phrase and phrase[-1].i + 1 < end else None
            if after is not None and after.lower_ in ("de", "d'", "d’") and after.dep_ == "mark":
                return self._without_infinitive(phrase)
            return []
        return []

    @staticmethod
    def _complements_down_the_thing(thing: Token) -> list[Token]:
        """The noun complements after the thing, then those of the complements they open in
        turn (« une amende de deux millions d'euros à X »), nearest first."""
        found: list[Token] = []
        level = [thing]
        for _ in range(3):  # (thing → amount → unit: no deeper)
            level = [c for t in level for c in t.children if c.dep_ == "nmod" and c.i > t.i]
            found.extend(level)
        return found

    def _sentence_given(self, verb: Token, thing: Token | None) -> Token | None:
        """A prison term given as a length, the penalty word under it: « infliger dix-huit mois
        avec sursis à X », « huit mois d'emprisonnement » (the parser often reads the length as a
        time adjunct, not the object); not a bare length (« infliger en six mois trois défaites »)."""
        penalties = self.words.penalty_nouns
        for child in (thing,) if thing is not None else verb.children:
            if (child.i > verb.i and child.dep_ in (*_OBJ, "obl:mod")
                    and not any(g.dep_ == "case" for g in child.children)
                    and any(t.lower_ in penalties or t.lemma_.lower() in penalties for t in child.subtree)):
                return child
        return None

    @staticmethod
    def _finite_verb_hung_on_subject(verb: Token) -> tuple[Token, list[Token]] | None:
        """A finite verb the parser took for a modifier of the noun before it, with its "à X"
        complement hung on that noun too (« Le syndicat reproche à la direction de … »): that
        noun, and the phrase of the "à" complement after the verb."""
        head = verb.head
        finite = "Fin" in morph_get(verb, "VerbForm", None) or verb.pos_ in ("ADJ", "NOUN")  # (tagged a modifier: no verb form)
        if verb.dep_ not in ("amod", "acl") or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN") or not finite:
            return None
        target = next((c for c in head.children if c.dep_ == "nmod" and c.i > verb.i and any(g.dep_ == "case" and g.lower_ in _TO_WORDS for g in c.children)), None)
        if target is None:
            # (a verb tagged a modifier keeps its own "à X", which the caller has read)
            return (head, []) if verb.pos_ in ("ADJ", "NOUN") else None
        return head, [t for t in target.subtree if not (t.dep_ == "case" and t.head.i == target.i) and t.dep_ not in ("acl", "mark")]

    @staticmethod
    def _without_infinitive(party: list[Token]) -> list[Token]:
        """The party without what it is blamed for, an infinitive the parser hung on it
        (« reproche aux médias de relayer des rumeurs »)."""
        inside = {t.i for t in party}
        cut = next((t.left_edge.i for t in party if t.pos_ in ("VERB", "AUX") and t.head.i in inside and t.head.i != t.i and "Inf" in morph_get(t, "VerbForm", None)), None)
        if cut is None:
            return party
        kept = [t for t in party if t.i < cut]
        return kept or party

    @staticmethod
    def _without_caseless_complement(party: list[Token]) -> list[Token]:
        """The party without a noun phrase with no preposition hung after its head: the
        parser's reading of « reproche au directeur son silence »."""
        heads = [t for t in party if t.head.i not in {x.i for x in party} or t.head.i == t.i]
        if len(heads) != 1:
            return party
        head = heads[0]
        stray = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and c.pos_ == "NOUN" and not any(g.dep_ == "case" for g in c.children)
                      and any(g.dep_ == "det" and "Yes" in morph_get(g, "Poss", None) for g in c.children)), None)
        return party if stray is None else [t for t in party if t.i < stray.left_edge.i]

    def _denial(self, verb: Token) -> None:
        """Who denies an accusation stands accused: "X nie les faits", "X a démenti toute
        implication dans l'attentat", "Moscou a rejeté les accusations de Kiev" (Kiev accuses),
        "la Russie a démenti avoir bombardé la maternité"; "rejeter la responsabilité sur Y"
        blames Y. The accuser is the owner of the accusation noun, else the source reporting it."""
        words = self.words
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        denied_act = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and _matches(c, words.perpetration_verbs)), None)
        outright = self._denies_outright(verb, obj)
        if obj is not None and not (obj.lemma_.lower() in words.denied_nouns or obj.lower_ in words.denied_nouns):
            obj = None
        elif obj is None:
            obj = self._denied_noun_hung_lower(verb)
        if obj is None and denied_act is None:
            if outright:
                self._outright_denials.append(verb)
            return
        accusers: list[Entity] = []
        if obj is not None:
            onto = next((c for c in [*verb.children, *obj.children] if c.dep_.startswith(("obl", "nmod")) and c.i > obj.i
                         and any(g.dep_ == "case" and g.lower_ in ("sur", "on") for g in c.children)), None)
            if onto is not None and obj.lemma_.lower() in ("responsabilité", "responsibility", "faute", "blame"):
                # "rejeter la responsabilité sur Y": the subject blames Y.
                phrase = [t for t in self._np(onto) if not (t.dep_ == "case" and t.head.i == onto.i)]
                self._add(self._parties(phrase), self._accuser(verb), self._text(list(obj.subtree)), verb)
                return
            owner = next((o for c in obj.children if (o := _owner(obj, c)) is not None and o.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None and self._party_like(self._np(owner), owner):
                accusers = self._agent_accusers(owner)
        if not accusers:
            accusers = self._statement_speakers(verb)
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party or any(t.lower_ in self.lex.first_pronouns for t in party if t.pos_ == "PRON"):
            return
        if self.lex.language == "fr":
            # (the head of a named company denies for it: « le directeur général de Volterra
            # Énergie, Cyril Madec, rejette toute responsabilité »: the company stands accused)
            company = self._company_its_head_answers_for(party)
            if company and company != party:
                party = company
        parties = [found for found in self._parties(party) if not self._speaks_for_a_party_found(found[0])]
        if not accusers and obj is not None and self._accusations_taken_up(obj):
            accusers = self._speakers_just_before(verb, {entity.key for entity, _, _ in parties})
        what = obj if obj is not None else denied_act
        self._add(parties, accusers, self._text(list(what.subtree)) if what is not None else None, verb)
        for entity, start, end in parties:
            self._denier_mentions.setdefault(entity.key, set()).add((start, end))

    def _deniers_who_speak_for_a_party_found(self) -> None:
        """`_speaks_for_a_party_found` asked again once every party is found: a denier the
        article calls the head of a party it reports accused only further on (« le président du
        Siaval, X, rejette ces reproches » … « une plainte contre le Siaval ») answers for that
        party, named by a proper name. A record no construction but denials found is dropped."""
        for key, spans in self._denier_mentions.items():
            record = self.found.get(key)
            if record is not None and set(record.mentions) <= spans and self._speaks_for_a_party_found(record.entity, by_proper_name=True):
                del self.found[key]

    def _denies_outright(self, verb: Token, obj: Token | None) -> bool:
        """A denial that names no charge: the verb alone (« Vitalis dément », « la société
        conteste fermement »: what the article has just reported) or denying anything of a kind
        (« nie tout lien », « conteste toute intervention »). Not negated (« ne conteste pas »)."""
        if self.lex.language != "fr":
            return False  # (measured on French only)
        if verb.i in self._negated_heads():
            return False
        if obj is None:
            return not any(c.dep_ in ("ccomp", "xcomp", "obl:arg", "iobj") or c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children)
        return obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lemma_.lower() == "tout" for c in obj.children)

    def _parties_asked_to_answer(self) -> None:
        """The party the article says it asked to answer and could not reach or got no answer
        from (`unanswered_requests`: « X est resté injoignable », « X n'a pu être joint », « X
        n'a pas souhaité réagir », « X n'a pas répondu aux sollicitations »): news asks the
        party it reports accused. Not a court, a prosecutor or the police (asked about their
        case), nor a pronoun (whoever it takes up was named where accused)."""
        if self.lex.language != "fr":
            return  # (measured on French only)
        requested = responsibility_words(self.lex.language)
        requests, lemmas = requested.unanswered_requests, lemma_lowers(self.doc)
        for i, lemma in enumerate(lemmas):
            if lemma not in requests:
                continue
            word = self.doc[i]
            if lemma == "répondre" and not all(c.lemma_.lower() in requested.request_nouns for c in word.children if c.dep_.startswith(("obl", "obj", "iobj"))):
                continue  # (answering a request, not « ne peuvent répondre aux transformations »)
            verb = word.head if word.pos_ == "NOUN" and word.dep_ in _OBJ else word  # (« donner suite »)
            while verb.dep_ == "xcomp" and verb.head.i != verb.i:
                verb = verb.head  # (« n'a pas pu être joint », « n'a pas souhaité réagir »)
            if lemma != "injoignable" and not self._with_ne(verb):
                continue  # (« n'a pas souhaité réagir », « n'a pu être joint »)
            if lemma == "joindre" and (not _is_passive(word) or any(c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in word.children)):
                continue  # (« joindre un document », « elle ne s'est pas jointe à l'action »)
            party = self._subject_phrase(verb, _SUBJ)  # (« X est resté injoignable » may be read as a passive)
            head = _phrase_head(party)
            if head is not None:
                # (not the request the parser hung on the subject: « Joint par l'AFP, X n'a pas … »)
                party = [t for t in party if t.i >= head.i or not any(w.text == "," for w in self.doc[t.i : head.i])]
            if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lower_ in requested.no_party_subjects or self._law_enforcement(party) or any(self._names_authority(t) for t in party):
                continue
            self._add(self._parties(self._company_its_head_answers_for(party)), [], None, verb)

    def _company_its_head_answers_for(self, party: list[Token]) -> list[Token]:
        """The company the head of which answers (« le gérant de Façades Nord, Paul Roux, n'a pu
        être joint », « la dirigeante de Lumen Events est restée injoignable »): the head of a
        business (`company_head_nouns`) of a named organisation speaks for it, which stands
        accused, not the person. Read on the words, the parser often taking the person's name
        in apposition for the subject. No one for the head of a party named before (« son
        directeur »); else the party as given."""
        doc = self.doc
        first = party[0].i if party else 0
        role_at = first
        if first > 1 and doc[first - 1].text == ",":
            # (the role before the name in apposition: « le gérant de X, Paul Roux »)
            role_at = next((k for k in range(first - 2, max(sentence_of(party[0]).start, first - 10) - 1, -1) if doc[k].text == "," or doc[k].lower_ in self.words.company_head_nouns or doc[k].lemma_.lower() in self.words.company_head_nouns), first)
        role = doc[role_at]
        if not ({role.lemma_.lower(), role.lower_} & self.words.company_head_nouns):
            role = next((t for t in party if t.lower_ in self.words.company_head_nouns or t.lemma_.lower() in self.words.company_head_nouns), role)
            if not ({role.lemma_.lower(), role.lower_} & self.words.company_head_nouns):
                return party
        if any(c.dep_ == "det" and "Yes" in morph_get(c, "Poss", None) for c in role.children):
            return []  # (« son directeur général, X, nie … »: the head of a party named before, which answers)
        of = role.i + 1
        while of < len(doc) and doc[of].pos_ == "ADJ" and doc[of].text[:1].islower():
            of += 1  # (« le directeur général de X »)
        if of >= len(doc) or doc[of].lower_.replace("’", "'") not in ("de", "d'", "du"):
            return party
        close = next((k for k in range(of + 1, min(len(doc), of + 8)) if doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX")), None)
        owner = list(doc[of + 1 : close]) if close is not None else []
        while owner and owner[0].pos_ == "DET":
            owner = owner[1:]
        # (the head's own name after the company's, with no comma: « le directeur général
        # d'Ondelys Stéphane Guichard a rejeté … »)
        person = next((k for k, t in enumerate(owner) if k and t.ent_type_ in ("PER", "PERSON") and t.ent_iob_ == "B"), None)
        if person is not None:
            owner = owner[:person]
        body = union(self.lex.government_words, self.lex.state_words)
        if not owner or not all(t.text[:1].isupper() for t in owner) or any(t.ent_type_ in ("LOC", "GPE") or t.lemma_.lower() in body for t in owner):
            return party  # (a named business: not « le directeur de l'usine », nor « le maire de Lyon »)
        return owner

    def _outright_deniers_when_no_one_else(self) -> None:
        """The subjects of outright denials (`_denies_outright`) in an article where no
        construction found anyone accused: the charge was told in words no rule reads (« fait
        l'objet de signalements », « des clients disent avoir été prélevés »), and whoever
        answers it stands accused. Where parties were found, the denier is mostly one of them
        under another name (« le brigadier » … « Yannick Sorel nie toute violence »)."""
        if self.found:
            return
        for verb in self._outright_denials:
            party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
            if not party or any(t.lower_ in self.lex.first_pronouns for t in party if t.pos_ == "PRON"):
                continue
            obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
            self._add(self._parties(self._company_its_head_answers_for(party)), self._statement_speakers(verb), self._text(list(obj.subtree)) if obj is not None else None, verb)

    def _speaks_for_a_party_found(self, entity: Entity, *, by_proper_name: bool = False) -> bool:
        """Whether a denier answers for a party already accused: its words or its role are « N de
        X » and X names that party (« le président des Ateliers, Marcel Quintard, réfute ces
        accusations », « la direction de Berlane conteste » after « la société Berlane » is
        accused). The denial is that party's; its head, board or lawyer is no second party.
        ``by_proper_name``: X shares a capitalised word with that party's name (« le groupe de
        supporters Brigade Verte » does not speak for « deux supporters »)."""
        found = [record.entity.name for record in self.found.values() if record.entity.key != entity.key]
        if not found:
            return False
        for words in (entity.name, entity.role or "", *entity.aliases):
            owner = _OWNER_AFTER_NOUN.search(words)
            if owner is None:
                continue
            owner_words = _content_words(" ".join(w for w in owner.group(1).split() if w[:1].isupper()) if by_proper_name else owner.group(1))
            if any(owner_words & _content_words(name) for name in found):
                return True
        return False

    def _denied_noun_hung_lower(self, verb: Token) -> Token | None:
        """« X a nié dans un message publié sur les réseaux sociaux toute implication »: a denial
        with no object whose denied noun, under « tout », the parser hung on a complement
        before it. Not inside a clause with a subject of its own (someone else's denial)."""
        words = self.words
        for token in verb.subtree:
            if token.i <= verb.i or not (token.lemma_.lower() in words.denied_nouns or token.lower_ in words.denied_nouns):
                continue
            if not any(c.dep_ == "det" and c.lemma_.lower() == "tout" for c in token.children):
                continue
            step = token.head
            while step.i != verb.i and not any(c.dep_ in _SUBJ for c in step.children):
                step = step.head
            return token if step.i == verb.i else None
        return None

    def _accusations_taken_up(self, noun: Token) -> bool:
        """"nier ces accusations", "rejeter les allégations": accusations named by a determiner
        alone (no owner, no content), so the ones the article has just reported."""
        if not (noun.lemma_.lower() in self.words.charge_nouns or noun.lower_ in self.words.charge_nouns):
            return False
        if any(c.dep_ in ("nmod", "acl", "acl:relcl", "nmod:poss", "poss") and c.i > noun.i or c.dep_ in ("nmod:poss", "poss") for c in noun.children):
            return False
        return any(c.dep_ == "det" and c.lower_.replace("’", "'") in self.lex.determiners and c.lower_.replace("’", "'") not in _INDEFINITE for c in noun.children)

    def _speakers_just_before(self, verb: Token, parties: set[str]) -> list[Entity]:
        """The speakers of the last statement before a word, in its sentence or the one before
        in its paragraph, other than ``parties`` ("Le gouvernement a déclaré que les rebelles
        … Les rebelles ont nié ces accusations": the government accuses)."""
        sentence = sentence_of(verb)
        start = sentence.start
        if start > 0:
            before = sentence_of(self.doc[start - 1])
            if self._paragraph_number(before[0]) == self._paragraph_number(verb):
                start = before.start
        lo = self.doc[start].idx
        for att in sorted(self.a.attributions, key=lambda a: a.start, reverse=True):
            if att.start >= verb.idx or att.start < lo or att.speaker is None:
                continue
            speakers = [e for e in att.speaker.entities if e.key not in parties and not self._bare_pronoun(e)]
            if speakers:
                return speakers
        return []

    def _defendant(self, verb: Token) -> None:
        """"X comparaîtra devant le tribunal pour escroquerie": a defendant, when the verb says
        before which court or what for; accused by that court, else the source reporting it."""
        if not self._has_reason(verb) and not self._authority_acting(verb):
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party:
            return
        accusers = self._statement_speakers(verb) or self._authority_acting(verb)
        self._add(self._parties(party), accusers, self._text(self._complement(verb, None)), verb, blame=False)

    def _under_legal_action(self, verb: Token) -> None:
        """"X fait l'objet d'une enquête (d'une plainte, d'un mandat d'arrêt) pour …": X is
        accused, by the source reporting it (a judicial act: else no one)."""
        words = self.words
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        if obj is not None and obj.lemma_.lower() in words.faced_nouns or obj is None and any(
                c.dep_ == "case" and c.lemma_.lower() in words.faced_nouns for c in verb.children for c in c.children):
            self._facing_charges(verb, obj)
            return
        if obj is None or obj.lemma_.lower() not in words.undergo_nouns:
            return
        action = next((c for c in [*verb.children, *obj.children] if c.dep_.startswith(("obl", "nmod")) and c.i > obj.i
                       and (c.lemma_.lower() in words.legal_agents or c.lower_ in words.legal_agents)), None)
        if action is None:
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party:
            return
        # « d'une enquête du parquet », « d'une plainte de sa voisine »: who acts is named after
        # the act and accuses; what else completes the act is the reason.
        actor = next((c for c in action.children if (owner := _owner(action, c)) is not None and self._party_like(self._np(owner), owner)), None)
        grounds = [c for c in action.children if c.dep_ in ("nmod", "acl") and c.i > action.i and (actor is None or c.i != actor.i)]
        if actor is not None:  # (the parser may hang the reason on the actor: « du parquet de Lyon pour fraude »)
            grounds += [d for d in actor.subtree if d.i > actor.i and any(g.dep_ == "case" and g.lower_ in ("pour", "for") for g in d.children)]
        reason = [t for c in grounds for t in c.subtree]
        accusers = self._agent_accusers(actor) if actor is not None else self._statement_speakers(verb)
        self._add(self._parties(party), accusers, self._text(reason), verb, blame=False)

    def _facing_charges(self, verb: Token, face: Token | None) -> None:
        """"X devra faire face à des accusations de fraude (à des poursuites)": X is accused, by the
        source reporting it. Facing a storm or a crisis accuses no one: only a charge counts."""
        charges = union(self.words.legal_agents, self.words.denied_nouns)
        after = face.i if face is not None else verb.i
        charge = next((c for c in verb.children if (c.dep_.startswith(("obl", "nmod")) or c.dep_ in _OBJ) and c.i > after
                       and (c.lemma_.lower() in charges or c.lower_ in charges)), None)
        if charge is None:
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            party = self._subject_phrase(verb.head, _SUBJ - _PASS_SUBJ)  # "X doit faire face à …"
        if not party or any(t.lower_ in self.lex.first_pronouns for t in party if t.pos_ == "PRON"):
            return
        reason = [t for c in charge.children if c.dep_ in ("nmod", "acl") and c.i > charge.i for t in c.subtree]
        self._add(self._parties(party), self._statement_speakers(verb), self._text(reason), verb)

    def _against_verb(self, verb: Token) -> None:
        """"Le parquet a requis dix ans de prison contre X": X is accused by the subject."""
        target = next((c for c in verb.subtree if c.dep_.startswith(("obl", "nmod")) and c.pos_ in ("NOUN", "PROPN")
                       and any(g.dep_ == "case" and g.lower_ in self.words.against_words for g in c.children)), None)
        if target is None:
            # (on the verb or its object: not « … pour violences à l'encontre de policiers », victims)
            target = next((aimed for c in verb.subtree if verb.i in (c.head.i, c.head.head.i) and (aimed := self._against_locution_target(c)) is not None), None)
        if target is None:
            target = self._against_nearby(verb)
        if target is None:
            return
        phrase = [t for t in self._np(target) if not (t.dep_ == "case" and t.head.i == target.i)]
        self._add(self._parties(phrase), self._accuser(verb), None, verb, blame=False)

    def _against_locution_target(self, word: Token) -> Token | None:
        """The « de X » of a prepositional locution meaning "against" (« à l'encontre de X »),
        which the parser reads as a noun with a complement: X."""
        if word.lower_ not in self.words.against_locution_nouns or not any(c.dep_ == "case" and c.lower_ == "à" for c in word.children):
            return None
        return next((c for c in word.children if c.i > word.i and c.pos_ in ("NOUN", "PROPN")
                     and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in c.children)), None)

    def _noun_constructions(self, noun: Token) -> None:
        """The constructions a noun opens: those of the lexicon's noun lists, tested at once
        since most nouns are in none."""
        i = noun.i
        if not _nominal_construction_nouns(self.lex.language).isdisjoint((lower_forms(self.doc)[i], lemma_lowers(self.doc)[i])) or self._names_wrong(noun):
            self._nominal_constructions(noun)

    def _nominal_constructions(self, noun: Token) -> None:
        """Every construction a noun of the lexicon opens: accusations against someone,
        perpetrators, crimes, causes, wrongs, captives, scandals."""
        words = self.words
        forms = {lemma_lowers(self.doc)[noun.i], lower_forms(self.doc)[noun.i]}  # (asked of every noun)
        if forms & words.against_nouns or forms & words.investigation_nouns:
            self._against(noun)
        if forms & words.perpetrator_nouns:
            self._perpetrator(noun)
        if forms & words.crime_nouns:
            self._crime(noun)
            self._crime_by_support_verb(noun)
            self._behind_crime(noun)
        if forms & words.cause_nouns:
            self._agents_of_a_cause(noun)
        if self._names_wrong(noun):
            self._owner_of_wrong(noun)
        if forms & words.blame_nouns or forms & words.passed_blame_nouns:
            self._blame_borne(noun)
        if forms & words.fact_nouns:
            self._fact_blamed(noun)
            self._deed_of(noun)
        if forms & words.protest_nouns:
            self._protest(noun)
        if forms & words.wrongdoing_nouns or forms & words.crime_nouns and not forms & words.victim_crime_nouns:
            self._owner_of_denounced_wrongdoing(noun)
        if forms & words.duty_nouns:
            self._failed_duty(noun)
        if forms & words.crime_nouns or forms & words.wrongdoing_nouns or forms & words.threat_nouns:
            self._on_the_part_of(noun)
        if forms & words.sights_nouns[0] or forms & words.sights_nouns[1].keys() and _matches(noun, words.sights_nouns):
            self._in_sights(noun)
        if forms & words.captive_nouns:
            self._captor(noun)
        if forms & words.scandal_nouns:
            self._scandal(noun)

    def _all_and_number_before(self, word: Token) -> bool:
        """Whether ``word`` has, before it, a child « tout » (by lower-case lemma) as an
        adjective and a numeral child: what `_participle_after_all` needs first."""
        doc, i = self.doc, word.i
        if i not in heads_of(doc, "nummod"):
            return False  # (asked of every noun: most have no numeral, known from the per-Doc heads)
        deps, lemmas = dep_labels(doc), lemma_lowers(doc)
        children = children_indices(doc)[i]
        return any(deps[c] == "amod" and lemmas[c] == "tout" and c < i for c in children) and any(deps[c] == "nummod" and c < i for c in children)

    def _participle_after_all(self, word: Token) -> None:
        """« Le maire et son adjoint, tous deux soupçonnés de fraude, … »: after « tous deux »
        the parser reads the participle as a noun hung on the people (or as the root, with them
        as its subject); they are accused, by whoever reports it."""
        if not self._all_and_number_before(word):
            return  # (asked of every noun: the per-Doc lists first, no Token per child)
        children = list(word.children)
        all_of = next((c for c in children if c.dep_ == "amod" and c.lemma_ == "tout" and c.i < word.i), None)
        if all_of is None or not any(c.dep_ == "nummod" and c.i < word.i for c in children):
            return  # (asked of every noun: the cheap test first)
        if verb_lemma(word, self.lex.accuse_passive) is None or self._denied(word):
            return
        host: Token | None
        if word.dep_ in ("nmod", "appos", "acl") and word.head.pos_ in ("NOUN", "PROPN") and word.head.i < word.i:
            host = word.head
        else:
            host = next((c for c in children if (c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ) and c.i < word.i and c.pos_ in ("NOUN", "PROPN")), None)
        if host is None:
            return
        party = [t for t in self._np(host) if t.i < all_of.i and not (t.is_punct and t.i == all_of.i - 1)]
        self._add(self._parties(party), self._statement_speakers(word), self._text([t for t in word.subtree if t.i > word.i]), word)

    def _behind_crime(self, noun: Token) -> None:
        """« Selon X, l'Iran est derrière l'attaque »: the subject of a copula whose predicate is
        a crime introduced by a word for "behind" is its author, accused by whoever reports it."""
        children = list(noun.children)
        if not any(c.dep_ == "case" and c.lower_ in self.words.behind_words and c.i < noun.i for c in children) or self._denied(noun):
            return
        if not any(c.dep_ == "cop" for c in children):
            return
        subject = next((c for c in children if c.dep_ in _SUBJ and c.i < noun.i), None)
        if subject is None or subject.pos_ == "PRON" or not self._party_like(self._np(subject), subject):
            return
        self._add(self._parties(self._np(subject), perpetrator=True), self._statement_speakers(noun), self._text(list(noun.subtree)), noun)

    def _deed_of(self, noun: Token) -> None:
        """« Ces dégradations sont le fait de jeunes du quartier », « l'incendie serait le fait
        d'un groupe armé »: what the subject names was done by the party after "le fait de";
        accused by whoever reports it."""
        children = list(noun.children)
        if not any(c.dep_ == "cop" for c in children) or not any(c.dep_ == "det" and c.lower_ in ("le", "l'", "l’") for c in children) or self._denied(noun):
            return
        doer = next((c for c in children if c.i > noun.i and c.dep_ in ("nmod", "obl:arg") and c.pos_ in ("NOUN", "PROPN")
                     and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") and g.i > noun.i for g in c.children)), None)
        if doer is None or not self._party_like(self._np(doer), doer):
            return
        phrase = [t for t in self._np(doer) if not (t.dep_ == "case" and t.head.i == doer.i)]
        self._add(self._parties(phrase, perpetrator=True), self._statement_speakers(noun), None, noun)

    def _fact_blamed(self, noun: Token) -> None:
        """« X dénonce le fait que des élus cumulent les mandats »: the subject of the clause
        on the fact is accused by the subject of the blaming verb (a conduct verb's object)."""
        verb = noun.head
        # (the parser may call the fact an xcomp of the verb)
        if noun.dep_ not in _OBJ | {"xcomp"} or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.conduct_blame_verbs or self._denied(verb):
            return
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "acl:relcl") and c.pos_ in ("VERB", "AUX")
                       and any(g.lower_.replace("’", "'") in ("que", "qu'") and g.i == noun.i + 1 for g in c.children)), None)
        subject = next((c for c in clause.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN")), None) if clause is not None else None
        if subject is None:
            return
        self._add(self._parties(self._np(subject)), self._accuser(verb), self._text(list(clause.subtree)) if clause is not None else None, noun)

    def _on_the_part_of(self, noun: Token) -> None:
        """"des menaces de la part de la direction", "des violences de la part de membres du
        collectif": who a crime or a threat comes from is accused, by the subject of the verb
        reporting it (« le syndicat dénonce … ») or the source of the statement."""
        doer = self._on_whose_part(noun)
        threat = doer is None and bool({noun.lower_, noun.lemma_.lower()} & self.words.threat_nouns)
        if threat:
            doer = self._source_of_threat(noun)
        if doer is None or self._denied(noun):
            return
        phrase = [t for t in self._np(doer) if not (t.dep_ == "case" and t.head.i == doer.i)]
        if not self._party_like(phrase, doer):
            return
        governor = noun.head if noun.dep_ in _OBJ else None
        accusers = (self._accuser(governor) if governor is not None else []) or self._statement_speakers(noun)
        if threat and not accusers:
            return  # (who threatened whom, told by the article alone)
        self._add(self._parties(phrase), accusers, self._text([noun]), noun)

    def _victim_on_someones_part(self, victim: Token) -> None:
        """« X est victime de « calomnies » de la part des juges », « elle a été la cible de
        moqueries de la part de ses collègues »: what a victim suffers is a wrong whatever its
        noun, and whom it comes from (« de la part de Y », anywhere in the victim's phrase) is
        blamed by the source of the statement."""
        if lower_forms(self.doc)[victim.i] not in self.words.victim_words:
            return
        # (« X se dit victime d'une cabale de la part de Y »: the parser may hang the wrong on
        # the verb the victim word completes)
        after = [t for c in victim.head.children if c.i > victim.i for t in c.subtree] if victim.dep_ == "xcomp" else []
        part = next((t for t in [*victim.subtree, *after] if t.i > victim.i and t.lower_ == "part" and t.dep_ == "nmod"
                     and any(g.dep_ == "case" and g.lower_ == "de" for g in t.children) and any(g.dep_ == "det" and g.lower_ == "la" for g in t.children)), None)
        if part is None:
            return
        doer = next((c for c in part.children if c.dep_ == "nmod" and c.i > part.i and c.pos_ in ("NOUN", "PROPN")), None)
        if doer is None or self._denied(victim):
            return
        phrase = [t for t in self._np(doer) if not (t.dep_ == "case" and t.head.i == doer.i)]
        if not self._party_like(phrase, doer):
            return
        wrong = part.head if part.head.i != victim.i else None
        self._add(self._parties(phrase), self._statement_speakers(victim), self._text([wrong]) if wrong is not None else None, victim)

    @staticmethod
    def _on_whose_part(noun: Token) -> Token | None:
        """The noun after « de la part de » on a noun: whom the thing comes from."""
        part = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and c.lower_ == "part"
                     and any(g.dep_ == "case" and g.lower_ == "de" for g in c.children) and any(g.dep_ == "det" and g.lower_ == "la" for g in c.children)), None)
        return next((c for c in part.children if c.dep_ == "nmod" and c.i > part.i and c.pos_ in ("NOUN", "PROPN")), None) if part is not None else None

    def _source_of_threat(self, noun: Token) -> Token | None:
        """« des menaces de groupuscules », « les menaces de mort de militants »: the « de »
        complement of a threat that stands for people names who makes it, also past what is
        threatened (threat_content_nouns: « de mort »); « une menace de grève », « la menace des
        inondations » name no one."""
        # (the first « de » complements in order: the source, or what is threatened and then the source)
        words = [noun]
        while words:
            word = words.pop()
            owners = sorted((o for c in word.children if (o := _owner(word, c)) is not None and o.dep_ == "nmod" and o.pos_ in ("NOUN", "PROPN")), key=lambda o: o.i)
            for owner in owners:
                if owner.pos_ == "PROPN" and owner.ent_type_ in ("LOC", "GPE") and not any(c.dep_ == "det" for c in owner.children):
                    return None  # « les menaces de Paris » may say where
                if self._party_like([t for t in self._np(owner) if not (t.dep_ == "case" and t.head.i == owner.i)], owner):
                    return owner
                if word is noun and {owner.lower_, owner.lemma_.lower()} & self.words.threat_content_nouns:
                    words.append(owner)  # the source may hang on it
                    continue
                return None  # (« la menace de grève des cheminots »: whose strike)
        return None

    def _in_sights(self, noun: Token) -> None:
        """"X est dans le collimateur de la justice", "X se retrouve dans la ligne de mire de
        l'opposition": X is targeted, by the owner of the sights (else by whoever says it)."""
        if not any(c.dep_ == "case" and c.lower_ == "dans" for c in noun.children) or self._denied(noun):
            return
        if any(c.dep_ == "cop" for c in noun.children):
            clause = noun
        elif noun.dep_.startswith("obl") and noun.head.pos_ in ("VERB", "AUX"):
            clause = noun.head  # "se retrouver / être placé dans le viseur de …"
        else:
            return
        # (the subject may hang on the copula: "le ministre est dans …")
        party = self._subject_phrase(clause, _SUBJ) or next((self._subject_phrase(c, _SUBJ) for c in noun.children if c.dep_ == "cop"), [])
        if not party or len(party) == 1 and party[0].pos_ == "PRON":
            return
        # (the owner of "ligne de mire" hangs on its last word)
        single = lower_forms(self.doc)[noun.i] in self.words.sights_nouns[0] or lemma_lowers(self.doc)[noun.i] in self.words.sights_nouns[0]
        last = noun if single else next((c for c in noun.children if c.dep_ == "nmod" and c.i == noun.i + 2), noun)
        owner = next((o for t in {noun.i: noun, last.i: last}.values() for c in t.children if (o := _owner(t, c)) is not None and o.i != last.i), None)
        accusers = self._agent_accusers(owner) if owner is not None and owner.pos_ in ("NOUN", "PROPN") else []
        self._add(self._parties(party), accusers or self._statement_speakers(noun), None, noun)

    def _accused_groups_by_head_noun(self) -> dict[str, Accusation]:
        """The accused groups by the last word of their descriptions ("trois journalistes" ->
        "journalistes"); the article's unnamed perpetrators also go by any perpetrator or
        stigma noun ("les tueurs" … "un des trois ravisseurs, du nom de X")."""
        groups: dict[str, Accusation] = {}
        for record in list(self.found.values()):
            for alias in (record.entity.name, *record.entity.aliases):
                words = alias.lower().replace("’", "'").split()
                if len(words) >= 2 and words[-1] not in groups:
                    groups[words[-1]] = record
        plural_perpetrators = self._perpetrators.get(True)
        perpetrators = self.found.get(plural_perpetrators.key) if plural_perpetrators is not None else None
        if perpetrators is not None:
            for word in self.words.perpetrator_nouns | self.words.stigma_words:
                groups.setdefault(word, perpetrators)
        return groups

    def _named_members_of_accused_groups(self) -> None:
        """"Un des trois ravisseurs, du nom de X, …", "Un autre des trois journalistes, X, …",
        "La plupart de ces neuf élus sont des amis du maire, à commencer par
        X": a person named as one of a group already accused is accused with it, by the same
        accusers. The group is recognised by its head noun ("terroristes" in "deux
        terroristes"); the name is the first person named after it, before the next verb."""
        groups = self._accused_groups_by_head_noun()
        if not groups:
            return
        doc = self.doc
        for i, word in enumerate(lower_forms(doc)):  # (the word first: no Token for the others)
            if word not in groups:
                continue
            token = self.a.tokens[i]
            if token.dep_ != "nmod" or token.pos_ != "NOUN":
                continue
            partitive = token.head
            case = [c.lower_ for c in token.children if c.dep_ == "case"]
            if partitive.i > token.i or not any(c in ("des", "de", "d'", "d’", "parmi") for c in case):
                continue
            if not (partitive.pos_ in ("PRON", "NUM") or partitive.lemma_.lower() in ("autre", "plupart", "partie", "un", "certain")):
                continue
            record = groups[token.lower_]
            named_before = partitive.head
            if named_before.i < partitive.i and named_before.pos_ == "PROPN" and named_before.ent_type_ in ("PER", "PERSON"):
                # "X, un des trois journalistes convoqués …": the name the partitive describes.
                name = [named_before]
                while name[-1].i + 1 < partitive.i and doc[name[-1].i + 1].ent_type_ == named_before.ent_type_ and doc[name[-1].i + 1].ent_iob_ == "I":
                    name.append(doc[name[-1].i + 1])
                self._add(self._parties(name), list(record.accusers), record.accusation, token)
                continue
            for t in doc[token.i + 1 : sentence_of(token).end]:
                if t.pos_ == "VERB" and "Inf" not in morph_get(t, "VerbForm", None):
                    break
                if t.ent_type_ in ("PER", "PERSON") and t.pos_ == "PROPN":
                    name = [t]
                    while name[-1].i + 1 < len(doc) and doc[name[-1].i + 1].ent_type_ == t.ent_type_ and doc[name[-1].i + 1].ent_iob_ == "I":
                        name.append(doc[name[-1].i + 1])
                    self._add(self._parties(name), list(record.accusers), record.accusation, token)
                    break

    def _participle(self, token: Token) -> None:
        """"quatre pirates, accusés de …" / "hackers accused of …" / "trois militants
        impliqués dans …, mis en examen": the noun the participle hangs on."""
        apposed_to = self._noun_before_apposed_participle(token)
        head = self._subject_of_copular_predicate(token) or self._fronted_participle_subject(token) or apposed_to or token.head
        head = _noun_of_adjective(head)  # (« délégué syndical central licencié pour faute »)
        if head.pos_ == "PRON":
            # "celui de X, déjà accusé par Y": the name the pronoun stands for.
            head = next((c for c in head.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), head)
        if head.pos_ == "VERB" and token.i < head.i and token.dep_ == "advcl":
            # Put first: "Accusé de corruption, le ministre a démissionné": the verb's subject.
            head = next((c for c in head.children if c.dep_ in _SUBJ and c.i > token.i and c.pos_ in ("NOUN", "PROPN")), head)
        if head.pos_ not in ("NOUN", "PROPN"):
            head = next((c for c in head.children if c.dep_ in _OBJ and c.i < token.i), head)
        if head.pos_ == "NOUN" and head.i < token.i and not _agrees(token, head):
            # « la proposition du gouvernement, accusé de … »: the noun the participle agrees with,
            # or the one the noun completes (« un joueur de l'équipe adverse, exclu pour … »)
            owner = head.head if head.dep_ == "nmod" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i and _agrees(token, head.head) else head
            head = next((c for c in head.children if c.dep_ == "nmod" and c.i < token.i and c.pos_ in ("NOUN", "PROPN") and _agrees(token, c)), owner)
        head, main_phrase = self._main_clause_host(token, head)
        head = self._past_setting(head)
        # A partitive ("quatre pirates, dont trois agents, accusés de …", "four hackers,
        # including three agents, accused of …") accuses the whole group.
        for _ in range(2):
            if head.dep_ in ("acl:relcl", "relcl", "appos") and any(c.lower_ in _PARTITIVE for c in head.children):
                head = head.head
            elif head.dep_ == "pobj" and head.head.lower_ in _PARTITIVE:
                head = head.head.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return
        if token.lemma_.lower() in self.words.authority_agent_verbs and not self._prosecuting_agent(token):
            return  # "visé par des tirs" names a victim; "visé par une enquête" (by "la justice") a suspect
        if not self._summoned_for_a_reason(token):
            return
        accusers = self._participle_accusers(token, head, apposed=apposed_to is not None)
        accusation = self._text(self._complement(token, None))
        listed = self._listed_after_colon(token)
        # "des chanteurs incriminés : A, B": the listed names are the parties, the group noun
        # only their class.
        if not listed:
            # (all the subjects of the main clause: "X ainsi que Y ont été arrêtés, soupçonnés …";
            # the party is the noun without the participle: "une mutuelle visée par la justice")
            described = token.left_edge.i if token.head.i == head.i and token.i > head.i else len(self.doc)
            if apposed_to is not None:
                # (the phrase up to the comma the participle follows)
                described = min(described, max(t.i for t in self.doc[apposed_to.i : token.i] if t.text == ","))
            phrase = main_phrase or [t for t in self._np(head) if t.i < described and not (t.dep_ == "case" and t.head.i == head.i)]
            parties = self._parties(phrase)
            whole = [t for t in self._np(head) if not (t.dep_ == "case" and t.head.i == head.i)]
            if not main_phrase and len(parties) == 1 and head.pos_ == "NOUN" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in whole):
                # An unnamed group also goes by its whole description ("people accused of fraud").
                parties[0][0].add_alias(self._text(whole) or "")
            self._add(parties, accusers, accusation, token)
        for name in listed:
            self._add(self._parties(name), accusers, accusation, token)

    def _participle_accusers(self, token: Token, head: Token, *, apposed: bool = False) -> list[Entity]:
        """Who accuses the noun a participle of accusation hangs on (see `_participle`);
        ``apposed``: the participle follows the noun's comma (`_noun_before_apposed_participle`)."""
        agent = self._agent(token)
        if agent is not None and not self._legal_agent(token):
            accusers = self._agent_accusers(agent)
        elif head.dep_ in _SUBJ or apposed:
            # "Deux élus, convoqués pour diffamation, ont protesté": the governing verb's subject
            # is the party itself (as is any noun a participle is apposed to, whatever its
            # verb); whoever reports the sentence accuses it.
            accusers = self._statement_speakers(token)
        else:
            accusers = self._accuser(head.head if head.head.i != head.i else head)
        if token.lemma_.lower() in self.words.authority_agent_verbs and agent is not None and accusers and (agent.lemma_.lower() in self.words.authorities or agent.lower_ in self.words.authorities):
            self._last_authority = (self._paragraph_number(token), accusers)
        if not accusers and _matches(token, self.words.judicial):
            accusers = self._authority_acting(token) or self._authority_just_before(token)
        return accusers

    def _main_clause_host(self, participle: Token, head: Token) -> tuple[Token, list[Token]]:
        """A participle hung on a verb, not on a noun ("X a été écarté, accusé de …"): the
        subject of the main clause (see `_participial_clause_subject`) with all its conjoined
        subjects ("X ainsi que Y ont été arrêtés, soupçonnés …"); else ``head`` unchanged."""
        if head.pos_ in ("NOUN", "PROPN"):
            return head, []
        subject = self._participial_clause_subject(participle)
        if subject is None:
            return head, []
        return subject, self._subject_phrase(subject.head, _SUBJ)

    def _listed_after_colon(self, participle: Token) -> list[list[Token]]:
        """The names a colon enumerates after an accused group ("plusieurs noms de chanteurs
        incriminés : A, qui …, B ou encore C"): each listed name is accused too. Read from the
        surface, since parsers scatter such lists: items split at commas and conjunctions,
        a relative clause ("qui …") and a description ("B, chanteur de rock") are no names."""
        doc = participle.doc
        end = participle.i + 1
        # A multiword participle ("mis en cause") ends after its last word.
        while end < len(doc) and doc[end].head.i == participle.i and doc[end].pos_ in ("ADP", "NOUN") and doc[end].text != ":":
            end += 1
        if end >= len(doc) or doc[end].text != ":":
            return []
        sentence_end = sentence_of(participle).end
        lex, words = self.lex, self.words
        describers = union(words.person_nouns, lex.titles, lex.group_nouns)
        names: list[list[Token]] = []
        item: list[Token] = []
        in_relative = False
        for t in [*doc[end + 1 : sentence_end], None]:
            boundary = t is None or t.text in (",", ";", ".", ":") or t.pos_ == "CCONJ"
            if not boundary:
                if t.lower_ in _RELATIVES or t.lower_ in ("dont", "que", "qu'", "qu’"):
                    in_relative = True
                elif not in_relative and (item or t.pos_ != "ADV"):
                    item.append(t)
                continue
            if item and item[0].lower_ not in describers and item[0].lemma_.lower() not in describers:
                named = [x for x in item if x.pos_ == "PROPN" or x.ent_type_ in _PARTY_ENT_LABELS]
                if named and named[0].i == item[0].i:
                    names.append(item)
            item = []
            # A comma closes a relative clause ("A, qui chante, B"), and so does a conjunction
            # followed by a name ("A qui chante ou encore B"); "qui chante et danse" goes on.
            if t is None or t.text == "," or t.pos_ != "CCONJ":
                in_relative = False
            else:
                following = next((x for x in doc[t.i + 1 : sentence_end] if x.pos_ != "ADV"), None)
                in_relative = in_relative and not (following is not None and following.pos_ == "PROPN")
            if t is not None and t.text in (";", ".", ":"):
                break
        return names

    def _summoned_for_a_reason(self, verb: Token) -> bool:
        """A summons is a court case only with what it is for: "convoqués pour entrave à la
        circulation", "summoned over the leak"; "convoqué à une réunion" accuses no one.
        A verb of bringing someone somewhere is one only before an authority: "présentés à un
        juge", "déféré au parquet"; "présenté à la presse" is not. Other judicial verbs always pass."""
        if verb.lemma_.lower() in self.words.before_authority_verbs:
            return self._before_authority(verb)
        if verb.lemma_.lower() in self.words.involvement_verbs:
            return self._involved_in_something(verb)
        if verb.lemma_.lower() in self.words.dismissal_verbs:
            return self._wrong_as_reason(verb)
        if verb.lemma_.lower() in self.words.hearing_verbs:
            return self._heard_over_a_charge(verb)
        if verb.lemma_.lower() not in self.words.summon_verbs or self._has_reason(verb):
            return True
        # "citée aux fins d'inculpation", "en vue de son inculpation": what it is for
        # is a step of a court case.
        return any(t.i > verb.i and t.pos_ == "NOUN" and _matches(t, self.words.judicial_nouns) for t in verb.subtree)

    def _heard_over_a_charge(self, verb: Token) -> bool:
        """« Entendu pour soupçons de fraude », « auditionnée pour corruption »: someone heard
        over a charge (a noun of suspicion or of a wrong after « pour ») is a party to a case;
        someone heard as a witness, or sounds heard, are not."""
        reasons = [t for t in verb.subtree if t.i > verb.i and t.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in ("pour", "for") for c in t.children)]
        return any(self._names_charge(t) for t in reasons) or self._heard_as_a_suspect(verb)

    def _heard_as_a_suspect(self, verb: Token) -> bool:
        """« entendus sous le régime de la garde à vue », « auditionné en qualité de suspect »:
        heard in a suspect's state (custody_hearing_states), a party to a case with no charge named."""
        states = self.words.custody_hearing_states
        text = self.a.text
        return any(t.i > verb.i and t.pos_ == "NOUN" and any(text.startswith(state, t.idx) for state in states) for t in verb.subtree)

    def _wrong_as_reason(self, verb: Token) -> bool:
        """Whether a verb of dismissal names the wrong it is for: « pour espionnage », « pour
        faute grave »; not a purpose (« pour laisser place à … ») nor a deed told by a clause
        (« pour avoir voté contre le budget » is as often a political choice), nor a cause no one
        is to blame for (« suspendu pour cause d'intempéries », « pour raisons de santé »)."""
        neutral = self.words.neutral_reasons
        if any(t.i > verb.i and t.lower_ == "pour" and t.dep_ == "case" and t.head.pos_ == "NOUN" and t.head.lower_ not in neutral
               for t in verb.subtree):
            return True
        # (the parser may hang « pour faute grave » on a noun of the apposed participle's phrase
        # or on the name before it: « X, licencié en octobre pour faute grave, … »)
        doc = self.doc
        phrase = doc[verb.i + 1 : min(verb.i + _APPOSED_PHRASE_REACH, sentence_of(verb).end)]
        for t in phrase:
            if t.is_punct:
                return False
            if t.lower_ == "pour":
                reason = next((w for w in doc[t.i + 1 : t.i + 3] if w.pos_ != "DET"), t)  # (« pour des violences »)
                return reason.pos_ in ("NOUN", "ADV") and reason.lower_ not in neutral and reason.lemma_.lower() not in neutral
        return False

    def _involved_in_something(self, verb: Token) -> bool:
        """Whether "impliqué" says in what, and that is not a neutral undertaking: "impliqué dans
        un scandale" accuses; "4 000 soldats seraient impliqués", "impliqués dans l'offensive",
        "le train impliqué dans l'accident" tell who takes part."""
        places = [c for c in verb.children if c.i > verb.i and c.dep_.startswith(("obl", "nmod")) and c.pos_ in ("NOUN", "PROPN")
                  and any(g.dep_ == "case" and g.lower_ in ("dans", "in") for g in c.children)]
        return any(c.lemma_.lower() not in self.words.neutral_involvements and c.lower_ not in self.words.neutral_involvements for c in places)

    def _before_authority(self, verb: Token) -> bool:
        """Whether a complement of the verb names a court, a prosecutor or the police."""
        return any(c.i > verb.i and c.dep_.startswith(("obl", "nmod", "iobj")) and self._names_authority(c)
                   for c in verb.children)

    @staticmethod
    def _has_reason(verb: Token) -> bool:
        """Whether a judicial verb says what for: "pour diffamation", "over the leak", also when
        the parser hung it on the place ("convoqués au commissariat pour diffamation")."""
        reasons = ("pour", "over", "for", "with")
        if any(t.i > verb.i and t.lower_ in reasons and t.dep_ in ("case", "mark", "prep") for t in verb.subtree):
            return True
        # Also right after the verb's phrase, when the parser hung it on a later verb
        # ("convoqués au commissariat pour être mis en cause pour …" with "pour" on "mis").
        after = verb.right_edge.i + 1
        return after < len(verb.doc) and verb.doc[after].lower_ in reasons and verb.doc[after].dep_ in ("case", "mark", "prep")

    def _legal_agent(self, verb: Token) -> bool:
        agent = self._agent(verb)
        return agent is not None and (agent.lemma_.lower() in self.words.legal_agents or agent.lower_ in self.words.legal_agents)

    def _prosecuting_agent(self, verb: Token) -> bool:
        """Whether the agent of "viser"/"target"/"rechercher" prosecutes: a legal act ("visé par une
        enquête") or an authority ("visée par la justice", "recherché par la police"), not shots."""
        agent = self._agent(verb)
        return agent is not None and (self._legal_agent(verb) or self._names_authority(agent))

    def _agent_accusers(self, agent: Token) -> list[Entity]:
        phrase = self._without_charge(agent, self._np(agent), charging=self._charge_left_to_agent(agent)) if agent.pos_ != "PRON" else [agent]
        # Without the time the parser hung on the agent ("par le parquet depuis mars").
        when = {t.i for c in agent.children if c.i > agent.i and c.dep_ in ("nmod", "obl", "obl:mod")
                and (c.lower_ in self.lex.time_words or any(g.dep_ == "case" and g.lower_ in _SINCE_WORDS for g in c.children)) for t in c.subtree}
        phrase = [t for t in phrase if t.i not in when] if when else phrase
        # Nor the source of the report hung on it ("par le parquet d'après un quotidien").
        phrase = self._before_source_aside(agent, phrase)
        # Nor the reason hung on it ("par l'opposition pour ses dépenses").
        reason = next((c for c in agent.children if c.i > agent.i and any(g.dep_ == "case" and g.lower_ in ("pour", "for") for g in c.children)), None)
        phrase = [t for t in phrase if t.i < reason.left_edge.i] if reason is not None else phrase
        others = self._agents_coordinated_lower(agent, phrase)
        if others:
            # "par une partie du groupe X et les syndicats": each agent on its own.
            first = min(o.left_edge.i for o in others)
            phrase = [t for t in phrase if t.i < first and not (t.dep_ == "cc" and t.head.i in {o.i for o in others})]
            while phrase and (phrase[-1].is_punct or phrase[-1].dep_ == "cc"):
                phrase = phrase[:-1]
        found: list[Entity] = []
        for part, head in [(phrase, agent), *((self._np(o), o) for o in others)]:
            part = [t for t in part if not (t.dep_ in ("case", "cc") and t.head.i == head.i)]
            ref = self.reg.resolve(part, head=head) if part else None
            found += [e for e in (ref.entities if ref is not None else ()) if e not in found]
        return found

    def _before_source_aside(self, agent: Token, phrase: list[Token]) -> list[Token]:
        """The agent's phrase up to a « selon » / « d'après » after the agent: who reports the
        act, not who did it."""
        cues = [" ".join(cue) for cue in self.lex.according_to]
        for k, t in enumerate(phrase):
            if t.i <= agent.i:
                continue
            rest = self.a.text[t.idx : t.idx + 24].lower().replace("’", "'")
            # (the cue as whole words: « selon », not the start of a longer word)
            if any(rest.startswith(cue) and not rest[len(cue) : len(cue) + 1].isalpha() for cue in cues):
                return phrase[:k]
        return phrase

    def _agents_coordinated_lower(self, agent: Token, phrase: list[Token]) -> list[Token]:
        """Agents the parser coordinated with a complement of the first agent instead of with
        the agent itself: "par une partie du groupe X et par les syndicats" (the same "par"
        again), and in French "par une partie du groupe X et les syndicats" (a conjunct with
        its own article and no "de" cannot complete the noun: that would be "et des
        syndicats")."""
        inside = {t.i for t in phrase}
        found = []
        for complement in (t for t in phrase if t.dep_ == "nmod" and t.i > agent.i):
            of = any(g.dep_ == "case" and g.lower_ in _OF_WORDS for g in complement.children)
            for conjunct in (c for c in complement.children if c.dep_ == "conj" and c.i in inside):
                cases = [g.lower_ for g in conjunct.children if g.dep_ == "case"]
                repeated = any(c in _AGENT_WORDS for c in cases)
                own_article = (
                    self.lex.language == "fr" and of and not cases
                    and any(g.dep_ == "det" and g.lower_ in self.lex.determiners for g in conjunct.children)
                )
                if repeated or own_article:
                    found.append(conjunct)
        return found

    def _charge_on(self, head: Token, *, charging_verb: bool = False) -> Token | None:
        """The charge the parser hung on a party instead of on the accusing verb: "accusé par
        l'ONU de crimes de guerre", "ont accusé la police de violences" ("de" and a bare noun).
        On a name any bare noun is one ("l'ONU de crimes"); on a common noun only a crime ("la
        police de violences"), since "la cour d'appel" or "la police de proximité" are names;
        after a verb that charges with "de" (``charging_verb``: "accuser le médecin de
        négligence") any bare lower-case noun that names no party is one, and so is an infinitive
        after « de » ("accuser l'État et les supermarchés de mentir", hung on the last one)."""
        crimes = union(self.words.crime_nouns, self.words.denied_nouns)
        if charging_verb:
            infinitive = next((c for c in head.children if c.i > head.i and c.dep_ == "acl" and _infinitive(c)
                               and any(g.dep_ == "mark" and g.lower_ in ("de", "d'", "d’") and g.i < c.i for g in c.children)), None)
            if infinitive is not None:
                return infinitive
            # (also on a name inside the party: "le ministre de l'Intérieur de laxisme")
            for t in head.subtree:
                if (t.i > head.i and t.dep_ == "nmod" and t.pos_ == "NOUN" and t.text.islower() and not any(c.dep_ == "det" for c in t.children)
                        and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in t.children)
                        and not {t.lower_, t.lemma_.lower()} & (self._people_words | self.words.law_enforcement)):
                    return t
        for child in head.children:
            if child.dep_ != "nmod" or child.pos_ != "NOUN" or child.i <= head.i or any(c.dep_ == "det" for c in child.children):
                continue
            if not any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in child.children):
                continue
            if head.pos_ == "PROPN" and not (child.ent_type_ and child.ent_type_ == head.ent_type_) or child.lemma_.lower() in crimes or child.lower_ in crimes:
                return child
        return None

    @staticmethod
    def _person_alone(head: Token, phrase: list[Token]) -> list[Token]:
        """A person's name without the complements the parser hung on it ("par Mme X de la
        Constitution": what was violated); a person's name takes none outside the name."""
        if head.ent_type_ not in ("PER", "PERSON"):
            return phrase
        hung = [t.i for c in head.children if c.dep_ in ("nmod", "prep") and c.i > head.i and c.ent_type_ != head.ent_type_ for t in c.subtree]
        return [t for t in phrase if t.i < min(hung)] if hung else phrase

    def _names_charge(self, noun: Token) -> bool:
        """Whether a noun names what someone can be accused of: a crime, a wrongdoing, a
        blamed conduct or a wrong of the lexicon's lists."""
        forms = {noun.lower_, noun.lemma_.lower()}
        words = self.words
        return bool(forms & union(words.crime_nouns, words.wrongdoing_nouns, words.conduct_nouns, words.denied_nouns, self.lex.accuse_nouns)) or self._names_wrong(noun)

    def _charge_left_to_agent(self, agent: Token) -> bool:
        """Whether the charge of a passive accusing verb can only be on its agent: "accusé par
        l'opposition de mensonge" (the verb has no "de" complement of its own, so the bare noun
        after the agent is what the party is accused of, not a part of the agent's name)."""
        verb = agent.head
        return verb.pos_ in ("VERB", "ADJ") and verb.lemma_.lower() in self.lex.accuse_passive and not self._complement(verb, None)

    def _without_charge(self, head: Token, phrase: list[Token], *, charging: bool = False) -> list[Token]:
        """A party's phrase without the charge the parser hung on it (see `_charge_on`);
        ``charging``: also a bare noun of wrongdoing after "de" ("de mensonge", "d'abus"), not a
        word of the agent's name ("par le groupe de travail", "par la cour d'appel")."""
        charge = self._charge_on(head)
        if charge is None and charging:
            charge = self._charge_on(head, charging_verb=True)
            if charge is not None and not self._names_charge(charge):
                charge = None
        if charge is None:
            return phrase
        # What follows the charge completes it ("de crimes contre l'humanité").
        return [t for t in phrase if t.i < charge.left_edge.i]

    def _judicial(self, verb: Token) -> None:
        """A court case in the passive: "X a été mis en examen pour …", "X was charged with …".
        The accuser is the agent ("par le parquet"), else the speaker reporting it, else no one."""
        if verb.lemma_.lower() in self.words.authority_agent_verbs and not self._prosecuting_agent(verb):
            return
        if not self._summoned_for_a_reason(verb):
            return
        subject = self._subject_phrase(verb, _PASS_SUBJ)
        if not subject and _participle_with_copula(verb):
            # (its own subject only: the subject of a verb it is conjoined to did not undergo it)
            own = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            subject = self._np(own) if own is not None and own.pos_ in ("NOUN", "PROPN") else []
        # (« il s'est retrouvé mis en examen »: the subject of the verb carrying the participle)
        subject = subject or self._phrase_of_host_subject(verb)
        party = subject or self._phrase_before_auxiliaries(verb)
        if not party:
            return
        agent = self._agent(verb)
        lemma = verb.lemma_.lower()
        paragraph = self.a.text.rfind("\n", 0, verb.idx) + 1
        if agent is not None and not self._legal_agent(verb):
            accusers = self._agent_accusers(agent)
            if accusers and (agent.lemma_.lower() in self.words.authorities or agent.lower_ in self.words.authorities):
                self._last_court[lemma] = (paragraph, accusers)
                if lemma in self.words.authority_agent_verbs:
                    self._last_authority = (self._paragraph_number(verb), accusers)
        else:
            accusers = self._statement_speakers(verb) or self._authority_acting(verb)
            court = self._last_court.get(lemma)
            if not accusers and court is not None and court[0] == paragraph:
                # One verdict after another in a paragraph comes from the court named with the
                # first: "X a été condamné par le tribunal … Y a été condamné à un an".
                accusers = list(court[1])
            if not accusers:
                accusers = self._authority_just_before(verb)
        accusation = self._text(self._complement(verb, None))
        if not self._has_reason(verb) and self._tally_act(verb) and self._tally(party):
            return
        # An unnamed person charged or arrested ("l'homme a été inculpé") is the article's
        # unnamed suspect of that number, whom "le suspect", "l'agresseur" also describe.
        # (else a subject the parser took from the people's description: « …, deux cousins de
        # 41 ans et 47 ans ont été condamnés » read with « 47 ans » as the subject)
        parties = self._party_of_the_previous_judicial_act(party, verb) or self._parties(party, perpetrator=True) or self._parties(self._subject_joined_to_the_setting(verb), perpetrator=True)
        if not parties:
            parties = self._unnamed_antecedent(party)
        if not parties and verb.lemma_.lower() in self.lex.accuse_passive:
            parties = self._counted_people(party)  # (only accusation verbs: "deux ans ont été jugés …")
        if not parties:
            parties = self._counted_others(party) or self._counted_partitive(party)
        if not parties and subject and _matches(verb, self.words.person_judicial):
            # (only a subject the parser gave: the noun before the auxiliaries may be anything)
            parties = self._person_by_trade(party)
        self._add(parties, accusers, accusation, verb, blame=False)

    def _party_of_the_previous_judicial_act(self, party: list[Token], verb: Token) -> list[tuple[Entity, int, int]]:
        """« Un homme de 30 ans a été interpellé mardi. Il a été déféré au parquet le lendemain »:
        a subject pronoun of a judicial act in the passive, in the sentence right after the one
        where a single party was accused, takes up that party when the words agree in number (the
        pronoun resolver may pick a nearer noun, a place, or a shorter name of the party)."""
        last = self._last_party
        if last is None or len(party) != 1 or party[0].pos_ != "PRON" or party[0].lower_ not in ("il", "elle", "ils", "elles"):
            return []
        (entity, _, _), sentence_end, number = last
        pronoun = party[0]
        if sentence_of(verb).start != sentence_end or number != morph_get(pronoun, "Number", None):
            return []
        return [(entity, pronoun.idx, pronoun.idx + len(pronoun.text))]

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [0, *(m.end() for m in re.finditer(r"\n\s*", self.a.text))]

    def _paragraph_number(self, token: Token) -> int:
        return bisect.bisect_right(self._paragraph_starts, token.idx)

    def _authority_just_before(self, verb: Token) -> list[Entity]:
        """The court or prosecutor named as investigating someone in this paragraph or the one
        before, for a judicial verb with no agent: "une mutuelle visée par la justice …
        X et Y ont été mis en examen" (the same case, charged by the same court)."""
        last = self._last_authority
        if last is None or self._paragraph_number(verb) - last[0] > 1:
            return self._authority_subject_before(verb)
        return list(last[1])

    def _authority_subject_before(self, verb: Token) -> list[Entity]:
        """A court, prosecutor or police force that is the subject of a clause just before a
        judicial act with no agent, in its sentence or the one before in the paragraph: "Le
        parquet a ouvert une enquête. Deux hommes ont été mis en examen"; "la gendarmerie a
        mené une opération … trois hommes ont été interpellés". The one that acts on the case."""
        sentence = sentence_of(verb)
        spans = [self.doc[sentence.start : verb.i]]
        if sentence.start > 0:
            before = sentence_of(self.doc[sentence.start - 1])
            if self._paragraph_number(before[0]) == self._paragraph_number(verb):
                spans.append(before)
        for span in spans:
            for t in reversed(span):
                # (acting on the case, not telling or judging something: "la justice l'estime illégal")
                if (t.dep_ in _SUBJ - _PASS_SUBJ and t.pos_ in ("NOUN", "PROPN") and self._names_authority(t)
                        and verb_lemma(t.head, union(self.lex.speech_verbs, self.lex.belief_verbs)) is None):
                    ref = self.reg.resolve(self._np(t), head=t)
                    if ref is not None and ref.entities:
                        return list(ref.entities)
        return []

    def _counted_people(self, phrase: list[Token]) -> list[tuple[Entity, int, int]]:
        """A number of something accused ("plus de 40 arbitres sont soupçonnés de …"): people,
        whatever the noun; the lexicon's lists of people cannot hold every trade."""
        head = next((t for t in phrase if t.pos_ == "NOUN" and t.head.i not in {p.i for p in phrase}), None)
        # (« Sept détenus »: a number the tagger read as an adjective still counts)
        if head is None or "Plur" not in morph_get(head, "Number", None) or not any(c.pos_ == "NUM" or c.dep_ == "nummod" for c in head.children):
            return []
        things = union(self.words.not_persons, self.words.crime_nouns, self.lex.activity_nouns, self.lex.time_words)
        if head.lower_ in things or head.lemma_.lower() in things:
            return []
        core = [t for t in phrase if not t.is_punct]
        entity = self.reg.typed(core, None)
        return [(entity, core[0].idx, core[-1].idx + len(core[-1].text))]

    def _counted_others(self, phrase: list[Token]) -> list[tuple[Entity, int, int]]:
        """« Deux autres ont été condamnés », "three others were charged": a number with « autres »
        and no noun counts more people of the same case, a party of its own."""
        core = [t for t in phrase if not t.is_punct]
        head = next((t for t in core if t.head.i not in {p.i for p in core}), None)
        if head is None or head.pos_ not in ("ADJ", "PRON", "NOUN") or head.lower_ not in self.words.others_words:
            return []
        if not any(c.pos_ == "NUM" or c.dep_ == "nummod" for c in head.children):
            return []
        entity = self.reg.typed(core, None)
        return [(entity, core[0].idx, core[-1].idx + len(core[-1].text))]

    def _counted_partitive(self, phrase: list[Token]) -> list[tuple[Entity, int, int]]:
        """« Deux de ses anciens commerciaux ont été condamnés », « plusieurs de ses proches ont
        été mis en examen »: a number (or a counting word, partitive_counted_heads) heading a
        « de » complement that names people (a noun for people, or an adjective the noun is read
        as: « anciens commerciaux ») is a party, under the whole phrase."""
        core = [t for t in phrase if not t.is_punct]
        inside = {t.i for t in core}
        head = next((t for t in core if t.head.i not in inside or t.head.i == t.i), None)
        if head is None or not (head.pos_ == "NUM" or head.lower_ in self.words.partitive_counted_heads):
            return []
        # (not members, « 21 de ses membres ont été arrêtés »: they stand for their organisation)
        things = union(self.words.not_persons, self.words.crime_nouns, self.lex.activity_nouns, self.lex.time_words, self.words.member_nouns)
        people = [c for c in head.children if c.i > head.i and c.dep_ == "nmod" and c.pos_ in ("NOUN", "ADJ")
                  and any(g.lower_.replace("’", "'") in ("de", "des", "d'") for g in c.children if g.dep_ in ("case", "det"))
                  and c.lower_ not in things and c.lemma_.lower() not in things and (c.pos_ == "ADJ" or self._party_like([c], c))]
        if not people:
            return []
        entity = self.reg.typed(core, None)
        return [(entity, core[0].idx, core[-1].idx + len(core[-1].text))]

    def _person_by_trade(self, phrase: list[Token]) -> list[tuple[Entity, int, int]]:
        """The subject of a judicial act done only to people ("un boulanger de 40 ans a été mis en
        examen", "le vigile a été écroué"): a person, whatever the noun; the lexicon's lists of
        people cannot hold every trade. Not a count of people (a police tally, `_tally`)."""
        phrase = [t for t in phrase if not t.is_punct]
        head = next((t for t in phrase if t.pos_ == "NOUN" and t.head.i not in {p.i for p in phrase}), None)
        if head is None:
            return []
        things = union(self.words.not_persons, self.words.crime_nouns, self.lex.activity_nouns, self.lex.time_words)
        if head.lower_ in things or head.lemma_.lower() in things:
            return []
        if head.lemma_.lower() in self.lex.accuse_passive or any(c.dep_ == "nummod" and c.pos_ == "PRON" for c in head.children):
            return []  # "six des accusés": some of those already accused, not another party
        # The noun with its determiner and adjectives.
        core = [t for t in phrase if t.i <= head.i or t.head.i == head.i and t.dep_ == "amod"]
        return [self._unnamed_perpetrator(core, head)]

    def _authority_acting(self, verb: Token) -> list[Entity]:
        """The police or court a judicial verb with no agent names in its complements: the one
        that arrests, summons or tries ("convoqués au commissariat de X pour outrage", "arrêté
        après une poursuite en voiture avec la gendarmerie"); not the judge one is brought before,
        who hears the case ("présentés à un juge", "convoqué devant le juge"), nor people in
        what the person did ("après avoir insulté la police")."""
        lemma = verb.lemma_.lower()
        # (those who summon to their office accuse: « convoqués au commissariat de X pour outrage »)
        hearing = _AT_WORDS if lemma in self.words.before_authority_verbs else ("devant", "before") if lemma in self.words.summon_verbs else ()
        for child in verb.children:
            if any(g.dep_ == "case" and g.lower_ in ("pour", "for") for g in child.children):
                continue  # the reason: "pour jets de pierres sur les policiers" names victims
            if any(g.dep_ == "case" and g.lower_ in hearing for g in child.children):
                continue  # who one is brought before: « présenté à un juge », « convoqué devant le juge » hear the case
            if self._clause_word(child):
                # What the person did, as a clause: "après avoir insulté la police", "pour avoir
                # caillassé des policiers" name the victims, not who arrests or tries.
                continue
            after = child.dep_.startswith(("obl", "nmod")) and child.i > verb.i
            # Or where it happened, put first ("Au tribunal de X, deux hommes ont été jugés"),
            # wherever the parser hung that place before the verb.
            if not after and child.i > verb.i:
                continue
            for t in child.subtree:
                if not after and not any(c.dep_ == "case" and c.lower_ in _AT_WORDS for c in t.children):
                    continue
                if self._inside_clause(t, child):
                    continue  # (the same clause hung on a noun: "en détention après avoir giflé un contrôleur")
                if t.pos_ in ("NOUN", "PROPN") and self._names_authority(t):
                    # Without the reason the parser may hang on it ("le tribunal pour escroquerie").
                    reason = {w.i for c in t.children if any(g.dep_ == "case" and g.lower_ in ("pour", "for") for g in c.children) for w in c.subtree}
                    phrase = [w for w in self._np(t) if not (w.dep_ == "case" and w.head.i == t.i) and w.i not in reason]
                    ref = self.reg.resolve(phrase, head=t)
                    if ref is not None:
                        return list(ref.entities)
        return []

    @staticmethod
    def _clause_word(token: Token) -> bool:
        """A verb heading a clause of its own (an adverbial, relative or infinitive clause)."""
        return token.pos_ in ("VERB", "AUX") and token.dep_ in ("advcl", "xcomp", "ccomp", "acl", "acl:relcl", "obl", "conj")

    def _inside_clause(self, token: Token, top: Token) -> bool:
        """Whether a clause below ``top`` holds the token."""
        while token.i != top.i and token.head.i != token.i:
            if self._clause_word(token):
                return True
            token = token.head
        return False

    def _tally_act(self, token: Token) -> bool:
        """Whether a judicial word is an arrest, whose bare count of people is a police tally;
        people counted in custody, charged, tried or sentenced are parties of the case."""
        return token.lemma_.lower() in self.words.tally_acts or token.lower_ in self.words.tally_acts

    def _tally(self, phrase: list[Token]) -> bool:
        """A bare count of people ("une soixantaine de personnes ont été interpellées", "l'arrestation
        de 23 personnes"): a police tally that singles no one out. A description of who they
        are or what they did ("plusieurs personnes qui préparaient des cambriolages") is a party."""
        heads = [t for t in phrase if t.pos_ == "NOUN" and (t.lemma_.lower() in self.words.tally_nouns or t.lower_ in self.words.tally_nouns)]
        if len(heads) != 1:
            return False
        head = heads[0]
        counted = any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in head.children)
        # ("près de 200 personnes": the parser may hang "de" on the noun.)
        described = any(c.dep_ not in ("det", "nummod", "advmod", "case", "punct", "fixed") and c.pos_ not in ("NUM", "ADP", "ADV", "DET") for c in head.children)
        return counted and not described

    def _phrase_before_auxiliaries(self, verb: Token) -> list[Token]:
        """The subject of a passive the parser left without one ("l'enquête progresse et des
        chanteurs connus sont accusés de …", where it made "chanteurs" a conjunct of the first
        verb): the noun phrase right before the auxiliaries, read from the surface."""
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        if not any(c.dep_ in ("aux:pass", "auxpass") for c in auxiliaries):
            return []
        doc = verb.doc
        phrase: list[Token] = []
        for t in reversed(doc[sentence_of(verb).start : min(c.i for c in auxiliaries)]):
            if t.pos_ in ("NOUN", "PROPN", "ADJ", "X", "DET", "NUM") and not t.is_punct:
                phrase.insert(0, t)
                continue
            if t.pos_ == "ADP" and t.lower_ in ("des", "du"):  # partitive articles tagged ADP
                phrase.insert(0, t)
            break
        if not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
            return []
        return phrase


    def _perpetration(self, verb: Token) -> None:
        """Who did the violence or the wrong: the subject of "X a agressé …", the agent of
        "… enlevés par X"; accused by whoever reports it."""
        if _is_passive(verb):
            agent = self._agent(verb)
            party = self._np(agent) if agent is not None and not self._thing_named_by_its_place(agent) else []
        elif (verb.lemma_.lower() in self.words.criticism_or_violence_verbs and self._criticised(verb) or self._done_to_oneself(verb) or self._supposed(verb)
              or self._warning(verb)):
            return
        else:
            # (the victim clitic is no doer: « ces réseaux nous menacent »)
            party = self._doer_before_clitic_victim(verb, self._subject_phrase(verb, _SUBJ - _PASS_SUBJ))
            if party and party[0].i > verb.i and "Part" in morph_get(verb, "VerbForm", None):
                # A participle has no subject after it: « violant ainsi le X Act » is its object.
                party = []
            if not party and "Pres" in morph_get(verb, "Tense", None) and "Part" in morph_get(verb, "VerbForm", None):
                # « deux hommes ont fait irruption, menaçant le personnel avec une arme »: a present
                # participle's doer is the subject of the clause it is joined to.
                doer = self._participial_clause_subject(verb)
                if doer is not None and (doer.dep_ in _PASS_SUBJ or _is_passive(doer.head)):
                    # « cinq hôpitaux ont été bombardés, tuant 50 civils »: the subject of a passive
                    # underwent the act; the participle tells what the act did, not what it did.
                    doer = None
                thing = verb.head
                gerund = any(c.dep_ == "mark" and c.lower_ == "en" for c in verb.children)
                apart = gerund or self.doc[verb.i - 1].text == "," and not self._party_like([thing], thing)
                if doer is None and verb.dep_ == "acl" and apart and thing.pos_ == "NOUN":
                    # (hung on the place before it: « … dans la bijouterie, menaçant … »; a gerund
                    # is always the clause subject's doing: « … dans la banque en menaçant … »)
                    doer = next((c for c in thing.head.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN")), None) if thing.head.pos_ == "VERB" else None
                # (a person or a group, by its head alone: « la souche K4 a contaminé …, tuant … »
                # tells what a virus did)
                # (the recogniser's MISC is as often a virus or a product as a group)
                party = self._np(doer) if doer is not None and doer.ent_type_ != "MISC" and self._party_like([doer], doer) else []
        confession = verb.head
        confessed = not party and verb.dep_ == "xcomp" and confession.lemma_.lower() in self.words.confession_verbs and not self._denied(confession)
        if confessed:
            # "le suspect a avoué avoir tué sa femme": who confesses did it.
            party = self._subject_phrase(confession, _SUBJ - _PASS_SUBJ)
        if not party or any(t.lower_ in self.lex.first_pronouns for t in party if t.pos_ == "PRON"):
            return
        att = self._attribution_at(verb)
        # (not the confession itself read as the party's statement: he accuses no one)
        own = confessed and att is not None and att.cue is not None and att.cue[0] <= confession.idx < att.cue[1]
        speakers = [] if own else self._statement_speakers(verb)
        if len(party) == 1 and party[0].pos_ == "PRON":
            if speakers:
                self._perpetrator_pronoun(party[0], speakers, verb)
            return
        if self._law_enforcement(party) and all(self._speaks_for_law_enforcement(s) for s in speakers):
            return  # told by the article or by the police themselves ("le policier X"): an intervention
        self._add(self._parties(party, perpetrator=True), speakers, self._text(list(verb.subtree)), verb)

    def _warning(self, verb: Token) -> bool:
        """« Le syndicat menace de déposer un préavis », « X a menacé de mesures de rétorsion »: a
        threat of a course of action (« de » and what is threatened) is a party's warning, not
        violence; a threat of violence or of a sanction is (« menacé de mort », « menace de tuer »,
        « menaçait de licencier »), and so is a threat with nothing said of what (« ils les menacent »)."""
        words = self.words
        if verb.lemma_.lower() not in words.warning_verbs:
            return False
        # (« de » read as a determiner of an object too: « menacé de « mesures de rétorsion » »;
        # not « des », the article of a victim: « menacer des passants »)
        threatened = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "obl", "obl:arg", "obl:mod", "nmod", "obj")
                           and any(g.dep_ in ("mark", "case", "det") and g.lower_.replace("’", "'") in ("de", "d'") for g in c.children)), None)
        if threatened is None:
            return False
        forms = {threatened.lemma_.lower(), threatened.lower_}
        # (a threat of sanctioning people is pressure on them too: « menaçait de licencier ceux qui … »)
        violent = union(words.violent_threats, words.crime_nouns, words.victim_crime_nouns, words.dismissal_verbs, words.sanction_verbs)
        return not (forms & violent or _matches(threatened, words.perpetration_verbs) or _matches(threatened, words.harm_verbs))

    @staticmethod
    def _done_to_oneself(verb: Token) -> bool:
        """« le maire s'est tué sur la route », « il s'est blessé en tombant »: a reflexive verb of
        violence with no object or target of its own is an accident or a suicide, done to no one
        else (not « ils s'en sont pris à X », « ils se sont attaqués à des passants »)."""
        reflexive = any(c.dep_ in ("expl:comp", "expl:pv", "expl") and c.lower_.replace("’", "'") in ("se", "s'") for c in verb.children)
        if not reflexive:
            return False
        # (« sur une route » is where; only « à X » is a target)
        return not any(
            c.dep_ in _OBJ or c.dep_ == "iobj" or c.dep_ == "obl:arg" and any(g.dep_ == "case" and g.lower_ in _TO_WORDS for g in c.children)
            for c in verb.children
        )

    def _thing_named_by_its_place(self, agent: Token) -> bool:
        """"blessée par une grenade dans le quartier de X": a thing that did the harm, whose only
        name says where (a place the recogniser may not know as one); no party."""
        if agent.pos_ != "NOUN" or agent.ent_type_ or self._party_like([agent], agent):
            return False
        names = [t for t in self._np(agent) if t.pos_ == "PROPN" or t.ent_type_ in _PARTY_ENT_LABELS]
        placed = [t for t in names if any(_locative(n) for n in (t, *t.ancestors) if n.i != agent.i and agent.i in {a.i for a in n.ancestors})]
        return len(placed) == len(names)

    def _revealed_allegation(self, verb: Token) -> None:
        """"Le Journal révèle que la sénatrice X aurait employé son fils": what a revelation
        reports in the conditional of hearsay is an allegation against the clause's named
        subject (a person or an organisation), made by the one revealing it. A plain indicative
        ("révèle que X a démissionné") or a subject that is no named party accuses no one."""
        for clause in verb.children:
            if clause.dep_ == "ccomp":
                self._hearsay_allegation(clause, self._accuser(verb))

    def _revelation_about(self, word: Token) -> None:
        """"les révélations du Figaro concernant Paul Roy", "les informations révélées par le
        Monde concernant X et sa femme": who reveals accuses the people the revelations are about.
        Read from the surface (parsers hang "concernant" on the source): the names between the
        revelation and the word of what it concerns reveal, the people named after it, up to the
        next clause, are accused; only people (a revelation "concerning contacts of X with Russia" is about X)."""
        doc, words = self.doc, self.words
        end = min(sentence_of(word).end, word.i + 16)
        about = None
        for t in doc[word.i + 1 : end]:
            if t.lower_ in words.concerning_words:
                about = t
                break
            if (t.pos_ == "AUX" or t.pos_ == "VERB" and t.dep_ != "acl") and not t.ent_type_:
                return  # (a clause of its own first: "les révélations ont choqué …"; not a word of a name: "Post")
        if about is None or about.i == word.i + 1:
            return
        sources = [e for e, _, _ in self._names_inside(word.i + 1, about.i)]
        if not sources and word.pos_ == "VERB" and (agent := self._agent(word)) is not None:
            sources = self._agent_accusers(agent)
        if not sources:
            return
        # (up to the next clause: the parser may make the people named the main verb's subject)
        hi = next((t.i for t in doc[about.i + 1 : sentence_of(word).end]
                   if t.pos_ in ("AUX", "SCONJ") or t.pos_ == "VERB" and t.dep_ != "acl" or t.dep_ == "mark" or t.lower_ in _RELATIVES or t.text in (".", ";", ":")),
                  sentence_of(word).end)
        people = [p for p in self._names_inside(about.i + 1, hi) if p[0].kind == "person" and p[0] not in sources]
        self._add(people, sources, self._text(list(doc[about.i + 1 : hi])), word)

    def _hearsay_allegation(self, clause: Token, accusers: list[Entity]) -> None:
        """A clause in the conditional of hearsay with a named subject (see
        `_revealed_allegation`): an allegation against that subject by ``accusers``."""
        if clause.pos_ not in ("VERB", "AUX") or self._denied(clause):
            return
        finite = [clause, *(c for c in clause.children if c.dep_.startswith("aux"))]
        if not any("Cnd" in morph_get(t, "Mood", None) for t in finite):
            return
        party = self._subject_phrase(clause, _SUBJ)
        if not party or not any(t.pos_ == "PROPN" or t.ent_type_ in _PARTY_ENT_LABELS for t in party):
            return
        accusation = [t for t in clause.subtree if t.i > clause.i or t.dep_.startswith("aux") and t.head.i == clause.i]
        self._add(self._parties(party), accusers, self._text(accusation), clause)

    def _according_to_which(self, clause: Token) -> None:
        """"des informations selon lesquelles X aurait employé …": a relative clause introduced
        by « selon lesquelles » / « d'après lesquelles » is what the reports say; in the
        conditional of hearsay it alleges something of its named subject, alleged by whoever
        publishes the reports (the statement's speaker, else the subject of the verb they are
        the object of)."""
        if dep_labels(self.doc)[clause.i] not in ("acl:relcl", "relcl"):
            return  # (asked of every verb: the per-Doc label list first)
        according = {p[0] for p in self.lex.according_to if len(p) == 1}
        if not any(
            c.lower_.startswith(("lesquel", "laquel", "lequel")) and any(g.dep_ == "case" and g.lower_.replace("’", "'") in according for g in c.children)
            for c in clause.children
        ):
            return
        accusers = self._statement_speakers(clause)
        if not accusers and clause.head.dep_ in _OBJ:
            accusers = self._accuser(clause.head.head)
        self._hearsay_allegation(clause, accusers)

    def _perpetrator_pronoun(self, pronoun: Token, speakers: list[Entity], verb: Token) -> None:
        """« Il s'est jeté sur les militaires et les a frappés », a dit X: a source telling what
        "il" did accuses the person the pronoun stands for, resolved as a speaker pronoun is;
        failing that the article's unnamed perpetrator of that number ("un homme a attaqué …")."""
        if pronoun.lower_ not in self.lex.person_pronouns | self.lex.plural_pronouns:
            return  # ("you", "it": the one addressed, a thing)
        # (the pronoun sits inside the quotation that tells what the person did)
        ref = self.reg.resolve([pronoun], head=pronoun, quoted=True)
        if ref is not None and ref.entities and not any(entity in speakers for entity in ref.entities):
            parties = [(entity, pronoun.idx, pronoun.idx + len(pronoun.text)) for entity in ref.entities]
        else:
            perpetrator = self._perpetrators.get("Plur" in morph_get(pronoun, "Number", None))
            if perpetrator is None or pronoun.lower_ not in self.lex.person_pronouns | self.lex.plural_pronouns:
                return
            parties = [(perpetrator, pronoun.idx, pronoun.idx + len(pronoun.text))]
        self._add(parties, speakers, self._text(list(verb.subtree)), verb, mentioned=False)

    def _speaks_for_law_enforcement(self, speaker: Entity) -> bool:
        """Whether a speaker is the police ("le policier Mohamed X", "la gendarmerie")."""
        police = self.words.law_enforcement
        return any(word in police for form in (speaker.name, speaker.role or "", *speaker.aliases) for word in form.lower().replace("’", "'").split())

    def _law_enforcement(self, phrase: list[Token]) -> bool:
        """Whether a phrase names the police ("les policiers", "les forces de l'ordre"): the
        article's own account of the police shooting or wounding someone ("les policiers ont
        blessé le fuyard") reports an intervention, not an accusation; a source saying it
        ("selon l'ONG, des policiers ont frappé …") still accuses them."""
        police = self.words.law_enforcement
        if any(t.lemma_.lower() in police or t.lower_ in police for t in phrase if t.pos_ in ("NOUN", "PROPN")):
            return True
        text = " ".join(t.lower_.replace("’", "'") for t in phrase).replace("' ", "'")
        return any(" " in words and words in text for words in police)

    def _criticised(self, verb: Token) -> bool:
        """"attaquer l'État", "attaquer de front le « modèle X »": an attack on an institution or
        on something named is criticism, and accuses its object (an attack on people or a place
        is violence, and accuses its subject). So is any attack by an office holder who is no
        police officer or soldier (« le ministre attaque les juges »): words, never blows. Adds
        the object and says whether it was criticism."""
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        subject = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        titles = self.lex.titles
        in_office = (any(t.lemma_.lower() in titles or t.lower_ in titles for t in subject if t.pos_ == "NOUN")
                     and not any(t.lemma_.lower() in self._arresting_words or t.lower_ in self._arresting_words for t in subject))
        if obj is None or obj.pos_ != "NOUN":
            return in_office  # (its object lost by the parser: « le ministre attaque de front le … »)
        if self._inside_charge(verb):
            return True  # "interpellé pour avoir appelé à attaquer la mairie": what he is charged with
        if any(t.lemma_.lower() in self.words.perpetrator_nouns or t.lower_ in self.words.perpetrator_nouns for t in subject if t.pos_ == "NOUN"):
            return False  # "l'agresseur a attaqué un groupe d'amis": violence, by the subject
        if self._unnamed_people(subject, verb) is not None and not self._sued(verb):
            return False  # « des hommes armés ont attaqué la gendarmerie »: violence, even on an institution
        institution = self._institution_word(obj)
        if obj.ent_type_ in ("LOC", "GPE") and not institution:
            return False  # "attaquer Valmont": a place ("l'État", tagged a place too, is not one)
        phrase = self._np(obj)
        named_thing = not self._party_like([obj], obj) and any(t.pos_ == "PROPN" for t in phrase)
        if not institution and not named_thing and not in_office:
            return False
        self._add(self._parties(phrase), self._accuser(verb), None, verb)
        return True

    def _sued(self, verb: Token) -> bool:
        """Whether an attack is a lawsuit, brought « en justice » or « devant le tribunal »."""
        authorities = self.words.authorities
        return any(t.lower_ in authorities and any(c.dep_ == "case" and c.lower_ in ("en", "devant") for c in t.children) for t in verb.subtree)

    def _inside_charge(self, verb: Token) -> bool:
        """Whether a non-finite verb is part of what someone is charged with or accused of
        ("interpellé pour avoir appelé à attaquer la mairie", "accusé d'avoir attaqué …"): its
        object is the target of the act charged, not a party blamed by its doer."""
        t = verb
        for _ in range(4):
            if "Fin" in morph_get(t, "VerbForm", None) or t.head.i == t.i or t.dep_ not in ("xcomp", "advcl", "acl", "ccomp"):
                return False
            t = t.head
            if t.pos_ in ("VERB", "AUX") and (_matches(t, self.words.judicial) or t.lemma_.lower() in self.lex.accuse_passive):
                return True
        return False

    def _trial(self, verb: Token) -> bool:
        """A court trying someone: "le tribunal juge X", "le tribunal s'est déclaré incompétent
        pour juger X" (the court is the subject of the verb or of the clause it completes); "ils
        jugeaient la loi trop floue" is an opinion. Says whether the construction was there."""
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        if obj is None:
            # (a day before the object the parser took for its preposition: "juger vendredi
            # trois personnes", the object made an oblique)
            obj = next((c for c in verb.children if c.dep_ in ("obl:arg", "obl") and c.pos_ == "NOUN" and c.i > verb.i
                        and all(g.lower_ in self.lex.time_words for g in c.children if g.dep_ == "case")
                        and any(g.dep_ == "case" for g in c.children)), None)
        if obj is None:
            return False
        subject, t = None, verb
        for _ in range(4):
            subject = next((c for c in t.children if c.dep_ in _SUBJ and c.dep_ not in _PASS_SUBJ), None)
            if subject is not None or t.head.i == t.i:
                break
            t = t.head
        if subject is not None and subject.lower_ in _RELATIVES and subject.i > 0:
            # "… par le tribunal, qui doit juger trois personnes": the noun the relative follows.
            subject = self._noun_before(subject)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        court = self._np(subject)
        if not any(w.lemma_.lower() in self.words.authorities or w.lower_ in self.words.authorities for w in court):
            return False
        # (without a day the parser hung on the object: "trois personnes vendredi")
        phrase = [w for w in self._np(obj) if w.lower_ not in self.lex.time_words]
        self._add(self._parties(phrase), self._agent_accusers(subject), None, verb, blame=False)
        return True

    def _allegiance(self, verb: Token) -> bool:
        """Perpetrators who claim to act for a group ("les ravisseurs se sont réclamés de X", "les
        assaillants se revendiquent du groupe X"): the group is accused with them, by whoever
        reports it. Says whether the construction was there."""
        if not any(c.lower_ in ("se", "s'", "s’") for c in verb.children if c.pos_ == "PRON"):
            return False
        group = next((c for c in verb.children if c.dep_.startswith(("obl", "nmod")) and c.i > verb.i
                      and any(g.dep_ == "case" and g.lower_ in _OF_WORDS for g in c.children)), None)
        subject = self._subject_phrase(verb, _SUBJ)
        if group is None or not subject:
            return False
        words = self.words
        perpetrators = union(words.perpetrator_nouns, words.stigma_words)
        if not any(t.lemma_.lower() in perpetrators or t.lower_ in perpetrators for t in subject if t.pos_ == "NOUN"):
            return False  # "le parti se réclame du gaullisme": a lineage, not a crime
        phrase = [t for t in self._np(group) if not (t.dep_ == "case" and t.head.i == group.i)]
        self._add(self._parties(phrase), self._statement_speakers(verb), self._text(list(verb.subtree)), verb)
        return True

    def _claim_of_responsibility(self, verb: Token) -> None:
        """"X a revendiqué l'attentat", "l'attaque a été revendiquée par X", "X claimed
        responsibility for the attack": X is responsible; so is who committed it: "X a commis
        l'attentat", "la tuerie a été perpétrée par X", "the attack was carried out by X"."""
        crimes = self.words.crime_nouns | self.lex.accuse_nouns | {"responsabilité", "responsibility", "credit"}

        def is_crime(t: Token | None) -> bool:
            return t is not None and (t.lemma_.lower() in crimes or t.lower_ in crimes)

        if _is_passive(verb):
            subject = next((c for c in verb.children if c.dep_ in _PASS_SUBJ), None)
            if subject is None and verb.dep_ == "conj":
                subject = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
            agent = self._agent(verb)
            if agent is None or not is_crime(subject):
                return
            party = [t for t in self._np(agent) if not (t.dep_ == "case" and t.head.i == agent.i)]
        else:
            if not is_crime(next((c for c in verb.children if c.dep_ in _OBJ), None)):
                return
            party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party:
            return
        parties = self._parties(party)
        accusers = self._statement_speakers(verb)
        if not accusers and verb.lemma_.lower() in self.words.claim_verbs:
            # "X a revendiqué l'attentat", told by no one else: X says it itself.
            for party_span in parties:
                self._add([party_span], [party_span[0]], self._text(list(verb.subtree)), verb, self_accused=True)
            return
        self._add(parties, accusers, self._text(list(verb.subtree)), verb)

    def _nominal(self, noun: Token) -> None:
        """"l'inculpation de X", "l'arrestation de X", "the indictment of X": X; accused by the
        subject of the verb governing the noun ("la police a annoncé l'arrestation de X")."""
        target = None
        for t in [noun, *noun.doc[noun.i + 1 : noun.i + 3]]:
            if t.i != noun.i and t.head.i != noun.i:
                break
            target = self._judged_complement(t)
            if target is not None:
                break
        if target is None and _matches(noun, self.words.judicial_nouns):
            target = self._complement_hung_on_the_verb(noun)
            if target is None:
                self._possessed_judicial_act(noun)
                return
        if target is not None and target.dep_ == "prep":
            target = next((g for g in target.children if g.dep_ == "pobj"), None)
        if target is not None and target.dep_ != "pobj" and noun.lemma_.lower() in self.words.accuser_owned_nouns:
            return  # "les accusations de Kiev": Kiev accuses (whom: "contre Y", or who rejects them)
        # (« laisser la gestion et le budget à X »: a conjunct of the object, or of the verb)
        given = noun.head if noun.dep_ == "conj" else noun
        giver = given if given.pos_ == "VERB" else given.head if given.dep_ in _OBJ else None
        # (or the conjunct hung on the verb above the one giving: « refuse de laisser le coût et
        # la responsabilité à X »)
        givers = [giver, *(c for c in giver.children if c.dep_ == "xcomp")] if giver is not None else []
        if any(g.lemma_.lower() in self.words.duty_giving_verbs for g in givers):
            return  # a duty handed over, no blame
        if any(c.dep_ == "amod" and c.lower_ in self.words.responsibility_domains for c in noun.children):
            return  # « la responsabilité sociale des entreprises »: a duty they carry, no blame
        if target is not None and target.pos_ in ("NOUN", "PROPN"):
            judicial = _matches(noun, self.words.judicial_nouns)
            if judicial and self._tally_act(noun) and self._tally(self._np(target)):
                return
            # The subject of the verb governing the noun accuses ("la police a annoncé
            # l'arrestation de X"), unless the noun is that subject ("le procès de X s'ouvre").
            # A noun completing another that is no party ("un simulacre de procès", "une série
            # d'accusations") is governed through it: who organises the mock trial accuses.
            holder = noun.head if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and not self._party_like([noun.head], noun.head) else noun
            governed = holder.dep_ not in _SUBJ if holder.i != noun.i else noun.dep_ not in _SUBJ
            accusers = self._accuser(holder.head if holder.head.i != holder.i else holder) if governed else self._statement_speakers(noun)
            self._add(self._parties(self._np(target)), accusers, None, noun, blame=not judicial)

    def _possessed_judicial_act(self, noun: Token) -> None:
        """« X a été libéré après son arrestation », « l'arbitre a prononcé leur disqualification »: a
        judicial act with a possessive is undergone by who the possessive takes up: the nearest
        subject of the sentence before it that agrees in number (« son », « sa » one, « leur(s) »
        several) and is no court or police force (who acts, not who undergoes). That subject, when
        it governs the noun, does not accuse itself (« X conteste sa condamnation »); another one
        does (« le tribunal a confirmé leur condamnation »). A verb with a person as object leaves
        the possessive ambiguous (« son conseil l'a représentée pendant son procès »): no one."""
        possessive = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i and "Yes" in morph_get(c, "Poss", None)), None)
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
        if possessive is None or following.lower_ in self.words.against_words or any(c.lower_ in self.words.against_words for c in noun.subtree):
            return  # (« leur procès contre l'État »: a case they bring)
        plural = possessive.lower_ in ("leur", "leurs")
        sentence = noun.sent
        subjects = sorted((t for t in sentence if t.i < noun.i and t.dep_ in _SUBJ and t.pos_ in ("NOUN", "PROPN")), key=lambda t: -t.i)
        governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        chain = {noun.i, *(a.i for a in noun.ancestors)}
        if governor is not None and any(c.dep_ in _OBJ and c.i not in chain and (c.pos_ == "PRON" or self._party_like(self._np(c), c)) for c in governor.children):
            return  # (« son conseil l'a représentée pendant son procès »: the possessive may take up the object)
        for subject in subjects:
            subject_plural = "Plur" in morph_get(subject, "Number", None) or any(c.dep_ == "conj" for c in subject.children)
            if subject_plural != plural or self._names_authority(subject):
                continue
            phrase = self._np(subject)
            if not self._party_like(phrase, subject):
                return
            own = governor is not None and subject.head.i == governor.i
            accusers = self._statement_speakers(noun) if own or governor is None else self._accuser(governor)
            self._add(self._parties(phrase), accusers, None, noun)
            return

    @staticmethod
    def _complement_hung_on_the_verb(noun: Token) -> Token | None:
        """The « de X » right after a judicial noun that the parser hung on the verb instead
        (« le juge a ordonné l'incarcération de X », « l'incarcération de X a été prolongée »,
        X read as the verb's complement or subject): a name or a noun whose « de » follows the
        noun at once, hung on the noun's own head."""
        doc = noun.doc
        if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in ("de", "d'", "d’", "du", "des"):
            return None
        of = doc[noun.i + 1]
        complement = of.head
        if complement.i <= of.i or complement.pos_ not in ("NOUN", "PROPN") or complement.head.i != noun.head.i or complement.i == noun.head.i:
            return None
        return complement if any(t.i == of.i for t in complement.children) else None

    @staticmethod
    def _judged_complement(noun: Token) -> Token | None:
        """The complement of an accusation noun that names who undergoes it: its first "de X"
        (« le procès en appel de X », « l'arrestation à Lyon de X »: not the complement of manner
        or place before it), else its first complement after it (« la mise en examen de X »,
        « examen » with « de X » under it)."""
        after = [c for c in noun.children if c.dep_ in ("nmod", "prep") and c.i > noun.i]
        owner = next((c for c in after if _owner(noun, c) is not None), None)
        return owner or next(iter(after), None)

    def _against(self, noun: Token) -> None:
        """An accusation aimed at someone: "la plainte de X contre Y", "a déposé plainte contre
        Y", "accusations against Y", "une enquête visant Y". The accuser: "de X"/"by X" on the
        noun, else the subject of the verb governing it, else the speaker reporting it."""
        target = self._aimed_at(noun)
        # (« contre X. » at the end of a sentence: the tokenizer keeps the period on the X)
        if target is None or target.text.rstrip(".").isupper() and target.lower_.rstrip(".") in self.words.unknown_party_names:
            return
        def is_owner(c: Token) -> bool:
            # "la plainte de X contre Y", "X's complaint", "a complaint by X against Y"
            # (not the wrong the target hangs on: « des soupçons de fraude à la mairie »)
            if c.i == target.i or target.head.i == c.i:
                return False
            if c.dep_ in ("poss", "nmod:poss"):
                return True
            introduced = c.lower_ in ("of", "by") or any(g.lower_ in _OF_WORDS | _AGENT_WORDS for g in c.children)
            return c.dep_ in ("nmod", "prep") and c.i < target.i and introduced

        owner = next((c for c in noun.children if is_owner(c)), None)
        if owner is not None and owner.dep_ == "prep":
            owner = next((g for g in owner.children if g.dep_ == "pobj"), None)
        accusers: list[Entity] = []
        if owner is not None and self._party_like(self._np(owner), owner):
            accusers = self._agent_accusers(owner)
        if not accusers and noun.dep_ in _PASS_SUBJ:
            agent = self._agent(noun.head)  # "une plainte a été déposée par X contre Y"
            accusers = self._agent_accusers(agent) if agent is not None else []
        if not accusers:
            governor = self._governing_verb_of_object(noun)
            accusers = (self._accuser(governor) if governor is not None else []) or self._statement_speakers(noun)
        if not accusers and (noun.lemma_.lower() in self.words.investigation_nouns or noun.lower_ in self.words.investigation_nouns):
            # « le parquet régional est sous pression en raison des investigations
            # concernant X »: an investigation no one owns is that of the prosecutor or police
            # force named as the subject just before.
            accusers = self._authority_subject_before(noun)
        phrase = self._np(target) if target.pos_ != "PRON" else [target]
        # (without the reason the parser hung on the party: « une enquête contre le chanteur pour
        # incitation à la haine »; not the « pour » of a name: « l'Association pour la défense … »)
        reason = None if target.text[:1].isupper() else next((c for c in target.children if c.i > target.i and c.dep_ in ("nmod", "obl")
                       and any(g.dep_ == "case" and g.lower_ in ("pour", "for") for g in c.children)), None)
        if reason is not None:
            phrase = [t for t in phrase if t.i < reason.left_edge.i]
        self._add(self._parties(phrase), accusers, None, noun)

    def _aimed_at(self, noun: Token) -> Token | None:
        """Who a noun of accusation is aimed at ("contre Y", "visant Y"), on the noun or on the
        verb it completes."""
        # An investigation is also aimed "sur"/"concernant" someone ("une enquête sur le maire"),
        # as often at a thing ("l'enquête sur l'accident"), which blames no one: only parties.
        investigation = lemma_lowers(self.doc)[noun.i] in self.words.investigation_nouns or noun.lower_ in self.words.investigation_nouns
        against = self.words.against_words | self.words.investigation_words if investigation else self.words.against_words
        # Suspicions are also of a wrong done "at" a party (« des soupçons de corruption à la mairie »):
        # only a party, not where (« à Lyon ») nor an event (« aux Jeux olympiques »).
        suspicion = lemma_lowers(self.doc)[noun.i] in self.words.suspicion_nouns or noun.lower_ in self.words.suspicion_nouns

        def target_of(child: Token) -> Token | None:
            if child.dep_ == "prep" and child.lower_ in against:
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.head.i in (noun.i, noun.head.i) and (aimed := self._against_locution_target(child)) is not None:
                # (only on the noun or its verb: « des accusations de violences à l'encontre de X »
                # tells whom the violence was against, X a victim)
                return aimed
            if (child.dep_.startswith(("nmod", "obl")) or _determined_noun_read_as_verb(child)) and any(g.dep_ == "case" and g.lower_ in against for g in child.children):
                return child
            if (suspicion and child.dep_ == "nmod" and child.pos_ in ("NOUN", "PROPN") and child.ent_type_ in ("", "ORG", "PER")
                    and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in child.children) and self._party_like(self._np(child), child)):
                return child
            if child.dep_ in ("acl", "acl:relcl") and child.lower_ in against:
                return next((g for g in child.children if g.dep_ in _OBJ), None)
            if child.dep_ in ("acl", "acl:relcl") and child.lemma_.lower() in self.words.weighing_verbs:
                # « les soupçons qui pèsent sur X »: aimed at X (a party, not « sur l'enquête »;
                # not a pronoun, which the subject of the sentence around it already names)
                on = next((g for g in child.children if g.dep_.startswith(("obl", "nmod")) and g.pos_ in ("NOUN", "PROPN")
                           and any(c.dep_ == "case" and c.lower_ == "sur" for c in g.children)), None)
                return on if on is not None and self._party_like(self._np(on), on) else None
            return None

        candidates = [c for c in noun.children if c.i > noun.i]
        # (also on the noun's bare "de" or "pour" complement: « les soupçons de corruption
        # visant X », « une enquête pour « corruption » visant X »)
        candidates += [g for c in noun.children if c.i > noun.i and c.dep_ == "nmod" and not any(d.dep_ == "det" for d in c.children)
                       and any(d.dep_ == "case" and d.lower_ in ("de", "d'", "d’", "pour") for d in c.children) for g in c.children if g.i > c.i]
        # (also on the verb: "a déposé plainte contre Y", "une plainte a été déposée contre Y")
        if noun.dep_ in _OBJ or noun.dep_ in ("obl:arg",) or noun.dep_ in _PASS_SUBJ:
            candidates += [c for c in noun.head.children if c.i > noun.i]
        target = next((t for c in candidates if (t := target_of(c)) is not None), None)
        if target is None and noun.dep_ in _SUBJ and noun.head.lemma_.lower() in self.words.weighing_verbs:
            # « de lourds soupçons pèsent sur X », « les soupçons se portent sur X »
            target = next((c for c in noun.head.children if c.i > noun.i and c.dep_.startswith(("obl", "nmod")) and c.pos_ in ("NOUN", "PROPN")
                           and any(g.dep_ == "case" and g.lower_ == "sur" for g in c.children) and self._party_like(self._np(c), c)), None)
        if target is None and noun.dep_ in _SUBJ and not investigation:
            # « les soupçons se sont renforcés autour de X », « les critiques se multiplient autour de X »
            target = self._gathered_around(noun.head)
        if target is None:
            target = self._against_nearby(noun)
        if target is None or target.pos_ not in ("NOUN", "PROPN", "PRON") and not _determined_noun_read_as_verb(target) or investigation and not self._investigated_party(target):
            return None
        return target

    def _gathered_around(self, verb: Token) -> Token | None:
        """The party a verb's « autour de X » complement names (« … se sont renforcés autour du
        maire »), however the parser hung « autour »: on the verb with X under it, or as the case
        of X. Only a party: « autour de la réforme » names a topic."""
        for child in verb.children:
            if child.lower_ == "autour":
                target = next((g for g in child.children if g.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.lower_ in _OF_WORDS for c in g.children)), None)
            elif child.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "autour" for c in child.children):
                target = child
            else:
                continue
            if target is not None and self._party_like(self._np(target), target):
                return target
        return None

    @staticmethod
    def _governing_verb_of_object(noun: Token) -> Token | None:
        """The verb whose object the noun is, also through the nominalisation of an act of
        opening or filing it: "X a annoncé l'ouverture d'une enquête visant Y", "X a obtenu le
        dépôt d'une plainte contre Y" (the act's noun a bare object, which the parser may take
        for an adverbial: obl:mod with no preposition)."""
        if noun.dep_ in _OBJ:
            return noun.head
        act = noun.head
        if noun.dep_ != "nmod" or act.pos_ != "NOUN" or act.i > noun.i:
            return None
        if act.head.pos_ == "VERB" and (act.dep_ in _OBJ or act.dep_ == "obl:mod" and not any(c.dep_ == "case" for c in act.children)):
            return act.head
        return None

    def _against_nearby(self, noun: Token, reach: int = 8) -> Token | None:
        """"a porté plainte hier soir auprès du tribunal contre X" when the parser hung "contre X"
        on another word: the first "contre"/"visant" phrase a few words after the noun, with no
        verb or clause boundary in between (which would make it another clause's)."""
        doc = noun.doc
        for t in doc[noun.i + 1 : min(noun.i + 1 + reach, sentence_of(noun).end)]:
            # A participle on the noun stays in its phrase ("les charges retenues contre X").
            participle_on_noun = t.head.i == noun.i and t.dep_ == "acl" and "Part" in morph_get(t, "VerbForm", None)
            if t.lower_ in self.words.against_words and t.pos_ == "VERB" and t.i == noun.i + 1:
                # "les critiques envers X" with "envers" read as a verb whose object is X; "une
                # enquête visant X a été ouverte" with X read as the subject of the main verb.
                obj = next((c for c in t.children if c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN")), None)
                after = next((w for w in doc[t.i + 1 : t.i + 4] if w.pos_ != "DET"), None)
                return obj if obj is not None or after is None or after.pos_ not in ("NOUN", "PROPN") else after
            if (t.pos_ in ("VERB", "AUX") and not participle_on_noun) or t.text in (";", ":", ".") or t.pos_ in ("SCONJ", "CCONJ"):
                return None
            if t.lower_ in self.words.against_words and t.dep_ == "case" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN"):
                return t.head
        return None

    def _crime(self, noun: Token) -> None:
        """Who committed a crime or an attack: "un bombardement effectué par X"; in a statement,
        also its owner: "blessés par les tirs de la milice, selon Y" (Y accuses the
        militia). A place is the owner only with an article ("de la Russie", not "de Nice",
        which says where)."""
        for child in noun.children:
            if child.dep_ in ("acl", "amod") and child.i > noun.i and ("Part" in morph_get(child, "VerbForm", None) or child.tag_ == "VBN"):
                if child.lemma_.lower() in self.lex.speech_verbs or child.lemma_.lower() in self.words.revelation_verbs:
                    return  # "des faits rapportés par le journal X": who tells them, not who did them
                agent = self._agent(child)
                if agent is not None and agent.pos_ in ("NOUN", "PROPN"):
                    speakers = self._statement_speakers(noun)
                    if speakers or not self._law_enforcement(self._np(agent)):
                        self._add(self._parties(self._np(agent), perpetrator=True), speakers, self._text(list(noun.subtree)), noun)
                    return
        speakers = self._statement_speakers(noun)
        if not speakers:
            return
        if self._agent_of_thing(list(noun.subtree), noun.i, noun.i + 1) is not None or noun.dep_ in _OBJ and self._agent_of_denounced_act(noun.head, noun) is not None:
            return  # "l'assassinat du maire par des miliciens": "par" names the doer, "de" the victim
        if noun.lemma_.lower() in self.words.victim_crime_nouns or noun.lower_ in self.words.victim_crime_nouns:
            return  # "le meurtre de son voisin", "l'enlèvement des enfants": "de" names the victim
        for child in noun.children:
            owner = _owner(noun, child)
            if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
                continue
            # Not a person ("le meurtre de Jean Dupont", "l'agression de deux policiers" name
            # victims) nor a bare place name ("l'attentat de Nice" says where).
            if owner.ent_type_ in ("PER", "PERSON") or any(c.dep_ == "nummod" for c in owner.children):
                continue
            if owner.pos_ == "PROPN" and owner.ent_type_ != "ORG" and not any(c.dep_ == "det" for c in owner.children):
                continue
            if noun.dep_ in _OBJ and noun.head.lemma_.lower() in self.words.label_verbs and not any(c.dep_ in ("det", "nummod", "poss") for c in owner.children):
                continue  # "qualifier l'attaque de « terroriste »": the bare noun after « de » is its label
            phrase = self._np(owner)
            if self._party_like(phrase, owner) and owner.lemma_.lower() not in self.words.crime_nouns:
                self._add(self._parties(phrase, perpetrator=True), speakers, self._text(list(noun.subtree)), noun)
                return

    def _blame_borne(self, noun: Token) -> None:
        """Blame put on a party or borne by it: "l'armée a rejeté la faute sur les rebelles", "la
        police fait porter la responsabilité aux manifestants" (accused by the subject); "selon
        X, le gouvernement porte la responsabilité de la crise", "« le ministre a une part de
        responsabilité »" (the bearer, accused by the source); "c'est la faute à la direction"."""
        holder = noun.head if noun.dep_ == "nmod" and noun.head.lower_ in ("part", "parts") else noun
        verb = holder.head
        if holder.dep_ not in _OBJ or verb.pos_ not in ("VERB", "AUX") or self._denied(verb) or _is_passive(verb):
            if noun.lower_ in ("faute", "fautes") and not self._denied(noun):
                # "la faute à X": the party after « à », whoever reports it.
                target = next((c for c in noun.children if c.i > noun.i and c.pos_ in ("NOUN", "PROPN")
                               and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children)), None)
                if target is not None:
                    self._blamed_party(target, self._statement_speakers(noun), noun)
            return
        words = self.words
        passed_on = holder.lower_ in words.passed_blame_nouns
        if passed_on and (not verb_lemma(verb, words.blame_shift_verbs) or self._paragraph_number(noun) in self._sporting_paragraphs):
            return  # « une balle perdue », a ball sent back in a game: blame only when passed on, « renvoyer la balle à X »
        caused = any(c.lemma_ == "faire" and c.i < verb.i for c in verb.children)  # "faire porter la faute à X"
        # (blame passed on is put « sur », « vers » or « à » a party: « renvoie la responsabilité
        # vers son fournisseur », « renvoie la balle aux industriels »)
        cases = ("sur", "vers", "à", "au", "aux") if caused or verb_lemma(verb, words.blame_shift_verbs) else ("sur",)
        target = next((c for c in (*verb.children, *noun.children) if c.i > holder.i and c.pos_ in ("NOUN", "PROPN")
                       and any(g.dep_ == "case" and g.lower_ in cases for g in c.children)), None)
        lemma = verb_lemma(verb, union(words.blame_shift_verbs, words.blame_bearing_verbs)) or verb.lemma_.lower()
        if target is not None and (lemma in words.blame_shift_verbs or caused):
            self._blamed_party(target, self._accuser(verb), noun)
        elif target is None and lemma in words.blame_bearing_verbs and not caused and (holder is not noun or lemma != "avoir"):
            # (« avoir la responsabilité de » is being in charge; « avoir une part de
            # responsabilité » is blame) Only said by a source: the article's own account of
            # who bears what is no accusation.
            party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
            accusers = self._reported_by(verb, noun)
            if party and accusers:
                self._add(self._parties(party), accusers, self._text(list(holder.subtree)), noun)

    def _owner_of_denounced_wrongdoing(self, noun: Token) -> None:
        """The owner of a wrongdoing an accusing verb is aimed at: "l'ONG dénonce la corruption
        du régime", "X a condamné les exactions de l'armée" (X accuses the regime, the army);
        and, in a statement, of a wrongdoing a verb governs: "« la corruption du régime ruine
        le pays », dit X". Not a wrongdoing named as a topic ("la lutte contre la corruption des
        élus"), nor denied."""
        verb = noun.head
        if verb.pos_ != "VERB" or self._denied(verb):
            return
        if noun.dep_ in _OBJ and verb_lemma(verb, self.lex.accuse_object_verbs) and not _is_passive(verb):
            accusers = self._accuser(verb)
        elif noun.dep_ in _SUBJ | _OBJ and self.words.wrongdoing_nouns & {noun.lower_, noun.lemma_.lower()}:
            accusers = self._statement_speakers(noun)
            if not accusers:
                return
        else:
            return
        for child in noun.children:
            owner = _owner(noun, child)
            if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
                continue
            if owner.pos_ == "PROPN" and owner.ent_type_ in ("LOC", "GPE") and not any(c.dep_ == "det" for c in owner.children):
                continue  # "la corruption de Paris" says where
            phrase = [t for t in self._np(owner) if not (t.dep_ == "case" and t.head.i == owner.i)]
            if self._party_like(phrase, owner):
                # « l'attaque de la milice X contre Y »: Y is whom the wrong was aimed at.
                doers = self._doers_beside_victims(self._parties(phrase), noun, phrase[0].i, phrase[-1].i + 1)
                if doers:
                    self._add(doers, accusers, self._text(list(noun.subtree)), noun)
                return

    def _protest(self, word: Token) -> None:
        """A protest against a party: "des milliers de personnes ont manifesté contre le
        gouvernement", "la colère des habitants contre le préfet", "ils ont organisé une
        manifestation contre X". Only against people or an institution ("contre la réforme"
        is against a thing, whoever made it). The protesters accuse: the verb's subject, the
        owner of the noun ("des habitants") or the subject of the verb governing it, else the
        source reporting it."""
        against = self.words.against_words
        verb = word if word.pos_ == "VERB" else (word.head if word.dep_ in _OBJ else None)
        candidates = [c for c in (*word.children, *(verb.children if verb is not None and verb is not word else ())) if c.i > word.i]
        target = next((c for c in candidates if c.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "case" and g.lower_ in against for g in c.children)), None)
        if target is None or (verb is not None and self._denied(verb)):
            return
        if target.pos_ == "NOUN" and {target.lower_, target.lemma_.lower()} & self.words.conduct_nouns:
            # « pester contre ces méthodes de la part de banquiers »: against the conduct of
            # whom it comes from
            target = self._on_whose_part(target) or target
        # (not a day the parser hung on the party: "contre le gouvernement samedi")
        phrase = [t for t in self._np(target) if not (t.dep_ == "case" and t.head.i == target.i) and t.lower_ not in self.lex.time_words]
        if not (target.pos_ == "PROPN" and target.ent_type_ in _PARTY_ENT_LABELS or target.pos_ == "NOUN" and self._party_like([target], target)):
            return
        owner = next((o for c in word.children if c.i < target.i and (o := _owner(word, c)) is not None), None) if word.pos_ == "NOUN" else None
        accusers: list[Entity] = []
        if word.pos_ == "NOUN" and self._party_like([word], word):
            owner = word  # "les manifestants contre le gouvernement" are who accuses
        if owner is not None and self._party_like(self._np(owner), owner):
            ref = self.reg.resolve([t for t in self._np(owner) if t.i < target.left_edge.i and not (t.dep_ == "case" and t.head.i == owner.i)], head=owner)
            accusers = list(ref.entities) if ref is not None else []
        elif verb is not None:
            # (a pronominal verb's subject may be labelled a passive one: "ils se sont mobilisés")
            subject = next((c for c in verb.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN")), None)
            ref = self.reg.resolve(self._np(subject), head=subject) if subject is not None else None
            accusers = list(ref.entities) if ref is not None else self._accuser(verb)
        self._add(self._parties(phrase), accusers or self._statement_speakers(word), None, word)

    def _investigated(self, verb: Token) -> None:
        """"Le parquet enquête sur le maire": the people or institution investigated (not a
        thing: "enquêter sur l'accident", "sur la mort de X"), by the subject."""
        target = next((c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                       and any(g.dep_ == "case" and g.lower_ == "sur" for g in c.children)), None)
        if target is None or self._denied(verb):
            return
        if not self._investigated_party(target):
            return
        phrase = [t for t in self._np(target) if not (t.dep_ == "case" and t.head.i == target.i)]
        self._add(self._parties(phrase), self._accuser(verb), None, verb, blame=False)

    def _investigated_party(self, target: Token) -> bool:
        """Whether what an investigation is into is people or an institution (a person's or an
        organisation's name, a word for people), not a thing or an event."""
        return target.pos_ == "PROPN" and target.ent_type_ in ("PER", "PERSON", "ORG") or target.pos_ == "NOUN" and self._party_like([target], target)

    def _blamed_party(self, target: Token, accusers: list[Entity], at: Token) -> None:
        phrase = [t for t in self._np(target) if not (t.dep_ == "case" and t.head.i == target.i)]
        if self._party_like(phrase, target):
            self._add(self._parties(phrase), accusers, None, at)

    def _reported_by(self, verb: Token, at: Token) -> list[Entity]:
        """Who says what a clause says of its subject: the speaker of the statement it sits in,
        or the subject of the verb it completes ("le syndicat estime que …"); nobody when the
        article says it itself."""
        speakers = self._statement_speakers(at)
        if speakers or verb.dep_ not in ("ccomp", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return speakers
        governor = verb.head
        subject = next((c for c in governor.children if c.dep_ in _SUBJ - _PASS_SUBJ), None)
        return self._accuser(governor) if subject is not None and self._party_like(self._np(subject), subject) else []

    def _failed_duty(self, noun: Token) -> None:
        """A source saying a party failed its duty: "selon X, le ministre a manqué à ses
        obligations", "« l'État a failli à sa mission »". Only when someone says it."""
        verb = noun.head
        if not noun.dep_.startswith("obl") or not any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in noun.children):
            return
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.duty_failure_verbs or self._denied(verb):
            return
        self._duty_failed_by_subject(verb, noun)

    def _duty_not_carried_out(self, verb: Token) -> None:
        """"« le gouvernement n'a pas su protéger les habitants »": a duty the subject did not
        know how to, or could not, carry out, in a statement."""
        governor = verb.head
        if verb.dep_ != "xcomp" or governor.lemma_.lower() not in ("savoir", "pouvoir") or not self._denied(governor):
            return
        self._duty_failed_by_subject(governor, verb)

    def _duty_failed_by_subject(self, verb: Token, at: Token) -> None:
        accusers = self._reported_by(verb, at)
        if not accusers:
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        head = next((t for t in party if t.head.i < party[0].i or t.head.i > party[-1].i or t.head.i == t.i), None) if party else None
        if head is not None and head.pos_ != "PRON" and self._party_like(party, head):
            self._add(self._parties(party), accusers, self._text([t for t in verb.subtree if t.i >= verb.i]), at)

    def _crime_by_support_verb(self, noun: Token) -> None:
        """A source saying who commits a crime through a support verb, whose subject is the
        agent of the crime noun it governs: "selon X, le régime mène une répression", "« ils
        se livrent à des exactions », a dit X". Only inside a statement (the article's own
        account is a fact), not negated, and not in the passive ("une attaque a été lancée"
        names no agent as subject)."""
        verb = noun.head
        if noun.dep_ not in _OBJ and not noun.dep_.startswith("obl") or verb.pos_ != "VERB":
            return
        if verb.lemma_.lower() not in self.words.crime_support_verbs or _is_passive(verb) or self._denied(verb):
            return
        speakers = self._statement_speakers(noun)
        if not speakers:
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party:
            return
        head = next((t for t in party if t.head.i < party[0].i or t.head.i > party[-1].i or t.head.i == t.i), party[0])
        if not self._party_like(party, head):
            return
        self._add(self._parties(party, perpetrator=True), speakers, self._text(list(noun.subtree)), noun)

    def _agents_of_a_cause(self, cause: Token) -> None:
        """A source naming what someone did as the cause of something: "selon Y, le blocus
        imposé par X est la cause de la famine", "Y évoque le blocus imposé par X comme cause
        de la révolte" (Y blames X). The parties are the agents ("par X") inside the phrase
        given as the cause, else that phrase itself when it is a party ("selon Y, la junte est
        à l'origine de la famine"). Only inside a statement, and not negated."""
        speakers = self._statement_speakers(cause)
        if not speakers or self._denied(cause):
            return
        following = cause.doc[cause.i + 1] if cause.i + 1 < len(cause.doc) else None
        if following is None or following.lower_ not in _OF_WORDS - {"pour", "with", "over"}:
            return  # "la cause" alone: no effect named (the parser may hang the effect elsewhere)
        phrase_head = None
        if any(c.dep_ == "cop" for c in cause.children):
            phrase_head = next((c for c in cause.children if c.dep_ in _SUBJ), None)  # "X est la cause de …"
        elif any(c.dep_ == "case" and c.lower_ == "comme" for c in cause.children):
            # "évoquer X comme cause de …": X is the object of the verb the phrase hangs in.
            governor = cause.head
            while phrase_head is None:
                if governor.pos_ in ("VERB", "AUX"):
                    phrase_head = next((c for c in governor.children if c.dep_ in _OBJ and c.i < cause.i), None)
                if governor.head.i == governor.i:
                    break
                governor = governor.head
        if phrase_head is None or phrase_head.pos_ not in ("NOUN", "PROPN"):
            return
        # Without "comme cause de …" when the parser hung it inside the phrase.
        inside_cause = {t.i for t in cause.subtree} if cause.i > phrase_head.i and cause.head.i != cause.i else set()
        phrase = [t for t in phrase_head.subtree if t.i not in inside_cause]
        agents = [
            t for t in phrase
            if t.pos_ in ("NOUN", "PROPN") and (t.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ in _AGENT_WORDS for c in t.children))
        ]
        for agent in agents:
            party = [t for t in self._np(agent) if t.i not in inside_cause and not (t.dep_ == "case" and t.head.i == agent.i)]
            self._add(self._parties(party, perpetrator=True), speakers, self._text(phrase), cause)
        if not agents and self._party_like(self._np(phrase_head), phrase_head):
            self._add(self._parties(self._np(phrase_head)), speakers, self._text(phrase), cause)

    def _names_wrong(self, noun: Token) -> bool:
        """Whether a noun names a wrong someone owns ("complices", "fakenews", "mensonges"), alone
        or as the last or first word of a multiword entry ("mauvaise foi", "fake news")."""
        entries = self.words.wrong_nouns
        low = lower_forms(self.doc)[noun.i]  # (asked of every noun)
        if (low,) in entries or (lemma_lowers(self.doc)[noun.i],) in entries:
            return True
        if low.replace("’", "'") not in self._multiword_wrong_edges:
            return False
        for entry in self._multiword_wrongs:
            for start in (noun.i - len(entry) + 1, noun.i):
                window = noun.doc[max(0, start) : start + len(entry)]
                if start >= 0 and tuple(t.lower_.replace("’", "'") for t in window) == entry:
                    return True
        return False

    def _owner_of_wrong(self, noun: Token) -> None:
        """A source blaming the owner of a wrong named by a noun: "« il faut punir les complices
        de la société X »", "selon Y, les mensonges du ministre …" (Y accuses X, the minister).
        Inside a statement, not negated ("ce n'est pas de votre faute"); outside one, when the
        wrong is what a verb is about ("X n'a pas apprécié la fakenews de Y", "l'échec s'explique
        par la mauvaise foi de Y"), accused by that verb's subject if it has one; the wrong as a
        plain subject ("les complices de X ont quitté la ville") is the article's narration. The
        owner must be a party: not a pronoun, nor a bare place name ("la propagande de Moscou"
        is kept only as an institution the registry knows)."""
        speakers = self._statement_speakers(noun)
        if speakers:
            if self._denied(noun) or self._denied(noun.head):
                return
        elif self._wrong_as_verb_argument(noun) and not self._denied(noun):
            speakers = self._accuser(noun.head) if self._judged_by_a_party(noun.head) else []
        else:
            return
        for child in noun.children:
            owner = _owner(noun, child)
            if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
                continue  # (a possessive pronoun, "votre faute", names no one)
            if owner.pos_ == "PROPN" and owner.ent_type_ in ("LOC", "GPE") and not any(c.dep_ == "det" for c in owner.children):
                continue
            phrase = self._np(owner)
            phrase = [t for t in phrase if not (t.dep_ == "case" and t.head.i == owner.i)]
            if self._party_like(phrase, owner):
                wrong = [t for t in noun.subtree if not t.is_punct or t.text in "-'’"]
                self._add(self._parties(phrase), speakers, self._text(wrong), noun)
                return

    @staticmethod
    def _wrong_as_verb_argument(noun: Token) -> bool:
        """A wrong that is the object or an oblique complement of a verb: what the verb judges
        or explains ("n'a pas apprécié la fakenews de Y", "s'explique par la négligence de Y")."""
        return noun.head.pos_ == "VERB" and (noun.dep_ in _OBJ or noun.dep_.startswith("obl"))

    def _judged_by_a_party(self, verb: Token) -> bool:
        """Whether the verb's subject stands for people ("X n'a pas apprécié …"), not a thing
        ("l'échec s'explique par …")."""
        subject = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        return subject is None or subject.pos_ == "PRON" or self._party_like(self._np(subject), subject)

    def _label(self, verb: Token) -> None:
        """Calling someone a criminal: "le régime désigne comme « terroristes » les rebelles du Nord",
        "X, qualifié par ses voisins d'« individu dangereux »", "they branded him a thug"."""
        stigma = self.words.stigma_words
        labels = [c for c in verb.children if c.dep_ not in _SUBJ and any(t.lower_ in stigma for t in c.subtree)]
        if not labels and verb.dep_ == "advcl" and verb.i < verb.head.i:
            # « Désigné comme le coupable, le syndicat a répondu … »: a fronted participle naming
            # the main subject as the culprit (or the author, the one responsible).
            culprit = union(self.words.perpetrator_nouns, self.lex.responsible_words)
            label = next((c for c in verb.children if c.i > verb.i and (c.lower_ in culprit or c.lemma_.lower() in culprit)
                          and any(g.dep_ == "case" and g.lower_ == "comme" for g in c.children)), None)
            subject = next((c for c in verb.head.children if c.dep_ in _SUBJ and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
            if label is not None and subject is not None:
                agent = self._agent(verb)
                accusers = self._agent_accusers(agent) if agent is not None else self._statement_speakers(verb)
                self._add(self._parties(self._np(subject)), accusers, self._text(list(label.subtree)), verb)
            return
        if not labels:
            if verb.lemma_.lower() in self.words.quoted_label_verbs:
                self._quoted_label(verb)
            return
        label_tokens = {t.i for c in labels for t in c.subtree}
        # "qualifier / traiter X de « menteur »": the parser hangs the label on the object; the
        # object is the target and the label its "de" complement, not part of the party.
        labelled = [(c, label) for c in labels if c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN") and (label := self._label_after_de(c)) is not None]
        if labelled and len(labelled) == len(labels) and verb.dep_ not in ("acl", "amod"):
            accusers = self._accuser(verb)
            for target, label in labelled:
                party = [t for t in self._np(target) if t.i < label.left_edge.i]
                if not self._party_like([target], target):
                    continue  # "qualifier le programme de X de dangereux" judges a thing
                self._add(self._parties(party), accusers, self._text(list(label.subtree)), verb)
            return
        if (verb.dep_ == "advcl" and verb.i < verb.head.i and "Part" in morph_get(verb, "VerbForm", None) and "Past" in morph_get(verb, "Tense", None)
                and not any(c.dep_ in _OBJ or c.dep_ in _SUBJ or c.dep_.startswith(("aux", "cop")) for c in verb.children)):
            # « Qualifié de menteur par le maire, le journaliste a maintenu … »: the fronted
            # participle labels the main clause's subject; its agent labels it.
            subject = next((c for c in verb.head.children if c.dep_ in _SUBJ and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None:
                agent = self._agent(verb)
                accusers = self._agent_accusers(agent) if agent is not None else self._statement_speakers(verb)
                self._add(self._parties(self._np(subject)), accusers, self._text([t for c in labels for t in c.subtree]), verb)
            return
        if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
            targets = [verb.head]
            agent = self._agent(verb)
            accusers = self._agent_accusers(agent) if agent is not None else self._statement_speakers(verb)
        else:
            targets = [c for c in verb.children if c.dep_ in _OBJ and c.i not in label_tokens]
            if not targets:
                targets = [c for c in verb.children if c.dep_ in _PASS_SUBJ]
            accusers = self._accuser(verb) if not any(c.dep_ in _PASS_SUBJ for c in verb.children) else self._statement_speakers(verb)
        for target in targets:
            # "les milices locales comme les combattants de X": each compared group.
            compared = [c for c in target.children if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("comme", "ainsi") for g in c.children)]
            inside_compared = {t.i for c in compared for t in c.subtree}
            self._add(self._parties([t for t in self._np(target) if t.i not in inside_compared]), accusers, None, verb)
            for other in compared:
                self._add(self._parties(self._np(other)), accusers, None, verb)

    def _quoted_label(self, verb: Token) -> None:
        """A label hung on a party in the speaker's own words, whatever they are: « la
        joueuse a qualifié ses rivales de « bande de peureuses » », « le maire a traité le
        préfet de « valet » ». The quotation marks say the words are the subject's, and a
        label so reported blames, unless it praises (« qualifier les pompiers de « héros » »).
        The object must stand for people: « qualifier la réforme de « brutale » » judges a thing."""
        if verb.dep_ in ("acl", "amod") or self._denied(verb):
            return
        praise = self.words.praise_labels
        # (a name as the object is sometimes parsed as the verb's xcomp, or as a subject after it
        # when a relative pronoun is the subject: « qui qualifie Dupont de « … » »)
        subject_before = any(c.dep_ in _SUBJ and c.i < verb.i for c in verb.children)
        objects = [c for c in verb.children if c.pos_ in ("NOUN", "PROPN") and (
            c.dep_ in _OBJ or c.dep_ == "xcomp" or c.dep_ in _SUBJ and c.i > verb.i and subject_before)]
        for target in objects:
            label = self._quoted_complement_after_de(verb, target)
            if label is None or not self._party_like([target], target):
                continue
            if any(t.lower_ in praise or t.lemma_.lower() in praise for t in label.subtree):
                continue
            party = [t for t in self._np(target) if t.i < label.left_edge.i]
            self._add(self._parties(party), self._accuser(verb), self._text(list(label.subtree)), verb)

    @staticmethod
    def _quoted_complement_after_de(verb: Token, target: Token) -> Token | None:
        """The « de » complement after the object that opens on a quotation mark (« X de
        « lâche » », « X d'« incapable » »), hung on the object or on the verb."""
        doc = verb.doc
        candidates = [c for c in target.children if c.i > target.i] + [c for c in verb.children if c.i > target.i and c.dep_ not in _OBJ]
        for child in candidates:
            case = next((g for g in child.children if g.dep_ in ("case", "mark") and g.lower_.replace("’", "'") in ("de", "d'", "d")), None)
            if case is None:
                continue
            after = case.i + 1
            while after < len(doc) and doc[after].text in ("'", "’"):
                after += 1  # (« d'« … » » split as « d », « ' »)
            if after < len(doc) and doc[after].text in ("«", '"', "“"):
                return child
        return None

    def _label_after_de(self, target: Token) -> Token | None:
        """The stigma word hung on a noun as its "de" complement ("le maire de « menteur »"), or
        None when the stigma word is elsewhere in the phrase ("les milices terroristes")."""
        stigma = self.words.stigma_words
        # (hung on the noun or on the last word of its name: "le ministre Hugo Vernet de menteur")
        for child in target.subtree:
            if (child.dep_ == "nmod" and child.i > target.i and (child.lower_ in stigma or child.lemma_.lower() in stigma)
                    and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in child.children)):
                return child
        return None

    def _named_as_perpetrator(self, noun: Token) -> None:
        """"X est désigné par les gendarmes comme suspect du vol", "la police désigne X
        comme l'auteur": a verb of naming with "comme"/"as" and a word for a perpetrator accuses
        the one named (the passive's subject or the object); the agent or the subject accuses."""
        if not any(c.dep_ == "case" and c.lower_ in ("comme", "as") for c in noun.children) and not (noun.i > 0 and noun.doc[noun.i - 1].lower_ in ("comme", "as")):
            return
        verb, hops = noun.head, 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and hops < 3:
            verb, hops = verb.head, hops + 1
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.words.label_verbs or self._denied(verb):
            return
        if any(c.dep_ == "amod" for c in noun.children) and not any(c.dep_ in ("nmod", "prep") for c in noun.children):
            return  # "considéré comme un auteur important": a writer, not a perpetrator of something
        label = {t.i for t in noun.subtree}
        # (an object after the verb the parser took for a second subject: "la police a désigné X comme …")
        obj = next((c for c in verb.children if (c.dep_ in _OBJ or c.dep_ in _SUBJ and c.i > verb.i and not _is_passive(verb)) and c.i not in label), None)
        if obj is not None:
            party, accusers = self._np(obj), self._accuser(verb)
        else:
            party = self._subject_phrase(verb, _PASS_SUBJ)
            agent = self._agent(verb)
            accusers = []
            if agent is not None:
                ref = self.reg.resolve([t for t in self._np(agent) if t.i not in label], head=agent)
                accusers = list(ref.entities) if ref is not None else []
            accusers = accusers or self._statement_speakers(verb)
        if not party or party[0].pos_ == "PRON" and len(party) == 1:
            return
        self._add(self._parties(party), accusers, self._text(list(noun.subtree)), verb)

    def _penalty(self, verb: Token) -> None:
        """"La banque a écopé d'une amende de deux millions d'euros", "X a écopé de deux ans de
        prison": a sentence received; its subject is convicted, by the court named around it,
        else by whoever reports it (a penalty in sport, « un carton jaune », is no sentence)."""
        sentence = any(t.i > verb.i and (t.lemma_.lower() in self.words.penalty_nouns or t.lower_ in self.words.penalty_nouns) for t in verb.subtree)
        if self._denied(verb) or not (sentence or self._own_sentence(verb)):
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party or len(party) == 1 and party[0].pos_ == "PRON" and party[0].lower_ not in self.lex.person_pronouns | self.lex.plural_pronouns:
            return
        accusers = self._statement_speakers(verb) or self._authority_acting(verb) or self._authority_subject_before(verb)
        reason = next((c for c in verb.children if c.i > verb.i and any(g.lower_ in ("pour", "for") and g.dep_ in ("case", "mark") for g in c.children)), None)
        self._add(self._parties(party, perpetrator=True), accusers, self._text(list(reason.subtree)) if reason is not None else None, verb, blame=False)

    def _own_sentence(self, verb: Token) -> bool:
        """« X a vu sa peine aggravée », « sa condamnation confirmée en appel »: the object is
        the subject's own sentence (a possessive before a penalty or judicial noun) and a
        participle tells what a court did to it (« il a vu sa peine de prison », bare, is not)."""
        obj = next((c for c in verb.children if c.dep_ in _OBJ and c.pos_ == "NOUN"), None)
        if obj is None or not (obj.lower_ in self.words.penalty_nouns or _matches(obj, self.words.judicial_nouns)):
            return False
        possessed = any(c.dep_ == "det" and "Yes" in morph_get(c, "Poss", None) for c in obj.children)
        return possessed and any(c.dep_ in ("acl", "amod") and c.i > obj.i and c.pos_ in ("VERB", "ADJ") for c in obj.children)

    def _in_custody(self, noun: Token, holder: Token) -> None:
        """"trois de ses associés sont en garde à vue", "two men are in custody": the subject of
        a copula whose predicate is custody (``holder`` is the state itself), or of a verb of
        staying in it (``holder`` is the verb), is held as a suspect, by the police or court named
        around it, else by whoever reports it; so is one « sous enquête » (`_custody_states_after`)."""
        states = self._custody_states_after(noun)
        if not states or self._denied(noun) or self._denied(holder):
            return
        rest = self.a.text[noun.idx : noun.idx + 40].lower()
        if not any(rest.startswith(state) and not rest[len(state) : len(state) + 1].isalpha() for state in states):
            return
        party = self._subject_phrase(holder, _SUBJ)
        if not party or len(party) == 1 and party[0].pos_ == "PRON":
            return
        accusers = self._statement_speakers(noun) or self._authority_acting(noun) or self._authority_subject_before(noun)
        parties = self._parties(party, perpetrator=True) or self._counted_people(party)
        if not parties and any(t.pos_ == "NUM" and t.dep_ in _SUBJ for t in party):
            # "deux de ses proches": a number of people, whatever the noun after it.
            core = [t for t in party if not t.is_punct]
            parties = [(self.reg.typed(core, None), core[0].idx, core[-1].idx + len(core[-1].text))]
        self._add(parties, accusers, self._text([t for t in noun.subtree if t.i >= noun.i]), noun, blame=False)

    def _custody_in_apposition(self, noun: Token) -> None:
        """« X, en détention provisoire depuis mars, a été libéré », « le maire, sous contrôle
        judiciaire, a démissionné »: a state of custody set off by commas after a party, as
        `_in_custody` reads it after a copula, is said of that party (the noun it hangs on, or
        the subject of the verb it hangs on when the subject ends at the comma)."""
        doc = noun.doc
        # (asked of every noun: the preposition and the comma before it from the per-Doc lists)
        deps, lowers = dep_labels(doc), lower_forms(doc)
        case_i = next((c for c in children_indices(doc)[noun.i] if deps[c] == "case" and c < noun.i), None)
        if case_i is None or case_i < 2 or lowers[case_i - 1] != "," or self._denied(noun):
            return
        states = self._custody_states_after(noun)
        rest = self.a.text[noun.idx : noun.idx + 40].lower()
        if not any(rest.startswith(state) and not rest[len(state) : len(state) + 1].isalpha() for state in states):
            return
        comma = case_i - 1
        holder = noun.head
        if noun.dep_ == "nmod" and holder.pos_ in ("NOUN", "PROPN") and holder.i < comma:
            party = [t for t in self._np(holder) if t.i < comma]
        elif noun.dep_.startswith("obl") and holder.pos_ in ("VERB", "AUX"):
            subject = next((c for c in holder.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == comma - 1), None)
            party = self._np(subject) if subject is not None else []
            party = [t for t in party if t.i < comma]
        else:
            return
        if not party or not self._party_like(party, party[0] if len(party) == 1 else holder if holder.pos_ in ("NOUN", "PROPN") else party[-1]):
            return
        accusers = self._statement_speakers(noun) or self._authority_acting(noun) or self._authority_subject_before(noun)
        self._add(self._parties(party, perpetrator=True), accusers, self._text([t for t in noun.subtree if t.i >= noun.i]), noun, blame=False)

    def _custody_states_after(self, noun: Token) -> Iterable[str]:
        """The states of custody a noun may open, by its preposition: « en garde à vue »
        (custody_states), « sous enquête », « sous le coup d'une enquête »
        (states_under_investigation)."""
        cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
        if cases & {"en", "in"}:
            return self.words.custody_states
        return self.words.states_under_investigation if "sous" in cases else ()

    def _predicate_label(self, word: Token) -> None:
        """A source calling someone a criminal through a copula: "selon X, les Zetas constituent
        une véritable milice", "« ces hommes sont des terroristes », a dit X", "they are thugs,"
        he said. Only inside a statement: the journalist's own description accuses no one, and
        a stigma word in attributive use ("un groupe terroriste") is not a predicate. A stigma
        word conjoined to another predicate ("il était devenu turbulent et agressif") is one too."""
        predicate = word
        while predicate.dep_ == "conj" and predicate.head.pos_ == word.pos_ and predicate.head.i < predicate.i:
            predicate = predicate.head
        if any(c.dep_ == "cop" for c in predicate.children):
            clause = predicate
        elif predicate.dep_ in ("obj", "dobj", "xcomp", "attr", "acomp") and predicate.head.lemma_.lower() in self.words.copular_verbs:
            clause = predicate.head
        elif predicate.dep_ in _OBJ and verb_lemma(predicate.head, self.words.role_verbs) and any(c.dep_ == "det" and c.lower_ == "les" for c in predicate.children):
            clause = predicate.head  # « il joue les dictateurs »: the idiom takes the plural article
        elif predicate.dep_ == "amod" and predicate.pos_ == "ADJ" and predicate.head.pos_ in ("VERB", "AUX") and predicate.head.lemma_.lower() in self.words.copular_verbs:
            clause = predicate.head  # "il était devenu agressif" with the adjective parsed as a modifier of the verb
        elif predicate.dep_ == "nmod" and lemma_lowers(self.doc)[predicate.head.i] == "tout" and any(c.dep_ == "cop" for c in predicate.head.children):
            clause = predicate.head  # « ils sont tous des menteurs »: the parser makes « tous » the predicate
        else:
            return
        if self._denied(word) or clause is not word and self._denied(clause):
            return
        accusers = self._statement_speakers(word)
        if not accusers:
            return
        party = self._predicated_party(clause)
        if not party or any(t.lower_ in self.lex.first_pronouns for t in party if t.pos_ == "PRON"):
            return
        label = sorted([word, *(t for c in word.children if c.dep_ in ("det", "amod", "nmod", "prep") for t in c.subtree)], key=lambda t: t.i)
        self._add(self._parties_listed(party), accusers, self._text(label), word)

    def _listed_after_frame(self, phrase: list[Token]) -> list[list[Token]]:
        """« Pour le syndicat, la direction, le ministère et la préfecture sont responsables »:
        a parser that took the first members of the list for an apposition to the fronted
        source (« Pour X, », « Selon X, ») leaves the subject its last member(s) only. The
        noun phrases between the frame's comma and the subject, one per comma, are listed with
        it; the subject is kept (without its conjunction) as the last member. So too for a list
        that opens the sentence. Only for a list that ends in « et »/« ou »; else no members."""
        body = [t for t in phrase if not t.is_space]
        while body and (body[0].dep_ == "cc" or body[0].is_punct):
            body = body[1:]
        if not body:
            return []
        frames = self.lex.topic_source_prepositions | {cue[0] for cue in self.lex.according_to if len(cue) == 1}
        start = sentence_of(body[0]).start
        if body[0].i == start and body[0].lower_ in frames:
            # (the frame taken into the subject: « Pour X, A, B et C forment … » with X the
            # subject and the others its conjuncts, however far the phrase was cut)
            return self._members_after_frame(list(self.doc[body[0].i : max(t.right_edge.i for t in body) + 1]))
        if not any(t.lower_ in ("et", "ou") for t in phrase):
            return []
        if body[0].i < 2:
            return []
        # (the conjunction may open the subject: « … le ministère et la préfecture » parsed
        # with « et la préfecture » alone; else a comma comes before it)
        if body[0] is not phrase[0]:
            end = phrase[0].i
        elif self.doc[phrase[0].i - 1].text == ",":
            end = phrase[0].i - 1
        else:
            return []
        members: list[list[Token]] = []
        while end > start:
            begin = end
            while begin > start and self.doc[begin - 1].text != ",":
                begin -= 1
            segment = list(self.doc[begin:end])
            if not segment:
                return []
            opener = begin == start and (segment[0].lower_ in frames or any(
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in self.lex.time_words or t.lemma_.lower() in self.lex.time_words for t in segment))
            if opener:
                break  # (a source frame or a time that opens the sentence: « Lundi, X, Y et Z »)
            nominal = all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or t.pos_ == "ADP" and t.i > begin for t in segment)
            if not nominal or not any(t.pos_ in ("NOUN", "PROPN") for t in segment):
                return []
            members.insert(0, segment)
            end = begin - 1
        return [*members, body] if members else []

    @staticmethod
    def _members_after_frame(phrase: list[Token]) -> list[list[Token]]:
        """The noun phrases after the first comma of a phrase that opens with a source frame,
        cut at commas and conjunctions; none unless they are two or more noun phrases."""
        comma = next((k for k, t in enumerate(phrase) if t.text == ","), None)
        if comma is None or not any(t.lower_ in ("et", "ou") for t in phrase[comma:]):
            return []
        members: list[list[Token]] = [[]]
        for t in phrase[comma + 1 :]:
            if t.text == "," or t.lower_ in ("et", "ou") and t.pos_ == "CCONJ":
                members.append([])
            elif not t.is_space:
                members[-1].append(t)
        members = [m for m in members if m]
        nominal = all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or t.pos_ == "ADP" and t is not m[0] for m in members for t in m)
        return members if len(members) > 1 and nominal and all(any(t.pos_ in ("NOUN", "PROPN") for t in m) for m in members) else []

    def _parties_listed(self, phrase: list[Token]) -> list[tuple[Entity, int, int]]:
        """The parties of a subject phrase, with the members of its list a fronted source frame
        took from it (`_listed_after_frame`)."""
        members = self._listed_after_frame(phrase)
        if members:
            return [party for member in members for party in self._parties(member)]
        # (nor the conjunction a subject parsed apart from its list opens with: « et la préfecture »)
        body = phrase
        while len(body) > 1 and body[0].dep_ == "cc":
            body = body[1:]
        return self._parties(body)

    def _predicated_party(self, clause: Token) -> list[Token]:
        """Who a predicate is said of: the subject of its clause; for a relative on the
        predicate of a copula (« X et Y forment un groupe qui joue les dictateurs »), the
        subject of that copula rather than the noun it predicates."""
        party = self._subject_phrase(clause, _SUBJ - _PASS_SUBJ)
        if clause.dep_ not in ("acl:relcl", "relcl") or not any(c.dep_ in _SUBJ and c.lower_ in _RELATIVES for c in clause.children):
            return party
        holder = clause.head
        if any(c.dep_ == "cop" for c in holder.children):
            outer = holder
        elif holder.dep_ in ("obj", "dobj", "xcomp", "attr") and verb_lemma(holder.head, self.words.copular_verbs):
            outer = holder.head
        else:
            return party
        return self._subject_phrase(outer, _SUBJ - _PASS_SUBJ) or party

    def _injunction(self, verb: Token) -> None:
        """A court or an authority ordering someone to put something right: "le Conseil d'État
        a enjoint au ministre de prendre des mesures", "le préfet a mis en demeure la société
        de cesser les rejets", "the court enjoined the firm from …": the one ordered is accused
        (of failing), by whoever orders it."""
        if self._denied(verb):
            return
        targets = [c for c in verb.children if c.dep_ in ("obl:arg", "iobj", "obj", "dobj") and c.pos_ in ("NOUN", "PROPN")]
        # "mettre en demeure X": X hangs on the multiword's noun.
        targets += [g for c in verb.children if c.dep_ == "obl:arg" for g in c.children if g.dep_ in _OBJ and g.pos_ in ("NOUN", "PROPN")]
        for target in targets:
            phrase = [t for t in self._np(target) if not (t.dep_ == "case" and t.head.i == target.i)]
            if not self._party_like(phrase, target):
                continue
            order = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > target.i), None)
            self._add(self._parties(phrase), self._accuser(verb), self._text(list(order.subtree)) if order is not None else None, verb)
            return

    @staticmethod
    def _causative(verb: Token, entries: tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]) -> bool:
        """A causative entry ("faire perdre") on its infinitive, which the parser makes the head
        with "fait" hanging on it: "les manifestants lui ont fait perdre …"."""
        lemmas = lemma_lowers(verb.doc)  # (asked of every verb: the per-Doc lists, no Token per child)
        causers = _causative_verbs(entries).get(lemmas[verb.i])
        if not causers:
            return False
        return any(lemmas[c] in causers and c == verb.i - 1 for c in children_indices(verb.doc)[verb.i])

    def _supposed(self, verb: Token) -> bool:
        """« Si les passeurs nous menaçaient, … »: an act in a clause of condition is supposed,
        done by no one yet (not « même si … », which grants it)."""
        return any(
            c.dep_ == "mark" and c.lower_.replace("’", "'") in self.words.condition_conjunctions and not (c.i > 0 and self.doc[c.i - 1].lower_ == "même")
            for c in verb.children
        )

    def _doer_before_clitic_victim(self, verb: Token, party: list[Token]) -> list[Token]:
        """« Les banquiers nous ont volés », « les centrales d'achat nous étranglent » parsed with
        two subjects: the object clitic is the victim, the noun before it the doer."""
        if len(party) != 1 or party[0].lower_ not in self.words.object_clitic_subjects:
            return party
        doer = next((c for c in verb.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN") and c.i < party[0].i), None)
        return self._np(doer) if doer is not None else party

    def _harm(self, verb: Token) -> None:
        """A source blaming someone for a loss or damage: "X a estimé que les manifestants lui
        ont fait perdre 30 % de son chiffre d'affaires", "“the strikers damaged the plant,” Y
        said". Only inside a statement (the article's own account of damage is a fact), and only
        a party as subject ("la tempête a causé des dégâts" blames no one)."""
        speakers = self._statement_speakers(verb)
        if not speakers or self._denied(verb) or _is_passive(verb) or self._supposed(verb):
            return
        if verb.dep_ == "xcomp" and verb.head.i in self._negated_heads():
            return  # (« X n'a jamais cherché à nuire »: the attempt itself is denied)
        party = self._doer_before_clitic_victim(verb, self._subject_phrase(verb, _SUBJ - _PASS_SUBJ) or self._intending_subject(verb))
        if not party or any(t.lower_ in self.lex.first_pronouns for t in party if t.pos_ == "PRON"):
            return
        if party[0].i > verb.i and verb.dep_ not in ("acl:relcl", "relcl"):
            return  # "avoir trompé le vice-président" with the object parsed as a subject after the verb
        head = next((t for t in party if t.head.i < party[0].i or t.head.i > party[-1].i or t.head.i == t.i), party[0])
        if len(party) == 1 and head.pos_ == "PRON":
            # « Il a spolié sa sœur », dit Y: the person the pronoun stands for, as for violence.
            self._perpetrator_pronoun(head, speakers, verb)
            return
        if head.pos_ == "PRON" or not self._party_like(party, head):
            return
        self._add(self._parties(party), speakers, self._text(list(verb.subtree)), verb)

    def _captor(self, noun: Token) -> None:
        """"les otages de X", "X's hostages": X holds them captive."""
        for child in noun.children:
            owner = None
            if child.dep_ in ("poss", "nmod:poss") or child.dep_ == "nmod" and child.i > noun.i and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in child.children):
                owner = child
            elif child.dep_ == "prep" and child.lower_ in ("of", "held"):
                owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
                self._add(self._parties(self._np(owner), perpetrator=True), self._statement_speakers(noun), None, noun)
                return

    def _scandal(self, noun: Token) -> None:
        """"l'affaire Vasseur", "the Roy scandal": a scandal named after someone accuses them."""
        name = [t for t in noun.doc[noun.i + 1 : noun.i + 4] if t.pos_ == "PROPN" and t.head.i in (noun.i, t.i - 1)]
        if not name and noun.i > 0 and noun.doc[noun.i - 1].pos_ == "PROPN" and noun.doc[noun.i - 1].head.i == noun.i:
            name = [noun.doc[noun.i - 1]]  # English: "the Roy scandal"
        run: list[Token] = []
        for t in name:
            if run and t.i != run[-1].i + 1:
                break
            run.append(t)
        if not run or run[0].i not in (noun.i + 1, noun.i - 1) or any(t.ent_type_ in ("LOC", "GPE") for t in run):
            return
        if (not self._in_lead(noun) or self._time_reference(noun)) and not self._named_outside_scandals(run[-1]):
            return
        # (no accuser: a source naming a known case « l'affaire X » does not accuse X by it)
        self._add(self._parties(run), [], None, noun)

    @staticmethod
    def _time_reference(noun: Token) -> bool:
        """A case named to date what follows (« Après l'affaire X, … », « depuis l'affaire X »):
        a past case, even in the lead, and the name may be its victim's."""
        return any(c.dep_ == "case" and c.lower_ in ("après", "depuis", "after", "since") for c in noun.children)

    def _in_lead(self, token: Token) -> bool:
        """Whether a word is in the article's lead: its first two sentences (a dateline may be
        the first), which say what the article is about."""
        end = 0
        for _ in range(2):
            if end >= len(self.doc):
                break
            end = sentence_of(self.doc[end]).end
        return token.i < end

    def _named_outside_scandals(self, name: Token) -> bool:
        """Whether the article names the party of « l'affaire X » anywhere but in the name of
        a scandal: one it never speaks of otherwise, past its lead (« qui suivait l'affaire X »,
        « dans le cadre de l'affaire X » in a biography), is a reference to a past case, not
        an accusation the article reports."""
        lowers, lemmas = lower_forms(self.doc), lemma_lowers(self.doc)
        scandals = self.words.scandal_nouns
        word = lowers[name.i]
        for i in (k for k in range(len(self.doc)) if lowers[k] == word):
            # (the scandal noun just before the name, or after it in English: "the X scandal")
            near = range(max(0, i - 3), min(len(self.doc), i + 3))
            if not any(lowers[k] in scandals or lemmas[k] in scandals for k in near):
                return True
        return False

    def _author_of_the_crime_just_told(self, noun: Token) -> bool:
        """« l'auteur » with no complement, right after a crime is told (« Un camion a foncé
        sur la foule du marché. L'auteur, Hugo Ferrand, … »): the author of that crime, the
        complement left out. A crime noun in the sentence before or earlier in the same one;
        a definite « l'auteur » with no « de » complement of its own."""
        if any(c.dep_ == "nmod" for c in noun.children) or not any(c.dep_ == "det" and c.lower_.replace("’", "'") in ("l'", "le", "the") for c in noun.children):
            return False
        sentence = sentence_of(noun)
        before = sentence_of(self.doc[sentence.start - 1]) if sentence.start > 0 else None
        start = before.start if before is not None else sentence.start
        crimes = self.words.crime_nouns
        return any(t.lower_ in crimes or t.lemma_.lower() in crimes for t in self.doc[start : noun.i])

    def _perpetrator(self, noun: Token) -> None:
        """"le suspect", "l'agresseur, un homme de 26 ans", "X est l'auteur de l'attentat",
        "the gunman, John Doe": the perpetrator the article reports, accused by whoever reports
        it. Unnamed ones are one party per grammatical number."""
        lemma = noun.lemma_.lower()
        crimes = self.words.crime_nouns
        if not any(c.dep_ in ("det", "nummod", "poss", "nmod:poss", "cop") for c in noun.children):
            return  # "des pirates informatiques criminels": an adjective the tagger took for a noun
        if noun.dep_ == "xcomp" and noun.head.lemma_.lower() in self.words.label_verbs and any(c.lower_ == "comme" for c in noun.children):
            return  # "désigné comme le coupable": who is so designated is the party (`_label`)
        if lemma in ("auteur", "author") and not any(
            c.lemma_.lower() in crimes or c.lower_ in crimes or c.lemma_.lower() in ("présumé", "alleged") for c in noun.children
        ) and not self._author_of_the_crime_just_told(noun):
            return  # "l'auteur du livre"
        subject = next((c for c in noun.children if c.dep_ in _SUBJ), None) if any(c.dep_ == "cop" for c in noun.children) else None
        subject_phrase = self._subject_of_copula_before(noun) if subject is None and noun.dep_ != "appos" else []
        if subject is None and noun.dep_ in ("obj", "dobj", "xcomp", "attr") and noun.head.lemma_.lower() in self.words.copular_verbs:
            # "X ne sont pas des criminels" parsed with "être" as the verb: its subject, unless negated.
            if self._denied(noun.head):
                return
            subject_phrase = self._subject_phrase(noun.head, _SUBJ - _PASS_SUBJ)
        # (not a place in parentheses: « le suspect, étudiant à l'université de X (Y) » says where)
        name = next((c for c in noun.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENT_LABELS) and not self._place_aside(c)), None)
        if name is None and noun.dep_ == "appos" and (noun.head.pos_ == "PROPN" or noun.head.ent_type_ in _PARTY_ENT_LABELS):
            name = noun.head
        accusers = self._statement_speakers(noun)
        if subject is not None:
            self._add(self._parties(self._np(subject) if subject.pos_ != "PRON" else [subject]), accusers, None, noun)
            return
        if subject_phrase:
            self._add(self._parties(subject_phrase), accusers, None, noun)
            return
        if name is not None:
            self._add(self._parties(self._np(name)), accusers, None, noun)
            return
        if not accusers and self._side_of_a_clash(noun):
            return
        if self._only_called_suspect(noun):
            accusers = []
        taken_up = self._unnamed_party_taken_up(noun)
        self._add([taken_up] if taken_up else self._parties(self._without_other_conjuncts(noun)), accusers, None, noun)

    def _unnamed_party_taken_up(self, noun: Token) -> tuple[Entity, int, int] | None:
        """« Un jeune homme soupçonné de vol a été interpellé … Le suspect, étudiant à … »: a
        definite singular perpetrator noun with no name takes up the last party accused, when
        that is one unnamed person (a description by a word for people) found within the two
        paragraphs before; the noun is one more alias of that party."""
        last = self._last_party
        if last is None or "Sing" not in morph_get(noun, "Number", None) or not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in noun.children):
            return None
        entity, start, _ = last[0]
        if "Sing" not in last[2] or entity.name != entity.name.lower() or not set(entity.name.split()) & self._people_words:
            return None
        if not 0 <= self._paragraph_number(noun) - bisect.bisect_right(self._paragraph_starts, start) <= 2:
            return None
        core = [t for t in self._np(noun) if t.i == noun.i or t.head.i == noun.i and t.i < noun.i and t.dep_ in ("det", "amod")]
        begin, end = core[0].idx, core[-1].idx + len(core[-1].text)
        entity.add_alias(self.a.text[begin:end])
        return (entity, begin, end)

    def _only_called_suspect(self, noun: Token) -> bool:
        """« Selon une source, le suspect avait dormi chez un ami »: the source tells something
        of the man others suspect, it does not accuse him; it does by naming him (« le suspect
        se nommerait X », `_identified`)."""
        return bool({noun.lemma_.lower(), noun.lower_} & self.words.suspect_nouns) and not self._identified(noun)

    def _identified(self, noun: Token) -> bool:
        """Whether the words right after ``noun`` give it a name: « le suspect se nommerait X »,
        « le suspect serait X » (a copula or a verb of naming, then a proper name). Read off the
        words, not the parse, which often hangs the noun on the « selon » phrase before it."""
        following = [t for t in noun.doc[noun.i + 1 : noun.sent.end] if t.pos_ != "PRON" and t.dep_ != "det"]
        if len(following) < 2 or following[0].pos_ not in ("VERB", "AUX"):
            return False
        verb, name = following[0], following[1]
        naming = verb.lemma_.lower() in self.words.naming_verbs or verb.lemma_.lower() in self.words.copular_verbs
        return naming and name.pos_ == "PROPN"

    def _side_of_a_clash(self, noun: Token) -> bool:
        """An unnamed attacker told only as fighting an army: « des soldats ont fait fuir les
        assaillants », « les tireurs embusqués causent des problèmes à la coalition », a side of
        the fighting. Rioters clashing with the police stay perpetrators (« des heurts entre des
        casseurs et la police »), and an arrest or a trial accuses."""
        forces = self.words.armed_forces
        head = noun.head
        if head.pos_ in ("VERB", "AUX") and _matches(head, self.words.judicial):
            return False
        others = [*noun.conjuncts, *(c for c in head.children if c.i != noun.i)]
        if head.dep_ == "conj" and not any(c.dep_ in _SUBJ for c in head.children):
            others += [c for c in head.head.children if c.dep_ in _SUBJ]  # « des soldats sont intervenus et ont fait fuir X »
        if head.pos_ == "NOUN":
            others += [head, *head.conjuncts]
        others += [g for c in list(others) if c.pos_ == "NOUN" for g in c.children if g.dep_ == "nmod"]
        return any(t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in forces or t.lower_ in forces) for t in others)

    def _place_aside(self, word: Token) -> bool:
        """A place name alone in parentheses ("(Villeneuve)", "(Var)"): where, not who."""
        left = word.left_edge.i
        return word.ent_type_ in ("LOC", "GPE") and left > 0 and self.doc[left - 1].text == "("

    def _without_other_conjuncts(self, noun: Token) -> list[Token]:
        """A perpetrator noun's phrase without the conjuncts that are no perpetrators: « des
        heurts entre des casseurs et la police » describes the casseurs only; a conjoined
        perpetrator noun (« des casseurs et des pillards ») stays."""
        perpetrators = self.words.perpetrator_nouns
        others = {t.i for c in noun.children if c.dep_ == "conj" and c.lemma_.lower() not in perpetrators and c.lower_ not in perpetrators for t in c.subtree}
        if not others:
            return self._np(noun)
        # (with the conjunction and the comma before the dropped conjuncts)
        return [t for t in self._np(noun) if t.i not in others and not (t.dep_ in ("cc", "punct") and t.head.i in others)]

    def _subject_of_copula_before(self, noun: Token) -> list[Token]:
        """The subject of "X sont en général les auteurs de …" when the parser took the adverbial
        ("en général") for the predicate and hung the noun elsewhere: the copula a few words
        before the noun (only articles, adverbs and a bare adverbial "en + noun" between), and
        the subject of what it hangs on, else the first party-like head up the tree before it."""
        doc = noun.doc
        i = noun.i - 1
        while i >= max(0, noun.i - 5):
            t = doc[i]
            if t.lemma_ == "être" and t.dep_ == "cop":
                break
            bare_adverbial = t.pos_ == "NOUN" and i > 0 and doc[i - 1].pos_ == "ADP" and not any(c.dep_ == "det" for c in t.children)
            if t.pos_ not in ("DET", "ADV", "ADP") and not bare_adverbial:
                return []
            i -= 1
        else:
            return []
        copula = doc[i]
        if copula.head.i == noun.i:
            return []  # a normal parse: the noun's own copula, handled by the caller
        t, hops = copula.head, 0
        while hops < 4:
            subject = next((c for c in t.children if c.dep_ in _SUBJ and c.i < copula.i), None)
            if subject is not None:
                return self._np(subject) if subject.pos_ != "PRON" else [subject]
            if t.i < copula.i and t.pos_ in ("NOUN", "PROPN") and self._party_like([t], t):
                # The phrase before the copula, without its conjunction and sentence adverbs
                # ("mais officieusement la milice du régime").
                phrase = [x for x in self._np(t) if x.i < copula.i]
                while phrase and phrase[0].pos_ in ("CCONJ", "ADV", "PUNCT"):
                    phrase = phrase[1:]
                return phrase
            if t.head.i == t.i:
                return []
            t, hops = t.head, hops + 1
        return []

    def _object_verb(self, verb: Token, lemma: str) -> None:
        """An accusing verb and its object: as parsed, or hung on its subject by the parser."""
        if self._act_charged(verb):
            return  # « accusé le gouvernement de stigmatiser les migrants »: the migrants are its victims
        if self._done_wrongfully(verb):
            return  # « ont arrêté arbitrairement des opposants »: victims of their arrest (`_blame_told_in_a_statement`)
        if (lemma in self.words.judicial_active_verbs or lemma in self.words.reproach_verbs) and not self._acts_on_a_party(verb):
            return  # « le pays poursuivra ses opérations », « recadrer le débat »: a thing, no one accused
        if lemma in self.words.charge_naming_verbs and not self._fault_in_a_de_complement(verb):
            return  # « taxer les entreprises de 10 % »: a tax, no charge
        if lemma in self.words.sanction_verbs and self._done_by_a_thing(verb):
            return  # « une grève qui pénalise les usagers »: a harm they suffer, no penalty
        if not self._object_verb_hung_on_subject(verb):
            self._verb(verb, lemma)

    def _done_by_a_thing(self, verb: Token) -> bool:
        """Whether the active subject of a verb is a thing or an event, not a party (« la hausse
        des prix pénalise les ménages », « une panne qui pénalise les voyageurs »): only a
        party (a court, a federation, a referee) penalises; a thing does harm."""
        subject = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        head = _phrase_head(subject)
        return head is not None and head.pos_ == "NOUN" and not self._party_like(subject, head)

    @staticmethod
    def _fault_in_a_de_complement(verb: Token) -> bool:
        """Whether a verb of charge_naming_verbs names a fault in a « de » complement, on the
        verb or on its object (« taxer le ministre de laxisme », « taxé d'angélisme »): a noun,
        not an amount (« taxer les entreprises de 10 % »)."""
        holders = [verb, *(c for c in verb.children if c.dep_ in _OBJ)]
        return any(
            child.i > holder.i and child.pos_ == "NOUN" and child.lemma_ != "pourcent"
            and any(g.dep_ == "case" and g.lower_ in _OF_WORDS for g in child.children)
            and not any(g.pos_ == "NUM" or g.like_num for g in child.children)
            for holder in holders for child in holder.children
        )

    def _acts_on_a_party(self, verb: Token) -> bool:
        """Whether a verb that also acts on things (judicial_active_verbs, reproach_verbs) acts on
        a party: its object is a person, a group or an organisation (« poursuivre X », « recadrer
        le préfet »), not a thing (« poursuivre ses efforts », « recadrer le débat »). A passive
        is said of its subject."""
        if self._undergone(verb):
            return True
        obj = next((c for c in verb.children if c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN", "PRON")), None) or self._object_after_adjuncts(verb)
        if obj is None:
            return False
        if verb_lemma(verb, self.words.judicial_active_verbs) and any(c.dep_ == "det" and "Yes" in morph_get(c, "Poss", None) for c in obj.children):
            return False  # « les grévistes poursuivent leur mouvement »: one's own course of action goes on
        return obj.pos_ == "PRON" or self._party_like(self._np(obj), obj)

    def _verb(self, verb: Token, lemma: str) -> None:
        # (not a date the parser took for an object: "a condamné lundi X à …", nor the number
        # ending a name before the verb: « l'association Chemins 47 accuse X »)
        obj = next((c for c in verb.children if c.dep_ in _OBJ and c.lower_ not in self.lex.time_words and not (c.pos_ == "NUM" and c.i < verb.i)), None)
        if lemma in self.words.responsibility_holding_verbs and not any(self._responsible_word(t) for t in verb.subtree):
            return  # tenir/hold X, but not responsible
        passive_subject = next((c for c in verb.children if c.dep_ in _PASS_SUBJ), None)
        if obj is None and passive_subject is None and verb.dep_ == "xcomp" and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            # "X doit être tenu responsable": the subject of the governing modal.
            passive_subject = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
            if passive_subject is None and verb.head.dep_ == "conj":
                passive_subject = next((c for c in verb.head.head.children if c.dep_ in _SUBJ), None)
        if obj is None and passive_subject is None and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            passive_subject = self._participial_clause_subject(verb)
        obj, passive_subject = self._misparsed_arguments(verb, obj, passive_subject)
        target = obj or passive_subject
        if target is None:
            return
        accusers = [] if obj is None else self._accuser(verb, with_named_subject=True)
        if obj is None:
            # A passive: its agent accuses ("critiqué par l'opposition"), else the source
            # reporting it.
            agent = self._agent(verb)
            att = self._attribution_at(verb)
            accusers = self._agent_accusers(agent) if agent is not None else []
            if agent is not None and (reason := next((c for c in agent.children if c.i > agent.i and any(g.dep_ == "case" and g.lower_ in ("pour", "for") for g in c.children)), None)):
                # "dénoncé par l'opposition pour ses mensonges": the reason is no part of the accuser.
                ref = self.reg.resolve([t for t in self._np(agent) if t.i < reason.left_edge.i], head=agent)
                accusers = list(ref.entities) if ref is not None else accusers
            if not accusers:
                accusers = list(att.speaker.entities) if att is not None and att.speaker is not None else []
        clitic_parties = self._person_taken_up_by_clitic(obj) if obj is not None and lemma not in self.words.responsibility_holding_verbs else []
        if clitic_parties:
            # « Plusieurs élus le critiquent »: the person the clitic takes up.
            self._add(clitic_parties, accusers, self._text(self._complement(verb, obj)) or None, verb, mentioned=False)
            return
        party_tokens = (self._main_subject_taken_up(target, verb) if target.pos_ == "PRON" else []) or self._np(target)
        antecedent = self._antecedent_of_object_relative(target, verb) if obj is not None else None
        if antecedent is not None:
            # "le ministre, qu'elle accuse de mensonge": the noun the relative pronoun takes up.
            party_tokens = [t for t in self._np(antecedent) if t.i < target.i and not (t.dep_ == "case" and t.head.i == antecedent.i)]
        if lemma in self.words.responsibility_holding_verbs:
            # "held the board responsible for …": the party stops before "responsible".
            cut = next((t for t in party_tokens if self._responsible_word(t)), None)
            if cut is not None:
                complement = [t for t in cut.subtree if t.i > cut.i]
                # "tenir la compagnie pour responsable": the party stops before "pour" too.
                case = [c.i for c in cut.children if c.dep_ == "case" and c.i < cut.i]
                party_tokens = [t for t in party_tokens if t.i < min([cut.i, *case])]
                self._add(self._parties(party_tokens), accusers, self._text(complement), verb)
                return
        complement = self._complement(verb, target)
        charging = lemma in self.lex.accuse_passive or lemma in self.words.charge_naming_verbs
        charge = self._charge_on(target, charging_verb=charging) if not complement and target.pos_ in ("NOUN", "PROPN") else None
        if charge is not None:
            # "accusé la police de violences": the charge is what the party is accused of.
            complement = list(charge.subtree)
            party_tokens = [t for t in party_tokens if t.i < charge.left_edge.i]
        party_tokens = self._without_sentence(target, party_tokens)
        accusation = self._text(complement) or (self._text(self._np(target)) if lemma not in ("accuser", "accuse") and lemma not in self.words.responsibility_holding_verbs else None)
        doer = self._agent_of_denounced_act(verb, target) if obj is not None else None
        if doer is not None:
            # "dénoncer un pillage d'entrepôts par des douaniers": who did the act.
            phrase = [t for t in self._person_alone(doer, self._np(doer)) if not (t.dep_ == "case" and t.head.i == doer.i)]
            self._add(self._parties(phrase, perpetrator=True), accusers, self._text(party_tokens), verb)
            return
        # (« Ils sont accusés de … »: a subject pronoun no name resolves)
        # (the object of « accuser X de … » is charged with a wrong, whatever its noun; so is
        # the object of « accuser X » a relative clause goes on to say the doing of: « accuse
        # les pharmacies du secteur, qui ont délivré … »; not of « mettre en cause », which as
        # often questions a thing: « met en cause l'étanchéité, qui … »)
        charged = lemma in self.lex.accuse_passive and (bool(complement) or obj is not None and _doing_told_by_a_relative(obj))
        parties = self._parties(party_tokens, charged=charged) or self._unnamed_antecedent(party_tokens) or self._owner_of_the_object(verb, obj, lemma)
        self._add([*parties, *self._parties_conjoined_on_the_verb(verb, obj, bool(parties), accusing=lemma in self.lex.accuse_passive, charged=charged)], accusers, accusation, verb)

    def _misparsed_arguments(self, verb: Token, obj: Token | None, passive_subject: Token | None) -> tuple[Token | None, Token | None]:
        """The object and passive subject of an accusing verb, set right where the parser erred:
        no object for a passive (`_object_of_absolute_clause`), the subject of a verb carrying
        the participle (`_subject_of_passive_host`), an object put after an aside
        (`_object_after_aside`)."""
        if obj is not None and passive_subject is not None and self._object_of_absolute_clause(verb, obj):
            obj = None
        if obj is None and passive_subject is None:
            passive_subject = self._subject_of_passive_host(verb)
        if obj is None and passive_subject is None and not _is_passive(verb):
            obj = self._object_after_aside(verb) or self._antecedent_of_que_read_as_conjunction(verb) or self._object_after_adjuncts(verb) or self._object_read_as_predicate(verb)
        elif obj is not None and obj.i > verb.i and passive_subject is None:
            # (the relative « que » is the verb's object: a noun after the verb the parser made
            # its object belongs to the complement, « l'enseigne X, qu'elle accuse de mener
            # depuis trois ans « une politique … » »)
            obj = self._antecedent_of_que_read_as_conjunction(verb) or obj
        return obj, passive_subject

    def _object_read_as_predicate(self, verb: Token) -> Token | None:
        """« L'élu tient Hydralis pour seule responsable »: the parser may take a name or a noun
        right after an active verb for a predicate (xcomp) of it; with no preposition, no copula
        and standing for a party, it is the object."""
        if self.lex.language != "fr":
            return None  # (measured on French only)
        return next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i
             and not any(g.dep_ in ("case", "cop", "mark") for g in c.children) and self._party_like(self._np(c), c)),
            None,
        )

    def _object_after_adjuncts(self, verb: Token) -> Token | None:
        """« X a assigné mardi devant le tribunal de Paris la société Y », « X a assigné ce
        mercredi le parti en justice »: a date or a prepositional phrase between an active verb
        and its object, and the parser hangs the object on that phrase (an apposition to the
        court) or on the verb as an adverbial. The first noun past the verb with no preposition
        of its own, past dates and prepositional phrases and before any punctuation or other
        verb, is the object when it stands for a party."""
        doc = verb.doc
        if self.lex.language != "fr" or _is_passive(verb):
            return None  # (measured on French only)
        time_words = self.lex.time_words
        past_adjunct = False
        for token in doc[verb.i + 1 : min(len(doc), verb.i + 16)]:
            if token.is_punct or token.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
                return None
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("flat:name", "flat"):
                continue
            if token.lemma_.lower() in time_words or token.lower_ in time_words or any(c.dep_ == "case" for c in token.children):
                past_adjunct = True  # (a date, or inside a prepositional phrase: « devant le tribunal », « de Paris »)
                continue
            # (with nothing between, the parser's reading of the noun was no slip caused by an adjunct)
            if not past_adjunct or token.dep_ in _SUBJ or not any(c.dep_ == "det" for c in token.children) and token.pos_ != "PROPN":
                return None
            return token if self._party_like(self._np(token), token) else None
        return None

    @staticmethod
    def _antecedent_of_que_read_as_conjunction(verb: Token) -> Token | None:
        """« Le maire, que l'opposition accuse de favoritisme, … », « X, que la police a
        interpellé jeudi, … »: the parser reads the relative pronoun « que » as a conjunction
        and leaves the verb with no object; the object is the noun before the comma that opens
        the relative."""
        doc = verb.doc
        que = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i), None)
        if que is None or que.i < 2 or doc[que.i - 1].text != "," or any(c.dep_ in _SUBJ for c in verb.children if c.i == que.i):
            return None
        if not any(c.dep_ in _SUBJ and que.i < c.i < verb.i for c in verb.children):
            return None  # (« X, qu'il faut … »: no subject of its own, no relative on an object)
        last = doc[que.i - 2]
        if last.text == ")":
            # (past an acronym in brackets: « … de l'office régional (ORH), que … » takes up the office)
            opening = next((t for t in reversed(doc[max(0, last.i - 6) : last.i]) if t.text == "("), None)
            last = doc[opening.i - 1] if opening is not None and opening.i > 0 else last
        # (a capitalised word of a name the parser read as a modifier: « Kerel Santé »)
        antecedent = last.head if last.dep_ in ("flat:name", "flat") or last.dep_ == "amod" and last.pos_ == "PROPN" else last
        while antecedent.dep_ == "conj" and antecedent.head.i < antecedent.i and antecedent.head.pos_ == "PROPN":
            antecedent = antecedent.head  # (« X, Y et Z, qu'elle accuse … » takes up the whole list)
        return _head_of_genitive_chain(antecedent) if antecedent.pos_ in ("NOUN", "PROPN") else None

    @staticmethod
    def _object_of_absolute_clause(verb: Token, obj: Token) -> bool:
        """« Le chanteur a été hué sur scène, la salle lui reprochant … »: a passive has no object;
        the noun the parser gave it after a comma is the subject of an absolute clause."""
        return any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) and any(t.text == "," for t in verb.doc[verb.i + 1 : obj.left_edge.i])

    @staticmethod
    def _object_after_aside(verb: Token) -> Token | None:
        """« Les douaniers ont arrêté, au terme d'une filature, deux convoyeurs », « ils ont
        interpellé, jeudi matin, quatre militants »: an adverbial between commas puts the object away from its
        verb, and the parser hangs it elsewhere (as an adverbial, or a fragment of its own). The
        noun phrase right after the closing comma, with no preposition, is the object."""
        doc = verb.doc
        if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
            return None
        closing = next((t for t in doc[verb.i + 2 : verb.i + 12] if t.text in (",", ".", ";", ":", "«", "»", "\"")), None)
        if closing is None or closing.text != "," or closing.i + 1 >= len(doc):
            return None
        first = doc[closing.i + 1]
        if first.pos_ not in ("DET", "NUM", "PROPN", "NOUN"):
            return None
        head = next((t for t in doc[first.i : first.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or any(c.dep_ == "case" for c in head.children) or head.dep_ in _SUBJ:
            return None
        return head

    def _phrase_of_host_subject(self, participle: Token) -> list[Token]:
        """The phrase of `_subject_of_passive_host`, if any."""
        subject = self._subject_of_passive_host(participle)
        return self._np(subject) if subject is not None else []

    def _undergone(self, verb: Token) -> bool:
        """A passive, or a participle a host verb carries as a passive (`_subject_of_passive_host`)."""
        return _is_passive(verb) or self._subject_of_passive_host(verb) is not None

    def _subject_of_passive_host(self, participle: Token) -> Token | None:
        """« Le maire s'est retrouvé critiqué par l'opposition », « elle se voit accusée de
        fraude », « il reste soupçonné de vol »: a past participle completing a verb that carries
        it as « être » carries a passive (passive_host_verbs; reflexive_passive_hosts with their
        « se ») is said of that verb's subject."""
        host = participle.head
        if _infinitive(participle):
            return self._subject_of_reflexive_causative(participle)
        if (
            participle.dep_ not in ("xcomp", "obj", "ccomp") or host.i > participle.i
            or "Part" not in morph_get(participle, "VerbForm", None) or "Past" not in morph_get(participle, "Tense", None)
        ):
            return None
        if host.pos_ not in ("VERB", "AUX"):
            return None
        reflexive = any(c.lower_ in ("se", "s'", "s’") or "Yes" in morph_get(c, "Reflex", None) for c in host.children if c.pos_ == "PRON" and c.i < host.i)
        # (the lemmatizer reads « reste » as the noun: `verb_lemma` tries the inflections)
        if not (verb_lemma(host, self.words.passive_host_verbs) or reflexive and verb_lemma(host, self.words.reflexive_passive_hosts)):
            return None
        return next((c for c in host.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN", "PRON")), None)

    def _subject_of_reflexive_causative(self, infinitive: Token) -> Token | None:
        """« Il s'est fait arrêter », « la ministre se fait critiquer par l'opposition », « il se
        voit reprocher son silence »: an infinitive after a reflexive « se faire » or « se voir »
        (reflexive_causative_hosts) is undergone by the subject, as a passive is. The parser hangs
        the infinitive on the host, or the host (as an auxiliary) and the subject on the infinitive."""
        hosts = self.words.reflexive_causative_hosts
        host: Token | None = infinitive.head
        if not (infinitive.dep_ in ("xcomp", "obj", "ccomp") and infinitive.head.i < infinitive.i and verb_lemma(infinitive.head, hosts)):
            host = next((c for c in infinitive.children if c.i < infinitive.i and c.pos_ in ("AUX", "VERB") and verb_lemma(c, hosts)), None)
        if host is None:
            return None
        holders = (host, infinitive)
        reflexive = next((c for h in holders for c in h.children
                          if c.pos_ == "PRON" and c.i < host.i and (c.lower_ in ("se", "s'", "s’") or "Yes" in morph_get(c, "Reflex", None))), None)
        if reflexive is None:
            return None
        subject = next((c for h in holders for c in h.children if c.i < host.i and (c.dep_ in _SUBJ or c.dep_ == "dep") and c.pos_ in ("NOUN", "PROPN", "PRON")
                        and c.i != reflexive.i), None)
        if subject is None and reflexive.i > 0:
            # (a subject the parser left as a root of its own, « Hugo Verlaine s'est fait … »)
            before = infinitive.doc[reflexive.i - 1]
            head = before if before.dep_ != "flat:name" else before.head
            subject = head if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT" else None
        return subject

    def _without_sentence(self, target: Token, party: list[Token]) -> list[Token]:
        """The party without the penalty the parser hung on it instead of on the verb:
        « condamner le maire à trois ans de prison », « à une amende » (an "à" complement with a
        penalty word in it)."""
        for child in target.children if target.pos_ in ("NOUN", "PROPN") else ():
            if (child.dep_ == "nmod" and child.i > target.i and any(g.dep_ == "case" and g.lower_ == "à" for g in child.children)
                    and any(t.lower_ in self.words.penalty_nouns or t.lemma_.lower() in self.words.penalty_nouns for t in child.subtree)):
                return [t for t in party if t.i < child.left_edge.i]
        return party

    def _parties_conjoined_on_the_verb(self, verb: Token, obj: Token | None, first_is_party: bool, *, accusing: bool = False, charged: bool = False) -> list[tuple[Entity, int, int]]:
        """« Le parti accuse la Chine et la Russie d'ingérence »: the next objects of a list the
        parser joined to the verb instead of to its first object, each without the charge
        (« d'ingérence ») it hung on the last one; only after a first object that is a party.
        ``charged``: the list is charged with a wrong (« accuser l'État et les supermarchés de
        … »), which makes each conjunct a party as it makes the first one (`_parties`);
        ``accusing``: the verb is one of accusation, whose charge may hang on a conjunct."""
        if obj is None or not first_is_party:
            return []
        out: list[tuple[Entity, int, int]] = []
        last = obj.right_edge.i
        # (a second object after a comma: "la Chine, l'Iran et la Russie" parsed as two objects)
        for conjunct in sorted((c for c in verb.children if (c.dep_ == "conj" or c.dep_ in _OBJ) and c.i > obj.i), key=lambda c: c.i):
            if conjunct.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" or c.dep_ in _SUBJ for c in conjunct.children):
                break
            start = conjunct.left_edge.i
            if not (start == last + 1 or start == last + 2 and self.doc[last + 1].text == ","):
                break
            if not any(c.dep_ == "cc" for c in conjunct.children) and self.doc[start - 1].text != ",":
                break
            charge = self._charge_on(conjunct, charging_verb=True)
            phrase = [t for t in self._np(conjunct) if (charge is None or t.i < charge.left_edge.i) and t.dep_ != "cc" and not t.is_punct]
            # (the charge may hang on the last conjunct: « accuser l'État et les supermarchés de
            # mentir »; only a conjunct after « et » or « ou » is charged, not a phrase after a
            # comma, which may sum up the charge: « …, une affirmation impossible à vérifier »)
            joined = any(c.dep_ == "cc" for c in conjunct.children)
            out += self._parties(phrase, charged=joined and (charged or accusing and charge is not None)) if phrase else []
            last = conjunct.right_edge.i
        return out + self._correlative_object(verb, obj)

    def _correlative_object(self, verb: Token, obj: Token) -> list[tuple[Entity, int, int]]:
        """« accuse tant la SNCF que la Région de … »: the second member of a correlative list (an
        adverb of correlative_adverbs on the verb before its object, « que » right after the
        object) is accused too. Read from the surface: the parser often takes « que » for a
        subordinator and the second member for the subject of the infinitive after it. The
        member is the run of determiners, adjectives and nouns after « que »."""
        doc = self.doc
        que = obj.right_edge.i + 1
        if que >= len(doc) or doc[que].lower_ != "que":
            return []
        if not any(c.dep_ == "advmod" and c.i < obj.i and c.lower_ in self.words.correlative_adverbs for c in verb.children):
            return []
        end = que + 1
        while end < len(doc) and doc[end].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and doc[end].lower_ not in ("de", "d'", "d’"):
            end += 1
        phrase = list(doc[que + 1 : end])
        return self._parties(phrase) if any(t.pos_ in ("NOUN", "PROPN") for t in phrase) else []

    def _owner_of_the_object(self, verb: Token, obj: Token | None, lemma: str) -> list[tuple[Entity, int, int]]:
        """The party behind an object that names no party: the owner in a complement hung on the
        verb (`_owner_in_stray_complement`), or the owner of a conduct a blaming verb is aimed
        at: « nous dénonçons l'attitude du préfet », « X a critiqué la décision du tribunal »,
        « X a mis en cause l'inaction de l'établissement » (the prefect, the court, the
        establishment: a multiword verb of blame too). Only nouns of conduct: in « dénoncer le
        limogeage du préfet » or « la situation des migrants » the owner undergoes what is denounced."""
        stray = self._owner_in_stray_complement(verb, obj)
        blaming = lemma in self.words.conduct_blame_verbs or _matches(verb, (frozenset(), self.words.object_verb_phrases))
        if stray or obj is None or not blaming:
            return stray
        if not ({obj.lower_, obj.lemma_.lower()} & union(self.words.conduct_nouns, self.lex.activity_nouns, self.words.wrongdoing_nouns)):
            return []
        # (also an owner hung on the adjective after the noun: « la dérive centralisatrice du régime »)
        for child in [*obj.children, *(g for c in obj.children if c.dep_ == "amod" and c.i > obj.i for g in c.children)]:
            owner = _owner(obj, child)
            if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.ent_type_ in ("LOC", "GPE") and not any(c.dep_ == "det" for c in owner.children):
                continue
            phrase = [t for t in self._np(owner) if not (t.dep_ == "case" and t.head.i == owner.i)]
            if self._party_like(phrase, owner):
                return self._parties(phrase)
        return []

    def _owner_in_stray_complement(self, verb: Token, obj: Token | None) -> list[tuple[Entity, int, int]]:
        """The named owner ("de X") inside a complement the parser hung on the verb right after
        its object, which completes the object: « dénoncer l'appel au chaos de X » (X is who
        the act denounced is by)."""
        if obj is None:
            return []
        stray = next((c for c in verb.children if c.dep_.startswith("obl") and c.left_edge.i == obj.right_edge.i + 1), None)
        if stray is None:
            return []
        owner = next((c for c in stray.children if c.i > stray.i and c.pos_ == "PROPN" and c.ent_type_ in ("PER", "ORG")
                      and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in c.children)), None)
        return [] if owner is None else self._parties([t for t in self._np(owner) if not (t.dep_ == "case" and t.head.i == owner.i)])

    def _unnamed_antecedent(self, phrase: list[Token]) -> list[tuple[Entity, int, int]]:
        """« L'attitude de certains médias a été critiquée. Ils sont accusés de … »: « ils » /
        « elles » opening the sentence of a passive accusation or judicial act take up the last
        plural people or institution of their gender named in the sentence before (not the
        police or court acting on the case), when no name does."""
        if len(phrase) != 1:
            return []
        pronoun = phrase[0]
        word = pronoun.lower_
        if pronoun.pos_ != "PRON" or pronoun.dep_ not in _SUBJ or sentence_of(pronoun).start == 0:
            return []
        # (only « ils »/« elles »: a singular one takes up a named person, which names resolve)
        if word not in self.lex.plural_pronouns:
            return []
        if any(not t.is_punct and not t.is_space for t in self.doc[sentence_of(pronoun).start : pronoun.i]):
            return []
        plural = "Plur"
        gender = set(morph_get(pronoun, "Gender", None))
        before = sentence_of(self.doc[sentence_of(pronoun).start - 1])
        for t in reversed(before):
            if t.pos_ != "NOUN" or plural not in morph_get(t, "Number", None):
                continue
            if gender and morph_get(t, "Gender", None) and not gender & set(morph_get(t, "Gender", None)):
                continue
            if self._party_like([t], t) and not self._names_authority(t):  # (the police, a court act on the case)
                antecedent = [w for w in self._np(t) if not (w.dep_ == "case" and w.head.i == t.i) and not w.is_punct]
                entities = [entity for entity, _, _ in self._parties(antecedent)] or [self.reg.typed(antecedent, None)]
                return [(entity, pronoun.idx, pronoun.idx + len(pronoun.text)) for entity in entities]
        return []

    def _person_taken_up_by_clitic(self, clitic: Token) -> list[tuple[Entity, int, int]]:
        """« Paul Roy a fermé l'usine. Plusieurs élus le critiquent »: a singular object clitic of
        a blaming verb takes up the person the sentence before has for main subject. Only a named
        person there (« le projet … les syndicats le dénoncent » takes up a thing), of the
        clitic's gender when its first name tells one (« la » not for « Paul Roy »)."""
        word = clitic.lower_.replace("’", "'")
        if clitic.pos_ != "PRON" or word not in self.words.person_object_clitics:
            return []
        fronted = self._person_of_fronted_adverbial(clitic)
        if fronted is not None:
            ref = self.reg.resolve(fronted, head=fronted[-1])
        else:
            if sentence_of(clitic).start == 0:
                return []
            before = sentence_of(self.doc[sentence_of(clitic).start - 1])
            subject = next((c for c in before.root.children if c.dep_ in _SUBJ - _PASS_SUBJ), None)
            if subject is None or not any(t.ent_type_ in ("PER", "PERSON") for t in self._np(subject)):
                return []
            ref = self.reg.resolve(self._np(subject), head=subject)
        if ref is None or len(ref.entities) != 1:
            return []
        entity = ref.entities[0]
        parts = entity.name.split()
        gender = self.lex.first_name_genders.get(parts[0].lower()) if len(parts) >= 2 else None
        wanted = {"le": "Masc", "la": "Fem"}.get(word)
        if gender is not None and wanted is not None and gender != wanted:
            return []
        return [(entity, clitic.idx, clitic.idx + len(clitic.text))]

    def _person_of_fronted_adverbial(self, clitic: Token) -> list[Token] | None:
        """« Après l'appel de Paul Roy à envahir la mairie, le préfet l'a signalé au parquet »:
        the one person named in the adverbial that opens the clitic's sentence (before the
        verb's subject and a comma) is whom the clitic takes up."""
        verb = clitic.head
        lo = sentence_of(clitic).start
        subject = next((c for c in verb.children if c.dep_ in _SUBJ - _PASS_SUBJ and c.i < verb.i), None)
        if subject is not None:
            hi = subject.left_edge.i
        else:
            # (a subject the parser hung elsewhere: the words between the last comma and the
            # clitic, with no verb among them)
            comma = next((t.i for t in reversed(self.doc[lo : clitic.i]) if t.text == ","), None)
            if comma is None or any(t.pos_ in ("VERB", "AUX") for t in self.doc[comma + 1 : clitic.i]):
                return None
            hi = comma + 1
        if hi - lo < 3 or self.doc[hi - 1].text != ",":
            return None
        people = [ent for ent in self.reg.ents_in(lo, hi) if ent.label_ in ("PER", "PERSON")]
        return list(people[0]) if len({ent.text for ent in people}) == 1 else None

    def _agent_of_denounced_act(self, verb: Token, act: Token) -> Token | None:
        """The doer of an act an active accusing verb takes as object, when the parser hung "par
        X" on the verb rather than on the act ("condamner l'assassinat du juge par des
        rebelles"): an active verb has no agent, so "par X" after the act is the act's. Only an
        act (not people: "critiquer les policiers par …"), and only a doer that is people or an
        institution ("par un communiqué", "par la voix de" are means)."""
        if act.pos_ != "NOUN" or act.ent_type_ or self._party_like([act], act) or _is_passive(verb):
            return None
        if self._tally_act(verb):
            return None  # an arrest takes people: « arrêter le démontage par les gendarmes » stops it
        agent = self._agent(verb)
        if agent is None or agent.i <= act.i or agent.pos_ not in ("NOUN", "PROPN"):
            return None
        phrase = self._np(agent)
        return agent if self._party_like(phrase, agent) else None

    def _responsible_word(self, token: Token) -> bool:
        """"responsable", and its plural ("tenir les autorités pour responsables") by the lemma."""
        i = token.i
        return lower_forms(token.doc)[i] in self.lex.responsible_words or lemma_lowers(token.doc)[i] in self.lex.responsible_words

    def _verdict(self, word: Token) -> bool:
        """"X a été reconnu coupable de corruption", "déclaré coupable": a court's verdict; the
        accuser is the agent, else the source reporting it, else the court named around it.
        Says whether the construction was there."""
        verb = word.head
        if self._active_verdict(word):
            return True
        if word.dep_ != "xcomp" or verb.lemma_.lower() not in self.words.verdict_verbs or not _is_passive(verb) or self._denied(verb):
            return False
        party = self._subject_phrase(verb, _PASS_SUBJ)
        if not party:
            return False
        agent = self._agent(verb) or self._agent(word)  # (the parser may hang "par le tribunal" on "coupable")
        accusers = self._agent_accusers(agent) if agent is not None else self._statement_speakers(verb) or self._authority_acting(verb) or self._authority_subject_before(verb)
        verdict = [t for t in word.subtree if t.i > word.i and (agent is None or t.i < agent.left_edge.i)]
        self._add(self._parties(party), accusers, self._text(verdict), word, blame=False)
        return True

    def _active_verdict(self, word: Token) -> bool:
        """« Le tribunal a reconnu le médecin coupable de … », « la commission a jugé la société
        responsable de … »: the object of a verb of verdict, with the word of guilt hung on it
        or on the verb, is accused by the verb's subject. Says whether the construction was there."""
        obj: Token | None
        if word.dep_ in ("amod", "appos") and word.head.dep_ in _OBJ and word.head.i < word.i:
            verb, obj = word.head.head, word.head
        elif word.dep_ == "xcomp":
            verb = word.head
            obj = next((c for c in verb.children if c.dep_ in _OBJ and c.i < word.i and c.pos_ in ("NOUN", "PROPN")), None)
        else:
            return False
        if obj is None or verb.lemma_.lower() not in self.words.verdict_verbs or _is_passive(verb) or self._denied(verb):
            return False
        party = [t for t in self._np(obj) if t.i < word.i]
        verdict = [t for t in word.subtree if t.i > word.i]
        self._add(self._parties(party), self._accuser(verb), self._text(verdict), word, blame=False)
        return True

    def _in_charge(self, word: Token) -> bool:
        """« X est responsable de la sécurité du site », « responsable d'organiser le vote »: in
        charge of a domain or a task, which blames no one (« responsable de l'attaque », « d'avoir
        menti » do)."""
        for child in word.children:
            if child.i < word.i:
                continue
            if child.pos_ == "VERB" and "Inf" in morph_get(child, "VerbForm", None) and not any(c.dep_.startswith("aux") for c in child.children):
                return any(c.dep_ == "mark" and c.lower_ in ("de", "d'") for c in child.children)
            if child.pos_ == "NOUN" and {child.lower_, child.lemma_.lower()} & self.words.charge_domains:
                return any(c.dep_ == "case" for c in child.children)
        return False

    def _responsible(self, word: Token) -> None:
        if self._verdict(word):
            return
        head = word if word.dep_ not in ("xcomp", "acomp", "amod") else word.head
        if word.dep_ in ("xcomp", "acomp") and head.lemma_.lower() in self.words.responsibility_holding_verbs:
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
            head_copula = next((c for c in word.head.children if c.dep_ == "cop" and c.i < word.head.i), None) if word.dep_ in ("acl:relcl", "relcl") else None
            cleft = head_copula is not None and any((c.dep_ in _SUBJ or c.dep_.startswith("expl")) and c.lower_.replace("’", "'") in ("c'", "ce") for c in word.head.children)
            if len(party) == 1 and party[0].lower_ in _RELATIVES and head_copula is not None and cleft:
                # « ce sont les passeurs qui sont responsables »: the noun the cleft puts forward
                # (a plain relative, « les agents qui sont responsables de la sécurité », is in charge)
                party = [t for t in self._np(word.head) if head_copula.i < t.i < party[0].i]
        if not party or self._in_charge(word):
            return
        complement = [t for t in word.subtree if t.i > word.i]
        att = self._attribution_at(word)
        accusers = list(att.speaker.entities) if att is not None and att.speaker is not None else []
        if not accusers:
            # "Le Canada est convaincu que X est responsable": the believer.
            governor = word.head if word.head.i != word.i else None
            if governor is not None:
                accusers = self._accuser(governor)
        self._add(self._parties_listed(party), accusers, self._text(complement), word)


    def _blame_told_in_a_statement(self, token: Token) -> None:
        """The constructions in which what a source says blames a party with no word of
        accusation: a wrong suffered at its hands (`_wronged_by_agent`), the party called a
        danger (`_called_a_danger`), what it did called unacceptable (`_deplored_deed`), too
        little done (`_too_little_done`), its conduct called racist or violent
        (`_stigmatised_conduct`), its pretending (`_pretence`), what it must do to make amends
        (`_demand_on_culprit`), what it did in a wrongful manner (`_done_wrongfully`), a
        commitment it did not keep (`_broken_commitment`), nothing done to prevent a harm
        (`_nothing_done_to_remedy`), a wrong done in complicity with it (`_accomplice`)."""
        i = token.i
        pos, lower, lemma = pos_tags(self.doc)[i], lower_forms(self.doc)[i], lemma_lowers(self.doc)[i]
        words = self.words
        if pos == "VERB" and (lemma in words.grievance_verbs or lemma in words.harm_verbs[0]):
            self._wronged_by_agent(token)
        elif pos == "NOUN" and (lower in words.danger_nouns or lemma in words.danger_nouns):
            self._called_a_danger(token)
        elif pos in ("ADJ", "VERB") and (lower in words.deploring_adjectives or lemma in words.deploring_adjectives) or pos == "NOUN" and lemma in words.deploring_nouns:
            self._deplored_deed(token)
        elif pos == "NOUN" and lower in words.commitment_nouns:
            self._broken_commitment(token)
        elif pos in ("ADJ", "VERB") and lower in words.shortcoming_adjectives:
            self._too_little_done(token)
        elif pos == "ADJ" and (lower in words.stigma_words or lemma in words.stigma_words):
            self._stigmatised_conduct(token)
        elif lemma == "faire" and _matches(token, words.pretence_phrases):
            self._pretence(token)
        if pos == "VERB" and token.dep_ in ("xcomp", "acl", "nmod") and _matches(token, words.culprit_demand_verbs):
            self._demand_on_culprit(token)
        if pos == "VERB" and self._done_wrongfully(token):
            self._subject_blamed(token, token)
        if pos == "VERB" and lemma == "faire":
            self._nothing_done_to_remedy(token)
        if pos == "NOUN" and lemma in words.complicity_nouns:
            self._accomplice(token)

    def _wrong_done_told_in_a_statement(self, token: Token) -> None:
        """A source saying a party committed a wrong (`_wrong_committed`) or did one by neglect
        or trickery (`reported_wrongdoing_verbs`, read as harm verbs: `_harm`)."""
        lemma = lemma_lowers(self.doc)[token.i]
        if self._finite_verb_reading(token, pos_tags(self.doc)[token.i]):
            (self._wrong_committed if lemma in self.words.wrong_committing_verbs else self._harm)(token)

    def _duty_left_undone(self, verb: Token) -> None:
        """A party that left a duty undone: « l'exploitant n'a jamais entretenu les digues »,
        « le distributeur a coupé le courant sans prévenir les habitants », « l'État a laissé
        faire sans jamais contrôler les livraisons », « les digues n'ont pas été entretenues par
        X ». The wrong is the negation itself (of a verb of `neglected_duty_verbs`), or « sans »
        before its infinitive; the doer is the subject (the agent of a passive; for « sans », the
        subject of the clause it hangs on). Told in a statement, the speaker blames the doer;
        told by the writer, no one does (accused_by []). Not supposed (« si X ne prévenait pas »),
        not asked, not a pronoun of the first person nor the speaker (the speaker's own side), not
        the police told by the writer (an intervention: « interpellé sans prévenir sa famille »)."""
        if not self._finite_verb_reading(verb, pos_tags(self.doc)[verb.i]) and not _infinitive(verb):
            return
        without = any(c.dep_ in ("mark", "case") and c.lower_ in self.words.omission_prepositions for c in verb.children)
        if without:
            doer_verb = self._verb_with_subject_before(verb)
            party = self._subject_phrase(doer_verb, _SUBJ - _PASS_SUBJ) if doer_verb is not None else []
        elif verb.i in self._negated_heads() and not _infinitive(verb) and self._with_ne(verb):
            doer_verb = verb
            agent = self._agent(verb) if _is_passive(verb) else None
            party = self._np(agent) if agent is not None else [] if _is_passive(verb) else self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        else:
            return
        if not party or doer_verb is None or self._supposed(doer_verb) or self._asked(verb):
            return
        if any(t.lower_ in self.lex.first_pronouns for t in party if t.pos_ == "PRON"):
            return
        head = next((t for t in party if t.head.i < party[0].i or t.head.i > party[-1].i or t.head.i == t.i), party[0])
        speakers = self._statement_speakers(verb)
        if head.pos_ == "PRON":
            if len(party) == 1 and speakers:
                self._perpetrator_pronoun(head, speakers, verb)
            return
        if self._party_like(party, head):
            self._doer_blamed_by_speakers(party, speakers, verb)

    def _act_alleged_in_the_conditional(self, verb: Token) -> None:
        """The conditional of hearsay in a source's statement: « selon le syndicat, le fonds
        aurait prélevé 31 millions », « d'après la plainte, un salarié de la coopérative aurait
        pulvérisé le champ », « X pointe le laboratoire, qui aurait tardé à transmettre … ». A
        past conditional (« aurait », « serait » with a participle) tells an act the source
        alleges without vouching for it: its subject, a party (a person, a group, an
        organisation, not a thing: « la pratique aurait commencé »), is accused by the source.
        Not denied, supposed or asked, not a passive (its subject suffered the act), not what the
        subject said or perceived, not a mishap, a lawful step or a mere event
        (`_alleged_act_may_be_a_wrong`); `_doer_blamed_by_speakers` spares the source and the
        police."""
        doc = self.doc
        children = children_indices(doc)[verb.i]
        if not any(dep_labels(doc)[c] == "aux:tense" and "Cnd" in morph_get(doc[c], "Mood", None) for c in children) or _is_passive(verb):
            return  # (asked of every verb: its auxiliaries first)
        lemma = lemma_lowers(doc)[verb.i]
        if lemma in self.lex.speech_verbs or lemma in self.lex.perception_verbs or any(dep_labels(doc)[c] in ("expl:comp", "expl:pv") for c in children):
            return  # what the subject said, saw or felt (« se serait aperçu »), not what it did
        if not self._alleged_act_may_be_a_wrong(verb):
            return
        speakers = self._statement_speakers(verb)
        if not speakers or self._denied(verb) or self._supposed(verb) or self._asked(verb):
            return
        # (a subject with a preposition of its own is a complement the parser misread: « selon
        # la plainte, déposée auprès du parquet, X aurait reçu … »)
        if any(c.dep_ in _SUBJ and any(g.dep_ == "case" for g in c.children) for c in verb.children):
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        head = _phrase_head(party) if party else None
        # (the head stands for a party, or a name set right after it does, « le fonds X »: « la
        # voiture achetée par X aurait coûté cher » alleges nothing of X)
        if head is None or head.pos_ == "PRON":
            return
        named_head = any(t.pos_ == "PROPN" and t.head.i == head.i and t.i > head.i and not any(g.dep_ == "case" for g in t.children) for t in party)
        if self._party_like([head], head) or named_head:
            self._doer_blamed_by_speakers(party, speakers, verb)

    def _alleged_act_may_be_a_wrong(self, verb: Token) -> bool:
        """Whether a verb can tell a wrong its subject did, not a mishap or a lawful step: it
        acts on something (an object, a complement, an infinitive: « aurait caché les
        résultats », « aurait profité de l'absence », « aurait tardé à prévenir »), or is a
        verb of harm or wrongdoing on its own (« aurait menti »); not what befalls a party or
        a step the law grants it (`undergone_and_lawful_acts`: « aurait perdu deux millions »,
        « aurait fait appel »), nor what could or should have been (`counterfactual_modals`:
        « la loi aurait pu permettre … »). An intransitive verb tells an event (« aurait
        démissionné », « serait intervenu »)."""
        words = self.words
        lemma = lemma_lowers(self.doc)[verb.i]
        if lemma in words.counterfactual_modals or lower_forms(self.doc)[verb.i] in words.counterfactual_modals or _matches(verb, words.undergone_and_lawful_acts):
            return False
        if lemma in words.reported_wrongdoing_verbs or lemma in words.narrated_wrongdoing_verbs or _matches(verb, words.harm_verbs):
            return True
        labels = dep_labels(self.doc)
        return any(labels[c] in _ACTED_ON for c in children_indices(self.doc)[verb.i])

    def _doer_blamed_by_speakers(self, party: list[Token], speakers: list[Entity], verb: Token) -> None:
        """The doer of what a verb tells, a party, blamed by the speakers of the statement: not
        the police told by the writer or by themselves (how they intervened, as in
        `_perpetration`), nor the speaker itself (« X reconnaît … »: no one accuses X)."""
        if self._law_enforcement(party) and all(self._speaks_for_law_enforcement(s) for s in speakers):
            return
        found = self._parties(party)
        if any(entity.name in {s.name for s in speakers} for entity, _, _ in found):
            return
        self._add(found, speakers, self._text([t for t in verb.subtree if t.i >= verb.i]), verb)

    @staticmethod
    def _with_ne(verb: Token) -> bool:
        """Whether a verb carries « ne » (« n'a jamais contrôlé »): « jamais » alone is no
        negation (« la plus grande ville jamais contrôlée par X »)."""
        return any(c.lower_.replace("’", "'") in ("ne", "n'") for c in verb.children)

    def _verb_with_subject_before(self, verb: Token) -> Token | None:
        """The nearest verb before a clause of « sans » in its sentence that has a subject of its
        own before it: the clause's doer (« X a coupé le courant sans prévenir », « X a laissé
        les grossistes arbitrer sans contrôler »); the parser may hang « sans » on a noun."""
        start = sentence_of(verb).start
        for i in range(verb.i - 1, max(start, verb.i - 20) - 1, -1):
            word = self.doc[i]
            if word.pos_ == "VERB" and any(c.dep_ in _SUBJ and c.i < word.i for c in word.children):
                return word
        return None

    def _asked(self, verb: Token) -> bool:
        """Whether a word sits in a question (its sentence ends with « ? »)."""
        sentence = sentence_of(verb)
        return any(self.doc[i].text == "?" for i in range(max(sentence.start, sentence.end - 3), sentence.end))

    @staticmethod
    def _finite_verb_reading(token: Token, pos: str) -> bool:
        """A verb, or a past participle the tagger took for an adjective in a compound tense
        (« la mairie a « bâclé » l'enquête »: « bâclé » with its « avoir »)."""
        return pos == "VERB" or pos == "ADJ" and any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in token.children)

    def _wrong_committed(self, verb: Token) -> None:
        """A source saying a party committed a wrong: « selon l'avocate, la clinique a commis
        plusieurs fautes », « le service a multiplié les irrégularités », « des irrégularités ont
        été commises par la mairie »: the doer (subject, or agent of the passive) is blamed by
        the speaker. The wrong is the object (the passive subject), or what a quantity of it
        is of (« une série de fautes »); not denied (« X n'a commis aucune faute »)."""
        passive = _is_passive(verb)
        wrong = next((c for c in verb.children if c.dep_ in (_PASS_SUBJ if passive else _OBJ)), None)
        if wrong is None and not passive:
            # (a quoted object the parser took for an adverbial: « a commis « deux fautes » »)
            wrong = next((c for c in verb.children if c.i > verb.i and c.dep_.startswith("obl") and c.pos_ == "NOUN" and not any(g.dep_ == "case" for g in c.children)
                          and any(t.lower_ in _OPENING_QUOTES for t in verb.doc[verb.i + 1 : c.left_edge.i + 1])), None)
        if wrong is None or not self._names_a_committed_wrong(wrong) or any(c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in wrong.children):
            return
        if not passive:
            self._subject_blamed(verb, verb)
            return
        speakers = self._statement_speakers(verb)
        agent = self._agent(verb)
        if self._denied(verb) or not speakers or agent is None or agent.pos_ not in ("NOUN", "PROPN"):
            return
        phrase = [t for t in self._np(agent) if not (t.dep_ == "case" and t.head.i == agent.i)]
        self._add(self._statement_party(phrase, agent), speakers, self._text(list(verb.subtree)), verb)

    def _names_a_committed_wrong(self, noun: Token) -> bool:
        """Whether a noun names a wrong one commits, itself or as the quantity of one
        (« une série de fautes »: the « de » complement)."""
        words = self.words
        wrongs = union(words.committed_wrong_nouns, words.wrongdoing_nouns, words.crime_nouns)

        def names_a_wrong(word: Token) -> bool:  # (a one-word entry of ``wrong_nouns`` too)
            low, lemma = word.lower_, word.lemma_.lower()
            return low in wrongs or lemma in wrongs or (low,) in words.wrong_nouns or (lemma,) in words.wrong_nouns

        if names_a_wrong(noun):
            return True
        return any(c.dep_ == "nmod" and c.i > noun.i and names_a_wrong(c) and any(g.dep_ == "case" and g.lower_ in _OF_WORDS for g in c.children) for c in noun.children)

    def _move_of_the_game(self, token: Token, sporting: frozenset[int]) -> bool:
        """"les attaques danoises menées par X" in the report of a match: a move of the game."""
        i = token.i
        senses = self.words.sport_senses
        return bool(sporting) and (lower_forms(self.doc)[i] in senses or lemma_lowers(self.doc)[i] in senses) and self._paragraph_number(token) in sporting

    def _hostile_conduct_word(self, token: Token) -> None:
        """`_hostile_conduct` on a noun (or a proper noun) of the hostile conduct or persecution lists."""
        if pos_tags(self.doc)[token.i] in ("NOUN", "PROPN") and (_matches(token, self.words.hostile_conduct_nouns) or {lower_forms(self.doc)[token.i], lemma_lowers(self.doc)[token.i]} & self.words.persecution_nouns):
            self._hostile_conduct(token)

    def _hostile_conduct(self, noun: Token) -> None:
        """A source telling of a party's hostile conduct: « le maire est victime d'un acharnement
        de la part des juges », « la volonté de nuire des casseurs », « l'intrusion du syndicat
        dans les rédactions »: who carries it on (the « de » complement of a hostile conduct
        noun, « de la part de X » on it or on a persecution noun, whose « de » complement is
        the victim) is blamed by the speaker, or by the subject of the verb the noun is the
        object of (« X dénonce l'acharnement de Y »). Not denied, not the speaker's own side."""
        governor = noun.head if noun.dep_ in _OBJ and noun.head.pos_ == "VERB" else None
        if self._denied(noun) or noun.head.pos_ in ("VERB", "AUX") and self._denied(noun.head) or any(c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in noun.children):
            return  # (« il n'y a aucun acharnement de X »)
        doer = self._on_whose_part(noun)
        if doer is None and governor is not None:
            # (« subir un harcèlement de la part de X » with « de la part » hung on the verb)
            doer = self._on_whose_part_after(governor, noun)
        if doer is None and _matches(noun, self.words.hostile_conduct_nouns):
            doer = self._doer_after_hostile_conduct(noun)
        if doer is None or doer.pos_ not in ("NOUN", "PROPN"):
            return
        accusers = (self._accuser(governor) if governor is not None else []) or self._statement_speakers(noun)
        if not accusers:
            return  # (the article's own account)
        phrase = [t for t in self._np(doer) if not (t.dep_ == "case" and t.head.i == doer.i) and not t.is_punct]
        self._add(self._statement_party(phrase, doer), accusers, self._text([noun]), noun)

    @staticmethod
    def _on_whose_part_after(verb: Token, noun: Token) -> Token | None:
        """The noun after a « de la part de » the parser hung on a verb, right after its object."""
        part = next((c for c in verb.children if c.i > noun.i and c.lower_ == "part" and c.dep_.startswith(("obl", "nmod"))
                     and any(g.dep_ == "case" and g.lower_ == "de" for g in c.children) and any(g.dep_ == "det" and g.lower_ == "la" for g in c.children)), None)
        if part is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in verb.doc[noun.i + 1 : part.i]):
            return None
        return next((c for c in part.children if c.dep_ == "nmod" and c.i > part.i and c.pos_ in ("NOUN", "PROPN")), None)

    def _doer_after_hostile_conduct(self, noun: Token) -> Token | None:
        """Who carries on a hostile conduct: the « de » complement of its noun (« l'acharnement
        des juges »), or after a multiword entry the noun of the « de » phrase right after its
        last word (« la volonté de nuire des casseurs », where the parser takes the casseurs for
        the object of « nuire »)."""
        doc, lowers = self.doc, lower_forms(self.doc)
        rests = [rest for rest in self.words.hostile_conduct_nouns[1].get(lemma_lowers(doc)[noun.i], ()) if tuple(w.replace("’", "'") for w in lowers[noun.i + 1 : noun.i + 1 + len(rest)]) == rest]
        if not rests:
            return next((o for c in noun.children if (o := _owner(noun, c)) is not None and o.dep_ != "nmod:poss" and o.dep_ != "poss"), None)
        after = noun.i + 1 + max(len(rest) for rest in rests)
        if after >= noun.sent.end or lowers[after].replace("’", "'") not in ("de", "du", "des", "d'"):
            return None
        return next((t for t in doc[after + 1 : min(after + 4, noun.sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)

    def _institution(self, head: Token) -> bool:
        """Whether a noun names a state, a government body or an organisation: by the lexicon's
        words for them (`_institution_word`), or a name of one."""
        if head.pos_ == "PROPN" or head.ent_type_:
            return head.ent_type_ in ("ORG", "GPE", "LOC")
        return self._institution_word(head)

    def _institution_word(self, token: Token) -> bool:
        """Whether a word is one of the lexicon's words for a state, a government body or an
        organisation (« l'État », « la mairie », « la direction »), by its form or its lemma."""
        lex = self.lex
        words = union(lex.government_words, lex.organization_words, lex.state_words)
        return token.lemma_.lower() in words or token.lower_ in words

    def _subjects_of_accusing_statements(self) -> None:
        """« « La direction a préféré économiser », a accusé X », « X a dénoncé : « La mairie
        savait » »: a statement whose own cue is a verb of accusation or blame with no object
        (the statement is what it accuses) blames whoever its clauses tell of, the subject of
        each main clause that stands for a party; not the speaker's own side (a first-person
        pronoun, the speaker), not a pronoun. A negated clause is blamed as well (« la mairie
        n'a rien fait », a dénoncé X: what was left undone); the verb itself is not denied."""
        doc, words = self.doc, self.words
        blaming = union(self.lex.accuse_passive, words.conduct_blame_verbs)
        for att in self.a.attributions:
            if att.cue is None or att.speaker is None or att.cue_lemma not in blaming:
                continue
            cue = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
            verb = next((t for t in cue or () if t.lemma_.lower() in blaming), None)
            span = doc.char_span(att.start, att.end, alignment_mode="expand")
            if verb is None or span is None or self._denied(verb):
                continue
            # (after a statement, a name after the verb is its speaker the parser took for an object)
            incise = span.end <= verb.i
            if any(c.dep_ in _OBJ and not (incise and c.i > verb.i) or c.dep_ == "xcomp" for c in verb.children):
                continue  # (« X a accusé le maire de … »: the construction of the verb itself)
            speakers = list(att.speaker.entities)
            for subject in span:
                clause = subject.head
                if subject.dep_ not in _SUBJ - _PASS_SUBJ or subject.pos_ not in ("NOUN", "PROPN") or not span.start <= clause.i < span.end:
                    continue
                if not (self._main_clause_of(clause, span) or clause.dep_ == "conj" and self._main_clause_of(clause.head, span)):
                    continue
                phrase = [t for t in self._np(subject) if span.start <= t.i < span.end]
                if self._approximate_tally(phrase, subject):
                    continue  # (« plus de 300 habitants ont reçu …, a dénoncé X »: those it befell)
                parties = [p for p in self._statement_party(phrase, subject) if p[0] not in speakers]
                self._add(parties, speakers, self._text([t for t in clause.subtree if span.start <= t.i < span.end]), clause)

    def _approximate_tally(self, phrase: list[Token], head: Token) -> bool:
        """Whether a subject counts people roughly (`approximate_tally_words`: « plus de 300
        habitants », « quelque 870 allocataires », « une quarantaine d'abonnés »): a statement
        denouncing what such a tally underwent or lacks tells of the people a wrong befell; those
        who did it are named, not counted by the hundred."""
        tally = self.words.approximate_tally_words
        return head.lemma_.lower() in tally or any(t.lower_ in tally for t in phrase[:2] if t.i < head.i)

    @staticmethod
    def _main_clause_of(verb: Token, span: Span) -> bool:
        """Whether a verb heads a statement's own clause: its head is out of the statement."""
        return verb.dep_ == "ROOT" or not span.start <= verb.head.i < span.end

    def _statement_party(self, phrase: list[Token], head: Token) -> list[tuple[Entity, int, int]]:
        """The parties a phrase inside a statement names, if it stands for people or an
        institution: not a first-person pronoun (the speaker's own side), not a thing."""
        if not phrase or head.pos_ == "PRON" or not self._party_like(phrase, head):
            return []
        return self._parties(phrase)

    def _wronged_by_agent(self, verb: Token) -> None:
        """A source telling a wrong it or others suffered at the hands of a party, in the
        passive with its agent: « nous avons été abandonnés par l'État », « notre filière est
        sacrifiée par Bruxelles », « les électeurs ont été trompés par le maire »: the agent is
        blamed by the speaker. Not denied (« nous n'avons pas été trompés par X »)."""
        if not _is_passive(verb) or self._denied(verb):
            return
        speakers = self._statement_speakers(verb)
        agent = self._agent(verb)
        if not speakers or agent is None or agent.pos_ not in ("NOUN", "PROPN"):
            return
        phrase = [t for t in self._np(agent) if not (t.dep_ == "case" and t.head.i == agent.i)]
        self._add(self._statement_party(phrase, agent), speakers, self._text(list(verb.subtree)), verb)

    def _called_a_danger(self, noun: Token) -> None:
        """A source calling a party a threat: « ce régime représente une menace pour la
        région », « la milice constitue un danger », « X est un péril pour la démocratie »: the
        subject is blamed by the speaker. Not denied (« X ne représente aucune menace ») nor
        a danger to the party (« les journalistes sont en danger »: no determiner, no verb)."""
        verb = noun.head
        if noun.dep_ in _OBJ and verb.pos_ == "VERB" and verb.lemma_.lower() in self.words.danger_verbs:
            predicate = verb
        elif any(c.dep_ == "cop" for c in noun.children) and any(c.dep_ == "det" for c in noun.children):
            predicate = noun
        else:
            return
        if self._denied(predicate) or any(c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in noun.children):
            return
        speakers = self._statement_speakers(noun)
        if not speakers:
            return
        subject = self._subject_phrase(predicate, _SUBJ - _PASS_SUBJ)
        head = next((t for t in subject if t.head.i not in {s.i for s in subject} or t.head.i == t.i), None)
        if head is None:
            return
        self._add(self._statement_party(subject, head), speakers, self._text(list(noun.subtree)), noun)

    def _deplored_deed(self, adjective: Token) -> None:
        """A source calling what a party did unacceptable: « il est inacceptable que la mairie
        ferme l'école », « que le préfet ait menti est scandaleux », « c'est un scandale que
        … » (the word is then a noun): the subject of the clause
        judged is blamed by the speaker (or the agent of a passive one). Not when the judgement is denied (« il n'est pas scandaleux que … »)."""
        # (the parser may read the « être » of an adjective as a passive auxiliary)
        copula = next((c for c in adjective.children if c.lemma_ == "être" and c.dep_ in ("cop", "aux:pass")), None)
        if copula is None or self._denied(adjective):
            return
        # « Il est ADJ que … »: the clause hangs on the adjective; « Que … est ADJ »: the clause
        # opening the sentence ends on the copula, wherever the parser hung it.
        # (whatever the parser calls the clause after it; but after a noun, « un scandale que
        # tous dénoncent » is a relative clause whose « que » is its object: a completive one
        # has an object of its own)
        clause = next((
            c for c in adjective.children if c.pos_ in ("VERB", "AUX") and c.i > adjective.i and self._opened_by_que(c) is not None
            and (adjective.pos_ != "NOUN" or any(g.dep_ in _OBJ or g.dep_ in ("ccomp", "xcomp") for g in c.children))
        ), None)
        if clause is None and copula.i > 0:
            clause = next((t for t in (self.doc[copula.i - 1], *self.doc[copula.i - 1].ancestors) if t.pos_ in ("VERB", "AUX") and self._opens_the_sentence(self._opened_by_que(t))), None)
        if clause is None:
            return
        speakers = self._statement_speakers(adjective)
        if not speakers:
            return
        if _is_passive(clause):
            agent = self._agent(clause)
            phrase = [t for t in self._np(agent) if not (t.dep_ == "case" and t.head.i == agent.i)] if agent is not None else []
            head = agent
        else:
            phrase = self._subject_phrase(clause, _SUBJ - _PASS_SUBJ)
            head = next((t for t in phrase if t.head.i not in {s.i for s in phrase} or t.head.i == t.i), None)
        if head is None:
            return
        # (up to a verb the parser hung on the subject: « que la préfecture expulse … »)
        end = next((t.i for t in phrase if t.i > head.i and t.pos_ in ("VERB", "AUX")), len(self.doc))
        phrase = [t for t in phrase if t.i < end]
        self._add(self._statement_party(phrase, head), speakers, self._text(list(clause.subtree)), adjective)

    def _intending_subject(self, verb: Token) -> list[Token]:
        """The subject of the verb of intent an infinitive completes, or of the act it is the
        purpose of: « des meneurs qui veulent semer le chaos », « X cherche à tromper les
        électeurs », « les bandes qui ont visé ces quartiers pour semer la terreur », « des
        agents pour faire taire les opposants » (who would do it)."""
        if "Inf" not in morph_get(verb, "VerbForm", None):
            return []
        # (« Moscou tente de … » with « tente » lemmatised as the noun)
        intended = verb.dep_ == "xcomp" and verb_lemma(verb.head, self.words.intent_verbs) is not None
        host = verb.head  # (a verb, or a copular predicate: « des agents qui sont à la manœuvre pour … »)
        purpose = verb.dep_ == "advcl" and (host.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in host.children)) and any(c.dep_ in ("mark", "case") and c.lower_ == "pour" for c in verb.children)
        # (« des réseaux qui s'organisent pour intimider les juges » with the purpose hung on the noun)
        purpose_of_party = verb.dep_ == "acl" and host.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "mark" and c.lower_ == "pour" for c in verb.children)
        if purpose_of_party:
            clauses = [c.i for c in host.children if c.i > host.i and c.dep_ in ("acl", "acl:relcl", "relcl")]
            return [t for t in self._np(host) if t.i < min(clauses)]
        if not (intended or purpose) or purpose and _is_passive(verb.head):
            return []
        return self._subject_phrase(verb.head, _SUBJ - _PASS_SUBJ) or self._existent(host)

    def _existent(self, verb: Token) -> list[Token]:
        """What « il y a » says exists, as the parser may hang on it a purpose meant for it
        (« il y a des militants qui sont à pied d'œuvre pour semer la division »): its object."""
        if verb.lemma_.lower() != "avoir" or not any(c.dep_.startswith("expl") and c.lower_ == "y" for c in verb.children):
            return []
        existent = next((c for c in verb.children if c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN")), None)
        return self._np(existent) if existent is not None else []

    def _subject_blamed(self, predicate: Token, at: Token, *, hung_on_subject: bool = False) -> None:
        """The subject of a predicate blamed by the speaker of the statement it sits in: not
        denied, a party (not the speaker's own side, not a thing). ``hung_on_subject``: a verb
        that cannot modify a noun, so that a noun it hangs on is its subject."""
        if self._denied(predicate):
            return
        speakers = self._statement_speakers(at)
        if not speakers:
            return
        subject = self._subject_phrase(predicate, _SUBJ - _PASS_SUBJ)
        host = predicate.head
        if not subject and hung_on_subject and predicate.dep_ in ("acl", "amod") and host.i < predicate.i and host.pos_ in ("NOUN", "PROPN"):
            # « La ministre fait comme si … » with the verb taken for a participle on its subject
            subject = [t for t in self._np(host) if t.i < predicate.i]
        before = self.doc[predicate.i - 1] if predicate.i > 0 else None
        if not subject and hung_on_subject and before is not None and before.pos_ in ("NOUN", "PROPN"):
            # (a parse in pieces, the verb hung on none of its words: the noun just before it)
            subject = [t for t in self._np(before) if t.i < predicate.i]
        head = next((t for t in subject if t.head.i not in {s.i for s in subject} or t.head.i == t.i), None)
        if head is not None:
            self._add(self._statement_party(subject, head), speakers, self._text(list(predicate.subtree)), at)

    def _too_little_done(self, adjective: Token) -> None:
        """A source saying a party did too little: « l'agence a été trop lente à réagir », « le
        gouvernement est trop complaisant avec ces groupes »: the subject is blamed."""
        if any(c.lower_ == "trop" for c in adjective.children) and any(c.lemma_ == "être" and c.dep_ in ("cop", "aux:pass") for c in adjective.children):
            self._subject_blamed(adjective, adjective)

    def _stigmatised_conduct(self, adjective: Token) -> None:
        """A source calling what a party says or does racist, violent, dishonest: « X a tenu des
        propos racistes », « les méthodes mafieuses de X », « la politique criminelle de X »: the owner of the conduct (its « de »
        complement or possessive), else the subject of the verb it is the object of, is blamed."""
        noun = adjective.head
        if adjective.dep_ != "amod" or noun.pos_ != "NOUN" or not {noun.lower_, noun.lemma_.lower()} & (self.words.conduct_nouns | self.words.policy_nouns):
            return
        speakers = self._statement_speakers(noun)
        if not speakers or self._denied(noun):
            return
        owners = [o for c in noun.children if (o := _owner(noun, c)) is not None]
        # (« les mesures irresponsables du ministre » with « du ministre » hung on the adjective)
        owners += [c for c in adjective.children if c.dep_ in ("obl:arg", "nmod") and any(g.dep_ == "case" and g.lower_ in ("de", "du", "des", "d'", "d’") for g in c.children)]
        for owner in owners:
            if owner.pos_ in ("NOUN", "PROPN"):
                # (up to a verb the parser hung on the owner: « … du gouvernement tue nos … »)
                end = next((t.i for t in self._np(owner) if t.i > owner.i and t.pos_ in ("VERB", "AUX")), len(self.doc))
                phrase = [t for t in self._np(owner) if t.i < end and not (t.dep_ == "case" and t.head.i == owner.i)]
                self._add(self._statement_party(phrase, owner), speakers, self._text(list(noun.subtree)), noun)
                return
        # (« des propos » may be read as « de » + « propos », an oblique argument)
        if (noun.dep_ in _OBJ or noun.dep_ == "obl:arg") and noun.head.pos_ == "VERB":
            self._subject_blamed(noun.head, noun)

    def _nothing_done_to_remedy(self, verb: Token) -> None:
        """A source saying a party did nothing, or not enough, to protect or prevent: « le
        gouvernement n'a rien fait pour protéger les habitants », « la mairie n'a pas fait
        assez pour empêcher les inondations »: the subject is blamed for its failure. Only with
        a verb of remedy after « pour » (« il n'a rien fait pour mériter ça » clears him), or
        with an institution as subject (« l'État n'a rien fait »: it had to act; « mon client
        n'a rien fait » says he is innocent)."""
        lowers = {c.lower_ for c in verb.children}
        # (« rien » is no negation of `_negated_heads`' list: its « ne » says it)
        negated = verb.i in self._negated_heads() or self._with_ne(verb)
        if not negated or not ("rien" in lowers or lowers & {"assez", "suffisamment"} and "pas" in lowers):
            return
        purpose = next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in self.words.remedy_verbs and any(g.dep_ == "mark" and g.lower_ == "pour" for g in c.children)), None)
        speakers = self._statement_speakers(verb)
        # (« rien » may be read as a second subject: the noun one is the party)
        subject = next((c for c in verb.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i), None)
        # (any other aim says what the act would have been for: « pour mériter ça » clears it)
        aimed = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "pour" for g in c.children) for c in verb.children)
        if not speakers or subject is None or self._supposed(verb):
            return
        if purpose is None and (aimed or "rien" not in lowers or not self._institution(subject)):
            return
        phrase = [t for t in self._np(subject) if t.i < verb.i]
        self._add(self._statement_party(phrase, subject), speakers, self._text(list(verb.subtree)), verb)

    def _accomplice(self, noun: Token) -> None:
        """A source saying a wrong was done « en complicité avec X », « de connivence avec X »,
        « en collusion avec X »: X is blamed as an accomplice, and so is the subject of the verb
        (not « sans aucune complicité », not denied). The « avec » phrase hangs on the noun, or
        on the verb right after it."""
        if self._denied(noun) or noun.head.pos_ in ("VERB", "AUX") and self._denied(noun.head) or any(c.lower_ in ("sans", "aucun", "aucune") for c in noun.children):
            return
        speakers = self._statement_speakers(noun)
        if not speakers:
            return
        hosts = [noun] + ([noun.head] if noun.head.pos_ in ("VERB", "AUX") else [])
        partner = next((c for h in hosts for c in h.children if c.i > noun.i and c.pos_ in ("NOUN", "PROPN")
                        and any(g.dep_ == "case" and g.lower_ == "avec" for g in c.children) and not any(t.is_punct for t in self.doc[noun.i + 1 : c.i])), None)
        if partner is None:
            return
        phrase = [t for t in self._np(partner) if not (t.dep_ == "case" and t.head.i == partner.i) and not t.is_punct]
        self._add(self._statement_party(phrase, partner), speakers, self._text([noun, *phrase]), noun)
        if noun.head.pos_ == "VERB":
            self._subject_blamed(noun.head, noun)  # (« le préfet a agi de connivence avec X »: he too)

    def _pretence(self, verb: Token) -> None:
        """A source saying a party pretends: « le maire fait comme si le problème n'existait pas »,
        « le préfet fait mine de découvrir le problème »: the subject is charged with bad
        faith. (The parser may hang « fait » on « semblant »: the subject is then on that.)"""
        predicate = verb.head if verb.dep_ in ("aux", "aux:tense", "dep") and verb.head.i == verb.i + 1 else verb
        self._subject_blamed(predicate, verb, hung_on_subject=True)

    def _done_wrongfully(self, verb: Token) -> bool:
        """Whether an act is told as done in a wrongful manner (« arrêtés arbitrairement »,
        « licencié abusivement »): a wrong of its agent, done to its object."""
        # (asked of every verb: the per-Doc lists, no Token per child)
        deps, lowers = dep_labels(self.doc), lower_forms(self.doc)
        return any(deps[c] == "advmod" and lowers[c] in self.words.wrongful_manner_adverbs for c in children_indices(self.doc)[verb.i])

    def _broken_commitment(self, noun: Token) -> None:
        """A source saying a party did not keep its word: « le gouvernement n'a pas tenu ses
        promesses », « la direction n'a jamais respecté ses engagements »: the subject of the
        negated verb is blamed by the speaker."""
        verb = noun.head
        if noun.dep_ not in _OBJ or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.commitment_keeping_verbs:
            return
        if verb.i not in self._negated_heads() or verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in self.words.refusal_verbs:
            return
        speakers = self._statement_speakers(noun)
        subject = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        head = next((t for t in subject if t.head.i not in {s.i for s in subject} or t.head.i == t.i), None)
        if speakers and head is not None:
            self._add(self._statement_party(subject, head), speakers, self._text(list(verb.subtree)), noun)

    def _demand_on_culprit(self, verb: Token) -> None:
        """A source saying what a party must do that only a culprit is told to: « le ministre
        doit démissionner », « la direction devra rendre des comptes », « Moscou doit cesser
        ses provocations »: the subject of « devoir » is blamed (not « ne doit pas … »); the
        same demand made of a party by a caller (`_called_to_account`)."""
        head = verb.head
        if verb.dep_ != "xcomp":
            # (the demand hung on the one called on: « appelle la junte à cesser … » read with
            # « cesser » on « junte »)
            if head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i and head.head.pos_ == "VERB" and verb_lemma(head.head, self.words.culprit_call_verbs):
                self._called_to_account(head.head, verb, head)
        elif head.lemma_.lower() == "devoir" and head.i < verb.i:
            self._subject_blamed(head, verb)
        elif head.pos_ == "VERB" and verb_lemma(head, self.words.culprit_call_verbs) and head.i < verb.i:
            called = next((c for c in head.children if c.i < verb.i and c.pos_ in ("NOUN", "PROPN") and self._called_on(c)), None)
            if called is not None:
                self._called_to_account(head, verb, called)

    @staticmethod
    def _called_on(word: Token) -> bool:
        """Whether a complement of a call is the one called on: its object (« appelle la junte »)
        or its « à » complement (« demande au ministre »)."""
        return word.dep_ in _OBJ or word.dep_ in ("iobj", "obl:arg") and any(g.dep_ == "case" and g.lower_ in _TO_WORDS for g in word.children)

    def _called_to_account(self, call: Token, demand: Token, called: Token) -> None:
        """A demand of `_demand_on_culprit` made of a party by a caller (« l'ONU appelle la
        junte à cesser la répression », « l'opposition demande au ministre de démissionner »):
        the one called on is blamed by the call's subject (not « n'a pas demandé … »)."""
        if self._denied(call) or not self._called_on(called):
            return
        phrase = [t for t in self._np(called) if not (t.dep_ == "case" and t.head.i == called.i)]
        if self._party_like(phrase, called):
            self._add(self._parties(phrase), self._accuser(call), self._text(list(demand.subtree)), demand)

    def _attack_told_by_another(self, verb: Token) -> bool:
        """« Ces groupes s'en prennent aux élus », said by a third party (in the present: what
        they keep doing): the speaker blames the ones who go for others, not their targets.
        (In the past, « X s'en est pris à Y » in a statement retells X's criticism of Y.)
        Says whether it was so."""
        speakers = self._statement_speakers(verb)
        if not speakers or "Pres" not in morph_get(verb, "Tense", None) or any(c.dep_.startswith("aux") for c in verb.children):
            return False
        subject = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        head = next((t for t in subject if t.head.i not in {s.i for s in subject} or t.head.i == t.i), None)
        if head is None:
            subject = self._phrase_before_clitics(verb)
            head = next((t for t in subject if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or head.pos_ == "PRON":
            return False  # (« je m'en prends à X »: the speaker's own attack on X)
        parties = self._statement_party(subject, head)
        if any(entity in speakers for entity, _, _ in parties):
            return False
        # (a subject that is no party, « ces lois s'en prennent aux pauvres », blames no one,
        # and its targets are victims all the same)
        self._add(parties, speakers, self._text(list(verb.subtree)), verb)
        return True

    def _phrase_before_clitics(self, verb: Token) -> list[Token]:
        """The noun phrase right before a pronominal verb's clitics, when the parser hung the
        verb on none of its words (« les agitateurs d'une manifestation haineuse s'en prennent … »
        read with « haineuse » as a noun heading the sentence): its subject, in French word order.
        It opens the clause (after a quotation mark or a comma) and holds no verb."""
        clitics = [c for c in verb.children if c.pos_ == "PRON" and c.i < verb.i]
        if not clitics:
            return []
        end = min(c.i for c in clitics)
        start = end
        while start > verb.sent.start and not self.doc[start - 1].is_punct:
            start -= 1
        phrase = list(self.doc[start:end])
        if not phrase or any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return []
        return phrase

    @staticmethod
    def _opened_by_que(verb: Token) -> Token | None:
        """The « que » that opens a verb's clause, if any."""
        return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i), None)

    @staticmethod
    def _opens_the_sentence(word: Token | None) -> bool:
        """Whether a word is the first of its sentence (or of a quotation in it)."""
        return word is not None and (word.is_sent_start or word.i == 0 or word.doc[word.i - 1].is_punct)

    # -- judicial measures in the active voice, blame by a fixed expression ---------------------

    def _locutions_of_justice_and_blame(self, token: Token) -> None:
        """The constructions a word may start besides `_verbal_construction`'s: a judicial measure
        in the active voice, a plea, « montrer du doigt », a perpetrator named by a copula."""
        i, lowers, lemmas = token.i, lower_forms(self.doc), lemma_lowers(self.doc)
        pos, copular = pos_tags(self.doc)[i], i in heads_of(self.doc, "cop")
        if pos == "VERB" and lemmas[i] in self.words.placement_verbs:
            self._placed_under_judicial_measure(token)
        if pos == "VERB" and lemmas[i] in self.words.plea_verbs:
            self._plea(token)
        if "doigt" in lowers[i + 2 : i + 5]:
            self._pointed_at(token)
        if pos == "NOUN" and copular and {lowers[i], lemmas[i]} & self.words.perpetrator_nouns:
            self._perpetrator_by_copula(token)

    def _judicial_placement_after(self, verb: Token) -> tuple[int, int] | None:
        """Where the judicial measure a placement verb puts someone under is written after it
        (token indexes, end excluded): « a mis en examen X », « a placé X en garde à vue »; the
        object between them is a short phrase of the same clause (no punctuation)."""
        doc, lowers = self.doc, lower_forms(self.doc)
        for start in range(verb.i + 1, min(verb.i + 12, verb.sent.end)):
            if doc[start].is_punct:
                return None
            for measure in self.words.judicial_placements:
                if tuple(lowers[start : start + len(measure)]) == measure:
                    return start, start + len(measure)
        return None

    def _placed_under_judicial_measure(self, verb: Token) -> None:
        """« Les gendarmes ont placé X en garde à vue », « le juge a mis en examen X », « le juge
        les a mis en examen »: the active voice of a judicial measure (the passive, « X a été mis en
        examen », is `_judicial`'s). Its object is the party, its subject the accuser."""
        if _is_passive(verb) or "Part" in morph_get(verb, "VerbForm", None) and not any(c.dep_ == "aux:tense" for c in verb.children):
            return  # (a bare participle, « placé en garde à vue, X a … », is `_participle`'s)
        placement = self._judicial_placement_after(verb)
        if placement is None:
            return
        start, end = placement
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        if obj is not None and obj.i < start:
            if obj.pos_ == "PRON":
                parties = self._person_taken_up_by_clitic(obj)
                self._add(parties, self._accuser(verb), self._text(list(self.doc[start:end])), verb, blame=False, mentioned=False)
                return
            phrase = [t for t in self._np(obj) if t.i < start]
        else:
            # The object after the measure (« a mis en examen deux élus »): the first noun phrase
            # with no preposition (not « pour fraude », nor a date).
            head = next((t for t in self.doc[end : verb.sent.end] if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in self.lex.time_words), None)
            if head is None or any(c.dep_ == "case" for c in head.children) or head.head.i not in range(start, end) and head.head.i != verb.i:
                return
            phrase = [t for t in self._np(head) if t.i >= end]
        parties = self._parties(phrase, perpetrator=True) or self._person_by_trade(phrase)
        self._add(parties, self._accuser(verb), self._text(list(self.doc[start:end])), verb, blame=False)

    def _plea(self, verb: Token) -> None:
        """« X a plaidé coupable », « X plaide non coupable »: whoever pleads is a defendant, on
        trial (not « plaider pour la paix »)."""
        if not any(c.i > verb.i and c.lower_ in self.words.plea_words for c in verb.children):
            return
        party = self._subject_phrase(verb, _SUBJ - _PASS_SUBJ)
        if not party or len(party) == 1 and party[0].pos_ == "PRON":
            return
        self._add(self._parties(party, perpetrator=True), self._statement_speakers(verb), None, verb, blame=False)

    def _pointed_at(self, word: Token) -> None:
        """« Le rapport montre du doigt les promoteurs », « les élus sont pointés du doigt par
        l'ONG »: whom the finger points at is blamed. The lemmatizer reads the present of the verb
        as a noun or an adjective (« montre », « pointe »): the verb is known by its inflection and
        the « du doigt » after it, adverbs between them or not (« pointe aussi du doigt X »)."""
        doc, lowers = self.doc, lower_forms(self.doc)
        i = word.i
        while i < word.i + 2 and i + 1 < len(doc) and doc[i + 1].pos_ == "ADV" and doc[i + 1].head.i == word.i:
            i += 1  # (from here « i » is the last word before « du doigt »)
        if tuple(lowers[i + 1 : i + 3]) != ("du", "doigt") or not verb_lemma(word, self.words.finger_pointing_verbs) or self._denied(word):
            return
        if any(c.dep_ in ("aux:pass", "auxpass") for c in word.children):
            phrase = self._subject_phrase(word, _PASS_SUBJ) or self._phrase_before_auxiliaries(word)
            agent = self._agent(word)
            accusers = self._agent_accusers(agent) if agent is not None else self._statement_speakers(word)
            self._add(self._parties(phrase), accusers, None, word)
            return
        head = next((t for t in doc[i + 3 : word.sent.end] if t.pos_ in ("NOUN", "PROPN") and not t.is_punct), None)
        if head is None or head.i > i + 6 or any(c.dep_ == "case" for c in head.children):
            return  # (the party opens the phrase after « du doigt »: a determiner and adjectives at most)
        phrase = [t for t in self._np(head) if t.i > i + 2]
        if word.pos_ in ("VERB", "AUX"):
            accusers = self._accuser(word)
        else:
            # (read as a modifier of its subject: « le rapport pointe du doigt … »)
            subject = word.head if word.head.i < word.i and word.head.pos_ in ("NOUN", "PROPN") else None
            ref = self.reg.resolve([t for t in self._np(subject) if t.i < word.i], head=subject) if subject is not None else None
            accusers = list(ref.entities) if ref is not None else []
        parties = self._parties(phrase)
        if not parties:
            # « pointe du doigt la responsabilité du gouvernement »: the owner of what is pointed at
            owner_token = next((o for c in head.children if (o := _owner(head, c)) is not None), None)
            if owner_token is not None:
                parties = self._parties([t for t in self._np(owner_token) if not (t.dep_ == "case" and t.head.i == owner_token.i)])
        self._add(parties, accusers, None, word)

    def _perpetrator_by_copula(self, noun: Token) -> None:
        """« X est l'auteur présumé de l'attaque », « selon la police, X serait le meurtrier »: the
        subject of a copula whose predicate is a word for a perpetrator. « auteur » only with
        the crime it is the author of (« X est l'auteur d'un roman » writes books). The accuser
        is the source of the statement; « selon X » the parser took for the subject names it."""
        if self._denied(noun):
            return
        crimes = union(self.words.crime_nouns, self.words.wrongdoing_nouns)
        if noun.lemma_.lower() == "auteur" and not any(t.lower_ in crimes or t.lemma_.lower() in crimes for t in noun.subtree if t.i > noun.i):
            return
        subject = next((c for c in noun.children if c.dep_ in _SUBJ and c.i < noun.i), None)
        if subject is None:
            return
        accusers = self._statement_speakers(noun)
        if any(c.dep_ == "case" for c in subject.children):
            # (« Selon la police, X serait … »: the source, with X in apposition to it)
            source, subject = subject, next((c for c in subject.children if c.dep_ == "appos"), None)
            if subject is None:
                return
            ref = self.reg.resolve([t for t in self._np(source) if t.i < subject.i and not t.is_punct and t.dep_ != "case"], head=source)
            accusers = list(ref.entities) if ref is not None else accusers
        if subject.pos_ not in ("NOUN", "PROPN"):
            return
        self._add(self._parties(self._np(subject)), accusers, self._text([t for t in noun.subtree if t.i > noun.i]), noun)


    # -- an organisation or a collective held responsible ------------------------------------------
    def _organisations_held_responsible(self) -> None:
        """The party-centred reading of an organisation or a collective held responsible with no
        word of accusation: in an article that reports a wrong (some party is accused already),
        a company, public body, state, club or collective (« la direction », « les
        organisateurs ») that a source other than itself speaks of as the one whose conduct,
        failure or obligation is at stake (`_responsibility_role`: « X n'a jamais exigé … »,
        « X aurait dû … », « les carences de X », « X doit indemniser … ») is accused by that
        source. Not a court or a prosecutor, not the speaker's own body defending itself, not
        the agency of the dateline, not a supposition nor a question. (Measured: a body as the
        subject of any conduct a source tells fixed 16 and broke 25 parties on nine build sets.)"""
        if self.lex.language != "fr" or not self.found:
            return
        words = responsibility_words(self.lex.language)
        if not words.body_nouns:
            return
        tags = pos_tags(self.doc)
        for att in self.a.attributions:
            if att.speaker is None or not att.speaker.entities:
                continue
            span = self.doc.char_span(att.start, att.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                if tags[i] not in ("NOUN", "PROPN"):
                    continue
                token = self.a.tokens[i]
                at = self._responsibility_role(token, words)
                if at is not None:
                    self._hold_responsible(token, at, list(att.speaker.entities))

    def _body(self, token: Token, words: ResponsibilityWords) -> bool:
        """Whether a noun names an organisation, a public body, a state or a collective: a name
        the recogniser calls an organisation or a place (a state), else a word of the lexicon's
        lists for them or of the held-responsible block's bodies."""
        if token.ent_type_ in ("ORG", "GPE"):
            return True
        if token.pos_ == "PROPN":
            return False
        # (a common noun by its word, whatever entity the recogniser puts it in: « la Région »)
        forms = {token.lemma_.lower(), token.lower_}
        lex = self.lex
        return bool(forms & words.body_nouns) or self._institution_word(token) or bool(forms & lex.organization_anaphors) or bool(forms & self.words.establishment_nouns)

    def _responsibility_role(self, token: Token, words: ResponsibilityWords) -> Token | None:
        """The word that makes a body the one held responsible in a statement, or None: the
        subject of a duty negated (« X n'a jamais contrôlé »; not of a verb of `silent_verbs`,
        nor a passive), of « aurait dû », of a verb of answering for a wrong under « devoir »
        (« X doit indemniser »), or the « de X » of a noun of fault (« les carences de X »)."""
        if not self._body(token, words):
            return None
        head = token.head
        if self._knew_of_the_wrong(token, words):
            return head
        if token.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if lemma == "devoir":
                if any(c.dep_.startswith("aux") and ("Cnd" in morph_get(c, "Mood", []) or c.lower_ in words.conditional_auxiliaries) for c in head.children):
                    return head  # « X aurait dû … »
                if any(c.dep_ == "xcomp" and c.lemma_.lower() in words.answering_verbs for c in head.children):
                    return head  # « X doit indemniser … »
                return None
            if (head.pos_ == "VERB" and lemma not in words.silent_verbs and head.i in self._negated_heads() and self._with_ne(head) and not _is_passive(head)
                    and not _pledged(head)):
                return head  # « X n'a jamais entretenu … »
            return None
        if (token.dep_ == "nmod" and head.pos_ == "NOUN" and {head.lemma_.lower(), head.lower_} & words.fault_nouns
                and any(c.dep_ == "case" and c.lower_.replace("’", "'") in ("de", "d'", "du", "des") for c in token.children)):
            return head  # « la responsabilité de X »
        return None

    def _knew_of_the_wrong(self, token: Token, words: ResponsibilityWords) -> bool:
        """Whether a statement says a body knew of the wrong, and so let it happen: the subject of
        a verb of knowing, affirmed (« le rectorat savait ») or, for « ignorer », negated (« la
        direction ne pouvait pas ignorer »). A body the source says it warned (« nous alertons la
        mairie depuis deux ans ») is not accused by that alone: as often the source tells its
        own diligence as the body's failure (counted on the build sets, round 39: 2 parties
        found, 2 false)."""
        head = token.head
        if token.dep_ != "nsubj" or head.pos_ not in ("VERB", "AUX") or _is_passive(head):
            return False
        lemma = head.lemma_.lower()
        # (« ne … rien » as well as « ne … pas »: the « ne » alone marks the negation)
        negated = self._with_ne(head)
        if lemma == "pouvoir":  # « X ne pouvait pas ignorer »: the knowing verb under the modal
            return negated and any(c.dep_ == "xcomp" and c.lemma_.lower() == "ignorer" for c in head.children)
        if lemma == "ignorer":
            return negated
        return lemma in words.knowing_verbs and not negated

    @staticmethod
    def _speakers_own_body(token: Token, speakers: list[Entity]) -> bool:
        """Whether the body is the speakers' own: under a possessive (« sa commune », « notre
        direction »), or a word of a speaker's name, role or other names (« Laurent Berger,
        secrétaire général de la CFDT »: « la CFDT »). A side speaking of itself defends itself."""
        if any(c.dep_ == "det" and "Yes" in morph_get(c, "Poss", []) for c in token.children):
            return True
        word = token.lower_
        return any(word in form.lower().split() for s in speakers for form in (s.name, s.role or "", *s.aliases))

    @functools.cached_property
    def _dateline_parentheses(self) -> list[str]:
        """The parenthesised words of the article's datelines (`dateline_ranges`: « Lyon, 3 mars
        (AFP) - »): the agency that wrote the dispatch, the reporter's own source."""
        text = self.a.text
        return [words for lo, hi in self.reg.datelines for words in re.findall(r"\(([^()]{1,40})\)", text[lo:hi])]

    def _dispatch_agency(self, entity: Entity) -> bool:
        """Whether a party is the agency named in the dateline (the reporter, not a party)."""
        return any(entity.name == words or entity.name in words.split() for words in self._dateline_parentheses)

    def _hold_responsible(self, token: Token, at: Token, speakers: list[Entity]) -> None:
        """The body headed by ``token`` accused by the speakers of the statement it sits in,
        unless a court or a prosecutor, a supposition, a question or the speakers' own body."""
        if token.lemma_.lower() in self.words.authorities or token.lower_ in self.words.authorities:
            return
        if self._supposed(at) or self._asked(at) or self._speakers_own_body(token, speakers):
            return
        found = self._parties(self._np(token))
        spoken = {s.name.lower() for s in speakers} | {a.lower() for s in speakers for a in s.aliases}
        if not found or any(entity in speakers or entity.name.lower() in spoken or self._dispatch_agency(entity) for entity, _, _ in found):
            return
        self._add(found, speakers, self._text([t for t in at.subtree if t.i >= at.i]), at)

def find_accusations(analysis: DocAnalysis, lexicon: Lexicon) -> list[Accusation]:
    """Every accused party in the document, in order of first accusation."""
    return _Finder(analysis, lexicon).run()


def credit_named_members_of_accusers(analysis: DocAnalysis, lexicon: Lexicon, accusations: list[Accusation]) -> None:
    """The members named after an accuser ("selon plusieurs observateurs (dont l'ONG X)")
    accuse with it, also for the accusers credited after the accusation stage (the speakers
    of accusation claims, `claims.credit_accusers`); and an event credited as a speaker (« des
    manifestations ont eu lieu contre X, accusée de … ») accuses no one (`_Finder._event`)."""
    finder = _Finder(analysis, lexicon)
    finder._named_members_of_accusing_groups(accusations)
    for record in accusations:
        record.accusers = [e for e in record.accusers if not finder._event(e)]
