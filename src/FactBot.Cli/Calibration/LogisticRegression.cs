using MathNet.Numerics.LinearAlgebra;

namespace FactBot.Cli.Calibration;

/// <summary>
/// L2-regularised logistic regression by Newton's method (iteratively reweighted least squares) with step halving:
/// deterministic, and a few iterations suffice for a few dozen features. Column 0 of every row is the intercept's 1.
/// </summary>
internal static class LogisticRegression
{
    public static LogisticFit Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, LogisticFitOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, rows.Count);
        var x = Matrix<double>.Build.DenseOfRowArrays(rows);
        var y = Vector<double>.Build.Dense(labels.Count, i => labels[i] ? 1 : 0);
        var penalty = Vector<double>.Build.Dense(x.ColumnCount, j => j == 0 ? options.InterceptL2 : options.L2);
        var beta = Vector<double>.Build.Dense(x.ColumnCount);
        var objective = PenalisedLogLikelihood(x, y, penalty, beta);
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var step = NewtonStep(x, y, penalty, beta);
            var scale = 1.0;
            var next = beta + step;
            var nextObjective = PenalisedLogLikelihood(x, y, penalty, next);
            // Halve while the step loses more than rounding noise (near the optimum every step is noise).
            while (nextObjective < objective - (1e-12 * (1 + Math.Abs(objective))) && scale > 1e-6)
            {
                scale /= 2;
                next = beta + (scale * step);
                nextObjective = PenalisedLogLikelihood(x, y, penalty, next);
            }

            var change = (next - beta).InfinityNorm();
            (beta, objective) = (next, nextObjective);
            if (change < options.Tolerance)
            {
                return new LogisticFit(beta.ToArray(), iteration, Converged: true);
            }
        }

        return new LogisticFit(beta.ToArray(), options.MaxIterations, Converged: false);
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    // Solves (XᵀWX + Λ) Δ = Xᵀ(y − p) − Λβ: the penalty keeps the system positive definite even on separable data.
    private static Vector<double> NewtonStep(Matrix<double> x, Vector<double> y, Vector<double> penalty, Vector<double> beta)
    {
        var p = (x * beta).Map(Sigmoid);
        var gradient = x.TransposeThisAndMultiply(y - p) - penalty.PointwiseMultiply(beta);
        var weighted = x.Clone();
        weighted.MapIndexedInplace((i, _, value) => value * p[i] * (1 - p[i]));
        var hessian = x.TransposeThisAndMultiply(weighted) + Matrix<double>.Build.DenseOfDiagonalVector(penalty);
        return hessian.Cholesky().Solve(gradient);
    }

    private static double PenalisedLogLikelihood(Matrix<double> x, Vector<double> y, Vector<double> penalty, Vector<double> beta)
    {
        var z = x * beta;
        var logLikelihood = 0.0;
        for (var i = 0; i < z.Count; i++)
        {
            logLikelihood += (y[i] * z[i]) - Softplus(z[i]);
        }

        return logLikelihood - (0.5 * penalty.PointwiseMultiply(beta).DotProduct(beta));
    }

    // log(1 + e^z) without overflow.
    private static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
}
