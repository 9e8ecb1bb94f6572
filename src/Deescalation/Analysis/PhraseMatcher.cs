using System;
using System.Collections.Generic;
using System.Threading;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>A phrase found in a reply: which entry, and its first and last token.</summary>
internal readonly struct PhraseMatch
{
    public PhraseMatch(int entry, int first, int last)
    {
        Entry = entry;
        First = first;
        Last = last;
    }

    public int Entry { get; }

    public int First { get; }

    public int Last { get; }

    public override string ToString() => $"entry {Entry}: tokens {First}..{Last}";
}

/// <summary>
/// Every phrase of every table compiled once into one automaton over word ids (see <see cref="PhraseAutomaton"/>),
/// so the cost of a token does not grow with the number of phrases: a token whose word starts no phrase costs one
/// array read, and a token that does starts one walk for all phrases together. Between two words of a phrase the
/// walk may skip up to two filler words ("really", "so", "very"), so "I'm really so sorry you feel" still matches
/// "I'm sorry you feel". A phrase never crosses a sentence and never includes a token the options allow.
/// </summary>
internal sealed class PhraseMatcher
{
    private const int MaxFillers = 2;

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly PhraseAutomaton _automaton;
    private readonly bool[] _isFiller;

    /// <summary>Entries whose first word is the index and whose second position accepts any word (or none).</summary>
    /// <remarks>
    /// With <see cref="_byFirstPair"/>, this is the order in which the phrases of one start token have always been
    /// reported when they end on the same token: a rule that reads the first of equal matches keeps its behaviour.
    /// </remarks>
    private readonly int[][] _byFirstWord;

    /// <summary>Entries by their first two words (the second possibly behind fillers).</summary>
    private readonly Dictionary<long, int[]> _byFirstPair;

    public PhraseMatcher(WordTable table, IReadOnlyList<string> patterns, IEnumerable<string> fillers)
        : this(table, patterns, fillers, PhraseAutomaton.DefaultMaxStates)
    {
    }

    /// <summary>With a limit on the automaton states kept (tests use a tiny one to exercise the states not kept).</summary>
    internal PhraseMatcher(WordTable table, IReadOnlyList<string> patterns, IEnumerable<string> fillers, int maxStates)
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

        var compiled = new PatternNode[patterns.Count][];
        for (var entry = 0; entry < patterns.Count; entry++)
        {
            compiled[entry] = Compile(table, patterns[entry], ParsedPatterns.Get(patterns[entry]).Items);
        }

        var graph = new PhraseAutomaton.PositionGraph(compiled);
        var byFirst = new List<int>?[table.Count];
        var byPair = new Dictionary<long, List<int>>();
        for (var entry = 0; entry < patterns.Count; entry++)
        {
            foreach (var (first, second) in graph.FirstPairs(entry))
            {
                if (first == PhraseAutomaton.Wildcard)
                {
                    throw new InvalidOperationException($"The phrase pattern '{patterns[entry]}' starts with a wildcard; a phrase must start with a word.");
                }

                if (second == PhraseAutomaton.AnyWord)
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

        _automaton = new PhraseAutomaton(graph, table.Count, maxStates);
    }

    /// <summary>The number of automaton states built so far, for tests and benchmarks.</summary>
    internal int StateCount => _automaton.StateCount;

    /// <summary>The number of word positions compiled (one a word of a pattern as written), for tests and benchmarks.</summary>
    internal int PositionCount => _automaton.PositionCount;

    private static void AddOnce(List<int> list, int entry)
    {
        if (list.Count == 0 || list[list.Count - 1] != entry)
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
            foreach (var word in ParsedPatterns.Get(pattern).Words)
            {
                yield return word;
            }
        }
    }

