#!/usr/bin/env python3
"""Whole-build cost of TechLead on any checkout: `dotnet build --no-incremental -p:ReportAnalyzer=true` without
TechLead, with it (one build per ADR folder), and the banned-API duel (TechLead TL0101 and
Microsoft.CodeAnalysis.BannedApiAnalyzers RS0030 on the same symbols in the same build), interleaved over N rounds.

Usage:
  realbuild.py --checkout DIR --target SOLUTION_OR_PROJECT --adr DIR [--adr NAME=DIR ...]
               [--banned-symbols FILE | --no-duel] [--rounds 3] [--feed DIR --version V | --techlead-repo DIR]
               [--compiler-server both|on|off] [--work DIR] [--json OUT.json]

The checkout is not edited. TechLead and BannedApiAnalyzers are added by an MSBuild file outside it
(CustomAfterMicrosoftCommonTargets), from the packed TechLead.Analyzers in a local feed; the ADR folder is passed as
TechLeadAdrDirectory. Restores go to a private packages folder (global packages folder as fallback, read only), so
the packed analyzer never lands in ~/.nuget/packages. Restore is outside the timed build.

Round r builds the variants in order (r even) or reversed (r odd) -- ABBA for two variants -- so a change of machine
load hits every variant alike; ratios are taken within a round, and reported as median and spread (min-max).
Both compiler-server modes are measured by default, every round with the server on (VBCSCompiler warmed by one untimed
build of every variant), then every round with it off (a fresh csc per project: what a CI without the server pays).
The duel's symbols: --banned-symbols (BannedSymbols.txt format, `ID` or `ID;message` per line) or, by default, every
`symbol:` of the ADRs' banned-api rules. TechLead's side of the duel is a one-rule ADR banning the same symbols.
"""
import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analyzer_report  # noqa: E402

BANNED_API_ANALYZERS_VERSION = "5.6.0"
TECHLEAD_ASSEMBLY = "TechLead.Analyzers"
BANNED_API_ASSEMBLY = "BannedApiAnalyzers"  # Microsoft.CodeAnalysis.BannedApiAnalyzers and its C# assembly

OVERLAY = """<Project>
  <!-- Written by benchmarks/RealBuild/realbuild.py; imported through CustomAfterMicrosoftCommonTargets. -->
  <PropertyGroup>
    <_BenchTechLead Condition="'$(TechLeadBench)' == 'with' or '$(TechLeadBench)' == 'duel'">true</_BenchTechLead>
    <_BenchCentral Condition="'$(ManagePackageVersionsCentrally)' == 'true'">true</_BenchCentral>
  </PropertyGroup>
  <ItemGroup Condition="'$(_BenchTechLead)' == 'true' and '$(_BenchCentral)' == 'true'">
    <PackageVersion Include="TechLead.Analyzers" Version="$(TechLeadBenchVersion)" />
    <PackageReference Include="TechLead.Analyzers" PrivateAssets="all" />
  </ItemGroup>
  <ItemGroup Condition="'$(_BenchTechLead)' == 'true' and '$(_BenchCentral)' != 'true'">
    <PackageReference Include="TechLead.Analyzers" Version="$(TechLeadBenchVersion)" PrivateAssets="all" />
  </ItemGroup>
  <ItemGroup Condition="'$(TechLeadBench)' == 'duel' and '$(_BenchCentral)' == 'true'">
    <PackageVersion Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="$(BannedApiBenchVersion)" />
    <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" PrivateAssets="all" />
  </ItemGroup>
  <ItemGroup Condition="'$(TechLeadBench)' == 'duel' and '$(_BenchCentral)' != 'true'">
    <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="$(BannedApiBenchVersion)" PrivateAssets="all" />
  </ItemGroup>
  <ItemGroup Condition="'$(TechLeadBench)' == 'duel'">
    <AdditionalFiles Include="$(BannedApiBenchSymbols)" />
  </ItemGroup>
</Project>
"""


def pack(techlead_repo, feed):
    """Packs TechLead.Analyzers from a TechLead checkout into `feed` under a version of its own; returns the version."""
    version = "0.0.0-bench." + datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S")
    project = os.path.join(techlead_repo, "src", "TechLead.Analyzers.Package")
    run(["dotnet", "pack", project, "-c", "Release", "-o", feed, f"-p:PackageVersion={version}", "-nologo", "-v:q"])
    return version


