"""Facets that say nothing on their own: a noun phrase, an adjunct, a list item or a subject
cut off from its predicate names a topic and claims nothing about it.  As a facet of its own
it let two claims match on the topic alone; it now joins the clause it belongs to, while
pieces that predicate (clauses, relative clauses) stay facets."""

from __future__ import annotations

import pytest

from embeddings.facets import facets
from embeddings.predication import predicates


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from service.pipeline import build_pipeline
    from service.settings import Settings

    return build_pipeline(Settings(data_dir=tmp_path_factory.mktemp("facets_s49")))


# a claim, then the piece of it that predicates nothing and must not stand as a facet
FRAGMENTS = [
    ("The central bank raised interest rates on Tuesday, despite growing fears of a "
     "recession in the euro zone.", "despite growing fears"),
    ("The prime minister met union leaders on Monday, with the finance minister also "
     "meeting employers in the capital.", "with the finance minister"),
    ("The minister called the report a mix of “half-truths, false claims, and unfair "
     "attacks on the government.”", "and unfair attacks"),
    ("The mayor will seek a “complete overhaul of the city's bus network.”",
     "complete overhaul"),
    ("The strike, the largest walkout in a decade, is “a clear warning to the government "
     "about pensions.”", "a clear warning"),
    ("The new rules, which the unions opposed for months, took effect on Monday.",
     "The new rules"),
]


@pytest.mark.parametrize(("core", "fragment"), FRAGMENTS)
def test_a_piece_without_a_predication_is_no_facet_of_its_own(core: str, fragment: str) -> None:
    assert not any(f.startswith(fragment) for f in facets(core)[1:])
    # nothing is lost: the core is still the first facet, every word in it
    assert facets(core)[0] == core


CLAUSES = [
    # two clauses, each with its own subject and verb
    ("The company cut 500 jobs last year, but its profits rose by a third.",
     ["The company cut 500 jobs last year", "but its profits rose by a third"]),
    ("Officials closed the border crossing on Monday, as fighting spread to the villages.",
     ["Officials closed the border crossing on Monday", "as fighting spread to the villages"]),
    # a relative clause predicates about its antecedent
    ("Rebels seized the airport, which had been closed for weeks, and the army withdrew.",
     ["Rebels seized the airport", "seized the airport which had been closed for weeks",
      "and the army withdrew"]),
    # a present verb with no auxiliary, and a pronoun subject
    ("Exporters expect a fall in demand this year, although they see prices holding steady.",
     ["Exporters expect a fall in demand this year",
      "although they see prices holding steady"]),
]


@pytest.mark.parametrize(("core", "clauses"), CLAUSES)
def test_pieces_that_predicate_stay_facets(core: str, clauses: list[str]) -> None:
    got = facets(core)[1:]
    for clause in clauses:
        assert any(f.startswith(clause) for f in got), (clause, got)


def test_a_stub_joins_the_piece_that_completes_it() -> None:
    """A piece that stops at its verb, determiner or preposition ("..., is", "called on her
    counterpart to") is completed by the next piece, not left a facet that says nothing."""
    core = ("The talks collapsed on Friday, and the foreign minister called on his "
            "counterpart to “return to the table without conditions.”")
    got = facets(core)
    assert not any(f.endswith((" to", " is", " a", " the")) for f in got)
    assert any("counterpart to return to the table" in f for f in got)


@pytest.mark.parametrize("piece", [
    "the conflict remains unresolved", "Democrats sue the state over the new map",
    "officials regularly visit the region", "it's far too early", "prices fell by 5%",
    "though it neither confirms nor denies the report", "to cease all military actions"])
def test_what_reads_as_a_predication(piece: str) -> None:
    assert predicates(piece)


@pytest.mark.parametrize("piece", [
    "the biased position of the minister", "despite their larger numbers and prolonged "
    "suffering", "reports of strikes against civilian targets",
    "the drone raids provided by foreign allies", "with many now raising families of their own",
    "in a call with the president"])
def test_what_reads_as_a_fragment(piece: str) -> None:
    assert not predicates(piece)


def test_a_topic_in_an_adjunct_no_longer_carries_a_match(pipe) -> None:  # type: ignore[no-untyped-def]
    """The same topic said as a clause of its own still scores as before; said only as an
    adjunct of another claim, it scores below that."""
    other = "Fears of a recession in the euro zone are growing, economists say."
    adjunct = pipe.compare("The central bank raised interest rates on Tuesday, despite "
                           "growing fears of a recession in the euro zone.", other)
    clause = pipe.compare("The central bank raised interest rates on Tuesday, but fears of "
                          "a recession in the euro zone are growing.", other)
    assert adjunct.score < clause.score
