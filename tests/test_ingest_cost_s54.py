"""Ingest cost (fifty-fourth session): readings the clusterer asked again for every pair, read
once a claim or asked in a cheaper order: the antonym phrases a claim may say, a claim's own
meetings and visits, its names' slots and alias scans, and a near pair's negation reading asked
before its second, raw scoring.  None of this may change what is stored or clustered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from embeddings import matching, two_agents
from embeddings.claims import SentenceClaimExtractor
from embeddings.clustering import PairScorer
from embeddings.types import Claim, Entity
from service.contrast.negation.blame import poles
from service.contrast.negation.compare import _reading
from service.contrast.negation.lexicon import ANTONYMS
from service.contrast.text import fold
from service.pipeline import build_pipeline
from tests.conftest import make_settings

_EXTRACTOR = SentenceClaimExtractor()


def _claim(text: str, n: int, names: tuple[str, ...] = ()) -> Claim:
    entities = tuple(Entity(name, text.index(name), text.index(name) + len(name), "PERSON")
                     for name in names)
    return Claim(article_id=f"a{n}", source=f"Outlet {n}", text=text, start=0, end=len(text),
                 core=text, entities=entities, id=n)


def _phrases_one_by_one(lowered: str) -> list[tuple[str, bool, int, str]]:
    """The phrases ``read_poles`` scanned before: every phrase of the lexicon in turn, kept
    where one of its needles is in the text."""
    out = []
    for pair, yes, no, converse in ANTONYMS:
        for sign, phrases in ((1, yes), (-1, no)):
            for phrase in phrases:
                if any(n in lowered for n in poles._needles(phrase)):
                    out.append((pair, converse, sign, phrase))
    return out


def test_a_claim_is_scanned_for_the_antonym_phrases_it_may_say(seed_articles) -> None:  # type: ignore[no-untyped-def]
    texts = [c.text for a in seed_articles for c in _EXTRACTOR.extract(a)] + [
        "The court did not convict the activist.", "The strike is not over yet.",
        "Exports did not fall in March.", "The ceasefire held overnight."]
    found = 0
    for text in texts:
        lowered = fold(text)
        phrases = poles._phrases_found(lowered)
        assert phrases == _phrases_one_by_one(lowered), text
        found += bool(phrases)
    assert found > len(texts) // 2  # (most sentences hold some antonym's needle)


def test_opposite_states_are_still_read() -> None:
    acquitted = _reading(_claim("The court did not convict the activist.", 1))
    convicted = _reading(_claim("The activist was convicted by the court.", 2))
    assert acquitted.poles and convicted.poles
    pair = next(iter(set(acquitted.poles) & set(convicted.poles)))
    assert acquitted.poles[pair][0] != convicted.poles[pair][0]  # one says it, one denies it


def test_a_claims_own_meetings_are_read_once() -> None:
    pompeo = _claim("Mike Pompeo met Kim Jong Un over Easter.", 1,
                    ("Mike Pompeo", "Kim Jong Un"))
    trump = _claim("Donald Trump met Kim Jong Un in Singapore.", 2,
                   ("Donald Trump", "Kim Jong Un"))
    # with an article (the clusterer's case) that is never read: neither needs it
    no_article: two_agents.ArticleClaims = lambda article_id: ()  # noqa: E731
    first = two_agents._reading(pompeo, no_article, False)
    assert first.doings  # a meeting of Pompeo's with Kim
    assert two_agents._reading(replace(pompeo), no_article, False) is first  # kept
    assert first == two_agents._Read(pompeo, two_agents.doings_of(pompeo, (), False),
                                     two_agents._written_in(pompeo))
    assert two_agents.one_act_two_agents(pompeo, trump, no_article)
    again = _claim("Mike Pompeo met Kim Jong Un, officials said.", 3,
                   ("Mike Pompeo", "Kim Jong Un"))
    assert not two_agents.one_act_two_agents(pompeo, again, no_article)


def test_a_name_an_article_defines_is_no_rival() -> None:
    # "Smith won the vote" / "Jones won the vote": rivals in one slot, unless one article
    # gives the one name as the other's
    names_a, names_b = ("Smith",), ("Jones",)
    core_a, core_b = "Smith won the vote in Ohio.", "Jones won the vote in Ohio."
    rivals = matching._rival_stems(core_a, core_b, names_a, names_b, ())
    assert len(rivals) == 2  # (the stems of both names)
    assert matching._rival_stems(core_a, core_b, names_a, names_b,
                                 (("Smith", "Jones"),)) == frozenset()
    assert matching._rival_stems(core_a, core_b, names_a, names_b,
                                 (("Jones", "Smith"),)) == frozenset()


def _clusters(pipe) -> list[list[str]]:  # type: ignore[no-untyped-def]
    members: dict[int, list[str]] = {}
    for claim, label in pipe.store.iter_claims():
        members.setdefault(label, []).append(claim.text)
    return sorted(sorted(texts) for texts in members.values())


def _disputes_raw_score_first(self: PairScorer, a: Claim, b: Claim, score: float,
                              threshold: float) -> float:
    """``PairScorer._disputes`` as the fifty-third session asked it: the raw score first."""
    if self.disputed is None:
        return score
    bonus = self.config.dispute_bonus
    if threshold - bonus <= score and self.disputed(a, b):
        return score + bonus
    if threshold - self.config.negation_bonus <= score \
            and self._raw_score(a, b) >= self.config.match.threshold \
            + self.config.negation_raw_gap and self.disputed(a, b, negations=True):
        return score + self.config.negation_bonus
    return score


def test_clusters_are_the_same_whichever_a_near_pair_is_asked_first(
        tmp_path: Path, seed_articles, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    raw_scorings = {"now": 0, "before": 0}
    results = {}
    score_raw = PairScorer._raw_score
    for name in ("before", "now"):
        with monkeypatch.context() as patch:
            def counted(self: PairScorer, a: Claim, b: Claim, name: str = name) -> float:
                raw_scorings[name] += 1
                return score_raw(self, a, b)
            patch.setattr(PairScorer, "_raw_score", counted)
            if name == "before":
                patch.setattr(PairScorer, "_disputes", _disputes_raw_score_first)
            pipe = build_pipeline(make_settings(tmp_path / name))
            for article in seed_articles:  # one at a time, as a feed arrives
                pipe.ingest([article])
            results[name] = _clusters(pipe)
            pipe.store.close()
    assert results["now"] == results["before"]
    assert any(len(members) > 1 for members in results["now"])
    # a second scoring only for the pairs the contrast reads as negating each other
    assert raw_scorings["now"] < raw_scorings["before"] / 4


def test_the_new_readings_are_bounded() -> None:
    for cached in (matching._slots, matching._alias_among, two_agents._own_reading):
        assert cached.cache_info().maxsize is not None  # type: ignore[attr-defined]
    # (the antonym index is one entry, built from the lexicon on first use)
    entries, by_needle = poles._antonym_index()
    assert len(entries) == sum(len(yes) + len(no) for _, yes, no, _ in ANTONYMS)
    assert all(ks == tuple(sorted(ks)) for ks in by_needle.values())
