"""The README's "At scale" commands, run as written: the storydiff batch lines and the Python example.
(The spark-submit line runs in test_spark.py.)"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from conftest import ROOT
from pairs import pairs


def section(title: str) -> str:
    text = (ROOT / "README.md").read_text("utf-8")
    start = text.index(title)
    end = text.find("\n### ", start + len(title))
    return text[start:end]


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_readme_batch_commands_run_as_written(cli, tmp_path):
    with open(tmp_path / "pairs.jsonl", "w", encoding="utf-8") as f:
        for r in pairs(40, 2000, langs=None):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = [l for b in blocks(section("### `storydiff batch`"), "sh") for l in b.splitlines()
             if l.startswith("storydiff batch")]
    assert len(lines) == 3, lines
    env = dict(os.environ, PATH=f"{cli.parent}:{os.environ['PATH']}")
    for line in lines:
        p = subprocess.run(["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True)
        assert p.returncode == 0, (line, p.stderr)
        assert p.stderr.startswith("storydiff batch: "), p.stderr
    reports = [json.loads(l) for l in open(tmp_path / "reports.jsonl", encoding="utf-8")]
    rows = [json.loads(l) for l in open(tmp_path / "rows.jsonl", encoding="utf-8")]
    assert len(reports) == len(rows) == 40
    assert all("report" in r for r in reports) and all("summary" in r for r in rows)


def test_readme_python_example_runs_as_written():
    (code,) = blocks(section("### Python"), "python")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    out = p.stdout.splitlines()
    assert out[0] == "number 23 <-> 27"
    assert out[1] == "{'id': 2, 'error': 'field `b` is missing'}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", out[2])
