"""An API ingest past its time limit stops with a JSON error and changes nothing stored.

Real model, real SQLite, the app's TestClient over a copy of the seeded store; the CLI as a
subprocess.  The limit is ``CROSSCLAIM_INGEST_TIME_LIMIT`` (``Settings.ingest_time_limit``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.time_limit import TimeLimit
from tests.test_api import NEW_ARTICLE, assert_error, client_for, copy_of, snapshot

ROOT = Path(__file__).resolve().parents[1]
# a wire story of a few paragraphs: more work than a thousandth of a second
STORY = {
    "id": "council-roads", "source": "City Wire", "title": "Council approves road plan",
    "text": "The city council voted 7-2 on Tuesday to approve a $45 million plan to repair "
            "roads and bridges, officials said. Mayor Jane Ortiz called the vote a long "
            "overdue investment and said work would begin in the spring.\n\nCouncil member "
            "Tom Reyes, who voted against the plan, said it would raise property taxes by 3 "
            "percent next year. The state transportation department estimated last year "
            "that a third of the city's bridges needed repairs.",
}


def files_of(data_dir: Path) -> dict[str, bytes]:
    """The index file and its sidecar as they are on disk."""
    return {p.name: p.read_bytes() for p in sorted(data_dir.glob("claims.faiss*"))}


@pytest.fixture()
def tight(seeded_dir: Path, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """A client whose ingest requests have a millisecond of work each."""
    data_dir = copy_of(seeded_dir, tmp_path / "data")
    with client_for(data_dir, ingest_time_limit=0.001) as client:
        yield client, data_dir


def test_an_ingest_past_the_time_limit_is_refused_and_stores_nothing(
        tight: tuple[TestClient, Path]) -> None:
    client, data_dir = tight
    before, index_before = snapshot(client), files_of(data_dir)
    assert index_before  # (the seeded store has its index file)
    error = assert_error(client.post("/v1/articles", json=STORY), 413, "over_time_limit")
    # it says what happened and what to do instead
    assert "0.001 s" in error["message"] and "nothing was stored" in error["message"]
    assert "crossclaim ingest" in error["message"] and "split" in error["message"]
    assert error["details"]["limit_seconds"] == 0.001 and error["details"]["stored"] == []
    assert snapshot(client) == before
    assert files_of(data_dir) == index_before
    assert_error(client.get("/v1/article", params={"id": STORY["id"]}), 404)
    # the service is not left holding the writer: with time enough the same request passes
    app: Any = client.app
    app.state.settings.ingest_time_limit = 120.0
    response = client.post("/v1/articles", json=STORY)
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "new"
    hits = client.get("/v1/claims/search", params={"q": "repair roads and bridges"}).json()
    assert STORY["id"] in {h["article_id"] for h in hits["hits"]}


class _OutAtCommit(TimeLimit):
    """A limit that runs out at the last check before an article's commit: its claims are
    stored, indexed and clustered in the open transaction by then."""

    def check(self, step: str) -> None:
        if step == "storing claims":
            TimeLimit(1e-9, clock=iter([0.0, 1.0]).__next__).check(step)


def test_a_limit_spent_inside_the_write_rolls_the_article_back(
        seeded_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = copy_of(seeded_dir, tmp_path / "data")
    with client_for(data_dir) as client:
        first = client.post("/v1/articles", json=NEW_ARTICLE)
        assert first.status_code == 200, first.text
        before, index_before = snapshot(client), files_of(data_dir)
        monkeypatch.setattr("service.pipeline_ingest.TimeLimit", _OutAtCommit)
        changed = {**NEW_ARTICLE, "text": NEW_ARTICLE["text"] + " Talks resume on Monday."}
        batch = [changed, STORY]  # (the replacing one first)
        error = assert_error(client.post("/v1/articles", json=batch), 413, "over_time_limit")
        assert error["details"]["step"] == "storing claims"
        assert error["details"]["stored"] == [] and "nothing was stored" in error["message"]
        monkeypatch.undo()
        # the new article left no row and no vector; the one it would have replaced stays
        # whole and is still found (its vectors went back into the index)
        assert snapshot(client) == before
        assert files_of(data_dir) == index_before
        hits = client.get("/v1/claims/search",
                          params={"q": "artillery hit the market in Martuni"}).json()["hits"]
        assert NEW_ARTICLE["id"] in {h["article_id"] for h in hits}
        assert all(h["cluster_id"] is not None for h in hits)
        retry = client.post("/v1/articles", json=batch)
        assert [r["status"] for r in retry.json()["results"]] == ["replaced", "new"]


def test_the_cli_takes_no_time_limit(tmp_path: Path) -> None:
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps(STORY) + "\n")
    env = {**os.environ, "CROSSCLAIM_INGEST_TIME_LIMIT": "0.001", "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "service", "ingest", str(path), "--data-dir",
                           str(tmp_path / "data"), "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"new"' in done.stdout
