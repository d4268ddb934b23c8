using System.Diagnostics;

namespace JoinedUp.Cli.Tests;

/// <summary>The built `joinedup` command, run as its own process as a user or an LA's automation would.</summary>
internal static class JoinedUpProcess
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "joinedup.dll");

    public static ProcessStartInfo StartInfo(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    public static (int ExitCode, string Output, string Error) Run(string workingFolder, params string[] args) => RunWithInput(workingFolder, null, args);

    /// <summary>Runs the command with <paramref name="input"/> on its standard input (closed after it), as a script piping a secret would.</summary>
    public static (int ExitCode, string Output, string Error) RunWithInput(string workingFolder, string? input, params string[] args)
    {
        var start = StartInfo(workingFolder, args);
        start.RedirectStandardInput = input is not null;
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result, error.Result);
    }
}
