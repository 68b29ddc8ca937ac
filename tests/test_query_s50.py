"""A question whose answer is in a cluster finds it; a question nothing answers is told so.

The store is one-line articles (headlines, source = outlet), as a news aggregator gives
them: often one outlet's headline answers a question far more closely than the reports of
the others, and is a cluster of its own, with no contrast to show.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.pipeline_answers import unmatched_note

HEADLINES = (
    # the central bank story: one outlet ties the weak figures to the weather in the
    # question's own words; two others say the weather held back hiring
    ("Daily Ledger", "Weak figures were caused by bad weather and should not delay rate "
                     "rises, central bank official says"),
    ("Market Wire", "Norvik central bank's Halden: Cold Weather Has Held Back Hiring"),
    ("Business Post", "Norvik hiring fell last month as the weather bit: central bank "
                      "governor Ana Halden"),
    ("Finance Today", "Halden sees high bar for change in pace of rate rises"),
    ("Money Desk", "Halden: Norvik central bank may have to speed up rate rises"),
    # another story
    ("Harbour News", "Ferry sank off Tarvo island after striking rocks, coast guard says"),
    ("Coastal Times", "Tarvo ferry hit rocks before sinking, coast guard says"),
    ("Island Herald", "Twelve passengers missing after Tarvo ferry sinks"),
    ("Sea Report", "Fourteen passengers missing after ferry sinks near Tarvo"),
)


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from embeddings.types import Article
    from service.pipeline import build_pipeline
    from tests.conftest import make_settings

    pipeline = build_pipeline(make_settings(Path(tmp_path_factory.mktemp("query")) / "data"))
    pipeline.ingest([Article(id=f"h{i}", source=source, text=text)
                     for i, (source, text) in enumerate(HEADLINES)])
    yield pipeline
    pipeline.store.close()


def _sources(views) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [set(v.sources) for v in views]


def _hiring_cluster(pipe) -> set[str]:  # type: ignore[no-untyped-def]
    """The sources of the cluster holding the two "weather held back hiring" reports."""
    views, _ = pipe.clusters(min_voices=2)
    (found,) = [set(v.sources) for v in views if {"Market Wire", "Business Post"} <= set(v.sources)]
    return found


def test_a_cause_question_finds_the_cluster_that_answers_it(pipe) -> None:  # type: ignore[no-untyped-def]
    """The lone headline in the question's words reads far nearer the question than the two
    reports of the weather holding back hiring; they answer it all the same, and are the answer."""
    hiring = _hiring_cluster(pipe)
    for query in ("Did the weather cause the weak figures?",
                  "Were the weak figures caused by the weather?"):
        views = pipe.contrasts(query)
        assert views and _sources(views)[0] == hiring, (query, _sources(views))
        assert unmatched_note(query, pipe.unmatched_words(query)) is None, query


def test_what_did_she_say_finds_the_reports_of_what_she_said(pipe) -> None:  # type: ignore[no-untyped-def]
    """One outlet's report of Halden on rate rises is nearest; the cluster of the other
    reports naming her is the answer, not nothing."""
    for query in ("What did Halden say about rate rises?", "What did Halden say about hiring?"):
        views = pipe.contrasts(query)
        assert views, query
        assert all("Halden" in " ".join(c.text for c in v.claims) for v in views), query
        assert not any(s & {"Harbour News", "Sea Report"} for s in _sources(views)), query


def test_a_how_many_question_is_not_told_its_question_words_are_missing(pipe) -> None:  # type: ignore[no-untyped-def]
    query = "How many passengers are missing?"
    assert unmatched_note(query, pipe.unmatched_words(query)) is None
    views = pipe.contrasts(query)
    assert views and "Island Herald" in views[0].sources


def test_a_question_nothing_answers_says_so(pipe) -> None:  # type: ignore[no-untyped-def]
    """Whatever comes back is the nearest the store holds, and the reader is told so, with
    the words missing named (not the question's own "how many")."""
    query = "How many volcanoes erupted?"
    note = unmatched_note(query, pipe.unmatched_words(query))
    assert note is not None and "nothing below is about that" in note, note
    assert "volcanoes" in note and "erupted" in note and "many" not in note, note
