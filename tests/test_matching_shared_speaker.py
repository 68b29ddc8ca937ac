"""A speaker two claims share counts as one shared name: the frame ("X said", "X Says") is
cut from both cores, and the one who made the statement is still evidence two reports are
one claim; but no more than one shared name, and never a match by itself."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from claimkit import article
from clusterkit import ClaimLookup, VectorIndex

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.references import CHECKED_CLAIM
from embeddings.clustering import ClusterConfig, OnlineClusterer
from embeddings.matching import MatchConfig, match_score
from embeddings.types import Claim
from service.contrast.voices import one_voice

COSINE = 0.55  # one cosine for every pair: what moves the score is the speaker alone


def _claim(text: str) -> Claim:
    claims = SentenceClaimExtractor().extract(article(text))
    assert len(claims) == 1
    return claims[0]


def _gain(a: Claim, b: Claim) -> tuple[float, dict[str, object]]:
    """The score with the speakers read, less the score with no speaker on either side."""
    score, signals = match_score(a, b, COSINE, one_voice=one_voice)
    unspoken = match_score(replace(a, speaker=None), replace(b, speaker=None), COSINE)[0]
    return score - unspoken, signals


@pytest.mark.parametrize(("a", "b", "speaker"), [
    # one body named by its seat and by its capital: the names share no entity key
    ("The Kremlin said the talks would resume in Geneva next week.",
     "Talks will resume in Geneva next week, Moscow said.", "Kremlin"),
    ("The White House said the sanctions would be lifted in March.",
     "Washington will lift the sanctions in March, the US administration said.",
     "White House"),
])
def test_one_speaker_counts_as_one_shared_name(a: str, b: str, speaker: str) -> None:
    gain, signals = _gain(_claim(a), _claim(b))
    assert signals["shared_speaker"] == speaker
    assert 0 < gain <= MatchConfig().entity_bonus


@pytest.mark.parametrize(("a", "b", "speaker"), [
    # the spokesman's body named in one frame, the body speaking in the other
    ("Fares will rise next year, MTA spokesman Kevin Ortiz said.",
     "Subway fares are going up next year, the MTA said.", "Kevin Ortiz"),
    ("Talks will resume on Friday, Kremlin spokesman Dmitry Peskov told reporters.",
     "The Kremlin said the talks would resume on Friday.", "Dmitry Peskov"),
])
def test_a_rare_name_of_one_frame_that_speaks_in_the_other_is_one_speaker(
        a: str, b: str, speaker: str) -> None:
    gain, signals = _gain(_claim(a), _claim(b))
    assert signals["shared_speaker"] == speaker
    assert gain == 0  # the body is named in both sentences: a shared entity already


@pytest.mark.parametrize(("a", "b"), [
    # two ministers: their titles are every minister's
    ("Foreign Minister Sergei Lavrov said the talks had failed.",
     "Foreign Minister Mevlut Cavusoglu said the talks had failed."),
    # a bare group and an unnamed one
    ("Police said the suspect fled to Ohio.", "Officials said the suspect fled to Ohio."),
    # two people who both told one agency: the agency is no speaker's
    ("Putin told Reuters the gas deal was close.", "Merkel told Reuters the gas deal was close."),
    # one side is the outlet's own
    ("The MTA said fares would rise next year.", "Fares will rise next year."),
])
def test_two_speakers_or_one_are_no_shared_speaker(a: str, b: str) -> None:
    gain, signals = _gain(_claim(a), _claim(b))
    assert (signals["shared_speaker"], gain) == (None, 0)


@pytest.mark.parametrize(("a", "b"), [
    ("Blinken said the ceasefire was holding.", "The ceasefire is holding, Blinken said."),
    ("Fares will rise next year, the MTA said.", "The MTA said subway fares were going up."),
])
def test_a_speaker_named_in_both_sentences_is_not_counted_twice(a: str, b: str) -> None:
    gain, signals = _gain(_claim(a), _claim(b))
    assert signals["shared_speaker"] is not None
    assert gain == 0  # its name is a shared entity already


def test_a_checked_claim_is_no_ones_voice() -> None:
    a = replace(_claim("Crime in the city rose 40% last year."), speaker=CHECKED_CLAIM)
    b = replace(_claim("Crime in the city went up by 40% last year."), speaker=CHECKED_CLAIM)
    assert match_score(a, b, COSINE)[1]["shared_speaker"] is None


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from service.pipeline import build_pipeline
    from service.settings import Settings

    return build_pipeline(Settings(data_dir=tmp_path_factory.mktemp("shared-speaker")))


@pytest.mark.parametrize(("a", "b"), [
    ("The MTA said fares would rise next year.",
     "The MTA said the L train would close for 15 months of repairs."),
    ("Noyer Says Strong Euro Creates Unwarranted Economic Pressure",
     "Noyer Says French Banks Are Ready For Stress Tests"),
    ("The Kremlin said the talks would resume in Geneva next week.",
     "Moscow said it had expelled two British diplomats."),
])
def test_one_speaker_alone_makes_no_match(pipe, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    judgement = pipe.compare(a, b)
    assert not judgement.match


def _spoken(cid: int, speaker: str) -> Claim:
    core = "alpha beta gamma delta epsilon"  # no entities, no word weight: cosine decides
    return Claim(article_id=f"a{cid}", source=f"outlet{cid}", speaker=speaker, text=core,
                 start=0, end=len(core), core=core, id=cid)


def _vector(cosine: float) -> np.ndarray:
    return np.asarray([cosine, (1 - cosine * cosine) ** 0.5], dtype=np.float32)


@pytest.mark.parametrize(("cosine", "joins"), [(0.52, True), (0.45, False)])
def test_the_clusterer_reads_one_voice_named_two_ways_as_a_shared_speaker(
        cosine: float, joins: bool) -> None:
    """"The Kremlin said ..." stored, another outlet's "... Moscow said" just short of the
    threshold: the one voice lifts it by one shared name's weight, and no further."""
    stored = _spoken(1, "Kremlin")
    new = _spoken(2, "Moscow")
    vecs = {8: np.asarray([1.0, 0.0], dtype=np.float32), 16: _vector(cosine)}
    config = ClusterConfig(match=MatchConfig(threshold=0.55, lexical_weight=0.0))
    reading = OnlineClusterer(VectorIndex(vecs), ClaimLookup({1: (stored, 7)}), config,
                              one_voice=one_voice)
    assert reading.assign([new], [vecs[16][None, :]]) == {2: 7 if joins else -1}
    names_only = OnlineClusterer(VectorIndex(vecs), ClaimLookup({1: (stored, 7)}), config)
    assert names_only.assign([new], [vecs[16][None, :]]) == {2: -1}
