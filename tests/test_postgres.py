"""The store on a real PostgreSQL (CROSSCLAIM_TEST_DATABASE_URL, a fresh database per test):
the same SQLAlchemy code as on SQLite, giving the same results. The batch tests run on
PostgreSQL too (tests/test_batch.py, the `postgres` parameter)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from batchutil import (
    PG_ENV,
    ROOT,
    cli_env,
    fresh_postgres_database,
    postgres_server_url,
    sqlite_url,
    store_facts,
)
from conftest import make_settings

from embeddings.types import Article, Claim, Entity, Quantity
from service.batch import checkpoints
from service.batch.lock import BatchLock
from service.batch.sources import Ticket
from service.errors import Busy
from service.store import SqlStore


@pytest.fixture()
def pg_url() -> Iterator[str]:
    with fresh_postgres_database(postgres_server_url()) as url:
        yield url


@pytest.fixture()
def pg_store(pg_url: str) -> Iterator[SqlStore]:
    store = SqlStore(pg_url)
    yield store
    store.close()


def test_ci_cannot_skip_postgres(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a server the tests skip on a laptop, but fail under CI=true."""
    monkeypatch.delenv(PG_ENV, raising=False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        postgres_server_url()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match=PG_ENV):
        postgres_server_url()


@pytest.mark.postgres
def test_store_round_trip(pg_store: SqlStore) -> None:
    store = pg_store
    assert store.engine.dialect.name == "postgresql"
    article = Article(id="a1", source="Outlet", text="Troops shelled 29 villages, he said.",
                      title="T", published="2023-09-19")
    claim = Claim(article_id="a1", source="Outlet", text=article.text, start=0,
                  end=len(article.text), core="Troops shelled 29 villages", speaker="he",
                  entities=(Entity("Troops", 0, 6, "ORG"),),
                  numbers=(Quantity("29", 15, 17, 29.0, 29.0, "village", "count", False),))
    rng = np.random.default_rng(0)
    # facet vectors per claim (core, then clauses): one and two rows
    vecs = [rng.standard_normal((n, 384)).astype(np.float32) for n in (1, 2)]
    with store.begin() as conn:
        store.insert_article(conn, article)
        stored = store.insert_claims(conn, [claim, claim], vecs)
        ids = [int(c.id or 0) for c in stored]
        touched = store.set_cluster_labels(conn, ids, [-1, -1])
        cluster_id = next(iter(touched))
        counts, sample = store.cluster_digest(cluster_id, 64, conn=conn)
        assert (counts.size, counts.voices) == (2, 1) and len(sample) == 1  # one text, one voice
        store.save_cluster(conn, cluster_id, counts, {"relation": "agree"}, "agree", 0.5)
        store.add_word_counts(conn, {"shelled": 2, "villages": 1})
        store.set_state(conn, "generation", "1")
    assert ids[0] > 0 and ids[1] == ids[0] + 1
    assert store.get_article("a1") == article
    back = store.claims_of_article("a1")
    assert back[0].entities == claim.entities and back[0].numbers == claim.numbers
    [(vec_ids, got)] = list(store.iter_vectors())
    assert vec_ids == ids
    assert all(np.array_equal(g, v.ravel()) for g, v in zip(got, vecs, strict=True))
    rows, total = store.list_clusters(min_voices=1)
    assert total == 1 and rows[0]["size"] == 2 and rows[0]["contrast"] == {"relation": "agree"}
    assert store.word_counts(["shelled", "nope"]) == {"shelled": 2}
    assert store.get_state("generation") == "1"
    with store.begin() as conn:
        gone = store.delete_article(conn, "a1")
    assert sorted(cid for cid, _ in gone) == ids
    assert store.counts()["claims"] == 0
    # ids are never reused (FAISS keys and URLs stay unique)
    with store.begin() as conn:
        store.insert_article(conn, article)
        again = store.insert_claims(conn, [claim], vecs[:1])
    assert again[0].id is not None and again[0].id > ids[1]


@pytest.mark.postgres
def test_checkpoints_and_advisory_lock(pg_store: SqlStore, tmp_path: Path) -> None:
    checkpoints.save(pg_store, [Ticket("file:/a", "f1", 10), Ticket("file:/a", "f2", 20),
                                Ticket("stdin:x", "h", 3)])
    checkpoints.save(pg_store, [Ticket("stdin:x", "h2", 5)])
    assert checkpoints.load(pg_store) == {"file:/a": Ticket("file:/a", "f2", 20),
                                          "stdin:x": Ticket("stdin:x", "h2", 5)}
    assert checkpoints.forget(pg_store, ["stdin:x"]) == 1
    # two "hosts" (different lock files) on one database still exclude each other
    with BatchLock(tmp_path / "host1" / "batch.lock", pg_store.engine):
        other = BatchLock(tmp_path / "host2" / "batch.lock", pg_store.engine)
        with pytest.raises(Busy, match="another batch run is in progress"):
            other.acquire()
    with BatchLock(tmp_path / "host2" / "batch.lock", pg_store.engine):
        pass


