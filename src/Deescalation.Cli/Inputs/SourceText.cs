using System;
using System.Collections.Generic;

namespace Deescalation.Cli.Inputs;

/// <summary>A piece of a file's text (the whole file, or one line of a JSONL file) with 1-based line and column lookup.</summary>
internal sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text, int firstLine = 1, int fileOffset = 0)
    {
        Text = text;
        FirstLine = firstLine;
        FileOffset = fileOffset;
    }

    /// <summary>Where <see cref="Text"/> starts in the whole file's decoded text.</summary>
    public int FileOffset { get; }

    public string Text { get; }

    /// <summary>The file line number of the first line of <see cref="Text"/>.</summary>
    public int FirstLine { get; }

    /// <summary>Returns the 1-based file line and 1-based UTF-16 column of a character offset.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (FirstLine + index, offset - starts[index] + 1);
    }

    /// <summary>The text of a file line without its line break, or an empty string.</summary>
    public string GetLine(int line)
    {
        var starts = LineStarts;
        var index = line - FirstLine;
        if (index < 0 || index >= starts.Length)
        {
            return string.Empty;
        }

        var start = starts[index];
        var end = index + 1 < starts.Length ? starts[index + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.Substring(start, end - start);
    }

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
