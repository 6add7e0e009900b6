namespace FactBot.TestSupport.Identity;

/// <summary>Thrown by <see cref="RecordingCredential"/> instead of a token: proof that the request asked for one.</summary>
public sealed class CredentialRefusedException() : Exception("The test credential refuses to issue a token.");
