"""Check-worthiness: stated facts are told from talk around them, on the real model.

The scorer is trained on ClaimBuster (US debates); these sentences are written here, in
news and speech registers, so the tests check that it carries beyond its training data.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from embeddings.types import Article
from tests.conftest import shared_path
from tests.test_cli import run

FACTS = (
    "Unemployment rose to 7.8 percent in March, the highest level in four years.",
    "The company paid no federal income tax last year despite $2 billion in profits.",
    "Crime in the city has fallen by 20 percent since 2019.",
    "The ministry said 4,000 soldiers had crossed the border overnight.",
)
TALK = (
    "Thank you all for coming tonight.",
    "I think we can do better than that.",
    "Let me be very clear about this.",
    "We will see what happens.",
)


def _article(sentences: tuple[str, ...], article_id: str = "speech") -> Article:
    return Article(id=article_id, source="Town hall transcript", text=" ".join(sentences))


def test_stated_facts_score_above_talk_and_are_listed_as_check_worthy(fresh):  # type: ignore[no-untyped-def]
    fresh.ingest([_article(FACTS[:2] + TALK[:2] + FACTS[2:] + TALK[2:])])
    stored = {c.text: c.checkworthy for c, _ in fresh.store.iter_claims()}
    assert set(stored) == set(FACTS + TALK)
    assert min(stored[s] for s in FACTS) > max(stored[s] for s in TALK)

    result = run("claims", "--check-worthy", "--json", data_dir=fresh.settings.data_dir)
    assert result.returncode == 0, result.stderr
    listed = {c["text"] for c in json.loads(result.stdout)}
    assert listed <= set(FACTS) and len(listed) >= 3
    everything = json.loads(run("claims", "--json", data_dir=fresh.settings.data_dir).stdout)
    assert all(0.0 <= c["checkworthy"] <= 1.0 for c in everything)


def test_a_store_written_before_the_score_opens_with_its_claims_intact(tmp_path: Path):  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "old"
    first = tmp_path / "first.txt"
    first.write_text(" ".join(FACTS[:2]), encoding="utf-8")
    assert run("ingest", str(first), data_dir=data_dir).returncode == 0
    # the layout of a store made before the column existed
    with sqlite3.connect(data_dir / "crossclaim.db") as db:
        db.execute("ALTER TABLE claims DROP COLUMN checkworthy")
        before = db.execute("SELECT id, text, start, end FROM claims ORDER BY id").fetchall()

    listed = run("claims", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(c["id"], c["text"], c["start"], c["end"]) for c in rows] == before
    assert all(c["checkworthy"] is None for c in rows)  # not scored, not made up

    second = tmp_path / "second.txt"
    second.write_text(" ".join(FACTS[2:]), encoding="utf-8")
    assert run("ingest", str(second), data_dir=data_dir).returncode == 0
    rows = json.loads(run("claims", "--json", data_dir=data_dir).stdout)
    assert len(rows) == 4
    assert [c["checkworthy"] is None for c in rows] == [True, True, False, False]


def test_the_scorer_is_for_its_own_model_only() -> None:
    from embeddings.claims.checkworthy import load_checkworthiness

    assert load_checkworthiness("sentence-transformers/all-MiniLM-L6-v2") is not None
    assert load_checkworthiness("all-mpnet-base-v2") is None


def test_the_shipped_scorer_was_trained_on_no_test_sentence() -> None:
    from embeddings.claims.checkworthy import WEIGHTS
    from service.evaluation import datasets as ds
    from service.evaluation.learn_checkworthy import ids_digest, training_rows

    root = shared_path("eval", "claimbuster").parent
    shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    rows = training_rows(root)
    test = ds.claimbuster(root, ds.REPORT)
    assert not {r.id for r in rows} & {r.id for r in test}
    assert not {r.text.lower() for r in rows} & {r.text.lower() for r in test}
    assert shipped["train_ids_sha256"] == ids_digest([r.id for r in rows])
    assert shipped["rows"] == len(rows)
