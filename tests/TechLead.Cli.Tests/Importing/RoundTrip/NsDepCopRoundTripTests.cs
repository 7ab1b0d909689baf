using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TechLead.Cli.Tests.Importing.RoundTrip;

/// <summary>
/// The Platform fixture (a modular monolith: Orders and Billing modules, a shared kernel) with its config.nsdepcop,
/// imported and built with TechLead. NsDepCop is not on the package registry here, so the original side is an
/// independent reading of NsDepCop's documented semantics (<see cref="NsDepCopReading"/>) applied to the
/// dependencies the fixture marks on each line (<c>// -> Namespace</c>): TechLead must flag exactly the marked lines
/// that reading disallows, and no other line.
/// </summary>
[Collection(ImportRoundTripGroup.Name)]
public sealed class NsDepCopRoundTripTests(ImportRoundTripBuild build)
{
    private const string ProjectDirectory = "src/Acme.Platform";
    private static readonly Regex Marker = new(@"-> (?<to>[A-Za-z_][A-Za-z0-9_.]*)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex NamespaceDeclaration = new(@"^\s*namespace (?<name>[A-Za-z0-9_.]+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [Fact]
    public void TechLead_flags_exactly_the_dependencies_NsDepCop_disallows()
    {
        var reading = NsDepCopReading.Load(Path.Combine(build.Platform.Root, ProjectDirectory, "config.nsdepcop"));
        var marked = MarkedDependencies();
        var expected = marked.Where(d => !reading.IsAllowed(d.From, d.To)).Select(d => (d.File, d.Line)).ToHashSet();
        var flagged = build.Platform.Findings.Where(f => f.Id is "TL0002" or "TL0003").Select(f => (f.File, f.Line)).ToHashSet();

        Assert.True(expected.Count >= 6 && marked.Count - expected.Count >= 6, "the fixture should plant both kinds of dependency");
        Assert.True(expected.SetEquals(flagged), Describe(expected, flagged));
        Assert.DoesNotContain(build.Platform.Findings, f => f.Id.StartsWith("TL9", StringComparison.Ordinal));
    }

    [Fact]
    public void The_forbid_rules_flag_what_Disallowed_overrides()
    {
        var forbidden = build.Platform.Findings.Where(f => f.Id == "TL0002").Select(f => f.Message).ToList();

        Assert.Contains(forbidden, m => m.Contains("'System.Net.Http.HttpClient'", StringComparison.Ordinal) && m.Contains("rule disallowed-acme-platform-modules-billing-all-to-system-net-http-all", StringComparison.Ordinal));
        Assert.Contains(forbidden, m => m.Contains("'Acme.Platform.Modules.Orders.Api.OrdersEndpoint' must not depend on 'Acme.Platform.Modules.Orders.Domain.Order'", StringComparison.Ordinal));
        Assert.Contains("<- NsDepCop src/Acme.Platform/config.nsdepcop: 10 imported, 1 not imported", build.Platform.ImportOutput, StringComparison.Ordinal);
    }

    private List<(string File, int Line, string From, string To)> MarkedDependencies()
    {
        var dependencies = new List<(string File, int Line, string From, string To)>();
        foreach (var path in Directory.GetFiles(Path.Combine(build.Platform.Root, ProjectDirectory), "*.cs"))
        {
            var file = ProjectDirectory + "/" + Path.GetFileName(path);
            var current = string.Empty;
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (NamespaceDeclaration.Match(lines[i]) is { Success: true } declaration)
                {
                    current = declaration.Groups["name"].Value;
                }

                var comment = lines[i].IndexOf("//", StringComparison.Ordinal);
                if (comment < 0)
                {
                    continue;
                }

                foreach (Match marker in Marker.Matches(lines[i].Substring(comment)))
                {
                    dependencies.Add((file, i + 1, current, marker.Groups["to"].Value));
                }
            }
        }

        return dependencies;
    }

    private string Describe(HashSet<(string File, int Line)> expected, HashSet<(string File, int Line)> flagged) =>
        $"NsDepCop's reading disallows {string.Join(", ", expected.Except(flagged))} but TechLead does not flag them; TechLead flags {string.Join(", ", flagged.Except(expected))} which NsDepCop's reading allows\n" +
        string.Join("\n", build.Platform.Findings.Select(f => $"  {f.Id} {f.File}:{f.Line} {f.Message}")) + "\n" + string.Join("\n", build.Platform.Adrs);

    /// <summary>
    /// NsDepCop's documented rules (doc/Help.md), written here from the documentation and not from the importer:
    /// a namespace may use itself; a matching Disallowed entry forbids; ChildCanDependOnParentImplicitly allows the
    /// parents; otherwise a matching Allowed entry is needed. Patterns: '*' any, 'A.*' A and below, 'A' exactly A.
    /// </summary>
    private sealed class NsDepCopReading
    {
        private readonly List<(string From, string To)> allowed = [];
        private readonly List<(string From, string To)> disallowed = [];
        private bool childCanDependOnParent;

        public static NsDepCopReading Load(string path)
        {
            var root = XDocument.Load(path).Root!;
            var reading = new NsDepCopReading { childCanDependOnParent = (string?)root.Attribute("ChildCanDependOnParentImplicitly") == "true" };
            foreach (var element in root.Elements())
            {
                var rule = ((string)element.Attribute("From")!, (string)element.Attribute("To")!);
                (element.Name.LocalName == "Allowed" ? reading.allowed : reading.disallowed).Add(rule);
            }

            return reading;
        }

        public bool IsAllowed(string from, string to)
        {
            if (from == to)
            {
                return true;
            }

            if (disallowed.Any(r => Matches(r.From, from) && Matches(r.To, to)))
            {
                return false;
            }

            if (childCanDependOnParent && from.StartsWith(to + ".", StringComparison.Ordinal))
            {
                return true;
            }

            return allowed.Any(r => Matches(r.From, from) && Matches(r.To, to));
        }

        private static bool Matches(string pattern, string name) =>
            pattern == "*"
            || (pattern.EndsWith(".*", StringComparison.Ordinal) && (name == pattern[..^2] || name.StartsWith(pattern[..^1], StringComparison.Ordinal)))
            || pattern == name;
    }
}
