"""URL input: `extractor extract URL`, URL lists in a .txt file, JSONL `url` fields.

Every request goes to a local HTTP server on 127.0.0.1 (never the internet) that serves a good
page, a 404, a slow page, a huge page, a PDF, a redirect loop and a flaky page. The articles are
invented.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from extractor.config import resolve_fetch_limits
from extractor.errors import ConfigError, InputError
from extractor.fetch import FetchLimits, fetch, is_url
from extractor.inputs import load_path
from tests.reliability.conftest import run_extractor

ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Budget vote</title><script>var tracking = "SECRET-SCRIPT";</script></head>
<body><nav>Home | World | Sports</nav><article><h1>Council passes the budget</h1>
<p>The mayor, Dana Whitfield, defended the new budget on Tuesday. "We are not cutting a single school," she told reporters.</p>
<p>Council member Jorge Ramos accused the administration of "hiding the real numbers." He said the city would face a deficit next year.</p>
</article><footer>Copyright</footer></body></html>"""

HITS: Counter = Counter()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        HITS[self.path] += 1
        # The client gives up on purpose (size limit, timeout).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route()

    def _route(self) -> None:
        if self.path == "/good.html":
            self._send(200, ARTICLE_HTML.encode("utf-8"))
        elif self.path == "/agent":
            self._send(200, self.headers.get("User-Agent", "").encode(), "text/plain")
        elif self.path == "/missing":
            self._send(404, b"<html><body>not here</body></html>")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, ARTICLE_HTML.encode("utf-8"))
        elif self.path == "/huge":
            self._send(200, b"<html><body><p>" + b"word " * 100_000 + b"</p></body></html>")
        elif self.path == "/huge-unannounced":
            # No Content-Length: the limit must hold while streaming.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"word " * 2000 + b"</p>")
            self.close_connection = True
        elif self.path == "/report.pdf":
            self._send(200, b"%PDF-1.7 not an article", "application/pdf")
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/good.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/flaky":
            if HITS[self.path] == 1:
                self._send(503, b"busy")
            else:
                self._send(200, ARTICLE_HTML.encode("utf-8"))
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


FAST = FetchLimits(timeout=0.5, retries=1, max_bytes=100_000)


def test_is_url():
    assert is_url("https://example.org/a.html") and is_url("http://127.0.0.1:8000/")
    assert not is_url("article.html") and not is_url("-") and not is_url("ftp://example.org/x")


def test_fetch_limits_come_from_the_environment_through_the_configuration():
    assert resolve_fetch_limits({"EXTRACTOR_FETCH_TIMEOUT": "2.5", "EXTRACTOR_FETCH_MAX_BYTES": "1000"}) == FetchLimits(timeout=2.5, retries=2, max_bytes=1000)
    assert resolve_fetch_limits({}) == FetchLimits()
    for bad in ({"EXTRACTOR_FETCH_RETRIES": "many"}, {"EXTRACTOR_FETCH_TIMEOUT": "0"}, {"EXTRACTOR_FETCH_MAX_BYTES": "-5"}):
        with pytest.raises(ConfigError, match=next(iter(bad))):
            resolve_fetch_limits(bad)


def test_fetch_limits_reach_a_url_given_directly_in_a_list_or_in_a_record(server, tmp_path):
    tiny = FetchLimits(timeout=0.5, retries=0, max_bytes=100)
    with pytest.raises(InputError, match="over the limit of 100"):
        list(load_path(f"{server}/good.html", fetch_limits=tiny))
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{server}/good.html\n", encoding="utf-8")
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "a", "url": f"{server}/good.html"}) + "\n", encoding="utf-8")
    for source in (listing, records):
        errors: list[InputError] = []
        assert list(load_path(source, on_error=errors.append, fetch_limits=tiny)) == []
        assert len(errors) == 1 and "over the limit of 100" in str(errors[0])


