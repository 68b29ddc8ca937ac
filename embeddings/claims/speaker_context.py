"""What earlier sentences of one article tell about who is speaking: full names behind
surnames, titles ("the minister" -> "Sebastian Lecornu"), the person a sentence is about
(the "she" of the next one) and the speakers so far ("the ministry", "it")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from embeddings.claims import genders, it_referents, namesakes, person_referents
from embeddings.claims.affiliations import person_of_body
from embeddings.claims.clause_subjects import main_clause_start
from embeddings.claims.entities import (
    ORG_WORDS,
    PLACES,
    RUN,
    TITLE_WORDS,
    find_entities,
    is_demonym,
    person_name,
)
from embeddings.claims.furniture import dateline_length
from embeddings.claims.name_forms import surname
from embeddings.claims.org_kinds import NO_COMPANY, same_kind
from embeddings.claims.party_members import party_of_mention
from embeddings.claims.role_kinds import OF_PLACE as _OF_PLACE
from embeddings.claims.role_kinds import PERSON_ROLES
from embeddings.claims.role_kinds import ROLE_KINDS as _ROLE_KINDS
from embeddings.claims.role_kinds import SAME_TITLES as _SAME_TITLES
from embeddings.types import Entity


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PERSON_PRONOUNS = frozenset({"he", "she"})
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
SENTENCE_OPENER = re.compile(r"(?:But|And|Yet|So|However|Meanwhile|Still|Then|Now|While"
                              r"|Although|Though|When|After|Before|Since|Because|If),?\s+")


@dataclass
class SpeakerContext:
    """What earlier sentences of one article tell about who is speaking."""

    speakers: list[str] = field(default_factory=list)
    referents: list[str] = field(default_factory=list)  # speakers and people heading a sentence
    persons: dict[str, str] = field(default_factory=dict)  # last name -> full name
    # every full name with that last name, in order ("Donald Trump", "Melania Trump"), and
    # what the article says of each one's gender ("first lady", "Mr."): ``genders``
    namesakes: dict[str, list[str]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    # the one a bare surname named while no one else had it ("Macron" before Brigitte)
    surnamed: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # "minister" -> "Sebastian Lecornu"
    # bodies named so far, speaking or not: "the unit" after "The Athletics Integrity Unit
    # suspended her" is that unit
    bodies: list[str] = field(default_factory=list)
    # "the state weather agency Aemet": "agency" -> "Aemet" (as titles do for persons)
    described: dict[str, str] = field(default_factory=dict)
    # companies so described, with the sentence that did ("Danish firm Bavarian Nordic" is
    # "the company" of the next sentences, whatever word described it)
    described_companies: list[tuple[int, str]] = field(default_factory=list)
    # each sentence's one-word names that are no person, place or common word ("SkyLink")
    names: list[list[str]] = field(default_factory=list)
    # the titles each person was given, before the name or in apposition after it, and the
    # words that described them ("Russian Deputy Ambassador", ", Britain's ambassador,")
    held: dict[str, set[str]] = field(default_factory=dict)
    described_as: dict[str, str] = field(default_factory=dict)
    # each sentence's bodies, named or heard speak: what "it said" may stand for
    sentence_bodies: list[list[str]] = field(default_factory=list)
    # the article's own outlet ("bbc.co.uk", "Reuters"): a page title's site name after a
    # dash ("... - BBC News") is the page's, no one quoted
    outlet: str = ""
    # the words the article capitalises inside a sentence (``names_in``), lower-cased; None
    # where it has no other sentence to tell a name from a word opening one
    article_names: frozenset[str] | None = None
    # which referents were read inside the quotation still open (no antecedent of the "he"
    # of the frame that closes it: '"Pompeo met Kim. ...," he tweeted' is not Pompeo's), and
    # which in a headline and its standfirst (weak: the body's own subject comes first)
    quoted: set[int] = field(default_factory=set)
    weak: set[int] = field(default_factory=set)
    titled: set[str] = field(default_factory=set)  # lone names given a title: "President Trump"
    # each person whose own mention gave a party, in the article's order ("Democratic Sen.
    # X", "X, a Democrat,", "X (D-Conn.)"): who "the Democrat" is (``party_members``)
    parties: list[tuple[str, str]] = field(default_factory=list)
    # "the Democrat" may be the politician quoted just before, whose party the article
    # never gave (off: ``party_members``)
    party_by_title: bool = False
    # a sentence of the narration had a group for its subject ("Residents have fled") after
    # the last speaker spoke: the next "they" is that group, not the speaker
    group_since_speaker: bool = False

    def observe(self, sentence: str, entities: list[Entity] | None = None) -> None:
        """Learn full names, titles ("Defense Minister Sebastian Lecornu") and the person a
        sentence is about ("But Hasmik Tolmajian sees …" - the "she" of the next one)."""
        found = find_entities(sentence) if entities is None else entities
        self.titled.update(person_referents.titled_names(sentence, found))
        dated = dateline_length(sentence)  # ("SAN DIEGO ― President Trump whipped ...")
        opener = SENTENCE_OPENER.match(sentence, dated)  # ("As ..., X repeated": X)
        start = main_clause_start(sentence) or (opener.end() if opener else dated)
        subject = RUN.match(sentence, start)
        if subject and not subject.group().isupper() and not self._participle(subject.group()) \
                and re.match(r"\s+[a-z]|,", sentence[subject.end():]):
            # "But Hasmik Tolmajian sees …", "Kenia Avila, 35, appeared shaken", "Mr. Trump's
            # comments suggested he …" (not the dateline "WEST PALM BEACH, Fla.")
            name = person_referents.without_home(person_name(person_referents.owner(
                subject.group())))
            # "Amal Idris of the Refugee Council sparked outrage": she, as when she speaks
            name = name and (person_of_body(name, self.is_person) or name)
            # ("Trump's Fourth of July remarks": what a person says aloud makes them one)
            speaks = person_referents.owner_speaks(subject.group(), sentence[subject.end():])
            if name and (_HONORIFIC.match(subject.group()) or (speaks
                                                               and self.may_be_person(name))):
                self.persons.setdefault(name.split()[-1], name)  # "Mr. Trump" is a person
            # ("Mr. Trump's comments" are no woman's of that name)
            whose = self.canonical(name, genders.title_gender(subject.group())) if name else ""
            if name and (self.is_person(whose) or whose in self.titled) \
                    and not person_referents.named_with_article(
                    subject.group()):
                self.referents.append(whose)
        if not sentence.startswith(("\"", "“")) and plural_subject(sentence, start):
            self.group_since_speaker = True
        named = person_referents.described_person(sentence, start)
        if named and self.is_person(named):
            self.referents.append(named)  # "Pro-Armenian candidate Vivek Ramaswamy has"
        elif holder := person_referents.titled_holder(sentence[start:], self):
            self.referents.append(holder)  # "The president hinted ...": the next "he" is its holder
        for m in _DESCRIBED_BODY.finditer(sentence):
            head, first = m.group("head").lower(), m.group("name").split()[0].lower()
            if (head in ORG_WORDS or head in COMPANY_HEADS) and not (
                    first in TITLE_WORDS or first in ORG_WORDS or first in _CALENDAR
                    or first in PLACES or is_demonym(first)):
                self.described[head] = m.group("name")
                if head in COMPANY_HEADS:
                    self.described_companies.append((len(self.names), m.group("name")))
        self.sentence_bodies.append(it_referents.bodies_of(sentence, found, self))
        self.names.append([e.text for e in found if e.label in ("NAME", "ORG")
                           and " " not in e.text and e.text[:1].isupper()
                           and not self.is_person(e.text) and not _common(e.text.lower())
                           and e.text.lower() not in PLACES and not is_demonym(e.text.lower())])
        for entity in found:
            full = entity.text
            if entity.label == "ORG" and " " in full:
                self.bodies.append(full)
            called = self.canonical(full) if " " not in full and entity.label != "PLACE" \
                and len(self.namesakes.get(full, [])) <= 1 else ""
            if " " in called:  # "Macron" before his wife was named: whom the story calls so
                self.surnamed.setdefault(full, called)
            if entity.label in ("ORG", "PLACE") or not self.is_person(full):
                continue
            at = entity.start if sentence[entity.start:entity.end] == full \
                else sentence.find(full)
            if " " in full:  # a lone surname teaches nothing and must not hide the full name
                if not namesakes.someone_else(sentence, full):
                    self.persons[surname(full)] = full
                namesakes.add(self.namesakes, full)
                self._learn_gender(full, genders.gender_around(sentence, at, at + len(full)))
            party = party_of_mention(sentence, at, at + len(full)) if at >= 0 else None
            if party is not None:  # ("Chris Murphy, a Democrat," is no PERSON by a title)
                self.parties.append((self.canonical(full), party))
            if entity.label != "PERSON":
                continue
            at, person = sentence.find(full), self.canonical(full)
            before = sentence[max(0, at - 60) : at]
            described = re.findall(r"[A-Za-z]+", before)[-4:]
            for word in described:
                if word.lower() in TITLE_WORDS:
                    # ("Sen. X" is "the senator" of the next sentences)
                    for title in {word.lower(), _TITLE_IN_FULL.get(word.lower(), word.lower())}:
                        self.titles[title] = person
                        self.held.setdefault(person, set()).add(title)
            apposition = _APPOSITIVE_ROLE.match(sentence, at + len(full))
            if apposition:  # "Ned Price, a State Department spokesperson, said"
                described += re.findall(r"[A-Za-z]+", apposition.group())
                self.held.setdefault(person, set()).update(
                    w.lower() for w in described if w.lower() in TITLE_WORDS)
            self.described_as[person] = " ".join(
                [self.described_as.get(person, ""), *described]).lower()

    def _participle(self, run: str) -> bool:
        """"Hosting President Emmanuel Macron of France at the White House, Mr. Trump ...":
        a participle opening the sentence, whose object is not its subject ("Sterling"
        written so inside a sentence is a name)."""
        first = run.split()[0].lower()
        return first.endswith("ing") and _common(first) \
            and (self.article_names is None or first not in self.article_names)

    def remember(self, speaker: str) -> None:
        self.speakers.append(speaker)
        self.group_since_speaker = False
        self.referents.append(speaker)
        it_referents.note_speaker(speaker, self)
        words = speaker.split()
        if len(words) >= 2 and self.is_person(speaker) and words[-1][0].isupper() \
                and not {"and", "&", "with"} & set(words):  # ("Trump and Melania Trump")
            self.persons.setdefault(words[-1], speaker)
            namesakes.add(self.namesakes, speaker)

    def _learn_gender(self, person: str, gender: str | None) -> None:
        if gender is not None:  # (told both, the article says nothing sure: "?")
            self.genders[person] = gender if self.genders.get(person, gender) == gender else "?"

    def is_outlet(self, name: str) -> bool:
        """"BBC News" on bbc.co.uk, "The New York Times" on nytimes.com: the article's own
        outlet, by its name, its first word or its initials."""
        own = re.sub(r"\.(?:com|org|net|co|uk|de|fr|example|[a-z]{2})\b", "", self.outlet.lower())
        own = re.sub(r"^www\.|[^a-z0-9]", "", own)
        words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _SITE_WORDS]
        if not own or not words:
            return False
        key = "".join(words)
        initials = "".join(w[0] for w in words)
        return key in own or own in key or (len(words[0]) >= 3 and words[0] in own) \
            or (len(initials) >= 2 and own.startswith(initials))

    def resolve_role(self, head: str, of: str = "") -> str | None:
        """"the diplomat", "the official": the person who last spoke, when a title given to
        them is of that kind (a spokesperson is an official, a senator a politician).  With
        a people's name ("the Russian diplomat") the person must have been described as of
        that place ("Russian Deputy Ambassador X", "Britain's ambassador, X,")."""
        kind = _ROLE_KINDS.get(head)
        if kind is None:
            return None
        person = next((n for n in reversed(self.speakers[-3:]) if self.is_person(n)), None)
        if person is None or not self.held.get(person, set()) & (kind | {head}):
            return None
        if of and not (is_demonym(of) and re.search(
                _OF_PLACE.get(of.lower(), rf"\b{re.escape(of.lower()[:4])}"),
                self.described_as.get(person, ""))):
            return None
        return person

    def holder_of_same(self, head: str) -> str | None:
        """"the ambassador" after "Sudan's U.N. envoy, X, welcomed ...": the person who last
        spoke, when given a title that is another word for this one."""
        same = next((group for group in _SAME_TITLES if head in group), None)
        person = next((n for n in reversed(self.speakers[-3:]) if self.is_person(n)), None)
        if same is None or person is None:
            return None
        return person if self.held.get(person, set()) & same else None

    def canonical(self, name: str, gender: str | None = None,
                  titles: frozenset[str] = frozenset()) -> str:
        """"Hajiyev" -> "Hikmet Hajiyev" when the full name appeared earlier; with the
        gender a title gives ("Mr. Trump"), the last full name of a person who may be of
        it (not "Melania Trump"), or the surname alone if none may; of several who may,
        the one ``namesakes.named_by_surname`` tells (by ``titles``: "President Trump")."""
        if " " not in name:
            if name in self.persons:
                return namesakes.named_by_surname(self, name, gender, titles)
            # a family name written first ("spokesperson Mao Ning ... Mao said", "Kim Jong Un
            # ... Kim said"): the one person named so whose name opens with it
            first = {full for full in self.persons.values()
                     if full.split()[0] == name and self.is_person(full)}
            # (and one the story gave a title, quoted or made a sentence's subject ("Kim Jong
            # Un inspected ..."): "the Comey Memos" open with a name too)
            called = self.surnamed.get(name, "")  # (of two, the one called so before)
            only = first.pop() if len(first) == 1 else called if called in first else name
            known = only in self.held or only in self.speakers or only in self.referents
            return only if known else name
        # "von Moltke" -> "James von Moltke": a surname that opens with its particle
        full = self.persons.get(name.split()[-1], name) if name[0].islower() else name
        return full if full.endswith(" " + name) else name

    def is_person(self, name: str) -> bool:
        words = name.lower().split()
        if any(w in ORG_WORDS or w in PLACES or w in TITLE_WORDS or is_demonym(w) for w in words):
            return False  # "South Korean" is no one's name
        return len(words) >= 2 or name in self.persons or name.split()[-1] in self.persons

    def resolve_pronoun(self, pronoun: str, by_gender: bool = False,
                        opens: bool = False) -> str | None:
        """Whom "he", "she", "it" or "they" stands for; ``by_gender`` where the pronoun is
        the one the sentence wrote (so "he" is no woman the article named); ``opens`` where
        it opens the sentence ("It said": the outlet, if no body is near)."""
        if pronoun.lower() in _PERSON_PRONOUNS:
            # a named person, or a role only a person holds ("the spokesman said ... he added")
            gender = genders.PRONOUNS.get(pronoun.lower()) if by_gender else None
            # (and never a body, place or day named like one: "the National Institutes of Health")
            # (a surname the article gave a person's title is one: "President Trump")
            found = next((n for i, n in reversed(list(enumerate(self.referents)))
                          if i not in self.quoted and (((self.is_person(n) or n in self.titled)
                                                        and not person_referents.no_person(
                                                            n, self.bodies))
                                                       or n.split()[-1].lower() in PERSON_ROLES)
                          and genders.fits(self.genders, n, gender)), None)
            return found and (genders.one_of_pair(self.genders, found, gender) or genders.
                              one_namesake(self.genders, self.namesakes.get(found, []), gender)
                              or found)
        if pronoun.lower() == "it":
            return it_referents.it_referent(self, opens)  # a body, never a person
        last = self.speakers[-1] if self.speakers else None
        # "they" is a body or a group, never one person named ("documents they say relate to
        # the case" after Roger Stone spoke is not his); two named together may be
        one = last is not None and self.is_person(last) and last.split()[-1][:1].isupper() \
            and not {"and", "&"} & set(last.split())  # (not "border guards")
        # nor the speaker when a group was a sentence's subject since ("Both the community
        # and officials have refuted the claims. They have underlined ..." is theirs)
        return None if one or self.group_since_speaker else last

    def is_opening_plural(self, name: str) -> bool:
        """"Hospitals", "Airlines", "Banks": a common plural noun, capitalised only where it
        opens a sentence (the article never capitalises it inside one), is a bare group like
        "Officials", no one's name ("Rangers", "Democrats" written so mid-sentence stay)."""
        word = name.lower()
        if self.article_names is None or " " in word or not name[:1].isupper() \
                or word in self.article_names or not word.endswith("s") \
                or word.endswith(("ss", "us", "is")) or word in PLACES or is_demonym(word):
            return False
        single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        if single in _PARTY_MEMBERS:
            return False  # "Democrats said": a party speaks, however it is written
        return _common(word) and (_common(single) or _common(word[:-2]))

    def may_be_person(self, name: str) -> bool:
        """A person, or a lone capitalised name that is no body, place or people ("Kim")."""
        if self.is_person(name):
            return True
        words = name.split()
        return len(words) == 1 and name[:1].isupper() and not (
            name.lower() in ORG_WORDS or name.lower() in PLACES or name.lower() in TITLE_WORDS
            or is_demonym(name.lower()))

    def only_recent_person(self, window: int = 3) -> str | None:
        """The person among the last ``window`` referents, if they are all one person."""
        recent = list(enumerate(self.referents))[-window:]
        # (a headline's subject only where the body has given none yet)
        named = [n for i, n in recent if i not in self.weak] or [n for _, n in recent]
        people = {self.canonical(n) for n in named if (self.is_person(n) or n in self.titled)
                  and not person_referents.no_person(n, self.bodies)}
        return people.pop() if len(people) == 1 else None

    def resolve_descriptor(self, head: str) -> str | None:
        """"the ministry" -> the last speaker whose name holds "Ministry"; "the alliance" ->
        the last organisation that spoke; "the minister" -> the last person titled so."""
        for name in reversed(self.speakers):
            if head in name.lower().split():
                return name
        if head in self.described:
            return self.described[head]
        if (head in COMPANY_HEADS or head.endswith("maker")) and self.described_companies:
            at, name = self.described_companies[-1]
            if len(self.names) - at <= 3:  # as for a bare name below: the last few sentences
                return name
        for name in reversed(self.bodies[-5:]):
            if name.lower().split()[-1] == head:  # named by its head noun: "the unit"
                return name
        same = self.holder_of_same(head)
        if same is not None:
            return same
        if head in self.titles:
            return self.titles[head]
        if head in ORG_WORDS:
            for name in reversed(self.speakers[-3:]):
                # a named body ("Deutsche Bank Group" for "the bank"); a bare "company"
                # that spoke before is no name for "the bank"
                if name[:1].isupper() and any(same_kind(head, w) for w in name.lower().split()):
                    return name
        if head in COMPANY_HEADS or head.endswith("maker"):
            # "Norvanta said ... The company said": a company is mostly called by its bare
            # name, which says nothing of its kind; a person, a place or a ministry is no company
            for name in reversed(self.speakers[-3:]):
                if name[:1].isupper() and not self.is_person(name) \
                        and name.lower() not in NO_COMPANY \
                        and not any(w in ORG_WORDS or w in PLACES or is_demonym(w)
                                    for w in name.lower().split()):
                    return name
        return None

    def company_named(self, head: str) -> str | None:
        return _company_named(self, head)

    def company_subject(self, head: str, before: str) -> str | None:
        """"Carmaker Velta is recalling 310,000 SUVs, the company said": with no company
        speaking earlier, "the company" is the one this sentence is about, named (after its
        description) at its start and followed by its verb.  A common word there ("Shares in
        Velta fell") or a person, place or people names no company."""
        if not (head in COMPANY_HEADS or head.endswith("maker")):
            return None
        m = _COMPANY_SUBJECT.match(before)
        if m is None:
            return None
        described = m.group("desc") and m.group("desc").split()[-1].lower()
        if described and not (described in COMPANY_HEADS or described.endswith("maker")
                              or described in ("operator", "giant")):
            return None
        name = m.group("name")
        words = name.lower().split()
        if self.is_person(name) or any(w in PLACES or w in ORG_WORDS or is_demonym(w)
                                       for w in words):
            return None
        if not described and len(words) == 1 and _common(words[0]) \
                and (self.article_names is None or words[0] not in self.article_names):
            return None  # (a common word the article capitalises inside a sentence is a
            # name: "City" of "beat City 2-1", "City will appeal, the club said")
        return name


