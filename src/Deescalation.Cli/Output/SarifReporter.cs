using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Deescalation.Cli.Analysis;
using Deescalation.Cli.Fixing;

namespace Deescalation.Cli.Output;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: the rules with help URIs, results with physical locations
/// (UTF-16 columns), partial fingerprints from the baseline hash, and fixes where the edit maps back into the file.
/// </summary>
internal sealed class SarifReporter : Reporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/deescalation/deescalation";

    private readonly TextWriter _stdout;
    private readonly ArrayBufferWriter<byte> _results = new(1 << 16);
    private readonly Utf8JsonWriter _writer;
    private readonly List<DiagnosticDescriptor> _rules = new();
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<Inputs.InputError> _errors = new();

    public SarifReporter(TextWriter stdout)
    {
        _stdout = stdout;
        _writer = new Utf8JsonWriter(_results, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var descriptor in ReplyAnalyzer.BuiltInRules)
        {
            AddRule(descriptor);
        }

        _writer.WriteStartArray();
    }

    private int AddRule(DiagnosticDescriptor descriptor)
    {
        if (!_ruleIndex.TryGetValue(descriptor.Id, out var index))
        {
            index = _rules.Count;
            _rules.Add(descriptor);
            _ruleIndex[descriptor.Id] = index;
        }

        return index;
    }

    public override void OnReply(ReplyResult result)
    {
        var w = _writer;
        var reply = result.Reply;
        var uri = ArtifactUri(reply.File.DisplayPath);
        foreach (var finding in result.Findings)
        {
            var d = finding.Diagnostic;
            w.WriteStartObject();
            w.WriteString("ruleId", d.Id);
            w.WriteNumber("ruleIndex", AddRule(d.Descriptor));
            w.WriteString("level", Level(d.Severity));
            w.WriteStartObject("message");
            w.WriteString("text", FindingText.Message(d));
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            WriteArtifact(w, uri);
            WriteRegion(w, "region", finding.Line, finding.Column, finding.EndLine, finding.EndColumn);
            w.WriteEndObject();
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("name", reply.Id);
            w.WriteString("kind", "object");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("partialFingerprints");
            w.WriteString("deescalation/v1", reply.Id + ":" + d.Id + ":" + finding.TextHash);
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("replyId", reply.Id);
            WriteOtherFixes(w, d);
            w.WriteString("category", d.Category);
            w.WriteNumber("score", result.Analysis.Score);
            w.WriteEndObject();
            WriteFixes(w, result, d, uri);
            w.WriteEndObject();
        }
    }

    /// <summary>
    /// Fixes that need the agent's input or a person's reading are not SARIF fixes (a viewer may apply those without
    /// asking): they go in the result's properties, with the text each edit puts in.
    /// </summary>
    private static void WriteOtherFixes(Utf8JsonWriter w, Diagnostic d)
    {
        var started = false;
        foreach (var fix in d.Fixes)
        {
            if (fix.Applicability == FixApplicability.Safe)
            {
                continue;
            }

            if (!started)
            {
                w.WriteStartArray("deescalation/otherFixes");
                started = true;
            }

            w.WriteStartObject();
            w.WriteString("title", fix.Title);
            w.WriteString("applicability", ApplicabilityName(fix.Applicability));
            w.WriteStartArray("insertedTexts");
            foreach (var edit in fix.Edits)
            {
                w.WriteStringValue(edit.NewText);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (started)
        {
            w.WriteEndArray();
        }
    }

    private static void WriteFixes(Utf8JsonWriter w, ReplyResult result, Diagnostic d, string uri)
    {
        var started = false;
        foreach (var fix in d.Fixes)
        {
            if (fix.Applicability != FixApplicability.Safe)
            {
                continue;
            }

            var mapped = FileEdits.MapFix(result.Reply, fix, lineEnding: "\n");
            if (mapped is null)
            {
                continue;
            }

            if (!started)
            {
                w.WriteStartArray("fixes");
                started = true;
            }

            w.WriteStartObject();
            w.WriteStartObject("description");
            w.WriteString("text", fix.Title);
            w.WriteEndObject();
            w.WriteStartArray("artifactChanges");
            w.WriteStartObject();
            WriteArtifact(w, uri);
            w.WriteStartArray("replacements");
            var source = result.Reply.Source!;
            foreach (var edit in mapped)
            {
                var (startLine, startColumn) = source.GetPosition(edit.LocalStart);
                var (endLine, endColumn) = source.GetPosition(edit.LocalEnd);
                w.WriteStartObject();
                WriteRegion(w, "deletedRegion", startLine, startColumn, endLine, endColumn);
                w.WriteStartObject("insertedContent");
                w.WriteString("text", edit.NewText);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (started)
        {
            w.WriteEndArray();
        }
    }

    public override void OnError(Inputs.InputError error) => _errors.Add(error);

    public override void Complete(RunSummary summary)
    {
        _writer.WriteEndArray();
        _writer.Flush();
        var output = new JsonOutput(_stdout, indented: true);
        var w = output.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "deesc");
        w.WriteString("fullName", "Deescalation reply linter");
        w.WriteString("informationUri", InformationUri);
        var version = typeof(SarifReporter).Assembly.GetName().Version;
        w.WriteString("semanticVersion", version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}");
        w.WriteStartArray("rules");
        foreach (var rule in _rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", PascalName(rule.Title));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Description.Length > 0 ? rule.Description : rule.Title);
            w.WriteEndObject();
            if (Uri.IsWellFormedUriString(rule.HelpLinkUri, UriKind.Absolute))
            {
                w.WriteString("helpUri", rule.HelpLinkUri);
            }

            w.WriteStartObject("help");
            w.WriteString("text", (rule.Description.Length > 0 ? rule.Description : rule.Title) + (rule.HelpLinkUri.Length > 0 ? " See " + rule.HelpLinkUri : string.Empty));
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", rule.Category);
            w.WriteStartArray("tags");
            w.WriteStringValue(rule.Category);
            w.WriteStringValue("customer-service");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject("%SRCROOT%");
        w.WriteString("uri", new Uri(EnsureSlash(Directory.GetCurrentDirectory())).AbsoluteUri);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", summary.InputErrors.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var error in summary.InputErrors)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", error.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            WriteArtifact(w, ArtifactUri(error.File));
            if (error.Line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", error.Line);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("results");
        w.WriteRawValue(_results.WrittenSpan, skipInputValidation: true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        output.Dispose();
        _stdout.WriteLine();
        _stdout.Flush();
        _writer.Dispose();
    }

    private static void WriteArtifact(Utf8JsonWriter w, string uri)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        if (!uri.StartsWith("file:", StringComparison.Ordinal))
        {
            w.WriteString("uriBaseId", "%SRCROOT%");
        }

        w.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter w, string name, int startLine, int startColumn, int endLine, int endColumn)
    {
        w.WriteStartObject(name);
        w.WriteNumber("startLine", startLine);
        w.WriteNumber("startColumn", startColumn);
        w.WriteNumber("endLine", endLine);
        w.WriteNumber("endColumn", endColumn);
        w.WriteEndObject();
    }

    internal static string ArtifactUri(string displayPath)
    {
        if (Path.IsPathRooted(displayPath))
        {
            return new Uri(displayPath).AbsoluteUri;
        }

        var segments = displayPath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }

    private static string EnsureSlash(string folder) => folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string PascalName(string title)
    {
        var builder = new System.Text.StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }
}
