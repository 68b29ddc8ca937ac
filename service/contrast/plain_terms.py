"""Loaded words inside a plain term of law, work or recording, beside ``plain_senses``: "an
invasion of privacy lawsuit", "sexual harassment", "the occupations held by middle-class
Americans", "the man captured on video", "her feelings captured the anxiety".  There the word
names no army, no persecution and no seizure of land: every outlet writes the term alike, so
it is no outlet's framing (NewsWCL50 and BABE tuning clusters credited each to one outlet).
"""

from __future__ import annotations

import re

# "invasion of privacy", "an invasion of their privacy", "privacy invasion", "privacy-invasion
# litigation", "their privacy was invaded"
_OWNER = r"(?:(?:his|her|their|its|our|my|your|the)\s+)?"
_PRIVACY = re.compile(rf"(?:invasions?\s+of|invad(?:e|es|ed|ing))\s+{_OWNER}privacy(?![\w-])")
_PRIVACY_BEFORE = re.compile(r"\bprivacy\s*(?:-\s*|\s(?:(?:was|were|is|are|had|has|have"
                             r"|been|being|be)\s+)*)$")
# "sexual harassment", "workplace harassment": the wrong the law names ("online harassment"
# says what someone did to someone)
_HARASSMENT_BEFORE = re.compile(r"\b(?:sexual|sexually|workplace)\s*-?\s*$")
# "occupations held by middle-class Americans", "occupations such as nursing": jobs
_OCCUPATION = re.compile(r"occupations?\s+(?:held|that\s+pay|paying|such\s+as"
                         r"|in\s+(?:the\s+)?(?:health|tech|service|care|trade)s?\b)")
_JOBS_BEFORE = re.compile(r"\b(?:typical|common|skilled|unskilled|professional|blue-collar"
                          r"|white-collar|high-paying|low-paying|low-wage|well-paid|manual"
                          r"|middle-class|hazardous|dangerous)\s+$")
_OF_AFTER = re.compile(r"occupations?\s+of\b")
# "captured on video", "captured by a security camera", "captured the anxiety", "captured
# the public's imagination": recorded or expressed, not taken
_CAPTURED = re.compile(
    r"captur(?:e|es|ed|ing)\s+(?:on\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:video|videos|camera|cameras"
    r"|film|tape|footage|cctv|audio|cellphone|phone|smartphone|bodycam|dashcam)"
    r"|by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:cameras?|photographers?|lens)"
    r"|(?:the|a|an|his|her|their|its|our)\s+(?:[\w'-]+\s+)?(?:mood|anxiety|spirit|feelings?"
    r"|essence|imagination|attention|hearts?|moment|frustration|fears?|hopes?|zeitgeist"
    r"|sentiment|atmosphere|despair|anger|joy))\b")


# "illegal" as the law's word for a thing done: "is illegal in Germany", "illegal under federal
# law", "illegal to use", "should be made illegal", "illegal drugs", "an established but
# illegal practice", "illegal street parties".  What is outlawed there is an act, which every
# outlet names alike.  "illegal" frames people and a side's deeds ("illegal aliens", "the
# illegal occupation", "the annexation is illegal", "illegal under international law", "illegal
# in the eyes of the world": one side's reading of the law between states)
_ILLEGAL_LAW_AFTER = re.compile(
    r"illegal\s+(?:to\s+[a-z]|in\s+(?!(?:the\s+|their\s+|our\s+|his\s+|her\s+)?(?:eyes|view"
    r"|opinion|minds?)\b)[a-z]|under\s+(?!international)(?:[a-z]+\s+){0,2}(?:law|laws|statutes?"
    r"|regulations|rules)\b)")
_ILLEGAL_LAW_BEFORE = re.compile(r"\b(?:(?:should|must|to)\s+(?:be|become)\s+(?:made\s+)?"
                                 r"|mak(?:e|es|ing)\s+(?:it\s+)?|made\s+)$")
_ILLEGAL_ACT = re.compile(
    r"illegal\s+(?:(?!immigra|migra|alien)[a-z]+\s+)?(?:practices?|activit(?:y|ies)|conduct|drugs?|substances?"
    r"|narcotics|guns?|weapons?|firearms?|parties|party|gatherings?|raves?|gambling|dumping"
    r"|logging|fishing|hunting|mining|poaching|parking|downloads?|downloading|streaming|copies"
    r"|content|searches|wiretaps?|surveillance|trafficking|possession|betting|lotter(?:y|ies)"
    r"|fireworks|structures?|discrimination|kickbacks|payments?|donations?|contributions?)"
    r"(?![\w-])")
# "a crackdown on illegal street parties", "a platform-wide crackdown on such campaigns", "a
# crackdown on drug smuggling": rules enforced against a kind of act, a plain word of police and
# platform news; a crackdown on people ("on protesters", "on dissent", "the regime's
# crackdown") keeps its sense of repression
_CRACKDOWN_ON_ACTS = re.compile(
    r"crackdowns?\s+on\s+(?:(?:such|illegal|unlicensed|unauthori[sz]ed|fraudulent|fake|online"
    r"|drug|tax|gun|knife|gang|street|food|insurance|benefit|welfare|voter|election|corporate"
    r"|financial|securities)\b|(?!protest|strik|demonstrat|dissent|oppos|campaign)[a-z]+ing\b)")
_CRACKDOWN_ON_PEOPLE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}(?:protesters|demonstrators|dissidents"
                                  r"|activists|journalists|critics|opponents|opposition|dissent"
                                  r"|students|workers|people|crowds|rebels|minorities)\b")
# "a regime of tax cuts, regulatory rollbacks and protectionist trade policies": a set of
# rules, like "the sanctions regime"; a regime of people is named ("the regime of Assad", "the
# regime of the ayatollahs") and a regime of fear frames ("a regime of terror")
_REGIME_OF_RULES = re.compile(
    r"regimes?\s+of\s+(?:[a-z-]+\s+)?(?:cuts|tax|taxes|tariffs|sanctions|austerity|rules"
    r"|regulations?|deregulation|rollbacks|checks|controls|inspections|subsidies|quotas|testing"
    r"|tests|treatment|exercise|training|medication|drugs|policies|measures|incentives|reforms)\b")


def plain_term(folded: str, start: int) -> bool:
    """Whether the loaded word at ``start`` of ``folded`` text is a word of a plain term."""
    before = folded[max(0, start - 40):start]
    if folded.startswith(("invasion", "invade"), start):
        return bool(_PRIVACY.match(folded, start) or _PRIVACY_BEFORE.search(before))
    if folded.startswith("harassment", start):
        return bool(_HARASSMENT_BEFORE.search(before))
    if folded.startswith("occupation", start):
        # "the occupation of the region" is land held, whatever word is before it
        return bool(_OCCUPATION.match(folded, start) or (
            _JOBS_BEFORE.search(before) and not _OF_AFTER.match(folded, start)))
    if folded.startswith("illegal", start):
        return bool(_ILLEGAL_LAW_AFTER.match(folded, start) or _ILLEGAL_ACT.match(folded, start)
                    or _ILLEGAL_LAW_BEFORE.search(before))
    if folded.startswith("crackdown", start):
        acts = _CRACKDOWN_ON_ACTS.match(folded, start)
        return acts is not None and not _CRACKDOWN_ON_PEOPLE.match(folded, acts.end())
    if folded.startswith("regime", start):
        return bool(_REGIME_OF_RULES.match(folded, start))
    return bool(_CAPTURED.match(folded, start))
