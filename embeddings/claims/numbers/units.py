"""What a figure counts or measures, read from the words after (or before) it: a percent,
a currency (``currencies``), a duration or a measure (``measures``), the counted noun
("12,000 job cuts" counts jobs), and a toll or a crowd named before a bare figure.  Ages
are read in ``aged``."""

from __future__ import annotations

import re

from embeddings.claims.numbers.coordinated import joined_head
from embeddings.claims.numbers.fates import _FATE_NOUNS
from embeddings.claims.numbers.localities import past_locality
from embeddings.claims.numbers.measures import _MEASURE_NAMES
from embeddings.claims.numbers.modifiers import adverb as _adverb
from embeddings.claims.numbers.modifiers import named_head, singular_head
from embeddings.claims.numbers.numerals import _STUCK_UNITS, _words
from embeddings.claims.numbers.partitives import past_whole
from embeddings.claims.numbers.plurals import own_word, persons, regular_singular
from embeddings.claims.numbers.span_words import SPAN_WORD

_AFTER = re.compile(
    # ("a 25-percent tariff": hyphenated before its noun)
    # ("1.75 pct", wire copy's abbreviation)
    r"(?P<pct>\s?(?:%|percent\b|per cent\b)|-(?:percent|per-cent)\b|pc\b|\spct\b)"
    # "50 million Australian dollars" are A$50m, "1.2 billion U.S. dollars" US$1.2bn
    # "98 cents", "50 euro cents", "20 pence": a hundredth of the currency
    # ("90.37 US cents": the US dollar's, whatever other dollar the sentence names)
    r"|(?P<cents>\s(?:(?P<euro>euro)\s+|(?P<us>US|U\.S\.)\s+)?(?:cents?|pence)\b)"
    # ("a 40-million-dollar deal", "a five-dollar bill": the currency hyphenated before a noun,
    # in the singular; not "pound", which weighs "a 10-pound turkey")
    r"|(?P<cur>[\s-](?:(?P<whose>U\.S\.|US|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong"
    r"|Singapore)\s+(?=dollars?))?(?:dollars?|euros?|pounds(?!\s+of\b)|rubles|roubles|manats?"
    r"|drams?|yen|yuan|renminbi|rupees?|lira|hryvnias?|shekels|francs"
    # "1.2 billion USD": a currency's code after the figure
    r"|USD|EUR|GBP|JPY|CNY|CHF|INR|AUD|CAD)\b)"
    # "four more years", "two additional weeks": a span all the same
    rf"|[-\s]{SPAN_WORD}"  # ("12 contentious years": ``span_words``)
    # ("36 hrs", "48 mins", "5 yrs": headlines' abbreviations)
    r"(?P<dur>day|week|month|year|decade|hour|minute|second|hr|min|yr)s?"
    r"(?P<old>(?:-|\s)olds?)?(?:-long)?\b"
    # speeds first: "240 km/h" is no 240 km
    rf"|(?:[-\s]|(?={_STUCK_UNITS}\b))"  # "100 km", "100-km", "100km"
    r"(?P<measure>mph|km\s?/\s?h|kph|kmh|knots?|m/s|(?:miles?|kilomet(?:er|re)s?|km)"
    r"\s(?:per|an)\shour|met(?:er|re)s?\sper\ssecond"
    r"|km|kilomet(?:er|re)s?|miles?|kg|kilograms?|metric\s(?:tons?|tonnes?)|tons?|tonnes?"
    r"|met(?:er|re)s?"
    r"|square kilomet(?:er|re)s?|hectares?|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?"
    r"|inch(?:es)?|feet|foot|ft|yards?|acres?|square miles?|sq\.?\s?(?:km|miles?)|km2|lbs?"
    # "a 19 stone catfish": a weight ("three stones", "two stone columns" are counted)
    r"|pounds?(?=\s+of\b)|magnitude|(?-i:stone|STONE)(?!\s+[a-z]+s\b))\b"
    # "40C", "104°F", "40 °C", "40 degrees Celsius"
    r"|(?P<temp>(?<=\d)[CF]\b|\s?°\s?[CF]?(?![A-Za-z])"
    r"|\s(?:degrees?)\s(?:Celsius|Fahrenheit|centigrade|C|F)\b)",
    re.IGNORECASE,  # Title Case headlines: "0.3 Percent Drop", "Six Days of Darkness"
)
_UNIT_WORD = re.compile(r"\s*([A-Za-z][\w’'-]*)")
_FUNCTION_WORDS = _words(
    """of the a an and or to in on at for from with by as who which that this these those
    had have has was were is are be been will would could may might can should than
    times percent per after before since ago later earlier still also already now only just
    reportedly yet again each alone because although though unless whether while if when
    where but nor perhaps maybe
    next last coming every apiece daily weekly monthly annually
    over under during within across through into amid throughout around inside outside
    near beyond along against among via without despite toward towards behind beside
    besides upon onto unlike until till except versus""")
