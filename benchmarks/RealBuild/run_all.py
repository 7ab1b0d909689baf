#!/usr/bin/env python3
"""Reproduces the whole-build figures of docs/performance.md (run A; the rounds: docs/performance-notebook.md) and draws its chart.

Usage:
  run_all.py [--quick] [--out DIR] [--only wholebuild,real,fitness,check]
             [--repo NAME=CHECKOUT:TARGET ...]

- wholebuild: benchmarks/WholeBuild/generate.py at 200 and 2,000 files with rule sets of 20 and 1,000 rules;
  realbuild.py builds each without TechLead and with each rule set (interleaved rounds).
- real: realbuild.py on each --repo (with the banned-API duel); the ADRs are benchmarks/RealBuild/adr/NAME/
- wholebuild and real run with the compiler server on, then off (--compiler-server both, the default): results
  "wholebuild"/"real" and "wholebuild-cold"/"real-cold".
  (see adr/README.md for the repositories, their commits and what makes them build here).
- fitness: the Fitness BenchmarkDotNet benchmark (ADR engine vs hand-written ArchUnitNET), ShortRun, in process.
- check: benchmarks/WholeBuild/measure.sh (`techlead check` vs `dotnet build`) on the 2,000-file solution.
Writes DIR/results.json, DIR/tables.md and DIR/chart.svg (default DIR: /tmp/techlead-perf).
--quick: one round everywhere and no check-vs-build (about half the time).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import chart  # noqa: E402
import realbuild  # noqa: E402
import tables  # noqa: E402

SIZES = {200: 25, 2000: 250}  # files -> files per project (8 projects)
RULE_SETS = (20, 1000)


def wholebuild(out, feed, version, rounds, server="on"):
    """The generated solutions with the compiler server on or off; the duel on the 20-rule set's banned symbols."""
    results = {}
    suffix = "" if server == "on" else "-cold"
    for files, per_project in SIZES.items():
        folder = os.path.join(out, f"wholebuild-{files}")
        subprocess.run([sys.executable, os.path.join(REPO, "benchmarks", "WholeBuild", "generate.py"), folder,
                        "--files", str(per_project), "--rule-sets", ",".join(map(str, RULE_SETS))], check=True)
        adr_sets = [(f"{n} rules", os.path.join(folder, "adr-sets", str(n))) for n in RULE_SETS]
        symbols = realbuild.banned_symbols_of(adr_sets[0][1])
        bench = realbuild.Bench(folder, "Big.sln", adr_sets, os.path.join(out, "work", f"wholebuild-{files}"), feed, version,
                                symbols, compiler_server=server == "on")
        summary = bench.measure(rounds, f"wholebuild-{files}{suffix}", warmup=not results)  # one warm-up per run
        summary["files"] = files
        results[str(files)] = summary
    return results


def real(out, feed, version, rounds, repos, server="on"):
    results = {}
    suffix = "" if server == "on" else "-cold"
    for spec in repos:
        name, _, rest = spec.partition("=")
        checkout, _, target = rest.rpartition(":")
        adr = os.path.join(HERE, "adr", name)
        symbols = realbuild.banned_symbols_of(adr)
        bench = realbuild.Bench(checkout, target, [("with", adr)], os.path.join(out, "work", name), feed, version, symbols,
                                compiler_server=server == "on")
        summary = bench.measure(rounds, f"{name}{suffix}", warmup=not results)  # the compiler server stays warm
        summary["files"] = count_cs_files(checkout)
        results[name] = summary
    return results


def count_cs_files(checkout):
    """.cs files outside bin/ and obj/ (the whole checkout, also projects the target may leave out)."""
    total = 0
    for root, dirs, files in os.walk(checkout):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj", ".git")]
        total += sum(1 for f in files if f.endswith(".cs"))
    return total


def fitness(out):
    artifacts = os.path.join(out, "work", "fitness")
    log = os.path.join(out, "work", "fitness.txt")
    os.makedirs(artifacts, exist_ok=True)
    code, _ = realbuild.run(["dotnet", "run", "-c", "Release", "--project", os.path.join(REPO, "benchmarks", "TechLead.Benchmarks"),
                             "--", "--filter", "*FitnessBenchmarks*", "--job", "short", "--inProcess", "--artifacts", artifacts],
                            cwd=REPO, log=log)
    if code != 0:
        raise SystemExit(f"fitness benchmark failed: see {log}")
    rows = {}
    for root, _, files in os.walk(artifacts):
        for name in files:
            if name.endswith("-report.csv"):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    header = [h.strip() for h in f.readline().split(",")]
                    for line in f:
                        cells = dict(zip(header, [c.strip().strip('"') for c in line.split(",")]))
                        rows[cells["Method"]] = {k: cells.get(k) for k in ("Mean", "Median", "StdDev", "Allocated")}
    hand, adr = rows.get("HandWrittenArchUnit"), rows.get("AdrFitness")
    ratio = milliseconds(adr["Mean"]) / milliseconds(hand["Mean"]) if hand and adr else None
    print(f"fitness: {rows}, ratio {ratio}", flush=True)
    return {"rows": rows, "ratio": ratio}


