using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Importing;
using TechLead.Cli.Tests.Support;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>A temp folder of test code and project files, imported by one importer; rules read back as their YAML block.</summary>
internal sealed class TestCodeImport : IDisposable
{
    private readonly TempRepo repo = new();

    public TestCodeImport()
    {
        // The production project the tests name with typeof(...).Assembly.
        repo.Write("src/Shop.Domain/Shop.Domain.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><AssemblyName>Acme.Shop.Domain</AssemblyName></PropertyGroup></Project>");
        repo.Write("src/Shop.Domain/Order.cs", """
            namespace Shop.Domain.Orders
            {
                public sealed class Order { }
                public abstract class Entity<TId> { }
                public interface IAggregateRoot { }
            }
            """);
    }

    public TestCodeImport Write(string relativePath, string text)
    {
        repo.Write(relativePath, text);
        return this;
    }

    public IReadOnlyList<ImportedDecision> Run(IRuleImporter importer)
    {
        var files = Directory.GetFiles(repo.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/docs/", StringComparison.Ordinal)).ToList();
        return importer.Import(new ImportScope(repo.Root, files));
    }

    /// <summary>Each rule as the techlead block writes it, for exact comparison.</summary>
    public static string Yaml(RuleDraft rule) => AdrDraftWriter.RenderRuleBlock([rule]).Replace("\r\n", "\n", StringComparison.Ordinal);

    public void Dispose() => repo.Dispose();
}
