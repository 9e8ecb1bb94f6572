using System;
using System.Collections.Generic;

namespace Deescalation;

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
/// Every phrase of every table compiled once into one trie over word ids. One walk over the tokens finds all
/// phrases: a token whose word starts no phrase costs one array read. Between two words of a phrase the walk
/// may skip up to two filler words ("really", "so", "very"), so "I'm really so sorry you feel" still matches.
/// </summary>
internal sealed class PhraseMatcher
{
    private const int MaxFillers = 2;

    private readonly List<Node> _nodes = new() { new Node() };
    private readonly bool[] _startsPhrase;
    private readonly bool[] _isFiller;

    public PhraseMatcher(WordTable table, IReadOnlyList<string> patterns, IEnumerable<string> fillers)
    {
        _startsPhrase = new bool[table.Count];
        _isFiller = new bool[table.Count];
        foreach (var filler in fillers)
        {
            var id = table.Find(filler);
            if (id != 0)
            {
                _isFiller[id] = true;
            }
        }

        for (var entry = 0; entry < patterns.Count; entry++)
        {
            foreach (var words in PhrasePattern.Expand(patterns[entry]))
            {
                Add(table, entry, words, patterns[entry]);
            }
        }
    }

    /// <summary>Every word a set of patterns uses, for building the <see cref="WordTable"/>.</summary>
    public static IEnumerable<string> WordsOf(IEnumerable<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            foreach (var words in PhrasePattern.Expand(pattern))
            {
                foreach (var word in words)
                {
                    if (word is not null)
                    {
                        yield return word;
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
        for (var i = 0; i < count; i++)
        {
            var id = tokens[i].Id;
            if (id == 0 || !_startsPhrase[id] || tokens[i].Is(TokenFlags.Allowed))
            {
                continue;
            }

            var before = results.Count;
            Walk(tokens, count, 0, i, i, tokens[i].Sentence, 0, results);
            if (results.Count - before > 1)
            {
                KeepLongestPerEntry(results, before);
            }
        }
    }

    private void Walk(Token[] tokens, int count, int nodeIndex, int start, int position, int sentence, int fillers, List<PhraseMatch> results)
    {
        var node = _nodes[nodeIndex];
        if (node.Entries is not null && position > start)
        {
            foreach (var entry in node.Entries)
            {
                results.Add(new PhraseMatch(entry, start, position - 1));
            }
        }

        if (position >= count)
        {
            return;
        }

        ref readonly var token = ref tokens[position];
        if (token.Sentence != sentence || token.Is(TokenFlags.Allowed))
        {
            return;
        }

        if (node.Children is not null && token.Id != 0 && node.Children.TryGetValue(token.Id, out var child))
        {
            Walk(tokens, count, child, start, position + 1, sentence, fillers, results);
        }

        if (node.Wildcard >= 0 && token.Is(TokenFlags.Word))
        {
            Walk(tokens, count, node.Wildcard, start, position + 1, sentence, fillers, results);
        }

        if (nodeIndex != 0 && fillers < MaxFillers && token.Id != 0 && _isFiller[token.Id])
        {
            Walk(tokens, count, nodeIndex, start, position + 1, sentence, fillers + 1, results);
        }
    }

    private static void KeepLongestPerEntry(List<PhraseMatch> results, int from)
    {
        for (var a = from; a < results.Count; a++)
        {
            for (var b = results.Count - 1; b > a; b--)
            {
                if (results[b].Entry != results[a].Entry)
                {
                    continue;
                }

                if (results[b].Last > results[a].Last)
                {
                    results[a] = results[b];
                }

                results.RemoveAt(b);
            }
        }
    }

    private void Add(WordTable table, int entry, List<string?> words, string pattern)
    {
        var nodeIndex = 0;
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            var node = _nodes[nodeIndex];
            if (word is null)
            {
                if (node.Wildcard < 0)
                {
                    node.Wildcard = _nodes.Count;
                    _nodes.Add(new Node());
                }

                nodeIndex = node.Wildcard;
                continue;
            }

            var id = table.Find(word);
            if (id == 0)
            {
                throw new InvalidOperationException($"The word '{word}' of phrase pattern '{pattern}' is missing from the word table.");
            }

            if (k == 0)
            {
                _startsPhrase[id] = true;
            }

            node.Children ??= new Dictionary<int, int>();
            if (!node.Children.TryGetValue(id, out var child))
            {
                child = _nodes.Count;
                node.Children[id] = child;
                _nodes.Add(new Node());
            }

            nodeIndex = child;
        }

        var last = _nodes[nodeIndex];
        last.Entries ??= new List<int>();
        if (!last.Entries.Contains(entry))
        {
            last.Entries.Add(entry);
        }
    }

    private sealed class Node
    {
        public Dictionary<int, int>? Children;
        public int Wildcard = -1;
        public List<int>? Entries;
    }
}
