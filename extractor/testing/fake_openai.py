"""A local fake OpenAI-compatible server, for tests and benchmarks of anything that talks to an LLM.

It listens on ``127.0.0.1`` (a free port) in a background thread and answers
``POST /v1/chat/completions`` and ``GET /v1/models`` like an OpenAI-compatible server would,
in the shape the request asks for:

- the request carries ``tools``: the answer is a ``tool_calls`` message calling the requested
  function, whose ``arguments`` are the JSON of ``responder(request_json)``;
- otherwise (``response_format`` json_schema / json_object, or plain chat): ``message.content``
  is that JSON.

Every answer includes ``usage`` (a rough 4-characters-per-token count). ``POST /tokenize``
answers like llama.cpp's tokenizer endpoint, one token per whitespace-separated word.

Usage::

    from extractor.testing.fake_openai import FakeOpenAI, Reply

    def responder(request: dict) -> dict:           # the extraction payload
        return {"quotes": [{"text": "Nous condamnons", "speaker": "Marie Dupont"}]}

    with FakeOpenAI(responder=responder) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0)
        server.script([Reply(status=429, headers={"Retry-After": "1"}), Reply(status=500)])
        ...                                           # first call gets 429, second 500, then responder
        server.requests                               # [RecordedRequest(method, path, headers, json), ...]
                                                      # (header names lower-cased)

``server.script([...])`` queues one-shot behaviours consumed in order (one per request to
``/chat/completions``) before falling back to the responder:

- ``Reply(status=429, headers={"Retry-After": "1"})``, ``Reply(status=500)``, ``Reply(status=503)``:
  an error status with an OpenAI-style error body;
- ``Reply(raw=b"not json")``: those bytes as the body (status 200 unless given);
- ``Reply(delay=5.0)``: wait, then answer normally (make it longer than the client timeout);
- ``Reply(json={...})``: any body, as JSON;
- ``Reply(content="...")``: a normal completion whose content / tool arguments are that text
  (e.g. schema-invalid JSON);
- ``Reply(finish_reason="length")``: a completion cut off: truncated JSON, ``finish_reason: length``;
- ``Reply(close=True)``: drop the connection without answering.

A context window like a local server's: ``FakeOpenAI(n_ctx=2048)`` refuses a request whose
prompt (4 characters per token) plus ``max_tokens`` exceeds it, with the HTTP 400 that
llama-cpp-python's server and vLLM send; ``truncate=True`` instead cuts the prompt silently and
reports only ``n_ctx - max_tokens`` prompt tokens, as Ollama does. ``advertise="props"`` serves
llama.cpp's ``GET /props`` with that n_ctx (``"models"``: vLLM's ``max_model_len`` in
``/v1/models``); ``tokenizer=True`` serves llama-cpp-python's ``POST /extras/tokenize/count`` and llama.cpp's
``POST /tokenize`` (4 characters per token, as ``usage`` counts).

The responder may also return a ``Reply`` to choose a behaviour per request. ``delay=`` on the
constructor slows every answer (benchmarks). The server is thread-safe; ``stop()`` (or leaving
the ``with`` block) shuts it down and wakes any delayed handler.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeOpenAI", "RecordedRequest", "Reply", "empty_payload"]


@dataclass(frozen=True)
class Reply:
    """One scripted behaviour of the fake server (see the module docstring)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    raw: bytes | None = None
    content: str | None = None
    delay: float = 0.0
    finish_reason: str | None = None
    close: bool = False


@dataclass(frozen=True)
class RecordedRequest:
    """A request the fake server received."""

    method: str
    path: str
    headers: dict[str, str]
    json: Any


def empty_payload(request: dict[str, Any]) -> dict[str, Any]:
    """The default responder: an extraction with nothing found."""
    return {}


