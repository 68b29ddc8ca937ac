"""Places told the way US news writes them, which a figure's reading must step over or
leave alone: a town and its state between commas ("3 Portland, Ore., residents": the
state's stop ends no phrase, and the count goes on to residents) and a ZIP code after a
state ("Austin, TX 78701", "Portland, Ore. 97201"), which is no figure at all."""

from __future__ import annotations

import re

# the states as the AP abbreviates them (with or without their stop) and by name
_AP_STATES = (r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich"
              r"|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.?"
              r"|N\.[CDHJMY]\.|S\.[CD]\.|W\.Va\.|R\.I\.|D\.C\.")
_STATE_NAMES = (r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware"
                r"|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky"
                r"|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi"
                r"|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico"
                r"|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon"
                r"|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee"
                r"|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming")
# the postal codes, which only an address writes ("Austin, TX 78701")
_POSTAL = (r"A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]"
           r"|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]")
# a town of up to three capitalised words, its state, and the comma that closes the place;
# a lower-case word after it is what the figure before counts
_TOWN_STATE = re.compile(
    rf"\s+(?:[A-Z][\w’'.-]*\s+){{0,2}}[A-Z][\w’'-]*,\s+(?:{_AP_STATES}|{_STATE_NAMES}),"
    rf"(?=\s+[a-z])")
# a state, then the ZIP code (five figures, or nine with a hyphen): "TX 78701", "Ore. 97201"
_STATE_BEFORE_ZIP = re.compile(rf"(?:,\s*|\s)(?:{_POSTAL}|{_AP_STATES}|{_STATE_NAMES})\s+$")
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")


def past_locality(sentence: str, position: int) -> int:
    """Where the counted noun after a figure ending at ``position`` starts: past a town and
    its state set off by commas ("18 Portland, Ore., protesters"), else ``position``."""
    place = _TOWN_STATE.match(sentence, position)
    return place.end() if place else position


def zip_code(sentence: str, start: int, end: int) -> bool:
    """The figure at [start, end) is a ZIP code after its state ("Austin, TX 78701")."""
    return _ZIP.fullmatch(sentence, start, end) is not None \
        and _STATE_BEFORE_ZIP.search(sentence, 0, start) is not None
