using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC010: arguing with the customer or setting out to prove them wrong. Guide 000, step 10: "While it is
/// tempting to convince the customer that you are right and they are wrong, resist this temptation"; guide 004:
/// "Avoid arguing, interrupting, or dismissing the customer's feelings".
/// </summary>
internal sealed class ArgumentativeRule : PhraseTableRule
{
    public override string Name => "argumentative";


    protected override DiagnosticDescriptor Descriptor => DescriptorOf("DEESC010");

    protected override string Message => Text("finding");

    protected override string FixTitle => Text("fix-title");

    private WordSet _topics;
    private WordSet _questions;

    public override void Initialize(Lexicon lexicon)
    {
        _topics = Class(lexicon, "topics");
        _questions = Class(lexicon, "questions");
    }

    /// <summary>"You're wrong about the fee" -> "Let me clarify the facts about the fee"; "you don't understand how" -> "let me explain how".</summary>
    protected override string Reword(RuleContext context, PhraseMatch match, string replacement)
    {
        var next = match.Last + 1;
        if (replacement == Text("fix.clarify") && EndsSentence(context, match.Last))
        {
            // "That is incorrect information." -> "Let me clarify: [the facts].": a bare "Let me clarify." would drop the one
            // thing the sentence told the customer and clarify nothing (fix reads Q and V); the agent gives the facts.
            return Text("fix.clarify.facts");
        }

        if (next >= context.TokenCount || !context.SameSentence(match.Last, next))
        {
            return replacement;
        }

        if (replacement == Text("fix.clarify") && _topics.Contains(context.Tokens[next].Id))
        {
            return "let me clarify the facts";
        }

        return replacement == "let me explain it another way" && _questions.Contains(context.Tokens[next].Id) ? "let me explain" : replacement;
    }

    /// <summary>Whether at most one word (as "information" in "that is incorrect information") follows the token in its sentence.</summary>
    private static bool EndsSentence(RuleContext context, int last)
    {
        var words = 0;
        for (var i = last + 1; i < context.TokenCount && context.SameSentence(last, i); i++)
        {
            if (context.Tokens[i].Is(TokenFlags.Word) && ++words > 1)
            {
                return false;
            }
        }

        return true;
    }
}
