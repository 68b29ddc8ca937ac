"""The shape of a sentence around a verb of saying: where a reported clause starts and
whether what stands before the frame is the claim.

"X said the army withdrew" (a bare clause), "X said that A" / "X said: A" (a complement),
"A, X told the court." (a claim before a frame that ends the sentence); and the verbs of
saying that report nothing ("thousands told to leave", "the ministry's declared aim").
"""

from __future__ import annotations

import re

from embeddings.claims.nothing_reported import reports_nothing
from embeddings.claims.quotes import OPEN_QUOTES, ends_with_quote, inside


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COMPLEMENT = re.compile(
    r"\bthat\b(?!\s+(?:day|week|month|year|time|morning|evening|night|afternoon"
    r"|was|is|were|are|has|had|will|would|could|should|may|might|must|can)\b)\s*"
    r"|[“\"«]|:\s+"
)
# a clause of its own between a verb and a later "that" ("said it was watching, adding that"),
# unlike an adverbial ("told a briefing on Tuesday that")
FINITE_IN_GAP = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|can|could|did|does)\b")
CLAUSE_WORD = re.compile(
    r"\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|did|does"
    r"|[a-z]{3,}(?:ed|ing)|[a-z]+n[’']t"
    # irregular past forms that are nothing else: "said 35,000 people took part"
    r"|took|made|gave|went|came|fled|won|fell|rose|held|sent|spoke|wrote|saw|paid|became"
    r"|began|brought|bought|sold|stood|grew|drew|threw|broke|chose|struck|stole|sank|fought"
    r"|caught|taught|thought|built|spent|meant|felt|dealt|shot|knew|flew|wore|tore|swore|died"
    r"|used|sued|owed|lied"  # too short for the "-ed" above
    # more of them ("claims the company hid the defect", "said the board lost billions");
    # "led" and "fed" not after a hyphen ("the US-led coalition", "state-fed media")
    r"|hid|kept|lost|sought|ran|met|drove|withdrew|withheld|upheld|understood|overtook"
    r"|undertook|forgot|swept|dug|shook|froze|(?<!-)led|(?<!-)fed)\b"
)
_PREPOSITIONS = _words(
    """on in at during after before following despite since until with without for from by
    about against among between under over amid through throughout within""")
# whom a claim is told ("told reporters", "told analysts on a call"): no clause of its own
AUDIENCES = _words("""reporters journalists lawmakers legislators delegates parliament senators
    analysts investors shareholders employees staff students voters diplomats committee
    panel court jury tribunal inquiry hearing""")
_TAIL_STARTS = _PREPOSITIONS | AUDIENCES | _words(
    """to while as when last this yesterday today earlier later late via citing adding""")

# "the United States' declared goal", "the ministry's stated aim": an adjective, no frame;
# "thousands told to evacuate": they were told, they tell nothing
_POSSESSIVE_BEFORE = re.compile(r"\w(?<!\b[Hh]e)(?<!\b[Ss]he)[’']s?\s*$")  # "He's said": has
_TOLD_TO_DO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+")
# "admitted 45 patients", "admitted dozens of people": a count taken in
_ADMITTED_COUNT = re.compile(
    r"\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|at\s+least|another|a\s+further"
    r"|an\s+additional)\s+)?(?:\d|dozens\b|hundreds\b|thousands\b|(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a\s+hundred)\b)")
# "Opposition claims of fraud are baseless", "reports of shelling were denied", "Jobless
# claims climbed to 231,000", "Police reports show ...": a plural noun (no verb of saying is
# followed by "of" or by a finite verb of its own: "are", "have", "rose", "showed").  Only
# verbs that are nothing else: "reports increased sales" may be an adjective after a verb
_PLURAL_NOUN_AFTER = re.compile(
    r"\s+(?:of|are|were|have|had|rose|fell|climbed|jumped|dropped|surged|soared|plunged"
    r"|tumbled|slipped|edged|totall?ed|reached|remained|show|showed|suggest|suggested"
    r"|indicate|indicated|said|say)\b")


