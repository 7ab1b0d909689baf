using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>vocabulary</c>: the ubiquitous language; declared names must not use banned synonyms.</summary>
public sealed class VocabularyRule(RuleHeader header, IReadOnlyList<VocabularyTerm> terms, TypeSelector? @in) : Rule(header)
{
    public IReadOnlyList<VocabularyTerm> Terms { get; } = terms;

    /// <summary>Which types' declarations are checked; null means all.</summary>
    public TypeSelector? In { get; } = @in;

    /// <summary>Matches names against every banned synonym of every term.</summary>
    public VocabularyMatcher Matcher { get; } = new(terms);
}

/// <summary>A preferred word and the synonyms the team agreed not to use.</summary>
public sealed record VocabularyTerm(string Use, IReadOnlyList<string> InsteadOf);
