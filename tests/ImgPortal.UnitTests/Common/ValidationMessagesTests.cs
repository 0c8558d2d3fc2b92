using System.Reflection;
using System.Text.RegularExpressions;
using ImgPortal.Core.Common;
using ImgPortal.UnitTests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImgPortal.UnitTests.Common;

/// <summary>
/// One source of validation messages (issue 19, ADR 0097): a message a person reads when a form is refused is written
/// once, in Core beside its rule, and the web layer's attributes refer to that constant. The source of Core and Web
/// is read as syntax trees; a message is a data-annotation attribute's <c>ErrorMessage</c>, a text given to
/// <c>Invalid(…)</c>, <c>FieldError</c> or <c>AddModelError</c>, or a constant sentence. Numbers are compared as
/// placeholders, so "Keep the note to 500 characters." and "Keep the note to {1} characters." are the same message, and so
/// are wordings that differ only in the word bounding the limit ("to 500", "under {1}").
/// </summary>
public sealed partial class ValidationMessagesTests
{
    private static readonly string[] LimitAttributes = ["StringLength", "Range", "MaxLength", "MinLength", "Length"];

    [Fact]
    public void ValidationMessages_EachWrittenInOnePlace()
    {
        var messages = Messages();

        var twice = messages
            .GroupBy(m => Shape(m.Text))
            .Where(g => g.Select(m => m.Location).Distinct().Count() > 1)
            .Select(g => $"\"{g.First().Text}\" at {string.Join(", ", g.Select(m => m.Location).Distinct())}")
            .ToList();

        Assert.True(messages.Count > 100, $"Only {messages.Count} messages were found: the scan no longer reads the sources.");
        Assert.True(twice.Count == 0,
            "These messages are written more than once (numbers compared as placeholders); keep one constant in Core beside "
            + "the rule and refer to it from the attributes:\n" + string.Join('\n', twice));
    }

    [Theory]
    [InlineData("Keep the note to 500 characters.", "Keep the note under {1:N0} characters.")]
    [InlineData("Keep the name to {1} characters.", "Keep the name to 100 characters.")]
    [InlineData("Give a number up to {1}.", "Give a number no more than 12.")]
    public void Shape_TwoWordingsOfOneLimit_AreTheSameMessage(string one, string other) => Assert.Equal(Shape(one), Shape(other));

    [Theory]
    [InlineData("Keep the note to 500 characters.", "Keep the bio to 500 characters.")]
    [InlineData("Give a position from {1} to {2}.", "Give a review interval from {1} to {2} months.")]
    public void Shape_DifferentRules_StayDifferentMessages(string one, string other) => Assert.NotEqual(Shape(one), Shape(other));

    [Fact]
    public void ValidationMessages_TakeTheirLimitsFromTheConstants()
    {
        var limits = IntegerConstants();

        var typed = Messages()
            .Select(m => (Message: m, Numbers: Numbers(m.Text).ToList()))
            .Where(m => m.Message.Kind switch
            {
                MessageKind.LimitAttribute => m.Numbers.Count > 0,
                MessageKind.Constant => false,
                _ => m.Numbers.Any(limits.Contains),
            })
            .Select(m => $"\"{m.Message.Text}\" at {m.Message.Location}")
            .ToList();

        Assert.True(typed.Count == 0,
            "These messages type a limit that a constant or the attribute holds; write {1} (and {2}) in the message and "
            + "format it with ValidationText in Core:\n" + string.Join('\n', typed));
    }

    /// <summary>The messages of Core and Web, each with where it is written.</summary>
    private static List<Message> Messages()
    {
        var root = DocsNamesTests.RepositoryRoot();
        return new[] { "ImgPortal.Core", "ImgPortal.Web" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !IsGenerated(file))
            .SelectMany(file => MessagesIn(CSharpSyntaxTree.ParseText(File.ReadAllText(file)), Path.GetRelativePath(root, file)))
            .ToList();
    }

    private static bool IsGenerated(string file) =>
        file.Split(Path.DirectorySeparatorChar) is var parts && (parts.Contains("obj") || parts.Contains("bin") || parts.Contains("Migrations"));

    private static IEnumerable<Message> MessagesIn(SyntaxTree tree, string file)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case AttributeArgumentSyntax { NameEquals.Name.Identifier.Text: "ErrorMessage" } argument
                    when !IsOptions(argument) && Text(argument.Expression) is { } text:
                    var attribute = argument.FirstAncestorOrSelf<AttributeSyntax>()!.Name.ToString().Split('.')[^1];
                    var kind = LimitAttributes.Contains(attribute.Replace("Attribute", string.Empty, StringComparison.Ordinal)) ? MessageKind.LimitAttribute : MessageKind.Attribute;
                    yield return new Message(text, Where(file, argument), kind);
                    break;
                case InvocationExpressionSyntax invocation when InvokedName(invocation) is "Invalid" or "AddModelError":
                    foreach (var message in SentenceArguments(invocation.ArgumentList, file))
                    {
                        yield return message;
                    }