def test_good_page_main_text_and_source(server):
    [document] = load_path(f"{server}/good.html")
    assert document.source == f"{server}/good.html"
    assert "We are not cutting a single school" in document.text
    assert "SECRET-SCRIPT" not in document.text and "Sports" not in document.text


def test_user_agent_names_the_tool(server):
    page = fetch(f"{server}/agent", FAST)
    assert page.data.decode().startswith("extractor/")


def test_redirect_followed_and_final_url_kept(server):
    [document] = load_path(f"{server}/moved")
    assert document.source == f"{server}/moved"
    assert document.extra["final_url"] == f"{server}/good.html"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/report.pdf", "content type application/pdf"),
        ("/loop", "redirects"),
        ("/huge", "over the limit"),
        ("/huge-unannounced", "over the limit"),
        ("/slow", "no answer within 0.5 s"),
    ],
)
def test_bad_pages_are_one_line_input_errors(server, path, message):
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        fetch(f"{server}{path}", FAST)
    text = str(caught.value)
    assert message in text and "\n" not in text and text.startswith(f"{server}{path}: ")
    # bounded: the slow page costs (retries + 1) timeouts plus a short backoff, never the 3 s x attempts
    assert time.monotonic() - started < 2.5


def test_slow_page_is_retried_a_bounded_number_of_times(server):
    before = HITS["/slow"]
    with pytest.raises(InputError, match=r"after 2 attempts"):
        fetch(f"{server}/slow", FAST)
    assert HITS["/slow"] - before == 2


def test_transient_503_is_retried_then_succeeds(server):
    page = fetch(f"{server}/flaky", FAST)
    assert b"Dana Whitfield" in page.data and HITS["/flaky"] == 2


def test_url_list_in_a_text_file(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# articles to read\n{server}/good.html\n\n{server}/missing\n", encoding="utf-8")
    errors: list[InputError] = []
    documents = list(load_path(listing, on_error=errors.append))
    assert [d.source for d in documents] == [f"{server}/good.html"]
    assert len(errors) == 1 and "HTTP 404" in str(errors[0])


def test_jsonl_url_field(server, tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text(
        json.dumps({"id": "a", "url": f"{server}/good.html", "section": "city"}) + "\n" + json.dumps({"id": "b", "url": f"{server}/report.pdf"}) + "\n",
        encoding="utf-8",
    )
    errors: list[InputError] = []
    [document] = load_path(records, on_error=errors.append)
    assert document.id == "a" and document.source == f"{server}/good.html" and document.extra["section"] == "city"
    assert len(errors) == 1 and str(errors[0]).startswith(f"{records}:2: {server}/report.pdf: not an article page")


def test_extract_url_command_keeps_the_url_in_meta_source(server):
    run = run_extractor("extract", f"{server}/good.html")
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["meta"]["source"] == f"{server}/good.html"
    assert any("not cutting a single school" in q["text"] for q in result["quotes"])


def test_extract_url_errors_exit_2_with_one_line(server):
    run = run_extractor("extract", f"{server}/missing", env={"EXTRACTOR_FETCH_RETRIES": "0"})
    assert run.code == 2
    assert run.stderr.strip().splitlines() == [f"error: {server}/missing: HTTP 404 Not Found"]
    run = run_extractor("extract", f"{server}/loop")
    assert run.code == 2 and "redirects" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_extract_applies_the_fetch_size_limit_from_the_environment(server):
    run = run_extractor("extract", f"{server}/good.html", env={"EXTRACTOR_FETCH_MAX_BYTES": "100"})
    assert run.code == 2 and "is over the limit of 100" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_extract_batch_of_urls_with_a_bad_one_exits_6(server, tmp_path):
    out = tmp_path / "out.jsonl"
    run = run_extractor("extract", f"{server}/good.html", f"{server}/report.pdf", "--format", "jsonl", "-o", str(out), "-q")
    assert run.code == 6, run.stderr
    assert "report.pdf: not an article page" in run.stderr
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["meta"]["source"] == f"{server}/good.html"
