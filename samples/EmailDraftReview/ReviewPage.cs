using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Deescalation;

namespace EmailDraftReview;

/// <summary>
/// Renders the review page of one draft. Everything that comes from the draft or the analyzer is
/// HTML-encoded: a draft is untrusted input, and a review page must never run what a customer wrote.
/// </summary>
internal static class ReviewPage
{
    public static string Render(DraftReview review)
    {
        var analysis = review.Analysis;
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<title>Review: ").Append(Encode(review.Draft.Subject)).Append("</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(Encode(review.Draft.Subject.Length > 0 ? review.Draft.Subject : "(no subject)")).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(Encode(Path.GetFileName(review.Draft.Path)))
            .Append(" · to ").Append(Encode(review.Draft.To))
            .Append(" · ").Append(Encode(review.Draft.BodyFormat)).Append("</p>\n");
        html.Append("<p class=\"verdict ").Append(review.Fails ? "fail" : "pass").Append("\">")
            .Append(review.Fails ? "Needs review: " + Encode(string.Join("; ", review.Reasons)) : "Ready to send")
            .Append("</p>\n");
        AppendScore(html, "Score", analysis);
        html.Append("</header>\n");

        if (review.CustomerMessage is { } customer)
        {
            html.Append("<section>\n<h2>The customer wrote</h2>\n<blockquote class=\"customer\">")
                .Append(Encode(customer)).Append("</blockquote>\n</section>\n");
        }

        html.Append("<section>\n<h2>The draft</h2>\n<div class=\"draft\" id=\"draft\">");
        AppendHighlighted(html, analysis);
        html.Append("</div>\n");
        if (review.Draft.Parts.Signature.Length > 0)
        {
            html.Append("<div class=\"aside\" title=\"Signature: not analysed\">").Append(Encode(review.Draft.Parts.Signature)).Append("</div>\n");
        }

        if (review.Draft.Parts.QuotedThread.Length > 0)
        {
            html.Append("<details class=\"aside\"><summary>Quoted thread (not analysed)</summary>")
                .Append(Encode(review.Draft.Parts.QuotedThread)).Append("</details>\n");
        }

        html.Append("</section>\n");
        AppendFindings(html, analysis);
        AppendFixed(html, review);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendScore(StringBuilder html, string label, ReplyAnalysis analysis)
    {
        html.Append("<p class=\"score\">").Append(label).Append(": <meter min=\"0\" max=\"100\" low=\"60\" high=\"90\" optimum=\"100\" value=\"")
            .Append(analysis.Score.ToString(CultureInfo.InvariantCulture)).Append("\"></meter> <strong>")
            .Append(analysis.Score.ToString(CultureInfo.InvariantCulture)).Append("</strong>/100 (")
            .Append(BandName(analysis.Band)).Append(")</p>\n");
    }

    /// <summary>Writes the text with each risky span in a &lt;mark&gt;; overlapping findings share the overlap.</summary>
    private static void AppendHighlighted(StringBuilder html, ReplyAnalysis analysis)
    {
        var text = analysis.Text;
        var visible = new List<Diagnostic>();
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (diagnostic.Severity > DiagnosticSeverity.Hidden && !diagnostic.Span.IsEmpty && diagnostic.Span.End <= text.Length)
            {
                visible.Add(diagnostic);
                bounds.Add(diagnostic.Span.Start);
                bounds.Add(diagnostic.Span.End);
            }
        }

        var previous = -1;
        foreach (var bound in bounds)
        {
            if (previous >= 0 && bound > previous)
            {
                var segment = text.AsSpan(previous, bound - previous).ToString();
                var covering = visible.FindAll(d => d.Span.Start <= previous && d.Span.End >= bound);
                if (covering.Count == 0)
                {
                    html.Append(Encode(segment));
                }
                else
                {
                    var worst = DiagnosticSeverity.Hidden;
                    var titles = new List<string>();
                    foreach (var diagnostic in covering)
                    {
                        worst = diagnostic.Severity > worst ? diagnostic.Severity : worst;
                        titles.Add($"{diagnostic.Id} ({diagnostic.Category}): {diagnostic.Message}");
                    }

                    html.Append("<mark class=\"").Append(SeverityName(worst)).Append("\" title=\"")
                        .Append(Encode(string.Join("\n", titles))).Append("\">").Append(Encode(segment)).Append("</mark>");
                }
            }

            previous = bound;
        }
    }

