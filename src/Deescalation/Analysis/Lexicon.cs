using System;
using System.Collections.Generic;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>The compiled word table with helpers to turn word lists into id sets, read once at start-up.</summary>
internal sealed class Lexicon
{
    public Lexicon(WordTable table, Tokenizer tokenizer)
    {
        Table = table;
        Tokenizer = tokenizer;
    }

    public WordTable Table { get; }

    public Tokenizer Tokenizer { get; }

    public int Id(string word)
    {
        var id = Table.Find(WordTable.Normalize(word));
        if (id == 0)
        {
            throw new InvalidOperationException($"The word '{word}' is missing from the word table.");
        }

        return id;
    }

    public WordSet Set(IEnumerable<string> words)
    {
        var set = new bool[Table.Count];
        foreach (var word in words)
        {
            set[Id(word)] = true;
        }

        return new WordSet(set);
    }
}

/// <summary>A set of word ids: membership is one array read.</summary>
internal readonly struct WordSet
{
    private readonly bool[] _members;

    public WordSet(bool[] members) => _members = members;

    public bool Contains(int id) => id > 0 && id < _members.Length && _members[id];
}
