using System.Collections.Generic;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Turns a near-rule's violations into a named exception (<c>except</c>) when they all go through a small, coherent set of
/// types (integration events, a contracts namespace), or gives up; rules/0041.
/// </summary>
internal interface IExceptionLearner
{
    /// <summary>Whether the violations were explained by an exception the rule now carries (the rule is verified again).</summary>
    bool TryLearn(IReadOnlyList<Finding> violations);
}
