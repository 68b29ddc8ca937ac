"""One figure, or a range of two, read with the words around it: the bound or hedge told
after it ("or more"), its currency, unit or kind (``units``), a share of a whole
before it ("half of the 140,000"), and the figures that are no count at all: a
name's own number ("Boeing 737", "Chapter 11": ``labels``), an address, "one-sided"."""

from __future__ import annotations

import re
from dataclasses import replace

from embeddings.claims.numbers.age_bounds import age_bounds, other_age
from embeddings.claims.numbers.aged import _age
from embeddings.claims.numbers.ages import said_age
from embeddings.claims.numbers.changes import _CHANGE_BEFORE, _CHANGED_BY
from embeddings.claims.numbers.compounds import and_a_half, one_range
from embeddings.claims.numbers.currencies import (
    _CURRENCY_BEFORE,
    _CURRENCY_UNITS,
    _DOLLARS,
    _currency_of,
)
from embeddings.claims.numbers.dates import short_year_span
from embeddings.claims.numbers.hyphened import hyphened_unit
from embeddings.claims.numbers.idioms import set_phrase
from embeddings.claims.numbers.labels import name_label, past_label
from embeddings.claims.numbers.localities import zip_code
from embeddings.claims.numbers.measures import (
    _BELOW_ZERO,
    _DAYS,
    _INCHES,
    _MAGNITUDE_BEFORE,
    _MORE_TIME,
    _READ_TEMPERATURE,
    _RICHTER_AFTER,
    _TEMPERATURE_SCALES,
    _temperature,
)
from embeddings.claims.numbers.metres import race_metres
from embeddings.claims.numbers.models import business_number, listed_number, model_number
from embeddings.claims.numbers.names import address_number, figure_name, name_number
from embeddings.claims.numbers.numerals import (
    _FRACTION_OF,
    _MODIFIER,
    _OR_MORE,
    _SCALES,
    _SIGNS,
    NUMBER,
    _bounded,
    _fraction_value,
    _words,
    parse_number,
)
from embeddings.claims.numbers.pronouns import pronoun_one
from embeddings.claims.numbers.spans import aged_count, during_span, span_age
from embeddings.claims.numbers.titles import title_number
from embeddings.claims.numbers.units import (
    _AFTER,
    _COUNTED_BEFORE,
    _CROWD,
    _DEAD,
    _NO_UNIT,
    _STAFF_BY,
    _UNIT_WORD,
    TOLL_BEFORE,
    _measure_unit,
    _singular,
    _unit,
)
from embeddings.claims.numbers.weights import ounces_after, weighed_pounds
from embeddings.types import Quantity

# a currency may stand before each figure ("between $2bn and $3bn", "$40-$50"); not in "rose
# $1.25 to $21.75" (a change, then the price) nor in "from $10 billion to $30 billion", which
# is a change unless a range is said ("ranging from $500 to $5,000")
_CUR = rf"(?:(?P<{{}}>{_SIGNS})\s?)?"
# a percent sign may stand after each figure too ("between 5% and 6%", "rose from 3.1% to
# 3.5%", "5.25%-5.5%"); not in "rose 2% to 3.5%" (a change, then the level)
_PCT = r"(?:\s?%|\s(?i:percent|per\s+cent))?"
_RANGE = re.compile(
    rf"(?:\b(?i:between)\s+{_CUR.format('c1')}(?P<a1>{NUMBER}){_PCT}\s+and\s+{_SIGNS}?\s?"
    rf"(?P<b1>{NUMBER})"
    rf"|\b(?i:from)\s+{_CUR.format('c2')}(?P<a2>{NUMBER}){_PCT}\s+to\s+{_SIGNS}?\s?"
    rf"(?P<b2>{NUMBER})"
    rf"|(?P<a3>{NUMBER})(?:\s?%(?=\s?[-–—]))?\s?(?:(?:-|–|—)\s?{_SIGNS}?|to\s?"
    rf"|(?P<either>or)\s{_SIGNS}?)"  # "two or three members": one estimate (``compounds``)
    rf"(?P<b3>{NUMBER}))"
)
_SINGLE = re.compile(NUMBER)
# the spans an age is told in: "a 35-year-old", "a nine-month-old", "a six-week-old", "a
# 3-day-old", "a 36-hour-old" ("a 48-minute-old" is said of nobody)
_AGE_SPANS = frozenset({"year", "yr", "decade", "month", "week", "day", "hour", "hr"})
_RANGING_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|anywhere|vary|varies|varying)\s+$",
                             re.IGNORECASE)
