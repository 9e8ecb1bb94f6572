using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Tests.TestSupport;

/// <summary>
/// The phrase matcher as it was before the automaton: one backtracking walk per candidate pattern. Kept as the
/// reference that <c>PhraseMatcherTests</c> compares the automaton with.
/// </summary>
internal sealed class ReferencePhraseMatcher
{
    private const int MaxFillers = 2;
    private const int Wildcard = -1;

    private const int AnyWord = -2;

    [ThreadStatic]
    private static int[]? _tried;

    [ThreadStatic]
    private static int _generation;

    private readonly CompiledPattern[] _patterns;

    /// <summary>Entries whose first word is the index and whose second position accepts any word (or none).</summary>
    private readonly int[][] _byFirstWord;

    /// <summary>Entries by their first two words: most phrases are rejected without a walk.</summary>
    private readonly Dictionary<long, int[]> _byFirstPair;

    private readonly bool[] _hasPairs;
    private readonly bool[] _isFiller;

    public ReferencePhraseMatcher(WordTable table, IReadOnlyList<string> patterns, IEnumerable<string> fillers)
    {
        _isFiller = new bool[table.Count];
        foreach (var filler in fillers)
        {
            var id = table.Find(filler);
            if (id != 0)
            {
                _isFiller[id] = true;
            }
        }

        _patterns = new CompiledPattern[patterns.Count];
        var byFirst = new List<int>?[table.Count];
        var byPair = new Dictionary<long, List<int>>();
        _hasPairs = new bool[table.Count];
        for (var entry = 0; entry < patterns.Count; entry++)
        {
            var compiled = Compile(table, patterns[entry]);
            _patterns[entry] = compiled;
            foreach (var (first, second) in FirstPairs(compiled))
            {
                if (second == AnyWord)
                {
                    AddOnce(byFirst[first] ??= new List<int>(), entry);
                }
                else
                {
                    var key = PairKey(first, second);
                    if (!byPair.TryGetValue(key, out var list))
                    {
                        byPair[key] = list = new List<int>();
                    }

                    AddOnce(list, entry);
                    _hasPairs[first] = true;
                }
            }
        }

        _byFirstWord = new int[table.Count][];
        for (var id = 0; id < byFirst.Length; id++)
        {
            _byFirstWord[id] = byFirst[id]?.ToArray() ?? Array.Empty<int>();
        }

        _byFirstPair = new Dictionary<long, int[]>(byPair.Count);
        foreach (var pair in byPair)
        {
            _byFirstPair[pair.Key] = pair.Value.ToArray();
        }
    }

    private static void AddOnce(List<int> list, int entry)
    {
        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>Every word a set of patterns uses, for building the <see cref="WordTable"/>.</summary>
    public static IEnumerable<string> WordsOf(IEnumerable<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            foreach (var element in Flatten(pattern))
            {
                foreach (var alternative in element)
                {
                    foreach (var word in alternative)
                    {
                        if (word is not null)
                        {
                            yield return word;
                        }
                    }
                }
            }
        }
    }

    /// <summary>Finds every phrase; for each start token and entry only the longest match is kept.</summary>
    public void Match(ReplyText reply, List<PhraseMatch> results)
    {
        var tokens = reply.Tokens;
        var count = reply.TokenCount;
        var tried = _tried;
        if (tried is null || tried.Length < _patterns.Length)
        {
            _tried = tried = new int[_patterns.Length];
        }

        for (var i = 0; i < count; i++)
        {
            var id = tokens[i].Id;
            if (id == 0 || (_byFirstWord[id].Length == 0 && !_hasPairs[id]) || tokens[i].Is(TokenFlags.Allowed))
            {
                continue;
            }

            if (++_generation == int.MaxValue)
            {
                Array.Clear(tried, 0, tried.Length);
                _generation = 1;
            }

            var before = results.Count;
            TryEntries(_byFirstWord[id], tokens, count, i, results, before, tried);
            if (_hasPairs[id])
            {
                // The second word may sit behind up to two fillers ("I'm really so sorry").
                for (var j = i + 1; j < count && j <= i + 1 + MaxFillers && tokens[j].Sentence == tokens[i].Sentence; j++)
                {
                    if (_byFirstPair.TryGetValue(PairKey(id, tokens[j].Id), out var pairEntries))
                    {
                        TryEntries(pairEntries, tokens, count, i, results, before, tried);
                    }

                    if (tokens[j].Id == 0 || !_isFiller[tokens[j].Id])
                    {
                        break;
                    }
                }
            }
        }
    }

