using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;

namespace Analysis.Core.Tests.Support;

/// <summary>Four countries of the built-in dictionary, for tests that make up ties between them.</summary>
internal static class SahelCountries
{
    public static Actor Mali { get; } = ActorDictionary.Default.Find("mli")!;

    public static Actor Niger { get; } = ActorDictionary.Default.Find("ner")!;

    public static Actor Burkina { get; } = ActorDictionary.Default.Find("bfa")!;

    public static Actor Algeria { get; } = ActorDictionary.Default.Find("dza")!;
}
