using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
using Deescalation.Text;

namespace Deescalation.Benchmarks;

/// <summary>
/// The <c>stages</c> mode: where a corpus pass goes, stage by stage (finding the agent's regions, tokenizing,
/// matching, the whole analysis with and without the customer's messages), and with <c>stages pack</c> what reading
/// each file of the English rule pack costs. Each figure is the sum over chunks of 100 replies of each chunk's best of
/// nine runs: on a machine shared with other builds, it is what a pass costs when nothing preempts it, so two builds
/// can be compared back to back under load. <c>stages loop</c> analyses the corpus with customer messages for eight
/// seconds and prints nothing, for a profiler. On Linux a second column sums each chunk's least thread CPU time of the
/// nine: time the thread spent descheduled while other builds ran is not in it, so it stays comparable when the wall
/// clock's best of nine does not (a busy neighbour on both cores). <c>stages passes</c> times whole passes instead (see
/// <see cref="WholePasses"/>). Not a BenchmarkDotNet class: it reads the library's internals.
/// </summary>
internal static class StageRunner
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "pack")
        {
            return ReadPack();
        }

        var path = ReplyCorpus.Locate();
        if (path is null)
        {
            Console.Error.WriteLine(ReplyCorpus.MissingMessage);
            return 2;
        }

        var corpus = ReplyCorpus.Load(path);
        var engine = new AnalysisEngine(new DeescalationOptions());
        var texts = corpus.Texts;
        var contexts = ThroughputRunner.ContextsFor(corpus);
        var messages = new List<string>();
        foreach (var message in corpus.CustomerMessages)
        {
            if (message is not null)
            {
                messages.Add(message);
            }
        }

        var customers = messages.ToArray();
        var tokenizer = engine.Lexicon.Tokenizer;
        var reply = new ReplyText();
        var matches = new List<PhraseMatch>();
        var excluded = new List<TextRange>();
        var quoted = new List<TextRange>();
        var rules = new RuleContext(engine);
        var empty = new ReplyText();
        empty.Prepare(string.Empty, tokenizer);
        Console.WriteLine($"{corpus.Count:N0} replies, {corpus.Utf8Bytes / 1e6:N2} MB of reply text; {customers.Length:N0} customer messages");
        if (args.Length > 0 && args[0] == "loop")
        {
            // Eight seconds of analyses with customer messages (fixes checked) and nothing else, for a profiler (perf with the perf map).
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < 8)
            {
                for (var t = 0; t < texts.Length; t++)
                {
                    engine.Analyze(texts[t], contexts[t]);
                }
            }

            return 0;
        }

        if (args.Length > 0 && args[0] == "passes")
        {
            return WholePasses(texts, contexts, engine);
        }

        for (var round = 1; round <= 3; round++)
        {
            Console.WriteLine($"round {round}");
            Time("regions, replies", texts, t => AgentRegions.Find(texts[t], excluded, quoted, tokenizer.Language));
            Time("prepare, replies", texts, t => reply.Prepare(texts[t], tokenizer));
            Time("prepare + match, replies", texts, t =>
            {
                reply.Prepare(texts[t], tokenizer);
                matches.Clear();
                engine.Matcher.Match(reply, matches);
            });
            Time("prepare, customer messages", customers, t => reply.Prepare(customers[t], tokenizer));
            Time("prepare + match, customer messages", customers, t =>
            {
                reply.Prepare(customers[t], tokenizer);
                matches.Clear();
                engine.CustomerMatcher.Match(reply, matches);
            });
            Time("customer messages: upset weight", texts, t =>
            {
                if (contexts[t] is not null)
                {
                    rules.Reset(empty, contexts[t]);
                    engine.Signals.UpsetWeight(rules);
                }
            });
            Time("Analyze, reply text only", texts, t => engine.Analyze(texts[t], null));
            Time("  of which without checking fixes", texts, t => engine.AnalyzeOnce(texts[t], null));
            Time("Analyze, with customer messages", texts, t => engine.Analyze(texts[t], contexts[t]));
            Time("  of which without checking fixes", texts, t => engine.AnalyzeOnce(texts[t], contexts[t]));
        }

        return 0;
    }

    /// <summary>
    /// The <c>passes</c> mode: whole passes with customer messages (fixes checked), each reply read once as in a real pass,
    /// 40 of them, the first ten left out (the JIT's tiers); each pass timed by the thread's CPU time, so a neighbour's
    /// preemption does not lengthen it. Unlike the stages, whose best of nine runs of a chunk sees the core's caches and
    /// branch predictors trained on that chunk, a pass here costs what it costs in use.
    /// </summary>
    private static int WholePasses(string[] texts, ReplyContext?[] contexts, AnalysisEngine engine)
    {
        var times = new List<double>();
        for (var pass = 0; pass < 40; pass++)
        {
            var cpu = ThreadCpuMilliseconds();
            var start = Stopwatch.GetTimestamp();
            for (var t = 0; t < texts.Length; t++)
            {
                engine.Analyze(texts[t], contexts[t]);
            }

            var elapsed = OperatingSystem.IsLinux() ? ThreadCpuMilliseconds() - cpu : Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (pass >= 10)
            {
                times.Add(elapsed);
            }
        }

        times.Sort();
        var clock = OperatingSystem.IsLinux() ? "thread CPU" : "wall clock";
        Console.WriteLine($"whole passes with customer messages, {times.Count} timed ({clock}): best {times[0]:F2} ms, first quartile {times[times.Count / 4]:F2} ms, median {times[times.Count / 2]:F2} ms");
        return 0;
    }

    private static int ReadPack()
    {
        var files = LanguagePack.EmbeddedFiles("en");
        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine($"round {round} (the first includes JIT)");
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var language = RulePackReader.ReadLanguage("rules/en/language.yaml", files["language.yaml"]);
            Report("language.yaml", clock, allocated);
            var names = new List<string>(files.Keys);
            names.Sort(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (name == "language.yaml")
                {
                    continue;
                }

                allocated = GC.GetAllocatedBytesForCurrentThread();
                clock.Restart();
                RulePackReader.ReadRule("rules/en/" + name, files[name], language.Classes, language.Inflections, language.Text.Contractions);
                Report(name, clock, allocated);
            }
        }

        return 0;
    }

    private static void Report(string name, Stopwatch clock, long allocatedBefore) =>
        Console.WriteLine($"  {name,-40} {clock.Elapsed.TotalMilliseconds,8:F2} ms {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1e6,8:F2} MB allocated");

    private static void Time(string name, string[] items, Action<int> action)
    {
        var total = 0.0;
        var totalCpu = 0.0;
        for (var chunk = 0; chunk < items.Length; chunk += 100)
        {
            var end = Math.Min(items.Length, chunk + 100);
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            for (var run = 0; run < 9; run++)
            {
                var cpu = ThreadCpuMilliseconds();
                var start = Stopwatch.GetTimestamp();
                for (var t = chunk; t < end; t++)
                {
                    action(t);
                }

                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                bestCpu = Math.Min(bestCpu, ThreadCpuMilliseconds() - cpu);
            }

            total += best;
            totalCpu += bestCpu;
        }

        Console.WriteLine(OperatingSystem.IsLinux() ? $"  {name,-40} {total,8:F2} ms {totalCpu,8:F2} ms cpu" : $"  {name,-40} {total,8:F2} ms");
    }

    /// <summary>The calling thread's CPU time (Linux), or 0 elsewhere.</summary>
    private static double ThreadCpuMilliseconds()
    {
        const int ThreadCpuTimeClock = 3;
        return OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : 0;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
