"""Loaders for the public evaluation datasets (``../shared/eval``), one small function each.

Every loader takes the folder that holds all datasets, reads only from there, and returns
typed rows.  A missing folder or file raises ``MissingData`` naming the path, so the eval
command can skip that task with a clear message.  Nothing here is ever copied into the
repository: the files are read at evaluation time only.

Splits.  Where a dataset ships a tuning split (STS-B dev, MRPC val, SICK trial) it is used
as such.  Where it does not, ``split_of`` assigns whole groups (an Emergent claim, a UCI
story, a NewsWCL50 event, a BABE topic) to ``tune`` or ``report`` by a stable hash, so a
method can be tuned on one part and reported on the other without leaking a group across.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from service.errors import CrossclaimError

csv.field_size_limit(sys.maxsize)

TUNE, REPORT = "tune", "report"


class MissingData(CrossclaimError):
    """A dataset's folder or file is absent; the task using it is skipped."""

    code = "missing_data"


# -- typed rows ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScoredPair:
    """A sentence pair with graded similarity (STS: 0-5)."""

    a: str
    b: str
    score: float
    group: str  # STS-B genre/file, or the SemEval file name


@dataclass(frozen=True)
class ParaphrasePair:
    a: str
    b: str
    paraphrase: bool


@dataclass(frozen=True)
class EntailmentPair:
    a: str
    b: str
    label: str  # ENTAILMENT | NEUTRAL | CONTRADICTION
    relatedness: float


@dataclass(frozen=True)
class StanceRow:
    """An Emergent article headline and the claim it reports: for | against | observing."""

    claim_id: str
    claim: str
    headline: str
    stance: str
    source: str


@dataclass(frozen=True)
class EventArticle:
    """A full article of a known event from a known outlet (NewsWCL50)."""

    doc_id: str
    event: str
    source: str
    text: str  # paragraphs (the ``\\n`` tokens) kept as blank lines
    sentences: tuple[str, ...]  # the sentences as the CoNLL file splits them


@dataclass(frozen=True)
class StoryHeadline:
    """A headline of a known story from a known publisher (UCI News Aggregator)."""

    id: str
    title: str
    source: str
    story: str


@dataclass(frozen=True)
class ClaimSentence:
    id: str
    text: str
    is_claim: bool  # ClaimBuster: check-worthy factual sentence (CFS) vs the rest


@dataclass(frozen=True)
class BiasSentence:
    text: str
    outlet: str
    topic: str
    biased: bool
    biased_words: tuple[str, ...]


# -- helpers ------------------------------------------------------------------------------------
def split_of(key: str, tune_share: float = 1 / 3) -> str:
    """``tune`` or ``report`` for a group key, stable across runs and machines."""
    h = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return TUNE if h < tune_share else REPORT


def need(root: Path, *parts: str) -> Path:
    path = root.joinpath(*parts)
    if not path.exists():
        raise MissingData(f"{path} not found")
    return path


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# -- loaders ------------------------------------------------------------------------------------
def stsb(root: Path, split: str = REPORT) -> list[ScoredPair]:
    """STS Benchmark: ``sts-dev.csv`` is the tuning split, ``sts-test.csv`` the reported one."""
    name = "sts-dev.csv" if split == TUNE else "sts-test.csv"
    rows = []
    for cols in _tsv(need(root, "stsb", name)):
        if len(cols) < 7:
            continue
        rows.append(ScoredPair(cols[5], cols[6], float(cols[4]), f"{cols[0]}/{cols[1]}"))
    return rows


STS_HEADLINE_FILES = ("headlines_2013", "headlines_2014", "headlines_2015", "headlines_2016",
                      "deft-news_2014")


def sts_headlines(root: Path, split: str = REPORT) -> list[ScoredPair]:
    """SemEval STS news headlines 2013-2016 and 2014 deft-news, gold-scored rows only.

    There is no tuning split: every scored row is reported (``tune`` gives no rows).
    """
    folder = need(root, "sts_headlines_semeval")
    if split == TUNE:
        return []
    rows = []
    for name in STS_HEADLINE_FILES:
        for cols in _tsv(need(folder, f"{name}.test.tsv")):
            if len(cols) < 3 or not cols[0].strip():
                continue  # an empty score: the pair was not gold-scored
            rows.append(ScoredPair(cols[1].strip(), cols[2].strip(), float(cols[0]), name))
    return rows


def mrpc(root: Path, split: str = REPORT) -> list[ParaphrasePair]:
    """MRPC: ``msr-para-val.tsv`` (500 pairs cut from train) tunes, ``msr-para-test.tsv``
    (the standard 1,725-pair test) is reported."""
    name = "msr-para-val.tsv" if split == TUNE else "msr-para-test.tsv"
    rows = _tsv(need(root, "mrpc", name))
    return [ParaphrasePair(c[3], c[4], c[0].strip() == "1") for c in rows[1:] if len(c) >= 5]


