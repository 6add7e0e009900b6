namespace FactBot.Cli.Calibration;

/// <summary>Coefficients of a fitted logistic regression (intercept first) and whether Newton converged.</summary>
internal sealed record LogisticFit(IReadOnlyList<double> Coefficients, int Iterations, bool Converged);
