"""Loaded words in their plain sense: a word of the lexicon that, where it stands, frames
nothing ("claimed victory", "was admitted to hospital", "streets were flooded", "police
seized 2 tonnes of cocaine", "the sanctions regime").  Read for loaded words (``wording``)
and for the terms of a framing pair (``terminology``) alike.
"""

from __future__ import annotations

import re

# "claimed victory", "claimed responsibility", "the flood claimed 30 lives": no doubt is cast
_NEUTRAL_CLAIM = re.compile(
    r"claim(?:s|ed|ing)?\s+(?:(?:a|an|the|his|her|their|its|overall|outright)\s+)?"
    r"(?:victory|victories|win|responsibility|credit|title|lead|seats?|throne|crown|asylum"
    r"|compensation|benefits?|damages|ownership|record|gold|silver|bronze|first|top"
    # "No group has claimed the attack": responsibility taken for it
    r"|attacks?|bombings?|blasts?|killings?|assaults?|kidnappings?"
    # "claimed more than 30 lives", "claimed the life of a pilot": a toll
    r"|(?:(?:more\s+than|at\s+least|over|nearly|almost|about|around|some|up\s+to)\s+)?"
    r"[\d,.]+|(?:[a-z]+\s+)?(?:lives|life))\b"
    # "was forced to return to Lyon", "a forced landing": what a plane, a plant or a match
    # had to do is no framing of people ("forced to flee" is)
    r"|forced\s+(?:to\s+(?:return|land|divert|turn|close|shut|cancel|suspend|delay|halt"
    r"|stop|postpone|call\s+off)|landing)\b"
    # "the fire forced the evacuation of 1,200 residents", "forced the closure of the
    # road": what an event made necessary, told plainly
    r"|forced\s+(?:the\s+|a\s+)?(?:temporary\s+|partial\s+|full\s+)?(?:evacuation|closure"
    r"|cancellation|postponement|suspension|shutdown|delay|diversion|halt|rescheduling"
    r"|grounding)s?\b")


# "the inspection regime", "the sanctions regime", "a visa-free regime": a regime of rules,
# not a government called one
_RULES = frozenset({
    "inspection", "inspections", "verification", "monitoring", "safeguards", "sanction",
    "sanctions", "ceasefire", "cease-fire", "truce", "silence", "visa", "visa-free", "tax",
    "trade", "tariff", "customs", "export", "import", "control", "regulatory", "legal",
    "licensing", "quota", "border", "asylum", "residency", "nonproliferation",
    "non-proliferation", "currency", "exchange-rate", "monetary", "pension", "subsidy", "patent",
    "copyright", "privacy", "disclosure", "reporting", "compliance", "emergency", "quarantine",
    "lockdown", "treatment", "training", "dosing", "diet", "fitness", "exercise", "medication",
    "flow", "temperature", "drug", "drugs", "dosage", "therapy", "vaccination", "testing",
    "screening", "feeding", "workout", "sleep", "care", "skincare", "chemotherapy"})
_REGIME = re.compile(r"regimes?(?![\w-])")
_WORD_BEFORE = re.compile(r"([\w-]+)\W*$")


# "A wildfire forced 12,000 residents to flee": what a hazard forces is no one's framing
# (what an army or a government "forced" people to do is)
_HAZARD_BEFORE = re.compile(
    r"\b(?:fire|wildfire|bushfire|blaze|flames|floods?|flooding|flood\s?waters?|storm|hurricane"
    r"|typhoon|cyclone|earthquake|quake|eruption|volcano|tsunami|landslide|mudslide|avalanche"
    r"|heatwave|heat|drought|tornado|snowstorm|blizzard|leak|explosion|blast|outbreak"
    r"|pandemic|virus)s?\b[^.;:]{0,60}$")
_FORCED = re.compile(r"forc(?:ed|es|ing)\b")


# "admitted" casts a statement as a confession ("the minister admitted that ..."); taken in
# is its plain sense: "was admitted to hospital", "were admitted into the ICU", "Turkey was
# admitted to NATO", and what a hospital or a school does ("Hospitals have admitted 45
# patients", "admitted dozens of people overnight"); "admitted to taking bribes" and
# "admitted 12 counts of fraud" confess
_ADMITTED = re.compile(r"admit(?:s|ted|ting)?\b")
_TAKEN_IN_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got|gets|getting"
                              r"|later|recently|newly|all)\s+$")
_TAKEN_IN_AFTER = re.compile(r"\s+(?:to|into|at|as)\b")
_ADMITS_PEOPLE = re.compile(
    r"admit(?:s|ted|ting)?\s+(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least|over"
    r"|another|a\s+further|an\s+additional|up\s+to)\s+)?(?:[\d,.]+|dozens|hundreds|thousands"
    r"|scores|a\s+(?:few|handful|number)|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)?"
    r"\s*(?:of\s+)?(?:new\s+|more\s+|other\s+)?(?:patients|people"
    r"|children|adults|students|pupils|members|refugees|migrants|casualties|victims|applicants"
    r"|babies|infants|residents|passengers|soldiers|women|men|cases)\b")
