using System;
using System.IO;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// One <c>techlead infer</c> on samples/Shop with its deliberate violations removed (<see cref="CleanShop"/>), shared by the
/// tests that read the ADR it wrote, preview it with impact and put it to work on the original Shop.
/// </summary>
public sealed class InferOnShopFixture : IDisposable
{
    public InferOnShopFixture()
    {
        Clean = CleanShop.Apply(new ShopCopy());
        Run = Clean.Run("infer");
        AdrPath = Path.Combine(Clean.AdrDirectory, "0015-keep-the-structure-shop-already-has.md");
        AdrText = File.Exists(AdrPath) ? File.ReadAllText(AdrPath) : string.Empty;
    }

    internal ShopCopy Clean { get; }

    internal ToolRun Run { get; }

    public string AdrPath { get; }

    public string AdrText { get; }

    public void Dispose() => Clean.Dispose();
}
