"""Language detection (extractor.language), including one-sentence inputs."""

from __future__ import annotations

import pytest

from extractor.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous condamnons », a dit le ministre.", "fr"),
        ("“We condemn it,” the minister said.", "en"),
        ("Le gouvernement a présenté son budget, qui sera déposé la semaine prochaine selon la ministre.", "fr"),
        ("The government presented its budget, which will be tabled next week, the minister said.", "en"),
        ("El ministro dijo que «no habrá más recortes» y que la economía está creciendo según los datos.", "es"),
        ("Hola amigos, ¿qué tal?", "und"),
        ("12 345 678", "und"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected
