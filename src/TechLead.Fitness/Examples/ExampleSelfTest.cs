using System.Collections.Generic;
using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Examples;

/// <summary>
/// A rule's <c>examples</c> self-test (docs/adr-format.md): each snippet is compiled in memory against the
/// assemblies under test, the primary engine checks that one assembly (read as metadata, never executed),
/// and the rule must fire on <c>violating</c> and stay quiet on <c>compliant</c>.
/// </summary>
internal static class ExampleSelfTest
{
    /// <summary>What went wrong, one sentence per snippet; empty when the examples behave as declared.</summary>
    public static IReadOnlyList<string> Run(Rule rule, AssemblySet assemblies)
    {
        var failures = new List<string>();
        if (rule.Examples is not { } examples)
        {
            return failures;
        }

        Check("violating", examples.Violating, mustFire: true);
        Check("compliant", examples.Compliant, mustFire: false);
        return failures;

        void Check(string which, string? source, bool mustFire)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                return;
            }

            var compiled = SnippetCompiler.Compile($"TechLead.Examples.{rule.Adr.Id}.{rule.Id}.{which}", [source], assemblies.Paths);
            if (compiled.AssemblyPath is null)
            {
                failures.Add($"the {which} example does not compile: {string.Join("; ", compiled.Errors)}");
                return;
            }

            try
            {
                var result = ArchUnitAdapter.EvaluateUncached(rule, AssemblySet.FromPaths([compiled.AssemblyPath]));
                failures.AddRange(result.Problems.Select(p => $"the {which} example could not be checked: {p}"));
                if (mustFire && result.Violations.Count == 0)
                {
                    failures.Add($"the {which} example does not violate the rule; make it break the rule");
                }
                else if (!mustFire && result.Violations.Count > 0)
                {
                    failures.Add($"the {which} example violates the rule: " + string.Join("; ", result.Violations.Select(v => v.ReportLine)));
                }
            }
            finally
            {
                SnippetCompiler.Delete(compiled.AssemblyPath);
            }
        }
    }
}
