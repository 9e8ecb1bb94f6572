using System;
using System.Collections.Generic;
using Deescalation.Rules;
using Deescalation.Rules.Data;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// A cheap first look at a customer's message that proves, without tokenizing and matching it, that its
/// <see cref="SignalDetector.UpsetWeight"/> stays under <see cref="SignalDetector.UpsetThreshold"/>: most messages are
/// calm, and most replies ask. It answers "calm" only when the message has none of what can add weight: no "!" and no
/// "???" (runs, an exclaimed grievance, a shouted word ending in "!"), no hashtag holding an angry stem, no angry emoji,
/// no everyday word in capitals, no word of a strong row and words of at most one mild row. Anything else is "may be
/// upset", and the full path decides; so the answer is the full path's whenever it says "calm".
/// </summary>
/// <remarks>
/// Every row of the customer matcher gets a set of words one of which any match must hold: from one of its required
/// elements, one word of each alternative, chosen to be rare (not an everyday word, not short). A word token spelling
/// such a word (all its chars folding to letters and digits) is, in the tokenizer, a whole run of letters and digits
/// between the same excluded ranges, or the first part of a split contraction (a prefix of that run); the scan reads
/// exactly those. Words that only a split produces ("not" of "n't", "will" of "wont") are taken as present whenever
/// the message could split one (an apostrophe, or a run the contractions split).
/// </remarks>
internal sealed class CalmMessageScan
{
    private const byte AsciiWordChar = 1;
    private static readonly byte[] AsciiWordChars = CreateAsciiWordChars();

    private readonly WordTable _table;
    private readonly TextLanguage _language;
    private readonly Contractions _contractions;
    private readonly WordTableSet _everyday;
    private readonly string[] _upsetStems;

    // By word id: the rows (indexes of the customer matcher's entries) that word may start to prove.
    private readonly int[]?[] _rowsByWord;
    private readonly bool[] _strong;

    // A filter on the words' hashes: a run whose hash has no bit here is no row's word, without a lookup.
    private readonly ulong[] _maybeRowWord = new ulong[1024];

    // Rows whose chosen words only a split produces, and rows with no word to wait for (a strong one makes the scan useless).
    private readonly int[] _producedRows;
    private readonly int[] _alwaysMild;
    private readonly bool _alwaysStrong;

