from typing import Any, Iterable, Literal, Mapping, Sequence, TypedDict, Union

__version__: str
MAX_TEXT_BYTES: int

FactKindName = Literal["number", "date", "name", "quote"]

class Span(TypedDict):
    start: int
    end: int

class Mention(TypedDict):
    start: int
    end: int
    value: str

class Unit(TypedDict, total=False):
    id: int
    start: int
    end: int
    kind: Literal["title", "heading", "text", "caption", "byline", "dateline", "boilerplate"]
    status: Literal["same", "changed", "conflict", "only", "ignored"]
    marks: list[Span]

class Side(TypedDict):
    units: list[Unit]

class Clash(TypedDict, total=False):
    kind: str
    slot: str
    a: Mention
    b: Mention

class Link(TypedDict, total=False):
    a: list[int]
    b: list[int]
    relation: Literal["same", "changed", "conflict"]
    score: float
    conflicts: list[Clash]
    possible: list[Clash]

class Fact(TypedDict, total=False):
    kind: FactKindName
    status: Literal["shared", "only_a", "only_b", "conflict", "possible_conflict"]
    key: str
    slot: str
    a: list[Mention]
    b: list[Mention]

class Report(TypedDict):
    version: int
    offsets: Literal["codepoint"]
    comparison: Literal["versions", "outlets"]
    a: Side
    b: Side
    links: list[Link]
    facts: list[Fact]
    variants: list[dict[str, str]]
    summary: dict[str, Any]

class PairOptions(TypedDict, total=False):
    a: str
    b: str
    sensitivity: float
    fact_kinds: Sequence[FactKindName] | None
    hide_furniture: bool
    label_a: str
    label_b: str

def compare(
    a: str,
    b: str,
    *,
    sensitivity: float = 0.5,
    fact_kinds: Sequence[FactKindName] | None = None,
    hide_furniture: bool = False,
    label_a: str = "A",
    label_b: str = "B",
) -> Report: ...
def compare_many(
    pairs: Iterable[Union[tuple[str, str], Sequence[str], PairOptions]],
    threads: int | None = None,
    *,
    sensitivity: float = 0.5,
    fact_kinds: Sequence[FactKindName] | None = None,
    hide_furniture: bool = False,
    label_a: str = "A",
    label_b: str = "B",
) -> list[Report]: ...
def render(
    a: str,
    b: str,
    format: Literal["text", "html", "markdown", "json"] = "text",
    *,
    sensitivity: float = 0.5,
    fact_kinds: Sequence[FactKindName] | None = None,
    hide_furniture: bool = False,
    label_a: str = "A",
    label_b: str = "B",
) -> str: ...
def compare_records(
    records: Iterable[Mapping[str, Any] | str],
    threads: int | None = None,
    *,
    summary: bool = True,
    report: bool = True,
) -> list[dict[str, Any]]: ...
