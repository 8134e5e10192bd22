"""extractor: quoted statements, speakers, accused parties and claims from news articles.

>>> from extractor import extract
>>> result = extract(text)                      # offline engine, no network
>>> result.quotes[0].text, result.quotes[0].speaker

Every quote satisfies ``quote.text == text[quote.start:quote.end]``.
"""

from extractor._version import __version__
from extractor.config import Settings
from extractor.document import Document
from extractor.errors import BackendError, ConfigError, ExtractorError, InputError
from extractor.pipeline import Extractor, extract, extract_many
from extractor.schemas import Accused, Claim, Quote, Rejected, Result, ResultMeta, Span, Speaker, Usage


def __getattr__(name: str):
    # Corpus pulls in the evaluation's name matching (rapidfuzz) and pandas-free aggregation code;
    # loaded on first use so that `import extractor` stays as quick as before.
    if name == "Corpus":
        from extractor.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


__all__ = [
    "Accused",
    "BackendError",
    "Claim",
    "Corpus",
    "ConfigError",
    "Document",
    "Extractor",
    "ExtractorError",
    "InputError",
    "Quote",
    "Rejected",
    "Result",
    "ResultMeta",
    "Settings",
    "Span",
    "Speaker",
    "Usage",
    "__version__",
    "extract",
    "extract_many",
]
