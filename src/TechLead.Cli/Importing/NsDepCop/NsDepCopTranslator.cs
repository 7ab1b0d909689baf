using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.NsDepCop;

/// <summary>
/// Translates one <c>&lt;NsDepCopConfig&gt;</c> with NsDepCop's semantics (its TypeDependencyValidator): a dependency
/// between two different namespaces is allowed when no <c>Disallowed</c> entry matches it and an <c>Allowed</c> entry,
/// or an implicit child→parent / parent→child permission, does. What a TechLead rule cannot say exactly is listed
/// as not imported, never approximated:
/// <list type="bullet">
/// <item><c>Disallowed From=F To=T</c> → <c>forbid</c>; when F and T can name one namespace, the part of F inside T is
/// left out (NsDepCop never flags a namespace using itself; a forbid rule would).</item>
/// <item>The <c>Allowed</c> entries, grouped by <c>From</c> → one <c>allow-only</c> rule per group, which is exact when
/// the <c>From</c> patterns nest (each pair disjoint or one inside the other): a group's allow-list is the union of the
/// <c>To</c>s of every <c>From</c> containing it, and a group leaves the namespaces of the groups inside it to their
/// own rules (<c>except</c>). allow-only also lets <c>from</c> use itself: exact for one namespace (NsDepCop allows a
/// namespace itself), and for a wildcard only when the allow-list contains the whole <c>From</c>.</item>
/// <item>An allow-list is imported whole or not at all: one untranslatable entry would make the rest flag what
/// NsDepCop allows.</item>
/// </list>
/// </summary>
internal sealed class NsDepCopTranslator(string display, string? assembly)
{
    private static readonly Dictionary<string, string> SettingReasons = new(StringComparer.Ordinal)
    {
        ["MaxIssueCount"] = "a reporting limit; TechLead reports every violation (freeze existing ones with 'techlead baseline create')",
        ["AutoLowerMaxIssueCount"] = "a reporting limit; the TechLead baseline ratchets instead ('techlead baseline update')",
        ["CodeIssueKind"] = "NsDepCop 2 and later ignore it; the rules are warnings (set each rule's severity to change that)",
        ["InfoImportance"] = "NsDepCop 2 and later ignore it; it only affected NsDepCop's own messages",
        ["MaxIssueCountSeverity"] = "NsDepCop 2 and later ignore it",
        ["AnalyzerServiceCallRetryTimeSpans"] = "NsDepCop 2 and later ignore it",
        ["ExcludedFiles"] = "TechLead rules select types, not files: violations in these files are reported too",
        ["CheckAssemblyDependencies"] = "assembly rules are not imported (see the AllowedAssembly/DisallowedAssembly items)",
    };

    private readonly List<RuleDraft> rules = [];
    private readonly List<NotImportedItem> notImported = [];
    private readonly HashSet<string> ruleIds = new(StringComparer.Ordinal);

