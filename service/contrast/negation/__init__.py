"""Contradiction: one voice asserts what another denies, or says the opposite.

Five patterns, each conservative (a missed contradiction costs less than a made-up one):

* negated predicate: "did not attend" against "attended" -- the first content word a
  negation governs (its head) is asserted, un-negated, by another voice that also uses
  another word of the negated clause (its subject or object: "The ambassadors did not
  attend"); one shared word is a topic ("is not under investigation" against "asked him to
  drop the investigation into Flynn"), except where what is denied is that something exists
  ("There is no band playing" against "A band is performing");
* negated restatement: "Mayor did not personally sign the stadium deal" against "the mayor
  approved the stadium deal" -- a negated clause that restates most of a claim which
  negates nothing, in other words for the predicate;
* denial: "denied that its forces shelled X", "the report is false", "does not reflect
  reality", "Iraq denies Lebanon captured her", "the arrest was a hoax", "raises doubts
  about the report" -- a denial of a statement contradicts a voice that makes it ("the
  minister's position is unfounded" names what it calls untrue: the other voice must be
  about that);
* opposite predicates: antonym pairs ("ended"/"unresolved", "voluntary"/"forced"); a negated
  pole counts as the other pole ("not over" = ongoing), so double negation comes out right;
* counter-accusation: "A accused B of shelling" against "B's side says A shelled".

A negation that only describes ("migrants who don't pass the interview", "if the talks do
not resume") asserts nothing, and "dismiss" denies a statement only where it is the voice's
own verdict on one (not "sought to dismiss the case", not "dismissed it as 'catch and
release'").

Negation scope runs from the cue to the end of its clause (punctuation or a conjunction), so
"did not attend, and condemned" leaves "condemned" asserted.  A word counts as *asserted*
only when no cue precedes it in its sentence at all: that keeps a negation we scoped too
narrowly from looking like an assertion.
"""

from __future__ import annotations

from service.contrast.negation.compare import contradictions, disputed

__all__ = ["contradictions", "disputed"]
