using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Cli.Inferring;

/// <summary>
/// One type declared in the solution, named as the analyzer names it (<c>RoslynTypeModel</c>): the facts a
/// proposed rule can rest on. <see cref="Name"/> is the metadata name (<c>Repo`1</c>), as naming rules see it.
/// </summary>
internal sealed record TypeFact(string FullName, string Namespace, string Name, string Assembly, SelectorTypeKind Kind)
{
    /// <summary>Declared inside another type (selected by its namespace, too).</summary>
    public bool IsNested { get; init; }

    public bool IsSealed { get; init; }

    public bool IsStatic { get; init; }

    public bool IsAbstract { get; init; }

    public TypeVisibility Visibility { get; init; }

    /// <summary>No settable instance field or property: what <c>immutable: true</c> checks.</summary>
    public bool IsImmutable { get; init; }

    /// <summary>Full names of the attribute classes on the type.</summary>
    public IReadOnlyList<string> Attributes { get; init; } = [];

    /// <summary>Full names of the base classes, nearest first, <c>System.Object</c> left out.</summary>
    public IReadOnlyList<string> BaseClasses { get; init; } = [];

    /// <summary>Full names of every interface it implements, directly or not.</summary>
    public IReadOnlyList<string> Interfaces { get; init; } = [];

    /// <summary>The last word of the name (<c>Repository</c> in <c>OrderRepository</c>); empty for a one-word name.</summary>
    public string Suffix { get; init; } = string.Empty;

    /// <summary>The last two words (<c>CommandHandler</c> in <c>PlaceOrderCommandHandler</c>); empty for a name of two words or fewer.</summary>
    public string LongSuffix { get; init; } = string.Empty;
}