def banned_symbols_of(adr_dir):
    """Every `symbol:` of the banned-api rules in an ADR folder, in order, without duplicates."""
    symbols = []
    for name in sorted(os.listdir(adr_dir)):
        if name.endswith(".md"):
            with open(os.path.join(adr_dir, name), encoding="utf-8") as f:
                symbols += [s for s in symbols_in(f.read()) if s not in symbols]
    return symbols


def symbols_in(text):
    """The doc-comment IDs of `symbol:` entries: a quoted one up to its closing quote (it may hold commas), an
    unquoted one up to the end of its flow-mapping entry.

    >>> symbols_in('- { symbol: "M:System.Math.Max(System.Int32,System.Int32)", use-instead: X }\\n- { symbol: P:System.DateTime.Now }')
    ['M:System.Math.Max(System.Int32,System.Int32)', 'P:System.DateTime.Now']
    >>> symbols_in("    symbol: 'M:System.Guid.NewGuid'\\n    - symbol: T:System.Random")
    ['M:System.Guid.NewGuid', 'T:System.Random']
    """
    found = []
    for match in re.finditer(r"symbol:\s*(?:\"([TMPFEN]:[^\"]+)\"|'([TMPFEN]:[^']+)'|([TMPFEN]:[^,}\s]+))", text):
        symbol = next(g for g in match.groups() if g)
        if symbol not in found:
            found.append(symbol)
    return found


def read_banned_symbols(path):
    with open(path, encoding="utf-8") as f:
        return [line.split(";")[0].strip() for line in f if line.strip() and not line.lstrip().startswith("//")]


def write_duel_inputs(work, symbols):
    """BannedSymbols.txt for RS0030 and a one-rule ADR banning the same symbols for TL0101; returns (file, adr dir)."""
    banned_file = os.path.join(work, "duel", "BannedSymbols.txt")
    adr_dir = os.path.join(work, "duel", "adr")
    os.makedirs(adr_dir, exist_ok=True)
    with open(banned_file, "w", encoding="utf-8") as f:
        f.write("".join(s + "\n" for s in symbols))
    apis = "".join(f"      - {{ symbol: {json.dumps(s)}, severity: warning }}\n" for s in symbols)
    with open(os.path.join(adr_dir, "0001-banned-apis.md"), "w", encoding="utf-8") as f:
        f.write("---\nid: ADR-0001\ntitle: Banned APIs\nstatus: accepted\nrules:\n  - id: banned\n    kind: banned-api\n"
                f"    severity: warning\n    apis:\n{apis}---\n# Banned APIs\n")
    return banned_file, adr_dir + os.sep


