using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class ShoutingRuleTests
{
    [Theory]
    [InlineData("You [|MUST|] keep the receipt.")]
    [InlineData("[|PLEASE DO NOT|] reply to this email.")]
    [InlineData("[|DON'T|] unplug it during the update.")]
    public void Capitals_are_reported_as_DEESC012(string markup) => Markup.VerifyHits(markup, "DEESC012");

    [Theory]
    [InlineData("Stop calling the store[|!!!|]")]
    [InlineData("Did you read it[|?!|]")]
    public void Bang_runs_are_reported_as_DEESC013(string markup) => Markup.VerifyHits(markup, "DEESC013");

    [Theory]
    [InlineData("Your parcel is with UPS and the FAQ explains tracking.")]
    [InlineData("Please quote SKU AB12CD and your PIN.")]
    [InlineData("Hi {{FIRST_NAME}}, your order %ORDER_ID% has shipped!")]
    [InlineData("Dear [AGENT NAME], the VAT invoice is attached as a PDF.")]
    [InlineData("Thanks so much, have a great weekend!")]
    [InlineData("I've checked it and I think it's fixed.")]
    [InlineData("Let me know if that works. -AT")]
    public void Acronyms_codes_and_placeholders_are_not_shouting(string text) => Markup.VerifyNone(text, DiagnosticCategories.Shouting);

    [Fact]
    public void Fix_uses_sentence_case_and_one_mark()
    {
        var analysis = ReplyAnalyzer.Default.Analyze("PLEASE bring the receipt!!!");
        analysis.ApplyFixes().Should().Be("Please bring the receipt!");
    }
}
