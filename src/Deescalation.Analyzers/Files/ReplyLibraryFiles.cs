namespace Deescalation.Analyzers.Files;

using System;
using System.Collections.Generic;
using System.IO;
using Deescalation.Analyzers.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Reply libraries given as <c>AdditionalFiles</c>: every string value of a <c>.resx</c> file, and, when marked as
/// reply text, the string values of <c>.json</c>/<c>.yaml</c> files and the whole of a <c>.txt</c> file. Other additional
/// files (PublicAPI.txt, settings...) are never read.
/// </summary>
internal static class ReplyLibraryFiles
{
    /// <summary>Per-file switch in .editorconfig: <c>[replies/*.json] deescalation.reply_text = true</c>.</summary>
    public const string OptionKey = "deescalation.reply_text";

    /// <summary>Item metadata: <c>&lt;AdditionalFiles Include="replies.yaml" DeescalationReplyText="true" /&gt;</c>.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.DeescalationReplyText";

    public static void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var extension = Path.GetExtension(file.Path).ToLowerInvariant();
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
        var marked = IsTrue(options, OptionKey) ?? IsTrue(options, MetadataKey);
        var isReplyText = extension == ".resx" ? marked ?? true : marked ?? false;
        if (!isReplyText)
        {
            return;
        }

        if (file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var content = text.ToString();
        IEnumerable<MappedReply> replies = extension switch
        {
            ".resx" => ResxReader.Read(content),
            ".json" => JsonReader.Read(content),
            ".yaml" or ".yml" => YamlReader.Read(content),
            _ => WholeFile(content),
        };

        foreach (var reply in replies)
        {
            ReplyFindings.Report(
                reply,
                span => Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span)),
                context.ReportDiagnostic,
                context.CancellationToken);
        }
    }

    private static bool? IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            : null;

    private static IEnumerable<MappedReply> WholeFile(string content)
    {
        var starts = new int[content.Length + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = i;
        }

        yield return Plain(content, starts);
    }

    /// <summary>Keys whose values describe a reply rather than hold its text, in the shapes <c>deesc</c> reads.</summary>
    internal static bool IsMetadataKey(string key) => key switch
    {
        "id" or "key" or "name" or "channel" or "customerMessage" or "customer_message" or "category" or "tags" or "locale" or "language" => true,
        _ => false,
    };

    /// <summary>A value read from a file; findings in files get no code fix (the IDE offers none outside C# documents).</summary>
    internal static MappedReply Plain(string value, int[] starts) =>
        MappedReply.Join(new List<MappedPart> { MappedPart.Literal(value, starts, encoding: null) })!;
}