def not_reporting(sentence: str, verb: re.Match[str]) -> bool:
    if _POSSESSIVE_BEFORE.search(sentence[: verb.start()]) or reports_nothing(sentence, verb):
        return True
    if verb.group().endswith("s") and _PLURAL_NOUN_AFTER.match(sentence, verb.end()):
        return True
    if verb.group() == "agreed" and re.match(r"\s+to\s", sentence[verb.end():]):
        return True  # "Tyrer agreed to pay $1 million": an act, no claim reported
    if verb.group() == "admitted" and _ADMITTED_COUNT.match(sentence, verb.end()) \
            and not starts_with_clause(sentence[verb.end():]):
        # "Hospitals have admitted 45 patients": taken in, not owned up to ("admitted 40
        # people had died" reports a clause, and stays a frame)
        return True
    return verb.group() == "told" and bool(_TOLD_TO_DO.match(sentence, verb.end()))


def starts_with_clause(after: str, reach: int = 6) -> bool:
    """A bare reported clause: a verb within its first ``reach`` words ("the plant would
    close"), or a pronoun subject ("it wants", "it's").  A word in "-ing" alone is no finite
    verb: "warns against setting preconditions", "announces a plan for building", "declares
    mourning" report an act, not a clause ("is setting" has its "is"), but for "said", which
    is seldom followed by anything but a clause."""
    words = after.split()
    if len(words) < 3:
        return False
    head = " ".join(words[:reach])
    # after "said" a clause is nearly certain, and a gerund may stand in for its verb
    gerunds = reach >= SAID_REACH
    # "denied ever taking a banned substance": an act the frame reports, which the core gives
    # the speaker (``cores``); its object's participle is left to count as before
    adjectives = not gerunds and not _GERUND_OPENS.match(after)
    return bool(_PRONOUN_SUBJECT.match(words[0])
                or any((gerunds or not m.group().endswith("ing"))
                       and not (adjectives
                                and _attributive(words, head.count(" ", 0, m.start())))
                       for m in CLAUSE_WORD.finditer(head))
                or _PRONOUN_THEN_WORD.search(" ".join(words[1:reach]))
                or (gerunds and _NAME_THEN_PRESENT.match(" ".join(words[:4])) is not None)
                or _bare_past(words, reach))


# irregular pasts spelt as their present and as a noun ("hit", "cut", "set"): the verb of a
# bare reported clause only between a subject a determiner opens and what the verb does it
# to ("said the strike hit a depot", "said the government cut taxes by half" has its "by"
# too late); a noun where no subject stands before it or no object after ("said the hit was
# a fluke" has its "was"; "announced the rate cut in March", "a price cut 10 days ago")
_BARE_PASTS = _words("hit cut put set shut hurt let cost spread quit")
_SUBJECT_OPENS = _words("the a an its his her their our this these those")
_SUBJECT_WORD = re.compile(r"(?:[A-Za-z][\w’'-]*|(?:[A-Z]\.){2,3})")
_OBJECT_OPENS = re.compile(
    r"(?:a|an|the|its|his|her|their|our|my|your|it|them|him|us|me|some|all|several|many"
    r"|dozens|hundreds|thousands|millions|billions|two|three|four|five|six|seven|eight|nine"
    r"|ten|back|down|off|out|up|[$€£]?\d[\d,.]*%?)[.,;]?")
# after "said", seldom followed by anything but a clause, a plural is an object too ("said
# the government cut taxes"), where after another verb it may end a compound ("announced the
# tax cut plans")
_PLURAL_OBJECT = re.compile(r"[a-z]{3,}s[.,;]?")
_TIME_UNITS = _words("minutes hours days weeks months years decades")


def _bare_past(words: list[str], reach: int) -> bool:
    """"the strike hit a depot": a determiner, one to three words of its subject, one of
    ``_BARE_PASTS``, then an object, a number or a particle ("shut down")."""
    if not words or words[0].lower() not in _SUBJECT_OPENS:
        return False
    for at in range(2, min(reach, 5, len(words) - 1)):
        subject = words[1:at]
        if any(not _SUBJECT_WORD.fullmatch(w) or w.lower() in _NOT_A_NOUN for w in subject):
            return False  # "the cut, in rates," / "the cut in rates": no subject before it
        if words[at] not in _BARE_PASTS or not (
                _OBJECT_OPENS.fullmatch(words[at + 1])
                or (reach >= SAID_REACH and _PLURAL_OBJECT.fullmatch(words[at + 1]))):
            continue
        after = words[at + 2].lower() if at + 2 < len(words) else ""
        # "a price cut 10 days ago": a number of how long ago is no object
        return not (words[at + 1][0].isdigit() and after.rstrip(".,;") in _TIME_UNITS)
    return False


