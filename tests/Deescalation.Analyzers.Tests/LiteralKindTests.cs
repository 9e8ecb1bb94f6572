using System.Threading.Tasks;
using Deescalation.Analyzers.Tests.TestSupport;
using Xunit;

namespace Deescalation.Analyzers.Tests;

/// <summary>Findings sit exactly on their characters in every kind of string literal.</summary>
public class LiteralKindTests
{
    [Theory]
    [InlineData("""  "Thanks for writing. {|DEESC001:I'm sorry you feel that way|}."  """)]
    [InlineData("""  "Thanks for writing.\n{|DEESC001:I\u0027m sorry you feel that way|}.\t"  """)]
    [InlineData("""  "\x48i. {|DEESC001:I\x27m sorry you feel that way|}.\U0001F642"  """)]
    [InlineData("""  @"He said ""thanks"". {|DEESC001:I'm sorry you feel that way|}."  """)]
    [InlineData("  @\"Thanks for writing.\n        {|DEESC001:I'm sorry you feel that way|}.\"  ")]
    [InlineData("  \"\"\"Thanks for \"writing\". {|DEESC001:I'm sorry you feel that way|}.\"\"\"  ")]
    [InlineData("  \"Thanks for writing. {|DEESC001:I'm sorry \" + \"you feel that way|}.\"  ")]
    [InlineData("  (\"Thanks. \" + (\"{|DEESC001:I'm sorry you \" + \"feel that way|}.\"))  ")]
    public async Task Constant_of_every_literal_kind(string literal)
    {
        var source = $$"""
            using Deescalation;

            class Replies
            {
                [ReplyText]
                public const string Apology = {{literal.Trim()}};
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Multi_line_raw_string_maps_past_the_indentation()
    {
        var source = """"
            using Deescalation;

            class Replies
            {
                [ReplyText]
                public const string Apology = """
                    Thanks for writing.
                      {|DEESC001:I'm sorry you feel that way|}.
                    {|DEESC003:We'll look into it soon|}.
                    """;
            }
            """";

        await Verify.AnalyzerAsync(source);
    }

    [Theory]
    [InlineData("""  $"Hi {name}, {|DEESC001:I'm sorry you feel that way|}."  """)]
    [InlineData("""  $"Hi {name,-10:G}. {{Ticket}} {|DEESC001:I\u0027m sorry you feel that way|}."  """)]
    [InlineData("""  $@"Hi {name}, ""thanks"". {|DEESC001:I'm sorry you feel that way|}."  """)]
    [InlineData("""  @$"Hi {name}, {|DEESC001:I'm sorry you feel that way|}."  """)]
    [InlineData("  $\"\"\"Hi {name}, {|DEESC001:I'm sorry you feel that way|}.\"\"\"  ")]
    [InlineData("  $\"Hi {name}, \" + \"{|DEESC001:I'm sorry you feel that way|}.\"  ")]
    public async Task Interpolated_strings_read_holes_as_placeholders(string literal)
    {
        var source = $$"""
            using Deescalation;

            class Replies
            {
                [return: ReplyText]
                public static string Apology(string name) => {{literal.Trim()}};
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Raw_interpolated_string_with_two_dollars()
    {
        // "$$" is caret markup for the test framework, so this one states its expected span in code.
        var source = "using Deescalation;\n\nclass Replies\n{\n    [return: ReplyText]\n" +
                     "    public static string Apology(string name) => $$\"\"\"Hi {{name}} {ok}, I'm sorry you feel that way.\"\"\";\n}\n";

        await Verify.AnalyzerWithoutMarkupAsync(source, "DEESC001", "I'm sorry you feel that way");
    }

    [Fact]
    public async Task Multi_line_raw_interpolated_string()
    {
        var source = """"
            using Deescalation;

            class Replies
            {
                [return: ReplyText]
                public static string Apology(string name) => $"""
                    Hi {name},
                      {|DEESC001:I'm sorry you feel that way|}.
                    """;
            }
            """";

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Holes_and_non_literal_operands_are_never_flagged()
    {
        var source = """
            using Deescalation;

            class Replies
            {
                const string Shout = "PLEASE READ THE TERMS.";

                [return: ReplyText]
                public static string Apology(string name) =>
                    $"{"YOU SHOULD HAVE READ THE TERMS"} {|DEESC001:I'm sorry you feel that way|}. " + Shout + " Thanks.";
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Theory]
    [InlineData("\"Thanks for your patience, I've refunded the order.\"")]
    [InlineData("$\"Thanks {name}, I've refunded the order.\"")]
    [InlineData("\"\"")]
    [InlineData("$\"{name}\"")]
    public async Task Clean_reply_text_has_no_finding(string literal)
    {
        var source = $$"""
            using Deescalation;

            class Replies
            {
                [return: ReplyText]
                public static string Reply(string name) => {{literal}};
            }
            """;

        await Verify.AnalyzerAsync(source);
    }
}
