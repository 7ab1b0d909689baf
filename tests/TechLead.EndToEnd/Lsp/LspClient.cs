using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;

namespace TechLead.EndToEnd.Lsp;

/// <summary>
/// A minimal LSP client over a child process's stdio: JSON-RPC requests correlated by id, notifications queued in a
/// channel, and the server-to-client requests a language server blocks on (configuration, progress, registration)
/// answered so it never stalls. Every wait is bounded.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private const int MaxTranscriptLines = 300;
    private const int MethodNotFound = -32601;

    private readonly Process _process;
    private readonly Stream _input;
    private readonly BufferedStream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<long, PendingRequest> _pending = new();
    private readonly Channel<LspNotification> _notifications = Channel.CreateUnbounded<LspNotification>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly ConcurrentQueue<string> _transcript = new();
    private readonly ConcurrentQueue<string> _serverRequests = new();
    private readonly ConcurrentDictionary<Uri, PublishedDiagnostics> _latestDiagnostics = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly JsonObject _configuration;
    private readonly Task _readLoop;
    private readonly Task _standardErrorPump;
    private long _nextId;

    private LspClient(Process process, JsonObject configuration)
    {
        _process = process;
        _configuration = configuration;
        _input = process.StandardInput.BaseStream;
        _output = new BufferedStream(process.StandardOutput.BaseStream);
        _readLoop = Task.Run(ReadLoopAsync);
        _standardErrorPump = Task.Run(PumpStandardErrorAsync);
    }

    /// <summary>Every server-to-client request method seen so far, in arrival order.</summary>
    public IReadOnlyList<string> ServerRequests => _serverRequests.ToList();

    /// <summary>
    /// Starts the server. <paramref name="configuration"/> is the client's settings tree, answered section by section to
    /// <c>workspace/configuration</c> (e.g. <c>{"csharp": {"analyzersEnabled": true}}</c>).
    /// </summary>
    public static LspClient Start(ProcessSpec server, JsonObject configuration)
    {
        var process = new Process { StartInfo = ProcessRunner.CreateStartInfo(server, redirectStandardInput: true) };
        if (!process.Start())
        {
            throw new InvalidOperationException($"'{server.CommandLine}' did not start.");
        }

        return new LspClient(process, configuration);
    }

    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = new PendingRequest(method);
        _pending[id] = pending;
        try
        {
            await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }, cancellationToken).ConfigureAwait(false);
            return await pending.Completion.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(Explain($"'{method}' got no response within {timeout.TotalSeconds:F0}s."));
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters, CancellationToken cancellationToken = default) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }, cancellationToken);

    /// <summary>Sends <c>initialize</c> for one workspace folder, then <c>initialized</c>; returns the server's capabilities.</summary>
    public Task<JsonElement> InitializeAsync(string rootDirectory, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        InitializeAsync(rootDirectory, LspInitializeOptions.Default, timeout, cancellationToken);

    /// <inheritdoc cref="InitializeAsync(string, TimeSpan, CancellationToken)"/>
    public async Task<JsonElement> InitializeAsync(string rootDirectory, LspInitializeOptions options, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var rootUri = new Uri(Path.TrimEndingDirectorySeparator(rootDirectory)).AbsoluteUri;
        var parameters = LspMessages.InitializeParams(Environment.ProcessId, rootUri, rootDirectory, options);
        var result = await RequestAsync("initialize", parameters, timeout, cancellationToken).ConfigureAwait(false);
        await NotifyAsync("initialized", new JsonObject(), cancellationToken).ConfigureAwait(false);
        return result.GetProperty("capabilities");
    }

    public Task DidOpenAsync(string path, string text, int version = 1, CancellationToken cancellationToken = default) =>
        NotifyAsync("textDocument/didOpen", LspMessages.DidOpenParams(ToUri(path), text, version), cancellationToken);

    /// <summary>Replaces the whole document text (a content change without a range).</summary>
    public Task DidChangeAsync(string path, string text, int version, CancellationToken cancellationToken = default) =>
        NotifyAsync("textDocument/didChange", LspMessages.DidChangeParams(ToUri(path), text, version), cancellationToken);

    /// <summary>Pushes settings (the full tree, as VS Code does) via <c>workspace/didChangeConfiguration</c>.</summary>
    public Task DidChangeConfigurationAsync(JsonObject settings, CancellationToken cancellationToken = default) =>
        NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = settings }, cancellationToken);

    /// <summary>
    /// Waits for the next <c>textDocument/publishDiagnostics</c> for <paramref name="path"/> that satisfies
    /// <paramref name="predicate"/>. Notifications read while waiting are consumed.
    /// </summary>
    public async Task<PublishedDiagnostics> WaitForDiagnosticsAsync(string path, Func<PublishedDiagnostics, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var uri = ToUri(path);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var notification = await _notifications.Reader.ReadAsync(timeoutSource.Token).ConfigureAwait(false);
                if (notification.Method != "textDocument/publishDiagnostics")
                {
                    continue;
                }

                var published = PublishedDiagnostics.Parse(notification.Parameters);
                if (published.Uri == uri && predicate(published))
                {
                    return published;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var last = _latestDiagnostics.TryGetValue(uri, out var latest) ? latest.ToString() : "none";
            throw new TimeoutException(Explain($"No matching diagnostics for {uri} within {timeout.TotalSeconds:F0}s. Last published: {last}"));
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException(Explain($"The server closed its output while we waited for diagnostics for {uri}."));
        }
    }

    /// <summary>Polite stop: <c>shutdown</c>, <c>exit</c>, then waits for the process; returns its exit code.</summary>
    public async Task<int> ShutdownAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await RequestAsync("shutdown", null, timeout, cancellationToken).ConfigureAwait(false);
        await NotifyAsync("exit", null, cancellationToken).ConfigureAwait(false);
        try
        {
            await _process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(Explain($"The server did not exit within {timeout.TotalSeconds:F0}s of 'exit'."));
        }

        return _process.ExitCode;
    }

    /// <summary>The last lines of stderr, log messages and protocol events, for failure messages.</summary>
    public string Transcript => string.Join(Environment.NewLine, _transcript);

    public async ValueTask DisposeAsync()
    {
        ProcessRunner.KillTree(_process);
        await _lifetime.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_readLoop, _standardErrorPump).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A pump stuck on a pipe held open by an orphan must not hang the test run.
        }

        _process.Dispose();
        _lifetime.Dispose();
        _writeLock.Dispose();
    }

    private static Uri ToUri(string path) => new(Path.GetFullPath(path));

    private string Explain(string headline) => $"{headline}{Environment.NewLine}--- server transcript (tail) ---{Environment.NewLine}{Transcript}";

    private async Task WriteAsync(JsonObject message, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await LspFraming.WriteAsync(_input, message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                using var document = await LspFraming.ReadAsync(_output, _lifetime.Token).ConfigureAwait(false);
                if (document is null)
                {
                    Record("<server closed stdout>");
                    break;
                }

                await DispatchAsync(document.RootElement).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or JsonException or ObjectDisposedException)
        {
            Record($"<read loop stopped: {exception.Message}>");
        }
        finally
        {
            _notifications.Writer.TryComplete();
            foreach (var pending in _pending.Values)
            {
                pending.Completion.TrySetException(new InvalidOperationException(Explain($"The server stopped before answering '{pending.Method}'.")));
            }
        }
    }

    private async Task DispatchAsync(JsonElement message)
    {
        var hasMethod = message.TryGetProperty("method", out var methodElement);
        var hasId = message.TryGetProperty("id", out var id);
        var parameters = message.TryGetProperty("params", out var p) ? p.Clone() : default;

        if (hasMethod && hasId)
        {
            var method = methodElement.GetString()!;
            _serverRequests.Enqueue(method);
            Record($"<- request {method}");
            await AnswerServerRequestAsync(id.Clone(), method, parameters).ConfigureAwait(false);
        }
        else if (hasMethod)
        {
            var method = methodElement.GetString()!;
            RecordNotification(method, parameters);
            _notifications.Writer.TryWrite(new LspNotification(method, parameters));
        }
        else if (hasId && id.ValueKind == JsonValueKind.Number && _pending.TryGetValue(id.GetInt64(), out var pending))
        {
            if (message.TryGetProperty("error", out var error))
            {
                pending.Completion.TrySetException(new LspResponseException(
                    pending.Method, error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString() ?? string.Empty));
            }
            else
            {
                pending.Completion.TrySetResult(message.TryGetProperty("result", out var result) ? result.Clone() : default);
            }
        }
    }

    private async Task AnswerServerRequestAsync(JsonElement id, string method, JsonElement parameters)
    {
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()) };
        switch (method)
        {
            case "workspace/configuration":
                response["result"] = AnswerConfiguration(parameters);
                break;
            case "window/workDoneProgress/create":
            case "client/registerCapability":
            case "client/unregisterCapability":
            case "window/showMessageRequest":
            case "workspace/diagnostic/refresh":
            case "workspace/semanticTokens/refresh":
            case "workspace/inlayHint/refresh":
            case "workspace/codeLens/refresh":
                response["result"] = null;
                break;
            default:
                response["error"] = new JsonObject { ["code"] = MethodNotFound, ["message"] = $"The test client does not handle '{method}'." };
                break;
        }

        await WriteAsync(response, _lifetime.Token).ConfigureAwait(false);
    }

    /// <summary>One answer per requested item: the settings subtree at its dotted <c>section</c>, or null.</summary>
    private JsonArray AnswerConfiguration(JsonElement parameters)
    {
        var answers = new JsonArray();
        foreach (var item in parameters.GetProperty("items").EnumerateArray())
        {
            JsonNode? node = _configuration;
            if (item.TryGetProperty("section", out var section) && section.GetString() is { Length: > 0 } path)
            {
                foreach (var key in path.Split('.'))
                {
                    node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var child) ? child : null;
                }
            }

            Record($"   answered {item.GetRawText()} with {node?.ToJsonString() ?? "null"}");
            answers.Add(node?.DeepClone());
        }

        return answers;
    }

    private void RecordNotification(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "window/logMessage" or "window/showMessage":
                Record($"<- {method}: {parameters.GetProperty("message").GetString()}");
                break;
            case "textDocument/publishDiagnostics":
                var published = PublishedDiagnostics.Parse(parameters);
                _latestDiagnostics[published.Uri] = published;
                Record($"<- publishDiagnostics {published}");
                break;
            default:
                Record($"<- {method}");
                break;
        }
    }

    private async Task PumpStandardErrorAsync()
    {
        try
        {
            while (await _process.StandardError.ReadLineAsync(_lifetime.Token).ConfigureAwait(false) is { } line)
            {
                Record($"stderr: {line}");
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    }

    private void Record(string line)
    {
        _transcript.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
        while (_transcript.Count > MaxTranscriptLines && _transcript.TryDequeue(out _))
        {
        }
    }

    private sealed record PendingRequest(string Method)
    {
        public TaskCompletionSource<JsonElement> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
