using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC010: arguing with the customer or setting out to prove them wrong. Guide 000, step 10: "While it is
/// tempting to convince the customer that you are right and they are wrong, resist this temptation"; guide 004:
/// "Avoid arguing, interrupting, or dismissing the customer's feelings".
/// </summary>
internal sealed class ArgumentativeRule : PhraseTableRule
{
    private const string Clarify = "let me clarify";
    private const string SharedGoal = "I want to get this right for you";

    private static readonly PhraseEntry[] Table =
    {
        new("you (are|were|'re) (simply|just|completely|totally|clearly)? (wrong|mistaken|incorrect|misinformed|not right|not correct)", Clarify),
        new("you (have|'ve)? got (it|that|this) (all)? wrong", Clarify),
        new("(that|this|it) (is|was) (simply|just|absolutely|completely|categorically|certainly|definitely|really|clearly)? (not|never) (true|correct|accurate|the case|what happened|how it works|how this works)", Clarify),
        new("(i|we) (do not|don't) (agree|accept) (that|with you|with that|with this)", SharedGoal),
        new("(let me|i can|i will|i'll|i have to|i must) prove (it|this|that)? (to you)?", "let me show you what I can see"),
        new("whatever you (may|might)? (have)? (been told|heard|read|think)", string.Empty),
        new("you (have|'ve)? got (the|your|it|that|this) *2 wrong", Clarify),
        new("(i have to|i must|i need to|allow me to)? correct you (there|on that|on this)?", Clarify),
        new("(that|this) is (simply|just|completely)? (false|untrue|incorrect|inaccurate|wrong|nonsense)", Clarify),
        new("with (all)? due respect ,?", "I hear you, and"),
        new("with (the greatest|respect) ,", "I hear you, and"),
        new("(that is|that's) not what (our|the|my) *2 (said|wrote|meant|told you)", "let me check what was said, as"),
        new("no (offense|offence) ,? but", "I hear you, and"),
        new("i (have to|must|would have to|'d have to|will have to|am going to have to)? (respectfully)? (disagree|beg to differ) (with you)? (there|on that|on this)?", SharedGoal),
        new("you (clearly|obviously|simply|just)? (do not|don't|did not) (seem to)? (understand|get the point|listen)", "let me explain it another way"),
        new("you (are|'re) not (listening|understanding|reading)", "let me explain it another way"),
        new("you (are|'re) missing the point", "let me explain it another way"),
        new("let me (be|make this|make it|make myself) (very|perfectly|absolutely)? clear ,?", "to recap,"),
        new("(as a matter of fact|the fact (of the matter)? is) ,?", "in fact,"),
        new("i never said (that|so)", "let me put it another way"),
        new("that (is|was) not what i (said|wrote|meant)", "let me put it another way"),
        new("(we|i) (did|have done|'ve done) nothing wrong", "let me walk you through what happened"),
        new("(there is|there's) no (way|chance) (that)? (we|our (staff|team|agent|agents|driver)) (would|could|did)", "let me walk you through what happened, as"),
        new("i (am|'m) not going to argue", SharedGoal),
        new("(stop|quit) arguing", SharedGoal),
        new("you need to understand that", "it may help to know that"),
        new("that (is|'s) (just)? your opinion", "I hear you"),
        new("(whether you like it or not|like it or not)", string.Empty),
        new("(prove|proves|proved|show|shows|showed|say|says|said|suggest|suggests|indicate|indicates|state|states) otherwise", "tell a different story, so let me check"),
        new("i (have to|must|need to|'ll have to|will have to|would have to|'d have to)? push back (on that|on this|there)?", SharedGoal),
        new("(that is|that's|this is) not (quite|exactly|really|entirely) (how it happened|what happened|right|correct|accurate|true|the case|how it works)", Clarify),
        new("you (are|'re|were) (confusing|mixing up|mixing) (us|this|it|that|things)", Clarify),
        new("(not to be rude|no disrespect|not being funny|i don't mean to be rude|i do not mean to be rude|don't take this the wrong way) ,? but", "I hear you, and"),
        new("your (statement|claim|understanding|assumption|information|version|account) (is|was) (factually|simply|completely|totally)? (incorrect|inaccurate|untrue|false|wrong|mistaken)", Clarify),
        new("contrary to what you", "to clarify what you"),
        new("let me correct you (there|on that)?", Clarify),
        new("(you can|feel free to) argue (all you like|all you want|as much as you like|as much as you want)", "I hear you"),
        new("(that|this) is not (how|what) (it|this|the policy|our policy) (works|says)", Clarify),
    };

    protected override DiagnosticDescriptor Descriptor => RuleCatalog.Argumentative;

    protected override string Message => "This argues with the customer; restate the shared goal and the facts instead of proving them wrong.";

    protected override string FixTitle => "Restate the shared goal";

    public override IEnumerable<PhraseEntry> Phrases => Table;

    public override IEnumerable<string> Words => new[] { "about", "on", "regarding", "how", "what", "why", "that", "when", "where" };

    private WordSet _topics;
    private WordSet _questions;

    public override void Initialize(Lexicon lexicon)
    {
        _topics = lexicon.Set(new[] { "about", "on", "regarding" });
        _questions = lexicon.Set(new[] { "how", "what", "why", "that", "when", "where" });
    }

    /// <summary>"You're wrong about the fee" -> "Let me clarify the facts about the fee"; "you don't understand how" -> "let me explain how".</summary>
    protected override string Reword(RuleContext context, PhraseMatch match, string replacement)
    {
        var next = match.Last + 1;
        if (next >= context.TokenCount || !context.SameSentence(match.Last, next))
        {
            return replacement;
        }

        if (replacement == Clarify && _topics.Contains(context.Tokens[next].Id))
        {
            return "let me clarify the facts";
        }

        return replacement == "let me explain it another way" && _questions.Contains(context.Tokens[next].Id) ? "let me explain" : replacement;
    }
}
