"""extractor: quoted statements, speakers, accused parties and claims from news articles.

>>> from extractor import extract
>>> result = extract(text)                      # offline engine, no network
>>> result.quotes[0].text, result.quotes[0].speaker

Every quote satisfies ``quote.text == text[quote.start:quote.end]``.
"""

from importlib.metadata import PackageNotFoundError, version

from extractor.errors import BackendError, ConfigError, ExtractorError, InputError
from extractor.inputs import Document
from extractor.pipeline import Extractor, extract, extract_many
from extractor.schemas import Accused, Claim, Quote, Rejected, Result, ResultMeta, Span, Speaker, Usage



def __getattr__(name: str):
    # Corpus pulls in the evaluation's name matching (rapidfuzz) and pandas-free aggregation code;
    # loaded on first use so that `import extractor` stays as quick as before.
    if name == "Corpus":
        from extractor.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


try:
    __version__ = version("extractor")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

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
    "Span",
    "Speaker",
    "Usage",
    "__version__",
    "extract",
    "extract_many",
]
