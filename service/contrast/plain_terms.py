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
    return bool(_CAPTURED.match(folded, start))