def _company_named(context: SpeakerContext, head: str) -> str | None:
    """"A SkyLink flight was forced to return ..., the airline said": with no company among
    the speakers, the one name of the last three sentences that may be one (none where
    two are)."""
    if not (head in COMPANY_HEADS or head.endswith("maker")):
        return None
    # (not a word capitalised only where it opens a sentence: "Replays appeared to show")
    names = {n for sentence in context.names[-3:] for n in sentence
             if n.lower() not in NO_COMPANY
             and (context.article_names is None or n.lower() in context.article_names)}
    return names.pop() if len(names) == 1 else None


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, "en") >= 3.5


# members of a party, named as the party speaks ("Democrats", "Conservatives", "Greens")
_PARTY_MEMBERS = _words("""democrat republican conservative liberal socialist communist green
    tory labourite nationalist unionist""")

# titles written short, as the next sentences call their holder ("Sen. X ... the senator")
_TITLE_IN_FULL = {"sen": "senator", "rep": "representative", "gov": "governor",
                  "gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain",
                  "adm": "admiral", "prof": "professor", "sgt": "sergeant"}

# a narration's subject that is a group: a plural verb after a subject that is no pronoun
# ("Both the community and officials have refuted", "Residents are leaving"), or a plural
# common noun heading it before a verb in the past ("Local officials refuted")
_PLURAL_VERB = re.compile(r"(?P<np>(?:[\w’'.-]+\s+){1,12}?)(?:[a-z]+ly\s+)?"
                          r"(?:have|are|were|say|do|don['’]t|haven['’]t|aren['’]t|weren['’]t)\b")
