using System;

namespace TechLead.Rules.Model;

/// <summary>
/// The fitness engines that can check a rule kind (rules/0007: an engine evaluates rules against code). The Roslyn
/// analyzer (and the CLI, which runs it) is not among them: it checks every kind, so a kind is added with its analyzer check.
/// </summary>
[Flags]
public enum RuleEngines
{
    None = 0,

    /// <summary>The fitness library's ArchUnitNET adapter.</summary>
    ArchUnitNet = 2,

    /// <summary>The fitness library's NetArchTest adapter (some kinds only for the selectors it can express).</summary>
    NetArchTest = 4,

    All = ArchUnitNet | NetArchTest,
}
