"""Who is making a claim, and the claim without its attribution frame.

"X said that A", "A, X said.", "“A,” he said", "according to X, A", "X accused Y of A":
the speaker is X (a name, never a pronoun: "he" is resolved against the speakers
named earlier in the same article), and the core is A, which is what gets embedded
so that two outlets quoting different people on the same point can still meet.

Frames are found from their reporting verb outward: the verb must stand outside
quotation marks, with a subject right before it (a name, a title-and-name run,
a pronoun, "the ministry"), possibly separated by an appositive
("Ned Price, a State Department spokesperson, reiterated ..."); who that subject is, is
``embeddings.claims.subjects``'s to say.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from embeddings.claims.bodies import ends_in_frame, relaying_agency, told_outlet, unnamed_source
from embeddings.claims.clauses import (
    AUDIENCES,
    FINITE_IN_GAP,
    MAIN_CLAUSE_RESUMES,
    SAID_REACH,
    SUBORDINATOR_AT_END,
    complement_start,
    is_claim_before,
    is_trailing_frame,
    not_reporting,
    starts_with_clause,
)
from embeddings.claims.entities import (
    RUN,
    TITLE_WORDS,
)
from embeddings.claims.quotes import (
    OPEN_QUOTES,
    clean_core,
    ends_in_quote,
    ends_with_quote,
    inside,
    join_quotes,
    quoted_spans,
)
from embeddings.claims.speaker_context import SENTENCE_OPENER, SpeakerContext
from embeddings.claims.subjects import (
    BETWEEN_SUBJECT_AND_VERB,
    RELATIVE_AT_END,
    WHEN,
    WHEN_AFTER_VERB,
    bare_group_at_end,
    named_speaker,
    over_descriptor,
    subject_after,
    subject_before,
)

__all__ = ["Attribution", "SpeakerContext", "clean_core", "ends_in_quote", "find_speaker",
           "quoted_spans"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Attribution(NamedTuple):
    speaker: str | None
    core: str
    core_start: int  # where the core begins in the sentence


_CONTENT = (
    r"(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s+saying"
    r"|said|says|say|told|tells|tell|stated|states|claimed|claims|insisted|insists|stressed"
    r"|stresses|noted|notes|argued|argues|maintained|maintains|charged|charges|denied|denies"
    r"|warned|warns|declared|declares|added|adds|wrote|writes|announced|announces|reported"
    r"|reports|confirmed|confirms|explained|emphasized|emphasised|emphasizes|underlined"
    r"|underscored|reiterated|reaffirmed|acknowledged|admitted|asserted|alleged|alleges"
    r"|believes|believe|thinks|think|suggested|disclosed|revealed|tweeted|posted|recalled"
    r"|concluded|observed|conceded|countered|replied|responded|predicted|estimated|assured"
    r"|lamented|complained|agreed|objected|found|ruled|cautioned|cautions"
    # a translated release's "The Ministry of Defence informs that ..." (not "informed
    # residents of the closure", which tells no claim)
    r"|informs(?=\s+that\b)|informed(?=\s+that\b)"
)
_ACT = (
    r"accused|accuses|condemned|condemns|criticized|criticised|criticizes|denounced"
    r"|denounces|praised|praises|voiced|urged|urges|called|calls|welcomed|welcomes|demanded"
    r"|demands|pledged|vowed|threatened|issued|expressed|labeled|labelled|characterized"
    r"|characterised|described|castigated|blamed|rejected|dismissed|hailed|refuted"
    # "slammed the plan", not "slammed into the coast"
    r"|slammed(?!\s+(?:into|onto|through|against|down|shut|the\s+(?:brakes|door)))"
    # an estimate: "Organisers put the turnout at 250,000"
    r"|(?:put|puts|placed|places|pegged|pegs)(?=\s+(?:the|its|their|his|her|our)\s+"
    r"(?:[\w’'-]+\s+){1,5}?at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+"
    r"|almost\s+|more\s+than\s+|over\s+|at\s+least\s+|an\s+estimated\s+)?[\d$€£])"
)
_VERB = re.compile(rf"\b(?:(?P<content>{_CONTENT})|(?P<act>{_ACT}))\b")
_DECLARED_ACT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|war|victory"
    r"|independence|bankruptcy|martial|state\s+of|emergency|ceasefire|truce|national|day|days"
    r"|holiday|curfew|disaster|amnesty|winner|dead|bankrupt|mourning|missing)\b",
    re.IGNORECASE)
# "posted on Facebook that", "posted a video": a post; "posted a loss", "posted May sales": no
_POSTED_WHERE = re.compile(
    r"\s+(?:on|to|in|online|that|(?:an?|the|his|her|their|its)\s+(?:[a-z]+\s+)?(?:video|message"
    r"|statement|photo|picture|image|tweet|comment|note|letter|update|clip|story)s?)\b"
    r"|\s*[:,“\"]")
_RELATIVE_OBJECT_BEFORE = re.compile(r"\b(?:which|whom|that)\s+$")
_FINDINGS = _words("found ruled")
# "found itself isolated", "ruled out talks", "ruled in favour of": no finding is reported
_NOT_A_FINDING = re.compile(r"\s+(?:itself|himself|herself|themselves|ourselves|out|in|on|over"
                            r"|against|for|by|guilty|dead|alive)\b")
# whom a claim was told: "told reporters", "told the BBC", "told a news conference"
_TOLD_WHOM = re.compile(
    r"\s*(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(AUDIENCES | {"conference", "briefing", "audience", "crowd", "supporters"}))
    + r")"
    r"|them|him|her|us|me|the\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|[A-Z][\w.&-]*)\s+")
# a sentence that opens with its frame's subordinator: "When X said A, B" reports B
_SUBORDINATOR_OPENS = re.compile(r"^\W*(?:When|After|Before|Because|Although|Though|Since"
                                 r"|While|If|Once|Until|Unless|Whereas)\s+$")
_INVERTED_TAIL_WORDS = 10  # "said the Ambassador of France, Jane Doe, in a statement."
# the full stop of an initial or a title is part of the name ("the U.S. Department of
# Commerce", "Mr. Comey"): cut there, the speaker was "U" and the core lost its end
_NAME_DOT = (r"(?:(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bGen)\."
             r"|(?<=\bSen)\.|(?<=\bRep)\.|(?<=\bGov)\.|(?<=\bSt)\.|(?<=\bProf)\.)")
# "according to X", and the same said in a wire's or a translation's words: "as reported by
# the Air Force", "as stated by the ministry" (not "as reported" with no one named)
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s (?:(?:previously|earlier|already|first)\s+)?(?:reported"
    r"|stated|announced|noted|said)(?:\s+(?:earlier|previously))? by) "
    rf"(?P<who>(?:[^,.;“”\"]|{_NAME_DOT}(?=\s*[A-Z]))+?)"
    rf"(?=(?!{_NAME_DOT}\s*[A-Z])[,.;]|$)")
_QUOTING = re.compile(
    r"\bquot(?:ing|ed|es)\s+(?P<who>[^,;“”\"]+?)\s+as\s+saying\s*(?:that\s*)?,?\s*"
)
_QUOTED_SUBJECT = re.compile(rf"(?P<who>{RUN.pattern})\s+(?:was|were|is|are|has\s+been"
                             r"|had\s+been)\s+$")
_STATEMENT_NOUNS = (r"(?:warning|statement|remarks?|comments?|post|tweet|message|response|letter"
                    r"|words|reply|speech|announcement|position|view|claim)")
_PRONOUN_POSSESSIVE = re.compile(rf"(?:His|Her)\s+(?:[a-z]+\s+)?{_STATEMENT_NOUNS}\b")
_POSSESSIVE = re.compile(
    rf"(?P<who>{RUN.pattern})[’']s?\s+(?:\w+\s+)?{_STATEMENT_NOUNS}\b"
)
_ACCUSED = re.compile(r"\s+(?P<target>.+?)\s+of\s+(?:having\s+)?(?P<charge>.+)$")
_VOICE = re.compile(
    r"\b(?:through|via)\s+(?:the voice of\s+)?(?:its|his|her|their)\s+(?:[a-z]+\s+){0,3}?"
    rf"[a-z]+,?\s+(?P<name>{RUN.pattern})"
)


# bodies named by a common noun: capitalised only where a sentence opens with them ("Senate",
# "Parliament" are names of one body, and stay as written)
_SAY = frozenset({"said", "says", "say"})
_COMMON_BODIES = frozenset({"police", "army", "military", "navy", "government", "coastguard"})


def find_speaker(sentence: str, context: SpeakerContext | None = None,
                 opens_in_quote: bool = False) -> Attribution:
    """(speaker, core, core_start) for one sentence; (None, sentence, 0) without a frame.

    ``context`` resolves "he said" / "the ministry said" to a name from earlier in the
    article; ``opens_in_quote`` says the sentence begins inside a quotation opened
    by an earlier sentence (its text up to the closing quote is not a frame).
    """
    context = context or SpeakerContext()
    quoted = quoted_spans(sentence, opens_in_quote)
    found = _as_reported_frame(sentence, context) or _learned_frame(sentence, context)
    found = found or told_outlet(sentence, context)
    found = found or _verb_frame(sentence, quoted, context) or _according_frame(sentence, context)
    found = found or _quoting_frame(sentence, context)
    found = found or _possessive_frame(sentence, quoted, context)
    found = found or _headline_credit(sentence, context)
    if found is None:
        return Attribution(None, sentence, 0)
    speaker, core, core_start = found
    if core_start == 0 and ends_in_frame(core):  # "A, the centre said, Xinhua reported."
        inner = find_speaker(core, context)
        if inner.core_start == 0 and inner.core != core:
            speaker, core = inner.speaker or speaker, inner.core
    if speaker is not None:  # "media reports Tuesday" -> "media reports"; "Friday" -> nobody
        speaker = WHEN.sub("", " " + speaker).strip() or None
    if speaker is not None and speaker.lower() in _PRONOUNS:
        speaker = None  # an unresolved pronoun names nobody
    if speaker is not None and speaker.lower() in _COMMON_BODIES \
            and sentence.lstrip(" “\"'‘").startswith(speaker):
        speaker = speaker.lower()  # "Police said ..." and "..., police said" are one voice
    core = clean_core(core)
    opening = next((span for span in quoted if span[0] <= 1), None)
    if opening and core_start >= opening[1] and len(sentence[opening[0]:opening[1]].split()) >= 3:
        # "“…,” the judge told the kingpin.": the opening quotation is the claim, not
        # what follows its frame
        core_start, core = opening[0], clean_core(sentence[opening[0]:opening[1]])
    elif len(core.split()) < 2:  # the frame swallowed the claim
        core, core_start = sentence, 0
    return Attribution(speaker, core or sentence, core_start)


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


# "X apologised to customers and said ...": the sentence's subject also speaks
_AND_BEFORE = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+)?$")
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|until|as|if|although"
                          r"|though|who|which|that|where|whom)\b")
_FIRST_PREDICATE = re.compile(
    r"\b(?:[a-z]+ed|told|made|gave|took|met|went|held|sent|spoke|wrote|left|won|lost|came|saw"
    r"|paid|put|set|cut|hit|ran|shut|quit|became|began|kept|brought|bought|sold|fell|rose"
    r"|led|read|did|has|had|is|was|were|will|would)\b")


def _shared_subject(sentence: str, verb: re.Match[str], context: SpeakerContext) -> str | None:
    """The subject of the sentence's first predicate when the verb of saying is coordinated
    with it ("X apologised to customers and said ..."), if that subject names a speaker."""
    before = sentence[: verb.start()]
    coordinated = _AND_BEFORE.search(before)
    if coordinated is None or "," in before or any(q in before for q in OPEN_QUOTES + "”") \
            or any(not (m.group().startswith("declare") and _DECLARED_ACT.match(before, m.end()))
                   for m in _VERB.finditer(before)):
        # "The ministry denied the report and said ...": the denial is the claim ("declared a
        # state of emergency and blamed ..." declares no claim)
        return None
    first = _FIRST_PREDICATE.search(before, 0, coordinated.start())
    if first is None or len(before[: first.start()].split()) > 8:
        return None
    if _SUBORDINATE.search(before, first.end(), coordinated.start()):
        return None  # "X fed him to his mother after she travelled there and demanded ...": hers
    subject = subject_before(sentence, first.start(), context)
    if subject is None or subject[0] is None:
        return None
    opener = SENTENCE_OPENER.match(sentence)
    return subject[0] if subject[1] == (opener.end() if opener else 0) else None


_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "you"})
# a short subject, then a comma ("The plan, X said, would ..."), and a predicate after the frame
_PARENTHETICAL_SUBJECT = re.compile(r"^(?:[\w’'.$%-]+\s+){0,5}[\w’'.$%-]+,\s*$")
_PREDICATE_START = re.compile(
    r"(?:would|will|could|can|may|might|must|should|is|was|are|were|has|had|have|did|does"
    r"|remains|remained)\b")
# "have/let/make X say": someone is made to speak, nobody speaks
_CAUSATIVE_BEFORE = re.compile(r"\b(?:[Hh]ave|[Ll]et|[Mm]ake|[Hh]elp)\s+$")


def _verb_frame(sentence: str, quoted: list[tuple[int, int]],
                context: SpeakerContext) -> tuple[str | None, str, int] | None:
    leading: tuple[str | None, str, int] | None = None
    trailing: tuple[str | None, str, int] | None = None
    acting: tuple[str | None, str, int] | None = None
    # a frame of a bare group ("officials said"): cut from the claim only where no one is named
    unnamed: tuple[str | None, str, int] | None = None
    for verb in _VERB.finditer(sentence):
        if inside(verb.start(), quoted) or not_reporting(sentence, verb):
            continue
        if verb.group() in _FINDINGS and _NOT_A_FINDING.match(sentence, verb.end()):
            continue
        if verb.group().startswith("declare") and _DECLARED_ACT.match(sentence, verb.end()):
            continue  # "declared three days of mourning", "declared a state of emergency"
        if verb.group() == "posted" and not _POSTED_WHERE.match(sentence, verb.end()):
            continue  # "posted a loss", "posted May sales": a result, not a post
        if verb.group() in ("charged", "charges") and not _CHARGED_THAT.match(sentence,
                                                                             verb.end()):
            continue  # "charged the crowd", "charged him with fraud": no claim reported
        if verb.group() == "reported" and _REPORTED_WHERE.match(sentence, verb.end()) \
                and not _COMPLEMENT_LATER.search(sentence, verb.end()):
            continue  # "Explosion reported near the capital": a report of it, by no one
        subject = subject_before(sentence, verb.start(), context)
        if subject is None and verb.group("content") \
                and (claim := _unnamed_trailing(sentence, verb)) is not None:
            unnamed = unnamed or (None, claim, 0)  # "Five people died, officials said."
            continue
        if subject is None and verb.group("content") \
                and (bare_group_at_end(sentence[: verb.start()]) == 0
                     or context.is_opening_plural(_bare_subject(sentence[: verb.start()]))) \
                and (start := _reported_clause(sentence, verb, quoted)) is not None:
            # "Officials said five people died": the claim after the frame, still the outlet's
            unnamed = unnamed or (None, sentence[start:], start)
            continue
        if subject is None:
            inverted = subject_after(sentence, verb, context)
            if inverted is not None:  # "“A,” said the ministry."
                prefix = sentence[: verb.start()]
                # "A, said the minister on Tuesday.": A is the claim; a long tail may be more
                short_tail = len(sentence[verb.end():].split()) <= _INVERTED_TAIL_WORDS
                trailing = trailing or (inverted, prefix if ends_with_quote(prefix)
                                        or short_tail else sentence, 0)
                continue
            shared = _shared_subject(sentence, verb, context)
            if shared is not None and verb.group("act"):
                # "The governor declared an emergency and blamed the fire on arson"
                acting = acting or (shared, sentence, 0)
                continue
            if shared is not None and not leading:
                # "The chief executive apologised and said the breach had been contained"
                after = sentence[verb.end():]
                complement = complement_start(after, verb.end(), quoted, verb.group())
                if complement is not None:
                    start = _include_pronoun_subject(sentence, verb.end() + complement)
                    leading = (shared, sentence[start:], start)
                elif starts_with_clause(after, SAID_REACH):
                    leading = (shared, after, verb.end())
            continue
        speaker, subject_start = subject
        if _CAUSATIVE_BEFORE.search(sentence[:subject_start]):
            continue  # "Don't have the federal government tell everybody what …"
        if _SUBORDINATOR_OPENS.match(sentence[:subject_start]) and "," in sentence[verb.end():]:
            continue  # "When the ministry said A, nobody believed it": the frame is a clause's
        after = sentence[verb.end():]
        relative = RELATIVE_AT_END.search(
            BETWEEN_SUBJECT_AND_VERB.sub("", sentence[: verb.start()], count=1))
        voice = _VOICE.search(after[:160])
        if voice:  # "Paris noted, through the voice of its foreign minister, X, …" -> X
            speaker = named_speaker(voice.group("name"), context) or speaker
        if verb.group("act"):
            if _RELATIVE_OBJECT_BEFORE.search(sentence[:subject_start]):
                continue  # "a 6% rise, which the union rejected as an insult": not the claim's
            if subject_start == 0 or sentence[:subject_start].rstrip().endswith(","):
                core = _act_core(sentence, verb, subject_start)
            else:  # "Russia sent peacekeepers but Armenia accused Moscow of …": keep it all
                core = sentence
            acting = acting or (speaker, core, subject_start)
            continue
        if leading and (";" in sentence[leading[2]:verb.start()] or (
                sentence[subject_start:verb.start()].strip().lower() in _PRONOUNS
                and SUBORDINATOR_AT_END.search(sentence[:subject_start]))):
            # "Iran says it seized a drone; U.S. says it's not true": two reports; "X said
            # Iran lied when it said B": X's claim is that Iran lied
            continue
        complement = complement_start(after, verb.end(), quoted, verb.group())
        rest_is_tail = not any(q in after for q in OPEN_QUOTES + "”") and len(after.split()) <= 14
        before = sentence[:subject_start].rstrip()
        when = WHEN_AFTER_VERB.match(after)
        past_when = after[when.end():] if when and when.group().endswith(",") \
            and not _STILL_WHEN.match(after, when.end()) else after
        if rest_is_tail and (before.endswith(",") or ends_with_quote(before)) \
                and is_trailing_frame(sentence[:subject_start], past_when):
            trailing = (speaker, sentence[:subject_start], 0)  # "A, X said on Tuesday."
        elif complement is not None:
            start = _include_pronoun_subject(sentence, verb.end() + complement)
            core = sentence[start:]
            if ends_with_quote(sentence[:subject_start]):  # "“A,” X said, “B.”"
                core = join_quotes(sentence[:subject_start], core)
                start = 0
            # a later frame with a subject of its own is nested: "X reported that Y stated
            # that A" is Y's claim A
            leading = (speaker, core, start)
        elif (resumed := _resumes(after)) is not None \
                and is_claim_before(sentence[:subject_start]):
            # "A, the board said, jumping to 55 from 40": a frame set inside the claim; "A,
            # doctors said on Friday, more than the official count"
            trailing = (speaker, sentence[:subject_start].rstrip(" ,") + ", " + resumed, 0)
        elif after.lstrip().startswith(",") and _PARENTHETICAL_SUBJECT.match(
                sentence[:subject_start]) and _PREDICATE_START.match(after.lstrip(" ,")):
            # "The plan, analysts said, would save money": the frame sits between the
            # claim's subject and its verb
            trailing = (speaker, sentence[:subject_start].rstrip(" ,") + " "
                        + after.lstrip(" ,"), 0)
        elif starts_with_clause(after, SAID_REACH if verb.group() in _SAY else 6):
            # "X said the army withdrew", "X claimed it had …"
            if relative and MAIN_CLAUSE_RESUMES.search(after):
                continue  # "Ms. Kethley, who has denied any infidelity, has recounted …"
            told = _TOLD_WHOM.match(after) if verb.group().startswith(("told", "tell")) else None
            skip = told.end() if told and starts_with_clause(after[told.end():]) else 0
            when = WHEN_AFTER_VERB.match(after, skip)  # "said Sunday he would …"
            skip = when.end() if when and starts_with_clause(after[when.end():]) else skip
            leading = (speaker, after[skip:], verb.end() + skip)
        elif ends_with_quote(sentence[:subject_start]):  # "“A,” the agency reported, adding …"
            trailing = (speaker, sentence[:subject_start], 0)
        elif len(after.split()) <= 6 and is_claim_before(sentence[:subject_start]):
            trailing = (speaker, sentence[:subject_start], 0)  # "A, X told the court."
        elif verb.group() in _FINDINGS:
            continue  # "Police found a body": a finding is reported only as a clause
        elif subject_start == 0 or sentence[:subject_start].rstrip().endswith(","):
            # "X responded to the criticism": a voice, but no reported clause to cut out
            acting = acting or (speaker, sentence[subject_start:], subject_start)
        else:  # "… killed since Bush declared combat over": the frame is a subordinate's
            acting = acting or (speaker, sentence, 0)
    return leading or trailing or acting or unnamed


def _bare_subject(before: str) -> str:
    """The words before a verb without its auxiliaries ("Hospitals have said" -> "Hospitals")."""
    return BETWEEN_SUBJECT_AND_VERB.sub("", before, count=1).strip(" “\"'‘")


def _reported_clause(sentence: str, verb: re.Match[str],
                     quoted: list[tuple[int, int]]) -> int | None:
    """Where the clause a verb of saying reports begins ("said [on Tuesday that] ...",
    "told reporters ..."), if one follows it."""
    after = sentence[verb.end():]
    complement = complement_start(after, verb.end(), quoted, verb.group())
    if complement is not None:
        return _include_pronoun_subject(sentence, verb.end() + complement)
    if not starts_with_clause(after, SAID_REACH if verb.group() in _SAY else 6):
        return None
    told = _TOLD_WHOM.match(after) if verb.group().startswith(("told", "tell")) else None
    skip = told.end() if told and starts_with_clause(after[told.end():]) else 0
    when = WHEN_AFTER_VERB.match(after, skip)  # "said Sunday he would ..."
    skip = when.end() if when and starts_with_clause(after[when.end():]) else skip
    return verb.end() + skip


def _unnamed_trailing(sentence: str, verb: re.Match[str]) -> str | None:
    """"Five people died, officials said.": a bare group names no one, so the claim stays
    the outlet's own (the contrast says "unnamed officials"), but the frame is no part of
    what is claimed, and is cut from it as a named speaker's is."""
    start = bare_group_at_end(sentence[: verb.start()])
    if start is None:
        return None
    before, after = sentence[:start], sentence[verb.end():]
    if not (before.rstrip().endswith(",") or ends_with_quote(before.rstrip())):
        return None
    if any(q in after for q in OPEN_QUOTES + "”") or len(after.split()) > 14:
        return None
    return before if is_trailing_frame(before, after) else None


