"""Who speaks, forty-ninth session: a sentence narrating what someone did stays the outlet's
(no speaker), as "X said A" does not; hearsay shows no one as having said it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from embeddings.claims.speakers import find_speaker
from tests.speakerkit import _claims

ROOT = Path(__file__).resolve().parents[1]

ACTS = [
    "Smith signed the bill on Tuesday.",
    "Police arrested three men near the border.",
    "The ministry summoned the ambassador on Monday.",
    "Biden visited Kyiv last week.",
    "The company launched a new phone in March.",
    # verbs that report speech in another use: here a plain act, nothing told
    "Mr. Trump added Rudolph Giuliani and two other lawyers to his legal team this week.",
    "The company added 200 jobs in May.",
    "Toyota recalled 1.2 million cars last year.",
    "Mourners observed a minute of silence outside the embassy.",
    "Putin concluded his visit to China on Friday.",
    "The army responded with air strikes on the city.",
    "The court issued a warrant for his arrest.",
    "Trump called Putin on Tuesday.",
    "Smith wrote a book about the war.",
    "Trump tweeted about the caravan on Sunday.",
    "And Trump has tweeted about it in strong, critical language.",
    # a saying inside the sentence's opening clause frames nothing of the main one
    "After Trump announced tariffs on steel imports, his administration granted exceptions "
    "to several allies.",
]
SAYINGS = [
    ("Smith announced that the bill would pass.", "Smith"),
    ("The ministry declared the vote invalid.", "ministry"),
    ("Police warned that more arrests were likely.", "police"),
    ("Smith added that the deal was dead.", "Smith"),
    ("“It is over,” Smith added.", "Smith"),
    ("Smith recalled that the winter had been hard.", "Smith"),
    ("The ministry issued a statement condemning the attack.", "ministry"),
    ("Trump called Putin a killer.", "Trump"),
    ("Trump tweeted that the caravan was dangerous.", "Trump"),
    ("Trump repeated that he plans to meet Kim in June.", "Trump"),
    ("Trump has long criticized the 2015 agreement.", "Trump"),
    ("When asked about the talks, Smith said that the deal was dead.", "Smith"),
    # an act, then what the doer said of it: the participle's frame is the sentence's
    ("Toyota recalled 1.2 million cars, saying the brakes were faulty.", "Toyota"),
    ("Smith posted about the attack on Facebook, saying it was cowardly.", "Smith"),
]


@pytest.mark.parametrize("sentence", ACTS)
def test_an_act_narrated_by_the_outlet_has_no_speaker(sentence: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker is None, found
    assert found.core == sentence  # nothing cut: the whole act is the claim


@pytest.mark.parametrize(("sentence", "speaker"), SAYINGS)
def test_a_verb_of_saying_keeps_its_speaker(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


HEARSAY = ("Vladimir Putin met his security council on Monday. According to people familiar "
           "with Putin's thinking, Putin believes the war is winnable. Dmitry Medvedev "
           "reportedly told aides that the talks were over. Sergei Lavrov is said to have "
           "told diplomats that no deal was near. Dmitry Peskov said the meeting was routine.")


def test_hearsay_is_the_outlet_s_claim_in_an_article() -> None:
    speakers = dict(_claims(HEARSAY))
    believes = next(t for t in speakers if "believes" in t)
    told = [t for t in speakers if "told" in t]
    assert speakers[believes] is None and "Putin believes" in believes
    assert len(told) == 2 and all(speakers[t] is None for t in told)
    assert speakers[next(t for t in speakers if "routine" in t)] == "Dmitry Peskov"


@pytest.mark.parametrize("sentence", [
    "Fidel Castro Is Dead, According to Viral Twitter Rumors",
    "According to rumours on social media, the chief executive will resign."])
def test_rumour_is_no_one_s_voice(sentence: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker is None and "ccording" not in found.core


def _run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "service", *args], capture_output=True,
                          text=True, env=env, timeout=300, cwd=ROOT)


def test_hearsay_and_acts_show_no_speaker_in_the_listing(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HEARSAY + " Toyota recalled 1.2 million cars last year.\n",
                       encoding="utf-8")
    assert _run("ingest", str(article), "--source", "Wire", data=tmp_path / "d").returncode == 0
    listed = json.loads(_run("claims", "--json", data=tmp_path / "d").stdout)
    by_text = {c["text"]: c["speaker"] for c in listed}
    assert {t for t, s in by_text.items() if s} == {"Dmitry Peskov said the meeting was routine."}
    human = _run("claims", data=tmp_path / "d").stdout
    # the table's speaker column: only the one who said something on the record
    cells = {row.split("│")[3].strip() for row in human.splitlines() if row.count("│") > 4}
    assert cells - {""} == {"Dmitry Peskov"}, human
