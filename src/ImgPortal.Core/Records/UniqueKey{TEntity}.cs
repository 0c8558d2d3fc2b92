using System.Linq.Expressions;

namespace ImgPortal.Core.Records;

/// <summary>
/// A record type's unique key: <see cref="SameAs"/> gives, for a candidate, the filter matching records with the
/// same key; a clash is reported on <see cref="Field"/> with <see cref="Message"/>.
/// </summary>
public sealed record UniqueKey<TEntity>(Func<TEntity, Expression<Func<TEntity, bool>>> SameAs, string Field, string Message);