# "Fire reported at a chemical plant", "Shooting reported outside the school, police say":
# a headline's passive participle, where it happened; "Police reported on Tuesday that",
# "reported in a statement" are frames (no place follows)
_REPORTED_WHERE = re.compile(
    r"\s+(?:at|near|outside|inside|off|along|across|around|throughout|close\s+to"
    r"|in\s+(?=[A-Z])(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)|in\s+the\s+(?:north|south|east|west|centre|center)\b)")
_CHARGED_THAT = re.compile(r"\s*(?:that\b|,|[“\"]|$|\.)")
_COMPLEMENT_LATER = re.compile(r"\bthat\b|[“\"]")

# "said Sunday, a day after the attack": the comma goes on telling when it was said
_STILL_WHEN = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:after|before|since|ahead\s+of)\b", re.I)


def _resumes(after: str) -> str | None:
    """What follows a frame set inside the claim, when a comma after it (and after when it
    was said) resumes the claim: ", jumping to 55" -> "jumping to 55"."""
    when = WHEN_AFTER_VERB.match(after)
    if when is not None and when.group().endswith(","):
        if _STILL_WHEN.match(after, when.end()):
            return None
        after = after[when.end():]
    elif not after.lstrip().startswith(","):
        return None
    rest = after.lstrip(" ,")
    return rest or None


