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

    // Each slot's hash and id side by side (id 0: an empty slot), so that a probe reads one small array and touches
    // a key string only when the hashes agree: most words of a reply are in no table.
    private readonly Slot[] _slots;
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
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var id = 1; id < _words.Count; id++)
        {
            var key = _words[id];
            var hash = Hash(key.AsSpan());
            var slot = (int)(hash & (uint)_mask);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _slots[slot] = new Slot(hash, id);
        }
    }

    /// <summary>The number of ids, including the unknown id 0.</summary>
    public int Count => _words.Count;

    public string WordOf(int id) => _words[id];

    /// <summary>The id of a word as written in the reply (any case, any apostrophe), or 0 when unknown.</summary>
    public int Find(ReadOnlySpan<char> word) => word.Length == 0 || word.Length > 40 ? 0 : Find(word, Hash(word));

    /// <summary>
    /// The id of a word whose <see cref="Hash"/> the caller has already computed (the tokenizer folds it into its
    /// scanning loop), or 0 when unknown.
    /// </summary>
    public int Find(ReadOnlySpan<char> word, uint hash)
    {
        if (word.Length == 0 || word.Length > 40)
        {
            return 0;
        }

        var slots = _slots;
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var entry = slots[slot];
            if (entry.Id == 0)
            {
                return 0;
            }

            if (entry.Hash == hash && EqualsNormalized(_keys[slot], word))
            {
                return entry.Id;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// <see cref="Find(ReadOnlySpan{char}, uint)"/> for a word of ASCII letters and digits only, the tokenizer's common
    /// case: such a char folds by setting bit 5 (the digits have it set already), so the key comparison needs no
    /// <see cref="Fold"/>.
    /// </summary>
    public int FindAlphanumeric(ReadOnlySpan<char> word, uint hash)
    {
        if (word.Length > 40)
        {
            return 0;
        }

        var slots = _slots;
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var entry = slots[slot];
            if (entry.Id == 0)
            {
                return 0;
            }

            if (entry.Hash == hash && EqualsAlphanumeric(_keys[slot], word))
            {
                return entry.Id;
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

    /// <summary>The seed of <see cref="Hash"/>: FNV-1a over the folded chars.</summary>
    public const uint HashSeed = 2166136261u;

    /// <summary>One folded char into a running <see cref="Hash"/>.</summary>
    public static uint HashStep(uint hash, char folded) => (hash ^ folded) * 16777619u;

    /// <summary>The end of <see cref="Hash"/> after the last char.</summary>
    public static uint HashEnd(uint hash) => hash ^ (hash >> 15);

    public static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = HashSeed;
        foreach (var c in word)
        {
            hash = HashStep(hash, Fold(c));
        }

        return HashEnd(hash);
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

    private static bool EqualsAlphanumeric(string key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != (word[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct Slot
    {
        public readonly uint Hash;
        public readonly int Id;

        public Slot(uint hash, int id)
        {
            Hash = hash;
            Id = id;
        }
    }
}
