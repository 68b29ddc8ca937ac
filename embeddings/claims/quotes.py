"""Quotation marks in news text: which spans are quoted, whether a quote is still open at
the end of a sentence, and trimming a claim's core of stray quotes and frame punctuation.

Copes with straight quotes, curly quotes, guillemets and the French-style ” that opens a
quotation in translated text.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“\"«"
CLOSE_QUOTES = "”\"»"


_DOUBLE_MARKS = frozenset("“”\"«»")
_OPENS_BEFORE = frozenset(" \t([{—–-/")
_CLOSES_AFTER = frozenset(" \t,.;:!?)]}—–-")
_MAX_SINGLE_QUOTE = 600


def double_single_quotes(text: str) -> str:
    """``text`` with quotations in single quotes (‘We will respond,’ / 'We will respond,')
    marked with double quotes, character for character, so offsets stay as they are.

    British and many European outlets quote in single quotes; the speaker and quote rules
    read double ones.  A single quote opens where a word starts after a space or bracket and
    closes after a word where a space or punctuation follows; an apostrophe inside a word
    (“Azerbaijan’s”, “don't”) does neither, and a closing mark with no opening one before
    it on the line (“the Joneses' house”) is left alone.  Lines that already use double
    quotes are left as they are: their single quotes are quotations within quotations."""
    out = list(text)
    line_start = 0
    for line in text.splitlines(keepends=True):
        if not _DOUBLE_MARKS.intersection(line):
            _pair_single_quotes(line, line_start, out)
        line_start += len(line)
    return "".join(out)


def _pair_single_quotes(line: str, base: int, out: list[str]) -> None:
    open_at: int | None = None
    for i, char in enumerate(line):
        if char not in "‘’'":
            continue
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < len(line) else " "
        # not "'90s": a decade's apostrophe stands before a digit
        opens = char == "‘" or (char == "'" and prev in _OPENS_BEFORE and nxt.isalpha())
        closes = char in "’'" and not prev.isspace() and (nxt in _CLOSES_AFTER or nxt in "\r\n")
        if open_at is None and opens and (char == "‘" or prev in _OPENS_BEFORE):
            open_at = i
        elif open_at is not None and closes and i - open_at <= _MAX_SINGLE_QUOTE:
            out[base + open_at], out[base + i] = "“", "”"
            open_at = None


def join_quotes(first: str, second: str) -> str:
    """"“A,” … “B.”" -> "“A B.”": one quotation interrupted by its attribution."""
    return first.rstrip(" ,”\"") + " " + second.lstrip(" ,“\"")


def ends_with_quote(text: str) -> bool:
    return bool(re.search(r"[”\"][\s,]*$", text))


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def quoted_spans(text: str, opens_in_quote: bool = False) -> list[tuple[int, int]]:
    """Spans of quoted text.  Copes with straight quotes and the stray French-style ” that
    opens a quote in translated text (” a military involvement ... ”)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = 0 if opens_in_quote else None
    for mark in _QUOTE_MARK.finditer(text):
        i, char = mark.start(), mark.group()
        if open_at is None:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if char == "\"" and prev in ",.?!" and nxt[:1].isspace() and not spans:
                # 'A sentence begun in a quotation an earlier one opened," X said.': a
                # straight mark after the claim's last stop closes it, and opens nothing
                spans.append((0, i + 1))
            elif char in "“\"«" or (char == "”" and prev.isspace() and nxt[:1].isspace()):
                open_at = i
        else:
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def ends_in_quote(text: str, opens_in_quote: bool = False) -> bool:
    """Whether a quotation is still open at the end of ``text``."""
    spans = quoted_spans(text, opens_in_quote)
    if not spans:
        return False
    last_start, last_end = spans[-1]
    closed = text[last_end - 1] in CLOSE_QUOTES + "“" and last_end - 1 != last_start
    return last_end == len(text) and not closed


_QUOTE_MARK = re.compile(r"[“”\"«»]")
_EDGE_PUNCTUATION = " \t\xa0,;:—–-"
_LONE_QUOTE_AT_START = re.compile(r"^[“\"«]\s*")
_LONE_QUOTE_AT_END = re.compile(r"\s*[”\"»]\s*([.!?]?)$")


def clean_core(core: str) -> str:
    """Trim a core: stray frame punctuation, enclosing quotes, the comma before “."""
    text = core.strip(_EDGE_PUNCTUATION)
    text = re.sub(r",\s*([”\"])\s*$", r"\1", text)  # "… integrity,”" -> "… integrity”"
    quotes = sum(text.count(q) for q in "“”\"«»")
    if quotes == 2 and text[:1] in OPEN_QUOTES and text.rstrip(".")[-1:] in CLOSE_QUOTES:
        text = text[1:].rstrip(".")[:-1].rstrip(",")
    elif quotes == 1:  # the other half of the quotation lies in another sentence
        text = _LONE_QUOTE_AT_END.sub(lambda m: m.group(1), _LONE_QUOTE_AT_START.sub("", text))
    return text.strip(_EDGE_PUNCTUATION)
