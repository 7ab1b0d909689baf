using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0065: ArchUnitNET's assembly regexes (<c>ResideInAssemblyMatching(p)</c>, <c>ResideInAssembly(p, true)</c>) are
/// <c>assembly-matches</c> over the simple assembly name, what the pattern means: ArchUnitNET matches the full name, where
/// <c>Tests$</c> never matches; a pattern ending at the comma after the name ends with <c>$</c>.
/// </summary>
public sealed class AssemblyMatchingImportTests
{
    [Fact]
    public void Assembly_regexes_are_assembly_matches_over_the_simple_name()
    {
        using var import = new TestCodeImport().Write("tests/Arch/AssemblyTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.Fluent;
            using ArchUnitNET.xUnit;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class AssemblyTests
            {
                private static readonly Architecture Architecture = null!;

                private static readonly IObjectProvider<IType> TestAssemblies =
                    Types().That().ResideInAssemblyMatching(@".*\.Tests$").Or().ResideInAssemblyMatching(@".*\.E2ETests,").As("Tests");

                [Fact]
                public void Nothing_Uses_The_Tests() =>
                    Types().That().DoNotResideInAssemblyMatching(@"\.Tests$").Should().NotDependOnAny(TestAssemblies).Check(Architecture);

                [Fact]
                public void Configuration_Is_Sealed() =>
                    Classes().That().ResideInAssembly("Shop.Infrastructure.Configuration*", true).Should().BeSealed().Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: nothing-uses-the-tests\n  kind: forbid\n  from:\n    name: \"*\"\n    except:\n      assembly-matches: \\.Tests$\n  to:\n    - assembly-matches: .*\\.Tests$\n    - assembly-matches: .*\\.E2ETests$\n```\n",
                "```techlead\n- id: configuration-is-sealed\n  kind: modifiers\n  types:\n    assembly-matches: Shop.Infrastructure.Configuration*\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  sealed: true\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
