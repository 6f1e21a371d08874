"""python/examples/spark_compare.py on PySpark in local mode (local[2]): a few hundred generated pairs
and some bad records, from JSON lines and from Parquet; every row checked against the CLI's result
for the same record (`storydiff batch` and `--summary`), bad records included.

The executors run a Python without storydiff installed, and the job ships the wheel to them, as on
a cluster (--wheel). Skipped when pyspark is missing, unless STORYDIFF_REQUIRE_SPARK=1 (make test).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, cli_batch, to_codepoints

if os.environ.get("STORYDIFF_REQUIRE_SPARK") != "1":
    pytest.importorskip("pyspark")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime for Spark", allow_module_level=True)

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from pairs import pairs  # noqa: E402

sys.path.insert(0, str(ROOT / "python" / "examples"))
import spark_compare  # noqa: E402

BAD_LINES = [
    "{not json",
    '{"id": "no-b", "a": "x"}',
    '{"id": "b-number", "a": "x", "b": 7}',
    '{"id": "bad-option", "a": "x", "b": "y", "options": {"colour": "red"}}',
    '{"id": "sensitivity", "a": "x", "b": "y", "options": {"sensitivity": 3}}',
    '{"id": "nul", "a": "x\\u0000", "b": "y"}',
    '{"a": "no id", "b": "y"}',
    '{"id": "options-ok", "a": "Floods killed 23 people on Monday.", "b": "Floods killed 27 people on Monday.", '
    '"options": {"factKinds": ["number"]}, "label_a": "Wire"}',
]


def wheel() -> str | None:
    if os.environ.get("STORYDIFF_WHEEL"):
        return os.environ["STORYDIFF_WHEEL"]
    found = sorted((ROOT / "target" / "wheels").glob("storydiff-*.whl"), key=lambda p: p.stat().st_mtime)
    return str(found[-1]) if found else None


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The executors run this interpreter (it has pyarrow), but without the PYTHONPATH that gives this
    # process the package (make test unpacks the wheel into target/pylib): as on a cluster, they get
    # storydiff from the wheel the job ships.
    shipped = wheel() is not None
    if shipped:
        os.environ.pop("PYTHONPATH", None)
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    s = (SparkSession.builder.master("local[2]").appName("storydiff-test")
         .config("spark.ui.enabled", "false")
         .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
         .config("spark.sql.shuffle.partitions", "4")
         .getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    if shipped:
        def has_storydiff(_):
            import importlib.util

            return importlib.util.find_spec("storydiff") is not None

        assert s.sparkContext.parallelize([0], 1).map(has_storydiff).collect() == [False], \
            "the executors must not have storydiff but from the shipped wheel"
    yield s
    s.stop()


def rows_by_id(path: Path) -> tuple[dict, list[dict]]:
    rows = pq.read_table(path).to_pylist()
    with_id = {r["id"]: r for r in rows if r["id"] is not None}
    assert len(with_id) == len([r for r in rows if r["id"] is not None]), "an id twice"
    return with_id, [r for r in rows if r["id"] is None]


def check_row(row: dict, summary: dict, full: dict, a: str | None, b: str | None) -> None:
    """One Spark row against the CLI's --summary line and full line for the same record."""
    if "error" in summary:
        assert row["error"] == summary["error"] == full["error"]
        assert row["report"] is None and row["conflicts"] is None
        return
    s = summary["summary"]
    assert row["error"] is None
    for k in ("comparison", "conflicts", "possible_conflicts", "a_in_b", "b_in_a", "different_stories", "edits"):
        assert row[k] == s[k], k
    assert row["units_a"] == s["a"] and row["units_b"] == s["b"] and row["facts"] == s["facts"]
    assert [{k: v for k, v in c.items() if v is not None} for c in row["conflict_values"]] == s["conflict_values"]
    assert json.loads(row["report"]) == to_codepoints(full["report"], a, b)
    assert row["storydiff_version"]


