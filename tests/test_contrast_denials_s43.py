"""The contrast stage on fact-check headlines that deny a story in words of their own: a
subject said not to be the one who did it ("X Is Not the Hero Who Tackled ..."), a wish
that it had happened ("If Only A Bird Really Did Poop on Putin"), an event said never to
have happened ("The Bowling Green massacre never happened"), "alive" against "passed
away", plain words for a made-up story ("phony", "fictitious", "falsified"), and a "but
won't" that takes the predicate before it ("has a port, but won't when it ships")."""

from __future__ import annotations

import pytest
from contrastkit import agrees, contrast, denies, parsed


@pytest.mark.parametrize(("story", "headline"), [
    ("Paul Rudd helped take down the Dallas airport homophobe.",
     "Paul Rudd Is Not the Viral Video Hero Who Tackled a Gay Basher in Dallas"),
    ("Tom Hanks paid for a stranger's groceries at a Malibu supermarket.",
     "Tom Hanks wasn't the generous hero who covered a shopper's bill in Malibu"),
    ("Keanu Reeves pulled a driver out of a burning car on the Hollywood freeway.",
     "Keanu Reeves is not the good Samaritan who rescued a motorist on a Hollywood road"),
])
def test_a_subject_said_not_to_be_the_doer_denies_the_act_in_other_words(
        story: str, headline: str) -> None:
    denies(story, headline)


@pytest.mark.parametrize(("story", "headline"), [
    ("A bird pooped on Vladimir Putin during a speech.",
     "If Only A Bird Really Did Poop on Putin"),
    ("The mayor resigned over the budget scandal.",
     "If only the mayor really had resigned over the budget scandal"),
    ("A shark swam down a flooded Houston freeway.",
     "Fact check: If only a shark actually did swim down a Houston freeway"),
])
def test_a_wish_that_it_had_happened_denies_it(story: str, headline: str) -> None:
    denies(story, headline)