_NOT_A_COUNT_AFTER_ONE = _words("of such another by or side")


def _range(sentence: str, m: re.Match[str],
           offset: int) -> tuple[Quantity | None, int, int]:
    whole = _SINGLE.match(sentence, m.start())
    if whole is not None and whole.end() >= m.end():  # "Thirty-one" is one number, not 30-1
        return _single(sentence, whole, offset)
    descending = m.group("a2") and (parse_number(m.group("a2")) or 0) > (
        parse_number(m.group("b2")) or 0)
    # "rose from 10 to 20", and "from 500 to 300" (no range runs downwards): a change, whose
    # figure now is the second
    if m.group("a2") and (descending or _CHANGE_BEFORE.search(sentence, 0, m.start()) or (
            m.group("c2") and not _RANGING_BEFORE.search(sentence, 0, m.start()))):
        single = _SINGLE.match(sentence, m.start("b2"))
        if single is not None:  # the earlier figure is no claim about now
            quantity, _, end = _single(sentence, single, offset)
            return quantity, m.start(), end
    a = next(m.group(g) for g in ("a1", "a2", "a3") if m.group(g))
    b = next(m.group(g) for g in ("b1", "b2", "b3") if m.group(g))
    low, high = parse_number(a), parse_number(b)
    scale = re.search(r"(?i)(?:hundred|thousand|million|billion|trillion|k|mn|m|bn|b|tn)$",
                      b.strip())
    if low is not None and high is not None and scale \
            and re.fullmatch(r"[\d.,\s]+|[A-Za-z]+(?:-[A-Za-z]+)?", a) \
            and low * _SCALES[scale.group().lower()] <= high:
        # "4-5K", "2-3 million", "two to three million": the scale is shared
        low *= _SCALES[scale.group().lower()]
    if m.group("either"):
        alone = _SINGLE.match(sentence, m.start())
        if alone is None or _single(sentence, alone, offset)[0] is None \
                or not one_range(a, low, high):
            # "one or two", "2019 or 2020": no range; each figure is read alone, later, as
            # if "or" had not been seen (an empty span takes nothing)
            return None, m.start(), m.start()
    if m.group("a3") and _CHANGED_BY.search(sentence, 0, m.start()) \
            and re.match(r"\s?to\b", sentence[m.end("a3"):]) and low and high \
            and high >= 10 * low:
        # "The S&P 500 rose 3 to 980.59": by how much, then to what; a range runs between
        # figures of one size ("rose 3 to 5 percent")
        change = _SINGLE.match(sentence, m.start("a3"))
        if change is not None:
            return _single(sentence, change, offset)
    if m.group("a3") and re.search(r"[-–—]", sentence[m.end("a3"):m.start("b3")]) \
            and (last := short_year_span(a, b)) is not None:
        high = last  # "the 1950 - 53 Korean War", "the 2019-20 season": years, read below
    if low is None or high is None or high < low:
        return None, m.start(), m.end()
    currency = next((g for g in ("c1", "c2") if m.group(g)), None)
    if low >= 1800 and high <= 2100 and "," not in a + b and float(low).is_integer() \
            and currency is None:
        return (Quantity(m.group(), offset + m.start(), offset + m.end(), low, high, None, "year"),
                m.start(), m.end())
    if currency is not None:  # read the currency where it stands, then take "between" in
        first = "a1" if currency == "c1" else "a2"
        q, _, end = _quantity(sentence, m.start(first), m.end(), low, high, offset)
        return (replace(q, text=sentence[m.start():end], start=offset + m.start()),
                m.start(), end)
    return _quantity(sentence, m.start(), m.end(), low, high, offset)



# "a Five-Year Low", "a 57-year high", "a 52-week high": a record level, the lowest or highest
# since then, which tells no span of anything (nor disputes "a 5-Year Low" written in figures)
_RECORD_SINCE = re.compile(r"[-\s](?:year|month|week|day|decade)s?[-\s](?:high|low|peak|trough)s?"
                           r"\b(?![-\s]+school)(?!-)", re.IGNORECASE)


