using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Deescalation.Analysis;

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

    /// <summary>In <see cref="PositionGraph.FirstPairs"/>: any second word, or none.</summary>
    public const int AnyWord = -2;

    private readonly Builder _builder;
    private readonly State _root;

    /// <summary>
    /// States kept at most. The reachable automaton of the default rules has about 15,600 states (some 86 MB), of
    /// which ordinary replies reach a few hundred; past this many, new states serve the walk that found them and are
    /// not kept, so crafted input cannot make a long-lived analyzer hold the whole automaton.
    /// </summary>
    public const int DefaultMaxStates = 8192;

    public PhraseAutomaton(PositionGraph graph, int wordCount, int maxStates = DefaultMaxStates)
    {
        EntryCount = graph.Starts.Length;
        PositionCount = graph.Count;
        _builder = new Builder(graph, maxStates);
        var root = _builder.RootState();
        Debug.Assert(root.OnAnyWord is null && root.Wildcards.Length == 0, "A phrase never starts with a wildcard.");

        // The start state reads every token of a reply: a dense table, one read a token, built up front.
        // With no wildcard in it, the start state moves alike on a word and on punctuation. Its moves, like all
        // others, are found on first use: a word that starts a phrase is marked until then.
        _root = root;
        Starts = new State?[wordCount];
        StartKinds = new byte[wordCount];
        foreach (var word in root.Keys)
        {
            Starts[word] = Pending;
            StartKinds[word] = StartUnread;
        }
    }

    /// <summary>In <see cref="StartKinds"/>: no phrase starts with the word.</summary>
    public const byte NoStart = 0;

    /// <summary>In <see cref="StartKinds"/>: a phrase starts with the word; read its state in <see cref="Starts"/>.</summary>
    public const byte StartUnread = 1;

    /// <summary>
    /// In <see cref="StartKinds"/>: the state after the word accepts nothing, expects a word and takes no "any word": a
    /// walk from it goes on only on a next token it has a move on (<see cref="MayMoveAfterStart"/>) or a filler.
    /// </summary>
    public const byte StartNeedsMove = 2;

    /// <summary>
    /// What a matcher needs to know of the state after a first token before it reads that state, by word id: one byte a
    /// word, a table small enough to stay in the core's first cache, where <see cref="Starts"/> holds a reference a word
    /// and the state itself is elsewhere. Most start words lead nowhere from where they stand (<see cref="StartNeedsMove"/>
    /// with no move on the next token): the matcher skips them on this table and <see cref="MayMoveAfterStart"/> alone.
    /// </summary>
    public byte[] StartKinds { get; }

    /// <summary>Bits of (first word, next word) for the moves of the start states read so far (see <see cref="MayMoveAfterStart"/>).</summary>
    private readonly long[] _startMoves = new long[StartMoveBits / 64];

    private const int StartMoveBits = 1 << 16;

    /// <summary>
    /// False when the state after first word <paramref name="first"/> (its kind <see cref="StartNeedsMove"/>) has no move on
    /// word <paramref name="next"/> (not 0); true when it may have one (a filter of the pairs, so some pairs with no move
    /// pass too, and the walk finds that they lead nowhere).
    /// </summary>
    public bool MayMoveAfterStart(int first, int next)
    {
        var bit = StartMoveBit(first, next);
        return (_startMoves[bit >> 6] & (1L << (bit & 63))) != 0;
    }

    private static int StartMoveBit(int first, int next) => (int)((((uint)first * 2654435769u) ^ ((uint)next * 2246822507u)) >> 16);

    /// <summary>Marks, in <see cref="Starts"/>, a word that starts a phrase whose move is not found yet.</summary>
    public static State Pending { get; } = new(Array.Empty<int>(), new[] { 0 }, Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), live: false);

    public int EntryCount { get; }

    /// <summary>The number of word positions of all patterns (one a word as written), for tests and benchmarks.</summary>
    public int PositionCount { get; }

    /// <summary>The number of states built so far (they are built on first use).</summary>
    public int StateCount => _builder.Count;

    /// <summary>
    /// The state after the first token of a phrase, by word id (null: no phrase starts with the word;
    /// <see cref="Pending"/>: not found yet, see <see cref="Start"/>). A word token and a punctuation token move alike.
    /// </summary>
    public State?[] Starts { get; }

    /// <summary>Finds the state after a first token whose entry in <see cref="Starts"/> is <see cref="Pending"/>.</summary>
    public State Start(int id)
    {
        var target = _builder.Resolve(_root, IndexOf(_root.Keys, id), isWord: true);
        if (target.Kept)
        {
            Volatile.Write(ref Starts[id], target);
            if (!target.Accepting && target.Live && target.Wildcards.Length == 0)
            {
                // Every move of the state is in the filter before the kind that sends the matcher to it is written.
                foreach (var key in target.Keys)
                {
                    var bit = StartMoveBit(id, key);
                    ref var word = ref _startMoves[bit >> 6];
                    long seen;
                    do
                    {
                        seen = Volatile.Read(ref word);
                    }
                    while (Interlocked.CompareExchange(ref word, seen | (1L << (bit & 63)), seen) != seen);
                }

                Volatile.Write(ref StartKinds[id], StartNeedsMove);
            }
        }

        return target;
    }

    /// <summary>
    /// Where <paramref name="id"/> is in the sorted <paramref name="keys"/>, as <see cref="Array.BinarySearch(Array, object)"/>
    /// answers (the complement of the insertion point when absent), without its comparer: this is on every token's walk.
    /// </summary>
    internal static int IndexOf(int[] keys, int id)
    {
        var low = 0;
        var high = keys.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var key = keys[middle];
            if (key == id)
            {
                return middle;
            }

            if (key < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    /// <summary>
    /// The next state on a token with word id <paramref name="id"/> (0: take no word's own move, only "any word"),
    /// or null when no pattern continues.
    /// </summary>
    public State? Next(State state, int id, bool isWord)
    {
        if (id != 0)
        {
            var found = state.Find(id);
            if (found >= 0)
            {
                var target = isWord ? state.OnWord[found] : state.OnOther[found];
                return target ?? _builder.Resolve(state, found, isWord);
            }
        }

        if (!isWord || state.Wildcards.Length == 0)
        {
            return null;
        }

        return state.OnAnyWord ?? _builder.Resolve(state, -1, isWord: true);
    }

    /// <summary>
    /// The word positions of all patterns, built over the patterns as written (a nested group is not expanded into
    /// the word sequences it allows). A position is one word of the pattern; after it come the positions of a
    /// closure: the words that can come next (into, through or out of groups, past optional ones), and possibly the
    /// end of the pattern. The end of entry e is the item <c>-1 - e</c>.
    /// </summary>
    /// <remarks>
    /// Each sequence is built from its end, so a closure is known before the words that lead into it; the words of
    /// every alternative of a group that end it share the one closure that follows the group. A word followed by the
    /// next word of its sequence stores no set (<see cref="AddFollow"/> knows it).
    /// </remarks>
    internal sealed class PositionGraph
    {
        private readonly int[] _expected;
        private readonly int[]?[] _follow;
        private readonly List<int> _union = new();
        private int _next;

        public PositionGraph(PatternNode[][] patterns)
        {
            var total = 0;
            foreach (var pattern in patterns)
            {
                total += CountWords(pattern);
            }

            _expected = new int[total];
            _follow = new int[]?[total];
            var starts = new int[patterns.Length][];
            for (var p = 0; p < patterns.Length; p++)
            {
                // Positions are handed out from the pattern's last word down, so they still read left to right.
                var first = _next;
                _next += CountWords(patterns[p]);
                var end = _next;
                starts[p] = SequenceFirsts(patterns[p], new[] { -1 - p });
                Debug.Assert(_next == first, "every word of the pattern has its position");
                _next = end;
            }

            Count = total;
            Starts = starts;
        }

        public int Count { get; }

        /// <summary>Per entry, the positions a match can start with (and its end, when the pattern may match nothing).</summary>
        public int[][] Starts { get; }

        public int ExpectedOf(int position) => _expected[position];

        /// <summary>Adds the positions that follow <paramref name="position"/> to <paramref name="union"/>.</summary>
        public void AddFollow(int position, List<int> union)
        {
            if (_follow[position] is { } follow)
            {
                union.AddRange(follow);
            }
            else
            {
                union.Add(position + 1);
            }
        }

        /// <summary>
        /// The (first, second) word pairs an entry can start with; second is <see cref="AnyWord"/> when the pattern
        /// may end after its first word or takes any word second.
        /// </summary>
        public IEnumerable<(int First, int Second)> FirstPairs(int entry)
        {
            var seconds = new List<int>();
            foreach (var start in Starts[entry])
            {
                if (start < 0)
                {
                    continue;
                }

                seconds.Clear();
                AddFollow(start, seconds);
                var open = false;
                foreach (var next in seconds)
                {
                    open |= next < 0 || _expected[next] == Wildcard;
                }

                if (open)
                {
                    yield return (_expected[start], AnyWord);
                    continue;
                }

                foreach (var next in seconds)
                {
                    yield return (_expected[start], _expected[next]);
                }
            }
        }

        private static int CountWords(PatternNode[] sequence)
        {
            var count = 0;
            foreach (var node in sequence)
            {
                if (node.Alternatives is { } alternatives)
                {
                    foreach (var alternative in alternatives)
                    {
                        count += CountWords(alternative);
                    }
                }
                else
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// Gives every word of <paramref name="sequence"/> its position and follow set, and returns the positions the
        /// sequence can start with (<paramref name="after"/> itself, the same array, when it can match nothing).
        /// </summary>
        private int[] SequenceFirsts(PatternNode[] sequence, int[] after)
        {
            var firsts = after;
            for (var i = sequence.Length - 1; i >= 0; i--)
            {
                var node = sequence[i];
                if (node.Alternatives is not { } alternatives)
                {
                    var position = --_next;
                    _expected[position] = node.Word;

                    // A word followed by the next word of its sequence stores no set.
                    if (firsts.Length != 1 || firsts[0] != position + 1)
                    {
                        _follow[position] = firsts;
                    }

                    firsts = new[] { position };
                    continue;
                }

                firsts = GroupFirsts(alternatives, firsts);
            }

            return firsts;
        }

        private int[] GroupFirsts(PatternNode[][] alternatives, int[] after)
        {
            if (alternatives.Length == 1)
            {
                return SequenceFirsts(alternatives[0], after);
            }

            // The last alternative first: positions are handed out downwards.
            var parts = new int[alternatives.Length][];
            var optional = false;
            for (var a = alternatives.Length - 1; a >= 0; a--)
            {
                parts[a] = SequenceFirsts(alternatives[a], after);
                optional |= ReferenceEquals(parts[a], after);
            }

            _union.Clear();
            foreach (var part in parts)
            {
                if (!ReferenceEquals(part, after))
                {
                    _union.AddRange(part);
                }
            }

            if (optional)
            {
                _union.AddRange(after);
            }

            return SortedUnique(_union);
        }
    }

    /// <summary>
    /// A state: the set of word positions the tokens read so far can have reached. Its moves are found on first
    /// use and kept, so only the states that replies actually reach are ever built (bounded gaps such as
    /// <c>*6</c> make the full automaton large, and most of it is never visited).
    /// </summary>
    internal sealed class State
    {
        public State(int[] keys, int[] groupStarts, int[] grouped, int[] wildcards, int[] accepts, bool live)
        {
            Keys = keys;
            GroupStarts = groupStarts;
            Grouped = grouped;
            Wildcards = wildcards;
            Accepts = accepts;
            Accepting = accepts.Length > 0;
            Live = live;
            OnWord = new State?[keys.Length];
            OnOther = wildcards.Length == 0 ? OnWord : new State?[keys.Length];

            // Keys by id in an open-addressing table, at most half full: a state reached in a walk often expects tens of
            // words, and a search of the sorted keys is a chain of dependent reads and unpredictable branches.
            var size = 2;
            while (size < keys.Length * 2)
            {
                size <<= 1;
            }

            _keyMask = size - 1;
            _keySlots = new int[size * 2];
            for (var k = 0; k < keys.Length; k++)
            {
                Debug.Assert(keys[k] > 0, "A key is a word id; 0 marks an empty slot.");
                var slot = keys[k] & _keyMask;
                while (_keySlots[slot * 2] != 0)
                {
                    slot = (slot + 1) & _keyMask;
                }

                _keySlots[slot * 2] = keys[k];
                _keySlots[(slot * 2) + 1] = k;
            }
        }

        /// <summary>Where <paramref name="id"/> (not 0) is in <see cref="Keys"/>, or -1.</summary>
        public int Find(int id)
        {
            var slots = _keySlots;
            var slot = id & _keyMask;
            while (true)
            {
                var key = slots[slot * 2];
                if (key == id)
                {
                    return slots[(slot * 2) + 1];
                }

                if (key == 0)
                {
                    return -1;
                }

                slot = (slot + 1) & _keyMask;
            }
        }

        /// <summary>The keys' table: (word id, index in <see cref="Keys"/>) pairs, a word id of 0 for an empty slot.</summary>
        private readonly int[] _keySlots;
        private readonly int _keyMask;

        /// <summary>The words some position of the state expects, ascending.</summary>
        public int[] Keys { get; }

        /// <summary>The positions expecting <c>Keys[k]</c> are <c>Grouped[GroupStarts[k]..GroupStarts[k + 1]]</c>.</summary>
        public int[] GroupStarts { get; }

        public int[] Grouped { get; }

        /// <summary>The positions that take any word.</summary>
        public int[] Wildcards { get; }

        /// <summary>The entries whose pattern ends on reaching this state.</summary>
        public int[] Accepts { get; }

        /// <summary>
        /// Whether some entry ends here (<see cref="Accepts"/> is not empty): read on the state itself, so that a step to
        /// a state that accepts nothing, the common case, does not read the array too.
        /// </summary>
        public bool Accepting { get; }

        /// <summary>Whether some pattern still expects a word.</summary>
        public bool Live { get; }

        /// <summary>The next state on a word token with id <c>Keys[k]</c>; null until first used.</summary>
        public State?[] OnWord { get; }

        /// <summary>The next state on a token that is not a word (punctuation) with id <c>Keys[k]</c>.</summary>
        public State?[] OnOther { get; }

        /// <summary>The next state on any other word, when the state has wildcard positions.</summary>
        public State? OnAnyWord;

        /// <summary>False for a state made past the limit of kept states: its moves are not stored either.</summary>
        public bool Kept = true;
    }

    /// <summary>Subset construction over the position graph, one state at a time, under a lock.</summary>
    private sealed class Builder
    {
        private readonly PositionGraph _graph;
        private readonly int _maxStates;
        private readonly Dictionary<ItemSet, State> _states = new();
        private readonly List<int> _union = new();
        private readonly List<long> _pairs = new();
        private readonly List<int> _keys = new();
        private readonly List<int> _starts = new();
        private readonly List<int> _wildcards = new();

        public Builder(PositionGraph graph, int maxStates)
        {
            _graph = graph;
            _maxStates = maxStates;
        }

        public int Count
        {
            get
            {
                lock (_states)
                {
                    return _states.Count;
                }
            }
        }

        public State RootState()
        {
            lock (_states)
            {
                // An empty match never counts, so the ends of patterns that may match nothing are left out.
                _union.Clear();
                foreach (var start in _graph.Starts)
                {
                    foreach (var item in start)
                    {
                        if (item >= 0)
                        {
                            _union.Add(item);
                        }
                    }
                }

                return StateOf(_union);
            }
        }

        /// <summary>Finds and keeps the move of <paramref name="state"/> on <c>Keys[key]</c> (-1: on any other word).</summary>
        public State Resolve(State state, int key, bool isWord)
        {
            lock (_states)
            {
                _union.Clear();
                if (key >= 0)
                {
                    for (var g = state.GroupStarts[key]; g < state.GroupStarts[key + 1]; g++)
                    {
                        _graph.AddFollow(state.Grouped[g], _union);
                    }
                }

                if (isWord)
                {
                    // A word token also moves the positions that take any word; a punctuation token only its own.
                    foreach (var position in state.Wildcards)
                    {
                        _graph.AddFollow(position, _union);
                    }
                }

                var target = StateOf(_union);
                if (!target.Kept)
                {
                    // Over the limit: the move is taken this once and found again next time.
                    return target;
                }

                if (key < 0)
                {
                    Volatile.Write(ref state.OnAnyWord, target);
                }
                else if (isWord)
                {
                    Volatile.Write(ref state.OnWord[key], target);
                }
                else
                {
                    Volatile.Write(ref state.OnOther[key], target);
                }

                return target;
            }
        }

        private State StateOf(List<int> items)
        {
            var set = SortedUnique(items);
            var key = new ItemSet(set);
            if (!_states.TryGetValue(key, out var state))
            {
                state = Create(set);
                if (_states.Count < _maxStates || _states.Count == 0)
                {
                    _states[key] = state;
                }
                else
                {
                    state.Kept = false;
                }
            }

            return state;
        }

        private State Create(int[] items)
        {
            // Positions grouped by the word they expect: (word, position) pairs sorted.
            _pairs.Clear();
            _wildcards.Clear();
            var accepts = 0;
            foreach (var item in items)
            {
                if (item < 0)
                {
                    accepts++;
                    continue;
                }

                var expected = _graph.ExpectedOf(item);
                if (expected == Wildcard)
                {
                    _wildcards.Add(item);
                }
                else
                {
                    _pairs.Add(((long)expected << 32) | (uint)item);
                }
            }

            _pairs.Sort();
            _keys.Clear();
            _starts.Clear();
            var grouped = new int[_pairs.Count];
            for (var k = 0; k < _pairs.Count; k++)
            {
                var word = (int)(_pairs[k] >> 32);
                if (_keys.Count == 0 || _keys[_keys.Count - 1] != word)
                {
                    _keys.Add(word);
                    _starts.Add(k);
                }

                grouped[k] = (int)(_pairs[k] & 0xFFFFFFFF);
            }

            _starts.Add(_pairs.Count);
            // Ends sort first, the last entry first: read backwards for ascending entries.
            var ends = accepts == 0 ? Array.Empty<int>() : new int[accepts];
            for (var e = 0; e < accepts; e++)
            {
                ends[e] = -1 - items[accepts - 1 - e];
            }

            var live = _pairs.Count > 0 || _wildcards.Count > 0;
            return new State(_keys.ToArray(), _starts.ToArray(), grouped, _wildcards.Count == 0 ? Array.Empty<int>() : _wildcards.ToArray(), ends, live);
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

    /// <summary>The items in ascending order, each once; <paramref name="items"/> is sorted in place.</summary>
    private static int[] SortedUnique(List<int> items)
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

        var result = new int[unique];
        items.CopyTo(0, result, 0, unique);
        return result;
    }
}

/// <summary>
/// One item of a compiled pattern: a word id (<see cref="PhraseAutomaton.Wildcard"/>: any word) or a group of
/// alternatives, each a sequence of items (an empty one: the group is optional).
/// </summary>
internal readonly struct PatternNode
{
    public PatternNode(int word)
    {
        Word = word;
        Alternatives = null;
    }

    public PatternNode(PatternNode[][] alternatives)
    {
        Word = 0;
        Alternatives = alternatives;
    }

    public int Word { get; }

    public PatternNode[][]? Alternatives { get; }
}
