namespace Deescalation.Analyzers.Files;

using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Deescalation.Analyzers.Text;

/// <summary>
/// The string values of a JSON reply library, mapped back to their characters: every string that is not a property
/// name nor the value of a metadata property (<c>id</c>, <c>channel</c>, <c>customerMessage</c>...).
/// </summary>
internal static class JsonReader
{
    public static IEnumerable<MappedReply> Read(string json)
    {
        var i = 0;
        string? property = null;
        while (i < json.Length)
        {
            if (json[i] != '"')
            {
                i++;
                continue;
            }

            var value = new StringBuilder();
            var starts = new List<int>();
            var end = ReadString(json, i + 1, value, starts);
            if (end < 0)
            {
                yield break;
            }

            i = end + 1;
            var after = i;
            while (after < json.Length && char.IsWhiteSpace(json[after]))
            {
                after++;
            }

            if (after < json.Length && json[after] == ':')
            {
                property = value.ToString();
                continue;
            }

            if (property is not null && ReplyLibraryFiles.IsMetadataKey(property))
            {
                property = null;
                continue;
            }

            property = null;
            starts.Add(end);
            yield return ReplyLibraryFiles.Plain(value.ToString(), starts.ToArray());
        }
    }

    /// <summary>Decodes a string body from <paramref name="i"/>; returns the closing quote's offset, or -1.</summary>
    private static int ReadString(string json, int i, StringBuilder value, List<int> starts)
    {
        while (i < json.Length)
        {
            var c = json[i];
            if (c == '"')
            {
                return i;
            }

            if (c != '\\')
            {
                starts.Add(i);
                value.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= json.Length)
            {
                return -1;
            }

            var escape = json[i + 1];
            char decoded;
            var length = 2;
            switch (escape)
            {
                case 'n': decoded = '\n'; break;
                case 'r': decoded = '\r'; break;
                case 't': decoded = '\t'; break;
                case 'b': decoded = '\b'; break;
                case 'f': decoded = '\f'; break;
                case 'u' when i + 6 <= json.Length &&
                              int.TryParse(json.Substring(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    decoded = (char)code;
                    length = 6;
                    break;
                default: decoded = escape; break;
            }

            starts.Add(i);
            value.Append(decoded);
            i += length;
        }

        return -1;
    }
}