@pytest.mark.postgres
def test_pipeline_gives_the_same_clusters_as_on_sqlite(pg_url: str, tmp_path: Path,
                                                        seed_articles: Any) -> None:
    from service.pipeline import build_pipeline

    urls = {"postgres": pg_url, "sqlite": sqlite_url(tmp_path / "sqlite")}
    facts = {}
    for name, url in urls.items():
        pipe = build_pipeline(make_settings(tmp_path / name, database_url=url))
        results = pipe.ingest(seed_articles)
        assert all(r.status == "new" for r in results)
        clusters, total = pipe.clusters(min_voices=2)
        assert total > 0 and clusters
        pipe.store.close()
        facts[name] = store_facts(url)
    assert facts["postgres"]["articles"] == facts["sqlite"]["articles"]
    assert facts["postgres"]["claims"] == facts["sqlite"]["claims"]
    assert facts["postgres"]["clusters"] == facts["sqlite"]["clusters"]


def test_writers_on_two_hosts_take_turns(pg_url: str) -> None:
    """The pipeline's writer lock is held in the database, so a writer elsewhere waits."""
    from sqlalchemy import text

    from service.store.sql import WRITER_LOCK_KEY

    here, elsewhere = SqlStore(pg_url), SqlStore(pg_url)
    try:
        with here.writer_lock(), elsewhere.engine.connect() as conn:
            taken = conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                 {"k": WRITER_LOCK_KEY}).scalar()
            assert taken is False
        with elsewhere.engine.connect() as conn:
            taken = conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                 {"k": WRITER_LOCK_KEY}).scalar()
            assert taken is True
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WRITER_LOCK_KEY})
    finally:
        here.close()
        elsewhere.close()


@pytest.mark.postgres
def test_nul_characters_are_the_same_4xx_on_postgres_as_on_sqlite(pg_url: str,
                                                                   tmp_path: Path) -> None:
    """PostgreSQL refuses a NUL (U+0000) in any text: an article holding one, a source filter
    or an article id holding one were 500s here while SQLite took them.  On both stores they
    are now the same 422 naming the field and the position, and nothing is stored."""
    from fastapi.testclient import TestClient

    from service.api import create_app
    from service.pipeline import build_pipeline

    article = {"id": "n1", "source": "Outlet",
               "text": "Troops shelled 29 villages\u0000 on Monday, he said."}
    for name, url in {"postgres": pg_url, "sqlite": sqlite_url(tmp_path / "sqlite")}.items():
        settings = make_settings(tmp_path / name, database_url=url)
        pipe = build_pipeline(settings)
        with TestClient(create_app(settings, pipe), raise_server_exceptions=False) as client:
            for response, said in (
                    (client.post("/v1/articles", json=article),
                     "body.text: not valid text: a NUL character (U+0000) at character 26"),
                    (client.get("/v1/articles", params={"source": "Out\u0000let"}),
                     "source: not valid text: a NUL character (U+0000) at character 3"),
                    (client.get("/v1/articles/n1%00"),
                     "article_id: not valid text: a NUL character (U+0000) at character 2")):
                assert response.status_code == 422, (name, response.text)
                assert response.json()["error"]["message"].startswith(said), name
            assert client.get("/v1/articles").json()["total"] == 0
        pipe.store.close()


@pytest.fixture()
def named(monkeypatch: pytest.MonkeyPatch) -> str:
    """This process's sessions named as the CLI's ``crossclaim reindex`` names them."""
    from service.store import pg_session

    monkeypatch.delenv("PGAPPNAME", raising=False)
    monkeypatch.setattr(pg_session, "_command", "")
    pg_session.name_command("reindex")
    return f"crossclaim reindex pid {os.getpid()} on {socket.gethostname()}"


