using System;
using System.IO;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Importing.Semantic;

/// <summary>
/// One repository, imported once as a process (a restore and a project load cost half a minute): <c>techlead import tests</c>
/// on three copies of the same architecture tests. <c>tests/Acme.ArchTests</c> loads: its names are bound by the semantic
/// model, although <c>src</c> (a project whose assembly name is an MSBuild property) lies outside the imported folder and
/// some types come from NuGet packages and the framework. <c>tests/Acme.PartialTests</c> does not restore but loads: its
/// project references bind, its packages do not. <c>tests/Acme.BrokenTests</c> is not well-formed XML and <c>tests/Loose</c>
/// has no project: both are read from their syntax. A second run with <c>--syntax-only</c> loads nothing.
/// </summary>
public sealed class SemanticImportFixture : IDisposable
{
    public const string LayerTests = """
        using System;
        using System.Reflection;
        using Acme.Ordering;
        using Acme.Ordering.Domain;
        using NetArchTest.Rules;
        using Xunit;

        namespace Acme.ArchTests;

        public sealed class LayerTests
        {
            private static readonly Assembly Ordering = typeof(Order).Assembly;

            [Fact]
            public void Domain_Does_Not_Use_Infrastructure()
            {
                var result = Types.InAssembly(Ordering)
                    .That().ResideInNamespace($"{Layers.Root}.{nameof(Acme.Ordering.Domain)}")
                    .ShouldNot().HaveDependencyOn(Layers.Infrastructure)
                    .GetResult();
                Assert.True(result.IsSuccessful, "the domain stays persistence-ignorant");
            }

            [Fact]
            public void Domain_Does_Not_Know_The_Test_Framework()
            {
                var result = Types.InAssembly(Assembly.GetAssembly(typeof(Order)))
                    .That().ResideInNamespace(typeof(Order).Namespace)
                    .ShouldNot().HaveDependencyOnAny(typeof(FactAttribute).Namespace, Layers.Persistence)
                    .GetResult();
                Assert.True(result.IsSuccessful);
            }

            [Fact]
            public void Policies_Implement_The_Policy_Interface()
            {
                var result = Types.InAssembly(Assembly.Load("Acme.Ordering.Core"))
                    .That().HaveNameEndingWith("Policy").And().AreClasses()
                    .Should().ImplementInterface(typeof(IOrderPolicy))
                    .GetResult();
                Assert.True(result.IsSuccessful);
            }

            [Fact]
            public void Disposables_Are_Sealed()
            {
                var result = Types.InAssembly(typeof(Assert).Assembly)
                    .That().ImplementInterface(typeof(IDisposable))
                    .Should().BeSealed()
                    .GetResult();
                Assert.True(result.IsSuccessful);
            }
        }
        """;

    private readonly TempRepo repo = new();

    public SemanticImportFixture()
    {
        repo.Write("src/Acme.Ordering/Acme.Ordering.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <AssemblyName>$(MSBuildProjectName).Core</AssemblyName>
              </PropertyGroup>
            </Project>
            """);
        repo.Write("src/Acme.Ordering/Ordering.cs", """
            namespace Acme.Ordering
            {
                public static class Layers
                {
                    public const string Root = "Acme.Ordering";
                    public const string Infrastructure = Root + ".Infrastructure";
                    public static readonly string Persistence = Infrastructure + ".Persistence";
                }
            }

            namespace Acme.Ordering.Domain
            {
                public interface IOrderPolicy { }

                public sealed class Order { }

                public sealed class DiscountPolicy : IOrderPolicy { }
            }
            """);
        repo.Write("tests/Acme.ArchTests/Acme.ArchTests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NetArchTest.Rules" Version="1.3.2" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <ProjectReference Include="../../src/Acme.Ordering/Acme.Ordering.csproj" />
                <Compile Remove="Excluded/**" />
              </ItemGroup>
            </Project>
            """);
        repo.Write("tests/Acme.ArchTests/LayerTests.cs", LayerTests);

        // Not compiled by its project: the compiler never sees it, so it is read from its syntax.
        repo.Write("tests/Acme.ArchTests/Excluded/ExcludedTests.cs", """
            using NetArchTest.Rules;
            using Xunit;

            public sealed class ExcludedTests
            {
                [Fact]
                public void Domain_Types_Are_Sealed() =>
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Acme.Ordering.Domain.").And().AreClasses().Should().BeSealed().GetResult().IsSuccessful);
            }
            """);
        repo.Write("tests/Acme.BrokenTests/Acme.BrokenTests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>\n");
        repo.Write("tests/Acme.BrokenTests/LayerTests.cs", LayerTests.Replace("namespace Acme.ArchTests;", "namespace Acme.BrokenTests;", StringComparison.Ordinal));
        // A package version restore rejects without asking a feed: the restore fails, the project references still load.
        repo.Write("tests/Acme.PartialTests/Acme.PartialTests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NetArchTest.Rules" Version="1.3.2" />
                <PackageReference Include="Acme.Internal.Feed.Only" Version="not-a-version" />
                <ProjectReference Include="../../src/Acme.Ordering/Acme.Ordering.csproj" />
              </ItemGroup>
            </Project>
            """);
        repo.Write("tests/Acme.PartialTests/LayerTests.cs", LayerTests.Replace("namespace Acme.ArchTests;", "namespace Acme.PartialTests;", StringComparison.Ordinal));
        repo.Write("tests/Loose/LooseRules.cs", LayerTests.Replace("namespace Acme.ArchTests;", "namespace Acme.Loose;", StringComparison.Ordinal).Replace("class LayerTests", "class LooseRules", StringComparison.Ordinal));

        SyntaxOnly = repo.Run("import", "tests", "--syntax-only", "--dry-run");
        Run = repo.Run("import", "tests");
    }

    internal ToolRun Run { get; }

    internal ToolRun SyntaxOnly { get; }

    /// <summary>The ADR the import wrote for one test file, by its file name in docs/adr.</summary>
    public string Adr(string fileName)
    {
        var path = Path.Combine(repo.AdrDirectory, fileName);
        return File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : $"(no {fileName}; the import said:\n{Run})";
    }

    public void Dispose() => repo.Dispose();
}
