using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Text;

/// <summary>
/// The tokenizer's pre-test for contractions written without an apostrophe: it may let through words that do not split,
/// but never holds back one that does.
/// </summary>
public class ContractionsTests
{
    private static readonly AnalysisEngine Engine = new(new DeescalationOptions());

    [Theory]
    [InlineData("cannot")]
    [InlineData("CANNOT")]
    [InlineData("dont")]
    [InlineData("Wouldnt")]
    [InlineData("WONT")]
    public void An_unmarked_contraction_passes_the_pre_test(string word)
    {
        var contractions = Engine.Lexicon.Tokenizer.Language.Contractions;
        var hash = WordTable.Hash(word.AsSpan());
        Splits(contractions, word).Should().BeTrue();
        contractions.MaySplitUnmarked(word.AsSpan(), hash).Should().BeTrue();
    }

    [Fact]
    public void No_word_that_splits_is_held_back()
    {
        var contractions = Engine.Lexicon.Tokenizer.Language.Contractions;
        var table = Engine.Lexicon.Table;
        var words = new List<string>();
        for (var id = 1; id < table.Count; id++)
        {
            var word = table.WordOf(id);
            words.Add(word);
            words.Add(word.ToUpperInvariant());
            words.Add(word + "nt");
            words.Add(word.ToUpperInvariant() + "NT");
        }

        var splits = 0;
        foreach (var word in words)
        {
            if (Splits(contractions, word))
            {
                splits++;
                contractions.MaySplitUnmarked(word.AsSpan(), WordTable.Hash(word.AsSpan())).Should().BeTrue(word);
            }
        }

        splits.Should().BeGreaterThan(20);
    }

    private static bool Splits(Contractions contractions, string word)
    {
        var firstLength = 0;
        string? firstOverride = null;
        var secondStart = 0;
        var second = string.Empty;
        return contractions.TrySplitUnmarked(word.AsSpan(), WordTable.Hash(word.AsSpan()), ref firstLength, ref firstOverride, ref secondStart, ref second);
    }
}
