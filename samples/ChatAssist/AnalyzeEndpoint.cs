using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Deescalation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatAssist;

/// <summary>The body of <c>POST /api/analyze</c>.</summary>
/// <param name="Text">The agent's draft reply. Required.</param>
/// <param name="CustomerMessage">The customer's last message, so the analyzer can tell whether the reply acknowledges it.</param>
internal sealed record AnalyzeRequest(string? Text, string? CustomerMessage);

/// <summary>The answer: the score, its band, and the findings with their fixes.</summary>
internal sealed record AnalyzeResponse(int Score, string Band, IReadOnlyList<DiagnosticDto> Diagnostics);

/// <summary>One finding. <c>start</c>/<c>length</c> are UTF-16 offsets into the text sent, as JavaScript strings count.</summary>
internal sealed record DiagnosticDto(string Id, string Category, string Severity, int Start, int Length, string Title, string Message, IReadOnlyList<FixDto> Fixes);

/// <summary>
/// A fix: its title, whether it is <c>safe</c> to apply, <c>needs-input</c> (a template whose placeholders the agent
/// fills) or a <c>suggestion</c> (shown as text, never applied), and the edits it makes to the text sent.
/// </summary>
internal sealed record FixDto(string Title, string Applicability, IReadOnlyList<EditDto> Edits);

/// <summary>Replace <c>length</c> characters at <c>start</c> with <c>newText</c>; <c>placeholders</c> are ranges of <c>newText</c>.</summary>
internal sealed record EditDto(int Start, int Length, string NewText, IReadOnlyList<PlaceholderDto> Placeholders);

/// <summary>A placeholder in an edit's new text, such as "[time]": <c>start</c>/<c>length</c> in that text.</summary>
internal sealed record PlaceholderDto(int Start, int Length);

/// <summary><c>POST /api/analyze</c>: analyses a draft reply for the page as the agent types.</summary>
internal static class AnalyzeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IReplyAnalyzer analyzer, IOptions<ChatAssistOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (!http.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the request as JSON, with Content-Type: application/json.");
        }

        if (http.Request.ContentLength > limits.MaxRequestBodyBytes)
        {
            return TooLarge($"The request body is {http.Request.ContentLength} bytes; the limit is {limits.MaxRequestBodyBytes}.");
        }

        AnalyzeRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<AnalyzeRequest>(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            // The message names the JSON path, line and byte position of the problem.
            return Problem(StatusCodes.Status400BadRequest, "Invalid JSON", $"The request body is not a valid analyze request: {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge($"The request body is larger than the limit of {limits.MaxRequestBodyBytes} bytes.");
        }

        if (request?.Text is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing text", "The request needs a \"text\" field with the draft reply, e.g. {\"text\": \"...\", \"customerMessage\": \"...\"}.");
        }

        if (request.Text.Length > limits.MaxReplyLength)
        {
            return TooLarge($"The reply is {request.Text.Length} characters long; the limit is {limits.MaxReplyLength}.");
        }

        if (request.CustomerMessage is { Length: var customerLength } && customerLength > limits.MaxReplyLength)
        {
            return TooLarge($"The customer message is {customerLength} characters long; the limit is {limits.MaxReplyLength}.");
        }

        var analysis = analyzer.Analyze(request.Text, new ReplyContext { CustomerMessage = request.CustomerMessage, Channel = ReplyChannel.Chat });
        return Results.Ok(ToResponse(analysis));
    }

    internal static AnalyzeResponse ToResponse(ReplyAnalysis analysis)
    {
        var diagnostics = new List<DiagnosticDto>(analysis.Diagnostics.Count);
        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            var fixes = new List<FixDto>(diagnostic.Fixes.Count);
            foreach (var fix in diagnostic.Fixes)
            {
                var edits = new List<EditDto>(fix.Edits.Count);
                foreach (var edit in fix.Edits)
                {
                    var placeholders = new List<PlaceholderDto>(edit.Placeholders.Count);
                    foreach (var placeholder in edit.Placeholders)
                    {
                        placeholders.Add(new PlaceholderDto(placeholder.Start, placeholder.Length));
                    }

                    edits.Add(new EditDto(edit.Span.Start, edit.Span.Length, edit.NewText, placeholders));
                }

                var applicability = fix.Applicability switch
                {
                    FixApplicability.Safe => "safe",
                    FixApplicability.NeedsInput => "needs-input",
                    _ => "suggestion",
                };
                fixes.Add(new FixDto(fix.Title, applicability, edits));
            }

            diagnostics.Add(new DiagnosticDto(
                diagnostic.Id,
                diagnostic.Category,
                diagnostic.Severity.ToString().ToLowerInvariant(),
                diagnostic.Span.Start,
                diagnostic.Span.Length,
                diagnostic.Descriptor.Title,
                diagnostic.Message,
                fixes));
        }

        return new AnalyzeResponse(analysis.Score, BandName(analysis.Band), diagnostics);
    }

    private static string BandName(ScoreBand band) => band switch
    {
        ScoreBand.Calm => "calm",
        ScoreBand.NeedsReview => "needs-review",
        _ => "escalating",
    };

    private static IResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Reply too long", detail);

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: "https://tools.ietf.org/html/rfc9110#section-15.5." + SectionOf(status));

    private static string SectionOf(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "14",
        StatusCodes.Status415UnsupportedMediaType => "16",
        _ => "1",
    };
}