# "highlighted certain alleged crimes", "condemned the so-called referendum", "raised Baku's
# reported shelling", "in occupied Crimea": a participle in an adjective's place (first after
# the verb, after a determiner or a preposition) before its noun describes the noun, and is
# no verb of a reported clause.  Not after "said", whose bare clause may have no other verb
# to find ("said the disputed islands belong to Japan")
_ATTRIBUTIVE_AFTER = _words("""the a an certain some any these those this its his her their our
    my your such other all many several both further fresh new recent""")
_NOT_A_NOUN = _PREPOSITIONS | _words("""of to by as and or but nor that than which who if
    be been being not no""")


# irregular participles that describe a noun as "-ed" ones do ("claims lost wages")
_PARTICIPLE_ADJECTIVES = _words("lost kept sought")
_GERUND_OPENS = re.compile(r"\s*(?:(?:ever|never|not|having)\s+)*[a-z]{2,}ing\b")


def _attributive(words: list[str], at: int) -> bool:
    word = words[at].lower()
    if not (word.endswith("ed") or word in _PARTICIPLE_ADJECTIVES) \
            or not word.replace("-", "").isalpha():
        return False  # "alleged," / "alleged." ends a phrase: nothing follows it to describe
    before = at - 1
    if before >= 0 and words[before].lower().endswith("ly") and words[before].isalpha():
        before -= 1  # "the widely reported killings"
    if before >= 0 and words[before].lower() not in _ATTRIBUTIVE_AFTER | _PREPOSITIONS \
            and not _POSSESSIVE_BEFORE.search(words[before]):
        return False
    noun = words[at + 1].rstrip(".,;:!?)”\"") if at + 1 < len(words) else ""
    if not noun or not noun.replace("-", "").replace("’", "").replace("'", "").isalpha():
        return False
    # a noun in "-ing" is no verb here either ("Baku's reported shelling")
    return noun[0].isupper() or (noun not in _NOT_A_NOUN and not noun.endswith("ly") and (
        noun.endswith("ing") or not CLAUSE_WORD.fullmatch(noun)))


# "said China firmly opposes the sanctions", "said Beijing rejects ...": a name, then a verb
# in the present ("-s") with no "-ed" or auxiliary to find (not "said Chinese firms", where
# the "-s" word is a plural: a present verb is in lower case after the name or an adverb)
_NAME_THEN_PRESENT = re.compile(
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:news|series|species|means|has|was|is|as|us|this|its|his|yes|less|plus|across"
    r"|thus|unless)\b)[a-z]{2,}[^s\W]s\s+(?:the|a|an|any|all|its|their|his|her|to|that|it"
    r"|this|these|those|no|[a-z]+ing|[A-Z])\b")


_PRONOUN_SUBJECT = re.compile(r"(?:it|he|she|they|we|I)(?:[’'](?:s|re|ll|d|ve))?$")
_PRONOUN_THEN_WORD = re.compile(r"\b(?:it|he|she|they|we)\s+[a-z]")  # "Iran lied when it …"
# "said" is seldom followed by anything but a clause, whose subject may be long ("said the
# outlook for price stability over the medium term had improved")
SAID_REACH = 12


SUBORDINATOR_AT_END = re.compile(
    r"\b(?:when|as|because|after|since|while|if|although|though|where|before|until)\s*$")
# the reported clause has ended and the sentence's own verb follows
MAIN_CLAUSE_RESUMES = re.compile(
    r",\s+(?:has|have|had|is|are|was|were|will|would|can|could|did|does|[a-z]{3,}ed)\b")


def is_claim_before(before: str) -> bool:
    """"A, X told the court." - a clause of its own before a frame that ends the sentence."""
    return (before.rstrip().endswith(",") and len(before.split()) >= 4
            and bool(CLAUSE_WORD.search(before)) and is_trailing_frame(before, ""))


# "About 500 people took part, police said": "about" a number is no adverbial
_QUANTITY = re.compile(r"[$€£]?\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|dozens"
                       r"|hundreds|thousands|half)\b", re.IGNORECASE)


# "At least 14 people died, police said": a bound on a number, no adverbial either
_BOUND = re.compile(r"\s*(?:at\s+(?:least|most)|upwards\s+of|in\s+excess\s+of)\s", re.I)


# "the", "his": after "Following", "Citing" they open the object of an adverbial
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "this",
                          "that", "these", "those", "some", "no", "what", "how", "up", "out"})
