namespace TechLead.EndToEnd.DocTests;

/// <summary>
/// A fenced block a page presents as the content of a file, marked <c>&lt;!-- file: path --&gt;</c> just above the
/// fence (readers see only the block; the test writes it to <see cref="Path"/> as it stands).
/// </summary>
internal sealed record DocFileBlock(int Line, string Path, string Content);
