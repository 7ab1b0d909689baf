using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Rules.Members;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Member conventions that hold for every member they are about (no exceptions: a member rule has no <c>except</c>):
/// async methods end in <c>Async</c>, no public instance fields, <c>Is*</c>/<c>Has*</c> methods and properties return
/// <c>bool</c>. Each needs at least <see cref="InferThresholds.MinTypes"/> members as evidence.
/// </summary>
internal static class MemberProposer
{
    private static readonly Regex Predicate = new("^(Is|Has)[A-Z]", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public static IEnumerable<Proposal> Propose(CodeFacts facts)
    {
        var members = facts.Members;
        var async = members.Where(m => m.Kind == MemberKind.Method && m.IsAsync).ToList();
        if (async.Count >= InferThresholds.MinTypes && async.TrueForAll(m => m.Name.EndsWith("Async", StringComparison.Ordinal)))
        {
            yield return Build("async-methods-end-in-async", $"all {async.Count} async methods end in 'Async'", async, draft => draft
                .With("members", Selector(("kind", "method"), ("async", "true")))
                .With("pattern", "Async$"));
        }

        var fields = members.Where(m => m.Kind == MemberKind.Field).ToList();
        if (fields.Count >= InferThresholds.MinTypes && !fields.Exists(m => m.Visibility == MemberVisibility.Public && !m.IsStatic))
        {
            yield return Build("no-public-instance-fields", $"none of the {fields.Count} fields is a public instance field", fields, draft => draft
                .With("members", Selector(("kind", "field"), ("visibility", "public"), ("static", "false")))
                .With("allowed", "false"));
        }

        var predicates = members.Where(m => m.Kind is MemberKind.Method or MemberKind.Property && Predicate.IsMatch(m.Name)).ToList();
        if (predicates.Count >= InferThresholds.MinTypes && predicates.TrueForAll(m => m.ReturnsBool))
        {
            yield return Build("is-has-return-bool", $"all {predicates.Count} Is*/Has* methods and properties return bool", predicates, draft => draft
                .With("members", Selector(("kind", YamlDraftSequence.Of(["method", "property"])), ("name-matches", "^(Is|Has)[A-Z]")))
                .With("returns", "bool"));
        }
    }

    private static YamlDraftMapping Selector(params (string Key, YamlDraftNode Value)[] keys) =>
        new(keys.Select(k => new KeyValuePair<string, YamlDraftNode>(k.Key, k.Value)));

    private static Proposal Build(string id, string evidence, List<MemberFact> about, Func<RuleDraft, RuleDraft> fields) =>
        new(id, "members", evidence, about.Select(m => m.DeclaringType).Distinct(StringComparer.Ordinal).ToList(), allowsExceptions: false, (ruleId, _) => fields(new RuleDraft(ruleId, "members")));
}
