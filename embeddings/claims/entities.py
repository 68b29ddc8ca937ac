"""Rule-based named entities: capitalised runs, acronyms, titles and possessives.

No model is available at run time, so names are found the way a reader skims:
runs of capitalised words ("Ilham Aliyev", "Nagorno-Karabakh"), joined across
"of"/"de" and, inside organisation names, across "for"/"and"/"in"
("Organization for Security and Cooperation in Europe").  Titles are cut off so
"French Foreign Minister Catherine Colonna" gives the person "Catherine Colonna"
(and "French"); possessives are split ("Armenia’s" -> "Armenia").
"""

from __future__ import annotations

import re

from embeddings.claims.caps_names import caps_entities
from embeddings.claims.headline_people import headline_case, holder_words, surname_month
from embeddings.claims.joined_names import (
    indexes_joined,
    joined_across_and,
    portfolios_joined,
)
from embeddings.claims.name_bounds import (
    CLAUSE_OPENERS,
    SPACE,
    body_ahead,
    opens_clause,
    person_after_abbreviation,
)
from embeddings.claims.name_forms import drop_openers, names_in, numbered_run, person_name
from embeddings.claims.name_words import (
    _ACRONYM,
    _JOINERS_ANYWHERE,
    _MONTHS_DAYS,
    _NUMBER_WORD,
    _STARTERS,
    _UPPER,
    NEWSROOM_LABELS,
    ORG_WORDS,
    PLACE_ACRONYMS,
    ROLE_QUALIFIERS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    _words,
    all_caps,
    contraction,
    is_title,
    known_name,
    title_at,
)
from embeddings.claims.places import CITIES, PLACES, is_demonym, towns_of_regions
from embeddings.types import Entity

# what other modules import from here (the word lists now defined in ``name_words``)
__all__ = ["ORG_WORDS", "PLACES", "PLACE_ACRONYMS", "RUN", "TITLE_WORDS", "drop_openers",
           "find_entities", "is_demonym", "is_title", "known_name", "names_in", "person_name"]

