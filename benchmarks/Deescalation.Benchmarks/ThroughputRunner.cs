using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Deescalation.Benchmarks;

/// <summary>
/// The plain <c>throughput</c> mode (no BenchmarkDotNet): analyses the whole corpus on one thread, pass after pass,
/// and prints MB/s and replies/s of the median pass, bytes allocated per reply and the findings.
/// <c>benchmarks/compare.sh</c> reads its <c>--json</c> output.
/// </summary>
internal static class ThroughputRunner
{
    private const string Usage =
        "usage: Deescalation.Benchmarks throughput [--corpus PATH] [--no-context] [--min-seconds N] [--json]\n" +
        "  --corpus PATH     JSONL file of reply objects (default: ../shared/corpora/agent_replies.jsonl)\n" +
        "  --no-context      analyse the reply text alone, without the customer's message\n" +
        "  --min-seconds N   time passes for at least N seconds (default 3)\n" +
        "  --json            print one JSON object instead of text";

    public static int Run(string[] args)
    {
        string? corpusPath = null;
        var withContext = true;
        var minSeconds = 3.0;
        var json = false;
        for (var index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--corpus" when index + 1 < args.Length:
                    corpusPath = args[++index];
                    break;
                case "--no-context":
                    withContext = false;
                    break;
                case "--min-seconds" when index + 1 < args.Length
                    && double.TryParse(args[index + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    minSeconds = seconds;
                    index++;
                    break;
                case "--json":
                    json = true;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"throughput: unknown or incomplete option '{args[index]}'.\n{Usage}");
                    return 2;
            }
        }

        corpusPath ??= ReplyCorpus.Locate();
        if (corpusPath is null || !File.Exists(corpusPath))
        {
            Console.Error.WriteLine(corpusPath is null ? ReplyCorpus.MissingMessage : $"throughput: {corpusPath}: no such file.");
            return 2;
        }

        ReplyCorpus corpus;
        try
        {
            corpus = ReplyCorpus.Load(corpusPath);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"throughput: {exception.Message}");
            return 2;
        }

        var result = Measure(corpus, withContext, minSeconds);
        if (json)
        {
            WriteJson(result);
        }
        else
        {
            WriteText(result);
        }

