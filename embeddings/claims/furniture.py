"""Page furniture: lines a newsroom CMS puts around an article that are never claims.

The patterns are the shapes CMSs produce (calls to action, comment forms, section
labels, bylines, bare dates and datelines, tweet embeds, photo credits), not the
exact strings of any one site.  Headlines count as furniture too: a short line with
no final punctuation states a topic, not a claim.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

MIN_CLAIM_WORDS = 4
HEADLINE_MAX_WORDS = 15

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"

_CALL_TO_ACTION = re.compile(
    r"\b(?:in your inbox|sign up|subscribe|newsletter|follow us|share (?:this|on|via)"
    r"|click here|read more|read also|see also|download (?:the|our) app|cookies?"
    r"|privacy policy|terms of (?:use|service)|all rights reserved|copyright|©"
    r"|follow (?:him|her|them|me) (?:on|at)\b"
    r"|leave a (?:reply|comment)|please enter your|post comment|you must be logged in"
    r"|save my name|notify me|advertisement|sponsored content|skip to content"
    r"|related (?:articles|posts|stories|news)|hot topics|most (?:read|popular|viewed)"
    r"|you may also like|recommended for you|trending now|back to top)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|edited by|words by|story by)\s+"
    r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|&|,))*\s*$",
    re.IGNORECASE,
)
_DATE_ALONE = re.compile(
    rf"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?|\d{{1,2}}\s+{_MONTH},?\s*(?:\d{{4}})?"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$",
    re.IGNORECASE,
)
# Notes about the article rather than the story: credits, corrections, syndication,
# disclaimers, reprint rights, contact lines.  Anchored on phrases no news claim uses, so
# they apply to long lines too ("The views expressed in this article are the author's own
# and do not necessarily reflect ...").
_ABOUT_THE_ARTICLE = re.compile(
    r"\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)"
    r"|^\W*(?:additional |with )?(?:reporting|writing|editing|research|translation) by\b"
    # "(With inputs from agencies)", "With inputs from PTI." (not "With input from farmers,
    # the ministry drafted a plan.")
    r"|^\W*with (?:additional )?inputs? from (?:[\w&.’'-]+\s*){1,4}\W*$"
    r"|\b(?:a version of )?this (?:article|story|post|piece|report) (?:was|has been|is|first)"
    r" (?:originally |first |last )?(?:published|appeared|updated|corrected|amended|republished"
    r"|reproduced|reprinted|adapted|excerpted|translated)"
    r"|\bthis (?:article|story) is more than\b"
    r"|\b(?:views|opinions) expressed (?:in this|here|are)\b|^\W*disclaimer\b"
    r"|^\W*editor[’']?s[’']? note\b|^\W*(?:correction|clarification)\s*:"
    r"|\ban earlier version of this (?:article|story|report|post|piece)\b"
    # a fact-check's or a series' tag ("This article is part of our work to combat
    # misinformation.", "This story was produced in partnership with ...")
    r"|\bthis (?:article|story|piece|fact[- ]check|series|newsletter) (?:is|was) (?:part of"
    r"|produced|written|supported|funded|made possible|published in partnership)\b"
    # a press release's legal notice ("This press release contains forward-looking
    # statements within the meaning of ...")
    r"|\bthis (?:press |news )?release (?:contains|includes|may contain)\b"
    r"|\bforward-looking statements? (?:within the meaning|are (?:subject|based)|involve"
    r"|speak only)\b"
    r"|\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b"
    r"|^\W*(?:contact|write to|e-?mail) (?:the (?:author|writer|reporter|editor)s?|us)\b"
    r"|^\W*our standards\b"
    # the reporter's tag line: "She can be reached at 555-0199.", "Reach him at ...", "Jane
    # Doe covers county government for the Courier."
    # a news agency's note on its own service (Anadolu's "... website contains only a portion of
    # the news stories offered to subscribers in the AA News Broadcast System")
    r"|\b(?:website|site|page|service|portal)\s+(?:contains|carries|publishes|includes|shows)"
    r"\s+only\s+(?:a\s+)?(?:portion|part|selection|summary|some|fraction)\s+of\s+(?:the\s+)?"
    r"(?:news|stories|content|articles|reports)\b"
    r"|\b(?:news\s+)?(?:stories|items|reports|content)\s+(?:offered|available|distributed|sent)"
    r"\s+to\s+(?:its\s+|our\s+)?subscribers\s+(?:in|of|on|through|via)\b"
    r"|\b(?:can|may) be reached (?:at|by|on)\b|^\W*(?:reach|contact|email|e-mail) (?:him|her|them)"
    r" (?:at|by|on)\b"
    # a writer's tag line: "Jane Roe is a columnist for the Daily Courier.", "John Doe is a
    # senior correspondent at Example News." (a newsroom job and the outlet it is held at)
    r"|(?-i:^\W*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2}\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:columnist|writer|reporter|contributor|correspondent|journalist|editor|commentator"
    r"|contributing\s+(?:writer|editor))\s+(?:for|at|with|of)\s+(?:the\s+)?[A-Z][^.]{0,60}\.?\s*$)"
    # (a name, in capitals as written: "The policy covers damage for the Smiths" is a claim)
    r"|(?-i:^\W*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2}\s+(?:covers|reports\s+on|writes\s+about)"
    r"\s+[a-z][\w\s,&-]{2,60}?\s+for\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\W*$)",
    re.IGNORECASE,
)
# Notes about the reporting, not the story: who did not answer the reporter, what the
# newsroom could not check.  The whole sentence must be the note ("declined to comment on
# reports that troops had crossed" also says there are such reports, and is kept)
_ABOUT_THE_REPORTING = re.compile(
    r"\b(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not|hadn[’']t)"
    r"\s+(?:immediately\s+)?(?:respond(?:ed)?|reply|replied|return(?:ed)?)\s+(?:to\s+)?"
    r"(?:an?\s+|our\s+|multiple\s+|repeated\s+|several\s+|emailed\s+|written\s+|calls\s+and\s+)*"
    r"(?:requests?\s+for\s+comment|messages?|calls?|e-?mails?|inquir(?:y|ies)|questions)"
    r"(?:\s+(?:from|by)\s+[\w.’' -]+?)?(?:\s+(?:on|by)\s+[\w’' -]+?)?\W*$"
    r"|\b(?:declined|refused)\s+to\s+comment(?:\s+(?:further|on\s+the\s+(?:matter|record|report"
    r"|reports|case|story)|by\s+publication\s+time|for\s+this\s+(?:story|article|report)))?\W*$"
    r"|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\s+for\s+comment\b"
    r"|\bcould\s+not\s+(?:independently\s+|immediately\s+)*(?:verify|confirm)\s+(?:the|these"
    r"|those|this|that|its|his|her|their|such)\s+(?:figures?|claims?|reports?|accounts?|footage"
    r"|videos?|information|details|numbers?)\W*$",
    re.IGNORECASE,
)
# Calls to action worded as sentences ("Read the full story here.", "Have a news tip?")
_SHORT_NOTICE = re.compile(
    r"\b(?:listen to (?:this|the) (?:article|story)|unlimited access|already a subscriber"
    r"|news tip|don[’']?t miss (?:out|a story)|read the full (?:story|article|report)"
    r"|(?:live|full) coverage here|continue reading|story continues|article continues)\b"
    r"|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b",
    re.IGNORECASE,
)
# The site talking to its reader about the site: "Your browser does not support the video
# tag.", "Check out our latest podcast episode.", "If you value our reporting, please consider
# making a donation."  A line counts where it addresses the reader (you, your, or an opening
# imperative) *and* names a thing of the site rather than of the story (an article, the
# comments, a newsletter, the browser), outside quotation marks and with no one said to say
# it: a quoted "you" ("You can see in the video that police fired first," he said) or an
# opinion writer's "you" on the story ("You have to understand the history") stays a claim.
_READER = re.compile(
    r"\b(?:you|your|yours)\b|\byou[’'](?:ve|re|ll|d)\b"
    r"|^\W*(?:please|click|tap|sign (?:up|in)|subscribe|follow|share(?! prices?\b)|check out"
    r"|stay|get|join|download|enable|open|watch|listen|read|visit|don[’']?t (?:forget|miss)"
    r"|find out|learn more|discover|explore|support|donate|register|log in|scroll|swipe"
    r"|tell us|let us know|send us|contact us|become)"
    # a noun, not an order: "Support for the app fell", "Watch sales were up"
    r"\s(?!(?:for|of|on|at|in|to|from|is|are|was|were|has|have|had|sales)\b)",
    re.IGNORECASE,
)
_SITE_THING = re.compile(
    r"\b(?:articles?|newsletters?|podcasts?|alerts|headlines|journalism|galler(?:y|ies)"
    r"|browsers?|javascript|apps?|inbox|subscri\w+|donat\w+|comments?|episodes?"
    r"|notifications|web ?sites?|this (?:page|site)|cookies|paywall|photos?|videos?"
    r"|our (?:reporting|coverage|newsroom|work|stories|readers)"
    r"|[\w-]+\.(?:com|org|net|gov|edu|io|info|co\.uk)"
    r"|(?:whatsapp|telegram) channel|google news|latest (?:news|updates|stories))\b"
    r"|\bavailable in your (?:country|region)\b",
    re.IGNORECASE,
)
# a link to another story under a label ("More: Trump after picking ... ."), whatever it
# says or quotes ("Breaking:" and "Update:" label a claim, and are kept)
_LINK_LABEL = re.compile(
    r"^\W*(?:more|related|read|watch|see|listen|also read|more on this(?: story)?)\s*:",
    re.IGNORECASE)
_SAID = re.compile(r"[\"“”«»]|\b(?:said|says|told|tells|according to|asked|added)\b",
                   re.IGNORECASE)
# the same, said in so many words
_TO_THE_READER = re.compile(
    r"\bhear from you\b|\bthanks? (?:you )?for reading\b|\brequired fields\b"
    r"|\bemail address will not be published\b|\bshare (?:it|this) with\b"
    r"|\b(?:do you have|have you got|got) a (?:story|tip)\b",
    re.IGNORECASE,
)


def _to_the_reader(text: str) -> bool:
    # a line with no final punctuation is a headline: one standing alone is a wire item's
    # claim ("Apple may buy Path, that social app you don't use")
    if _SAID.search(text) or not _FINAL_PUNCTUATION.search(text):
        return False
    return bool(_TO_THE_READER.search(text)
                or (_READER.search(text) and _SITE_THING.search(text)))


_TWEET = re.compile(r"pic\.twitter\.com/|\(@\w+\)\s+" + _MONTH + r"\s+\d", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    r"^\W*(?:photo|image|picture|video|file photo|credit)s?(?:\s+sources?)?\s*"
    r"(?::|by\b|credit)"
    # (a Reuters credit is written in capitals: "(Reuters/Ipsos)" credits a poll)
    r"|\b(?:getty images|afp photo|ap photo|(?-i:REUTERS/)|epa-efe|shutterstock)\b",
    re.IGNORECASE,
)
# a photo's caption: "Photo taken on March 1 shows ...", "... in this file photo taken on
# May 5." (where the picture is, not what happened)
_CAPTION = re.compile(
    r"^\W*(?:(?:a|this|the)\s+)?(?:file\s+|handout\s+|undated\s+|aerial\s+)?(?:photo|picture"
    r"|image|screenshot|screengrab)s?\s+taken\b"
    r"|\bin this (?:file |handout |undated |aerial )?(?:photo|picture|image|screenshot|screengrab"
    r"|video grab)\b",
    re.IGNORECASE)
# a caption's credit closing its line: "(Xinhua/Li Xin)", "(AP Photo/Evan Vucci)", "(Photo:
# Reuters)" - a photographer has a first and a last name ("(Reuters/Ipsos)" credits a poll)
_CAPTION_CREDIT = re.compile(
    r"\((?:[A-Z][\w.-]*(?:\s+(?:Photo|Images?|Pictures?))?\s*/\s*[A-Z][\w.’'-]+"
    r"(?:\s+[A-Z][\w.’'-]+){1,3}|(?:Photo|Image|Picture)s?\s*(?::|by\b|credit\b:?)\s*[^()]{2,60})"
    r"\)\W*$"
    # a wire's credit closing a caption, in its own capitals: "REUTERS/Vyacheslav
    # Madiyevskyi", "State Emergency Service of Ukraine/Handout via REUTERS"
    r"|(?-i:\b(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|UPI)(?:\s+PHOTO)?/[A-Z][\w.’'-]+"
    r"(?:\s+[A-Z][\w.’'-]+){0,3}|/Handout via (?:REUTERS|AFP|AP|EPA)|via Getty Images)\s*$")
# a note on the article opening a paragraph: what the rest of the paragraph says is the
# note's ("Correction: An earlier version misstated the number. It was seven, not nine.")
_NOTE_OPENS = re.compile(
    r"^\W*(?:correction|clarification|editor[’']?s[’']? note)\s*:"
    r"|^\W*an earlier version of this (?:article|story|report|post|piece)\b", re.IGNORECASE)


# an opinion writer's bio line: "Amina Yusuf is a housing researcher at Northfield
# University.", "Tom Lee is a professor of economics at Yale and the author of ...", "Jane Roe
# teaches history at ..." - a name, then what that person does and where
_BIO = re.compile(
    r"^\W*[A-Z][\w.’'-]+(?:\s+(?:[A-Z][\w.’'-]+|de|van|von|al|bin)){1,3}\s+"
    r"(?:is\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:researcher|professor|lecturer|fellow"
    r"|scholar|director|founder|co-founder|author|writer|analyst|economist|historian|journalist"
    r"|columnist|editor|student|candidate|lawyer|attorney|physician|doctor|scientist|teacher"
    r"|consultant|adviser|advisor|strategist|partner|chair|president|member|executive|manager"
    r"|officer|head|dean|chief|expert|specialist|commentator|contributor|correspondent"
    r"|ambassador|minister|secretary|associate|instructor|practitioner|organizer|organiser"
    r"|activist|campaigner|coordinator|psychologist|sociologist|epidemiologist)s?\b"
    r"|(?:teaches|writes\s+about|works\s+(?:as|at|on|for)|directs|leads|heads|chairs)\s)"
    r"[^.!?“”\"]{0,200}[.]?\s*$")
# what a bio does not say: an event, a report of one ("... who was evicted in March, court
# records show" is a claim about the person)
_NOT_A_BIO = re.compile(r"\b(?:who|which|whose|that|was|were|had|has|have|said|says|told"
                        r"|shows?|showed|according|after|when|since|because)\b")
_MAX_BIO_WORDS = 45


def _bio_at_end(text: str) -> tuple[int, int] | None:
    """The line of the writer's bio ending an article, after its body (any furniture after it
    aside).  Only there: a line "X is a researcher at Y." inside the body may be what the story
    tells about a person in it."""
    lines = list(re.finditer(r"[^\r\n]+", text))
    if len(lines) < 2:
        return None  # an article of one paragraph has no body apart from its last line
    for line in reversed(lines):
        body = line.group().strip()
        if not body:
            continue
        if _BIO.match(body) and not _NOT_A_BIO.search(body) \
                and len(body.split()) <= _MAX_BIO_WORDS:
            return line.start(), line.end()
        if not is_furniture(body):
            return None
    return None


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that are furniture whole: a caption with its credit at the
    end, a correction or an editor's note with the sentences after it, the writer's bio that
    ends an opinion piece."""
    out = []
    for line in re.finditer(r"[^\r\n]+", text):
        body = line.group().strip()
        if _CAPTION_CREDIT.search(body) or _NOTE_OPENS.match(body):
            out.append((line.start(), line.end()))
    bio = _bio_at_end(text)
    if bio is not None:
        out.append(bio)
    return out