def milliseconds(text):
    """BenchmarkDotNet's '248.9 ms' / '1,234.5 us' / '1.2 s' in ms."""
    number, unit = re.match(r"([\d.,]+)\s*(\S+)", text).groups()
    value = float(number.replace(",", ""))
    return value * {"ns": 1e-6, "us": 1e-3, "μs": 1e-3, "ms": 1.0, "s": 1000.0}[unit]


def check(out, rounds):
    folder = os.path.join(out, "wholebuild-2000")
    realbuild.run(["dotnet", "build", "-c", "Release", os.path.join(REPO, "src", "TechLead.Cli"), "-nologo", "-v:q"])
    dll = os.path.join(REPO, "src", "TechLead.Cli", "bin", "Release", "net10.0", "techlead.dll")
    log = os.path.join(out, "work", "check.txt")
    code, _ = realbuild.run(["bash", os.path.join(REPO, "benchmarks", "WholeBuild", "measure.sh"), folder, dll, str(rounds)], log=log)
    if code != 0:
        raise SystemExit(f"measure.sh failed: see {log}")
    rounds_out = []
    with open(log, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"round (\d+): load ([\d.]+) build ([\d.]+)s check ([\d.]+)s ratio", line)
            if m:
                build, checked = float(m.group(3)), float(m.group(4))
                rounds_out.append({"round": int(m.group(1)), "load": float(m.group(2)), "build_s": build, "check_s": checked,
                                   "ratio": round(checked / build, 3)})
    print(f"check vs build: {rounds_out}", flush=True)
    return {"rounds": rounds_out, "ratio": realbuild.spread([r["ratio"] for r in rounds_out])}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", default="/tmp/techlead-perf")
    parser.add_argument("--only", default="wholebuild,real,fitness,check")
    parser.add_argument("--repo", action="append", default=[], help="NAME=CHECKOUT:TARGET; ADRs from adr/NAME/")
    parser.add_argument("--rounds", type=int, default=None, help="rounds per build benchmark (default 2: ABBA; --quick 1)")
    parser.add_argument("--feed", help="reuse a feed with the packed TechLead.Analyzers (with --version) instead of packing")
    parser.add_argument("--version", help="TechLead.Analyzers version in --feed")
    parser.add_argument("--compiler-server", choices=["on", "off", "both"], default="both",
                        help="build benchmarks with the compiler server on, off (a fresh csc per project), or both (default)")
    parser.add_argument("--merge", nargs="*", default=[],
                        help="only merge these run folders' results.json into --out and render tables and chart")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    parts = set(args.only.split(","))
    rounds = args.rounds or (1 if args.quick else 2)
    results_file = os.path.join(out, "results.json")
    results = {}
    if os.path.exists(results_file):  # parts run separately add up
        with open(results_file, encoding="utf-8") as f:
            results = json.load(f)
    if args.merge:
        for folder in args.merge:
            with open(os.path.join(folder, "results.json"), encoding="utf-8") as f:
                other = json.load(f)
            for key, value in other.items():
                if key == "machine":
                    results.setdefault("machines", {})[folder] = value
                elif isinstance(value, dict) and key in results and key != "fitness" and key != "check":
                    results[key].update(value)
                else:
                    results[key] = value
        render(out, results)
        return
    started = time.monotonic()
    results["machine"] = {"cores": os.cpu_count(), "load_at_start": realbuild.load_average(),
                          "techlead_commit": subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                                                            capture_output=True, text=True).stdout.strip()}
    feed, version = args.feed, args.version
    if not (feed and version) and parts & {"wholebuild", "real"}:
        feed = os.path.join(out, "feed")
        version = realbuild.pack(REPO, feed)
    results["machine"]["techlead_package"] = version

    def save():
        with open(results_file, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)

    # Server on first (results "wholebuild", "real"), then off ("wholebuild-cold", "real-cold").
    servers = ["on", "off"] if args.compiler_server == "both" else [args.compiler_server]
    for server in servers:
        suffix = "" if server == "on" else "-cold"
        if "wholebuild" in parts:
            results["wholebuild" + suffix] = wholebuild(out, feed, version, rounds, server)
            save()
        if "real" in parts and args.repo:
            results.setdefault("real" + suffix, {}).update(real(out, feed, version, rounds, args.repo, server))
            save()
    if "fitness" in parts:
        results["fitness"] = fitness(out)
        save()
    if "check" in parts and not args.quick:
        results["check"] = check(out, rounds)
        save()
    results["machine"]["load_at_end"] = realbuild.load_average()
    results["machine"]["minutes"] = round((time.monotonic() - started) / 60, 1)
    save()
    render(out, results)
    print(f"done in {results['machine']['minutes']} min")


def render(out, results):
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(out, "tables.md"), "w", encoding="utf-8") as f:
        f.write(tables.render(results))
    if "wholebuild" in results:
        with open(os.path.join(out, "chart.svg"), "w", encoding="utf-8") as f:
            f.write(chart.render(results["wholebuild"]))
    print(f"{out}/tables.md, {out}/chart.svg")


if __name__ == "__main__":
    main()
