"""Whether a person an article names is a man or a woman, so that "Mr. Trump said" is not
"Melania Trump" and "he said" not the woman named last.

The article's own words come first: a title or a family word right before a full name
("Mrs.", "Queen", "first lady Melania Trump", "his wife Brigitte Macron"), the same in a
short apposition after it ("Melania Trump, the first lady,"), or a possessive that can only
be hers or his ("Emmanuel Macron and his wife").  Where the article says nothing, a short
list of common first names decides; a name on neither list (or on both, as "Jean" or "Kim"
would be) leaves the person's gender unknown, and an unknown person fits every title and
pronoun, as every person did before.
"""

from __future__ import annotations

import re

MALE, FEMALE = "m", "f"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# titles and words for a relation that say which one a person is.  Not "chairman", "actor"
# or "spokesman": some styles use them of women too; only "-man" titles whose "-woman" form
# outlets do use ("congressman", as a congresswoman is never called one)
_MALE_WORDS = _words("""mr mr. sir king prince duke earl lord baron emperor sheikh monsieur
    herr husband widower father son brother boyfriend grandfather uncle nephew businessman
    congressman councilman assemblyman""")
_FEMALE_WORDS = _words("""mrs mrs. ms ms. miss queen princess duchess countess lady dame
    baroness empress madam madame mme mme. frau wife widow mother daughter sister girlfriend
    grandmother aunt niece businesswoman congresswoman councilwoman assemblywoman
    spokeswoman chairwoman actress""")
PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
            "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}

# the word or two right before a name: "Mrs. ", "first lady ", "his wife "
_BEFORE = re.compile(r"(?:\b(?P<first>first)\s+)?\b(?P<word>[A-Za-z]+\.?)\s+$")
# ", the first lady,", ", his wife,": a short apposition whose head says it
_APPOSITION = re.compile(r",\s+(?:the|his|her|a|an)\s+(?:[a-z]+\s+){0,2}?(?P<word>[a-z]+)\s*,")
# "Emmanuel Macron and his wife", "Melania Trump, with her son": whose the possessive is
_OWN = re.compile(r",?\s+(?:and|with|alongside|along\s+with)\s+(?P<word>his|her)\s+[a-z]")


def word_gender(word: str) -> str | None:
    """The gender a title or relation word says ("Mr." -> man, "queen" -> woman)."""
    word = word.lower()
    if word in _MALE_WORDS or word.rstrip(".") in _MALE_WORDS:
        return MALE
    if word in _FEMALE_WORDS or word.rstrip(".") in _FEMALE_WORDS:
        return FEMALE
    return None


def title_gender(run: str) -> str | None:
    """The gender the titles opening a name's run say ("Mr. Trump", "Queen Elizabeth")."""
    for word in run.split()[:-1]:
        found = word_gender(word)
        if found is not None:
            return found
        if word[:1].isupper() and not word.endswith("."):
            return None  # past the titles: "Prince" of "Edward Prince" names no one's gender
    return None


def gender_around(sentence: str, start: int, end: int) -> str | None:
    """What the words right around a full name in a sentence say of its person."""
    before = _BEFORE.search(sentence[max(0, start - 30):start])
    if before is not None:
        if before.group("first") and before.group("word").lower() == "lady":
            return FEMALE  # "first lady Melania Trump"
        if before.group("word").lower() != "lady":  # ("Lady Gaga" is her name, and hers)
            found = word_gender(before.group("word"))
            if found is not None:
                return found
    after = sentence[end:end + 60]
    apposition = _APPOSITION.match(after)
    if apposition is not None:
        if re.match(r",\s+the\s+first\s+lady\s*,", after):
            return FEMALE
        found = word_gender(apposition.group("word"))
        if found is not None:
            return found
    own = _OWN.match(after)
    return PRONOUNS[own.group("word")] if own else None