    /// <summary>
    /// Finds every phrase; for each start token and entry only the longest match is kept. The matches of one start
    /// token are appended longest first, so a rule sees the fullest phrase first.
    /// </summary>
    public void Match(ReplyText reply, List<PhraseMatch> results)
    {
        var tokens = reply.Tokens;
        var count = reply.TokenCount;
        if (count == 0)
        {
            return;
        }

        var automaton = _automaton;
        var kinds = automaton.StartKinds;
        var isFiller = _isFiller;
        var scratch = _scratch ??= new Scratch();
        var candidates = scratch.Candidates;
        if (candidates.Length < count)
        {
            scratch.Candidates = candidates = new int[Math.Max(count, candidates.Length * 2)];
        }

        // First the tokens a walk may start from, found without a branch a token: whether a token starts a phrase, and
        // whether its phrase can go on at the next token, follow no pattern a predictor can learn. A start word whose state
        // needs a move (StartNeedsMove) is kept only when the next token is in its sentence, not allowed, and a filler or a
        // word the state may move on; the others are read in full below.
        var found = 0;
        var last = count - 1;
        for (var i = 0; i < last; i++)
        {
            ref readonly var token = ref tokens[i];
            ref readonly var next = ref tokens[i + 1];
            var id = token.Id;

            // Read before the filter's bits (an acquire on hardware that may reorder loads): a kind that says the filter holds
            // a start state's moves is written after them (PhraseAutomaton.Start, on any thread).
            var kind = Volatile.Read(ref kinds[id]);
            var nextId = next.Id;
            var moves = (next.Sentence == token.Sentence) & ((next.Flags & TokenFlags.Allowed) == 0) & (nextId != 0) &
                        (isFiller[nextId] | automaton.MayMoveAfterStart(id, nextId));
            var keep = (kind != PhraseAutomaton.NoStart) & ((token.Flags & TokenFlags.Allowed) == 0) & ((kind != PhraseAutomaton.StartNeedsMove) | moves);
            candidates[found] = i;
            found += keep ? 1 : 0;
        }

        var lastKind = kinds[tokens[last].Id];
        if (lastKind != PhraseAutomaton.NoStart && lastKind != PhraseAutomaton.StartNeedsMove && !tokens[last].Is(TokenFlags.Allowed))
        {
            candidates[found++] = last;
        }

        var starts = automaton.Starts;
        for (var c = 0; c < found; c++)
        {
            var i = candidates[c];
            var id = tokens[i].Id;
            var first = starts[id]!;
            if (ReferenceEquals(first, PhraseAutomaton.Pending))
            {
                first = automaton.Start(id);
            }

            if (kinds[id] != PhraseAutomaton.StartNeedsMove && !first.Accepting && Ends(automaton, first, tokens, count, i))
            {
                // Most start words lead nowhere here: the walk would end at its first step with nothing found.
                continue;
            }

            scratch.Begin(automaton.EntryCount);
            Walk(scratch, tokens, count, i, first);
            if (scratch.Found > 0)
            {
                Report(scratch, tokens, count, i, results);
            }
        }
    }

    /// <summary>
    /// Whether a walk from start token <paramref name="start"/> ends at its first step: the next token is past the
    /// sentence or allowed, or it is no filler and the start state has no move on it (<see cref="Walk"/>'s first step).
    /// </summary>
    private bool Ends(PhraseAutomaton automaton, PhraseAutomaton.State first, Token[] tokens, int count, int start)
    {
        if (!first.Live || start + 1 >= count)
        {
            return true;
        }

        ref readonly var next = ref tokens[start + 1];
        if (next.Sentence != tokens[start].Sentence || next.Is(TokenFlags.Allowed))
        {
            return true;
        }

        var id = next.Id;
        return (id == 0 || !_isFiller[id]) && automaton.Next(first, id, next.Is(TokenFlags.Word)) is null;
    }