                    break;
                case ObjectCreationExpressionSyntax creation when creation.Type.ToString() == nameof(FieldError) && creation.ArgumentList is { } list:
                    foreach (var message in SentenceArguments(list, file))
                    {
                        yield return message;
                    }

                    break;
                case ImplicitObjectCreationExpressionSyntax creation when creation.Parent is ArgumentSyntax or YieldStatementSyntax:
                    foreach (var message in SentenceArguments(creation.ArgumentList, file))
                    {
                        yield return message;
                    }

                    break;
                case VariableDeclaratorSyntax { Initializer.Value: var value } declarator
                    when declarator.Parent?.Parent is FieldDeclarationSyntax field && IsConstantText(field) && !IsOptions(field)
                        && Text(value) is { } constant && IsSentence(constant):
                    yield return new Message(constant, Where(file, declarator), MessageKind.Constant);
                    break;
            }
        }
    }

    private static IEnumerable<Message> SentenceArguments(BaseArgumentListSyntax list, string file) =>
        list.Arguments
            .Select(a => (Argument: a, Text: Text(a.Expression)))
            .Where(a => a.Text is not null && IsSentence(a.Text))
            .Select(a => new Message(a.Text!, Where(file, a.Argument), MessageKind.Rule));

    private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        IdentifierNameSyntax name => name.Identifier.Text,
        _ => null,
    };

    private static bool IsConstantText(FieldDeclarationSyntax field) =>
        field.Declaration.Type.ToString() is "string" or "String"
        && (field.Modifiers.Any(SyntaxKind.ConstKeyword) || (field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)));

    /// <summary>Options classes validate configuration at start: their messages are for operators, not forms.</summary>
    private static bool IsOptions(SyntaxNode node) =>
        node.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.Text.EndsWith("Options", StringComparison.Ordinal) == true;

    /// <summary>The text of a string literal or interpolated string (holes as <c>{}</c>); null for anything else.</summary>
    private static string? Text(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated => string.Concat(interpolated.Contents.Select(c =>
            c is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : "{}")),
        _ => null,
    };

    private static bool IsSentence(string text) => text.Contains(' ', StringComparison.Ordinal) && text.Trim().Length > 8;

    private static string Where(string file, SyntaxNode node) => $"{file}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";

    /// <summary>
    /// The message with its numbers and placeholders made alike, so only its wording is compared, and with the words that
    /// bound a limit made alike too: "Keep the note to 500 characters." and "Keep the note under {1:N0} characters." are
    /// two wordings of one rule (ADR 0100).
    /// </summary>
    private static string Shape(string text) =>
        Bound().Replace(Space().Replace(Number().Replace(Placeholder().Replace(text, "#"), "#"), " ").Trim(), "≤ #");

    /// <summary>The whole numbers a message types (placeholders left out).</summary>
    private static IEnumerable<long> Numbers(string text) =>
        Number().Matches(Placeholder().Replace(text, " "))
            .Where(m => !m.Value.Contains('.', StringComparison.Ordinal))
            .Select(m => long.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The values of the integer constants Core and Web declare (the limits a message could type instead).</summary>
    private static HashSet<long> IntegerConstants() =>
        [.. new[] { typeof(Outcome).Assembly, typeof(ImgPortal.Web.Extensions.OutcomeResults).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => field.IsLiteral && field.FieldType == typeof(int))
            .Select(field => (long)(int)field.GetRawConstantValue()!)
            .Where(value => value > 1)];

    /// <summary>
    /// Where a message is written: a length or range attribute's (which holds its limits, so the message types no
    /// number), another attribute's, a rule's (a number that a constant holds is typed twice) or a constant.
    /// </summary>
    private enum MessageKind
    {
        LimitAttribute,
        Attribute,
        Rule,
        Constant,
    }

    private sealed record Message(string Text, string Location, MessageKind Kind);

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    /// <summary>A number, not part of a date or a form's name (2024-03-14, DS-3035).</summary>
    [GeneratedRegex(@"(?<![\d-])\d[\d,]*(?:\.\d+)?(?![\d-])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>A word or phrase that bounds a limit, with the limit after it: "to #", "under #", "up to #", "at most #"….</summary>
    [GeneratedRegex(@"\b(?:up to|to|under|at most|no more than|not more than|fewer than|less than|below|within)\s+#", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();
}
