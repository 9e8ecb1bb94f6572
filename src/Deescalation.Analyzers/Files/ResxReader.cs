namespace Deescalation.Analyzers.Files;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Deescalation.Analyzers.Text;

/// <summary>
/// The string values of a .resx file, each mapped back to its characters in the XML (entities decoded). A small
/// scanner rather than an XML reader, because the offsets are what matters; comments and typed values are skipped.
/// </summary>
internal static class ResxReader
{
    public static IEnumerable<MappedReply> Read(string xml)
    {
        var i = 0;
        while (i < xml.Length)
        {
            var next = xml.IndexOf('<', i);
            if (next < 0)
            {
                yield break;
            }

            if (string.CompareOrdinal(xml, next, "<!--", 0, 4) == 0)
            {
                var end = xml.IndexOf("-->", next + 4, StringComparison.Ordinal);
                i = end < 0 ? xml.Length : end + 3;
                continue;
            }

            if (!IsElement(xml, next, "data"))
            {
                i = next + 1;
                continue;
            }

            var tagEnd = xml.IndexOf('>', next);
            var dataEnd = xml.IndexOf("</data>", next, StringComparison.Ordinal);
            if (tagEnd < 0)
            {
                yield break;
            }

            i = dataEnd < 0 ? tagEnd + 1 : dataEnd + 7;
            var startTag = xml.Substring(next, tagEnd - next);
            if (dataEnd < 0 || xml[tagEnd - 1] == '/' || startTag.Contains(" type=") || startTag.Contains(" mimetype="))
            {
                continue;
            }

            var valueStart = xml.IndexOf("<value>", tagEnd, dataEnd - tagEnd, StringComparison.Ordinal);
            if (valueStart < 0)
            {
                continue;
            }

            valueStart += "<value>".Length;
            var valueEnd = xml.IndexOf("</value>", valueStart, dataEnd - valueStart, StringComparison.Ordinal);
            if (valueEnd < 0 || Decode(xml, valueStart, valueEnd) is not { } reply)
            {
                continue;
            }

            yield return reply;
        }
    }

    private static bool IsElement(string xml, int at, string name) =>
        string.CompareOrdinal(xml, at + 1, name, 0, name.Length) == 0 &&
        at + 1 + name.Length < xml.Length && (char.IsWhiteSpace(xml[at + 1 + name.Length]) || xml[at + 1 + name.Length] == '>');

    private static MappedReply? Decode(string xml, int from, int to)
    {
        var value = new StringBuilder(to - from);
        var starts = new List<int>(to - from + 1);
        var i = from;
        while (i < to)
        {
            var c = xml[i];
            if (c == '<')
            {
                // CDATA or markup inside a value: not a plain string value.
                return null;
            }

            if (c != '&')
            {
                starts.Add(i);
                value.Append(c);
                i++;
                continue;
            }

            var semicolon = xml.IndexOf(';', i, Math.Min(12, to - i));
            if (semicolon < 0)
            {
                return null;
            }

            var entity = xml.Substring(i + 1, semicolon - i - 1);
            string? decoded = entity switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ when entity.StartsWith("#x", StringComparison.OrdinalIgnoreCase) &&
                       int.TryParse(entity.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => char.ConvertFromUtf32(hex),
                _ when entity.StartsWith("#", StringComparison.Ordinal) &&
                       int.TryParse(entity.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out var dec) => char.ConvertFromUtf32(dec),
                _ => null,
            };
            if (decoded is null)
            {
                return null;
            }

            foreach (var unit in decoded)
            {
                starts.Add(i);
                value.Append(unit);
            }

            i = semicolon + 1;
        }

        starts.Add(to);
        return ReplyLibraryFiles.Plain(value.ToString(), starts.ToArray());
    }
}