def run(command, cwd=None, log=None):
    """Runs a command; returns (exit code, seconds). Output goes to `log` (or is dropped)."""
    start = time.monotonic()
    with open(log or os.devnull, "w", encoding="utf-8") as out:
        code = subprocess.run(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode
    seconds = time.monotonic() - start
    if log is None and code != 0:
        raise SystemExit(f"failed ({code}): {' '.join(command)}")
    return code, seconds


def load_average():
    with open("/proc/loadavg", encoding="ascii") as f:
        return float(f.read().split()[0])


class Bench:
    """One checkout, its variants and their builds."""

    def __init__(self, checkout, target, adr_sets, work, feed, version, duel_symbols, compiler_server=True):
        self.checkout = os.path.abspath(checkout)
        self.compiler_server = compiler_server
        self.target = target
        self.work = os.path.abspath(work)
        os.makedirs(self.work, exist_ok=True)
        overlay = os.path.join(self.work, "techlead-bench.targets")
        with open(overlay, "w", encoding="utf-8") as f:
            f.write(OVERLAY)
        fallback = os.path.expanduser("~/.nuget/packages")
        self.common = [
            # The compiler server (VBCSCompiler) is what `dotnet build` uses on a developer machine and in CI unless
            # switched off: analyzers are loaded and JIT-compiled once per server, not once per project.
            f"-p:UseSharedCompilation={'true' if compiler_server else 'false'}",
            f"-p:CustomAfterMicrosoftCommonTargets={overlay}",
            f"-p:TechLeadBenchVersion={version}",
            f"-p:BannedApiBenchVersion={BANNED_API_ANALYZERS_VERSION}",
            f"-p:RestorePackagesPath={os.path.join(self.work, 'packages')}",
            f"-p:RestoreAdditionalProjectSources={os.path.abspath(feed)}",
        ] + ([f"-p:RestoreAdditionalProjectFallbackFolders={fallback}"] if os.path.isdir(fallback) else [])
        root = f"-p:TechLeadRepositoryRoot={self.checkout}{os.sep}"
        self.variants = {"without": ["-p:TechLeadBench=without"]}
        for name, adr in adr_sets:
            self.variants[name] = ["-p:TechLeadBench=with", f"-p:TechLeadAdrDirectory={os.path.abspath(adr)}{os.sep}", root]
        if duel_symbols:
            banned_file, duel_adr = write_duel_inputs(self.work, duel_symbols)
            self.variants["duel"] = ["-p:TechLeadBench=duel", f"-p:TechLeadAdrDirectory={duel_adr}", root,
                                     f"-p:BannedApiBenchSymbols={banned_file}"]
        self.duel_symbols = duel_symbols

    def build(self, variant, label):
        """Restores (untimed), then one full build with analyzer timing; returns the measurement."""
        props = self.common + self.variants[variant]
        logs = os.path.join(self.work, "logs")
        os.makedirs(logs, exist_ok=True)
        code, _ = run(["dotnet", "restore", self.target, "-nologo", "-v:q"] + props, cwd=self.checkout,
                      log=os.path.join(logs, f"{label}.restore.txt"))
        if code != 0:
            raise SystemExit(f"restore failed for {variant}: see {logs}/{label}.restore.txt")
        log = os.path.join(logs, f"{label}.log")
        load = load_average()
        code, seconds = run(["dotnet", "build", self.target, "--no-restore", "--no-incremental", "-p:ReportAnalyzer=true",
                             "-nologo", "-v:q", f"-flp:v=d;logfile={log}"] + props,
                            cwd=self.checkout, log=os.path.join(logs, f"{label}.console.txt"))
        with open(log, encoding="utf-8", errors="replace") as f:
            report = analyzer_report.parse(f.read())
        result = {
            "variant": variant, "label": label, "exit": code, "wall_s": round(seconds, 2), "load": load,
            "compilations": report.compilations, "analyzers_s": round(report.total_seconds, 3),
            "techlead_s": round(report.seconds(TECHLEAD_ASSEMBLY), 3),
            "bannedapi_s": round(report.seconds(BANNED_API_ASSEMBLY), 3),
            "tl": report.counts("TL"), "rs0030": report.count("RS0030"), "ad0001": report.count("AD0001"),
            "errors": report.errors,
        }
        print(f"  {label}: {result['wall_s']} s wall (load {load}), exit {code}, {report.compilations} compilations, "
              f"analyzers {result['analyzers_s']} s, TechLead {result['techlead_s']} s, "
              f"BannedApiAnalyzers {result['bannedapi_s']} s, TL {result['tl']}, RS0030 {result['rs0030']}",
              flush=True)
        if code != 0:
            raise SystemExit(f"build failed for {variant} (a failed build compares unlike work): see {log}")
        # Ran = listed in the compiler's analyzer report; a warm compiler may report it as "<0.001" seconds.
        if variant != "without" and not any(TECHLEAD_ASSEMBLY in name for name in report.seconds_by_assembly):
            raise SystemExit(f"TechLead did not run in {variant}: see {log}")
        if result["ad0001"] or any(i.startswith("TL9") for i in result["tl"]):
            raise SystemExit(f"an analyzer failed or an ADR is invalid in {variant} (AD0001/TL9xxx): see {log}")
        return result

    def measure(self, rounds, name, warmup=True):
        """Warm-up builds (untimed: every variant once, so the compiler server has loaded and JIT-compiled every
        analyzer before the first timed build), then `rounds` rounds of every variant, alternating the order."""
        if warmup:
            print(f"{name}: warm-up", flush=True)
            for variant in (list(self.variants) if self.compiler_server else list(self.variants)[:1]):
                self.build(variant, f"{name}-warmup-{variant}")
        builds = []
        order = list(self.variants)
        for r in range(rounds):
            for variant in (order if r % 2 == 0 else list(reversed(order))):
                result = self.build(variant, f"{name}-r{r + 1}-{variant}")
                result["round"] = r + 1
                builds.append(result)
        return summarize(name, builds, rounds, list(self.variants), len(self.duel_symbols))


def spread(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": round(statistics.median(values), 4), "min": round(min(values), 4), "max": round(max(values), 4),
            "n": len(values)}


def summarize(name, builds, rounds, variants, duel_symbols):
    """Per-round ratios and their median and spread."""
    by = {(b["round"], b["variant"]): b for b in builds}
    summary = {"name": name, "rounds": rounds, "builds": builds, "variants": {}}
    for variant in variants:
        runs = [by[(r, variant)] for r in range(1, rounds + 1)]
        entry = {
            "wall_s": spread([b["wall_s"] for b in runs]),
            "analyzers_s": spread([b["analyzers_s"] for b in runs]),
            "techlead_s": spread([b["techlead_s"] for b in runs]),
            "compilations": runs[0]["compilations"],
            "tl": runs[0]["tl"],
            "load": spread([b["load"] for b in runs]),
        }
        if variant != "without":
            if "without" in variants:
                entry["wall_ratio_to_without"] = spread([by[(r, variant)]["wall_s"] / by[(r, "without")]["wall_s"]
                                                         for r in range(1, rounds + 1)])
            entry["techlead_share"] = spread([b["techlead_s"] / b["analyzers_s"] if b["analyzers_s"] else None for b in runs])
        if variant == "duel":
            entry["bannedapi_s"] = spread([b["bannedapi_s"] for b in runs])
            entry["duel_ratio"] = spread([b["techlead_s"] / b["bannedapi_s"] if b["bannedapi_s"] else None for b in runs])
            entry["rs0030"] = runs[0]["rs0030"]
            entry["symbols"] = duel_symbols
        summary["variants"][variant] = entry
    return summary


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkout", required=True, help="the repository to build (not edited)")
    parser.add_argument("--target", required=True, help="solution or project, relative to --checkout")
    parser.add_argument("--adr", action="append", required=True,
                        help="ADR folder, or NAME=DIR; repeat for several rule sets (one 'with' variant each)")
    parser.add_argument("--banned-symbols", help="BannedSymbols.txt for the duel (default: the ADRs' banned-api symbols)")
    parser.add_argument("--no-duel", action="store_true", help="leave the banned-API duel out")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--feed", help="folder holding the packed TechLead.Analyzers (with --version)")
    parser.add_argument("--version", help="TechLead.Analyzers version in --feed")
    parser.add_argument("--techlead-repo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."),
                        help="TechLead checkout to pack when no --feed is given (default: this one)")
    parser.add_argument("--work", default=None, help="scratch folder for logs, packages and the overlay")
    parser.add_argument("--name", default=None, help="label of this checkout in logs and results")
    parser.add_argument("--variants", help="comma-separated subset of: without, the --adr names, duel (default: all)")
    parser.add_argument("--no-warmup", action="store_true", help="skip the untimed first build (compiler server warm)")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--compiler-server", choices=["on", "off", "both"], default="both",
                        help="on (as `dotnet build` does by default): one VBCSCompiler for all compilations; off "
                             "(UseSharedCompilation=false, as many CI set-ups): a fresh csc process per project, every "
                             "analyzer loaded in each; both (default): all rounds with the server on, then all with it off")
    args = parser.parse_args(argv)
    name = args.name or os.path.basename(os.path.abspath(args.checkout))
    work = args.work or os.path.join("/tmp", f"techlead-realbuild-{name}")
    adr_sets = []
    for item in args.adr:
        label, _, folder = item.rpartition("=") if "=" in item else ("with", "", item)
        adr_sets.append((label, folder))
    if args.feed and args.version:
        feed, version = args.feed, args.version
    else:
        feed = os.path.join(work, "feed")
        version = pack(os.path.abspath(args.techlead_repo), feed)
    symbols = []
    if not args.no_duel:
        symbols = read_banned_symbols(args.banned_symbols) if args.banned_symbols else banned_symbols_of(adr_sets[0][1])
        if not symbols:
            raise SystemExit("no banned symbols for the duel: pass --banned-symbols or --no-duel")
    modes = ["on", "off"] if args.compiler_server == "both" else [args.compiler_server]
    summaries = {}
    for mode in modes:
        bench = Bench(args.checkout, args.target, adr_sets, work, feed, version, symbols, compiler_server=mode == "on")
        if args.variants:
            wanted = args.variants.split(",")
            bench.variants = {v: props for v, props in bench.variants.items() if v in wanted}
        summary = bench.measure(args.rounds, f"{name}-server-{mode}", warmup=not args.no_warmup)
        summary["compiler_server"] = mode
        summaries[mode] = summary
        if args.json:  # written after each mode: a long cold run keeps the warm results
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(summaries, f, indent=1)
    for mode, summary in summaries.items():
        print(f"compiler server {mode}:")
        print(json.dumps({v: {k: e[k] for k in e if k.endswith(("ratio", "share", "_to_without", "techlead_s", "bannedapi_s"))}
                          for v, e in summary["variants"].items()}, indent=1))


if __name__ == "__main__":
    main()
