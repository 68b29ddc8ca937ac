"""Articles in: JSONL, JSON (one or a list), plain text and HTML files, and directories.

Each reader yields ``Article`` objects or raises ``InvalidInput`` with a message
that names the file (and line) so a person can fix it.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from embeddings.types import Article, article_id_for
from service.errors import InvalidInput
from service.published import BadPublished, normalise_published, shown

SUFFIXES = (".jsonl", ".json", ".txt", ".html", ".htm")
FIELDS = ("id", "source", "title", "url", "published", "author", "text")
TOO_DEEP = "invalid JSON (nested too deeply)"
ID_BYTES, SOURCE_CHARS = 2048, 256  # the store's columns for them
# an id is often the article's URL ("https://apnews.com/article/..."): "/", "?" and "#" are
# welcome, as every link to an article quotes its id whole ("%2F"), and the routes take a
# path.  A control character (a newline) is no name, and "." or ".." alone is a step a
# client's URL library removes from the path before it is sent.  The length is counted in
# UTF-8 bytes: 2,048 fits the URLs newsrooms use, and stays under what a PostgreSQL
# B-tree (the primary key's index) takes in one entry, about 2,700 bytes.
_ID_REFUSED = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Unreadable(InvalidInput):
    """A file the system would not give us (permissions, a folder gone): no fault of its
    content, named on a line of its own by ``crossclaim ingest``."""


def is_blank(value: str) -> bool:
    """Nothing but whitespace, or byte-order marks (U+FEFF): a BOM is no text, and the API's
    schema (a JSON Schema ``\\S``) counts it as blank too."""
    return not value.replace("\ufeff", "").strip()


def article_from_mapping(data: Mapping[str, Any], default_source: str | None = None,
                         where: str = "input") -> Article:
    """Validate one record (the JSONL/JSON/API shape) into an Article."""
    if not isinstance(data, Mapping):
        raise InvalidInput(f"{where}: expected a JSON object, got {json_type(data)}")
    unknown = set(data) - set(FIELDS)
    if unknown:
        # a name with a space or a line break in it is quoted, so the line says where it ends
        names = (k if k.isprintable() and not any(c.isspace() for c in k) else repr(k)
                 for k in sorted(map(str, unknown)))
        raise InvalidInput(f"{where}: unknown field(s) {', '.join(names)}")
    text = data.get("text")
    source = data.get("source") or default_source
    if not isinstance(text, str) or is_blank(text):
        raise InvalidInput(f"{where}: 'text' is missing or empty")
    if not isinstance(source, str) or is_blank(source):
        raise InvalidInput(f"{where}: 'source' is missing (name the outlet)")
    if is_html_page(text):
        raise InvalidInput(f"{where}: 'text' is a web page's HTML, not its text: send the "
                           "article's text, or save the page as an .html file for "
                           "`crossclaim ingest`, which finds the article in it")
    for name in ("id", "title", "url", "published", "author"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise InvalidInput(f"{where}: '{name}' must be a string")
    for name in FIELDS:
        if isinstance(data.get(name), str):
            check_unicode(data[name], f"{where}: '{name}'")
    published = data.get("published")
    try:
        published = normalise_published(published) if published is not None else None
    except BadPublished as exc:
        raise InvalidInput(f"{where}: 'published' {exc}") from None
    source = source.strip()
    article_id = (data.get("id") or "").strip() or article_id_for(source, text)
    # the store's columns (service/store/schema.py): PostgreSQL refuses a longer value, deep
    # in an ingest, where SQLite stores it; one article must not be good on one store only
    if len(source) > SOURCE_CHARS:
        raise InvalidInput(f"{where}: 'source' has {len(source)} characters; at most "
                           f"{SOURCE_CHARS}")
    check_id(article_id, where)
    return Article(
        id=article_id, source=source, text=text, title=data.get("title"), url=data.get("url"),
        published=published, author=data.get("author"))


# what a saved web page opens with: a doctype, or the html/head/body element ("<html
# lang=\"en\">"); an article's text, which may quote a tag, does not open with one
_HTML_PAGE = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def is_html_page(text: str) -> bool:
    """The text is a web page's markup (read whole, every claim would be tags and scripts:
    "<html><head><script>var a=1; ..."), not an article's text."""
    return _HTML_PAGE.match(text.lstrip("\ufeff \t\r\n")) is not None


