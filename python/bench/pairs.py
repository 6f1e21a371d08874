"""Deterministic article pairs as JSON lines, for `make bench-batch` and the Spark and batch tests.

    python3 python/bench/pairs.py --count 2000 --size 5000 > pairs.jsonl

Each pair is built from the paragraphs of the project's fixtures (tests/fixtures/*/{a,b}.txt):
side A draws paragraphs of one language until it holds about `size` bytes; side B is A edited the
ways news is edited: paragraphs moved, dropped and added, numbers changed (so some pairs
contradict each other), a sentence reworded. English and Hindi by default, as in `make bench`;
`langs=None` takes every fixture language. The same seed gives byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
DIGITS = re.compile(r"\d+")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def corpus(fixtures: Path = FIXTURES) -> dict[str, list[str]]:
    """Paragraphs by language (the fixture directory's prefix: en, hi, ar, ...)."""
    by_lang: dict[str, list[str]] = {}
    for d in sorted(fixtures.iterdir()):
        if not (d / "a.txt").is_file() or not (d / "b.txt").is_file():
            continue
        lang = d.name.split("-")[0]
        if lang == "seed":  # the seed pair is Hindi
            lang = "hi"
        for side in ("a.txt", "b.txt"):
            by_lang.setdefault(lang, []).extend(_paragraphs((d / side).read_text("utf-8")))
    return by_lang


def _renumber(p: str, rng: random.Random) -> str:
    return DIGITS.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)) if rng.random() < 0.5 else m.group(), p)


def _article(pool: list[str], size: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    n = 0
    order = list(range(len(pool)))
    rng.shuffle(order)
    i = 0
    while n < size:
        p = pool[order[i % len(order)]]
        if i >= len(order):  # past the first pass, the paragraphs come back with other numbers
            p = _renumber(p, rng)
        out.append(p)
        n += len(p.encode("utf-8")) + 2
        i += 1
    return out


def _edit(a: list[str], pool: list[str], rng: random.Random) -> list[str]:
    b = list(a)
    if len(b) > 3 and rng.random() < 0.6:  # a paragraph moves
        i, j = rng.randrange(len(b)), rng.randrange(len(b))
        b.insert(j, b.pop(i))
    for _ in range(rng.randint(0, 2)):  # paragraphs dropped
        if len(b) > 2:
            b.pop(rng.randrange(len(b)))
    for _ in range(rng.randint(0, 2)):  # paragraphs added
        b.insert(rng.randrange(len(b) + 1), pool[rng.randrange(len(pool))])
    for i in range(len(b)):
        r = rng.random()
        if r < 0.15:  # numbers changed: a correction, or another outlet's count
            b[i] = _renumber(b[i], rng)
        elif r < 0.25:  # a sentence reworded: words dropped
            words = b[i].split(" ")
            if len(words) > 6:
                k = rng.randrange(1, len(words) - 2)
                b[i] = " ".join(words[:k] + words[k + 2 :])
    return b


def pairs(count: int, size: int = 5000, seed: int = 13, langs: list[str] | None = None, fixtures: Path = FIXTURES):
    """Yields `count` records {"id", "a", "b"} with sides of about `size` bytes."""
    by_lang = corpus(fixtures)
    names = sorted(by_lang) if langs is None else [l for l in langs if l in by_lang]
    if not names:
        raise SystemExit(f"pairs.py: no fixtures for {langs} in {fixtures}")
    rng = random.Random(seed)
    for i in range(count):
        lang = names[i % len(names)]
        pool = by_lang[lang]
        a = _article(pool, size, rng)
        b = _edit(a, pool, rng)
        yield {"id": f"{lang}-{i:07d}", "a": "\n\n".join(a) + "\n", "b": "\n\n".join(b) + "\n"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--size", type=int, default=5000, help="bytes per side, about (default 5000)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--langs", default="en,hi", help="comma-separated, or 'all' (default en,hi)")
    ap.add_argument("--target-bytes", type=int, default=0, help="repeat the pairs (new ids) until the output is this large")
    args = ap.parse_args()
    langs = None if args.langs == "all" else args.langs.split(",")
    out = sys.stdout
    recs = [json.dumps(r, ensure_ascii=False) for r in pairs(args.count, args.size, args.seed, langs)]
    written, rnd = 0, 0
    while True:
        for k, line in enumerate(recs):
            if rnd:
                line = line.replace('"id": "', f'"id": "r{rnd}-', 1)
            out.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
            if args.target_bytes and written >= args.target_bytes:
                return
        rnd += 1
        if not args.target_bytes:
            return


if __name__ == "__main__":
    main()
