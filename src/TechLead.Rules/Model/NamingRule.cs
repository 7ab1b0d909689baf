using System.Text.RegularExpressions;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>naming</c>: the simple name (without generic arity) must match <see cref="Pattern"/>.</summary>
public sealed class NamingRule(RuleHeader header, TypeSelector types, Regex pattern) : TypeRule(header, types)
{
    /// <summary>Compiled with a match timeout (at most 100 ms, docs/adr-format.md).</summary>
    public Regex Pattern { get; } = pattern;
}
