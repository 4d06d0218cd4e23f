"""The shapes of what :meth:`demarche.Extractor.extract` returns, as ``TypedDict``s for type
checkers. At run time the values are plain dicts, lists, strings, ints, bools and ``None``: the
JSON contract (the README's "Output" section), field for field.

Spans (``start``, ``end``) are byte offsets into the UTF-8 encoding of the article text:
``text.encode()[start:end].decode()`` is the excerpt. Days are ``"YYYY-MM-DD"`` strings.
"""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict

__all__ = [
    "Span",
    "Excerpt",
    "DayRange",
    "Date",
    "Anchor",
    "Actor",
    "Statement",
    "Meeting",
    "Refusal",
    "Extraction",
]


class Span(TypedDict):
    """Byte offsets into the UTF-8 text."""

    start: int
    end: int


class Excerpt(TypedDict):
    """A piece of the text and where it is."""

    start: int
    end: int
    text: str


class DayRange(TypedDict):
    """The first and last day (inclusive) a date covers."""

    first: str
    last: str


# The TIMEX3 modifier names: BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN,
# EQUAL_OR_LESS, EQUAL_OR_MORE, START, MID, END, APPROX.
Date = TypedDict(
    "Date",
    {
        "text": str,
        "span": Span,
        "kind": Literal["date", "time", "duration", "set"],
        "value": Optional[str],
        "mod": Optional[str],
        "range": Optional[DayRange],
    },
)
Date.__doc__ = """A temporal expression, normalised TIMEX3-style (``value``: ``2023-06-03``,
``2023-W21``, ``P18M``, ``PRESENT_REF``, ``XXXX-06-03``, or ``None``)."""


class Anchor(TypedDict):
    """The day relative dates were resolved against, and where it came from."""

    day: str
    source: Literal["published", "dateline"]


class Actor(TypedDict):
    """A person, country or organisation, once per article, with every mention."""

    id: str
    name: str
    kind: Literal["person", "country", "organization"]
    country: Optional[str]
    anonymous: bool
    title: Optional[str]
    mentions: List[Excerpt]


class Statement(TypedDict):
    """Who said what: ``speaker`` is an actor id."""

    speaker: Optional[str]
    kind: Literal["direct", "indirect"]
    text: str
    span: Span
    cue: Optional[Excerpt]
    date: Optional[Date]


class Meeting(TypedDict):
    """Who met or talked with whom (actor ids), when, where, how, and whether it happened."""

    participants: List[str]
    status: Literal["held", "planned", "proposed", "refused", "cancelled", "not_held"]
    format: Literal["in_person", "video", "phone", "unknown"]
    date: Optional[Date]
    location: Optional[str]
    location_span: Optional[Span]
    evidence: List[Excerpt]
    cameo: str
    plover: str
    plover_mode: Optional[str]


class Refusal(TypedDict):
    """Who (actor id) declined whose request, and what. ``meeting`` indexes ``meetings``."""

    refuser: Optional[str]
    requester: Optional[str]
    object: str
    meeting: Optional[int]
    date: Optional[Date]
    evidence: List[Excerpt]
    cameo: str
    plover: str


class Extraction(TypedDict):
    """Everything extracted from one article."""

    published: Optional[str]
    anchor: Optional[Anchor]
    actors: List[Actor]
    statements: List[Statement]
    meetings: List[Meeting]
    refusals: List[Refusal]
    dates: List[Date]
