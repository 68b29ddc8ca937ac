"""Frames whose subject is a group or a writing described, not named: "Some Republican
senators have said ...", "Critics of the policy have said ...", "But American officials
said ...", "A, the report says.", "A, the department statement said.", "A, officials and
witnesses said.".

Such a subject names no one, as a bare "Officials said" does not: the claim stays the
outlet's, with the frame cut from it (``groups.bare_group_at_end`` knows the bare heads it
lists; a group described by any plural noun and its modifiers, or a writing no earlier
speaker issued, is no more a name).  A count of people ("Some 81% of Americans say", "A
59% majority say") is kept: the count is what is claimed.
"""

from __future__ import annotations

import re

from embeddings.claims.bystanders import unnamed_at_end
from embeddings.claims.reporting_verbs import _VERB
from embeddings.claims.speaker_context import SpeakerContext


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# how many of them, without a number ("Some", "Other", "Hundreds of")
# (whose they are may follow "of": "Some of Mr. Trump's critics")
_HOW_MANY = (r"(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Hh]undreds|[Tt]housands|[Dd]ozens)\s+of\s+"
             r"(?:the\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+)?"
             r"|(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Vv]arious|[Mm]ultiple"
             r"|[Nn]umerous|[Tt]he|[Tt]hese|[Tt]hose|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+)")
# a plural head: a lower-case noun in "-s" ("senators", "countries", "defenders"), not a
# singular that ends so ("-ss", "-us", "-is", "news")
_PLURAL = r"(?!(?:news|series|this|has|was|is|its|his|us|as)\b)[a-z][a-z-]*[^sui\W]s"
# a modifier: an adjective or a noun, capitalised ("Republican", "U.S.") or not ("human")
_MODIFIER = r"(?:[A-Za-z][\w’'.-]*|(?:[A-Z]\.){2,3})"
# who they are after the head: "of the Trump administration's policies", "there", "in Iraq"
_QUALIFIER = (r"(?:\s+there|\s+(?:of|in|from|at|across)\s+(?:the\s+)?"
              r"(?:[\w’'.-]+\s+){0,5}[\w’'.-]+)?")
_GROUP = re.compile(
    rf"(?P<how>{_HOW_MANY})?(?P<mods>(?:{_MODIFIER}\s+){{0,3}})(?P<head>{_PLURAL}"
    rf"(?:\s+and\s+(?:{_MODIFIER}\s+){{0,2}}{_PLURAL})?){_QUALIFIER}")
# the pronouns of a group, after a count or alone ("But some said", "Others say")
_SOME_ALONE = re.compile(r"(?:[Ss]ome|[Oo]thers|[Mm]any|[Ss]everal|[Mm]ost)")
# no verb, clause or count may stand in a subject: "Social media users are sharing a video in
# which a man says", "Cuban doctors that have escaped the system have said"
_NOT_IN_A_SUBJECT = _words("""and or but that which who whom whose when while as after before
    because if than then is are was were be been has have had will would could should may
    might must not do does did a an no none never few percent majority minority half""")
# a share of a count is what a poll found ("Two-thirds of activists believe ..."): the count
# is the claim
_SHARE = re.compile(r"\w+-(?:thirds?|quarters?|fifths?|tenths?)", re.IGNORECASE)
# a group speaks in the plural ("critics say", "critics said"): "-s" after a phrase is a verb of
# the phrase's own ("Ottawa investigates reports that ..."), and the phrase is no subject
_SINGULAR_VERB = re.compile(r"says|tells|[a-z]+[^s]s")
# what a group is said to believe is the outlet's account of it ("Coronavirus truthers
# ignorantly believe that ..."), not a claim it makes
_BELIEF = _words("believe believes think thinks")
# what is passed around, by anyone: "Numerous posts claim ..." is what a fact check refutes,
# no source it quotes
_PASSED_AROUND = re.compile(r"(?:posts|messages|tweets|memes|videos|rumou?rs|comments|users)$")
# "said their last goodbyes to ...", "said prayers": a thing said, no claim
_THING_SAID = re.compile(r"\s+(?:(?:their|his|her|our|a|the)\s+)?(?:last\s+|final\s+)?"
                         r"(?:goodbyes?|farewells?|prayers?|grace|vows|thanks|hello)\b")
_CONNECTIVE = re.compile(r"^(?:But|And|Yet|So|Still|Rather|However|Meanwhile|Instead),?\s+")


def described_group(subject: str, verb: str = "said", after: str = "") -> bool:
    """Whether the words before a verb of saying (its auxiliaries and adverbs set aside)
    are a group described, not named: "Some Republican senators", "Human rights defenders",
    "Critics of the Trump administration’s immigration policies", "But some"."""
    if _SINGULAR_VERB.fullmatch(verb) or verb in _BELIEF or _THING_SAID.match(after):
        return False
    text = _CONNECTIVE.sub("", subject.strip(" “\"'‘"))
    if _SOME_ALONE.fullmatch(text):
        return True
    # (a sentence capitalises its first word: "Officials there", "Human rights defenders")
    group = _GROUP.fullmatch(text[:1].lower() + text[1:])
    if group is None or any(ch.isdigit() for ch in text) or _SHARE.search(text) \
            or _PASSED_AROUND.search(group.group("head")) \
            or re.search(r"[’']s\b", group.group("mods")):
        return False  # "Mr. Trump's comments suggested": whose they are is the speaker
    words = [w.lower() for w in re.split(r"\s+", text)]
    if words[0] in _NOT_IN_A_SUBJECT \
            or any(w in _NOT_IN_A_SUBJECT for w in words if w != "and") \
            or words.count("and") > 1:
        return False  # "... and said", a second clause; "A and B and C" is a list of names
    # one capitalised word alone is a name ("Democrats", "Rangers"): the frame's own to read
    return len(words) > 1 or not text[:1].isupper()