    private void TryEntries(int[] candidates, Token[] tokens, int count, int i, List<PhraseMatch> results, int before, int[] tried)
    {
        foreach (var entry in candidates)
        {
            if (tried[entry] == _generation)
            {
                continue;
            }

            tried[entry] = _generation;
            var state = new WalkState(tokens, count, _patterns[entry], tokens[i].Sentence, i);
            MatchElement(ref state, 0, i, 0);
            if (state.Longest >= i)
            {
                // Longest first among the matches that start here, so a rule sees the fullest phrase first.
                var match = new PhraseMatch(entry, i, state.Longest);
                var at = results.Count;
                results.Add(match);
                while (at > before && results[at - 1].Last < match.Last)
                {
                    results[at] = results[at - 1];
                    at--;
                }

                results[at] = match;
            }
        }
    }

    private void MatchElement(ref WalkState state, int element, int position, int fillers)
    {
        var elements = state.Pattern.Elements;
        if (element == elements.Length)
        {
            if (position - 1 > state.Longest)
            {
                state.Longest = position - 1;
            }

            return;
        }

        foreach (var alternative in elements[element])
        {
            MatchWords(ref state, element, alternative, 0, position, fillers);
        }
    }

    private void MatchWords(ref WalkState state, int element, int[] words, int word, int position, int fillers)
    {
        if (word == words.Length)
        {
            MatchElement(ref state, element + 1, position, fillers);
            return;
        }

        if (position >= state.Count)
        {
            return;
        }

        ref readonly var token = ref state.Tokens[position];
        if (token.Sentence != state.Sentence || token.Is(TokenFlags.Allowed))
        {
            return;
        }

        var expected = words[word];
        if (expected == Wildcard ? token.Is(TokenFlags.Word) : token.Id == expected)
        {
            MatchWords(ref state, element, words, word + 1, position + 1, fillers);
        }

        // Skip a filler between two words of the phrase, never before its first word.
        if (position > state.Start && fillers < MaxFillers && token.Id != 0 && _isFiller[token.Id] && token.Id != expected)
        {
            MatchWords(ref state, element, words, word, position + 1, fillers + 1);
        }
    }

    /// <summary>
    /// The pattern in the flat form the matcher once compiled: elements of alternatives of words, every nested group
    /// expanded into each word sequence it allows (the last element varying fastest), as a plain reference.
    /// </summary>
    internal static List<List<List<string?>>> Flatten(string pattern)
    {
        var elements = new List<List<List<string?>>>();
        foreach (var item in PhrasePattern.Parse(pattern))
        {
            elements.Add(Expand(item));
        }

        return elements;
    }

    private static List<List<string?>> Expand(PatternItem item)
    {
        if (item.Alternatives is not { } alternatives)
        {
            return new List<List<string?>> { new() { item.Word } };
        }

        var expanded = new List<List<string?>>();
        foreach (var alternative in alternatives)
        {
            // Every combination of one alternative per item of the sequence.
            var combinations = new List<List<string?>> { new() };
            foreach (var part in alternative)
            {
                var next = new List<List<string?>>();
                var choices = Expand(part);
                foreach (var prefix in combinations)
                {
                    foreach (var choice in choices)
                    {
                        var combined = new List<string?>(prefix);
                        combined.AddRange(choice);
                        next.Add(combined);
                    }
                }

                combinations = next;
            }

            expanded.AddRange(combinations);
        }

        return expanded;
    }