# (words of when or how often count nothing: "hire 300 people this year and 500 next year",
# "earned ¥120 billion last year"; nor a preposition: "cut 1,150 over the next year" counts
# no "over"); "two previous Presidents" count presidents; nor a conjunction, which opens
# a clause ("Star Wars 7 Because of Spoilers"), nor a doubt ("one perhaps best described")
# words that say which or what sort of the counted, never what is counted: "4 more graves",
# "four new NHL expansion teams", "150 federal law enforcement agents", "one former EPA
# official", "35 military aircraft"; they do not use up the words the noun is looked for in
_BEFORE_NOUN = _words("""previous past more other additional further extra new former
    foreign federal local military unarmed unnamed""")
# "28,500 U.S. troops", "two US carriers": whose the counted are, never what is counted
# initials, and the shortened word a place's name opens with ("3 St. Louis goals", "two Mt.
# Sinai doctors"): part of a name before the counted noun, never the noun
_ABBREVIATION = re.compile(r"\s*(?:(?:[A-Z]\.){2,}|(?:US|UK|EU|UN)\b|(?:St|Ste|Mt)\.(?=\s+[A-Z]))"
                           r"(?=\s+[A-Za-z])")
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
# workforce by 2,000", "trim the payroll by 300", and "lay off 5,000": that many jobs
_STAFF_BY = re.compile(r"\b(?:(?:head\s?count|workforce|payrolls?|staff|staffing)\s+by"
                       r"|(?:lay|lays|laid|laying)\s+off)\s+$", re.IGNORECASE)
# what an estimate puts at a figure when that is the people who came: a count of people
_CROWD = _words("turnout crowd crowds attendance")
# "put the figure at 300": the word says nothing of what is counted
_NO_UNIT = _words("figure number total tally count estimate")
_DEAD = _words("deaths dead fatalities")
_IRREGULAR = {"people": "people", "children": "child", "men": "man", "women": "woman",
              "police": "police", "personnel": "personnel", "staff": "staff",
              "buses": "bus", "gases": "gas", "viruses": "virus", "bonuses": "bonus",
              "campuses": "campus", "crises": "crisis", "analyses": "analysis",
              "lives": "life", "wives": "wife", "knives": "knife"}
# nouns whose plural is their singular: "35 Chinese aircraft" count aircraft, not Chinese, and
# "60 species" are no "specy"
_INVARIANT = _words("""aircraft spacecraft hovercraft watercraft sheep deer fish moose bison
    swine cattle livestock poultry offspring series species headquarters""")






PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+"
                        r"(?:[A-Za-z][\w-]*['’]s\s+)?"
                        # "12 of Meridian's hospitals", "all 30 of New York's hospitals"
                        r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)(?=[A-Za-z])")


# "12,000 job cuts", "500 job losses": the change counts the noun before it
_CHANGE_NOUNS = _words("cuts losses reductions openings")


# a headline's verb in Title Case after a figure, told by the change it goes on to ("Sensex
# 30 Falls 2%", "Windows 8 Climbs to 10%", "Dow 30 Closes Higher"): a verb in -s has one
# subject, so the figure before it is a name's number, not a count of things (those take
# "Fall", not "Falls"); a plural noun is seldom followed by a figure ("10 Stocks Up 50%")
_HEADLINE_VERB = re.compile(r"\s+(?!Points\b)[A-Z][a-z]+s\s+(?:(?:to|To|by|By)\s+)?"
                            r"(?:[$€£]?\d|(?:Higher|Lower)\b)")

