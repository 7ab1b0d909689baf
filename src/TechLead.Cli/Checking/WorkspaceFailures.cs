using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace TechLead.Cli.Checking;

/// <summary>What MSBuildWorkspace reports while it loads projects, for every command that loads them.</summary>
internal static class WorkspaceFailures
{
    /// <summary>Calls <paramref name="handler"/> with each diagnostic, on the loading thread, before loading returns.</summary>
    public static void Observe(MSBuildWorkspace workspace, Action<WorkspaceDiagnostic> handler)
    {
#pragma warning disable CS0618 // The event runs the handler synchronously, so every failure is known when loading returns;
                               // RegisterWorkspaceFailedHandler queues it on a background thread.
        workspace.WorkspaceFailed += (_, e) => handler(e.Diagnostic);
#pragma warning restore CS0618
    }
}
