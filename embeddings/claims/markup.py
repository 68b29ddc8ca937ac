"""HTML markup inside an article's text, read as the blank space it shows as.

A JSON feed or a CMS export often gives an article's body as HTML ("<p>A storm struck the
coast on Sunday, the utility said.</p><p>Officials said <b>three</b> were missing.</p>").
Read as text, its paragraphs ran into one sentence ("said.</p><p>The": no space after the
full stop), the tags were words of the claim's core, and a paragraph that opened on a tag
was lost.  The extractor reads the text with each tag blanked instead: a tag that breaks a
paragraph or a line (``</p>``, ``<br>``, ``<li>``) as a line break, any other tag as spaces,
and what a script or a style holds as spaces too.  The blanked text has the same length as
the article's, so every offset still points into the text as it was sent, and a claim's
text is cut from it as it is (its inline tags with it).

Only HTML's own element names are read as tags ("<p>", "</div>", "<a href=...>"): "a<b and
c>d" or "<Reuters>" in running text is left alone.  A character reference for a quotation
mark, an ampersand or a space ("&quot;", "&amp;", "&nbsp;") is read as its character followed
by spaces, so a quotation still has its marks; the others ("&rsquo;" inside "Trump&rsquo;s")
are left as they are: spelt out they would change the text's length.
"""

from __future__ import annotations

import re

# elements that begin a new line where a browser shows them
_BLOCK = ("p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|section|article|header|footer|nav"
          "|aside|main|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|caption|pre|title"
          "|html|head|body|form|address|details|summary")
_INLINE = ("a|abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|img|ins|kbd|label|mark|meta"
           "|link|picture|source|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var"
           "|wbr|video|audio|button|input|select|option|center|noscript")
# an element's tag: its name then a space, "/" or ">" (attributes quoted or not, no "<" or
# ">" inside them, as a browser reads them)
_TAG = re.compile(rf"</?(?:(?P<block>{_BLOCK})|{_INLINE})(?=[\s/>])(?:\s[^<>]*)?/?>",
                  re.IGNORECASE)
# what no reader sees: comments, and the code and styles of scripts, styles and frames
_HIDDEN = re.compile(r"<!--.*?(?:-->|$)|<(script|style|iframe|template)\b[^>]*>.*?(?:</\1\s*>|$)",
                     re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(rf"</?(?:{_BLOCK}|{_INLINE})[\s/>]|<!--|<(?:script|style)\b", re.IGNORECASE)


_REFERENCES = {"&quot;": '"', "&#34;": '"', "&ldquo;": "“", "&rdquo;": "”", "&#8220;": "“",
               "&#8221;": "”", "&amp;": "&", "&#38;": "&", "&nbsp;": " ", "&#160;": " "}
_REFERENCE = re.compile("|".join(map(re.escape, _REFERENCES)), re.IGNORECASE)


def has_markup(text: str) -> bool:
    return _ANY_TAG.search(text) is not None


def blank_markup(text: str) -> str:
    """``text`` with its HTML tags blanked, of the same length (``text`` itself where it
    holds none)."""
    if not has_markup(text):
        return text
    chars = list(text)
    for match in _HIDDEN.finditer(text):
        _blank(chars, match.start(), match.end(), line=True)
    blanked = "".join(chars)
    for match in _TAG.finditer(blanked):
        _blank(chars, match.start(), match.end(), line=match.group("block") is not None)
    for match in _REFERENCE.finditer(blanked):
        start, end = match.span()
        _blank(chars, start, end, line=False)
        # the mark where it touches its word: '&quot;We' opens a quotation ("     \"We"),
        # 'working,&quot; the' closes one ('working,"     the')
        opens = end < len(text) and not text[end].isspace() and (
            start == 0 or text[start - 1].isspace() or text[start - 1] in ">(")
        chars[end - 1 if opens else start] = _REFERENCES[match.group().lower()]
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int, line: bool) -> None:
    """Blanks over ``start:end`` (its line breaks kept), opening on a line break where the
    element breaks the line.  Inside a line they are no-break spaces, which read as spaces
    but make no run of ordinary ones: a run of three or more spaces is where a scraper
    joined a headline to its text (sentences.py, ``_GAP``), and "said <b>Three</b> people"
    is one sentence."""
    fill = " " if line else "\u00a0"
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = fill
    if line and end > start:
        chars[start] = "\n"


def reference_start(text: str, at: int) -> int:
    """Where the character reference that ``at`` falls inside begins, else ``at``: a claim
    that opens on a quotation spelt "&quot;" opens on the "&", not on the ";" where the
    blanked text put the mark."""
    window = text.rfind("&", max(0, at - 7), at)
    if window >= 0 and (match := _REFERENCE.match(text, window)) and match.end() > at:
        return window
    return at
