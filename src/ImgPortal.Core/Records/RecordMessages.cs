namespace ImgPortal.Core.Records;

/// <summary>The editor flow's messages that are the same for every record type.</summary>
public static class RecordMessages
{
    public const string DeletedWhileEditing = "Someone else deleted that record; your changes were not saved.";

    public const string AlreadyDeleted = "That record was already deleted.";

    public const string ChangedBeforeDelete = "Someone else changed that record since you opened it; nothing was deleted.";
}
