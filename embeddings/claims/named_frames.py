"""Frames built around a name rather than a verb of saying: "according to X, A", "As X
reported, A", "X was quoted as saying A", "X's warning, “A,” ...": who X is, and the
claim without the frame."""

from __future__ import annotations

import re

from embeddings.claims.bodies import is_unnamed_source, relaying_agency
from embeddings.claims.clauses import FINITE_IN_GAP
from embeddings.claims.documents import document_author
from embeddings.claims.entities import RUN, TITLE_WORDS
from embeddings.claims.groups import bare_group_at_end
from embeddings.claims.name_words import TITLE_ABBREVIATIONS
from embeddings.claims.quotes import inside
from embeddings.claims.relative_frames import statement_in_relative, without_clause_after_name
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker, over_descriptor
from embeddings.claims.subjects import subject_before

# the full stop of an initial or a title is part of the name ("the U.S. Department of
# Commerce", "Mr. Comey"): cut there, the speaker was "U" and the core lost its end
_NAME_DOT = (r"(?:(?<=\b[A-Z])\."
             + "".join(rf"|(?<=\b{title})\." for title in TITLE_ABBREVIATIONS) + ")")
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


# rumour and gossip are no one's words, however they are capitalised
# ("Viral Twitter Rumors", "rumours on social media": the talk is the head of the phrase)
_HEARSAY_HEAD = re.compile(r"^(?:[\w’'-]+\s+){0,3}(?:rumou?rs?|gossip|hearsay|speculation"
                           r"|chatter)\b", re.IGNORECASE)


# a suit named by its lower-case words, what follows it saying who filed it or where
_SUIT = re.compile(r"(?:[a-z][\w-]*\s+){0,3}?(?:law)?suit\b(?![-'’])")


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
    # "reports from Reuters", "a Reuters analysis of campaign positions": the author's voice
    who = document_author(who) or who
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
    if _HEARSAY_HEAD.match(who):
        # "According to Viral Twitter Rumors": talk that no one is named as having started
        return _without_frame(sentence, match, None)
    if bare_group_at_end(who) == 0:
        # "according to officials", "according to reports": a bare group names no one, as
        # "Officials said" does not (the contrast says "unnamed officials")
        return _without_frame(sentence, match, None)
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
        if _SUIT.match(bare):
            # "according to the new suit", "according to a lawsuit filed by Smith": the
            # article's suit, one voice however it is named (``subjects.SUITS``)
            speaker = "lawsuit"
    return _without_frame(sentence, match, speaker)


def _without_frame(sentence: str, match: re.Match[str],
                   speaker: str | None) -> tuple[str | None, str, int]:
    # "According to the Post, who first reported it, A": the clause tells of X, not A
    after = without_clause_after_name(sentence[match.end():], match.start() >= 3)
    if match.start() < 3:  # "According to X, A" -> A
        rest = after.lstrip(" ,")
        return speaker, rest, len(sentence) - len(rest)
    core = sentence[: match.start()].rstrip(" ,") + after
    return speaker, core, 0


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
    if is_unnamed_source(who):  # "TASS quoted a source in the ministry as saying": TASS's
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
    if statement_in_relative(sentence, match.end()):
        return None  # "Biden's speech, in which he said A, drew criticism": said of the speech
    return named_speaker(match.group("who"), context), sentence, 0

