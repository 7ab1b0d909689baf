using TechLead.Rules.Model;

namespace TechLead.Rules.Diagrams;

/// <summary>A line of a diagram block TechLead cannot read, and what it reads instead.</summary>
internal readonly record struct DiagramProblem(SourceSpan Span, string Message);
