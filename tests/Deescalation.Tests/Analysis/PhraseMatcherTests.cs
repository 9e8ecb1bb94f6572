using System;
using System.Collections.Generic;
using System.Linq;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
using Deescalation.Tests.TestSupport;
using Deescalation.Text;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

/// <summary>
/// The phrase matcher's semantics: fillers, wildcards, bounded gaps, optional groups, sentence bounds, allowed
/// tokens, longest match and the order of the matches. Every case is also checked against
/// <see cref="ReferencePhraseMatcher"/>, the backtracking matcher the automaton replaced.
/// </summary>
public class PhraseMatcherTests
{
    private static readonly string[] Fillers = { "really", "so", "very", "just" };

    [Theory]
    [InlineData("I'm sorry you feel", "I'm really sorry you feel that way", "I'm really sorry you feel")]
    [InlineData("I'm sorry you feel", "I'm really so sorry you feel", "I'm really so sorry you feel")]
    [InlineData("I'm sorry you feel", "I am sorry you feel", "I am sorry you feel")]
    [InlineData("I'm sorry you feel", "I'm sorry you really feel", "I'm sorry you really feel")]
    [InlineData("sorry you feel", "So sorry you feel", "sorry you feel")]
    [InlineData("so sorry", "so so sorry", "so so sorry|so sorry")]
    public void Fillers_are_skipped_between_words_but_never_before_the_first(string pattern, string text, string expected)
    {
        Matches(new[] { pattern }, text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("I'm really so very sorry you feel")]
    [InlineData("I'm really sorry you so very feel")]
    public void At_most_two_fillers_are_skipped_in_a_phrase(string text)
    {
        Matches(new[] { "I'm sorry you feel" }, text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("sorry * feel", "sorry you feel", "sorry you feel")]
    [InlineData("sorry * feel", "sorry feel", "")]
    [InlineData("sorry * feel", "sorry that you feel", "")]
    [InlineData("we *2 fix it", "we fix it", "we fix it")]
    [InlineData("we *2 fix it", "we will fix it", "we will fix it")]
    [InlineData("we *2 fix it", "we will soon fix it", "we will soon fix it")]
    [InlineData("we *2 fix it", "we will not soon fix it", "")]
    [InlineData("we *2 fix it", "we will , fix it", "")]
    public void Wildcards_take_one_word_and_gaps_up_to_their_bound(string pattern, string text, string expected)
    {
        Matches(new[] { pattern }, text).Should().Equal(expected.Length == 0 ? Array.Empty<string>() : new[] { expected });
    }

    [Theory]
    [InlineData("sorry you feel", "sorry you feel")]
    [InlineData("sorry if you feel", "sorry if you feel")]
    [InlineData("sorry that you felt", "sorry that you felt")]
    [InlineData("sorry because you feel", "")]
    [InlineData("my apologies if you feel", "my apologies if you feel")]
    public void Optional_groups_and_choices_match_each_of_their_forms(string text, string expected)
    {
        var pattern = "(sorry|my apologies) (that|if)? you (feel|felt)";
        Matches(new[] { pattern }, text).Should().Equal(expected.Length == 0 ? Array.Empty<string>() : new[] { expected });
    }

    [Theory]
    [InlineData("I'm sorry. You feel upset")]
    [InlineData("I'm sorry\n\nyou feel upset")]
    public void A_phrase_never_crosses_a_sentence(string text)
    {
        Matches(new[] { "I'm sorry you feel" }, text).Should().BeEmpty();
    }

    [Fact]
    public void A_phrase_never_includes_an_allowed_token()
    {
        var matcher = new Matchers(new[] { "sorry you feel", "you feel" });
        var reply = matcher.Prepare("sorry you feel");
        reply[1].Flags |= TokenFlags.Allowed;
        matcher.Match(reply).Should().BeEmpty();

        reply[1].Flags &= ~TokenFlags.Allowed;
        reply[2].Flags |= TokenFlags.Allowed;
        matcher.Match(reply).Should().BeEmpty();
    }

    [Fact]
    public void Only_the_longest_match_of_an_entry_at_a_start_token_is_kept()
    {
        Matches(new[] { "sorry (you feel)? (that way)?" }, "sorry you feel that way").Should().Equal("sorry you feel that way");
    }

    [Fact]
    public void Matches_of_one_start_token_come_longest_first_and_equal_ends_in_entry_order()
    {
        var patterns = new[] { "sorry you", "sorry you feel", "sorry *", "sorry (you|we) feel", "you feel" };
        var matcher = new Matchers(patterns);
        var matches = matcher.Match(matcher.Prepare("sorry you feel"));
        matches.Select(m => (m.Entry, m.First, m.Last)).Should().Equal((1, 0, 2), (3, 0, 2), (2, 0, 1), (0, 0, 1), (4, 1, 2));
    }

    [Fact]
    public void A_pattern_that_starts_with_a_wildcard_is_refused()
    {
        var act = () => new Matchers(new[] { "* sorry" });
        act.Should().Throw<InvalidOperationException>().WithMessage("*starts with a wildcard*");
    }

    [Fact]
    public void Patterns_with_many_choices_share_their_states()
    {
        // 6 heads × 4 optional words × 8 tails: 192 word sequences, far fewer states.
        var pattern = "(sorry|I'm sorry|we're sorry|my apologies|our apologies|we apologize) (that|if|so|very)? you (feel|felt|think|thought|found|find|believe|believed)";
        var matcher = new Matchers(new[] { pattern });
        matcher.Automaton.StateCount.Should().BeLessThan(40);
        Matches(new[] { pattern }, "We're so sorry that you thought so").Should().Equal("We're so sorry that you thought", "sorry that you thought");
    }

    [Fact]
    public void The_automaton_agrees_with_the_backtracking_matcher_on_random_phrases()
    {
        var random = new Random(20261201);
        var words = new[] { "i", "we", "you", "sorry", "feel", "that", "so", "really", "very", "just", "the", "it", "not", "can't" };
        var separators = new[] { " ", " ", " ", " ", ", ", ". ", " ! " };
        for (var round = 0; round < 200; round++)
        {
            var patterns = new List<string>();
            var patternCount = random.Next(1, 12);
            for (var p = 0; p < patternCount; p++)
            {
                patterns.Add(RandomPattern(random, words));
            }

            PrepareRandomTexts(new Matchers(patterns.ToArray()), random, words, separators, 30);
        }
    }

    /// <summary>Twenty random texts of fewer than <paramref name="maxLength"/> words, each prepared (which compares the matchers).</summary>
    private static void PrepareRandomTexts(Matchers matchers, Random random, string[] words, string[] separators, int maxLength)
    {
        for (var t = 0; t < 20; t++)
        {
            var text = new System.Text.StringBuilder();
            var length = random.Next(1, maxLength);
            for (var w = 0; w < length; w++)
            {
                text.Append(words[random.Next(words.Length)]).Append(separators[random.Next(separators.Length)]);
            }

            matchers.Prepare(text.ToString());
        }
    }

    [Fact]
    public void Nested_groups_keep_one_position_a_written_word()
    {
        // A group of small patterns, as patronizing-apology's <heads> <feeling-tails>: 3 × (3 × 3 × 3 + 2 × 3) = 99
        // word sequences, but one position a word as written ("I'm" is two words).
        var pattern = "(sorry|I'm sorry|we apologize) ((that|if)? you (are|were|felt) (upset|angry|hurt)|for (the|any) (trouble|confusion)?)";
        var matcher = new Matchers(new[] { pattern });
        matcher.Automaton.PositionCount.Should().Be(6 + 9 + 5);
        Matches(new[] { pattern }, "I'm sorry if you were upset").Should().Equal("I'm sorry if you were upset", "sorry if you were upset");
        Matches(new[] { pattern }, "We apologize for any trouble").Should().Equal("We apologize for any trouble");
        Matches(new[] { pattern }, "Sorry for the.").Should().Equal("Sorry for the");
    }

    [Fact]
    public void The_automaton_agrees_with_the_backtracking_matcher_on_random_nested_phrases()
    {
        var random = new Random(20261202);
        var words = new[] { "i", "we", "you", "sorry", "feel", "that", "so", "really", "very", "just", "the", "it", "not", "can't" };
        var separators = new[] { " ", " ", " ", " ", ", ", ". " };
        for (var round = 0; round < 150; round++)
        {
            var patterns = new List<string>();
            var patternCount = random.Next(1, 8);
            for (var p = 0; p < patternCount; p++)
            {
                patterns.Add(words[random.Next(words.Length)] + " " + RandomNested(random, words, 2));
            }

            PrepareRandomTexts(new Matchers(patterns.ToArray()), random, words, separators, 25);
        }
    }

    /// <summary>A sequence of words, gaps and groups whose alternatives are such sequences again, down to <paramref name="depth"/>.</summary>
    private static string RandomNested(Random random, string[] words, int depth)
    {
        var parts = new List<string>();
        var length = random.Next(1, 4);
        for (var k = 0; k < length; k++)
        {
            switch (depth > 0 ? random.Next(5) : random.Next(2, 5))
            {
                case 0:
                case 1:
                    var alternatives = new List<string>();
                    for (var a = random.Next(1, 4); a > 0; a--)
                    {
                        alternatives.Add(RandomNested(random, words, depth - 1));
                    }

                    parts.Add("(" + string.Join("|", alternatives) + ")" + (random.Next(3) == 0 ? "?" : string.Empty));
                    break;
                case 2:
                    parts.Add(random.Next(2) == 0 ? "*" : "*" + random.Next(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case 3:
                    parts.Add(words[random.Next(words.Length)] + "?");
                    break;
                default:
                    parts.Add(words[random.Next(words.Length)]);
                    break;
            }
        }

        return string.Join(" ", parts);
    }

    private static string RandomPattern(Random random, string[] words)
    {
        var parts = new List<string> { words[random.Next(words.Length)] };
        var length = random.Next(1, 5);
        for (var k = 0; k < length; k++)
        {
            switch (random.Next(6))
            {
                case 0:
                    parts.Add(random.Next(2) == 0 ? "*" : "*" + random.Next(1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case 1:
                    parts.Add($"({words[random.Next(words.Length)]}|{words[random.Next(words.Length)]} {words[random.Next(words.Length)]})?");
                    break;
                case 2:
                    parts.Add($"({words[random.Next(words.Length)]}|{words[random.Next(words.Length)]})");
                    break;
                case 3:
                    parts.Add(words[random.Next(words.Length)] + "?");
                    break;
                default:
                    parts.Add(words[random.Next(words.Length)]);
                    break;
            }
        }

        return string.Join(" ", parts);
    }

    private static List<string> Matches(string[] patterns, string text)
    {
        var matchers = new Matchers(patterns);
        var reply = matchers.Prepare(text);
        var found = new List<string>();
        foreach (var match in matchers.Match(reply))
        {
            found.Add(reply.Text.Substring(reply[match.First].Start, reply[match.Last].End - reply[match.First].Start));
        }

        return found;
    }

    /// <summary>The matcher under test and the reference matcher over one word table.</summary>
    private sealed class Matchers
    {
        private readonly Tokenizer _tokenizer;
        private readonly ReferencePhraseMatcher _reference;

        /// <summary>Keeps two states, so nearly every move is found again each time: the path past the limit.</summary>
        private readonly PhraseMatcher _fewStates;

        public Matchers(string[] patterns)
        {
            // Patterns reach the matcher normalised by the language, contractions split, as the engine gives them.
            var language = LanguagePack.English;
            patterns = System.Array.ConvertAll(patterns, language.Normalize);
            var words = new List<string>(Tokenizer.OwnWords(language.Text));
            words.AddRange(Fillers);
            words.AddRange(PhraseMatcher.WordsOf(patterns));
            var table = new WordTable(words);
            _tokenizer = new Tokenizer(table, language.Text);
            Automaton = new PhraseMatcher(table, patterns, Fillers);
            _reference = new ReferencePhraseMatcher(table, patterns, Fillers);
            _fewStates = new PhraseMatcher(table, patterns, Fillers, maxStates: 2);
        }

        public PhraseMatcher Automaton { get; }

        public ReplyText Prepare(string text)
        {
            var reply = new ReplyText();
            reply.Prepare(text, _tokenizer);
            Match(reply);
            return reply;
        }

        /// <summary>The automaton's matches, after checking that the reference finds the same in the same order.</summary>
        public List<PhraseMatch> Match(ReplyText reply)
        {
            var found = new List<PhraseMatch>();
            Automaton.Match(reply, found);
            var expected = new List<PhraseMatch>();
            _reference.Match(reply, expected);
            found.Select(Describe).Should().Equal(expected.Select(Describe), "the automaton must report what the backtracking matcher did, in its order, for \"{0}\"", reply.Text);
            var fromFewStates = new List<PhraseMatch>();
            _fewStates.Match(reply, fromFewStates);
            fromFewStates.Select(Describe).Should().Equal(expected.Select(Describe), "an automaton over its state limit must match alike, for \"{0}\"", reply.Text);
            return found;
        }

        private static string Describe(PhraseMatch match) => match.ToString();
    }
}
