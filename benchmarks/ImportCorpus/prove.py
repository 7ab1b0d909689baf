#!/usr/bin/env python3
"""Meaning, proven: on any checkout whose architecture suite builds, the team's own tests, the analyzer (`techlead
check`) and both fitness engines flag the same types on injected violations of every imported rule.

For one checkout and suite folder:
  1. import the suite (`techlead import <suite> --out WORK/adr --status accepted`);
  2. copy the checkout twice (no .git, bin, obj; a global.json is left out of the copies, so the installed SDK builds
     them) and write into one copy, for each imported rule it can, one probe file that breaks exactly that rule: a type
     of the rule's selection (assembly, namespace, name, kind from the selector) that uses a type of a forbidden
     namespace (`forbid`), a type outside the allowed ones (`allow-only`), lives outside the namespace (`placement`),
     is not sealed / is public / is mutable (`modifiers`), implements or inherits nothing (`must-implement`,
     `must-inherit`, `attributes`), or has a name the pattern refuses (`naming`). Types such a probe needs as a target
     are declared in the probe file, in the namespace the rule names;
  3. run the team's test projects (every .csproj under the suite) on both copies with `dotnet test` and a TRX log:
     a team test "flags" the probe types its failure message names (ArchUnitNET lists them; NetArchTest lists them when
     the test prints `FailingTypeNames`, otherwise only pass/fail is known);
  4. run `techlead check` and both fitness engines (`TechLead.Benchmarks -- fitness`, on the assemblies the test run
     built) on the probed copy with the imported ADRs;
  5. per rule, compare the probe types each of the four flags. A team test is matched to its rules by class and method
     name (the import names a rule after its method: `Domain_Is_Pure` -> `domain-is-pure`, `-2` for a second chain).

Standard library only. Usage:
  python3 benchmarks/ImportCorpus/prove.py --checkout /tmp/saga --suite tests --work /tmp/proof/saga \\
      --techlead "dotnet path/to/techlead.dll" --fitness "dotnet path/to/TechLead.Benchmarks.dll" [--label owner/name]
Prints one Markdown table row (and, with --details, one row per rule); writes WORK/proof.json.
Environment of every build and test it runs: DOTNET_ROLL_FORWARD=Major (suites targeting an older runtime run on the
installed one), WarningsNotAsErrors=NU1603 and NuGetAudit=false (a feed that serves a nearby package version, or no
vulnerability data, must not fail a build that treats warnings as errors; MSBuild reads environment variables as properties).
"""
import argparse
import collections
import json
import os
import re
import shlex
import shutil
import sys
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Shared"))
from corpus import NAMESPACE, assembly_name, commit_of, product_projects, project_files, reachable, references, run  # noqa: E402  (one home: benchmarks/Shared)

PROBE = "TechLeadProbe"
PUBLIC_TYPE = re.compile(r"^\s*public\s+(?:sealed\s+|abstract\s+|partial\s+)*(?:class|record|interface)\s+(\w+)\s*(?![<\w])", re.MULTILINE)
PROBE_NAME = re.compile(r"\b((?:[A-Za-z_]\w*\.)*(I?" + PROBE + r"\w*))")


# ---------------------------------------------------------------- the rules the import wrote