def _single(sentence: str, m: re.Match[str], offset: int) -> tuple[Quantity | None, int, int]:
    text = m.group()
    value = parse_number(text)
    following = _UNIT_WORD.match(sentence, m.end())
    if value is None or (text.lower() == "one" and (
            (following and following.group(1).lower() in _NOT_A_COUNT_AFTER_ONE)
            or re.search(r"\b(?:no|any|every|the|this|that|each)\s+$", sentence[: m.start()],
                         re.IGNORECASE))) or pronoun_one(sentence, m.start(), m.end()) \
            or set_phrase(sentence, m.start(), m.end()):  # "For one thing": no count
        return None, m.start(), m.end()  # "a truly honest one": a noun's stand-in
    metres = race_metres(sentence, m.start(), m.end())
    if metres is not None:  # "the 10,000m champion": a race's metres, no 10 billion
        start, low, high, approximate = _bounded(sentence, m.start(), metres, metres)
        return (Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                         "metre", "measure", approximate), start, m.end())
    if _RECORD_SINCE.match(sentence, m.end()):
        return None, m.start(), m.end()  # "Plunges to Five-Year Low": a level, no span
    if sentence[m.end():m.end() + 1] == "-" and not _AFTER.match(sentence, m.end()) \
            and not _OR_MORE.match(sentence, m.end()):
        if sentence.startswith("-strong", m.end()):  # "a 3,000-strong crowd": 3,000 people
            q, start, end = _quantity(sentence, m.start(), m.end() + len("-strong"), value,
                                      value, offset)
            return (replace(q, unit="people") if q.unit in _CROWD else q), start, end
        if (hyphened := hyphened_unit(sentence, m.end())) is not None:  # "a 32-page booklet"
            start, low, high, approximate = _bounded(sentence, m.start(), value, value)
            return (Quantity(sentence[start:hyphened[2]], offset + start, offset + hyphened[2],
                             low, high, hyphened[0], hyphened[1], approximate), start, hyphened[2])
        return None, m.start(), m.end()  # "one-sided", "two-thirds"
    if sentence[m.end():m.end() + 1] in ("C", "F") and (
            not (_temperature(sentence, sentence[m.end()], value)
                 or _READ_TEMPERATURE.search(sentence, 0, m.start())
                 or ("." in m.group() and -90 <= value <= 140))
            or re.search(r"[A-Z][a-z]+\s+$", sentence[max(0, m.start() - 20):m.start()])):
        return None, m.start(), m.end()  # "Flight 40C", "the 3C group"
    if address_number(sentence, m.end(), value) or zip_code(sentence, m.start(), m.end()):
        # "10 Downing Street said", "Austin, TX 78701": a place, not ten of it
        return None, m.start(), m.end()
    if name_label(sentence, m.start(), m.end()):
        # "Chapter 11", "Flight 370", "Fortune 500 companies", "“Battlefield 4”", "the
        # Boeing 737 Max 9", "Windows 11": a name's or a label's number, not a count
        return None, m.start(), m.end()
    if name_number(sentence, m.start(), m.end()):
        return None, m.start(), m.end()  # "Xbox One", "Air Force One": a name, not one
    if figure_name(sentence, m.start(), m.end()) or title_number(sentence, m.start(), m.end()):
        return None, m.start(), m.end()  # "Channel 4 Drops Show", "Grand Theft Auto 5 Release"
    if model_number(sentence, m.start(), m.end()) or listed_number(sentence, m.start(), m.end()):
        return None, m.start(), m.end()  # "Xbox 360 Sales Slump", "(Xbox One / 360 / PC)"
    if business_number(sentence, m.start(), m.end(), value):
        return None, m.start(), m.end()  # "Five Guys Opens New Store": a restaurant's name
    half = and_a_half(sentence, m.start(), m.end(), value)
    if half is not None:  # "three and a half years", "two and a half million people"
        return _quantity(sentence, m.start(), half[1], half[0], half[0], offset)
    return _quantity(sentence, m.start(), m.end(), value, value, offset)