    /// <summary>Runs the automaton from start token <paramref name="start"/>, recording each entry's last token.</summary>
    private void Walk(Scratch scratch, Token[] tokens, int count, int start, PhraseAutomaton.State first)
    {
        var automaton = _automaton;
        if (first.Accepting)
        {
            scratch.Accept(first.Accepts, start);
        }

        if (!first.Live)
        {
            return;
        }

        var sentence = tokens[start].Sentence;
        var current = scratch.Current;
        var next = scratch.Next;
        var currentCount = 1;

        // Most walks hold one state at a time: it is kept in locals, not in the arrays of states (a reference written to an
        // array is a write barrier), until a filler gives it a second one.
        var single = true;
        var singleState = first;
        var singleFillers = 0;
        var singleSkipped = 0;
        for (var j = start + 1; j < count && currentCount > 0; j++)
        {
            ref readonly var token = ref tokens[j];
            if (token.Sentence != sentence || token.Is(TokenFlags.Allowed))
            {
                break;
            }

            var id = token.Id;
            var isWord = token.Is(TokenFlags.Word);
            var canSkip = id != 0 && _isFiller[id];
            if (single)
            {
                if (!canSkip)
                {
                    // The loop below for one state and a token that is no filler.
                    var excludedOne = id == 0
                        || (singleSkipped >= 1 && tokens[j - 1].Id == id)
                        || (singleSkipped == 2 && tokens[j - 2].Id == id);
                    var targetOne = automaton.Next(singleState, excludedOne ? 0 : id, isWord);
                    if (targetOne is null)
                    {
                        currentCount = 0;
                        break;
                    }

                    if (targetOne.Accepting)
                    {
                        scratch.Accept(targetOne.Accepts, j);
                    }

                    if (!targetOne.Live)
                    {
                        currentCount = 0;
                        break;
                    }

                    singleState = targetOne;
                    singleSkipped = 0;
                    continue;
                }

                current[0] = new WalkState(singleState, singleFillers, singleSkipped);
                single = false;
            }

            var nextCount = 0;
            for (var k = 0; k < currentCount; k++)
            {
                var walk = current[k];

                // A word skipped as a filler since reaching this state cannot then be taken as the word it skipped
                // (a phrase expecting "so" takes the "so" of the reply rather than skipping it).
                var excluded = id == 0
                    || (walk.Skipped >= 1 && tokens[j - 1].Id == id)
                    || (walk.Skipped == 2 && tokens[j - 2].Id == id);
                var target = automaton.Next(walk.State, excluded ? 0 : id, isWord);
                if (target is not null)
                {
                    if (target.Accepting)
                    {
                        scratch.Accept(target.Accepts, j);
                    }

                    if (target.Live)
                    {
                        nextCount = Add(ref next, nextCount, new WalkState(target, walk.Fillers, 0));
                    }
                }

                if (canSkip && walk.Fillers < MaxFillers)
                {
                    nextCount = Add(ref next, nextCount, new WalkState(walk.State, walk.Fillers + 1, walk.Skipped + 1));
                }
            }

            (current, next) = (next, current);
            currentCount = nextCount;
            if (currentCount == 1)
            {
                single = true;
                singleState = current[0].State;
                singleFillers = current[0].Fillers;
                singleSkipped = current[0].Skipped;
            }
        }

        scratch.Current = current;
        scratch.Next = next;
    }

    private static int Add(ref WalkState[] states, int count, WalkState state)
    {
        for (var k = 0; k < count; k++)
        {
            if (states[k].Equals(state))
            {
                return count;
            }
        }

        if (count == states.Length)
        {
            Array.Resize(ref states, count * 2);
        }

        states[count] = state;
        return count + 1;
    }

    /// <summary>Appends the matches of one start token: longest first, then in the order of the first-word index.</summary>
    private void Report(Scratch scratch, Token[] tokens, int count, int start, List<PhraseMatch> results)
    {
        var found = scratch.FoundEntries;
        var foundCount = scratch.Found;
        var ranks = scratch.Ranks;
        var kept = 0;
        for (var k = 0; k < foundCount; k++)
        {
            var entry = found[k];
            var rank = RankOf(entry, tokens, count, start);
            if (rank < 0)
            {
                continue;
            }

            found[kept] = entry;
            ranks[kept] = new Rank(scratch.LastOf(entry), rank, entry);
            kept++;
        }

        // An insertion sort: a start token has few matches, and Array.Sort with a comparer allocates a delegate.
        for (var k = 1; k < kept; k++)
        {
            var rank = ranks[k];
            var at = k;
            while (at > 0 && Precedes(rank, ranks[at - 1]))
            {
                ranks[at] = ranks[at - 1];
                at--;
            }

            ranks[at] = rank;
        }

        for (var k = 0; k < kept; k++)
        {
            results.Add(new PhraseMatch(ranks[k].Entry, start, ranks[k].Last));
        }
    }

    /// <summary>Longest first; equal ends in the order of the first-word index, then of the entries.</summary>
    private static bool Precedes(Rank x, Rank y)
    {
        if (x.Last != y.Last)
        {
            return x.Last > y.Last;
        }

        return x.Order != y.Order ? x.Order < y.Order : x.Entry < y.Entry;
    }

