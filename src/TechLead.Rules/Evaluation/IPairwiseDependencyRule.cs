using TechLead.Rules.Model;

namespace TechLead.Rules.Evaluation;

/// <summary>A kind whose rules are checked one reference at a time (<see cref="RuleCheck.PairwiseDependency"/>).</summary>
internal interface IPairwiseDependencyRule
{
    /// <summary>The rule compiled for <see cref="DependencyConstraint.Compile"/>.</summary>
    DependencyConstraint Compile();
}
