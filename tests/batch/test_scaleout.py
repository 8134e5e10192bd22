"""Scale-out on Dask (a LocalCluster of 2 worker processes) and the cache shared by processes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from _support import article, hammer_cache

from extractor import Extractor, scaleout
from extractor.cache import ResponseCache, cache_key
from extractor.testing.fake_openai import FakeOpenAI

distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")

_FR = "« Nous ne céderons pas sur le budget {n} », a déclaré la maire Anne Leroy lundi.\n\nLe préfet a répondu que le dossier {n} était clos."


def _records() -> list[dict[str, str]]:
    english = [{"id": f"en{n}", "text": article(n)} for n in range(6)]
    french = [{"id": f"fr{n}", "text": _FR.format(n=n)} for n in range(4)]
    return english + french


def _comparable(result) -> dict:
    data = result.to_dict()
    data["meta"].pop("elapsed_seconds", None)  # wall time differs run to run
    return data


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def test_dask_bag_gives_the_local_batch_results(client):
    records = _records()
    local = list(Extractor().extract_many(records))
    remote = scaleout.extract_bag(records, npartitions=5).compute()
    assert [r.id for r in remote] == [r["id"] for r in records]
    assert [_comparable(r) for r in remote] == [_comparable(r) for r in local]
    assert any(r.quotes for r in remote)
    # one Extractor per worker process, however many partitions it ran
    assert all(count <= 1 for count in client.run(lambda: len(scaleout._extractors)).values())


def test_workers_share_the_llm_cache(client, tmp_path):
    records = _records()[:6]
    with FakeOpenAI() as server:
        options = {"model": "fake-model", "base_url": server.base_url, "api_key": "sk-test", "cache_dir": str(tmp_path / "cache")}
        first = scaleout.extract_bag(records, npartitions=4, **options).compute()
        sent = len(server.completion_requests)
        again = scaleout.extract_bag(records, npartitions=3, **options).compute()
        assert sent >= len(records)
        assert len(server.completion_requests) == sent  # every answer came from the shared cache
    assert not any(r.meta.cached for r in first) and all(r.meta.cached for r in again)
    assert "sk-test" not in "".join(p.read_bytes().decode("latin-1") for p in (tmp_path / "cache").rglob("*") if p.is_file())


def test_errors_skip_drops_failing_articles(client):
    records = [{"id": "ok", "text": article(1)}, {"id": "empty", "text": "   "}]
    assert [r.id for r in scaleout.extract_bag(records, errors="skip").compute()] == ["ok"]


def test_the_cache_is_safe_when_processes_share_it(tmp_path: Path):
    directory = str(tmp_path / "shared-cache")
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        assert sorted(pool.starmap(hammer_cache, [(directory, w, 150) for w in range(4)])) == [0, 1, 2, 3]
    cache = ResponseCache(directory)
    try:
        assert len(cache) == 150
        for n in range(150):
            value = cache.get(cache_key({"n": n}))
            assert value["n"] == n and value["writer"] in range(4) and value["pad"] == str(value["writer"]) * len(value["pad"])
    finally:
        cache.close()
