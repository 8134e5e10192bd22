"""The offline engine: quotes, speakers, accused parties and claims by rules over a spaCy parse.

Language data lives in ``lang/<code>.json``; the rules that read it are one module per stage:
``quotes`` (quotation marks) → ``attribution`` (reporting verbs, source phrases) → ``speakers``
(names, roles, light coreference) → ``accusations`` → ``claims``; ``engine`` assembles the Result.
"""

from extractor.engines.offline.engine import OfflineEngine

__all__ = ["OfflineEngine"]
