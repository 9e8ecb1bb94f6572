namespace Deescalation.Analyzers.Text;

using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Reads reply text out of a C# expression: a string literal of any kind (regular, verbatim, raw, interpolated), or a
/// concatenation of them. Only syntax is read, never the semantic model: it costs nothing for code that is not reply text.
/// </summary>
internal static class LiteralReader
{
    /// <summary>True when the expression is, or concatenates, a string literal; a cheap test before any binding.</summary>
    public static bool IsStringExpression(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return literal.IsKind(SyntaxKind.StringLiteralExpression);
                case InterpolatedStringExpressionSyntax:
                    return true;
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    if (IsStringExpression(binary.Right))
                    {
                        return true;
                    }

                    expression = binary.Left;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>The reply text of a string expression; <see langword="null"/> when it holds no string literal.</summary>
    public static MappedReply? Read(ExpressionSyntax expression)
    {
        if (!IsStringExpression(expression))
        {
            return null;
        }

        var parts = new List<MappedPart>();
        AddParts(expression, parts);
        return MappedReply.Join(parts);
    }

    private static void AddParts(ExpressionSyntax expression, List<MappedPart> parts)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                parts.Add(ReadLiteralToken(literal.Token));
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                AddInterpolatedParts(interpolated, parts);
                break;
            case ParenthesizedExpressionSyntax parenthesized when IsStringExpression(parenthesized.Expression):
                AddParts(parenthesized.Expression, parts);
                break;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && IsStringExpression(binary):
                AddParts(binary.Left, parts);
                AddParts(binary.Right, parts);
                break;
            default:
                parts.Add(MappedPart.Hole(expression.Span));
                break;
        }
    }

    private static MappedPart ReadLiteralToken(SyntaxToken token)
    {
        var text = token.Text;
        var start = token.SpanStart;
        var starts = new List<int>(text.Length);
        var value = new System.Text.StringBuilder(text.Length);
        LiteralEncoding? encoding;
        bool ok;
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken when text.StartsWith("@", System.StringComparison.Ordinal):
                encoding = LiteralEncoding.Verbatim;
                ok = text.Length >= 3 && text[text.Length - 1] == '"' &&
                     DecodeVerbatim(text, 2, text.Length - 1, start, interpolated: false, value, starts);
                break;
            case SyntaxKind.StringLiteralToken:
                encoding = LiteralEncoding.Regular;
                ok = text.Length >= 2 && text[text.Length - 1] == '"' &&
                     DecodeRegular(text, 1, text.Length - 1, start, interpolated: false, value, starts);
                break;
            case SyntaxKind.SingleLineRawStringLiteralToken:
            {
                var quotes = CountLeading(text, 0, '"');
                encoding = LiteralEncoding.Raw(quotes, interpolated: false);
                ok = text.Length >= 2 * quotes && CopyRaw(text, quotes, text.Length - quotes, start, 0, atLineStart: false, value, starts);
                break;
            }

            case SyntaxKind.MultiLineRawStringLiteralToken:
            {
                var quotes = CountLeading(text, 0, '"');
                encoding = LiteralEncoding.Raw(quotes, interpolated: false);
                ok = ReadMultiLineRaw(text, quotes, quotes, start, value, starts);
                break;
            }

            default:
                encoding = null;
                ok = false;
                break;
        }

        var decoded = value.ToString();
        if (!ok || decoded != token.ValueText)
        {
            return MappedPart.Whole(token.ValueText, token.Span);
        }

        return MappedPart.Literal(decoded, starts.ToArray(), encoding);
    }

    private static void AddInterpolatedParts(InterpolatedStringExpressionSyntax interpolated, List<MappedPart> parts)
    {
        var startToken = interpolated.StringStartToken;
        var startText = startToken.Text;
        var dollars = CountLeading(startText.TrimStart('@'), 0, '$');
        LiteralEncoding encoding;
        var rawQuotes = 0;
        var multiLine = false;
        int indentation = 0;
        switch (startToken.Kind())
        {
            case SyntaxKind.InterpolatedVerbatimStringStartToken:
                encoding = LiteralEncoding.InterpolatedVerbatim;
                break;
            case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                rawQuotes = CountLeading(startText, dollars, '"');
                encoding = LiteralEncoding.Raw(rawQuotes, interpolated: true);
                break;
            case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                rawQuotes = CountLeading(startText, dollars, '"');
                encoding = LiteralEncoding.Raw(rawQuotes, interpolated: true);
                multiLine = true;
                indentation = IndentationOfClosingLine(interpolated.ToString(), rawQuotes);
                break;
            default:
                encoding = LiteralEncoding.InterpolatedRegular;
                break;
        }

        var isRaw = rawQuotes > 0;
        var contents = interpolated.Contents;
        for (var i = 0; i < contents.Count; i++)
        {
            if (contents[i] is InterpolationSyntax hole)
            {
                parts.Add(MappedPart.Hole(hole.Span));
                continue;
            }

            var token = ((InterpolatedStringTextSyntax)contents[i]).TextToken;
            var text = token.Text;
            var value = new System.Text.StringBuilder(text.Length);
            var starts = new List<int>(text.Length + 1);
            bool ok;
            if (isRaw)
            {
                var atLineStart = multiLine && IsAtLineStart(interpolated.SyntaxTree.GetText(), token.SpanStart);
                ok = CopyRaw(text, 0, text.Length, token.SpanStart, multiLine ? indentation : 0, atLineStart, value, starts);
                if (ok && multiLine && i == contents.Count - 1 && value.ToString() != token.ValueText)
                {
                    TrimTrailingNewLine(value, starts);
                }
            }
            else if (encoding == LiteralEncoding.InterpolatedVerbatim)
            {
                ok = DecodeVerbatim(text, 0, text.Length, token.SpanStart, interpolated: true, value, starts);
            }
            else
            {
                ok = DecodeRegular(text, 0, text.Length, token.SpanStart, interpolated: true, value, starts);
            }

            // The compiler keeps "{{" and "}}" doubled in the text token's value; the string has them single.
            var expected = isRaw ? token.ValueText : token.ValueText.Replace("{{", "{").Replace("}}", "}");
            var decoded = value.ToString();
            parts.Add(ok && decoded == expected
                ? MappedPart.Literal(decoded, starts.ToArray(), encoding)
                : MappedPart.Whole(expected, token.Span));
        }
    }

    private static bool DecodeRegular(string text, int from, int to, int origin, bool interpolated, System.Text.StringBuilder value, List<int> starts)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (interpolated && (c == '{' || c == '}') && i + 1 < to && text[i + 1] == c)
            {
                starts.Add(origin + i);
                value.Append(c);
                i += 2;
                continue;
            }

            if (c != '\\')
            {
                starts.Add(origin + i);
                value.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= to)
            {
                return false;
            }

            var escapeStart = i;
            var e = text[i + 1];
            i += 2;
            switch (e)
            {
                case '\'': Add('\''); break;
                case '"': Add('"'); break;
                case '\\': Add('\\'); break;
                case '0': Add('\0'); break;
                case 'a': Add('\a'); break;
                case 'b': Add('\b'); break;
                case 'f': Add('\f'); break;
                case 'n': Add('\n'); break;
                case 'r': Add('\r'); break;
                case 't': Add('\t'); break;
                case 'v': Add('\v'); break;
                case 'e': Add('\u001b'); break;
                case 'x':
                {
                    var digits = 0;
                    while (digits < 4 && i + digits < to && IsHex(text[i + digits]))
                    {
                        digits++;
                    }

                    if (digits == 0)
                    {
                        return false;
                    }

                    Add((char)int.Parse(text.Substring(i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += digits;
                    break;
                }

                case 'u':
                    if (i + 4 > to)
                    {
                        return false;
                    }

                    Add((char)int.Parse(text.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                {
                    if (i + 8 > to)
                    {
                        return false;
                    }

                    var codePoint = int.Parse(text.Substring(i, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    i += 8;
                    if (codePoint > 0x10FFFF)
                    {
                        return false;
                    }

                    foreach (var unit in char.ConvertFromUtf32(codePoint))
                    {
                        // Both halves of a pair start at the escape; the pair as a whole ends after it.
                        starts.Add(origin + escapeStart);
                        value.Append(unit);
                    }

                    break;
                }

                default:
                    return false;
            }

            void Add(char decoded)
            {
                starts.Add(origin + escapeStart);
                value.Append(decoded);
            }
        }

        starts.Add(origin + to);
        return true;
    }

    private static bool DecodeVerbatim(string text, int from, int to, int origin, bool interpolated, System.Text.StringBuilder value, List<int> starts)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            starts.Add(origin + i);
            value.Append(c);
            var doubled = (c == '"' || (interpolated && (c == '{' || c == '}'))) && i + 1 < to && text[i + 1] == c;
            i += doubled ? 2 : 1;
        }

        starts.Add(origin + to);
        return true;
    }

    /// <summary>Copies raw text, dropping <paramref name="indentation"/> characters at the start of every line.</summary>
    private static bool CopyRaw(string text, int from, int to, int origin, int indentation, bool atLineStart, System.Text.StringBuilder value, List<int> starts)
    {
        var i = from;
        if (atLineStart)
        {
            i = SkipIndentation(text, i, to, indentation);
        }

        while (i < to)
        {
            var c = text[i];
            starts.Add(origin + i);
            value.Append(c);
            i++;
            if (c == '\r' && i < to && text[i] == '\n')
            {
                starts.Add(origin + i);
                value.Append('\n');
                i++;
            }

            if ((c == '\n' || c == '\r') && indentation > 0)
            {
                i = SkipIndentation(text, i, to, indentation);
            }
        }

        starts.Add(origin + to);
        return true;
    }

    private static int SkipIndentation(string text, int i, int to, int indentation)
    {
        var skipped = 0;
        while (skipped < indentation && i < to && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
            skipped++;
        }

        return i;
    }

    private static bool ReadMultiLineRaw(string text, int openingQuotes, int closingQuotes, int origin, System.Text.StringBuilder value, List<int> starts)
    {
        // """<spaces>\n  content lines  \n<indentation>"""
        var firstNewLine = text.IndexOf('\n', openingQuotes);
        var contentStart = firstNewLine + 1;
        var closing = text.Length - closingQuotes;
        var lastNewLine = text.LastIndexOf('\n', closing - 1);
        if (firstNewLine < 0 || lastNewLine < contentStart)
        {
            // An empty body: nothing to read.
            starts.Add(origin + contentStart);
            return lastNewLine == firstNewLine;
        }

        var indentation = closing - (lastNewLine + 1);
        var contentEnd = lastNewLine > 0 && text[lastNewLine - 1] == '\r' ? lastNewLine - 1 : lastNewLine;
        return CopyRaw(text, contentStart, contentEnd, origin, indentation, atLineStart: true, value, starts);
    }

    private static int IndentationOfClosingLine(string expressionText, int quotes)
    {
        var closing = expressionText.Length - quotes;
        var lastNewLine = expressionText.LastIndexOf('\n', closing - 1);
        return lastNewLine < 0 ? 0 : closing - (lastNewLine + 1);
    }

    private static bool IsAtLineStart(SourceText text, int position) => position > 0 && (text[position - 1] == '\n' || text[position - 1] == '\r');

    private static void TrimTrailingNewLine(System.Text.StringBuilder value, List<int> starts)
    {
        // The newline before the closing line of a multi-line raw string is not part of the value.
        var removed = 0;
        if (value.Length > 0 && value[value.Length - 1] == '\n')
        {
            value.Length--;
            removed++;
            if (value.Length > 0 && value[value.Length - 1] == '\r')
            {
                value.Length--;
                removed++;
            }
        }

        if (removed > 0)
        {
            var end = starts[starts.Count - 1 - removed];
            starts.RemoveRange(starts.Count - 1 - removed, removed + 1);
            starts.Add(end);
        }
    }

    private static int CountLeading(string text, int from, char c)
    {
        var count = 0;
        while (from + count < text.Length && text[from + count] == c)
        {
            count++;
        }

        return count;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