    public CalmMessageScan(WordTable table, TextLanguage language, int[][][][] compiled, PhraseEntry[] entries, int[][][][] replyCompiled, IEnumerable<string> everydayWords, string[] upsetStems)
    {
        _table = table;
        _language = language;
        _contractions = language.Contractions;
        _everyday = new WordTableSet(everydayWords);
        _upsetStems = upsetStems;
        var produced = new bool[table.Count];
        foreach (var word in _contractions.ProducedWords)
        {
            var id = table.Find(word);
            if (id > 0)
            {
                produced[id] = true;
            }
        }

        // How many rows of either matcher use a word: a word many phrases share ("i", "to", "you") is a common one.
        var uses = new int[table.Count];
        CountUses(compiled, uses);
        CountUses(replyCompiled, uses);

        var byWord = new List<int>?[table.Count];
        var producedRows = new List<int>();
        var alwaysMild = new List<int>();
        _strong = new bool[entries.Length];
        for (var entry = 0; entry < entries.Length; entry++)
        {
            _strong[entry] = entries[entry].Signal == SignalKind.StrongUpset;
            var words = RequiredWords(compiled[entry], produced);
            if (words is null)
            {
                _alwaysStrong |= _strong[entry];
                if (!_strong[entry])
                {
                    alwaysMild.Add(entry);
                }

                continue;
            }

            foreach (var id in words)
            {
                if (produced[id])
                {
                    if (!producedRows.Contains(entry))
                    {
                        producedRows.Add(entry);
                    }

                    continue;
                }

                var rows = byWord[id] ??= new List<int>();
                if (!rows.Contains(entry))
                {
                    rows.Add(entry);
                }
            }
        }

        _rowsByWord = new int[]?[table.Count];
        for (var id = 0; id < byWord.Length; id++)
        {
            _rowsByWord[id] = byWord[id]?.ToArray();
        }

        for (var id = 1; id < byWord.Length; id++)
        {
            if (byWord[id] is not null)
            {
                var hash = WordTable.Hash(table.WordOf(id).AsSpan());
                _maybeRowWord[(hash >> 6) & 1023] |= 1UL << (int)(hash & 63);
            }
        }

        _producedRows = producedRows.ToArray();
        _alwaysMild = alwaysMild.ToArray();

        int Cost(int id)
        {
            if (produced[id])
            {
                return 1 << 20;
            }

            var word = table.WordOf(id);
            return (uses[id] * 4) + (_everyday.Contains(word.AsSpan()) ? 20 : 0) + (word.Length <= 2 ? 40 : word.Length == 3 ? 10 : 0) + 1;
        }

        // One required element's words, one for each alternative, at the least cost; null when no element is required.
        List<int>? RequiredWords(int[][][] elements, bool[] producedWords)
        {
            List<int>? best = null;
            var bestCost = long.MaxValue;
            foreach (var alternatives in elements)
            {
                var set = new List<int>();
                long cost = 0;
                var required = true;
                foreach (var alternative in alternatives)
                {
                    var pick = -1;
                    var pickCost = int.MaxValue;
                    foreach (var id in alternative)
                    {
                        if (id != PhraseAutomaton.Wildcard && Cost(id) < pickCost)
                        {
                            pick = id;
                            pickCost = Cost(id);
                        }
                    }

                    if (pick < 0)
                    {
                        // An empty alternative (optional) or gaps only: the element needs no word.
                        required = false;
                        break;
                    }

                    if (!set.Contains(pick))
                    {
                        set.Add(pick);
                        cost += pickCost;
                    }
                }

                if (required && cost < bestCost)
                {
                    best = set;
                    bestCost = cost;
                }
            }

            return best;
        }
    }

