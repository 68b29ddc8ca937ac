"""The wording of the number summaries (``service.contrast.numbers``).

Who says which figure ("City Tribune and Morning Standard say 64, Republic Post says 65"),
what the figures are of ("the number of people who died"), and each kind of summary:
a disagreement, figures of different days or times, amounts in two currencies, an agreement.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from embeddings.claims.entities import is_demonym
from embeddings.types import Difference
from service.contrast.intervals import ON_THE_MOVE
from service.contrast.measures import FATE_WORDS, FATES
from service.contrast.number_pairs import Label
from service.contrast.said import capital, evidence_order, listed, says, shown
from service.contrast.text import stem


def _by_voice(rows: Iterable[dict[str, object]]) -> tuple[tuple[dict[str, object], ...], str]:
    ordered, alike = _told(rows)
    # "City Tribune and Morning Standard say 64, Republic Post says 65"
    parts = [f"{voice} {says(voice)} {text}" if len(voices) == 1
             else f"{listed(voices)} say {text}"
             for text, voices in alike.items() for voice in voices[:1]]
    return ordered, ", ".join(parts)


def _told(rows: Iterable[dict[str, object]]
          ) -> tuple[tuple[dict[str, object], ...], dict[str, list[str]]]:
    """The rows in order, and what is said -> the voices (as shown) saying just that."""
    ordered = tuple(sorted(rows, key=evidence_order))
    said: dict[str, list[tuple[str, str, object]]] = {}
    for row in ordered:
        figures = said.setdefault(shown(str(row["voice"]), str(row["source"])), [])
        # "eighteen" in one outlet and "18" in another are one figure, told once
        value = (row.get("low"), row.get("high"), row.get("unit"))
        if not any(v == value for _, _, v in figures):
            figures.append((_running(str(row["text"])), str(row["source"]), value))
    alike: dict[str, list[str]] = {}  # what is said -> the voices saying just that
    for voice, figures in said.items():
        told_apart = len(figures) > 1 and len({o for _, o, _ in figures}) > 1
        # one voice quoted with other figures by two outlets: say which outlet has which
        texts = list(dict.fromkeys(f"{f} (in {o})" if told_apart else f for f, o, _ in figures))
        alike.setdefault(" / ".join(texts), []).append(voice)
    return ordered, alike


def _running(figure: str) -> str:
    """A figure as running text: "says at least 14", not "says At least 14"; "says forty", not
    "says Forty" (a sentence's first word; a name such as "Ankara" stays as it is)."""
    first, _, rest = figure.strip().partition(" ")
    head = first.split("-")[0]  # "Thirty-one"
    if head.isalpha() and head[:1].isupper() and first[1:].replace("-", "").islower() \
            and (head.lower() in _NUMBER_WORDS or (rest and head.lower() in _OPENERS)):
        return f"{first.lower()} {rest}".strip()
    return figure.strip()


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                           "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                           "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                           "hundreds", "thousands", "millions", "dozens", "tens", "nobody"})
_OPENERS = frozenset({"at", "about", "around", "some", "more", "less", "fewer", "over", "under",
                      "nearly", "almost", "roughly", "approximately", "up", "only", "just",
                      "as", "between", "a", "an", "the", "one", "two", "three", "four", "five",
                      "six", "seven", "eight", "nine", "ten", "half", "hundreds", "thousands",
                      "dozens", "tens", "millions", "no"})


def _what(label: Label) -> str:
    kind, unit, fate = label
    if kind in ("year", "date"):
        return f"the {kind}"
    if kind == "measure" and unit:  # "the temperature", "the area", "the weight"
        return f"the {unit}"
    if kind == "percent" and unit == "change":
        return "the change"
    if kind == "money" and unit == "result":
        return "the result (profit or loss)"
    if kind == "percent" and unit == "point":
        return "the change in percentage points"
    if kind == "count":  # a figure with no noun after it: "a magnitude of 6.8", "age to 64"
        unit = "people" if unit == ON_THE_MOVE else unit  # not one outlet's label for them
        if fate:  # "the number of people who died", "the number of soldiers hurt"
            # "29 dead": the dead are people, not "deads who died"
            named = unit and FATES.get(stem(unit)) != fate
            return f"the number of {_plural(unit) if named else 'people'} {FATE_WORDS[fate]}"
        return f"the number of {_plural(unit)}" if unit else "the figure"
    return f"the {_KIND_NAMES.get(kind, kind)}"


# (a rate is read per 100,000: ``embeddings.claims.numbers.RATE_BASE``)
_KIND_NAMES = {"money": "amount", "percent": "percentage", "rate": "rate per 100,000"}


def _plural(unit: str) -> str:
    """Units are kept singular ("refugee", "job"); "the number of" takes the plural.  A
    people's word is capitalised ("Iranians"), and one that is its own plural ("Chinese",
    "Swiss") is left as it is; so are plurals in "-men" ("gunmen", which no "s" is cut from)
    and nouns that are their own plural ("aircraft")."""
    if unit.islower() and is_demonym(unit):
        people = unit[:1].upper() + unit[1:]
        return people if unit.endswith(("ese", "ss", "sh", "ch")) else people + "s"
    if unit in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[unit]
    if unit.endswith(("s", "people", "staff", "personnel", "men")) or unit in _OWN_PLURAL:
        return unit
    if unit.endswith("man") and unit[-4:-3].islower() and unit[-4:-3] not in "aiu":
        return unit[:-3] + "men"  # "gunman", "fisherman", "policewoman" (not "human")
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"  # "casualty" -> "casualties"
    if unit.endswith(("sh", "ch", "x")):
        return unit + "es"
    return unit + "s"


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people"}
# counted nouns that are their own plural
_OWN_PLURAL = frozenset({"aircraft", "spacecraft", "sheep", "fish", "deer", "cattle",
                         "livestock", "offspring", "species", "series", "police"})


