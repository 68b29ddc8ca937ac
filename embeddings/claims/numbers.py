"""Numbers in a sentence, parsed to intervals that can be compared across outlets.

"at least 29 people" -> [29, open), "100,000–120,000 Armenians" -> [100000, 120000],
"more than 100k people" -> [100000, open), "six-week war" -> 42 days (approximate),
"44-day war" -> 44 days, "thousands" -> [2000, 9999] (approximate).  Dates and years
are kept apart from counts (kind "date" / "year") so "2020" never disagrees with "29".

Found in passes, each claiming its spans: dates, vague amounts ("dozens"), ranges,
then single numbers; modifiers and units are read from the words around each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from embeddings.types import Quantity


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
           "dozen": 12.0}  # "two dozen hostages" are 24, not two

_WORD_NUMBER = (r"(?:half a (?:dozen|million|billion)|a quarter (?:of a )?million"
                r"|a (?:dozen|hundred|thousand|million|billion)|(?:" + "|".join(_TENS)
                + r")(?:-(?:" + "|".join(_SMALL[1:10]) + r"))?|" + "|".join(_SMALL[1:]) + ")")
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
          rf"|\b(?i:{_WORD_NUMBER}(?:\s(?:thousand|million|billion|dozen))?)\b)")

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
_DATE = re.compile(
    rf"\b(?:{_WEEKDAY})?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:\s*[-–]\s*(?P<e1>\d{{1,2}})(?!\d)(?![,.]\d)"  # "July 11-12", not "- 40 people"
    rf"(?!\s+(?:[a-z]+s|people|men|women|children|police|personnel|staff)\b))?"
    rf"(?:,?\s+(?P<y1>\d{{4}})\b)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})"
    rf"(?:,?\s+(?P<y2>\d{{4}})\b)?|(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}})\b)"
)
_YEAR = re.compile(r"(?<![\w.,$€£¥/-])(?P<y>1[89]\d\d|20\d\d)(?P<decade>s)?(?![\w/]|\.\d|,\d)")
_VAGUE = re.compile(
    r"\b(?P<v>(?:several |a few )?(?:tens|hundreds|thousands|millions|dozens|decades)"
    r"(?: of (?:thousands|millions))?|several (?:dozen|hundred|thousand))\b",
    re.IGNORECASE,
)
_ONE_IN = re.compile(rf"\b(?P<part>{NUMBER})\s+in\s+(?P<whole>{NUMBER})\b(?!\s*(?:-|to)\s*\d)"
                     r"(?!\s+(?:years?|days?|months?|weeks?|hours?|minutes?|games?|matches))")
# a result of a match or a vote: two small numbers, the winner's first or a draw, next to a
# word that says so ("ended 2-1", "beat Madrid 3-0", "a 5-4 ruling", "passed 52-48")
_SCORE = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})"
                    r"(?![\w/%-]|[.,]\d|\s?%|\s+(?:points?|percent|per\s+cent|million|billion"
                    r"|thousand|years?|months?|weeks?|days?|hours?|minutes?)\b)")
_SCORE_BEFORE = re.compile(
    r"\b(?:won|wins?|lost|loses?|beat|beats|defeated|drew|draws?|ended|ends|finished|edged"
    r"|thrashed|routed|leads?|led|trailed|trails|passed|approved|rejected|voted|votes?|ruled"
    r"|score|scored|scoreline|tally)\b(?:\s+[\w’'.-]+){0,3}?\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE)
_SCORE_AFTER = re.compile(
    r"\s+(?:win|victory|defeat|loss|draw|vote|votes|ruling|decision|majority|margin|lead"
    r"|scoreline|result|home win|away win)\b", re.IGNORECASE)
_COUNTED_VAGUE = re.compile(r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten))\s+$")
# a currency may stand before each figure ("between $2bn and $3bn", "$40-$50"); not in "rose
# $1.25 to $21.75" (a change, then the price) nor in "from $10 billion to $30 billion", which
# is a change unless a range is said ("ranging from $500 to $5,000")
_SIGNS = r"(?:US\$|(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$|\$|€|£|¥)"
_CUR = rf"(?:(?P<{{}}>{_SIGNS})\s?)?"
# a percent sign may stand after each figure too ("between 5% and 6%", "rose from 3.1% to
# 3.5%", "5.25%-5.5%"); not in "rose 2% to 3.5%" (a change, then the level)
_PCT = r"(?:\s?%|\s(?i:percent|per\s+cent))?"
_RANGE = re.compile(
    rf"(?:\b(?i:between)\s+{_CUR.format('c1')}(?P<a1>{NUMBER}){_PCT}\s+and\s+{_SIGNS}?\s?"
    rf"(?P<b1>{NUMBER})"
    rf"|\b(?i:from)\s+{_CUR.format('c2')}(?P<a2>{NUMBER}){_PCT}\s+to\s+{_SIGNS}?\s?"
    rf"(?P<b2>{NUMBER})"
    rf"|(?P<a3>{NUMBER})(?:\s?%(?=\s?[-–—]))?\s?(?:(?:-|–|—)\s?{_SIGNS}?|to\s?)"
    rf"(?P<b3>{NUMBER}))"
)
_SINGLE = re.compile(NUMBER)
# thousands grouped by a space (French, and text translated from it: "100 000 personnes" read
# as "100 000 people"), not a year or a date before another figure ("in 2020 100 died" and
# "March 5 100 people" are taken by the year and the date first)
_SPACED = re.compile(r"(?<![\w.,‚/])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\w.,‚/]|\s\d)")
_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<n>\d+)(?:st|nd|rd|th)\b"
    r"|\b(?:the|a|its|their|his|her|our)\s+(?P<w>first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)\b"
)
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth"]

_LOWER_BOUND = r"at least|no fewer than|no less than|a minimum of|more than|over|above|in excess of|upwards of|exceeding|greater than|just over"  # noqa: E501
_UPPER_BOUND = r"fewer than|less than|under|below|up to|at most|no more than|a maximum of|as many as|as much as|not more than|just under"  # noqa: E501
_APPROX = r"about|around|nearly|almost|some|roughly|approximately|an estimated|estimated|close to|circa|several|~"  # noqa: E501
_MODIFIER = re.compile(rf"\b(?:(?P<low>{_LOWER_BOUND})|(?P<high>{_UPPER_BOUND})"
                       rf"|(?P<approx>{_APPROX}))\s*$", re.IGNORECASE)
# ("65 and over" is an age, read by ``_age``)
_OR_MORE = re.compile(
    r"\s+(?:or\s+(?P<up>more|over|above|upwards|higher)|and\s+(?P<and_up>more)|or\s+"
    r"(?P<down>fewer|less|under|below))\b(?!\s+than\b)|(?P<plus>-plus\b|\+(?![\d\w]))"
    r"|\s+or\s+so\b|-odd\b", re.IGNORECASE)  # "2,000-odd": about 2,000
_RANGING_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|anywhere|vary|varies|varying)\s+$",
                             re.IGNORECASE)
# Australian, Canadian, Hong Kong ... dollars are no US dollars: "A$50m" is about US$33m, so
# it must neither agree with "$50m" nor dispute "US$33m"; "¥" is yen in English news
_CURRENCY_BEFORE = re.compile(
    r"(?P<c>US\$|(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$|\$|€|£|₹|¥|₩|₽|₺|₴|₪|USD|EUR|GBP|INR"
    r"|JPY|CNY|RMB|CHF|AUD|CAD|HKD|NZD|SGD|(?<![A-Za-z])Rs\.?)\s?$")
_AFTER = re.compile(
    r"(?P<pct>\s?(?:%|percent\b|per cent\b)|pc\b)"
    # "50 million Australian dollars" are A$50m, "1.2 billion U.S. dollars" US$1.2bn
    # "98 cents", "50 euro cents", "20 pence": a hundredth of the currency
    r"|(?P<cents>\s(?:(?P<euro>euro)\s+)?(?:cents?|pence)\b)"
    # ("a 40-million-dollar deal", "a five-dollar bill": the currency hyphenated before a noun,
    # in the singular; not "pound", which weighs "a 10-pound turkey")
    r"|(?P<cur>[\s-](?:(?P<whose>U\.S\.|US|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong"
    r"|Singapore)\s+(?=dollars?))?(?:dollars?|euros?|pounds(?!\s+of\b)|rubles|roubles|manats?"
    r"|drams?|yen|yuan|renminbi|rupees?|lira|hryvnias?|shekels|francs"
    # "1.2 billion USD": a currency's code after the figure
    r"|USD|EUR|GBP|JPY|CNY|CHF|INR|AUD|CAD)\b)"
    r"|[-\s](?P<dur>day|week|month|year|decade|hour|minute|second)s?"
    r"(?P<old>(?:-|\s)old)?(?:-long)?\b"
    # speeds first: "240 km/h" is no 240 km
    rf"|(?:[-\s]|(?={_STUCK_UNITS}\b))"  # "100 km", "100-km", "100km"
    r"(?P<measure>mph|km\s?/\s?h|kph|kmh|knots?|m/s|(?:miles?|kilomet(?:er|re)s?|km)"
    r"\s(?:per|an)\shour|met(?:er|re)s?\sper\ssecond"
    r"|km|kilomet(?:er|re)s?|miles?|kg|kilograms?|metric\s(?:tons?|tonnes?)|tons?|tonnes?"
    r"|met(?:er|re)s?"
    r"|square kilomet(?:er|re)s?|hectares?|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?"
    r"|inch(?:es)?|feet|foot|ft|yards?|acres?|square miles?|sq\.?\s?(?:km|miles?)|km2|lbs?"
    r"|pounds?(?=\s+of\b)|magnitude)\b"
    # "40C", "104°F", "40 °C", "40 degrees Celsius"
    r"|(?P<temp>(?<=\d)[CF]\b|\s?°\s?[CF]?(?![A-Za-z])"
    r"|\s(?:degrees?)\s(?:Celsius|Fahrenheit|centigrade|C|F)\b)",
    re.IGNORECASE,  # Title Case headlines: "0.3 Percent Drop", "Six Days of Darkness"
)
_CURRENCY_UNITS = {"$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "€": "eur",
                   "eur": "eur", "euro": "eur", "£": "gbp", "gbp": "gbp", "pound": "gbp",
                   "₹": "inr", "inr": "inr", "rs": "inr", "rs.": "inr",
                   "ruble": "rub", "rouble": "rub", "manat": "azn", "dram": "amd", "yen": "jpy",
                   "yuan": "cny", "renminbi": "cny", "rupee": "inr", "lira": "try",
                   "hryvnia": "uah", "shekel": "ils", "franc": "chf",
                   "a$": "aud", "au$": "aud", "aud": "aud", "c$": "cad", "ca$": "cad",
                   "cad": "cad", "nz$": "nzd", "nzd": "nzd", "hk$": "hkd", "hkd": "hkd",
                   "s$": "sgd", "sgd": "sgd", "¥": "jpy", "jpy": "jpy", "cny": "cny",
                   "rmb": "cny", "chf": "chf", "₩": "krw", "₽": "rub", "₺": "try", "₴": "uah",
                   "₪": "ils"}
_DOLLARS = {"u.s.": "usd", "us": "usd", "american": "usd", "australian": "aud",
            "canadian": "cad", "new zealand": "nzd", "hong kong": "hkd", "singapore": "sgd"}
# a month is a twelfth of a year, so that "24 months" and "two years" are one duration
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
         "month": 365.25 / 12, "year": 365.25, "decade": 3652.5}
_VAGUE_RANGES = {"dozens": (24.0, 99.0), "hundreds": (200.0, 999.0),
                 "thousands": (2000.0, 9999.0), "millions": (2e6, 999e6),
                 "tens of thousands": (2e4, 99999.0), "hundreds of thousands": (2e5, 999999.0),
                 "tens of millions": (2e7, 99999999.0), "several dozen": (36.0, 108.0),
                 "several hundred": (300.0, 900.0), "several thousand": (3000.0, 9000.0),
                 "decades": (7305.0, None)}
# a span of time told without a figure: "a few hours" is no "two days"
_VAGUE_SPAN = re.compile(r"\b(?P<q>a few|several|a couple of)\s+"
                         r"(?P<u>minutes|hours|days|weeks|months|years)\b", re.IGNORECASE)
_VAGUE_SPANS = {"a couple of": (2.0, 3.0), "a few": (2.0, 5.0), "several": (3.0, 9.0)}
_UNIT_WORD = re.compile(r"\s*([A-Za-z][\w’'-]*)")
_FUNCTION_WORDS = _words(
    """of the a an and or to in on at for from with by as who which that this these those
    had have has was were is are be been will would could may might can should more than
    times percent per after before since ago later earlier still also already now only just
    reportedly yet again each alone
    next last coming every apiece daily weekly monthly annually
    over under during within across through into amid""")
# (words of when or how often count nothing: "hire 300 people this year and 500 next year",
# "earned ¥120 billion last year"; nor a preposition: "cut 1,150 over the next year" counts
# no "over"); "two previous Presidents" count presidents
_BEFORE_NOUN = _words("previous past")
# "the death toll rose to 47", "the toll stands at 47", "a toll of 47": a count of the dead
TOLL_BEFORE = re.compile(
    r"\btoll\b(?:\s+\S+){0,10}?\s+(?:to|at|of|reached|hit|is|was|now)\s+$",  # "toll from Sunday's"
    re.IGNORECASE)
# what a bare figure counts when the noun comes before it: "Cases rose to 1,240", "deaths
# reached 18", "the number of marchers at 15,000", "arrests totalled 45"
_COUNTED_BEFORE = re.compile(
    r"(?:\bnumber\s+of\s+(?P<n1>[a-z]+s|people|dead)\b(?:\s+[\w’'-]+){0,7}?\s+"
    r"(?:at|to|was|is|of|reached|stood\s+at|rose\s+to|fell\s+to)"
    # "the earthquake has risen to": an auxiliary is no counted noun
    r"|(?:^|(?<=[\s,;:]))(?!(?:has|was|is|its|this|his|us|as|does|less)\b)(?P<n2>[A-Za-z]+s)"
    # "Cholera cases in Marava have risen to 480": where they are counted may come between
    r"(?:\s+(?:in|at|among|across|from)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)?)?"
    r"\s+(?:(?:have|has|had)\s+)?(?:rose|risen|climbed|jumped"
    r"|reached|hit|fell|fallen|dropped|increased|grew|soared|stood|stand|totalled|totaled"
    r"|numbered|number|totalling|totaling|topped|passed|exceeded)(?:\s+(?:to|at))?"
    # "Organisers put the turnout at 250,000", "police estimated the crowd at 35,000"
    r"|\b(?:put|puts|putting|placed|places|placing|pegged|pegs|pegging|estimated|estimates"
    r"|estimating)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:total|overall|final"
    r"|official)\s+)?(?P<n3>[a-z]+)\s+at"
    # "the turnout was 250,000", "a crowd of 35,000"
    r"|\b(?P<n4>[Tt]urnout|[Cc]rowds?|[Aa]ttendance)\s+(?:was|is|of|reached|hit|topped"
    r"|exceeded|totalled|totaled|numbered|stood\s+at))\s+$")
# a company's staff cut or grown by a bare figure: "reduce headcount by 1,150", "cut its
# workforce by 2,000", "trim the payroll by 300": that many jobs
_STAFF_BY = re.compile(r"\b(?:head\s?count|workforce|payrolls?|staff|staffing)\s+by\s+$",
                       re.IGNORECASE)
# what an estimate puts at a figure when that is the people who came: a count of people
_CROWD = _words("turnout crowd crowds attendance")
# "put the figure at 300": the word says nothing of what is counted
_NO_UNIT = _words("figure number total tally count estimate")
_DEAD = _words("deaths dead fatalities")
_IRREGULAR = {"people": "people", "children": "child", "men": "man", "women": "woman",
              "police": "police", "personnel": "personnel", "staff": "staff",
              "buses": "bus", "gases": "gas", "viruses": "virus", "bonuses": "bonus",
              "campuses": "campus", "crises": "crisis", "analyses": "analysis"}
_NOT_A_COUNT_AFTER_ONE = _words("of such another by or side")


def find_numbers(sentence: str, offset: int = 0) -> list[Quantity]:
    """Quantities in ``sentence``; offsets are ``offset`` + position in the sentence."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(q: Quantity | None, a: int, b: int) -> None:
        taken.append((a, b))
        if q is not None:
            found.append(q)

    for m in _DATE.finditer(sentence):
        add(_date(m, offset), m.start(), m.end())
    for m in _CLOCK.finditer(sentence):  # "an 8 p.m. curfew", "at 10:30": a time of day
        add(None, m.start(), m.end())
    for m in _DIALLED.finditer(sentence):  # "call 0800 555 0199": a number to dial, no figure
        if free(m.start(), m.end()):
            add(None, m.start(), m.end())
    for m in _MULTIPLIED.finditer(sentence):  # "doubles the risk": a change of 100 %
        if m.group().lower().endswith("e") and not _WILL_BEFORE.search(sentence, 0, m.start()):
            continue  # "a double murder", "a triple jump": no change; "will double" is one
        change = abs(100.0 * (_MULTIPLES[m.group("times").lower()] - 1))
        # "more than doubled", "nearly tripled"
        start, low, high, approximate = _bounded(sentence, m.start(), change, change)
        add(Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                     "percent", "percent", approximate), start, m.end())
    for m in _NONE_BEFALLEN.finditer(sentence):  # "nobody was hurt": a count of none hurt
        group = "who" if m.group("who") else "nonoun" if m.group("nonoun") else "nowhat"
        unit = "people" if m.group("who") else _singular(m.group("noun")) \
            if m.group("nonoun") else _singular(m.group("what").lower())
        add(Quantity(m.group(group), offset + m.start(group), offset + m.end(group), 0.0, 0.0,
                     "people" if unit in ("death", "fatality", "injury", "illness") else unit,
                     "count"),
            m.start(), m.end())
    for m in _POINTS.finditer(sentence):  # "by a quarter point", "25 basis points"
        add(_points(sentence, m, offset), m.start(), m.end())
    for m in _RATE.finditer(sentence):  # "14 cases per 100,000 people": one rate
        if free(m.start(), m.end()) and _EARLIER_FROM.search(sentence, 0, m.start()):
            add(None, m.start(), m.end())  # "rose to 30 per 100,000 from 14 per 100,000"
            continue
        rate = _rate(sentence, m, offset) if free(m.start(), m.end()) else None
        if rate is not None:  # (else "$5 per 1,000 shares" is read as money below)
            add(rate, rate.start - offset, rate.end - offset)
    for m in _VAGUE_SPAN.finditer(sentence):  # "took only a few hours", "several weeks"
        if free(m.start(), m.end()):
            low, high = _VAGUE_SPANS[m.group("q").lower()]
            days = _DAYS[m.group("u").lower().rstrip("s")]
            add(Quantity(m.group(), offset + m.start(), offset + m.end(), low * days,
                         high * days, "day", "duration", True), m.start(), m.end())
    for m in _VAGUE.finditer(sentence):
        if _COUNTED_VAGUE.search(sentence, 0, m.start()):
            continue  # "three decades": a count of decades, read below as a duration
        if free(m.start(), m.end()):
            a, b = _extend(sentence, m.start(), m.end())
            add(_vague(sentence, m, a, b, offset), a, b)
    for m in _SCORE.finditer(sentence):  # "won 2-1", "a 52-48 vote": one result, not a range
        if free(m.start(), m.end()) and (_SCORE_BEFORE.search(sentence, 0, m.start())
                                         or _SCORE_AFTER.match(sentence, m.end())):
            a, b = int(m.group("a")), int(m.group("b"))
            if a < b:
                continue  # "2-3": a range (a result names the winner's first, or a draw)
            value = float(a * 1000 + b)  # one number per result: 2-1 is 2001, 52-48 is 52048
            add(Quantity(m.group(), offset + m.start(), offset + m.end(), value, value,
                         "score", "score"), m.start(), m.end())
    for m in _ONE_IN.finditer(sentence):  # "one in five children": a share of 20 percent
        part, whole = parse_number(m.group("part")), parse_number(m.group("whole"))
        if part is not None and whole and part < whole and free(m.start(), m.end()) \
                and not re.fullmatch(r"(?:1[89]|20)\d\d", m.group("whole")):  # "7 in 2020"
            add(*_share(sentence, m, offset, round(100 * part / whole, 1)))
    for m in _SHARE.finditer(sentence):
        if m.group("by") is not None and not _BY_BEFORE.search(sentence, 0, m.start()):
            continue  # "a third" alone is an ordinal ("a third term"), not a share
        if free(m.start(), m.end()):
            add(*_share(sentence, m, offset))
    for m in _RATIO.finditer(sentence):  # "2.5 times more likely", "twice as many"
        if free(m.start(), m.end()):
            add(_ratio(sentence, m, offset), m.start(), m.end())
    for m in _SPACED.finditer(sentence):  # "100 000 people": thousands grouped by a space
        if free(m.start(), m.end()):
            value = float(re.sub(r"\s", "", m.group()))
            add(*_quantity(sentence, m.start(), m.end(), value, value, offset))
    for m in _RANGE.finditer(sentence):
        if free(m.start(), m.end()):
            add(*_range(sentence, m, offset))
    for m in _YEAR.finditer(sentence):
        if free(m.start(), m.end()) and not _counts_something(sentence, m.end()):
            low = float(m.group("y"))
            high = low + 9 if m.group("decade") else low
            add(Quantity(m.group(), offset + m.start(), offset + m.end(), low, high,
                         None, "year"), m.start(), m.end())
    for m in _SINGLE.finditer(sentence):
        if free(m.start(), m.end()):
            if _EARLIER_FROM.search(sentence, 0, m.start()) or _compared_earlier(sentence, m):
                add(None, m.start(), m.end())  # "to 3.2% from 3.5%": the figure before
                continue
            add(*_single(sentence, m, offset))
    for m in _ORDINAL.finditer(sentence):
        if free(m.start(), m.end()):
            value = float(m.group("n")) if m.group("n") else float(
                _ORDINAL_WORDS.index(m.group("w")) + 1)
            start = m.start("n") if m.group("n") else m.start("w")
            add(Quantity(sentence[start:m.end()], offset + start, offset + m.end(), value, value,
                         None, "ordinal"), m.start(), m.end())
    carried = _units_carried(sentence, offset, sorted(found, key=lambda q: q.start))
    return [_people_by_fate(sentence, offset, q) for q in carried]


