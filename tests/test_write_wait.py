"""A writer that finds another one waits ``CROSSCLAIM_WRITE_WAIT`` seconds, then is told "busy".

Another process (a child holding the data dir's write lock, as a ``crossclaim reindex`` or
the ingest of a big directory does for minutes) used to make ``POST /v1/articles`` hang
until the HTTP client gave up.  Now the request waits a bounded time and gets a 409 ``busy``
naming the holder's pid, with Retry-After, and nothing stored changes; the CLI says so in
one line with exit code 2; and a holder that lets go within the wait lets the write through.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.errors import Busy
from tests.conftest import ROOT, make_settings

ARTICLE = {
    "id": "wait-wire-1", "source": "Wait Wire", "title": "Talks resume",
    "text": "Officials said that 12 people were injured when a shell hit the depot in Askeran "
            "on Friday. The ministry denied that its troops fired first.",
}
# the child takes the lock the way every crossclaim writer does (and writes its pid in it),
# says so, and holds it until its stdin closes or, given a number, for that many seconds;
# never more than 20 s, so that a writer that blocks instead of refusing fails a test
# (it gets through late) rather than hanging the run
HOLDER = """
import select, sys, time
from pathlib import Path
from service.write_lock import deadline_in, hold_file_lock
with hold_file_lock(Path(sys.argv[1]), deadline_in(0), 0):
    print("held", flush=True)
    if len(sys.argv) > 2:
        time.sleep(float(sys.argv[2]))
    else:
        select.select([sys.stdin], [], [], 20)
"""


@contextmanager
def holder(data_dir: Path, seconds: float | None = None) -> Iterator[subprocess.Popen[str]]:
    """A child process holding ``data_dir``'s write lock (until the block ends, or for
    ``seconds``)."""
    args = [sys.executable, "-c", HOLDER, str(data_dir / "write.lock")]
    if seconds is not None:
        args.append(str(seconds))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)


@pytest.fixture()
def data_dir(seeded_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(seeded_dir, tmp_path / "data",
                                ignore=shutil.ignore_patterns("write.lock")))


@contextmanager
def client(data_dir: Path, wait: float) -> Iterator[tuple[TestClient, Any]]:
    """The app over ``data_dir`` (the model is loaded once per process, then cached)."""
    from service.api import create_app
    from service.pipeline import build_pipeline

    settings = make_settings(data_dir, write_wait=wait)
    pipe = build_pipeline(settings)
    try:
        with TestClient(create_app(settings, pipe), raise_server_exceptions=False) as c:
            yield c, pipe
    finally:
        pipe.store.close()


def assert_busy(response: Any, pid: int | None) -> dict[str, Any]:
    assert response.status_code == 409, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    error = dict(body["error"])
    assert error["code"] == "busy"
    assert int(response.headers["Retry-After"]) >= 1
    if pid is not None:
        assert f"(pid {pid})" in error["message"], error
        assert error["details"]["holder_pid"] == pid
    return error


def test_post_waits_then_is_refused_as_busy_naming_the_holder(data_dir: Path) -> None:
    with client(data_dir, wait=1) as (c, pipe):
        before = pipe.store.counts()
        with holder(data_dir) as proc:
            start = time.monotonic()
            response = c.post("/v1/articles", json=ARTICLE)
            took = time.monotonic() - start
        error = assert_busy(response, proc.pid)
        assert 0.9 <= took < 5, took
        assert response.headers["Retry-After"] == "1"
        assert "after waiting 1 s" in error["message"]
        assert error["details"]["waited_seconds"] == 1
        assert pipe.store.counts() == before
        assert c.get(f"/v1/articles/{ARTICLE['id']}").status_code == 404


def test_delete_is_refused_as_busy_and_the_article_stays(data_dir: Path) -> None:
    with client(data_dir, wait=0.5) as (c, pipe):
        before = pipe.store.counts()
        some_id = c.get("/v1/articles", params={"limit": 1}).json()["items"][0]["id"]
        with holder(data_dir) as proc:
            response = c.delete(f"/v1/articles/{some_id}")
        assert_busy(response, proc.pid)
        assert pipe.store.counts() == before
        assert c.get(f"/v1/articles/{some_id}").status_code == 200


def test_no_wait_refuses_at_once(data_dir: Path) -> None:
    with client(data_dir, wait=0) as (c, _pipe), holder(data_dir) as proc:
        start = time.monotonic()
        response = c.post("/v1/articles", json=ARTICLE)
        assert time.monotonic() - start < 1
        error = assert_busy(response, proc.pid)
        assert "without waiting" in error["message"]


def test_a_holder_that_lets_go_within_the_wait_lets_the_write_through(data_dir: Path) -> None:
    with client(data_dir, wait=5) as (c, _pipe), holder(data_dir, seconds=0.5):
        start = time.monotonic()
        response = c.post("/v1/articles", json=ARTICLE)
        took = time.monotonic() - start
        assert response.status_code == 200, response.text
        assert response.json()["results"][0]["status"] == "new"
        assert took >= 0.3, took  # it really waited for the holder
        assert c.get(f"/v1/articles/{ARTICLE['id']}").status_code == 200


def test_a_write_in_the_same_process_is_refused_naming_this_process(data_dir: Path) -> None:
    """Two requests to one server: the second waits for the first's thread lock, then 409."""
    with client(data_dir, wait=0.3) as (c, pipe):
        with pipe._write_lock():  # another request's write, in progress
            response = c.post("/v1/articles", json=ARTICLE)
        error = assert_busy(response, os.getpid())
        assert "another request to this process" in error["message"]
        # the lock was let go on the refusal: the next write goes through
        assert c.post("/v1/articles", json=ARTICLE).status_code == 200


