#!/usr/bin/env python3
"""Measure how much of real architecture-test suites `techlead import` turns into rules.

For each checkout and suite folder of a corpus list, count the test methods in the suite's C# files, run
`techlead import <suite> --dry-run` with the default reading (semantic model where the test project loads) and
with `--syntax-only`, read the summary line the import prints ("N test method(s): F fully imported ...") and
print one Markdown table row per suite, plus the total. A test is fully imported when every assertion it makes
became a rule and nothing inside it is listed under "Not imported".

The corpus list has one suite per line, whitespace-separated: a label (owner/name), the checkout path, the suite
folder relative to the checkout. Blank lines and lines starting with # are skipped. Nothing in a checkout is
written (--dry-run). Give --techlead an absolute path: each import runs in its checkout.

    python3 benchmarks/ImportCorpus/measure.py corpus.txt --techlead "dotnet src/TechLead.Cli/bin/Release/net10.0/techlead.dll"

Standard library only.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Shared"))
from corpus import commit_of, read_corpus  # noqa: E402  (one home: benchmarks/Shared)

TEST_ATTRIBUTE = re.compile(r"^\s*\[\s*(?:[\w.]+\.)?(Fact|Theory|Test|TestCase|TestMethod|DataTestMethod|SkippableFact|SkippableTheory)(Attribute)?\b")
METHOD = re.compile(r"^\s*(public|private|protected|internal|static|async|void|Task|\w+\s*<)[^=;]*\(")
SUMMARY = re.compile(r"^(\d+) test method\(s\): (\d+) fully imported")


def count_tests(folder):
    """Test methods in the folder's .cs files (not bin/obj): a method with one or more test attributes counts once.

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> _ = open(os.path.join(d, "A.cs"), "w").write("[Fact]\\npublic void A() {}\\n[Theory]\\n[InlineData(1)]\\npublic void B(int x) {}\\n[TestCase(1)]\\n[TestCase(2)]\\npublic void C(int y) {}\\n")
    >>> count_tests(d)
    3
    """
    total = 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj", ".git")]
        for name in files:
            if not name.endswith(".cs"):
                continue
            pending = False
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as source:
                for line in source:
                    if TEST_ATTRIBUTE.match(line):
                        if not pending:
                            total += 1
                            pending = True
                    elif pending and not line.lstrip().startswith("[") and METHOD.match(line):
                        pending = False
    return total


def run_import(techlead, checkout, folder, syntax_only, timeout, keep=None):
    """(test methods read, fully imported, note) from one `techlead import <folder> --dry-run` run in the checkout.

    Run from the checkout's root, as a user would: the ADR folder and the repository root are found there.
    With keep (a file path), the whole output is written there, to read the "Not imported" reasons afterwards.
    """
    command = techlead + ["import", folder, "--dry-run"]
    if syntax_only:
        command.append("--syntax-only")
    try:
        result = subprocess.run(command, cwd=checkout, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, None, f"timed out after {timeout} s"
    if keep:
        with open(keep, "w", encoding="utf-8") as output:
            output.write(result.stdout + result.stderr)
    for line in result.stdout.splitlines():
        match = SUMMARY.match(line)
        if match:
            return int(match.group(1)), int(match.group(2)), ""
    if result.returncode != 0:
        return None, None, f"exit {result.returncode}: {(result.stderr or result.stdout).strip().splitlines()[-1:]}"
    return 0, 0, "no test method read"




def percent(part, whole):
    return f"{100 * part / whole:.0f} %" if whole else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="the corpus list: label checkout suite-folder per line")
    parser.add_argument("--techlead", default="techlead", help="how to run the CLI (default: techlead on PATH)")
    parser.add_argument("--modes", default="default,syntax-only", help="default, syntax-only or both, comma-separated")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per import run")
    parser.add_argument("--outputs", help="a folder to keep each import's whole output in (one file per suite and mode)")
    args = parser.parse_args()

    techlead = shlex.split(args.techlead)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    header = "| repository | suite | tests | " + " | ".join(f"fully imported ({m})" for m in modes) + " |"
    print(header)
    print("|" + "---|" * (3 + len(modes)))
    totals = {m: 0 for m in modes}
    all_tests = 0
    for label, checkout, folder in read_corpus(args.corpus):
        suite = os.path.join(checkout, folder)
        tests = count_tests(suite)
        all_tests += tests
        cells = []
        for mode in modes:
            keep = None
            if args.outputs:
                os.makedirs(args.outputs, exist_ok=True)
                keep = os.path.join(args.outputs, re.sub(r"[^A-Za-z0-9._-]+", "_", f"{label}__{folder}") + f".{mode}.txt")
            read, full, note = run_import(techlead, checkout, folder, mode == "syntax-only", args.timeout, keep)
            if full is None:
                cells.append(f"failed: {note}")
                continue
            totals[mode] += full
            extra = f" ({read} read)" if read != tests else ""
            cells.append(f"{full} ({percent(full, tests)}){extra}")
        print(f"| {label}@{commit_of(checkout)} | {folder} | {tests} | " + " | ".join(cells) + " |", flush=True)
    print(f"| **total** | | **{all_tests}** | " + " | ".join(f"**{totals[m]} ({percent(totals[m], all_tests)})**" for m in modes) + " |")


if __name__ == "__main__":
    main()
