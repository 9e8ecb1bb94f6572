using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Deescalation.Tests.Corpus;

/// <summary>
/// The project's own labelled replies (Corpus/*.jsonl, written for this project): per reply the categories a
/// careful reviewer expects, and the phrase that carries each.
/// </summary>
public sealed record LabelledReply(string Id, string Text, string? CustomerMessage, IReadOnlyList<string> Expect, IReadOnlyDictionary<string, string> Triggers)
{
    private static readonly Lazy<IReadOnlyList<LabelledReply>> All = new(Load);

    public static IReadOnlyList<LabelledReply> Corpus => All.Value;

    public ReplyContext? Context => CustomerMessage is null ? null : new ReplyContext { CustomerMessage = CustomerMessage };

    public override string ToString() => Id;

    private static IReadOnlyList<LabelledReply> Load()
    {
        var replies = new List<LabelledReply>();
        var lines = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl"))
        {
            lines.AddRange(File.ReadLines(path));
        }

        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var expect = new List<string>();
            foreach (var category in root.GetProperty("expect").EnumerateArray())
            {
                expect.Add(category.GetString()!);
            }

            var triggers = new Dictionary<string, string>();
            if (root.TryGetProperty("triggers", out var triggerObject))
            {
                foreach (var trigger in triggerObject.EnumerateObject())
                {
                    triggers[trigger.Name] = trigger.Value.GetString()!;
                }
            }

            replies.Add(new LabelledReply(
                root.GetProperty("id").GetString()!,
                root.GetProperty("text").GetString()!,
                root.TryGetProperty("customerMessage", out var customer) ? customer.GetString() : null,
                expect,
                triggers));
        }

        return replies;
    }
}
