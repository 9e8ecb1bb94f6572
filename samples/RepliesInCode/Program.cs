using System;
using System.Resources;
using RepliesInCode;

var resources = new ResourceManager("RepliesInCode.Resources.Replies", typeof(CannedReplies).Assembly);
var key = args.Length > 0 ? args[0] : "refunded";

var reply = key switch
{
    "refunded" => CannedReplies.Refunded,
    "apology" => CannedReplies.Apology,
    "investigating" => CannedReplies.Investigating,
    _ => resources.GetString(key) ?? $"No canned reply named '{key}'.",
};

Console.WriteLine(CannedReplies.Greeting("Sam"));
Console.WriteLine(reply);
