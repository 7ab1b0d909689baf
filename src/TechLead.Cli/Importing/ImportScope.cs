using System.Collections.Generic;

namespace TechLead.Cli.Importing;

/// <summary>What an import looks at: the root the user named and every file under it (absolute paths, bin/obj/.git excluded).</summary>
internal sealed record ImportScope(string Root, IReadOnlyList<string> Files);
