#!/usr/bin/env python3
"""Recall of `techlead infer` against a team's own architecture suite, on any checkout.

Imports the team's suite (`techlead import`), runs `techlead infer` (the default, and `--all`), then injects probe types
into a copy of the checkout and checks the copy with both ADR sets accepted. A team rule counts as *implied* by the
inferred rules when every probe finding of the team rule (same file, same type, same target) is also a finding of an
inferred rule: "the inferred rules flag everything the team's rule flags on injected violations". A team rule that no
probe triggers (a banned API, a vocabulary, a member rule) is reported as not exercised, not counted either way.

Probes (written only into the copy, one folder `TechLeadProbes/` per product project):
  * per namespace, one class that uses (typeof) every type of every other namespace its project can reach (its own
    project's types, and the public types of the projects it references, transitively): what dependency rules
    (layers, forbid, allow-only, independent, acyclic) flag;
  * per namespace, one public, mutable, unsealed class per frequent name ending of the solution (`TechLeadProbeHandler`)
    and per name ending a team rule selects (`name: "*Request"`), and one interface without an `I` (`ProbeContract`):
    what naming, placement, modifiers, attributes and inheritance rules flag.

Everything runs on a copy of the checkout in WORK/source (the checkout is never written to), after --prepare (a shell
command that makes it build here) and a restore. Standard library only. Usage:
  python3 benchmarks/InferRecall/recall.py --checkout ~/src/fitnet/Src --target Fitnet/Fitnet.csproj \\
      --suite Fitnet.ArchitectureTests --work ~/recall/fitnet [--techlead "dotnet path/to/techlead.dll"] [--name N] [--prepare CMD]
Prints one Markdown table row; writes OUT/recall.json with every team rule and its verdict.
"""
import argparse
import collections
import json
import os
import re
import shlex
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Shared"))
from corpus import NAMESPACE, commit_of, product_projects, reachable, references, run  # noqa: E402  (one home: benchmarks/Shared)

TOP_TYPE = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<access>public|internal|file)\s+)?(?:(?:sealed|static|abstract|partial|readonly|unsafe|new)\s+)*"
    r"(?P<kind>class|record\s+struct|record\s+class|record|struct|interface|enum)\s+(?P<name>\w+)(?P<generic><[^>]*>)?",
    re.MULTILINE)
WORD_END = re.compile(r"[A-Z][a-z0-9]+$")
MAX_SUFFIXES = 12


def read_types(folder, projects):
    """[(namespace, name, kind, generic arity, public)] of the top-level types in one project's own files."""
    nested_projects = [os.path.dirname(p) for p in projects if os.path.dirname(p) != folder and os.path.dirname(p).startswith(folder + os.sep)]
    types = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj", ".git", "TechLeadProbes")]
        if any(here == n or here.startswith(n + os.sep) for n in nested_projects):
            continue
        for file in files:
            if not file.endswith(".cs") or file.endswith((".g.cs", ".Designer.cs", ".designer.cs")):
                continue
            text = open(os.path.join(here, file), encoding="utf-8", errors="replace").read()
            namespaces = NAMESPACE.findall(text)
            if len(namespaces) != 1:
                continue
            block = not re.search(r"^\s*namespace\s+[\w.]+\s*;", text, re.MULTILINE)
            for match in TOP_TYPE.finditer(text):
                indent = len(match.group("indent").expandtabs(4))
                if indent != (4 if block else 0) or match.group("access") == "file":
                    continue
                arity = match.group("generic").count(",") + 1 if match.group("generic") else 0
                types.append((namespaces[0], match.group("name"), match.group("kind").split()[0], arity, match.group("access") == "public"))
    return types


TEAM_SUFFIX = re.compile(r"""^\s*(?:-\s+)?name:\s*["']\*([A-Z][A-Za-z0-9]*)["']\s*$""", re.MULTILINE)


def team_suffixes(adr_folder):
    """The name endings the team's rules select (`name: "*Request"`): a probe carries each, so those rules are exercised."""
    found = []
    for file in sorted(os.listdir(adr_folder)):
        if file.endswith(".md"):
            for suffix in TEAM_SUFFIX.findall(open(os.path.join(adr_folder, file), encoding="utf-8").read()):
                if suffix not in found:
                    found.append(suffix)
    return found


