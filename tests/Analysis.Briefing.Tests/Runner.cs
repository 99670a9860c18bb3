using Analysis.Briefing;

namespace Analysis.Briefing.Tests;

/// <summary>Runs the command line in-process, capturing what a user would see.</summary>
internal static class Runner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = BriefingCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
