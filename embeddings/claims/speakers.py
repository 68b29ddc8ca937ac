"""Who is making a claim, and the claim without its attribution frame.

"X said that A", "A, X said.", "“A,” he said", "according to X, A", "X accused Y of A":
the speaker is X (a name, never a pronoun: "he" is resolved against the speakers
named earlier in the same article), and the core is A, which is what gets embedded
so that two outlets quoting different people on the same point can still meet.

Frames are found from their reporting verb outward: the verb must stand outside
quotation marks, with a subject right before it (a name, a title-and-name run,
a pronoun, "the ministry"), possibly separated by an appositive
("Ned Price, a State Department spokesperson, reiterated ..."); who that subject is, is
``embeddings.claims.subjects``'s to say.  The verbs themselves are in ``reporting_verbs``;
frames built around a name ("according to X", "quoting X as saying") in ``named_frames``,
a headline's credit ("... -Noyer") in ``headline_credit``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from embeddings.claims.as_frames import as_frame, outlet_relay
from embeddings.claims.bodies import ends_in_frame, is_unnamed_source, told_outlet
from embeddings.claims.clauses import (
    MAIN_CLAUSE_RESUMES,
    SAID_REACH,
    SUBORDINATOR_AT_END,
    complement_start,
    is_claim_before,
    is_trailing_frame,
    not_reporting,
    starts_with_clause,
)
from embeddings.claims.colon_credits import credit_after_frame
from embeddings.claims.demands import demands
from embeddings.claims.document_voices import document_voice
from embeddings.claims.documents import document_after, document_subject
from embeddings.claims.entities import RUN
from embeddings.claims.frame_clauses import (
    NOT_REPORTED,
    SAY,
    STILL_WHEN,
    bare_subject,
    include_pronoun_subject,
    reported_clause,
    resumes,
    unnamed_inside,
    unnamed_inverted,
    unnamed_trailing,
)
from embeddings.claims.frames_left import appositive_tail, unnamed_opening
from embeddings.claims.free_relatives import frame_in_free_relative
from embeddings.claims.headline_credit import _headline_credit
from embeddings.claims.headline_forms import verbless_report
from embeddings.claims.inverted import WHEN, WHEN_AFTER_VERB, subject_after
from embeddings.claims.joint_voices import COMMON_BODIES
from embeddings.claims.member_groups import member_group
from embeddings.claims.mid_frames import connective_frame_start, mid_frame_core
from embeddings.claims.named_frames import (
    _according_frame,
    _named_in_frame,
    _possessive_frame,
    _quoting_frame,
)
from embeddings.claims.not_voices import document_speaker, no_frame
from embeddings.claims.noun_clauses import in_noun_clause
from embeddings.claims.participial_frames import participial_frame
from embeddings.claims.plain_acts import only_a_topic, says_nothing
from embeddings.claims.quotes import (
    OPEN_QUOTES,
    clean_core,
    ends_in_quote,
    ends_with_quote,
    inside,
    join_quotes,
    quoted_spans,
)
from embeddings.claims.relative_frames import in_relative_clause, of_according_name
from embeddings.claims.relayed import relayed
from embeddings.claims.reporting_verbs import (
    _DECLARED_ACT,
    _FINDINGS,
    _NOT_A_FINDING,
    _POSTED_WHERE,
    _REPORTED_WHERE,
    _VERB,
    past_listener,
)
from embeddings.claims.shared_subjects import shared_subject
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker
from embeddings.claims.subjects import BETWEEN_SUBJECT_AND_VERB, RELATIVE_AT_END, subject_before

__all__ = ["Attribution", "SpeakerContext", "clean_core", "ends_in_quote", "find_speaker",
           "quoted_spans"]


class Attribution(NamedTuple):
    speaker: str | None
    core: str
    core_start: int  # where the core begins in the sentence


_RELATIVE_OBJECT_BEFORE = re.compile(r"\b(?:which|whom|that)\s+$")
# a sentence that opens with its frame's subordinator: "When X said A, B" reports B
# (after a connective too: "Now when Senator Green wrote to the President, he ...")
_SUBORDINATOR_OPENS = re.compile(r"^\W*(?:(?:And|But|Now|So|Yet)\s+)?(?:[Ww]hen|After|Before"
                                 r"|Because|Although|Though|Since|While|If|Once|Until|Unless"
                                 r"|Whereas)\s+$")
# the verb inside such an opening clause, its subject not read as one: "After Trump
# announced tariffs, his administration granted exceptions" is the outlet's narration
_IN_OPENING_CLAUSE = re.compile(r"^\W*(?:(?:And|But|Now|So|Yet)\s+)?(?:When|After|Before|Because"
                                r"|Although|Though|Since|While|Once|Until|Unless|Whereas)\s+"
                                r"[^,;:“”\"]*$")
# an opening time with its "when" clause: "Since May 1, when", "In 2003, when"
_TIME_THEN_WHEN = re.compile(r"^\W*(?:Since|Until|Till|By|In|On|After|Before|During|From|Back\s+in)"
                             r"\s+[^,;“”\"]{1,40},\s+when\s+$", re.IGNORECASE)
# a clause set inside the sentence after its main one, whose verb frames nothing of it
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|since|until|because"
                                 r"|(?<!\bsuch\s)as)\s+$", re.IGNORECASE)
# "And as Kennedy said, ...": a connective opening the sentence leaves the clause its opening
_OPENING_CONNECTIVE = re.compile(r"^\W*(?:And|But|Yet|So|Now|Still|Then)\W*$")
_INVERTED_TAIL_WORDS = 10  # "said the Ambassador of France, Jane Doe, in a statement."
_ACCUSED = re.compile(r"\s+(?P<target>.+?)\s+of\s+(?:having\s+)?(?P<charge>.+)$")
_VOICE = re.compile(
    r"\b(?:through|via)\s+(?:the voice of\s+)?(?:its|his|her|their)\s+(?:[a-z]+\s+){0,3}?"
    rf"[a-z]+,?\s+(?P<name>{RUN.pattern})"
)




def find_speaker(sentence: str, context: SpeakerContext | None = None,
                 opens_in_quote: bool = False) -> Attribution:
    """(speaker, core, core_start) for one sentence; (None, sentence, 0) without a frame.

    ``context`` resolves "he said" / "the ministry said" to a name from earlier in the
    article; ``opens_in_quote`` says the sentence begins inside a quotation opened
    by an earlier sentence (its text up to the closing quote is not a frame).
    """
    context = context or SpeakerContext()
    if (credited := credit_after_frame(sentence)) is not None:  # "X says A: CNBC"
        inner = find_speaker(sentence[:credited], context, opens_in_quote)
        if inner.speaker is not None:
            return inner
    # "“A,” Nielsen's statement read.", "As FoxNews.com reported: A": read as the plain frame
    voiced = document_voice(sentence, lambda plain: find_speaker(plain, context, opens_in_quote))
    if voiced is not None:
        return Attribution(*voiced)
    if (relay := outlet_relay(sentence, context)) is not None:
        # "As Fox News reported: Netanyahu revealed ... which he claimed ...": his frame
        inner = find_speaker(sentence[relay:], context)
        if inner.speaker is not None:
            return inner._replace(core_start=inner.core_start + relay)
    quoted = quoted_spans(sentence, opens_in_quote)
    found = as_frame(sentence, context) or _learned_frame(sentence, context)
    found = found or told_outlet(sentence, context)
    found = found or _verb_frame(sentence, quoted, context) or _according_frame(sentence, context)
    found = found or _quoting_frame(sentence, context)
    found = found or _possessive_frame(sentence, quoted, context)
    found = found or _headline_credit(sentence, context)
    if found is None:
        return Attribution(None, sentence, 0)
    # "X called it "fake," the AP reported.": X's words, the agency only relays them
    found = relayed(sentence, found, quoted, context,
                    lambda head: find_speaker(head, context, opens_in_quote))
    speaker, core, core_start = found
    if (verbless := verbless_report(sentence, speaker, core_start)) is not None:
        core, core_start = sentence[verbless:], verbless  # "X says expansion not imminent"
    if core_start == 0 and ends_in_frame(core):  # "A, the centre said, Xinhua reported."
        inner = find_speaker(core, context)
        if inner.core_start == 0 and inner.core != core:
            speaker, core = inner.speaker or speaker, inner.core
    if speaker is not None:  # "media reports Tuesday" -> "media reports"; "Friday" -> nobody
        speaker = WHEN.sub("", " " + speaker).strip() or None
    if speaker is not None and speaker.lower() in _PRONOUNS:
        speaker = None  # an unresolved pronoun names nobody
    if speaker is not None and document_speaker(speaker, sentence):
        return Attribution(None, sentence, 0)  # "Report claims A": whole, and no one's
    if speaker is not None and speaker.lower() in COMMON_BODIES \
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


_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "you"})
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
        if inside(verb.start(), quoted) or not_reporting(sentence, verb) \
                or no_frame(sentence, verb) or only_a_topic(sentence, verb):
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
        # "insisted Comey disprove the allegations": a demand, done as "demanded" is
        acts = verb.group("act") is not None or demands(sentence, verb)
        # "A report from the Associated Press said": the author speaks, not the report
        subject = document_subject(sentence, verb.start(), context) \
            or subject_before(sentence, verb.start(), context)
        if subject is None and verb.group("content") \
                and (claim := unnamed_trailing(sentence, verb)
                     or unnamed_inside(sentence, verb)
                     or unnamed_inverted(sentence, verb)) is not None:
            unnamed = unnamed or (None, claim, 0)  # "Five people died, officials said."
            continue
        bare = bare_subject(sentence[: verb.start()])
        if subject is None and verb.group("content") \
                and (unnamed_opening(bare, verb, context) or member_group(bare)) \
                and (start := reported_clause(sentence, verb, quoted)) is not None:
            # "Officials said five people died": the claim after the frame, still the outlet's
            unnamed = unnamed or (None, sentence[start:], start)
            continue
        if subject is None:
            inverted = subject_after(sentence, verb, context) \
                or document_after(sentence, verb, context)  # "A, says a poll by X."
            if inverted is not None:  # "“A,” said the ministry."
                prefix = sentence[: verb.start()]
                # "A, said the minister on Tuesday.": A is the claim; a long tail may be more
                short_tail = len(sentence[verb.end():].split()) <= _INVERTED_TAIL_WORDS \
                    or appositive_tail(sentence[verb.end():])  # "said X, the head of ..."
                trailing = trailing or (inverted, prefix if ends_with_quote(prefix)
                                        or short_tail else sentence, 0)
                continue
            shared = shared_subject(sentence, verb, context)
            if shared is not None and _IN_OPENING_CLAUSE.match(sentence[: verb.start()]) \
                    and "," in sentence[verb.end():]:
                continue  # "After Trump announced tariffs, his administration granted …"
            if shared is not None and acts and not says_nothing(sentence, verb):
                # "The governor declared an emergency and blamed the fire on arson"
                acting = acting or (shared, sentence, 0)
                continue
            if shared is not None and not leading:
                # "The chief executive apologised and said the breach had been contained"
                after = sentence[verb.end():]
                complement = complement_start(after, verb.end(), quoted, verb.group())
                if complement is not None:
                    start = include_pronoun_subject(sentence, verb.end() + complement)
                    leading = (shared, sentence[start:], start)
                elif starts_with_clause(after, SAID_REACH):
                    leading = (shared, after, verb.end())
                elif not says_nothing(sentence, verb):  # no clause: still the subject's voice
                    acting = acting or (shared, sentence, 0)
            continue
        speaker, subject_start = subject
        if _CAUSATIVE_BEFORE.search(sentence[:subject_start]):
            continue  # "Don't have the federal government tell everybody what …"
        if (_SUBORDINATOR_OPENS.match(sentence[:subject_start])
                or _TIME_THEN_WHEN.match(sentence[:subject_start])
                or _IN_OPENING_CLAUSE.match(sentence[: verb.start()])) \
                and "," in sentence[verb.end():]:
            # "When the ministry said A, nobody believed it", "Since May 1, when Bush declared
            # combat over, 100 have died": the frame is an opening clause's
            continue
        # "The memos were released days after Goodlatte threatened to ...", "Thousands fled
        # after the president said the border would close": a saying or an act of another's
        # in a clause set after the main one frames nothing of the sentence, which stays the
        # outlet's narration (not "Omar sparked outrage when she criticized ...": hers, whose
        # the sentence is)
        if (sub := _SUBORDINATE_BEFORE.search(sentence[:subject_start])) is not None \
                and re.search(r"\w", _OPENING_CONNECTIVE.sub("", sentence[: sub.start()])) \
                and sentence[subject_start:].split(maxsplit=1)[0].lower() not in _PRONOUNS:
            continue
        after = sentence[verb.end():]
        if in_noun_clause(sentence[:subject_start], after):
            continue  # "the day he announced his candidacy", "the plan she announced was …"
        relative = RELATIVE_AT_END.search(
            BETWEEN_SUBJECT_AND_VERB.sub("", sentence[: verb.start()], count=1))
        if in_relative_clause(sentence[:subject_start], relative is not None, after) \
                or frame_in_free_relative(sentence[:subject_start], after) \
                or (relative and of_according_name(sentence[: verb.start()])):
            continue  # "X's speech, in which he said A, drew criticism": the claim is the drawing
        voice = _VOICE.search(after[:160])
        if voice:  # "Paris noted, through the voice of its foreign minister, X, …" -> X
            speaker = named_speaker(voice.group("name"), context) or speaker
        if acts:
            if _RELATIVE_OBJECT_BEFORE.search(sentence[:subject_start]) \
                    or says_nothing(sentence, verb):
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
            and not STILL_WHEN.match(after, when.end()) else after
        if rest_is_tail and (before.endswith(",") or ends_with_quote(before)) \
                and is_trailing_frame(sentence[:subject_start], past_when):
            trailing = (speaker, sentence[:subject_start], 0)  # "A, X said on Tuesday."
        elif complement is not None:
            start = include_pronoun_subject(sentence, verb.end() + complement)
            core = sentence[start:]
            if ends_with_quote(sentence[:subject_start]):  # "“A,” X said, “B.”"
                core = join_quotes(sentence[:subject_start], core)
                start = 0
            # a later frame with a subject of its own is nested: "X reported that Y stated
            # that A" is Y's claim A
            leading = (speaker, core, start)
        elif (mid := mid_frame_core(sentence[:subject_start], after, verb.group())) is not None:
            trailing = (speaker, mid, 0)  # "The plan, X said, would cost": cut from inside
        elif (past := connective_frame_start(before, after, verb.group())) is not None:
            leading = (speaker, after[past:], verb.end() + past)  # "However, X said, A"
        elif (resumed := resumes(after)) is not None \
                and is_claim_before(sentence[:subject_start]):
            # "A, the board said, jumping to 55 from 40": a frame set inside the claim; "A,
            # doctors said on Friday, more than the official count"
            trailing = (speaker, sentence[:subject_start].rstrip(" ,") + ", " + resumed, 0)
        elif (starts_with_clause(after, SAID_REACH if verb.group() in SAY else 6)
              and not _object_then_participle(after, verb.group())) \
                or past_listener(after, verb.group()):
            # "X said the army withdrew", "X claimed it had …"
            if relative and MAIN_CLAUSE_RESUMES.search(after):
                continue  # "Ms. Kethley, who has denied any infidelity, has recounted …"
            skip = past_listener(after, verb.group())  # "told reporters"
            when = WHEN_AFTER_VERB.match(after, skip)  # "said Sunday he would …"
            # (as far into the clause as the verb's reach: "said on Wednesday a tax cut for
            # the middle class would be announced")
            reach = SAID_REACH if verb.group() in SAY else 6
            skip = when.end() if when and starts_with_clause(after[when.end():], reach) \
                else skip
            if NOT_REPORTED.match(after, skip) and before.endswith(",") \
                    and is_claim_before(sentence[:subject_start]):
                # "A, U.S. officials said on Wednesday as they released reports ...": what
                # follows says when the frame was said, however long; A is the claim
                trailing = trailing or (speaker, sentence[:subject_start], 0)
                continue
            leading = (speaker, after[skip:], verb.end() + skip)
        elif ends_with_quote(sentence[:subject_start]):  # "“A,” the agency reported, adding …"
            trailing = (speaker, sentence[:subject_start], 0)
        elif len(after.split()) <= 6 and is_claim_before(sentence[:subject_start]):
            trailing = (speaker, sentence[:subject_start], 0)  # "A, X told the court."
        elif verb.group() in _FINDINGS or says_nothing(sentence, verb):
            continue  # "Police found a body", "Toyota recalled the cars": no claim told
        elif subject_start == 0 or sentence[:subject_start].rstrip().endswith(","):
            # "X responded to the criticism": a voice, but no reported clause to cut out
            acting = acting or (speaker, sentence[subject_start:], subject_start)
        else:
            acting = acting or (speaker, sentence, 0)
    # "X filed a motion, arguing that A": the participle's, after any frame of a verb
    return leading or trailing or participial_frame(sentence, quoted, context) or acting \
        or unnamed


# "denied the report, saying the troops had never crossed": the verb's object, then a
# participle whose clause the verb's reach would take for its own
_OBJECT_THEN_PARTICIPLE = re.compile(
    r"\s*(?P<object>[^,;:“”\"]{2,80}?),\s+(?:(?:also|again|instead)\s+)?(?:saying|arguing"
    r"|claiming|insisting|contending|asserting|alleging|stating|maintaining|warning|noting"
    r"|adding|stressing|explaining|charging|countering)\b")


def _object_then_participle(after: str, verb: str) -> bool:
    """Is what follows ``verb`` an object and a participle of saying ("denied the report,
    saying A"), not a reported clause?  The denial, with its object, is then the claim, as
    "The ministry denied the report and said A" is (``shared_subjects``)."""
    match = _OBJECT_THEN_PARTICIPLE.match(after)
    return verb not in SAY and match is not None \
        and not starts_with_clause(match.group("object") + " .", 6)


_CHARGED_THAT = re.compile(r"\s*(?:that\b|,|[“\"]|$|\.)")
_COMPLEMENT_LATER = re.compile(r"\bthat\b|[“\"]")


def _act_core(sentence: str, verb: re.Match[str], subject_start: int) -> str:
    """"X accused Y of (having) Z" -> "Y Z"; other acts keep the sentence from the subject."""
    if verb.group().startswith("accuse"):
        match = _ACCUSED.match(sentence, verb.end())
        if match:
            return f"{match.group('target')} {match.group('charge')}"
    return sentence[subject_start:]


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
    if match.group("source") and not is_unnamed_source(match.group("source")):
        speaker = find_speaker(f"{match.group('source').strip()} said it is so.",
                               context).speaker
    speaker = speaker or _named_in_frame(match.group("who"), context)
    if speaker is None:
        return None
    return speaker, sentence[match.end():], match.end()
