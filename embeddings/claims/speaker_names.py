"""Whether the words before a verb of saying name a speaker, and where their phrase
starts: "Telecom operator Norvanta", "the company’s spokesman Peter Varga", "Amal
Idris of the Refugee Council" (``named_speaker`` resolves the name against the
article's earlier speakers)."""

from __future__ import annotations

import re

from embeddings.claims.affiliations import person_of_body
from embeddings.claims.entities import (
    ORG_WORDS,
    RUN,
    TITLE_WORDS,
    is_demonym,
    is_title,
    person_name,
)
from embeddings.claims.genders import title_gender
from embeddings.claims.groups import _BARE_GROUP
from embeddings.claims.namesakes import titles_of
from embeddings.claims.speaker_context import SpeakerContext


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DATES = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
          r"|March|April|May|June|July|August|September|October|November|December)")
# where a subject's phrase may begin: the start of a clause, after a comma or a conjunction
_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:^|[,;:“”\"(—–]|\b(?:that|and|but|yet|while|as|when|after|because|so|then|since"
    r"|although|though|where|before)"
    r"|^(?:And|But|Yet|So)"  # "But the WHO says ...": not "When the WHO said A, B"
    # an opening adjunct of time or occasion with its comma left out ("After the talks Smith
    # said", "On Tuesday the ministry said", "In a statement the company said"): its words
    # are lower case (or a day or month), so the name after it is the subject's start
    r"|^\W*(?:(?:And|But|Yet|So)\s+)?(?:After|Before|On|In|At|During|Following|Since|Later"
    r"|Earlier|Last|Amid|Despite|Over|Throughout|Until)\s+(?:(?:the|a|an|this|that|its|his"
    r"|her|their)\s+)?(?:[a-z0-9][\w’'-]*|" + _DATES + r")(?:\s+(?:[a-z0-9][\w’'-]*|"
    + _DATES + r")){0,3}"
    # (not after a preposition: "After health officials near Portland" names a place)
    r"(?<!\bthat)(?<!\band)(?<!\bbut)(?<!\bwho)(?<!\bwhich)(?<!\bof)(?<!\bin)(?<!\bon)"
    r"(?<!\bat)(?<!\bto)(?<!\bby)(?<!\bnear)(?<!\bfrom)(?<!\bwith)(?<!\bfor)(?<!\binto)"
    r"(?<!\babout)(?<!\bover)(?<!\bunder)(?<!\bagainst)(?<!\bacross)(?<!\boutside))"
    # a transcript's fillers, with the dash typed after them, are a speaker's hesitation and
    # no word of the sentence: "And uh - the Senator said" opens its clause as "And the
    # Senator said" does ("of what uh - Governor Carter said" does not)
    r"(?:\s*\b(?:[Uu]h|[Uu]m|[Ee]rm?|[Aa]h)\b(?:\s*-)?)*\s*$"
)


# "Ironically, the deal survived, said Tyler": a capitalised sentence adverb is no name
_ADVERB = re.compile(r"(?:ically|ately|ionally|ually|larly|ously|ently|antly|edly|ingly|ively"
                     r"|fully|ably|ibly)$")
# (and the adjectives that count without a number: "Various reports in state media indicated
# that ...", "Multiple outlets reported ..." name no one, as "Several reports" do not)
_QUANTITIES = _words("""one two three four five six seven eight nine ten eleven twelve dozens
    hundreds thousands millions several many some few most all both various multiple numerous
    countless""")
_DISCOURSE = _words("""however meanwhile moreover instead indeed nonetheless nevertheless
    furthermore likewise also overall besides otherwise earlier later still yet thus hence
    therefore now today yesterday""")


_PRONOUN_CONTRACTED = re.compile(r"(?i:I|we|you|he|she|they|it)['’](?:ll|d|ve|m|re|s)")
_PERSON_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}$")


_SOME_OF_A_PLACE = re.compile(r"(?:Few|Many|Some|Most|Several|All|Both|Others)\s+(?:in|across|from"
                              r"|throughout|around)\s")


