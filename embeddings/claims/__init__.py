"""Claims stage: article text -> sentence-level claims with speaker, core, entities, numbers.

``SentenceClaimExtractor`` splits an article into sentences, drops page furniture,
finds who is speaking (resolving "he said" against earlier speakers of the same
article, and giving every sentence of a multi-sentence quotation its speaker),
strips the attribution frame to get the core, and finds entities and numbers; a
response that only points at a statement ("refuted this claim") has its core completed
with that statement (``references.py``).
Offsets are exact: ``article.text[claim.start:claim.end] == claim.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from embeddings.claims.entities import (
    RUN,
    drop_openers,
    find_entities,
    is_title,
    names_in,
    person_name,
)
from embeddings.claims.furniture import dateline_length, furniture_lines, is_furniture
from embeddings.claims.numbers import find_numbers
from embeddings.claims.quotes import double_single_quotes
from embeddings.claims.references import CHECKED_CLAIM, resolve_references
from embeddings.claims.sentences import split_sentences
from embeddings.claims.speakers import (
    Attribution,
    SpeakerContext,
    clean_core,
    ends_in_quote,
    find_speaker,
    quoted_spans,
)
from embeddings.types import Article, Claim, Entity

# The version of how claims are read from an article (sentences, furniture, speakers,
# numbers, entities).  Bump it when a change alters the claims of articles already stored:
# `crossclaim reindex --if-needed` then re-reads a store stamped with an older one.  Unlike
# the facet layout, an older reading does not stop writes: its claims are still whole.
READING = 37  # 11: "150‚000" (a low quotation mark for a comma) is 150,000.  12: the number
# of a chapter, an article, a flight ("Chapter 11", "Flight 370") is a name, not a count;
# a time of day ("8 p.m.") is none.  13: "1.2 trillion yen", "500 rupees" are money; "the
# company" is no public body or wire service that spoke before ("The UN warned ..."); "X
# declared an emergency and blamed Y" is X's act.  14: "a few hours", "several weeks", "a
# couple of days" are durations ("took only a few hours" disputes "deliberated for two days");
# "the figure of 1,500 was inaccurate" points back at the claim that gave 1,500; "Russia
# said it had hit ..." is compared as "Russia had hit ..." (a body's "it", not "it was unclear
# whether"); ", a claim Reuters could not independently verify" is cut from the core.  15: a
# month is a twelfth of a year ("24 months" is "two years"); "Vance denied ever taking X" is
# compared as "Vance ever taking X", "Vance said his sample ..." as "Vance's sample ...";
# "the utility", "the operator" are bodies that speak; "according to the published data" is
# no speaker "the", "police data" not the statistics office whose data came before; "killed
# 12 people and wounded 40", "four passengers were killed and 37 injured": the second count
# takes the first one's noun; "two dozen" is 24; "Seville recorded 45.8C" is a temperature
# (a verb of reading it, or a decimal, with no word for heat).  16: "12 of Meridian's
# hospitals" counts hospitals (a whole named by its owner); "the company" after "the FDA
# said" is no regulator known by its acronym; "no one has fallen ill", "no illnesses have
# been linked", "no firefighters had been hurt" are counts of none.  17: a name after "south
# of", "the port of", "the city of" is a place ("15 kilometres south of Karsan"); one after
# "according to", "thanks to" is none ("according to Sea Aid").  18: a count with no noun
# counts people where it says what befell them ("left 12 dead and dozens injured", "killed
# three and injured 20", "with 31 still missing").  19: the site addressing its reader about
# the site ("Your browser does not support the video tag.", "If you value our reporting,
# please consider making a donation.") and a link under a label ("More: ...") are furniture.
# 20: "according to a statement from X" is X's; "the UN refugee agency UNHCR said", "the
# World Health Organization (WHO) said", "Sen. Jane Ortiz (D-NM) said" name their speaker.
# 21: "29 or more", "10,000-plus", "30 or so" are bounds or hedges; "between $2bn and $3bn",
# "$12 billion-$14 billion" are ranges of money ("from $10 billion to $30 billion" a change);
# "100 000 people" is a hundred thousand.  22: "Acme Inc. said" names Acme Inc; "posted a
# loss" reports nothing; "Visit example.com for more details" is furniture.  23: "X, 34, a
# migrant from Y who ..., said", "X, project coordinator for Y, a group that ..., told" and
# "Another protester, X from Y, said" are X's.  24: "Israel's ambassador to the United States
# said" is the ambassador's, "US Ambassador to the UN Lena Marsh said" Lena Marsh's; "it"
# is no spokeswoman.  25: "X was quoted by TASS as saying" is X's; "a statement posted on the
# ministry's website" is the ministry's.  26: "This article is reproduced from a press release"
# is furniture; a feed item that is only a labelled headline ("Watch: ...") is a claim.
# 27: "25pc" is a percentage, "2,000-odd" about 2,000, "1.5 lakh" 150,000, "Rs 2,000 crore"
# 20 billion rupees.  28: "Ursula von der Leyen", "Bashar al-Assad", "Côte d'Ivoire" are one
# name each.  29: "posted an image", "posted a short video" are posts.  30: "$30 mn", "¥120
# billion", "Rs 1.2 lakh crore", "5,000 metric tons" and "-5C" are read whole; "A$", "C$", "HK$"
# are no US dollars; a number to dial ("0800 555 0199") and one that names a model ("the Boeing
# 737 Max 8", "Windows 11") are no counts; "100km", "6ft", "40mph" are measures; "2 hours 3
# minutes", "6 feet 11 inches" are one figure each; seconds are spans; "next", "last", "every"
# are no counted noun ("hire 300 people this year and 500 next year"); "1.2 billion U.S.
# dollars", "50 million Australian dollars", "2½ per cent" are read; "a 3,000-strong crowd" is
# 3,000 people.  31: a wire dateline with its date and a live blog's time stamp are cut off;
# "Spain's weather agency Aemet", "lawyers for X", "the family", "the WHO", "von Moltke", "But
# the ministry said", "told analysts" are read as speakers; "It is not true that A" points at
# nothing before it; "Mayor X of the Y Party" is X and the party, "the Workers' Party" one name;
# "the mayor of Monchique said" is the mayor's, "President of the European Commission X said"
# X's; «A,» he said is quoted; "he" after "the spokesman said" is the spokesman; 'were
# "preliminary."She said' is two sentences; "X, Ph.D.,", "X of Calif.", "X Jr." end no name;
# "Arsenal beat Chelsea 3-1 on Sunday." is a claim, not a label; a wire slug ("UPDATE 2-",
# "BREAKING: ") is cut off a claim, a headline's glued credit ("... -Noyer") is its speaker;
# "a company spokeswoman" after Velta spoke is Velta's; a firm described as one is the "it"
# of its own frame.  32: "rose 3 to 980.59" is a change of 3 and a level of 980.59, not a
# range.  33: "the diplomat", "the official", "the Russian diplomat" are the person who last
# spoke under a title of that kind (and that people), "the ambassador" the envoy who just
# spoke; "Mao said" is Mao Ning; "Sheriff X", "Councilman X", "co-leader X" are titles; "a
# spokeswoman for the X Agency" is the "X Agency spokeswoman"; "the business daily
# Handelsblatt reported" is Handelsblatt's; "X said A; Y said B" (and such a headline) is two
# claims; the outlet's own question ("Will the talks resume?") is none; a headline's credit
# after a spaced dash ("... - Handelsblatt") is its speaker unless it is the article's outlet;
# "Parents said", "shopkeepers said" are bare groups; a reporter's tag line ("She can be
# reached at ...", "Jane Doe covers county government for the Courier.") is furniture; a
# transcript's label ("Mao Ning: ...", on two lines or with a title) speaks for its line.
# Also 33: "14 cases per 100,000 people" is one rate (per 100,000), no count; "eased to
# 3.2% from 3.5%", "down from 3.5 percent" leave out the figure it came from; "reduce
# headcount by 1,150" counts jobs; "over", "under", "during" after a figure are no unit;
# "$1.2-billion", "1.2 billion USD", "5.25%-5.5%", "between 5% and 6%" are read whole, and
# "rose from 3.1% to 3.5%" is 3.5%.  Also 33: "Jobless claims climbed", "Police reports show"
# and "Hospitals have admitted 45 patients" have no speaker, and a common plural opening a
# sentence ("Hospitals said") is a bare group, as are "Farmers in the valley" and "Experts not
# involved in the research"; "rejected the accusation" points at the claim that accused, not
# the accuser's protest or advice; "say no." ends a sentence, and an answer to the outlet's
# question ("Several diplomats say no.") is compared with it ("Will the talks resume? No.");
# "Marsh cautioned that", "Cardiologist Raj Patel", "City will appeal, the club said" speak.
# Also 33: "a 40-million-dollar deal" is money; "98
# cents" is $0.98 ("20 pence" £0.20); "2.5 times more likely", "three times as many",
# "twice as high", "a 2.5-fold rise" are ratios (kind "ratio"), no counts; "arrested three
# times" counts times, not people; "compared with $40m a year earlier" leaves that figure out.
# 10: speeds ("150 mph", "240 km/h"); "a quarter point" and "25 basis points"
# are changes in percentage points; "six weeks" is 42 days, not about 42; "A, officials
# said" and "Officials said A": the frame is cut from the claim, which stays the outlet's;
# "Rising prices hurt sales, the company said" keeps its claim; "the bank" is no "company"
# (9: "“A,” said X. “B.”": B is X's too; "a magnitude 6.8 earthquake" is a
# magnitude; "Explosion reported near the capital" names no speaker; "Q? No, says X" is one
# sentence; "nobody was hurt" is a count of 0; "X said A, while Y said B" is two claims;
# "charged the crowd" names no speaker; "doubles the risk" is a change of 100 %; "Looting
# erupted overnight, police said" keeps its claim;
# 8: a common word opening a sentence is no name ("Residents of Kessin" -> "Kessin");
# 7: "from 500 to 300" is 300; "Organisers of the march said"; 6: estimates, ages)
# 34: captions, corrections, "X said:" paragraphs, "This was reported by X", "Claim:", "A:" lines
# 35: "has learned from", "As X reported,", press-release openers, "the Kremlin" no person, bios
# 36: "officials in Austin, Texas, said": the state after a place is no speaker; a
#     "sentence" over 1,000 characters (no full stops) is cut at a clause mark or a space; "the
#     opposition Kuomintang said" is the Kuomintang's
# 37: "the Chinese embassy in Abuja said", "The main opposition party, the Kuomintang, said",
#     "The head of the ... embassy", "No 10 said"; an unnamed source relayed by a named agency
#     ("has learned from a source", "a source told AFP", "a report cited by Interfax") is the
#     agency's; a count counts the head noun after its modifiers ("35 Chinese aircraft"),
#     plurals to their singular ("sorties"), "24 others" people, spaced hyphens ("4 - years -
#     old"), "pct"/"hrs"; places of every country, state and province ("near Siesta Key,
#     Florida": both places)

__all__ = [
    "READING",
    "Attribution",
    "ClaimExtractor",
    "SentenceClaimExtractor",
    "SpeakerContext",
    "find_entities",
    "find_numbers",
    "find_speaker",
    "is_furniture",
    "split_sentences",
]


class ClaimExtractor(Protocol):
    def extract(self, article: Article) -> list[Claim]: ...


@dataclass
class _Draft:
    start: int
    end: int
    attribution: Attribution
    in_quote: bool  # the sentence continues a quotation opened before it
    opens_quote: bool  # a quotation is still open at its end
    entities: tuple[Entity, ...]


_SEMICOLON = re.compile(r";\s+")
# an answer that says nothing without the question before it: "Several diplomats say no.",
# "Mao said yes.", "Officials said not yet."
_ANSWER_ONLY = re.compile(
    r"^[^\"“”]{1,80}?\b(?:say|says|said|told\s+\w+|replied|answered|insist|insists|insisted)"
    r"\s+(?P<answer>no|yes|not\s+yet|probably\s+not|probably)\s*[.!]?\s*$", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
# a fact-check's label for the claim it checks ("Claim: ...", "The claim: ...", "Viral
# claim: ..."), and the voice such a claim is given when its line names no other
_CHECKED = re.compile(r"^\W*(?:the\s+|viral\s+)?claim\s*:\s+(?=[\"“A-Z])", re.IGNORECASE)
# a frame that ends its paragraph on a colon, the quotation to follow: "X said:", "In a
# statement, the ministry added:", "She told the BBC:"
_LEAD_IN = re.compile(
    r"\b(?:said|says|added|adds|stated|states|wrote|writes|declared|explained|commented"
    r"|continued|stressed|noted|told\s+(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)?)"
    r"(?:\s+(?:on\s+\w+|in\s+a\s+statement|in\s+a\s+post\s+on\s+[\w.]+))?\s*:\s*$")
# «A,» he said: read as “A,” he said (same offsets); guillemets open and close as curly
# quotes do, and the frame rules know the curly ones
_GUILLEMETS = str.maketrans({"«": "“", "»": "”"})
_MIN_HALF_WORDS = 6


class SentenceClaimExtractor:
    """The default extractor: one claim per sentence (two for "A; B" with independent halves)."""

    def __init__(self, split_semicolons: bool = True, resolve_pointers: bool = True) -> None:
        self.split_semicolons = split_semicolons
        self.resolve_pointers = resolve_pointers

    def extract(self, article: Article) -> list[Claim]:
        # read with single-quote quotations marked as double ones (same offsets); the
        # claims' text is cut from the article as it is
        text = double_single_quotes(article.text).translate(_GUILLEMETS)
        context = SpeakerContext(outlet=article.source)
        drafts: list[_Draft] = []
        headlines: list[tuple[int, int, bool]] = []
        labelled: dict[int, str] = {}  # a headline's transcript label: "Sen. Rand Paul: ..."
        sentences = _sentences_with_quote_state(text)
        # a one-sentence article has no other sentence to tell a name from an opening word
        names = names_in(text) if len(sentences) > 1 else None
        context.article_names = names
        turns = _turn_labels(text, context)
        briefer = _briefer(f"{article.title or ''}\n{text.split(chr(10), 1)[0]}")
        turn: tuple[int, str] | None = None  # the line a transcript's speaker label opened
        lead_in: tuple[int, str] | None = None  # a paragraph "X said:" that quotes the next
        asked: str | None = None  # the outlet's question just before, left out as a claim
        # a caption with its credit, a correction with what it corrects: furniture, line whole
        notes = furniture_lines(text)
        for start, end, in_quote in sentences:
            sentence = text[start:end]
            if any(a <= start < b for a, b in notes):
                continue
            question, asked = asked, None
            entities = find_entities(sentence, start)  # once: for the context and the claims
            context.observe(sentence, entities)
            line_start = text.rfind("\n", 0, start) + 1
            checked = _CHECKED.match(sentence) if not text[line_start:start].strip() else None
            if checked is not None:
                # "Claim: Crime in the city rose 40% last year.": a fact-check states the claim
                # it checks, and does not make it; the claim is said by the voice it names,
                # else by "the claim checked", never by the outlet that checks it
                turn = (line_start, CHECKED_CLAIM)
                start += checked.end()
                sentence = text[start:end]
                entities = find_entities(sentence, start)
            label = _TURN.match(sentence) if not text[line_start:start].strip() else None
            if label is not None and label.group("label") in turns:
                # "Mao Ning: China has lodged a protest.": the label is who speaks on its line
                turn = (line_start, turns[label.group("label")])
                start += label.end()
                sentence = text[start:end]
            if lead_in is not None and lead_in[0] != line_start:
                turn, lead_in = (line_start, lead_in[1]), None  # the paragraph it introduced
            speaking = turn[1] if turn is not None and turn[0] == line_start else None
            if speaking is None and briefer is not None and text.startswith("A:", line_start):
                speaking = briefer  # "A: China's position is consistent.": who answers
            back = None if in_quote or not drafts or drafts[-1].attribution.speaker \
                else _said_back(sentence, context)
            if back is not None:
                # "Russian troops shelled 12 settlements. This was reported by the head of
                # the regional administration Ivan Fedorov on Telegram.": the sentence before
                # is Fedorov's, and this one only says whose it is
                context.remember(back)
                drafts[-1].attribution = drafts[-1].attribution._replace(speaker=back)
                continue
            if not in_quote and _LEAD_IN.search(sentence):
                # "Environment Secretary Emma Reynolds said:" ending its paragraph (a press
                # release's, a statement's way to quote): no claim of its own, and the next
                # paragraph is what the speaker said
                framed = find_speaker(sentence, context, in_quote).speaker
                if framed:
                    context.remember(framed)
                    lead_in = (line_start, framed)
                    continue
            answer = _ANSWER_ONLY.match(sentence) if question and not in_quote else None
            if answer is not None:
                # "Will the talks resume? Several diplomats say no.": alone the answer says
                # nothing, and dropped it loses what the diplomats claim; it is kept, compared
                # with its question folded in ("Will the talks resume? No."), so it meets the
                # claims on whether the talks resume and shows which way it answers.  A
                # statement made of the question ("the talks will not resume") is left
                # undone: turning a question round is no safe rule for every question
                attribution = find_speaker(sentence, context, in_quote)
                speaker = attribution.speaker or speaking
                if speaker:
                    context.remember(speaker)
                core = f"{question} {answer.group('answer').capitalize()}."
                named = tuple(e for e in entities if e.end <= start + answer.start("answer"))
                drafts.append(_Draft(start, end, Attribution(speaker, core, 0), in_quote, False,
                                     named))
                continue
            if is_furniture(sentence):
                if not is_furniture(sentence, headlines=False):
                    headlines.append((start, end, in_quote))
                    if speaking is not None:
                        labelled[start] = speaking
                continue
            if _asks(sentence, in_quote) and speaking is None:
                # "Will the talks resume next month?": the outlet asks, and states nothing (a
                # question inside a quotation is the speaker's point, and is kept)
                headlines.append((start, end, in_quote))  # all an item says, it stays
                asked = sentence.strip()
                continue
            start += dateline_length(sentence)
            opens_quote = ends_in_quote(text[start:end], in_quote)
            for piece_start, piece_end in self._pieces(text, start, end, in_quote, context):
                piece = text[piece_start:piece_end]
                attribution = without_caveat(named_subject(
                    find_speaker(piece, context, in_quote), context, piece))
                if attribution.speaker is None and speaking is not None:
                    attribution = attribution._replace(speaker=speaking)
                if attribution.speaker and attribution.speaker != CHECKED_CLAIM:
                    context.remember(attribution.speaker)
                inside = tuple(e for e in entities if piece_start <= e.start and e.end <= piece_end)
                if names is not None:  # the speaker context above saw every run
                    inside = drop_openers(inside, text, piece_start, names)
                drafts.append(_Draft(piece_start, piece_end, attribution, in_quote, opens_quote,
                                     inside))
        if not drafts and headlines:
            # nothing but headlines (a wire item, a feed entry): the headline is the claim
            start, end, in_quote = headlines[0]
            label_speaker = labelled.get(start)
            start += dateline_length(text[start:end])  # "UPDATE 2-", "BREAKING: "
            # "Iran says it seized a drone; US says none is missing": two reports, two claims
            reports = _two_reports(text[start:end], in_quote) or [(0, end - start)]
            for a, b in reports:
                piece = text[start + a:start + b]
                attribution = named_subject(find_speaker(piece, context, in_quote), context,
                                            piece)  # "Iran says it seized": Iran seized
                if attribution.speaker is None and label_speaker is not None:
                    attribution = attribution._replace(speaker=label_speaker)
                drafts.append(_Draft(start + a, start + b, attribution, in_quote, False,
                                     tuple(find_entities(piece, start + a))))
        _resume_quotes(drafts, text)
        _share_quote_speakers(drafts)
        claims = [self._claim(article, d) for d in drafts]
        return resolve_references(claims) if self.resolve_pointers else claims

    def _pieces(self, text: str, start: int, end: int, in_quote: bool,
                context: SpeakerContext) -> list[tuple[int, int]]:
        """Split "A; B" into two claims when both halves stand alone and nobody is quoted,
        and "X said A, while Y said B" into X's claim and Y's."""
        sentence = text[start:end]
        reports = _two_reports(sentence, in_quote)
        if reports is not None:
            return [(start + a, start + b) for a, b in reports]
        if not self.split_semicolons or ";" not in sentence:
            return [(start, end)]
        if find_speaker(sentence, SpeakerContext(), in_quote).speaker is not None:
            return [(start, end)]
        quoted = quoted_spans(sentence, in_quote)
        cuts = [m for m in _SEMICOLON.finditer(sentence)
                if not any(a <= m.start() < b for a, b in quoted)]
        pieces, piece_start = [], 0
        for cut in cuts:
            left, right = sentence[piece_start:cut.start()], sentence[cut.end():]
            if min(len(_WORDS.findall(left)), len(_WORDS.findall(right))) >= _MIN_HALF_WORDS:
                pieces.append((start + piece_start, start + cut.start() + 1))
                piece_start = cut.end()
        pieces.append((start + piece_start, end))
        return pieces

    @staticmethod
    def _claim(article: Article, draft: _Draft) -> Claim:
        text = article.text[draft.start:draft.end]
        return Claim(
            article_id=article.id,
            source=article.source,
            text=text,
            start=draft.start,
            end=draft.end,
            core=draft.attribution.core,
            speaker=draft.attribution.speaker,
            entities=draft.entities,
            numbers=tuple(find_numbers(text, draft.start)),
            published=article.published,
        )


# "Organisers said 250,000 took part, while police put the turnout at 40,000": two voices,
# each with a figure of its own, in one sentence
# (or a semicolon alone: "Merz said the government acted too late; Lang said the plan was
# sound", "Iran says it seized a drone; US says no drone is missing")
_WHILE = re.compile(r"[,;]\s+(?:while|whereas|but)\s+|;\s+", re.IGNORECASE)
_MIN_REPORT_WORDS = 4
_NOT_A_NEW_VOICE = frozenset({"that", "to", "which", "who", "whom", "his", "her", "its", "their",
                              "he", "she", "it", "they", "we", "i", "you"})


def _two_reports(sentence: str, in_quote: bool) -> list[tuple[int, int]] | None:
    """The spans of "X said A" and "Y said B" in "X said A, while Y said B", when each half
    has a speaker of its own (not "X said A, but added B")."""
    quoted = quoted_spans(sentence, in_quote)
    for m in _WHILE.finditer(sentence):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        left, right = sentence[:m.start()], sentence[m.end():]
        if min(len(_WORDS.findall(left)), len(_WORDS.findall(right))) < _MIN_REPORT_WORDS:
            continue
        if right.split()[0].lower() in _NOT_A_NEW_VOICE:
            continue  # "..., but that none were in the US", "while his minister said": the
            # same report going on, or a voice only the article's context could name
        first = find_speaker(left, SpeakerContext(), in_quote).speaker
        second = find_speaker(right, SpeakerContext(), False).speaker
        if first and second and first.lower() != second.lower():
            return [(0, m.start()), (m.end(), len(sentence))]
    return None


# a transcript's speaker label opening a line: "Mao Ning: ...", "Spokesperson Wang Wenbin: ..."
_TURN = re.compile(r"(?P<label>(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w’'-]*)\s*:\s+(?=[\"“A-Z])")


def _turn_labels(text: str, context: SpeakerContext) -> dict[str, str]:
    """The line labels of a transcript that name a person, with the person: a person's name
    of two words at least, used on two lines or more, or given with a title ("Spokesperson
    Mao Ning:").  "Key Points:" or "Fact Check:", once, labels no one."""
    counts: dict[str, int] = {}
    for line in text.splitlines():
        m = _TURN.match(line.strip())
        if m is not None:
            counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    out = {}
    for label, count in counts.items():
        name = person_name(label)
        if len(name.split()) >= 2 and context.is_person(name) \
                and (count >= 2 or name != label):
            out[label] = name
    return out


# a sentence that gives the one before it a speaker, the way wires and translated pieces
# do: "This was reported by X on Telegram.", "This was stated by X, Ukrinform reports.",
# "X reported this on Telegram.", "X wrote about it on Facebook."
_SAID_BACK = re.compile(
    r"^(?:(?:This|That|It)\s+(?:was|has\s+been|had\s+been|is)\s+(?:reported|stated|announced"
    r"|said|confirmed|noted|written|posted|declared)\s+by\s+(?P<who>.+?)"
    r"|(?P<subject>.+?)\s+(?:reported|stated|announced|said|wrote|posted|confirmed)"
    r"\s+(?:this|about\s+(?:this|it))\b)"  # (not "said that in 2020 the deal collapsed")
    r"(?P<where>\s+(?:on|in|at|via|during|through|while|when|after)\s(?:[^,\s]+\s?){1,6})?"
    r"(?:,\s+(?:[A-Z][\w-]*\s+){1,3}(?:reports?|reported|writes|informs)(?:\s+\w+)?)?\s*\.?$")


_CLAUSE_WORD = re.compile(r"\b(?:that|whether|if|would|will|was|were|is|are|had|has|have)\b")


def _said_back(sentence: str, context: SpeakerContext) -> str | None:
    """The speaker a sentence like "This was reported by X on Telegram." gives the claim
    before it, else None."""
    m = _SAID_BACK.match(sentence.strip())
    if m is None:
        return None
    who = m.group("who") or m.group("subject")
    if len(who.split()) > 16 or any(c in who for c in "“”\";"):
        return None
    if m.group("where") and _CLAUSE_WORD.search(m.group("where")):
        return None  # "X said this in a statement that talks would resume": a claim of its own
    return find_speaker(f"According to {who}, it is so.", context).speaker


# the person whose briefing a transcript is, named in its title or first line: "Foreign
# Ministry Spokesperson Mao Ning's Regular Press Conference on March 3", "Press Briefing by
# Press Secretary Karine Jean-Pierre", "Interview with Foreign Minister Sergey Lavrov"
_BRIEFING = re.compile(
    rf"(?P<owner>{RUN.pattern})[’']s\s+(?:Regular\s+|Daily\s+|Weekly\s+)?(?:Press|News)\s+"
    r"(?:Conference|Briefing)"
    rf"|(?:Press\s+Briefing|Press\s+Conference|News\s+Conference|Briefing|Interview)\s+"
    rf"(?:by|with)\s+(?P<by>{RUN.pattern})")


def _briefer(head: str) -> str | None:
    """Who answers the "A:" lines of a briefing's or an interview's transcript."""
    m = _BRIEFING.search(head)
    if m is None:
        return None
    name = person_name(m.group("owner") or m.group("by"))
    return name if len(name.split()) >= 2 and not is_title(name.split()[-1]) else None


def _asks(sentence: str, in_quote: bool) -> bool:
    """A question the outlet asks itself, outside any quotation: it ends in its question
    mark, with no closing quotation mark after it."""
    text = sentence.rstrip()
    if in_quote or not text.endswith("?"):
        return False
    return not any(b >= len(text) - 1 for _, b in quoted_spans(text, False))


_HE_OR_SHE = re.compile(r"(?:he|she)\b(?=\s+[a-z])", re.IGNORECASE)


_IT = re.compile(r"it\b(?=\s+[a-z])")  # lower case: after a frame ("X said it would")
_EXPLETIVE = re.compile(r"\s+(?:is|was|will be|would be|has been|had been|remains|seems|appears"
                        r"|takes|took)\b(?:\s+\S+){0,3}?\s+(?:that|whether|to|how|if|when|why)\b")


_POSSESSIVE = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
_HIS_OR_HER = re.compile(r"(?:his|her)\b(?=\s+[a-z])")  # "Vance said his sample was ..."
# "Vance denied ever taking a banned substance": what a frame of denial or admission takes
# is an act with no subject of its own; the core gives it the speaker's
_GERUND_FRAME = re.compile(r"\b(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?"
                           r"|acknowledg(?:e|es|ed|ing)|confess(?:es|ed|ing)?\s+to)\s+$",
                           re.IGNORECASE)
_GERUND = re.compile(r"(?:(?:ever|never|not|having|ever\s+having)\s+)?"
                     r"(?!(?:no|any|some|every)thing\b)[a-z]+ing\b(?=\s)")


# ", a claim Reuters could not independently verify", ", which could not be confirmed": the
# outlet's caveat on the claim, not part of what is claimed
_CAVEAT = re.compile(
    r",\s+(?:a\s+(?:claim|figure|report|number|account)\s+(?:that\s+)?(?:\w+\s+){1,3}?"
    r"(?:could|can|was|were|has|have)\s*(?:not|n['’]t)\s+(?:be\s+|been\s+)?"
    r"|which\s+(?:could|can)\s*(?:not|n['’]t)\s+be\s+)"
    r"(?:independently\s+|immediately\s+)*(?:verif\w*|confirm\w*)[.!]?\s*$", re.IGNORECASE)


def without_caveat(attribution: Attribution) -> Attribution:
    """The core without a trailing caveat of the outlet's ("..., a claim Reuters could not
    independently verify"): two outlets reporting one claim, one with the caveat, meet."""
    m = _CAVEAT.search(attribution.core)
    if m is None or m.start() == 0:
        return attribution
    return attribution._replace(core=attribution.core[:m.start()] + ".")


def named_subject(attribution: Attribution, context: SpeakerContext,
                  sentence: str) -> Attribution:
    """"She was not suspended, her lawyer insisted": the core names who "she" is
    ("Dana Okafor was not suspended"), so it meets "Okafor has been suspended" from an
    outlet that named her.  After a person's own frame ("Okafor said she had never ...")
    the pronoun is that person; otherwise the one person the article spoke of lately, and
    no one where two were (nothing here knows whose pronoun is whose).  The claim's text
    stays as written; only what it is compared by changes."""
    speaker = attribution.speaker
    core = attribution.core
    if speaker and _GERUND.match(core) \
            and _GERUND_FRAME.search(sentence[: max(0, sentence.find(core))]):
        return attribution._replace(core=f"{speaker} {core}")
    # a body: no person's name, or one the article described as a body ("Danish firm Nordvax")
    body = bool(speaker) and (not context.may_be_person(speaker or "")
                              or speaker in context.described.values())
    it = _IT.match(core)
    if it is not None and body and not _EXPLETIVE.match(core, it.end()):
        # "Russia said it had hit a command post": "it" is the body that said so ("Russia
        # had hit a command post" meets "Russian forces struck a command post"); not "it
        # was unclear whether ...", which is no one
        return attribution._replace(core=f"{speaker}{core[it.end():]}")
    his = _HIS_OR_HER.match(core)
    if his is not None and speaker and context.may_be_person(speaker) \
            and not _POSSESSIVE.search(sentence[: max(0, sentence.find(core))]):
        # "Vance said his sample had been contaminated" (not "Her coach said his ...")
        return attribution._replace(core=f"{speaker}'s{core[his.end():]}")
    m = _HE_OR_SHE.match(core)
    if m is None:
        return attribution
    if m.group()[0].islower() and speaker:  # "Trump said he would ..."
        if _POSSESSIVE.search(sentence[: max(0, sentence.find(attribution.core))]):
            name = context.only_recent_person()  # "Her coach said she would appeal"
        else:
            name = speaker if context.may_be_person(speaker) else None
    else:
        name = context.only_recent_person()
    if not name:
        return attribution
    return attribution._replace(core=name + attribution.core[m.end():])


def _sentences_with_quote_state(text: str) -> list[tuple[int, int, bool]]:
    """Sentence spans with whether each begins inside a quotation opened before it.

    A quotation may run on across sentences and, when the next paragraph closes it
    before opening any other, across a paragraph break.
    """
    out: list[tuple[int, int, bool]] = []
    open_quote, previous_end = False, 0
    for start, end in split_sentences(text):
        if open_quote and "\n" in text[previous_end:start]:
            open_quote = _closes_first(text, start)
        out.append((start, end, open_quote))
        open_quote = ends_in_quote(text[start:end], open_quote)
        previous_end = end
    return out


def _closes_first(text: str, start: int) -> bool:
    line_end = text.find("\n", start)
    line = text[start: line_end if line_end >= 0 else len(text)]
    marks = [c for c in line if c in "“”"]
    return bool(marks) and marks[0] == "”"


def _resume_quotes(drafts: list[_Draft], text: str) -> None:
    """"“It found a willing partner,” said Tom Perez. “This was treachery.”": a sentence that
    is one quotation and nothing else, right after a sentence with a speaker in the same
    paragraph, goes on quoting that speaker (the way news resume a quotation after its
    frame).  Across a paragraph break nothing is assumed: a new paragraph may quote anyone."""
    for before, draft in pairwise(drafts):
        speaker = before.attribution.speaker
        if draft.attribution.speaker is not None or not speaker or draft.in_quote:
            continue
        if "\n" in text[before.end:draft.start]:
            continue
        sentence = text[draft.start:draft.end]
        spans = quoted_spans(sentence)
        if len(spans) != 1 or sentence[spans[0][1]:].strip(" \t.,!?\"”»") != "":
            continue
        if sentence[:spans[0][0]].strip():
            continue
        core = clean_core(draft.attribution.core) or draft.attribution.core
        draft.attribution = Attribution(speaker, core, draft.attribution.core_start)


def _share_quote_speakers(drafts: list[_Draft]) -> None:
    """Every sentence of a multi-sentence quotation gets the quotation's speaker."""
    i = 0
    while i < len(drafts):
        j = i
        while j + 1 < len(drafts) and drafts[j + 1].in_quote:
            j += 1
        if j > i:
            run = drafts[i : j + 1]
            speaker = run[0].attribution.speaker or run[-1].attribution.speaker
            for draft in run:
                if speaker and draft.attribution.speaker is None:
                    core = clean_core(draft.attribution.core) or draft.attribution.core
                    draft.attribution = Attribution(speaker, core, draft.attribution.core_start)
        i = j + 1
