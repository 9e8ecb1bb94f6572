using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules.Data;

/// <summary>
/// The language packs in a compact binary form, written at build time from what <see cref="RulePackReader"/> read
/// and checked in the YAML files (<c>build/Deescalation.PackCompiler</c>), and embedded in the library as
/// <c>rules.pack</c>. Loading it at start-up costs no YAML parsing, no class or inflection expansion and no pattern
/// parsing: the phrase patterns are stored already parsed. The YAML stays the source: a test checks that this form
/// equals a fresh read of the files, and the build writes it again whenever a file changes.
/// </summary>
/// <remarks>
/// Layout: the magic <c>DEESCPK</c>, a format version, then per language its code and the length of its section;
/// a section is a string table (each distinct string once, UTF-8) followed by the model, every string an index into
/// the table (0 for null) and every number a 7-bit varint. Plain <see cref="byte"/> arithmetic: no reflection and no
/// serializer, so it loads the same under Native AOT and on .NET Framework.
/// </remarks>
internal static class CompactRulePack
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "rules.pack";

    private const int Version = 2;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("DEESCPK");

    /// <summary>Writes <paramref name="packs"/> (each read from its YAML files) to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<LanguagePack> packs, Stream output)
    {
        var sections = new List<byte[]>(packs.Count);
        foreach (var pack in packs)
        {
            sections.Add(WriteSection(pack));
        }

        var header = new Writer();
        header.Bytes(Magic);
        header.Int(Version);
        header.Int(packs.Count);
        for (var i = 0; i < packs.Count; i++)
        {
            var code = Encoding.UTF8.GetBytes(packs[i].Code);
            header.Int(code.Length);
            header.Bytes(code);
            header.Int(sections[i].Length);
        }

        header.CopyTo(output);
        foreach (var section in sections)
        {
            output.Write(section, 0, section.Length);
        }
    }

    /// <summary>The language codes a compact form holds, in the order written.</summary>
    public static string[] Codes(byte[] data)
    {
        var reader = new Reader(data, 0, Array.Empty<string?>());
        var (codes, _, _) = ReadHeader(ref reader);
        return codes;
    }

    /// <summary>Loads the language <paramref name="code"/> from a compact form.</summary>
    public static LanguagePack Read(byte[] data, string code)
    {
        var reader = new Reader(data, 0, Array.Empty<string?>());
        var (codes, starts, lengths) = ReadHeader(ref reader);
        var index = Array.IndexOf(codes, code);
        if (index < 0)
        {
            throw new ArgumentException($"The compact rule pack holds no language '{code}'.", nameof(code));
        }

        return ReadSection(data, starts[index], lengths[index]);
    }

    private static (string[] Codes, int[] Starts, int[] Lengths) ReadHeader(ref Reader reader)
    {
        foreach (var b in Magic)
        {
            if (reader.Byte() != b)
            {
                throw new InvalidDataException("Not a compact rule pack.");
            }
        }

        var version = reader.Int();
        if (version != Version)
        {
            throw new InvalidDataException($"The compact rule pack has format {version}; this library reads format {Version}.");
        }

        var count = reader.Int();
        var codes = new string[count];
        var starts = new int[count];
        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            codes[i] = reader.Utf8(reader.Int());
            lengths[i] = reader.Int();
        }

        var start = reader.Position;
        for (var i = 0; i < count; i++)
        {
            starts[i] = start;
            start += lengths[i];
        }

        return (codes, starts, lengths);
    }

    private static byte[] WriteSection(LanguagePack pack)
    {
        var body = new Writer();
        body.String(pack.Code);

        var text = pack.Text;
        var contractions = text.Contractions.Data;
        body.String(contractions.NegationSuffix);
        body.String(contractions.NegationWord);
        body.Map(contractions.NegationStems);
        body.List(contractions.NegationUnmarked);
        body.Map(contractions.Clitics);
        body.String(contractions.Possessive);
        body.String(contractions.PossessiveIs.Word);
        body.List(contractions.PossessiveIs.Words);
        body.String(contractions.PossessiveUs.Word);
        body.List(contractions.PossessiveUs.Words);
        body.Map(contractions.Joined);
        body.List(text.Abbreviations);
        body.String(text.SingleLetterWords);
        body.List(text.SignOffs);
        body.List(text.Fillers);
        var headers = text.MailHeaders;
        body.List(headers.AttributionStarts);
        body.List(headers.AttributionEnds);
        body.List(headers.ThreadMarkers);
        body.List(headers.ForwardedStarts);
        body.String(headers.From);
        body.List(headers.FollowingFields);
        body.List(headers.Fields);

        body.Map(pack.Roles);
        WriteClasses(body, pack.Classes);
        body.Int(pack.Signals.Count);
        foreach (var signal in pack.Signals)
        {
            body.String(signal.Pattern);
            body.String(signal.Source);
            body.Int((int)signal.Signal);
            body.Int(signal.Line);
            body.String(signal.Normalized);
            WriteParsed(body, signal.Parsed);
        }

        body.Int(pack.Rules.Count);
        foreach (var rule in pack.Rules)
        {
            body.String(rule.File);
            body.String(rule.Name);
            body.Int(rule.Diagnostics.Count);
            foreach (var diagnostic in rule.Diagnostics)
            {
                body.String(diagnostic.Id);
                body.String(diagnostic.Title);
                body.String(diagnostic.Category);
                body.Int((int)diagnostic.Severity);
                body.Int((int)diagnostic.Confidence);
                body.String(diagnostic.Summary);
                body.String(diagnostic.Cause);
                body.String(diagnostic.Description);
                body.String(diagnostic.HowToFix);
                WriteExamples(body, diagnostic.Examples);
                body.Int(diagnostic.Line);
            }

            body.Int(rule.Behaviours.Count);
            foreach (var pair in rule.Behaviours)
            {
                body.String(pair.Key);
                body.String(pair.Value.Name);
                body.String(pair.Value.Description);
                body.Int(pair.Value.Line);
            }

            WriteClasses(body, rule.Classes);
            body.Map(rule.Messages);
            body.Int(rule.Phrases.Count);
            foreach (var row in rule.Phrases)
            {
                body.String(row.Pattern);
                body.String(row.Source);
                body.String(row.Fix);
                body.String(row.Behaviour);
                body.String(row.Diagnostic);
                WriteExamples(body, row.Examples);
                body.Int(row.Line);
                body.Int((int)row.FixKind);
                WriteConditions(body, row.When);
                WriteConditions(body, row.Unless);
                body.String(row.Normalized);
                WriteParsed(body, row.Parsed);
            }
        }

        var section = new Writer();
        section.Int(body.Strings.Count);
        foreach (var value in body.Strings)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            section.Int(bytes.Length);
            section.Bytes(bytes);
        }

        body.CopyTo(section);
        return section.ToArray();
    }

    private static LanguagePack ReadSection(byte[] data, int start, int length)
    {
        var reader = new Reader(data, start, Array.Empty<string?>());
        var strings = new string?[reader.Int() + 1];
        for (var i = 1; i < strings.Length; i++)
        {
            strings[i] = reader.Utf8(reader.Int());
        }

        reader = new Reader(data, reader.Position, strings);
        var code = reader.String();
        var contractions = new ContractionData
        {
            NegationSuffix = reader.String(),
            NegationWord = reader.String(),
            NegationStems = reader.Map(),
            NegationUnmarked = reader.List(),
            Clitics = reader.Map(),
            Possessive = reader.String(),
            PossessiveIs = (reader.String(), reader.List()),
            PossessiveUs = (reader.String(), reader.List()),
            Joined = reader.Map(),
        };
        var abbreviations = reader.List();
        var singleLetterWords = reader.String();
        var signOffs = reader.List();
        var fillers = reader.List();
        var headers = new MailHeaders
        {
            AttributionStarts = reader.List().ToArray(),
            AttributionEnds = reader.List().ToArray(),
            ThreadMarkers = reader.List().ToArray(),
            ForwardedStarts = reader.List().ToArray(),
            From = reader.String(),
            FollowingFields = reader.List().ToArray(),
            Fields = reader.List().ToArray(),
        };
        var text = new TextLanguage(new Contractions(contractions), abbreviations, singleLetterWords, signOffs, fillers, headers);

        var roles = reader.Map();
        var classes = ReadClasses(ref reader);
        var signals = new List<SignalRowData>(reader.Int());
        for (var i = signals.Capacity; i > 0; i--)
        {
            var pattern = reader.String();
            var source = reader.String();
            var kind = (SignalKind)reader.Int();
            var line = reader.Int();
            var normalized = reader.NullableString();
            signals.Add(new SignalRowData(pattern, source, kind, line) { Normalized = normalized, Parsed = ReadParsed(ref reader, normalized) });
        }

        var rules = new List<RuleData>(reader.Int());
        for (var r = rules.Capacity; r > 0; r--)
        {
            var file = reader.String();
            var name = reader.String();
            var diagnostics = new List<RuleDiagnosticData>(reader.Int());
            for (var i = diagnostics.Capacity; i > 0; i--)
            {
                var id = reader.String();
                var title = reader.String();
                var category = reader.String();
                var severity = (DiagnosticSeverity)reader.Int();
                var confidence = (FindingConfidence)reader.Int();
                var summary = reader.String();
                var cause = reader.String();
                var description = reader.String();
                var howToFix = reader.String();
                var examples = ReadExamples(ref reader);
                diagnostics.Add(new RuleDiagnosticData(id, title, category, severity, confidence, summary, cause, description, howToFix, examples, reader.Int()));
            }

            var behaviourCount = reader.Int();
            var behaviours = new Dictionary<string, RuleBehaviourData>(behaviourCount, StringComparer.Ordinal);
            for (var i = 0; i < behaviourCount; i++)
            {
                var key = reader.String();
                behaviours.Add(key, new RuleBehaviourData(reader.String(), reader.String(), reader.Int()));
            }

            var ruleClasses = ReadClasses(ref reader);
            var messages = reader.Map();
            var phrases = new List<PhraseRowData>(reader.Int());
            for (var i = phrases.Capacity; i > 0; i--)
            {
                var pattern = reader.String();
                var source = reader.String();
                var fix = reader.NullableString();
                var behaviour = reader.NullableString();
                var diagnostic = reader.String();
                var examples = ReadExamples(ref reader);
                var line = reader.Int();
                var fixKind = (FixApplicability)reader.Int();
                var when = ReadConditions(ref reader);
                var unless = ReadConditions(ref reader);
                var normalized = reader.NullableString();
                phrases.Add(new PhraseRowData(pattern, source, fix, behaviour, diagnostic, examples, line)
                {
                    FixKind = fixKind,
                    When = when,
                    Unless = unless,
                    Normalized = normalized,
                    Parsed = ReadParsed(ref reader, normalized),
                });
            }

            rules.Add(new RuleData(file, name, diagnostics, behaviours, ruleClasses, messages, phrases));
        }

        if (reader.Position != start + length)
        {
            throw new InvalidDataException($"The compact rule pack's section for '{code}' ends at {reader.Position - start} of {length} bytes.");
        }

        return new LanguagePack(code, text, roles, classes, signals, rules);
    }

    private static void WriteClasses(Writer writer, IReadOnlyDictionary<string, WordClassData> classes)
    {
        writer.Int(classes.Count);
        foreach (var pair in classes)
        {
            writer.String(pair.Key);
            writer.String(pair.Value.Name);
            writer.List(pair.Value.Items);
            writer.String(pair.Value.File);
            writer.Int(pair.Value.Line);
        }
    }

    private static Dictionary<string, WordClassData> ReadClasses(ref Reader reader)
    {
        var count = reader.Int();
        var classes = new Dictionary<string, WordClassData>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.String();
            classes.Add(key, new WordClassData(reader.String(), reader.List(), reader.String(), reader.Int()));
        }

        return classes;
    }

    private static void WriteExamples(Writer writer, IReadOnlyList<RuleExample> examples)
    {
        writer.Int(examples.Count);
        foreach (var example in examples)
        {
            writer.String(example.DiagnosticId);
            writer.String(example.Text);
            writer.String(example.Customer);
            writer.String(example.Note);
            writer.Int(example.Fires ? 1 : 0);
            writer.String(example.File);
            writer.Int(example.Line);
        }
    }

    private static List<RuleExample> ReadExamples(ref Reader reader)
    {
        var examples = new List<RuleExample>(reader.Int());
        for (var i = examples.Capacity; i > 0; i--)
        {
            examples.Add(new RuleExample(reader.String(), reader.String(), reader.NullableString(), reader.NullableString(), reader.Int() != 0, reader.String(), reader.Int()));
        }

        return examples;
    }

    private static void WriteConditions(Writer writer, RowCondition[] conditions)
    {
        writer.Int(conditions.Length);
        foreach (var condition in conditions)
        {
            writer.Int((int)condition);
        }
    }

    private static RowCondition[] ReadConditions(ref Reader reader)
    {
        var count = reader.Int();
        if (count == 0)
        {
            return Array.Empty<RowCondition>();
        }

        var conditions = new RowCondition[count];
        for (var i = 0; i < count; i++)
        {
            conditions[i] = (RowCondition)reader.Int();
        }

        return conditions;
    }

    /// <summary>
    /// A parsed pattern: its count of items plus one (0: none), then each item: 0 and a word (0 for a wildcard),
    /// or a group's count of alternatives plus one, each alternative a count of items and the items.
    /// </summary>
    private static void WriteParsed(Writer writer, ParsedPattern? parsed)
    {
        if (parsed is null)
        {
            writer.Int(0);
            return;
        }

        writer.Int(parsed.Items.Length + 1);
        WriteItems(writer, parsed.Items);
    }

    private static void WriteItems(Writer writer, PatternItem[] items)
    {
        foreach (var item in items)
        {
            if (item.Alternatives is not { } alternatives)
            {
                writer.Int(0);
                writer.String(item.Word);
                continue;
            }

            writer.Int(alternatives.Length + 1);
            foreach (var alternative in alternatives)
            {
                writer.Int(alternative.Length);
                WriteItems(writer, alternative);
            }
        }
    }

    /// <summary>Reads a parsed pattern and hands it to <see cref="ParsedPatterns"/>, as the YAML reader does.</summary>
    private static ParsedPattern? ReadParsed(ref Reader reader, string? normalized)
    {
        var count = reader.Int() - 1;
        if (count < 0)
        {
            return null;
        }

        var parsed = new ParsedPattern(ReadItems(ref reader, count));
        return normalized is null ? parsed : ParsedPatterns.Add(normalized, parsed);
    }

    private static PatternItem[] ReadItems(ref Reader reader, int count)
    {
        if (count == 0)
        {
            return Array.Empty<PatternItem>();
        }

        var items = new PatternItem[count];
        for (var i = 0; i < count; i++)
        {
            var alternatives = reader.Int() - 1;
            if (alternatives < 0)
            {
                items[i] = new PatternItem(reader.NullableString());
                continue;
            }

            var group = new PatternItem[alternatives][];
            for (var a = 0; a < alternatives; a++)
            {
                group[a] = ReadItems(ref reader, reader.Int());
            }

            items[i] = new PatternItem(group);
        }

        return items;
    }

    /// <summary>Appends varints and string indices to a growing buffer; strings are numbered in order of first use.</summary>
    private sealed class Writer
    {
        private readonly Dictionary<string, int> _indices = new(StringComparer.Ordinal);
        private byte[] _buffer = new byte[4096];
        private int _length;

        public List<string> Strings { get; } = new();

        public void Int(int value)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The compact rule pack stores no negative numbers.");
            }

            var v = (uint)value;
            while (v >= 0x80)
            {
                Byte((byte)(v | 0x80));
                v >>= 7;
            }

            Byte((byte)v);
        }

        public void String(string? value)
        {
            if (value is null)
            {
                Int(0);
                return;
            }

            if (!_indices.TryGetValue(value, out var index))
            {
                Strings.Add(value);
                index = Strings.Count;
                _indices.Add(value, index);
            }

            Int(index);
        }

        public void List(IReadOnlyList<string> values)
        {
            Int(values.Count);
            foreach (var value in values)
            {
                String(value);
            }
        }

        public void Map(IReadOnlyDictionary<string, string> map)
        {
            Int(map.Count);
            foreach (var pair in map)
            {
                String(pair.Key);
                String(pair.Value);
            }
        }

        public void Bytes(byte[] bytes)
        {
            Ensure(bytes.Length);
            Buffer.BlockCopy(bytes, 0, _buffer, _length, bytes.Length);
            _length += bytes.Length;
        }

        public void CopyTo(Writer other) => other.Bytes(ToArray());

        public void CopyTo(Stream stream) => stream.Write(_buffer, 0, _length);

        public byte[] ToArray()
        {
            var bytes = new byte[_length];
            Buffer.BlockCopy(_buffer, 0, bytes, 0, _length);
            return bytes;
        }

        private void Byte(byte value)
        {
            Ensure(1);
            _buffer[_length++] = value;
        }

        private void Ensure(int more)
        {
            if (_length + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
            }
        }
    }

    /// <summary>Reads what <see cref="Writer"/> wrote; a mutable struct passed by reference.</summary>
    private struct Reader
    {
        private readonly byte[] _data;
        private readonly string?[] _strings;

        public Reader(byte[] data, int position, string?[] strings)
        {
            _data = data;
            Position = position;
            _strings = strings;
        }

        public int Position { get; private set; }

        public byte Byte() => _data[Position++];

        public int Int()
        {
            var value = 0;
            var shift = 0;
            byte b;
            do
            {
                if (shift > 28)
                {
                    throw new InvalidDataException("A number of the compact rule pack is malformed.");
                }

                b = _data[Position++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            return value;
        }

        public string Utf8(int length)
        {
            var value = Encoding.UTF8.GetString(_data, Position, length);
            Position += length;
            return value;
        }

        public string? NullableString() => _strings[Int()];

        public string String() => _strings[Int()] ?? throw new InvalidDataException("The compact rule pack has no text where the model needs one.");

        public List<string> List()
        {
            var count = Int();
            var list = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                list.Add(String());
            }

            return list;
        }

        public Dictionary<string, string> Map()
        {
            var count = Int();
            var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var key = String();
                map.Add(key, String());
            }

            return map;
        }
    }
}
