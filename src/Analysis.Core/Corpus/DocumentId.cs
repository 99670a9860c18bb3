using System.Security.Cryptography;
using System.Text;

namespace Analysis.Core.Corpus;

/// <summary>
/// Document ids are the first 64 bits of the SHA-256 of the text with runs of whitespace collapsed:
/// stable across runs, machines and file moves, independent of the order files are read in, and equal
/// exactly for text-identical articles, which is how duplicates are recognised. 64 bits keep the chance
/// of an accidental collision below one in a million for a corpus of six million articles.
/// </summary>
internal static class DocumentId
{
    public static string Of(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(c);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(collapsed.ToString()));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
