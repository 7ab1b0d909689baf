using System;
using TechLead.Rules.Selectors;

namespace TechLead.Cli.Inferring;

/// <summary>Namespace arithmetic on dotted names.</summary>
internal static class Namespaces
{
    /// <summary>The segment right below <paramref name="prefix"/> on the way to <paramref name="ns"/>; null when ns is not below it.</summary>
    public static string? ChildOf(string ns, string prefix)
    {
        if (ns == prefix || !DottedName.IsAtOrUnder(ns, prefix))
        {
            return null;
        }

        var rest = prefix.Length == 0 ? ns : ns.Substring(prefix.Length + 1);
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest.Substring(0, dot);
    }

    public static string Join(string prefix, string child) => prefix.Length == 0 ? child : prefix + "." + child;

    /// <summary>The last segment: <c>Api</c> of <c>Shop.Api</c>.</summary>
    public static string LastSegment(string ns)
    {
        var dot = ns.LastIndexOf('.');
        return dot < 0 ? ns : ns.Substring(dot + 1);
    }

    /// <summary>The longest namespace that all of <paramref name="namespaces"/> are at or below; empty when none.</summary>
    public static string CommonPrefix(System.Collections.Generic.IReadOnlyList<string> namespaces)
    {
        if (namespaces.Count == 0)
        {
            return string.Empty;
        }

        var common = namespaces[0].Split('.');
        var length = common.Length;
        foreach (var ns in namespaces)
        {
            var parts = ns.Split('.');
            var shared = 0;
            while (shared < length && shared < parts.Length && parts[shared] == common[shared])
            {
                shared++;
            }

            length = shared;
        }

        return string.Join('.', common, 0, length);
    }
}
