"""False conflicts read in real multi-outlet clusters of the tuning data (NewsWCL50 tune
events, UCI tune stories, BABE tune topics), each turned into a general reading, with the
near cases that must stay conflicts."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast


@pytest.mark.parametrize(("negated", "denial", "relation"), [
    # a side with a negation of its own asserts only what its "not" is said of (the story's
    # subject): one shared subject does not make a denial of it
    ('The lawsuit " might not have any journalistic, judicial, or political staying power, "'
     ' Williams said.',
     "Mr. Perez firmly denied that the lawsuit had a political purpose.", "agree"),
    ("The company did not comment on the report.",
     "The chief executive denied that the company had broken the law.", "agree"),
    ("The senator will not seek re-election, an aide said.",
     "The senator denied that he had taken bribes from donors.", "agree"),
    ("The ministry has not yet published the figures.",
     "A spokesman denied that the ministry had hidden the figures from the public.", "agree"),
    # near cases: the other side says what is denied (two of its words), with or without a
    # negation of its own elsewhere; or it says nothing but the denied statement
    ("The lawsuit had a political purpose, Williams said.",
     "Mr. Perez firmly denied that the lawsuit had a political purpose.", "conflict"),
    ("The company broke the law, but regulators have not fined it.",
     "The chief executive denied that the company had broken the law.", "conflict"),
    ("The minister lied to parliament and did not resign.",
     "The minister denied that she lied to parliament.", "conflict"),
    ("Judd Nelson is dead.", "His agent denied that Judd Nelson is dead.", "conflict"),
])
def test_a_denial_against_a_side_that_negates_too(negated: str, denial: str,
                                                  relation: str) -> None:
    result = contrast(claim("wire", negated), claim("paper", denial))
    assert result.relation == relation, (negated, denial, result.summary)