_TOKEN = (
    rf"(?:[{_UPPER}]\.){{2,}}"  # U.S., U.N.
    # a name's lower-case particle joined to it: "al-Assad", "el-Sisi", "d'Ivoire"
    rf"|(?:al|el|ad|as|ash|ar|an|at|ibn|bin)-[{_UPPER}][\w’'-]*\w|[dl]['’][{_UPPER}][\w’'-]*\w"
    # a surname that opens with its particle: "von Moltke said", "de Gaulle", "van der Zwaan"
    rf"|(?<![\w’'-])(?:(?:von|de|di|da|du)(?:{SPACE}(?:der|den|la))?|van{SPACE}(?:der|den)){SPACE}"
    rf"[{_UPPER}][\w’'-]*\w"
    rf"|(?:{'|'.join(TITLE_ABBREVIATIONS)})\.(?=\s)"
    # initials joined by "&" are one name: "S&P", "AT&T", "P&G", "M&S"
    rf"|[{_UPPER}]{{1,3}}&[{_UPPER}]{{1,3}}(?![\w&])"
    # a brand's name opening in lower case: "eBay", "iPhone" (not "Bay" of it)
    rf"|(?<![\w’'-])[a-z][{_UPPER}][a-z]{{2,}}(?:[’']s)?(?![\w’'-])"
    # (not a unit's letter run into its figure: "$425M", "5G", "10M units")
    rf"|(?<![\da-z])[{_UPPER}][\w’'-]*\w[’']?|[{_UPPER}]\.(?={SPACE}[{_UPPER}])"
    rf"|(?<!\d)[{_UPPER}](?![\w’'.])"
)
_CONNECTOR = r"(?:of the|of|de|du|des|del|da|la|le|al|bin|ibn|von|van|der|for|and|in|on|&)"
# two connectors in a row: "Ursula von der Leyen", "Charles de la Tour"
# (its words one space apart: a name goes on across no line break: ``SPACE``)
RUN = re.compile(rf"(?:{_TOKEN})(?:(?:{SPACE}{_CONNECTOR}){{0,2}}{SPACE}(?:{_TOKEN}))*")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([\w’'-]+)")
# "Russian-led", "US-made", "Trump-era": a word that makes the name an adjective ("Moon
# Jae-in", "Kim Yo-jong" keep their given names whole)
_LOWER_SUFFIX = re.compile(r"-(?:[a-z]+(?:ed|ing|en)|born|run|made|style|era|wide|held|like"
                           r"|type|class|level|friendly|free|only|specific|bound|area)(?:-[a-z]+)*$")
# a name's lower-case particle joined to it: "al-Assad", "el-Sisi", "d'Ivoire"
_PARTICLE_NAME = re.compile(rf"(?:al|el|ad|as|ash|ar|an|at|ibn|bin)-[{_UPPER}]|[dl]['’][{_UPPER}]"
                            rf"|[a-z][{_UPPER}][a-z]{{2}}")  # ("eBay": a brand's name)
_PLACE_PREPOSITIONS = _words(
    "in to from near at into across inside outside towards toward via through"
)
# a war's verbs whose object is the town fought over ("had entered Vovchansk", "shelled
# Kherson"); not "captured" nor "seized", said of persons, ships and assets as often
_WAR_VERBS = _words("entered shelled retook recaptured besieged encircled bombarded occupied")
_SAID = _words("said says told stated added noted argued claimed insisted wrote")
# words after which a name is no subject of "said", and so no person for saying it
_NOT_BEFORE_A_PERSON = _PLACE_PREPOSITIONS | _words("the a an on of by for with about")
# "according to Sea Aid", "thanks to Interpol": "to" names no destination
_NOT_PLACE_TO = re.compile(r"\b(?:according|thanks|due|owing|compared|similar|linked|sold)\W*$",
                           re.IGNORECASE)
# "15 kilometres south of Karsan", "the port of Valmar", "the outskirts of Calamo": "of" names
# a place after a bearing or a kind of place ("Minister of Defence", "Bank of England" not)
_PLACE_OF = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?|east|west|outskirts|city|town|village|port"
    r"|province|region|district|county|suburbs?|island)\s+of\s+$", re.IGNORECASE)


def find_entities(sentence: str, offset: int = 0) -> list[Entity]:
    """Named entities of ``sentence``; offsets are ``offset`` + position in the sentence."""
    entities: list[Entity] = []
    if all_caps(sentence):  # "SHARES TO FALL, GOVERNMENT SAYS": only what is a name in any case
        return caps_entities(sentence, offset)  # (the frames read its credit as one)
    for run in RUN.finditer(sentence):
        if run.group() in NEWSROOM_LABELS and not sentence[:run.start()].strip():
            continue  # "NEW: ...", "BREAKING: ...": the page's label, no name
        if _CORPORATE_SUFFIX.fullmatch(run.group()) and entities \
                and _COMMA_BETWEEN.fullmatch(sentence[entities[-1].end - offset:run.start()]):
            # "Acme Robotics, Inc." names one company: the suffix after its comma is no
            # name of its own, and says the name before it is a company's
            company = entities[-1]
            entities[-1] = Entity(company.text, company.start, company.end, "ORG")
            continue
        for start, end in _split_run(sentence, run.start(), run.end()):
            entities.extend(_without_possessive(e)
                            for e in _name_entities(sentence, start, end, offset))
    entities = portfolios_joined(sentence, joined_across_and(sentence, entities, offset), offset)
    return towns_of_regions(sentence, indexes_joined(sentence, entities, offset), offset)


# a company's legal form, written after its name and a comma ("Acme Robotics, Inc.")
_CORPORATE_SUFFIX = re.compile(r"(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|Plc|PLC|N\.V|S\.A|GmbH|Pty"
                               r"|Limited|Incorporated)\.?")
_COMMA_BETWEEN = re.compile(r",\s*")


def _without_possessive(entity: Entity) -> Entity:
    """"Michigan People's" cut before "Defense League" is "Michigan People"."""
    cut = len(entity.text) - len(entity.text.removesuffix("’s").removesuffix("'s"))
    if not cut or " " not in entity.text:
        return entity
    return Entity(entity.text[:-cut], entity.start, entity.end - cut, entity.label)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _split_run(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a raw capitalised run into names: at possessives, months, weak joiners."""
    parts: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []  # absolute token spans of the name being built
    pending: list[tuple[int, int]] = []  # joiner tokens waiting for the next capital
    is_org = False
    spans = [(start + a, start + b) for a, b in _tokens(sentence, start, end)]
    for at, (a, b) in enumerate(spans):
        word = sentence[a:b]
        lower = word.lower()
        if not word[0].isupper() and word != "&" and not _PARTICLE_NAME.match(word):
            joined = " ".join(sentence[x:y] for x, y in [*pending, (a, b)]).lower()
            if current and (is_org or joined in _JOINERS_ANYWHERE
                            or body_ahead(sentence, spans, at, current)) and not (
                lower == "of" and _looks_like_person(sentence, current)
            ):
                pending.append((a, b))
            else:
                if current:
                    parts.append((current[0][0], current[-1][1]))
                current, pending, is_org = [], [], False
            continue
        if (lower.rstrip(".").removesuffix("'s").removesuffix("’s") in _MONTHS_DAYS
                and not surname_month(sentence, current, word)) or contraction(word) or (
                not current and (
                (lower in _STARTERS and not numbered_run(sentence, spans[at:]))  # "Two Rivers"
                or _NUMBER_WORD.fullmatch(lower)
                # "Whether Trump will ...", "Like Donald Trump, ...": opening the clause
                or (lower in CLAUSE_OPENERS and not parts and opens_clause(sentence, start)))):
            if current:
                parts.append((current[0][0], current[-1][1]))
            current, pending, is_org = [], [], False
            continue
        current.extend(pending)
        pending = []
        suffix = _LOWER_SUFFIX.search(word)  # "Russian-led" -> "Russian"
        if suffix:
            b, word = a + suffix.start(), word[: suffix.start()]
        possessive = word.endswith(("’s", "'s", "’", "'")) and not (
            # "the Republican People's Party", "the Workers' Party": a common noun's
            # possessive inside a name
            word.rstrip("s").rstrip("’'").lower() in _OWNERS_IN_NAMES and at + 1 < len(spans)
            and sentence[spans[at + 1][0]].isupper()
            and sentence[slice(*spans[at + 1])].lower().rstrip(".,") not in _MONTHS_DAYS)
        if possessive:
            b -= 2 if word.endswith(("’s", "'s")) else 1
        current.append((a, b))
        is_org = is_org or lower in ORG_WORDS
        if possessive:
            parts.append((current[0][0], current[-1][1]))
            current, pending, is_org = [], [], False
    if current:
        parts.append((current[0][0], current[-1][1]))
    return parts


_OWNERS_IN_NAMES = _words("""people peoples worker workers women woman children child men
    citizen citizens farmer farmers veteran veterans soldier soldiers""")


def _looks_like_person(sentence: str, tokens: list[tuple[int, int]]) -> bool:
    """"Anna Eshoo" or "Mayor Ekrem Imamoglu" before "of California" is a person,
    "Republic" or "Secretary" before "of X" is not."""
    words = [sentence[a:b].lower() for a, b in tokens]
    titled = [i for i, w in enumerate(words) if is_title(w)]
    name = words[titled[-1] + 1:] if titled else words
    return len(name) >= 2 and not any(w in ORG_WORDS or is_title(w) for w in name)


# titles only a person holds, written between a body and the holder's name ("Reserve Bank
# Governor Philip Lowe", "Foreign Ministry Spokesperson Wang Wenbin")
_HOLDER_TITLES = _words("""spokesman spokeswoman spokesperson governor chairman chairwoman
    chairperson director head chief minister secretary president commissioner ambassador
    envoy commander ceo adviser advisor mayor""")
# the head words of public bodies whose name ends there ("... Military Administration",
# "... Air Force", "... Border Guard Service")
_PUBLIC_BODIES = _words("""administration ministry council committee agency service
    department office commission directorate command force forces guard police army navy
    inspectorate secretariat bureau authority""")
_TITLE_MODIFIERS = _words("deputy vice acting senior assistant press chief executive general first")
# a translation's "the head of the Kharkiv Regional Military Administration Oleh Syniehubov":
# a holder's title and "of" before the body, and the holder's name right after it
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_HOLDER_TITLES)) + r")s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _holder_split(sentence: str, start: int, end: int) -> int | None:
    """Where the name of a body's title holder starts in a run that names the body first
    ("Reserve Bank Governor Philip Lowe" -> "Philip Lowe"), else None."""
    spans = _tokens(sentence, start, end)
    words = [sentence[start + a:start + b] for a, b in spans]
    lowered = [w.lower().rstrip(".") for w in words]
    last_org = max(i for i, w in enumerate(lowered) if w in ORG_WORDS)
    titled = [i for i, w in enumerate(lowered) if i > last_org and w in _HOLDER_TITLES]
    name_at = titled[-1] + 1 if titled else last_org + 1
    if not titled and not (_TITLE_OF_BEFORE.search(sentence, 0, start)
                           and lowered[last_org] in _PUBLIC_BODIES):
        return None  # ("the head of the Union Pacific Railroad": a name goes on past "Union")
    name = lowered[name_at:]
    if not 1 <= len(name) <= 3 or (not titled and len(name) < 2) or any(
            w in ORG_WORDS or is_title(w) or w in _JOINERS_ANYWHERE or w in PLACES
            or _ACRONYM.match(words[name_at + k]) for k, w in enumerate(name)):
        return None
    return start + spans[name_at][0]


def _name_entities(sentence: str, start: int, end: int, offset: int) -> list[Entity]:
    words = sentence[start:end].split()
    lowered = [w.lower().rstrip(".") for w in words]
    of_at = next((i for i, w in enumerate(lowered) if not is_title(w)), 0)
    around = sentence[:start] + " " + sentence[end:]
    if of_at and lowered[of_at] == "of":  # "Prime Minister of Armenia Nikol Pashinyan"
        # (not in a Title Case headline: "Leader of Qaeda-Linked Somali Group Is Dead, U.S. Says")
        held = None if headline_case(around, bare=False) else _holder_of(
            sentence, start + _tokens(sentence, start, end)[of_at][0], end, offset,
            headline_case(around))
        if held is not None:
            return held
    if any(w in ORG_WORDS for w in lowered):
        holder = _holder_split(sentence, start, end)
        if holder is not None:  # the body, then the person who holds its title
            body = sentence[start:holder].split()
            if body[-1].lower().rstrip(".") in _HOLDER_TITLES:
                body.pop()  # "Reserve Bank Governor" -> "Reserve Bank"
                while body and body[-1].lower() in _TITLE_MODIFIERS:
                    body.pop()  # "... Deputy Governor", "... Press Secretary"
            body_end = start + len(" ".join(body))
            return [Entity(sentence[start:body_end], offset + start, offset + body_end, "ORG"),
                    Entity(sentence[holder:end], offset + holder, offset + end, "PERSON")]
        return [Entity(sentence[start:end], offset + start, offset + end, "ORG")]
    # ("Islamic State", "Homeland Security": a qualifier of a title alone is a name's head)
    titled = [i for i in range(len(lowered)) if title_at(lowered, i)
              and sentence[start:end].lower() not in PLACES]  # "DR Congo": no "Dr"
    if not titled and (person_after_abbreviation(words) or (
            len(words) >= 3 and _TITLE_OF_BEFORE.search(sentence, 0, start)
            and (_ACRONYM.match(words[0]) or lowered[0] in PLACES)
            and not any(w in PLACES or w in ORG_WORDS or _ACRONYM.match(words[k + 1])
                        for k, w in enumerate(lowered[1:])))):
        # "the head of the IAEA Rafael Grossi", "the president of Brazil Luiz Inácio Lula da
        # Silva": the body or the place whose title it is, then the person who holds it; so
        # too with the title left out ("UN Antonio Guterres", "EU Ursula von der Leyen")
        first_end = start + len(words[0])
        rest = start + _tokens(sentence, start, end)[1][0]
        return [Entity(words[0], offset + start, offset + first_end,
                       _label(sentence, start, first_end)),
                Entity(sentence[rest:end], offset + rest, offset + end, "PERSON")]
    if not titled:
        # "Islamic State", "Homeland Security": a state's or a body's name, whatever says it
        label = "ORG" if len(words) > 1 and lowered[-1] in ROLE_QUALIFIERS \
            else _label(sentence, start, end)
        return [Entity(sentence[start:end], offset + start, offset + end, label)]
    out: list[Entity] = []
    spans = _tokens(sentence, start, end)
    if titled[0] > 0:  # "French" in "French Foreign Minister Catherine Colonna"
        p_end = start + spans[titled[0] - 1][1]
        out.append(Entity(sentence[start:p_end], offset + start, offset + p_end,
                          _label(sentence, start, p_end)))
    if titled[-1] + 1 < len(words):
        n_start = start + spans[titled[-1] + 1][0]
        after_title = sentence[n_start:end].split()
        if after_title[0].lower() not in _JOINERS_ANYWHERE:
            # ("Secretary of State Resigns": a Title Case headline's verb names no one)
            named = holder_words(after_title) if headline_case(around) else len(after_title)
            n_end = start + spans[titled[-1] + named][1]
            if named:
                out.append(Entity(sentence[n_start:n_end], offset + n_start, offset + n_end,
                                  "PERSON"))
            if named < len(after_title):
                out.extend(_known_parts(sentence, start, spans[titled[-1] + named + 1:], offset))
        else:
            out.extend(_body_of_title(sentence, n_start, end, offset))
    return out


# the common nouns that end a title's "of" phrase ("Chief of Staff", "Minister of Health",
# "Secretary of Education"): the title's, and no name of their own
_PORTFOLIOS = _words("""staff health education transport transportation energy agriculture
    labour labor culture tourism environment housing commerce industry treasury war navy
    army defense defence finance justice interior state intelligence""")
# the lower-case words inside a person's name ("Luiz Inácio Lula da Silva", "von der Leyen")
_NAME_PARTICLES = _JOINERS_ANYWHERE - {"of", "of the"}


def _holder_of(sentence: str, start: int, end: int, offset: int,
               headline: bool) -> list[Entity] | None:
    """"of Armenia Nikol Pashinyan" after a title: the place or body the title is of and the
    person who holds it ("Armenia", "Nikol Pashinyan"); only the person after a title's own
    noun ("Chief of Staff John Kelly"); None where no person's name ends the run."""
    spans = _tokens(sentence, start, end)
    words = [sentence[start + a:start + b] for a, b in spans]
    at = 0
    while at < len(words) and words[at].lower() in ("of", "the"):
        at += 1
    if headline:  # "... of Armenia Nikol Pashinyan Resigns": the name ends at the verb
        words = words[:at + holder_words(words[at:])]
        end = start + spans[len(words) - 1][1]
    for k in range(at + 1, len(words) - 1):
        head, rest = words[at:k], words[k:]
        if head[-1].lower() in _JOINERS_ANYWHERE or not _person_words(rest):
            continue
        # "of Foreign Affairs of Armenia X Y": the title's own nouns, then what it is of
        of_in = max((i for i, w in enumerate(head) if w.lower() in ("of", "the")), default=-1)
        if of_in >= 0 and all(is_title(w) or w.lower() in _PORTFOLIOS for w in head[:of_in]
                              if w.lower() not in ("of", "the")):
            head = head[of_in + 1:]
        head_start, head_end = start + spans[k - len(head)][0], start + spans[k - 1][1]
        person = Entity(sentence[start + spans[k][0]:end], offset + start + spans[k][0],
                        offset + end, "PERSON")
        lowered = [w.lower().rstrip(".") for w in head]
        if any(w in ORG_WORDS for w in lowered) or known_name(" ".join(head)):
            label = "ORG" if any(w in ORG_WORDS for w in lowered) \
                else _label(sentence, head_start, head_end)
            return [Entity(sentence[head_start:head_end], offset + head_start,
                           offset + head_end, label), person]
        if lowered[-1] in _PORTFOLIOS or is_title(lowered[-1]):
            return [person]
    return None


def _person_words(words: list[str]) -> bool:
    """"Nikol Pashinyan", "Ursula von der Leyen": two to five words that name a person."""
    if not 2 <= len(words) <= 5 or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    for word in words:
        lower = word.lower().rstrip(".")
        if word[0].isupper():
            if lower in ORG_WORDS or lower in PLACES or is_title(lower) or lower in _MONTHS_DAYS \
                    or lower in _PORTFOLIOS or lower in _STARTERS \
                    or _ACRONYM.match(word) or is_demonym(word):
                return False
        elif lower not in _NAME_PARTICLES:
            return False
    return True


def _body_of_title(sentence: str, start: int, end: int, offset: int) -> list[Entity]:
    """"Leaders of the G20", "President of Brazil": the body or the place a title is of, a
    name of its own where it is one whatever its case ("G20", "Brazil", "European
    Commission"); not a title's common noun ("Minister of Health", "Chief of Staff")."""
    spans = _tokens(sentence, start, end)
    words = [sentence[start + a:start + b] for a, b in spans]
    at = 0
    while at < len(words) and words[at].lower() in ("of", "the", "for"):
        at += 1
    if at == len(words):
        return []
    name_start = start + spans[at][0]
    name = sentence[name_start:end]
    if not (known_name(name) or any(w.lower().rstrip(".") in ORG_WORDS for w in words[at:])):
        # a Title Case headline runs on into its verbs ("Prime Minister of Armenia Resigns",
        # "President of South Korea Visits Japan"): the places and initials in it
        return _known_parts(sentence, start, spans[at:], offset)
    return [Entity(name, offset + name_start, offset + end, _label(sentence, name_start, end))]


def _known_parts(sentence: str, start: int, spans: list[tuple[int, int]],
                 offset: int) -> list[Entity]:
    out, at = [], 0
    while at < len(spans):
        size = next((k for k in (3, 2, 1) if at + k <= len(spans) and _place_or_initials(
            sentence[start + spans[at][0]:start + spans[at + k - 1][1]])), 0)
        if size:
            a, b = start + spans[at][0], start + spans[at + size - 1][1]
            out.append(Entity(sentence[a:b], offset + a, offset + b, _label(sentence, a, b)))
        at += size or 1
    return out


def _place_or_initials(name: str) -> bool:
    return bool(_ACRONYM.match(name)) or name.lower() in PLACES or name.lower() in CITIES


def _label(sentence: str, start: int, end: int) -> str:
    text = sentence[start:end]
    if _ACRONYM.match(text):
        return "PLACE" if text in PLACE_ACRONYMS else "ORG"
    if text.lower() in PLACES:
        return "PLACE"
    before = _WORD_BEFORE.search(sentence, 0, start)
    if before and before.group(1).lower() in _PLACE_PREPOSITIONS and not (
            before.group(1).lower() == "to" and _NOT_PLACE_TO.search(sentence, 0, before.start())):
        return "PLACE"
    if before and before.group(1).lower() in _WAR_VERBS \
            and sentence[before.end(1):start].strip() == "" \
            and not is_demonym(text) and sentence[end:end + 1] not in ("'", "’"):
        return "PLACE"  # "troops entered Vovchansk" (not "shelled Russian positions")
    if _PLACE_OF.search(sentence, 0, start):
        return "PLACE"
    if before and before.group(1).lower() in TITLE_WORDS:  # "spokesman Matthew Miller"
        return "PERSON"
    after = _WORD_AFTER.match(sentence, end)
    if after and after.group(1).lower() in _SAID and not (
            before and before.group(1).lower() in _NOT_BEFORE_A_PERSON
            and sentence[before.end(1):start].strip() == ""):
        # "Ayla Demir said" is a person; "The Kremlin said" is no one's name (a person is
        # not "the X"), nor is the place a post was seen ("a video shared on Facebook says")
        return "PERSON"
    # a large city by its name ("Houston", "Mumbai"), though no "in" comes before it; after
    # the rules above, as a person may bear its name ("Whitney Houston", "Houston said")
    return "PLACE" if text.lower() in CITIES else "NAME"
