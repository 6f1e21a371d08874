"""Storydiff: compare two versions of a news story.

Which facts both versions tell, which only one tells, and where they contradict (a different death
toll, a date, a name, a negation), in any language. The work is done by the Rust core, the same one
the command line and the browser page run; the report follows schema v1 (docs/REPORT.md) with
offsets counted in code points, so ``a[u["start"]:u["end"]]`` is the unit's text.

    compare(a, b, **options) -> dict                 one pair
    compare_many(pairs, threads=None, **options)     many pairs in parallel, the GIL released
    compare_records(records, threads=None)           records as `storydiff batch` reads them; bad
                                                     records become error entries, never exceptions
    render(a, b, format="text", **options) -> str    "text", "html", "markdown" or "json"
"""

from __future__ import annotations

import json as _json
from typing import Any, Iterable, Mapping

from ._storydiff import MAX_TEXT_BYTES, __version__, _records, compare, compare_many, render

__all__ = ["compare", "compare_many", "compare_records", "render", "__version__", "MAX_TEXT_BYTES"]


def compare_records(
    records: Iterable[Mapping[str, Any] | str],
    threads: int | None = None,
    *,
    summary: bool = True,
    report: bool = True,
) -> list[dict[str, Any]]:
    """Compares records as ``storydiff batch`` does, one result per record, in order.

    A record is a mapping with "id" (str or int), "a", "b", and optionally "label_a", "label_b" and
    "options" (the JS API's option names, as a dict or a JSON string); or a str, one line of a
    JSON-lines file, read exactly as ``storydiff batch`` reads it. Each result is
    ``{"id", "summary": dict, "report_json": str}`` (code-point offsets), or ``{"id", "error": str}``
    for a record that cannot be compared: the same checks and messages as the CLI, so a bad
    record never raises and never stops the others.
    """
    lines: list[str] = []
    failed: dict[int, dict[str, Any]] = {}
    for i, rec in enumerate(records):
        if isinstance(rec, str):
            lines.append(rec)
            continue
        try:
            if not isinstance(rec, Mapping):
                raise TypeError(f"expected a mapping, not {type(rec).__name__}")
            rec = dict(rec)
            opts = rec.get("options")
            if isinstance(opts, str):
                rec["options"] = _json.loads(opts) if opts.strip() else None
            lines.append(_json.dumps(rec, ensure_ascii=False))
        except (TypeError, ValueError) as e:
            rid = rec.get("id") if isinstance(rec, Mapping) else None
            failed[i] = {"id": rid if isinstance(rid, (str, int)) else None, "error": f"record {i}: {e}"}
            lines.append("")  # a placeholder; its result is replaced below
    out: list[dict[str, Any]] = []
    for i, (head, rep) in enumerate(_records(lines, threads, summary, report)):
        if i in failed:
            out.append(failed[i])
            continue
        row = _json.loads(head)
        if rep is not None:
            row["report_json"] = rep
        out.append(row)
    return out
