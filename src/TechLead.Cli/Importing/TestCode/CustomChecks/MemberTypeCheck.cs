using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;
using static TechLead.Cli.Importing.TestCode.CustomChecks.LogicalOperands;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Custom code that fails a type holding a field or property of a type another selection lists, directly or as a
/// generic argument, read as a <c>members</c> rule with <c>type-not</c> (rules/0069):
/// <code>
/// foreach (var type in types)
/// {
///     foreach (var field in type.GetFields(flags))   // or a local holding it; GetProperties with PropertyType alike
///     {
///         if (roots.Contains(field.FieldType) || field.FieldType.GenericTypeArguments.Any(x => roots.Contains(x)))
///         {
///             failing.Add(type);
///             break;
///         }
///     }
/// }
/// </code>
/// with <c>roots</c> a local holding another selection (<see cref="Selection"/> reads it) and <c>failing</c> asserted empty.
/// </summary>
internal static class MemberTypeCheck
{
    /// <summary>Reads the expression a selection local is initialized with as the selector it selects; throws <see cref="UntranslatableException"/> when it cannot.</summary>
    public delegate YamlDraftNode Selection(ExpressionSyntax selection);

    /// <summary>The requirement and the list the failing types are added to, or null when the loop is not of this shape.</summary>
    public static (TypeRequirement Requirement, string List)? Read(ForEachStatementSyntax loop, Selection? selection)
    {
        if (Shape(loop) is not { } shape || selection is null || loop.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { } method)
        {
            return null;
        }

        var selected = ReflectedMembers.LocalInitializer(shape.List, method) ?? throw new UntranslatableException($"checks in C# the types of each type's fields and properties against '{shape.List}', which is not a local holding a selection; a 'members' rule with 'type-not: <selector>' says it: write it by hand");
        return (new MemberTypeNotRequirement(shape.Kinds, shape.Static, shape.PublicOnly, selection(selected)), shape.Failing);
    }

    /// <summary>Whether <paramref name="use"/> (of a selection only compared with) is inside a check of this shape that compares with it: that check's rule holds the selection.</summary>
    public static bool HoldsList(ExpressionSyntax use)
    {
        var name = use is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : null;
        return name is not null && use.Ancestors().OfType<ForEachStatementSyntax>().Any(loop => Shape(loop) is { } shape && shape.List == name);
    }

    private sealed record LoopShape(string List, string Failing, string Kinds, bool? Static, bool PublicOnly);

