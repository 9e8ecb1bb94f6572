using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Deescalation.Cli.Commands;

namespace Deescalation.Cli;

/// <summary>The command tree of `deesc`; tests call <see cref="RunAsync(string[], CliEnvironment, CancellationToken)"/> in-process.</summary>
internal static class CliApp
{
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand("deesc: flags customer-service replies and canned responses whose phrasing is likely to escalate the conversation.");
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(FixCommand.Create(environment));
        root.Subcommands.Add(RulesCommand.Create(environment));
        root.Subcommands.Add(RulesCommand.CreateExplain(environment));
        root.Subcommands.Add(CheckCommand.CreateBaseline(environment));
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string? workingDirectory = null) =>
        RunAsync(args, new CliEnvironment(stdin, stdout, stderr, workingDirectory ?? Directory.GetCurrentDirectory()), CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        try
        {
            var root = CreateRootCommand(environment);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    environment.Stderr.WriteLine("deesc: error: " + error.Message);
                }

                environment.Stderr.WriteLine("Run 'deesc --help' for usage.");
                return ExitCodes.Error;
            }

            var configuration = new InvocationConfiguration
            {
                Output = environment.Stdout,
                Error = environment.Stderr,
                EnableDefaultExceptionHandler = false,
            };
            var code = await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            environment.Stdout.Flush();
            return code;
        }
        catch (OperationCanceledException)
        {
            environment.Stderr.WriteLine("deesc: cancelled");
            return ExitCodes.Error;
        }
        catch (Exception e)
        {
            // Never a stack trace: one line saying what went wrong.
            environment.Stderr.WriteLine("deesc: internal error: " + e.GetType().Name + ": " + e.Message);
            if (Environment.GetEnvironmentVariable("DEESC_TRACE") == "1")
            {
                environment.Stderr.WriteLine(e.ToString());
            }

            return ExitCodes.Error;
        }
    }
}
