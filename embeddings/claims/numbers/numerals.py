"""How a figure is written and what it is worth: number words, scales ("1.2 lakh
crore"), digits grouped by commas or spaces, fractions, currency signs, and the bounds
and hedges said before a figure ("at least", "about").  Every other part of
``embeddings.claims.numbers`` builds on these patterns."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES = {w: float(i) for i, w in enumerate(_SMALL)}
_WORD_VALUES.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
_WORD_VALUES.update({"a dozen": 12.0, "dozen": 12.0, "a hundred": 100.0,
                     "a thousand": 1000.0, "a million": 1e6, "a billion": 1e9,
                     "half a dozen": 6.0, "half a million": 5e5, "half a billion": 5e8,
                     "a quarter million": 2.5e5, "a quarter of a million": 2.5e5})
# (Indian English: a lakh is a hundred thousand, a crore ten million: "1.5 lakh people";
# "Rs 1.2 lakh crore" is 1.2 trillion rupees)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "lakh": 1e5,
           "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
           "dozen": 12.0, "hundred": 100.0}  # "two dozen hostages" are 24, not two

# a figure below a hundred in words: "five", "fifteen", "twenty-five"
_UNDER_HUNDRED = (r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_SMALL[1:10]) + r"))?|"
                  + "|".join(_SMALL[1:]) + ")")
_WORD_NUMBER = (r"(?:half a (?:dozen|million|billion)|a quarter (?:of a )?million"
                r"|a (?:dozen|hundred|thousand|million|billion)|" + _UNDER_HUNDRED + ")")
# "one hundred", "two hundred and fifty", "twenty-five hundred": hundreds told in words are
# one figure, never "two" of a "hundred"; the rest after "and" is no figure of its own
# ("five hundred three-bedroom homes" are 500, "two hundred and three hundred" two figures)
_HUNDREDS = (rf"\shundred(?:(?:\sand)?\s{_UNDER_HUNDRED}(?![\w-])(?!\s(?i:hundred)\b))?")
# thousands are grouped by a comma, or by the low quotation mark a mis-encoded feed puts for
# it ("150‚000 attacks", U+201A), which is no other character between digits
# ("2½ per cent", "¾": a vulgar fraction is its decimal)
_DIGITS = r"\d{1,3}(?:[,‚]\d{3})+(?:\.\d+)?|\d+[½¼¾]|\d+(?:\.\d+)?"
_VULGAR = {"½": ".5", "¼": ".25", "¾": ".75"}
_STUCK_UNITS = r"(?:km|kg|cm|mm|ft|mph|kph|kmh|lbs?)"
NUMBER = (rf"(?:(?<![\w.,‚/])(?<![A-Za-z]-)(?:{_DIGITS})"
          # "$30 mn", "4.2 bn": abbreviations that name no unit may stand apart ("30 m" is metres)
          # ("$1.2-billion loss": the scale hyphenated before a noun)
          rf"(?:[\s-]?(?i:thousand|million|billion|trillion|lakh crores?|lakhs?|crores?|mn|bn)\b"
          rf"|(?i:k|m|b|tn)\b)?"
          # "40C", "25pc" (British papers' percent), "100km", "6ft", "40mph": a unit stuck on
          rf"(?!(?![CF]\b|pc\b|{_STUCK_UNITS}\b)[\w/]|\.\d|[,‚]\d)"
          # ("one-on-one", "all-in-one": a word hyphenated on is no figure, as a digit is not)
          rf"|(?<![A-Za-z]-)\b(?i:{_WORD_NUMBER}(?:{_HUNDREDS})?"
          rf"(?:\s(?:thousand|million|billion|dozen))?)\b)")
_SIGNS = r"(?:US\$|(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$|\$|€|£|¥)"
# thousands grouped by a space (French, and text translated from it: "100 000 personnes" read
# as "100 000 people"), not a year or a date before another figure ("in 2020 100 died" and
# "March 5 100 people" are taken by the year and the date first)
_SPACED = re.compile(r"(?<![\w.,‚/])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\w.,‚/]|\s\d)")

# "spread over 55,000 square miles", "scattered over 300 acres", "stretched over three
# days": after a verb of extent, "over" says across what the thing lies, not more than
_EXTENT_VERBS = _words("""spread spreads spreading scattered scatters scattering stretched
    stretches stretching sprawled sprawls sprawling extended extends extending dispersed
    distributed strewn staggered""")
_ACROSS = "".join(rf"(?<!\b{verb}\s)(?<!\b{verb}\sout\s)" for verb in sorted(_EXTENT_VERBS))
_LOWER_BOUND = rf"at least|no fewer than|no less than|a minimum of|more than|{_ACROSS}over|above|in excess of|upwards of|exceeding|greater than|just over"  # noqa: E501
_UPPER_BOUND = r"fewer than|less than|under|below|up to|at most|no more than|a maximum of|as many as|as much as|not more than|just under"  # noqa: E501
_APPROX = r"about|around|nearly|almost|some|roughly|approximately|an estimated|estimated|close to|circa|several|~"  # noqa: E501
_MODIFIER = re.compile(rf"\b(?:(?P<low>{_LOWER_BOUND})|(?P<high>{_UPPER_BOUND})"
                       rf"|(?P<approx>{_APPROX}))\s*$", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """"1.5 million" -> 1500000, "120k" -> 120000, "twenty-five" -> 25, "3bn" -> 3e9."""
    text = text.strip().lower().replace(",", "").replace("‚", "")
    for fraction, decimal in _VULGAR.items():
        text = text.replace(fraction, decimal)
    if text in _WORD_VALUES:  # "half a million" is no "half a" of millions
        return _WORD_VALUES[text]
    scale = 1.0
    match = re.match(r"^(.*?)[\s-]?(thousand|million|billion|trillion|lakh crores?|lakhs?|crores?"
                     r"|dozen|k|mn|m|bn|b|tn)$", text)
    if match and match.group(1):
        text, scale = match.group(1).strip(), _SCALES[match.group(2)]
    value = _word_value(text)
    if value is not None:
        return value * scale
    hundreds = re.fullmatch(r"(\S+)\s+hundred(?:\s+(?:and\s+)?(\S+))?", text)
    if hundreds:  # "two hundred and fifty": 250
        head, rest = _word_value(hundreds.group(1)), _word_value(hundreds.group(2) or "zero")
        return None if head is None or rest is None else (head * 100 + rest) * scale
    try:
        return float(text) * scale
    except ValueError:
        return None


def _word_value(text: str) -> float | None:
    """"five", "twenty-five" -> 5, 25; None for what is no number word."""
    if text in _WORD_VALUES:
        return _WORD_VALUES[text]
    tens, _, unit = text.partition("-")
    if tens in _WORD_VALUES and unit in _WORD_VALUES:
        return _WORD_VALUES[tens] + _WORD_VALUES[unit]
    return None


def _bounded(sentence: str, start: int, low: float | None, high: float | None
             ) -> tuple[int, float | None, float | None, bool]:
    """The bound or hedge a modifier before ``start`` puts on a figure ("more than half a
    point", "nearly tripled"): (new start, low, high, approximate)."""
    modifier = _MODIFIER.search(sentence, 0, start)
    if not modifier:
        return start, low, high, False
    if modifier.group("low"):
        return modifier.start(), low, None, False
    if modifier.group("high"):
        return modifier.start(), None, high, False
    return modifier.start(), low, high, True


_FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fourth": 1 / 4, "fifth": 1 / 5,
              "tenth": 1 / 10}
_FRACTION_OF = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|nine)[\s-]+(?P<f>halfs?|halves|thirds?|quarters?"
    r"|fourths?|fifths?|tenths?)|(?P<half>half))\s+of\s+(?:the|its|their|an estimated)?\s*$",
    re.IGNORECASE)


def _fraction_value(m: re.Match[str]) -> float:
    """"half of", "two-thirds of" -> 0.5, 0.667 ("40 percent of the 2,000 homes" keeps both
    figures as written: the percentage is found on its own)."""
    if m.group("half"):
        return 0.5
    count = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
    part = m.group("f").lower().rstrip("s").replace("halve", "half")
    return count[m.group("n").lower()] * _FRACTIONS[part]


# a bound or a hedge told after a figure: "29 or more", "10,000-plus", "30 or so"
# ("65 and over" is an age, read by ``aged``)
_OR_MORE = re.compile(
    r"\s+(?:or\s+(?P<up>more|over|above|upwards|higher)|and\s+(?P<and_up>more)|or\s+"
    r"(?P<down>fewer|less|under|below))\b(?!\s+than\b)|(?P<plus>-plus\b|\+(?![\d\w]))"
    r"|\s+or\s+so\b|-odd\b", re.IGNORECASE)  # "2,000-odd": about 2,000
