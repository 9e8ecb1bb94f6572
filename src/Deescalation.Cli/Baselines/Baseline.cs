using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Deescalation.Cli.Analysis;
using Deescalation.Cli.Inputs;
using Deescalation.Cli.Output;

namespace Deescalation.Cli.Baselines;

/// <summary>
/// Today's accepted findings, keyed by file, reply id, rule id and a hash of the flagged text (not by position, so edits
/// elsewhere in the reply keep an entry matched). `check --baseline` reports only findings not in it.
/// </summary>
internal sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly Dictionary<Key, int> _remaining = new();

    public int Count { get; private set; }

    public void Add(string file, string replyId, string ruleId, string hash)
    {
        var key = new Key(file, replyId, ruleId, hash);
        _remaining[key] = _remaining.TryGetValue(key, out var count) ? count + 1 : 1;
        Count++;
    }

    /// <summary>Consumes a matching entry; true when the finding is known and should not be reported.</summary>
    public bool TryConsume(string file, string replyId, Finding finding)
    {
        var key = new Key(file, replyId, finding.Diagnostic.Id, finding.TextHash);
        if (_remaining.TryGetValue(key, out var count) && count > 0)
        {
            _remaining[key] = count - 1;
            return true;
        }

        return false;
    }

    public static Baseline Load(string path)
    {
        LoadedText loaded;
        try
        {
            loaded = LoadedText.Read(path);
        }
        catch (InputException e)
        {
            throw new InputException("baseline: " + e.Message, e.Line);
        }

        var baseline = new Baseline();
        try
        {
            using var document = JsonDocument.Parse(loaded.Text);
            if (!document.RootElement.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new InputException("not a deesc baseline: no \"entries\" array", 1);
            }

            foreach (var entry in entries.EnumerateArray())
            {
                baseline.Add(Text(entry, "file"), Text(entry, "id"), Text(entry, "rule"), Text(entry, "hash"));
            }
        }
        catch (JsonException e)
        {
            throw new InputException("invalid baseline JSON: " + JsonReplyReader.CleanMessage(e.Message), (int)(e.LineNumber ?? 0) + 1);
        }

        return baseline;
    }

    private static string Text(JsonElement entry, string name)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw new InputException($"a baseline entry has no string \"{name}\"");
        }

        return value.GetString()!;
    }

    private readonly record struct Key(string File, string ReplyId, string RuleId, string Hash);
}

/// <summary>Collects findings and writes them as a baseline document.</summary>
internal sealed class BaselineWriter : Reporter
{
    private readonly TextWriter _stdout;
    private readonly List<(string File, string Id, string Rule, string Hash, string Text)> _entries = new();

    public BaselineWriter(TextWriter stdout) => _stdout = stdout;

    public override void OnReply(ReplyResult result)
    {
        foreach (var finding in result.Findings)
        {
            var span = finding.Diagnostic.Span;
            var text = result.Reply.Text;
            var start = Math.Min(span.Start, text.Length);
            var flagged = text.Substring(start, Math.Min(span.Length, text.Length - start));
            _entries.Add((result.Reply.File.DisplayPath, result.Reply.Id, finding.Diagnostic.Id, finding.TextHash, flagged));
        }
    }

    public override void Complete(RunSummary summary)
    {
        _entries.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.File, b.File);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Id, b.Id);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Rule, b.Rule);
            }

            return c == 0 ? string.CompareOrdinal(a.Hash, b.Hash) : c;
        });
        using var output = new JsonOutput(_stdout, indented: true);
        var w = output.Writer;
        w.WriteStartObject();
        w.WriteNumber("version", Baseline.FormatVersion);
        w.WriteString("tool", "deesc");
        w.WriteStartArray("entries");
        foreach (var entry in _entries)
        {
            w.WriteStartObject();
            w.WriteString("file", entry.File);
            w.WriteString("id", entry.Id);
            w.WriteString("rule", entry.Rule);
            w.WriteString("hash", entry.Hash);
            w.WriteString("text", entry.Text);
            w.WriteEndObject();
            output.MaybeFlush();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        output.Dispose();
        _stdout.WriteLine();
        _stdout.Flush();
    }
}
