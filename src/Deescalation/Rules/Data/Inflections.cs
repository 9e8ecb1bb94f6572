using System;
using System.Collections.Generic;
using System.Text;

namespace Deescalation.Rules.Data;

/// <summary>
/// A language's inflections, from its language file: regular suffixes (with the final "e" dropped before some) and
/// irregular forms. A pattern word written <c>send~</c> matches every form: "send", "sends", "sent", "sending".
/// </summary>
internal sealed class Inflections
{
    private readonly IReadOnlyList<string> _suffixes;
    private readonly IReadOnlyList<string> _dropFinalE;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _irregular;

    public Inflections(IReadOnlyList<string> suffixes, IReadOnlyList<string> dropFinalE, IReadOnlyDictionary<string, IReadOnlyList<string>> irregular)
    {
        _suffixes = suffixes;
        _dropFinalE = dropFinalE;
        _irregular = irregular;
    }

    public static Inflections None { get; } = new(Array.Empty<string>(), Array.Empty<string>(), new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The word and its forms.</summary>
    public IReadOnlyList<string> FormsOf(string word)
    {
        var forms = new List<string> { word };
        if (_irregular.TryGetValue(word, out var irregular))
        {
            forms.AddRange(irregular);
            return forms;
        }

        foreach (var suffix in _suffixes)
        {
            var stem = word.EndsWith("e", StringComparison.Ordinal) && IndexOf(_dropFinalE, suffix) >= 0 ? word.Substring(0, word.Length - 1) : word;
            forms.Add(stem + suffix);
        }

        return forms;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Replaces each <c>word~</c> of a pattern with <c>(word|form|...)</c>.</summary>
    public string Expand(string pattern)
    {
        if (pattern.IndexOf('~') < 0)
        {
            return pattern;
        }

        var result = new StringBuilder(pattern.Length * 3);
        var i = 0;
        while (i < pattern.Length)
        {
            var tilde = pattern.IndexOf('~', i);
            if (tilde < 0)
            {
                result.Append(pattern, i, pattern.Length - i);
                break;
            }

            var start = tilde;
            while (start > i && (char.IsLetter(pattern[start - 1]) || pattern[start - 1] == '\''))
            {
                start--;
            }

            if (start == tilde)
            {
                throw new FormatException($"'~' must follow a word in phrase pattern '{pattern}'.");
            }

            result.Append(pattern, i, start - i);
            result.Append('(').Append(string.Join("|", FormsOf(pattern.Substring(start, tilde - start)))).Append(')');
            i = tilde + 1;
        }

        return result.ToString();
    }
}