    private static void CountUses(int[][][][] compiled, int[] uses)
    {
        var seen = new HashSet<int>();
        foreach (var elements in compiled)
        {
            seen.Clear();
            foreach (var alternatives in elements)
            {
                foreach (var alternative in alternatives)
                {
                    foreach (var id in alternative)
                    {
                        if (id > 0 && id < uses.Length && seen.Add(id))
                        {
                            uses[id]++;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The longest message worth scanning: a longer one nearly always holds a word of some row (of the real corpus's
    /// 15,206 messages, 7,423 of the 8,035 the scan proves calm are at most 100 chars), and scanning it costs about half
    /// of preparing it.
    /// </summary>
    public const int MaxLength = 120;

    /// <summary>Whether no row of the customer matcher is strong with no word to wait for: the scan can answer "calm" at all.</summary>
    public bool Useful => !_alwaysStrong && _alwaysMild.Length <= 1;

    /// <summary>
    /// Whether the message cannot read as upset (false: it may, and the full path must decide). The angry emoji are the
    /// caller's to check. <paramref name="excluded"/> and <paramref name="quoted"/> are scratch lists.
    /// </summary>
    public bool CannotBeUpset(string text, List<TextRange> excluded, List<TextRange> quoted)
    {
        if (!Useful || text.IndexOf('!') >= 0 || text.IndexOf("???", StringComparison.Ordinal) >= 0 || AngryHashtag(text))
        {
            return false;
        }

        var mild = _alwaysMild.Length == 1 ? _alwaysMild[0] : -1;
        var split = false;

        // The tokenizer's walk over the excluded ranges, so that runs end where its words end.
        AgentRegions.Find(text, excluded, quoted, _language);
        var n = text.Length;
        var i = 0;
        var excludedIndex = 0;
        var limit = excluded.Count > 0 ? Math.Min(n, excluded[0].Start) : n;
        var negation = _contractions.NegationPrefixLength;
        while (i < n)
        {
            if (i >= limit && excludedIndex < excluded.Count)
            {
                var range = excluded[excludedIndex++];
                if (i < range.End)
                {
                    i = range.End;
                }

                limit = excludedIndex < excluded.Count ? Math.Min(n, excluded[excludedIndex].Start) : n;
                continue;
            }

            var c = text[i];
            if (!IsWordChar(c))
            {
                split |= WordTable.IsApostrophe(c);
                i++;
                continue;
            }

            var hash = WordTable.HashSeed;
            var upper = true;
            var j = i;
            for (; j < limit; j++)
            {
                var d = text[j];
                if (!IsWordChar(d))
                {
                    break;
                }

                upper &= d < 128 ? (uint)(d - 'A') <= 'Z' - 'A' : char.IsUpper(d);
                hash = WordTable.HashStep(hash, WordTable.Fold(d));
            }

            hash = WordTable.HashEnd(hash);
            var run = text.AsSpan(i, j - i);
            if (!Calm(run, hash, upper, ref mild))
            {
                return false;
            }

            if (j < limit && WordTable.IsApostrophe(text[j]))
            {
                // "don't": the first part is "do"; "CAN'T" in capitals may be an everyday word shouted.
                if (upper && j + 1 < limit && char.IsUpper(text[j + 1]))
                {
                    return false;
                }

                if (run.Length > negation && !Calm(run.Slice(0, run.Length - negation), ref mild))
                {
                    return false;
                }
            }

            var firstLength = 0;
            string? firstOverride = null;
            var secondStart = 0;
            var second = string.Empty;
            if (_contractions.TrySplitUnmarked(run, hash, ref firstLength, ref firstOverride, ref secondStart, ref second))
            {
                // "cannot": "can" and "not"; "wont": "will" and "not".
                split = true;
                if (firstOverride is null && firstLength > 0 && firstLength < run.Length && !Calm(run.Slice(0, firstLength), ref mild))
                {
                    return false;
                }
            }

            i = j;
        }

        if (split)
        {
            foreach (var row in _producedRows)
            {
                if (!Mild(row, ref mild))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool Calm(ReadOnlySpan<char> word, ref int mild)
    {
        var upper = true;
        foreach (var c in word)
        {
            upper &= char.IsUpper(c);
        }

        return Calm(word, WordTable.Hash(word), upper, ref mild);
    }

    /// <summary>Whether a word that may be a token leaves the message calm: no everyday word shouted, no strong row's word, one mild row at most.</summary>
    private bool Calm(ReadOnlySpan<char> word, uint hash, bool upper, ref int mild)
    {
        if (upper && word.Length >= 2 && _everyday.Contains(word))
        {
            return false;
        }

        if ((_maybeRowWord[(hash >> 6) & 1023] & (1UL << (int)(hash & 63))) == 0)
        {
            return true;
        }

        var id = _table.Find(word, hash);
        if (id == 0 || _rowsByWord[id] is not { } rows)
        {
            return true;
        }

        foreach (var row in rows)
        {
            if (!Mild(row, ref mild))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts a row that may match: false for a strong one, or a second mild one.</summary>
    private bool Mild(int row, ref int mild)
    {
        if (_strong[row] || (mild >= 0 && mild != row))
        {
            return false;
        }

        mild = row;
        return true;
    }

    /// <summary>A "#" before text holding an angry stem: a token after it is inside that text, up to the next space.</summary>
    private bool AngryHashtag(string text)
    {
        var hash = text.IndexOf('#');
        while (hash >= 0)
        {
            var end = hash + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var tag = text.AsSpan(hash + 1, end - hash - 1);
            foreach (var stem in _upsetStems)
            {
                if (tag.IndexOf(stem.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            hash = end < text.Length ? text.IndexOf('#', end) : -1;
        }

        return false;
    }

    private static bool IsWordChar(char c) => c < 128 ? AsciiWordChars[c] == AsciiWordChar : char.IsLetterOrDigit(c);

    private static byte[] CreateAsciiWordChars()
    {
        var chars = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            chars[c] = char.IsLetterOrDigit((char)c) ? AsciiWordChar : (byte)0;
        }

        return chars;
    }
}
