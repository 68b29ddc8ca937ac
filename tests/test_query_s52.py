"""A question's words meet the stored words in their other forms, irregular ones too.

The store holds invented stories as headlines (one-line articles, source = outlet): people
who fled the fighting around a town, villagers who stay on their farms, a ferry that sank.
A question asks in the base form ("flee") what the reports say in the past ("fled"): the
stemmer keeps "fled" apart from "flee", so the question's verb was held by no cluster, the
reader was told no stored claim mentions it, and the villagers' cluster, which shares only
the topic, was shown beside the answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.pipeline_answers import unmatched_note

HEADLINES = (
    ("Daily Ledger", "Thousands fled the fighting overnight, officials said"),
    ("Market Wire", "Thousands of families fled as the fighting spread overnight"),
    ("Business Post", "Overnight, thousands fled their homes to escape the fighting"),
    ("Harbour News", "Villagers say they will stay on their farms despite the fighting"),
    ("Coastal Times", "Despite the fighting, villagers refuse to abandon their farms"),
    ("Island Herald", "Ferry sank off Tarvo island after striking rocks, coast guard says"),
    ("Sea Report", "Tarvo ferry hit rocks before sinking, coast guard says"),
    ("Bay Courier", "Twelve passengers missing after Tarvo ferry sinks"),
    ("Port Gazette", "Fourteen passengers missing after ferry sinks near Tarvo"),
)
FLED = {"Daily Ledger", "Market Wire", "Business Post"}
STAYED = {"Harbour News", "Coastal Times"}
FERRY = {"Island Herald", "Sea Report", "Bay Courier", "Port Gazette"}


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from embeddings.types import Article
    from service.pipeline import build_pipeline
    from tests.conftest import make_settings

    pipeline = build_pipeline(make_settings(Path(tmp_path_factory.mktemp("query52")) / "data"))
    pipeline.ingest([Article(id=f"h{i}", source=source, text=text)
                     for i, (source, text) in enumerate(HEADLINES)])
    yield pipeline
    pipeline.store.close()


def _sources(views) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [set(v.sources) for v in views]


def test_the_stories_are_apart(pipe) -> None:  # type: ignore[no-untyped-def]
    """Each cluster is of one story (the ferry's reports may make two claims)."""
    views, _ = pipe.clusters(min_voices=2)
    assert FLED in _sources(views) and STAYED in _sources(views), _sources(views)
    assert all(s <= FERRY for s in _sources(views) if s & FERRY), _sources(views)


@pytest.mark.parametrize("query", ["Did thousands flee the fighting?",
                                   "Are thousands fleeing the fighting?"])
def test_a_verb_asked_in_another_form_is_not_said_to_be_missing(pipe, query) -> None:  # type: ignore[no-untyped-def]
    """"flee" and "fleeing" are held where the reports say "fled"."""
    assert pipe.unmatched_words(query) == []
    assert unmatched_note(query, pipe.unmatched_words(query)) is None


def test_a_word_no_claim_holds_in_any_form_is_still_reported(pipe) -> None:  # type: ignore[no-untyped-def]
    """The forms join one word's forms only: "swim" is in no claim, whatever its form."""
    missing = pipe.unmatched_words("Did thousands swim across the river?")
    assert "swim" in missing and "thousands" not in missing, missing


def test_the_reports_in_the_past_form_answer_and_the_topic_alone_does_not(pipe) -> None:  # type: ignore[no-untyped-def]
    """"flee" is the question's particular word; the cluster holding it as "fled" is the
    answer, and the villagers who stay, of the same fighting, hold no form of it."""
    views = pipe.contrasts("Did thousands flee the fighting?")
    assert views and _sources(views)[0] == FLED, _sources(views)
    assert not any(s & STAYED for s in _sources(views)), _sources(views)


def test_names_needed_shows_no_cluster_of_a_story_the_question_does_not_name(
        pipe) -> None:  # type: ignore[no-untyped-def]
    """With ``query_names_needed`` on, a question naming a place no cluster names gets no
    cluster that shares fewer than two of its particular words; off (the default), the
    nearest cluster answers."""
    query = "Did a boat capsize off Korvasund?"
    assert any(s <= FERRY for s in _sources(pipe.contrasts(query)))
    default = pipe.settings
    try:
        pipe.settings = default.model_copy(update={"query_names_needed": True})
        assert pipe.contrasts(query) == []
        # the question naming the island the reports name is answered as before
        answer = _sources(pipe.contrasts("Did a boat capsize off Tarvo?"))
        assert answer and answer[0] <= FERRY, answer
    finally:
        pipe.settings = default
