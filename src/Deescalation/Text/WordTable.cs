using System;
using System.Collections.Generic;

namespace Deescalation.Text;

/// <summary>
/// An open-addressing table from a word to a small integer id, looked up straight from a span of the reply with
/// case folded and apostrophes unified, so the hot path never allocates a string. Built once, then read-only.
/// </summary>
internal sealed class WordTable
{
    private readonly string[] _keys;
    private readonly int[] _ids;
    private readonly int _mask;
    private readonly List<string> _words;

    public WordTable(IEnumerable<string> words)
    {
        _words = new List<string> { string.Empty };
        var unique = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var normal = Normalize(word);
            if (normal.Length > 0 && unique.Add(normal))
            {
                _words.Add(normal);
            }
        }

        var capacity = 16;
        while (capacity < _words.Count * 3)
        {
            capacity <<= 1;
        }

        _keys = new string[capacity];
        _ids = new int[capacity];
        _mask = capacity - 1;
        for (var id = 1; id < _words.Count; id++)
        {
            var key = _words[id];
            var slot = (int)(Hash(key.AsSpan()) & (uint)_mask);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _ids[slot] = id;
        }
    }

    /// <summary>The number of ids, including the unknown id 0.</summary>
    public int Count => _words.Count;

    public string WordOf(int id) => _words[id];

    /// <summary>The id of a word as written in the reply (any case, any apostrophe), or 0 when unknown.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 40)
        {
            return 0;
        }

        var slot = (int)(Hash(word) & (uint)_mask);
        while (true)
        {
            var key = _keys[slot];
            if (key is null)
            {
                return 0;
            }

            if (EqualsNormalized(key, word))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }

    public int Find(string word) => Find(word.AsSpan());

    /// <summary>Folds case and unifies apostrophes: the key form of every word.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '`';

    public static string Normalize(string word)
    {
        var chars = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            chars[i] = Fold(word[i]);
        }

        return new string(chars).Trim();
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ Fold(c)) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private static bool EqualsNormalized(string key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != Fold(word[i]))
            {
                return false;
            }
        }

        return true;
    }
}
