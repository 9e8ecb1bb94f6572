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

    public static TheoryData<string, string> Items()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "chat1", "social1" })
        {
            foreach (var line in File.ReadLines(PathOf(set)))
            {
                using var item = JsonDocument.Parse(line);
                data.Add(set, item.RootElement.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Each_reply_reads_as_its_writer_labelled_it(string set, string id)
    {
        var line = File.ReadLines(PathOf(set)).First(l => l.Contains("\"" + id + "\"", StringComparison.Ordinal));
        using var item = JsonDocument.Parse(line);
        var root = item.RootElement;
        var expect = root.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToList();
        var analysis = ReplyAnalyzer.Default.Analyze(root.GetProperty("text").GetString()!, new ReplyContext { CustomerMessage = root.GetProperty("customerMessage").GetString() });
        var found = analysis.Diagnostics.Select(d => d.Category).Distinct().ToList();
        var right = expect.Count == 0 ? found.Count == 0 : expect.All(found.Contains);

        if (KnownWrong.Contains(id))
        {
            right.Should().BeFalse("{0} is listed as read wrong; it now reads right, so take it off the list", id);
        }
        else
        {
            right.Should().BeTrue("{0} expects [{1}] and found [{2}]", id, string.Join(", ", expect), string.Join(", ", found));
        }
    }

    private static string PathOf(string set)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Deescalation.sln")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("the tests run inside the repository");
        return Path.Combine(directory!.FullName, "eval", "written", set + ".jsonl");
    }
}
