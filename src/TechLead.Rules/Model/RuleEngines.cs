using System;

namespace TechLead.Rules.Model;

/// <summary>The engines that can check a rule kind (rules/0007: an engine evaluates rules against code).</summary>
[Flags]
public enum RuleEngines
{
    None = 0,

    /// <summary>The Roslyn analyzer (and the CLI, which runs it).</summary>
    Analyzer = 1,

    /// <summary>The fitness library's ArchUnitNET adapter.</summary>
    ArchUnitNet = 2,

    /// <summary>The fitness library's NetArchTest adapter (some kinds only for the selectors it can express).</summary>
    NetArchTest = 4,

    All = Analyzer | ArchUnitNet | NetArchTest,
}
