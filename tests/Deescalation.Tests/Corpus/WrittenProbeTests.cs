using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Corpus;

/// <summary>
/// The chat and social-platform probes in <c>eval/written</c> (written and labelled for the project by readers who had not
/// seen the rules): a clean reply gets no finding, a risky one at least its risk. What is still read wrong is listed and
/// held to it, so a fix shows and the entry is removed.
/// </summary>
public class WrittenProbeTests
{
    private static readonly HashSet<string> KnownWrong = new(StringComparer.Ordinal)
    {
        // A friendly "No problem!!" (shouting by categories.md's letter), six unranked things to try written inline, "the
        // restaurant's responsibility" as a hand-off, a worried customer asking "is this fraud??", a flat "No, it didn't.".
        "chat-018", "chat-028", "chat-029", "chat-094", "chat-097",

        // Today's anger in wording no rule knows yet ("unplayable fr", "thanks a lot" after a lost download, "amazing.
        // truly.", "again.", "mid quality too. returning.", "not me refreshing for 45 min 💀", "y'all hate anyone above a
        // medium", "the audacity" alone), "you'll get used to it" and "This happens when you reuse passwords" to a customer
        // the signal does not weigh as upset.
        "soc-007", "soc-009", "soc-013", "soc-023", "soc-026", "soc-036", "soc-043", "soc-052", "soc-059", "soc-084",
    };

    /// <summary>Each reply of both sets, read once: id, customer's message, reply, expected categories.</summary>
    public static TheoryData<string, string?, string, string[]> Items()
    {
        var data = new TheoryData<string, string?, string, string[]>();
        foreach (var set in new[] { "chat1", "social1" })
        {
            foreach (var line in File.ReadLines(RepositoryPaths.Combine("eval", "written", set + ".jsonl")))
            {
                using var item = JsonDocument.Parse(line);
                var root = item.RootElement;
                data.Add(
                    root.GetProperty("id").GetString()!,
                    root.GetProperty("customerMessage").GetString(),
                    root.GetProperty("text").GetString()!,
                    root.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Each_reply_reads_as_its_writer_labelled_it(string id, string? customer, string text, string[] expect)
    {
        var analysis = ReplyAnalyzer.Default.Analyze(text, new ReplyContext { CustomerMessage = customer });
        var found = analysis.Diagnostics.Select(d => d.Category).Distinct().ToList();
        var right = expect.Length == 0 ? found.Count == 0 : expect.All(found.Contains);

        if (KnownWrong.Contains(id))
        {
            right.Should().BeFalse("{0} is listed as read wrong; it now reads right, so take it off the list", id);
        }
        else
        {
            right.Should().BeTrue("{0} expects [{1}] and found [{2}]", id, string.Join(", ", expect), string.Join(", ", found));
        }
    }
}
