using System.Reflection;

namespace Analysis.Core.IO;

/// <summary>The library's data files (phrase tables, word lists, the default dictionary), embedded in the assembly.</summary>
internal static class EmbeddedText
{
    /// <summary>The text of the embedded resource <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The build did not embed it (a project-file mistake, not a user error).</exception>
    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The lines of the embedded resource <paramref name="name"/>.</summary>
    public static IEnumerable<string> Lines(string name) => Read(name).Split('\n').Select(line => line.TrimEnd('\r'));
}
