using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

/// <summary>
/// <see cref="SignalDetector.UpsetWeight"/> reads a word against the profanity stems only when the bit of its first two
/// chars is set (<see cref="SignalDetector.StemPairs"/>): the filter must hold back no word the full test accepts.
/// </summary>
public class ProfanityPairsTests
{
    private static readonly string[] Stems = new List<string>(LanguagePack.English.Class("profanity-stems").Items).ToArray();

    [Fact]
    public void No_word_that_inflects_a_stem_is_held_back()
    {
        var byFirst = SignalDetector.StemsByAsciiFirstChar(Stems);
        var pairs = SignalDetector.StemPairs(byFirst);
        var words = new List<string>();
        foreach (var stem in Stems)
        {
            // Every mix of capitals over the stem's first two chars, with an ending ("crapped", "CRAPPY", "sHitty").
            foreach (var first in new[] { char.ToLowerInvariant(stem[0]), char.ToUpperInvariant(stem[0]) })
            {
                foreach (var second in new[] { char.ToLowerInvariant(stem[1]), char.ToUpperInvariant(stem[1]) })
                {
                    words.Add(first.ToString() + second + stem.Substring(2) + "ed");
                    words.Add(first.ToString() + second + stem.Substring(2).ToUpperInvariant() + "Y");
                }
            }
        }

        words.Should().NotBeEmpty();
        foreach (var word in words)
        {
            var stems = byFirst[word[0]];
            stems.Should().NotBeNull(word);
            SignalDetector.InflectsAny(word.AsSpan(), stems!).Should().BeTrue(word);
            IsSet(pairs, word[0], word[1]).Should().BeTrue(word);
        }
    }

    [Fact]
    public void A_clear_bit_means_no_stem_starts_the_word()
    {
        var byFirst = SignalDetector.StemsByAsciiFirstChar(Stems);
        var pairs = SignalDetector.StemPairs(byFirst);
        var random = new Random(20261203);
        var alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'";
        for (var n = 0; n < 200_000; n++)
        {
            var chars = new char[random.Next(1, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var word = new string(chars);
            var stems = byFirst[word[0]];
            if (stems is not null && SignalDetector.InflectsAny(word.AsSpan(), stems))
            {
                IsSet(pairs, word[0], word.Length >= 2 ? word[1] : '\0').Should().BeTrue(word);
            }
        }
    }

    private static bool IsSet(ulong[] pairs, char first, char second)
    {
        var pair = ((first & 127) << 7) | (second & 127);
        return ((pairs[pair >> 6] >> pair) & 1) != 0;
    }
}
