"""The Python package: code-point offsets, parity with the CLI, parallel runs without the GIL, bad input."""

from __future__ import annotations

import json
import math
import re
import subprocess
import threading
import time
from pathlib import Path

import pytest
import storydiff
from conftest import ROOT, cli_batch, to_codepoints

HINDI = ("बाढ़ में १४ लोगों की मौत हुई। सड़कें बंद रहीं। 😀 राहत दल पहुँचे।",
         "बाढ़ में 17 लोगों की मौत हुई। स्कूल खुले रहे। राहत दल पहुँचे। 🙂")
ARABIC = ("قتل ٢٣ شخصا في الفيضانات يوم الثلاثاء. أغلقت الطرق.",
          "قتل 27 شخصا في الفيضانات يوم الثلاثاء. فتحت المدارس.")
EMOJI = ("🌊🌊 Floods killed 23 people on Tuesday 👨‍👩‍👧. Roads were closed 🚧.",
         "On Tuesday 👨‍👩‍👧, floods killed 27 people. Schools stayed open 🏫.")


def spans(report: dict):
    """Every (side, start, end) in a report."""
    for side in ("a", "b"):
        for u in report[side]["units"]:
            yield side, u["start"], u["end"]
            for m in u.get("marks", []):
                yield side, m["start"], m["end"]
    for link in report["links"]:
        for c in link.get("conflicts", []) + link.get("possible", []):
            yield "a", c["a"]["start"], c["a"]["end"]
            yield "b", c["b"]["start"], c["b"]["end"]
    for f in report["facts"]:
        for side in ("a", "b"):
            for m in f[side]:
                yield side, m["start"], m["end"]


@pytest.mark.parametrize("a,b", [HINDI, ARABIC, EMOJI], ids=["hindi", "arabic", "emoji"])
def test_offsets_are_python_string_indices(a, b, cli):
    r = storydiff.compare(a, b)
    assert r["offsets"] == "codepoint" and r["version"] == 1
    text = {"a": a, "b": b}
    for side, s, e in spans(r):
        piece = text[side][s:e]
        assert 0 <= s < e <= len(text[side]) and piece == piece.strip(), (side, s, e, piece)
    # Units tile the text: every non-space character lies in a unit.
    for side in ("a", "b"):
        covered = "".join(text[side][u["start"]:u["end"]] for u in r[side]["units"])
        assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text[side])
    # The conflict's values are where the offsets say.
    clash = [c for l in r["links"] for c in l.get("conflicts", [])]
    assert clash, "each pair contradicts itself on a number"
    c = clash[0]
    assert a[c["a"]["start"]:c["a"]["end"]] in ("१४", "٢٣", "23")
    assert b[c["b"]["start"]:c["b"]["end"]] in ("17", "27")
    # And the same as the CLI's byte offsets, counted in code points.
    assert r == to_codepoints(cli_batch(cli, [{"id": 0, "a": a, "b": b}])[0]["report"], a, b)


def test_reports_equal_the_cli_on_every_fixture(fixtures, cli):
    """storydiff.compare == `storydiff --json` with offsets converted, on every fixture."""
    for name, a, b in fixtures:
        p = subprocess.run([str(cli), "--json", str(ROOT / "tests/fixtures" / name / "a.txt"),
                            str(ROOT / "tests/fixtures" / name / "b.txt")], capture_output=True, check=True)
        want = to_codepoints(json.loads(p.stdout), a, b)
        assert storydiff.compare(a, b) == want, name
    many = storydiff.compare_many([(a, b) for _, a, b in fixtures], threads=2)
    assert many == [storydiff.compare(a, b) for _, a, b in fixtures]


def test_options_reach_the_engine_as_on_the_command_line(fixtures, cli):
    name, a, b = next(f for f in fixtures if f[0] == "en-flood-toll")
    r = storydiff.compare(a, b, sensitivity=0.9, fact_kinds=["number"], hide_furniture=True,
                          label_a="Wire", label_b="Paper")
    assert r["facts"] and all(f["kind"] == "number" for f in r["facts"])
    rec = {"id": name, "a": a, "b": b, "options": {"sensitivity": 0.9, "factKinds": ["number"], "hideFurniture": True}}
    assert r == to_codepoints(cli_batch(cli, [rec])[0]["report"], a, b)
    assert "Wire" in storydiff.render(a, b, label_a="Wire") and "Paper" in storydiff.render(a, b, "html", label_b="Paper")


def test_compare_many_takes_tuples_dicts_and_generators_in_order():
    pairs = [HINDI, ARABIC, EMOJI] * 7
    base = [storydiff.compare(a, b) for a, b in pairs]
    assert storydiff.compare_many(iter(pairs)) == base
    assert storydiff.compare_many(pairs, threads=1) == base
    assert storydiff.compare_many([{"a": a, "b": b} for a, b in pairs], threads=2) == base
    only_numbers = storydiff.compare_many([{"a": HINDI[0], "b": HINDI[1], "fact_kinds": ["number"]}])[0]
    assert only_numbers == storydiff.compare(*HINDI, fact_kinds=["number"])
    assert storydiff.compare_many([]) == []


def test_compare_many_releases_the_gil(fixtures):
    pairs = [(a, b) for _, a, b in fixtures] * 30
    done = threading.Event()
    result = {}

    def work():
        result["n"] = len(storydiff.compare_many(pairs, threads=1))
        done.set()

    t = threading.Thread(target=work)
    start = last = time.perf_counter()
    t.start()
    gaps, ticks = [], 0
    while not done.is_set():
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        ticks += 1
    t.join()
    took = time.perf_counter() - start
    assert result["n"] == len(pairs)
    # Holding the GIL, the call would stop this loop for its whole length; released, the loop only
    # waits for the short moments the reports become dicts.
    assert took > 0.2, "too little work to tell"
    assert max(gaps) < took / 2, (max(gaps), took)


