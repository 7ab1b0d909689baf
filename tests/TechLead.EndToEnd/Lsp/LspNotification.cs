using System.Text.Json;

namespace TechLead.EndToEnd.Lsp;

/// <summary>A server-to-client notification; <see cref="Parameters"/> is detached from its document.</summary>
internal sealed record LspNotification(string Method, JsonElement Parameters);
