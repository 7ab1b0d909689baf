using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>modifiers</c>: the required shape of the selected types; null means "not constrained".</summary>
public sealed class ModifiersRule(RuleHeader header, TypeSelector types, ModifierRequirements requirements) : TypeRule(header, types)
{
    public ModifierRequirements Requirements { get; } = requirements;

    private static readonly char[] KeywordEnd = [' ', ':'];

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.ModifierViolation, "Modifier rule violated", "A type lacks a modifier or visibility an ADR requires (modifiers rule).");

    /// <summary>
    /// The TL0204 <see cref="DiagnosticProperties.Requirements"/> value for code fixes: the first word of each
    /// unmet requirement, comma-separated (<c>sealed,internal</c>).
    /// </summary>
    public static string RequirementsProperty(IReadOnlyList<string> unmet)
    {
        var keywords = new string[unmet.Count];
        for (var i = 0; i < unmet.Count; i++)
        {
            var end = unmet[i].IndexOfAny(KeywordEnd);
            keywords[i] = end < 0 ? unmet[i] : unmet[i].Substring(0, end);
        }

        return string.Join(",", keywords);
    }

    /// <summary>
    /// Every requirement the type does not meet, in the order static, sealed, abstract, visibility, immutable, nested,
    /// as messages spell them (<c>sealed</c>, <c>immutable ('Name' is settable)</c>); empty when the type complies.
    /// One diagnostic lists them all, so a fix does not reveal the next one.
    /// </summary>
    public IReadOnlyList<string> FindUnmet<TType>(TType type, ITypeModel<TType> model)
    {
        var wanted = Requirements;
        var unmet = new List<string>();
        if (wanted.Static is { } isStatic && model.IsStatic(type) != isStatic)
        {
            unmet.Add(isStatic ? "static" : "non-static");
        }

        // A static class cannot be derived from either: it satisfies "sealed" (engines disagree on whether it is sealed).
        if (wanted.Sealed is { } isSealed && (model.IsSealed(type) || model.IsStatic(type)) != isSealed)
        {
            unmet.Add(isSealed ? "sealed" : "unsealed");
        }

        if (wanted.Abstract is { } isAbstract && model.IsAbstract(type) != isAbstract)
        {
            unmet.Add(isAbstract ? "abstract" : "non-abstract");
        }

        if (wanted.Visibility is { } visibility && model.GetVisibility(type) != visibility)
        {
            unmet.Add(visibility == TypeVisibility.Public ? "public" : "internal");
        }

        if (wanted.Immutable && model.FindSettableInstanceMember(type) is { } settable)
        {
            unmet.Add($"immutable ('{settable}' is settable)");
        }

        if (wanted.PublicMembersImmutable && PublicMembersImmutability.FindBreaking(model.GetPublicStateMembers(type)) is { } breaking)
        {
            unmet.Add($"immutable: {breaking}");
        }

        if (wanted.Nested is { } nested && TypeNesting.IsNested(type, model) != nested)
        {
            unmet.Add(nested ? "nested" : "top-level");
        }

        if (wanted.Constructors is { } constructors && ConstructorRequirement.FindBreaking(constructors, model.GetInstanceConstructors(type)) is { } constructor)
        {
            unmet.Add(ConstructorRequirement.Unmet(constructors, constructor));
        }

        return unmet;
    }

    /// <summary>Every unmet requirement in one message: <c>must be sealed and internal</c>.</summary>
    internal override string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        var name = model.GetFullName(type);
        var unmet = FindUnmet(type, model);
        return unmet.Count == 0 ? null : ViolationMessages.Wrap(this, $"'{name}' must be {ViolationMessages.Enumerate(unmet)}");
    }
}

/// <summary>What a <c>modifiers</c> rule asks for.</summary>
public sealed record ModifierRequirements(bool? Sealed, bool? Static, bool? Abstract, TypeVisibility? Visibility, bool Immutable)
{
    /// <summary><c>constructors:</c> which instance constructors the type may have (rules/0052); null: not constrained.</summary>
    public ConstructorVisibility? Constructors { get; init; }

    /// <summary><c>immutable: public-members</c>: immutability as reflection's public members show it (rules/0062).</summary>
    public bool PublicMembersImmutable { get; init; }

