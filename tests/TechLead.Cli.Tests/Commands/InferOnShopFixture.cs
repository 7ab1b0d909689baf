using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// One <c>techlead infer --all</c> on samples/Shop with its deliberate violations removed (<see cref="CleanShop"/>), shared by the
/// tests that read the ADR it wrote, preview it with impact and put it to work on the original Shop; and one plain
/// <c>techlead infer</c> on the original Shop, violations and accepted decisions as shipped, as a new user runs it first.
/// </summary>
public sealed class InferOnShopFixture : IDisposable
{
    public InferOnShopFixture()
    {
        Clean = CleanShop.Apply(new ShopCopy());
        // What infer finds in the code alone, measured against the Shop's own decisions: infer leaves out rules an
        // accepted ADR already enforces (rules/0033), so the Shop's ADRs are accepted only after it ran.
        var decisions = Directory.GetFiles(Clean.AdrDirectory, "*.md").ToDictionary(path => path, File.ReadAllText);
        foreach (var (path, text) in decisions)
        {
            File.WriteAllText(path, text.Replace("status: accepted\n", "status: proposed\n", StringComparison.Ordinal));
        }

        // --all: every rule that holds, so the catch rate below measures what infer can find, not the review limit.
        Run = Clean.Run("infer", "--all");
        foreach (var (path, text) in decisions)
        {
            File.WriteAllText(path, text);
        }

        AdrPath = Path.Combine(Clean.AdrDirectory, "0015-keep-the-structure-shop-already-has.md");
        AdrText = File.Exists(AdrPath) ? File.ReadAllText(AdrPath) : string.Empty;
        Inferred = Directory.GetFiles(Clean.AdrDirectory, "*.md")
            .Where(path => !decisions.ContainsKey(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToDictionary(path => path, File.ReadAllText);

        // Outside docs/adr: the tests that accept the clean copy's ADRs on this copy check only what is in docs/adr.
        Original = new ShopCopy();
        OnOriginal = Original.Run("infer", "--out", OnOriginalPath);
        OnOriginalText = File.Exists(Path.Combine(Original.Root, OnOriginalPath)) ? File.ReadAllText(Path.Combine(Original.Root, OnOriginalPath)) : string.Empty;
    }

    /// <summary>Where the run on the original Shop wrote its ADR, relative to the copy.</summary>
    public const string OnOriginalPath = "proposals/inferred.md";

    /// <summary>Every ADR infer wrote (one per theme: structure, naming, shape), by path.</summary>
    public IReadOnlyDictionary<string, string> Inferred { get; }

    internal ShopCopy Clean { get; }

    internal ToolRun Run { get; }

    public string AdrPath { get; }

    public string AdrText { get; }

    /// <summary>A copy of samples/Shop as shipped: its deliberate violations and its accepted ADRs.</summary>
    internal ShopCopy Original { get; }

    /// <summary>infer on <see cref="Original"/>, default limit, written to <see cref="OnOriginalPath"/>.</summary>
    internal ToolRun OnOriginal { get; }

    public string OnOriginalText { get; }

    public void Dispose()
    {
        Clean.Dispose();
        Original.Dispose();
    }
}
