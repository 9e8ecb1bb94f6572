using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Deescalation.Cli.Tests;

/// <summary>A scratch folder with files, and the CLI run in-process against it.</summary>
internal sealed class Workspace : IDisposable
{
    public const string PhraseConfig = """
        {
          "customRules": [
            { "id": "TEST001", "phrase": "per our records", "category": "deflection", "message": "Say what you checked.", "replacement": "I checked and" },
            { "id": "TEST002", "phrase": "kindly note", "category": "dismissive", "message": "Drop the lecture.", "severity": "error" },
            { "id": "TEST003", "phrase": "per the ticket", "category": "deflection", "message": "No replay of old messages.", "severity": "info" }
          ]
        }
        """;

    public Workspace(bool withPhraseConfig = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "deesc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (withPhraseConfig)
        {
            Write(".deescalation.json", PhraseConfig);
        }
    }

    public string Root { get; }

    public string Write(string relative, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relative, byte[] content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(Path.Combine(Root, relative));

    public async Task<CliResult> RunWithStdinAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(stdin), stdout, stderr, Root);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithStdinAsync(string.Empty, args);

    /// <summary>Runs with standard input as raw bytes, as the real process reads it.</summary>
    public async Task<CliResult> RunWithStdinBytesAsync(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new CliEnvironment(new StringReader(string.Empty), stdout, stderr, Root, openStdin: () => new MemoryStream(stdin, writable: false));
        var code = await CliApp.RunAsync(args, environment, System.Threading.CancellationToken.None);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs as on a terminal (or not), with these environment variables.</summary>
    public async Task<CliResult> RunWithEnvironmentAsync(bool terminal, System.Collections.Generic.IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new CliEnvironment(new StringReader(string.Empty), stdout, stderr, Root, stdoutIsTerminal: terminal, variables: name => variables.TryGetValue(name, out var value) ? value : null);
        var code = await CliApp.RunAsync(args, environment, System.Threading.CancellationToken.None);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }

    public JsonElement Reply(string id)
    {
        foreach (var reply in Json().GetProperty("replies").EnumerateArray())
        {
            if (reply.GetProperty("id").GetString() == id)
            {
                return reply;
            }
        }

        throw new InvalidOperationException($"reply {id} not in the report: {Stdout}");
    }

    public static string[] Ids(JsonElement reply)
    {
        var diagnostics = reply.GetProperty("diagnostics");
        var ids = new string[diagnostics.GetArrayLength()];
        var i = 0;
        foreach (var d in diagnostics.EnumerateArray())
        {
            ids[i++] = d.GetProperty("id").GetString()!;
        }

        return ids;
    }
}