def _act_core(sentence: str, verb: re.Match[str], subject_start: int) -> str:
    """"X accused Y of (having) Z" -> "Y Z"; other acts keep the sentence from the subject."""
    if verb.group().startswith("accuse"):
        match = _ACCUSED.match(sentence, verb.end())
        if match:
            return f"{match.group('target')} {match.group('charge')}"
    return sentence[subject_start:]


# "a report seen by the Herald", "government figures published on Thursday": the document
_SEEN_BY = re.compile(r"\s+(?:(?:seen|obtained|reviewed|cited)\s+by\s|(?:published|released"
                      r"|issued|compiled)\b).*$")


_DETERMINER = re.compile(r"(?:the|a|an|its|their|his|her)?", re.I)


_ISSUED_BY = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:statement|report|post|letter|tweet|release"
    r"|announcement|memo|filing|survey|study|poll|estimates?|figures|data|count|tally"
    r"|assessment|analysis)\s+(?:(?:issued|released|published|compiled|posted|put\s+out)\s+)?"
    r"(?:from|by)\s+(?=\S)", re.I)
_POSTED_ON = re.compile(
    r"^(?:(?:[Aa]|[Aa]n|[Tt]he)\s+)?(?:[a-z]+\s+)?(?:statement|post|message|notice|announcement"
    r"|video)"
    r"\s+(?:posted|published|put\s+out|released)\s+(?:on|to)\s+(?P<owner>.+?)[’']s\s+"
    r"(?:official\s+)?(?:[A-Z][\w.]*\s+)?(?:website|web\s+site|site|page|account|channel|feed)$")