def _unit(sentence: str, end: int, one: bool = False) -> str | None:
    """The counted noun after a number: the first plural within three words, else the first.
    A part of a whole counts what the whole is made of: "150 of the caravan's members",
    "Five of eight bills".
    One counts a singular noun, so a word in -s after it is its verb ("One question asks")."""
    words: list[str] = []
    whole, partitive = past_whole(sentence, end), PARTITIVE.match(sentence, end)
    position = partitive.end() if partitive and whole == end else whole  # "Five of eight bills"
    position = past_locality(sentence, position)  # "18 Portland, Ore., protesters"
    content, title = 0, title_case(sentence)
    if title and _HEADLINE_VERB.match(sentence, end):
        return None  # "Nearly 300 Flees 2 Towns": the headline's verb, nothing counted
    if not one and (joined := joined_head(sentence, position, _counts, _FUNCTION_WORDS)):
        return _singular(joined.lower())  # "25 transgender or nonbinary people": people
    if one and (named := named_head(sentence, position, _FUNCTION_WORDS)) is not None:
        return _singular(named) if named else None  # "one big United Colours of Benetton advert"
    for _ in range(6):  # three words, and the modifiers and names before them
        abbreviation = _ABBREVIATION.match(sentence, position)
        if abbreviation:
            position = abbreviation.end()
            continue
        match = _UNIT_WORD.match(sentence, position)
        if match is None or match.group(1).lower() in _FUNCTION_WORDS:
            break
        position = match.end()
        if _CONTRACTION.search(match.group(1)):
            break  # "Receives 100 Doesn't Spend": a verb, what the figure counts is unsaid
        if _adverb(match.group(1).lower()):  # "With 100 Completely Stunned" in Title Case
            if one and not words:  # "one deeply flawed plan": ``singular_head`` reads it
                words.append(match.group(1))
                continue
            if not _plural_soon(sentence, position) or (words and match.group(1)[0].isupper()):
                # ("12 MacBook Air Likely Topics": the headline's adverb, after its noun)
                break  # "20 usually end up", "thousands globally": it says how, not what
            continue  # "12 elderly residents", "two publicly traded companies"
        if match.group(1).lower() not in _BEFORE_NOUN:
            # "so did 246,000 American deaths’": a closing quote, or the owners' mark
            words.append(re.sub(r"(?<=s)['’]$", "", match.group(1)))
            # a name goes before what it names: "Hundreds of Washington National Guard troops"
            # (in a headline in Title Case every word is one)
            content += title or not match.group(1)[0].isupper()
            if content == 3:
                break
    if content == 3 and not title:
        words += _compound_head(sentence, position, words)
    words = [word for at, word in enumerate(words)
             if title or not (at + 1 < len(words) and _names_next(word, words[at + 1]))]
    for at, word in enumerate(words):
        lower = word.lower()
        # "12,000 job cuts" counts jobs; "two high-profile losses" are losses
        if at > 0 and lower in _CHANGE_NOUNS and "-" not in words[at - 1]:
            return _singular(words[at - 1].lower())
        # "killed 12 people years ago": a span after the noun says when, and counts nothing
        more = at + 1 < len(words) and not _TIME_PLURAL.fullmatch(words[at + 1])
        if lower in _IRREGULAR or lower in _INVARIANT:
            if more and (_regular_plural(words[at + 1])
                         or (one and singular_head(words[at:], title) > 0)):
                continue  # "12 police officers", "one police officer": the last noun counts
            return _singular(lower)
        if _regular_plural(word) or _MEN.search(lower):
            if one and at > 0:  # "One key witness tells reporters": its verb, and its object
                return _singular(words[singular_head(words[:at], title)].lower())
            if more and (_regular_plural(words[at + 1]) or _modifies(word, words[at + 1])):
                continue  # "two U.S. metals industries", "40 arms dealers": the last counts
            return _singular(lower)
    if title and not one and words and words[0][0].isupper() \
            and words[0].lower() not in _MEASURE_NAMES:
        # "Predicts 499 Steel Apple Watch": a count above one goes on to a plural ("280 Pound
        # Catfish" is a weight)
        return None
    # "The two embraced", "hundreds stranded", "one designed to": a verb, no counted noun
    # (what befell the counted is read by ``fates``: "37 injured")
    if not words or (re.fullmatch(r"[a-z]{3,}[^e]ed", words[0])
                     and words[0] not in _FATE_NOUNS):
        return None
    head = words[singular_head(words, title)].lower()  # "One glaring absentee"
    return None if _adverb(head) else _singular(head)  # "five newly elected": none named


# the spans a time is told in, after a counted noun: "12 people years ago", "3 soldiers days later"
_TIME_PLURAL = re.compile(r"(?:years|months|weeks|days|decades|hours|minutes|nights|centuries)",
                          re.IGNORECASE)


