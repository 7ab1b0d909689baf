using System.Collections.Generic;

namespace TechLead.Rules.Ownership;

/// <summary>One pattern line of a CODEOWNERS file.</summary>
/// <param name="Pattern">The compiled path pattern.</param>
/// <param name="Owners">Its owners as written (<c>@user</c>, <c>@org/team</c>, an email); a GitLab section's default owners when the line names none; empty means "no owner".</param>
/// <param name="Line">The one-based line number.</param>
/// <param name="Section">The GitLab section it is in, or null before any section header.</param>
public sealed record CodeOwnersEntry(CodeOwnersPattern Pattern, IReadOnlyList<string> Owners, int Line, string? Section);
