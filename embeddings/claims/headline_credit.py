"""A wire headline's credit ("... -Noyer", "... -sources"), a page title's site name
("... - BBC News") and a Title Case headline's trailing or leading frame ("..., MTA Says",
"Noyer Says ..."): who a headline is attributed to, if anyone."""

from __future__ import annotations

import re

from embeddings.claims.bystanders import one_bystander
from embeddings.claims.caps_credits import caps_trailing, named_colon
from embeddings.claims.colon_credits import colon_credit
from embeddings.claims.furniture import source_labelled
from embeddings.claims.headline_forms import bare_past_clause, label_end, verbless_clause
from embeddings.claims.numbers.units import title_case
from embeddings.claims.quotes import clean_core
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# a wire headline's credit: "Central banks must contain threat from low prices -Noyer",
# "ECB to reveal bad loan hurdles -sources" (a headline: no full stop).  A name is a credit
# only glued to its dash: "Headline - BBC News" is a page title's site name
_HEADLINE_CREDIT = re.compile(
    r"\s+[-–—](?:(?P<who>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"|\s(?P<spaced>(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"|\s?(?P<group>sources?|officials?|analysts?|diplomats?))\s*$")
# what a page title's tail names besides a site: its section or kind ("... - Live updates")
_SECTION_WORDS = _words("""live updates update latest opinion analysis comment editorial
    review video videos watch photos podcast explainer world politics business sport sports
    news breaking home commentary facts blog report reports brief briefing preview recap
    column columns insight insights highlights markets market feature features letters""")


def _section(tail: str) -> bool:
    """"Live updates", "Quick Facts", "U.S. Commentary": a section's name ends in such a word
    and names no outlet ("BBC News", "CNN Politics", "Sky News" are sites)."""
    words = tail.split()
    lowered = [w.lower() for w in words]
    if lowered[-1] not in _SECTION_WORDS or any(
            re.fullmatch(r"[A-Z]{2,}", w) and w not in ("US", "UK") for w in words):
        return False
    # ("Sky News": a site's name ends in "News" too; a section's "News" follows other such
    # words: "- Breaking News", "- World News", "- Market News")
    return lowered[-1] != "news" or all(w in _SECTION_WORDS for w in lowered)


def _headline_credit(sentence: str, context: SpeakerContext) -> tuple[str | None, str, int] | None:
    # (a credit across a colon last: "Sources: Putin Says ..." is Putin's frame after a label)
    return _wire_credit(sentence, context) or _title_case_frame(sentence) \
        or _leading_frame(sentence) or _labelled(sentence) or _article_dropped(sentence) \
        or _leading_article_dropped(sentence) or _source_label(sentence) \
        or caps_trailing(sentence) or named_colon(sentence, context) \
        or colon_credit(sentence, context)


def _source_label(sentence: str) -> tuple[str | None, str, int] | None:
    """"Source: Tom Brokaw Wants Brian Williams Fired": a report its unnamed sources give,
    read as "..., sources said" is (no one named, the label no part of the claim)."""
    start = source_labelled(sentence)
    if start is None or not sentence[start:].strip():
        return None
    return None, sentence[start:], start


def _labelled(sentence: str) -> tuple[str | None, str, int] | None:
    """"Bergdahl: Senator Says He Should Face Trial": a topic label before a headline's
    leading frame is no part of the frame or the claim; the rest reads as the headline."""
    rest = label_end(sentence)
    if rest is None:
        return None
    found = _leading_frame(sentence[rest:])
    if found is None:
        return None
    speaker, core, start = found
    return speaker, core, rest + start


# a lower-case headline drops its frame's article: "Meteorite makes big crater in Nicaragua,
# government says", "Fire under control, security source says", "Islamic State training
# pilots, says monitoring group" read as "..., a government says." does in prose (which
# reads "a report says" whole, as the outlet's, and so it stays here)
# (a people's or a body's name may go before the lower-case head: "..., Iraqi diplomat says",
# "..., UN official says"; a name alone, "..., Bettman says", is a name's frame)
_DROPPED_ARTICLE = re.compile(
    r"^(?P<claim>\S+(?:\s+\S+){2,}?),\s+(?:(?P<who>(?:[A-Z][\w.-]*\s+)?[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2})\s+(?:says|said|claims)"
    r"|(?:says|said|claims)\s+(?P<after>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))$")
_DETERMINERS = _words("a an the his her its their our one some many several")


def _article_dropped(sentence: str) -> tuple[str | None, str, int] | None:
    match = _DROPPED_ARTICLE.match(sentence.strip())
    if match is None or title_case(sentence):
        return None
    who = match.group("who") or match.group("after")
    if who.split()[0] in _DETERMINERS or (who.endswith("s") and not who.endswith("ss")):
        return None  # the article is there, or a plural needs none ("witnesses say")
    # (imported here: the frames read this module's credits)
    from embeddings.claims.speakers import find_speaker
    article = "an" if who[0] in "aeiou" else "a"
    claim = match.group("claim")
    # read, as a Title Case frame is, without what the article taught the context: "a group"
    # after "MiG fighter planes" is no MiG
    reread = find_speaker(f"{claim}, {article} {who} says.", SpeakerContext())
    return (reread.speaker, claim, 0) if reread.core == clean_core(claim) else None


# the same headline with its frame first: "Fed official says weak data caused by weather",
# "Senior official says talks will resume", read as "A Fed official says ..." is in prose.
# The frame's head is lower case ("official"): "Bettman says ..." is a name's own frame
_LEADING_DROPPED = re.compile(
    r"^(?P<who>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2}?\s+[a-z][\w-]*)\s+"
    r"(?P<verb>says|claims|confirms|denies|admits|insists|warns|argues|reports|announces"
    r"|reveals|tells|predicts|acknowledges|asserts|contends|stresses|alleges|maintains"
    r"|believes|thinks|suggests|concedes|notes|urges)\s+(?P<rest>\S.*)$")
_SUBJECT_DROPPED = re.compile(r"(?:was|were|is|are|has|have|had|will|would|could|can|may"
                              r"|might|should|did|does)\b")
# plain words a headline capitalises only because they open it
_PLAIN_MODIFIERS = _words("""senior former top chief police local state federal government
    military army security foreign deputy acting veteran retired leading prominent key
    company party campaign union hospital school prison court defence defense""")
_NOT_FRAME_WORDS = _words("""a an the his her its their our one some many several this that
    these those what why how who when where which if as no not""")


# a verb of saying whose object is something held to be so: "denies plan to", "confirms
# deal", "denies report of" (not "claims responsibility", "claims victory": deeds)
_STATES_OF = re.compile(
    r"(?:denies|confirms|admits|acknowledges)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:plans?|reports?|deals?|claims?|rumou?rs?|allegations?|stor(?:y|ies)|links?"
    r"|involvement|role|talks|agreement|accord|move|bid|offer|merger|takeover|sale|contact"
    r"|ties|charges?|accusations?)\b")


def _leading_article_dropped(sentence: str) -> tuple[str | None, str, int] | None:
    text = sentence.strip()
    match = _LEADING_DROPPED.match(text)
    if match is None or title_case(text) or text.endswith(".") \
            or len(text.split()) > _HEADLINE_WORDS:
        return None
    who = match.group("who")
    words = who.split()
    if any(w.lower() in _NOT_FRAME_WORDS for w in words) \
            or (words[-1].endswith("s") and not words[-1].endswith("ss")):
        return None  # the article is there ("The official says"), or a plural needs none
    # (imported here: the frames read this module's credits)
    from embeddings.claims.speakers import find_speaker
    # the headline's capital opens the sentence only: "Senior official" is "a senior
    # official"; a name or a people's word ("Fed", "Iraqi", "U.S.") stays as written
    first = words[0].lower() if words[0].lower() in _PLAIN_MODIFIERS else words[0]
    phrase = " ".join([first, *words[1:]])
    article = "An" if phrase[0].lower() in "aeiou" else "A"
    rest = match.group("rest")
    prose = f"{article} {phrase} {match.group('verb')} "
    reread = find_speaker(f"{prose}{rest}.", SpeakerContext())
    if reread.speaker is not None and reread.core_start == 0 \
            and _STATES_OF.match(f"{match.group('verb')} {rest}"):
        # "Saudi airline rep denies plan to ...": what is denied is a plan, a report, a deal,
        # something said to be so; the description speaks, as "North Korea denies plans"
        # names its voice ("claims responsibility" is a deed, and names none)
        return reread.speaker, text, 0
    # (the core may start at the space after the verb); "Foley family says was threatened
    # ...": a clause that dropped its subject says nothing of whom, and stays whole
    if reread.speaker is None or reread.core_start < len(prose) - 1 \
            or _SUBJECT_DROPPED.match(rest):
        return None
    start = match.start("rest") + max(0, reread.core_start - len(prose))
    return reread.speaker, text[start:], start


def _wire_credit(sentence: str, context: SpeakerContext) -> tuple[str | None, str, int] | None:
    credit = _HEADLINE_CREDIT.search(sentence)
    if credit is None or len(sentence[: credit.start()].split()) < 4:
        return None
    headline = sentence[: credit.start()]
    spaced = credit.group("spaced")
    if spaced is not None:
        # "Germany to cut gas use - Handelsblatt": credited after a spaced dash, as a page
        # title gives its site's name ("... - BBC News"); the site is the article's own outlet
        # (or a section of it), and no one the outlet quotes.  Either way it is not claimed
        # a section ("... - Quick Facts", "- U.S. Commentary", "- Analyst Blog") ends in
        # such a word; "... in mid - April." is a sentence's own dash (a title's credit
        # takes no full stop), and neither is anyone's
        if _section(spaced) or spaced.endswith("."):
            return None
        if not context.outlet or context.is_outlet(spaced):  # (unknown: no one to credit)
            return None, headline, 0
        return named_speaker(spaced, context), headline, 0
    who = credit.group("who")
    if who is None:  # "-sources": an unnamed one, the claim stays the outlet's
        return None, headline, 0
    return named_speaker(who, context), headline, 0


# a Title Case headline's frame after its claim: "Track Worker Killed by Metro-North Train, MTA
# Says", "Leader of Qaeda-Linked Somali Group Is Dead, U.S. Says".  A headline capitalises its
# verb of saying, which the lower-case frames never find.  ("Warns" is left out: one warns
# someone to do something)
_TITLE_VERB = r"(?:Says|Say|Claims|Claim|Insists|Insist|Argues|Argue)"
# up to five capitalised words ("GOP Rep. Duncan Hunter", "U.S.", "DHS Chief")
_TRAILING_FRAME = re.compile(r"^(?P<claim>\S+(?:\s+\S+){2,}?),\s+"
                             r"(?P<who>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+"
                             rf"{_TITLE_VERB}\.?$")
# "..., Man Mauled By Bear Says", "..., Congressman's": a phrase that goes on past its head
# names no one
_NOT_A_HEAD = re.compile(r"\b(?:By|Of|In|For|With|From|At|To|On|After|Over|About|As|Who|Which"
                         r"|That)\b|[’']s?$")
# "..., Report Claims", "..., Study Says": a document the outlet names no author of, left
# whole as "a report claims ..." is (the outlet does not make the claim its own)
_DOCUMENT = re.compile(r"\b(?:Reports?|Stor(?:y|ies)|Rumou?rs?|Hoax(?:es)?|(?:Web)?[Ss]ites?"
                       r"|Videos?|Stud(?:y|ies)|Polls?|Surveys?|Articles?|Posts?|Tweets?"
                       r"|Photos?|Claims?)$")


def _title_case_frame(sentence: str) -> tuple[str | None, str, int] | None:
    """(speaker, claim, 0) for a Title Case headline's "A, X Says", or None; a bare group
    ("..., Monitors Say") names no one, and its frame is still no part of the claim."""
    match = _TRAILING_FRAME.match(sentence)
    if match is None or not title_case(sentence) or _NOT_A_HEAD.search(match.group("who")) \
            or _DOCUMENT.search(match.group("who")):
        return None
    if one_bystander(match.group("who")):  # "..., Witness Says": as "..., Witnesses Say"
        return None, match.group("claim"), 0
    # read without what the article taught the context: a Title Case headline is one run of
    # capitals, which it took for a name
    return named_speaker(match.group("who"), SpeakerContext()), match.group("claim"), 0


# a Title Case or all-caps headline's frame before its claim: "Noyer Says Strong Euro Creates
# Unwarranted Pressure", "Iraq Says Arrested Woman Is Not The Wife of ...", "OBAMA SAYS US WILL
# NOT SEND TROOPS".  The speaker is a run of up to four capitalised words right at the start
# ("What Obama Says About ...", "Man Who Says He ..." start no frame)
_LEADING_FRAME = re.compile(
    r"^(?P<who>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
    r"(?P<verb>Says|Tells|Warns|Claims|Denies|Confirms|SAYS|TELLS|WARNS|CLAIMS|DENIES"
    r"|CONFIRMS)\s+(?P<rest>\S.*)$")
_QUESTION_WORDS = re.compile(r"^(?:What|Why|How|When|Where|Who|Whom|Which|Whose|If|As)\b",
                             re.IGNORECASE)
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}s?")
_PRONOUN = re.compile(r"(?:He|She)\b")
_HEADLINE_WORDS = 20  # longer, it is prose that capitalises its words


def _leading_frame(sentence: str) -> tuple[str | None, str, int] | None:
    """(speaker, claim, start) for a Title Case headline's "X Says A", or None.  Whether A is
    a claim ("Says ECB Could Cut Rates") or the verb's object ("Claims Responsibility For
    Attack", "Warns People To Stop ...") is read as the same headline in lower case reads
    it; a document ("Study Says ...") stays whole, as its trailing frame does."""
    text = sentence.rstrip()
    match = _LEADING_FRAME.match(text)
    caps = text.isupper()
    if match is None or text.endswith(".") or len(text.split()) > _HEADLINE_WORDS \
            or not (caps or title_case(text)):
        return None
    who = match.group("who")
    if _QUESTION_WORDS.match(who) or _NOT_A_HEAD.search(who) \
            or _DOCUMENT.search(who.title() if caps else who):
        return None
    # (imported here: the frames read this module's credits)
    from embeddings.claims.speakers import find_speaker
    rest = match.start("rest")
    # an acronym stays as written ("Says ECB Could ...", not in all caps, where every word
    # is one), and the one told ("Putin Tells Obama Russia Will ..."), which the frame reads
    # as a name; the rest is lower case, as prose gives it (a rare word capitalised there,
    # "Creates Unwarranted Pressure", would read as a name)
    told = match.group("verb").lower() == "tells"
    lowered = " ".join(w if (not caps and _ACRONYM.fullmatch(w)) or (told and not at)
                       else w.lower() for at, w in enumerate(text[rest:].split(" ")))
    reading = text[:match.start("verb")] + match.group("verb").lower() \
        + text[match.end("verb"):rest] + lowered
    reread = find_speaker(reading, SpeakerContext())
    if reread.speaker is not None and reread.core_start == 0 \
            and match.group("verb").lower() == "says" and verbless_clause(text[rest:]):
        # "Mexico Says Students Not Among Dead": the frame's clause, its verb dropped as a
        # headline drops it, which prose reads whole as it finds no verb
        reread = reread._replace(core=reading[rest:], core_start=rest)
    elif reread.speaker is not None and reread.core_start == 0 \
            and match.group("verb").lower() in ("says", "claims", "warns") \
            and bare_past_clause(text[rest:]):
        # "Icahn Claims Incompetence at eBay Cost Shareholders": the clause's verb is one
        # prose reads only after the determiner a headline drops
        reread = reread._replace(core=reading[rest:], core_start=rest)
    if len(reading) == len(text) and reread.speaker is not None and reread.core_start == 0 \
            and _STATES_OF.match(reading, match.start("verb")):
        return named_speaker(_as_name(who, caps), SpeakerContext()), text, 0  # "Denies Plan"
    # ("Claims to Have Captured ...": what it claims to have done is no claim of its own)
    if len(reading) != len(text) or reread.speaker is None \
            or reread.core_start < match.end("verb") or re.match(r"to\b", reread.core):
        return None
    start = reread.core_start + len(text[reread.core_start:]) \
        - len(text[reread.core_start:].lstrip())
    who = _as_name(who, caps)
    core = text[start:]
    if _PRONOUN.match(core):
        # "Woman Says She Gave ...": the pronoun in the case prose gives it after a frame,
        # which the core reads as the speaker's, as "Woman says she gave ..." is
        core = core[0].lower() + core[1:]
    if one_bystander(who):  # "Witness Says ...": as "..., Witness Says"
        return None, core, start
    return named_speaker(who, SpeakerContext()), core, start


def _as_name(who: str, caps: bool) -> str:
    """"RICH JOHNSTON" in an all-caps headline: a name, written as one (an acronym stays)."""
    return " ".join(w.title() if len(w) > 3 else w for w in who.split()) if caps else who
