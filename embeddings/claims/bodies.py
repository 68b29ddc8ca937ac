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

from embeddings.claims.clauses import starts_with_clause
from embeddings.claims.entities import ORG_WORDS, RUN, TITLE_WORDS, is_demonym, is_title
from embeddings.claims.speaker_context import SpeakerContext


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


# a word before a source's head: a dotted abbreviation is one as its undotted form is ("three
# U.S. officials" as "three US officials")
_MODIFIER = r"(?:[\w-]+|(?:[A-Z]\.){2,3})"
# a source no one names: "a source in the ministry", "sources close to the talks", "two
# people familiar with the matter", "a senior Kremlin official" (not "the ministry", nor "a
# spokesman for the ministry", who speaks for it)
_UNNAMED_SOURCE = re.compile(
    rf"(?=[a-z])(?!(?:the|its|his|her|their)\s)(?:{_MODIFIER}\s+){{0,4}}?"
    r"(?:source|sources|people|person|insider|insiders|official|officials|diplomat"
    r"|diplomats|officer|officers|aide|aides)(?:\s.*)?")
# "a source cited by Interfax", "sources quoted by the TASS news agency": who relays them
_RELAYED_BY = re.compile(r"(?P<source>.+?)\s+(?:cited|quoted)\s+by\s+(?:the\s+)?"
                         rf"(?P<relay>{RUN.pattern})(?:\s+(?:news\s+)?agency)?")


def is_unnamed_source(phrase: str) -> bool:
    """A source that names no one ("a source in the ministry", "sources"), not "the
    Kremlin" or "Foreign Minister Lavrov"."""
    return _UNNAMED_SOURCE.fullmatch(phrase.strip()) is not None


# a document no one is said to have issued: "a report", "an internal memo", "documents"
_UNNAMED_DOCUMENT = re.compile(r"(?!(?:the|its|his|her|their)\s)(?:an?\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                               r"(?:report|document|memo"
                               r"|letter|draft|assessment|study)s?")


def relaying_agency(who: str) -> str | None:
    """"a source cited by Interfax" -> "Interfax": the agency that relays an unnamed source
    (or a document it does not say who issued: "a report cited by Interfax")."""
    match = _RELAYED_BY.fullmatch(who.strip())
    if match is None or not (is_unnamed_source(match.group("source"))
                             or _UNNAMED_DOCUMENT.fullmatch(match.group("source"))):
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


# a news outlet by its name: a wire ("Reuters", "the Yonhap news agency"), or a paper or a
# broadcaster whose name says it is one ("the Financial Times", "Kyodo News")
_WIRES = (r"Reuters|AFP|AP|Agence\s+France-Presse|Associated\s+Press|TASS|Interfax"
          r"|RIA(?:\s+Novosti)?|Xinhua|Yonhap|Kyodo|PTI|Press\s+Trust\s+of\s+India|ANI|IANS|Bloomberg|Bernama"
          r"|Antara|dpa|EFE|ANSA|Anadolu|Ukrinform|NHK|BBC|CNN|Al\s+Jazeera")
_OUTLET_HEADS = r"Times|Post|Journal|News|Herald|Telegraph|Guardian|Tribune|Gazette|Radio|TV"
_OUTLET = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?=[A-Z]))?"
    rf"(?P<name>(?:{_WIRES})(?:\s+(?:News|Agency))?"
    rf"|(?:[A-Z][\w.&’'-]*\s+){{1,3}}(?:{_OUTLET_HEADS}))(?![\w-])"
    r"(?:\s+(?:news\s+)?agency|\s+newspaper|\s+daily|\s+broadcaster)?")
# a source no one names, as the subject of "told": "a source in the ministry", "two people
# familiar with the matter", "a senior police officer", "Officials" (what follows the head
# opens with a preposition: "Three people died after ..." is no source)
_TOLD_SOURCE = (
    r"(?P<who>(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Oo]ther)\s+)?"
    rf"(?:{_MODIFIER}\s+){{0,3}}?(?i:sources?|people|person|insiders?|officials?|officers?"
    r"|diplomats?|aides?)"
    r"(?:\s+(?:in|at|from|with|of|on|close\s+to|familiar\s+with|involved\s+in|briefed\s+on"
    r"|who)\s+[^,;“”\"]{1,80}?)?)")
