using System;
using System.IO;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Importing.Semantic;

/// <summary>
/// One repository whose test projects are found and loaded the hard ways real repositories make it (issue 20, item 5),
/// imported once in process with real restores and MSBuild loading: <c>pinned</c> sits under a <c>global.json</c> that
/// pins an SDK no machine here has; <c>transitive</c>'s test project gets NetArchTest only through the project it
/// references; <c>failing</c> does not restore, with an error longer than a line; <c>ambiguous</c> has two project files in
/// one folder.
/// </summary>
public sealed class ProjectFindingFixture : IDisposable
{
    /// <summary>A rule only the semantic model reads: <c>IDisposable</c> is a framework type, declared nowhere in the repository.</summary>
    public const string Rules = """
        using System;
        using NetArchTest.Rules;

        namespace Acme.Tests;

        public sealed class DisposableTests
        {
            public void Disposables_Are_Sealed()
            {
                var result = Types.InCurrentDomain().That().ImplementInterface(typeof(IDisposable)).Should().BeSealed().GetResult();
                System.Diagnostics.Debug.Assert(result.IsSuccessful);
            }
        }
        """;

    /// <summary>A package no feed has, named long enough that restore's one error runs past the 300 characters a reason used to be cut at.</summary>
    public const string LongPackage = "Acme.Internal.Feed.Only.Package.Whose.Name.Is.Long.Enough.To.Make.The.Restore.Error.Run.Past.Three.Hundred.Characters.Easily.And.Then.Some.More.Words.To.Be.Sure";

    private readonly TempRepo repo = new();

    public ProjectFindingFixture()
    {
        // rollForward "disable" asks for exactly this version: no machine running these tests has SDK 3.1.100.
        repo.Write("pinned/global.json", """{ "sdk": { "version": "3.1.100", "rollForward": "disable" } }""");
        repo.Write("pinned/Acme.PinnedTests/Acme.PinnedTests.csproj", Project("""<PackageReference Include="NetArchTest.Rules" Version="1.3.2" />"""));
        repo.Write("pinned/Acme.PinnedTests/DisposableTests.cs", Rules);

        repo.Write("transitive/Acme.Testing/Acme.Testing.csproj", Project("""<PackageReference Include="NetArchTest.Rules" Version="1.3.2" />"""));
        repo.Write("transitive/Acme.Testing/Fixture.cs", "namespace Acme.Testing;\n\npublic static class Fixture { }\n");
        repo.Write("transitive/Acme.ArchTests/Acme.ArchTests.csproj", Project("""<ProjectReference Include="../Acme.Testing/Acme.Testing.csproj" />"""));
        repo.Write("transitive/Acme.ArchTests/DisposableTests.cs", Rules);

        repo.Write("failing/Acme.FailingTests/Acme.FailingTests.csproj", Project($"""
            <PackageReference Include="NetArchTest.Rules" Version="1.3.2" />
                <PackageReference Include="{LongPackage}" Version="1.0.0" />
            """));
        repo.Write("failing/Acme.FailingTests/DisposableTests.cs", Rules);

        repo.Write("ambiguous/Acme.One.csproj", Project(string.Empty));
        repo.Write("ambiguous/Acme.Two.csproj", Project(string.Empty));
        repo.Write("ambiguous/DisposableTests.cs", Rules);

        Run = repo.Run("import", ".", "--dry-run");
    }

    internal ToolRun Run { get; }

    public void Dispose() => repo.Dispose();

    private static string Project(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            {items}
          </ItemGroup>
        </Project>
        """;
}