# water that floods: "streets were flooded after the river burst its banks", "the town was
# flooded"; what a story says is "flooded with" or "by" migrants, imports or complaints is
# the metaphor the lexicon means (not "flooded by the river")
_FLOODED_WITH = re.compile(r"flood(?:s|ed|ing)\s+(?:[\w'-]+\s+){0,3}?(?:with|by)\s+"
                           r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<what>[\w-]+)")
_WATER = re.compile(r"\b(?:rain\w*|river|rivers|storm|storms|water|waters|flood|floods|flooding"
                    r"|floodwaters?|sea|seas|banks|monsoon|typhoon|hurricane|cyclone|tides?|dam"
                    r"|dams|levees?|downpours?|deluge|snowmelt|overflow\w*|burst|tsunami|waves?"
                    r"|inundat\w*|submerged)\b")
_FLOODED = re.compile(r"flood(?:s|ed|ing)\b")
# a tsunami that the sea sends: "the tsunami killed 200", "a tsunami warning"; "a tsunami of
# lawsuits" is a figure of speech
_TSUNAMI = re.compile(r"tsunamis?\b")
_SEA_OR_QUAKE = re.compile(r"\b(?:quake|quakes|earthquake|earthquakes|magnitude|waves?|warnings?"
                           r"|alerts?|coast\w*|sea|ocean|shore|tide|tidal|seismic|epicent\w*"
                           r"|struck|hit|killed|swept|surge|evacuat\w*)\b")
# "police seized 2 tonnes of cocaine", "customs seized the shipment": goods taken by the law,
# not land taken by an army ("rebels seized the town")
_SEIZED_GOODS = re.compile(
    r"seiz(?:e|es|ed|ing)\s+(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least"
    r"|over|a\s+record)\s+)?(?:[\d,.]+\s*(?:[a-z]+\s+)?|the\s+|a\s+|an\s+|their\s+|his\s+"
    r"|her\s+|its\s+)?(?:[a-z]+\s+)?(?:tonnes?|tons?|kilos?|kilograms?|kg|pounds|grams?"
    r"|drugs|cocaine|heroin|cannabis|marijuana|methamphetamine|meth|fentanyl|opium|weapons"
    r"|guns|firearms|rifles|ammunition|arms|explosives|cash|money|assets|property|properties"
    r"|documents|computers|phones|laptops|devices|vehicles|cars|goods|items|evidence"
    r"|passports|shipments?|cargo|contraband|counterfeit\w*|cigarettes|ivory|packages?"
    r"|bank\s+accounts|accounts|funds|yachts?|vessels?|tankers?|ships?)\b")


# "caught with fake passports", "fake personas operated by intelligence agents": a forged
# thing, told literally (not "fake news", a verdict on a story)
_FORGED = re.compile(
    r"fake\s+(?:passports?|ids?|identit(?:y|ies)|identity\s+cards?|documents?|papers"
    r"|personas?|profiles?|accounts?|names?|licen[cs]es?|banknotes?|bills|notes|currency"
    r"|money|cheques?|checks|tickets?|degrees?|diplomas?|certificates?|goods|products"
    r"|handbags?|watches|drugs|pills|medicines?|vaccines?|bombs?|guns?|weapons?"
    r"|(?:number\s+)?plates|uniforms?|signatures?|addresses)\b")


def _neutral_sense(folded: str, start: int) -> bool:
    if _NEUTRAL_CLAIM.match(folded, start) or _FORGED.match(folded, start):
        return True
    if (admitted := _ADMITTED.match(folded, start)) is not None:
        return bool((_TAKEN_IN_BEFORE.search(folded, max(0, start - 20), start)
                     and _TAKEN_IN_AFTER.match(folded, admitted.end()))
                    or _ADMITS_PEOPLE.match(folded, start))
    if _FLOODED.match(folded, start):
        flooded_with = _FLOODED_WITH.match(folded, start)
        return flooded_with is None or _WATER.fullmatch(flooded_with.group("what")) is not None
    if (tsunami := _TSUNAMI.match(folded, start)) is not None:
        after = folded[tsunami.end():]
        return not re.match(r"\s+of\s+[a-z]", after) \
            and _SEA_OR_QUAKE.search(folded[:start] + " " + after) is not None
    if _SEIZED_GOODS.match(folded, start):
        return True
    if _FORCED.match(folded, start) and _HAZARD_BEFORE.search(folded, max(0, start - 90),
                                                              start):
        return True
    if _REGIME.match(folded, start):
        before = _WORD_BEFORE.search(folded, max(0, start - 40), start)
        return before is not None and before.group(1) in _RULES
    return False