_ACCORDANCE = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:law|laws|rules|plan|plans|schedule"
                         r"|constitution|regulations|procedure|protocol|tradition|custom)\b",
                         re.I)


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _according_frame(sentence: str,
                     context: SpeakerContext) -> tuple[str | None, str, int] | None:
    match = _ACCORDING.search(sentence)
    if match is None:
        return None
    who = match.group("who").strip()
    if who.lower() in _OBJECT_PRONOUNS:
        # "According to him, the West is playing with fire": the one who just spoke
        resolved = context.resolve_pronoun(_OBJECT_PRONOUNS[who.lower()])
        if resolved is None:
            return None
        who = resolved
    # "a source cited by Interfax": the agency relaying a source it does not name
    who = relaying_agency(who) or who
    # "a statement from the defence ministry", "figures released by the UN": who issued it
    who = _ISSUED_BY.sub("", who) or who
    # "a statement posted on the ministry's website": the ministry's
    who = _POSTED_ON.sub(r"\g<owner>", who)
    # "a report seen by the Herald", "data released on Monday" (not "the published data")
    who = _SEEN_BY.sub("", who) if not _DETERMINER.fullmatch(_SEEN_BY.sub("", who)) else who
    if _ACCORDANCE.match(who):
        return None  # "censored imports according to the law": in keeping with, not said by
    if match.start() < 3 and FINITE_IN_GAP.search(who):
        return None  # "According to this site the peak will be 10.5": where X ends is unsure
    head = who.split()[-1].lower()
    bare = re.sub(r"^(?:the|a|an)\s+", "", who)
    described = RUN.search(bare)  # "the rail operator EstRail" -> EstRail
    if described and described.end() == len(bare) and described.start() > 0 \
            and over_descriptor(bare, described.start()) == 0:
        bare = described.group()
    name = RUN.match(bare)  # "the Interior Ministry" is a name, "police in Brno" is not
    speaker = named_speaker(name.group(), context) if name and name.end() == len(bare) else None
    if speaker is None and (named := subject_before(f"{bare} said", len(bare) + 1, context)):
        # "according to the head of the Kharkiv Regional Military Administration Oleh
        # Syniehubov": the person the description ends in, as "The head of ... said" reads
        # (a name it ends in, written there: not "the president's lawyers", nor a counsel
        # the article named before)
        speaker = named[0] if named[0] and named[0] != bare and bare.endswith(" " + named[0]) \
            and len(named[0].split()) >= 2 and RUN.fullmatch(named[0]) is not None \
            and context.is_person(named[0]) else None
    if speaker is None or speaker.lower() in TITLE_WORDS:
        resolved = context.resolve_descriptor(head)
        if resolved and not set(bare.lower().split()[:-1]) <= set(resolved.lower().split()):
            resolved = None  # "police data" is not the statistics office's "latest data"
        speaker = resolved or bare
    if match.start() < 3:  # "According to X, A" -> A
        rest = sentence[match.end():].lstrip(" ,")
        return speaker, rest, len(sentence) - len(rest)
    core = sentence[: match.start()].rstrip(" ,") + sentence[match.end():]
    return speaker, core, 0