# why it is not named ("for security reasons", "because he was not authorised to speak")
_WHY = r"(?:\s+(?:for|because|as|since)\s+[^,;“”\"]{1,80}?)?"
_ANONYMOUS = (rf"(?:\s*,?\s*(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity{_WHY}"
              rf"|\s*,?\s*(?:requesting|asking\s+for)\s+anonymity{_WHY}"
              rf"|\s*,?\s*asking\s+not\s+to\s+be\s+(?:named|identified){_WHY}"
              r"|\s+(?:late\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
              r"|\s+by\s+(?:tele)?phone|\s+in\s+an\s+interview)*")
_TOLD = rf"\s+(?:has\s+|have\s+|had\s+)?(?:told|tells)\s+(?P<outlet>{_OUTLET.pattern})"
_TOLD_LEADING = re.compile(
    rf"^\W*(?:(?:But|And|However|Meanwhile),?\s+)?{_TOLD_SOURCE}{_TOLD}{_ANONYMOUS}\s*,?\s*")
# (", adding that ...": what it added after a quotation, as for "“A,” X told AFP, adding")
_TOLD_TRAILING = re.compile(rf"(?<=[,”\"])\s*{_TOLD_SOURCE}{_TOLD}{_ANONYMOUS}"
                            r"(?:\s*\.?\s*$|(?<=[^.]),\s+adding\b)")
# a sentence's first word, capitalised there only: "Officials told", "A source told"
_COMMON_OPENERS = _words("""a an one two three four five several some other senior
    sources source officials official people diplomats insiders security government police
    military intelligence western local""")


def _unnamed(who: str) -> bool:
    first, _, rest = who.partition(" ")
    if first.lower() in _COMMON_OPENERS:
        who = f"{first.lower()} {rest}"
    return is_unnamed_source(who)


def told_outlet(sentence: str, context: SpeakerContext) -> tuple[str | None, str, int] | None:
    """(outlet, core, core_start) where a source no one names told a named outlet what the
    claim is: "A source in the ministry told Interfax that talks had stalled", "Ten died, a
    security source told AFP" -> Interfax, AFP, which relay it (as "a source cited by
    Interfax" is relayed); a named source ("Lavrov told TASS") speaks for himself.  Told
    the article's own outlet, the claim is its own reporting (no speaker)."""
    found = _told_outlet(sentence)
    if found is None:
        return None
    outlet, core, start = found
    return (None if context.is_outlet(outlet) else outlet), core, start


def _told_outlet(sentence: str) -> tuple[str, str, int] | None:
    leading = _TOLD_LEADING.match(sentence)
    if leading is not None and _unnamed(leading.group("who")):
        rest = sentence[leading.end():]
        that = re.match(r"that\s+", rest)
        if that is not None or starts_with_clause(rest):
            start = leading.end() + (that.end() if that else 0)
            return leading.group("name"), sentence[start:], start
    trailing = _TOLD_TRAILING.search(sentence)
    if trailing is not None and _unnamed(trailing.group("who")):
        return trailing.group("name"), sentence[: trailing.start()].rstrip(" ,"), 0
    return None


# a frame inside the claim an agency relays: "A, the China Earthquake Networks Center said,
# Xinhua reported." (the claim the agency relays is A, and it is the centre's)
_FRAME_AT_END = re.compile(r",\s*(?:[^,;“”\"]{2,80}\s)?(?:said|says|told\s+[\w.-]+)[\s,]*$")


def ends_in_frame(core: str) -> bool:
    """A claim that ends in a frame of its own ("A, the centre said")."""
    return _FRAME_AT_END.search(core) is not None


# ", Colonel Souleymane Dembele,", ", Foreign Minister Wang Yi,": a capitalised title, a name
_TITLED_NAME_AFTER_COMMA = re.compile(
    r",\s*(?P<title>[A-Z][a-z]+)(?:\s+[A-Z][\w’'-]+){2,4}\s*,$")


def titled_name_after_comma(text: str) -> bool:
    """"The spokesman for the Malian army, Colonel Souleymane Dembele,": the name holds the
    role before it (not a title describing the name before: "Ned Price, State Department
    Spokesman,")."""
    match = _TITLED_NAME_AFTER_COMMA.search(text)
    return match is not None and is_title(match.group("title"))
