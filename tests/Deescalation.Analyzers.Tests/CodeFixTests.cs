using System.Threading.Tasks;
using Deescalation.Analyzers.Tests.TestSupport;
using Xunit;

namespace Deescalation.Analyzers.Tests;

/// <summary>The light bulb applies the library's fix inside the literal, keeping its kind and escapes.</summary>
public class CodeFixTests
{
    [Theory]
    [InlineData(
        """  "Thanks. {|DEESC001:I'm sorry you feel that way|}."  """,
        """  "Thanks. I'm sorry for the trouble."  """)]
    [InlineData(
        """  "Thanks for writing.\n{|DEESC001:I\u0027m sorry you feel that way|}.\tC:\\Orders"  """,
        """  "Thanks for writing.\nI'm sorry for the trouble.\tC:\\Orders"  """)]
    [InlineData(
        """  @"He said ""thanks"". {|DEESC001:I'm sorry you feel that way|}."  """,
        """  @"He said ""thanks"". I'm sorry for the trouble."  """)]
    [InlineData(
        "  \"\"\"Thanks for \"writing\". {|DEESC001:I'm sorry you feel that way|}.\"\"\"  ",
        "  \"\"\"Thanks for \"writing\". I'm sorry for the trouble.\"\"\"  ")]
    [InlineData(
        "  \"Thanks. \" + \"{|DEESC001:I'm sorry you feel that way|}.\"  ",
        "  \"Thanks. \" + \"I'm sorry for the trouble.\"  ")]
    public async Task Fix_keeps_the_literal_kind(string literal, string fixedLiteral)
    {
        const string Template = """
            using Deescalation;

            class Replies
            {
                [ReplyText]
                public const string Reply = LITERAL;
            }
            """;

        await Verify.CodeFixAsync(
            Template.Replace("LITERAL", literal.Trim(), System.StringComparison.Ordinal),
            Template.Replace("LITERAL", fixedLiteral.Trim(), System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(
        """  $"Hi {name}, {{ticket}} {|DEESC001:I'm sorry you feel that way|}."  """,
        """  $"Hi {name}, {{ticket}} I'm sorry for the trouble."  """)]
    [InlineData(
        """  $@"Hi {name}, {|DEESC001:I'm sorry you feel that way|}."  """,
        """  $@"Hi {name}, I'm sorry for the trouble."  """)]
    [InlineData(
        "  $\"\"\"Hi {name}, {|DEESC001:I'm sorry you feel that way|}.\"\"\"  ",
        "  $\"\"\"Hi {name}, I'm sorry for the trouble.\"\"\"  ")]
    public async Task Fix_inside_an_interpolated_string_leaves_the_holes(string literal, string fixedLiteral)
    {
        const string Template = """
            using Deescalation;

            class Replies
            {
                [return: ReplyText]
                public static string Reply(string name) => LITERAL;
            }
            """;

        await Verify.CodeFixAsync(
            Template.Replace("LITERAL", literal.Trim(), System.StringComparison.Ordinal),
            Template.Replace("LITERAL", fixedLiteral.Trim(), System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fix_in_a_multi_line_raw_string()
    {
        var source = """"
            using Deescalation;

            class Replies
            {
                [ReplyText]
                public const string Reply = """
                    Thanks for writing.
                      {|DEESC001:I'm sorry you feel that way|}.
                    """;
            }
            """";
        var fixedSource = """"
            using Deescalation;

            class Replies
            {
                [ReplyText]
                public const string Reply = """
                    Thanks for writing.
                      I'm sorry for the trouble.
                    """;
            }
            """";

        await Verify.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_all_in_a_document()
    {
        var source = """
            using Deescalation;

            class Replies
            {
                [ReplyText] public const string First = "{|DEESC001:I'm sorry you feel that way|}.";
                [ReplyText] public const string Second = @"Thanks. {|DEESC001:I'm sorry you feel that way|}.";
                [ReplyText] public static string Third => $"Hi {System.Environment.UserName}, {|DEESC001:I'm sorry you feel that way|}.";
            }
            """;
        var fixedSource = """
            using Deescalation;

            class Replies
            {
                [ReplyText] public const string First = "I'm sorry for the trouble.";
                [ReplyText] public const string Second = @"Thanks. I'm sorry for the trouble.";
                [ReplyText] public static string Third => $"Hi {System.Environment.UserName}, I'm sorry for the trouble.";
            }
            """;

        await Verify.CodeFixAsync(source, fixedSource, iterations: 3);
    }

    [Fact]
    public async Task Fix_all_in_a_project_and_solution()
    {
        var first = """
            using Deescalation;

            class Billing
            {
                [ReplyText] public const string Apology = "{|DEESC001:I'm sorry you feel that way|}.";
            }
            """;
        var second = """
            using Deescalation;

            class Shipping
            {
                [ReplyText] public static string Apology => $"Hi {System.Environment.UserName}. {|DEESC001:I'm sorry you feel that way|}.";
            }
            """;

        await Verify.FixAllAsync(
            [first, second],
            [
                first.Replace("{|DEESC001:I'm sorry you feel that way|}", "I'm sorry for the trouble", System.StringComparison.Ordinal),
                second.Replace("{|DEESC001:I'm sorry you feel that way|}", "I'm sorry for the trouble", System.StringComparison.Ordinal),
            ]);
    }
}