def named_speaker(raw: str, context: SpeakerContext) -> str | None:
    if _SOME_OF_A_PLACE.match(raw):
        return None  # "Few in Israel said", "Many in Washington believe": its people, unnamed
    name = person_name(raw)
    if not name:
        return None
    if _PRONOUN_CONTRACTED.fullmatch(name):
        return None  # "and I'll tell you why": a pronoun, no name
    where = _PERSON_IN_PLACE.search(name)
    if where and len(name[: where.start()].split()) >= 2 \
            and not any(w.lower() in ORG_WORDS for w in name.split()):
        name = name[: where.start()]  # "Judge Lee R. West in Oklahoma City": where he sits
    words = name.lower().split()
    if len(words) == 1 and (words[0] in _DISCOURSE or words[0] in _QUANTITIES
                            or _ADVERB.search(words[0])):
        return None  # "Six confirmed dead", "Thousands told to …": nobody is named
    if len(words) == 1 and (_BARE_GROUP.fullmatch(words[0]) or context.is_opening_plural(name)):
        # "Investigators believe ...", "Hospitals reported 45 cases", like "Officials
        # said": nobody is named
        return None
    if all(is_title(w) for w in words):  # "the Secretary" -> the secretary named earlier
        if words[-1] in context.titles:
            return context.titles[words[-1]]
        return None if words[-1].endswith("s") else name  # "Officials" names nobody
    if len(words) == 1 and words[0] in ORG_WORDS:  # "The Ministry said" -> which ministry
        return context.resolve_descriptor(words[0]) or name
    if (person := person_of_body(name, context.is_person)) is not None:
        return context.canonical(person)  # "Amal Idris of the Refugee Council"
    # "Mr. Trump" is no woman named Trump before him, "President Trump" no first lady
    return context.canonical(name, title_gender(raw), titles_of(raw))


def _name_at_end(text: str) -> tuple[str, int] | None:
    stripped = text.rstrip()
    last = None
    for last in RUN.finditer(stripped):  # noqa: B007 - the last run is the one we want
        pass
    if last is None or last.end() != len(stripped) or last.group().endswith(("’s", "'s")):
        return None
    date = _DATE_OPENS.match(last.group())
    if date is not None and date.end() < len(last.group()):
        # "On Tuesday Smith said", "In May the Kremlin said": the day is when, not who
        return last.group()[date.end():], last.start() + date.end()
    return last.group(), last.start()


# a day, or a month after its preposition, opening a capitalised run ("May" alone may be a
# name: "Theresa May", "May Smith")
_DATE_OPENS = re.compile(
    r"(?:(?:On|By|Since|Until|Last|Next|This)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\s+|(?:In|On|By|Since|Until|Last|Next|This|Early|Late|Mid)\s+(?:-\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+")


def _extend_over_titles(text: str, start: int) -> int:
    """Move the subject start back over "State Department spokesman" / "the"."""
    while True:
        before = text[:start].rstrip()
        word = re.search(r"([\w’'.-]+)$", before)
        if word is None:
            return start
        token = word.group(1)
        # (a title of parts: "co-leader", "vice-president", "ex-minister")
        if (token.lower() in TITLE_WORDS or ("-" in token and is_title(token))) \
                and token.islower():
            start = word.start()
            run = _name_at_end(text[:start])
            start = run[1] if run is not None else _over_role_modifiers(text, start)
            continue
        if token.lower() in ("the", "a", "an", "its", "their"):
            return word.start()  # "its maker Corvan Pharma"
        if token.endswith(("’s", "'s")):
            start = word.start()  # "the company’s spokesman Peter Varga"
            continue
        return start


_ROLE_MODIFIERS = re.compile(r"(?:^|(?<=\s))((?:[a-z][a-z-]+\s+){1,3})$")
_OWNER_BEFORE = re.compile(r"(?:^|[,;:“”\"(]|\b(?:the|a|an|its|his|her|their)|[\w.]+[’']s?"
                           r"|\b[A-Z][\w.-]*)\s*$")


