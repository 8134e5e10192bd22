"""Speed changes that must not change what the rules find: the accusation stage's
per-token dispatch tries on a word only the rules its lexicons let it start."""

import pytest

from extractor.engines.offline import accusations
from extractor.engines.offline.attribution import analyze
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.models import get_nlp

_F = accusations._Finder

#: The rules that test their own first word (the dispatch by lexicon only spares them the call),
#: with the parts of speech the former dispatch tried them on.
_SELF_TESTING = {
    _F._hostile_conduct_word: ("NOUN", "PROPN"),
    _F._verbal_construction: ("VERB", "AUX", "ADJ", "NOUN"),
    _F._noun_constructions: ("NOUN",),
    _F._participle_after_all: ("NOUN",),
    _F._locutions_of_justice_and_blame: ("VERB", "AUX", "ADJ", "NOUN"),
    _F._custody: ("NOUN",),
    _F._critical_word: ("ADJ", "NOUN"),
    _F._victim_on_someones_part: ("ADJ", "NOUN"),
    _F._according_to_which: ("VERB", "AUX"),
    _F._blame_told_in_a_statement: ("VERB", "AUX", "ADJ", "NOUN"),
}
#: Every rule of the dispatch, in the order it tries them.
_ORDER = [
    _F._verbal_construction, _F._noun_constructions, _F._participle_after_all, _F._responsible, _F._stigma_predicate, _F._named_as_perpetrator,
    _F._locutions_of_justice_and_blame, _F._custody, _F._critical_word, _F._victim_on_someones_part, _F._according_to_which, _F._duty_not_carried_out,
    _F._protest, _F._investigated, _F._revelation_word, _F._blame_told_in_a_statement,
]
_RULES_STARTED_BY = _F._rules_started_by


def _every_rule_of_its_parts_of_speech(finder, pos, low, lemma):
    """The former dispatch: each self-testing rule on every word of its parts of speech."""
    first, then = _RULES_STARTED_BY(finder, pos, low, lemma)
    if pos in _SELF_TESTING[_F._hostile_conduct_word]:
        first = (_F._hostile_conduct_word,)
    if pos == "PROPN":
        return first, ()
    return first, tuple(rule for rule in _ORDER if rule in then or pos in _SELF_TESTING.get(rule, ()))


def _found(text):
    lexicon = get_lexicon("fr")
    analysis = analyze(get_nlp("fr")(text), lexicon)
    return [(a.entity.name, sorted(e.name for e in a.accusers), a.accusation, a.mentions) for a in accusations.find_accusations(analysis, lexicon)]


# Invented sentences, each with an accusation the dispatch by lexicon must still reach: an
# accusing verb, a judicial participle in apposition, a participle whose agent is a charge,
# custody after a copula, « montrer du doigt », a victim « de la part de », an untagged present
# of criticism, a judicial passive, a holder of responsibility.
_TEXTS = [
    "Le syndicat des marins accuse le directeur du port de Valbourg d'avoir falsifié les comptes.",
    "Le maire de Valbourg, mis en examen pour corruption, a démissionné jeudi.",
    "Le trésorier, éclaboussé par des soupçons de fraude, a quitté le club.",
    "Les deux gardiens du dépôt sont en garde à vue depuis lundi, a indiqué le parquet.",
    "Le rapport de l'association montre du doigt les promoteurs immobiliers de la côte.",
    "« Je suis victime d'un acharnement de la part des inspecteurs », a déclaré le gérant.",
    "L'opposition critique vivement le ministre des Transports.",
    "La trésorière de la coopérative a été condamnée mardi par le tribunal de Valbourg.",
    "Selon le juge, le gardien est responsable de l'incendie du hangar.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_dispatch_by_lexicon_finds_what_every_rule_on_every_word_finds(text, monkeypatch):
    found = _found(text)
    assert found  # (each text accuses someone)
    monkeypatch.setattr(accusations, "_RULES_OF_WORDS", {})
    monkeypatch.setattr(_F, "_rules_started_by", _every_rule_of_its_parts_of_speech)
    assert _found(text) == found


def test_a_word_of_no_lexicon_starts_only_the_rules_that_read_the_context():
    lexicon = get_lexicon("fr")
    finder = _F(analyze(get_nlp("fr")("Le chat dort."), lexicon), lexicon)
    first, then = finder._rules_started_by("NOUN", "table", "table")
    assert first == () and then == ()
    first, then = finder._rules_started_by("VERB", "dort", "dormir")
    assert _F._verbal_construction not in then and _F._participle_with_a_charge_as_agent in then
    assert _F._according_to_which in then and _F._blame_told_in_a_statement in then


def test_accusing_words_start_their_rules():
    lexicon = get_lexicon("fr")
    finder = _F(analyze(get_nlp("fr")("Le chat dort."), lexicon), lexicon)
    assert _F._verbal_construction in finder._rules_started_by("VERB", "accuse", "accuser")[1]
    assert _F._verbal_construction in finder._rules_started_by("ADJ", "accusés", "accusé")[1]  # (a participle read as an adjective)
    assert _F._custody in finder._rules_started_by("NOUN", "garde", "garde")[1]
    assert finder._rules_started_by("PROPN", "paul", "paul") == ((), ())
