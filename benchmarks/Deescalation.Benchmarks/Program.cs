using System;
using System.Collections.Generic;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Deescalation.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Deescalation.Benchmarks -- --filter *</c> runs the BenchmarkDotNet
/// suite (add <c>--quick</c> or <c>--job short</c> for a quick check); <c>-- throughput</c> runs the plain corpus
/// throughput measurement that <c>benchmarks/compare.sh</c> uses; <c>-- stages</c> (or <c>-- stages pack</c>) splits a corpus
/// pass (or reading the rule pack) into its stages.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "stages")
        {
            return StageRunner.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "throughput")
        {
            return ThroughputRunner.Run(args[1..]);
        }

        var benchmarkArgs = new List<string>();
        IConfig? config = null;
        foreach (var arg in args)
        {
            if (arg == "--quick")
            {
                // A quick check: one launch, three warm-up and three measured iterations (BenchmarkDotNet's ShortRun).
                config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("Quick").AsDefault());
            }
            else
            {
                benchmarkArgs.Add(arg);
            }
        }

        var types = new List<Type>
        {
            typeof(AnalyzeBenchmarks),
            typeof(CorpusThroughputBenchmarks),
            typeof(ApplyFixesBenchmarks),
            typeof(AnalyzerConstructionBenchmarks),
            typeof(ScalingBenchmarks),
        };
        if (ReplyCorpus.Locate() is null)
        {
            Console.Error.WriteLine(ReplyCorpus.MissingMessage);
            Console.Error.WriteLine("Skipping CorpusThroughputBenchmarks; the other benchmarks use the project's own sample replies.");
            types.Remove(typeof(CorpusThroughputBenchmarks));
        }

        var summaries = BenchmarkSwitcher.FromTypes(types.ToArray()).Run(benchmarkArgs.ToArray(), config);
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                return 1;
            }
        }

        return 0;
    }
}
