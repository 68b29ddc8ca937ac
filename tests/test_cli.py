"""The CLI contract other tools rely on: JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.batchutil import damage_pages

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, data_dir: Path, stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1",
           **(env or {})}
    return subprocess.run([sys.executable, "-m", "service", *args], capture_output=True,
                          text=True, env=env, input=stdin, timeout=300, cwd=ROOT)


def test_listing_the_store_loads_no_model(seeded_dir: Path) -> None:
    # "claims" and "clusters" read the store: they answer in about a second, without
    # importing torch or loading the model (which takes 10 s or more on a small machine)
    listing = ("import runpy, sys\n"
               "sys.argv = ['crossclaim', *sys.argv[1:]]\n"
               "try:\n    runpy.run_module('service', run_name='__main__')\n"
               "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
               "print('torch' in sys.modules, file=sys.stderr)\n")
    for command in (["claims", "--json"], ["clusters", "--json"]):
        proc = subprocess.run([sys.executable, "-c", listing, *command], capture_output=True,
                              text=True, timeout=120, cwd=ROOT,
                              env={**os.environ, "CROSSCLAIM_DATA_DIR": str(seeded_dir)})
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)
        assert proc.stderr.strip().splitlines()[-1] == "False", command


def test_clusters_json_shape(seeded_dir: Path) -> None:
    proc = run("clusters", "--json", data_dir=seeded_dir)
    assert proc.returncode == 0, proc.stderr
    clusters = json.loads(proc.stdout)
    assert clusters
    for cluster in clusters:
        assert cluster["relation"] in ("agree", "conflict")
        assert {"id", "differences", "claims"} <= set(cluster)
        voices = {c["speaker"] or c["source"] for c in cluster["claims"]}
        assert len(voices) >= 2
        for claim in cluster["claims"]:
            assert {"id", "article_id", "source", "speaker", "text", "start", "end"} <= set(claim)
        for diff in cluster["differences"]:
            assert diff["kind"] and diff["summary"]
    every = json.loads(run("clusters", "--min-sources", "1", "--json",
                           data_dir=seeded_dir).stdout)
    assert len(every) > len(clusters)


def test_compare_pairs_streams_one_json_line_per_pair(seeded_dir: Path, tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        json.dumps({"a": "About 100,000 people fled the region.",
                    "b": "More than 100k people left the region."}) + "\n"
        + json.dumps({"a": "The ceasefire held overnight.",
                      "b": "Parliament approved the budget."}) + "\n")
    proc = run("compare", "--pairs", str(pairs), "--json", data_dir=seeded_dir)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 2
    assert rows[0]["match"] and rows[0]["relation"] == "agree"
    assert not rows[1]["match"] and rows[1]["relation"] == "unrelated"
    assert rows[0]["similarity"] > rows[1]["similarity"]


def test_search_ranks_an_adhoc_corpus(seeded_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    queries = tmp_path / "queries.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "The river flooded the old town."},
        {"id": "b", "text": "Voters elected a new mayor on Sunday."},
        {"id": "c", "text": "Water from the river covered the historic centre."}]))
    queries.write_text(json.dumps({"id": "q1", "text": "flood in the old town"}))
    proc = run("search", "--corpus", str(corpus), "--queries", str(queries), "--top-k", "2",
               "--json", data_dir=seeded_dir)
    assert proc.returncode == 0, proc.stderr
    [row] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["id"] == "q1" and set(row["ranked"]) == {"a", "c"}


def test_errors_are_one_line_with_nonzero_exit(tmp_path: Path) -> None:
    missing = run("ingest", str(tmp_path / "nope.jsonl"), data_dir=tmp_path)
    assert missing.returncode != 0
    assert "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "nope.jsonl" in missing.stderr

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": "X", "text": "A claim about the river."}\n{not json\n')
    proc = run("ingest", str(bad), "--json", data_dir=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "bad.jsonl:2" in proc.stdout + proc.stderr

    # one mistake repeated on every line is said once, with the lines it is on
    extra = tmp_path / "extra.jsonl"
    extra.write_text("".join(f'{{"source": "X", "text": "Claim {i}.", "story": "s1"}}\n'
                             for i in range(200)))
    proc = run("ingest", str(extra), data_dir=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert "extra.jsonl lines 1-200: unknown field(s) story" in proc.stderr
    assert len(proc.stderr) < 200


def test_ingest_twice_reports_duplicates(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will reopen on Friday after repairs.\n")
    first = json.loads(run("ingest", str(article), "--source", "Daily", "--json",
                           data_dir=tmp_path / "d").stdout)
    second = json.loads(run("ingest", str(article), "--source", "Daily", "--json",
                            data_dir=tmp_path / "d").stdout)
    assert first["summary"]["new"] == 1
    assert second["summary"] == {"new": 0, "replaced": 0, "duplicate": 1, "rejected": 0}


def test_a_store_of_another_model_is_refused_in_one_line(tmp_path: Path) -> None:
    # vectors of two models cannot be compared even where their sizes agree: a store made by
    # one model is refused by a process configured with another, and is left as it was
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will reopen on Friday after repairs.\n")
    data = tmp_path / "d"
    assert run("ingest", str(article), "--source", "Daily", data_dir=data).returncode == 0
    before = json.loads(run("claims", "--json", data_dir=data).stdout)
    os.environ["CROSSCLAIM_MODEL"] = "another-384-dim-model"
    try:
        for args in (("claims", "--json"), ("ingest", str(article)), ("serve", "--port", "0")):
            proc = run(*args, data_dir=data)
            assert proc.returncode != 0 and "Traceback" not in proc.stderr, args
            assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
            assert "all-MiniLM-L6-v2" in proc.stderr and "another-384-dim-model" in proc.stderr
    finally:
        del os.environ["CROSSCLAIM_MODEL"]
    assert json.loads(run("claims", "--json", data_dir=data).stdout) == before


def _stamp(data: Path, key: str, value: str) -> None:
    """Write a store's state row directly: how a store made by an older release looks."""
    with sqlite3.connect(data / "crossclaim.db") as db:
        db.execute("UPDATE state SET value = ? WHERE key = ?", (value, key))


