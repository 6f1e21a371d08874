"""Storydiff on Apache Spark: compare every pair of a Parquet or JSON-lines dataset, per partition.

    spark-submit python/examples/spark_compare.py INPUT OUTPUT [--wheel storydiff-*.whl] [options]

INPUT holds one pair a row:
  - JSON lines (*.jsonl, *.json, or --input-format json): each line exactly as `storydiff batch` reads
    it, {"id", "a", "b", "label_a"?, "label_b"?, "options"?}; each line goes to the same Rust code as
    the CLI's, so a bad line becomes the same error row the CLI would write.
  - Parquet (anything else, or --input-format parquet): columns id, a, b and optionally label_a,
    label_b, options (a JSON string, or a struct or map with the JS API's option names).
OUTPUT is written as Parquet, one row per input row:
  id, error (null when compared), comparison, conflicts, possible_conflicts, a_in_b, b_in_a,
  different_stories, edits, units_a, units_b (counts by status), facts (counts by status),
  conflict_values (each conflict: kind, slot, a, b), storydiff_version, and report (the whole
  schema-v1 report as JSON, offsets in code points; --no-report leaves it out).

The work runs in mapInArrow: each Arrow batch of a partition goes to storydiff.compare_records, with
one thread per task (Spark already runs one task per core). The executors need the storydiff
package: installed on their image, or shipped by this job with --wheel PATH (Spark copies the wheel to
every executor, where it is unpacked once per Python worker; a shipped wheel takes precedence).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import zipfile

COUNTS = "struct<same:long,changed:long,conflict:long,only:long,ignored:long>"
FACTS = "struct<shared:long,only_a:long,only_b:long,conflict:long,possible_conflict:long>"
SUMMARY_COLUMNS = (
    "error string, comparison string, conflicts long, possible_conflicts long, a_in_b double, "
    "b_in_a double, different_stories boolean, edits long, "
    f"units_a {COUNTS}, units_b {COUNTS}, facts {FACTS}, "
    "conflict_values array<struct<kind:string,slot:string,a:string,b:string>>, storydiff_version string"
)


def import_storydiff(wheel_name: str | None = None):
    """The storydiff module on an executor: from the wheel this job shipped, if any, else installed.

    A wheel is a zip holding the package and its compiled extension. Python cannot load an extension
    from inside a zip, so the wheel is unpacked once into a directory named after its content hash
    (a rename makes this safe when several workers do it at once) and put first on sys.path.
    """
    if wheel_name:
        from pyspark import SparkFiles

        path = SparkFiles.get(wheel_name)
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()[:16]
        target = os.path.join(tempfile.gettempdir(), "storydiff-wheels", f"{wheel_name[:-4]}-{digest}")
        if not os.path.isdir(target):
            tmp = f"{target}.{os.getpid()}.tmp"
            with zipfile.ZipFile(path) as z:
                z.extractall(tmp)
            try:
                os.rename(tmp, target)
            except OSError:  # another worker was first
                import shutil

                shutil.rmtree(tmp, ignore_errors=True)
        if target not in sys.path:
            sys.path.insert(0, target)
    import storydiff

    return storydiff


def compare_batches(batches, *, json_lines: bool, with_report: bool, threads: int, wheel_name: str | None,
                    schema):
    """mapInArrow's function: Arrow record batches of input rows in, batches of result rows out
    (`schema`, the Arrow schema of the output)."""
    import pyarrow as pa

    storydiff = import_storydiff(wheel_name)
    for batch in batches:
        if json_lines:
            lines = [l for l in batch.column(0).to_pylist() if l is not None and l.strip()]
            ids = None
            results = storydiff.compare_records(lines, threads, report=with_report)
        else:
            rows = batch.to_pylist()
            ids = [r.get("id") for r in rows]
            for r in rows:
                opts = r.get("options")
                if opts is not None and not isinstance(opts, str):  # a struct or map column
                    r["options"] = {k: v for k, v in (opts.items() if isinstance(opts, dict) else opts)
                                    if v is not None}
            results = storydiff.compare_records(rows, threads, report=with_report)
        out = []
        for i, res in enumerate(results):
            s = res.get("summary") or {}
            rid = ids[i] if ids is not None else res.get("id")
            row = {
                "id": rid if ids is not None or rid is None else str(rid),
                "error": res.get("error"),
                "comparison": s.get("comparison"),
                "conflicts": s.get("conflicts"),
                "possible_conflicts": s.get("possible_conflicts"),
                "a_in_b": s.get("a_in_b"),
                "b_in_a": s.get("b_in_a"),
                "different_stories": s.get("different_stories"),
                "edits": s.get("edits"),
                "units_a": s.get("a"),
                "units_b": s.get("b"),
                "facts": s.get("facts"),
                "conflict_values": [dict({"slot": None}, **c) for c in s["conflict_values"]] if s else None,
                "storydiff_version": storydiff.__version__,
            }
            if with_report:
                row["report"] = res.get("report_json")
            out.append(row)
        yield pa.RecordBatch.from_pylist(out, schema=schema)


def run(spark, input_path: str, output_path: str, *, input_format: str | None = None, wheel: str | None = None,
        with_report: bool = True, partitions: int | None = None, threads_per_task: int = 1) -> None:
    """Reads the pairs, compares them on the executors and writes the Parquet result."""
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import DataType

    fmt = input_format or ("json" if input_path.rstrip("/").endswith((".jsonl", ".json", ".ndjson")) else "parquet")
    # Small Arrow batches keep a Python worker's memory near one batch of texts and reports.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
    wheel_name = None
    if wheel:
        spark.sparkContext.addFile(wheel)
        wheel_name = os.path.basename(wheel)

    if fmt == "json":
        df = spark.read.text(input_path)  # each line as the CLI reads it: value string
        id_type = "string"
    else:
        df = spark.read.parquet(input_path)
        missing = {"id", "a", "b"} - set(df.columns)
        if missing:
            raise SystemExit(f"{input_path}: no column {', '.join(sorted(missing))}")
        keep = [c for c in ("id", "a", "b", "label_a", "label_b", "options") if c in df.columns]
        df = df.select(*keep)
        id_type = df.schema["id"].dataType.simpleString()
    want = partitions or spark.sparkContext.defaultParallelism * 2
    if df.rdd.getNumPartitions() < want:  # a small file is one partition: spread it over every core
        df = df.repartition(want)

    ddl = f"id {id_type}, {SUMMARY_COLUMNS}" + (", report string" if with_report else "")
    spark_schema = DataType.fromDDL(ddl)  # parsed here, on the driver, where the JVM is
    arrow_schema = to_arrow_schema(spark_schema)
    json_lines = fmt == "json"

    if __name__ != "__main__":
        # Imported (a test, a notebook, a larger job): ship this module's code with the function, as
        # spark-submit does for a script, instead of asking executors to import it by name.
        from pyspark import cloudpickle

        cloudpickle.register_pickle_by_value(sys.modules[__name__])

    def fn(batches):
        return compare_batches(batches, json_lines=json_lines, with_report=with_report,
                               threads=threads_per_task, wheel_name=wheel_name, schema=arrow_schema)

    df.mapInArrow(fn, spark_schema).write.mode("overwrite").parquet(output_path)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="Parquet dataset or JSON-lines file/directory of pairs")
    ap.add_argument("output", help="Parquet dataset to write (replaced)")
    ap.add_argument("--input-format", choices=["json", "parquet"], help="default: from the input's name")
    ap.add_argument("--wheel", help="a storydiff wheel to ship to the executors")
    ap.add_argument("--no-report", action="store_true", help="summary columns only")
    ap.add_argument("--partitions", type=int, help="default: at least twice the cores")
    ap.add_argument("--threads-per-task", type=int, default=1)
    ap.add_argument("--master", help="e.g. local[2]; default: spark-submit's")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("storydiff")
    if args.master:
        builder = builder.master(args.master)
        if args.master.startswith("local"):  # one machine: keep Spark's ports on the loopback address
            builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    spark = builder.getOrCreate()
    try:
        run(spark, args.input, args.output, input_format=args.input_format, wheel=args.wheel,
            with_report=not args.no_report, partitions=args.partitions, threads_per_task=args.threads_per_task)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
