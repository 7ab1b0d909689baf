using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Rules.Selectors;

/// <summary>A mapping selector: every given condition must hold, and <c>except</c> must not.</summary>
internal sealed class ConditionTypeSelector(string text, TypeConditions conditions) : TypeSelector(text)
{
    private readonly string[] prefixes =
        conditions.Namespace is { LiteralPrefix.Length: > 0 } ns ? [ns.LiteralPrefix] : [];

    public TypeConditions Conditions { get; } = conditions;

    public override IReadOnlyList<string> RequiredPrefixes => prefixes;

    public override string Yaml
    {
        get
        {
            var parts = new List<string>();
            foreach (var key in SelectorKeys.InOrder)
            {
                if (ValueOf(key) is { } value)
                {
                    parts.Add(key + ": " + value);
                }
            }

            return "{ " + string.Join(", ", parts) + " }";
        }
    }

    public override bool Matches<TType>(TType type, ITypeModel<TType> model)
    {
        var c = Conditions;
        // Names are written without arity (Repo) or with it (Repo`1); both are accepted.
        if (c.Name is not null && !c.Name.IsMatch(TypeRuleChecker.StripArity(model.GetName(type))) && !c.Name.IsMatch(model.GetName(type)))
        {
            return false;
        }

        if (c.Namespace is not null && !c.Namespace.IsMatch(model.GetNamespace(type)))
        {
            return false;
        }

        if (c.Assembly is not null && !c.Assembly.IsMatch(model.GetAssemblyName(type)))
        {
            return false;
        }

        if (c.Kind is { } kind && !KindMatches(kind, model.GetKind(type)))
        {
            return false;
        }

        if (c.Visibility is { } visibility && model.GetVisibility(type) != visibility)
        {
            return false;
        }

        if (!ModifiersMatch(c, type, model))
        {
            return false;
        }

        // Regexes cost more than globs and flags: they run once those have not already ruled the type out.
        if (c.NameMatches is not null && !c.NameMatches.IsMatch(TypeRuleChecker.StripArity(model.GetName(type))))
        {
            return false;
        }

        if (c.NamespaceMatches is not null && !c.NamespaceMatches.IsMatch(model.GetNamespace(type)))
        {
            return false;
        }

        if (c.FullNameMatches is not null && !c.FullNameMatches.IsMatch(model.GetFullName(type)))
        {
            return false;
        }

        if (c.AssemblyMatches is not null && !c.AssemblyMatches.IsMatch(model.GetAssemblyName(type)))
        {
            return false;
        }

        if (c.Inherits is not null && !AnyMatches(c.Inherits, model.GetBaseClasses(type), model))
        {
            return false;
        }

        if (c.Implements is not null && !AnyMatches(c.Implements, model.GetAllInterfaces(type), model))
        {
            return false;
        }

        if (c.HasAttribute is not null && !AnyMatches(c.HasAttribute, model.GetAttributeClasses(type), model))
        {
            return false;
        }

        return c.Except is null || !c.Except.Matches(type, model);
    }

    // The condition's value as YAML; null for a condition this selector does not set.
    private string? ValueOf(string key)
    {
        var c = Conditions;
        return key switch
        {
            SelectorKeys.Name => Render(c.Name),
            SelectorKeys.Namespace => Render(c.Namespace),
            SelectorKeys.Assembly => Render(c.Assembly),
            SelectorKeys.Kind => c.Kind is { } kind ? Spellings.TypeKind.NameOf(kind) : null,
            SelectorKeys.Inherits => Render(c.Inherits),
            SelectorKeys.Implements => Render(c.Implements),
            SelectorKeys.HasAttribute => Render(c.HasAttribute),
            SelectorKeys.Visibility => c.Visibility is { } visibility ? Spellings.Visibility.NameOf(visibility) : null,
            SelectorKeys.Abstract => Render(c.Abstract),
            SelectorKeys.Sealed => Render(c.Sealed),
            SelectorKeys.Static => Render(c.Static),
            SelectorKeys.NameMatches => Render(c.NameMatches),
            SelectorKeys.NamespaceMatches => Render(c.NamespaceMatches),
            SelectorKeys.FullNameMatches => Render(c.FullNameMatches),
            SelectorKeys.AssemblyMatches => Render(c.AssemblyMatches),
            SelectorKeys.Except => c.Except?.Yaml,
            _ => null,
        };
    }

    private static string? Render(GlobPattern? glob) => glob is null ? null : YamlText.Render(glob.Text);

    private static string? Render(RegexCondition? regex) => regex is null ? null : YamlText.Render(regex.Text);

    private static string? Render(bool? flag) => flag is { } value ? (value ? "true" : "false") : null;

    /// <summary><c>abstract</c>, <c>sealed</c> and <c>static</c> as <see cref="ITypeModel{TType}"/> defines them (rules/0035).</summary>
    private static bool ModifiersMatch<TType>(TypeConditions c, TType type, ITypeModel<TType> model) =>
        (c.Abstract is not { } isAbstract || model.IsAbstract(type) == isAbstract)
        && (c.Sealed is not { } isSealed || model.IsSealed(type) == isSealed)
        && (c.Static is not { } isStatic || model.IsStatic(type) == isStatic);

    private static bool KindMatches(SelectorTypeKind wanted, SelectorTypeKind actual) =>
        wanted == actual || (wanted == SelectorTypeKind.Class && actual == SelectorTypeKind.Record);

    private static bool AnyMatches<TType>(GlobPattern glob, IEnumerable<TType> types, ITypeModel<TType> model)
    {
        foreach (var candidate in types)
        {
            if (glob.IsMatch(model.GetFullName(candidate)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The conditions of a mapping selector; null means "not constrained".</summary>
internal sealed record TypeConditions(
    GlobPattern? Name,
    GlobPattern? Namespace,
    GlobPattern? Assembly,
    SelectorTypeKind? Kind,
    GlobPattern? Inherits,
    GlobPattern? Implements,
    GlobPattern? HasAttribute,
    TypeVisibility? Visibility,
    TypeSelector? Except)
{
    public bool? Abstract { get; init; }

    public bool? Sealed { get; init; }

    public bool? Static { get; init; }

    /// <summary>Over the simple name without generic arity (<c>Repo</c> for <c>Repo`1</c>), as a naming rule's <c>pattern</c>.</summary>
    public RegexCondition? NameMatches { get; init; }

    /// <summary>Over the containing namespace; empty for the global namespace.</summary>
    public RegexCondition? NamespaceMatches { get; init; }

    /// <summary>Over the full name as a plain selector sees it (<c>Shop.Outer.Inner</c>, <c>Shop.Repo`1</c>).</summary>
    public RegexCondition? FullNameMatches { get; init; }

    /// <summary>Over the assembly's simple name (<c>Shop.Domain</c>, never its version or key: rules/0065).</summary>
    public RegexCondition? AssemblyMatches { get; init; }
}
