"""The batch job on real input, the real model and a real store (SQLite, and PostgreSQL
where CROSSCLAIM_TEST_DATABASE_URL names one): new input only, checkpoints that survive
kill -9, bad files reported and skipped, one run at a time, a live server that sees it."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from batchutil import (
    CROSSCLAIM,
    ROOT,
    cli_env,
    fresh_postgres_database,
    live_server,
    postgres_server_url,
    run_batch,
    sqlite_url,
    store_facts,
    varied_articles,
    write_jsonl,
)
from conftest import make_settings

from service.batch import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, BatchRunner
from service.batch.lock import BatchLock
from service.errors import Busy

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """(data dir, database URL) on SQLite in the data dir, or on a fresh PostgreSQL database."""
    data_dir = tmp_path / "data"
    if request.param == "sqlite":
        yield data_dir, sqlite_url(data_dir)
    else:
        with fresh_postgres_database(postgres_server_url()) as url:
            yield data_dir, url


def _pipeline(data_dir: Path, url: str) -> Any:
    from service.pipeline import build_pipeline

    return build_pipeline(make_settings(data_dir, database_url=url))


@pytest.fixture()
def pipe(backend: tuple[Path, str]) -> Iterator[Any]:
    pipe = _pipeline(*backend)
    yield pipe
    pipe.store.close()


def _runner(pipe: Any, **kw: Any) -> BatchRunner:
    return BatchRunner(pipe, progress=False, **kw)


def _inbox(tmp_path: Path, seed_articles: Any, n: int = 12) -> Path:
    """A directory with a JSONL file, a JSON list and a text file."""
    inbox = tmp_path / "inbox"
    records = varied_articles(seed_articles, n + 2)
    write_jsonl(inbox / "feed.jsonl", records[:n])
    (inbox / "more.json").write_text(json.dumps(records[n:]), encoding="utf-8")
    (inbox / "note.txt").write_text(seed_articles[2].text[:1500], encoding="utf-8")
    return inbox


def test_second_run_adds_nothing(pipe: Any, tmp_path: Path, seed_articles: Any) -> None:
    inbox = _inbox(tmp_path, seed_articles)
    first = _runner(pipe).run([str(inbox)])
    assert first.exit_code == EXIT_OK, first.as_dict()
    assert (first.new, first.duplicate, first.rejected) == (15, 0, 0)
    assert first.claims > 0
    counts = pipe.store.counts()
    assert counts["articles"] == 15

    second = _runner(pipe).run([str(inbox)])
    assert second.exit_code == EXIT_OK
    assert (second.new, second.replaced, second.duplicate, second.rejected) == (0, 0, 0, 0)
    assert second.unchanged == 3  # all three files skipped without being read again
    assert pipe.store.counts() == counts

    # touched but unchanged: hashed, found the same, still nothing new
    os.utime(inbox / "note.txt", None)
    third = _runner(pipe).run([str(inbox)])
    assert (third.new, third.duplicate) == (0, 0)

    # forgetting the checkpoints reads everything again: all duplicates, nothing stored twice
    again = _runner(pipe).run([str(inbox)], forget=True)
    assert (again.new, again.duplicate) == (0, 15)
    assert pipe.store.counts() == counts


def test_only_appended_lines_are_read(pipe: Any, tmp_path: Path, seed_articles: Any) -> None:
    records = varied_articles(seed_articles, 9)
    feed = write_jsonl(tmp_path / "feed.jsonl", records[:5])
    assert _runner(pipe).run([str(feed)]).new == 5

    # a writer appends two lines and is half-way through a third
    write_jsonl(feed, records[5:7], mode="a")
    with open(feed, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(records[7])[:40])
    summary = _runner(pipe).run([str(feed)])
    assert (summary.new, summary.duplicate, summary.rejected) == (2, 0, 0)

    # ... and finishes it: only that line is new
    with open(feed, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(records[7])[40:] + "\n")
    summary = _runner(pipe).run([str(feed)])
    assert (summary.new, summary.duplicate) == (1, 0)

    # rotated: a new file under the same name is read from its start
    write_jsonl(feed, [records[8], records[0]])
    summary = _runner(pipe).run([str(feed)])
    assert (summary.new, summary.duplicate) == (1, 1)
    assert pipe.store.counts()["articles"] == 9


def test_bad_input_is_reported_and_skipped(pipe: Any, tmp_path: Path,
                                           seed_articles: Any) -> None:
    good = varied_articles(seed_articles, 4)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with open(inbox / "feed.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(good[0]) + "\n")
        fh.write('{"source": "X", "text": "unterminated\n')  # line 2: invalid JSON
        fh.write(json.dumps({"text": "No outlet named here at all."}) + "\n")  # 3: no source
        fh.write(json.dumps({"source": "Y", "text": "   "}) + "\n")  # 4: empty text
        fh.write(json.dumps(good[1]) + "\n")
    (inbox / "latin1.jsonl").write_bytes(
        json.dumps(good[2]).encode() + b"\n" + b'{"source": "Z", "text": "caf\xe9"}\n')
    (inbox / "binary.txt").write_bytes(b"\xff\xfe\x00\x81 not text")
    (inbox / "empty.txt").write_text("  \n", encoding="utf-8")
    write_jsonl(tmp_path / "ok.jsonl", [good[3]])
    missing = tmp_path / "nowhere"

    summary = _runner(pipe).run([str(inbox), str(tmp_path / "ok.jsonl"), str(missing)])
    assert summary.exit_code == EXIT_PARTIAL
    assert (summary.new, summary.rejected) == (4, 7), summary.as_dict()
    reasons = "\n".join(r.reason for r in summary.rejections)
    assert f"{inbox / 'feed.jsonl'}:2: invalid JSON" in reasons
    assert f"{inbox / 'feed.jsonl'}:3: 'source' is missing" in reasons
    assert f"{inbox / 'feed.jsonl'}:4: 'text' is missing or empty" in reasons
    assert f"{inbox / 'latin1.jsonl'}:2: not UTF-8 text" in reasons
    assert f"{inbox / 'binary.txt'}: not UTF-8 text" in reasons
    assert f"{inbox / 'empty.txt'}: the file is empty" in reasons
    assert f"{missing}: no such file or directory" in reasons
    assert pipe.store.counts()["articles"] == 4

    # the bad lines and files were reported once; nothing new now except the missing path
    again = _runner(pipe).run([str(inbox), str(tmp_path / "ok.jsonl")])
    assert again.exit_code == EXIT_OK and again.rejected == 0 and again.new == 0

    # nothing but bad input: failure
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"text": "no source"}])
    assert _runner(pipe).run([str(bad)]).exit_code == EXIT_FAILURE


def test_a_store_of_an_older_layout_stops_the_run_before_it_writes(
        pipe: Any, tmp_path: Path, seed_articles: Any) -> None:
    from service.index_keeper import FACET_SCHEME

    with pipe.store.begin() as conn:
        pipe.store.set_state(conn, FACET_SCHEME, "1")
    feed = write_jsonl(tmp_path / "feed.jsonl", varied_articles(seed_articles, 2))
    summary = _runner(pipe).run([str(feed)])
    assert summary.exit_code == EXIT_FAILURE and summary.new == 0
    # the store's own words, not an exception's class name: what it is and the way out
    assert summary.failure is not None and summary.failure.startswith("the claims in this store")
    assert "reindex" in summary.failure or "new database" in summary.failure
    assert pipe.store.counts()["articles"] == 0


def test_stdin_stream(pipe: Any, seed_articles: Any) -> None:
    records = varied_articles(seed_articles, 6)
    stream = b"".join(json.dumps(r).encode() + b"\n" for r in records[:4])
    first = _runner(pipe).run(["-"], stdin=io.BytesIO(stream))
    assert (first.new, first.exit_code) == (4, EXIT_OK)
    # the same feed replayed from its start with two more lines: only those are read
    longer = stream + b"".join(json.dumps(r).encode() + b"\n" for r in records[4:])
    second = _runner(pipe).run(["-"], stdin=io.BytesIO(longer))
    assert (second.new, second.duplicate) == (2, 0)
    # a different stream: read from its first line, what is stored already is a duplicate
    other = json.dumps(records[0]).encode() + b"\n"
    third = _runner(pipe).run(["-"], stdin=io.BytesIO(other), stdin_name="other-feed")
    assert (third.new, third.duplicate) == (0, 1)


def test_one_run_at_a_time(pipe: Any, tmp_path: Path, seed_articles: Any) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", varied_articles(seed_articles, 2))
    settings = pipe.settings
    with BatchLock(settings.data_dir / "batch.lock", pipe.store.engine):
        with pytest.raises(Busy, match="another batch run is in progress"):
            _runner(pipe).run([str(feed)])
        # the command: one line on stderr, exit code 2 (failure)
        env = cli_env(settings.data_dir, settings.database_url)
        code, _, stderr = run_batch([str(feed)], env)
        assert code == EXIT_FAILURE
        assert "another batch run is in progress" in stderr
    assert _runner(pipe).run([str(feed)]).new == 2


def _wait_for_articles(url: str, at_least: int, proc: subprocess.Popen[bytes],
                       timeout: float = 300) -> int:
    from sqlalchemy import create_engine, func, select

    from service.store import schema

    engine = create_engine(url)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert proc.poll() is None, "the batch run ended before it could be killed"
            try:
                with engine.connect() as conn:
                    n = int(conn.execute(select(func.count()).select_from(schema.articles))
                            .scalar_one())
            except Exception:  # tables not made yet
                n = 0
            if n >= at_least:
                return n
            time.sleep(0.05)
        raise AssertionError(f"fewer than {at_least} articles stored in {timeout}s")
    finally:
        engine.dispose()


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*CROSSCLAIM, "batch", "--no-progress", "--json", *args], env=env,
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


KILL_N = 24  # articles in the kill -9 test
KILL_BATCH = 3  # articles per batch there


@pytest.fixture(scope="module")
def kill_input(tmp_path_factory: pytest.TempPathFactory,
               seed_articles: Any) -> tuple[Path, dict[str, Any]]:
    """The kill -9 test's input, and what one clean, uninterrupted run stores from it."""
    from service.pipeline import build_pipeline

    work = tmp_path_factory.mktemp("kill")
    feed = write_jsonl(work / "in" / "feed.jsonl", varied_articles(seed_articles, KILL_N))
    clean = build_pipeline(make_settings(work / "clean"))
    assert BatchRunner(clean, batch_articles=KILL_BATCH, progress=False).run(
        [str(feed)]).new == KILL_N
    clean.store.close()
    return feed, store_facts(sqlite_url(work / "clean"))


