"""Shared helpers: the release CLI to compare against, the fixtures, and UTF-8 → code-point offsets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python" / "bench"))  # pairs.py, the generator


def cli_path() -> Path:
    p = Path(os.environ.get("STORYDIFF_CLI", ROOT / "target" / "release" / "storydiff"))
    if not p.is_file():
        pytest.fail(f"no CLI at {p}: run `cargo build --release` first (make test does), or set STORYDIFF_CLI")
    return p


@pytest.fixture(scope="session")
def cli() -> Path:
    return cli_path()


def fixture_pairs() -> list[tuple[str, str, str]]:
    out = []
    for d in sorted((ROOT / "tests" / "fixtures").iterdir()):
        if (d / "a.txt").is_file() and (d / "b.txt").is_file():
            out.append((d.name, (d / "a.txt").read_text("utf-8"), (d / "b.txt").read_text("utf-8")))
    assert len(out) >= 10
    return out


@pytest.fixture(scope="session")
def fixtures() -> list[tuple[str, str, str]]:
    return fixture_pairs()


def cli_batch(cli: Path, records: list[dict], *args: str) -> list[dict]:
    """Runs `storydiff batch ARGS -` over the records; the output lines, parsed."""
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    p = subprocess.run([str(cli), "batch", "-q", *args, "-"], input=data, capture_output=True, check=False)
    assert p.returncode in (0, 4), p.stderr.decode()
    return [json.loads(l) for l in p.stdout.decode().splitlines()]


def _cp_map(text: str) -> dict[int, int]:
    m, b = {}, 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def to_codepoints(report: dict, a: str, b: str) -> dict:
    """The CLI's report (UTF-8 byte offsets) with every offset counted in code points instead,
    walked field by field as docs/REPORT.md lists them: an independent check of the Rust conversion."""
    r = json.loads(json.dumps(report))
    assert r["offsets"] == "utf8"
    ma, mb = _cp_map(a), _cp_map(b)

    def span(s: dict, m: dict[int, int]) -> None:
        s["start"], s["end"] = m[s["start"]], m[s["end"]]

    for side, m in (("a", ma), ("b", mb)):
        for u in r[side]["units"]:
            span(u, m)
            for s in u.get("marks", []):
                span(s, m)
    for link in r["links"]:
        for c in link.get("conflicts", []) + link.get("possible", []):
            span(c["a"], ma)
            span(c["b"], mb)
    for f in r["facts"]:
        for x in f["a"]:
            span(x, ma)
        for x in f["b"]:
            span(x, mb)
    r["offsets"] = "codepoint"
    return r