def disagreement(label: Label, rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    return Difference(kind="numbers", conflict=True, evidence=evidence,
                      summary=f"Sources disagree on {_what(label)}: {who}.")


def changed_over_days(label: Label, rows: Iterable[dict[str, object]]) -> Difference:
    """Figures of reports published on different days, told in the order of the days."""
    evidence = tuple(sorted(rows, key=lambda r: (str(r.get("published")), *evidence_order(r))))
    days: dict[str, list[str]] = {}
    for row in evidence:
        figure = f"{_running(str(row['text']))} ({shown(str(row['voice']), str(row['source']))})"
        told = days.setdefault(str(row.get("published")), [])
        if figure not in told:
            told.append(figure)
    story = ", then ".join(f"{', '.join(figures)} on {day}" for day, figures in days.items())
    return Difference(kind="numbers_changed", conflict=False, evidence=evidence,
                      summary=f"Reports {_apart(list(days))} give {_what(label)} as {story}.")


def at_times(label: Label, rows: Iterable[dict[str, object]]) -> Difference:
    """Figures of the different times their claims name, told in the order of the times."""
    evidence = tuple(sorted(rows, key=lambda r: (_time_order(str(r["when"])),
                                                 *evidence_order(r))))
    told = dict.fromkeys(f"{_running(str(r['text']))} {_on(str(r['when']))} "
                         f"({shown(str(r['voice']), str(r['source']))})" for r in evidence)
    return Difference(kind="numbers_changed", conflict=False, evidence=evidence,
                      summary=f"The claims give {_what(label)} at different times: "
                              f"{'; '.join(told)}.")


_TIME_ORDER = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday")


def _on(when: str) -> str:
    """"on Monday", "in March", "in 2022"."""
    return f"on {when}" if when.split()[0].lower() in _TIME_ORDER[12:] else f"in {when}"


def _time_order(when: str) -> int:
    first = when.split()[0].lower()
    return int(first) if first.isdigit() else _TIME_ORDER.index(first) \
        if first in _TIME_ORDER else 0


def _apart(days: list[str]) -> str:
    """"of different days", or how far apart where that is months or years: two figures of
    2020 and 2023 are no count that moved overnight, and the reader should see it."""
    try:
        first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    except ValueError:
        return "of different days"
    gap = (last - first).days
    if gap >= 730:
        return f"{gap // 365} years apart"
    if gap >= 365:
        return "a year apart"
    if gap >= 60:
        return f"{gap // 30} months apart"
    return "of different days"


def in_currencies(rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    return Difference(kind="numbers_units", conflict=False, evidence=evidence,
                      summary=f"Sources give the amount in different currencies, not "
                              f"compared: {who}.")


def agreement(label: Label, rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    how = _how_agreed(label, evidence)
    relayed = _one_voice_relayed(label, evidence)
    return Difference(kind="numbers_agree", conflict=False, evidence=evidence,
                      summary=f"{relayed}{how}." if relayed
                      else f"Sources agree on {_what(label)}: {who}{how}.")


def _one_voice_relayed(label: Label, evidence: tuple[dict[str, object], ...]) -> str | None:
    """An agreement of one voice that several outlets report (or one outlet besides the
    voice's own): "Sources agree ...: Melania Trump says two" would pass one voice off as
    many, so the outlets are named as what agrees.  "Fox News, New York Times and USA Today
    agree on what Melania Trump says of the number of nations: two"; "HuffPost reports what
    New York Times says of the number of people: four" (the Times says it itself)."""
    _, alike = _told(evidence)
    if len(alike) != 1:
        return None
    [(text, voices)] = alike.items()
    if len(voices) != 1:
        return None
    voice = voices[0]
    # the voice's own outlet is no second report of it: "New York Times" relayed by HuffPost
    own = {_bare(voice), *(_bare(str(row["voice"])) for row in evidence)}
    outlets = sorted({str(row["source"]) for row in evidence
                      if _bare(str(row["source"])) not in own})
    if not outlets:
        return None
    what = f"what {voice} {says(voice)} of {_what(label)}: {text}"
    if len(outlets) == 1:
        return capital(f"{outlets[0]} reports {what}")
    return capital(f"{', '.join(outlets[:-1])} and {outlets[-1]} agree on {what}")


def _bare(name: str) -> str:
    """A name as compared with an outlet's: "the New York Times" is "New York Times"."""
    return name.lower().removeprefix("the ").strip()


def _how_agreed(label: Label, evidence: tuple[dict[str, object], ...]) -> str:
    """Why figures that read differently agree: one the other rounded ("54%" / "54.2%"),
    else their ranges overlap ("at least 31" / "34"); nothing where all say one figure."""
    points = {(row.get("low"), row.get("high")) for row in evidence}
    if label[0] == "score" or len(points) == 1:
        return ""
    if all(low is not None and low == high for low, high in points) \
            and label[0] in ("percent", "money", "count", "measure", "rate") \
            and not any(_hedged(str(row.get("text", ""))) for row in evidence):
        return " (within rounding)"
    return " (the figures overlap)"


def _hedged(text: str) -> bool:
    return bool(set(text.lower().split()) & _HEDGE_WORDS)


_HEDGE_WORDS = frozenset({"about", "around", "nearly", "almost", "some", "roughly", "over",
                          "approximately", "estimated", "up", "least", "more", "than"})
