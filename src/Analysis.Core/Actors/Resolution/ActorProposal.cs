namespace Analysis.Core.Actors.Resolution;

/// <summary>A name discovery found, before it is resolved to a known or a new actor.</summary>
/// <param name="Name">The name as it should be shown ("Mubarak Muganga").</param>
/// <param name="Type">Person or organization.</param>
/// <param name="Acronym">For an organization found as "Long Name (ACR)", the acronym; otherwise empty.</param>
internal sealed record ActorProposal(string Name, ActorType Type, string Acronym = "");