def check_id(article_id: str, where: str) -> None:
    """Refuse an id no store or URL can hold (see ``_ID_REFUSED``), naming why."""
    size = len(article_id.encode("utf-8", "surrogatepass"))
    if size > ID_BYTES:
        chars = len(article_id)
        what = (f"{chars} characters" if size == chars
                else f"{chars} characters ({size} bytes in UTF-8)")
        raise InvalidInput(f"{where}: 'id' has {what}; at most {ID_BYTES} bytes")
    bad = _ID_REFUSED.search(article_id)
    if bad or article_id in (".", ".."):
        what = f"a control character ({bad.group()!r})" if bad else "nothing but a path step"
        raise InvalidInput(f"{where}: 'id' {shown(article_id)} holds {what}: an article is "
                           "read and deleted by its id (/v1/articles/ID), which must be a name")


def json_type(value: Any) -> str:
    """What a JSON reader calls the value ("null", "array"), not Python's "NoneType"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else type(value).__name__


def check_unicode(value: str, what: str) -> None:
    """JSON may spell half of a UTF-16 pair alone ("\\ud800"), which no UTF-8 text can hold:
    the store, the hash of the text and the tokenizer all fail on it, deep inside.  Refused
    here, naming where it is.

    So is a NUL character (U+0000).  SQLite would store it but PostgreSQL refuses it in any
    text (a failed ingest, a 500), and the same article must not be good on one store and bad
    on the other.  It is refused rather than removed: no article text holds one, it is the
    mark of a file decoded wrongly (UTF-16 read byte by byte is half NULs), so the words
    around it are suspect too; and silently changing the text would move every offset the
    user checks against their copy."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInput(f"{what} is not valid Unicode: a lone surrogate "
                           f"(U+{ord(value[exc.start]):04X}) at character {exc.start}") from None
    at = value.find("\x00")
    if at >= 0:
        raise InvalidInput(f"{what} is not valid text: a NUL character (U+0000) at character "
                           f"{at}; no database can store it (was the file saved as UTF-16?)")


def read_file(path: Path, source: str | None = None,
              errors: list[str] | None = None) -> Iterator[Article]:
    """Articles from one file.

    A bad record raises InvalidInput naming file and line; with an ``errors`` list, bad
    records of a JSONL/JSON file are noted there and skipped, so the rest still goes in.
    """
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"{path}: cannot read ({exc.strerror})") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _utf16_text(raw):
            # what Windows editors and PowerShell save by default: name it, so the fix is plain
            raise InvalidInput(f"{path}: UTF-16 text, not UTF-8: save it as UTF-8") from None
        raise InvalidInput(f"{path}: not UTF-8 text (byte {exc.start})") from None
    if suffix == ".jsonl":
        records = [(f"{path}:{n}", line) for n, line in enumerate(content.splitlines(), 1)
                   if line.strip()]
        yield from _records(records, source, errors, parsed=False)
    elif suffix == ".json":
        if not content.strip():  # as for .txt: not "Expecting value at column 1"
            raise InvalidInput(f"{path}: the file is empty")
        data = _json(content, str(path))
        # parsed already: a string item is a string ("[\"{...}\"]"), not JSON text to parse;
        # one value is named by its file, the items of a list by their index
        items = ([(f"{path}[{n}]", item) for n, item in enumerate(data)]
                 if isinstance(data, list) else [(str(path), data)])
        yield from _records(items, source, errors, parsed=True)
    elif suffix in (".html", ".htm"):
        yield html_article(content, source, str(path), fallback_source=path.stem)
    elif suffix == ".txt":
        if not content.strip():
            raise InvalidInput(f"{path}: the file is empty")
        yield article_from_mapping({"text": content}, source or path.stem, str(path))
    else:
        raise InvalidInput(f"{path}: unsupported file type {suffix or '(none)'}; "
                           f"use one of {', '.join(SUFFIXES)}")