_HANDLES_ONLY = re.compile(r"^(?:\W*[@#]\w+)+\W*$")
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;][\"”’»)\]]*\s*$|[\"”»]\s*$")
# a line ended by a quotation mark with no stop before it: "Obama Calls Plan “Dead”" closes a
# quoted word, the way a headline does, not a sentence ("... “we will win.”")
_QUOTED_WORD_END = re.compile(r"(?<![.!?…:;,])[\"”»]\s*$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_VERB_LIKE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should"
    r"|do|does|did|says?|said)\b|\b[a-z]{3,}(?:ed|es|ing)\b"
    # past forms with no ending, in the short reports a market or a toll gets: "Shares rose
    # 6% on Monday.", "Six died."
    r"|\b(?:rose|fell|grew|sank|won|lost|hit|cut|died|fled|left|held|paid|sold|made|took"
    r"|gave|went|came|kept|led|met|ran|set|shut|quit|rise|fall|hits|cuts|wins|beat|beats"
    r"|costs|leads|trails|holds|owns|gains|drops|tops|controls)\b",
)
_SMALL_WORDS = _words("a an the of and or in on at to for with by from as vs")
_PRONOUNS = _words("it this that these those us our your you them me my")
# "Source: Reuters", "Sources: World Bank, IMF" credit a picture or a table; "Source: Tom
# Brokaw Wants Brian Williams Fired" labels a report as an unnamed source's (a clause follows)
_SOURCE_LABEL = re.compile(r"^\W*sources?\s*:\s*", re.IGNORECASE)
# a verb a Title Case headline capitalises ("May Have Been Found"); "May 2020" is a date
_TITLE_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|may|might|must|should|has|have|had|does|did"
    r"|says?|said)\b(?!\s+\d)", re.IGNORECASE)
