"""The batch job's readers under generated files (hypothesis): bytes, JSON values, JSONL lines
and HTML in a folder beside one good file, run with the real model over a copy of the seeded
store.  What must hold for each folder: the run ends in a clean report (exit 0 or 3, never a
failure or an exception), the good file goes in, every rejected file is named, what the
store held before (articles, claims, clusters) is as it was, and a second run that forgets
its checkpoints and reads it all again changes nothing.

Examples are derandomized (the same ones each run): a fuzz test that finds a new input on one
run in ten is a flaky test; new shapes go in by widening the strategies.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from batchutil import sqlite_url, store_facts
from conftest import make_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.batch import EXIT_OK, EXIT_PARTIAL, BatchRunner

GOOD = {"id": "good-s48", "source": "Harbour Gazette",
        "text": "Port workers in Gdansk went on strike on Tuesday, the union said. About 400 "
                "dockers stopped loading ships over a pay dispute."}

FIELDS = ["id", "source", "text", "title", "published", "author", "url"]
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
           | st.text(max_size=12) | st.sampled_from(["2023-09-20", "2023-09-20garbage",
                                                      "2023-09-20T14:05Z", "../x", " "]))
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(FIELDS) | st.text(max_size=5), inner, max_size=5), max_leaves=8)
# records shaped like articles often enough that some of them go in
ARTICLES = st.fixed_dictionaries(
    {"source": st.text(max_size=8), "text": st.text(min_size=1, max_size=80)},
    optional={k: SCALARS for k in ("id", "published", "title")})
HTML = st.builds(lambda title, body: f"<html><head><title>{title}</title></head>"
                 f"{body}</html>", st.text(max_size=20),
                 st.sampled_from(["", "<body></body>", "<body><p>Police said 12 people were "
                                  "held.</p></body>", "<body><nav>Home</nav></body>"]))
FILES = st.one_of(
    st.tuples(st.sampled_from([".json", ".jsonl", ".txt", ".html"]), st.binary(max_size=200)),
    st.tuples(st.just(".json"), (JSON_VALUES | st.lists(ARTICLES, max_size=3)).map(json.dumps)),
    st.tuples(st.just(".jsonl"), st.lists(JSON_VALUES | ARTICLES, min_size=1, max_size=4).map(
        lambda vs: "\n".join(map(json.dumps, vs)))),
    st.tuples(st.just(".html"), HTML),
    st.tuples(st.just(".txt"), st.text(max_size=120)),
)


def run(data_dir: Path, inbox: Path, forget: bool = False) -> Any:
    from service.pipeline import build_pipeline

    pipe = build_pipeline(make_settings(data_dir))
    try:
        return BatchRunner(pipe, progress=False).run([str(inbox)], forget=forget)
    finally:
        pipe.store.close()


def kept(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Every article, claim and cluster of ``before`` is in ``after`` as it was (clusters may
    have taken new members, none of their old ones left)."""
    assert all(after["articles"].get(k) == h for k, h in before["articles"].items())
    old = set(before["claims"])
    assert old <= set(after["claims"])
    grown = [frozenset(c) & old for c in map(frozenset, after["clusters"])]
    assert {frozenset(c) for c in before["clusters"]} == {c for c in grown if c}


@settings(max_examples=12, deadline=None, database=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(files=st.lists(FILES, min_size=1, max_size=3))
def test_generated_files_are_named_or_stored_and_nothing_stored_before_moves(
        seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory,
        files: list[tuple[str, str | bytes]]) -> None:
    root = tmp_path_factory.mktemp("batch-fuzz")
    data_dir = shutil.copytree(seeded_dir, root / "data",
                               ignore=shutil.ignore_patterns("write.lock", "batch.lock"))
    inbox = root / "inbox"
    inbox.mkdir()
    (inbox / "good.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    for n, (suffix, content) in enumerate(files):
        data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
        (inbox / f"gen{n}{suffix}").write_bytes(data)
    before = store_facts(sqlite_url(data_dir))

    first = run(data_dir, inbox)
    assert first.failure is None and first.exit_code in (EXIT_OK, EXIT_PARTIAL), first.as_dict()
    after = store_facts(sqlite_url(data_dir))
    assert GOOD["id"] in after["articles"]
    kept(before, after)
    named = {r.where.split(":")[0].split("[")[0] for r in first.rejections}
    assert named <= {str(p) for p in inbox.iterdir()}, named  # each rejection names its file
    assert all(r.reason.startswith(r.where) for r in first.rejections), first.as_dict()

    again = run(data_dir, inbox, forget=True)
    assert (again.new, again.rejected) == (0, first.rejected), again.as_dict()
    assert again.replaced <= 2 * first.replaced  # a file giving two versions of one id
    assert store_facts(sqlite_url(data_dir)) == after
