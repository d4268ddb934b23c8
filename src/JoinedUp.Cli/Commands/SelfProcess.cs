using System.Diagnostics;

namespace JoinedUp.Cli.Commands;

/// <summary>Runs this same program in a child process (for measurements that must not share the parent's memory).</summary>
public static class SelfProcess
{
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var processPath = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            start.FileName = processPath;
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }
        else start.FileName = processPath;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
