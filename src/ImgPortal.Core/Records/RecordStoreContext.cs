using ImgPortal.Core.Common;

namespace ImgPortal.Core.Records;

/// <summary>What the editor flow works with: the data, the rules' inputs and the reading of database errors.</summary>
internal sealed record RecordStoreContext(IAppDbContext Db, RecordRules Rules, IDatabaseErrors Errors);
