"""Repairs of the French parse before the rules read it (models.py): sentence breaks the parser
makes where no punctuation allows one, and reporting verbs it tags as nouns or names.

The parses are built by hand (words, heads, labels): the repairs must not depend on the parser
happening to make the mistake on a given sentence."""

from spacy.tokens import Doc

from extractor.engines.offline.models import _mend_mid_clause_sentence_breaks, _reporting_verbs_read_as_nouns, get_nlp


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(get_nlp("fr").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def _sentences(doc: Doc) -> list[str]:
    return [sentence.text.strip() for sentence in doc.sents]


def test_a_cut_inside_a_hyphenated_word_and_before_a_coordinated_verb_is_mended() -> None:
    # « Le syndicat confirme la grève-surprise , et précise qu'elle durera » cut at every piece
    words = ["Le", "syndicat", "confirme", "la", "grève", "-", "surprise", ",", "et", "précise", "qu'", "elle", "durera", "."]
    spaces = [True, True, True, True, False, False, True, True, True, True, False, True, False, False]
    heads = [1, 2, 2, 4, 2, 5, 6, 7, 9, 9, 12, 12, 9, 9]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "ROOT", "ROOT", "ROOT", "cc", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT", "CCONJ", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = _mend_mid_clause_sentence_breaks(_doc(words, heads, deps, pos, spaces))
    assert _sentences(doc) == ["Le syndicat confirme la grève-surprise , et précise qu'elle durera."]
    assert doc[9].head.i == 2 and doc[9].dep_ == "conj"  # the coordinated report hangs on the first verb
    assert doc[7].dep_ == "punct"


def test_a_subject_cut_from_its_verb_is_hung_on_the_verb() -> None:
    # « Le quotidien régional » | « Le Courrier estime que … »
    words = ["Le", "quotidien", "régional", "Le", "Courrier", "estime", "que", "tout", "va", "."]
    heads = [1, 1, 1, 4, 5, 5, 8, 8, 5, 5]
    deps = ["det", "ROOT", "amod", "det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "ADJ", "DET", "PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = _mend_mid_clause_sentence_breaks(_doc(words, heads, deps, pos))
    assert len(_sentences(doc)) == 1
    assert doc[1].head.i == 5 and doc[5].dep_ == "ROOT"


def test_an_opening_quotation_mark_left_at_the_end_of_a_sentence_opens_the_next() -> None:
    words = ["Il", "part", ".", "«", "Je", "reste", "»", "."]
    heads = [1, 1, 1, 1, 5, 5, 5, 5]
    deps = ["nsubj", "ROOT", "punct", "punct", "nsubj", "ROOT", "punct", "punct"]
    pos = ["PRON", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"]
    doc = _mend_mid_clause_sentence_breaks(_doc(words, heads, deps, pos))
    assert _sentences(doc) == ["Il part .", "« Je reste » ."]


def test_a_full_stop_opening_a_sentence_goes_back_to_the_one_it_ends() -> None:
    words = ["Il", "part", ".", "Elle", "reste", "."]
    heads = [1, 1, 4, 4, 4, 4]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PRON", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"]
    doc = _mend_mid_clause_sentence_breaks(_doc(words, heads, deps, pos))
    assert _sentences(doc) == ["Il part .", "Elle reste ."]


def test_breaks_after_a_stop_a_dateline_dash_or_a_line_break_stay() -> None:
    words = ["12", "mars", "–", "Il", "part", ".", "Elle", "reste", "\n\n", "Fin", "du", "jeu"]
    spaces = [True, True, True, True, False, True, True, False, False, True, True, False]
    heads = [0, 0, 0, 4, 4, 4, 7, 7, 7, 9, 11, 9]
    deps = ["ROOT", "nmod", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dep", "ROOT", "case", "nmod"]
    pos = ["NUM", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "PRON", "VERB", "SPACE", "NOUN", "ADP", "NOUN"]
    doc = _mend_mid_clause_sentence_breaks(_doc(words, heads, deps, pos, spaces))
    assert _sentences(doc) == ["12 mars –", "Il part.", "Elle reste", "Fin du jeu"]


def test_a_break_after_a_word_holding_its_full_stop_stays() -> None:
    # « … une plainte contre X. L'entreprise … »: the tokenizer keeps the initial and its stop together
    words = ["Il", "porte", "plainte", "contre", "X.", "Elle", "reste", "."]
    heads = [1, 1, 1, 4, 1, 6, 6, 6]
    deps = ["nsubj", "ROOT", "obj", "case", "obl", "nsubj", "ROOT", "punct"]
    pos = ["PRON", "VERB", "NOUN", "ADP", "PROPN", "PRON", "VERB", "PUNCT"]
    doc = _mend_mid_clause_sentence_breaks(_doc(words, heads, deps, pos))
    assert _sentences(doc) == ["Il porte plainte contre X.", "Elle reste ."]


def test_a_reporting_verb_tagged_as_a_noun_with_a_subject_is_a_verb() -> None:
    # « la fédération demande à être reçue »: « demande » tagged as a noun, though it has a subject
    words = ["La", "fédération", "demande", "à", "être", "reçue", "."]
    heads = [1, 2, 2, 5, 5, 2, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "aux:pass", "xcomp", "punct"]
    pos = ["DET", "NOUN", "NOUN", "ADP", "AUX", "VERB", "PUNCT"]
    doc = _reporting_verbs_read_as_nouns(_doc(words, heads, deps, pos))
    assert doc[2].pos_ == "VERB" and doc[2].morph.get("VerbForm") == ["Fin"]


def test_a_reporting_participle_tagged_as_a_name_after_its_auxiliary_is_a_verb() -> None:
    # « Paul Roy, juriste a twitté que … »: the participle read as a name hung on the role before it
    words = ["Paul", "Roy", ",", "juriste", "a", "twitté", "que", "tout", "va", "."]
    heads = [8, 0, 0, 0, 5, 3, 8, 8, 8, 8]
    deps = ["nsubj", "flat:name", "punct", "appos", "dep", "flat:name", "mark", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "X", "PROPN", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = _reporting_verbs_read_as_nouns(_doc(words, heads, deps, pos))
    assert doc[5].pos_ == "VERB" and doc[5].morph.get("VerbForm") == ["Part"]
    assert doc[4].pos_ == "AUX" and doc[4].head.i == 5 and doc[4].dep_ == "aux:tense"


def test_avoir_read_as_the_main_verb_hands_its_place_to_the_participle() -> None:
    # « Le site a twitté que tout va »: « a » the root, « twitté » (a name) its object
    words = ["Le", "site", "a", "twitté", "que", "tout", "va", "."]
    heads = [1, 2, 2, 2, 6, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "mark", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = _reporting_verbs_read_as_nouns(_doc(words, heads, deps, pos))
    assert doc[3].pos_ == "VERB" and doc[3].dep_ == "ROOT" and doc[3].head.i == 3
    assert (doc[2].dep_, doc[2].head.i) == ("aux:tense", 3)
    assert doc[1].head.i == 3 and doc[6].head.i == 3 and len(list(doc.sents)) == 1


def test_a_participle_after_its_auxiliary_is_a_verb_only_if_it_ends_like_one() -> None:
    # « il a demande … » is no compound tense: « demande » is no past participle
    words = ["Paul", "a", "demande", "écrite", "."]
    heads = [1, 1, 1, 2, 1]
    deps = ["nsubj", "ROOT", "obj", "amod", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADJ", "PUNCT"]
    doc = _reporting_verbs_read_as_nouns(_doc(words, heads, deps, pos))
    assert doc[2].pos_ == "NOUN"


def test_a_noun_with_its_determiner_or_copula_stays_a_noun() -> None:
    # « sa critique est une demande »: the predicate noun has a subject, but a copula and a determiner
    words = ["Sa", "critique", "est", "une", "demande", "."]
    heads = [1, 4, 4, 4, 4, 4]
    deps = ["det", "nsubj", "cop", "det", "ROOT", "punct"]
    pos = ["DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT"]
    doc = _reporting_verbs_read_as_nouns(_doc(words, heads, deps, pos))
    assert doc[4].pos_ == "NOUN" and doc[1].pos_ == "NOUN"


def test_a_verb_opening_a_locution_of_blame_keeps_its_tag() -> None:
    # « La mairie pointe aussi du doigt … »: the accusation rules read the locution as tagged
    words = ["La", "mairie", "pointe", "aussi", "du", "doigt", "le", "bureau", "."]
    heads = [1, 2, 2, 2, 5, 2, 7, 2, 2]
    deps = ["det", "nsubj", "ROOT", "advmod", "case", "nmod", "det", "obj", "punct"]
    pos = ["DET", "NOUN", "NOUN", "ADV", "ADP", "NOUN", "DET", "NOUN", "PUNCT"]
    doc = _reporting_verbs_read_as_nouns(_doc(words, heads, deps, pos))
    assert doc[2].pos_ == "NOUN"
