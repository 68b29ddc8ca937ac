"""Facets that predicate, read more rightly (fiftieth session).

The forty-ninth session joined a piece that predicates nothing to its clause.  Some clauses
read as fragments (a present without its "-s" before an adjective or adverb, a coordinated
verb after "and", a closing verb after "what they will"), and some noun phrases read as
clauses (a participle with its agent after "by"): the first lost a facet that says the claim,
the second kept one that names a topic only."""

from __future__ import annotations

import pytest

from embeddings.facets import facets
from embeddings.predication import open_ended, predicates


@pytest.mark.parametrize("piece", [
    # a present without "-s" before an adjective, an adverb or a particle
    "Here Paris and Berlin act together", "Rents stay high in the capital",
    "The two unions remain far apart", "Lisbon and Madrid work together on fishing quotas",
    # the subject's second verb, after "and", with its object
    "and calls it an insult",
    # a verb of change by a quantity, still
    "its profits rose by a third", "prices fell by 5%"])
def test_what_reads_as_a_predication(piece: str) -> None:
    assert predicates(piece)


@pytest.mark.parametrize("piece", [
    # a noun with its participle and the participle's agent
    "the medical supplies provided by two charities", "the report released by three agencies",
    # a participle after "being" or "having" is no finite verb
    "being published online on Monday", "having lost the vote in March",
    # plurals in a list or before a preposition stay nouns
    "arms and drones to the region", "reports of shelling near the border"])
def test_what_reads_as_a_fragment(piece: str) -> None:
    assert not predicates(piece)


@pytest.mark.parametrize(("core", "clause"), [
    ("The ministers have clashed over the budget, but on defence Paris and Berlin act "
     "together.", "but on defence Paris and Berlin act together"),
    ("Both sides met on Friday, but the two sides remain far apart on wages.",
     "but the two sides remain far apart on wages"),
    ("The union rejected the offer on Friday, and calls it an insult.",
     "and calls it an insult"),
    ("Officials would not say what they will do; it is too early to tell.",
     "it is too early to tell"),
    # "in May" is the month, not a piece that stops at the modal "may"
    ("Rents fell in the suburbs in May, but in the capital rents stay high.",
     "but in the capital rents stay high"),
])
def test_a_clause_stays_a_facet_of_its_own(core: str, clause: str) -> None:
    assert clause in facets(core)[1:], facets(core)


def test_a_participle_with_its_agent_joins_its_clause() -> None:
    """"with medical equipment provided by two charities" names what came, and claims
    nothing a second outlet could say in other words."""
    core = ("The convoy reached the city on Monday, with medical equipment provided by two "
            "charities.")
    assert not any(f.startswith("with medical equipment") for f in facets(core)[1:])


@pytest.mark.parametrize(("piece", "stops_short"), [
    ("Officials would not say what they will do", False), ("as they are", False),
    ("I can't say what we'll do", False), ("prices rose again in May", False),
    # a verb still waiting for its complement, which the next piece holds
    ("The strike, the largest in a decade, is", True), ("it has", True),
    ("that they should", True)])
def test_a_closing_verb_after_what_they_ends_the_piece(piece: str, stops_short: bool) -> None:
    assert open_ended(piece) is stops_short


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from service.pipeline import build_pipeline
    from service.settings import Settings

    return build_pipeline(Settings(data_dir=tmp_path_factory.mktemp("facets_s50")))


@pytest.mark.parametrize(("bare", "with_auxiliary", "report"), [
    ("Both sides met again on Friday, but the two sides remain far apart on wages.",
     "Both sides met again on Friday, but the two sides are still far apart on wages.",
     "The union and the employers remain far apart on pay, negotiators said."),
    ("The ministers have clashed over the budget, but on defence Paris and Berlin act "
     "together.",
     "The ministers have clashed over the budget, but on defence Paris and Berlin are "
     "acting together.",
     "Paris and Berlin act together on defence, a French official said."),
])
def test_a_bare_present_clause_meets_its_report_as_an_auxiliary_one_does(
        pipe, bare: str, with_auxiliary: str, report: str) -> None:  # type: ignore[no-untyped-def]
    """Whether a clause counts no longer depends on the form of its verb: said with a bare
    present it meets another outlet's report of it at least as well as said with "are"."""
    assert pipe.compare(bare, report).score >= pipe.compare(with_auxiliary, report).score
