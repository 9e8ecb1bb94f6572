using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Deescalation.Cli.Inputs;

/// <summary>
/// Reads a .md file as one reply. Code blocks, inline code, front matter and HTML comments are blanked out (spaces,
/// line breaks kept) so that offsets still point into the file; HTML comments carry suppression directives.
/// </summary>
internal static partial class MarkdownReplyReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    public static InputReply Read(InputFile file, LoadedText loaded)
    {
        var text = loaded.Text;
        var document = Markdown.Parse(text, Pipeline);
        var masked = text.ToCharArray();
        var code = new List<(int Start, int End)>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock or CodeBlock:
                    Blank(masked, node.Span.Start, node.Span.End);
                    code.Add((node.Span.Start, node.Span.End));
                    break;
                case CodeInline:
                    Blank(masked, node.Span.Start, node.Span.End);
                    code.Add((node.Span.Start, node.Span.End));
                    break;
                case HtmlBlock or HtmlInline or AutolinkInline:
                    Blank(masked, node.Span.Start, node.Span.End);
                    break;
            }
        }

        var source = new SourceText(text);
        foreach (Match match in CommentPattern().Matches(text))
        {
            if (IsInside(code, match.Index))
            {
                continue;
            }

            var startLine = source.GetPosition(match.Index).Line;
            var endLine = source.GetPosition(match.Index + match.Length - 1).Line;
            file.Suppressions.AddComment(match.Groups["body"].Value, startLine, endLine);
            Blank(masked, match.Index, match.Index + match.Length - 1);
        }

        return new InputReply(file, "1", new string(masked), source, 0, text.Length, ValueEncoding.Identity, 1, 1);
    }

    private static bool IsInside(List<(int Start, int End)> regions, int index)
    {
        foreach (var (start, end) in regions)
        {
            if (index >= start && index <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static void Blank(char[] text, int start, int endInclusive)
    {
        var end = Math.Min(endInclusive, text.Length - 1);
        for (var i = Math.Max(0, start); i <= end; i++)
        {
            if (text[i] != '\n' && text[i] != '\r')
            {
                text[i] = ' ';
            }
        }
    }

    [GeneratedRegex(@"<!--(?<body>.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPattern();
}
