using System.Collections.Generic;

namespace TechLead.EndToEnd.DocTests;

/// <summary>
/// One fenced <c>sh</c> block of a documentation page: the commands a reader types, the exit code the page says
/// they end with (<c>&lt;!-- expect: exit 1 --&gt;</c> just above the fence; 0 otherwise) and the lines of the
/// <c>text</c> block that follows it before the next <c>sh</c> block, which the page shows as their output.
/// </summary>
internal sealed record DocCommandBlock(int Line, string Script, int ExpectedExitCode, IReadOnlyList<string> ExpectedOutput);