# a verb that may follow "Rising prices": a finite form, or one of the common verbs whose
# past or plural present has no ending ("hurt", "cut", "hit", "weigh", "remain")
_VERB_AFTER_NOUN = re.compile(
    CLAUSE_WORD.pattern.replace(r"\b(?:", r"(?:", 1).removesuffix(r")\b") +
    r"|hurt|hurts|cut|cuts|hit|hits|put|puts|cost|costs|drove|drive|led|lead|left|kept|keep"
    r"|lost|weigh|weighs|remain|remains|threaten|threatens|mean|means|make|makes|push|pushes"
    r"|spread|spreads|forced|force|forces|sent|send|sends)")


def _adjective_gerund(words: list[str]) -> bool:
    """"Rising prices hurt sales", "Falling oil prices pushed the index lower": an -ing
    word, its noun (one or two words, no article or preposition: not "Following the
    attack", "Speaking to CNN"), then a verb."""
    for at in (2, 3):
        if at >= len(words) or words[at - 1].endswith(","):
            return False
        noun = words[at - 1].lower()
        if noun in _PREPOSITIONS or noun in _DETERMINERS or not noun.isalpha():
            return False
        verb = words[at].lower().strip(",")
        if not verb.endswith("ing") and _VERB_AFTER_NOUN.fullmatch(verb):
            return True
    return False


def is_trailing_frame(before: str, after: str) -> bool:
    """"A, X said on Tuesday." - not "During her visit, X disclosed the intention to …"."""
    words = before.split()
    if len(words) < 3:
        return False
    if not ends_with_quote(before):
        first = words[0].lower()
        opener, comma, clause = before.rstrip(" ,").partition(",")
        # "Looting erupted overnight, police said": a gerund that a verb follows is the
        # claim's subject, not an opener like "Following the attack,"
        second = words[1].lower().strip(",")
        gerund_subject = first.endswith("ing") and not second.endswith("ing") and (
            CLAUSE_WORD.fullmatch(second) is not None or _adjective_gerund(words))
        if (first in _PREPOSITIONS or (first.endswith("ing") and not gerund_subject)) \
                and not _QUANTITY.match(words[1]) \
                and not _BOUND.match(before) and not (
                CLAUSE_WORD.search(clause) if comma else FINITE_IN_GAP.search(opener)):
            # "During her visit to Armenia," is an adverbial, not the claim; "For the
            # season, the average error was 259 miles," has a clause after it
            return False
    tail = re.findall(r"[\w’'-]+", after)
    return not tail or tail[0].lower() in _TAIL_STARTS or tail[0][0].isupper()


# Verbs whose first noun phrase may be whom the claim was told ("told reporters that",
# "warned Congress that"); after the others a noun phrase before "that" is the reported
# clause's own subject, and the "that" a relative pronoun ("said two ships that sank ...
# had resurfaced")
_ADDRESSEE_VERBS = frozenset({"told", "tells", "tell", "warned", "warns", "assured", "reminded",
                              "informed", "notified", "promised", "convinced", "urged"})
# what may stand between a verb and its "that" without being the clause's subject: a
# preposition, an adverb, a time ("said in a statement that", "said Tuesday that", "said the
# same day that", "stressed once again that")
_ADVERBIAL_GAP = re.compile(
    r"\s*(?:[,(—–-]|(?:in|on|at|during|after|before|to|for|with|through|via|by|from|over"
    r"|about|under|within|also|again|once|further|repeatedly|previously|earlier|later|then"
    r"|late|early"
    r"|now|still|yesterday|today|tonight|however|instead|too|last|this|next|[a-z]+ly"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|the\s+(?:same|next|following|previous)\s+(?:day|week|month|year|morning|evening)\b"
    r"|$)", re.IGNORECASE)


# "reiterated his position that X", "voiced concern that X": the noun's clause is the claim
_CONTENT_NOUNS = frozenset({"position", "view", "views", "belief", "claim", "claims", "assertion",
                            "argument", "statement", "promise", "warning", "hope", "hopes",
                            "concern", "concerns", "fear", "fears", "assessment", "conclusion",
                            "insistence", "assurance", "assurances", "confidence", "doubt",
                            "doubts", "message", "opinion", "stance", "conviction", "point",
                            "expectation", "expectations", "demand", "demands", "commitment",
                            "determination", "readiness", "wish", "desire", "intention",
                            "understanding", "recognition", "acknowledgment", "reminder",
                            "evidence", "proof", "sense", "impression", "suggestion", "idea",
                            "notion", "allegation", "allegations", "accusation", "report"})


