using TechLead.Rules.Members;

namespace TechLead.Cli.Inferring;

/// <summary>One member declared in the solution, as a <c>members</c> rule selects it: the facts a member convention can rest on.</summary>
internal sealed record MemberFact(string DeclaringType, string Name, MemberKind Kind, MemberVisibility Visibility, bool IsStatic, bool IsAsync, bool ReturnsBool);
