using System;
using System.Collections.Generic;
using System.Text;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

/// <summary>
/// <see cref="SignalDetector.UpsetWeight"/> searches a message for the joy, mocking and upset emoji only when it holds one of
/// their first chars (<see cref="SignalDetector.FirstCharsOfAllOrdinal"/>): the gate must hold back no message in which a
/// search would find one.
/// </summary>
public class MessageEmojiGateTests
{
    private static readonly string[][] Lists =
    {
        Items("joy-emoji"),
        Items("mocking-emoji"),
        Items("upset-emoji"),
    };

    [Fact]
    public void The_english_lists_are_searched_ordinally_so_the_gate_is_on()
    {
        Gate().Should().NotBeNull();
        foreach (var list in Lists)
        {
            list.Should().NotBeEmpty();
            foreach (var emoji in list)
            {
                Gate()!.IndexOf(emoji[0]).Should().BeGreaterThanOrEqualTo(0, emoji);
            }
        }
    }

    [Fact]
    public void Every_emoji_passes_the_gate_and_is_found()
    {
        var gate = Gate()!;
        for (var l = 0; l < Lists.Length; l++)
        {
            var comparisons = SignalDetector.ComparisonsFor(Lists[l]);
            var firstChars = SignalDetector.FirstCharsOfOrdinal(Lists[l], comparisons);
            foreach (var emoji in Lists[l])
            {
                var text = "Still waiting on my refund " + emoji + " again";
                text.AsSpan().IndexOfAny(gate.AsSpan()).Should().BeGreaterThanOrEqualTo(0, emoji);
                SignalDetector.ContainsAny(text.AsSpan(), Lists[l], comparisons, firstChars).Should().BeTrue(emoji);
            }
        }
    }

    [Fact]
    public void A_text_the_gate_holds_back_holds_none_of_the_emoji()
    {
        var gate = Gate()!;
        var comparisons = new StringComparison[Lists.Length][];
        var firstChars = new string?[Lists.Length];
        var pool = new List<string> { "a", "B", " ", "!", "?", ":", "(", ")", "é", "\u2639", "\u2764", "\uFE0F", "\u200D", "😔", "🙏", "🤔", "💔", "👍" };
        for (var l = 0; l < Lists.Length; l++)
        {
            comparisons[l] = SignalDetector.ComparisonsFor(Lists[l]);
            firstChars[l] = SignalDetector.FirstCharsOfOrdinal(Lists[l], comparisons[l]);
            pool.AddRange(Lists[l]);
        }

        var random = new Random(20261203);
        var held = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 12); i > 0; i--)
            {
                var piece = pool[random.Next(pool.Count)];
                // Half surrogates and lone pieces of an emoji too: the gate reads chars, not whole emoji.
                text.Append(random.Next(8) == 0 ? piece.Substring(piece.Length - 1) : piece);
            }

            var s = text.ToString();
            if (s.AsSpan().IndexOfAny(gate.AsSpan()) >= 0)
            {
                continue;
            }

            held++;
            for (var l = 0; l < Lists.Length; l++)
            {
                SignalDetector.ContainsAny(s.AsSpan(), Lists[l], comparisons[l], firstChars[l]).Should().BeFalse(s);
            }
        }

        held.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void A_part_searched_ignoring_case_or_an_empty_part_turns_the_gate_off()
    {
        var withCase = new[] { "😡", ":P" };
        var empty = new[] { "😡", string.Empty };
        SignalDetector.FirstCharsOfAllOrdinal(new[] { Lists[0], withCase }, new[] { SignalDetector.ComparisonsFor(Lists[0]), SignalDetector.ComparisonsFor(withCase) }).Should().BeNull();
        SignalDetector.FirstCharsOfAllOrdinal(new[] { empty }, new[] { SignalDetector.ComparisonsFor(empty) }).Should().BeNull();
    }

    private static string? Gate()
    {
        var comparisons = new StringComparison[Lists.Length][];
        for (var l = 0; l < Lists.Length; l++)
        {
            comparisons[l] = SignalDetector.ComparisonsFor(Lists[l]);
        }

        return SignalDetector.FirstCharsOfAllOrdinal(Lists, comparisons);
    }

    private static string[] Items(string name) => new List<string>(LanguagePack.English.Class(name).Items).ToArray();
}
