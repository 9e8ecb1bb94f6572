using System;
using System.Collections.Generic;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>A read-only set of words looked up case-insensitively from a span, without allocating.</summary>
internal sealed class WordTableSet
{
    private readonly WordTable _table;

    public WordTableSet(IEnumerable<string> words) => _table = new WordTable(words);

    public bool Contains(ReadOnlySpan<char> word) => _table.Find(word) != 0;
}
