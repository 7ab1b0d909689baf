#!/usr/bin/env python3
"""What TechLead makes a cold compiler JIT-compile: one project's `csc` run directly with and without TechLead, the
methods each run JIT-compiles at their first tier (no precompiled code) listed by the runtime, and the difference
(standard library only; rules/0060, 0061, 0071, docs/performance.md runs L and N).

Usage:
  jitlist.py --log BUILD.log --project NAME --cwd PROJECT_DIR --techlead DIR [--techlead DIR2 ...] [--work DIR]

BUILD.log is a detailed log (`dotnet build -v:d -p:UseSharedCompilation=false`) of a build with TechLead; the `csc`
command line whose `/out:` is NAME.dll is run in PROJECT_DIR (its relative paths are the project's) with its output
redirected to --work: once without TechLead's `/analyzer:` and ADR `/additionalfile:` arguments, then once per
--techlead DIR with TechLead's analyzer assemblies taken from DIR (for instance a package's
`tools/readytorun/linux-x64` with `analyzers/dotnet/cs/TechLead.Analyzers.CodeFixes.dll` beside them). The runtime lists
what it JIT-compiles (`DOTNET_JitStdOutFile`, `DOTNET_JitDisasmSummary=1`); a method counts once, at its first tier
(lines marked Tier1 are re-compilations of hot methods, which depend on timing). Printed per DIR: the methods beyond the
compilation without TechLead, how many of them are TechLead's own, and whether its TL lines equal the first DIR's.
"""
import argparse
import os
import re
import shlex
import subprocess


def first_tier_methods(lines):
    """Distinct method names JIT-compiled at their first tier.

    >>> sorted(first_tier_methods([
    ...     "   1: JIT compiled A:M() [Tier0, IL size=18, code size=24]",
    ...     "   2: JIT compiled A:M() [Tier1, IL size=18, code size=20]",
    ...     "   3: JIT compiled B`1[ushort]:N(int) [Instrumented Tier0, IL size=5, code size=9]",
    ...     "   4: JIT compiled C:O() [Tier1-OSR @0x10, IL size=9, code size=30]"]))
    ['A:M()', 'B`1[ushort]:N(int)']
    """
    methods = set()
    for line in lines:
        match = re.match(r"\s*\d+: JIT compiled (.*) \[([^\]]*)\]\s*$", line)
        if match and "Tier1" not in match.group(2):
            methods.add(match.group(1))
    return methods


def is_techlead(argument):
    """TechLead's own arguments: its analyzer assemblies and the ADRs (markdown additional files).

    >>> [is_techlead(a) for a in ["/analyzer:/p/techlead.analyzers/1.0/x/TechLead.Rules.dll", "/additionalfile:/r/docs/adr/0001-a.md",
    ...                           "/analyzer:/sdk/Microsoft.CodeAnalysis.NetAnalyzers.dll"]]
    [True, True, False]
    """
    return (argument.startswith("/analyzer:") and "techlead" in argument.lower()) or (
        argument.startswith("/additionalfile:") and argument.endswith(".md"))


def command_line(log, project):
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            if re.search(r"[/\\]csc(\.dll|\.exe)? ", line) and re.search(r"/out:\S*[/\\]" + re.escape(project) + r"\.dll\b", line):
                return shlex.split(line.strip())
    raise SystemExit(f"no csc command line with /out:...{project}.dll in {log}")


def run(csc, arguments, cwd, work, name):
    jit = os.path.join(work, name + ".jit")
    if os.path.exists(jit):
        os.remove(jit)
    env = dict(os.environ, DOTNET_JitStdOutFile=jit, DOTNET_JitDisasmSummary="1")
    result = subprocess.run(["dotnet", csc, "/noconfig"] + arguments, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        errors = [line for line in result.stdout.splitlines() if ": error " in line][:5]
        raise SystemExit(f"csc failed ({name}):\n" + "\n".join(errors or result.stdout.splitlines()[-5:]))
    with open(jit, encoding="utf-8", errors="replace") as f:
        methods = first_tier_methods(f)
    diagnostics = sorted(set(re.findall(r"^.*(?:warning|error) TL\d+.*$", result.stdout, re.M)))
    return result.returncode, methods, diagnostics


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--log", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--cwd", required=True)
    parser.add_argument("--techlead", action="append", required=True)
    parser.add_argument("--work", default="/tmp/techlead-jitlist")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    command = command_line(args.log, args.project)
    csc = command[0] if command[0].endswith(".dll") else os.path.join(os.path.dirname(command[0]), "csc.dll")
    common = [a for a in command[1:] if not a.startswith(("/out:", "/refout:")) and a != "/noconfig"]
    common.append("/out:" + os.path.join(args.work, args.project + ".dll"))
    code, without, _ = run(csc, [a for a in common if not is_techlead(a)], args.cwd, args.work, "without")
    print(f"without TechLead: exit {code}, {len(without)} methods JIT-compiled at their first tier")
    reference = None
    for index, folder in enumerate(args.techlead):
        arguments = []
        for a in common:
            if a.startswith("/analyzer:") and "techlead" in a.lower():
                replaced = os.path.join(folder, os.path.basename(a[len("/analyzer:"):]))
                if os.path.exists(replaced):
                    arguments.append("/analyzer:" + replaced)
            else:
                arguments.append(a)
        code, methods, diagnostics = run(csc, arguments, args.cwd, args.work, f"techlead-{index}")
        extra = methods - without
        own = [m for m in extra if m.startswith("TechLead.")]
        reference = diagnostics if reference is None else reference
        same = "the same TL lines as the first" if diagnostics == reference else "TL LINES DIFFER from the first"
        print(f"{folder}: exit {code}, {len(extra)} methods beyond the compilation without TechLead, {len(own)} of them "
              f"TechLead's ({', '.join(sorted(own)) or 'none'}); {len(diagnostics)} TL lines, {same}")


if __name__ == "__main__":
    main()
