namespace TechLead.Rules.Model;

/// <summary>How a kind is evaluated: which entry point of the rule core every engine calls with its own facts.</summary>
public enum RuleCheck
{
    /// <summary><c>DependencyConstraint.Compile</c>: each reference from one type to another on its own (TL0001–TL0004); the kind's model implements <c>IPairwiseDependencyRule</c>.</summary>
    PairwiseDependency,

    /// <summary><c>SliceCycleFinder</c>: the references between slices, once all are collected.</summary>
    DependencyCycle,

    /// <summary>Each engine's banned-API catalog on every use of a symbol; the message is <c>ViolationMessages.BannedApi</c>.</summary>
    ApiUse,

    /// <summary><c>TypeRuleChecker.Check</c>: each selected type on its own (the kind's model derives from <see cref="TypeRule"/> and overrides its check).</summary>
    TypeShape,

    /// <summary>Each engine's walk over declared names; the message is <c>ViolationMessages.Vocabulary</c>.</summary>
    DeclaredNames,

    /// <summary>Each engine's walk over the members the user declared; the check and message are <c>MembersRule.Check</c>.</summary>
    DeclaredMembers,
}