    /// <summary>
    /// Where an entry sits in the first-word index for this start token: 0 when it is listed under the first word
    /// alone, n when under the pair of the first word and the n-th next token; -1 when it is not listed.
    /// </summary>
    private int RankOf(int entry, Token[] tokens, int count, int start)
    {
        var id = tokens[start].Id;
        if (PhraseAutomaton.IndexOf(_byFirstWord[id], entry) >= 0)
        {
            return 0;
        }

        var sentence = tokens[start].Sentence;
        for (var j = start + 1; j < count && j <= start + 1 + MaxFillers && tokens[j].Sentence == sentence; j++)
        {
            if (_byFirstPair.TryGetValue(PairKey(id, tokens[j].Id), out var pairEntries) && PhraseAutomaton.IndexOf(pairEntries, entry) >= 0)
            {
                return j - start;
            }

            if (tokens[j].Id == 0 || !_isFiller[tokens[j].Id])
            {
                break;
            }
        }

        return -1;
    }

    private static PatternNode[] Compile(WordTable table, string pattern, PatternItem[] items)
    {
        var nodes = new PatternNode[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Alternatives is { } alternatives)
            {
                var compiled = new PatternNode[alternatives.Length][];
                for (var a = 0; a < alternatives.Length; a++)
                {
                    compiled[a] = Compile(table, pattern, alternatives[a]);
                }

                nodes[i] = new PatternNode(compiled);
                continue;
            }

            if (item.Word is not { } word)
            {
                nodes[i] = new PatternNode(PhraseAutomaton.Wildcard);
                continue;
            }

            var id = table.Find(word);
            if (id == 0)
            {
                throw new InvalidOperationException($"The word '{word}' of phrase pattern '{pattern}' is missing from the word table.");
            }

            nodes[i] = new PatternNode(id);
        }

        return nodes;
    }

    private readonly struct WalkState : IEquatable<WalkState>
    {
        public WalkState(PhraseAutomaton.State state, int fillers, int skipped)
        {
            State = state;
            Fillers = fillers;
            Skipped = skipped;
        }

        public PhraseAutomaton.State State { get; }

        /// <summary>Fillers skipped so far in this phrase (at most <see cref="MaxFillers"/>).</summary>
        public int Fillers { get; }

        /// <summary>Fillers skipped since the automaton reached <see cref="State"/>: the tokens just before this one.</summary>
        public int Skipped { get; }

        public bool Equals(WalkState other) => ReferenceEquals(State, other.State) && Fillers == other.Fillers && Skipped == other.Skipped;

        public override bool Equals(object? obj) => obj is WalkState other && Equals(other);

        public override int GetHashCode() => (State.GetHashCode() * 16) + (Fillers * 4) + Skipped;
    }

    private readonly struct Rank
    {
        public Rank(int last, int order, int entry)
        {
            Last = last;
            Order = order;
            Entry = entry;
        }

        public int Last { get; }

        public int Order { get; }

        public int Entry { get; }
    }

    /// <summary>Per-thread working arrays of a walk, reused so that matching allocates nothing in the steady state.</summary>
    private sealed class Scratch
    {
        private int[] _stamp = Array.Empty<int>();
        private int[] _last = Array.Empty<int>();
        private int _generation;

        /// <summary>The tokens a walk may start from, found before any walk.</summary>
        public int[] Candidates = new int[256];

        public WalkState[] Current = new WalkState[16];
        public WalkState[] Next = new WalkState[16];
        public int[] FoundEntries = new int[16];
        public Rank[] Ranks = new Rank[16];
        public int Found;

        public void Begin(int entries)
        {
            if (_stamp.Length < entries)
            {
                _stamp = new int[entries];
                _last = new int[entries];
                _generation = 0;
            }

            if (++_generation == int.MaxValue)
            {
                Array.Clear(_stamp, 0, _stamp.Length);
                _generation = 1;
            }

            Found = 0;
        }

        public void Accept(int[] entries, int last)
        {
            foreach (var entry in entries)
            {
                if (_stamp[entry] != _generation)
                {
                    _stamp[entry] = _generation;
                    if (Found == FoundEntries.Length)
                    {
                        Array.Resize(ref FoundEntries, Found * 2);
                        Array.Resize(ref Ranks, Found * 2);
                    }

                    FoundEntries[Found++] = entry;
                }

                // The walk only moves forward: the latest end is the longest match.
                _last[entry] = last;
            }
        }

        public int LastOf(int entry) => _last[entry];
    }
}
