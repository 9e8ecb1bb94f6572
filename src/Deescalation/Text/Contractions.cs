using System;
using System.Collections.Generic;

namespace Deescalation.Text;

/// <summary>
/// Splits contractions so that "I'm" matches "I am", "can't" matches "can not" and "we'll" matches "we will", by the
/// rules of a language's data (<c>contractions</c> in <c>rules/en/language.yaml</c>). The same split serves the
/// patterns at start-up and the reply on the hot path, where it allocates nothing. Immutable and thread-safe.
/// </summary>
internal sealed class Contractions
{
    private readonly string _negationWord;
    private readonly string _negationBefore;
    private readonly string _negationAfter;
    private readonly WordTable _stems;
    private readonly string?[] _stemWords;
    private readonly WordTable _unmarked;
    private readonly WordTable _clitics;
    private readonly string[] _cliticWords;
    private readonly string _possessive;
    private readonly WordTable _possessiveIs;
    private readonly string _isWord;
    private readonly WordTable _possessiveUs;
    private readonly string _usWord;
    private readonly WordTable _joined;
    private readonly (int FirstLength, string? First, string Second)[] _joinedSplits;

    // For MaySplitUnmarked: a bit for each joined word's hash modulo 64, and the folded last char of the negation
    // suffix an unmarked contraction ends with ("dont": 't').
    private readonly ulong _joinedHashBits;
    private readonly char _negationLast;

    public Contractions(ContractionData data)
    {
        Data = data;
        var apostrophe = data.NegationSuffix.IndexOf('\'');
        _negationWord = data.NegationWord;
        _negationBefore = apostrophe < 0 ? data.NegationSuffix : data.NegationSuffix.Substring(0, apostrophe);
        _negationAfter = apostrophe < 0 ? string.Empty : data.NegationSuffix.Substring(apostrophe + 1);
        (_stems, _stemWords) = Map(data.NegationStems);
        _unmarked = new WordTable(data.NegationUnmarked);
        (_clitics, var clitics) = Map(data.Clitics);
        _cliticWords = Array.ConvertAll(clitics, static word => word ?? string.Empty);
        _possessive = data.Possessive;
        _possessiveIs = new WordTable(data.PossessiveIs.Words);
        _isWord = data.PossessiveIs.Word;
        _possessiveUs = new WordTable(data.PossessiveUs.Words);
        _usWord = data.PossessiveUs.Word;

        var joined = new List<string>();
        var splits = new List<(int, string?, string)>();
        foreach (var pair in data.Joined)
        {
            // "cannot": "can not", the first part a prefix of the word.
            var parts = pair.Value.Split(' ');
            joined.Add(pair.Key);
            splits.Add((parts[0].Length, pair.Key.StartsWith(parts[0], StringComparison.Ordinal) ? null : parts[0], parts[1]));
        }

        _joined = new WordTable(joined);
        foreach (var word in joined)
        {
            _joinedHashBits |= 1UL << (int)(WordTable.Hash(WordTable.Normalize(word).AsSpan()) & 63);
        }

        var suffix = _negationBefore + _negationAfter;
        _negationLast = suffix.Length > 0 ? suffix[suffix.Length - 1] : '\0';
        _joinedSplits = new (int, string?, string)[splits.Count + 1];
        for (var i = 0; i < splits.Count; i++)
        {
            _joinedSplits[_joined.Find(joined[i])] = splits[i];
        }

        var words = new List<string> { _negationWord, _possessive, _isWord, _usWord };
        foreach (var word in _cliticWords)
        {
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        foreach (var stem in _stemWords)
        {
            if (stem is not null)
            {
                words.Add(stem);
            }
        }

        foreach (var split in splits)
        {
            words.Add(split.Item3);
        }

        Words = words;
    }

    /// <summary>The language file's contractions as read; the compact rule pack stores these.</summary>
    public ContractionData Data { get; }

    /// <summary>Every word a split can produce, for the word table.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Splits <paramref name="word"/> into two parts, or returns false to keep it whole.</summary>
    /// <param name="word">The word as written (any case, any apostrophe).</param>
    /// <param name="firstLength">The length of the first part in the original word.</param>
    /// <param name="firstOverride">The normalised first part when it differs from the text ("wo" of "won't" is "will").</param>
    /// <param name="secondStart">Where the second part starts in the original word.</param>
    /// <param name="second">The normalised second part ("not", "am", "will", "is", "'s").</param>
    public bool TrySplit(ReadOnlySpan<char> word, out int firstLength, out string? firstOverride, out int secondStart, out string second)
    {
        firstLength = 0;
        firstOverride = null;
        secondStart = 0;
        second = string.Empty;

        var apostrophe = -1;
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (WordTable.IsApostrophe(word[i]))
            {
                apostrophe = i;
                break;
            }
        }

        if (apostrophe < 0)
        {
            return TrySplitUnmarked(word, ref firstLength, ref firstOverride, ref secondStart, ref second);
        }

        var tail = word.Slice(apostrophe + 1);
        var before = _negationBefore.Length;
        if (_negationAfter.Length > 0 && EqualsFolded(tail, _negationAfter) && apostrophe >= before && EqualsFolded(word.Slice(apostrophe - before, before), _negationBefore))
        {
            // "don't", "isn't", "can't", "won't", "shan't", "ain't".
            firstLength = apostrophe - before;
            secondStart = firstLength;
            second = _negationWord;
            firstOverride = firstLength > 0 ? _stemWords[_stems.Find(word.Slice(0, firstLength))] : null;
            return firstLength > 0;
        }

        var clitic = _clitics.Find(tail);
        if (clitic == 0)
        {
            return false;
        }

        firstLength = apostrophe;
        secondStart = apostrophe;
        second = _cliticWords[clitic];
        if (ReferenceEquals(second, _possessive) || second == _possessive)
        {
            var stem = word.Slice(0, apostrophe);
            if (_possessiveIs.Find(stem) != 0)
            {
                second = _isWord;
            }
            else if (_possessiveUs.Find(stem) != 0)
            {
                second = _usWord;
            }
        }

        return true;
    }

