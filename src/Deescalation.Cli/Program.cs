using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Deescalation.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        var code = await CliApp.RunAsync(args, CliEnvironment.FromConsole(stdout), cancellation.Token).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return code;
    }
}