# how a table's credit says where its figures come from: no verb of the claim's
_CREDIT_PHRASE = re.compile(r"\b(?:based on|compiled by|adapted from|derived from|including"
                            r"|using|updated|estimated|calculated|published by)\b",
                            re.IGNORECASE)
_CREDIT_ITEM_WORDS = 5  # "U.S. Bureau of Labor Statistics": a name, not a headline
# the lower-case words a credit gives its names' material ("company filings", "Bloomberg
# calculations"); any other lower-case word is no part of a name
_CREDIT_WORDS = _words("""data calculations estimates estimate figures filings reports report
    survey surveys statistics analysis research records documents staff company companies
    government official sources source files archives interviews graphic graphics chart map
    photo photos image images video handout pool wire wires agencies agency news press""")


def source_labelled(text: str) -> int | None:
    """Where the claim begins after a "Source:"/"Sources:" label, or None when what follows
    is a credit: a short name or list of names with no verb.  A clause after it (a verb, a
    run of words longer than a name, or lower-case words a name lacks: "Source: Missing
    Afghan soldiers at Canadian border") is a report its unnamed sources give."""
    match = _SOURCE_LABEL.match(text)
    if match is None:
        return None
    rest = _CREDIT_PHRASE.sub(" ", text[match.end():])
    if _VERB_LIKE.search(rest) or _TITLE_AUXILIARY.search(rest):
        return match.end()
    for item in re.split(r"[,;/&]|\band\b", rest):
        words = [w for w in _WORD.findall(item) if w.lower() not in _SMALL_WORDS]
        lower = [w for w in words if w[0].islower() and w.lower() not in _CREDIT_WORDS]
        if len(words) > _CREDIT_ITEM_WORDS or (len(words) >= 4 and lower):
            return match.end()
    return None