# what befell the people counted, which a count takes as its unit where the noun is left
# out ("Four passengers were killed and 37 injured": 37 is no count of "injured")
_FATE_UNITS = frozenset({"injured", "wounded", "dead", "hurt", "missing", "killed", "arrested",
                         "detained", "displaced", "evacuated", "rescued"})
# "killed 12 people and wounded 40", "four passengers were killed and 37 injured": what lies
# between a count and the one that leaves its noun out
_CARRIED_BETWEEN = re.compile(r"(?:\s+[a-z]+){0,4}?,?\s+and(?:\s+[a-z]+){0,3}\s+", re.I)


def _units_carried(sentence: str, offset: int, found: list[Quantity]) -> list[Quantity]:
    """A count whose noun is left out, right after a count that gives one, counts the same
    things ("killed 12 people and wounded 40": 40 people; "hired 300 workers in 2019 and 500
    in 2020"); not "... and 3 of the attackers", which names its own."""
    out = list(found)
    for i in range(1, len(out)):
        before, q = out[i - 1], out[i]
        if q.kind != "count" or before.kind != "count" or before.unit is None \
                or before.unit in _FATE_UNITS or (q.unit is not None and q.unit not in _FATE_UNITS):
            continue
        gap = sentence[before.end - offset:q.start - offset]
        if not _CARRIED_BETWEEN.fullmatch(gap) or not gap.lower().lstrip().startswith(
                before.unit.lower()[:4]) or sentence[q.end - offset:].lstrip().startswith("of "):
            continue
        out[i] = replace(q, unit=before.unit)
    return out


