"""Fetching an article from a URL, for ``extractor extract URL`` (and URL lists, JSONL ``url`` fields).

httpx with every limit explicit, so a bad server costs bounded time and memory:

- timeout per attempt (``EXTRACTOR_FETCH_TIMEOUT``, default 20 s, covering connect and each read);
- bounded retries (``EXTRACTOR_FETCH_RETRIES``, default 2) with capped exponential backoff, for
  transient faults only: timeouts, dropped connections, 429 and 5xx. A 404 or a page that is not
  HTML is not retried;
- at most `MAX_REDIRECTS` redirects (a redirect loop ends there);
- a size limit (``EXTRACTOR_FETCH_MAX_BYTES``, default 10 MB), checked on Content-Length and again
  while streaming, so a server lying about (or omitting) the length cannot fill memory;
- a content-type check: HTML (or XHTML) and plain text only;
- a user agent that names the tool.

The limits come in as `FetchLimits`: `extractor.config.resolve_fetch_limits` reads the variables
(with the rest of the configuration) and the CLI passes them down through `extractor.inputs`; this
module reads no environment variable. They are not `Settings` fields: they shape how an input is
read, not how an extraction runs, so `extract()` has no keyword for them. Every failure is an InputError with one line naming the URL (exit code 2, or a skipped record in a
batch), never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from extractor.errors import InputError

if TYPE_CHECKING:
    import httpx

MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 20.0
DEFAULT_RETRIES = 2
DEFAULT_MAX_BYTES = 10_000_000
#: Content types read as articles; anything else (PDF, images, JSON APIs) is refused.
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_url(value: str) -> bool:
    """True for an http(s) URL given where a path could be."""
    head = value.strip()[:8].lower()
    return head.startswith(("http://", "https://"))


@dataclass(frozen=True)
class FetchLimits:
    """The limits of one fetch; `extractor.config.resolve_fetch_limits` reads them from the environment."""

    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Fetched:
    """A fetched page: its bytes, whether it is HTML, and the URL after redirects."""

    url: str
    final_url: str
    data: bytes
    html: bool


class _Transient(Exception):
    """A fault worth another attempt (timeout, dropped connection, 429, 5xx)."""


def _user_agent() -> str:
    from extractor._version import __version__

    return f"extractor/{__version__} (news quote extractor; fetching one article page)"


def _fetch_once(client: httpx.Client, url: str, limits: FetchLimits) -> Fetched:
    import httpx

    try:
        with client.stream("GET", url) as response:
            status = response.status_code
            if status == 429 or status >= 500:
                raise _Transient(f"HTTP {status} {response.reason_phrase}")
            if status >= 400:
                raise InputError(f"{url}: HTTP {status} {response.reason_phrase}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and content_type not in ACCEPTED_TYPES:
                raise InputError(f"{url}: not an article page (content type {content_type}; expected HTML or plain text)")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise InputError(f"{url}: {int(declared):,} bytes is over the limit of {limits.max_bytes:,} (raise it with EXTRACTOR_FETCH_MAX_BYTES)")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    raise InputError(f"{url}: more than {limits.max_bytes:,} bytes, over the limit (raise it with EXTRACTOR_FETCH_MAX_BYTES)")
                chunks.append(chunk)
            return Fetched(url=url, final_url=str(response.url), data=b"".join(chunks), html=content_type != "text/plain")
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects (a redirect loop?)") from None
    except httpx.TimeoutException:
        raise _Transient(f"no answer within {limits.timeout:g} s (raise it with EXTRACTOR_FETCH_TIMEOUT)") from None
    except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
        raise _Transient(f"connection failed ({exc.__class__.__name__}: {exc or 'no detail'})") from None
    except httpx.UnsupportedProtocol:
        raise InputError(f"{url}: not an http(s) URL") from None
    except httpx.InvalidURL as exc:
        raise InputError(f"{url}: invalid URL ({exc})") from None


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """GET ``url`` within ``limits`` (default: `FetchLimits()`); InputError on any failure."""
    # Imported here: `extractor.inputs` imports this module, and reading files needs neither.
    import httpx
    from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

    limits = limits or FetchLimits()
    timeout = httpx.Timeout(limits.timeout)
    with httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=timeout,
        headers={"User-Agent": _user_agent(), "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"},
        trust_env=True,
    ) as client:
        retrying = Retrying(
            retry=retry_if_exception_type(_Transient),
            stop=stop_after_attempt(limits.retries + 1),
            wait=wait_exponential(multiplier=0.5, max=4.0),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return _fetch_once(client, url, limits)
        except _Transient as exc:
            attempts = limits.retries + 1
            raise InputError(f"{url}: {exc} (after {attempts} attempt{'s' if attempts > 1 else ''})") from None
    raise AssertionError("unreachable: tenacity either returns or re-raises")  # pragma: no cover


__all__ = ["ACCEPTED_TYPES", "FetchLimits", "Fetched", "MAX_REDIRECTS", "fetch", "is_url"]