def is_furniture(sentence: str, headlines: bool = True) -> bool:
    """True for page furniture, headlines and fragments too short to be a claim.

    With ``headlines=False`` a headline-like line (no final punctuation) is not counted as
    furniture: an article that is nothing but a headline still makes a claim.
    """
    text = sentence.strip()
    words = _WORD.findall(text)
    if len(words) < MIN_CLAIM_WORDS and not _short_report(text, words):
        return True
    short = len(words) <= 20  # calls to action are short; long prose may mention "cookies"
    if short and (_CALL_TO_ACTION.search(text) or _SHORT_NOTICE.search(text)
                  # (an item that is only a labelled headline, "Watch: ISIS claims ...",
                  # is a feed's claim)
                  or (headlines and _LINK_LABEL.search(text)) or _to_the_reader(text)):
        return True
    if _ABOUT_THE_ARTICLE.search(text) or _ABOUT_THE_REPORTING.search(text):
        return True
    if _BYLINE.match(text) or _DATE_ALONE.match(text) or _HANDLES_ONLY.match(text):
        return True
    credit = _PHOTO_CREDIT.search(text) or (
        _SOURCE_LABEL.match(text) is not None and source_labelled(text) is None)
    if _TWEET.search(text) or (short and credit) or _CAPTION.search(text):
        return True
    if not _FINAL_PUNCTUATION.search(text):
        return headlines and _looks_like_headline(words)
    if not headlines and _QUOTED_WORD_END.search(text):
        # not a label ("Hot Topics."): a headline ending in a quoted word, which alone in its
        # article is the article's claim as any headline is
        return False
    # a short label ("Hot Topics.", "Kremlin Ambiguity!") - but "Prices rose sharply on Monday."
    # has lowercase words and is kept even though "rose" is no regular verb form
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)
    # a figure stated between names with a lower-case word (a verb a label lacks): "Arsenal
    # beat Chelsea 3-1 on Sunday.", "Democrats control 51 Senate seats." report something
    stated = text.endswith(".") and any(ch.isdigit() for ch in text) and any(
        w[0].islower() and w.lower() not in _SMALL_WORDS and w.lower() not in _PRONOUNS
        for w in words[1:])
    return len(words) <= 6 and not _VERB_LIKE.search(text) and capitalised * 2 >= len(words) \
        and not stated