    private static CompiledPattern Compile(WordTable table, string pattern)
    {
        var parsed = Flatten(pattern);
        var elements = new List<int[][]>();
        foreach (var element in parsed)
        {
            var alternatives = new List<int[]>();
            foreach (var alternative in element)
            {
                var ids = new int[alternative.Count];
                for (var k = 0; k < ids.Length; k++)
                {
                    var word = alternative[k];
                    if (word is null)
                    {
                        ids[k] = Wildcard;
                        continue;
                    }

                    ids[k] = table.Find(word);
                    if (ids[k] == 0)
                    {
                        throw new InvalidOperationException($"The word '{word}' of phrase pattern '{pattern}' is missing from the word table.");
                    }
                }

                alternatives.Add(ids);
            }

            // Longer alternatives first, so the first success is usually the longest.
            alternatives.Sort(static (a, b) => b.Length.CompareTo(a.Length));
            elements.Add(alternatives.ToArray());
        }

        return new CompiledPattern(elements.ToArray(), pattern);
    }

    /// <summary>
    /// The (first, second) word pairs a pattern can start with; second is <see cref="AnyWord"/> when the pattern
    /// may end after its first word or takes any word second.
    /// </summary>
    private static IEnumerable<(int First, int Second)> FirstPairs(CompiledPattern pattern)
    {
        foreach (var (element, alternative) in StartingAlternatives(pattern, 0))
        {
            var words = pattern.Elements[element][alternative];
            var first = words[0];
            if (words.Length >= 2)
            {
                yield return (first, words[1] == Wildcard ? AnyWord : words[1]);
                continue;
            }

            var seconds = new List<int>();
            var open = false;
            foreach (var (nextElement, nextAlternative) in StartingAlternatives(pattern, element + 1))
            {
                var next = pattern.Elements[nextElement][nextAlternative][0];
                if (next == Wildcard)
                {
                    open = true;
                }
                else
                {
                    seconds.Add(next);
                }
            }

            if (open || CanEndFrom(pattern, element + 1))
            {
                yield return (first, AnyWord);
                continue;
            }

            foreach (var second in seconds)
            {
                yield return (first, second);
            }
        }
    }

    /// <summary>The (element, alternative) pairs whose first word can begin the rest of the pattern from <paramref name="element"/>.</summary>
    private static IEnumerable<(int Element, int Alternative)> StartingAlternatives(CompiledPattern pattern, int element)
    {
        if (element >= pattern.Elements.Length)
        {
            yield break;
        }

        var optional = false;
        var alternatives = pattern.Elements[element];
        for (var a = 0; a < alternatives.Length; a++)
        {
            if (alternatives[a].Length == 0)
            {
                optional = true;
            }
            else
            {
                yield return (element, a);
            }
        }

        if (optional)
        {
            foreach (var later in StartingAlternatives(pattern, element + 1))
            {
                yield return later;
            }
        }
    }

    private static bool CanEndFrom(CompiledPattern pattern, int element)
    {
        for (var e = element; e < pattern.Elements.Length; e++)
        {
            var optional = false;
            foreach (var alternative in pattern.Elements[e])
            {
                optional |= alternative.Length == 0;
            }

            if (!optional)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class CompiledPattern
    {
        public CompiledPattern(int[][][] elements, string source)
        {
            Elements = elements;
            Source = source;
        }

        /// <summary>Elements in order; each a set of alternatives; each a sequence of word ids (-1: any word; empty: optional).</summary>
        public int[][][] Elements { get; }

        public string Source { get; }
    }

    private struct WalkState
    {
        public WalkState(Token[] tokens, int count, CompiledPattern pattern, int sentence, int start)
        {
            Tokens = tokens;
            Count = count;
            Pattern = pattern;
            Sentence = sentence;
            Start = start;
            Longest = start - 1;
        }

        public Token[] Tokens;
        public int Count;
        public CompiledPattern Pattern;
        public int Sentence;
        public int Start;
        public int Longest;
    }
}
