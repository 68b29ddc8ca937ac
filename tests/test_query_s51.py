"""A question is answered by the clusters of its own story, first and alone.

The store holds two invented stories as headlines (one-line articles, source = outlet): a
central bank that may speed up its taper, and a car plant that will speed up output.  A
question about the taper shares "speed up" with the car plant's reports, and cosine alone
found that cluster relevant enough to show; it holds none of the question's particular
words ("taper"), so it is another story's, and no answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HEADLINES = (
    ("Daily Ledger", "Central bank may have to speed up the taper, governor says"),
    ("Market Wire", "Governor hints the bond-buying taper could go faster"),
    ("Business Post", "Central bank chief: taper of bond buying may quicken"),
    ("Harbour News", "Carmaker will speed up output at its northern plant"),
    ("Coastal Times", "Northern car plant to speed up production, carmaker says"),
)
BANK = {"Daily Ledger", "Market Wire", "Business Post"}
PLANT = {"Harbour News", "Coastal Times"}


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from embeddings.types import Article
    from service.pipeline import build_pipeline
    from tests.conftest import make_settings

    pipeline = build_pipeline(make_settings(Path(tmp_path_factory.mktemp("query51")) / "data"))
    pipeline.ingest([Article(id=f"h{i}", source=source, text=text)
                     for i, (source, text) in enumerate(HEADLINES)])
    yield pipeline
    pipeline.store.close()


def _sources(views) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [set(v.sources) for v in views]


def test_the_stories_are_two_clusters(pipe) -> None:  # type: ignore[no-untyped-def]
    views, _ = pipe.clusters(min_voices=2)
    assert sorted(map(sorted, _sources(views))) == sorted([sorted(BANK), sorted(PLANT)])


@pytest.mark.parametrize("query", ["Will the taper speed up?",
                                   "Is the central bank going to speed up its taper?"])
def test_another_story_sharing_only_common_words_is_no_answer(pipe, query) -> None:  # type: ignore[no-untyped-def]
    """The car plant's "speed up" reads near the question; it is not shown."""
    views = pipe.contrasts(query)
    assert views and _sources(views)[0] == BANK, _sources(views)
    assert not any(s & PLANT for s in _sources(views)), _sources(views)


def test_the_other_story_is_found_by_its_own_words(pipe) -> None:  # type: ignore[no-untyped-def]
    """The rule takes away no story's answer: asked about the plant, the plant answers."""
    for query in ("Will the carmaker speed up output?", "Is the northern plant going faster?"):
        views = pipe.contrasts(query)
        assert views and _sources(views)[0] == PLANT, (query, _sources(views))


def test_a_question_of_common_words_is_still_answered(pipe) -> None:  # type: ignore[no-untyped-def]
    """With no particular word to go by, the nearest cluster answers (a paraphrase)."""
    views = pipe.contrasts("Will production go faster?")
    assert views and _sources(views)[0] == PLANT, _sources(views)