    /// <summary>
    /// False when <see cref="TrySplitUnmarked(ReadOnlySpan{char}, uint, ref int, ref string?, ref int, ref string)"/>
    /// cannot split the word: no joined form ("cannot") has its hash modulo 64, and it does not end as the negation
    /// suffix does. A test of a few instructions that the tokenizer makes for every word before the lookups.
    /// </summary>
    public bool MaySplitUnmarked(ReadOnlySpan<char> word, uint hash) =>
        ((_joinedHashBits >> (int)(hash & 63)) & 1) != 0 ||
        (word.Length >= _negationBefore.Length + _negationAfter.Length + 2 && _negationLast != '\0' && WordTable.Fold(word[word.Length - 1]) == _negationLast);

    private bool TrySplitUnmarked(ReadOnlySpan<char> word, ref int firstLength, ref string? firstOverride, ref int secondStart, ref string second) =>
        TrySplitUnmarked(word, WordTable.Hash(word), ref firstLength, ref firstOverride, ref secondStart, ref second);

    /// <summary>
    /// <see cref="TrySplit"/> for a word the caller knows has no apostrophe, with its <see cref="WordTable.Hash"/>
    /// already computed.
    /// </summary>
    public bool TrySplitUnmarked(ReadOnlySpan<char> word, uint hash, ref int firstLength, ref string? firstOverride, ref int secondStart, ref string second)
    {
        // "cannot", and chat shorthand without the apostrophe ("dont", "cant").
        var joined = _joined.Find(word, hash);
        if (joined != 0)
        {
            var split = _joinedSplits[joined];
            firstLength = split.FirstLength;
            secondStart = split.FirstLength;
            firstOverride = split.First;
            second = split.Second;
            return true;
        }

        var suffix = _negationBefore.Length + _negationAfter.Length;
        if (suffix > 0 && word.Length >= suffix + 2 && EqualsFolded(word.Slice(word.Length - _negationAfter.Length), _negationAfter) &&
            EqualsFolded(word.Slice(word.Length - suffix, _negationBefore.Length), _negationBefore))
        {
            var stem = word.Slice(0, word.Length - suffix);
            if (_unmarked.Find(stem) != 0)
            {
                firstLength = stem.Length;
                secondStart = stem.Length;
                second = _negationWord;
                firstOverride = _stemWords[_stems.Find(stem)];
                return true;
            }
        }

        return false;
    }

    private static (WordTable Table, string?[] Values) Map(IReadOnlyDictionary<string, string> map)
    {
        var keys = new List<string>(map.Keys);
        var table = new WordTable(keys);
        var values = new string?[keys.Count + 1];
        foreach (var key in keys)
        {
            values[table.Find(key)] = map[key];
        }

        return (table, values);
    }

    private static bool EqualsFolded(ReadOnlySpan<char> span, string lower)
    {
        if (span.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (WordTable.Fold(span[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A language's contraction rules, as read from its language file.</summary>
internal sealed class ContractionData
{
    public string NegationSuffix { get; init; } = string.Empty;

    public string NegationWord { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> NegationStems { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> NegationUnmarked { get; init; } = Array.Empty<string>();

    public IReadOnlyDictionary<string, string> Clitics { get; init; } = new Dictionary<string, string>();

    public string Possessive { get; init; } = "'s";

    public (string Word, IReadOnlyList<string> Words) PossessiveIs { get; init; } = (string.Empty, Array.Empty<string>());

    public (string Word, IReadOnlyList<string> Words) PossessiveUs { get; init; } = (string.Empty, Array.Empty<string>());

    public IReadOnlyDictionary<string, string> Joined { get; init; } = new Dictionary<string, string>();
}