def _short_report(text: str, words: list[str]) -> bool:
    """"Turnout was 61%.", "Inflation hit 5.2%.", "The toll is 47.": a subject, a verb and a
    figure make a claim however few the words; "Updated 5 min ago.", "Page 2 of 3." and
    "Score: 3-1." (no verb after a subject) do not."""
    return len(words) >= 2 and any(ch.isdigit() for ch in text) \
        and _FINAL_PUNCTUATION.search(text) is not None and ":" not in text \
        and _VERB_LIKE.search(words[0].lower()) is None \
        and _VERB_LIKE.search(" ".join(words[1:])) is not None


def _looks_like_headline(words: list[str]) -> bool:
    """A line without final punctuation: short, or Title Case, means heading or caption."""
    if len(words) <= HEADLINE_MAX_WORDS:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in content)
    return capitalised >= 0.7 * len(content)


_DATELINE = re.compile(
    # one to four capitalised words, and the day of a wire's date ("FRANKFURT, March 4")
    # and a press release's year and wire ("SAN FRANCISCO, March 2, 2026 /PRNewswire/ --")
    r"^[A-Z][A-Za-z.’'-]*(?:[ ,]+(?:[A-Z][A-Za-z.’'-]*|\d{1,2}\b)){0,4}(?:,?\s+(?:19|20)\d\d\b)?"
    r"(?:\s*\([^)\n]{0,40}\)?/?|\s+/[A-Z][\w .-]{0,30}/)?"  # "(Agency)" or "/Wire/"
    r"\s+[—–―-]{1,2}\s+(?=[\"“A-Z])"  # then a dash (a horizontal bar too: "SAN DIEGO ― ")
)