def _over_role_modifiers(text: str, start: int) -> int:
    """"Azerbaijan's presidential aide", "Russia's foreign ministry spokeswoman": the lower-case
    words before a title belong to the role when an owner ("Russia's", "the", a name) or the
    start of the clause comes before them; else the title stands alone ("troops fired as
    the aide ...")."""
    words = _ROLE_MODIFIERS.search(text[:start])
    if words is None:
        return start
    modifiers = words.group(1).split()
    if any(w in _FUNCTION_WORDS for w in modifiers) or modifiers[-1] in TITLE_WORDS:
        return start  # a title before the title ("senior adviser") is the caller's to take
    if not _OWNER_BEFORE.search(text[: words.start(1)]):
        return start
    run = _name_at_end(text[: words.start(1)])  # "White House deputy press secretary"
    return run[1] if run is not None else words.start(1)


# "Telecom operator Norvanta said", "and Danish shipping giant Maersk said": a description
# of what the speaker is, in lower case (its first word may open the sentence)
_DESCRIPTOR_WORDS = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))((?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3})$")


def over_descriptor(text: str, start: int) -> int:
    described = _THE_DESCRIPTOR.search(text[:start])
    if described and _describes_a_speaker(described.group("phrase").split()):
        return described.start()  # "the UN refugee agency UNHCR", "the state broadcaster RTS"
    words = _DESCRIPTOR_WORDS.search(text[:start])
    if words is None or not words.group(1):
        return start
    phrase = words.group(1).split()
    if phrase[0][0].isupper() and text[: words.start(1)].strip() \
            and not is_demonym(phrase[0].lower()):
        return start  # a capitalised word inside the sentence is a name ("Danish" is not)
    head = phrase[-1].lower()
    if not (head in ORG_WORDS or head in TITLE_WORDS or head in _DESCRIPTOR_HEADS
            or head.endswith("maker")):
        return start  # "what BA called", "denies ISIS claims": no description of a speaker
    if any(w.lower() in _FUNCTION_WORDS or w.lower() in _DISCOURSE for w in phrase):
        return start  # "Investors who backed Norvanta", "then Norvanta"
    return words.start(1)


# "the UN refugee agency UNHCR": after an article, a description may hold names of its own
# (whose agency it is); it still ends in a common noun that says what the speaker is.  An
# owner opens one as an article does: "Spain's weather agency AEMET"
_THE_DESCRIPTOR = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))(?:[Tt]he|[Aa]n?|[A-Z][\w.-]*[’']s)"
    r"\s+(?P<phrase>(?:[\w’'.-]+\s+){1,4})$")


def _describes_a_speaker(phrase: list[str]) -> bool:
    head = phrase[-1]
    return head.islower() and (head in ORG_WORDS or head in TITLE_WORDS
                               or head in _DESCRIPTOR_HEADS or head.endswith("maker")) \
        and not any(w.lower() in _FUNCTION_WORDS or w.lower() in _DISCOURSE for w in phrase)


# what a description of a speaker ends in, beside organisations and titles (and what a
# publication is called before its name: "the business daily Handelsblatt reported")
_DESCRIPTOR_HEADS = _words("""giant operator rival champion boss chain provider supplier
    newspaper daily weekly tabloid magazine broadsheet outlet website broadcaster channel
    producer holder star striker winner veteran daughter son wife husband mother father
    brother sister widow widower friend neighbour neighbor colleague partner witness victim
    survivor resident student teacher nurse doctor driver farmer worker employee voter fan
    player candidate challenger incumbent organiser organizer activist campaigner demonstrator
    protester protestor migrant refugee
    power superpower nation country republic kingdom emirate monarchy bloc opposition""")
# (what a country is called before its name: "the former colonial power France", "the
# Gulf emirate Qatar", "the island nation Taiwan")


_FUNCTION_WORDS = _words("""and or but that which who whom when while as after before since
    because if than then said says told of to in on at for with by from is was were are be
    been has have had will would could should may might must not""")

