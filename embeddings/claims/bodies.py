"""Bodies named by what they are, and sources named by no one.

"The Chinese embassy in Abuja said": a body in lower case, and where it sits, which says
which one it is (as "the Canadian Embassy in Oslo" does in capitals); "said the Chinese
embassy": the embassy speaks, not "Chinese".  "The main opposition party, the Kuomintang,
said": a description first, then the body's name in apposition, and the name is who speaks
(as "A council spokesman, Tom Reyes, said" names the person).  "Interfax has learned from a
source in the ministry", "according to a source cited by Interfax": a source no one names
vouches for nothing, so the claim is the agency's that relays it (as "Interfax reported,
citing a source" is); a source it names ("learned from Foreign Minister Lavrov") speaks.
"""

from __future__ import annotations

import re

from embeddings.claims.entities import ORG_WORDS, RUN, TITLE_WORDS, is_demonym, is_title


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# bodies a place after them tells apart, beside ``ORG_WORDS`` ("the Russian consulate in
# Istanbul", "the UN mission in Mali")
BODY_HEADS = ORG_WORDS | _words("consulate mission legation delegation military junta")
_MONTH_OR_DAY = re.compile(r"(?:January|February|March|April|May|June|July|August|September"
                           r"|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
                           r"|Sun)day)\b")
# "the Chinese embassy in Abuja", "Russia's embassy in Ankara", "the police in Brno": an
# article or an owner (or "a" before a nationality: "a Russian diplomatic mission in China"),
# what kind of body (a nationality, lower-case words), the body, and where it sits
_BODY_IN_PLACE = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))(?:[Tt]he\s+|(?P<a>[Aa]n?\s+)"
    r"|(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s)\s+)"
    r"(?P<body>(?:(?!(?:and|or|but|of|to|in|at|on|for|with|by|from|that|which|who|as)\s)"
    r"[\w.-]+\s+){0,3}?(?P<head>[a-z]+))\s+(?P<at>in|at)\s+"
    rf"(?P<place>{RUN.pattern})$")
_NOT_A_KIND = _words("""and or but of to in at on for with by from that which who than as
    said says told is was were are has have had will would""")


def _kind(words: list[str]) -> bool:
    """Words that say what kind of body it is: lower case, or a nationality or initials
    ("Chinese", "US", "UN"), never a verb or a preposition ("troops who fled the army in")."""
    return all(w.lower() not in _NOT_A_KIND and (
        w.islower() or is_demonym(w) or re.fullmatch(r"[A-Z]{2,}|(?:[A-Z]\.){2,}", w) is not None)
        for w in words)


def body_in_place(text: str) -> tuple[str, int] | None:
    """(speaker, start) for a body in lower case and the place it sits in that end ``text``:
    "The Chinese embassy in Abuja" -> "Chinese embassy in Abuja" (the article goes, as in
    "the Chinese embassy"; an owner stays, as in "South Korea's military")."""
    match = _BODY_IN_PLACE.search(text.rstrip())
    if match is None or match.group("head") not in BODY_HEADS \
            or _MONTH_OR_DAY.match(match.group("place")) \
            or not _kind(match.group("body").split()[:-1]):
        return None
    if match.group("a") and not any(w[:1].isupper() for w in match.group("body").split()):
        return None  # "a Russian diplomatic mission in China"; "a company in Texas" is no one
    owner = match.group("owner")
    body = f"{match.group('body')} {match.group('at')} {match.group('place')}"
    return (f"{owner} {body}" if owner else body), match.start()


# after an inverted "said": "said the Chinese embassy (in Abuja)", "said the US military"
_BODY_AFTER = re.compile(
    r"(?P<body>(?:[A-Z][\w.-]*\s+)(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+)"
    rf"(?:\s+(?:in|at)\s+(?!{_MONTH_OR_DAY.pattern}){RUN.pattern})?)"
    # then the sentence's end, or when it was said ("on Tuesday", "in a statement")
    r"(?=\s*[,.;]|\s*$|\s+(?:on|last|this|in\s+an?)\s)")


def body_after(sentence: str, position: int) -> str | None:
    """The body a nationality opens after an inverted "said the": "said the Chinese embassy
    in Abuja." -> "Chinese embassy in Abuja" (not the nationality alone)."""
    match = _BODY_AFTER.match(sentence, position)
    if match is None or match.group("head") not in BODY_HEADS:
        return None
    words = match.group("body").split()
    if not (is_demonym(words[0]) or re.fullmatch(r"[A-Z]{2,}|(?:[A-Z]\.){2,}", words[0])):
        return None
    return match.group("body")


# "The main opposition party, the Kuomintang,", "The country's biggest carrier, Air India,":
# a description opens with an article or an owner and ends in a common noun
_DESCRIPTION = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s)"
    r"(?:\s+[\w’'-]+){0,5}\s+[a-z][a-z-]+")
# what a description says when it tells when, not who ("The next day, ...")
_TIME_HEADS = _words("""day days week weeks month months year years time times morning
    evening night afternoon weekend decade hour hours moment""")