@pytest.mark.parametrize(("story", "other"), [
    # the act told of someone else: the denial is of Rudd, not of the act
    ("A man helped take down the Dallas airport homophobe.",
     "Paul Rudd Is Not the Viral Video Hero Who Tackled a Gay Basher in Dallas"),
    # Rudd, but of another story
    ("Paul Rudd attended the Oscars.", "Paul Rudd is not the actor who played Ant-Man"),
    # one of several who did it: asserted, not denied
    ("Paul Rudd tackled a bully in Dallas.",
     "Paul Rudd is not the only actor who tackled a bully in Dallas"),
    # "if only to", "if only because": the act happened
    ("Smith attended the rally.", "If only to show support, Smith attended the rally"),
    ("The mayor resigned.", "If only because of the scandal, the mayor resigned"),
    # "if only" later in the sentence is no headline's wish
    ("Smith attended the rally.", "Smith attended the rally, if only briefly"),
])
def test_another_subject_one_of_many_or_an_if_only_that_asserts_stays_apart(
        story: str, other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize(("story", "headline"), [
    ("Refugees carried out a massacre in Bowling Green, Kentucky.",
     "The Bowling Green massacre never happened"),
    ("Police arrested Banksy in London.", "The Banksy arrest did not happen"),
    ("Police raided the mosque in Leeds.",
     "The raid on the Leeds mosque never took place, police said"),
    ("Fans stormed the pitch in Madrid.", "The pitch invasion in Madrid didn't happen at all"),
])
def test_an_event_said_never_to_have_happened_denies_the_story(story: str,
                                                                headline: str) -> None:
    result = contrast(parsed("wire", story), parsed("site", headline))
    assert result.relation == "conflict", headline
    contra = next(d for d in result.differences if d.conflict)
    assert {e["voice"]: e["role"] for e in contra.evidence} == {"site": "denies",
                                                                "wire": "asserts"}


@pytest.mark.parametrize(("story", "other"), [
    # another day, not no event
    ("The summit took place on Tuesday.", "The summit did not happen on Monday"),
    # a record, a plan, a delay
    ("The Patriots shut out the Rams in the Super Bowl.",
     "A Super Bowl shutout has never happened"),
    ("The leaders will meet in Geneva.", "The Geneva meeting will not happen"),
    ("The leaders will meet in Geneva.", "The Geneva meeting has not happened yet"),
    # no story named: a kind of event, or a pronoun
    ("The two sides discussed a deal.", "The deal never happened"),
    ("Police arrested Banksy in London.", "It never happened"),
    # another event of the same kind
    ("Police arrested Banksy in London.", "The Madonna concert never happened"),
])
def test_a_day_a_record_a_plan_or_no_story_named_stays_apart(story: str, other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize(("story", "headline"), [
    ("The singer passed away on Sunday.", "The singer is alive and well"),
    ("Bill Cosby passed away at his home.", "Bill Cosby is alive, his spokesman said"),
    ("Pope Benedict has passed away.", "Pope Benedict still alive, Vatican says"),
])
def test_passed_away_is_the_opposite_of_alive(story: str, headline: str) -> None:
    result = contrast(parsed("wire", story), parsed("site", headline))
    assert result.relation == "conflict", headline
    assert any("passed away" in d.summary and "alive" in d.summary.lower()
               for d in result.differences if d.conflict)


@pytest.mark.parametrize(("story", "other"), [
    ("The actor passed away on Sunday.", "The actor died on Sunday"),
    # of another person
    ("The pilot passed away in the crash.", "Three passengers survived the crash"),
    # no death: a ball passed away from the keeper
    ("The striker passed the ball away from the keeper.", "The striker is alive"),
])
def test_passed_away_of_one_side_or_no_death_stays_apart(story: str, other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize(("story", "headline"), [
    ("The senator said women should stay home.",
     "The senator's quote about women staying home is phony"),
    ("A shark swam down a Houston freeway.", "The Houston freeway shark photo is fictitious"),
    ("A shark swam down a Houston freeway.",
     "The story of the shark on the Houston freeway is made-up"),
    ("A shark swam down a Houston freeway.", "Shark on Houston freeway story is hogwash"),
    ("The company reported record profits in 2014.",
     "The company's 2014 profit figures were falsified, auditors say"),
])
def test_a_story_called_phony_fictitious_or_falsified_is_denied(story: str,
                                                                 headline: str) -> None:
    denies(story, headline)


@pytest.mark.parametrize(("story", "other"), [
    # a thing picked out by the word, not a statement called untrue
    ("The charity raised money for orphans.", "The phony charity raised money for orphans"),
    ("Police arrested a man at the border.", "The man used a phony passport at the border"),
    # the word negated: the story is upheld
    ("A shark swam down a Houston freeway.", "The Houston freeway shark photo is not phony"),
])
def test_a_phony_thing_or_a_negated_falsity_word_stays_apart(story: str, other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize(("story", "headline"), [
    ("The Apple Watch will ship with a diagnostics port.",
     "Apple Watch has a Lightning port for development, but won't when it ships"),
    ("The phone will ship with a headphone jack.",
     "The test phone has a headphone jack, but won't when it ships to stores"),
    ("The phone will have a headphone jack.", "The phone has a headphone jack, but won't."),
])
def test_a_negation_that_takes_the_predicate_before_but_denies_it(story: str,
                                                                  headline: str) -> None:
    result = contrast(parsed("wire", story), parsed("site", headline))
    assert result.relation == "conflict", headline
    contra = next(d for d in result.differences if d.conflict)
    assert {e["voice"]: e["role"] for e in contra.evidence} == {"site": "negates",
                                                                "wire": "asserts"}


@pytest.mark.parametrize(("story", "other"), [
    # what the clause before "but" says of now is asserted
    ("The Apple Watch has a Lightning port for development.",
     "Apple Watch has a Lightning port for development, but won't when it ships"),
    # the time told, but not what is denied then
    ("The phone will ship next month.",
     "The phone has a headphone jack, but won't when it ships"),
    # no auxiliary to take: left alone
    ("The senator will attack the press.",
     "The senator attacked the press but won't when he meets them"),
])
def test_the_clause_before_but_or_the_time_alone_stays_apart(story: str, other: str) -> None:
    agrees(story, other)
