using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Deescalation.Cli.Output;

/// <summary>A Utf8JsonWriter whose bytes are passed on to a TextWriter in chunks, so that big reports never sit in memory whole.</summary>
internal sealed class JsonOutput : IDisposable
{
    private const int FlushThreshold = 1 << 16;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly TextWriter _target;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[FlushThreshold * 2];

    public JsonOutput(TextWriter target, bool indented = false)
    {
        _target = target;
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false });
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Passes the buffered bytes on when enough have accumulated.</summary>
    public void MaybeFlush()
    {
        if (Writer.BytesPending + _buffer.WrittenCount >= FlushThreshold)
        {
            Flush();
        }
    }

    public void Flush()
    {
        Writer.Flush();
        var bytes = _buffer.WrittenSpan;
        if (bytes.Length == 0)
        {
            return;
        }

        var needed = _decoder.GetCharCount(bytes, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var count = _decoder.GetChars(bytes, _chars, flush: false);
        _target.Write(_chars, 0, count);
        _buffer.ResetWrittenCount();
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Flush();
        Writer.Dispose();
    }
}
