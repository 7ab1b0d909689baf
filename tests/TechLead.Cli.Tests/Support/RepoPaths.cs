using System;
using System.IO;

namespace TechLead.Cli.Tests.Support;

/// <summary>Finds the repository root (the folder of TechLead.sln) from the test's bin folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ShopSample => Path.Combine(Root, "samples", "Shop");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TechLead.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TechLead.sln not found above " + AppContext.BaseDirectory);
    }
}
