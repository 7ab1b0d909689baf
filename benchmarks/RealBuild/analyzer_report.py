"""Reads what `dotnet build -p:ReportAnalyzer=true` writes into a detailed (-flp:v=d) build log.

The compiler prints one table per compilation:

         Total analyzer execution time: 2.866 seconds.

         Time (s)    %   Analyzer
            1.177   41   TechLead.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
            1.177   41      TechLead.Analyzers.TechLeadAnalyzer (TL0001, ...)

followed by the same for generators ("Total generator execution time"), which are not analyzers and are left out.
Only assembly rows (those with ", Version=") are summed; analyzer-type rows repeat their assembly's time.
"""
import collections
import re

_TOTAL = re.compile(r"Total analyzer execution time: ([\d.]+) seconds")
_GENERATORS = re.compile(r"Total generator execution time")
_ASSEMBLY_ROW = re.compile(r"^\s*(<?[\d.]+)\s+<?\d+\s+([A-Za-z_][\w.]*), Version=")
_DIAGNOSTIC = re.compile(r"(?:^|\s|>)(/[^\s(]+\.cs|[^\s(]+\.md)\((\d+),(\d+)\): (warning|error|info) ([A-Z]+\d+): ")
_BUILD_ERRORS = re.compile(r"^\s*(\d+) Error\(s\)", re.MULTILINE)


class AnalyzerReport:
    """Analyzer seconds of one build, summed over its compilations, and the diagnostics it reported."""

    def __init__(self, compilations, total_seconds, seconds_by_assembly, diagnostics, errors):
        self.compilations = compilations
        self.total_seconds = total_seconds
        self.seconds_by_assembly = seconds_by_assembly
        self.diagnostics = diagnostics  # id -> set of (file, line, column)
        self.errors = errors

    def seconds(self, assembly_name_part):
        """Seconds of every assembly whose name contains `assembly_name_part` (e.g. 'BannedApiAnalyzers')."""
        return sum(t for name, t in self.seconds_by_assembly.items() if assembly_name_part in name)

    def count(self, diagnostic_id):
        return len(self.diagnostics.get(diagnostic_id, ()))

    def counts(self, prefix):
        return {i: len(places) for i, places in sorted(self.diagnostics.items()) if i.startswith(prefix)}


def _seconds(text):
    """'<0.001' counts as 0; the compiler prints it for anything below a millisecond.

    >>> _seconds('1.177'), _seconds('<0.001')
    (1.177, 0.0)
    """
    return 0.0 if text.startswith("<") else float(text)


def parse(text):
    """Parses a detailed build log.

    >>> r = parse(open(__file__.replace('analyzer_report.py', 'sample-report.log')).read())
    >>> r.compilations, round(r.total_seconds, 3), round(r.seconds('TechLead'), 3), round(r.seconds('BannedApiAnalyzers'), 3)
    (2, 3.5, 1.3, 0.45)
    >>> r.counts('TL'), r.count('RS0030'), r.errors
    ({'TL0002': 1, 'TL0101': 2}, 2, 0)
    """
    compilations = 0
    total = 0.0
    by_assembly = collections.Counter()
    in_table = False
    for line in text.splitlines():
        total_match = _TOTAL.search(line)
        if total_match:
            compilations += 1
            total += float(total_match.group(1))
            in_table = True
            continue
        if _GENERATORS.search(line):
            in_table = False
            continue
        if in_table:
            row = _ASSEMBLY_ROW.match(line)
            if row:
                by_assembly[row.group(2)] += _seconds(row.group(1))
            elif line.strip() and not _is_table_line(line):
                in_table = False
    diagnostics = collections.defaultdict(set)
    for match in _DIAGNOSTIC.finditer(text):
        file, line, column, _, diagnostic_id = match.groups()
        diagnostics[diagnostic_id].add((file, int(line), int(column)))
    errors = [int(m.group(1)) for m in _BUILD_ERRORS.finditer(text)]
    return AnalyzerReport(compilations, total, dict(by_assembly), dict(diagnostics), errors[-1] if errors else 0)


def _is_table_line(line):
    """The header and the analyzer-type rows under an assembly row."""
    stripped = line.strip()
    return stripped.startswith("Time (s)") or re.match(r"^<?[\d.]+\s+<?\d+\s+\S", stripped) is not None