def _quantity(sentence: str, start: int, end: int, low: float, high: float,
              offset: int) -> tuple[Quantity, int, int]:
    """Read bound, currency and unit around a number span [start, end)."""
    kind, unit, approximate = "count", None, False
    # "29 or more", "10,000-plus", "30 or so": a bound or a hedge told after the figure
    open_end = _OR_MORE.match(sentence, end)
    if open_end:
        end = open_end.end()
    currency = _CURRENCY_BEFORE.search(sentence, 0, start)
    if currency:
        kind, unit, start = "money", _CURRENCY_UNITS[currency.group("c").lower()], currency.start()
    after = _AFTER.match(sentence, end)
    if after and kind == "count":
        end = after.end()
        if after.group("pct"):
            kind, unit = "percent", "percent"
        elif after.group("cur"):
            kind = "money"
            unit = _CURRENCY_UNITS.get(after.group("cur").strip(" -").lower().rstrip("s"),
                                       "money")
            if after.group("whose"):
                unit = _DOLLARS[re.sub(r"\s+", " ", after.group("whose").lower())]
            ounces = ounces_after(sentence, end) if unit == "gbp" else None
            if ounces or (unit == "gbp" and weighed_pounds(sentence, start, after.start(), high)):
                kind, unit = "measure", "lb"  # "weighs 300 pounds", "lost 40 pounds"
            if ounces:  # "7 pounds, 4 ounces": one weight, of 7.25 lb
                low, high, end = low + ounces[0], high + ounces[0], ounces[1]
        elif after.group("cents"):
            # "fell 98 cents to $12.40" is $0.98: an amount, in the currency the sentence
            # names ("A$1.20, up 5 cents"), else dollars; never a count of cents
            kind, low, high = "money", low / 100, high / 100
            unit = "eur" if after.group("euro") else "usd" if after.group("us") else "gbp" \
                if after.group("cents").strip().lower() == "pence" else _currency_of(sentence)
        elif after.group("dur") and after.group("old") \
                and after.group("dur").lower() in _AGE_SPANS:
            # "a 35-year-old man": an age, not 35 years of anything; "a nine-month-old
            # baby" is one too, told in years (0.75) so that "a 12-month-old" meets "a
            # one-year-old" and every age is compared with every other
            share = _DAYS[after.group("dur").lower()] / _DAYS["year"]
            kind, unit, low, high = "age", "year", round(low * share, 4), round(high * share, 4)
        elif after.group("dur"):
            factor = _DAYS[after.group("dur").lower()]
            # "six weeks" is 42 days; what a whole week leaves unsaid is the comparison's
            # (``service.contrast.intervals``), so "10 years" does not meet "12 years"
            kind, unit, low, high = "duration", "day", low * factor, high * factor
            # "2 hours 3 minutes", "three years and six months": one span, of 123 minutes
            while (more := _MORE_TIME.match(sentence, end)) is not None \
                    and _DAYS[more.group("u").lower()] < factor:
                factor = _DAYS[more.group("u").lower()]
                extra = (parse_number(more.group("n")) or 0.0) * factor
                low, high, end = low + extra, high + extra, more.end()
        elif after.group("temp"):
            scale = after.group("temp").strip(" °").lower().split()[-1:] or ["degree"]
            kind, unit = "measure", _TEMPERATURE_SCALES.get(scale[0], "degree")
            below = _BELOW_ZERO.search(sentence, 0, start)
            if below:  # "-5C", "minus 5 degrees": below zero, which "5C" disputes
                start, low, high = below.start(), -high, -low
        else:
            kind, unit = "measure", _measure_unit(after.group("measure"))
            inches = _INCHES.match(sentence, end) if unit == "foot" else None
            if inches:  # "6 feet 11 inches", "6ft 11in": one height, of 6.92 feet
                extra = float(inches.group("n")) / 12
                low, high, end = low + extra, high + extra, inches.end()
    fraction = _FRACTION_OF.search(sentence, 0, start) if kind in ("count", "money") else None
    if fraction:
        # "half of the 140,000 inhabitants have been displaced" says 70,000 were; the whole
        # is only the yardstick.  The span takes the fraction in, so "a third" is no ordinal
        share = _fraction_value(fraction)
        start, low, high = fraction.start(), low * share, high * share
    modifier = _MODIFIER.search(sentence, 0, start)
    if modifier and kind == "duration" and (modifier.group("low") or "").lower() == "over" \
            and during_span(sentence, start, end):
        modifier = None  # "took place over three days": during them, no more than three
    bounded_low: float | None = low
    bounded_high: float | None = high
    if open_end and not (modifier and (modifier.group("low") or modifier.group("high"))):
        if open_end.group("up") or open_end.group("and_up") or open_end.group("plus"):
            bounded_high = None
        elif open_end.group("down"):
            bounded_low = None
        else:
            approximate = True
    if modifier:
        start = modifier.start()
        if modifier.group("low"):
            bounded_high = None
        elif modifier.group("high"):
            bounded_low = None
        else:
            approximate = True
    aged = span_age(sentence, start, end, high / _DAYS["year"]) if kind == "duration" else None
    if aged is not None:  # "a baby aged six months", "18 months of age": an age, in years
        kind, unit, end = "age", "year", aged
        bounded_low, bounded_high = (None if b is None else round(b / _DAYS["year"], 4)
                                     for b in (bounded_low, bounded_high))
    if kind == "count" and (_MAGNITUDE_BEFORE.search(sentence, 0, start)
                            or _RICHTER_AFTER.match(sentence, end)):
        # "a magnitude 6.8 earthquake", "a magnitude of 6.8": no count of earthquakes
        kind, unit = "measure", "magnitude"
    if kind == "count":
        age = _age(sentence, start, end)
        if age is None and (said_age(sentence, start, end)
                            or (low == high and other_age(sentence, start, end, low))):
            age = end, True, True  # "Dead At 57", "Now 25,", "aged five", "The victim, 65,"
        if age is not None:
            kind, unit = "age", "year"
            end = age[0]
            bounded_low = bounded_low if age[1] else None
            bounded_high = bounded_high if age[2] else None
        else:
            # ("500 Model 3 sedans" counts sedans, not the model's name before them)
            unit = _unit(sentence, past_label(sentence, end), one=low == high == 1)
            if unit == "pound" and (weighed := hyphened_unit(sentence, end)) is not None:
                kind, unit, end = "measure", weighed[0], weighed[2]  # "280 Pound Catfish"
            if unit is None and (aged_noun := aged_count(sentence, end)) is not None:
                # "two 17-year-olds", "one 16-year-old was charged": people of that age;
                # "two 17-year-old boys": boys
                noun = None if aged_noun[0] else _unit(sentence, aged_noun[1], one=low == high == 1)
                unit = noun or "people"
            if unit is None and re.match(r"\s+times\b", sentence[end:]):
                unit = "time"  # "was arrested three times": how often, no one arrested
            if unit in ("death", "fatality"):
                unit = "people"  # "12 deaths" is 12 people dead
            counted = _COUNTED_BEFORE.search(sentence, 0, start)
            if counted and counted.group("n4"):
                unit = "people"  # "a crowd of 35,000 gathered": the crowd is what is counted
            elif unit is not None:
                counted = None
            if unit is None and TOLL_BEFORE.search(sentence, 0, start):
                unit = "people"  # "the death toll rose to 47": 47 people died
            elif counted:  # "Cases rose to 1,240", "put the number of marchers at 15,000"
                noun = next(g for g in counted.groups() if g).lower()
                if noun in _NO_UNIT:
                    unit = None
                elif noun in _DEAD or noun in _CROWD:
                    unit = "people"
                else:
                    unit = _singular(noun)
    if kind == "age":  # "over age 65", "aged six months and older": a bound on the age
        start, end, keep_low, keep_high = age_bounds(sentence, start, end)
        bounded_low = bounded_low if keep_low else None
        bounded_high = bounded_high if keep_high else None
    if kind == "count" and unit is None and _STAFF_BY.search(sentence, 0, start):
        unit = "job"  # "reduce headcount by 1,150" is "cut 1,150 jobs"
    text = sentence[start:end]
    return (Quantity(text, offset + start, offset + end, bounded_low, bounded_high, unit, kind,
                     approximate), start, end)
