using ImgPortal.Core.Common;

namespace ImgPortal.Core.Records;

/// <summary>What the editor flow works with: the data, the rules' inputs, the reading of database errors and the time now (for the change log).</summary>
internal sealed record RecordStoreContext(IAppDbContext Db, RecordRules Rules, IDatabaseErrors Errors, DateTime NowUtc);
