"""A question asked of a store of several stories: its names read as clustering reads a
headline's, and one ordinary word shared alone taken for chance.

The store holds invented stories as headlines (one-line articles, source = outlet): a
bakery strike, an underwear thief, emails stolen from a party's servers, and an insurers'
lobbying push.  A question opening with a common word ("Outrage as ...", "COMMENT: Outrage
as ...") gave that word as a name no cluster holds, and with ``query_names_needed`` on it
was answered with nothing; a question about the underwear thief met the stolen emails on
"stealing" / "stolen" alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HEADLINES = (
    ("Daily Ledger", "Bakery workers walk out as strike spreads across the city"),
    ("Market Wire", "Strike by bakery staff spreads to more towns across the city"),
    ("Business Post",
     "Underwear thief caught stealing bras forced to walk around town wearing them"),
    ("Harbour News", "Man caught stealing women's underwear made to wear it around town"),
    ("Coastal Times", "Hackers stole thousands of emails from the party's servers"),
    ("Island Herald", "Thousands of emails were stolen from the party's servers by hackers"),
    ("Sea Report", "Insurers step up lobbying to open the banking market to foreign firms"),
    ("Bay Courier", "Foreign insurers lobby hard to open up the banking market"),
)
BAKERY = {"Daily Ledger", "Market Wire"}
THIEF = {"Business Post", "Harbour News"}
EMAILS = {"Coastal Times", "Island Herald"}
LOBBY = {"Sea Report", "Bay Courier"}


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from embeddings.types import Article
    from service.pipeline import build_pipeline
    from tests.conftest import make_settings

    pipeline = build_pipeline(make_settings(Path(tmp_path_factory.mktemp("query53")) / "data"))
    pipeline.ingest([Article(id=f"h{i}", source=source, text=text)
                     for i, (source, text) in enumerate(HEADLINES)])
    yield pipeline
    pipeline.store.close()


def _sources(views) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [set(v.sources) for v in views]


def _asked(pipe, query: str, **settings: bool) -> list[set[str]]:  # type: ignore[no-untyped-def]
    default = pipe.settings
    try:
        pipe.settings = default.model_copy(update=settings)
        return _sources(pipe.contrasts(query))
    finally:
        pipe.settings = default


def test_the_stories_are_apart(pipe) -> None:  # type: ignore[no-untyped-def]
    views, _ = pipe.clusters(min_voices=2)
    found = _sources(views)
    assert all(group in found for group in (BAKERY, THIEF, EMAILS, LOBBY)), found


@pytest.mark.parametrize("query", ["Outrage as bakery workers strike",
                                   "COMMENT: Outrage as bakery workers strike"])
def test_a_common_word_opening_a_question_is_no_name_it_must_find(pipe, query) -> None:  # type: ignore[no-untyped-def]
    """"Outrage" is capitalised because it opens the question (or what follows a label's
    colon), as clustering reads a headline: with ``query_names_needed`` on, the bakery
    strike still answers; it was answered with nothing when "Outrage" was a name."""
    answer = _asked(pipe, query, query_names_needed=True)
    assert answer and answer[0] == BAKERY, answer


def test_a_name_no_cluster_holds_still_empties_the_answer(pipe) -> None:  # type: ignore[no-untyped-def]
    """The name written mid-sentence is still one: no cluster names Varnholm, and the
    lobbying cluster shares the question's "lobby" only by chance."""
    query = "Did foreign banks lobby to open up the Varnholm market?"
    assert any(s == LOBBY for s in _asked(pipe, query, query_names_needed=False))
    assert _asked(pipe, query, query_names_needed=True) == []


def test_one_ordinary_word_shared_alone_is_another_story(pipe) -> None:  # type: ignore[no-untyped-def]
    """The thief's cluster holds "stealing" and "underwear"; the emails' cluster only a form
    of "stealing": with ``query_lone_words`` on it is not shown; off, it was."""
    query = "A man caught stealing women's underwear was forced to wear it in public"
    off = _asked(pipe, query, query_lone_words=False)
    on = _asked(pipe, query, query_lone_words=True)
    assert off and off[0] == THIEF and EMAILS in off, off
    assert on and on[0] == THIEF and EMAILS not in on, on


def test_a_lone_word_still_answers_where_no_cluster_holds_two(pipe) -> None:  # type: ignore[no-untyped-def]
    """Where no cluster holds two of the question's particular words, one word is all there
    is: the stolen emails answer a question about stolen files."""
    answer = _asked(pipe, "Were files stolen from the campaign?", query_lone_words=True)
    assert answer and answer[0] == EMAILS, answer
