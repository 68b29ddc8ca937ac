"""What a reader sees, forty-ninth session (continued): an outlet that gives both forms of a
name is on neither side of the names line; "agree" is said only of what was found to agree;
voice names holding "and" stay whole; a counted group of speakers is lower-cased
mid-sentence, a proper name never.  The JSON keys and ``relation`` values are unchanged."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from embeddings.types import Difference
from service.contrast.said import shown
from tests.conftest import make_settings
from tests.contrastkit import claim, contrast
from tests.test_output_s49 import told

WIDE = {"COLUMNS": "400"}


def names_lines(*texts: tuple[str, str]) -> list[Difference]:
    said = [told(source, text, n) for n, (source, text) in enumerate(texts)]
    return [d for d in contrast(*said).differences if d.kind == "names"]


def sides(summary: str) -> list[str]:
    """The "Form (voice, voice)" sides of a names line, before any "; X uses both"."""
    head = summary.split(": ", 1)[1].split("; ")[0]
    return head.split(" vs ")


# -- 1. a voice giving both names ----------------------------------------------------------
def test_an_outlet_giving_both_names_is_on_neither_side() -> None:
    lines = names_lines(("Daily", "The army entered Shushi (Shusha) on Sunday."),
                        ("Wire", "The army entered Shusha on Sunday."),
                        ("Post", "The army entered Shushi on Sunday."))
    assert len(lines) == 1, lines
    line = lines[0].summary
    # the Daily is named once, as giving both; the two sides are the others'
    assert line.count("Daily") == 1, line
    assert "Daily uses both Shushi and Shusha" in line, line
    assert all("Daily" not in side for side in sides(line)), line
    assert "Wire" in line and "Post" in line, line
    # the evidence still holds every use, the Daily's too
    assert {r["voice"] for r in lines[0].evidence} == {"Daily", "Wire", "Post"}


def test_a_voice_is_never_set_against_itself_on_the_seeds(seeds: list[dict[str, object]]
                                                           ) -> None:
    checked = 0
    for cluster in seeds:
        for d in cluster["differences"]:  # type: ignore[attr-defined]
            if d["kind"] != "names":
                continue
            forms: dict[str, set[str]] = {}
            for r in d["evidence"]:
                forms.setdefault(r["voice"], set()).add(str(r["form"]).lower())
            for voice, used in forms.items():
                on = [s for s in sides(d["summary"]) if voice in s]
                assert len(on) <= 1, d["summary"]  # one voice on two sides
                if len(used) > 1:
                    checked += 1
                    assert f"{voice} uses" in d["summary"], d["summary"]
    assert checked, "the seeds hold an outlet writing a name with its other form"


# -- 2. "agree" only where something was found to agree -------------------------------------
def test_claims_sharing_no_figure_and_no_statement_are_not_said_to_agree() -> None:
    result = contrast(
        told("Daily", "Baku has waged a campaign of ethnic cleansing against Christian "
                      "Armenia.", 1),
        told("Wire", "Officials recalled the ethnic cleansing of Azerbaijanis in the 1990s.", 2))
    assert result.relation == "agree"  # the JSON contract: "agree" | "conflict"
    assert "agree" not in result.summary.lower(), result.summary
    assert result.summary.startswith("No difference found between"), result.summary
    assert "Daily" in result.summary and "Wire" in result.summary, result.summary


def test_a_figure_both_give_is_still_an_agreement() -> None:
    result = contrast(told("Daily", "Twelve people were killed in the blast.", 1),
                      told("Wire", "The blast killed 12 people.", 2))
    assert result.summary.startswith("Sources agree on the number of people"), result.summary


def test_framing_alone_does_not_say_the_facts_agree() -> None:
    result = contrast(told("Daily", "The regime shelled the town overnight.", 1),
                      told("Wire", "Troops shelled the town overnight.", 2))
    assert any(d.kind == "wording" for d in result.differences), result
    assert "agree" not in result.summary.lower(), result.summary
    assert "regime" in result.summary, result.summary


def test_the_seeds_say_agree_only_where_figures_agree(seeds: list[dict[str, object]],
                                                     shown_clusters: str) -> None:
    quiet = 0
    for cluster in seeds:
        agreed = any(d["kind"] == "numbers_agree"
                     for d in cluster["differences"])  # type: ignore[attr-defined]
        assert cluster["relation"] in ("agree", "conflict")
        if cluster["relation"] == "agree" and not agreed:
            quiet += 1
            assert "agree" not in str(cluster["summary"]).lower(), cluster["summary"]
    assert quiet
    # the panel's title says what was found too: no "AGREE" over nothing compared
    titles = re.findall(r"cluster \d+ ([A-Z ]+?) · ", shown_clusters)
    assert "NO CONFLICT FOUND" in titles, titles
    assert len([t for t in titles if t == "AGREE"]) <= sum(
        any(d["kind"] == "numbers_agree" for d in c["differences"])  # type: ignore[attr-defined]
        for c in seeds)


def test_the_page_badge_says_what_was_found(page) -> None:  # type: ignore[no-untyped-def]
    html = page.get("/", params={"q": "Shusha"}).text
    badges = re.findall(r'<span class="badge rel-(\w+)">([^<]*)</span>', html)
    assert badges, html[:2000]
    assert all(text in ("conflict", "agree", "no conflict found") for _, text in badges)
    assert ("agree", "no conflict found") in badges, badges
    body = page.get("/v1/contrasts", params={"q": "Shusha"}).json()
    assert {c["relation"] for c in body["clusters"]} <= {"agree", "conflict"}


# -- 3. names holding "and" stay whole --------------------------------------------------------
def test_a_joint_voice_stays_whole_beside_another() -> None:
    result = contrast(claim("wire", "The ceasefire is holding, Azerbaijan said.",
                            speaker="Azerbaijan"),
                      claim("site", "The ceasefire collapsed on Tuesday, the US and France said.",
                            speaker="US and France"))
    assert result.relation == "conflict", result
    text = " ".join([result.summary] + [d.summary for d in result.differences])
    assert "Azerbaijan and US and France" not in text and \
        "US and France and Azerbaijan" not in text, text
    assert re.search(r"(Azerbaijan, and the US and France|[Tt]he US and France, and Azerbaijan), "
                     r"(say|name|blame)", text), text


def test_plain_names_are_joined_as_before() -> None:
    result = contrast(claim("wire", "The ceasefire is holding, Azerbaijan said.",
                            speaker="Azerbaijan"),
                      claim("site", "The ceasefire collapsed on Tuesday, Armenia said.",
                            speaker="Armenia"))
    assert "Azerbaijan and Armenia say" in result.summary or \
        "Armenia and Azerbaijan say" in result.summary, result.summary


# -- 4. a counted group lower-cased mid-sentence, a name never ------------------------------
def test_a_counted_group_is_lower_cased_mid_sentence() -> None:
    result = contrast(told("Wire", "Two diplomats said the talks had stalled.", 1),
                      told("Post", "The talks had stalled, France said.", 2))
    line = next(d.summary for d in result.differences if d.kind == "speakers")
    assert "to two diplomats" in line and "Two diplomats" not in line, line
    assert "to France" in line, line


@pytest.mark.parametrize(("voice", "expected"), [
    ("Two diplomats", "two diplomats"),
    ("Several US officials", "several US officials"),
    ("Unnamed officials", "unnamed officials"),
    ("Two Rivers Council", "Two Rivers Council"),  # a name keeps its capital
    ("The Hague", "The Hague"),
    ("France", "France"),
])
def test_only_a_common_nouns_capital_is_dropped(voice: str, expected: str) -> None:
    assert shown(voice) == expected


def test_a_sentence_opening_with_the_group_keeps_its_capital() -> None:
    for first, second in (("wire", "site"), ("site", "wire")):  # the group second, first
        result = contrast(claim(first, "The ceasefire is holding, two diplomats said.",
                                speaker="Two diplomats"),
                          claim(second, "The ceasefire collapsed on Tuesday, France said.",
                                speaker="France"))
        line = next(d.summary for d in result.differences if d.conflict)
        assert line[:1].isupper() and "Two diplomats" not in line[1:], line
        assert line.lower().count("two diplomats") == 1, line


# -- the seed store, the command line and the page ----------------------------------------
@pytest.fixture(scope="module")
def store(seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("output2") / "data"
    shutil.copytree(seeded_dir, dest, ignore=shutil.ignore_patterns("write.lock"))
    return dest


def cli(store: Path, *args: str) -> str:
    import service.cli.commands  # noqa: F401  (the commands register themselves on the app)
    from service.cli.app import app

    result = CliRunner().invoke(app, [*args, "--data-dir", str(store)], env=WIDE)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def seeds(store: Path) -> list[dict[str, object]]:
    rows = json.loads(cli(store, "clusters", "--min-sources", "1", "--json"))
    assert all({"id", "relation", "summary", "differences"} <= set(r) for r in rows)
    return list(rows)


@pytest.fixture(scope="module")
def shown_clusters(store: Path) -> str:
    return cli(store, "clusters", "--min-sources", "1")


@pytest.fixture(scope="module")
def page(store: Path):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from service.api import create_app
    from service.pipeline import build_pipeline

    settings = make_settings(store)
    with TestClient(create_app(settings, build_pipeline(settings))) as client:
        yield client