@pytest.mark.postgres
def test_a_writer_refused_on_postgres_hears_who_holds_the_lock(pg_url: str,
                                                                named: str) -> None:
    """Two real connections: the refusal names the holder's session (its application_name,
    client address and start) from pg_locks and pg_stat_activity, in the message and in
    the details; as on SQLite, where the lock file names the pid."""
    from datetime import datetime

    here, elsewhere = SqlStore(pg_url), SqlStore(pg_url)
    try:
        with here.writer_lock(), pytest.raises(Busy) as refused, \
                elsewhere.writer_lock(wait=0.3):
            pytest.fail("the writer lock was taken twice")
        holder = refused.value.details["holder"]
        assert holder["application_name"] == named
        assert holder["client_addr"] == "127.0.0.1"
        assert datetime.fromisoformat(holder["backend_start"]).tzinfo is not None
        assert isinstance(holder["backend_pid"], int)
        assert refused.value.message.startswith(
            f"another crossclaim writer ({named}, connected from 127.0.0.1 since "
            f"{holder['backend_start']}) holds the database's writer lock"), refused.value.message
        assert "refused after waiting 0.3 s" in refused.value.message
        assert "holder_pid" not in refused.value.details  # a pid of another host means nothing
        with elsewhere.writer_lock():  # let go: taken at once, no one to name
            pass
    finally:
        here.close()
        elsewhere.close()


@pytest.mark.postgres
def test_a_name_the_operator_gave_the_sessions_is_kept(pg_url: str, named: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    other_host = SqlStore(f"{pg_url}?application_name=nightly-import")
    here = SqlStore(pg_url)
    try:
        with other_host.writer_lock(), \
                pytest.raises(Busy, match=r"writer \(nightly-import, "), here.writer_lock():
            pass
        monkeypatch.setenv("PGAPPNAME", "etl on db-2")
        from_env = SqlStore(pg_url)
        try:
            with from_env.writer_lock(), pytest.raises(Busy) as refused, here.writer_lock():
                pass
            assert refused.value.details["holder"]["application_name"] == "etl on db-2"
        finally:
            from_env.close()
    finally:
        other_host.close()
        here.close()


@pytest.mark.postgres
def test_busy_on_postgres_names_the_holder_in_the_409_and_the_cli_line(
        pg_url: str, named: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    from fastapi.testclient import TestClient

    from service.api import create_app
    from service.pipeline import build_pipeline

    settings = make_settings(tmp_path / "api", database_url=pg_url, write_wait=0.2)
    pipe = build_pipeline(settings)
    other_host = SqlStore(pg_url)
    article = {"id": "b1", "source": "Outlet", "text": "Troops shelled 29 villages, he said."}
    try:
        with TestClient(create_app(settings, pipe), raise_server_exceptions=False) as client, \
                other_host.writer_lock():
            response = client.post("/v1/articles", json=article)
            assert response.status_code == 409, response.text
            error = response.json()["error"]
            assert error["code"] == "busy" and f"writer ({named}, connected" in error["message"]
            assert error["details"]["holder"]["application_name"] == named
            assert int(response.headers["Retry-After"]) >= 1
            source = tmp_path / "one.txt"
            source.write_text(article["text"])
            env = {**cli_env(tmp_path / "cli", pg_url), "CROSSCLAIM_WRITE_WAIT": "0"}
            done = subprocess.run([sys.executable, "-m", "service", "ingest", str(source),
                                   "--source", "Outlet"], capture_output=True, text=True,
                                  env=env, timeout=300, cwd=ROOT)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(
            f"error: another crossclaim writer ({named}, connected from 127.0.0.1 since "), lines
        assert client.get("/v1/articles").json()["total"] == 0
    finally:
        other_host.close()
        pipe.store.close()


@pytest.mark.postgres
def test_the_cli_names_its_sessions_by_its_command(pg_url: str, tmp_path: Path) -> None:
    """A `crossclaim batch -` waiting on its stdin holds the batch lock: a second run, on
    another host's lock file, is refused by the advisory lock naming that command and pid."""
    import subprocess
    import sys
    import time

    from service.batch.lock import ADVISORY_KEY
    from service.store.pg_session import lock_holder

    child = subprocess.Popen([sys.executable, "-m", "service", "batch", "--no-progress", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, env=cli_env(tmp_path / "host1", pg_url),
                             cwd=ROOT)
    store = SqlStore(pg_url)
    try:
        deadline = time.monotonic() + 240
        with store.engine.connect() as conn:  # looked at, not taken: the child must get it
            while lock_holder(conn, ADVISORY_KEY) is None:
                assert child.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        with pytest.raises(Busy) as refused:
            BatchLock(tmp_path / "host2" / "batch.lock", store.engine).acquire()
        said = f"crossclaim batch pid {child.pid} on {socket.gethostname()}, connected from "
        assert refused.value.message.startswith(f"another batch run is in progress ({said}"), \
            refused.value.message
        assert refused.value.details["holder"]["application_name"] == \
            f"crossclaim batch pid {child.pid} on {socket.gethostname()}"
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=60)
        store.close()