# "As Ukrinform reported earlier, A", "As the ministry said on Monday, A": the frame a wire
# opens with, A said in its words ("As protesters marched, police fired" has no comma right
# after a verb of saying)
_AS_REPORTED = re.compile(
    r"^\W*As\s+(?P<who>[^,;“”\"]{2,80}?)\s+(?:has\s+|had\s+|have\s+)?(?:reported|said"
    r"|stated|announced|noted|wrote|confirmed|informed|explained|warned|told\s+\w+)"
    r"(?:\s+(?:earlier|previously|before|already|last\s+\w+|on\s+\w+|yesterday"
    r"|in\s+(?:a|its|his|her|their)\s+\w+))?\s*,\s*")


def _as_reported_frame(sentence: str,
                       context: SpeakerContext) -> tuple[str | None, str, int] | None:
    match = _AS_REPORTED.match(sentence)
    if match is None or _VERB.search(match.group("who")):
        return None
    speaker = _named_in_frame(match.group("who"), context)
    if speaker is None:
        return None
    rest = sentence[match.end():]
    return speaker, rest, match.end()


# "TASS has learned from Foreign Minister Lavrov that A", "Reuters has learned that A": the
# source, where it is named, says A; a source no one names ("from a source in the defense
# ministry") vouches for nothing, and A is the outlet's that learned it (as "TASS reported,
# citing a source" is)
_LEARNED = re.compile(
    r"^\W*(?P<who>[^,;“”\"]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:learned|learnt)"
    r"(?:\s+from\s+(?P<source>[^,;“”\"]{2,100}?))?\s+that\s+")


