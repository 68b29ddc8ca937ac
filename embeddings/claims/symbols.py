"""Characters that are no word of a sentence, read as blank space: emoji, invisible
formatting, control characters.

"Fans 😡 said the decision was made without them" and "the club 👍 said on Monday" lost
their speakers, since a frame reads a name next to its verb; a zero-width space or a
direction mark inside a line ("Critics\u2069 said") did the same, and a terminal's colour code
("\x1b[31m") glued two sentences into one.  The extractor reads the text with each such
character as a no-break space (one character for one, so every offset still points into
the text as it was sent; the claim's text is cut from that text, emoji and all).

Not blanked: symbols that are part of what a sentence says ("40°C", "£12m", "©"), the soft
hyphen (inside a word), and the zero-width joiners that Persian and Indic scripts spell
words with.
"""

from __future__ import annotations

import re

# pictographs, dingbats and the marks that dress them (variation selector 16, skin tones
# are in the first range), the invisible format characters (zero-width space, direction
# marks and embeddings, word joiner, byte-order mark), and control characters but tab and
# line breaks
_BLANKED = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F"
    "\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF"
    "\x00-\x08\x0E-\x1F\x7F]")


def blank_symbols(text: str) -> str:
    """``text`` with its emoji, formatting and control characters as no-break spaces, of
    the same length (``text`` itself where it holds none)."""
    if _BLANKED.search(text) is None:
        return text
    return _BLANKED.sub("\u00a0", text)
