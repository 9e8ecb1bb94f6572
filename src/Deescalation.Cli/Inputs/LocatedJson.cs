using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Deescalation.Cli.Inputs;

/// <summary>
/// A JSON value with where it sits in the file: enough for the help-desk export readers to recognise a shape and
/// point each reply at its string in the file (System.Text.Json's DOM keeps no positions).
/// </summary>
internal sealed class LocatedJson
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 };

    private LocatedJson(JsonTokenType kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    /// <summary>StartObject, StartArray, String, Number, True, False or Null.</summary>
    public JsonTokenType Kind { get; }

    /// <summary>UTF-16 offset of the value in the decoded file text (a string's opening quote).</summary>
    public int Start { get; }

    /// <summary>UTF-16 length of a string token, quotes included.</summary>
    public int RawLength { get; private set; }

    /// <summary>A string's value, or a number's text.</summary>
    public string? Value { get; private set; }

    public List<KeyValuePair<string, LocatedJson>>? Properties { get; private set; }

    public List<LocatedJson>? Items { get; private set; }

    public bool IsObject => Kind == JsonTokenType.StartObject;

    public bool IsArray => Kind == JsonTokenType.StartArray;

    public bool IsString => Kind == JsonTokenType.String;

    public LocatedJson? this[string name]
    {
        get
        {
            if (Properties is null)
            {
                return null;
            }

            foreach (var pair in Properties)
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }

            return null;
        }
    }

    /// <summary>A string's value or a number's text (ids are either), or null.</summary>
    public string? Scalar => Kind is JsonTokenType.String or JsonTokenType.Number ? Value : null;

    /// <summary>Parses a whole document; throws <see cref="JsonException"/> when it is not valid JSON.</summary>
    public static LocatedJson Parse(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var converter = new Utf8OffsetConverter(utf8);
        if (!reader.Read())
        {
            throw new InputException("empty JSON document; expected an array or an object of replies", 1);
        }

        var root = ReadValue(ref reader, converter);
        while (reader.Read())
        {
            // Reads to the end so that trailing garbage is reported.
        }

        return root;
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, Utf8OffsetConverter converter)
    {
        var node = new LocatedJson(reader.TokenType, converter.ToChar(reader.TokenStartIndex));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                node.Properties = new List<KeyValuePair<string, LocatedJson>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    node.Properties.Add(new KeyValuePair<string, LocatedJson>(name, ReadValue(ref reader, converter)));
                }

                break;
            case JsonTokenType.StartArray:
                node.Items = new List<LocatedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, converter));
                }

                break;
            case JsonTokenType.String:
                node.Value = reader.GetString();
                node.RawLength = converter.ToChar(reader.TokenStartIndex + reader.ValueSpan.Length + 2) - node.Start;
                break;
            case JsonTokenType.Number:
                node.Value = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
        }

        return node;
    }
}

/// <summary>Converts increasing byte offsets of a UTF-8 buffer into UTF-16 offsets without rescanning from the start.</summary>
internal sealed class Utf8OffsetConverter
{
    private readonly byte[] _bytes;
    private long _lastByte;
    private int _lastChar;

    public Utf8OffsetConverter(byte[] bytes) => _bytes = bytes;

    public int ToChar(long byteOffset)
    {
        if (byteOffset < _lastByte)
        {
            _lastByte = 0;
            _lastChar = 0;
        }

        _lastChar += Encoding.UTF8.GetCharCount(_bytes, (int)_lastByte, (int)(byteOffset - _lastByte));
        _lastByte = byteOffset;
        return _lastChar;
    }
}
