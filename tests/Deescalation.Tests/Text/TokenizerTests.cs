using System.Linq;
using Deescalation.Analysis;
using Deescalation.Text;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Text;

/// <summary>
/// Words as the tokenizer reads them: where a word ends, its word id (the word table's normal form, "?" for a word in
/// no table), its shape and how contractions split, whichever of its paths (the one-pass ASCII word, or the general
/// scan) reads the word. Each token is written as its text, "=" its normal form, then its shape flags.
/// </summary>
public class TokenizerTests
{
    private static readonly AnalysisEngine Engine = new(new DeescalationOptions());

    [Theory]
    [InlineData("We'll call you.", "We=we Glued InitialUpper|'ll=will Clitic|call=call|you=you|.=. Punct")]
    [InlineData("We\u2019ll call you.", "We=we Glued InitialUpper|\u2019ll=will Clitic|call=call|you=you|.=. Punct")]
    [InlineData("DON'T wait", "DO=do AllUpper Glued InitialUpper|N'T=not Clitic|wait=wait")]
    [InlineData("don\u2019t, won't", "do=do Glued|n\u2019t=not Clitic|,=, Punct|wo=will Glued|n't=not Clitic")]
    [InlineData("dont cannot", "do=do Glued|nt=not Clitic|can=can Glued|not=not Clitic")]
    [InlineData("the customers' orders", "the=the|customers=customers|'=\" Punct|orders=orders")]
    [InlineData("Sam's order, thanks: done.", "Sam=? Glued InitialUpper|'s='s Clitic|order=order|,=, Punct|thanks=thanks|:=: Punct|done=done|.=. Punct")]
    [InlineData("rock'n'roll", "rock'n'roll=?")]
    [InlineData("DONT go, Cannot wait: wouldnt want", "DO=do AllUpper Glued InitialUpper|NT=not Clitic|go=go|,=, Punct|Can=can Glued InitialUpper|not=not Clitic|wait=wait|:=: Punct|would=would Glued|nt=not Clitic|want=want")]
    [InlineData("it's 3.5 or 1,000 and 10:30", "it=it Glued|'s=is Clitic|3.5=? HasDigit Number|or=or|1,000=? HasDigit Number|and=and|10:30=? HasDigit Number")]
    [InlineData("see e.g. www.example.com or https://example.com now", "see=see|e=e|.=. Punct|g=g|.=. Punct|or=or|now=now")]
    [InlineData("mail help@example.com today", "mail=mail|today=today")]
    [InlineData("ERR_TOKEN code A1 and 42", "ERR_TOKEN=? AllUpper HasDigit InitialUpper|code=?|A1=? HasDigit InitialUpper|and=and|42=? HasDigit Number")]
    [InlineData("a mix-up", "a=a|mix=mix|up=up AfterHyphen")]
    [InlineData("caf\u00E9 na\u00EFve", "caf\u00E9=?|na\u00EFve=?")]
    [InlineData("I'\u00E9 x' y", "I'\u00E9=? InitialUpper|x=?|'=\" Punct|y=?")]
    public void Words_end_fold_and_split_alike_on_every_path(string text, string expected)
    {
        var table = Engine.Lexicon.Table;
        var reply = new ReplyText();
        reply.Prepare(text, Engine.Lexicon.Tokenizer);
        var shapes = TokenFlags.InitialUpper | TokenFlags.AllUpper | TokenFlags.HasDigit | TokenFlags.Number | TokenFlags.Glued |
                     TokenFlags.Clitic | TokenFlags.AfterHyphen | TokenFlags.Punct;
        var tokens = reply.Tokens.Take(reply.TokenCount).Select(token =>
        {
            var word = text.Substring(token.Start, token.Length) + "=" + (token.Id == 0 ? "?" : table.WordOf(token.Id));
            var flags = token.Flags & shapes;
            return flags == 0 ? word : word + " " + string.Join(" ", flags.ToString().Split(", ").OrderBy(name => name, System.StringComparer.Ordinal));
        });
        string.Join("|", tokens).Should().Be(expected);
    }
}