_NOUN_IN_ADVERBIAL = re.compile(
    r"^\W*(?:over|amid|after|following|despite|about|on|against|regarding|because of)\s+"
    r"(?:(?:the|a|an|new|fresh|earlier)\s+)?(?:allegations?|accusations?|claims?|reports?"
    r"|rumou?rs?|suspicions?|charges?|concerns?|fears?)\s*$", re.IGNORECASE)

# "found, with some voicing concern that B": B is what others voiced, not what was found
_WITH_OTHERS = re.compile(r"^\s*,\s*with\s+(?:[\w’'-]+\s+){1,4}?[a-z]+ing\b")


# what a verb of saying is "of" or "about": "warned of the dangers", "spoke about the risks"
# (not a time: "said over the weekend that", "said about an hour later that")
_PREPOSITION_OBJECT = re.compile(
    r"\s*(?:of|about|against)\s+(?!(?:an?\s+|some\s+)?(?:\d|hour|minute|day|week|month|year)"
    r"|(?:[\w’'-]+\s+){0,5}?(?:later|ago|earlier|before|after|weekend|morning|evening|night"
    r"|day|week|month|year)s?\s*$)(?:[\w’'-]+\s+){0,5}?[a-z][\w’'-]*\s*$")
# a noun whose clause is its content ("the risk that prices rise"), where the plural is more
# often what a relative clause describes ("the dangers that lie ahead")
_PROSPECTS = frozenset({"risk", "danger", "threat", "possibility", "prospect", "chance",
                        "likelihood", "fact", "news", "rumour", "rumor"})


# words after which a quotation is what was said: "said simply “…”", "said only “…”"
_QUOTE_LEADS = frozenset({"simply", "only", "just", "merely", "bluntly", "flatly"})


def _relative_that(gap: str, verb: str) -> bool:
    """Is the "that" after ``gap`` a relative pronoun of the gap's last noun ("said two ships
    that sank ...") rather than what opens the reported clause?"""
    words = gap.split()
    if not words or not gap.rstrip()[-1:].isalnum():
        return False  # "acknowledged the central front -- that ...": punctuation sets it off
    if verb.lower() in ("said", "says", "say") and re.match(r"\s*of\s", gap):
        return False  # "said of the plan that it would fail": whom it was said of
    if _PREPOSITION_OBJECT.match(gap):
        # "warned of the dangers that climate change poses": the noun is what was warned of,
        # and "that" opens a clause of the noun's, no report ("warned of the danger that the
        # dam could burst": a noun whose own clause is what it warns of, as "his position that")
        return words[-1].lower() not in _CONTENT_NOUNS | _PROSPECTS
    if verb.lower() in _ADDRESSEE_VERBS or _ADVERBIAL_GAP.match(gap):
        return False
    if any(w.lower().endswith("ly") or w.lower() in ("very", "so", "quite") for w in words):
        return False  # "said very clearly that"
    return words[-1].lower() not in _CONTENT_NOUNS  # "his position that X"


def complement_start(after: str, base: int, quoted: list[tuple[int, int]],
                     verb: str = "said") -> int | None:
    """Where the reported clause starts after the verb: after "that", at a quote or colon.

    A quote only counts when the words before it are a short adverbial or object
    ("told reporters “…", "said to X the same day he “…") - not a clause of its own
    ("said Reeker will strive for a “long-term settlement”").
    """
    for match in _COMPLEMENT.finditer(after[:160]):
        position = base + match.start()
        if match.group()[0] in OPEN_QUOTES:
            gap = after[: match.start()]
            if len(gap.split()) > 10 or CLAUSE_WORD.search(gap):
                return None
            if _relative_that(gap, verb) and gap.split()[-1].lower() not in _QUOTE_LEADS:
                return None  # "says Icahn's board picks “not qualified”": the quote is inside
            return match.start()
        if inside(position, quoted):
            continue
        gap = after[: match.start()]
        if len(gap.split()) > 10 or FINITE_IN_GAP.search(gap):
            return None  # "said it was watching, adding that B": that is another verb's
        if match.group().strip().lower() == "that" and (
                _relative_that(gap, verb) or _NOUN_IN_ADVERBIAL.match(gap)
                or _WITH_OTHERS.match(gap)):
            # "said the plan that failed was costly": a relative "that"; "said, over
            # allegations that he ...": the allegations' clause, not what was said
            return None
        return match.end()
    return None
