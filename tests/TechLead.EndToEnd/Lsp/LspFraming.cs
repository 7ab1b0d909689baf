using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace TechLead.EndToEnd.Lsp;

/// <summary>The LSP base protocol: <c>Content-Length</c> headers, a blank line, then that many bytes of UTF-8 JSON.</summary>
internal static class LspFraming
{
    private const int MaxHeaderLineLength = 1024;

    public static async Task WriteAsync(Stream output, JsonNode message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one message; <c>null</c> when the stream ended cleanly before a new message began.</summary>
    public static async Task<JsonDocument?> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        int? contentLength = null;
        var sawAnyHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(input, cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return sawAnyHeader ? throw new EndOfStreamException("The stream ended inside LSP headers.") : null;
            }

            if (line.Length == 0)
            {
                break;
            }

            sawAnyHeader = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        if (contentLength is not { } length)
        {
            throw new InvalidDataException("An LSP message had no Content-Length header.");
        }

        var body = new byte[length];
        await input.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        return JsonDocument.Parse(body);
    }

    private static async Task<string?> ReadHeaderLineAsync(Stream input, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var single = new byte[1];
        while (true)
        {
            if (await input.ReadAsync(single, cancellationToken).ConfigureAwait(false) == 0)
            {
                return line.Length == 0 ? null : throw new EndOfStreamException("The stream ended inside an LSP header line.");
            }

            var character = (char)single[0];
            if (character == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length >= MaxHeaderLineLength)
            {
                throw new InvalidDataException("An LSP header line is too long; the stream is not speaking the LSP base protocol.");
            }

            line.Append(character);
        }
    }
}
