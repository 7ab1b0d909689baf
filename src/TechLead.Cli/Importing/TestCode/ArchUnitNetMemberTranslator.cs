using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// One ArchUnitNET 0.13.5 member rule (<c>MethodMembers()</c>, <c>PropertyMembers()</c>, <c>FieldMembers()</c>
/// <c>.That()...Should()...</c>) as one <c>members</c> rule of the same meaning, or an <see cref="UntranslatableException"/>
/// with the real difference. ArchUnitNET reads members from IL: a method's name carries its parameter list
/// (<c>LoadAsync(System.Int32)</c>), <c>MethodMembers()</c> holds constructors, accessors and compiler-generated methods,
/// <c>FieldMembers()</c> the private backing fields; TechLead's members rules see what the user declared (rules/0036).
/// Only chains whose selection or condition makes that difference vanish are translated.
/// </summary>
internal sealed class ArchUnitNetMemberTranslator(TestCodeArguments arguments, Func<ChainLink, ChainSelector> declaringTypes)
{
    public static readonly string[] Roots = ["MethodMembers", "PropertyMembers", "FieldMembers", "Members"];

    private static readonly string[] NotPublic = ["internal", "protected", "private", "protected-internal", "private-protected"];

    public RuleDraft Translate(string id, List<ChainLink> selection, List<ChainLink> conditions)
    {
        var kind = selection[0].Name switch
        {
            "MethodMembers" => "method",
            "PropertyMembers" => "property",
            "FieldMembers" => "field",
            _ => throw new UntranslatableException("'Members()' also selects constructors, property accessors and compiler-generated methods and fields, which TechLead's members rules leave out; write the rule with MethodMembers(), PropertyMembers() or FieldMembers()"),
        };

        TestCodeArguments.NoArguments(selection[0]);
        var members = new List<KeyValuePair<string, YamlDraftNode>> { new("kind", kind) };
        var that = selection.FindIndex(l => l.Name == "That");
        foreach (var link in that < 0 ? [] : selection.Skip(that + 1))
        {
            Predicate(link, kind, members);
        }

        if (conditions is not [var condition])
        {
            throw new UntranslatableException(conditions.Count == 0 ? "'Should()' without a condition" : "several member conditions joined with 'AndShould' or 'OrShould' are not supported");
        }

        var rule = new RuleDraft(id, "members");
        var (key, value) = Condition(condition, kind);
        RequireSameMembers(kind, members, key, value);
        return rule.With("members", new YamlDraftMapping(members)).With(key, value);
    }

    // The member sets differ where the IL holds members the user did not write (or wrote as something else): a rule is
    // imported only when its selection or its condition leaves those out or treats them as TechLead would.
    private static void RequireSameMembers(string kind, List<KeyValuePair<string, YamlDraftNode>> members, string key, YamlDraftNode value)
    {
        switch (kind)
        {
            // Constructors (.ctor), accessors (get_X), operators (op_X) and compiler-generated methods (<X>b__0) have
            // names starting with '.', a lower-case letter or '<': a prefix starting with an upper-case letter excludes them all.
            case "method" when !members.Any(m => m is { Key: "name", Value: YamlDraftScalar { Value: var glob } } && glob.Length > 1 && char.IsUpper(glob[0]) && glob.EndsWith('*')):
                throw new UntranslatableException("'MethodMembers()' also selects constructors, property accessors and compiler-generated methods, which TechLead's members rules leave out; only a selection by a name prefix starting with an upper-case letter ('HaveNameStartingWith(\"Get\")') leaves them out too");

            // Backing fields of auto-properties and events are private: a rule on public fields, or one asking fields not
            // to be public, gives them the same verdict as TechLead, which does not see them.
            case "field" when !members.Any(m => m is { Key: "visibility", Value: YamlDraftScalar { Value: "public" } }) && !(key == "visibility" && value is YamlDraftSequence):
                throw new UntranslatableException("'FieldMembers()' also selects the compiler's private backing fields of auto-properties and events, which TechLead's members rules leave out; only rules on public fields ('ArePublic()') or 'Should().NotBePublic()' give them the same verdict");
        }
    }

