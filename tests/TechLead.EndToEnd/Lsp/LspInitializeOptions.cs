using System.Text.Json.Nodes;

namespace TechLead.EndToEnd.Lsp;

/// <summary>What the client declares in <c>initialize</c> beyond the fixed editor-like capabilities.</summary>
/// <param name="ConfigurationRequests">The <c>workspace.configuration</c> capability: whether the server may ask for settings.</param>
/// <param name="InitializationOptions">Sent as <c>initializationOptions</c>; <c>null</c> omits them.</param>
internal sealed record LspInitializeOptions(bool ConfigurationRequests, JsonObject? InitializationOptions)
{
    public static LspInitializeOptions Default { get; } = new(ConfigurationRequests: true, InitializationOptions: null);
}
