namespace FactBot.Core.Text.Spelling;

/// <summary>The vocabulary word a typed token was read as, and how many edits apart they are (1 or 2).</summary>
internal readonly record struct Correction(string Word, int Edits);
