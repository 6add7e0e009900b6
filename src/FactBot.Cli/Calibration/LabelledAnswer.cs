using FactBot.Core.Decision;

namespace FactBot.Cli.Calibration;

/// <summary>An answer's features and whether it was right, as <c>factbot eval</c> scores it.</summary>
internal sealed record LabelledAnswer(AnswerFeatures Features, bool Right);
