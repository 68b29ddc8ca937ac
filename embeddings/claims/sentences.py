"""Sentence spans for news text.

News pages are not clean prose: headings and captions without final punctuation,
abbreviations ("U.S.", "Sept.", "Gen."), initials, decimals, quotes that close after
the full stop, scraped text with a missing space after a full stop, tweet embeds.
Every newline-separated line is its own unit (a heading never runs into the next
paragraph); inside a line a full stop ends a sentence only when what follows looks
like the start of a new one.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

# A sentence-ending mark, the closing quotes/brackets that belong to it, then whitespace.
_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s)")
# "end.The" (scraped text lost the space): lowercase word, full stop, capitalised word.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# the same after a closing quotation mark: 'results were "preliminary."She added'
_GLUED_QUOTE = re.compile(r"(?<=[a-z]{2}[.!?])[\"”’](?=[A-Z][a-z])")
# Tweet embeds glued onto the sentence before them are a unit of their own.
_EMBED = re.compile(r"\s*\bpic\.twitter\.com/\S*")
# A link a page appends to text copied from it, glued onto the line it follows ("Dog
# abandoned at rail station Read more: http://www.ctvnews.ca/...", "... Read more at
# Jacksonville.com: http:..."): a unit of its own, which furniture.py's call to action drops,
# not the end of the headline or sentence before it.  Capitalised and followed by a colon
# (or "at SITE:"), as the copy scripts write it: "read more about it" in prose is no link.
_READ_MORE = re.compile(r"(?<=\S)\s+Read more(?:\s+at\b[^:\n]{0,60})?\s*:")
# A run of three or more spaces (or tabs) inside a line, then a capital: scraped text that
# joined a headline, subheading or caption to the next line ("Caravan reaches U.S. border
#   Members of the caravan at the wall on Sunday."); no sentence has such a gap inside it
_GAP = re.compile(r"[ \t]{3,}(?=[\"“‘(]?[A-Z0-9])")
_LINE = re.compile(r"[^\r\n]+")
_BULLET = re.compile(r"[-•*–—·▪►]\s+")
_WORD_BEFORE = re.compile(r"([\w.’'-]+)[.!?…]*$")
_NEXT_WORD = re.compile(r"\s*[\"“‘'(«]*([\w’'-]+)")

# Abbreviations that are (almost) never the end of a sentence in news text.
_ABBREVIATIONS = _words(
    """mr mrs ms dr gen sen rep reps gov lt col sgt capt cmdr cdr cpl adm maj prof rev st jr sr
    no nos vs fig vol pp approx est dept univ sept sep oct nov dec jan feb mar apr jun
    jul aug mt ft ave blvd inc corp ltd co cf e.g i.e""")
# After "U.S." / "p.m." a capitalised word usually continues the sentence ("U.S. officials")
# unless it is one of these typical sentence openers.
_OPENERS = _words(
    """the this that these those it its he she they we i you but and yet so in on at a an
    however meanwhile moreover still there here as after before during when while if
    although though since his her their our my some many most both another one""")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of ``text``, whitespace stripped."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        bullet = _BULLET.match(text, start, line.end())
        if bullet and line.end() - bullet.end() > 0:
            start = bullet.end()
        for cut_start, cut_end in _cut_line(line.group(), line.start(), start - line.start()):
            span = _strip(text, cut_start, cut_end)
            if span is not None:
                spans.extend(_bounded(text, *span))
    return spans


# No news sentence is this long (the longest of the ~9,700 sentences of the evaluation data
# has 605 characters): text with no full stops (an automatic transcript, a scraped list) is
# cut into pieces of at most this much, at a clause mark or a space, so that reading who
# speaks in it (which looks back over the sentence from each reporting verb) stays linear
# in the article's length instead of taking minutes on one 200,000-character "sentence".
MAX_SENTENCE_CHARS = 1000
_PIECE_MARKS = re.compile(r"[;:,]\s|\s[—–-]\s")


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start:start + MAX_SENTENCE_CHARS]
        marks = [m.end() for m in _PIECE_MARKS.finditer(window, MAX_SENTENCE_CHARS // 2)]
        cut = marks[-1] if marks else window.rfind(" ", MAX_SENTENCE_CHARS // 2) + 1
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS  # one unbroken run of letters: cut anywhere
        piece = _strip(text, start, start + cut)
        if piece is not None:
            pieces.append(piece)
        start += cut
    rest = _strip(text, start, end)
    return [*pieces, rest] if rest is not None else pieces


def _cut_line(line: str, base: int, skip: int) -> list[tuple[int, int]]:
    cuts = [_after_spaced_quote(line, m.end()) for m in _END.finditer(line)
            if _is_boundary(line, m.start(), m.end())]
    cuts += [m.start() for m in _GLUED.finditer(line)]
    cuts += [m.end() for m in _GLUED_QUOTE.finditer(line)
             if m.group() != '"' or line.count('"', 0, m.start()) % 2 == 1]  # it closes one
    cuts += [m.start() for m in _EMBED.finditer(line)]
    cuts += [m.start() for m in _READ_MORE.finditer(line)]
    cuts += [m.start() for m in _GAP.finditer(line) if line[:m.start()].strip()]
    cuts = sorted({c for c in cuts if skip < c < len(line)})
    bounds = [skip, *cuts, len(line)]
    return [(base + a, base + b) for a, b in pairwise(bounds)]


# a quotation mark standing alone after the full stop (tokenised text: 'the Zone. " A
# South Korean official'): it closes the sentence's quote when one is open
_SPACED_QUOTE = re.compile(r"\s+([\"”])(?=\s|$)")


def _after_spaced_quote(line: str, cut: int) -> int:
    quote = _SPACED_QUOTE.match(line, cut)
    if quote is None:
        return cut
    if quote.group(1) == "”" or line.count('"', 0, cut) % 2 == 1:
        return quote.end()
    return cut  # 'Mr. Trump said. " They do respect us.': it opens the next quote


def _is_boundary(line: str, mark_start: int, mark_end: int) -> bool:
    after = mark_end
    closing = _SPACED_QUOTE.match(line, mark_end)
    if closing is not None and _after_spaced_quote(line, mark_end) == closing.end():
        after = closing.end()  # 'No wall! " as they marched': read past the closing quote
    following = _NEXT_WORD.match(line, after)
    if following is None:
        return True
    rest = line[after:].lstrip()
    if line[mark_start] in "!?" and (after > mark_end or line[mark_end - 1] in "\"”’»") \
            and _FRAME_AFTER.match(rest):
        return False  # '"We will win!" Trump said in a tweet.': the quote's own frame
    if line[mark_start] in "!?" and rest[:1] in "\"”’'" \
            and _SAID_FIRST.match(rest.lstrip("\"”’' ")):
        return False  # '"Who was it? \' " said Amos Yadlin': quotes nested and spaced
    if rest[:1] in (",", ";", ":"):
        return False  # "attacked.”, Without"
    if rest[:1].islower() and not _lost_text(line, mark_start, mark_end, following.group(1)):
        return False  # "internationalization. of": a stray full stop inside a phrase
    opened = line.rfind("“", 0, mark_start)
    still_open = opened > line.rfind("”", 0, mark_start) and "”" not in line[mark_start:after]
    if still_open and len(line[opened:mark_start].split()) < 4:
        return False  # “Masks off! There is no place …” is one quotation
    if line[mark_start] == "?" and _ANSWER.match(rest):
        return False  # "NHL expansion ahead? No, says Bettman": no answer without its question
    if line[mark_start] != ".":
        return True
    before = _WORD_BEFORE.search(line, 0, mark_start + 1)
    word = before.group(1).rstrip(".").lower() if before else ""
    if word in _ABBREVIATIONS and not (word in ("no", "nos")
                                       and not following.group(1)[:1].isdigit()):
        return False  # ("No. 10", "no. 3": a number; "Several diplomats say no. Talks ...": no)
    unit = before is not None and line[before.start(1) - 1:before.start(1)] == "/"
    if len(word) == 1 and word.isalpha() and not unit \
            and not _DEGREES.search(line, 0, mark_start):
        return False  # an initial: "J. Smith" (not "40°C.", "104 F." or "225 km/h.")
    if "." in word:  # "U.S.", "p.m." end a sentence only before a typical opener
        return following.group(1).lower() in _OPENERS
    return True


# a bare frame after a quotation that closed on "!" or "?": a name (or a reporting verb
# first, "asked Jane Roe, a senator") and at most where or how it was said, then the full
# stop: "Trump said in a tweet.", "Senator Jane Roe asked on Twitter."  Not "Trump said the
# plan would fail." (a claim of its own, which a clause after the verb makes)
_SAID = (r"(?:said|says|asked|asks|tweeted|wrote|writes|added|adds|told|tells|posted"
         r"|declared|replied|insisted|shouted|exclaimed|continued|explained|noted|warned)")
_FRAME_AFTER = re.compile(
    rf"^(?:(?:[A-Z][\w.’'-]*\s+){{1,4}}{_SAID}|{_SAID}\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"(?:,[^.!?\"“”;]{0,80})?)"
    r"(?:\s+(?:(?:in|on|at|to|via|during|after|before|late|early|last|this|from)\s+"
    r"[^.!?\"“”;,]{1,40}?|[A-Z][\w.’'-]*|reporters|journalists))*\s*(?:[.!](?=\s|$)|$)")
_SAID_FIRST = re.compile(rf"{_SAID}\s+[A-Z]")
_DEGREES = re.compile(r"\d\s?°?\s?[CF]$")
# a bare yes or no ("No, says ...", "Yes."), not "No one knows"
_ANSWER = re.compile(r"(?:No|Yes|Nope)(?=\s*[,.!:;—–-])")


# words that carry a phrase on: after a stray full stop, the sentence goes on
_CONTINUES = _words("""of the a an and or but nor to in on at for with by from as than that
    which who whom whose where when while if so into onto about over under after before
    between during against without within through per via its their his her our this
    these those such is are was were be been has have had will would can could may
    might must should do does did not""")


def _lost_text(line: str, mark_start: int, mark_end: int, next_word: str) -> bool:
    """"... without risking harm. trigger the military assistance mechanism ...": a plain
    word, a full stop, and a lower-case word that opens no phrase of the sentence before:
    text went missing between them (a scrape or a translation), and they are two units."""
    if line[mark_start:mark_end].strip() != "." or next_word.lower() in _CONTINUES:
        return False
    before = _WORD_BEFORE.search(line, 0, mark_start + 1)
    word = before.group(1).rstrip(".") if before else ""
    return len(word) >= 3 and word.isalpha() and word.islower() \
        and word not in _ABBREVIATIONS and word != "etc" and next_word.isalpha() \
        and next_word.islower()


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return (start, end) if end > start else None


def _blank(ch: str) -> bool:
    """Whitespace, or a character that is only formatting and shows nothing: a byte-order
    mark (U+FEFF) that a text pasted or joined from files carries in front, a zero-width
    space, a direction mark of right-to-left text.  A claim neither opens nor ends on one:
    it would be part of the claim's text, its core and what the model reads."""
    return ch.isspace() or (ch > "\x7f" and unicodedata.category(ch) == "Cf")
