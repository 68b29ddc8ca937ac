"""Helpers for the batch, PostgreSQL and Ray tests: input made from the seeds, databases,
a real `crossclaim serve`, and the state of a store reduced to comparable facts."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CROSSCLAIM = [sys.executable, "-m", "service"]
PG_ENV = "CROSSCLAIM_TEST_DATABASE_URL"


# -- input ------------------------------------------------------------------------------
def pieces(text: str, size: int = 600) -> list[str]:
    """The text cut at paragraph and then sentence boundaries into pieces of ~``size`` chars."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if len(para) < 80:
            continue
        current = ""
        for sentence in re.split(r"(?<=[.!?\u201d])\s+", para):
            if current and len(current) + len(sentence) > size:
                out.append(current)
                current = ""
            current = f"{current} {sentence}".strip()
        if len(current) >= 80:
            out.append(current)
    return out


def varied_articles(seeds: Sequence[Any], n: int) -> list[dict[str, Any]]:
    """``n`` small articles (~2 pieces of ~600 chars) cut from the seeds, all different.

    Article i takes a window of consecutive pieces of seed ``i % 5``; windows overlap, so
    the same claims meet across articles (and clusters form) without one cluster taking
    in every article.
    """
    cut = [(seed, pieces(seed.text)) for seed in seeds]
    out, seen = [], set()
    for i in range(n):
        seed, parts = cut[i % len(cut)]
        j = i // len(cut)
        span = max(1, len(parts) - 2)
        k = 2 + (j // span) % 3
        start = j % max(1, len(parts) - k + 1)
        text = "\n\n".join(parts[start : start + k])
        if text in seen:
            text += f"\n\nFiled as number {i + 1}."
        seen.add(text)
        out.append({"id": f"a{i:05d}", "source": seed.source, "title": f"Dispatch {i + 1}",
                    "text": text})
    return out


def write_jsonl(path: Path, records: Sequence[dict[str, Any]], mode: str = "w") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, mode, encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


# -- databases -------------------------------------------------------------------------------
def postgres_server_url() -> str:
    """The PostgreSQL to test against; skip (or, under CI=true, fail) when there is none."""
    url = os.environ.get(PG_ENV)
    if not url:
        message = (f"{PG_ENV} is not set: no PostgreSQL to test against (start one with "
                   f"`bash .ci/start-postgres.sh` and export the URL it prints)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)
    return url


@contextmanager
def fresh_postgres_database(server_url: str) -> Iterator[str]:
    """A new, empty database on that server for one test; dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"crossclaim_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        pytest.fail(f"cannot create a database on {PG_ENV}: {exc}", pytrace=False)
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: Any, name: str, tries: int = 5) -> None:
    """Drop a test's database; a backend the server is still running on it (an autovacuum
    worker, which the test role may not be allowed to end) delays it, and a throwaway
    database left behind fails no test."""
    import warnings

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(tries):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError as exc:
            if attempt == tries - 1:
                warnings.warn(f"test database {name} left behind: {exc}", stacklevel=2)
                return
            time.sleep(0.5 * (attempt + 1))


# -- processes -------------------------------------------------------------------------------
def cli_env(data_dir: Path, database_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CROSSCLAIM_")}
    env.update({"CROSSCLAIM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1",
                "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
                "PYTHONPATH": str(ROOT)})
    if database_url:
        env["CROSSCLAIM_DATABASE_URL"] = database_url
    return env


def run_batch(args: Sequence[str], env: dict[str, str], timeout: float = 600,
              stdin: bytes | None = None) -> tuple[int, dict[str, Any], str]:
    """Run `crossclaim batch --json ARGS` to the end: (exit code, summary, stderr)."""
    proc = subprocess.run([*CROSSCLAIM, "batch", "--json", "--no-progress", *args], env=env,
                          cwd=ROOT, input=stdin, capture_output=True, timeout=timeout)
    out = proc.stdout.decode()
    summary = json.loads(out) if out.strip().startswith("{") else {}
    return proc.returncode, summary, proc.stderr.decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def live_server(env: dict[str, str], timeout: float = 120) -> Iterator[str]:
    """A real `crossclaim serve` (uvicorn) on a free loopback port; yields its base URL."""
    import httpx

    port = free_port()
    log = open(Path(env["CROSSCLAIM_DATA_DIR"]).parent / f"serve-{port}.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([*CROSSCLAIM, "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--log-level", "warning"], env=env, cwd=ROOT, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.flush()
                raise AssertionError("serve exited: " + Path(log.name).read_text()[-2000:])
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("serve did not answer /healthz in time")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


# -- what a store holds, comparably ---------------------------------------------------------------
def store_facts(database_url: str) -> dict[str, Any]:
    """Articles, claims and clusters of a store, free of ids that depend on timing."""
    from service.store import SqlStore

    store = SqlStore(database_url)
    try:
        claims = list(store.iter_claims())
        keys = [(c.article_id, c.start, c.end) for c, _ in claims]
        by_cluster: dict[int, set[tuple[str, int, int]]] = {}
        for claim, cluster in claims:
            by_cluster.setdefault(cluster, set()).add((claim.article_id, claim.start, claim.end))
        articles, total = store.list_articles(limit=1_000_000)
        return {
            "articles": {a.id: a.content_hash for a, _ in articles},
            "n_articles": total,
            "claims": sorted(keys),
            "n_claims": len(keys),
            "distinct_claims": len(set(keys)),
            "clusters": sorted(sorted(members) for members in by_cluster.values()),
            "counts": store.counts(),
        }
    finally:
        store.close()


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'crossclaim.db'}"


def damage_pages(db: Path) -> None:
    """Overwrite every other page after the first few: the header still reads, so the store
    opens, and the damage is met by whichever query first reads a bad page."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    with db.open("r+b") as f:
        for offset in range(4096 * 3, size, 4096 * 2):
            f.seek(offset)
            f.write(b"\xde\xad\xbe\xef" * 1024)
