using Analysis.Core.Corpus;

namespace Analysis.Core.Actors;

/// <summary>
/// A title an actor was given in the articles of one date: the rows of a title timeline, on which a
/// promotion ("Colonel-major" in August 2023, "général de brigade" from November 2023) shows.
/// </summary>
/// <param name="Actor">The actor.</param>
/// <param name="Date">The articles' date.</param>
/// <param name="Title">The title in the lexicon's spelling ("général de brigade").</param>
/// <param name="Documents">Articles of that date giving the actor that title.</param>
public sealed record ActorTitle(Actor Actor, PartialDate Date, string Title, int Documents);
