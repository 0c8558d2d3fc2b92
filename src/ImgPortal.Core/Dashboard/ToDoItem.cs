namespace ImgPortal.Core.Dashboard;

/// <summary>One line of the staff to-do list: what needs doing, how many, and where to do it.</summary>
public sealed record ToDoItem(ToDoKind Kind, string Text, int Count);
