namespace FactBot.LocalHost;

/// <summary>Names this assembly for <c>WebApplicationFactory&lt;LocalHostMarker&gt;</c> (the worker has a Program too).</summary>
public sealed class LocalHostMarker;
