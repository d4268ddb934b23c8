using JoinedUp.Ingest.Importing;
using Spectre.Console;

namespace JoinedUp.Cli.Output;

/// <summary>Runs an import or validation under a progress bar (one step per submission), or silently for --json.</summary>
public static class ImportProgress
{
    public static ImportOutcome Run(string title, int submissions, bool quiet, Func<IProgress<string>?, ImportOutcome> work)
    {
        if (quiet || submissions <= 1 || Console.IsOutputRedirected) return work(null);
        ImportOutcome? outcome = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(title, maxValue: submissions);
                outcome = work(new Progress<string>(key =>
                {
                    task.Description = $"{title} {key}";
                    task.Increment(1);
                }));
                task.Value = task.MaxValue;
            });
        return outcome!;
    }
}