_PLURAL_HEAD = re.compile(r"(?:[\w’'.-]+\s+){0,4}?(?P<head>[a-z]+[^s\W]s)\s+(?:[a-z]+ly\s+)?"
                          r"[a-z]+ed\b")
_NOT_GROUP = _words("they we you i it he she this that these those there who which what and but")
_NOT_IN_SUBJECT = _words("""that who which said says told found reported is was has had will
    would can could may might must should""")


def plural_subject(sentence: str, start: int) -> bool:
    """Whether the clause at ``start`` has a group, not a pronoun, for its subject."""
    m = _PLURAL_VERB.match(sentence, start) or _PLURAL_HEAD.match(sentence, start)
    if m is None or any(mark in m.group() for mark in (",", "“", '"')):
        return False
    words = [re.split(r"['’]", w)[0] for w in m.group().lower().split()]
    if words[0] in _NOT_GROUP or _NOT_IN_SUBJECT & set(words[:-1]):
        # a pronoun ("They've said"), or a clause before the verb ("The report that officials
        # have", "The minister said residents are"): not the sentence's subject
        return False
    if m.re is _PLURAL_HEAD:
        head = m.group("head")
        return _common(head) and not head.endswith(("us", "is", "ss"))
    return True


# words a site's name adds to its outlet's ("BBC News", "The Times Online")
_SITE_WORDS = _words("the news online daily digital web com")

# ", a State Department spokesperson,", ", the Philippine foreign minister,": a role in
# apposition after a name
_APPOSITIVE_ROLE = re.compile(r",\s+(?:a|an|the|[A-Z][\w.-]*[’']s)\s+(?:[\w.’'-]+\s+){0,5}?"
                              r"[a-z]+(?=\s*,)")

_CALENDAR = _words("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""")

_DESCRIBED_BODY = re.compile(r"\b(?P<head>[a-z]+)\s+(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?)"
                             r"(?=[\s,.;:]|$)")

_COMPANY_SUBJECT = re.compile(
    r"(?P<desc>(?:[A-Z]?[a-z]+\s+){1,3}?)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
    r"(?:[’']s)?\s+[a-z]")


COMPANY_HEADS = _words("""company corporation firm group carmaker automaker retailer airline
    insurer lender manufacturer broadcaster publisher conglomerate startup operator giant
    chain supplier provider producer club""")