# a verb's contraction: "doesn't", "can't", "they're", "we'll", "I'd"
_CONTRACTION = re.compile(r"n['’]t$|['’](?:re|ve|ll|d|m)$", re.IGNORECASE)


def _modifies(word: str, following: str) -> bool:
    """A short word in -s with no singular to spell ("gas", "bus") before a noun is that
    noun's modifier ("two gas pipeline projects"), no plural; a participle after it is no
    noun ("two ads targeting voters").  Nor is a word in -s before persons ("a dozen trans
    people", "12 trans women"): the plural is theirs."""
    return (len(word) <= 3 and following.islower() and not re.search(r"(?:ed|ing)$", following)) \
        or persons(following)


def _counts(word: str) -> bool:
    """A plural noun, which is what a figure counts."""
    lower = word.lower()
    return _regular_plural(word) or lower in _IRREGULAR or lower in _INVARIANT \
        or _MEN.search(lower) is not None


def _compound_head(sentence: str, position: int, words: list[str]) -> list[str]:
    """The rest of a compound the three words did not reach, up to its plural head: "two
    big Russian gas pipeline projects" count projects, not gas.  Only nouns go on a
    compound (lower case, no participle nor function word), and no plural came before."""
    if any(_counts(word) and len(word) > 3 for word in words):
        return []
    more: list[str] = []
    for _ in range(2):
        match = _UNIT_WORD.match(sentence, position)
        if match is None or not match.group(1).islower() \
                or match.group(1) in _FUNCTION_WORDS or re.search(r"(?:ed|ing)$", match.group(1)):
            return []
        more.append(match.group(1))
        if _counts(match.group(1)):
            return more
        position = match.end()
    return []


def _plural_soon(sentence: str, position: int) -> bool:
    """A plural noun in the next two words."""
    for _ in range(2):
        match = _UNIT_WORD.match(sentence, position)
        if match is None:
            return False
        if _regular_plural(match.group(1)) or match.group(1).lower() in _IRREGULAR:
            return True
        position = match.end()
    return False


# "two gunmen", "four congresswomen", "three Republican chairmen": a plural with no "s"
# (not "specimen", "regimen", "abdomen")
_MEN = re.compile(r"(?<=\w\w)(?<!speci)(?<!regi)(?<!abdo)(?<!acu)(?<!bitu)(?<!sta)men$")


def _names_next(word: str, following: str) -> bool:
    """A capitalised singular word, or an owner, before a common noun says whose or which
    that noun is ("one Republican adviser", "one Senate committee", "two McDonald's
    locations"); a verb after it makes it the counted noun ("one Republican voted")."""
    if not following[0].islower() or following.endswith("ed") or following in _SAYS:
        return False
    if re.search(r"['’]s$", word):
        return True
    return word[0].isupper() and not _regular_plural(word) and word.lower() not in _IRREGULAR


_SAYS = _words("said says say told tells")


def _regular_plural(word: str) -> bool:
    """"fighters", not "ISIS": a short name in capitals ends in "S" of its own, as does one
    in mixed case ("DDoS attacks", "iOS devices"; "NGOs" and "MPs" are plurals); and a word
    far more written than its singular would be is none ("virus", "famous", "Texas")."""
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith("ss") \
        and not (word.isupper() and len(word) <= 4) \
        and not (word.endswith("S") and not word.isupper()) and not own_word(word)


def title_case(sentence: str) -> bool:
    """A headline that capitalises its words: most of its longer words start upper-case."""
    words = re.findall(r"\b[A-Za-z][A-Za-z’']{3,}\b", sentence)
    return sum(w[0].isupper() for w in words) * 2 > len(words)



def _measure_unit(text: str) -> str:
    unit = _singular(re.sub(r"\s+", " ", text.lower()))
    return _MEASURE_NAMES.get(unit, unit)


def _singular(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s")
    if word in _INVARIANT:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if _MEN.search(word):
        return word[:-3] + "man"
    if own_word(word):
        return word  # "500,000 virus test kits": no plural of a "viru"
    return regular_singular(word)


def _counts_something(sentence: str, end: int) -> bool:
    """"2000 people" is a count, "2020 war" and "in 2021" are years."""
    match = _UNIT_WORD.match(sentence, end)
    if match is None:
        return False
    word = match.group(1)
    return word.islower() and word.endswith("s") and word not in ("was", "is", "has", "as")