def parse_yaml(lines):
    """The block YAML subset TechLead writes in a techlead block: mappings, `- ` sequences, [a, b] flow lists, quoted scalars."""
    def scalar(text):
        text = text.strip()
        if text.startswith("[") and text.endswith("]"):
            return [scalar(part) for part in split_flow(text[1:-1])] if text[1:-1].strip() else []
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
            return text[1:-1]
        return {"true": True, "false": False}.get(text, text)

    def split_flow(text):
        parts, depth, current, quote = [], 0, "", None
        for char in text:
            if quote:
                current += char
                quote = None if char == quote else quote
            elif char in "\"'":
                quote = char
                current += char
            elif char in "[{":
                depth += 1
                current += char
            elif char in "]}":
                depth -= 1
                current += char
            elif char == "," and depth == 0:
                parts.append(current)
                current = ""
            else:
                current += char
        return parts + [current]

    rows = [(len(line) - len(line.lstrip(" ")), line.strip()) for line in lines if line.strip() and not line.strip().startswith("#")]

    def block(index, indent):
        if index >= len(rows):
            return None, index
        if rows[index][1].startswith("- ") or rows[index][1] == "-":
            items = []
            while index < len(rows) and rows[index][0] == indent and (rows[index][1].startswith("- ") or rows[index][1] == "-"):
                rest = rows[index][1][2:]
                if ":" in rest and not rest.startswith(("\"", "'", "[")):
                    # "- key: value" opens a mapping whose other keys sit two columns further in
                    rows[index] = (indent + 2, rest)
                    value, index = block(index, indent + 2)
                else:
                    value, index = scalar(rest), index + 1
                items.append(value)
            return items, index
        mapping = {}
        while index < len(rows) and rows[index][0] == indent and not rows[index][1].startswith("- "):
            key, _, rest = rows[index][1].partition(":")
            index += 1
            if rest.strip():
                mapping[key.strip()] = scalar(rest)
            elif index < len(rows) and (rows[index][0] > indent or (rows[index][0] == indent and rows[index][1].startswith("- "))):
                mapping[key.strip()], index = block(index, rows[index][0])
            else:
                mapping[key.strip()] = None
        return mapping, index

    value, _ = block(0, rows[0][0]) if rows else ([], 0)
    return value or []


def imported_rules(adr_folder):
    """[{adr, class, rule...}] of every rule in the imported ADRs, with the test class named in the import key."""
    rules = []
    for file in sorted(os.listdir(adr_folder)):
        if not file.endswith(".md"):
            continue
        text = open(os.path.join(adr_folder, file), encoding="utf-8").read()
        adr = re.search(r"^id:\s*(\S+)", text, re.MULTILINE).group(1)
        key = re.search(r"<!-- techlead-import: [^:]+:([^#]+)#(\S+) -->", text)
        for block in re.findall(r"```techlead\n(.*?)```", text, re.DOTALL):
            for rule in parse_yaml(block.splitlines()):
                if isinstance(rule, dict) and "id" in rule:
                    rule.update({"adr": adr, "class": key.group(2) if key else "", "source": key.group(1) if key else ""})
                    rules.append(rule)
    return rules


# ---------------------------------------------------------------- probes

def first(selector):
    return selector[0] if isinstance(selector, list) and selector else selector if isinstance(selector, dict) else {}


