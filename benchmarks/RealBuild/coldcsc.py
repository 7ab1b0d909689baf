#!/usr/bin/env python3
"""The fixed cost of TechLead in a cold compiler: one C# file, one ADR, a fresh `csc` per compilation (what every
project pays when the compiler server is off), with TechLead, with BannedApiAnalyzers on the same banned symbol, with
both, and with neither; interleaved rounds, medians.

Usage:
  coldcsc.py --feed DIR --version V [--version V2 ...] [--rounds 9] [--work DIR] [--portable] [--adrs DIR]

Each --version is a TechLead.Analyzers package in --feed (pack one with
`dotnet pack src/TechLead.Analyzers.Package -c Release -o DIR -p:PackageVersion=V`). For each, a one-file project is
built once with `dotnet build -v:d` to learn the compiler command line the SDK gives it (with the analyzer paths the
package's targets choose: the ReadyToRun copies on .NET 10+ linux-x64, the portable ones with --portable), then
`csc.dll` is run directly with that command line, as the build would without the compiler server. Reported per
variant: csc wall seconds, the CPU seconds (user + system) of the compiler process (the figure to read on a loaded
machine) and the analyzer seconds of the compiler's own report (/reportanalyzer). Every run must report TL0101 and
RS0030 where their analyzer is present, and no AD0001 or TL9xxx. --adrs DIR gives TechLead the ADRs of DIR (*.md)
instead of the one banned-API ADR (a real ADR set's start-up; TL0101 is then required only if DIR bans
System.DateTime.Now).
"""
import argparse
import glob
import os
import re
import resource
import shlex
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realbuild  # noqa: E402

BANNED = "P:System.DateTime.Now"
SOURCE = "namespace One;\n\npublic static class Clock\n{\n    public static System.DateTime Now() => System.DateTime.Now;\n}\n"
ADR = f"""---
id: ADR-0001
title: Banned APIs
status: accepted
rules:
  - id: banned
    kind: banned-api
    severity: warning
    apis:
      - {{ symbol: "{BANNED}", severity: warning }}
---
# Banned APIs
"""
PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="TechLead.Analyzers" Version="$(TechLeadVersion)" PrivateAssets="all" />
    <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="{banned_api}" PrivateAssets="all" />
    <AdditionalFiles Include="BannedSymbols.txt" />
  </ItemGroup>