def test_spark_job_on_json_lines_matches_the_cli(spark, cli, tmp_path):
    recs = list(pairs(300, size=1500, langs=None))
    lines = [json.dumps(r, ensure_ascii=False) for r in recs] + BAD_LINES
    src = tmp_path / "pairs.jsonl"
    src.write_text("\n".join(lines) + "\n\n", "utf-8")  # and a blank line, skipped as by the CLI
    out = tmp_path / "out-json"
    spark_compare.run(spark, str(src), str(out), wheel=wheel())

    p_sum = subprocess.run([str(cli), "batch", "-q", "--summary", str(src)], capture_output=True)
    p_full = subprocess.run([str(cli), "batch", "-q", str(src)], capture_output=True)
    assert p_sum.returncode == p_full.returncode == 4, "exit 4: some records are error lines"
    summary = [json.loads(l) for l in p_sum.stdout.decode().splitlines()]
    full = [json.loads(l) for l in p_full.stdout.decode().splitlines()]
    assert len(summary) == len(full) == len(lines)

    by_id, no_id = rows_by_id(out)
    assert len(by_id) + len(no_id) == len(lines), "one row per record, nothing lost"
    texts = {r["id"]: (r["a"], r["b"]) for r in recs}
    texts["options-ok"] = ("Floods killed 23 people on Monday.", "Floods killed 27 people on Monday.")
    compared = conflicts = 0
    for s, f in zip(summary, full):
        if s["id"] is None:
            continue
        a, b = texts.get(s["id"], (None, None))
        check_row(by_id[str(s["id"])], s, f, a, b)
        compared += "summary" in s
        conflicts += s.get("summary", {}).get("conflicts", 0)
    assert compared == 301 and conflicts > 50
    # Records whose id cannot be read: the same errors, by message.
    assert sorted(r["error"] for r in no_id) == sorted(s["error"] for s in summary if s["id"] is None)
    assert len(no_id) == 2


def test_spark_job_on_parquet_matches_the_cli(spark, cli, tmp_path):
    recs = list(pairs(120, size=1500, seed=7, langs=["en", "hi", "zh", "ar"]))
    table = pa.table({
        "id": pa.array(list(range(len(recs))) + [1000, 1001, 1002], pa.int64()),
        "a": [r["a"] for r in recs] + ["x", "Floods killed 23.", "x"],
        "b": [r["b"] for r in recs] + [None, "Floods killed 27.", "y"],
        "options": [None] * len(recs) + [None, '{"factKinds": ["number"]}', '{"sensitivity": 2}'],
        "url": ["https://example.org/"] * (len(recs) + 3),  # other columns are left alone
    })
    src = tmp_path / "pairs.parquet"
    pq.write_table(table, src)
    out = tmp_path / "out-parquet"
    spark_compare.run(spark, str(src), str(out), wheel=wheel())

    as_cli = []
    for row in table.to_pylist():
        rec = {"id": row["id"], "a": row["a"], "b": row["b"]}
        if row["options"]:
            rec["options"] = json.loads(row["options"])
        as_cli.append(rec)
    summary = cli_batch(cli, as_cli, "--summary")
    full = cli_batch(cli, as_cli)
    by_id, no_id = rows_by_id(out)
    assert not no_id and len(by_id) == len(as_cli)
    for rec, s, f in zip(as_cli, summary, full):
        check_row(by_id[rec["id"]], s, f, rec["a"], rec["b"])
    assert by_id[1000]["error"] == "field `b` is missing"
    assert "from 0 to 1" in by_id[1002]["error"]


def test_readme_spark_submit_line_runs_as_written(cli, tmp_path):
    """The README's local spark-submit line, with the wheel's real name (and Spark kept on 127.0.0.1)."""
    from test_readme import blocks, section

    w = wheel()
    if w is None:
        pytest.skip("no wheel in target/wheels (make test builds one)")
    line = next(l for b in blocks(section("### Apache Spark"), "sh") for l in b.splitlines()
                if l.startswith("spark-submit"))
    line = line.replace("dist/storydiff-*.whl", w).replace(
        "spark-submit", "spark-submit --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 "
                        "--conf spark.driver.bindAddress=127.0.0.1", 1)
    recs = list(pairs(60, size=1500, seed=3, langs=None))
    with open(tmp_path / "pairs.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PATH=f"{Path(sys.executable).parent}:{env['PATH']}", PYSPARK_PYTHON=sys.executable,
               SPARK_LOCAL_IP="127.0.0.1")
    # python/examples/... is relative to the repository, the data to wherever the reader keeps it.
    line = line.replace(" pairs.jsonl ", f" {tmp_path}/pairs.jsonl ").replace(" out.parquet ", f" {tmp_path}/out.parquet ")
    p = subprocess.run(["bash", "-c", line], cwd=ROOT, env=env, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr[-3000:]
    got = {r["id"]: r for r in pq.read_table(tmp_path / "out.parquet").to_pylist()}
    assert len(got) == len(recs)
    want = cli_batch(cli, recs, "--summary")
    for w_ in want:
        assert got[w_["id"]]["conflicts"] == w_["summary"]["conflicts"]
