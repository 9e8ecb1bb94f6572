using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Deescalation;

/// <summary>
/// All phrase patterns of a matcher compiled into one deterministic automaton over word ids. Each pattern is first
/// read as a small graph of word positions (an optional element or a choice is a fork, not a copy), then the union
/// of those graphs is made deterministic: a state is the set of word positions, over all patterns, that the words
/// read so far can have reached. A state therefore moves on a token with one lookup, however many phrases are
/// compiled in, and patterns with many choices ("&lt;heads&gt; &lt;feeling-tails&gt;") share their states
/// instead of being expanded into every word sequence they allow.
/// </summary>
/// <remarks>
/// Fillers are not part of the automaton: <see cref="PhraseMatcher"/> skips them by staying in a state, which is
/// why a state keeps apart the move of a word that a position expects and the move of "any word".
/// </remarks>
internal sealed class PhraseAutomaton
{
    /// <summary>A position that takes any word (<c>*</c> in a pattern).</summary>
    public const int Wildcard = -1;

    /// <summary>In <see cref="FirstPairs"/>: any second word, or none.</summary>
    public const int AnyWord = -2;

    private readonly int[][] _keys;
    private readonly int[][] _onWord;
    private readonly int[][] _onOther;
    private readonly int[] _onAnyWord;

    public PhraseAutomaton(int[][][][] patterns, int wordCount)
    {
        EntryCount = patterns.Length;
        var graph = new PositionGraph(patterns);
        var builder = new Builder(graph);
        var root = builder.RootState();

        var keys = new List<int[]>();
        var onWord = new List<int[]>();
        var onOther = new List<int[]>();
        var onAnyWord = new List<int>();
        var accepts = new List<int[]>();
        var live = new List<bool>();
        for (var state = 0; state < builder.Count; state++)
        {
            builder.Expand(state, out var stateKeys, out var stateOnWord, out var stateOnOther, out var stateAny);
            keys.Add(stateKeys);
            onWord.Add(stateOnWord);
            onOther.Add(stateOnOther);
            onAnyWord.Add(stateAny);
        }

        for (var state = 0; state < builder.Count; state++)
        {
            accepts.Add(builder.AcceptsOf(state));
            live.Add(builder.IsLive(state));
        }

        _keys = keys.ToArray();
        _onWord = onWord.ToArray();
        _onOther = onOther.ToArray();
        _onAnyWord = onAnyWord.ToArray();
        Accepts = accepts.ToArray();
        Live = live.ToArray();
        StateCount = _keys.Length;

        // The start state reads every token of a reply: a dense table, one read a token.
        RootWord = new int[wordCount];
        RootOther = new int[wordCount];
        RootWord.AsSpan().Fill(-1);
        RootOther.AsSpan().Fill(-1);
        var rootKeys = _keys[root];
        for (var k = 0; k < rootKeys.Length; k++)
        {
            RootWord[rootKeys[k]] = _onWord[root][k];
            RootOther[rootKeys[k]] = _onOther[root][k];
        }

        Debug.Assert(_onAnyWord[root] < 0, "A phrase never starts with a wildcard.");
    }

    public int EntryCount { get; }

    public int StateCount { get; }

    /// <summary>The state after the first token of a phrase, by word id, for a token that is a word.</summary>
    public int[] RootWord { get; }

    /// <summary>The state after the first token of a phrase, by word id, for a token that is not a word (punctuation, a symbol).</summary>
    public int[] RootOther { get; }

    /// <summary>The entries whose pattern ends on reaching a state.</summary>
    public int[][] Accepts { get; }

    /// <summary>Whether a state can still move (some pattern expects more words).</summary>
    public bool[] Live { get; }

    /// <summary>
    /// The next state on a token with word id <paramref name="id"/> (0: take no word's own move, only "any word"),
    /// or -1 when no pattern continues.
    /// </summary>
    public int Next(int state, int id, bool isWord)
    {
        if (id != 0)
        {
            var keys = _keys[state];
            int found;
            if (keys.Length <= 8)
            {
                found = -1;
                for (var k = 0; k < keys.Length; k++)
                {
                    if (keys[k] == id)
                    {
                        found = k;
                        break;
                    }
                }
            }
            else
            {
                found = Array.BinarySearch(keys, id);
            }

            if (found >= 0)
            {
                return isWord ? _onWord[state][found] : _onOther[state][found];
            }
        }

        return isWord ? _onAnyWord[state] : -1;
    }

