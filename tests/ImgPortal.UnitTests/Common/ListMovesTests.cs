using ImgPortal.Core.Common;

namespace ImgPortal.UnitTests.Common;

public sealed class ListMovesTests
{
    private static readonly string[] Sections = ["Eligibility", "Documents", "Timeline", "Contacts"];

    [Theory]
    [InlineData(1, MoveDirection.Up, new[] { "Documents", "Eligibility", "Timeline", "Contacts" })]
    [InlineData(2, MoveDirection.Up, new[] { "Eligibility", "Timeline", "Documents", "Contacts" })]
    [InlineData(0, MoveDirection.Down, new[] { "Documents", "Eligibility", "Timeline", "Contacts" })]
    [InlineData(2, MoveDirection.Down, new[] { "Eligibility", "Documents", "Contacts", "Timeline" })]
    public void Move_PossibleMove_SwapsWithTheNeighbourOnly(int index, MoveDirection direction, string[] expected)
    {
        var moved = ListMoves.Move(Sections, index, direction);

        Assert.Equal(expected, moved);
    }

    [Fact]
    public void Move_FirstUp_IsRefused() => Assert.Null(ListMoves.Move(Sections, 0, MoveDirection.Up));

    [Fact]
    public void Move_LastDown_IsRefused() => Assert.Null(ListMoves.Move(Sections, 3, MoveDirection.Down));

    [Theory]
    [InlineData(-1, MoveDirection.Down)]
    [InlineData(4, MoveDirection.Up)]
    [InlineData(99, MoveDirection.Up)]
    public void Move_PositionOutsideTheList_IsRefused(int index, MoveDirection direction) =>
        Assert.Null(ListMoves.Move(Sections, index, direction));

    [Fact]
    public void Move_OneItem_CannotMoveEitherWay()
    {
        string[] one = ["Only"];

        Assert.False(ListMoves.CanMove(1, 0, MoveDirection.Up));
        Assert.False(ListMoves.CanMove(1, 0, MoveDirection.Down));
        Assert.Null(ListMoves.Move(one, 0, MoveDirection.Down));
    }

    [Fact]
    public void Move_PossibleMove_LeavesTheOriginalListAsItWas()
    {
        var original = Sections.ToArray();

        _ = ListMoves.Move(Sections, 1, MoveDirection.Down);

        Assert.Equal(original, Sections);
    }

    [Theory]
    [InlineData(4, 1, MoveDirection.Up, 0)]
    [InlineData(4, 1, MoveDirection.Down, 2)]
    [InlineData(4, 3, MoveDirection.Up, 2)]
    public void TargetOf_PossibleMove_IsTheNeighboursPosition(int count, int index, MoveDirection direction, int expected) =>
        Assert.Equal(expected, ListMoves.TargetOf(count, index, direction));
}
