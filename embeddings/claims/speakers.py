"""Who is making a claim, and the claim without its attribution frame.

"X said that A", "A, X said.", "“A,” he said", "according to X, A", "X accused Y of A":
the speaker is X (a name, never a pronoun: "he" is resolved against the speakers
named earlier in the same article), and the core is A, which is what gets embedded
so that two outlets quoting different people on the same point can still meet.

Frames are found from their reporting verb outward: the verb must stand outside
quotation marks, with a subject right before it (a name, a title-and-name run,
a pronoun, "the ministry"), possibly separated by an appositive
("Ned Price, a State Department spokesperson, reiterated ...").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from embeddings.claims.clauses import (
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
    ORG_WORDS,
    RUN,
    TITLE_WORDS,
    is_title,
    person_name,
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
from embeddings.claims.speaker_context import SpeakerContext

__all__ = ["Attribution", "SpeakerContext", "clean_core", "ends_in_quote", "find_speaker",
           "quoted_spans", "unnamed_source"]


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
    r"|lamented|complained|agreed|objected"
)
_ACT = (
    r"accused|accuses|condemned|condemns|criticized|criticised|criticizes|denounced"
    r"|denounces|praised|praises|voiced|urged|urges|called|calls|welcomed|welcomes|demanded"
    r"|demands|pledged|vowed|threatened|issued|expressed|labeled|labelled|characterized"
    r"|characterised|described|castigated|blamed|slammed|rejected|dismissed|hailed|refuted"
)
_VERB = re.compile(rf"\b(?:(?P<content>{_CONTENT})|(?P<act>{_ACT}))\b")
# Verbs that take a bare clause ("X said the army withdrew"); the others need "that" or a quote.
_INVERTABLE = _words("said says added wrote")
# whom a claim was told: "told reporters", "told the BBC", "told a news conference"
_TOLD_WHOM = re.compile(
    r"\s*(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z]+\s+)?(?:reporters|journalists"
    r"|lawmakers|legislators|parliament|senators|conference|briefing|audience|crowd|supporters)"
    r"|them|him|her|us|me|the\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|[A-Z][\w.&-]*)\s+")
_INVERTED_TAIL_WORDS = 10  # "said the Ambassador of France, Jane Doe, in a statement."
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    # "He's said", "They've said", "She'd said": a contracted "has", "have" or "had"
    r"(?:(?:(?<=\b[Hh]e)|(?<=\b[Ss]he))['’]s(?=\s)"
    r"|(?:(?<=\b[Tt]hey)|(?<=\b[Ww]e)|(?<=\bI))['’]ve(?=\s)"
    r"|(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\b[Tt]hey)|(?<=\b[Ww]e)|(?<=\bI))['’]d(?=\s))?"
    r"(?:\s+(?:also|has|have|had|later|then|again|further|once|already|still|publicly"
    r"|previously|earlier|recently|repeatedly|[a-z]+ly|at times|(?:on\s+)?(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier|later)\s+(?:week|month|year)))*\s*$"
)
_PRONOUN_AT_END = re.compile(r"(?:^|\s|[“”\"])(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)$")
_RELATIVE_AT_END = re.compile(r",\s*(?:which|who)$")
_DESCRIPTOR_AT_END = re.compile(
    r"(?:^|\s)(?P<d>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s))"
    r"\s+(?:[\w’'-]+\s+){0,3}"
    r"(?P<head>[a-z]+))$"
)
_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:^|[,;:“”\"(—–]|\b(?:that|and|but|while|as|when|after|because|so|then|since"
    r"|although|though|where|before))\s*$"
)
# the full stop of an initial or a title is part of the name ("the U.S. Department of
# Commerce", "Mr. Comey"): cut there, the speaker was "U" and the core lost its end
_NAME_DOT = (r"(?:(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bGen)\."
             r"|(?<=\bSen)\.|(?<=\bRep)\.|(?<=\bGov)\.|(?<=\bSt)\.|(?<=\bProf)\.)")
_ACCORDING = re.compile(
    rf"\b[Aa]ccording to (?P<who>(?:[^,.;“”\"]|{_NAME_DOT}(?=\s*[A-Z]))+?)"
    rf"(?=(?!{_NAME_DOT}\s*[A-Z])[,.;]|$)")
_QUOTING = re.compile(
    r"\bquot(?:ing|ed|es)\s+(?P<who>[^,;“”\"]+?)\s+as\s+saying\s*(?:that\s*)?,?\s*"
)
_STATEMENT_NOUNS = (r"(?:warning|statement|remarks?|comments?|post|tweet|message|response|letter"
                    r"|words|reply|speech|announcement|position|view|claim)")
_PRONOUN_POSSESSIVE = re.compile(rf"(?:His|Her)\s+(?:[a-z]+\s+)?{_STATEMENT_NOUNS}\b")
_POSSESSIVE = re.compile(
    rf"(?P<who>{RUN.pattern})[’']s?\s+(?:\w+\s+)?{_STATEMENT_NOUNS}\b"
)
_ACCUSED = re.compile(r"\s+(?P<target>.+?)\s+of\s+(?:having\s+)?(?P<charge>.+)$")
# "the statement claimed …" speaks with the voice of whoever issued it.
_APPOSITION = re.compile(
    rf"(?:\s+(?:to|in|at|for)\s+{RUN.pattern})?,\s*(?P<name>{RUN.pattern})(?=\s*[,.])"
)
_VOICE = re.compile(
    r"\b(?:through|via)\s+(?:the voice of\s+)?(?:its|his|her|their)\s+(?:[a-z]+\s+){0,3}?"
    rf"[a-z]+,?\s+(?P<name>{RUN.pattern})"
)
_DOCUMENT_HEADS = _words("statement report post letter communique readout read-out")


def find_speaker(sentence: str, context: SpeakerContext | None = None,
                 opens_in_quote: bool = False) -> Attribution:
    """(speaker, core, core_start) for one sentence; (None, sentence, 0) without a frame.

    ``context`` resolves "he said" / "the ministry said" to a name from earlier in the
    article; ``opens_in_quote`` says the sentence begins inside a quotation opened
    by an earlier sentence (its text up to the closing quote is not a frame).
    """
    context = context or SpeakerContext()
    quoted = quoted_spans(sentence, opens_in_quote)
    found = _verb_frame(sentence, quoted, context) or _according_frame(sentence, context)
    found = found or _quoting_frame(sentence, context)
    found = found or _possessive_frame(sentence, quoted, context)
    if found is None:
        return Attribution(None, sentence, 0)
    speaker, core, core_start = found
    if speaker is not None:  # "media reports Tuesday" -> "media reports"; "Friday" -> nobody
        speaker = _WHEN.sub("", " " + speaker).strip() or None
    if speaker is not None and speaker.lower() in _PRONOUNS:
        speaker = None  # an unresolved pronoun names nobody
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
    for verb in _VERB.finditer(sentence):
        if inside(verb.start(), quoted) or not_reporting(sentence, verb):
            continue
        subject = _subject_before(sentence, verb.start(), context)
        if subject is None:
            inverted = _subject_after(sentence, verb, context)
            if inverted is not None:  # "“A,” said the ministry."
                prefix = sentence[: verb.start()]
                # "A, said the minister on Tuesday.": A is the claim; a long tail may be more
                short_tail = len(sentence[verb.end():].split()) <= _INVERTED_TAIL_WORDS
                trailing = trailing or (inverted, prefix if ends_with_quote(prefix)
                                        or short_tail else sentence, 0)
            continue
        speaker, subject_start = subject
        if _CAUSATIVE_BEFORE.search(sentence[:subject_start]):
            continue  # "Don't have the federal government tell everybody what …"
        after = sentence[verb.end():]
        relative = _RELATIVE_AT_END.search(
            _BETWEEN_SUBJECT_AND_VERB.sub("", sentence[: verb.start()], count=1))
        voice = _VOICE.search(after[:160])
        if voice:  # "Paris noted, through the voice of its foreign minister, X, …" -> X
            speaker = _named_speaker(voice.group("name"), context) or speaker
        if verb.group("act"):
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
        if rest_is_tail and is_trailing_frame(sentence[:subject_start], after):
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
        elif after.lstrip().startswith(",") and is_claim_before(sentence[:subject_start]):
            # "A, the board said, jumping to 55 from 40": a frame set inside the claim
            trailing = (speaker, sentence[:subject_start].rstrip(" ,") + ", "
                        + after.lstrip(" ,"), 0)
        elif after.lstrip().startswith(",") and _PARENTHETICAL_SUBJECT.match(
                sentence[:subject_start]) and _PREDICATE_START.match(after.lstrip(" ,")):
            # "The plan, analysts said, would save money": the frame sits between the
            # claim's subject and its verb
            trailing = (speaker, sentence[:subject_start].rstrip(" ,") + " "
                        + after.lstrip(" ,"), 0)
        elif starts_with_clause(after, SAID_REACH if verb.group() in ("said", "says") else 6):
            # "X said the army withdrew", "X claimed it had …"
            if relative and MAIN_CLAUSE_RESUMES.search(after):
                continue  # "Ms. Kethley, who has denied any infidelity, has recounted …"
            told = _TOLD_WHOM.match(after) if verb.group().startswith(("told", "tell")) else None
            skip = told.end() if told and starts_with_clause(after[told.end():]) else 0
            when = _WHEN_AFTER_VERB.match(after, skip)  # "said Sunday he would …"
            skip = when.end() if when and starts_with_clause(after[when.end():]) else skip
            leading = (speaker, after[skip:], verb.end() + skip)
        elif ends_with_quote(sentence[:subject_start]):  # "“A,” the agency reported, adding …"
            trailing = (speaker, sentence[:subject_start], 0)
        elif len(after.split()) <= 6 and is_claim_before(sentence[:subject_start]):
            trailing = (speaker, sentence[:subject_start], 0)  # "A, X told the court."
        elif subject_start == 0 or sentence[:subject_start].rstrip().endswith(","):
            # "X responded to the criticism": a voice, but no reported clause to cut out
            acting = acting or (speaker, sentence[subject_start:], subject_start)
        else:  # "… killed since Bush declared combat over": the frame is a subordinate's
            acting = acting or (speaker, sentence, 0)
    return leading or trailing or acting


def _subject_before(sentence: str, verb_start: int,
                    context: SpeakerContext) -> tuple[str | None, int] | None:
    """The speaker named right before a reporting verb, and where its phrase starts."""
    text = _BETWEEN_SUBJECT_AND_VERB.sub("", sentence[:verb_start], count=1)
    relative = _RELATIVE_AT_END.search(text)
    if relative:  # "the US Embassy in Baku, which declared"
        text = text[: relative.start()]
        name = _name_at_end(text)
        if name is None:
            return None
        speaker = _named_speaker(name[0], context)
        return (speaker, _extend_over_titles(text, name[1])) if speaker else None
    elif text.endswith(","):
        without = _drop_appositive(text)
        if without is None:
            return _name_after_role(text, context)
        text = without
    pronoun = _PRONOUN_AT_END.search(text)
    if pronoun:
        resolved = context.resolve_pronoun(pronoun.group("p"))
        return (resolved, pronoun.start("p")) if resolved else None
    group = _GROUP_OF_NAME_AT_END.search(text) or _BODY_OF_AT_END.search(text)
    if group and _CLAUSE_OPENER_BEFORE.search(text[: group.start()]):
        return group.group("who"), group.start()
    name = _name_at_end(text)
    if name is not None:
        raw, start = name
        start = _extend_over_titles(text, start)
        speaker = _named_speaker(raw, context)
        if speaker is None or not _CLAUSE_OPENER_BEFORE.search(text[:start]):
            return None
        return speaker, start
    descriptor = _DESCRIPTOR_AT_END.search(text)
    if descriptor and descriptor.group("head") in _DOCUMENT_HEADS:
        speaker = context.speakers[-1] if context.speakers else None
        return (speaker, descriptor.start("d")) if speaker else None
    if descriptor and (descriptor.group("head") in ORG_WORDS
                       or descriptor.group("head") in TITLE_WORDS
                       or ends_with_quote(text[: descriptor.start("d")])):  # “A,” a man said
        phrase = descriptor.group("d")
        # "the IG Metall union" names its union: not the "union sources" quoted before
        named = any(w[:1].isupper() for w in phrase.split()[1:-1])
        resolved = None if named else context.resolve_descriptor(descriptor.group("head"))
        if descriptor.group("owner"):  # "Trump's aide": whose aide is part of who speaks
            return resolved or phrase, descriptor.start("d")
        return resolved or phrase.split(maxsplit=1)[1], descriptor.start("d")
    group = _GROUP_AT_END.search(text)
    if group and _CLAUSE_OPENER_BEFORE.search(text[: group.start()]) \
            and not any(w.lower() in _NOT_A_MODIFIER for w in group.group("mods").split()):
        return group.group("who"), group.start()
    return None


# "Azerbaijani officials said", "the separatist authorities said", "two diplomats said": a
# group named by what sets it apart speaks with one voice.  A bare "Officials said" or "the
# authorities said" names no one in particular and leaves the claim the outlet's.
_GROUP_HEADS = (r"officials|authorities|diplomats|sources|lawmakers|legislators|ministers"
                r"|rebels|separatists|militants|activists|protesters|witnesses|analysts"
                r"|experts|investigators|prosecutors|researchers|scientists|leaders|envoys"
                r"|residents|villagers|locals|survivors|eyewitnesses|doctors|critics")
_GROUP_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    rf"(?P<who>(?P<mods>(?:[\w’'-]+\s+){{1,3}})(?:{_GROUP_HEADS}))$")
# "Officials said", "according to diplomats": the outlet vouches for the claim no more than
# a named speaker's would, but names no one; contrast views say so ("attributes it to
# unnamed officials") instead of calling it the outlet's own voice
_UNNAMED = re.compile(
    rf"(?:^|(?<=[\s,(—–-]))(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree)\s+)?"
    rf"(?P<a>(?i:{_GROUP_HEADS}))"
    r"\s+(?:said|say|says|told|added|stated|confirmed|reported|warned|insisted|claimed)\b"
    rf"|\baccording to (?:the\s+)?(?P<b>{_GROUP_HEADS})\b")


def unnamed_source(sentence: str) -> str | None:
    """The bare plural a sentence attributes itself to ("officials", "diplomats"), if any."""
    m = _UNNAMED.search(sentence)
    return (m.group("a") or m.group("b")).lower() if m else None


# "Analysts at Deutsche Bank said", "experts from the World Health Organization said": a
# group set apart by the organisation it belongs to
_GROUP_OF_NAME_AT_END = re.compile(
    rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<who>(?i:{_GROUP_HEADS})"
    r"\s+(?:at|from|of|with)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w.&’'-]*){0,5})$")


# "A coalition of environmental organisations said": a body named by whom it gathers
_BODY_OF_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)\s+(?P<who>(?:coalition|group|alliance|association"
    r"|federation|network|consortium|panel|team)\s+of\s+(?:[a-z][\w’'-]*\s+){0,3}"
    r"[a-z][\w’'-]*s)$")


_NOT_A_MODIFIER = frozenset({"and", "or", "but", "of", "that", "who", "which", "said", "says",
                             "had", "has", "have", "was", "were", "is", "are", "will", "would",
                             "many", "some", "most", "all", "other", "these", "those", "such",
                             "few", "several", "both", "no", "the", "a", "an", "its", "his",
                             "her", "their", "while", "when", "after", "before", "because",
                             "although", "though", "since", "if", "as", "once", "until",
                             "unless", "whereas", "even", "only", "also", "now", "where"})


_CLAUSE_VERBS = frozenset({"was", "is", "were", "are", "had", "has", "have", "would", "will",
                           "could", "can", "did", "does", "should", "must", "might", "may"})


# "said Maria Zakharova on Tuesday", "said Zakharova in Moscow": when and where, not the name
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN = re.compile(  # a bare month may be a name ("Theresa May", "April Ryan"); a weekday not
    rf"\s+(?:(?:on|in)\s+(?:{_WEEKDAY}|January|February|March|April|May|June|July|August"
    rf"|September|October|November|December)|{_WEEKDAY})\b.*$")
_WHERE = re.compile(r"\s+in\s+.*$")
_WHEN_AFTER_VERB = re.compile(
    rf"\s*(?:(?:on\s+)?{_WEEKDAY}|yesterday|today|(?:last|this)\s+(?:week|month|year))\b,?")


def _without_when_or_where(run: str) -> str:
    run = _WHEN.sub("", run)
    where = _WHERE.search(run)
    if where and not any(w.lower() in ORG_WORDS for w in run[: where.start()].split()):
        run = run[: where.start()]  # a person "in Moscow"; "the Embassy in Baku" is a name
    return run


def _next_word(text: str, at: int) -> str:
    word = re.match(r"\s*(\w*)", text[at:])
    return word.group(1).lower() if word else ""


def _subject_after(sentence: str, verb: re.Match[str], context: SpeakerContext) -> str | None:
    """Inverted frames: "“A,” said the ministry", "A, said the Ambassador of X, Jane Doe, …"."""
    prefix = sentence[: verb.start()]
    if verb.group() not in _INVERTABLE or not (
            ends_with_quote(prefix) or prefix.rstrip().endswith(",")):
        return None
    lead = re.match(r"\s+(?:the\s+)?", sentence[verb.end():])
    position = verb.end() + (lead.end() if lead else 0)
    role = _ROLE_BEFORE_NAME.match(sentence, position)
    if role and role.group(1).split()[-1] in TITLE_WORDS:
        position = role.end()  # "said lead researcher Maria Costa": the name speaks
    match = RUN.match(sentence, position)
    if match and _next_word(sentence, match.end()) in _CLAUSE_VERBS:
        return None  # ", said Moscow would respond": the subject of the reported clause
    if match:
        apposition = _APPOSITION.match(sentence, match.end())
        if apposition and context.is_person(apposition.group("name")):
            return _named_speaker(apposition.group("name"), context)
        return _named_speaker(_without_when_or_where(match.group()), context)
    head = re.match(r"([a-z]+)\s*(\w*)", sentence[position:])
    if head and head.group(2).lower() in _CLAUSE_VERBS:
        return None  # "A, said the story was false": the head of a clause, not a speaker
    if lead and "the" in lead.group() and head:
        return context.resolve_descriptor(head.group(1)) or head.group(1)
    return None


_ROLE_BEFORE_NAME = re.compile(r"((?:[a-z][a-z-]*\s+){1,3})(?=[A-Z])")


# "Ironically, the deal survived, said Tyler": a capitalised sentence adverb is no name
_ADVERB = re.compile(r"(?:ically|ately|ionally|ually|larly|ously|ently|antly|edly|ingly|ively"
                     r"|fully|ably|ibly)$")
_QUANTITIES = _words("""one two three four five six seven eight nine ten eleven twelve dozens
    hundreds thousands millions several many some few most all both""")
_DISCOURSE = _words("""however meanwhile moreover instead indeed nonetheless nevertheless
    furthermore likewise also overall besides otherwise earlier later still yet thus hence
    therefore now today yesterday""")


def _named_speaker(raw: str, context: SpeakerContext) -> str | None:
    name = person_name(raw)
    if not name:
        return None
    words = name.lower().split()
    if len(words) == 1 and (words[0] in _DISCOURSE or words[0] in _QUANTITIES
                            or _ADVERB.search(words[0])):
        return None  # "Six confirmed dead", "Thousands told to …": nobody is named
    if all(is_title(w) for w in words):  # "the Secretary" -> the secretary named earlier
        if words[-1] in context.titles:
            return context.titles[words[-1]]
        return None if words[-1].endswith("s") else name  # "Officials" names nobody
    if len(words) == 1 and words[0] in ORG_WORDS:  # "The Ministry said" -> which ministry
        return context.resolve_descriptor(words[0]) or name
    return context.canonical(name)


def _name_at_end(text: str) -> tuple[str, int] | None:
    stripped = text.rstrip()
    last = None
    for last in RUN.finditer(stripped):  # noqa: B007 - the last run is the one we want
        pass
    if last is None or last.end() != len(stripped) or last.group().endswith(("’s", "'s")):
        return None
    return last.group(), last.start()


def _extend_over_titles(text: str, start: int) -> int:
    """Move the subject start back over "State Department spokesman" / "the"."""
    while True:
        before = text[:start].rstrip()
        word = re.search(r"([\w’'.-]+)$", before)
        if word is None:
            return start
        token = word.group(1)
        if token.lower() in TITLE_WORDS and token.islower():
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


_FUNCTION_WORDS = _words("""and or but that which who whom when while as after before since
    because if than then said says told of to in on at for with by from is was were are be
    been has have had will would could should may might must not""")


def _name_after_role(text: str, context: SpeakerContext) -> tuple[str | None, int] | None:
    """"A council spokesman, Tom Reyes," / "The ministry's spokeswoman, Maria Zakharova,":
    the role comes first, the name in apposition is the speaker."""
    body = text[:-1]
    comma = body.rfind(",")
    name = RUN.fullmatch(body[comma + 1 :].strip()) if comma > 0 else None
    if name is None:
        return None
    role_start = max(body.rfind(mark, 0, comma) for mark in ",;:“”\"") + 1
    role = body[role_start:comma].split()
    if not role or len(role) > 7 or not any(re.sub(r"[’']s$", "", w.lower()) in TITLE_WORDS
                                            for w in role):
        return None
    if not _CLAUSE_OPENER_BEFORE.search(body[:role_start]):
        return None
    speaker = _named_speaker(name.group(), context)
    return (speaker, role_start + len(body[role_start:]) - len(body[role_start:].lstrip())) \
        if speaker else None


# "Rep. Dan Gelber, D-Miami Beach, said": a US legislator's party and home
_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z]")


def _drop_appositive(text: str) -> str | None:
    """"Ned Price, a State Department spokesperson," -> "Ned Price"; None if not one."""
    body = text[:-1]
    comma = body.rfind(",")
    if comma < 0:
        return None
    chunk = body[comma + 1 :].split()
    if not chunk:
        return None
    first, last = chunk[0].lower(), chunk[-1]
    appositive = (first in {"a", "an", "the", "who", "which", "its", "his", "her", "their",
                            "for", "also", "himself", "herself", "as", "in", "at", "then"}
                  or first in TITLE_WORDS or last.islower()
                  or first.endswith(("ing", "ly", "ed"))
                  or _PARTY_AND_STATE.match(chunk[0]) is not None
                  or chunk[0].isdigit())  # "Jose Cazares, 31, said"
    return body[:comma] if appositive else None


def _act_core(sentence: str, verb: re.Match[str], subject_start: int) -> str:
    """"X accused Y of (having) Z" -> "Y Z"; other acts keep the sentence from the subject."""
    if verb.group().startswith("accuse"):
        match = _ACCUSED.match(sentence, verb.end())
        if match:
            return f"{match.group('target')} {match.group('charge')}"
    return sentence[subject_start:]


def _according_frame(sentence: str,
                     context: SpeakerContext) -> tuple[str | None, str, int] | None:
    match = _ACCORDING.search(sentence)
    if match is None:
        return None
    who = match.group("who").strip()
    if match.start() < 3 and FINITE_IN_GAP.search(who):
        return None  # "According to this site the peak will be 10.5": where X ends is unsure
    head = who.split()[-1].lower()
    bare = re.sub(r"^(?:the|a|an)\s+", "", who)
    name = RUN.match(bare)  # "the Interior Ministry" is a name, "police in Brno" is not
    speaker = _named_speaker(name.group(), context) if name and name.end() == len(bare) else None
    if speaker is None or speaker.lower() in TITLE_WORDS:
        speaker = context.resolve_descriptor(head) or bare
    if match.start() < 3:  # "According to X, A" -> A
        rest = sentence[match.end():].lstrip(" ,")
        return speaker, rest, len(sentence) - len(rest)
    core = sentence[: match.start()].rstrip(" ,") + sentence[match.end():]
    return speaker, core, 0


def _quoting_frame(sentence: str,
                   context: SpeakerContext) -> tuple[str | None, str, int] | None:
    match = _QUOTING.search(sentence)
    if match is None:
        return None
    who = match.group("who")
    runs = [m.group() for m in RUN.finditer(who)]
    speaker = _named_speaker(runs[-1], context) if runs else None
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
    return _named_speaker(match.group("who"), context), sentence, 0


def _include_pronoun_subject(sentence: str, start: int) -> int:
    """Keep "he" in "said to X the same day he “continues to call for ...”"."""
    before = re.search(r"\b(he|she|they|it|we)\s*$", sentence[:start], re.IGNORECASE)
    return before.start() if before else start
