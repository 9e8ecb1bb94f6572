using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Deescalation.Cli;

namespace Deescalation.Samples.Tests.CannedResponsesCi;

/// <summary>
/// Runs `deesc` in-process inside samples/CannedResponsesCi, as the workflow does from the root of its repository,
/// so the sample's own .deescalation.json is the one discovered.
/// </summary>
internal static class CannedResponsesSample
{
    public static string Folder { get; } = RepositoryPaths.Combine("samples", "CannedResponsesCi");

    public static async Task<CliOutput> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, new StringReader(string.Empty), stdout, stderr, Folder);
        return new CliOutput(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>`deesc check --format json responses` plus any extra options, parsed.</summary>
    public static async Task<CheckReport> CheckJsonAsync(params string[] extraArgs)
    {
        var output = await RunAsync(["check", "--format", "json", .. extraArgs, "responses"]);
        using var document = JsonDocument.Parse(output.Stdout);
        var replies = new List<ReportedReply>();
        foreach (var reply in document.RootElement.GetProperty("replies").EnumerateArray())
        {
            var findings = new List<Finding>();
            foreach (var d in reply.GetProperty("diagnostics").EnumerateArray())
            {
                var fixes = new List<string>();
                foreach (var fix in d.GetProperty("fixes").EnumerateArray())
                {
                    foreach (var edit in fix.GetProperty("edits").EnumerateArray())
                    {
                        fixes.Add(edit.GetProperty("newText").GetString()!);
                    }
                }

                findings.Add(new Finding(
                    d.GetProperty("id").GetString()!,
                    d.GetProperty("category").GetString()!,
                    d.GetProperty("severity").GetString()!,
                    d.GetProperty("start").GetInt32(),
                    d.GetProperty("length").GetInt32(),
                    d.GetProperty("line").GetInt32(),
                    d.GetProperty("column").GetInt32(),
                    d.GetProperty("endLine").GetInt32(),
                    d.GetProperty("endColumn").GetInt32(),
                    d.GetProperty("message").GetString()!,
                    fixes));
            }

            replies.Add(new ReportedReply(reply.GetProperty("file").GetString()!, reply.GetProperty("id").GetString()!, findings));
        }

        return new CheckReport(output, replies, document.RootElement.GetProperty("summary").Clone());
    }

    /// <summary>The text a 1-based, UTF-16 line/column range covers in a file of the sample (lines joined with \n).</summary>
    public static string TextAt(string file, int line, int column, int endLine, int endColumn)
    {
        var lines = File.ReadAllText(Path.Combine(Folder, file)).ReplaceLineEndings("\n").Split('\n');
        if (line == endLine)
        {
            return lines[line - 1][(column - 1)..(endColumn - 1)];
        }

        var parts = new List<string> { lines[line - 1][(column - 1)..] };
        for (var i = line; i < endLine - 1; i++)
        {
            parts.Add(lines[i]);
        }

        parts.Add(lines[endLine - 1][..(endColumn - 1)]);
        return string.Join('\n', parts);
    }
}

internal sealed record CliOutput(int ExitCode, string Stdout, string Stderr);

internal sealed record Finding(
    string RuleId,
    string Category,
    string Severity,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Message,
    IReadOnlyList<string> FixTexts)
{
    /// <summary>Whether the finding fails `deesc check` at the default `--fail-on warning`.</summary>
    public bool FailsTheRun => Severity is "warning" or "error";
}

internal sealed record ReportedReply(string File, string Id, IReadOnlyList<Finding> Findings)
{
    public string Key => File + "#" + Id;

    public bool Fails => Findings.Any(f => f.FailsTheRun);
}

internal sealed record CheckReport(CliOutput Output, IReadOnlyList<ReportedReply> Replies, JsonElement Summary)
{
    public ReportedReply Reply(string file, string id) =>
        Replies.SingleOrDefault(r => r.File == file && r.Id == id)
        ?? throw new InvalidOperationException($"{file}#{id} is not in the report:\n{Output.Stdout}");
}
