"""Settings precedence: explicit > environment > [tool.extractor] in pyproject."""

from __future__ import annotations

import pytest

from extractor.config import resolve_settings
from extractor.errors import ConfigError


def _project(tmp_path, body: str):
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    return tmp_path


def test_nothing_configured_means_offline(tmp_path):
    settings = resolve_settings(cwd=tmp_path, environ={})
    assert settings.model is None and not settings.uses_llm


def test_pyproject_then_env_then_flags(tmp_path):
    project = _project(tmp_path, '[tool.extractor]\nmodel = "from-pyproject"\ntemperature = 0.5\n')
    assert resolve_settings(cwd=project, environ={}).model == "from-pyproject"
    env = {"EXTRACTOR_MODEL": "from-env", "EXTRACTOR_BASE_URL": "http://127.0.0.1:1/v1"}
    settings = resolve_settings(cwd=project, environ=env)
    assert (settings.model, settings.base_url, settings.temperature) == ("from-env", "http://127.0.0.1:1/v1", 0.5)
    assert resolve_settings(cwd=project, environ=env, model="from-flag").model == "from-flag"


def test_pyproject_is_found_from_a_subdirectory(tmp_path):
    project = _project(tmp_path, '[tool.extractor]\nmodel = "m"\n')
    (project / "a" / "b").mkdir(parents=True)
    assert resolve_settings(cwd=project / "a" / "b", environ={}).model == "m"


def test_api_key_comes_from_env_and_is_never_printed(tmp_path):
    settings = resolve_settings(cwd=tmp_path, environ={"OPENAI_API_KEY": "sk-SENTINEL-123"})
    assert settings.api_key.get_secret_value() == "sk-SENTINEL-123"
    assert "sk-SENTINEL-123" not in repr(settings) and "sk-SENTINEL-123" not in str(settings)


def test_api_key_in_pyproject_is_refused(tmp_path):
    project = _project(tmp_path, '[tool.extractor]\napi_key = "sk-x"\n')
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        resolve_settings(cwd=project, environ={})


def test_invalid_values_are_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="timeout"):
        resolve_settings(cwd=tmp_path, environ={"EXTRACTOR_TIMEOUT": "soon"})


def test_no_cache_env(tmp_path):
    assert resolve_settings(cwd=tmp_path, environ={"EXTRACTOR_NO_CACHE": "1"}).cache is False


def test_scope_flag_over_env_over_pyproject(tmp_path):
    assert resolve_settings(cwd=tmp_path, environ={}).scope == "statements"
    project = _project(tmp_path, '[tool.extractor]\nscope = "attributions"\n')
    assert resolve_settings(cwd=project, environ={}).scope == "attributions"
    assert resolve_settings(cwd=project, environ={"EXTRACTOR_SCOPE": "statements"}).scope == "statements"
    assert resolve_settings(cwd=project, environ={"EXTRACTOR_SCOPE": "statements"}, scope="attributions").scope == "attributions"
    with pytest.raises(ConfigError, match="scope"):
        resolve_settings(cwd=tmp_path, environ={"EXTRACTOR_SCOPE": "beliefs"})