Responder = Callable[[dict[str, Any]], "dict[str, Any] | Reply"]


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # socketserver's default listen backlog is 5: with more concurrent clients the kernel drops
    # SYNs (a 1 s retransmit) or resets connections, which concurrency benchmarks would measure.
    request_queue_size = 128
    fake: FakeOpenAI


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    # HTTP/1.0: one request per connection, so a dropped or delayed answer never poisons a
    # pooled keep-alive connection of the client under test.
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        return

    # --- plumbing -------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None, content_type: str = "application/json") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def _send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(data).encode("utf-8"), headers)

    def _read_json(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return body.decode("utf-8", "replace")

    def _drop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True

    # --- routes ---------------------------------------------------------------------------
    def do_GET(self) -> None:
        fake = self.server.fake
        fake._record(RecordedRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()}, None))
        if self.path.rstrip("/").endswith("/models"):
            entry: dict[str, Any] = {"id": fake.model, "object": "model", "owned_by": "fake"}
            if fake.advertise == "models" and fake.n_ctx:
                entry["max_model_len"] = fake.n_ctx
            self._send_json(200, {"object": "list", "data": [entry]})
        elif self.path.rstrip("/") == "/props" and fake.advertise == "props" and fake.n_ctx:
            self._send_json(200, {"default_generation_settings": {"n_ctx": fake.n_ctx}, "total_slots": 1})
        else:
            self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        fake = self.server.fake
        body = self._read_json()
        fake._record(RecordedRequest("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        request = body if isinstance(body, dict) else {}
        if fake.tokenizer and self.path.rstrip("/") in ("/extras/tokenize/count", "/tokenize"):
            # llama-cpp-python's count endpoint and llama.cpp's /tokenize (at the server root, not
            # under /v1), counting as `usage` does (4 characters per token).
            if self.path.rstrip("/") == "/tokenize":
                self._send_json(200, {"tokens": list(range(_tokens(str(request.get("content") or ""))))})
            else:
                self._send_json(200, {"count": _tokens(str(request.get("input") or ""))})
            return
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})
            return
        refusal = fake._context_refusal(request)
        if refusal is not None:
            self._send_json(400, refusal)
            return
        reply = fake._next_scripted()
        if fake.delay:
            fake._stopping.wait(fake.delay)
        if reply is None:
            produced = fake.responder(request)
            reply = produced if isinstance(produced, Reply) else Reply(content=json.dumps(produced, ensure_ascii=False))
        self._answer(request, reply)

    def _answer(self, request: dict[str, Any], reply: Reply) -> None:
        fake = self.server.fake
        if reply.delay:
            fake._stopping.wait(reply.delay)
        if reply.close:
            self._drop()
            return
        if reply.raw is not None:
            self._send(reply.status, reply.raw, reply.headers)
            return
        if reply.json is not None:
            self._send_json(reply.status, reply.json, reply.headers)
            return
        if reply.status >= 400:
            error = {"error": {"message": f"fake error {reply.status}", "type": "server_error" if reply.status >= 500 else "invalid_request_error", "code": reply.status}}
            self._send_json(reply.status, error, reply.headers)
            return
        content = reply.content
        if content is None:
            produced = fake.responder(request)
            content = produced.content if isinstance(produced, Reply) and produced.content is not None else json.dumps(
                {} if isinstance(produced, Reply) else produced, ensure_ascii=False
            )
        finish_reason = reply.finish_reason or "stop"
        if finish_reason == "length":
            content = content[: max(1, len(content) // 2)]
        self._send_json(reply.status, fake._completion(request, content, finish_reason), reply.headers)


def _loopback_reachable() -> bool:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("127.0.0.1", 9))  # UDP connect sends nothing; it fails if lo is down
        return True
    except OSError:
        return False
    finally:
        probe.close()


def _ensure_loopback() -> None:
    """Bring the loopback interface up if it is down (Linux, CAP_NET_ADMIN).

    ``unshare -n pytest`` (the offline check) runs in a fresh network namespace whose only
    interface, ``lo``, starts down: nothing, not even 127.0.0.1, is reachable there. Raising
    ``lo`` in that namespace reaches nothing outside it; in a normal environment lo is already
    up and this does nothing.
    """
    if _loopback_reachable():
        return
    try:
        import fcntl
        import struct

        siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            request = struct.pack("16sH14s", b"lo", 0, b"\0" * 14)
            flags = struct.unpack("16sH14s", fcntl.ioctl(sock, siocgifflags, request))[1]
            fcntl.ioctl(sock, siocsifflags, struct.pack("16sH14s", b"lo", flags | iff_up, b"\0" * 14))
    except (ImportError, OSError) as exc:
        raise RuntimeError(f"127.0.0.1 is unreachable (loopback down) and cannot be raised ({exc}): run `ip link set lo up` first") from None


class FakeOpenAI:
    """A fake OpenAI-compatible HTTP server on 127.0.0.1 (see the module docstring)."""

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        delay: float = 0.0,
        model: str = "fake-model",
        n_ctx: int | None = None,
        truncate: bool = False,
        advertise: str | None = None,
        tokenizer: bool = False,
    ) -> None:
        self.responder: Responder = responder or empty_payload
        self.delay = delay
        self.model = model
        self.n_ctx = n_ctx
        self.truncate = truncate
        self.advertise = advertise
        self.tokenizer = tokenizer
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._script: deque[Reply] = deque()
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ------------------------------------------------------------------------
    def start(self) -> FakeOpenAI:
        """Bind a free port and serve in a background thread."""
        if self._httpd is not None:
            return self
        self._stopping.clear()
        _ensure_loopback()
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.fake = self
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; later requests fail to connect."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- inspection and scripting -----------------------------------------------------------
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeOpenAI is not running")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        """The OpenAI base URL to give a client: http://127.0.0.1:PORT/v1."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        """The requests to /chat/completions only."""
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    def script(self, replies: Iterable[Reply]) -> None:
        """Queue one-shot behaviours, consumed in order by the next chat-completion requests."""
        with self._lock:
            self._script.extend(replies)

    @property
    def pending(self) -> int:
        """How many scripted replies are not consumed yet."""
        with self._lock:
            return len(self._script)

    def reset(self) -> None:
        """Forget recorded requests and pending scripted replies."""
        with self._lock:
            self._requests.clear()
            self._script.clear()

    # --- internals --------------------------------------------------------------------------
    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _next_scripted(self) -> Reply | None:
        with self._lock:
            return self._script.popleft() if self._script else None

    @staticmethod
    def _prompt_tokens(request: dict[str, Any]) -> int:
        chars = sum(len(str(m.get("content") or "")) for m in request.get("messages") or [] if isinstance(m, dict))
        return _tokens(" " * chars)

    def _context_refusal(self, request: dict[str, Any]) -> dict[str, Any] | None:
        """The 400 body of a request that does not fit ``n_ctx`` (None if it fits or truncate)."""
        if not self.n_ctx or self.truncate:
            return None
        prompt, answer = self._prompt_tokens(request), int(request.get("max_tokens") or 0)
        if prompt + answer <= self.n_ctx:
            return None
        message = (
            f"This model's maximum context length is {self.n_ctx} tokens. However, you requested {prompt + answer} tokens "
            f"({prompt} in the messages, {answer} in the completion). Please reduce the length of the messages or completion."
        )
        return {"error": {"message": message, "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}}

    def _completion(self, request: dict[str, Any], content: str, finish_reason: str) -> dict[str, Any]:
        tools = request.get("tools") or []
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if tools:
            name = None
            choice = request.get("tool_choice")
            if isinstance(choice, dict):
                name = (choice.get("function") or {}).get("name")
            if not name:
                name = (tools[0].get("function") or {}).get("name", "tool")
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": f"call_{uuid.uuid4().hex[:12]}", "type": "function", "function": {"name": name, "arguments": content}}
                ],
            }
            if finish_reason == "stop":
                finish_reason = "tool_calls"
        prompt_tokens, completion_tokens = self._prompt_tokens(request), _tokens(content)
        if self.n_ctx and self.truncate:
            # Ollama keeps the end of an over-long prompt and says how much it read.
            prompt_tokens = min(prompt_tokens, max(1, self.n_ctx - int(request.get("max_tokens") or 0)))
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:16]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(request.get("model") or self.model),
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens, "total_tokens": prompt_tokens + completion_tokens},
        }
