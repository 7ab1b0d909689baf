using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// A suite that selects every type through a property of its own (<c>Solution.Types</c> over <c>typeof(Program)</c>)
/// and forbids the full names of another selection (<c>...GetTypes().Select(t => t.FullName)</c> in an extension
/// method), read from syntax in a repository where another chapter declares the same <c>Program</c>: the type is the
/// one C# binds (the enclosing namespace's, in the referenced project), its assembly the name Directory.Build.props gives.
/// </summary>
public sealed class SolutionTypesFromSyntaxTests
{
    [Fact]
    public void Forbidden_names_of_a_selection_become_a_forbid_of_that_selection()
    {
        using var import = new TestCodeImport()
            .Write("Directory.Build.props", "<Project><PropertyGroup><AssemblyName>Gymly.$(MSBuildProjectName)</AssemblyName></PropertyGroup></Project>");
        foreach (var chapter in new[] { "chapter-1", "chapter-2" })
        {
            import.Write(chapter + "/src/Gym/Gym.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>")
                .Write(chapter + "/src/Gym/Program.cs", """
                    var app = WebApplication.CreateBuilder(args).Build();
                    await app.RunAsync();

                    namespace Gymly.Gym
                    {
                        public sealed class Program;
                    }
                    """)
                .Write(chapter + "/src/Gym/Memberships/Membership.cs", "namespace Gymly.Gym.Memberships { public sealed class Membership { } public sealed record MembershipSignedEvent; }")
                .Write(chapter + "/src/Gym/Common/IBusinessRule.cs", "namespace Gymly.Gym.Common.Rules { internal interface IBusinessRule { } }");
        }

        import.Write("chapter-1/tests/Gym.ArchTests/Gym.ArchTests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup><PackageReference Include="NetArchTest.Rules" Version="1.3.2" /></ItemGroup>
                  <ItemGroup><ProjectReference Include="..\..\src\Gym\Gym.csproj" /></ItemGroup>
                </Project>
                """)
            .Write("chapter-1/tests/Gym.ArchTests/Common/Solution.cs", """
                using System.Reflection;
                using NetArchTest.Rules;

                namespace Gymly.Gym.ArchTests.Common;

                internal static class Solution
                {
                    private static readonly Assembly Program = typeof(Program).Assembly;

                    internal static Types Types => Types.InAssembly(Program);
                }

                internal static class SelectionNames
                {
                    internal static string[] FullNames(this PredicateList selection) =>
                        selection.GetTypes().Select(type => type.FullName).Distinct().ToArray()!;
                }
                """)
            .Write("chapter-1/tests/Gym.ArchTests/ModuleTests.cs", """
                using NetArchTest.Rules;
                using Xunit;

                namespace Gymly.Gym.ArchTests;

                using Common;
                using Gym.Common.Rules;

                public sealed class ModuleTests
                {
                    [Fact]
                    public void Billing_meets_memberships_only_through_events()
                    {
                        var memberships = Solution.Types.That().ResideInNamespace("Gymly.Gym.Memberships").And().DoNotHaveNameEndingWith("Event");
                        var forbidden = memberships.FullNames();

                        var result = Solution.Types.That().ResideInNamespace("Gymly.Gym.Billing").Should().NotHaveDependencyOnAny(forbidden).GetResult();

                        Assert.True(result.IsSuccessful);
                    }

                    [Fact]
                    public void Endpoints_do_not_use_business_rules() =>
                        Assert.Null(Solution.Types.That().HaveNameEndingWith("Endpoint")
                            .ShouldNot().HaveDependencyOnAny(Solution.Types.That().ImplementInterface(typeof(IBusinessRule)).FullNames())
                            .GetResult().FailingTypes);
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()), d => d.Rules.Count > 0);

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: billing-meets-memberships-only-through-events\n  kind: forbid\n  from:\n    namespace: Gymly.Gym.Billing*.**\n    assembly: Gymly.Gym\n  to:\n    namespace: Gymly.Gym.Memberships*.**\n    assembly: Gymly.Gym\n    except:\n      name: \"*Event\"\n```\n",
                "```techlead\n- id: endpoints-do-not-use-business-rules\n  kind: forbid\n  from:\n    name: \"*Endpoint\"\n    assembly: Gymly.Gym\n  to:\n    assembly: Gymly.Gym\n    implements: Gymly.Gym.Common.Rules.IBusinessRule\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
