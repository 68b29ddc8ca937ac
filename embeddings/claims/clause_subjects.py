"""Where a sentence's main clause starts when it opens with a subordinate one: "As he held
out the prospect of a deal with Mr. Kim, Mr. Trump repeated his vow" is about Mr. Trump,
the "he" of the next sentence, not about Mr. Kim, the last name before it."""

from __future__ import annotations

import re

# a subordinator, its clause (no quotation, no second clause), the comma closing it, then a
# capitalised subject
_OPENING_CLAUSE = re.compile(
    r"^\W*(?:But|And|Yet|Still|Then|Now)?,?\s*(?:As|While|When|After|Before|Since|Because|If"
    r"|Although|Though|Once|Until|Unless|Whereas)\s+[^,;:“”\"]{3,160}?,\s+(?=[A-Z])")


def main_clause_start(sentence: str) -> int | None:
    """The start of the main clause after an opening subordinate clause, or None."""
    match = _OPENING_CLAUSE.match(sentence)
    return match.end() if match else None
