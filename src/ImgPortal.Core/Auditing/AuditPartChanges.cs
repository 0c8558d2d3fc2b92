using System.Globalization;

namespace ImgPortal.Core.Auditing;

/// <summary>
/// Parts (page sections, a mentor's languages) are replaced as a set when their parent is saved: a part deleted and
/// one added with the same heading or name (else at the same position) read as one change of the fields that
/// differ; the rest as added, removed or moved.
/// </summary>
internal sealed class AuditPartChanges(AuditWording wording)
{
    /// <summary>The changes of the part rows of one action, in words.</summary>
    public IEnumerable<AuditChange> Of(List<AuditRow> rows, IReadOnlyDictionary<string, string>? names)
    {
        var deleted = rows.Where(r => r.Action == AuditAction.Deleted).ToList();
        var addedRows = rows.Where(r => r.Action == AuditAction.Added).ToList();

        // Same heading or name first, across all the parts; only the parts left then are paired by position.
        var matched = new Dictionary<AuditRow, AuditRow>();
        foreach (var added in addedRows)
        {
            var name = AuditJson.QuotedName(added.AfterJson);
            if (name is not null && deleted.FirstOrDefault(d => d.EntityType == added.EntityType && AuditJson.QuotedName(d.BeforeJson) == name) is { } same)
            {
                matched[added] = same;
                deleted.Remove(same);
            }
        }

        foreach (var added in addedRows.Where(a => !matched.ContainsKey(a)))
        {
            var position = AuditJson.Position(added.AfterJson);
            if (deleted.FirstOrDefault(d => d.EntityType == added.EntityType && AuditJson.Position(d.BeforeJson) == position) is { } there)
            {
                matched[added] = there;
                deleted.Remove(there);
            }
        }

        var pairs = new List<(AuditRow Old, AuditRow New, string? Name)>();
        foreach (var added in addedRows)
        {
            var position = AuditJson.Position(added.AfterJson);
            var name = AuditJson.QuotedName(added.AfterJson);
            if (!matched.TryGetValue(added, out var old))
            {
                yield return new AuditChange(wording.EntityName(added.EntityType), "Added", "(none)", name ?? Unnamed(added.EntityType));
                continue;
            }

            pairs.Add((old, added, name));
            var pair = new AuditRow(added.Id, added.ActionId, added.AtUtc, added.ActorName, AuditAction.Modified, added.EntityType, added.EntityKey, old.BeforeJson, added.AfterJson);
            foreach (var change in wording.Changes(pair, names).Where(c => !AuditVocabulary.PositionFields.Any(f => wording.FieldLabel(added.EntityType, f) == c.Field)))
            {
                yield return change with { Record = wording.EntityName(added.EntityType) + " " + (name ?? position) };
            }
        }

        foreach (var move in Moves(rows, pairs))
        {
            yield return move;
        }

        foreach (var row in deleted)
        {
            yield return new AuditChange(wording.EntityName(row.EntityType), "Removed", AuditJson.QuotedName(row.BeforeJson) ?? Unnamed(row.EntityType), "(none)");
        }

        foreach (var row in rows.Where(r => r.Action == AuditAction.Modified))
        {
            foreach (var change in wording.Changes(row, names))
            {
                yield return change;
            }
        }
    }

    private string Unnamed(string entityType) => "an unnamed " + wording.EntityName(entityType);

    /// <summary>
    /// Parts kept across the change whose order among themselves changed, each as "Moved “X” from position 2 to 3"
    /// (positions counted among all the parts before and after). Parts that only shift because another was added or
    /// removed, or whose stored numbers were only renumbered, did not move.
    /// </summary>
    private IEnumerable<AuditChange> Moves(List<AuditRow> rows, List<(AuditRow Old, AuditRow New, string? Name)> pairs)
    {
        foreach (var type in pairs.Select(p => p.New.EntityType).Distinct())
        {
            var before = rows.Where(r => r.EntityType == type && r.Action == AuditAction.Deleted).OrderBy(r => AuditJson.Number(AuditJson.Position(r.BeforeJson))).ToList();
            var after = rows.Where(r => r.EntityType == type && r.Action == AuditAction.Added).OrderBy(r => AuditJson.Number(AuditJson.Position(r.AfterJson))).ToList();
            var kept = pairs.Where(p => p.New.EntityType == type).ToList();
            var inNewOrder = kept.OrderBy(p => after.IndexOf(p.New)).ToList();
            var stayed = InOrder(inNewOrder.Select(p => before.IndexOf(p.Old)).ToList());
            for (var i = 0; i < inNewOrder.Count; i++)
            {
                if (stayed.Contains(i))
                {
                    continue;
                }

                var pair = inNewOrder[i];
                var from = before.IndexOf(pair.Old) + 1;
                var to = after.IndexOf(pair.New) + 1;
                var name = pair.Name ?? Unnamed(type);
                yield return new AuditChange(
                    wording.EntityName(type) + " " + name,
                    "Position",
                    from.ToString(CultureInfo.InvariantCulture),
                    to.ToString(CultureInfo.InvariantCulture),
                    $"Moved {name} from position {from} to {to}");
            }
        }
    }

    /// <summary>
    /// The indexes of the longest run of <paramref name="oldPositions"/> (in the new order) that kept its order: the parts
    /// that stayed put while the others were moved around them.
    /// </summary>
    private static HashSet<int> InOrder(List<int> oldPositions)
    {
        var length = new int[oldPositions.Count];
        var previous = new int[oldPositions.Count];
        var best = -1;
        for (var i = 0; i < oldPositions.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (oldPositions[j] < oldPositions[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var stayed = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            stayed.Add(i);
        }

        return stayed;
    }
}
