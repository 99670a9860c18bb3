namespace Analysis.Reporting.Output;

/// <summary>
/// The run's output folder and the paths of the data contract inside it (<c>data/documents.csv</c>, …).
/// Creating it checks that it can really be written, so a run fails before reading a large corpus rather
/// than after.
/// </summary>
public sealed class OutputFolder
{
    private OutputFolder(string root) => Root = root;

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>Where the CSV files go.</summary>
    public string DataFolder => Path.Combine(Root, "data");

    /// <summary>Where the charts go (<c>charts/*.png</c> and <c>*.svg</c>).</summary>
    public string ChartsFolder => Path.Combine(Root, "charts");

    /// <summary>
    /// The folders a run writes into below <paramref name="root"/> (data/ and charts/): a corpus inside one
    /// of them would have its files replaced or mixed with outputs.
    /// </summary>
    public static IReadOnlyList<string> Layout(string root)
    {
        var folder = new OutputFolder(Path.GetFullPath(root));
        return [folder.DataFolder, folder.ChartsFolder];
    }

    /// <summary>The path of a data file, such as <c>documents.csv</c>.</summary>
    public string DataFile(string name) => Path.Combine(DataFolder, name);

    /// <summary>Creates the folder and its <c>data/</c> subfolder if needed, and checks they can be written.</summary>
    /// <exception cref="OutputException">The folder cannot be created or written.</exception>
    public static OutputFolder Prepare(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = Path.GetFullPath(path);
        if (File.Exists(root))
        {
            throw new OutputException($"The output path '{root}' is a file; give a folder.");
        }

        var folder = new OutputFolder(root);
        var probe = Path.Combine(folder.DataFolder, $".write-test-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder.DataFolder);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"The output folder '{root}' cannot be written: {ex.Message}", ex);
        }

        return folder;
    }
}
