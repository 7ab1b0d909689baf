using System.Collections.Generic;

namespace TechLead.Cli.Infrastructure;

/// <summary>How far <see cref="AtomicFile.WriteAll"/> got: the targets already in place and the one it was working on.</summary>
internal sealed class AtomicWriteProgress
{
    /// <summary>Targets moved into place, in order.</summary>
    public List<string> Written { get; } = [];

    /// <summary>The target being staged or moved; after a failure, the one that failed.</summary>
    public string? Current { get; set; }
}