def write_probes(copy_root, target_projects, selected_suffixes=()):
    graph = {p: references(p) for p in target_projects}
    types = {p: read_types(f, target_projects) for p, f in target_projects.items()}
    declared = collections.defaultdict(set)
    for project, found in types.items():
        for namespace, name, kind, arity, public in found:
            declared[(project, namespace)].add((name, arity, public))
    suffixes = collections.Counter(m.group(0) for found in types.values() for _, name, _, _, _ in found if (m := WORD_END.search(name)) and m.start() > 0)
    frequent = [s for s, n in suffixes.most_common(MAX_SUFFIXES) if n >= 3]
    frequent += [s for s in selected_suffixes if s not in frequent]
    written = 0
    for project, folder in target_projects.items():
        namespaces = sorted({ns for (p, ns) in declared if p == project})
        if not namespaces:
            continue
        probe_folder = os.path.join(folder, "TechLeadProbes")
        os.makedirs(probe_folder, exist_ok=True)
        visible = reachable(project, graph)
        for index, namespace in enumerate(namespaces):
            uses = []
            for (other_project, other_ns), names in sorted(declared.items()):
                if other_ns == namespace or other_project not in visible:
                    continue
                for name, arity, public in sorted(names):
                    if public or other_project == project:
                        generic = "<" + "," * (arity - 1) + ">" if arity else ""
                        uses.append(f"typeof(global::{other_ns}.{name}{generic})")
            lines = [f"namespace {namespace}", "{",
                     "    public class TechLeadProbeDependencies",
                     "    {",
                     "        public static System.Type[] Uses() => new System.Type[]",
                     "        {"]
            lines += [f"            {use}," for use in uses]
            lines += ["        };", "    }", ""]
            for suffix in frequent:
                lines += [f"    public class TechLeadProbe{suffix}", "    {", "        public int Probe { get; set; }", "    }", ""]
            lines += ["    public interface ProbeContract", "    {", "    }", "}", ""]
            with open(os.path.join(probe_folder, f"Probe{index:04d}.cs"), "w", encoding="utf-8") as out:
                out.write("\n".join(lines))
            written += 1
    return written, frequent


def rules_of(adr_folder):
    """{(adr, rule id)} of every rule in the ADRs of a folder (read from the techlead blocks' '- id:' lines)."""
    found = set()
    for file in sorted(os.listdir(adr_folder)):
        if not file.endswith(".md"):
            continue
        text = open(os.path.join(adr_folder, file), encoding="utf-8").read()
        adr = re.search(r"^id:\s*(\S+)", text, re.MULTILINE)
        for block in re.findall(r"```techlead\n(.*?)```", text, re.DOTALL):
            for rule in re.findall(r"^- id:\s*(\S+)", block, re.MULTILINE):
                found.add((adr.group(1), rule))
    return found


def accept(source_folder, destination):
    os.makedirs(destination, exist_ok=True)
    for file in sorted(os.listdir(source_folder)):
        if file.endswith(".md"):
            text = open(os.path.join(source_folder, file), encoding="utf-8").read()
            text = re.sub(r"^status: proposed$", "status: accepted", text, count=1, flags=re.MULTILINE)
            open(os.path.join(destination, file), "w", encoding="utf-8").write(text)