# a fate said of a count with no noun: "12 dead", "dozens injured", "2,000 homeless"
_FATE_NOUNS = _FATE_UNITS | {"homeless", "unaccounted", "hospitalised", "hospitalized"}
# "killed three and injured 20", "arrested 40 at the rally": what befell the count is its verb
_FATE_VERB_BEFORE = re.compile(
    r"\b(?:kill|injur|wound|rescu|evacuat|arrest|detain|infect|sicken)(?:ed|ing|es|s)\s+$"
    r"|\bhurt(?:ing|s)?\s+$", re.I)
# "with 31 still missing", "40 are missing", "two others were hurt": the fate follows it
_FATE_AFTER = re.compile(
    r"\s+(?:(?:still|more|others?|are|were|was|is|remain|remained|have|has|had|been|now"
    r"|also|reported|feared|confirmed)\s+){0,3}"
    r"(?:dead|killed|injured|wounded|hurt|missing|unaccounted|hospitali[sz]ed|arrested"
    r"|detained)\b", re.I)


def _people_by_fate(sentence: str, offset: int, q: Quantity) -> Quantity:
    """A count that leaves its noun out counts people where it says what befell them: "left
    12 dead and dozens injured", "killed three and injured 20", "with 31 still missing" (so
    that "20 people were injured" is a figure of the same people)."""
    if q.kind != "count" or (q.unit is not None and q.unit not in _FATE_NOUNS):
        return q
    at, end = q.start - offset, q.end - offset
    told = q.unit is not None or _FATE_VERB_BEFORE.search(sentence, 0, at) \
        or _FATE_AFTER.match(sentence, end)
    return replace(q, unit="people") \
        if told and not sentence[end:].lstrip().startswith(("of ", "%")) else q


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
    if text in _WORD_VALUES:
        return _WORD_VALUES[text] * scale
    if "-" in text:
        tens, _, unit = text.partition("-")
        if tens in _WORD_VALUES and unit in _WORD_VALUES:
            return (_WORD_VALUES[tens] + _WORD_VALUES[unit]) * scale
    try:
        return float(text) * scale
    except ValueError:
        return None


