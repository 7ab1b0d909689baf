using System.Text.Json.Nodes;

namespace TechLead.EndToEnd.Lsp;

/// <summary>Parameter objects for the client-to-server messages the tests send.</summary>
internal static class LspMessages
{
    /// <summary>
    /// Declares what an editor like VS Code or Neovim declares for diagnostics, with one deliberate omission:
    /// no <c>textDocument.diagnostic</c> (pull diagnostics), because csharp-ls pushes
    /// <c>publishDiagnostics</c> only to clients that cannot pull. <c>workspace.configuration</c> is what makes
    /// csharp-ls ask for the <c>csharp</c> settings section after <c>initialized</c>.
    /// </summary>
    public static JsonObject InitializeParams(int processId, string rootUri, string rootPath, LspInitializeOptions options) => new()
    {
        ["initializationOptions"] = options.InitializationOptions?.DeepClone(),
        ["processId"] = processId,
        ["clientInfo"] = new JsonObject { ["name"] = "TechLead.EndToEnd", ["version"] = "0.1.0" },
        ["locale"] = "en-US",
        ["rootPath"] = rootPath,
        ["rootUri"] = rootUri,
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "workspace" }),
        ["trace"] = "off",
        ["capabilities"] = new JsonObject
        {
            ["workspace"] = new JsonObject
            {
                ["configuration"] = options.ConfigurationRequests,
                ["workspaceFolders"] = true,
                ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = true },
            },
            ["window"] = new JsonObject { ["workDoneProgress"] = true },
            ["textDocument"] = new JsonObject
            {
                ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false, ["didSave"] = true },
                ["publishDiagnostics"] = new JsonObject
                {
                    ["relatedInformation"] = true,
                    ["versionSupport"] = true,
                    ["codeDescriptionSupport"] = true,
                    ["dataSupport"] = true,
                    ["tagSupport"] = new JsonObject { ["valueSet"] = new JsonArray(1, 2) },
                },
            },
        },
    };

    public static JsonObject DidOpenParams(System.Uri uri, string text, int version) => new()
    {
        ["textDocument"] = new JsonObject
        {
            ["uri"] = uri.AbsoluteUri,
            ["languageId"] = "csharp",
            ["version"] = version,
            ["text"] = text,
        },
    };

    public static JsonObject DidChangeParams(System.Uri uri, string text, int version) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri.AbsoluteUri, ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
    };
}
