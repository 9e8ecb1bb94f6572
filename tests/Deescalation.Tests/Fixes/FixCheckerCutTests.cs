using System;
using System.Collections.Generic;
using System.Text;
using Deescalation.Fixes;
using Deescalation.Rules.Data;
using Deescalation.Tests.Corpus;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Fixes;

/// <summary>
/// <see cref="FixChecker.Problem"/> reads only the text between the cuts of <see cref="FixChecker.Cut"/>: over windows of
/// the regression corpus and edits of words, marks, spaces and brackets, the first problem found there is the one the
/// whole windows give.
/// </summary>
public class FixCheckerCutTests
{
    private static readonly string[] Pieces =
    {
        "the", "The", "a", "an", "let's", "let us", "be", "I", "i'll", "I'm", "to", "we", "and", "or", "sorry", "Sorry",
        "again", "it's", "don't", ",", ".", "!", "?", ";", ":", " ", "  ", "...", "'", "\u2019", "[", "]", "{", "}", "-",
        "e.g.", "3", "x", "the the", "to to", ". the", ", ,", " .", "Thanks.", "(", ")", "\"",
    };

    [Fact]
    public void Counts_read_between_the_cuts_give_the_problem_of_the_whole_windows()
    {
        var checker = new FixChecker(LanguagePack.Embedded("en"));
        var random = new Random(20261203);
        var cut = 0;
        var checks = 0;
        foreach (var reply in LabelledReply.Corpus)
        {
            foreach (var line in reply.Text.Split('\n'))
            {
                if (line.Length < 8)
                {
                    continue;
                }

                for (var round = 0; round < 12; round++)
                {
                    var after = Edited(line, random);
                    var expected = checker.Worse(line.AsSpan(), after.AsSpan());
                    foreach (var margin in new[] { checker.CutMargin, checker.CutMargin + 2 })
                    {
                        var (left, right) = FixChecker.Cut(line.AsSpan(), after.AsSpan(), margin);
                        cut += left + right > 0 ? 1 : 0;
                        checks++;
                        var found = checker.Worse(line.AsSpan(left, line.Length - left - right), after.AsSpan(left, after.Length - left - right));
                        found.Should().Be(expected, $"margin {margin}, cut {left}/{right}:\n{line}\n{after}");
                    }
                }
            }
        }

        checks.Should().BeGreaterThan(1000);
        cut.Should().BeGreaterThan(checks / 4);
    }

    /// <summary>The line with one to three random edits: a span replaced by pieces of text, or deleted, or text inserted.</summary>
    private static string Edited(string line, Random random)
    {
        var text = line;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var start = random.Next(0, text.Length + 1);
            var length = random.Next(0, Math.Min(8, text.Length - start) + 1);
            var insert = new StringBuilder();
            var pieces = random.Next(0, 4);
            for (var p = 0; p < pieces; p++)
            {
                insert.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(2) == 0)
                {
                    insert.Append(' ');
                }
            }

            text = text.Substring(0, start) + insert + text.Substring(start + length);
        }

        return text;
    }
}
