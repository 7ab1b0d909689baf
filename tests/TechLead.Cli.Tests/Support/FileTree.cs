using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TechLead.Cli.Tests.Support;

/// <summary>Every file (with its bytes) and folder (ending in '/') under a folder: equal snapshots mean nothing was written, created or deleted.</summary>
internal static class FileTree
{
    public static IReadOnlyDictionary<string, byte[]> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Key: Relative(root, f), Bytes: File.ReadAllBytes(f)))
            .Concat(Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => (Key: Relative(root, d) + "/", Bytes: Array.Empty<byte>())))
            .ToDictionary(e => e.Key, e => e.Bytes, StringComparer.Ordinal);

    public static void AssertUnchanged(IReadOnlyDictionary<string, byte[]> before, string root)
    {
        var after = Snapshot(root);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
