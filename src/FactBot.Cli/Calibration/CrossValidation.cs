namespace FactBot.Cli.Calibration;

/// <summary>k-fold cross-validation: each row is predicted by a model fitted on the rows of the other folds only.</summary>
internal static class CrossValidation
{
    /// <summary>The held-out prediction of every row, in the rows' order, and the model of each fold present.</summary>
    public static (TPrediction[] Predictions, IReadOnlyList<TModel> Models) HeldOut<TRow, TModel, TPrediction>(
        IReadOnlyList<TRow> rows,
        Func<TRow, int> foldOf,
        Func<IReadOnlyList<TRow>, TModel> fit,
        Func<TModel, TRow, TPrediction> predict)
    {
        var folds = rows.Select(foldOf).ToArray();
        var predictions = new TPrediction[rows.Count];
        var models = new List<TModel>();
        foreach (var fold in folds.Distinct().Order())
        {
            var model = fit(rows.Where((_, i) => folds[i] != fold).ToArray());
            models.Add(model);
            for (var i = 0; i < rows.Count; i++)
            {
                if (folds[i] == fold)
                {
                    predictions[i] = predict(model, rows[i]);
                }
            }
        }

        return (predictions, models);
    }
}
