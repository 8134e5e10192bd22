"""Speed changes that must not change what the rules find: the adverbial-locution
test of claims is gated by whether the word occurs in any locution, and a claim's vague-name test
is remembered per name."""

from extractor.engines.offline import claims
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.models import get_nlp

# Invented sentences: nouns of adverbial locutions (« en effet », « à plusieurs reprises », « d'abord »,
# « avec effet immédiat ») beside nouns that head none (« maire », « alertes », « direction »).
_TEXTS = [
    "« Le maire a en effet ignoré les alertes de la préfecture », a affirmé l'élue Claire Vasseur.",
    "« Nous avons alerté la direction à plusieurs reprises », a affirmé le syndicaliste Paul Renard.",
    "D'abord, la société a suspendu la production avec effet immédiat, puis elle a licencié le gérant.",
    "En fait, le conseil a voté à deux reprises contre le projet du port de Valbourg.",
]


def _ungated(token, locutions):
    """The locution test without its gate (as it was before round 27)."""
    if not locutions or token.pos_ not in ("NOUN", "PROPN", "ADV"):
        return False
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("case", "det", "amod", "nummod", "fixed")]
    after = [c for c in token.children if c.i > token.i and c.dep_ == "amod"]
    first, last = min([token, *before], key=lambda t: t.i), max([token, *after], key=lambda t: t.i)
    phrase = claims.span_text(token.doc[first.i : last.i + 1]).lower().replace("’", "'")
    return phrase in locutions


def test_locution_gate_agrees_with_the_ungated_test() -> None:
    locutions = get_lexicon("fr").claim_kinds["adverbial_locutions"]
    found = set()
    for text in _TEXTS:
        for token in get_nlp("fr")(text):
            gated = claims._in_an_adverbial_locution(token, locutions)
            assert gated == _ungated(token, locutions), token.text
            if gated:
                found.add(token.text.lower())
    assert {"effet", "reprises"} <= found  # (the gate lets the locutions' nouns through)


def test_locution_gate_passes_every_word_of_every_locution() -> None:
    locutions = get_lexicon("fr").claim_kinds["adverbial_locutions"]
    for locution in locutions:
        for word in locution.replace("'", "' ").split():
            assert claims._may_be_in_a_locution(locutions, word), (locution, word)
    assert not claims._may_be_in_a_locution(locutions, "préfecture")


def test_vague_names_are_told_as_before() -> None:
    vague = get_lexicon("fr").claim_kinds["vague_determiners"]
    about = claims._AboutList(get_lexicon("fr"), {}, set())
    for name in ("une solution durable", "Sa réforme", "la taxe carbone", "", "  ", "Aucun intérêt"):
        first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
        assert about.is_vague(name) == (first in vague), name


def test_about_list_keeps_the_longer_name_and_reads_a_noun_alone() -> None:
    lexicon = get_lexicon("fr")
    about = claims._AboutList(lexicon, {}, set(), descriptions={"compagnie": "Air Exemple"})
    about.add("l'État")
    about.add("l'État islamique")  # (the longer name takes the shorter one's place)
    about.add("la compagnie")  # (a noun alone the article introduced an entity with)
    about.add("islamique")  # (inside a name found already)
    assert about.chosen() == ["l'État islamique", "Air Exemple"]
    assert claims._spaced_words("état islamique") == " état islamique "
    assert claims._description_words("L'usine") == ("usine",)


def test_country_form_keys_are_made_once_per_lexicon_as_before() -> None:
    for language in ("fr", "en"):
        lexicon = get_lexicon(language)
        expected = {claims._name_key(lexicon, form): country for form, country in lexicon.country_forms.items()}
        assert claims._countries_by_form_key(lexicon) == expected
        assert claims._countries_by_form_key(lexicon) is claims._countries_by_form_key(lexicon)
