"""make bench-batch: pairs per second and peak memory of the three ways in, in one run.

    python python/bench/bench_batch.py [--pairs 3000] [--size 5000] [--big 200MB] [--no-spark]

Generates article pairs of about --size bytes a side (python/bench/pairs.py: English and Hindi,
edited as news is), then times, on the same file and in the same run:
  - storydiff batch on 1 thread (the baseline every ratio is against) and on every core;
  - Python's storydiff.compare_many (every core; the call itself, the pairs already in memory);
  - the Spark job (python/examples/spark_compare.py) in local mode on every core, after the
    session has started (Spark's start-up, some seconds, is printed apart);
  - storydiff batch on every core over a file of --big bytes (the same pairs again under new
    ids), to show that memory stays flat when the input grows.
Each way runs --rounds times, in turn, so a burst of load from elsewhere (the machine is shared) hits
them all alike; the best round counts, and every round is printed. Beside pairs per second, CPU time
per pair (user + system, of every thread and child process): it hardly moves with the load, so it
shows each way's overhead over the CLI even on a busy machine. Peak memory is the largest resident
size of the process (storydiff's own VmHWM; Python), or the largest sum over the process tree
(Spark: the driver, the JVM and its Python workers), sampled every 50 ms.

Writes target/bench-batch/ (inputs, outputs, results.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "target" / "bench-batch"
CLI = Path(os.environ.get("STORYDIFF_CLI", ROOT / "target" / "release" / "storydiff"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import pairs  # noqa: E402


def parse_size(s: str) -> int:
    m = re.fullmatch(r"\s*([\d.]+)\s*([KMG]?)B?\s*", s.upper())
    if not m:
        raise SystemExit(f"not a size: {s}")
    return int(float(m.group(1)) * {"": 1, "K": 1e3, "M": 1e6, "G": 1e9}[m.group(2)])


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
        todo.extend(children.get(p, []))
    return total


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and all its descendants, including
    descendants that have already exited and been waited for (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                stats[int(d)] = fields
                children.setdefault(int(fields[1]), []).append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        if p in stats:  # utime stime cutime cstime are fields 14-17 of stat: 11-14 after the name
            total += sum(int(x) for x in stats[p][11:15])
        todo.extend(children.get(p, []))
    return total / tick


class Sampler:
    """Largest tree RSS of `pid` while it runs."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._t.join()
        return self.peak


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[float, int, str, float]:
    """Runs cmd; (seconds, peak bytes: the largest sampled tree size, or the child's own VmHWM when it
    reports it, stdout, CPU seconds of the child and its descendants)."""
    import resource

    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    s = Sampler(p.pid)
    out, err = p.communicate()
    secs = time.perf_counter() - t0
    peak = s.stop()
    if p.returncode not in (0, 4):
        raise SystemExit(f"{cmd[0]} failed ({p.returncode}): {err.decode()[-2000:]}")
    m = re.search(rb"peak memory (\d+) MB", err)
    if m:  # storydiff reports its own VmHWM: exact, where the sampler may miss a short peak
        peak = max(peak, int(m.group(1)) << 20)
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime)
    return secs, peak, out.decode(), cpu


def loadavg() -> str:
    return " ".join(open("/proc/loadavg").read().split()[:3])


