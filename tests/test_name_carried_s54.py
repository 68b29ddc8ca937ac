"""A pair that meets on one name read again with the name left out (embeddings/name_carried.py,
``name_carried``: docs/quality.md, fifty-fourth session).  Two things said of one person lose
what the name added to their cosine; one thing said of her twice in other words keeps its
match; the reading is off by default and the setting turns it on."""

from __future__ import annotations

from dataclasses import replace

from embeddings.clustering import ClusterConfig, PairScorer
from embeddings.matching import entity_key
from embeddings.name_carried import lone_name_key, names_a_thing, without_name
from embeddings.types import Article
from service.pipeline import build_pipeline
from service.settings import Settings

COMMON = ["Flood waters reached 300 homes in the river town of Ferrow on Saturday.",
          "Mayor Roslyn Adeyemi toured the flooded streets with the fire chief.",
          "Officials said the water would recede by Tuesday."]
BRAVE = "Mayor Roslyn Adeyemi put on a surprisingly brave face."
WORRIES = "Roslyn Adeyemi also has personal worries about her party's standing."
DECIDES = "Roslyn Adeyemi will announce within two weeks whether the levee plan goes ahead."
KEY = entity_key("Adeyemi")
DECISION = "In a few days Mayor Adeyemi will make her decision on the embankment project."


def _claims(tmp_path, first: str, second: str):  # type: ignore[no-untyped-def]
    pipe = build_pipeline(Settings(data_dir=tmp_path))
    pipe.ingest([Article(id="a", source="Daily Ledger", text=" ".join([*COMMON, first])),
                 Article(id="b", source="Evening Post", text=" ".join([*COMMON, second]))])
    claims = {c.text: c for c, _ in pipe.store.iter_claims()}
    return pipe, claims[first], claims[second]


def _margin(pipe, a, b, on: bool) -> float:  # type: ignore[no-untyped-def]
    config = replace(pipe.clustering, name_carried=on)
    scorer = PairScorer(pipe.keeper.index, config, pipe.weigher(), pipe.context,
                        pipe.one_measure, pipe.disputed, pipe.one_voice, pipe.encoder.encode)
    return scorer.margin(a, b)


def test_the_setting_reaches_the_clusterer(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert ClusterConfig().name_carried is False
    monkeypatch.setenv("CROSSCLAIM_NAME_CARRIED", "true")
    assert build_pipeline(Settings(data_dir=tmp_path)).clustering.name_carried is True


def test_two_things_said_of_one_person_lose_what_the_name_made(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, a, b = _claims(tmp_path, BRAVE, WORRIES)
    before, after = _margin(pipe, a, b, False), _margin(pipe, a, b, True)
    assert before > 0
    # what the name adds to their cosine comes off (most of it on a story's long articles,
    # where the article mean holds the name: docs/quality.md, fifty-fourth session)
    assert after < before - 0.03


def test_one_thing_said_twice_of_her_still_meets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, a, b = _claims(tmp_path, DECIDES, DECISION)
    before, after = _margin(pipe, a, b, False), _margin(pipe, a, b, True)
    assert after == before  # said alike of anyone: the name adds nothing to their cosine
    assert after > 0


def test_the_name_is_put_as_someone_with_its_title() -> None:
    assert without_name("Mayor Roslyn Adeyemi put on a brave face", KEY) \
        == "someone put on a brave face"
    assert without_name("In a few days Mayor Adeyemi will decide", KEY) \
        == "In a few days someone will decide"
    assert without_name("The Ferrow council met", KEY) == "The Ferrow council met"


def test_a_name_inside_a_things_name_is_not_read_apart() -> None:
    # "the Adeyemi bridge": the claim speaks of the bridge, which leaving the name out hides
    assert names_a_thing("the Adeyemi bridge was closed for months", KEY)
    assert not names_a_thing("Mayor Adeyemi closed the bridge", KEY)
    assert not names_a_thing("Was it the Adeyemis, to tell them", KEY)


def test_the_reading_asks_for_one_name_and_nothing_else() -> None:
    one = {"shared_words": [], "shared_entities": [KEY], "shared_speaker": None}
    assert lone_name_key(one) == KEY
    assert lone_name_key({**one, "shared_words": ["levee"]}) is None
    assert lone_name_key({**one, "shared_entities": [KEY, "ferrow"]}) is None
    assert lone_name_key({**one, "shared_speaker": "Roslyn Adeyemi"}) is None
    assert lone_name_key({**one, "shared_entities": []}) is None