    /// <param name="root">The config's root element.</param>
    /// <param name="inherited">The parent configs NsDepCop merges in (nearest first), with their display paths.</param>
    /// <param name="namespaces">The namespaces the project declares today, or null when unknown (no project next to the config).</param>
    /// <param name="globalTypes">Whether the project declares types outside any namespace.</param>
    public (IReadOnlyList<RuleDraft> Rules, IReadOnlyList<NotImportedItem> NotImported) Translate(XElement root, IReadOnlyList<(XElement Root, string Display)> inherited, IReadOnlyList<string>? namespaces, bool globalTypes)
    {
        foreach (var (parent, parentDisplay) in inherited)
        {
            parent.AddAnnotation(new Origin(parentDisplay));
            foreach (var element in parent.Elements())
            {
                element.AddAnnotation(new Origin(parentDisplay));
            }
        }

        var roots = new List<XElement> { root };
        roots.AddRange(inherited.Select(i => i.Root));

        // Project-level settings win over inherited ones (NsDepCop's merge rule).
        string? Setting(string name) => roots.Select(r => (string?)r.Attribute(name)).FirstOrDefault(v => v is not null);
        var enabled = !string.Equals((string?)root.Attribute("IsEnabled"), "false", StringComparison.OrdinalIgnoreCase);
        var childToParent = string.Equals(Setting("ChildCanDependOnParentImplicitly")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var parentToChild = string.Equals(Setting("ParentCanDependOnChildImplicitly")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        foreach (var settings in roots)
        {
            foreach (var attribute in settings.Attributes())
            {
                var off = attribute.Name.LocalName is "CheckAssemblyDependencies" or "AutoLowerMaxIssueCount" && !string.Equals(attribute.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
                if (!off && SettingReasons.TryGetValue(attribute.Name.LocalName, out var reason))
                {
                    NotImported(settings, $"{attribute.Name.LocalName}=\"{attribute.Value}\"", reason);
                }
            }
        }

        var elements = roots.SelectMany(r => r.Elements()).ToList();
        if (!enabled)
        {
            foreach (var element in elements)
            {
                NotImported(element, Quote(element), "IsEnabled=\"false\": NsDepCop does not check this project, so there is nothing to enforce");
            }

            return (rules, notImported);
        }

        var allowed = new List<AllowedEntry>();
        var surfaces = new List<(XElement Element, NamespacePattern? Namespace)>();
        foreach (var element in elements)
        {
            switch (element.Name.LocalName)
            {
                case "Allowed":
                    allowed.Add(AllowedEntry.Read(element));
                    break;
                case "Disallowed":
                    Disallowed(element);
                    break;
                case "VisibleMembers":
                    surfaces.Add((element, NamespacePattern.Parse((string?)element.Attribute("OfNamespace"), out _)));
                    NotImported(element, Quote(element), "a namespace surface (the only types of a namespace others may use) has no TechLead rule; the allow-lists that reach this namespace are not imported either");
                    break;
                case "AllowedAssembly" or "DisallowedAssembly":
                    NotImported(element, Quote(element), "NsDepCop checks assembly references here; TechLead rules check type dependencies, which a project reference alone does not create");
                    break;
                default:
                    NotImported(element, Quote(element), $"<{element.Name.LocalName}> is not an NsDepCop rule element");
                    break;
            }
        }

        if (namespaces is null)
        {
            AllowLists(allowed, surfaces, childToParent, parentToChild);
        }
        else
        {
            AllowListsPerNamespace(root, allowed, surfaces, namespaces, globalTypes, childToParent, parentToChild);
        }

        return (rules, notImported);
    }

    /// <summary>
    /// One <c>allow-only</c> rule per namespace the project declares: its allow-list is exactly NsDepCop's for that
    /// namespace (the <c>To</c>s of every <c>Allowed</c> whose <c>From</c> matches it, itself, and the implicit parents or
    /// children), so wildcard and overlapping <c>From</c>s need no nesting. Exact for today's namespaces; one item says
    /// that namespaces added later are not covered.
    /// </summary>
    private void AllowListsPerNamespace(XElement root, List<AllowedEntry> allowed, List<(XElement Element, NamespacePattern? Namespace)> surfaces, IReadOnlyList<string> namespaces, bool globalTypes, bool childToParent, bool parentToChild)
    {
        ReportGlobalFroms(allowed);
        if (allowed.FirstOrDefault(e => e.From is null && !e.FromIsGlobal) is { } unknownFrom)
        {
            foreach (var entry in allowed.Where(e => !e.FromIsGlobal))
            {
                NotImported(entry.Element, Quote(entry.Element), entry.Problem ?? $"the From of line {NsDepCopImporter.Line(unknownFrom.Element)} cannot be translated, so which namespaces its Allowed entry covers is unknown and no allow-list built without it would be exact");
            }

            return;
        }

        var affected = new Dictionary<XElement, List<string>>();
        var checkedNamespaces = 0;
        foreach (var name in namespaces)
        {
            var literal = NamespacePattern.Parse(name, out _);
            if (literal is null)
            {
                continue;
            }

            var list = allowed.Where(e => e.From is not null && e.From.Intersects(literal)).ToList();
            var blocking = list.Where(e => e.Problem is not null).Select(e => e.Element)
                .Concat(surfaces.Where(s => s.Namespace is null || list.Any(e => e.To!.Intersects(s.Namespace))).Select(s => s.Element))
                .ToList();
            if (blocking.Count > 0)
            {
                foreach (var element in blocking)
                {
                    (affected.TryGetValue(element, out var names) ? names : affected[element] = []).Add(name);
                }

                continue;
            }

            checkedNamespaces++;
            if (list.Any(e => e.To!.IsAny))
            {
                continue; // everything is allowed: nothing to enforce
            }

            var to = new List<YamlDraftNode>();
            foreach (var target in list.Select(e => e.To!).GroupBy(t => t.Glob, StringComparer.Ordinal).Select(t => t.First()))
            {
                to.Add(Selector(target));
            }

            foreach (var implicitTarget in ImplicitTargets(literal, childToParent, parentToChild))
            {
                to.Add(new YamlDraftMapping([new("namespace", implicitTarget)]));
            }

            var from = FromSelector(literal, []);
            var because = list.Count == 0
                ? $"NsDepCop: no Allowed entry matches {name}, so it may use only itself"
                : $"NsDepCop: {name} may use " + string.Join(", ", list.Select(e => "\"" + e.To!.Text + "\"").Distinct(StringComparer.Ordinal));
            rules.Add(new RuleDraft(UniqueId("allowed-from-" + name), "allow-only") { Severity = Spellings.Severity.NameOf(RuleSeverity.Warning), Because = because }
                .With("from", from)
                .With("to", to.Count == 1 ? to[0] : new YamlDraftSequence(to))
                .With("also-allow", from));
        }

        foreach (var entry in allowed.Where(e => e.Problem is not null && !e.FromIsGlobal))
        {
            var names = affected.TryGetValue(entry.Element, out var list) ? $" (not imported for {string.Join(", ", list)})" : string.Empty;
            NotImported(entry.Element, Quote(entry.Element), entry.Problem + "; the allow-lists it is part of are not imported" + names);
        }

        foreach (var (element, _) in surfaces.Where(s => affected.ContainsKey(s.Element)))
        {
            NotImported(element, Quote(element), "the allow-lists of " + string.Join(", ", affected[element]) + " reach this surface and are not imported");
        }

        var global = globalTypes ? " Types declared outside any namespace are not checked." : string.Empty;
        NotImported(root, "<NsDepCopConfig>", $"NsDepCop's patterns also cover namespaces added later; the ADR has the allow-list of each namespace the project declares today ({checkedNamespaces} of {namespaces.Count} namespaces translated; one allowed everything needs no rule), so a new namespace is not checked until this ADR is deleted and the import run again.{global}");
    }

    private void Disallowed(XElement element)
    {
        var from = NamespacePattern.Parse((string?)element.Attribute("From"), out var fromReason);
        var to = NamespacePattern.Parse((string?)element.Attribute("To"), out var toReason);
        if (from is null || to is null)
        {
            NotImported(element, Quote(element), from is null ? "From: " + fromReason : "To: " + toReason);
            return;
        }

        if (to.Contains(from))
        {
            NotImported(element, Quote(element), $"every namespace of From is inside To, and NsDepCop never flags a namespace using itself; a forbid rule cannot exempt that");
            return;
        }

        var overlaps = from.Intersects(to);
        var rule = new RuleDraft(UniqueId("disallowed-" + Words(from) + "-to-" + Words(to)), "forbid") { Severity = Spellings.Severity.NameOf(RuleSeverity.Warning), Because = $"NsDepCop: Disallowed From=\"{from.Text}\" To=\"{to.Text}\"" }
            .With("from", FromSelector(from, overlaps ? [to] : []))
            .With("to", Selector(to));
        rules.Add(rule);
        if (overlaps)
        {
            NotImported(element, Quote(element), $"only partly: uses from namespaces inside both From and To are not checked (NsDepCop exempts a namespace using itself, which a forbid rule cannot), so 'from' excepts '{to.Text}'");
        }
    }

    private void AllowLists(List<AllowedEntry> allowed, List<(XElement Element, NamespacePattern? Namespace)> surfaces, bool childToParent, bool parentToChild)
    {
        if (allowed.Count == 0)
        {
            return;
        }

        ReportGlobalFroms(allowed);
        allowed = allowed.Where(e => !e.FromIsGlobal).ToList();
        if (allowed.Count == 0)
        {
            return;
        }

        var failure = new Dictionary<AllowedEntry, string>();
        string? all = null;
        if (allowed.FirstOrDefault(e => e.From is null) is { } unknownFrom)
        {
            all = $"the From of line {NsDepCopImporter.Line(unknownFrom.Element)} cannot be translated, so which namespaces its Allowed entry covers is unknown and no allow-list built without it would be exact";
        }
        else if (NonNested(allowed) is { } pair)
        {
            all = $"the From patterns '{pair.A}' and '{pair.B}' overlap without one containing the other; NsDepCop unions their allow-lists per namespace, which separate allow-only rules cannot";
        }

        var groups = allowed.Where(e => e.From is not null).GroupBy(e => e.From!.Glob, StringComparer.Ordinal).Select(g => g.First().From!).ToList();
        if (all is null && !groups.Any(g => g.IsAny))
        {
            // NsDepCop lets a namespace no From matches use only itself (and its parents or children when allowed implicitly).
            NotImported(allowed[0].Element.Parent!, "<NsDepCopConfig>", "namespaces that no Allowed From matches may use only themselves in NsDepCop; TechLead cannot say 'only itself' for a set of namespaces, so those namespaces are not checked");
        }

        foreach (var group in all is null ? groups : [])
        {
            var list = allowed.Where(e => e.From!.Contains(group)).ToList();
            var reason = GroupFailure(group, list, surfaces, childToParent, parentToChild);
            if (reason is not null)
            {
                foreach (var entry in allowed.Where(e => e.From!.Glob == group.Glob))
                {
                    failure[entry] = reason;
                }

                continue;
            }

            if (list.Any(e => e.To!.IsAny))
            {
                continue; // everything is allowed: nothing to enforce
            }

            var inner = groups.Where(g => g.Glob != group.Glob && group.Contains(g)).ToList();
            var to = new List<YamlDraftNode>();
            foreach (var target in list.Select(e => e.To!).GroupBy(t => t.Glob, StringComparer.Ordinal).Select(t => t.First()))
            {
                to.Add(Selector(target));
            }

            foreach (var implicitTarget in ImplicitTargets(group, childToParent, parentToChild))
            {
                to.Add(new YamlDraftMapping([new("namespace", implicitTarget)]));
            }

            var from = FromSelector(group, inner);
            var because = "NsDepCop: Allowed From=\"" + group.Text + "\" To=" + string.Join(", ", list.Select(e => "\"" + e.To!.Text + "\"").Distinct(StringComparer.Ordinal));
            rules.Add(new RuleDraft(UniqueId("allowed-from-" + Words(group)), "allow-only") { Severity = Spellings.Severity.NameOf(RuleSeverity.Warning), Because = because }
                .With("from", from)
                .With("to", to.Count == 1 ? to[0] : new YamlDraftSequence(to))
                .With("also-allow", from));
        }

        foreach (var entry in allowed)
        {
            var reason = entry.Problem ?? all ?? (failure.TryGetValue(entry, out var groupReason) ? groupReason : null);
            if (reason is not null)
            {
                NotImported(entry.Element, Quote(entry.Element), reason);
            }
        }
    }

    /// <summary>An Allowed entry from the global namespace concerns only types outside any namespace, which no rule selects.</summary>
    private void ReportGlobalFroms(List<AllowedEntry> allowed)
    {
        foreach (var entry in allowed.Where(e => e.FromIsGlobal))
        {
            NotImported(entry.Element, Quote(entry.Element), "From is the global namespace, which a TechLead selector cannot name: the code outside any namespace is not checked (the other allow-lists do not depend on this entry)");
        }
    }

    private static string? GroupFailure(NamespacePattern group, List<AllowedEntry> list, List<(XElement Element, NamespacePattern? Namespace)> surfaces, bool childToParent, bool parentToChild)
    {
        if (list.FirstOrDefault(e => e.Problem is not null) is { } broken)
        {
            return $"the allow-list of From \"{group.Text}\" includes line {NsDepCopImporter.Line(broken.Element)}, which cannot be translated ({broken.Problem})";
        }

        foreach (var (element, ns) in surfaces)
        {
            if (ns is null || list.Any(e => e.To!.Intersects(ns)))
            {
                return $"the allow-list of From \"{group.Text}\" reaches a namespace whose surface line {NsDepCopImporter.Line(element)} restricts, which TechLead cannot express";
            }
        }

        if (list.Any(e => e.To!.IsAny))
        {
            return null;
        }

        var coversItself = list.Any(e => e.To!.Contains(group));
        if (!group.IsLiteral && !coversItself)
        {
            return $"allow-only lets the types of 'from' use each other, but NsDepCop lets a namespace use only itself: the namespaces under \"{group.Text}\" would be allowed to use one another unless the allow-list contains \"{group.Text}\" itself";
        }

        if (childToParent && !(group.IsLiteral || group.IsSubtree || group.IsAny))
        {
            return $"ChildCanDependOnParentImplicitly allows each namespace its parents, which for \"{group.Text}\" are no fixed set of namespaces";
        }

        if (parentToChild && !(group.IsLiteral || coversItself))
        {
            return $"ParentCanDependOnChildImplicitly allows each namespace its children, which for \"{group.Text}\" are no fixed set of namespaces";
        }

        return null;
    }

    /// <summary>The namespace globs NsDepCop allows without an entry: the namespace itself in any assembly, its parents, its children.</summary>
    private static IEnumerable<string> ImplicitTargets(NamespacePattern group, bool childToParent, bool parentToChild)
    {
        if (group.IsLiteral)
        {
            yield return group.Glob;
        }

        if (childToParent && !group.IsAny)
        {
            var prefix = group.LiteralPrefix;
            // The parents of A.B.C (or of anything under A.B.C.*) outside the group: A.B and A.
            for (var length = prefix.Count - 1; length >= 1; length--)
            {
                yield return string.Join(".", prefix.Take(length));
            }
        }

        if (parentToChild && group.IsLiteral)
        {
            yield return group.Glob + ".**";
        }
    }

    private static (string A, string B)? NonNested(List<AllowedEntry> allowed)
    {
        var patterns = allowed.Select(e => e.From!).GroupBy(p => p.Glob, StringComparer.Ordinal).Select(g => g.First()).ToList();
        for (var i = 0; i < patterns.Count; i++)
        {
            for (var j = i + 1; j < patterns.Count; j++)
            {
                if (patterns[i].Intersects(patterns[j]) && !patterns[i].Contains(patterns[j]) && !patterns[j].Contains(patterns[i]))
                {
                    return (patterns[i].Text, patterns[j].Text);
                }
            }
        }

        return null;
    }

    private YamlDraftMapping FromSelector(NamespacePattern pattern, List<NamespacePattern> except)
    {
        var entries = new List<KeyValuePair<string, YamlDraftNode>>();
        if (!pattern.IsAny || assembly is null)
        {
            entries.Add(new("namespace", pattern.Glob));
        }

        if (assembly is not null)
        {
            entries.Add(new("assembly", assembly));
        }

        if (except.Count > 0)
        {
            var excluded = except.Select(e => (YamlDraftNode)new YamlDraftMapping([new("namespace", e.Glob)])).ToList();
            entries.Add(new("except", excluded.Count == 1 ? excluded[0] : new YamlDraftSequence(excluded)));
        }

        return new YamlDraftMapping(entries);
    }

    private static YamlDraftNode Selector(NamespacePattern pattern) =>
        pattern.IsAny ? new YamlDraftScalar("**") : new YamlDraftMapping([new("namespace", pattern.Glob)]);

    private string UniqueId(string text) => RuleIds.Unique(RuleIds.FromText(text), ruleIds);

    private static string Words(NamespacePattern pattern) => pattern.IsAny ? "any" : pattern.Text.Replace("*", "all", StringComparison.Ordinal).Replace("?", "one", StringComparison.Ordinal);

    private void NotImported(XElement element, string quote, string reason) =>
        notImported.Add(new NotImportedItem($"{element.Annotation<Origin>()?.Display ?? display}:{NsDepCopImporter.Line(element)}", quote, reason));

    /// <summary>Which file an inherited element came from, so its "Not imported" location names that file.</summary>
    private sealed record Origin(string Display);

    private static string Quote(XElement element)
    {
        var text = element.ToString(SaveOptions.DisableFormatting);
        return text.Length <= 400 ? text : string.Concat(text.AsSpan(0, 400), " ...");
    }

    /// <summary>One <c>&lt;Allowed&gt;</c>: its patterns, or why it cannot be translated.</summary>
    private sealed class AllowedEntry
    {
        private AllowedEntry(XElement element, NamespacePattern? from, NamespacePattern? to, string? problem)
        {
            Element = element;
            FromIsGlobal = NamespacePattern.IsGlobal((string?)element.Attribute("From"));
            From = from;
            To = to;
            Problem = problem;
        }

        public XElement Element { get; }

        public NamespacePattern? From { get; }

        /// <summary>From is <c>.</c> or <c>&lt;global namespace&gt;</c>: it matches no named namespace.</summary>
        public bool FromIsGlobal { get; }

        public NamespacePattern? To { get; }

        public string? Problem { get; }

        public static AllowedEntry Read(XElement element)
        {
            var from = NamespacePattern.Parse((string?)element.Attribute("From"), out var fromReason);
            var to = NamespacePattern.Parse((string?)element.Attribute("To"), out var toReason);
            var problem = from is null ? "From: " + fromReason
                : to is null ? "To: " + toReason
                : element.Elements().Any(e => e.Name.LocalName == "VisibleMembers") ? "its VisibleMembers limit the allowed types of the namespace (its surface), which has no TechLead rule"
                : null;
            return new AllowedEntry(element, from, to, problem);
        }
    }
}
