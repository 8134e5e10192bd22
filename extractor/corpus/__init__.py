"""The corpus view: many results read as one body (who is quoted, who accuses whom of what, which
claims), with speakers and accused parties consolidated across articles.

>>> from extractor import Corpus
>>> c = Corpus.from_jsonl("out.jsonl")
>>> c.speakers(); c.accusations(); c.claims(); c.quotes(); c.graph()

``extractor report out.jsonl -o report.html`` writes the same view as a standalone page
(`extractor.corpus.export`); ``--format csv`` and ``--format graphml`` export the tables and graph.
"""

from extractor.corpus.model import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]