def glob_namespace(glob):
    """The namespace a probe lives in to be inside a namespace glob (`A.B`, `A.B.**`, `A.B*.**`); None for other globs."""
    if not isinstance(glob, str):
        return None
    base = re.sub(r"(\*?\.\*\*|\*)$", "", glob)
    return base if re.fullmatch(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*", base) else None


def glob_name(glob, tag):
    """A type name inside a name glob (`*Handler` -> TechLeadProbe<tag>Handler, `I*` -> ITechLeadProbe<tag>); None for others."""
    if glob is None:
        return PROBE + tag
    if not isinstance(glob, str) or glob.count("*") > 1:
        return None
    name = glob.replace("*", PROBE + tag) if "*" in glob else None
    return name if name and re.fullmatch(r"[A-Za-z_]\w*", name) else None


class Projects:
    """The product projects of a copy: assembly names and the namespaces their files declare."""

    def __init__(self, root):
        self.by_assembly = {}
        self.project_of = {}
        self.namespaces = collections.defaultdict(collections.Counter)
        self.public_types = collections.defaultdict(list)
        projects = product_projects(root)
        self.graph = {p: references(p) for p in projects}
        for project, folder in projects.items():
            self.by_assembly.setdefault(assembly_name(project), folder)
            self.project_of[folder] = project
            for here, dirs, files in os.walk(folder):
                dirs[:] = [d for d in dirs if d not in ("bin", "obj", "TechLeadProbes")]
                for file in files:
                    if file.endswith(".cs") and not file.endswith((".g.cs", ".Designer.cs")):
                        text = open(os.path.join(here, file), encoding="utf-8", errors="replace").read()
                        declared = NAMESPACE.findall(text)
                        for namespace in declared:
                            self.namespaces[folder][namespace] += 1
                        if len(declared) == 1 and " static class " not in text:
                            self.public_types[folder] += [(declared[0], name) for name in PUBLIC_TYPE.findall(text)]

    def public_type_in(self, assembly, user_folder):
        """A public, non-generic type of the assembly the project in user_folder can use (it references it), or None."""
        folder = self.by_assembly.get(assembly)
        if folder is None or folder == user_folder or self.project_of.get(folder) not in reachable(self.project_of.get(user_folder), self.graph):
            return None
        return min(self.public_types.get(folder, []), default=None)

    def folder_for(self, selector):
        """The project a probe of this selection goes into: its assembly, else the project declaring the most of its namespace."""
        if "assembly" in selector:
            return self.by_assembly.get(selector["assembly"])
        namespace = glob_namespace(selector.get("namespace"))
        if namespace is None:
            return None
        scores = {folder: sum(n for ns, n in counts.items() if ns == namespace or ns.startswith(namespace + ".")) for folder, counts in self.namespaces.items()}
        best = max(scores.items(), key=lambda item: item[1], default=(None, 0))
        return best[0] if best[1] > 0 else None

    def root_namespace(self, folder):
        counts = self.namespaces.get(folder)
        return min(counts, key=lambda ns: (ns.count("."), -counts[ns])) if counts else None


SELECTOR_KEYS = {"assembly", "namespace", "name", "kind", "visibility", "except", "abstract", "sealed"}


def probe_of(rule, projects, tag):
    """(project folder, C# source, [probe type full names]) for a probe that breaks exactly this rule, or (None, reason, [])."""
    kind = rule.get("kind")
    selector = first(rule.get("from") if kind in ("forbid", "allow-only") else rule.get("types"))
    if not isinstance(selector, dict) or not selector:
        return None, "the rule selects no types a probe can join", []
    unknown = set(selector) - SELECTOR_KEYS
    if unknown:
        return None, "selector keys a probe cannot satisfy here: " + ", ".join(sorted(unknown)), []
    folder = projects.folder_for(selector)
    if folder is None:
        return None, "no product project builds the selected assembly or namespace", []
    namespace = glob_namespace(selector["namespace"]) if "namespace" in selector else projects.root_namespace(folder)
    name = glob_name(selector.get("name"), tag)
    if namespace is None or name is None:
        return None, "a namespace or name pattern a probe name cannot be made from", []
    interface = selector.get("kind") == "interface"
    if selector.get("kind") not in (None, "interface", "class"):
        return None, f"kind {selector.get('kind')} probes are not written", []
    modifiers = "public abstract class" if selector.get("abstract") is True else "public class"
    declaration = "public interface" if interface else modifiers
    extra, body = [], ""

    target = None
    if kind == "forbid":
        to = rule.get("to")
        entry = to[0] if isinstance(to, list) and to else to
        target = entry if isinstance(entry, dict) else {"namespace": entry}
        if set(target) == {"assembly"}:
            # a type of another assembly: only a project that references it can use it; the compiler forbids the others
            used = projects.public_type_in(target["assembly"], folder)
            if used is None:
                return None, f"the selected project does not reference {target['assembly']} (the compiler already forbids the dependency)", []
            body = f"public static void Use(global::{used[0]}.{used[1]} value) {{ }}"
            target = None
    if kind == "forbid" and target is not None:
        target_namespace = glob_namespace(target.get("namespace"))
        target_name = glob_name(target.get("name"), tag + "Target")
        if target_namespace is None or target_name is None or set(target) - {"namespace", "name"}:
            return None, "a forbidden target a probe cannot declare", []
        extra.append((target_namespace, f"public class {target_name} {{ }}"))
        body = f"public static object Use() => new global::{target_namespace}.{target_name}();"
    if kind == "forbid":
        pass
    elif kind == "allow-only":
        outside = "TechLeadProbeOutside" + tag
        if any(isinstance(t, str) and t.startswith("**") for t in (rule.get("to") or []) + (rule.get("also-allow") or [])):
            return None, "everything is allowed", []
        extra.append((outside, f"public class {PROBE}{tag}Outside {{ }}"))
        body = f"public static object Use() => new global::{outside}.{PROBE}{tag}Outside();"
    elif kind == "placement":
        if "namespace" in selector:
            return None, "the selection itself is by namespace", []
        namespace = "TechLeadProbeElsewhere" + tag
    elif kind == "modifiers":
        if rule.get("sealed") is True or rule.get("visibility") in ("internal", ["internal"]):
            pass  # a public, unsealed class breaks both
        elif rule.get("immutable") is True:
            body = "public int Probe { get; set; }"
        elif rule.get("abstract") is True:
            declaration = "public class"
        else:
            return None, "modifiers other than sealed, internal, immutable, abstract", []
    elif kind in ("must-implement", "must-inherit"):
        pass  # implements and inherits nothing
    elif kind == "attributes" and rule.get("require"):
        pass
    elif kind == "naming":
        pattern = rule.get("pattern", "")
        flags = re.IGNORECASE if pattern.startswith("(?i)") else 0
        if re.search(pattern.replace("(?i)", "", 1), name, flags):
            return None, f"the probe name {name} already matches the pattern", []
    else:
        return None, f"no probe is written for {kind} rules", []

    if interface and body:
        body = re.sub(r"public static object (\w+)\(\) => .*;", r"object \1();", body) if "Use()" in body else body
    # No #pragma warning disable: it would hide the analyzer's findings too.
    lines = ["// Written by benchmarks/ImportCorpus/prove.py: breaks exactly one imported rule.", ""]
    lines += [f"namespace {namespace}", "{", f"    {declaration} {name}", "    {"]
    if body:
        lines.append(f"        {body}")
    lines += ["    }", "}", ""]
    for target_namespace, text in extra:
        lines += [f"namespace {target_namespace}", "{", f"    {text}", "}", ""]
    return folder, "\n".join(lines), [f"{namespace}.{name}"]


# ---------------------------------------------------------------- the four verdicts

def team_results(copy, suite, work, label, reuse=False):
    """{(class, method): (outcome, message)} of the suite's test projects run on a copy, from their TRX logs."""
    results = {}
    for index, project in enumerate(sorted(project_files(os.path.join(copy, suite), tests=True)) or sorted(p for p in project_files(os.path.join(copy, suite))),):
        logs = os.path.join(work, f"trx-{label}-{index}")
        if reuse and os.path.exists(os.path.join(logs, "team.trx")):
            result = None
        else:
            result = run(["dotnet", "test", project, "--logger", "trx;LogFileName=team.trx", "--results-directory", logs], cwd=copy, check=False)
        if result is not None:
            open(os.path.join(work, f"test-{label}-{index}.log"), "w").write(result.stdout + result.stderr)
        trx = os.path.join(logs, "team.trx")
        if not os.path.exists(trx):
            print(f"note: {os.path.relpath(project, copy)} did not run on the {label} copy (see test-{label}-{index}.log)", file=sys.stderr)
            continue
        namespace = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
        for element in ElementTree.parse(trx).getroot().iterfind(".//t:UnitTestResult", namespace):
            test = re.sub(r"\(.*\)$", "", element.get("testName"))
            parts = test.split(".")
            message = " ".join(text.text or "" for text in element.iterfind(".//t:ErrorInfo/t:Message", namespace))
            results[(parts[-2] if len(parts) > 1 else "", parts[-1])] = (element.get("outcome"), message)
    return results


def normalized(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def team_test_of(rule, results):
    """The team's test a rule was imported from: same class, method named as the rule (without a -2 suffix)."""
    for identifier in (rule["id"], re.sub(r"-\d+$", "", rule["id"])):
        for (cls, method), value in results.items():
            if cls == rule["class"] and normalized(method) == normalized(identifier):
                return (cls, method), value
    return None, None


def simple(name):
    return re.sub(r"`\d+$", "", (name or "").split("+")[-1].split(".")[-1])


def probe_types(names):
    return {simple(n) for n in names if n and PROBE in n}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checkout", required=True)
    parser.add_argument("--suite", required=True, action="append", help="the architecture tests, relative to the checkout (repeatable)")
    parser.add_argument("--target", action="append", help="a solution or project `techlead check` reads, relative to the checkout (repeatable; default: each project a probe was written into)")
    parser.add_argument("--work", required=True)
    parser.add_argument("--techlead", default="techlead")
    parser.add_argument("--fitness", required=True, help="how to run TechLead.Benchmarks (its `fitness` mode)")
    parser.add_argument("--label", default=None)
    parser.add_argument("--details", action="store_true", help="also print one row per rule")
    parser.add_argument("--reuse", action="store_true", help="keep WORK's import, copies and test logs from an earlier run; redo the probes' files, check and fitness")
    args = parser.parse_args()
    techlead, fitness = shlex.split(args.techlead), shlex.split(args.fitness)
    os.environ.update({"DOTNET_ROLL_FORWARD": "Major", "WarningsNotAsErrors": "NU1603", "NuGetAudit": "false"})
    checkout, work = os.path.abspath(args.checkout), os.path.abspath(args.work)
    if not args.reuse:
        shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work, exist_ok=True)

    adrs = os.path.join(work, "adr")
    for suite in ([] if args.reuse and os.path.isdir(adrs) else args.suite):
        imported = run(techlead + ["import", suite, "--out", adrs, "--status", "accepted"], cwd=checkout)
        open(os.path.join(work, "import.log"), "a").write(imported.stdout + imported.stderr)
    rules = imported_rules(adrs) if os.path.isdir(adrs) else []

    copies = {}
    for label in ("baseline", "probed"):
        copies[label] = os.path.join(work, label)
        if args.reuse and os.path.isdir(copies[label]):
            continue
        shutil.copytree(checkout, copies[label], ignore=shutil.ignore_patterns(".git", "bin", "obj", "global.json"), symlinks=True)

    projects = Projects(copies["probed"])
    expected, probed_folders = {}, set()
    for index, rule in enumerate(rules, 1):
        tag = f"R{index:03d}"
        folder, source, types = probe_of(rule, projects, tag)
        rule["probe"] = {"written": folder is not None, "why_not": None if folder else source, "types": sorted(probe_types(types))}
        if folder:
            os.makedirs(os.path.join(folder, "TechLeadProbes"), exist_ok=True)
            open(os.path.join(folder, "TechLeadProbes", f"Probe{tag}.cs"), "w", encoding="utf-8").write(source)
            expected[(rule["adr"], rule["id"])] = set(rule["probe"]["types"])
            probed_folders.add(folder)

    team = {label: {k: v for suite in args.suite for k, v in team_results(copy, suite, work, label + "-" + re.sub(r"\W", "_", suite), args.reuse).items()} for label, copy in copies.items()}

    targets = [os.path.join(copies["probed"], t) for t in args.target] if args.target else sorted(projects.project_of[f] for f in probed_folders)
    analyzer = collections.defaultdict(set)
    for index, target in enumerate(targets):
        check_json = os.path.join(work, f"check-{index}.json")
        result = run(techlead + ["check", target, "--adr-dir", adrs, "--format", "json", "-o", check_json], cwd=copies["probed"], check=False)
        open(os.path.join(work, f"check-{index}.log"), "w").write(result.stdout + result.stderr)
        if not os.path.exists(check_json):
            print(f"note: techlead check wrote no result for {os.path.relpath(target, copies['probed'])} (see check-{index}.log)", file=sys.stderr)
            continue
        for adr in json.load(open(check_json)).get("adrs", []):
            for violation in adr.get("violations", []):
                # type-level findings (placement, naming, modifiers) may name their type only in the message
                flagged = probe_types([violation.get("from")]) or probe_types(m.group(1) for m in PROBE_NAME.finditer(violation.get("message") or ""))
                analyzer[(violation.get("adr") or adr.get("id"), violation.get("rule"))] |= flagged

    assemblies = {}
    built = [os.path.join(here, f) for suite in args.suite for here, _, files in os.walk(os.path.join(copies["probed"], suite)) for f in files if f.endswith(".dll") and os.sep + "bin" + os.sep in here]
    for dll in sorted(built):
        name = os.path.basename(dll)[:-4]
        if name in projects.by_assembly:
            assemblies.setdefault(name, dll)
    engines = {"ArchUnitNet": collections.defaultdict(set), "NetArchTest": collections.defaultdict(set)}
    notes = collections.defaultdict(list)
    if assemblies:
        result = run(fitness + ["fitness", adrs] + sorted(assemblies.values()), check=False)
        open(os.path.join(work, "fitness.log"), "w").write(result.stdout + result.stderr)
        for line in result.stdout.splitlines():
            if line.startswith("{"):
                finding = json.loads(line)
                key = (finding["adr"], finding["rule"])
                if finding.get("note"):
                    notes[key].append(f"{finding['engine']}: {finding['note']}")
                else:
                    engines.setdefault(finding["engine"], collections.defaultdict(set))[key] |= probe_types([finding["from"]])

    rows, agreeing, probed = [], 0, 0
    for rule in rules:
        key = (rule["adr"], rule["id"])
        test, verdict = team_test_of(rule, team["probed"])
        _, before = team_test_of(rule, team["baseline"])
        team_types = probe_types(m.group(1) for m in PROBE_NAME.finditer(verdict[1])) if verdict else set()
        failed = verdict is not None and verdict[0] == "Failed"
        seen = {"analyzer": analyzer.get(key, set())} | {engine: found.get(key, set()) for engine, found in engines.items()}
        if not rule["probe"]["written"]:
            state = "no probe: " + rule["probe"]["why_not"]
        else:
            probed += 1
            # an engine that skips a rule (with its reason) is left out of the comparison, not counted as differing
            skipped = {engine for engine in engines if any(n.startswith(f"{engine}: skipped:") for n in notes.get(key, []))}
            sets = [found for name, found in seen.items() if name not in skipped]
            same = all(s == sets[0] for s in sets) and sets[0] >= expected[key]
            if verdict is None:
                state = "no team test found"
            elif before is not None and before[0] == "Failed":
                state = "team test fails before probing"
            elif team_types:
                same = same and team_types == sets[0]
                state = "agree" if same else "differ"
            else:
                same = same and failed == bool(sets[0])
                state = ("agree" if same else "differ") + " (team: pass/fail only)"
            agreeing += state.startswith("agree")
        skipped = {engine for engine in engines if any(n.startswith(f"{engine}: skipped:") for n in notes.get(key, []))}
        rows.append({"adr": rule["adr"], "rule": rule["id"], "kind": rule.get("kind"), "test": ".".join(test) if test else None,
                     "team": sorted(team_types) if team_types else ("fails" if failed else "passes" if verdict else None),
                     **{name: "skipped" if name in skipped else sorted(found) for name, found in seen.items()}, "expected": sorted(expected.get(key, [])),
                     "notes": notes.get(key, []), "state": state})

    label = args.label or os.path.basename(checkout.rstrip("/"))
    json.dump({"label": label, "commit": commit_of(checkout), "rules": rows, "assemblies": assemblies}, open(os.path.join(work, "proof.json"), "w"), indent=2)
    if args.details:
        print("| ADR | rule | kind | team | analyzer | ArchUnitNET | NetArchTest | verdict |")
        print("|---|---|---|---|---|---|---|---|")
        for row in rows:
            cell = lambda v: ", ".join(v) if isinstance(v, list) else (v or "-")
            print(f"| {row['adr']} | {row['rule']} | {row['kind']} | {cell(row['team'])} | {cell(row['analyzer'])} | {cell(row['ArchUnitNet'])} | {cell(row['NetArchTest'])} | {row['state']} |")
    print(f"| {label}@{commit_of(checkout)} | " + ", ".join(f"`{suite}`" for suite in args.suite) + f" | {len(rules)} | {probed} | {agreeing} | {probed - agreeing} |")


if __name__ == "__main__":
    main()
