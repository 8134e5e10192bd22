"""The transport retry policy (tenacity): which failures are worth another attempt, and when.

Retried: connection errors, timeouts (not against a self-hosted server: see ``retry_timeouts``),
HTTP 408/409/429 and 5xx, and bodies that are not JSON (a proxy's error page). Waits grow exponentially with jitter up to a cap; a 429 or 503 carrying
``Retry-After`` waits what the server asked (capped too). The openai client's own retries are
disabled (``max_retries=0``) so this policy is the only one, and it is bounded: at most
``attempts`` calls, then the caller raises a BackendError.

Validation failures (the answer does not fit the schema) are not transport failures: instructor
re-asks those itself (``max_retries``), with the validation error in the conversation.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import tenacity
from tenacity import RetryCallState

RETRY_STATUSES = frozenset({408, 409, 429})


class MalformedResponse(Exception):
    """The server answered with a body that is not JSON (a proxy's error page, a cut stream)."""


def _root(exc: BaseException) -> BaseException:
    """instructor wraps transport errors in InstructorRetryException; look at the cause."""
    from instructor.core.exceptions import InstructorRetryException

    seen = 0
    while isinstance(exc, InstructorRetryException) and exc.__cause__ is not None and seen < 5:
        exc, seen = exc.__cause__, seen + 1
    return exc


_SHAPE_HINTS = ("response_format", "json_schema", "tool", "function")
_REJECTION_WORDS = ("not supported", "unsupported", "validation error", "input should be", "invalid", "unknown", "not allowed")


def is_mode_rejection(exc: BaseException) -> bool:
    """True when a server refused the request's structured-output shape (tools / response_format).

    Usually HTTP 400/422; llama-cpp-python's server answers a ``json_schema`` response_format
    with a 500 carrying a pydantic validation error, so a 500 that says so counts too (and is
    not retried: asking again the same way cannot work).
    """
    import openai

    exc = _root(exc)
    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (400, 422, 500, 501):
        return False
    text = str(exc).lower()
    if not any(hint in text for hint in _SHAPE_HINTS):
        return False
    return exc.status_code in (400, 422) or any(word in text for word in _REJECTION_WORDS)


def is_transient(exc: BaseException) -> bool:
    """True for failures another attempt may fix (network, timeout, rate limit, server error)."""
    import openai

    if getattr(exc, "failed_attempts", None):
        return False  # instructor already re-asked after invalid answers: not a transport failure
    exc = _root(exc)
    if isinstance(exc, (openai.APIConnectionError, MalformedResponse)):  # incl. APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        if is_mode_rejection(exc):
            return False
        return exc.status_code in RETRY_STATUSES or exc.status_code >= 500
    return False


def is_timeout(exc: BaseException) -> bool:
    """True when no answer came within the request timeout."""
    import openai

    return isinstance(_root(exc), openai.APITimeoutError)


def retry_after_seconds(exc: BaseException, *, now: float | None = None) -> float | None:
    """The wait a server asked for in ``Retry-After`` (seconds or HTTP date), if any."""
    import openai

    exc = _root(exc)
    if not isinstance(exc, openai.APIStatusError):
        return None
    value = exc.response.headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000.0)
        except ValueError:
            pass
    value = exc.response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True)
class RetryPolicy:
    """How many transport attempts, and how long to wait between them.

    ``sleep`` / ``async_sleep`` are injectable so tests can record the waits instead of sleeping.
    """

    attempts: int = 4
    base: float = 0.5
    cap: float = 20.0
    retry_after_cap: float = 60.0
    #: A self-hosted server (llama.cpp, Ollama, vLLM on one machine) usually has one slot and
    #: keeps generating the answer the client gave up on: asking again at once only queues a
    #: second answer behind the first. The engine turns this off for such servers.
    retry_timeouts: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_retries(cls, max_retries: int, **options: object) -> RetryPolicy:
        """A policy making ``max_retries`` retries after the first attempt."""
        return cls(attempts=max(1, max_retries + 1), **options)  # type: ignore[arg-type]  # the other fields, by keyword

    def wait_seconds(self, state: RetryCallState) -> float:
        outcome = state.outcome
        exc = outcome.exception() if outcome is not None else None
        asked = retry_after_seconds(exc) if exc is not None else None
        if asked is not None:
            return min(asked, self.retry_after_cap)
        # Exponential backoff with full jitter on top, capped: base, 2·base, 4·base, ... ≤ cap.
        backoff = self.base * 2 ** max(0, state.attempt_number - 1)
        return min(self.cap, backoff + random.uniform(0, self.base))

    def should_retry(self, exc: BaseException) -> bool:
        """Whether this policy tries again after ``exc``."""
        return is_transient(exc) and (self.retry_timeouts or not is_timeout(exc))

    def _common(self) -> dict:
        return {
            "stop": tenacity.stop_after_attempt(self.attempts),
            "wait": self.wait_seconds,
            "retry": tenacity.retry_if_exception(self.should_retry),
            "reraise": True,
        }

    def retrying(self) -> tenacity.Retrying:
        """A tenacity.Retrying applying this policy."""
        return tenacity.Retrying(sleep=self.sleep, **self._common())

    def async_retrying(self) -> tenacity.AsyncRetrying:
        """A tenacity.AsyncRetrying applying this policy."""
        options = self._common()
        if self.async_sleep is not None:
            options["sleep"] = self.async_sleep
        return tenacity.AsyncRetrying(**options)