def _date(m: re.Match[str], offset: int) -> Quantity:
    month = next(m.group(g) for g in ("m1", "m2", "m3") if m.group(g))
    day = m.group("d1") or m.group("d2")
    year = m.group("y1") or m.group("y2") or m.group("y3")
    value = _MONTH_NUMBER[month.lower()[:3]] * 100 + (int(day) if day else 0)
    value += int(year) * 10000 if year else 0
    last = m.group("e1")
    high = value - int(day) + int(last) if day and last and int(day) < int(last) <= 31 else value
    return Quantity(m.group(), offset + m.start(), offset + m.end(), float(value), float(high),
                    None, "date")


def _extend(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span over a bound/approximation word before it."""
    modifier = _MODIFIER.search(sentence, 0, start)
    if modifier and sentence[modifier.end():start].strip() == "":
        return modifier.start(), end
    return start, end


def _vague(sentence: str, m: re.Match[str], start: int, end: int,
           offset: int) -> Quantity | None:
    phrase = m.group("v").lower().replace("a few ", "")
    low, high = _VAGUE_RANGES.get(phrase, _VAGUE_RANGES.get(phrase.split()[-1], (None, None)))
    if low is None:
        return None
    of = re.match(r"\s+of\b", sentence[end:])  # "thousands of Azerbaijanis"
    unit = _unit(sentence, end + (of.end() if of else 0))
    kind, unit = ("duration", "day") if phrase == "decades" else ("count", unit)
    return Quantity(sentence[start:end], offset + start, offset + end, low, high, unit, kind, True)


# "the toll rose from 10 to 20": a change, whose figure now is the second
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increases|grew|grown|climbed|jumped|soared"
    r"|surged|fell|fallen|falling|dropped|declined|decreased|decreases|slipped|plunged|went"
    r"\s+(?:up|down)|gone\s+(?:up|down)|raised|lowered|reduced|cut|revised(?:\s+\w+)?"
    r"|raises?|raising|lowers?|lowering|reduces?|reducing|increase|increasing|cuts|cutting)"
    # "raise the retirement age from 62 to 64"
    r"(?:\s+\w+){0,3}\s+$", re.IGNORECASE)


# a change said right before its figure: "rose 3 to 980.59", "fell by 12 to 950.2"
_CHANGED_BY = re.compile(
    r"\b(?:rose|rises|fell|falls|gained|gains|lost|loses|added|adds|shed|sheds|climbed"
    r"|climbs|dropped|drops|jumped|jumps|slipped|slips|declined|declines|advanced|advances"
    r"|rallied|tumbled|plunged|slid|sank|surged|soared|up|down)\s+(?:by\s+)?$", re.IGNORECASE)


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
    scale = re.search(r"(?i)(?:thousand|million|billion|trillion|k|mn|m|bn|b|tn)$", b.strip())
    if low is not None and high is not None and scale and re.fullmatch(r"[\d.,\s]+", a) \
            and low * _SCALES[scale.group().lower()] <= high:
        low *= _SCALES[scale.group().lower()]  # "4-5K", "2-3 million": the scale is shared
    if m.group("a3") and _CHANGED_BY.search(sentence, 0, m.start()) \
            and re.match(r"\s?to\b", sentence[m.end("a3"):]) and low and high \
            and high >= 10 * low:
        # "The S&P 500 rose 3 to 980.59": by how much, then to what; a range runs between
        # figures of one size ("rose 3 to 5 percent")
        change = _SINGLE.match(sentence, m.start("a3"))
        if change is not None:
            return _single(sentence, change, offset)
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


_ADDRESS = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|"
                      r"Boulevard|Blvd\.|Square|Lane|Place|Drive|Way)\b")


# the smaller units a span goes on in: "2 hours, 1 minute and 9 seconds"
_MORE_TIME = re.compile(rf"(?:,\s*|,?\s+and\s+|\s+)(?P<n>{NUMBER})[-\s]"
                        r"(?P<u>year|month|week|day|hour|minute|second)s?\b(?![-\s]old)",
                        re.IGNORECASE)
_INCHES = re.compile(r"(?:,?\s+and\s+|\s+)(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:inch(?:es)?|in\b)")
_BELOW_ZERO = re.compile(r"(?:(?<![\w.,‚])[-−–]|\b[Mm]inus\s+)$")
_CLOCK = re.compile(r"(?<![\w.,])\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m\b|[AP]M\b)"
                    r"|(?<![\w.,:])\d{1,2}:\d\d(?![\d:])")
# telephone numbers and codes: no figure starts with a zero ("0800 555 0199", "01632 960"),
# nor with a country's "+44 20 7946 0958"; "555-123-4567" is no range of 555 to 123
_DIALLED = re.compile(
    r"(?<![\w.,‚/+:-])(?<!\d[\s\u00a0\u202f\u2009])(?:\(0\d+\)|0\d+)(?:[\s.-]\d{2,})*"
    r"(?![\w.,‚]\d|[\w%])"
    r"|(?<![\w.,‚/])\+\d{1,3}(?:[\s.-]?\(0\))?(?:[\s.-]\d{2,}){2,}(?![\w.,‚]\d|\w)"
    r"|(?<![\w.,‚/+-])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w.,‚-]\d|\w)")


# nouns whose number names one of them: "files for Chapter 11" is no count of eleven
_LABEL_BEFORE = re.compile(
    r"\b(?:[Cc]hapter|Ch\.|[Aa]rticle|[Ss]ection|Sec\.|[Pp]aragraph|[Cc]lause|[Aa]mendment|"
    r"[Rr]esolution|[Ff]light|[Gg]ate|[Tt]erminal|[Pp]latform|[Rr]oute|Interstate|Highway|"
    r"Apollo|Proposition|Prop\.|Measure|No\.)\s+$")


# a figure right after a name is the name's own ("Boeing 737", "Max 8", "Itanium 2
# processor", "Local 700"), where the name is no first word of a sentence ("About 40") and
# no month, day or word that bounds a figure, nor an owner ("Baghdad's 14 cells"); a
# headline in Title Case capitalises all ("Chrysler Recalls 25000 Vehicles"), and a count
# goes on to its plural noun or a fate
_NAME_BEFORE = re.compile(r"(?<=[\w’'”)] )(?:[A-Z][\w&-]*|[a-z]+[A-Z][\w-]*) $")
_NOT_NAMES = _words("""About Around Nearly Almost Some Over Under Roughly Approximately
    Just Only Another Than Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Category Level Stage Phase Grade Tier Force Magnitude Alert""")  # a grade is compared


def _named(sentence: str, start: int, end: int) -> bool:
    name = _NAME_BEFORE.search(sentence, 0, start)
    if name is None or name.group().strip() in _NOT_NAMES \
            or not sentence[start:end].isdigit() or _title_case(sentence):
        return False
    if _AFTER.match(sentence, end) or _OR_MORE.match(sentence, end) \
            or re.match(r"\s*[-–—]", sentence[end:]):
        return False  # "Gaza 40 km", "Texas 3-2", "Japan 21 -- about to be 22 -- deals"
    following = _UNIT_WORD.match(sentence, end)
    if following is None:
        return True
    word = following.group(1)
    return not (word.islower() and (word.endswith("s") or word in _IRREGULAR
                                    or word in _FATE_NOUNS))


def _title_case(sentence: str) -> bool:
    """A headline that capitalises its words: most of its longer words start upper-case."""
    words = re.findall(r"\b[A-Za-z][A-Za-z’']{3,}\b", sentence)
    return sum(w[0].isupper() for w in words) * 2 > len(words)


def _single(sentence: str, m: re.Match[str], offset: int) -> tuple[Quantity | None, int, int]:
    text = m.group()
    value = parse_number(text)
    following = _UNIT_WORD.match(sentence, m.end())
    if value is None or (text.lower() == "one" and (
            (following and following.group(1).lower() in _NOT_A_COUNT_AFTER_ONE)
            or re.search(r"\b(?:no|any|every|the|this|that|each)\s+$", sentence[: m.start()],
                         re.IGNORECASE))):
        return None, m.start(), m.end()
    if sentence[m.end():m.end() + 1] == "-" and not _AFTER.match(sentence, m.end()) \
            and not _OR_MORE.match(sentence, m.end()):
        if sentence.startswith("-strong", m.end()):  # "a 3,000-strong crowd": 3,000 people
            q, start, end = _quantity(sentence, m.start(), m.end() + len("-strong"), value,
                                      value, offset)
            return (replace(q, unit="people") if q.unit in _CROWD else q), start, end
        return None, m.start(), m.end()  # "one-sided", "two-thirds"
    if sentence[m.end():m.end() + 1] in ("C", "F") and (
            not (_temperature(sentence, sentence[m.end()], value)
                 or _READ_TEMPERATURE.search(sentence, 0, m.start())
                 or ("." in m.group() and -90 <= value <= 140))
            or re.search(r"[A-Z][a-z]+\s+$", sentence[max(0, m.start() - 20):m.start()])):
        return None, m.start(), m.end()  # "Flight 40C", "the 3C group"
    if _ADDRESS.match(sentence, m.end()):
        return None, m.start(), m.end()  # "10 Downing Street said": a place, not ten of it
    if _LABEL_BEFORE.search(sentence, 0, m.start()):
        return None, m.start(), m.end()  # "Chapter 11", "Flight 370": a name, not a count
    if _named(sentence, m.start(), m.end()):
        return None, m.start(), m.end()  # "the Boeing 737 Max 9", "Windows 11": a model
    return _quantity(sentence, m.start(), m.end(), value, value, offset)


# the currencies whose hundredth is a cent, by the sign that stands for them
_CENTS_OF = re.compile(r"US\$|(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$|\$|€")


def _currency_of(sentence: str) -> str:
    """The currency a sentence's cents are of: the first dollar or euro sign it has, else
    US dollars."""
    sign = _CENTS_OF.search(sentence)
    return _CURRENCY_UNITS[sign.group().lower()] if sign else "usd"


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
        elif after.group("cents"):
            # "fell 98 cents to $12.40" is $0.98: an amount, in the currency the sentence
            # names ("A$1.20, up 5 cents"), else dollars; never a count of cents
            kind, low, high = "money", low / 100, high / 100
            unit = "eur" if after.group("euro") else "gbp" \
                if after.group("cents").strip().lower() == "pence" else _currency_of(sentence)
        elif after.group("dur") and after.group("old") and after.group("dur").lower() == "year":
            kind, unit = "age", "year"  # "a 35-year-old man": an age, not 35 years of anything
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
    if kind == "count" and (_MAGNITUDE_BEFORE.search(sentence, 0, start)
                            or _RICHTER_AFTER.match(sentence, end)):
        # "a magnitude 6.8 earthquake", "a magnitude of 6.8": no count of earthquakes
        kind, unit = "measure", "magnitude"
    if kind == "count":
        age = _age(sentence, start, end)
        if age is not None:
            kind, unit = "age", "year"
            end = age[0]
            bounded_low = bounded_low if age[1] else None
            bounded_high = bounded_high if age[2] else None
        else:
            unit = _unit(sentence, end)
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
    if kind == "count" and unit is None and _STAFF_BY.search(sentence, 0, start):
        unit = "job"  # "reduce headcount by 1,150" is "cut 1,150 jobs"
    text = sentence[start:end]
    return (Quantity(text, offset + start, offset + end, bounded_low, bounded_high, unit, kind,
                     approximate), start, end)


# "doubles the risk", "prices tripled", "has more than doubled": a change of 100 or 200 %,
# as "rose by 100%" would say ("halved": fell by 50 %; like "fell by 20%", unsigned)
_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_MULTIPLIED = re.compile(r"\b(?P<times>[Dd]oubl|[Tt]ripl|[Qq]uadrupl|[Hh]alv)(?:es|ed|ing|e)\b"
                         r"(?!\s+(?:as|down|up|over|back|check|standard|digit|room|bed|team"
                         r"|agent|dip|edged|life|the\s+size|title|final|match|partner"
                         r"|champion|tournament|event|player)|\s+(?:the\s+)?(?:title|final))")

# the earlier figure of a change told after the figure now: "eased to 3.2% in October from
# 3.5% in September", "rose to $3bn from $2.5bn", "231,000, up from 219,000", "4.1 percent,
# down from 4.3 percent".  As in "rose from 10 to 20" (``_range``), the earlier figure is no
# claim about now, and it would set "3.4% in October" against a September figure
_EARLIER_FROM = re.compile(
    r"(?:\b(?:up|down)\s+from"
    r"|\b(?:rose|risen|rises|increased|grew|climbed|jumped|soared|surged|accelerated|fell"
    r"|fallen|falls|dropped|declined|decreased|slipped|eased|slowed|slid|sank|plunged|tumbled"
    r"|edged\s+(?:up|down|higher|lower)|went\s+(?:up|down)|raised|lowered|reduced|cut|revised"
    r"(?:\s+(?:up|down|upwards|downwards))?)\b[^;]{0,60}?\bto\s+(?:about\s+|around\s+)?"
    rf"(?:{_SIGNS})?\s?\d[^;]{{0,60}}?\bfrom)"
    r"\s+(?:(?:about|around|nearly|almost|roughly|some|an\s+estimated)\s+)?"
    rf"(?:{_SIGNS})?\s?$", re.IGNORECASE)


# the figure of a year or a quarter before, set beside the one now: "swung to a net loss of
# $85m, compared with a profit of $40m a year earlier", "sales rose 5%, versus 3% in the
# same quarter last year" (not "against": "won against 10 men last year").  No claim about
# now, as "up from" is not (``_EARLIER_FROM``): it
# would set last year's profit against another outlet's profit of this quarter
_COMPARED_BEFORE = re.compile(
    rf"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:{_SIGNS})?\s?$", re.IGNORECASE)
_EARLIER_AFTER = re.compile(
    r"[^,;:.!?]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+same\s+"
    r"(?:quarter|period|month|time)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year)|last\s+year"
    r"|the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month)|a\s+(?:quarter|month)"
    r"\s+(?:earlier|ago|before)|(?:in|for)\s+the\s+year-?(?:earlier|ago)\s+(?:period|quarter))\b",
    re.IGNORECASE)


def _compared_earlier(sentence: str, m: re.Match[str]) -> bool:
    return _COMPARED_BEFORE.search(sentence, 0, m.start()) is not None \
        and _EARLIER_AFTER.match(sentence, m.end()) is not None


# a rate per so many people: "14 cases per 100,000 people", "a rate of 14 per 100,000
# residents", "3.1 deaths per 1,000 live births", "40 per million".  One figure, put per
# 100,000 so that "140 per million" meets "14 per 100,000"; neither a count of 14 cases
# (which "124 cases" would dispute) nor of 100,000 people
RATE_BASE = 100_000.0
_RATE = re.compile(
    rf"(?P<n>{NUMBER})(?:\s+(?P<noun>[a-z]+s))?\s+(?:per|for\s+every|in\s+every)\s+"
    r"(?P<d>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s?(?:thousand|million|k))?|a\s+million"
    r"|a\s+thousand|one\s+million|million|thousand)\b(?!\s*(?:%|percent|per\s+cent))",
    re.IGNORECASE)


_WILL_BEFORE = re.compile(r"\b(?:to|will|would|could|may|might|can|should|did|does|do|"
                         r"expected\s+to|set\s+to)\s+(?:more\s+than\s+|nearly\s+|almost\s+)?$",
                         re.IGNORECASE)

# "Nobody was injured", "no one had been hurt", "no deaths were reported": none befell the
# people the story counts, a figure of 0 that "two were injured" disputes
_NONE_BEFALLEN = re.compile(
    r"\b(?:(?P<who>[Nn]o\s+one|[Nn]obody|[Nn]o-one)\s+(?:else\s+)?(?:(?:was|were|had\s+been"
    r"|has\s+been|have\s+been|is|are|got)\s+(?:\w+ly\s+)?(?=(?:killed|injured|hurt|wounded"
    r"|harmed|arrested|detained|hospitali[sz]ed|missing|sickened|poisoned)\b)"
    # "no one has fallen ill", "nobody fell sick"
    r"|(?:(?:has|have|had)\s+)?(?=(?:fallen|fell|become|became|got)\s+(?:ill|sick)\b))"
    r"|(?P<nowhat>[Nn]o\s+(?P<what>deaths|fatalities|injuries|arrests|illnesses))\s+(?:were|was"
    r"|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:reported|linked)"
    # "no firefighters had been hurt", "no passengers were injured": none of them
    r"|(?P<nonoun>[Nn]o\s+(?P<noun>[a-z]+s))\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?=(?:killed|injured|hurt|wounded|harmed|arrested|detained|hospitali[sz]ed)\b))")


# a change of a rate in percentage points: "raised rates by a quarter point", "a
# half-point cut", "0.25 percentage points", "25 basis points" (a hundredth of a point).
# Not a share ("a quarter" of something) nor a percentage level ("to 5.25%"); bare
# "points" are a game's, so a number needs "percentage" or "basis" before them
_POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5, "three-quarters": 0.75,
                    "three quarters": 0.75}
_POINTS = re.compile(
    r"\b(?:(?:an?\s+|one\s+)?(?P<frac>quarter|half|three[\s-]quarters)(?:\s+(?:of\s+)?an?)?"
    r"[\s-](?:percentage[\s-])?points?"
    r"|(?:a|one)\s+(?P<one>(?:full\s+)?percentage[\s-]point)"
    rf"|(?P<n>{NUMBER})[\s-]?(?:(?P<pp>percentage[\s-]points?)|(?P<bp>basis[\s-]points?|bps?)))\b",
    re.IGNORECASE)


def _points(sentence: str, m: re.Match[str], offset: int) -> Quantity | None:
    if m.group("frac"):
        value: float | None = _POINT_FRACTIONS[re.sub(r"-", " ", m.group("frac").lower())
                                               .replace("three quarters", "three-quarters")]
    elif m.group("one"):
        value = 1.0
    else:
        value = parse_number(m.group("n"))
        if value is not None and m.group("bp"):
            value /= 100
    if value is None:
        return None
    start, low, high, approximate = _bounded(sentence, m.start(), value, value)
    return Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                    "point", "percent", approximate)


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


def _rate(sentence: str, m: re.Match[str], offset: int) -> Quantity | None:
    """A rate per so many, as a rate per ``RATE_BASE`` of what it counts ("cases")."""
    value, per = parse_number(m.group("n")), parse_number(m.group("d").replace("a ", "one "))
    if per is None and m.group("d").lower() in ("million", "thousand"):
        per = _SCALES[m.group("d").lower()]
    if value is None or not per or per < 100 or _CURRENCY_BEFORE.search(sentence, 0, m.start()):
        return None  # "$5 per 1,000 shares" is a price; "2 per 10" no rate of a population
    value *= RATE_BASE / per
    start, low, high, approximate = _bounded(sentence, m.start(), value, value)
    noun = m.group("noun")
    return Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                    _singular(noun.lower()) if noun else None, "rate", approximate)


# a ratio of two figures: "2.5 times more likely", "three times as many", "ten times the
# national average", "twice as high", "a 2.5-fold increase".  Not a count of 2.5 of
# anything: its own kind, compared only with ratios ("three times as many" is no "3 people"
# and no change in percent: whether "three times more" means +200% or +300% is unsaid).
# "arrested three times" says how often, and stays a count (of times)
_RATIO = re.compile(
    rf"(?:(?P<n>{NUMBER})\s+times|\b(?P<twice>twice)|(?P<fold>{NUMBER})-fold\b)"
    r"(?(fold)|(?=\s+(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller|faster"
    r"|slower|longer|shorter|as|that\s+of|what)\b|\s+the\s+(?:[a-z]+\s+)?(?:size|number"
    r"|amount|rate|level|average|limit|price|cost|value|area|population|speed|risk|weight"
    r"|volume|capacity|figure|total|output)s?\b))", re.IGNORECASE)


def _ratio(sentence: str, m: re.Match[str], offset: int) -> Quantity | None:
    value = 2.0 if m.group("twice") else parse_number(m.group("n") or m.group("fold"))
    if value is None:
        return None
    start, low, high, approximate = _bounded(sentence, m.start(), value, value)
    return Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                    "times", "ratio", approximate)


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?\s+$", re.IGNORECASE)
_RICHTER_AFTER = re.compile(r"\s+on\s+the\s+Richter\b", re.IGNORECASE)


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


# "two-thirds of the population", "half of its residents", "one third of voters": a share of a
# whole that is not given; "cut by about a third", "fell by half": a change by a share
_SHARE = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|nine)[\s-]+(?P<f>halfs?|halves|thirds?|quarters?"
    r"|fourths?|fifths?|tenths?)|(?P<half>half))"
    r"(?=\s+of\s+(?:(?:the|its|their|all|those|these|his|her|our)\s+[a-z]"
    r"|(?!(?:the|its|their|all|those|these|his|her|our)\b)[a-z]{3,}\b)"
    r"|(?P<by>(?!\s+an?\s)(?![\w-])))",
    re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|over|under"
                        r"|more\s+than|less\s+than|at\s+least)\s+)?$", re.IGNORECASE)


def _share(sentence: str, m: re.Match[str], offset: int,
           value: float | None = None) -> tuple[Quantity | None, int, int]:
    """A share as a percentage ("two-thirds", "a third of", or ``value`` for "one in five"),
    with the bound a modifier before it sets ("more than one in 10")."""
    value = round(100 * _fraction_value(m), 1) if value is None else value
    # "two-thirds" is said of 65 % as much as of 67 %: approximate, bound or not
    start, bounded_low, bounded_high, _ = _bounded(sentence, m.start(), value, value)
    approximate = True
    return (Quantity(sentence[start:m.end()], offset + start, offset + m.end(), bounded_low,
                     bounded_high, "percent", "percent", approximate), start, m.end())


# "aged 65", "people 65 and over", "children 5 and under", "Kenia Avila, 35, said": an age is
# not a count of anything, and two claims' ages are compared only with each other
# "aged 65", "the age of 18", "raise the retirement age to 65"
_AGED_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:(?:of|to|at)\s+|from\s+\d{1,3}\s+to\s+)?$",
                          re.IGNORECASE)
# "the retirement age from 62 to 64": a change of age, each end an age
_AGE_RANGE = re.compile(r"(?:from\s+|between\s+)?\d{1,3}\s*(?:to|and|-|–)\s*\d{1,3}")
_AGE_BOUND_AFTER = re.compile(r"\s+(?:and|or)\s+(?P<up>over|older|above|up)\b"
                              r"|\s+(?:and|or)\s+(?P<down>under|younger|below)\b", re.IGNORECASE)
_AGE_HOLDERS = _words("people persons adults children kids those anyone everyone men women "
                      "patients residents seniors americans citizens voters workers")
_APPOSITIVE_AGE = re.compile(r"[A-Z][\w’'.-]+,\s$")


def _age(sentence: str, start: int, end: int) -> tuple[int, bool, bool] | None:
    """(end of the age phrase, keeps its low bound, keeps its high bound) if the number at
    [start, end) is someone's age."""
    figure = sentence[start:end]
    if _AGE_RANGE.fullmatch(figure):
        ends = [int(n) for n in re.findall(r"\d+", figure)]
        if _AGED_BEFORE.search(sentence, 0, start) and all(0 < n <= 120 for n in ends):
            return end, True, True
        return None
    value = parse_number(figure)
    if value is None or not 0 < value <= 120 or not figure.isdigit():
        return None
    bound = _AGE_BOUND_AFTER.match(sentence, end)
    holder = sentence[:start].split()[-1:]
    if bound and (_AGED_BEFORE.search(sentence, 0, start)
                  or (holder and holder[0].lower().strip(",") in _AGE_HOLDERS)):
        return bound.end(), not bound.group("down"), not bound.group("up")
    if _AGED_BEFORE.search(sentence, 0, start):
        return end, True, True
    if _APPOSITIVE_AGE.search(sentence, 0, start) and sentence[end:end + 1] == ",":
        return end, True, True
    return None


PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+"
                        r"(?:[A-Za-z][\w-]*['’]s\s+)?"
                        # "12 of Meridian's hospitals", "all 30 of New York's hospitals"
                        r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)(?=[A-Za-z])")


