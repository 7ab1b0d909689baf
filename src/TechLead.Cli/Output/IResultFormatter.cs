using System.IO;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Output;

/// <summary>Writes a check result in one output format.</summary>
internal interface IResultFormatter
{
    /// <summary>True for formats read by programs: no progress display, nothing else on stdout.</summary>
    bool IsMachineReadable { get; }

    void Write(CheckResult result, TextWriter output);
}