def _utf16_text(raw: bytes) -> bool:
    """Text saved as UTF-16 with its byte-order mark.  Binary data may begin with the same
    two bytes (FF FE): only what reads as UTF-16 and as text throughout is called UTF-16."""
    if not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch.isspace() for ch in text)


def _records(records: list[tuple[str, Any]], source: str | None,
             errors: list[str] | None, parsed: bool) -> Iterator[Article]:
    """Validate records (lines of JSON text, or values ``parsed`` already), noting or raising
    bad ones."""
    for where, record in records:
        try:
            data = record if parsed else _json(record, where)
            yield article_from_mapping(data, source, where)
        except InvalidInput as exc:
            if errors is None:
                raise
            errors.append(exc.message)


_AT_LINE = re.compile(r"^(?P<file>.*):(?P<line>\d+): (?P<why>.*)$", re.DOTALL)
SHOWN_REJECTIONS = 3  # kinds of rejection named in one line; the rest are counted


def rejections_line(messages: list[str]) -> str:
    """The rejections of an ingest as one readable line: a file whose 61 lines lack the
    same field is one rejection with its line numbers ("a.jsonl lines 1-61: ..."), not 61."""
    groups: dict[tuple[str, str], list[int]] = {}
    for message in messages:
        m = _AT_LINE.match(message)
        key = (m.group("file"), m.group("why")) if m else (message, "")
        groups.setdefault(key, []).extend([int(m.group("line"))] if m else [])
    parts = []
    for (where, why), lines in list(groups.items())[:SHOWN_REJECTIONS]:
        if not lines:
            parts.append(where)
        elif len(lines) == 1:
            parts.append(f"{where}:{lines[0]}: {why}")
        else:
            parts.append(f"{where} lines {_ranges(lines)}: {why}")
    more = len(groups) - SHOWN_REJECTIONS
    return "; ".join(parts) + (f"; and {more} other kind(s) of error" if more > 0 else "")


def _ranges(numbers: list[int]) -> str:
    """"1-3, 7" for [1, 2, 3, 7]."""
    out: list[str] = []
    for n in sorted(set(numbers)):
        if out and int(out[-1].split("-")[-1]) == n - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


def html_article(html: str, source: str | None, where: str = "html",
                 fallback_source: str = "web") -> Article:
    """Main text of a web page, extracted by trafilatura (boilerplate and menus removed)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    # a page of menus alone still gives the extractor a word or two ("Home")
    from embeddings.claims import is_furniture

    if not text or all(is_furniture(line) for line in text.splitlines() if line.strip()):
        raise InvalidInput(f"{where}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta else None
    published = meta.date if meta and meta.date else None
    try:  # the page's own date, not the user's input: one the reader cannot use is left out
        published = normalise_published(published) if published else None
    except BadPublished:
        published = None
    author = meta.author if meta else None
    url = meta.url if meta else None
    # an explicit --source wins over the page's own site name, which wins over the file name
    site = meta.sitename if meta and meta.sitename else None
    return article_from_mapping({"text": text, "title": title, "published": published,
                                 "author": author, "url": url,
                                 "source": source or site or fallback_source}, None, where)


def json_problem(exc: json.JSONDecodeError) -> str:
    """What the JSON reader found wrong, without the "at" some of its messages end on
    ("Unterminated string starting at"), to which the caller adds where: one "at", not two."""
    return exc.msg.removesuffix(" at")


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        # a .json file spans lines: the line too (a JSONL line is named in ``where``)
        at = (f"line {exc.lineno} column {exc.colno}" if "\n" in text.strip()
              else f"column {exc.colno}")
        raise InvalidInput(f"{where}: invalid JSON ({json_problem(exc)} at {at})") from None
    except RecursionError:  # "[[[[..." thousands deep: no article is shaped like that
        raise InvalidInput(f"{where}: {TOO_DEEP}") from None