# "12,000 job cuts", "500 job losses": the change counts the noun before it
_CHANGE_NOUNS = _words("cuts losses reductions openings")


def _unit(sentence: str, end: int) -> str | None:
    """The counted noun after a number: the first plural within three words, else the first.
    A part of a whole counts what the whole is made of: "150 of the caravan's members"."""
    words: list[str] = []
    partitive = PARTITIVE.match(sentence, end)
    position = partitive.end() if partitive else end
    for _ in range(3):
        match = _UNIT_WORD.match(sentence, position)
        if match is None or match.group(1).lower() in _FUNCTION_WORDS:
            break
        position = match.end()
        if match.group(1).lower() not in _BEFORE_NOUN:
            words.append(match.group(1))
    for at, word in enumerate(words):
        lower = word.lower()
        if at > 0 and lower in _CHANGE_NOUNS:
            return _singular(words[at - 1].lower())  # "12,000 job cuts" counts jobs
        if lower in _IRREGULAR or (lower.endswith("s") and not lower.endswith("ss")):
            return _singular(lower)
    return _singular(words[0].lower()) if words else None


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


def _measure_unit(text: str) -> str:
    unit = _singular(re.sub(r"\s+", " ", text.lower()))
    return _MEASURE_NAMES.get(unit, unit)


def _singular(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]  # "classes", "taxes" ("cases", "houses", "nurses" drop the "s" only)
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _counts_something(sentence: str, end: int) -> bool:
    """"2000 people" is a count, "2020 war" and "in 2021" are years."""
    match = _UNIT_WORD.match(sentence, end)
    if match is None:
        return False
    word = match.group(1)
    return word.islower() and word.endswith("s") and word not in ("was", "is", "has", "as")
