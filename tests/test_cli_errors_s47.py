"""``crossclaim ingest`` of malformed files: one line naming the file (and the line of a JSONL
file), a non-zero exit code, no traceback, and the store as it was.

A mixed batch (a folder with one bad file among good ones, a list with one bad item): the
good articles go in, the bad ones are named on one "skipped:" line, exit code 3 (partly
ingested); nothing good is held back for a neighbour's mistake, and the exit code tells a
script that something was left out.  Exit code 2 when nothing could be read.

The command runs in this process (the model loads once for the module); the files are hand
made for each kind of mistake, and generated (hypothesis) for the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_api import copy_of

QUERY = "Lachin corridor"


@pytest.fixture(scope="module")
def store(seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the seeded store the ingests write to (or must not)."""
    yield copy_of(seeded_dir, tmp_path_factory.mktemp("cli-errors") / "data")


def ingest(store: Path, *paths: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``crossclaim ingest PATHS --data-dir STORE``: its exit code and its stderr."""
    from service.cli.app import main

    capsys.readouterr()
    argv = ["crossclaim", "ingest", *map(str, paths), "--data-dir", str(store)]
    with mock.patch.object(sys, "argv", argv):
        try:
            main()
            code = 0
        except SystemExit as stop:
            code = int(stop.code or 0)
    return code, capsys.readouterr().err


def state(store: Path) -> tuple[dict[str, int], list[str]]:
    """The store's counts, and the articles of the nearest claims to a query (the index)."""
    from service.cli.app import pipeline_for

    pipe = pipeline_for(store)
    return pipe.store.counts(), [claim.article_id for claim, _ in pipe.search(QUERY, 5)]


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


ARTICLE = {"source": "Wire", "text": "Police said 40 people were held in Lyon on Monday."}

BAD_FILES: dict[str, tuple[str, bytes, str]] = {
    # name: (file name, content, what the line must say besides the file)
    "invalid JSON": ("cut.json", b'{"source": "X", "text": ', "invalid JSON"),
    "a JSON line that does not parse": ("feed.jsonl", b"{not json\n", "feed.jsonl:1"),
    "a list holding a number": ("list.json", b"[7]", "got a number"),
    "a JSON string": ("str.json", b'"Police said 9 people were held."', "got a string"),
    "a list of JSON text": ("texts.json", json.dumps([json.dumps(ARTICLE)]).encode(),
                            "got a string"),
    "null": ("null.json", b"null", "got null"),
    "no text": ("notext.jsonl", b'{"source": "X"}\n', "notext.jsonl:1: 'text'"),
    "no source": ("nosource.jsonl", b'{"text": "Police said 9 people were held."}\n',
                  "'source' is missing"),
    "published not a date": (
        "date.jsonl", b'\n{"source": "X", "text": "Police held 9.", "published": "yesterday"}\n',
        "date.jsonl:2: 'published' must be an ISO date"),
    "published a number": (
        "num.jsonl", b'{"source": "X", "text": "Police held 9.", "published": 2023}\n',
        "'published' must be a string"),
    "binary bytes in a .txt": ("blob.txt", bytes(range(128, 256)) * 4, "not UTF-8 text"),
    "an empty .txt": ("empty.txt", b"", "empty"),
    "an empty .json": ("empty.json", b"", "the file is empty"),
    "an empty .jsonl": ("empty.jsonl", b"\n\n", "nothing to ingest"),
    "a multi-line .json cut short": ("multi.json", b'{\n  "source": "X",\n  "text": "a"\n',
                                     "line 4"),
}


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_a_bad_file_is_one_line_naming_it_and_the_store_stays(
        store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    name, content, says = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = state(store)
    code, err = ingest(store, path, capsys=capsys)
    assert code == 2, err
    line = one_line(err)
    assert line.startswith("error: ") and str(path) in line and says in line, line
    assert state(store) == before


def test_a_folder_with_one_bad_file_stores_the_good_ones_and_names_the_bad(
        store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(
        {"source": "Wire", "text": "Police said 39 people were held in Lille on Monday."})
        + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text('{"source": "X", "text": "Fine."}\n{oops\n', encoding="utf-8")
    (folder / "c.json").write_text(json.dumps(
        {"source": "Herald", "text": "Police said 41 people were held in Nice on Monday."}),
        encoding="utf-8")
    (before, seeds_hit) = state(store)
    code, err = ingest(store, folder, capsys=capsys)
    assert code == 3, err  # partly ingested
    line = one_line(err)
    assert line.startswith("skipped: ") and f"{folder / 'b.jsonl'}:2" in line, line
    after, hits = state(store)
    # the two good files and the good line of the bad one went in; nothing was lost
    assert after["articles"] == before["articles"] + 3
    assert after["claims"] > before["claims"]
    assert set(seeds_hit) & set(hits)  # and the index still answers with the seeds


def test_only_bad_files_in_a_folder_is_exit_2_naming_each(
        store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "x.json").write_bytes(b"[1, 2")
    (folder / "y.txt").write_bytes(b"\xff\xfe\x00\xd8 not text")
    before = state(store)
    code, err = ingest(store, folder, capsys=capsys)
    assert code == 2, err
    line = one_line(err)
    assert str(folder / "x.json") in line and str(folder / "y.txt") in line, line
    assert state(store) == before


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "source", "text", "title", "published", "author", "url",
                         "extra"]) | st.text(max_size=5), inner, max_size=4),
    max_leaves=6)


@settings(max_examples=25, deadline=None, database=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(kind=st.sampled_from([".json", ".jsonl", ".txt", ".html"]),
       content=st.one_of(st.binary(max_size=200),
                         JSON_VALUES.map(lambda v: json.dumps(v).encode()),
                         st.lists(JSON_VALUES, min_size=1, max_size=3).map(
                             lambda vs: "\n".join(map(json.dumps, vs)).encode())))
def test_generated_files_never_end_in_a_traceback_or_lose_what_was_stored(
        store: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str], kind: str, content: bytes) -> None:
    path = tmp_path_factory.mktemp("gen") / f"input{kind}"
    path.write_bytes(content)
    before, seed_hits = state(store)
    code, err = ingest(store, path, capsys=capsys)
    assert code in (0, 2, 3), err  # never 1, an internal error
    after, hits = state(store)
    if code == 2:
        line = one_line(err)
        assert line.startswith("error: ") and str(path) in line, line
        assert after == before
    else:  # some of it was an article: added to, never taken from
        assert all(after[k] >= before[k] for k in ("articles", "claims")), (before, after)
        if code == 3:
            assert str(path) in one_line(err)
    assert hits and set(seed_hits) & set(hits)  # the index still answers with the seeds