# common given names, one a line of each list; only names that are almost never the other
# sex's (not "Jean", "Andrea", "Kim", "Jordan", "Robin") and names of people often in the
# news.  A fallback only: the article's own words about a person come first
_MALE_NAMES = _words("""
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
    tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl
    keith roger gerald christian sean arthur austin noah lawrence joe bryan billy bruce albert
    gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
    philip johnny barack bernie mike mitch chuck ted rand marco boris vladimir emmanuel olaf
    narendra recep volodymyr sergei sergey dmitry dmitri alexei mohammed muhammad ahmed hassan
    mahmoud francois jacques pierre hans klaus wolfgang friedrich giuseppe giorgio matteo
    silvio mario carlos jose luis miguel pedro pablo manuel antonio fernando jair andres rishi
    keir nigel tony gordon shinzo fumio hugh ian neil colin""")
_FEMALE_NAMES = _words("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia amy kathleen angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn
    judith megan cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice
    abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
    theresa diana natalie brittany charlotte marie melania ivanka hillary kamala ilhan
    alexandria nikki elise kirstjen kellyanne ursula brigitte marine liz priti giorgia
    jacinda sanna annalena yulia svetlana natalia olga irina tatiana fatima aisha""")


def name_gender(full_name: str) -> str | None:
    """The gender a person's first name says, from the lists above (None if on neither)."""
    words = full_name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    if first in _MALE_NAMES:
        return MALE
    if first in _FEMALE_NAMES:
        return FEMALE
    return None


def known_gender(said: dict[str, str], person: str) -> str | None:
    """A person's gender as the article said it (``said``: "m", "f", or "?" where it said
    both), else as the first name, or a role's word ("the spokeswoman"), does."""
    if " and " in person:
        return None  # "Donald Trump and Melania Trump" are two
    if said.get(person) in (MALE, FEMALE):
        return said[person]
    last = person.split()[-1]
    return name_gender(person) or (word_gender(last) if last.islower() else None)


def fits(said: dict[str, str], person: str, gender: str | None) -> bool:
    """Whether a person may be the one a title or pronoun of that gender names."""
    known = None if gender is None else known_gender(said, person)
    return known is None or known == gender


def one_of_pair(said: dict[str, str], pair: str, gender: str | None) -> str | None:
    """"Donald Trump and Melania Trump visited ... she said": the one of two named together
    whom the pronoun may be, when only one may."""
    members = pair.split(" and ")
    if gender is None or len(members) != 2:
        return None
    fitting = [m for m in members if known_gender(said, m) == gender]
    others = [m for m in members if known_gender(said, m) not in (gender, None)]
    return fitting[0] if len(fitting) == 1 and len(others) == 1 else None


def of_gender(said: dict[str, str], people: list[str], gender: str | None) -> list[str]:
    """Those of ``people`` a title of that gender may name: the ones known to be of it,
    else those not known to be of the other (all of them without a gender)."""
    known = [p for p in people if gender is not None and known_gender(said, p) == gender]
    return known or [p for p in people if fits(said, p, gender)]


def one_namesake(said: dict[str, str], namesakes: list[str], gender: str | None) -> str | None:
    """"Donald Trump ... Melania Trump ... Trump said ... he added": of two or more people
    of the surname a pronoun follows, the only one it may be (the others known to be of the
    other gender; "Ed Miliband ... David Miliband ... he" is either of them)."""
    fitting = [p for p in namesakes if gender is not None and fits(said, p, gender)]
    return fitting[0] if len(fitting) == 1 and len(namesakes) >= 2 else None


def namesake(said: dict[str, str], namesakes: list[str], last: str,
             gender: str | None) -> str | None:
    """Whom a surname with a title of that gender names ("Mr. Trump" after "Donald Trump"
    and "Melania Trump"): the last person of that name known to be of it, else the last
    not known to be of the other; ``last`` (as before) without a gender; None if no one."""
    if gender is None:
        return last
    candidates = [*reversed(namesakes), last]
    return next((n for n in candidates if known_gender(said, n) == gender), None) \
        or next((n for n in candidates if fits(said, n, gender)), None)
