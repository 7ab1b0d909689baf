using System;
using System.IO;
using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Evaluation;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

/// <summary>
/// An assembly that does not load (not a .NET file, damaged) is named with why, and the other assemblies are still
/// checked; an assembly whose references are missing is checked by name. Never a crash.
/// </summary>
public sealed class BadAssemblyTests
{
    private const string Rule = "- { id: domain-no-api, kind: forbid, from: Kinds.Domain.**, to: [Kinds.Api.**, Kinds.Infrastructure.**, Newtonsoft.**] }";

    private static readonly string[] KindsViolations =
    [
        "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Kinds.Api.OrdersController' (rule domain-no-api: Test decision)",
        "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Newtonsoft.Text' (rule domain-no-api: Test decision)",
    ];

    public static TheoryData<string> Engines => new() { "ArchUnitNet", "NetArchTest" };

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_file_that_is_no_assembly_is_named_and_the_others_are_still_checked(string engine)
    {
        var broken = WriteBroken("Broken.dll", "MZ this is no portable executable");
        var assemblies = AssemblySet.FromPaths([Corpus.PathOf("Kinds", KindsCorpus.Source), broken]);

        var result = Evaluate(engine, assemblies);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("'Broken.dll' could not be read as a .NET assembly (", problem, StringComparison.Ordinal);
        Assert.EndsWith("); it was not checked, the other assemblies were", problem, StringComparison.Ordinal);
        Assert.Equal(KindsViolations, result.Violations.Select(v => v.Message));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_empty_file_is_named_too(string engine)
    {
        var empty = WriteBroken("Empty.dll", string.Empty);

        var result = Evaluate(engine, AssemblySet.FromPaths([empty]));

        Assert.StartsWith("'Empty.dll' could not be read as a .NET assembly (", Assert.Single(result.Problems), StringComparison.Ordinal);
        Assert.Empty(result.Violations);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_assembly_whose_references_are_missing_is_checked_by_the_names_it_uses(string engine)
    {
        var library = Corpus.PathOf("Gone.Lib", ["namespace Gone.Lib { public class Db { public static Db Open() => new Db(); } }"]);
        var user = Corpus.PathOf("Gone.User", ["namespace Gone.User { public class Service { public object Load() => Gone.Lib.Db.Open(); } }"], [library]);
        var alone = Path.Combine(Path.GetTempPath(), "techlead-fitness", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(alone);
        var copied = Path.Combine(alone, "Gone.User.dll");
        File.Copy(user, copied);

        var result = Evaluate(engine, AssemblySet.FromPaths([copied]), "- { id: no-lib, kind: forbid, from: Gone.User.**, to: Gone.Lib.** }");

        Assert.Empty(result.Problems);
        Assert.Equal(["[ADR-0007] 'Gone.User.Service' must not depend on 'Gone.Lib.Db' (rule no-lib: Test decision)"], result.Violations.Select(v => v.Message));
    }

    private static RuleResult Evaluate(string engine, AssemblySet assemblies, string rule = Rule)
    {
        var parsed = Adrs.Rule(rule);
        return engine == "ArchUnitNet" ? ArchUnitAdapter.EvaluateUncached(parsed, assemblies) : NetArchTestAdapter.Instance.Evaluate(parsed, assemblies);
    }

    private static string WriteBroken(string name, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "techlead-fitness", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
