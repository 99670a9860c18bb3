using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Core.Notebook;

/// <summary>
/// A formatter of this library. A class of its own rather than a lambda passed to
/// <see cref="Formatter.Register{T}(FormatDelegate{T}, string)"/> so that registration can tell whether its
/// formatters are still registered (after <see cref="Formatter.ResetToDefault"/> they are not).
/// </summary>
internal sealed class DelegateFormatter(Type type, string mimeType, Action<object, TextWriter> write) : ITypeFormatter
{
    public string MimeType { get; } = mimeType;

    public Type Type { get; } = type;

    public bool Format(object instance, FormatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        write(instance, context.Writer);
        return true;
    }
}