# a live blog's time stamp before an entry ("14:05 ", "2.15pm: ", "10:30 a.m. GMT — ") and an
# interview's speaker label ("Q: ", "A: "), or the dash left of one ("10:30 a.m. — " read as a
# sentence of its own): where the entry stands, not what it says.  A dot
# between hour and minutes is a time only with am/pm ("1.5 The" is no time)
_ENTRY_LABEL = re.compile(
    r"^(?:(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:[.]\d{2})?\s*[ap]\.?m\.?)"
    r"(?:\s+(?:GMT|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|UTC|IST|JST|"
    r"AEST|AEDT|local\s+time))?\s*[—–:|-]?|[QA]:|[—–])\s+(?=[\"“A-Z])")


# a wire headline's slug ("UPDATE 2-", "EXCLUSIVE-", "US STOCKS-", "Factbox: ", "BREAKING: "):
# what kind of item it is, not what it says
_WIRE_SLUG = re.compile(
    r"^(?:(?:UPDATE|WRAPUP|CORRECTED|CORRECTION|REFILE|RPT|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX"
    r"|PREVIEW|BREAKINGVIEWS|BUZZ|BRIEF|(?:US|TECH|EUROPE|ASIA|EMERGING) STOCKS|GLOBAL MARKETS"
    r"|EMERGING MARKETS|FOREX|PRECIOUS|METALS|GRAINS|OIL)(?:\s+\d+)?-"
    r"|(?i:breaking|live|watch|video|exclusive|analysis|factbox|explainer|update|insight"
    r"|fact check)(?:\s+\d+)?:\s+)(?=[\"“A-Z])")


def dateline_length(sentence: str) -> int:
    """Length of a leading dateline ("YEREVAN (Azatutyun) — ", "United Nations – "), entry
    label ("14:05 GMT: ", "Q: ") or wire slug ("UPDATE 2-"), else 0."""
    label = _ENTRY_LABEL.match(sentence) or _WIRE_SLUG.match(sentence)
    skip = label.end() if label else 0
    match = _DATELINE.match(sentence[skip:])
    return skip + (match.end() if match else 0)
