using System;
using System.IO;
using System.Text;
using System.Text.Unicode;

namespace Deescalation.Cli.Inputs;

/// <summary>A decoded text file with what is needed to write it back byte for byte: encoding, BOM and line endings.</summary>
internal sealed class LoadedText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private LoadedText(string text, Encoding encoding, byte[] preamble)
    {
        Text = text;
        Encoding = encoding;
        Preamble = preamble;
        LineEnding = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    public string Text { get; }

    public Encoding Encoding { get; }

    public byte[] Preamble { get; }

    public string LineEnding { get; }

    public static LoadedText Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new InputException("file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException("file not found");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException("permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(e.Message);
        }

        return Decode(bytes);
    }

    public static LoadedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return new LoadedText(DecodeUtf8(bytes.Slice(3), 3), StrictUtf8, new byte[] { 0xEF, 0xBB, 0xBF });
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }))
        {
            var utf32 = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
            return new LoadedText(DecodeWith(utf32, bytes.Slice(4)), utf32, bytes.Slice(0, 4).ToArray());
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            var bigEndian = bytes[0] == 0xFE;
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            return new LoadedText(DecodeWith(utf16, bytes.Slice(2)), utf16, bytes.Slice(0, 2).ToArray());
        }

        var probe = bytes.Slice(0, Math.Min(bytes.Length, 8192));
        var nul = probe.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException("binary file (contains NUL bytes); expected text", LineOf(bytes, nul));
        }

        return new LoadedText(DecodeUtf8(bytes, 0), StrictUtf8, Array.Empty<byte>());
    }

    public byte[] Encode(string text)
    {
        var body = Encoding.GetBytes(text);
        if (Preamble.Length == 0)
        {
            return body;
        }

        var result = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(result, 0);
        body.CopyTo(result, Preamble.Length);
        return result;
    }

    /// <summary>Decodes UTF-8, naming the line of the first invalid byte.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, int lineOffsetBytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            var chars = new char[bytes.Length];
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            throw new InputException("invalid UTF-8 (byte 0x" + bytes[read].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + "); save the file as UTF-8", LineOf(bytes, read));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("invalid " + encoding.WebName + " text");
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        foreach (var b in bytes.Slice(0, Math.Min(index, bytes.Length)))
        {
            if (b == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
