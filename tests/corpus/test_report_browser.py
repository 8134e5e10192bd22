"""The report page in a real browser: headless Chromium renders the fixture corpus's report, and
the page's script records what it drew in <body data-*> attributes, read back from --dump-dom.

Skips (with the reason) when no Chromium is installed; .ci/run installs Debian's `chromium`.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import lxml.html
import pytest

from extractor import Corpus

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable") if shutil.which(name)), None)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium on PATH (Debian: apt-get install chromium)")


def _render(page_url: str, profile) -> tuple[lxml.html.HtmlElement, list[str]]:
    """The DOM after the page's scripts ran, and every console message the page produced."""
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",  # CI runs as root
            "--disable-gpu",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
            "--dump-dom",
            page_url,
        ],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    console = [line for line in proc.stderr.decode("utf-8", "replace").splitlines() if ":CONSOLE" in line]
    return lxml.html.fromstring(proc.stdout.decode("utf-8")), console


def test_report_renders_the_expected_graph_without_console_errors(results, tmp_path):
    report = tmp_path / "report.html"
    report.write_text(Corpus.from_results(results).to_html(article_links="views"), encoding="utf-8")
    dom, console = _render(report.as_uri() + "#node=" + "country%3Achina", tmp_path / "profile")

    assert console == []  # no error, no warning, no log line from the page or the graph library
    body = dom.body
    assert body.get("data-errors") is None
    assert body.get("data-ready") == "1"
    nodes = set(json.loads(body.get("data-graph-nodes")))
    assert nodes == {"China", "Joe Biden", "United States", "John Smith", "Jane Smith", "Smith", "The <script>x</script> Group"}
    assert body.get("data-graph-edges") == "5"
    # The canvas is drawn inside the graph container.
    assert dom.xpath('//div[@id="graph"]//canvas')
    # The #node= link selected China: its accusations and evidence quotes, both directions, with article links.
    details = dom.get_element_by_id("node-details").text_content()
    assert "Joe Biden accuses China of cheating on steel" in details and "China cheats on steel." in details
    assert "China accuses Joe Biden" in details
    assert dom.xpath('//aside[@id="node-details"]//a[@href="views/00001-en-1.html"]')
    # The claims table is filled, and nothing from the hostile name became markup.
    assert body.get("data-claims-shown") == "6"
    assert not dom.xpath('//script[contains(., "x") and string-length(.) = 1]')
    assert re.search(r"China cheats on steel", dom.get_element_by_id("claim-table").text_content())