def _learned_frame(sentence: str,
                   context: SpeakerContext) -> tuple[str | None, str, int] | None:
    match = _LEARNED.match(sentence)
    if match is None or _VERB.search(match.group("who")):
        return None
    speaker = None
    if match.group("source") and not unnamed_source(match.group("source")):
        speaker = find_speaker(f"{match.group('source').strip()} said it is so.",
                               context).speaker
    speaker = speaker or _named_in_frame(match.group("who"), context)
    if speaker is None:
        return None
    return speaker, sentence[match.end():], match.end()


def _named_in_frame(who: str, context: SpeakerContext) -> str | None:
    """The speaker "X" names in a frame built around it, read as the subject of "X said" is
    (and only when all of X is that subject: "Students", "Children who" name no one)."""
    who = who.strip()
    found = subject_before(f"{who} said", len(who) + 1, context)
    if found is None or found[0] is None or found[1] != 0:
        return None
    return found[0]


def _quoting_frame(sentence: str,
                   context: SpeakerContext) -> tuple[str | None, str, int] | None:
    match = _QUOTING.search(sentence)
    if match is None:
        return None
    who = match.group("who")
    if who.startswith("by "):  # "Peskov was quoted by TASS as saying": Peskov speaks
        passive = _QUOTED_SUBJECT.search(sentence, 0, match.start())
        named = named_speaker(passive.group("who"), context) if passive else None
        if named is not None:
            return named, sentence[match.end():], match.end()
    if unnamed_source(who):  # "TASS quoted a source in the ministry as saying": TASS's
        quoter = subject_before(sentence, match.start(), context)
        if quoter is not None and quoter[0] is not None:
            return quoter[0], sentence[match.end():], match.end()
    runs = [m.group() for m in RUN.finditer(who)]
    speaker = named_speaker(runs[-1], context) if runs else None
    if speaker is None:  # "quoted the general as saying"
        head = who.split()[-1].lower()
        speaker = context.resolve_descriptor(head) or re.sub(r"^(?:the|a|an)\s+", "", who)
    return speaker, sentence[match.end():], match.end()


def _possessive_frame(sentence: str, quoted: list[tuple[int, int]],
                      context: SpeakerContext) -> tuple[str | None, str, int] | None:
    """"Borrell’s warning, “A,” has been viewed as ..." -> Borrell; the core is the sentence."""
    pronoun = _PRONOUN_POSSESSIVE.match(sentence)
    if pronoun:  # "His concluding remark, “…” suggests …"
        resolved = context.resolve_pronoun("he")
        return (resolved, sentence, 0) if resolved else None
    match = _POSSESSIVE.search(sentence)
    if match is None or inside(match.start(), quoted):
        return None
    if match.start() > 0 and not sentence[: match.start()].rstrip().endswith(","):
        return None  # "… in response to Canada’s position" is not Canada speaking
    return named_speaker(match.group("who"), context), sentence, 0


def _include_pronoun_subject(sentence: str, start: int) -> int:
    """Keep "he" in "said to X the same day he “continues to call for ...”"."""
    before = re.search(r"\b(he|she|they|it|we)\s*$", sentence[:start], re.IGNORECASE)
    return before.start() if before else start
