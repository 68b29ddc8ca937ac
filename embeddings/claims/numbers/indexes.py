"""Stock indexes whose names end in a number: "S&P 500", "FTSE 100", "Nikkei 225", "Stoxx
600", "Russell 2000", "CSI 300".  The number is the name's own, never a count ("S&P 500
Retreats" counts no retreats, "S&P 500 stocks" no 500 of them) nor a year ("Russell 2000
Hits Record").  Each name is listed with the sizes it is written with, so "the Nasdaq 50
points lower" and "the FTSE 2 percent up" are read as the figures they are."""

from __future__ import annotations

import re

from embeddings.claims.numbers.names import _NO_NAME

# the index and the numbers its name is written with
_INDEXES = (
    r"S&P(?:/ASX)?\s?(?:500|400|600|100|200)|S&P/TSX\s?60"
    r"|Standard\s?(?:&|and)\s?Poor['’]?s\s?(?:500|400|600|100)"
    r"|FTSE(?:\s?All-Share)?\s?(?:100|250|350)|Nikkei(?:\s+Stock\s+Average)?\s?225"
    r"|(?:Euro\s?)?Stoxx(?:\s+Europe)?\s?(?:600|50)|Russell\s?(?:1000|2000|3000)"
    r"|Nasdaq(?:-|\s?)100|CAC\s?40|DAX\s?(?:30|40)|ASX\s?200|IBEX\s?35|KOSPI\s?200"
    r"|Nifty\s?50|CSI\s?300|TSX\s?60|Wilshire\s?5000|AEX\s?25|Sensex\s?30"
)
# (a figure glued on after the number, a decimal, a percent or points is another figure:
# "S&P 500.5", "FTSE 100-point fall", "the Nasdaq 100 points lower" keep theirs)
INDEX_NAME = re.compile(rf"(?<![\w&/])(?i:{_INDEXES})(?![\w.,%]|-\w|\s+(?i:points?|pts)\b)")
_NUMBER_AT_END = re.compile(r"\d+$")
# any other index's figure between its name and "Index" ("the Hang Seng 50 Index", "the MSCI
# 300 Index"): a name's word before it, its own word "Index" after
# (a word of grammar or a bound is no name: "About 40 Index funds")
_BEFORE_INDEX = re.compile(r"\b(?P<name>[A-Z][\w&’'-]*)\s(?P<n>\d+)\s+Index\b")


def index_numbers(sentence: str) -> list[tuple[int, int]]:
    """The spans of the numbers that are an index's name's own in ``sentence``."""
    spans = []
    for m in INDEX_NAME.finditer(sentence):
        number = _NUMBER_AT_END.search(m.group())
        if number is not None:
            spans.append((m.start() + number.start(), m.end()))
    spans.extend(m.span("n") for m in _BEFORE_INDEX.finditer(sentence)
                 if m.span("n") not in spans and m.group("name") not in _NO_NAME)
    return spans
