"""What a reader sees, forty-ninth session: counts in plain English, one outlet's own words
told apart from the speakers it quotes, and a query whose subject the store does not hold
said to be so (the CLI, the page), with the JSON shapes unchanged."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article, Claim
from tests.conftest import make_settings
from tests.contrastkit import contrast

_EXTRACT = SentenceClaimExtractor()
WIDE = {"COLUMNS": "400"}  # one panel line per line: the words are read, not the wrapping


def told(source: str, text: str, n: int) -> Claim:
    """The article's last claim, read by the claims stage as the service reads it."""
    return _EXTRACT.extract(Article(id=f"art-{source}-{n}", source=source, text=text))[-1]


def summaries(*claims: Claim, kind: str) -> list[str]:
    return [d.summary for d in contrast(*claims).differences if d.kind == kind]


# -- one outlet: its own words and the words it quotes ------------------------------------
ONE_OUTLET = [
    ("The town was returned after three decades of occupation.",
     "Officials in Baku said the town was returned after three decades."),
    ("The regime shelled the town overnight.",
     "Shells hit the town overnight, the mayor said."),
]


@pytest.mark.parametrize("own, quoting", ONE_OUTLET)
def test_one_outlets_loaded_word_is_its_own_voice_not_the_speaker_it_quotes(
        own: str, quoting: str) -> None:
    a, b = told("Daily", own, 1), told("Daily", quoting, 2)
    assert b.speaker, b  # the second claim is a speaker's the outlet quotes
    wording = summaries(a, b, kind="wording")
    assert wording, summaries(a, b, kind="speakers")
    line = wording[0]
    # both sides are the Daily: "Only the Daily uses ..." would read as one outlet against
    # another
    assert not line.startswith("Only Daily"), line
    assert "Daily uses the loaded wording" in line and "in its own words" in line, line
    assert "the words it quotes from" in line and line.endswith("do not."), line


def test_one_outlet_states_it_and_quotes_another_in_one_clause() -> None:
    a = told("Daily", "The town was returned after three decades of occupation.", 1)
    b = told("Daily", "Officials in Baku said the town was returned after three decades.", 2)
    line = summaries(a, b, kind="speakers")[0]
    assert "Daily states it in its own voice and also attributes it to" in line, line
    assert line.count("Daily") == 1, line  # not "Daily states ...; Daily attributes ..."


def test_two_outlets_keep_the_plain_only_sentence() -> None:
    a = told("Daily", "The town was returned after three decades of occupation.", 1)
    b = told("Wire", "The town was returned after three decades.", 2)
    assert summaries(a, b, kind="wording") == [
        "Only Daily uses the loaded wording “occupation”."]
    assert "Daily states it in their own voice" not in " ".join(
        summaries(a, b, kind="speakers"))


# -- the command line and the page over the seeds ---------------------------------------
@pytest.fixture(scope="module")
def store(seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("output") / "data"
    shutil.copytree(seeded_dir, dest, ignore=shutil.ignore_patterns("write.lock"))
    return dest


def cli(store: Path, *args: str) -> str:
    import service.cli.commands  # noqa: F401  (the commands register themselves on the app)
    from service.cli.app import app

    result = CliRunner().invoke(app, [*args, "--data-dir", str(store)], env=WIDE)
    assert result.exit_code == 0, result.output
    return result.output


def test_cluster_titles_count_outlets_and_voices_in_plain_english(store: Path) -> None:
    shown = cli(store, "clusters")
    assert "source(s)" not in shown and "voice(s)" not in shown and "cluster(s)" not in shown
    assert " · 1 outlet, 2 voices" in shown, shown[:2000]
    assert "outlets, " in shown
    assert "with at least 2 voices" in shown


def test_a_subject_the_store_never_mentions_is_said_to_be_absent(store: Path) -> None:
    shown = cli(store, "contrast", "football")
    first = shown.splitlines()[0]
    assert "No stored claim mentions “football”" in first, first
    assert "nothing below is about that" in first, first


def test_a_half_matching_query_names_the_part_that_is_absent(store: Path) -> None:
    shown = cli(store, "contrast", "football in Karabakh")
    first = shown.splitlines()[0]
    assert "No stored claim mentions “football”" in first, first
    assert "Karabakh" not in first and "only the rest of the query" in first, first


def test_a_subject_the_store_holds_gets_no_such_note(store: Path) -> None:
    for query in ("Lachin corridor", "Shusha", "how many Armenians left Karabakh"):
        assert "No stored claim mentions" not in cli(store, "contrast", query), query


def test_story_lines_name_the_speaker_an_outlet_quotes(store: Path) -> None:
    shown = cli(store, "contrast", "ethnic cleansing")
    # the label's claim is the senator's, told by the wire: both are named
    assert "Wire story on a Baghdad site (Bob Menendez):" in shown, shown[-3000:]


def test_contrast_json_is_the_list_of_clusters_it_was(store: Path) -> None:
    rows = json.loads(cli(store, "contrast", "football", "--json"))
    assert isinstance(rows, list) and rows
    assert {"id", "relation", "summary", "differences", "claims"} <= set(rows[0])
    assert all("No stored claim" not in json.dumps(r) for r in rows)


@pytest.fixture(scope="module")
def page(store: Path) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from service.api import create_app
    from service.pipeline import build_pipeline

    settings = make_settings(store)
    with TestClient(create_app(settings, build_pipeline(settings))) as client:
        yield client


def test_the_page_says_when_the_subject_is_not_in_the_store(page) -> None:  # type: ignore[no-untyped-def]
    html = page.get("/", params={"q": "football"}).text
    assert 'class="unmatched"' in html and "No stored claim mentions “football”" in html
    assert 'class="unmatched"' not in page.get("/", params={"q": "Lachin corridor"}).text
    # the API's answer keeps its keys
    body = page.get("/v1/contrasts", params={"q": "football"}).json()
    assert set(body) == {"query", "clusters", "figures", "terms", "denials"}