    private static void AppendFindings(StringBuilder html, ReplyAnalysis analysis)
    {
        html.Append("<section>\n<h2>Findings</h2>\n");
        var shown = 0;
        html.Append("<ol class=\"findings\">\n");
        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            shown++;
            html.Append("<li class=\"").Append(SeverityName(diagnostic.Severity)).Append("\">")
                .Append("<span class=\"badge\">").Append(SeverityName(diagnostic.Severity)).Append("</span> ")
                .Append("<code>").Append(Encode(diagnostic.Id)).Append("</code> ")
                .Append("<span class=\"category\">").Append(Encode(diagnostic.Category)).Append("</span>");
            if (!diagnostic.Span.IsEmpty && diagnostic.Span.End <= analysis.Text.Length)
            {
                html.Append(" <q>").Append(Encode(analysis.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length))).Append("</q>");
            }
            else
            {
                html.Append(" <em>(the reply as a whole)</em>");
            }

            html.Append("<p>").Append(Encode(diagnostic.Message)).Append("</p>");
            foreach (var fix in diagnostic.Fixes)
            {
                html.Append(fix.Applicability switch
                {
                    FixApplicability.Safe => "<p class=\"fix\">Fix: ",
                    FixApplicability.NeedsInput => "<p class=\"fix needs-input\">Fix (fill in the [placeholders]): ",
                    _ => "<p class=\"fix suggestion\">Suggestion (adapt it by hand, not applied): ",
                }).Append(Encode(fix.Title));
                foreach (var edit in fix.Edits)
                {
                    var old = edit.Span.End <= analysis.Text.Length ? analysis.Text.Substring(edit.Span.Start, edit.Span.Length) : string.Empty;
                    html.Append(" <span class=\"edit\">");
                    if (old.Length > 0)
                    {
                        html.Append("<del>").Append(Encode(old)).Append("</del>");
                    }

                    if (edit.NewText.Length > 0)
                    {
                        html.Append("<ins>").Append(Encode(edit.NewText)).Append("</ins>");
                    }

                    html.Append("</span>");
                }

                html.Append("</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
        if (shown == 0)
        {
            html.Append("<p class=\"none\">No findings.</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendFixed(StringBuilder html, DraftReview review)
    {
        html.Append("<section>\n<h2>Apply fixes</h2>\n");
        if (review.FixedAnalysis.Text == review.Analysis.Text)
        {
            html.Append("<p class=\"none\">No automatic fixes: the findings above need rewording by hand.</p>\n");
        }
        else
        {
            AppendScore(html, "Score after fixes", review.FixedAnalysis);
            html.Append("<p>Safe fixes and templates are applied; suggestions are not. Fill in every [placeholder] before you send it.</p>\n");
        }

        html.Append("<textarea id=\"fixed\" readonly rows=\"10\">").Append(Encode(review.FixedAnalysis.Text)).Append("</textarea>\n")
            .Append("<p><button type=\"button\" onclick=\"navigator.clipboard.writeText(document.getElementById('fixed').value).then(function(){this.textContent='Copied';}.bind(this))\">Copy the fixed reply</button></p>\n")
            .Append("</section>\n");
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private static string BandName(ScoreBand band) => band switch
    {
        ScoreBand.Calm => "calm",
        ScoreBand.NeedsReview => "needs review",
        _ => "escalating",
    };

    /// <summary>
    /// Escapes the five characters that matter in HTML text and quoted attributes. Unlike WebUtility.HtmlEncode it
    /// leaves "é" and "ü" as they are: the page is UTF-8, and a reviewer may read its source.
    /// </summary>
    internal static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private const string Css = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1{font-size:1.4rem;margin:0}h2{font-size:1.05rem;margin-top:2rem}
        .meta{color:#666;margin:.2rem 0}.verdict{font-weight:600}.fail{color:#b00020}.pass{color:#1b7f3b}
        .draft,.customer,.aside,textarea{white-space:pre-wrap;font:inherit}
        .draft{border:1px solid #ccc;border-radius:6px;padding:1rem;background:#fff}
        .customer{border-left:4px solid #8ab;margin:0;padding:.5rem 1rem;background:#f4f8fa}
        .aside{color:#777;font-size:.9em;margin-top:.6rem}
        mark{background:none;text-decoration:underline wavy;text-underline-offset:3px;cursor:help}
        mark.error{text-decoration-color:#d00;background:#fde8e8}mark.warning{text-decoration-color:#e08a00;background:#fff4df}
        mark.info{text-decoration-color:#2a6fdb;background:#e9f1fd}
        .findings li{margin-bottom:.8rem}.findings p{margin:.2rem 0}.badge{font-size:.75em;text-transform:uppercase;padding:0 .4em;border-radius:3px;background:#eee}
        li.error .badge{background:#fde8e8}li.warning .badge{background:#fff4df}li.info .badge{background:#e9f1fd}
        .category{color:#555}.fix{color:#333}del{color:#b00020}ins{color:#1b7f3b;text-decoration:none;margin-left:.3em}
        textarea{width:100%;box-sizing:border-box;padding:.6rem}.none{color:#666}
        """;
}
