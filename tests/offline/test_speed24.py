"""Speed changes of round 24 that must not change what the engine reads."""

import importlib
import pickle

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from extractor.engines.offline.models import MODEL_PACKAGES, _ArrayAttributeRuler, _ArrayLemmatizer, get_nlp

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


def test_english_keeps_spacys_attribute_ruler() -> None:
    # (its rules read fine-grained tags: `_array_rules` does not take them)
    assert not isinstance(get_nlp("en").get_pipe("attribute_ruler"), _ArrayAttributeRuler)


def test_array_attribute_ruler_survives_pickling() -> None:
    ruler = get_nlp("fr").get_pipe("attribute_ruler")
    copy = pickle.loads(pickle.dumps(ruler))  # worker processes may receive the pipeline pickled
    doc = copy(get_nlp("fr").make_doc("Bonjour  à tous"))
    assert doc[1].is_space and doc[1].tag_ == "SPACE"
    assert len(copy.rules) == len(ruler.rules) and LEMMA not in copy.rules[0][1]


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
