using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// From syntax alone, a type the repository does not declare is looked up where C# would find it: the .NET runtime and
/// the NuGet packages the test project references (also through a package's dependencies), read from the global packages
/// folder. xunit is restored for this very test project, so its packages are there.
/// </summary>
public sealed class PackageTypeImportTests
{
    [Fact]
    public void Runtime_and_restored_package_types_resolve_from_syntax_by_the_namespaces_the_file_imports()
    {
        using var import = new TestCodeImport()
            .Write("tests/Arch/Arch.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" Version="2.9.3" /></ItemGroup></Project>""")
            .Write("tests/Arch/LifetimeTests.cs", """
                using System;
                using NetArchTest.Rules;
                using Shop.Domain.Orders;
                using Xunit;
                using Xunit.Abstractions;

                namespace Shop.Tests;

                public sealed class LifetimeTests
                {
                    [Fact]
                    public void Disposables_Are_Sealed() =>
                        Assert.True(Types.InAssembly(typeof(Order).Assembly).That().ImplementInterface(typeof(IDisposable)).Should().BeSealed().GetResult().IsSuccessful);

                    [Fact]
                    public void The_Domain_Does_Not_Log_To_Tests() =>
                        Assert.True(Types.InAssembly(typeof(Order).Assembly).ShouldNot().HaveDependencyOn(typeof(ITestOutputHelper).FullName).GetResult().IsSuccessful);

                    [Fact]
                    public void Unknown_Types_Stay_Unknown() =>
                        Assert.True(Types.InAssembly(typeof(Order).Assembly).Should().ImplementInterface(typeof(IUnknownContract)).GetResult().IsSuccessful);
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: disposables-are-sealed\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    implements: System.IDisposable\n  sealed: true\n```\n",
                "```techlead\n- id: the-domain-does-not-log-to-tests\n  kind: forbid\n  from:\n    assembly: Acme.Shop.Domain\n  to: [Xunit.Abstractions.ITestOutputHelper.**]\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [
                ("tests/Arch/LifetimeTests.cs:21", "the type 'IUnknownContract' is declared nowhere in the repository, the .NET runtime or the restored NuGet packages of the test project where this file sees it, or the name is ambiguous: restore the test project (dotnet restore) or import with its semantic model"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