def test_resumes_after_kill_9(backend: tuple[Path, str],
                              kill_input: tuple[Path, dict[str, Any]]) -> None:
    """kill -9 twice, mid-run: the runs that follow store exactly what one clean run does."""
    data_dir, url = backend
    feed, expected = kill_input
    args = ["--batch-size", str(KILL_BATCH), str(feed)]
    env = cli_env(data_dir, url)
    # killed once in the first run, once in the resumed one
    for at_least in (KILL_N // 4, KILL_N // 2):
        proc = _start(args, env)
        try:
            got = _wait_for_articles(url, at_least, proc)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        assert proc.returncode == -signal.SIGKILL
        assert got < KILL_N, "the run finished before the kill: make the input larger"

    code, summary, stderr = run_batch(args, env)
    assert code == EXIT_OK, stderr
    assert summary["rejected"] == 0
    # at most the last unfinished batch was read again: all of it duplicates
    assert summary["duplicate"] <= KILL_BATCH
    facts = store_facts(url)
    assert facts["n_claims"] == facts["distinct_claims"]  # no claim stored twice
    assert facts["articles"] == expected["articles"]  # no article lost, none extra
    assert facts["claims"] == expected["claims"]
    assert facts["clusters"] == expected["clusters"]  # and the same clusters

    code, summary, _ = run_batch(args, env)
    assert (code, summary["new"], summary["duplicate"]) == (EXIT_OK, 0, 0)


def test_live_server_sees_the_batch(backend: tuple[Path, str], tmp_path: Path,
                                    seed_articles: Any) -> None:
    data_dir, url = backend
    env = cli_env(data_dir, url)
    records = varied_articles(seed_articles, 10)
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    with live_server(env) as base:
        before = httpx.get(f"{base}/v1/clusters", params={"min_sources": 1}, timeout=30)
        assert before.status_code == 200 and before.json()["total"] == 0
        code, summary, stderr = run_batch([str(feed)], env)
        assert code == EXIT_OK, stderr
        assert summary["new"] == 10
        # every cluster: these windows of the seeds share claims within an outlet (two windows
        # of one seed), and whether two outlets' windows make one claim is not this test's point
        after = httpx.get(f"{base}/v1/clusters", params={"min_sources": 1}, timeout=30).json()
        assert after["total"] > 0
        # the server's FAISS index caught up too: the store was empty when the server
        # started, so any claim a search finds is the batch's (the windows repeat one
        # outlet's voices, so there is no cross-voice contrast to ask for)
        hits = httpx.get(f"{base}/v1/claims/search", params={"q": "Lachin corridor"},
                         timeout=60).json()["hits"]
        assert hits, hits
        assert {h["article_id"] for h in hits} <= {r["id"] for r in records}


def test_a_file_nested_too_deeply_is_rejected_and_does_not_stop_every_later_run(
        pipe: Any, tmp_path: Path, seed_articles: Any) -> None:
    """JSON "[[[[..." thousands deep (a broken exporter, or someone hostile) made the JSON
    decoder raise RecursionError, which ended the whole run; the file was never checkpointed,
    so every cron run after stopped at it too and nothing behind it ever went in."""
    good = varied_articles(seed_articles, 3)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    deep = "[" * 100_000 + "]" * 100_000
    (inbox / "a_deep.json").write_text(deep, encoding="utf-8")
    with open(inbox / "feed.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(good[0]) + "\n")
        fh.write(deep + "\n")  # line 2
        fh.write(json.dumps(good[1]) + "\n")
    write_jsonl(inbox / "z_more.jsonl", [good[2]])

    summary = _runner(pipe).run([str(inbox)])
    assert summary.exit_code == EXIT_PARTIAL, summary.as_dict()
    assert (summary.new, summary.rejected) == (3, 2), summary.as_dict()
    reasons = "\n".join(r.reason for r in summary.rejections)
    assert f"{inbox / 'a_deep.json'}: invalid JSON (nested too deeply)" in reasons
    assert f"{inbox / 'feed.jsonl'}:2: invalid JSON (nested too deeply)" in reasons
    assert pipe.store.counts()["articles"] == 3
    # reported once: the next run finds nothing new and succeeds
    again = _runner(pipe).run([str(inbox)])
    assert (again.exit_code, again.new, again.rejected) == (EXIT_OK, 0, 0), again.as_dict()


def test_a_lone_surrogate_in_a_line_rejects_that_line_only(pipe: Any, tmp_path: Path,
                                                            seed_articles: Any) -> None:
    # JSON may spell half a UTF-16 pair alone; no UTF-8 store or tokenizer can hold it.  A
    # whole pair (an emoji) is ordinary text and goes in.
    good = varied_articles(seed_articles, 2)
    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(good[0]) + "\n")
        fh.write('{"source": "X", "text": "Police said 14 people were held \\ud800 in Lyon."}\n')
        fh.write('{"source": "X", "text": "Fans cheered \\ud83d\\ude00 as 29 people left."}\n')
        fh.write(json.dumps(good[1]) + "\n")
    summary = _runner(pipe).run([str(feed)])
    assert (summary.exit_code, summary.new, summary.rejected) == (EXIT_PARTIAL, 3, 1)
    assert summary.rejections[0].reason == (
        f"{feed}:2: 'text' is not valid Unicode: a lone surrogate (U+D800) at character 32")
    texts = [a.text for batch in pipe.store.iter_articles() for a in batch]
    assert "Fans cheered \U0001f600 as 29 people left." in texts


def test_a_nul_character_rejects_that_item_only_on_every_store(pipe: Any, tmp_path: Path,
                                                                seed_articles: Any) -> None:
    """SQLite took a NUL (U+0000) that PostgreSQL refuses in any text: there the whole run
    failed at that article (exit 2) and every later run met it again.  Now the line, and a
    text file saved as UTF-16 without its byte-order mark (half NULs), are rejections naming
    the position, on both stores alike, and the rest goes in."""
    good = varied_articles(seed_articles, 2)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(good[0]) + "\n")
        fh.write(json.dumps({"source": "X", "text": "Police said 14\u0000 people were held."})
                 + "\n")
        fh.write(json.dumps(good[1]) + "\n")
    (inbox / "wide.txt").write_bytes("The mayor said 12 people died.".encode("utf-16-le"))
    summary = _runner(pipe).run([str(inbox)])
    assert (summary.exit_code, summary.new, summary.rejected) == (EXIT_PARTIAL, 2, 2), \
        summary.as_dict()
    reasons = sorted(r.reason for r in summary.rejections)
    assert reasons[0].startswith(
        f"{feed}:2: 'text' is not valid text: a NUL character (U+0000) at character 14")
    assert reasons[1].startswith(
        f"{inbox / 'wide.txt'}: 'text' is not valid text: a NUL character (U+0000) at "
        "character 1")
    assert pipe.store.counts()["articles"] == 2