# one person's party or faith after "the" is a description too ("The senator, the Democrat,")
_MEMBER_WORDS = _words("""Democrat Republican Conservative Tory Liberal Socialist Communist
    Catholic Protestant Muslim Christian Jew""")


def name_after_description(text: str) -> tuple[str, int] | None:
    """(name, where its description starts) for a description of a body or a person, then
    its name in apposition, before a verb ("The main opposition party, the Kuomintang," ->
    "Kuomintang"); None unless what follows the comma is one name (not a list: "Unite and
    GMB") and what comes before it a description opening its clause."""
    body = text.rstrip()[:-1]
    comma = body.rfind(",")
    if comma < 0:
        return None
    role_start = max(body.rfind(mark, 0, comma) for mark in ",;:“”\"") + 1
    role = body[role_start:comma].strip()
    chunk = re.sub(r"^the\s+", "", body[comma + 1:].strip())
    if not _DESCRIPTION.fullmatch(role) or RUN.fullmatch(chunk) is None or " and " in chunk:
        return None
    words = role.split()
    if words[-1] in _TIME_HEADS or len(words) > 7 \
            or any(w.lower() in _NOT_A_KIND for w in words[1:]):
        return None
    if chunk in _MEMBER_WORDS or is_demonym(chunk):
        return None  # "The senator, the Democrat," describes him again
    return chunk, role_start + len(body[role_start:]) - len(body[role_start:].lstrip())


# a source no one names: "a source in the ministry", "sources close to the talks", "two
# people familiar with the matter", "a senior Kremlin official" (not "the ministry", nor "a
# spokesman for the ministry", who speaks for it)
_UNNAMED_SOURCE = re.compile(
    r"(?=[a-z])(?!(?:the|its|his|her|their)\s)(?:[\w-]+\s+){0,4}?"
    r"(?:source|sources|people|person|insider|insiders|official|officials|diplomat"
    r"|diplomats)(?:\s.*)?")
# "a source cited by Interfax", "sources quoted by the TASS news agency": who relays them
_RELAYED_BY = re.compile(r"(?P<source>.+?)\s+(?:cited|quoted)\s+by\s+(?:the\s+)?"
                         rf"(?P<relay>{RUN.pattern})(?:\s+(?:news\s+)?agency)?")


def unnamed_source(phrase: str) -> bool:
    """A source that names no one ("a source in the ministry", "sources"), not "the
    Kremlin" or "Foreign Minister Lavrov"."""
    return _UNNAMED_SOURCE.fullmatch(phrase.strip()) is not None


def relaying_agency(who: str) -> str | None:
    """"a source cited by Interfax" -> "Interfax": the agency that relays an unnamed source."""
    match = _RELAYED_BY.fullmatch(who.strip())
    if match is None or not unnamed_source(match.group("source")):
        return None
    return match.group("relay")


# the British government by its address: "No 10 said", "Number 10", "10 Downing Street" (a
# numeral is no word of a name, and "No" alone is no one)
_SEAT = r"(?:No\.?|Number)\s+10|10\s+Downing\s+Street"
_SEAT_AT_END = re.compile(rf"(?:^|(?<=[\s,;:“”\"(]))(?:[Tt]he\s+)?(?P<seat>{_SEAT})$")
SEAT = re.compile(_SEAT)


def seat_at_end(text: str) -> tuple[str, int] | None:
    """(speaker, start) for "No 10" / "Number 10" / "10 Downing Street" ending ``text``."""
    match = _SEAT_AT_END.search(text.rstrip())
    return (match.group("seat"), match.start()) if match else None


# who holds an office of a body in a place: "The head of the Chinese embassy in Abuja", "a
# spokesman for the US embassy in Kyiv" (a title, a few lower-case words before it)
_HOLDER_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))(?:(?:[Tt]he|[Aa]n?)\s+)?"
    r"(?P<role>(?:(?!(?:and|or|but|of|to|in|at|for|that|which|who)\s)[a-z][\w-]*\s+){0,2}"
    r"(?P<title>[a-z]+))\s+(?:of|for|at)\s+$")


def holder_of_body(text: str, body_start: int) -> tuple[str, int] | None:
    """(speaker, start) for the holder of an office the body in a place has: "The head of
    the Chinese embassy in Abuja" -> "head of the Chinese embassy in Abuja" (the office
    described is who speaks; the body alone is not)."""
    match = _HOLDER_BEFORE.search(text, 0, body_start)
    if match is None or match.end() != body_start or match.group("title") not in TITLE_WORDS:
        return None
    return text[match.start("role"):].strip(), match.start()


# ", Colonel Souleymane Dembele,", ", Foreign Minister Wang Yi,": a capitalised title, a name
_TITLED_NAME_AFTER_COMMA = re.compile(
    r",\s*(?P<title>[A-Z][a-z]+)(?:\s+[A-Z][\w’'-]+){2,4}\s*,$")


def titled_name_after_comma(text: str) -> bool:
    """"The spokesman for the Malian army, Colonel Souleymane Dembele,": the name holds the
    role before it (not a title describing the name before: "Ned Price, State Department
    Spokesman,")."""
    match = _TITLED_NAME_AFTER_COMMA.search(text)
    return match is not None and is_title(match.group("title"))
