"""A group named by whom it belongs to, and whether a speaker is one or many.

"Members of President Trump's task force warned", "Supporters of the senator said", "Aides
to the governor said": the members speak, not the body or person they are named by (the
task force said nothing itself), read as "Lawyers for the universities said" is.  And a
speaker so named is many, so "it" in what they said is not them ("warned that it would
become a pandemic": the virus), as "Russia said it had hit" makes "it" Russia.
"""

from __future__ import annotations

import re

_MEMBER_HEADS = r"members|supporters|opponents|critics|allies|friends|aides|associates"

# one modifier at most ("Republican members of Congress"), not a conjunction's ("and
# members of ..."); whose group it is, up to a few words ("President Donald Trump's
# coronavirus task force"), never past a comma.  Not "Friends of the Earth", "Friends of
# Syria": a capitalised "Friends of" before a name is the name of a body
# a word of whose group it is: not a verb or a clause's ("Members of the party have
# proposed that so-called ...")
_WORD = (r"(?!(?:has|have|had|is|are|was|were|will|would|that|who|which|and|but|or|said"
         r"|says)\b)[\w.&’'-]+")
MEMBERS_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any)\s+)?(?P<who>"
    r"(?:(?!(?i:and|but|or|as|while|when|after|that|which|who|the|some|many)\s)"
    r"[A-Za-z][a-z]+\s+)?"
    rf"(?!Friends\s+of\s+(?:the\s+)?[A-Z])(?i:{_MEMBER_HEADS})\s+(?:of|to)\s+"
    rf"(?:{_WORD}\s+){{0,7}}{_WORD}(?<!-))$")

def member_group(subject: str) -> bool:
    """Whether a frame's whole subject is a group named by whom it belongs to ("Aides to
    the governor", "Members of the task force"): no one named, as "Officials" is."""
    found = MEMBERS_AT_END.search(subject)
    return found is not None and found.start() == 0


# the plural heads a speaker is named by ("officials", "Members of ...", "lawyers for X")
_PLURAL_HEAD = re.compile(
    rf"^(?:[\w’'-]+\s+)?(?i:{_MEMBER_HEADS}|officials|lawyers|attorneys|representatives"
    r"|advocates|analysts|experts|doctors|researchers|scientists|workers|employees|staff"
    r"|sources|diplomats|investigators|prosecutors|activists|residents|leaders)"
    r"(?:\s+(?:of|to|for|at|from|with|in)\b|$)")


def plural_speaker(speaker: str) -> bool:
    """Whether ``speaker`` names many people by a plural head ("Members of X", "lawyers for
    Y", "Azerbaijani officials"), who are "they", never "it"."""
    return _PLURAL_HEAD.search(speaker) is not None