def restore(target):
    """Restores the copy infer and check read with --no-restore; a restore that fails is reported, not fatal (infer names
    what it could not load)."""
    result = run(["dotnet", "restore", target, "-v", "q", "-nologo"], check=False)
    if result.returncode != 0:
        print(f"restore of {target} failed ({result.returncode}): {result.stdout[-1500:]}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checkout", required=True)
    parser.add_argument("--target", required=True, help="the solution or project infer reads, relative to the checkout")
    parser.add_argument("--suite", required=True, help="the architecture tests import reads, relative to the checkout")
    parser.add_argument("--work", required=True)
    parser.add_argument("--name", default=None)
    parser.add_argument("--techlead", default="techlead")
    parser.add_argument("--syntax-only", action="store_true")
    parser.add_argument("--prepare", default=None, help="a shell command run in the copy before restoring it (what makes the checkout build here)")
    parser.add_argument("--team-adrs", default=None, help="ADRs of the team's rules written by hand, instead of importing --suite")
    args = parser.parse_args()
    techlead = shlex.split(args.techlead)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    # Everything runs on a copy: the checkout may be read-only (a shared corpus), and restore, import and infer write
    # obj/ folders next to the projects.
    original = os.path.abspath(args.checkout)
    checkout = os.path.join(work, "source")
    shutil.copytree(original, checkout, ignore=shutil.ignore_patterns(".git", "bin", "obj", "TechLeadProbes"), symlinks=True)
    if args.prepare:
        run(["sh", "-c", args.prepare], cwd=checkout)
    restore(os.path.join(checkout, args.target))

    imported = os.path.join(work, "imported")
    if args.team_adrs:
        # The importer translated too little of this suite: the team's rules as read by hand.
        shutil.copytree(os.path.abspath(args.team_adrs), imported)
    else:
        run(techlead + ["import", os.path.join(checkout, args.suite), "--out", imported, "--status", "accepted"] + (["--syntax-only"] if args.syntax_only else []))
    os.makedirs(imported, exist_ok=True)
    inferred = {}
    for variant, extra in (("default", []), ("all", ["--all"])):
        folder = os.path.join(work, "inferred-" + variant)
        os.makedirs(folder)
        result = run(techlead + ["infer", os.path.join(checkout, args.target), "--out", os.path.join(folder, "9001-inferred.md"), "--adr-dir", folder, "--no-restore"] + extra)
        open(os.path.join(work, f"infer-{variant}.log"), "w").write(result.stdout + result.stderr)
        inferred[variant] = folder

    copy = os.path.join(work, "probed")
    shutil.copytree(checkout, copy, ignore=shutil.ignore_patterns(".git", "bin", "obj", "TechLeadProbes"), symlinks=True)
    probes, suffixes = write_probes(copy, product_projects(copy), team_suffixes(imported))
    restore(os.path.join(copy, args.target))

    team = rules_of(imported)
    verdicts = {}
    for variant, folder in inferred.items():
        adrs = os.path.join(work, "check-" + variant)
        accept(imported, adrs)
        for file in os.listdir(folder):
            # infer numbered its ADR in an empty folder; the imported ADRs use the same numbers.
            text = re.sub(r"^id: ADR-\d+$", "id: ADR-9001", open(os.path.join(folder, file), encoding="utf-8").read(), count=1, flags=re.MULTILINE)
            open(os.path.join(adrs, file), "w", encoding="utf-8").write(re.sub(r"^status: proposed$", "status: accepted", text, count=1, flags=re.MULTILINE))
        inferred_adrs = {"ADR-9001"}
        result = run(techlead + ["check", os.path.join(copy, args.target), "--adr-dir", adrs, "--format", "json", "--no-restore"])
        open(os.path.join(work, f"check-{variant}.json"), "w").write(result.stdout)
        report = json.loads(result.stdout)
        findings = collections.defaultdict(set)
        for adr in report.get("adrs", []):
            for violation in adr.get("violations", []):
                if "TechLeadProbes" not in (violation.get("path") or ""):
                    continue
                key = (violation.get("path"), violation.get("from"), violation.get("to"))
                findings[(violation.get("adr"), violation.get("rule"))].add(key)
        by_inferred = set().union(*[keys for (adr, _), keys in findings.items() if adr in inferred_adrs]) if findings else set()
        for rule in sorted(team):
            keys = findings.get(rule, set())
            verdict = "not exercised" if not keys else ("implied" if keys <= by_inferred else f"missed {len(keys - by_inferred)} of {len(keys)}")
            verdicts.setdefault("/".join(rule), {})[variant] = verdict

    exercised = [r for r, v in verdicts.items() if v["default"] != "not exercised" or v["all"] != "not exercised"]
    implied = {variant: sum(1 for r in exercised if verdicts[r][variant] == "implied") for variant in inferred}
    name = args.name or os.path.basename(original.rstrip("/"))
    json.dump({"name": name, "commit": commit_of(original), "probes": probes, "suffixes": suffixes, "team_rules": len(team), "exercised": len(exercised),
               "implied": implied, "rules": verdicts}, open(os.path.join(work, "recall.json"), "w"), indent=2)
    percent = lambda n: f"{100 * n / len(exercised):.0f} %" if exercised else "n/a"
    print(f"| {name} | {len(team)} | {len(exercised)} | {implied['default']} ({percent(implied['default'])}) | {implied['all']} ({percent(implied['all'])}) |")


if __name__ == "__main__":
    main()
