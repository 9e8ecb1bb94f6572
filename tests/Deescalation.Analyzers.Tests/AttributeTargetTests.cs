using System.Threading.Tasks;
using Deescalation.Analyzers.Tests.TestSupport;
using Xunit;

namespace Deescalation.Analyzers.Tests;

/// <summary>What counts as reply text: [ReplyText] on each target, configured types, and nothing else.</summary>
public class AttributeTargetTests
{
    [Fact]
    public async Task Const_and_static_fields()
    {
        var source = """
            using Deescalation;

            class Replies
            {
                [ReplyText] public const string Apology = "{|DEESC001:I'm sorry you feel that way|}.";
                [ReplyText] public static readonly string Blame = "{|DEESC004:You should have|} read the terms.";
                [ReplyText] public static string Later = "{|DEESC003:We'll look into it soon|}.", Clean = "Thanks for writing in.";
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Arrays_and_collections_of_replies()
    {
        var source = """
            using System.Collections.Generic;
            using Deescalation;

            class Replies
            {
                [ReplyText] public static readonly string[] Apologies = { "{|DEESC001:I'm sorry you feel that way|}.", "Thanks for writing in." };
                [ReplyText] public static readonly string[] Later = new[] { "{|DEESC003:We'll look into it soon|}." };
                [ReplyText] public static readonly List<string> Blame = ["{|DEESC004:You should have|} read the terms."];
                public static readonly string[] Unmarked = { "I'm sorry you feel that way." };
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Properties_initializers_bodies_and_getters()
    {
        var source = """
            using Deescalation;

            class Replies
            {
                [ReplyText] public string Apology { get; } = "{|DEESC001:I'm sorry you feel that way|}.";
                [ReplyText] public string Blame => "{|DEESC004:You should have|} read the terms.";
                [ReplyText] public string Later
                {
                    get
                    {
                        if (System.DateTime.Now.Hour > 12) return "{|DEESC003:We'll look into it soon|}.";
                        return "Thanks for writing in.";
                    }
                }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Method_returns_including_conditionals()
    {
        var source = """
            using Deescalation;

            class Replies
            {
                [return: ReplyText]
                public static string Pick(bool late)
                {
                    System.Func<string> ignored = () => "We'll look into it soon.";
                    return late ? "{|DEESC003:We'll look into it soon|}." : "{|DEESC001:I'm sorry you feel that way|}.";
                }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Parameters_defaults_and_arguments()
    {
        var source = """
            using Deescalation;

            class Mailer
            {
                public void Send([ReplyText] string body = "{|DEESC003:We'll look into it soon|}.") { }
                public void Log(string message) { }

                public void Run()
                {
                    Send("{|DEESC001:I'm sorry you feel that way|}.");
                    Send(body: $"{|DEESC004:You should have|} read the terms, {"customer"}.");
                    Log("I'm sorry you feel that way.");
                }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Unmarked_strings_are_not_read()
    {
        var source = """
            using System;

            class Replies
            {
                public const string Apology = "I'm sorry you feel that way.";
                [Obsolete] public static string Blame => "You should have read the terms.";
                public static string Later() => "We'll look into it soon.";
                public static void Send(string body = "We'll look into it soon.") => Send("I'm sorry you feel that way.");
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Configured_types_and_namespaces_need_no_attribute()
    {
        var source = """
            namespace MyApp.Replies.Billing
            {
                class Canned
                {
                    public const string Apology = "{|DEESC001:I'm sorry you feel that way|}.";
                    public static string Later => "{|DEESC003:We'll look into it soon|}.";
                }
            }

            namespace MyApp.Emails
            {
                class Canned
                {
                    public const string Blame = "{|DEESC004:You should have|} read the terms.";
                }

                class Other
                {
                    public const string Blame = "You should have read the terms.";
                }
            }
            """;

        await Verify.AnalyzerAsync(source, "[*.cs]\ndeescalation.reply_text_types = MyApp.Replies.*, MyApp.Emails.Canned\n");
    }
}
