"""Named errors, each with a message that tells the user what to do.

The CLI turns every ExtractorError into one line on stderr and the exit code below; anything
else escaping is a bug.
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base of every error this package raises on purpose."""

    exit_code = 1


class InputError(ExtractorError):
    """The input cannot be read: missing file, undecodable bytes, bad JSONL, empty text."""

    exit_code = 2


class ConfigError(ExtractorError):
    """The configuration is incomplete or contradictory (unknown backend, missing model file)."""

    exit_code = 3


class BackendError(ExtractorError):
    """The LLM backend failed after every retry. Carries the last raw output and summed usage."""

    exit_code = 4

    def __init__(self, message: str, *, backend: str, last_output: str | None = None, usage: object | None = None):
        super().__init__(message)
        self.backend = backend
        self.last_output = last_output
        self.usage = usage


class EvalThresholdError(ExtractorError):
    """An evaluation fell below a --fail-under threshold or the baseline."""

    exit_code = 5
