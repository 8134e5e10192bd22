"""The LLM engine: instructor + openai (OpenAI, any OpenAI-compatible server) or llama.cpp in-process.

Modules: ``client`` (backends), ``modes`` (instructor mode, fallback, memory), ``retry``
(tenacity policy), ``prompting`` (Jinja2 templates in prompts/), ``chunking`` (long articles),
``assemble`` (grounding and merging the answers), ``engine`` (LLMEngine).
"""

from extractor.engines.llm.engine import LLMEngine
from extractor.engines.llm.retry import RetryPolicy

__all__ = ["LLMEngine", "RetryPolicy"]