</Project>
"""


def write_project(work):
    os.makedirs(os.path.join(work, "docs", "adr"), exist_ok=True)
    files = {"One.csproj": PROJECT.format(banned_api=realbuild.BANNED_API_ANALYZERS_VERSION), "Clock.cs": SOURCE,
             "BannedSymbols.txt": BANNED + "\n", os.path.join("docs", "adr", "0001-banned.md"): ADR,
             # Nothing from folders above the scratch folder.
             "Directory.Build.props": "<Project />\n", "Directory.Build.targets": "<Project />\n",
             "Directory.Packages.props": "<Project />\n"}
    for name, text in files.items():
        with open(os.path.join(work, name), "w", encoding="utf-8") as f:
            f.write(text)


def compiler_arguments(work, feed, version, portable):
    """The csc arguments the SDK passes for this package version (from a detailed build log), output redirected."""
    props = [f"-p:TechLeadVersion={version}", f"-p:RestorePackagesPath={os.path.join(work, 'packages')}",
             f"-p:RestoreAdditionalProjectSources={os.path.abspath(feed)}", "-p:UseSharedCompilation=false"]
    fallback = os.path.expanduser("~/.nuget/packages")
    if os.path.isdir(fallback):
        props.append(f"-p:RestoreAdditionalProjectFallbackFolders={fallback}")
    if portable:
        props.append("-p:TechLeadReadyToRun=false")
    log = os.path.join(work, f"build-{version}.log")
    code, _ = realbuild.run(["dotnet", "build", "One.csproj", "--no-incremental", "-nologo", "-v:d"] + props, cwd=work, log=log)
    if code != 0:
        raise SystemExit(f"build failed: see {log}")
    with open(log, encoding="utf-8", errors="replace") as f:
        line = next(l for l in f if re.search(r"[/\\]csc(\.dll|\.exe)? .*/reportanalyzer", l) or
                    (re.search(r"[/\\]csc(\.exe)? ", l) and "/analyzer:" in l))
    command = shlex.split(line.strip())
    csc = command[0] if command[0].endswith(".dll") else os.path.join(os.path.dirname(command[0]), "csc.dll")
    arguments = [a for a in command[1:] if not a.startswith(("/out:", "/refout:")) and a != "/noconfig"]
    if "/reportanalyzer" not in arguments:
        arguments.append("/reportanalyzer")
    return csc, arguments + [f"/out:{os.path.join(work, 'out', version + '.dll')}"]


def with_adrs(arguments, folder):
    """The same command line with the ADRs of `folder` in place of the one banned-API ADR."""
    kept = [a for a in arguments if not (a.startswith("/additionalfile:") and a.endswith("0001-banned.md"))]
    return kept + ["/additionalfile:" + os.path.abspath(p) for p in sorted(glob.glob(os.path.join(folder, "*.md")))]


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def variant(arguments, techlead, banned_api):
    def keep(a):
        if a.startswith("/analyzer:") and "techlead.analyzers" in a.lower():
            return techlead
        if a.startswith("/additionalfile:") and a.endswith(".md"):
            return techlead
        if a.startswith("/analyzer:") and "bannedapianalyzers" in a.lower():
            return banned_api
        if a.startswith("/additionalfile:") and a.endswith("BannedSymbols.txt"):
            return banned_api
        return True
    return [a for a in arguments if keep(a)]


def seconds(report, assembly):
    match = re.search(r"^\s*(<?[\d.]+)\s+\S+\s+" + re.escape(assembly) + r", Version", report, re.M)
    return 0.0 if not match or match.group(1).startswith("<") else float(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feed", required=True)
    parser.add_argument("--version", action="append", required=True)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--work", default="/tmp/techlead-coldcsc")
    parser.add_argument("--portable", action="store_true", help="the portable assemblies (TechLeadReadyToRun=false)")
    parser.add_argument("--adrs", help="a folder of ADRs (*.md) for TechLead instead of the one banned-API ADR")
    args = parser.parse_args()
    expects_tl0101 = True
    if args.adrs:
        texts = "".join(open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(args.adrs, "*.md")))
        expects_tl0101 = BANNED in texts
    work = os.path.abspath(args.work)
    os.makedirs(os.path.join(work, "out"), exist_ok=True)
    write_project(work)
    variants = {}
    csc = None
    for version in args.version:
        csc, arguments = compiler_arguments(work, args.feed, version, args.portable)
        if args.adrs:
            arguments = with_adrs(arguments, args.adrs)
        if not variants:
            variants["none"] = variant(arguments, False, False)
            variants["BannedApiAnalyzers"] = variant(arguments, False, True)
        variants[f"{version} TechLead"] = variant(arguments, True, False)
        variants[f"{version} both"] = variant(arguments, True, True)
    results = {name: [] for name in variants}
    order = list(variants)
    for r in range(args.rounds):
        for name in (order if r % 2 == 0 else list(reversed(order))):
            load = realbuild.load_average()
            start, cpu_before = time.monotonic(), cpu_of_children()
            done = subprocess.run(["dotnet", csc] + variants[name], cwd=work, capture_output=True, text=True)
            wall, cpu = time.monotonic() - start, cpu_of_children() - cpu_before
            out = done.stdout
            if done.returncode != 0 or re.search(r"(warning|error) (AD0001|TL9\d{3})", out):
                raise SystemExit(f"{name}: the compiler failed or an analyzer did\n{out}{done.stderr}")
            if ("TechLead" in name or "both" in name) and expects_tl0101 and "TL0101" not in out.split("NOTE:")[0]:
                raise SystemExit(f"{name}: TechLead reported no TL0101\n{out}")
            if ("Banned" in name or "both" in name) and "RS0030" not in out.split("NOTE:")[0]:
                raise SystemExit(f"{name}: BannedApiAnalyzers reported no RS0030\n{out}")
            results[name].append((wall, seconds(out, "TechLead.Analyzers"),
                                  seconds(out, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers") +
                                  seconds(out, "Microsoft.CodeAnalysis.BannedApiAnalyzers"), load, cpu))
    print(f"| variant | csc wall s | csc CPU s (range) | CPU over none | TechLead s | BannedApiAnalyzers s | TechLead / BannedApiAnalyzers | load |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    none_cpu = statistics.median(x[4] for x in results["none"])
    for name, runs in results.items():
        med = [statistics.median(x[i] for x in runs) for i in range(3)]
        cpu = statistics.median(x[4] for x in runs)
        ratios = [x[1] / x[2] for x in runs if x[2]] if "both" in name else []
        ratio = f"{statistics.median(ratios):.2f}" if ratios else "–"
        print(f"| {name} | {med[0]:.3f} | {cpu:.3f} ({min(x[4] for x in runs):.2f}–{max(x[4] for x in runs):.2f}) | "
              f"{cpu - none_cpu:+.3f} | {med[1]:.3f} | {med[2]:.3f} | {ratio} | "
              f"{min(x[3] for x in runs):.1f}–{max(x[3] for x in runs):.1f} |")
    print(f"(medians of {args.rounds} interleaved rounds; order reversed every other round)")


if __name__ == "__main__":
    main()
