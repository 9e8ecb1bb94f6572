using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Deescalation.Benchmarks;

/// <summary>
/// The real agent replies in <c>../shared/corpora/agent_replies.jsonl</c>, read at run time (never copied into the
/// project: the licences are mixed and partly non-commercial). Only the fields the analyzer reads are kept.
/// </summary>
internal sealed class ReplyCorpus
{
    /// <summary>The corpus file name inside <c>shared/corpora</c>.</summary>
    public const string FileName = "agent_replies.jsonl";

    /// <summary>Environment variable that points at another corpus file (same JSONL shape).</summary>
    public const string PathVariable = "DEESC_CORPUS";

    private ReplyCorpus(string path, string[] texts, string?[] customerMessages, long utf8Bytes, long chars)
    {
        Path = path;
        Texts = texts;
        CustomerMessages = customerMessages;
        Utf8Bytes = utf8Bytes;
        Chars = chars;
    }

    public string Path { get; }

    /// <summary>The <c>text</c> field of every line, verbatim.</summary>
    public string[] Texts { get; }

    /// <summary>The <c>customerMessage</c> field of every line, or null where the line has none.</summary>
    public string?[] CustomerMessages { get; }

    /// <summary>UTF-8 size of all reply texts: the "MB" of MB/s (1 MB = 1,000,000 bytes).</summary>
    public long Utf8Bytes { get; }

    /// <summary>UTF-16 length of all reply texts.</summary>
    public long Chars { get; }

    public int Count => Texts.Length;

    /// <summary>
    /// Finds the corpus: <c>DEESC_CORPUS</c> if set, else <c>shared/corpora/agent_replies.jsonl</c> in the nearest
    /// parent of the current directory or of this program that has one (a clone sits beside <c>shared/</c>).
    /// </summary>
    /// <returns>The full path, or null when there is no corpus.</returns>
    public static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? System.IO.Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = System.IO.Path.Combine(directory.FullName, "shared", "corpora", FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>What to tell the user when <see cref="Locate"/> finds nothing.</summary>
    public static string MissingMessage =>
        $"The reply corpus was not found: expected ../shared/corpora/{FileName} beside the clone " +
        $"(or a file named by {PathVariable}). Corpus benchmarks need it; it is not part of the project.";

    /// <summary>Locates and loads the corpus, or throws with <see cref="MissingMessage"/>.</summary>
    public static ReplyCorpus LoadDefault()
    {
        var path = Locate() ?? throw new FileNotFoundException(MissingMessage);
        return Load(path);
    }

    /// <summary>Reads every line's <c>text</c> and <c>customerMessage</c>.</summary>
    /// <exception cref="InvalidDataException">A line is not a JSON object with a string <c>text</c>; names the line.</exception>
    public static ReplyCorpus Load(string path)
    {
        var texts = new List<string>();
        var customerMessages = new List<string?>();
        long utf8Bytes = 0;
        long chars = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string text;
            string? customerMessage = null;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("text", out var textElement)
                    || textElement.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: expected a JSON object with a string \"text\".");
                }

                text = textElement.GetString()!;
                if (root.TryGetProperty("customerMessage", out var customerElement) && customerElement.ValueKind == JsonValueKind.String)
                {
                    customerMessage = customerElement.GetString();
                }
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: invalid JSON ({exception.Message})", exception);
            }

            texts.Add(text);
            customerMessages.Add(customerMessage);
            utf8Bytes += Encoding.UTF8.GetByteCount(text);
            chars += text.Length;
        }

        return new ReplyCorpus(path, texts.ToArray(), customerMessages.ToArray(), utf8Bytes, chars);
    }
}