def test_a_store_of_an_older_layout_is_read_but_not_written_until_reindexed(
        tmp_path: Path) -> None:
    # facet vectors are stored by facet number: a store laid out by an older version of the
    # clause splitter can still be read and searched, but writing to it is refused in one
    # line that names the way out, and `reindex` rebuilds it from its articles, keeping the
    # batch job's checkpoints
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will reopen on Friday after repairs. "
                       "Engineers found cracks in two of its pillars last spring.\n")
    data = tmp_path / "d"
    assert run("ingest", str(article), "--source", "Daily", data_dir=data).returncode == 0
    before = json.loads(run("claims", "--json", data_dir=data).stdout)
    with sqlite3.connect(data / "crossclaim.db") as db:
        db.execute("INSERT INTO batch_checkpoints VALUES ('feed.jsonl', 'f1', 7, 0)")
    _stamp(data, "facet_scheme", "1")

    assert json.loads(run("claims", "--json", data_dir=data).stdout) == before
    found = run("search", "bridge reopening", "--json", data_dir=data)
    assert found.returncode == 0 and "bridge" in found.stdout
    other = tmp_path / "b.txt"
    other.write_text("The council said the bridge would stay closed until June.\n")
    refused = run("ingest", str(other), "--source", "Herald", data_dir=data)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "crossclaim reindex" in refused.stderr
    assert json.loads(run("claims", "--json", data_dir=data).stdout) == before

    # a rebuild that cannot start (no such model here) leaves the old store as it was
    failed = run("reindex", data_dir=data, env={"CROSSCLAIM_MODEL": "no-such-model"})
    assert failed.returncode == 2 and "no-such-model" in failed.stderr
    assert not (tmp_path / "d.reindex").exists()
    assert run("ingest", str(other), data_dir=data).returncode == 2  # still the old store

    done = run("reindex", "--json", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"] == 1
    after = json.loads(run("claims", "--json", data_dir=data).stdout)
    assert [c["text"] for c in after] == [c["text"] for c in before]
    with sqlite3.connect(data / "crossclaim.db") as db:
        assert db.execute("SELECT source_key, position FROM batch_checkpoints").fetchall() \
            == [("feed.jsonl", 7)]
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == ["d"]

    # killed between its two renames: the next command of any kind finishes the swap
    # instead of making an empty store where the data dir was
    (tmp_path / "d").rename(tmp_path / "d.replaced")
    shutil.copytree(tmp_path / "d.replaced", tmp_path / "d.reindex")
    resumed = run("claims", "--json", data_dir=data)
    assert resumed.returncode == 0, resumed.stderr
    assert [c["text"] for c in json.loads(resumed.stdout)] == [c["text"] for c in before]
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == ["d"]


def test_reindex_if_needed_rereads_only_a_store_this_version_would_not_write(
        tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will reopen on Friday after repairs.\n")
    data = tmp_path / "d"
    nothing = run("reindex", "--if-needed", "--json", data_dir=data)  # no store yet
    assert nothing.returncode == 0
    assert json.loads(nothing.stdout) == {"reindexed": False, "scored": 0, "recontrasted": 0,
                                          "published_refused": []}
    assert run("ingest", str(article), data_dir=data).returncode == 0
    before = json.loads(run("claims", "--json", data_dir=data).stdout)
    current = run("reindex", "--if-needed", "--json", data_dir=data)
    assert json.loads(current.stdout) == {"reindexed": False, "scored": 0, "recontrasted": 0,
                                          "published_refused": []}
    assert json.loads(run("claims", "--json", data_dir=data).stdout) == before  # untouched

    # claims stored before check-worthiness was scored: scored from the stored vectors,
    # nothing re-read (same ids, same clusters)
    with sqlite3.connect(data / "crossclaim.db") as db:
        db.execute("UPDATE claims SET checkworthy = NULL")
    scored = run("reindex", "--if-needed", "--json", data_dir=data)
    assert json.loads(scored.stdout) == {"reindexed": False, "scored": len(before),
                                          "recontrasted": 0, "published_refused": []}
    assert json.loads(run("claims", "--json", data_dir=data).stdout) == before

    _stamp(data, "facet_scheme", "1")  # written by an older clause splitter
    old = run("reindex", "--if-needed", "--json", data_dir=data)
    assert old.returncode == 0, old.stderr
    assert json.loads(old.stdout)["reindexed"] is True and "older crossclaim" in old.stderr
    after = json.loads(run("claims", "--json", data_dir=data).stdout)
    assert [c["text"] for c in after] == [c["text"] for c in before]
    assert run("ingest", str(article), data_dir=data).returncode == 0  # writable again

    # claims read by an older extractor (furniture, speakers, numbers): still written to,
    # but re-read on request, and only once
    _stamp(data, "claim_reading", "1")
    written = run("ingest", str(article), data_dir=data)
    assert written.returncode == 0
    assert "older crossclaim" in written.stderr and "reindex --if-needed" in written.stderr
    reread = run("reindex", "--if-needed", "--json", data_dir=data)
    assert json.loads(reread.stdout)["reindexed"] is True, reread.stderr
    assert "read from their articles by an older crossclaim" in reread.stderr
    again = run("reindex", "--if-needed", "--json", data_dir=data)
    assert json.loads(again.stdout) == {"reindexed": False, "scored": 0, "recontrasted": 0,
                                          "published_refused": []}


def test_reindex_if_needed_works_out_contrasts_older_rules_stored_again(tmp_path: Path) -> None:
    # a store whose clusters an older crossclaim contrasted: its contrasts are worked out
    # again with this version's rules, with no article re-read and every id kept
    articles = tmp_path / "a.jsonl"
    articles.write_text("\n".join(json.dumps(a) for a in [
        {"source": "Wire", "text": "The plane crashed into the sea off Bali on Sunday. "
                                   "Rescuers searched the water for hours."},
        {"source": "Herald", "text": "The plane landed safely in Bali on Sunday. "
                                     "Passengers thanked the crew."},
    ]) + "\n")
    data = tmp_path / "d"
    assert run("ingest", str(articles), data_dir=data).returncode == 0
    listed = lambda: json.loads(  # noqa: E731
        run("clusters", "--min-sources", "1", "--json", data_dir=data).stdout)
    current = listed()
    disputed = [c for c in current if c["relation"] == "conflict"]
    assert disputed, current  # "crashed" / "landed safely": one plane, two states
    with sqlite3.connect(data / "crossclaim.db") as db:  # what the older rules said of it
        db.execute("UPDATE clusters SET relation = 'agree', contrast = ? WHERE id = ?",
                   (json.dumps({"summary": "Sources agree.", "differences": []}),
                    disputed[0]["id"]))
    _stamp(data, "contrast_rules", "1")
    assert listed() != current

    other = tmp_path / "b.txt"
    other.write_text("Officials said the airline would review its safety checks.\n")
    written = run("ingest", str(other), "--source", "Gazette", data_dir=data)
    assert "contrasts of the stored clusters" in written.stderr, written.stderr
    ids = {c["id"] for c in listed()}
    redone = run("reindex", "--if-needed", "--json", data_dir=data)
    assert redone.returncode == 0, redone.stderr
    report = json.loads(redone.stdout)
    assert report["reindexed"] is False and report["recontrasted"] >= len(ids)
    after = listed()
    assert {c["id"] for c in after} == ids
    assert [c for c in after if c["id"] == disputed[0]["id"]] == disputed
    again = run("reindex", "--if-needed", "--json", data_dir=data)
    assert json.loads(again.stdout)["recontrasted"] == 0


def test_figures_of_a_story_as_json_and_as_a_table(tmp_path: Path) -> None:
    from tests.stories import MARCH

    articles = tmp_path / "march.jsonl"
    articles.write_text("".join(json.dumps({"id": f"m{i}", "source": s, "published": d,
                                            "text": t}) + "\n"
                                for i, (s, d, t) in enumerate(MARCH)))
    assert run("ingest", str(articles), data_dir=tmp_path / "d").returncode == 0
    proc = run("figures", "how many people marched", "--json", data_dir=tmp_path / "d")
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)
    assert figures and figures[0]["kind"] == "numbers" and figures[0]["conflict"]
    assert len({c["cluster_id"] for c in figures[0]["claims"]}) >= 2
    table = run("contrast", "how many people marched", data_dir=tmp_path / "d")
    assert table.returncode == 0 and "figures across these clusters" in table.stdout
    assert figures[0]["summary"].split(":")[0] in " ".join(table.stdout.split())
    empty = run("figures", "   ", data_dir=tmp_path / "d")
    assert empty.returncode != 0 and len(empty.stderr.strip().splitlines()) == 1


def test_labels_of_a_story_as_json_and_as_a_table(tmp_path: Path) -> None:
    from tests.stories import RAID

    articles = tmp_path / "raid.jsonl"
    articles.write_text("".join(json.dumps({"id": f"r{i}", "source": s, "published": d,
                                            "text": t}) + "\n"
                                for i, (s, d, t) in enumerate(RAID)))
    # labels the clusterer keeps apart: with the dispute bonus off (with it, one cluster)
    apart = {"CROSSCLAIM_DISPUTE_BONUS": "0"}
    assert run("ingest", str(articles), data_dir=tmp_path / "d", env=apart).returncode == 0
    proc = run("terms", "why residents left Kessin", "--json", data_dir=tmp_path / "d")
    assert proc.returncode == 0, proc.stderr
    terms = json.loads(proc.stdout)
    assert terms and terms[0]["kind"] == "terminology"
    assert {e["source"] for e in terms[0]["evidence"]} == {"Northern Herald", "State Daily"}
    assert len({c["cluster_id"] for c in terms[0]["claims"]}) >= 2
    table = run("contrast", "why residents left Kessin", data_dir=tmp_path / "d")
    assert table.returncode == 0 and "labels across these clusters" in table.stdout
    assert "“forced” (Northern Herald)" in " ".join(table.stdout.split())


def test_a_long_story_difference_shows_each_form_first_and_counts_the_rest() -> None:
    from rich.console import Console

    from embeddings.types import Claim, Difference
    from service.cli.render import CLAIMS_SHOWN, story_panel
    from service.story import StoryDifference

    forms = ["Kyiv", "Kyiv", "Kyiv", "Kyiv", "Kiev", "Kyiv", "Kiev"]
    claims = [Claim(article_id=f"a{i}", source=f"Outlet {i}", text=f"Sirens sounded in {f} "
                    f"for the {i}th night.", start=0, end=40, core="", id=i)
              for i, f in enumerate(forms)]
    evidence = tuple({"claim_id": c.id, "text": f, "voice": c.source}
                     for c, f in zip(claims, forms, strict=True))
    view = StoryDifference(Difference("names", "Sources name it differently: Kyiv vs Kiev.",
                                      evidence), claims, {c.id or 0: c.id or 0 for c in claims})
    console = Console(width=200, record=True)
    console.print(story_panel([view], "labels"))
    text = console.export_text()
    assert "Kiev for the 4th night" in text  # the other form, though fifth in line
    assert sum("Sirens sounded" in line for line in text.splitlines()) == CLAIMS_SHOWN
    assert f"and {len(claims) - CLAIMS_SHOWN} more claims" in text


def test_a_dispute_across_clusters_is_not_announced_as_no_competing_claims(
        tmp_path: Path) -> None:
    from tests.stories import FLIGHT

    articles = tmp_path / "flight.jsonl"
    articles.write_text("".join(json.dumps({"id": f"f{i}", "source": s, "published": d,
                                            "text": t}) + "\n"
                                for i, (s, d, t) in enumerate(FLIGHT)))
    assert run("ingest", str(articles), data_dir=tmp_path / "d").returncode == 0
    table = run("contrast", "Was anyone injured on the Skyway flight?",
                data_dir=tmp_path / "d")
    text = " ".join(table.stdout.split())
    assert table.returncode == 0 and "figures across these clusters" in text
    # eleven treated for injuries, then "no one was injured": a dispute, not the story moving on
    assert "Sources disagree on the number of people hurt" in text, text
    assert "No competing claims found" not in text, text


def test_an_unexpected_failure_is_one_line_without_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A library's message over several lines ("... is now a separate project.\\nInstall
    ...") is still one line, with the exit code of an internal error."""
    from service.cli import commands
    from service.cli.app import EXIT_INTERNAL, main

    def broken(*args: object, **kwargs: object) -> None:
        raise ImportError("lxml.html.clean module is now a separate project.\nInstall it.")

    page = tmp_path / "page.txt"
    page.write_text("The storm killed four people on Sunday.", encoding="utf-8")
    monkeypatch.setattr(commands, "read_file", broken)
    monkeypatch.delenv("CROSSCLAIM_DEBUG", raising=False)
    monkeypatch.setattr("sys.argv", ["crossclaim", "ingest", str(page),
                                     "--data-dir", str(tmp_path / "d")])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == EXIT_INTERNAL
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert lines == ["error: ImportError: lxml.html.clean module is now a separate project. "
                     "Install it."]


def test_usage_mistakes_are_said_by_click_with_exit_code_2(tmp_path: Path) -> None:
    """A misspelt option or a value out of range is the user's mistake: click's usage line
    and exit code 2.  Typer raises them from its own copy of click, which the CLI did not
    recognise: they came out as internal errors (exit 1, "error: NoSuchOption: ...")."""
    for args, said in ((["search", "Lachin", "--top", "0"], "'--top'"),
                       (["search", "Lachin", "--top", "99999999999999999999"], "'--top'"),
                       (["ingest", "--bogus"], "No such option: --bogus"),
                       (["clusters", "--min-sources", "many"], "'--min-sources'")):
        proc = run(*args, data_dir=tmp_path)
        assert proc.returncode == 2, (args, proc.stderr)
        assert said in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert "error: " not in proc.stderr, proc.stderr  # not the internal error's line
    bare = run(data_dir=tmp_path)
    assert bare.returncode == 2 and "Usage" in bare.stdout + bare.stderr
    assert "NoArgsIsHelpError" not in bare.stderr


def test_a_data_dir_that_is_a_file_is_said_in_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will reopen on Friday after repairs.\n")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("my notes\n")
    for data_dir, said in ((a_file, f"the data dir {a_file} is a file"),
                           (a_file / "data", f"{a_file} is a file, so the data dir")):
        for args in (["ingest", str(article), "--source", "Daily"], ["clusters"]):
            proc = run(*args, data_dir=data_dir)
            assert proc.returncode == 2, proc.stderr
            assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
            assert said in " ".join(proc.stderr.split()), proc.stderr
    assert a_file.read_text() == "my notes\n"


def test_a_database_file_that_is_not_a_database_is_refused_and_left_alone(
        tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    junk = b"these are someone's notes, saved under the wrong name\n" * 200
    (data_dir / "crossclaim.db").write_bytes(junk)
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will reopen on Friday after repairs.\n")
    for args in (["clusters"], ["ingest", str(article), "--source", "Daily"]):
        proc = run(*args, data_dir=data_dir)
        assert proc.returncode == 2, proc.stderr
        message = " ".join(proc.stderr.split())
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert f"{data_dir / 'crossclaim.db'} is not a readable crossclaim database" in message
        assert "sqlalche.me" not in message
    assert (data_dir / "crossclaim.db").read_bytes() == junk


def test_hostile_files_are_rejected_by_line_and_the_rest_goes_in(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    wide = tmp_path / "windows.jsonl"  # what PowerShell's Out-File writes by default
    wide.write_bytes(json.dumps({"source": "W", "text": "The mayor said 12 people died."})
                     .encode("utf-16"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"source": "X", "text": "Police said 14 people were held in Lyon on Monday."}\n'
        '{"source": "X", "text": "Police said 15 people were held \\ud800 in Lyon."}\n'
        '{"source": "Y", "text": "Fans cheered \\ud83d\\ude00 as 29 people left the stadium."}\n',
        encoding="utf-8")
    data_dir = tmp_path / "d"
    proc = run("ingest", str(deep), str(wide), str(feed), "--json", data_dir=data_dir)
    assert proc.returncode == 3, proc.stderr  # partial: some input rejected, the rest stored
    result = json.loads(proc.stdout)
    assert result["summary"]["new"] == 2 and result["summary"]["rejected"] == 3
    assert result["rejected_files"] == [
        f"{deep}: invalid JSON (nested too deeply)",
        f"{wide}: UTF-16 text, not UTF-8: save it as UTF-8",
        f"{feed}:2: 'text' is not valid Unicode: a lone surrogate (U+D800) at character 32"]
    stored = json.loads(run("claims", "--json", data_dir=data_dir).stdout)
    assert any("\U0001f600" in claim["text"] for claim in stored)  # a whole pair is text

    # a query whose bytes are not UTF-8 (a terminal set to Latin-1) is a usage error
    bad_query = os.fsdecode(b"Lyon caf\xe9")
    proc = run("search", bad_query, data_dir=data_dir)
    assert proc.returncode == 2 and "not valid Unicode" in proc.stderr, proc.stderr
    assert "TypeError" not in proc.stderr


def test_two_ingests_into_one_new_data_dir_at_once_both_go_in(tmp_path: Path) -> None:
    """Two processes creating one new store raced on its tables; the loser's articles were
    lost with "error: OperationalError: table articles already exists"."""
    files = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(
            json.dumps({"id": f"{name}{i}", "source": f"Outlet {name}",
                        "text": f"Officials in town {name}{i} said {10 + i} homes were "
                                "flooded on Sunday."}) + "\n" for i in range(3)))
        files.append(path)
    data_dir = tmp_path / "d"
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    procs = [subprocess.Popen([sys.executable, "-m", "service", "ingest", str(f), "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env, cwd=ROOT) for f in files]
    for proc in procs:
        out, errors = proc.communicate(timeout=300)
        assert proc.returncode == 0, errors
        assert json.loads(out)["summary"]["new"] == 3
    claims = json.loads(run("claims", "--json", data_dir=data_dir).stdout)
    assert sorted({c["article_id"] for c in claims}) == ["a0", "a1", "a2", "b0", "b1", "b2"]
    # the index file, as the last writer left it, holds every stored claim
    from embeddings.index import FaissIndex

    assert FaissIndex.load(data_dir / "claims.faiss").live_claims() == len(claims) == 6


def test_a_nul_character_is_refused_by_name_and_the_rest_goes_in(tmp_path: Path) -> None:
    """SQLite stored a NUL (U+0000) that PostgreSQL refuses in any text: the same file went
    in on one store and failed the whole ingest on the other.  Now refused on every store,
    naming the line, the field and the position; the other lines still go in."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"source": "X", "text": "Police said 14 people were held in Lyon."}) + "\n"
        + json.dumps({"source": "X", "title": "Held\u0000",
                      "text": "Police said 15 people were held in Lyon."}) + "\n"
        + json.dumps({"source": "Y", "text": "Police said 16\u0000 people were held."}) + "\n",
        encoding="utf-8")
    data_dir = tmp_path / "d"
    proc = run("ingest", str(feed), "--json", data_dir=data_dir)
    assert proc.returncode == 3, proc.stderr  # partial: some input rejected, the rest stored
    result = json.loads(proc.stdout)
    assert result["summary"]["new"] == 1 and result["summary"]["rejected"] == 2
    assert result["rejected_files"][0].startswith(
        f"{feed}:2: 'title' is not valid text: a NUL character (U+0000) at character 4")
    assert result["rejected_files"][1].startswith(
        f"{feed}:3: 'text' is not valid text: a NUL character (U+0000) at character 14")
    stored = json.loads(run("claims", "--json", data_dir=data_dir).stdout)
    assert {claim["text"] for claim in stored} == {"Police said 14 people were held in Lyon."}


def test_damage_met_by_a_later_query_is_store_unreadable(seeded_dir: Path,
                                                         tmp_path: Path) -> None:
    """A store that opens but whose pages are damaged failed at the first query that read
    them: "error: DatabaseError: ... database disk image is malformed [SQL: ...]", exit 1,
    as if crossclaim itself were broken."""
    data_dir = tmp_path / "d"
    shutil.copytree(seeded_dir, data_dir, ignore=shutil.ignore_patterns("write.lock"))
    damage_pages(data_dir / "crossclaim.db")
    damaged = (data_dir / "crossclaim.db").read_bytes()
    for args in (["clusters", "--min-sources", "1"], ["claims", "--json"],
                 ["contrast", "Lachin"]):
        proc = run(*args, data_dir=data_dir)
        assert proc.returncode == 2, proc.stderr
        message = " ".join(proc.stderr.split())
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert f"{data_dir / 'crossclaim.db'} is not a readable crossclaim database" in message
        assert "malformed" in message and "[SQL:" not in message
    assert (data_dir / "crossclaim.db").read_bytes() == damaged  # left as it was


def test_reading_commands_refuse_a_data_dir_with_no_store(tmp_path: Path) -> None:
    # a misspelt --data-dir was made into a new empty store, answered "[]" or "No clusters
    # yet", exit 0: it read as a true answer, and left a stray store behind
    typo, elsewhere = tmp_path / "stroe", tmp_path / "notes"
    elsewhere.mkdir()  # a folder that exists but holds no store (the seeds, say)
    for data in (typo, elsewhere):
        for args in (["claims", "--json"], ["clusters"], ["search", "Lachin", "--json"],
                     ["contrast", "who shelled the town"], ["figures", "how many died"],
                     ["terms", "why did they leave"]):
            proc = run(*args, data_dir=data)
            assert proc.returncode == 2, (args, proc.stderr)
            assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1, args
            assert f"no crossclaim store in {data}" in proc.stderr, proc.stderr
            assert "--data-dir" in proc.stderr and "crossclaim ingest" in proc.stderr
    assert not typo.exists() and list(elsewhere.iterdir()) == []


def test_a_store_still_answers_and_search_json_names_each_hit_s_cluster(
        seeded_dir: Path) -> None:
    # as GET /v1/claims/search does: the cluster is the way on to the claim's contrast
    listed = json.loads(run("claims", "--json", data_dir=seeded_dir).stdout)
    cluster_of = {c["id"]: c["cluster_id"] for c in listed}
    for query in ("Lachin corridor blocked", "territorial integrity", "ceasefire violations"):
        proc = run("search", query, "--top", "3", "--json", data_dir=seeded_dir)
        assert proc.returncode == 0, proc.stderr
        hits = json.loads(proc.stdout)
        assert len(hits) == 3
        for hit in hits:
            assert hit["cluster_id"] == cluster_of[hit["id"]], hit
            assert {"id", "source", "speaker", "text", "similarity"} <= set(hit)


def test_ingesting_nothing_is_refused_and_creates_no_store(tmp_path: Path) -> None:
    # an empty file or a folder without articles said "0 new ..." and exit 0, a success
    empty_lines, empty_list, folder = (tmp_path / "feed.jsonl", tmp_path / "list.json",
                                       tmp_path / "inbox")
    empty_lines.write_text("\n  \n", encoding="utf-8")
    empty_list.write_text("[]", encoding="utf-8")
    folder.mkdir()
    (folder / "notes.md").write_text("# not an article\n", encoding="utf-8")
    data = tmp_path / "data"
    for paths in ([empty_lines], [empty_list], [folder], [folder, empty_lines]):
        proc = run("ingest", *map(str, paths), "--json", data_dir=data)
        assert proc.returncode == 2, proc.stderr
        assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1
        assert "nothing to ingest: no articles in" in proc.stderr, proc.stderr
        assert str(paths[0]) in proc.stderr
    assert not data.exists()
    # the same empty file beside an article: the article goes in, as before
    article = folder / "a.txt"
    article.write_text("The mayor said the bridge will reopen on Friday after repairs.\n",
                       encoding="utf-8")
    proc = run("ingest", str(folder), str(empty_lines), "--json", data_dir=data)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["new"] == 1