def _open_store(url: str, start: Any, results: Any) -> None:
    from service.store import SqlStore

    start.wait()
    try:
        SqlStore(url).close()
        results.put("ok")
    except Exception as exc:  # the test reports what went wrong in which process
        results.put(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")


@pytest.mark.parametrize("kind", BACKENDS)
def test_processes_opening_one_new_store_at_once_all_succeed(kind: str, tmp_path: Path) -> None:
    """The server and the batch job, or two ingests, started on an empty data dir: each
    creates the tables.  They used to race (SQLite: "table articles already exists";
    PostgreSQL: a duplicate key of the tables' row types), and the loser failed its run."""
    import contextlib
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    for trial in range(2):
        with contextlib.ExitStack() as stack:
            if kind == "sqlite":
                (tmp_path / f"d{trial}").mkdir()
                url = sqlite_url(tmp_path / f"d{trial}")
            else:
                url = stack.enter_context(fresh_postgres_database(postgres_server_url()))
            start, results = context.Barrier(6), context.Queue()
            workers = [context.Process(target=_open_store, args=(url, start, results))
                       for _ in range(6)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join(timeout=120)
            outcomes = [results.get(timeout=10) for _ in workers]
            assert outcomes == ["ok"] * 6, outcomes
            assert store_facts(url)["counts"] == {"articles": 0, "claims": 0, "clusters": 0}


def test_a_run_that_meets_another_writer_stops_and_the_next_one_carries_on(
        backend: tuple[Path, str], tmp_path: Path, seed_articles: Any) -> None:
    """Another writer (a reindex, an API ingest) holding the data dir past the batch job's
    wait stops the run after what it stored (exit 2, the holder named); the refused batch
    stored nothing and was not checkpointed, so the next run reads on from there: every
    article in once, none read twice."""
    from contextlib import ExitStack

    from service.pipeline import build_pipeline
    from service.write_lock import deadline_in, hold_file_lock

    data_dir, url = backend
    inbox = _inbox(tmp_path, seed_articles, n=6)  # 6 + 2 records and a text file: 9 articles
    pipe = build_pipeline(make_settings(data_dir, database_url=url, write_wait=0.3))
    other_writer = ExitStack()

    class MeetsAnotherWriter(BatchRunner):
        def _ingest(self, batch: Any, summary: Any) -> None:
            if summary.batches == 1:  # after the first batch, someone else starts writing
                other_writer.enter_context(
                    hold_file_lock(pipe.settings.lock_path, deadline_in(0), 0))
            super()._ingest(batch, summary)

    try:
        with other_writer:
            first = MeetsAnotherWriter(pipe, batch_articles=2, progress=False).run([str(inbox)])
        assert first.exit_code == EXIT_FAILURE and first.failure is not None
        assert (first.new, first.batches) == (2, 1)
        assert f"(pid {os.getpid()})" in first.failure
        assert "after waiting 0.3 s" in first.failure
        assert "the next run carries on from its checkpoints" in first.failure
        assert pipe.store.counts()["articles"] == 2
        second = _runner(pipe, batch_articles=2).run([str(inbox)])
        assert second.exit_code == EXIT_OK and second.failure is None
        assert (second.new, second.duplicate) == (7, 0)
        assert pipe.store.counts()["articles"] == 9
    finally:
        pipe.store.close()