# a writing the article has told of ("the report", "the department statement", "that
# assessment") or one said whose it is ("an editorial in a widely read state-run Chinese
# newspaper"); a report no one is named as author of ("a report says", "..., report says",
# "says new report") stays whole, as ``headline_credit`` reads it
_WRITING = (r"report|statement|study|survey|poll|editorial|letter|memo|article|analysis"
            r"|assessment|newspaper|document|readout")
_WRITING_WORDS = (r"(?:(?!(?:and|or|but|that|of|who|which|here|there|is|are|was|were|has"
                  rf"|have|had)\s)[a-z][\w-]*\s+){{0,3}}(?i:{_WRITING})")
_WHOSE = r"\s+(?:in|by|from|of)\s+(?:the\s+|an?\s+)?(?:[\w’'.-]+\s+){0,5}[\w’'.-]+"
_WRITING_AT_END = re.compile(
    rf"(?:^|(?<=[\s,;:“”\"(]))(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+{_WRITING_WORDS}(?:{_WHOSE})?"
    rf"|(?:[Aa]n?\s+)?{_WRITING_WORDS}{_WHOSE})\s*$")
# "this person", "the person" (a source told of before, never named), "two participants"
_PERSON_AT_END = re.compile(r"(?:^|(?<=[\s,;:“”\"(]))(?:[Tt]his|[Tt]hat|[Tt]he)\s+person\s*$")
# "A, she said.", "A, he said, B": a pronoun the article gives no one for (a subject that
# named someone is read before this) names no one, as a bare group does; its frame, set after
# or inside the claim, is cut all the same, for it is no part of what is claimed (a leading
# "He said A" stays whole, as it was read: only "Still, he said, A" is set inside)
_PRONOUN_AT_END = re.compile(r"(?:^|(?<=[\s,;:“”\"(—–]))(?:[Hh]e|[Ss]he|[Tt]hey)\s*$")
_GROUP_AFTER_COMMA = re.compile(r"[,”\"]\s*(?P<who>[^,;:“”\"]+?)\s*$")


def nameless_at_end(text: str, verb: str = "said", pronoun: bool = False) -> int | None:
    """Where a subject naming no one ends ``text``: a bare group ("..., officials"), one of
    it ("..., a witness"), a group described ("..., officials and witnesses", "..., leaders
    of the U.S. medical establishment"), a writing ("..., the report"), or with ``pronoun``
    a pronoun no one is named for ("..., she")."""
    found = [unnamed_at_end(text)]
    writing = _WRITING_AT_END.search(text) or _PERSON_AT_END.search(text)
    found.append(writing.start() if writing else None)
    unresolved = _PRONOUN_AT_END.search(text) if pronoun else None
    found.append(unresolved.start() if unresolved else None)
    after_comma = _GROUP_AFTER_COMMA.search(text)
    if after_comma is not None and described_group(after_comma.group("who"), verb):
        found.append(after_comma.start("who"))
    # the longest subject: "officials and witnesses", not its last "witnesses"
    return min((start for start in found if start is not None), default=None)


def unnamed_opening(subject: str, verb: re.Match[str], context: SpeakerContext) -> bool:
    """Whether the words before a leading frame's verb (auxiliaries, adverbs and an opening
    conjunction set aside) name no one: "Officials", "Hospitals" (a common plural a sentence
    capitalises), "Some Republican senators", "A new study"."""
    return nameless_at_end(subject) == 0 or context.is_opening_plural(subject) \
        or described_group(subject, verb.group(), verb.string[verb.end():])


# an inverted frame's name and who the speaker is: "said Regina Lombardo, acting director of
# the U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF).", "said James Kilgore, a
# researcher and activist who was formerly in prison."; (not ", adding that ...", ", citing
# the report": a participle goes on with the frame, and what it adds may be a claim; "acting
# director" is who the speaker is)
_NAME_THEN_WHO = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w.’'-]*,\s+"
    r"(?!(?:adding|citing|noting|saying|calling)\b|\w+ing\s+(?:that|to|on|of|the|an?|it|its"
    r"|his|her|their|this|what|how)\b)"
    r"(?:an?\s+|the\s+|[a-z][\w-]*\s|co\s*-\s*)")


def appositive_tail(after: str) -> bool:
    """Whether what follows an inverted verb of saying is only the speaker's name and who
    they are, however long the description ("said X, head of WHO's emergencies program, as
    daily cases are at near-record levels."): it is no part of the claim before the verb."""
    who = _NAME_THEN_WHO.match(after)
    if who is None or any(mark in after for mark in "“”\";:"):
        return False
    rest = after[who.end():]
    return _VERB.search(rest) is None