def test_render_formats():
    a, b = EMOJI
    assert storydiff.render(a, b).startswith("Storydiff")
    assert storydiff.render(a, b, "html").lstrip().lower().startswith("<!doctype html")
    assert "conflict" in storydiff.render(a, b, "markdown").lower()
    assert json.loads(storydiff.render(a, b, "json")) == storydiff.compare(a, b)


def test_compare_records_matches_the_cli_batch_errors_included(fixtures, cli):
    recs = [{"id": n, "a": a, "b": b} for n, a, b in fixtures]
    recs += [
        {"id": "no-b", "a": "x"},
        {"id": "bad-option", "a": "x", "b": "y", "options": {"sensitivty": 1}},
        {"id": "json-option", "a": "x", "b": "y", "options": '{"factKinds": ["date"]}'},
        {"id": 7, "a": "x\u0000", "b": "y"},
        {"a": "x", "b": "y"},
    ]
    got = storydiff.compare_records(recs, threads=2)
    # The CLI reads options as an object; Python takes a JSON string as well (a Parquet column).
    as_cli = [dict(r, options=json.loads(r["options"])) if isinstance(r.get("options"), str) else r for r in recs]
    want = cli_batch(cli, as_cli, "--summary")
    assert len(got) == len(want) == len(recs)
    for g, w, r in zip(got, want, as_cli):
        assert g["id"] == w["id"]
        if "error" in w:
            assert g == {"id": w["id"], "error": w["error"]}
        else:
            assert g["summary"] == w["summary"]
            full = cli_batch(cli, [r])[0]["report"]
            assert json.loads(g["report_json"]) == to_codepoints(full, r["a"], r["b"])
    # Not JSON at all, or not a mapping: an error entry, never an exception.
    odd = storydiff.compare_records([{"id": "s", "a": "x", "b": "y", "when": object()}, 3])
    assert "error" in odd[0] and odd[0]["id"] == "s" and "error" in odd[1]


def test_version_stubs_and_marker():
    cargo = (ROOT / "Cargo.toml").read_text()
    assert storydiff.__version__ == re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
    pkg = Path(storydiff.__file__).parent
    assert (pkg / "py.typed").is_file() and (pkg / "__init__.pyi").is_file()
    stub = (pkg / "__init__.pyi").read_text()
    for name in storydiff.__all__:
        assert re.search(rf"\b{name}\b", stub), name


BAD = [
    (lambda: storydiff.compare(1, "x"), TypeError),
    (lambda: storydiff.compare("x", b"y"), TypeError),
    (lambda: storydiff.compare("x"), TypeError),
    (lambda: storydiff.compare("x", "y", sensitivity=2), ValueError),
    (lambda: storydiff.compare("x", "y", sensitivity=-0.1), ValueError),
    (lambda: storydiff.compare("x", "y", sensitivity=math.nan), ValueError),
    (lambda: storydiff.compare("x", "y", sensitivity="high"), TypeError),
    (lambda: storydiff.compare("x", "y", fact_kinds="number"), TypeError),
    (lambda: storydiff.compare("x", "y", fact_kinds=["numbers"]), ValueError),
    (lambda: storydiff.compare("x", "y", fact_kinds=[1]), TypeError),
    (lambda: storydiff.compare("x", "y", fact_kinds=5), TypeError),
    (lambda: storydiff.compare("x", "y", hide_furniture="yes"), TypeError),
    (lambda: storydiff.compare("x", "y", label_a=3), TypeError),
    (lambda: storydiff.compare("x", "y", colour="red"), TypeError),
    (lambda: storydiff.compare("\ud800", "y"), ValueError),  # a lone surrogate is no text
    (lambda: storydiff.render("x", "y", "pdf"), ValueError),
    (lambda: storydiff.compare_many(5), TypeError),
    (lambda: storydiff.compare_many([1]), TypeError),
    (lambda: storydiff.compare_many([("x",)]), TypeError),
    (lambda: storydiff.compare_many([("x", 2)]), TypeError),
    (lambda: storydiff.compare_many([{"a": "x"}]), ValueError),
    (lambda: storydiff.compare_many([{"a": "x", "b": "y", "colour": 1}]), TypeError),
    (lambda: storydiff.compare_many([{"a": "x", "b": "y", "sensitivity": 3}]), ValueError),
    (lambda: storydiff.compare_many([("x", "y")], threads=0), ValueError),
    (lambda: storydiff.compare_many([("x", "y")], threads=-2), ValueError),
    (lambda: storydiff.compare_many([("x", "y")], threads="4"), TypeError),
]


@pytest.mark.parametrize("call,exc", BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_arguments_raise_clear_errors(call, exc):
    with pytest.raises(exc) as e:
        call()
    assert str(e.value), "the message says what is wrong"


def test_messages_name_the_problem():
    with pytest.raises(ValueError, match="from 0 to 1"):
        storydiff.compare("x", "y", sensitivity=2)
    with pytest.raises(ValueError, match="unknown kind 'numbers'|unknown kind \"numbers\""):
        storydiff.compare("x", "y", fact_kinds=["numbers"])
    with pytest.raises(TypeError, match=r"pairs\[1\]"):
        storydiff.compare_many([("x", "y"), 3])
    with pytest.raises(ValueError, match="html, markdown|text, html"):
        storydiff.render("x", "y", "pdf")


def test_empty_and_large_texts():
    r = storydiff.compare("", "")
    assert r["a"]["units"] == [] and r["summary"]["conflicts"] == 0
    big = "Floods killed 23 people. " * 20000  # 500 KB
    r = storydiff.compare(big, big.replace("23", "27"))
    assert r["summary"]["conflicts"] >= 1
