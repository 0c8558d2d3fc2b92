using System.Globalization;

namespace ImgPortal.Core.Records;

/// <summary>
/// An amount of money that may be left empty (not known: never 0 in its place), e.g. <c>985</c> or <c>11.50</c>;
/// it must be above 0 and at most <see cref="MaxAmount"/>, with at most two decimals.
/// </summary>
public sealed class AmountField<TEntity>(string name, string label, Func<TEntity, decimal?> get, Action<TEntity, decimal?> set)
    : RecordField<TEntity>(name, label, RecordFieldKind.Text)
{
    public const decimal MaxAmount = 1_000_000m;

    public const string Message = "Give an amount above 0 with at most two decimals, e.g. 985 or 11.50, or leave it empty when it is not known.";

    public override string Display(string value) => value.Length == 0 ? "Not known" : value;

    public override string Read(TEntity entity) => get(entity)?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (text.Length == 0)
        {
            set(entity, null);
            return null;
        }

        if (!decimal.TryParse(text.TrimStart('$'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount)
        {
            return Message;
        }

        set(entity, amount);
        return null;
    }
}
