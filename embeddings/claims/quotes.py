"""Quotation marks in news text: which spans are quoted, whether a quote is still open at
the end of a sentence, and trimming a claim's core of stray quotes and frame punctuation.

Copes with straight quotes, curly quotes, guillemets and the French-style ” that opens a
quotation in translated text.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“\"«"
CLOSE_QUOTES = "”\"»"


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
            if char in "“\"«" or (char == "”" and prev.isspace() and nxt[:1].isspace()):
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