    private void Predicate(ChainLink link, string kind, List<KeyValuePair<string, YamlDraftNode>> members)
    {
        switch (link.Name)
        {
            case "And":
                break;
            case "Or":
                throw new UntranslatableException("member predicates joined with 'Or' have no TechLead members selector (its keys must all hold)");
            case "HaveNameStartingWith":
                members.Add(new("name", Plain(link) + "*"));
                break;
            case "HaveNameEndingWith" when kind != "method":
                members.Add(new("name", "*" + Plain(link)));
                break;
            case "HaveName" when kind != "method":
                throw IgnoringCase(link);
            case "HaveNameMatching" when kind != "method":
                members.Add(new("name-matches", arguments.String(link)));
                break;
            case "HaveNameEndingWith" or "HaveName" or "HaveNameMatching" or "HaveNameContaining":
                throw MethodName(link);
            case "AreDeclaredIn":
                members.Add(new("types", declaringTypes(link).ToYaml()));
                break;
            case "ArePublic":
                TestCodeArguments.NoArguments(link);
                members.Add(new("visibility", "public"));
                break;
            case "AreNotPublic":
                TestCodeArguments.NoArguments(link);
                members.Add(new("visibility", YamlDraftSequence.Of(NotPublic)));
                break;
            case "AreStatic" or "AreNotStatic":
                TestCodeArguments.NoArguments(link);
                members.Add(new("static", link.Name == "AreStatic" ? "true" : "false"));
                break;
            case "HaveReturnType" when kind == "method":
                members.Add(new("returns", Void(link)));
                break;
            case "HaveAttribute" when link.Arguments.Count == 1:
                members.Add(new("has-attribute", arguments.Type(link).FullName));
                break;
            default:
                throw new UntranslatableException($"the member predicate '{link.Name}' has no TechLead members selector of the same meaning");
        }
    }

    private (string Key, YamlDraftNode Value) Condition(ChainLink link, string kind)
    {
        switch (link.Name)
        {
            case "NotExist":
                TestCodeArguments.NoArguments(link);
                return ("allowed", "false");
            case "BePublic":
                TestCodeArguments.NoArguments(link);
                return ("visibility", "public");
            case "NotBePublic":
                TestCodeArguments.NoArguments(link);
                return ("visibility", YamlDraftSequence.Of(NotPublic));
            case "BeStatic" or "NotBeStatic":
                TestCodeArguments.NoArguments(link);
                return ("static", link.Name == "BeStatic" ? "true" : "false");
            case "HaveNameStartingWith":
                return ("pattern", "^" + Regex.Escape(Plain(link)));
            case "HaveNameEndingWith" when kind != "method":
                return ("pattern", Regex.Escape(Plain(link)) + "$");
            case "HaveName" when kind != "method":
                throw IgnoringCase(link);
            case "HaveNameMatching" when kind != "method":
                return ("pattern", arguments.String(link));
            case "HaveNameEndingWith" or "HaveName" or "HaveNameMatching" or "HaveNameContaining":
                throw MethodName(link);
            case "HaveReturnType" or "NotHaveReturnType" when kind == "method":
                return (link.Name == "HaveReturnType" ? "returns" : "returns-not", Void(link));
            case "HaveAttribute" or "NotHaveAttribute" when link.Arguments.Count == 1:
                return (link.Name == "HaveAttribute" ? "require-attribute" : "forbid-attribute", arguments.Type(link).FullName);
            case "NotHavePublicSetter":
                throw new UntranslatableException("'NotHavePublicSetter()' counts a public 'init' accessor as a public setter; TechLead's 'public-setter: false' accepts 'init', so the rule would flag fewer properties");
            default:
                throw new UntranslatableException($"the member condition '{link.Name}' has no TechLead members condition of the same meaning");
        }
    }

    // ArchUnitNET compares the return type exactly; TechLead's returns also lets Task<T> and ValueTask<T> stand for T
    // (rules/0036). Only void, which no task wraps, means the same in both; a keyword, so it is read from the syntax.
    private static string Void(ChainLink link)
    {
        if (link.Arguments is not [{ Expression: TypeOfExpressionSyntax typeOf }])
        {
            throw new UntranslatableException($"'{link.Name}({string.Join(", ", link.Arguments)})': only one typeof(...) is supported");
        }

        var written = typeOf.Type.ToString();
        return typeOf.Type is PredefinedTypeSyntax { Keyword.ValueText: "void" } || written is "System.Void" or "Void"
            ? "void"
            : throw new UntranslatableException($"'{link.Name}(typeof({written}))' compares the return type exactly; TechLead's 'returns' also counts Task<{written}> and ValueTask<{written}> as returning {written}, so only void means the same");
    }

    private static UntranslatableException IgnoringCase(ChainLink link) =>
        new($"'{link.Name}' compares a member's name ignoring case (ArchUnitNET's NameEquals); TechLead's names compare as written, so 'HaveNameMatching(\"^(?i:X)$\")' is the spelling that imports");

    private static UntranslatableException MethodName(ChainLink link) =>
        new($"'{link.Name}' on a method reads ArchUnitNET's method name, which carries the parameter list ('LoadAsync(System.Int32)'): it never ends with or equals a plain name, and TechLead's names have no parameter list; only 'HaveNameStartingWith' means the same");

    private string Plain(ChainLink link)
    {
        if (link.Arguments.Count != 1)
        {
            throw new UntranslatableException($"'{link.Name}' with more than one argument (a regular expression or a comparison) is not supported");
        }

        var value = arguments.String(link);
        return value.Length == 0 || value.IndexOfAny(['*', '?', '{', '}', '[', ']', ',', ' ', '(', ')']) >= 0
            ? throw new UntranslatableException($"'{link.Name}(\"{value}\")' contains characters a TechLead glob reads differently")
            : value;
    }
}
