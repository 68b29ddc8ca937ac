"""What users hit, forty-ninth session: ids that are URLs, stored dates this version refuses,
folders that cannot be read.

* An id holding "/" was refused (forty-eighth session) because no API path reached it; the
  routes now take a path (tests/test_api_ids_s49.py), so a URL is an id here too: taken by
  ``crossclaim ingest`` and the batch job, idempotently, and by PostgreSQL's column.
* ``crossclaim reindex`` re-read a store's articles with whatever ``published`` they held;
  one written before the forty-eighth session's check may hold "2023-09-20garbage".
* ``crossclaim ingest DIR`` and the batch job passed over a folder they could not list and
  a symlinked folder without a word.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.batchutil import (
    CROSSCLAIM,
    ROOT,
    cli_env,
    fresh_postgres_database,
    postgres_server_url,
    run_batch,
)

URL_IDS = ["https://apnews.com/article/dam-breach-ukraine-0a1b2c?utm_source=feed",
           "https://www.bbc.co.uk/news/world-europe-65830296/",
           "tag:reuters.com,2026:newsml_L1N3C0XYZ#1"]
TEXTS = ["Water poured through the breached dam on Tuesday, flooding 17 villages downstream, "
         "officials said.",
         "Officials said 24 villages were flooded after the dam was breached on Tuesday.",
         "The dam's operator said the breach was caused by an explosion inside the turbine hall."]
ROOT_USER = os.geteuid() == 0
NOBODY = 65534


def feed(path: Path, ids: list[str] = URL_IDS) -> Path:
    path.write_text("".join(json.dumps({"id": i, "source": f"Outlet {n}", "text": t}) + "\n"
                            for n, (i, t) in enumerate(zip(ids, TEXTS, strict=True))),
                    encoding="utf-8")
    return path


def crossclaim(*args: str, data_dir: Path, as_nobody: bool = False,
               timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, in its own process.  ``as_nobody``: as an unprivileged
    user where the tests run as root (root reads a folder of mode 000 all the same)."""
    env = {**cli_env(data_dir), "HOME": str(data_dir.parent)}
    return subprocess.run([*as_user(as_nobody), *CROSSCLAIM, *args, "--data-dir", str(data_dir)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def as_user(nobody: bool) -> list[str]:
    """The command's prefix that runs it as ``nobody`` where the tests run as root (util-linux
    ``setpriv``: subprocess's own ``user=`` cannot start this venv's Python, whose
    interpreter lives under root's home)."""
    if not (nobody and ROOT_USER):
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a folder of mode 000 is readable")
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr


def stored(data_dir: Path) -> dict[str, str | None]:
    with sqlite3.connect(data_dir / "crossclaim.db") as db:
        return dict(db.execute("SELECT id, published FROM articles").fetchall())


@pytest.fixture()
def open_dir() -> Iterator[Path]:
    """A folder every user may enter and write (the tests' own tmp_path is root's alone)."""
    with tempfile.TemporaryDirectory(prefix="crossclaim-s49-") as name:
        os.chmod(name, 0o777)
        yield Path(name)


# -- ids that are URLs -------------------------------------------------------------------------


def test_url_ids_are_ingested_and_re_ingesting_them_adds_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = feed(tmp_path / "urls.jsonl")
    first = crossclaim("ingest", str(path), "--json", data_dir=data)
    assert first.returncode == 0, first.stderr
    assert [r["status"] for r in json.loads(first.stdout)["results"]] == ["new"] * 3
    assert set(stored(data)) == set(URL_IDS)
    again = crossclaim("ingest", str(path), "--json", data_dir=data)
    assert again.returncode == 0, again.stderr
    assert [(r["article_id"], r["status"]) for r in json.loads(again.stdout)["results"]] == \
        [(i, "duplicate") for i in URL_IDS]
    # the claims of each are found under its id
    claims = crossclaim("claims", "--json", data_dir=data)
    assert claims.returncode == 0, claims.stderr
    assert {c["article_id"] for c in json.loads(claims.stdout)} == set(URL_IDS)


def test_the_batch_job_takes_url_ids_and_its_next_run_finds_nothing_new(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed(inbox / "urls.jsonl")
    env = cli_env(data)
    code, summary, err = run_batch([str(inbox)], env)
    assert code == 0 and summary["new"] == 3, (summary, err)
    assert set(stored(data)) == set(URL_IDS)
    code, summary, err = run_batch([str(inbox)], env)
    assert code == 0 and summary["new"] == 0 and summary["unchanged_sources"] == 1, summary


@pytest.mark.postgres
def test_postgres_widens_an_old_id_column_and_holds_a_long_url() -> None:
    from sqlalchemy import text

    from embeddings.types import Article
    from service.store import SqlStore

    with fresh_postgres_database(postgres_server_url()) as url:
        store = SqlStore(url)
        with store.begin() as conn:  # a store made when ids had 128 characters at most
            conn.execute(text("ALTER TABLE claims ALTER COLUMN article_id TYPE VARCHAR(128)"))
            conn.execute(text("ALTER TABLE articles ALTER COLUMN id TYPE VARCHAR(128)"))
            store.insert_article(conn, Article(id="old-1", source="Wire", text="Old text."))
        store.close()
        store = SqlStore(url)  # opened by this version
        long_url = "https://news.example.com/" + "/".join(["politics"] * 220) + "?a=1"
        assert 1900 < len(long_url) <= 2048
        with store.begin() as conn:
            store.insert_article(conn, Article(id=long_url, source="Wire", text="New text."))
        assert store.get_article(long_url) is not None
        assert store.get_article("old-1") is not None  # nothing stored before is lost
        store.close()


# -- stored dates this version refuses ---------------------------------------------------------


def test_reindex_clears_a_stored_date_it_cannot_read_and_keeps_the_article(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = crossclaim("ingest", str(feed(tmp_path / "urls.jsonl")), data_dir=data)
    assert made.returncode == 0, made.stderr
    # rows as a crossclaim before the forty-eighth session's check could leave them
    bad = {URL_IDS[0]: "2023-09-20garbage", URL_IDS[1]: "2023-13-45"}
    with sqlite3.connect(data / "crossclaim.db") as db:
        for article_id, value in bad.items():
            db.execute("UPDATE articles SET published = ? WHERE id = ?", (value, article_id))
        db.execute("UPDATE articles SET published = '2023-09-20 14:05' WHERE id = ?",
                   (URL_IDS[2],))
    # --if-needed re-reads nothing here (the store is this version's), but names the dates
    looked = crossclaim("reindex", "--if-needed", "--json", data_dir=data)
    assert looked.returncode == 0, looked.stderr
    no_traceback(looked)
    assert {(r["id"], r["published"]) for r in json.loads(looked.stdout)["published_refused"]} \
        == set(bad.items())
    notes = [line for line in looked.stderr.splitlines() if "published" in line]
    assert len(notes) == 2 and all("reindex" in line for line in notes), looked.stderr
    assert stored(data)[URL_IDS[0]] == "2023-09-20garbage"  # --if-needed changes nothing
    # a plain reindex re-reads every article: the two dates cleared, each named, none lost
    done = crossclaim("reindex", "--json", data_dir=data)
    assert done.returncode == 0, done.stderr
    no_traceback(done)
    result = json.loads(done.stdout)
    assert result["articles"] == 3 and result["claims"] >= 3, result
    assert {(r["id"], r["published"]) for r in result["published_cleared"]} == set(bad.items())
    cleared = [line for line in done.stderr.splitlines() if "cleared" in line]
    assert len(cleared) == 2 and all(v in " ".join(cleared) for v in bad.values()), done.stderr
    after = stored(data)
    assert after == {URL_IDS[0]: None, URL_IDS[1]: None,
                     URL_IDS[2]: "2023-09-20T14:05:00"}  # read as any way in reads it
    with sqlite3.connect(data / "crossclaim.db") as db:
        assert db.execute("SELECT count(*) FROM claims WHERE published IS NOT NULL "
                          "AND published != '2023-09-20T14:05:00'").fetchone() == (0,)
    again = crossclaim("reindex", "--if-needed", "--json", data_dir=data)
    assert json.loads(again.stdout)["published_refused"] == [], again.stdout


# -- folders that cannot be read -----------------------------------------------------------------


def _tree(base: Path) -> dict[str, Path]:
    """An inbox with one readable file, a folder no one may list, a symlinked folder (its own
    file), a link back to the inbox (a loop), a broken link and a FIFO of an article's name."""
    inbox, elsewhere = base / "inbox", base / "elsewhere"
    (inbox / "locked").mkdir(parents=True)
    (inbox / "sub").mkdir()
    elsewhere.mkdir()
    feed(inbox / "sub" / "a.jsonl", [URL_IDS[0], "b-1", "c-1"])
    (elsewhere / "linked.json").write_text(json.dumps(
        {"id": "linked-1", "source": "Linked", "text": "Officials said 31 villages were "
                                                       "flooded after the dam broke."}))
    (inbox / "locked" / "unseen.jsonl").write_text(
        json.dumps({"source": "X", "text": "Never read."}) + "\n")
    (inbox / "mirror").symlink_to(elsewhere)
    (inbox / "sub" / "loop").symlink_to(inbox)
    (inbox / "gone.json").symlink_to(base / "nothing.json")
    os.mkfifo(inbox / "stream.jsonl")
    for path in (inbox, elsewhere, inbox / "sub"):
        for p in (path, *path.iterdir()):
            if not p.is_symlink() and not p.is_fifo():
                os.chmod(p, 0o777 if p.is_dir() else 0o666)
    os.chmod(inbox / "locked", 0)
    return {"inbox": inbox, "locked": inbox / "locked", "gone": inbox / "gone.json",
            "fifo": inbox / "stream.jsonl"}


def _not_read(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("not read:")]


def test_ingest_names_each_path_it_could_not_read_and_follows_symlinked_folders(
        open_dir: Path) -> None:
    tree = _tree(open_dir)
    data = open_dir / "data"
    proc = crossclaim("ingest", str(tree["inbox"]), "--json", data_dir=data, as_nobody=True,
                      timeout=300)  # a loop must not hang it
    no_traceback(proc)
    assert proc.returncode == 3, proc.stderr  # partly read: the rest went in
    lines = _not_read(proc.stderr)
    assert len(lines) == 3, proc.stderr
    for what, says in (("locked", "cannot read the folder (Permission denied)"),
                       ("gone", "a broken symlink"), ("fifo", "not a regular file")):
        assert any(f"{tree[what]}: {says}" in line for line in lines), (what, proc.stderr)
    results = json.loads(proc.stdout)["results"]
    # the inbox's own file, and the one in the symlinked folder, each read once
    assert sorted(r["article_id"] for r in results) == sorted([URL_IDS[0], "b-1", "c-1",
                                                               "linked-1"])
    assert len(json.loads(proc.stdout)["rejected_files"]) == 3


def test_ingest_of_nothing_readable_fails_naming_what_it_could_not_read(
        open_dir: Path) -> None:
    tree = _tree(open_dir)
    data = open_dir / "data"
    one = crossclaim("ingest", str(tree["locked"]), data_dir=data, as_nobody=True)
    assert one.returncode == 2, one.stderr
    no_traceback(one)
    assert one.stderr.strip() == (f"error: {tree['locked']}: cannot read the folder "
                                  "(Permission denied)"), one.stderr
    # a file that cannot be opened, and a folder, together: one line each, then the error
    (open_dir / "secret.jsonl").write_text(json.dumps({"source": "X", "text": "Hidden."}))
    os.chmod(open_dir / "secret.jsonl", 0)
    two = crossclaim("ingest", str(tree["locked"]), str(open_dir / "secret.jsonl"),
                     data_dir=data, as_nobody=True)
    assert two.returncode == 2, two.stderr
    assert len(_not_read(two.stderr)) == 2 and "could not be read" in two.stderr, two.stderr
    assert not (data / "crossclaim.db").exists()  # nothing read: no store made


def test_the_batch_job_rejects_each_path_it_could_not_read(open_dir: Path) -> None:
    tree = _tree(open_dir)
    data = open_dir / "data"
    env = {**cli_env(data), "HOME": str(open_dir)}
    args = [*as_user(True), *CROSSCLAIM, "batch", "--json", "--no-progress", str(tree["inbox"]),
            "--data-dir", str(data)]
    proc = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    no_traceback(proc)
    assert proc.returncode == 3, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["new"] == 4, summary  # the symlinked folder's file too
    reasons = [r["reason"] for r in summary["rejections"]]
    for what, says in (("locked", "cannot read the folder"), ("gone", "a broken symlink"),
                       ("fifo", "not a regular file")):
        assert sum(f"{tree[what]}: {says}" in r for r in reasons) == 1, (what, reasons)
