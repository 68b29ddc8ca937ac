"""Measures and spans told after a figure: a span's length in days ("24 months" is two
years), the smaller units a span or a height goes on in ("2 hours, 1 minute", "6 feet 11
inches"), below zero ("-5C"), a quake's magnitude, one name per unit of measure
("kilometres" is km) and temperatures ("40C" in a sentence about heat)."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import NUMBER

# a month is a twelfth of a year, so that "24 months" and "two years" are one duration
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
         "month": 365.25 / 12, "year": 365.25, "decade": 3652.5,
         "hr": 1 / 24, "min": 1 / 1440, "yr": 365.25}


# the smaller units a span goes on in: "2 hours, 1 minute and 9 seconds"
_MORE_TIME = re.compile(rf"(?:,\s*|,?\s+and\s+|\s+)(?P<n>{NUMBER})[-\s]"
                        r"(?P<u>year|month|week|day|hour|minute|second)s?\b(?![-\s]old)",
                        re.IGNORECASE)
_INCHES = re.compile(r"(?:,?\s+and\s+|\s+)(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:inch(?:es)?|in\b)")
_BELOW_ZERO = re.compile(r"(?:(?<![\w.,‚])[-−–]|\b[Mm]inus\s+)$")


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?\s+$", re.IGNORECASE)
_RICHTER_AFTER = re.compile(r"\s+on\s+the\s+Richter\b", re.IGNORECASE)


# one name per unit ("kilometres", "kilometers" and "km" are km), so contrast can convert
_MEASURE_NAMES = {"kilometer": "km", "kilometre": "km", "kilogram": "kg", "meter": "metre",
                  "square kilometer": "square kilometre", "sq km": "square kilometre",
                  "sq. km": "square kilometre", "sqkm": "square kilometre",
                  "km2": "square kilometre", "sq mile": "square mile",
                  "sq. mile": "square mile", "centimeter": "cm", "centimetre": "cm",
                  "millimeter": "mm", "millimetre": "mm", "feet": "foot", "ft": "foot",
                  "lbs": "lb", "pound": "lb", "metric ton": "tonne", "metric tonne": "tonne",
                  "mile per hour": "mph", "miles per hour": "mph", "miles an hour": "mph",
                  "mile an hour": "mph", "km/h": "km/h", "km / h": "km/h", "kph": "km/h",
                  "kmh": "km/h", "km per hour": "km/h", "km an hour": "km/h",
                  "kilometres per hour": "km/h", "kilometers per hour": "km/h",
                  "kilometres an hour": "km/h", "kilometers an hour": "km/h",
                  "metres per second": "m/s", "meters per second": "m/s"}



# "40C" is a temperature in a sentence about heat, "Flight 40C" and "the 3C group" are not
_HEAT_WORDS = re.compile(r"\b(?:temperatures?|heat(?:wave)?|hot(?:test)?|cold(?:est)?|warm(?:est)?"
                         r"|degrees?|thermometers?|mercury|frost|freezing|high of|low of)\b",
                         re.IGNORECASE)


# "Seville recorded 45.8C", "hit 46C": a reading of the thermometer, however the sentence
# names it (a decimal before C or F is one as well: "the 3C group" has none)
_READ_TEMPERATURE = re.compile(r"\b(?:recorded|reached|hit|topped|peaked\s+at|soared\s+to"
                               r"|climbed\s+to|rose\s+to)\s+(?:about\s+|nearly\s+|almost\s+)?$",
                               re.IGNORECASE)


def _temperature(sentence: str, unit: str, value: float) -> bool:
    if "°" in unit or "degree" in unit.lower():
        return True
    return -90 <= value <= 140 and _HEAT_WORDS.search(sentence) is not None


_TEMPERATURE_SCALES = {"c": "celsius", "celsius": "celsius", "centigrade": "celsius",
                       "f": "fahrenheit", "fahrenheit": "fahrenheit"}