def sick(root: Path, split: str = REPORT) -> list[EntailmentPair]:
    """SICK 2014: ``SICK_trial.txt`` (500) tunes, ``SICK_test_annotated.txt`` (4,927) reports."""
    name = "SICK_trial.txt" if split == TUNE else "SICK_test_annotated.txt"
    rows = _tsv(need(root, "sick2014", name))
    return [EntailmentPair(c[1], c[2], c[4].strip(), float(c[3])) for c in rows[1:]
            if len(c) >= 5]


def emergent(root: Path, split: str = REPORT) -> list[StanceRow]:
    """Emergent train split: claim vs article headline.  Claims are split by ``claimId``
    (a third tune, the rest report), so no claim's headlines sit on both sides."""
    path = need(root, "emergent_train", "emergent_train_with_source.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [StanceRow(r["claimId"], r["claimHeadline"].strip(), r["articleHeadline"].strip(),
                          r["articleHeadlineStance"].strip(), r.get("source") or "")
                for r in csv.DictReader(fh)]
    return [r for r in rows if split_of(f"emergent:{r.claim_id}") == split]


_NEWLINE_TOKEN = re.compile(r"\s*\\n\s*$")


def newswcl50(root: Path, split: str = REPORT) -> list[EventArticle]:
    """NewsWCL50: 10 events x 5 outlets, full text re-joined from the CoNLL tokens.

    Events 0, 3, 6, 9 tune; events 1, 2, 4, 5, 7, 8 are reported (whole events, so no
    event's articles sit on both sides)."""
    path = need(root, "newswcl50", "articles_from_conll.jsonl")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        event = int(doc["event_id"])
        if (TUNE if event % 3 == 0 else REPORT) != split:
            continue
        sentences = [(_NEWLINE_TOKEN.sub("", s).replace("\\n", " ").strip(),
                      bool(_NEWLINE_TOKEN.search(s))) for s in doc["sentences"]]
        text = "".join(s + ("\n\n" if para else " ") for s, para in sentences if s).strip()
        out.append(EventArticle(str(doc["doc_id"]), str(event), str(doc["outlet"]), text,
                                tuple(s for s, _ in sentences if s)))
    return out


def uci_headlines(root: Path, split: str = REPORT) -> list[StoryHeadline]:
    """UCI News Aggregator, first 999 rows: 18 stories.  Stories split by hash (a third tune)."""
    path = need(root, "uci_news_aggregator_subset", "uci-news-aggregator_first1k.csv")
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = [StoryHeadline(r["ID"], r["TITLE"].strip(), r["PUBLISHER"].strip(), r["STORY"])
                for r in csv.DictReader(fh) if r.get("TITLE")]
    return [r for r in rows if split_of(f"uci:{r.story}") == split]


def claimbuster(root: Path, split: str = REPORT) -> list[ClaimSentence]:
    """ClaimBuster: the balanced 702-sentence test file is reported; the sentences of the
    2.5xNCS file that are not in it tune."""
    folder = need(root, "claimbuster")
    test = json.loads(need(folder, "claimspotter_test_balanced.json").read_text("utf-8"))
    if split == REPORT:
        return [ClaimSentence(str(r["sentence_id"]), r["text"], int(r["label"]) == 1)
                for r in test]
    held = {str(r["sentence_id"]) for r in test}
    full = json.loads(need(folder, "claimbuster_2.5xNCS.json").read_text("utf-8"))
    return [ClaimSentence(str(r["sentence_id"]), r["text"], int(r["label"]) == 1)
            for r in full if str(r["sentence_id"]) not in held]


def babe(root: Path, split: str = REPORT) -> list[BiasSentence]:
    """BABE SG2 (``;``-separated, BOM).  Topics split by hash (a third tune); the one
    "No agreement" row is dropped."""
    path = need(root, "babe", "final_labels_SG2.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    out = []
    for r in rows:
        label = (r.get("label_bias") or "").strip()
        if label not in ("Biased", "Non-biased"):
            continue
        if split_of(f"babe:{r.get('topic', '')}") != split:
            continue
        out.append(BiasSentence(r["text"].strip(), r.get("outlet") or "", r.get("topic") or "",
                                label == "Biased", _word_list(r.get("biased_words") or "[]")))
    return out


def _word_list(value: str) -> tuple[str, ...]:
    try:
        words = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return ()
    return tuple(str(w) for w in words) if isinstance(words, list | tuple) else ()