    /// <summary><c>nested: false</c>: declared directly in a namespace; <c>true</c>: inside another type (rules/0065). Null: not constrained.</summary>
    public bool? Nested { get; init; }
}

/// <summary><c>modifiers</c>: selected types must be sealed, static, abstract, of a visibility, immutable, or (not) nested.</summary>
internal sealed class ModifiersReader() : KindReader(
    RuleKind.Modifiers,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Optional("sealed"),
    KindField.Optional("static"),
    KindField.Optional("abstract"),
    KindField.Optional("visibility"),
    KindField.Optional("immutable"),
    KindField.Optional("constructors"),
    KindField.Optional("nested"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var isSealed = fields.Boolean("sealed");
        var isStatic = fields.Boolean("static");
        var isAbstract = fields.Boolean("abstract");
        var immutable = ReadImmutable(fields);
        var visibility = ReadVisibility(fields);
        var constructors = ReadConstructors(fields);
        var nested = fields.Boolean("nested");
        if (isSealed is null && isStatic is null && isAbstract is null && immutable == Immutability.NotConstrained && visibility is null && constructors is null && nested is null && !fields.HasErrors)
        {
            fields.Error(fields.Mapping.GetKey("kind")!.Span, "a modifiers rule needs at least one of 'sealed: true', 'static: true', 'abstract: true', 'visibility: internal|public', 'immutable: true|public-members', 'constructors: private|non-public', 'nested: false'");
        }

        return types is null || fields.HasErrors
            ? null
            : new ModifiersRule(header, types, new ModifierRequirements(isSealed, isStatic, isAbstract, visibility, immutable == Immutability.Declared)
            {
                Constructors = constructors,
                PublicMembersImmutable = immutable == Immutability.PublicMembers,
                Nested = nested,
            });
    }

    /// <summary><c>immutable: true</c>, <c>false</c> or <c>public-members</c>; a wrong value is an error at its node naming all three.</summary>
    private static Immutability ReadImmutable(FieldReader fields)
    {
        if (fields.Mapping.Get("immutable") is not { } node)
        {
            return Immutability.NotConstrained;
        }

        if (node is YamlScalar scalar)
        {
            if (scalar.AsBoolean() is { } value)
            {
                return value ? Immutability.Declared : Immutability.Unconstrained;
            }

            if (scalar.Value == PublicMembersSpelling)
            {
                return Immutability.PublicMembers;
            }
        }

        var got = node is YamlScalar { IsNull: false } written ? $"'{written.Value}'{Suggestions.DidYouMean(written.Value, ImmutableValues)}" : node.Describe();
        fields.Error(node.Span, $"immutable: expected 'true' (no settable instance field or property the type declares; 'init' allowed) or '{PublicMembersSpelling}' (no public field that is not readonly and no public property with a set or init accessor, inherited and static ones included), got {got}");
        return Immutability.NotConstrained;
    }

    private static ConstructorVisibility? ReadConstructors(FieldReader fields)
    {
        var value = fields.String("constructors", "private");
        if (value is null)
        {
            return null;
        }

        if (Spellings.Constructors.TryParse(value, out var constructors))
        {
            return constructors;
        }

        fields.Error(fields.Node("constructors")!.Span, $"constructors {Spellings.Constructors.NotValid(value)}");
        return null;
    }

    private static TypeVisibility? ReadVisibility(FieldReader fields)
    {
        var value = fields.String("visibility", "internal");
        if (value is null)
        {
            return null;
        }

        if (Spellings.Visibility.TryParse(value, out var visibility))
        {
            return visibility;
        }

        fields.Error(fields.Node("visibility")!.Span, $"visibility {Spellings.Visibility.NotValid(value)}");
        return null;
    }

    private const string PublicMembersSpelling = "public-members";

    private static readonly string[] ImmutableValues = ["true", "false", PublicMembersSpelling];

    private enum Immutability
    {
        /// <summary>No <c>immutable:</c> key.</summary>
        NotConstrained,

        /// <summary><c>immutable: false</c>: given, asks nothing.</summary>
        Unconstrained,
        Declared,
        PublicMembers,
    }
}
