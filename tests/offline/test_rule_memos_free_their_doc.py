"""What the rules remember per Doc must not keep the Doc alive."""

from __future__ import annotations

import gc
import weakref

from extractor.engines.offline import claims
from extractor.engines.offline.accusations import find_accusations
from extractor.engines.offline.attribution import analyze
from extractor.engines.offline.claims import build_claims
from extractor.engines.offline.docarrays import remember_text
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.models import get_nlp, parser_text

#: Invented: a statement with a claim, so that its main predicate is looked up and remembered.
ARTICLE = "« Cette réforme des retraites est une erreur grave », a déclaré mardi la députée Claire Vasseur devant la presse."


def test_a_document_whose_claims_were_built_is_freed_with_its_last_reference():
    # The main-predicate memo is keyed weakly by the Doc: a Token stored in it would hold its Doc
    # and keep every parsed document alive; freed by reference count alone, no collection needed.
    lexicon = get_lexicon("fr")
    text = parser_text(ARTICLE)
    doc = get_nlp("fr")(text)
    remember_text(doc, text)
    analysis = analyze(doc, lexicon)
    drafts = build_claims(analysis, find_accusations(analysis, lexicon), lexicon)
    assert drafts and doc in claims._PREDICATES  # (the memo was used)
    ref = weakref.ref(doc)
    del doc, analysis, drafts
    enabled = gc.isenabled()
    gc.disable()
    try:
        assert ref() is None
    finally:
        if enabled:
            gc.enable()
