using System;
using Xunit;
using Xunit.Sdk;

namespace TechLead.Fitness.Xunit;

/// <summary>
/// Marks the one test method of <see cref="AdrFitnessTests"/> that xunit expands into one case per
/// rule (plus <c>ADR validation</c> and the <c>(examples)</c> self-tests). Not for direct use.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("TechLead.Fitness.Xunit.AdrRuleCaseDiscoverer", "TechLead.Fitness")]
public sealed class AdrRuleCasesAttribute : FactAttribute
{
}
