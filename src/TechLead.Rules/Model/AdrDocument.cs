using System.Collections.Generic;

namespace TechLead.Rules.Model;

/// <summary>One parsed ADR file: its front matter and the rules that parsed cleanly.</summary>
public sealed class AdrDocument
{
    internal AdrDocument(string path, AdrFrontMatter frontMatter, IReadOnlyList<Rule> rules, bool hasRulesSection)
    {
        Path = path;
        FrontMatter = frontMatter;
        Rules = rules;
        HasRulesSection = hasRulesSection;
        foreach (var rule in rules)
        {
            rule.Adr = this;
        }
    }

    /// <summary>The path the file was loaded under (as given by the caller).</summary>
    public string Path { get; }

    public AdrFrontMatter FrontMatter { get; }

    public string Id => FrontMatter.Id;

    public string Title => FrontMatter.Title;

    public AdrStatus Status => FrontMatter.Status;

    /// <summary>Valid rules from the front matter and every <c>```techlead</c> block, in file order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>False for a prose-only ADR (no <c>rules:</c> and no techlead block).</summary>
    public bool HasRulesSection { get; }

    /// <summary>An accepted ADR that enforces nothing (no rules, no manual enforcement): reports call it unenforced.</summary>
    public bool IsUnenforced => Status == AdrStatus.Accepted && !HasRulesSection && FrontMatter.ManualEnforcement is null;

    public override string ToString() => Id;
}
