using System;

namespace TechLead.EndToEnd.Lsp;

/// <summary>The server answered a request with a JSON-RPC error.</summary>
internal sealed class LspResponseException : Exception
{
    public LspResponseException(string method, int code, string message)
        : base($"'{method}' failed with JSON-RPC error {code}: {message}")
    {
        Code = code;
    }

    public LspResponseException()
    {
    }

    public LspResponseException(string message)
        : base(message)
    {
    }

    public LspResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Code { get; }
}
