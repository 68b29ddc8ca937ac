"""Input no fixture was written for (fifty-third session), through the real CLI and the real
API: an article body given as HTML (a feed's or a CMS export's), a web page's whole markup
sent as the text, a byte-order mark inside a JSON text, a "Read more: URL" link a page glues
to copied text, and a truncated JSON file.  Each is read sensibly (claims whose offsets give
their text, no tag or link in a claim's core) or refused in one line, and what was stored
before is kept."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.batchutil import CROSSCLAIM, live_server

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}

FEED_BODY = (
    "<p>A storm struck the northern coast on Sunday, cutting power to 80,000 homes, the "
    "utility said.</p><p>The weather service said winds reached 150 km/h in some areas.</p>\n"
    "<p>Officials said <b>three people</b> were missing.</p>"
    '<img src="storm-2019.jpg" width="600"><script>var shown = "Officials said 9 died.";</script>'
    "<p>&quot;We are working through the night,&quot; the mayor said.</p>")
PAGE = ("<!DOCTYPE html>\n<html><head><script>var a = 1;</script></head><body><p>The council "
        "voted on Monday to close the bridge, officials said.</p></body></html>")
BASE = {"id": "base", "source": "Wire", "text": "The port said on Tuesday that cargo volumes "
        "fell 3% in the first quarter. Analysts said demand from Asia had weakened."}


def crossclaim(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CROSSCLAIM, *args, "--data-dir", str(data_dir)], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=900)


def stored(data_dir: Path) -> tuple[dict[str, str], list[tuple[Any, ...]]]:
    with sqlite3.connect(data_dir / "crossclaim.db") as db:
        articles = dict(db.execute("SELECT id, text FROM articles"))
        claims = sorted(db.execute('SELECT article_id, start, "end", text FROM claims'))
    return articles, claims


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """One real `crossclaim ingest` of a JSONL file with the odd bodies, and its claims."""
    folder = tmp_path_factory.mktemp("unseen")
    feed = folder / "feed.jsonl"
    rows = [BASE,
            {"id": "feed", "source": "Feed", "text": FEED_BODY},
            {"id": "bom", "source": "Paste", "text": "\ufeffThe airline said on Friday it "
             "would cut 1,200 jobs. Unions said they would fight the cuts."},
            {"id": "tynt", "source": "Copy", "text": "Dog abandoned at rail station with a "
             "suitcase full of belongings Read more: http://www.example.com/news/dog-abandoned"
             "-1.2175026#ixzz3O9Shc1I"},
            {"id": "emoji", "source": "Social", "text": "The stadium 🏟️ will close for repairs "
             "in June, the club 👍 said on Monday. Critics\u2069 said the decision was made in "
             "secret."}]
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    data_dir = folder / "data"
    done = crossclaim("ingest", str(feed), "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    listed = crossclaim("claims", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    return data_dir, json.loads(listed.stdout)


def of(claims: list[dict[str, Any]], article_id: str) -> list[dict[str, Any]]:
    return sorted((c for c in claims if c["article_id"] == article_id), key=lambda c: c["start"])


def test_every_stored_claim_is_its_texts_span(ingested: tuple[Path, list[dict[str, Any]]]) -> None:
    data_dir, claims = ingested
    articles, _ = stored(data_dir)
    for claim in claims:
        text = articles[claim["article_id"]]
        assert text[claim["start"]:claim["end"]] == claim["text"]
        for part in (*claim["entities"], *claim["numbers"]):
            assert claim["start"] <= part["start"] < part["end"] <= claim["end"]
            assert text[part["start"]:part["end"]] == part["text"]


def test_an_html_body_is_read_by_its_paragraphs(
        ingested: tuple[Path, list[dict[str, Any]]]) -> None:
    claims = of(ingested[1], "feed")
    # four paragraphs, four claims; the script's text is none of them
    assert len(claims) == 4, [c["text"] for c in claims]
    assert claims[0]["text"].startswith("A storm struck") and claims[0]["text"].endswith(
        "the utility said.")
    assert claims[1]["speaker"] == "weather service"
    assert "three people" in claims[2]["core"] and "<b>" not in claims[2]["core"]
    assert not any("9 died" in c["text"] for c in claims)
    # a figure of an attribute ("width=600", "2019") is no figure of the claims
    assert {n["text"] for c in claims for n in c["numbers"]} >= {"80,000"}
    assert not {"600", "2019"} & {n["text"] for c in claims for n in c["numbers"]}
    # the quotation spelt "&quot;" is the mayor's, and read without the marks' spelling
    assert claims[3]["speaker"] == "mayor" and claims[3]["text"].startswith("&quot;We")
    assert "&quot;" not in claims[3]["core"]


def test_a_bom_or_a_glued_link_is_no_part_of_a_claim(
        ingested: tuple[Path, list[dict[str, Any]]]) -> None:
    claims = ingested[1]
    bom = of(claims, "bom")
    assert [c["text"][0] for c in bom] == ["T", "U"] and bom[0]["start"] == 1
    tynt = of(claims, "tynt")
    assert [c["text"] for c in tynt] == [
        "Dog abandoned at rail station with a suitcase full of belongings"]


def test_emoji_and_direction_marks_hide_no_frame(
        ingested: tuple[Path, list[dict[str, Any]]]) -> None:
    club, critics = of(ingested[1], "emoji")
    assert club["speaker"] == "club" and "said" not in club["core"]
    assert club["text"].startswith("The stadium 🏟️")  # the claim is the text as sent
    assert critics["core"] == "the decision was made in secret."


def test_a_web_page_as_text_and_a_cut_json_file_are_one_line_errors(
        ingested: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    data_dir = ingested[0]
    before = stored(data_dir)
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"source": "Site", "text": PAGE}), encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text('[{"source": "A", "text": "The', encoding="utf-8")
    for path, expected in ((page, "'text' is a web page's HTML"),
                           (cut, "invalid JSON (Unterminated string starting at column")):
        done = crossclaim("ingest", str(path), data_dir=data_dir)
        assert done.returncode == 2
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], done.stderr
        assert "at at" not in lines[0]
    assert stored(data_dir) == before


def test_the_api_refuses_a_page_and_a_cut_body_and_reads_an_html_body(
        tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**ENV, "CROSSCLAIM_DATA_DIR": str(data_dir)}
    with live_server(env, timeout=300) as base, httpx.Client(base_url=base, timeout=300) as http:
        assert http.post("/v1/articles", json=BASE).status_code == 200
        before = spans(http.get("/v1/articles/base").json())
        page = http.post("/v1/articles", json={"source": "Site", "text": PAGE})
        assert page.status_code == 422
        assert "web page's HTML" in page.json()["error"]["message"]
        cut = http.post("/v1/articles", content='{"source": "A", "text": "The',
                        headers={"content-type": "application/json"})
        assert cut.status_code == 400
        message = cut.json()["error"]["message"]
        assert "Unterminated string starting at character" in message, message
        feed = http.post("/v1/articles", json={"id": "feed", "source": "Feed",
                                               "text": FEED_BODY})
        assert feed.status_code == 200 and feed.json()["results"][0]["claims"] == 4
        detail = http.get("/v1/article", params={"id": "feed"}).json()
        assert all(detail["text"][c["start"]:c["end"]] == c["text"] for c in detail["claims"])
        assert spans(http.get("/v1/articles/base").json()) == before
        assert http.get("/v1/articles").json()["total"] == 2


def spans(detail: dict[str, Any]) -> tuple[str, list[tuple[str, int, int]]]:
    return detail["text"], [(c["text"], c["start"], c["end"]) for c in detail["claims"]]
