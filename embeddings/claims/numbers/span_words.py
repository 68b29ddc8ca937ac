"""A word between a figure and the unit of its span that says what sort of span it is: "12
contentious years", "three straight days", "four consecutive years", "two more years" are
spans of 12 years, three days, four years and two years, which "12 years" meets.

Lower-case words only (a headline's "2 More Minutes" says "more"); not a word that opens a
rate or a time of the span ("5 a day", "30 per week", "3 this year"), nor one whose span is
no time ("40 light years" is a distance), nor a number's own word ("two hundred years").
Nor the counted noun itself, a plural or a person ("killed 12 people years ago", "arrested
one man days later"): a span told by when it was ("ago", "later") takes no word between."""

from __future__ import annotations

_NOT_SPAN_WORDS = (r"a|an|the|per|each|every|of|in|on|at|for|to|by|from|and|or|nor|but|than"
                   r"|this|that|these|those|its|their|his|her|our|my|your|next|last|past"
                   r"|previous|coming|first|few|light|dog|hundred|thousand|million|billion"
                   r"|people|men|women|children|police|staff")
_UNITS = r"(?:day|week|month|year|decade|hour|minute|second|hr|min|yr)s?\b"
_WHEN = r"(?:ago|later|earlier|before|after|afterwards|apart|old|olds|into)\b"
# (read in ``units._AFTER``, which ignores case: the lower case is asked for here; a word in
# -s is a plural unless in -us or -ss, "contentious")
SPAN_WORD = (rf"(?:(?i:more|additional|further|extra)\s+"
             rf"|(?!(?:{_NOT_SPAN_WORDS})\b)(?-i:[a-z]+)(?<![^su]s)\s+"
             rf"(?={_UNITS}(?![-\s]+{_WHEN})))?")
