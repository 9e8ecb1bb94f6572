using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC015: the customer is upset and the reply neither acknowledges it nor apologises. Guide 002: "Acknowledge
/// their feelings and validate their experience. Phrases like 'I understand your frustration' ... can go a long
/// way"; guide 003: "Acknowledge their frustration". Needs the customer's message: from
/// <see cref="ReplyContext.CustomerMessage"/>, else the quoted text in the reply.
/// </summary>
internal sealed class MissingAcknowledgementRule : ReplyRule
{
    public override string Name => "missing-acknowledgement";

    /// <summary>The behaviours rows of the data name (kebab-case: <c>strong-upset</c>).</summary>
    internal enum Behaviour
    {
        /// <summary>A row that names no behaviour.</summary>
        Plain = 0,

        /// <summary>The reply acknowledges the customer's feelings.</summary>
        Acknowledgement = 1,

        /// <summary>The reply names a concrete next step.</summary>
        NextStep = 2,

        /// <summary>A strong sign that the customer is upset.</summary>
        StrongUpset = 3,

        /// <summary>A mild sign that the customer is upset.</summary>
        MildUpset = 4,
    }

    protected override Type Behaviours => typeof(Behaviour);

    private const string Opening = "I'm sorry for the trouble, and I understand how frustrating this has been. ";

    private WordSet _greetings;
    private WordSet _thanks;
    private WordSet _positive;
    private WordTableSet _acronymLike = null!;
    private WordTableSet _english = null!;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.MissingAcknowledgement };

    public override IEnumerable<string> Words => Array.Empty<string>();

    public override void Initialize(Lexicon lexicon)
    {
        _greetings = Class(lexicon, "greeting-words");
        _thanks = Class(lexicon, "thanks-words");
        _positive = Class(lexicon, "positive-words");
        _english = new WordTableSet(Items("english-words"));
        _acronymLike = new WordTableSet(Items("acronyms"));
    }

    public override void Analyze(RuleContext context)
    {
        if (!context.IsEnabled(RuleCatalog.MissingAcknowledgement))
        {
            return;
        }

        var message = context.Context?.CustomerMessage;
        var hasMessage = !string.IsNullOrWhiteSpace(message);
        if ((!hasMessage && context.Reply.Quoted.Count == 0) || Acknowledges(context))
        {
            return;
        }

        if (!hasMessage)
        {
            message = context.Reply.QuotedText();
        }

        if (!IsUpset(context, message!))
        {
            return;
        }

        var insertAt = OpeningPosition(context);
        var span = new TextSpan(insertAt, 0);

        // "Hi Sam, the refund ..." continues in lower case: join with a semicolon rather than start a sentence.
        var opening = insertAt < context.Text.Length && char.IsLower(context.Text[insertAt]) ? Opening.TrimEnd().TrimEnd('.') + "; " : Opening;
        context.Report(
            RuleCatalog.MissingAcknowledgement,
            span,
            Text("finding"),
            new Fix(Text("fix-title"), new[] { new TextEdit(span, context.ApostrophesLike(opening)) }));
    }

    /// <summary>Whether the agent's text apologises or acknowledges the customer's feelings.</summary>
    public static bool Acknowledges(RuleContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (context.Common.Apologies.Contains(tokens[i].Id))
            {
                return true;
            }
        }

        return HasMatch(context, Behaviour.Acknowledgement);
    }

    public static bool HasMatch(RuleContext context, Behaviour kind)
    {
        foreach (var match in context.Matches)
        {
            var entry = context.Entries[match.Entry];
            if ((Behaviour)entry.Kind == kind && entry.Owner is MissingAcknowledgementRule)
            {
                return true;
            }
        }

        return false;
    }

    public bool Thanks(RuleContext context)
    {
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (_thanks.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUpset(RuleContext context, string message)
    {
        var customer = context.PrepareCustomerMessage(message);
        var tokens = customer.Tokens;
        var weight = 0;
        var mild = 0;
        foreach (var match in context.CustomerMatches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Owner is MissingAcknowledgementRule)
            {
                weight += (Behaviour)entry.Kind == Behaviour.StrongUpset ? 2 : 0;
                mild += (Behaviour)entry.Kind == Behaviour.MildUpset ? 1 : 0;
            }
        }

        // "again" twice is still one mild signal.
        weight += mild > 0 ? 1 : 0;
        var shouted = 0;
        var words = 0;
        var capitals = 0;
        var bangs = 0;
        var positive = 0;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Is(TokenFlags.Punct) && token.Length >= 2 && customer.Text.IndexOf('!', token.Start, token.Length) >= 0)
            {
                // A run of "!" is a hint of anger, not proof: excitement uses it too ("costume!!!").
                bangs++;
            }
            else if (context.Common.Apologies.Contains(token.Id))
            {
                // "Sorry for the rant earlier": a customer who apologises has calmed down.
                weight -= 2;
            }
            else if (_thanks.Contains(token.Id) || _positive.Contains(token.Id))
            {
                positive++;
            }
            else if (token.Is(TokenFlags.AllUpper) && !token.Is(TokenFlags.HasDigit) && token.Length >= 2 &&
                     !_acronymLike.Contains(customer.Text.AsSpan(token.Start, token.Length)) && _english.Contains(customer.Text.AsSpan(token.Start, token.Length)))
            {
                shouted++;
            }

            if (token.Is(TokenFlags.Word))
            {
                words++;
                if (token.Is(TokenFlags.AllUpper))
                {
                    capitals++;
                }
            }
        }

        // Capitals for emphasis ("charged me twice AGAIN") are a hint; many of them, or with other signs, anger.
        if (shouted > 0)
        {
            weight += shouted >= 3 && capitals * 2 < words ? 2 : 1;
        }

        weight += bangs > 1 ? 2 : bangs;
        weight -= positive > 2 ? 2 : positive;
        return weight >= 2;
    }

    private int OpeningPosition(RuleContext context)
    {
        var tokens = context.Tokens;
        if (context.TokenCount == 0)
        {
            return 0;
        }

        if (!_greetings.Contains(tokens[0].Id))
        {
            return tokens[0].Start;
        }

        // After "Hi Ray," or "Dear Ms Smith," (on its own line or not).
        for (var i = 1; i < context.TokenCount && i <= 6; i++)
        {
            if (tokens[i].Is(TokenFlags.LineStart) || tokens[i].Sentence != tokens[0].Sentence)
            {
                return tokens[i].Start;
            }

            if (tokens[i].Is(TokenFlags.Punct) && (tokens[i].Id == context.Common.Comma || context.Common.IsClauseBreak(tokens[i].Id)))
            {
                return i + 1 < context.TokenCount ? tokens[i + 1].Start : tokens[i].End;
            }
        }

        return tokens[0].Start;
    }
}