    /// <summary>
    /// The (first, second) word pairs a pattern can start with; second is <see cref="AnyWord"/> when the pattern may
    /// end after its first word or takes any word second.
    /// </summary>
    public static IEnumerable<(int First, int Second)> FirstPairs(int[][][] pattern)
    {
        foreach (var (element, alternative) in StartingAlternatives(pattern, 0))
        {
            var words = pattern[element][alternative];
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
                var next = pattern[nextElement][nextAlternative][0];
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
    private static IEnumerable<(int Element, int Alternative)> StartingAlternatives(int[][][] pattern, int element)
    {
        if (element >= pattern.Length)
        {
            yield break;
        }

        var optional = false;
        var alternatives = pattern[element];
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

    private static bool CanEndFrom(int[][][] pattern, int element)
    {
        for (var e = element; e < pattern.Length; e++)
        {
            var optional = false;
            foreach (var alternative in pattern[e])
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

    /// <summary>
    /// The word positions of all patterns. A position is one word of one alternative of one element; after it
    /// come the positions of a closure: the next word of the alternative, or the first words the rest of the pattern
    /// can start with (through optional elements), and possibly the end of the pattern. The end of entry e is the
    /// item <c>Count + e</c>.
    /// </summary>
    private sealed class PositionGraph
    {
        private readonly List<int> _expected = new();
        private readonly List<int[]> _follow = new();

        public PositionGraph(int[][][][] patterns)
        {
            var starts = new List<int[]>();
            var pending = new List<(int Position, int Pattern, int Element)>();
            for (var p = 0; p < patterns.Length; p++)
            {
                var pattern = patterns[p];

                // The first position of every alternative, per element; then each element's closure.
                var firstOf = new int[pattern.Length][];
                for (var e = 0; e < pattern.Length; e++)
                {
                    firstOf[e] = new int[pattern[e].Length];
                    for (var a = 0; a < pattern[e].Length; a++)
                    {
                        var words = pattern[e][a];
                        firstOf[e][a] = -1;
                        for (var w = 0; w < words.Length; w++)
                        {
                            var position = _expected.Count;
                            _expected.Add(words[w]);
                            _follow.Add(Array.Empty<int>());
                            if (w == 0)
                            {
                                firstOf[e][a] = position;
                            }
                            else
                            {
                                _follow[position - 1] = new[] { position };
                            }

                            if (w == words.Length - 1)
                            {
                                pending.Add((position, p, e + 1));
                            }
                        }
                    }
                }

                var closures = new int[pattern.Length + 1][];
                for (var e = pattern.Length; e >= 0; e--)
                {
                    closures[e] = e == pattern.Length ? new[] { -1 - p } : ClosureOf(pattern[e], firstOf[e], closures[e + 1]);
                }

                foreach (var (position, owner, element) in pending)
                {
                    if (owner == p)
                    {
                        _follow[position] = closures[element];
                    }
                }

                pending.Clear();
                starts.Add(closures[0]);
            }

            Count = _expected.Count;

            // Ends were written as -1 - entry while the count of positions was unknown.
            for (var position = 0; position < _follow.Count; position++)
            {
                _follow[position] = Renumber(_follow[position]);
            }

            Starts = new int[starts.Count][];
            for (var p = 0; p < starts.Count; p++)
            {
                Starts[p] = Renumber(starts[p]);
            }
        }

        public int Count { get; }

        public int[][] Starts { get; }

        public int ExpectedOf(int position) => _expected[position];

        public int[] FollowOf(int position) => _follow[position];

        private int[] Renumber(int[] items)
        {
            var renumbered = new int[items.Length];
            for (var k = 0; k < items.Length; k++)
            {
                renumbered[k] = items[k] < 0 ? Count + (-1 - items[k]) : items[k];
            }

            Array.Sort(renumbered);
            return renumbered;
        }

        private static int[] ClosureOf(int[][] alternatives, int[] firsts, int[] after)
        {
            var items = new List<int>();
            var optional = false;
            for (var a = 0; a < alternatives.Length; a++)
            {
                if (alternatives[a].Length == 0)
                {
                    optional = true;
                }
                else
                {
                    items.Add(firsts[a]);
                }
            }

            if (optional)
            {
                items.AddRange(after);
            }

            return items.ToArray();
        }
    }

    /// <summary>Subset construction over the position graph, states numbered in the order they are found.</summary>
    private sealed class Builder
    {
        private readonly PositionGraph _graph;
        private readonly Dictionary<ItemSet, int> _states = new();
        private readonly List<int[]> _items = new();
        private readonly List<int> _union = new();

        public Builder(PositionGraph graph)
        {
            _graph = graph;
        }

        public int Count => _items.Count;

        public int RootState()
        {
            // An empty match never counts, so the ends of patterns that may match nothing are left out.
            _union.Clear();
            foreach (var start in _graph.Starts)
            {
                foreach (var item in start)
                {
                    if (item < _graph.Count)
                    {
                        _union.Add(item);
                    }
                }
            }

            return StateOf(_union);
        }

        public int[] AcceptsOf(int state)
        {
            var items = _items[state];
            var count = 0;
            foreach (var item in items)
            {
                if (item >= _graph.Count)
                {
                    count++;
                }
            }

            if (count == 0)
            {
                return Array.Empty<int>();
            }

            var accepts = new int[count];
            var k = 0;
            foreach (var item in items)
            {
                if (item >= _graph.Count)
                {
                    accepts[k++] = item - _graph.Count;
                }
            }

            return accepts;
        }

        public bool IsLive(int state)
        {
            var items = _items[state];
            return items.Length > 0 && items[0] < _graph.Count;
        }

        public void Expand(int state, out int[] keys, out int[] onWord, out int[] onOther, out int onAnyWord)
        {
            var items = _items[state];
            var wildcards = new List<int>();
            var byWord = new SortedDictionary<int, List<int>>();
            foreach (var item in items)
            {
                if (item >= _graph.Count)
                {
                    continue;
                }

                var expected = _graph.ExpectedOf(item);
                if (expected == Wildcard)
                {
                    wildcards.Add(item);
                }
                else
                {
                    if (!byWord.TryGetValue(expected, out var positions))
                    {
                        byWord[expected] = positions = new List<int>();
                    }

                    positions.Add(item);
                }
            }

            onAnyWord = wildcards.Count == 0 ? -1 : Follow(wildcards, null);
            keys = new int[byWord.Count];
            onWord = new int[byWord.Count];
            onOther = wildcards.Count == 0 ? onWord : new int[byWord.Count];
            var k = 0;
            foreach (var pair in byWord)
            {
                keys[k] = pair.Key;

                // A word token also moves the positions that take any word; a punctuation token only its own.
                onWord[k] = Follow(pair.Value, wildcards.Count == 0 ? null : wildcards);
                if (wildcards.Count > 0)
                {
                    onOther[k] = Follow(pair.Value, null);
                }

                k++;
            }
        }

        private int Follow(List<int> positions, List<int>? more)
        {
            _union.Clear();
            foreach (var position in positions)
            {
                _union.AddRange(_graph.FollowOf(position));
            }

            if (more is not null)
            {
                foreach (var position in more)
                {
                    _union.AddRange(_graph.FollowOf(position));
                }
            }

            return StateOf(_union);
        }

        private int StateOf(List<int> items)
        {
            items.Sort();
            var unique = 0;
            for (var k = 0; k < items.Count; k++)
            {
                if (k == 0 || items[k] != items[k - 1])
                {
                    items[unique++] = items[k];
                }
            }

            var set = new int[unique];
            items.CopyTo(0, set, 0, unique);
            var key = new ItemSet(set);
            if (!_states.TryGetValue(key, out var state))
            {
                state = _items.Count;
                _states[key] = state;
                _items.Add(set);
            }

            return state;
        }
    }

    private readonly struct ItemSet : IEquatable<ItemSet>
    {
        private readonly int _hash;

        public ItemSet(int[] items)
        {
            Items = items;
            var hash = 17;
            foreach (var item in items)
            {
                hash = unchecked((hash * 31) + item);
            }

            _hash = hash;
        }

        public int[] Items { get; }

        public bool Equals(ItemSet other) => _hash == other._hash && Items.AsSpan().SequenceEqual(other.Items);

        public override bool Equals(object? obj) => obj is ItemSet other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
