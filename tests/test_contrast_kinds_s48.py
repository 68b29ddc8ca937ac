"""A state word before a noun says what kind of thing that noun is (forty-eighth session).

NewsWCL50's tune store called "there had been several attempted illegal entries by people
associated with the caravan" and "crossing through a legal port of entry ... doesn't expose
them to prosecution" opposite things: an entry told illegal and a port told legal are two
things.  Told of one thing, predicate or adjective, the two states still oppose."""

from __future__ import annotations

import pytest

from tests.contrastkit import contrast, parsed


def _opposed(a: str, b: str) -> bool:
    result = contrast(parsed("wire", a), parsed("site", b))
    return any(d.conflict and "opposite things" in d.summary for d in result.differences)


@pytest.mark.parametrize(("a", "b"), [
    ("Agents said there had been several attempted illegal entries by the caravan.",
     "The caravan's members will cross through a legal port of entry to ask for asylum."),
    ("Officials seized illegal weapons at the port.",
     "The shipment arrived through a legal channel at the port."),
    ("Activists published an open letter to the minister.", "The border was closed on Monday."),
    ("Higher prices hit shoppers in March.", "Lower wages hit workers in March."),
])
def test_states_of_two_nouns_do_not_oppose(a: str, b: str) -> None:
    assert not _opposed(a, b), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Border agents stopped an illegal crossing near Tijuana.",
     "The crossing near Tijuana was legal."),
    ("The union held an illegal strike.", "The strike was lawful, the union said."),
    ("The court declared the strike illegal.", "The strike is legal, the union says."),
    ("The strike is illegal, the court said.", "The strike is legal."),
    ("The shop stayed open on Sunday.", "The shop was closed on Sunday."),
])
def test_states_of_one_thing_still_oppose(a: str, b: str) -> None:
    assert _opposed(a, b), (a, b)
