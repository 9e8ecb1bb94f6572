using System;
using System.Collections.Generic;

namespace Deescalation.Fixes;

/// <summary>Placeholders in a fix's text: a bracketed run of words such as "[time]" or "[name of the team]".</summary>
internal static class FixTemplate
{
    /// <summary>The ranges of the placeholders in <paramref name="text"/>, brackets included.</summary>
    public static IReadOnlyList<TextSpan> Placeholders(string text)
    {
        List<TextSpan>? found = null;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                open = i;
            }
            else if (text[i] == ']' && open >= 0)
            {
                (found ??= new List<TextSpan>()).Add(TextSpan.FromBounds(open, i + 1));
                open = -1;
            }
        }

        return found is null ? Array.Empty<TextSpan>() : found;
    }
}
