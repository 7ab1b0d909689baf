using System.Collections.Generic;
using TechLead.Cli.History;

namespace TechLead.Cli.Report;

/// <summary>The history the report draws trends from, and how to name its file to the reader.</summary>
internal sealed record ReportHistory(IReadOnlyList<HistoryEntry> Entries, string Display);