        return 0;
    }

    /// <summary>One context per reply: the customer's message where the corpus has one, else null.</summary>
    public static ReplyContext?[] ContextsFor(ReplyCorpus corpus)
    {
        var contexts = new ReplyContext?[corpus.Count];
        for (var index = 0; index < contexts.Length; index++)
        {
            if (corpus.CustomerMessages[index] is { } customerMessage)
            {
                contexts[index] = new ReplyContext { CustomerMessage = customerMessage };
            }
        }

        return contexts;
    }

    private static ThroughputResult Measure(ReplyCorpus corpus, bool withContext, double minSeconds)
    {
        var analyzer = ReplyAnalyzer.Default;
        var texts = corpus.Texts;
        var contexts = withContext ? ContextsFor(corpus) : new ReplyContext?[corpus.Count];

        // Warm up until the hot methods have been re-jitted at tier 1 (several passes, at least a second).
        var warmUp = Stopwatch.StartNew();
        for (var pass = 0; pass < 3 || warmUp.Elapsed.TotalSeconds < 1; pass++)
        {
            AnalyzeAll(analyzer, texts, contexts);
        }

        var passSeconds = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = GC.CollectionCount(0);
        var pauseBefore = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        var findings = 0;
        while (passSeconds.Count < 5 || wall.Elapsed.TotalSeconds < minSeconds)
        {
            var start = Stopwatch.GetTimestamp();
            findings = AnalyzeAll(analyzer, texts, contexts);
            passSeconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        wall.Stop();
        var collectionsPerPass = (GC.CollectionCount(0) - collectionsBefore) / (double)passSeconds.Count;
        var gcPauseShare = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds / wall.Elapsed.TotalSeconds;
        var allocatedPerPass = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)passSeconds.Count;
        process.Refresh();
        var cpuPerWall = (process.TotalProcessorTime - cpuBefore).TotalSeconds / wall.Elapsed.TotalSeconds;
        passSeconds.Sort();

        // Findings per category, counted once outside the timed passes.
        var categories = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var flaggedReplies = 0;
        for (var index = 0; index < texts.Length; index++)
        {
            var analysis = analyzer.Analyze(texts[index], contexts[index]);
            if (analysis.HasFindings)
            {
                flaggedReplies++;
            }

            foreach (var diagnostic in analysis.Diagnostics)
            {
                categories[diagnostic.Category] = categories.TryGetValue(diagnostic.Category, out var count) ? count + 1 : 1;
            }
        }

        return new ThroughputResult(
            corpus,
            withContext,
            passSeconds.Count,
            passSeconds[passSeconds.Count / 2],
            passSeconds[0],
            allocatedPerPass / corpus.Count,
            cpuPerWall,
            collectionsPerPass,
            gcPauseShare,
            findings,
            flaggedReplies,
            categories);
    }

    private static int AnalyzeAll(ReplyAnalyzer analyzer, string[] texts, ReplyContext?[] contexts)
    {
        var findings = 0;
        for (var index = 0; index < texts.Length; index++)
        {
            findings += analyzer.Analyze(texts[index], contexts[index]).Diagnostics.Count;
        }

        return findings;
    }

    private static void WriteText(ThroughputResult result)
    {
        var corpus = result.Corpus;
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine($"Deescalation {typeof(ReplyAnalyzer).Assembly.GetName().Version}, in-process, one thread, .NET {Environment.Version}");
        Console.WriteLine(string.Format(invariant, "corpus      {0} ({1:N0} replies, {2:N2} MB of UTF-8 reply text){3}", corpus.Path, corpus.Count, corpus.Utf8Bytes / 1e6, result.WithContext ? ", with customer messages" : string.Empty));
        Console.WriteLine(string.Format(invariant, "passes      {0} timed: median {1:N2} ms, best {2:N2} ms; CPU/wall {3:N2}", result.Passes, result.MedianPassSeconds * 1e3, result.BestPassSeconds * 1e3, result.CpuPerWall));
        Console.WriteLine(string.Format(invariant, "throughput  {0:N1} MB/s, {1:N0} replies/s (median pass; best {2:N1} MB/s)", result.MegabytesPerSecond, result.RepliesPerSecond, corpus.Utf8Bytes / 1e6 / result.BestPassSeconds));
        Console.WriteLine(string.Format(invariant, "allocated   {0:N0} B per reply; {1:N1} gen0 GCs per pass, {2:P1} of the time paused for GC", result.AllocatedBytesPerReply, result.CollectionsPerPass, result.GcPauseShare));
        Console.WriteLine(string.Format(invariant, "findings    {0:N0} diagnostics; {1:N0} replies flagged ({2:P1})", result.Findings, result.FlaggedReplies, (double)result.FlaggedReplies / corpus.Count));
        foreach (var pair in result.Categories)
        {
            Console.WriteLine(string.Format(invariant, "            {0,-24} {1,7:N0}", pair.Key, pair.Value));
        }
    }

    private static void WriteJson(ThroughputResult result)
    {
        using var stream = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("tool", "deescalation");
            writer.WriteString("corpus", result.Corpus.Path);
            writer.WriteNumber("replies", result.Corpus.Count);
            writer.WriteNumber("utf8Bytes", result.Corpus.Utf8Bytes);
            writer.WriteBoolean("withCustomerMessages", result.WithContext);
            writer.WriteNumber("passes", result.Passes);
            writer.WriteNumber("medianPassSeconds", result.MedianPassSeconds);
            writer.WriteNumber("bestPassSeconds", result.BestPassSeconds);
            writer.WriteNumber("megabytesPerSecond", result.MegabytesPerSecond);
            writer.WriteNumber("repliesPerSecond", result.RepliesPerSecond);
            writer.WriteNumber("allocatedBytesPerReply", result.AllocatedBytesPerReply);
            writer.WriteNumber("cpuPerWall", result.CpuPerWall);
            writer.WriteNumber("gen0CollectionsPerPass", result.CollectionsPerPass);
            writer.WriteNumber("gcPauseShare", result.GcPauseShare);
            writer.WriteNumber("findings", result.Findings);
            writer.WriteNumber("flaggedReplies", result.FlaggedReplies);
            writer.WriteStartObject("categories");
            foreach (var pair in result.Categories)
            {
                writer.WriteNumber(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private sealed record ThroughputResult(
        ReplyCorpus Corpus,
        bool WithContext,
        int Passes,
        double MedianPassSeconds,
        double BestPassSeconds,
        double AllocatedBytesPerReply,
        double CpuPerWall,
        double CollectionsPerPass,
        double GcPauseShare,
        int Findings,
        int FlaggedReplies,
        SortedDictionary<string, int> Categories)
    {
        public double MegabytesPerSecond => Corpus.Utf8Bytes / 1e6 / MedianPassSeconds;

        public double RepliesPerSecond => Corpus.Count / MedianPassSeconds;
    }
}