    private static LoopShape? Shape(ForEachStatementSyntax loop)
    {
        var type = loop.Identifier.ValueText;
        var statements = loop.Statement is BlockSyntax block ? block.Statements.ToList() : [loop.Statement];
        var locals = new Dictionary<string, ExpressionSyntax>(StringComparer.Ordinal);
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        HashSet<string>? flags = null;
        string? list = null;
        string? failing = null;
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var value } variable] }:
                    locals[variable.Identifier.ValueText] = value;
                    continue;
                case ForEachStatementSyntax inner when Members(inner.Expression, type, locals, loop) is var (kind, memberFlags)
                    && (flags is null || flags.SetEquals(memberFlags)) && Checked(inner, type, kind) is var (checkedList, added)
                    && (list is null || list == checkedList) && (failing is null || failing == added):
                    kinds.Add(kind);
                    flags = memberFlags;
                    list = checkedList;
                    failing = added;
                    continue;
                default:
                    return null;
            }
        }

        // DeclaredOnly: inherited members are the base type's to answer for, as a members rule reads them.
        if (list is null || failing is null || flags is null || !flags.Contains("DeclaredOnly") || !(flags.Contains("Public") || flags.Contains("NonPublic")))
        {
            return null;
        }

        bool? isStatic = (flags.Contains("Instance"), flags.Contains("Static")) switch
        {
            (true, false) => false,
            (false, true) => true,
            (true, true) => null,
            _ => throw new UntranslatableException("the fields and properties are listed without 'BindingFlags.Instance' or 'BindingFlags.Static', so reflection lists none and the check never fails"),
        };

        // Non-public fields include the backing field of every auto-property, public ones too: the rule reads properties as well.
        if (flags.Contains("NonPublic") && kinds.Contains("field"))
        {
            kinds.Add("property");
        }

        return new LoopShape(list, failing, string.Join(",", kinds), isStatic, !flags.Contains("NonPublic"));
    }

    // type.GetFields(flags) / type.GetProperties(flags), or a local holding one: the member kind and the flags.
    private static (string Kind, HashSet<string> Flags)? Members(ExpressionSyntax expression, string type, Dictionary<string, ExpressionSyntax> locals, SyntaxNode scope)
    {
        return ReflectedMembers.Of(expression, type, locals, scope.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>()) is { Method: "GetFields" or "GetProperties" } members
            ? (members.Method == "GetFields" ? "field" : "property", members.Flags)
            : null;
    }

    // foreach (var m in members) { if (L.Contains(m.T) || m.T.GenericTypeArguments.Any(x => L.Contains(x))) { failing.Add(type); break; } }
    private static (string List, string Failing)? Checked(ForEachStatementSyntax inner, string type, string kind)
    {
        var member = inner.Identifier.ValueText;
        var typeProperty = kind == "field" ? "FieldType" : "PropertyType";
        var body = inner.Statement is BlockSyntax block ? block.Statements.ToList() : [inner.Statement];
        if (body is not [IfStatementSyntax { Else: null } check] || ConstructorLoop.AddsType(check.Statement) is not { } failing
            || Unparenthesized(check.Condition) is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or)
        {
            return null;
        }

        var direct = new[] { or.Left, or.Right }.Select(o => ContainsOf(Unparenthesized(o), member, typeProperty)).FirstOrDefault(l => l is not null);
        var generic = new[] { or.Left, or.Right }.Select(o => GenericArgumentOf(Unparenthesized(o), member, typeProperty)).FirstOrDefault(l => l is not null);
        return direct is not null && direct == generic ? (direct, failing) : null;
    }

    // L.Contains(m.FieldType): L.
    private static string? ContainsOf(ExpressionSyntax test, string member, string typeProperty) =>
        test is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Contains", Expression: IdentifierNameSyntax list }, ArgumentList.Arguments: [{ Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var property } }] }
        && owner.Identifier.ValueText == member && property == typeProperty
            ? list.Identifier.ValueText
            : null;

    // m.FieldType.GenericTypeArguments.Any(x => L.Contains(x)): L.
    private static string? GenericArgumentOf(ExpressionSyntax test, string member, string typeProperty)
    {
        if (test is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Any", Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GenericTypeArguments", Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var property } } }, ArgumentList.Arguments: [{ Expression: var predicate }] }
            || owner.Identifier.ValueText != member || property != typeProperty)
        {
            return null;
        }

        return predicate switch
        {
            SimpleLambdaExpressionSyntax { ExpressionBody: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Contains", Expression: IdentifierNameSyntax list }, ArgumentList.Arguments: [{ Expression: IdentifierNameSyntax argument }] } } lambda
                when argument.Identifier.ValueText == lambda.Parameter.Identifier.ValueText => list.Identifier.ValueText,
            // roots.Contains as a method group.
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Contains", Expression: IdentifierNameSyntax list } => list.Identifier.ValueText,
            _ => null,
        };
    }
}

/// <summary>
/// No field or property (the kinds read, comma-separated) of a selected type has a type, or a generic argument, that
/// <paramref name="TypeNot"/> selects: a <c>members</c> rule with <c>type-not</c> (rules/0069). <paramref name="PublicOnly"/>:
/// reflection listed only public members (<c>BindingFlags.Public</c> without <c>NonPublic</c>).
/// </summary>
internal sealed record MemberTypeNotRequirement(string Kinds, bool? Static, bool PublicOnly, YamlDraftNode TypeNot) : TypeRequirement("members", "type-not", string.Empty)
{
    public override RuleDraft ToRule(string id, YamlDraftNode types)
    {
        var kinds = Kinds.Split(',');
        var members = new List<KeyValuePair<string, YamlDraftNode>> { new("kind", kinds.Length == 1 ? kinds[0] : YamlDraftSequence.Of(kinds)) };
        if (PublicOnly)
        {
            members.Add(new("visibility", "public"));
        }

        if (Static is { } isStatic)
        {
            members.Add(new("static", isStatic ? "true" : "false"));
        }

        members.Add(new("types", types));
        return new RuleDraft(id, "members").With("members", new YamlDraftMapping(members)).With("type-not", TypeNot);
    }
}
