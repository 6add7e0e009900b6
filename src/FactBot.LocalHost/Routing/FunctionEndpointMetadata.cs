namespace FactBot.LocalHost.Routing;

/// <summary>Marks an endpoint that runs a function, by the function's name.</summary>
public sealed record FunctionEndpointMetadata(string FunctionName);
