"""The join and its re-examination, as a reader would notice them: the closer report of a
claim ends up with it whichever article came first (``evict_moves``, ``confidence_order``;
both off by default, docs/matching.md, fifty-second session), and two claims that share
nothing particular lose ``particular_malus`` (off by default)."""

from __future__ import annotations

import numpy as np
from clusterkit import ClaimLookup, VectorIndex, pair_margin

from embeddings.clustering import ClusterConfig, OnlineClusterer
from embeddings.matching import MatchConfig
from embeddings.types import Claim, Entity

# no word overlap or names: the cosines alone decide, against the raw threshold 0.55
MATCH = MatchConfig(threshold=0.55, lexical_weight=0.0, entity_bonus=0.0)
WORDS = "alpha beta gamma delta epsilon"


def _claim(cid: int, article: int, name: str | None = None) -> Claim:
    text = f"{WORDS} {cid}"
    return Claim(article_id=f"a{article}", source=f"outlet{article}", text=text, start=0,
                 end=len(text), core=text, id=cid, speaker=name)


def _rows(*rows: list[float]) -> list[np.ndarray]:
    return [np.asarray(r, dtype=np.float32) for r in rows]


def _together(labels: dict[int, int], stored: dict[int, tuple[Claim, int]], a: int,
              b: int) -> bool:
    label = {cid: cl for cid, (_, cl) in stored.items()} | labels
    return label[a] == label[b]


def test_a_closer_sentence_of_an_article_takes_the_place_its_twin_held() -> None:
    """Outlet 3 told one point twice (claims 1 and 3, one voice): claim 1 had joined outlet
    4's claim 2 at a bare margin, claim 3 stood alone.  Outlet 1's claim 4 then matches claim
    1 closely (0.90) and claim 3 less (0.80), but not claim 2: it can join only claim 3, and
    claim 1 cannot follow it there (one voice of one article).  With eviction, claim 1 moves
    in and claim 3 leaves: the closest pair across outlets is shown together."""
    v1, v2, v3, v4 = _rows([1.0, 0.0, 0.0, 0.0], [0.58, 0.8146, 0.0, 0.0],
                           [0.75, -0.1657, 0.6403, 0.0], [0.9, -0.2725, 0.1247, 0.3165])
    v4 = v4 / np.linalg.norm(v4)
    assert float(v2 @ v4) < 0.55 <= float(v1 @ v2)
    first, other, twin, late = _claim(1, 3), _claim(2, 4), _claim(3, 3), _claim(4, 1)
    stored = {1: (first, 7), 2: (other, 7), 3: (twin, 8)}
    vecs = {8: v1, 16: v2, 24: v3, 32: v4}

    def run(config: ClusterConfig) -> dict[int, int]:
        return OnlineClusterer(VectorIndex(vecs), ClaimLookup(stored), config).assign(
            [late], [v4[None, :]])

    plain = run(ClusterConfig(match=MATCH))
    assert _together(plain, stored, 4, 3) and not _together(plain, stored, 4, 1)
    evicting = run(ClusterConfig(match=MATCH, evict_moves=True))
    assert _together(evicting, stored, 4, 1)
    assert not _together(evicting, stored, 4, 3) and not _together(evicting, stored, 4, 2)


def test_no_eviction_where_the_leavers_matched_the_cluster_better() -> None:
    """The claim that would move in matches one member a little, and the member it would
    push out is close to the rest: the summed margin would fall, so nothing moves."""
    v1, v2, v3 = _rows([1.0, 0.0, 0.0], [0.95, 0.3122, 0.0], [0.6, -0.2, 0.7746])
    v3 = v3 / np.linalg.norm(v3)
    assert float(v3 @ v2) < 0.55 <= float(v3 @ v1)
    stored = {1: (_claim(1, 1), 7), 2: (_claim(2, 2), 7)}
    vecs = {8: v1, 16: v2, 24: v3}
    labels = OnlineClusterer(VectorIndex(vecs), ClaimLookup(stored),
                             ClusterConfig(match=MATCH, evict_moves=True)).assign(
        [_claim(3, 3)], [v3[None, :]])
    assert labels == {3: -1}


def test_of_two_sentences_of_one_voice_the_closer_joins_first() -> None:
    """An article makes one point twice; the first sentence matches a stored claim of
    another outlet barely, the second closely.  Only one may join (one voice of one
    article): in text order the first takes the place, best-matching first the second."""
    stored_v, weak_v, close_v = _rows([1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.9, 0.0, 0.4359])
    stored = {1: (_claim(1, 1), 7)}
    weak, close = _claim(2, 2), _claim(3, 2)
    vecs = {8: stored_v, 16: weak_v, 24: close_v}

    def run(config: ClusterConfig) -> dict[int, int]:
        return OnlineClusterer(VectorIndex(vecs), ClaimLookup(stored), config).assign(
            [weak, close], [weak_v[None, :], close_v[None, :]])

    assert run(ClusterConfig(match=MATCH))[2] == 7
    ordered = run(ClusterConfig(match=MATCH, confidence_order=True))
    assert ordered[3] == 7 and ordered[2] != 7


def _story_claim(cid: int, text: str, names: tuple[str, ...] = ()) -> Claim:
    entities = tuple(Entity(n, text.find(n), text.find(n) + len(n), "PERSON") for n in names)
    return Claim(article_id=f"a{cid}", source=f"outlet{cid}", text=text, start=0,
                 end=len(text), core=text, id=cid, entities=entities)


def test_two_claims_sharing_nothing_particular_lose_the_malus() -> None:
    # (measured alone: the fifty-third session's ``bare_malus`` reads the first pair too)
    config = ClusterConfig(particular_malus=0.1, bare_malus=0.0)
    plain = ClusterConfig(bare_malus=0.0)
    a = _story_claim(1, "The mayor praised the volunteers at the shelter")
    b = _story_claim(2, "Officials warned that the roads would stay closed")
    assert abs(pair_margin(a, b, plain, 0.6) - pair_margin(a, b, config, 0.6) - 0.1) < 1e-6
    # a rare name both tell is something particular: no malus
    c = _story_claim(3, "Okonkwo praised the volunteers at the shelter", ("Okonkwo",))
    d = _story_claim(4, "Okonkwo warned that the roads would stay closed", ("Okonkwo",))
    assert abs(pair_margin(c, d, plain, 0.6) - pair_margin(c, d, config, 0.6)) < 1e-6
