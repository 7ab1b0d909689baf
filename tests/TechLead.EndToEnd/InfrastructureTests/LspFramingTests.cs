using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Lsp;

namespace TechLead.EndToEnd.InfrastructureTests;

public sealed class LspFramingTests
{
    [Fact]
    public async Task Writes_a_content_length_header_then_the_json_body()
    {
        using var stream = new MemoryStream();

        await LspFraming.WriteAsync(stream, new JsonObject { ["id"] = 1 }, CancellationToken.None);

        Assert.Equal("Content-Length: 8\r\n\r\n{\"id\":1}", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task Reads_consecutive_messages_counting_bytes_not_characters_and_ignoring_other_headers()
    {
        const string first = "{\"m\":\"Kėdainiai\"}";
        const string second = "{\"id\":2}";
        var wire = $"Content-Length: {Encoding.UTF8.GetByteCount(first)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{first}"
            + $"content-length:{Encoding.UTF8.GetByteCount(second)}\r\n\r\n{second}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(wire));

        using var one = await LspFraming.ReadAsync(stream, CancellationToken.None);
        using var two = await LspFraming.ReadAsync(stream, CancellationToken.None);
        using var end = await LspFraming.ReadAsync(stream, CancellationToken.None);

        Assert.Equal("Kėdainiai", one!.RootElement.GetProperty("m").GetString());
        Assert.Equal(2, two!.RootElement.GetProperty("id").GetInt32());
        Assert.Null(end);
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_body_is_an_error()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Content-Length: 20\r\n\r\n{\"id\":"));

        await Assert.ThrowsAsync<EndOfStreamException>(() => LspFraming.ReadAsync(stream, CancellationToken.None));
    }

    [Fact]
    public async Task A_message_without_content_length_is_rejected()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Content-Type: x\r\n\r\n{}"));

        await Assert.ThrowsAsync<InvalidDataException>(() => LspFraming.ReadAsync(stream, CancellationToken.None));
    }
}
