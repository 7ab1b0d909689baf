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
/// Custom code that fails a type declaring any public member, read as a <c>members</c> rule with <c>allowed: false</c> and
/// <c>include-overrides: true</c> (rules/0069):
/// <code>
/// foreach (var type in types)
/// {
///     var fields = type.GetFields(flags);            // GetProperties, GetMethods, GetEvents alike
///     if (fields.Any() || methods.Length > 0 || ...) failing.Add(type);
/// }
/// </code>
/// with <c>flags</c> holding <c>DeclaredOnly</c> and <c>Public</c>, not <c>NonPublic</c> (which lists backing fields and
/// private accessors), and <c>failing</c> asserted empty. <c>GetMethods</c> also lists the accessors of public properties
/// and events, so it selects those kinds too.
/// </summary>
internal static class DeclaredMembersCheck
{
    /// <summary>The requirement and the list the failing types are added to, or null when the loop is not of this shape.</summary>
    public static (TypeRequirement Requirement, string List)? Read(ForEachStatementSyntax loop)
    {
        var type = loop.Identifier.ValueText;
        var statements = loop.Statement is BlockSyntax block ? block.Statements.ToList() : [loop.Statement];
        var locals = new Dictionary<string, ExpressionSyntax>(StringComparer.Ordinal);
        while (statements is [LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var value } variable] }, ..])
        {
            locals[variable.Identifier.ValueText] = value;
            statements.RemoveAt(0);
        }

        if (statements is not [IfStatementSyntax { Else: null } check] || ConstructorLoop.AddsType(check.Statement) is not { } failing
            || loop.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { } method)
        {
            return null;
        }

        var kinds = MemberKinds.None;
        HashSet<string>? flags = null;
        foreach (var operand in Disjuncts(check.Condition))
        {
            if (Listed(operand, type, locals, method) is not var (listed, listedFlags) || (flags is not null && !flags.SetEquals(listedFlags)))
            {
                return null;
            }

            kinds |= listed;
            flags = listedFlags;
        }

        if (flags is null || !flags.Contains("DeclaredOnly") || !flags.Contains("Public") || flags.Contains("NonPublic"))
        {
            return null;
        }

        bool? isStatic = (flags.Contains("Instance"), flags.Contains("Static")) switch
        {
            (true, false) => false,
            (false, true) => true,
            _ => null,
        };
        return flags.Contains("Instance") || flags.Contains("Static") ? (new PublicMembersForbidden(Spell(kinds), isStatic), failing) : null;
    }

    [Flags]
    private enum MemberKinds
    {
        None = 0,
        Method = 1,
        Property = 2,
        Field = 4,
        Event = 8,
    }

    // members.Any(), members.Length > 0, members.Count() > 0, members.Length != 0: the kinds and flags of 'members'.
    private static (MemberKinds Kinds, HashSet<string> Flags)? Listed(ExpressionSyntax operand, string type, Dictionary<string, ExpressionSyntax> locals, BaseMethodDeclarationSyntax method)
    {
        var listed = Unparenthesized(operand) switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Any", Expression: var any }, ArgumentList.Arguments: [] } => any,
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.GreaterThanExpression or (int)SyntaxKind.NotEqualsExpression, Right: LiteralExpressionSyntax { Token.ValueText: "0" }, Left: var counted } => Counted(counted),
            _ => null,
        };
        if (listed is null || ReflectedMembers.Of(listed, type, locals, method) is not { } members)
        {
            return null;
        }

        var kinds = members.Method switch
        {
            "GetFields" => MemberKinds.Field,
            "GetProperties" => MemberKinds.Property,
            "GetEvents" => MemberKinds.Event,
            _ => MemberKinds.Method | MemberKinds.Property | MemberKinds.Event,
        };
        return (kinds, members.Flags);
    }

    private static ExpressionSyntax? Counted(ExpressionSyntax counted) => counted switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length", Expression: var array } => array,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Count", Expression: var sequence }, ArgumentList.Arguments: [] } => sequence,
        _ => null,
    };

    private static string Spell(MemberKinds kinds)
    {
        var names = new List<string>();
        foreach (var (kind, name) in new[] { (MemberKinds.Method, "method"), (MemberKinds.Property, "property"), (MemberKinds.Field, "field"), (MemberKinds.Event, "event") })
        {
            if ((kinds & kind) != 0)
            {
                names.Add(name);
            }
        }

        return string.Join(",", names);
    }
}

/// <summary>
/// No public member of the kinds read (comma-separated) in a selected type, overrides the user wrote included: a
/// <c>members</c> rule with <c>allowed: false</c> (rules/0069), as reflection's <c>DeclaredOnly | Public</c> lists members.
/// </summary>
internal sealed record PublicMembersForbidden(string Kinds, bool? Static) : TypeRequirement("members", "allowed", "false")
{
    public override RuleDraft ToRule(string id, YamlDraftNode types)
    {
        var kinds = Kinds.Split(',');
        var members = new List<KeyValuePair<string, YamlDraftNode>>
        {
            new("kind", kinds.Length == 1 ? kinds[0] : YamlDraftSequence.Of(kinds)),
            new("visibility", "public"),
        };
        if (Static is { } isStatic)
        {
            members.Add(new("static", isStatic ? "true" : "false"));
        }

        if (Kinds != "field")
        {
            members.Add(new("include-overrides", "true"));
        }

        members.Add(new("types", types));
        return new RuleDraft(id, "members").With("members", new YamlDraftMapping(members)).With("allowed", "false");
    }
}
