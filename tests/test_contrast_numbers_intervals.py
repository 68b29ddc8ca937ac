"""The contrast stage on figures as intervals: overlap, bounds, rounding, figures as written."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, kinds, number_kinds, parsed, qty, reported

from embeddings.types import Quantity
from service.contrast.intervals import overlap


def test_overlapping_intervals_are_said_as_agreement() -> None:
    a = "More than 100k people had to leave their homes."
    b = "Between 100,000 and 120,000 residents moved away from the region."
    result = contrast(
        claim("outlet-a", a, cid=1, numbers=(qty(a, "More than 100k", 100_000, None, "people"),)),
        claim("outlet-b", b, cid=2, numbers=(qty(b, "100,000 and 120,000", 100_000, 120_000),)))
    assert result.relation == "agree"
    agree = next(d for d in result.differences if d.kind == "numbers_agree")
    assert not agree.conflict
    assert "agree" in agree.summary.lower()
    assert {e["text"] for e in agree.evidence} == {"More than 100k", "100,000 and 120,000"}
    # the summary is running text; the evidence keeps the claim's own characters
    assert "says more than 100k" in agree.summary


def test_disagreeing_numbers_are_a_conflict_with_both_values() -> None:
    a = "The fire killed 29 people, officials said."
    b = "Forty people died in the fire."
    result = contrast(
        claim("outlet-a", a, cid=1, offset=100,
              numbers=(qty(a, "29", 29, 29, "people", offset=100),)),
        claim("outlet-b", b, cid=2, numbers=(qty(b, "Forty", 40, 40, "people"),)))
    assert result.relation == "conflict"
    clash = next(d for d in result.differences if d.kind == "numbers")
    assert clash.conflict
    rows = {(e["source"], e["text"]) for e in clash.evidence}
    assert rows == {("outlet-a", "29"), ("outlet-b", "Forty")}
    assert "says 29" in clash.summary and "says forty" in clash.summary  # running text
    row = next(e for e in clash.evidence if e["source"] == "outlet-a")
    assert (row["start"], row["end"]) == (100 + a.index("29"), 100 + a.index("29") + 2)


def test_a_figure_with_no_noun_is_called_the_figure() -> None:
    result = contrast(reported("Ledger", "The index closed the week at 4,120.", None, cid=1),
                      reported("Post", "The index closed the week at 4,310.", None, cid=2))
    assert result.relation == "conflict"
    assert result.summary.startswith("Sources disagree on the figure:"), result.summary
    # a magnitude is named as one
    result = contrast(reported("Ledger", "The quake had a magnitude of 6.8.", None, cid=1),
                      reported("Post", "The quake had a magnitude of 6.1.", None, cid=2))
    assert result.summary.startswith("Sources disagree on the magnitude:"), result.summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Health authorities attributed 12 deaths to the heat.", "Nine people died in the heat.",
     "numbers"),  # deaths count people
    ("Temperatures reached 46C in Seville.", "Seville recorded 46.2 degrees Celsius.",
     "numbers_agree"),  # "46" is 45.5 to 46.5
    ("Temperatures reached 46C in Seville.", "Seville recorded 44 degrees Celsius.",
     "numbers"),
    # a figure before a scale word is as precise as its digits: "290 million" is no round
    # "290,000,000" and does not meet "310 million"; "300 million" is round and does
    ("The company lost 290 million euros in the quarter.",
     "The company posted a quarterly loss of 310 million euros.", "numbers"),
    ("The company lost 300 million euros in the quarter.",
     "The company posted a quarterly loss of 310 million euros.", "numbers_agree"),
])
def test_figures_as_written(a: str, b: str, kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert number_kinds(result) == [kind]


@pytest.mark.parametrize(("a", "b", "agree"), [
    (Quantity("at least 29", 0, 1, 29, None), Quantity("29", 0, 1, 29, 29), True),
    (Quantity("six-week", 0, 1, 6, 6, "week", "duration", True),
     Quantity("44-day", 0, 1, 44, 44, "day", "duration"), True),
    (Quantity("about 40", 0, 1, 40, 40, approximate=True), Quantity("43", 0, 1, 43, 43), True),
    (Quantity("2,000", 0, 1, 2000, 2000), Quantity("1,950", 0, 1, 1950, 1950), True),
    (Quantity("29", 0, 1, 29, 29), Quantity("40", 0, 1, 40, 40), False),
    (Quantity("more than 100", 0, 1, 100, None), Quantity("50", 0, 1, 50, 50), False),
    (Quantity("2020", 0, 1, 2020, 2020, kind="year"), Quantity("2022", 0, 1, 2022, 2022,
                                                                kind="year"), False),
    # "as many as" / "up to" hedge an estimate upwards: it reaches down as "about" does,
    # while "fewer than" only bounds
    (Quantity("as many as 5 million", 0, 1, None, 5e6), Quantity("2.3 million", 0, 1, 2.3e6,
                                                                   2.3e6), False),
    (Quantity("up to 6,000", 0, 1, None, 6000), Quantity("4,000", 0, 1, 4000, 4000), False),
    (Quantity("up to 6,000", 0, 1, None, 6000), Quantity("5,800", 0, 1, 5800, 5800), True),
    (Quantity("fewer than 6,000", 0, 1, None, 6000), Quantity("4,000", 0, 1, 4000, 4000), True),
])
def test_interval_overlap_with_tolerance(a: Quantity, b: Quantity, agree: bool) -> None:
    assert overlap(a, b) is agree


@pytest.mark.parametrize(("a", "b"), [
    ("Over 330 people were hurt by landmines in the past three years.",
     "At least 29 people were hurt in the offensive."),
    ("Up to 5 million customers were affected by the breach.",
     "As many as 2 million customers were affected by the breach."),
])
def test_bounds_on_one_side_far_apart_neither_agree_nor_clash(a: str, b: str) -> None:
    # "over 330" and "at least 29" always overlap; that they do is no agreement
    result = contrast(parsed("x", a), parsed("y", b))
    assert not [d for d in result.differences if d.kind.startswith("numbers")], a


def test_doubling_and_a_fifth_more_disagree() -> None:
    # "doubles the risk" told of a study that found a 20% higher risk
    result = contrast(
        parsed("x", "The sweetener erythritol doubles the risk of heart attack, a study shows."),
        parsed("y", "People who consume erythritol daily have a 20% higher risk of heart "
                    "attack, researchers reported."))
    assert "numbers" in kinds(result)
    assert result.summary.startswith("Sources disagree on the change: x says doubles, y says "
                                     "20%"), result.summary
    result = contrast(parsed("x", "The sweetener doubles the risk of heart attack."),
                      parsed("y", "The sweetener raises the risk of heart attack by 100%."))
    assert "numbers_agree" in kinds(result)


def test_a_street_address_is_not_a_count() -> None:
    from embeddings.claims.numbers import find_numbers

    assert find_numbers("He will hold talks with the prime minister, 10 Downing Street said.") == []
    assert [q.low for q in find_numbers("Police said 10 protesters were held on Main Street.")] \
        == [10]


def test_a_figure_is_answered_by_the_one_named_like_it() -> None:
    # "the 2% target" beside "inflation, at 6.7%" is no answer to "inflation fell to 6.3%"
    a = "The governor said inflation, at 6.7% in August, was still far above the 2% target."
    b = "Inflation fell to 6.3% in August, official figures showed."
    result = contrast(parsed("x", a), parsed("y", b))
    assert number_kinds(result) == ["numbers"]
    assert "6.7%" in result.summary and "2%" not in result.summary


def test_ambiguous_pairing_is_not_reported_as_conflict() -> None:
    # two counts on one side: no telling which one the other side's number answers
    a = "Twelve soldiers and 30 civilians were killed."
    b = "The attack killed 40."
    result = contrast(
        claim("outlet-a", a, numbers=(qty(a, "Twelve", 12, 12), qty(a, "30", 30, 30))),
        claim("outlet-b", b, numbers=(qty(b, "40", 40, 40),)))
    assert result.relation == "agree"


def test_a_question_states_no_figure() -> None:
    question = contrast(parsed("Journal", "Will the bull market make it to six?"),
                        parsed("Wire", "The bull market turns five this week."))
    assert question.relation == "agree", question.summary
    assert "numbers" not in kinds(question)
    said = contrast(parsed("Journal", "The bull market turns six this week."),
                    parsed("Wire", "The bull market turns five this week."))
    assert said.relation == "conflict", said.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # a figure covers what rounds to it at its last digit: one result told twice
    ("Holm won 54% of the vote.", "Holm won 54.2% of the vote.", False),
    ("Turnout was 62%.", "Turnout was reported at 61.7%.", False),
    ("The company lost $1.1 billion last year.", "The company lost $1.07 billion last year.",
     False),
    ("The population is 8 million.", "The population is 8.4 million.", False),
    # one more unit at the last digit is another figure
    ("Unemployment rose to 4.1%.", "Unemployment rose to 4.2%.", True),
    ("The city has 2 million residents.", "The city has 2.6 million residents.", True),
    ("The company cut 12,000 jobs.", "The company cut 11,000 jobs.", True),
    ("Inflation was 3%.", "Inflation was 3.5%.", True),
    ("The company lost $1.2 billion last year.", "The company lost $1.07 billion last year.",
     True),
    ("The deal is worth $50 million.", "The deal is worth $52 million.", True),
])
def test_a_rounded_figure_agrees_with_the_figure_it_rounds(a: str, b: str,
                                                          disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    if not disputed:
        assert result.relation == "agree" and "numbers_agree" in kinds(result), result.summary
        assert "(within rounding)" in result.summary, result.summary


def test_an_agreement_says_why_figures_that_read_differently_agree() -> None:
    def agreement(a: str, b: str) -> str:
        result = contrast(parsed("x", a), parsed("y", b))
        return next(d.summary for d in result.differences if d.kind == "numbers_agree")

    assert agreement("The economy added 147,000 jobs.", "Employers added 147,000 jobs.") \
        .endswith("x and y say 147,000.")
    assert agreement("At least 31 migrants drowned.", "Thirty-four migrants drowned.") \
        .endswith("(the figures overlap).")
    assert agreement("About 1.2 million people were displaced.",
                     "The UN said 1,180,000 people had been displaced.") \
        .endswith("(the figures overlap).")


@pytest.mark.parametrize(("a", "b", "relation"), [
    # an amount a range holds, told with a currency on each end, is no dispute
    ("The repairs will cost between $2bn and $3bn.", "The repairs will cost $2.5bn.", "agree"),
    ("The repairs will cost between $2bn and $3bn.", "The repairs will cost $5bn.", "conflict"),
    # a lower bound told after the figure
    ("The storm killed 29 or more people.", "The storm killed 35 people.", "agree"),
    ("The storm killed 29 or more people.", "The storm killed 20 people.", "conflict"),
    # thousands grouped by a space meet the same figure grouped by a comma
    ("About 100 000 people fled the region.", "More than 100k people fled the region.", "agree"),
])
def test_figures_told_in_other_shapes_are_compared_whole(a: str, b: str, relation: str) -> None:
    assert contrast(parsed("outlet-a", a), parsed("outlet-b", b)).relation == relation


@pytest.mark.parametrize(("a", "b"), [
    ("The friendship binds our two nations.", "Trade underpins the friendship between our two "
     "great nations."),
    ("The two leaders met in Paris.", "The two leaders discussed trade."),
    ("Talks between the two countries resumed.", "Both countries' envoys said the two countries "
     "were close to a deal."),
])
def test_a_pair_named_before_is_no_agreement_on_a_count(a: str, b: str) -> None:
    """"our two nations", "the two leaders": the pair the story is about, which neither side
    counts; a reader shown "Sources agree on the number of nations: two" learns nothing."""
    result = contrast(parsed("outlet-a", a), parsed("outlet-b", b))
    assert "numbers_agree" not in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    # a count one side states, or a count that is no pair, is still an agreement
    ("Two countries signed the pact on Monday.", "The two countries signed the pact."),
    ("The 300 passengers were rescued.", "All of the 300 passengers were rescued."),
])
def test_a_stated_count_still_agrees(a: str, b: str) -> None:
    result = contrast(parsed("outlet-a", a), parsed("outlet-b", b))
    assert "numbers_agree" in kinds(result)
