"""Speed changes that must not change what the engine reads: the attribute ruler and the
lemmatizer run on the token arrays."""

import importlib
import pickle

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

from extractor.engines.offline.models import (
    MODEL_PACKAGES,
    _array_rules,
    _ArrayAttributeRuler,
    _ArrayLemmatizer,
    get_nlp,
)

# Invented: double spaces, a line break and a paragraph break give the ruler's space rules work.
_TEXT = "Le maire  a promis un nouveau pont.\nLes riverains, eux, doutent encore.\n\nIl  répond : « Patience ! »  "


def test_french_attribute_ruler_runs_on_the_arrays_with_spacys_annotations() -> None:
    nlp = get_nlp("fr")
    assert isinstance(nlp.get_pipe("attribute_ruler"), _ArrayAttributeRuler)
    reference = importlib.import_module(MODEL_PACKAGES["fr"]).load()  # spaCy's own ruler
    ours, theirs = nlp.make_doc(_TEXT), reference.make_doc(_TEXT)
    # The same parse up to the ruler (ours also cuts sentences at line breaks: run both alike).
    for name in ("tok2vec", "morphologizer", "extractor_paragraph_sentences", "parser"):
        ours = nlp.get_pipe(name)(ours)
    theirs = nlp.get_pipe("extractor_paragraph_sentences")(theirs)  # (a stateless component)
    theirs.from_array([TAG, POS, MORPH, HEAD, DEP], ours.to_array([TAG, POS, MORPH, HEAD, DEP]))
    ours, theirs = nlp.get_pipe("attribute_ruler")(ours), reference.get_pipe("attribute_ruler")(theirs)
    columns = [ORTH, TAG, POS, MORPH, HEAD, DEP]
    assert (ours.to_array(columns) == theirs.to_array(columns)).all()
    spaces = [(t.tag_, t.pos_, t.dep_) for t in ours if t.is_space]
    assert len(spaces) >= 3 and set(spaces) == {("SPACE", "SPACE", "dep")}
    assert all(t.tag_ == t.pos_ for t in ours)


# Invented: the English ruler's word rules over runs of tokens ("gonna", "y'all", "let's", "ain't"),
# its dependency rules (subject and object pronouns, "there is", auxiliaries, "but" as an adverb)
# and its space rules.
_ENGLISH_TEXT = (
    "Y'all gonna love it, she said. Let's go!  He ain't coming, and there are no buses.\n"
    "I gave it to you; you gave it to me. Those who stayed had done it, but he did not.\n\n"
    "Nothin' changed. It gets better, the mayor got told. Which one?  "
)


def _ruled_both_ways(language: str, text: str) -> tuple[Doc, Doc]:
    """``text`` parsed by the engine's pipeline up to its attribute ruler, then ruled by ours and
    by spaCy's own (a fresh load of the package), each on its own copy."""
    nlp = get_nlp(language)
    reference = importlib.import_module(MODEL_PACKAGES[language]).load()
    names = nlp.pipe_names
    doc = nlp.make_doc(text)
    for name in names[: names.index("attribute_ruler")]:
        doc = nlp.get_pipe(name)(doc)
    data = doc.to_bytes()
    ours = nlp.get_pipe("attribute_ruler")(Doc(nlp.vocab).from_bytes(data))
    theirs = reference.get_pipe("attribute_ruler")(Doc(reference.vocab).from_bytes(data))
    return ours, theirs


def test_english_attribute_ruler_runs_on_the_arrays_with_spacys_annotations() -> None:
    assert isinstance(get_nlp("en").get_pipe("attribute_ruler"), _ArrayAttributeRuler)
    ours, theirs = _ruled_both_ways("en", _ENGLISH_TEXT)
    columns = [ORTH, TAG, POS, MORPH, LEMMA, HEAD, DEP]
    assert (ours.to_array(columns) == theirs.to_array(columns)).all()
    lemmas = {t.lower_: t.lemma_ for t in ours}
    assert (lemmas["gon"], lemmas["na"], lemmas["'s"], lemmas["ai"], lemmas["nothin'"], lemmas["got"]) == ("go", "to", "us", "be", "nothing", "get")
    assert {str(t.morph) for t in ours if t.lower_ == "it"} >= {"Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"}


def test_french_attribute_ruler_on_an_article_read_both_ways() -> None:
    ours, theirs = _ruled_both_ways("fr", _TEXT)
    columns = [ORTH, TAG, POS, MORPH, LEMMA, HEAD, DEP]
    assert (ours.to_array(columns) == theirs.to_array(columns)).all()


def test_a_rule_the_array_ruler_does_not_read_keeps_spacys_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert _array_rules(ruler, nlp) is None
    ruler = nlp.add_pipe("attribute_ruler", name="other")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    rules = _array_rules(ruler, nlp)
    assert rules is not None and len(rules) == 1


def test_array_attribute_ruler_survives_pickling() -> None:
    ruler = get_nlp("fr").get_pipe("attribute_ruler")
    copy = pickle.loads(pickle.dumps(ruler))  # worker processes may receive the pipeline pickled
    doc = copy(get_nlp("fr").make_doc("Bonjour  à tous"))
    assert doc[1].is_space and doc[1].tag_ == "SPACE"
    assert len(copy.rules) == len(ruler.rules) and LEMMA not in copy.rules[0].attrs


def test_french_lemmatizer_runs_on_the_arrays_with_spacys_lemmas() -> None:
    nlp = get_nlp("fr")
    assert isinstance(nlp.get_pipe("lemmatizer"), _ArrayLemmatizer)
    reference = importlib.import_module(MODEL_PACKAGES["fr"]).load()  # spaCy's own lemmatizer
    text = "Les cueilleuses avaient rangé leurs paniers ; demain, elles reviendront vers les vergers."
    ours, theirs = nlp(text), reference(text)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert {t.text: t.lemma_ for t in ours}["reviendront"] == "revenir"


def test_array_lemmatizer_keeps_a_lemma_already_set() -> None:
    nlp = get_nlp("fr")
    doc = nlp.make_doc("Les vergers fleurissent.")
    for name in ("tok2vec", "morphologizer", "attribute_ruler"):
        doc = nlp.get_pipe(name)(doc)
    doc[1].lemma_ = "pommeraie"
    doc = nlp.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc][:2] == ["le", "pommeraie"]