def test_the_writer_lets_go_and_names_itself_in_the_lock_file(data_dir: Path) -> None:
    with client(data_dir, wait=0) as (c, _pipe):
        assert c.post("/v1/articles", json=ARTICLE).status_code == 200
        assert (data_dir / "write.lock").read_text().strip() == str(os.getpid())
        with holder(data_dir) as proc:  # free again: a child takes it without waiting
            assert (data_dir / "write.lock").read_text().strip() == str(proc.pid)


def test_cli_ingest_says_busy_in_one_line_with_exit_code_2(data_dir: Path,
                                                           tmp_path: Path) -> None:
    from service.store import SqlStore

    source = tmp_path / "one.txt"
    source.write_text(ARTICLE["text"])
    store = SqlStore(make_settings(data_dir).db_url)
    before = store.counts()
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "CROSSCLAIM_WRITE_WAIT": "1",
           "HF_HUB_OFFLINE": "1"}
    with holder(data_dir) as proc:
        done = subprocess.run([sys.executable, "-m", "service", "ingest", str(source),
                               "--source", "Wait Wire"], capture_output=True, text=True,
                              env=env, timeout=300, cwd=ROOT)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: another crossclaim process") and \
        f"(pid {proc.pid})" in lines[0], lines
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert store.counts() == before
    store.close()


def test_reindex_waits_like_any_writer_then_names_the_holder(data_dir: Path) -> None:
    from service.reindex import reindex

    settings = make_settings(data_dir, write_wait=0.3)
    listing = sorted(p.name for p in data_dir.parent.iterdir())
    with holder(data_dir) as proc, pytest.raises(Busy, match=rf"\(pid {proc.pid}\)"):
        reindex(settings)
    assert sorted(p.name for p in data_dir.parent.iterdir()) == listing  # nothing built


def test_busy_from_elsewhere_has_a_retry_after_too() -> None:
    """The batch job's lock raises a plain Busy: the one handler still says when to retry."""
    import asyncio

    from service.api.errors import crossclaim_error

    response = asyncio.run(crossclaim_error(None, Busy("another batch run is in progress")))
    assert response.status_code == 409 and response.headers["Retry-After"] == "5"


def test_the_wait_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from service.settings import Settings

    monkeypatch.delenv("CROSSCLAIM_WRITE_WAIT", raising=False)
    assert Settings().write_wait == 30
    monkeypatch.setenv("CROSSCLAIM_WRITE_WAIT", "2.5")
    assert Settings().write_wait == 2.5
    monkeypatch.setenv("CROSSCLAIM_WRITE_WAIT", "-1")
    with pytest.raises(ValidationError):
        Settings()


def test_the_batch_job_has_its_own_longer_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from service.settings import Settings

    monkeypatch.delenv("CROSSCLAIM_WRITE_WAIT", raising=False)
    monkeypatch.delenv("CROSSCLAIM_BATCH_WRITE_WAIT", raising=False)
    assert (Settings().write_wait, Settings().batch_write_wait) == (30, 600)
    monkeypatch.setenv("CROSSCLAIM_BATCH_WRITE_WAIT", "90")
    assert (Settings().write_wait, Settings().batch_write_wait) == (30, 90)
    monkeypatch.setenv("CROSSCLAIM_BATCH_WRITE_WAIT", "-1")
    with pytest.raises(ValidationError):
        Settings()


def test_cli_batch_waits_its_own_wait_then_stops_in_one_line_and_resumes(
        data_dir: Path, tmp_path: Path) -> None:
    """``crossclaim batch`` waits CROSSCLAIM_BATCH_WRITE_WAIT (not the API's write wait), or
    ``--write-wait``; refused, it exits 2 with one line, and a later run takes it all in."""
    from service.store import SqlStore

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text(ARTICLE["text"])
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "CROSSCLAIM_WRITE_WAIT": "0",
           "CROSSCLAIM_BATCH_WRITE_WAIT": "0.5", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "service", "batch", "--no-progress", str(inbox),
               "--source", "Wait Wire"]
    store = SqlStore(make_settings(data_dir).db_url)
    before = store.counts()
    with holder(data_dir) as proc:
        for extra, said in (([], "after waiting 0.5 s"), (["--write-wait", "0.2"],
                                                         "after waiting 0.2 s")):
            done = subprocess.run(command + extra, capture_output=True, text=True, env=env,
                                  timeout=300, cwd=ROOT)
            assert done.returncode == 2, done.stderr
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: another crossclaim "
                                                           f"process (pid {proc.pid})"), lines
            assert said in lines[0] and "carries on from its checkpoints" in lines[0], lines
            assert "Traceback" not in done.stderr
            assert store.counts() == before
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("batch success: 1 new"), done.stdout
    assert store.counts()["articles"] == before["articles"] + 1
    store.close()