PY_BODY = r"""
import json, sys, time, resource
import storydiff
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
pairs = [(r["a"], r["b"]) for r in recs]
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
t0, c0 = time.perf_counter(), cpu()
reports = storydiff.compare_many(pairs)
secs, used = time.perf_counter() - t0, cpu() - c0
assert len(reports) == len(pairs)
print(json.dumps({"secs": secs, "cpu": used, "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""

SPARK_BODY = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[3])
sys.path.insert(0, sys.argv[5])
import spark_compare
from bench_batch import tree_cpu
from pyspark.sql import SparkSession
t0 = time.perf_counter()
spark = (SparkSession.builder.master("local[%s]" % os.cpu_count()).appName("storydiff-bench")
         .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
         .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
wheel = sys.argv[4] or None
# A first, untimed run on the first 200 pairs starts the executors' Python workers (pyarrow, pandas,
# the wheel unpacked), as a long-running job would have them.
warm = sys.argv[1] + ".warm.jsonl"
with open(sys.argv[1], encoding="utf-8") as f, open(warm, "w", encoding="utf-8") as w:
    for _, line in zip(range(200), f):
        w.write(line)
spark_compare.run(spark, warm, sys.argv[2], wheel=wheel)
print(json.dumps({"start": time.perf_counter() - t0}), flush=True)
for cmd in sys.stdin:  # one timed run per line from the bench
    t1, c1 = time.perf_counter(), tree_cpu(os.getpid())
    spark_compare.run(spark, sys.argv[1], sys.argv[2], wheel=wheel)
    secs, used = time.perf_counter() - t1, tree_cpu(os.getpid()) - c1
    n = spark.read.parquet(sys.argv[2]).count()
    print(json.dumps({"secs": secs, "cpu": used, "rows": n}), flush=True)
spark.stop()
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=3000)
    ap.add_argument("--size", type=int, default=5000, help="bytes a side, about (default 5000)")
    ap.add_argument("--big", default="200MB", help="size of the flat-memory run's input (0 to skip; e.g. 1G)")
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--rounds", type=int, default=3, help="each way runs this many times; the best counts")
    ap.add_argument("--wheel", default=os.environ.get("STORYDIFF_WHEEL", ""))
    args = ap.parse_args()
    if not CLI.is_file():
        raise SystemExit(f"no CLI at {CLI}: cargo build --release")
    OUT.mkdir(parents=True, exist_ok=True)
    cores = os.cpu_count() or 1
    src = OUT / "pairs.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for r in pairs(args.pairs, args.size):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    in_mb = src.stat().st_size / 1e6
    load0 = loadavg()
    print(f"bench-batch: {args.pairs} pairs of ~{args.size // 1000} KB a side ({in_mb:.0f} MB of JSON lines), "
          f"{cores} cores, load average {load0}", flush=True)
    ways: dict[str, dict] = {}

    def record(way: str, pairs_done: int, secs: float, peak: int, cpu: float, note: str = "") -> None:
        w = ways.setdefault(way, {"way": way, "rates": [], "cpu_ms": [], "peak": 0, "note": note})
        w["rates"].append(pairs_done / secs)
        w["cpu_ms"].append(cpu * 1000 / pairs_done)
        w["peak"] = max(w["peak"], peak)

    def cli(threads: int) -> None:
        out = OUT / f"out-{threads}.jsonl"
        secs, peak, _, cpu = run_measured([str(CLI), "batch", "--threads", str(threads), "-o", str(out), str(src)])
        record(f"CLI batch, {threads} thread{'s' if threads > 1 else ''}", sum(1 for _ in open(out, "rb")), secs,
               peak, cpu)

    def python() -> None:
        secs, peak, out, _ = run_measured([sys.executable, "-c", PY_BODY, str(src)])
        res = json.loads(out.strip().splitlines()[-1])
        record(f"Python compare_many, {cores} threads", args.pairs, res["secs"], max(peak, res["maxrss"]), res["cpu"])

    spark = None
    if not args.no_spark:
        env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable)
        spark = subprocess.Popen(
            [sys.executable, "-c", SPARK_BODY, str(src), str(OUT / "spark-out"), str(ROOT / "python" / "examples"),
             args.wheel, str(Path(__file__).resolve().parent)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        spark_mem = Sampler(spark.pid)
        spark_start = json.loads(spark.stdout.readline())["start"]

    def spark_run() -> None:
        spark.stdin.write("run\n")
        spark.stdin.flush()
        res = json.loads(spark.stdout.readline())
        assert res["rows"] == args.pairs, res
        record(f"Spark job, local[{cores}]", args.pairs, res["secs"], spark_mem.peak, res["cpu"],
               f"Spark start-up {spark_start:.0f} s, not counted")

    # Warm the page cache and the binary once, untimed; then the ways in turn, round after round, so
    # that a burst of load from elsewhere hits them all alike. Each way's best round is reported.
    subprocess.run([str(CLI), "batch", "-q", "-o", os.devnull, str(src)], check=False)
    for r in range(args.rounds):
        cli(1)
        cli(cores)
        python()
        if spark:
            spark_run()
        print(f"  round {r + 1}/{args.rounds}: " + ", ".join(f"{w['way'].split(',')[0]} {w['rates'][-1]:.0f}"
                                                             for w in ways.values()), flush=True)
    if spark:
        spark.stdin.close()
        spark.wait()
        ways[f"Spark job, local[{cores}]"]["peak"] = spark_mem.stop()
    rows = list(ways.values())
    for w in rows:
        w["secs"], w["pairs"] = 1.0, max(w["rates"])  # best round, as pairs per second
        w["cpu"] = min(w["cpu_ms"])

    big = parse_size(args.big) if args.big not in ("0", "") else 0
    if big:
        big_src = OUT / "big.jsonl"
        with open(big_src, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, str(Path(__file__).resolve().parent / "pairs.py"), "--count",
                            str(args.pairs), "--size", str(args.size), "--target-bytes", str(big)], stdout=f, check=True)
        out = OUT / "out-big.jsonl"
        secs, peak, _, _ = run_measured([str(CLI), "batch", "--summary", "-o", str(out), str(big_src)])
        n = sum(1 for _ in open(out, "rb"))
        small_secs, small_peak, _, _ = run_measured([str(CLI), "batch", "--summary", "-o", str(out), str(src)])
        rows.append({"way": f"CLI batch --summary, {cores} threads, {in_mb:.0f} MB input", "pairs": args.pairs,
                     "secs": small_secs, "peak": small_peak})
        rows.append({"way": f"CLI batch --summary, {cores} threads, {big_src.stat().st_size / 1e6:.0f} MB input",
                     "pairs": n, "secs": secs, "peak": peak})
        big_src.unlink()

    base = rows[0]["pairs"] / rows[0]["secs"]
    print(f"\nload average before {load0}, after {loadavg()}; best of {args.rounds} rounds (all rounds in brackets)\n")
    print(f"{'way':<50} {'pairs/s':>8} {'vs CLI 1 thread':>16} {'CPU ms/pair':>12} {'vs CLI':>7} {'peak memory':>12}")
    cpu_base = rows[0]["cpu"]
    for r in rows:
        rate = r["pairs"] / r["secs"]
        r["pairs_per_s"] = rate
        r["ratio"] = rate / base
        cpu = f"{r['cpu']:>12.2f} {r['cpu'] / cpu_base:>6.2f}x" if "cpu" in r else f"{'':>12} {'':>7}"
        rounds = f"  [{' '.join(f'{x:.0f}' for x in r['rates'])}]" if len(r.get("rates", [])) > 1 else ""
        print(f"{r['way']:<50} {rate:>8.0f} {rate / base:>15.2f}x {cpu} {r['peak'] / 2**20:>9.0f} MB{rounds}"
              + (f"  ({r['note']})" if r.get("note") else ""))
    per_core = base
    best = max(r["pairs_per_s"] for r in rows[:2])
    print(f"\na million pairs: {1e6 / per_core / 3600:.1f} h on one core, {1e6 / best / 3600:.1f} h on this "
          f"machine's {cores} cores; about {1e6 / per_core / 60:.0f} core-minutes, so "
          f"{1e6 / per_core / 60 / 100:.1f} min on 100 cores")
    (OUT / "results.json").write_text(json.dumps({"load_before": load0, "load_after": loadavg(), "cores": cores,
                                                  "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
