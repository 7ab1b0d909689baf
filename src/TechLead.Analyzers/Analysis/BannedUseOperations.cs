using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TechLead.Analyzers.Reporting;
using TechLead.Analyzers.Symbols;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Uses of a method that the code does not call by name, for banned APIs only (none is a dependency of
/// its own): user-defined and library operators (binary, unary, <c>++</c>/<c>--</c>, compound
/// assignment), user-defined conversions, <c>foreach</c> (<c>GetEnumerator</c>, <c>MoveNext</c>,
/// <c>Current</c>, <c>Dispose</c>), <c>await</c> (<c>GetAwaiter</c>, <c>IsCompleted</c>, <c>GetResult</c>),
/// deconstruction and positional patterns (<c>Deconstruct</c>), <c>^1</c>/<c>..</c> indexers and arrays the
/// compiler creates (<c>params</c>, <c>new[] { }</c>). Registered only when some API is banned; each
/// operation costs one lookup on the method it already carries, and <c>foreach</c>/<c>await</c>/deconstruction
/// ask the semantic model only when a member of that pattern (or a type) is banned.
/// </summary>
internal sealed class BannedUseOperations(ReferenceChecker checker)
{
    public static readonly OperationKind[] Kinds =
    [
        OperationKind.BinaryOperator, OperationKind.UnaryOperator, OperationKind.Increment, OperationKind.Decrement,
        OperationKind.CompoundAssignment, OperationKind.Conversion, OperationKind.Loop, OperationKind.Await,
        OperationKind.DeconstructionAssignment, OperationKind.RecursivePattern, OperationKind.ImplicitIndexerReference,
        OperationKind.ArrayCreation,
    ];

    private static readonly string[] EnumeratorMembers = ["GetEnumerator", "MoveNext", "Current", "Dispose", "GetAsyncEnumerator", "MoveNextAsync", "DisposeAsync"];
    private static readonly string[] AwaiterMembers = ["GetAwaiter", "IsCompleted", "GetResult"];
    private static readonly string[] DeconstructMembers = ["Deconstruct"];

    public void Analyze(OperationAnalysisContext context)
    {
        switch (context.Operation)
        {
            case IBinaryOperation { OperatorMethod: { } method, Syntax: BinaryExpressionSyntax binary }:
                Check(context, method, binary.OperatorToken.GetLocation());
                break;
            case IBinaryOperation { OperatorMethod: { } method } binary:
                Check(context, method, binary.Syntax.GetLocation());
                break;
            case IUnaryOperation { OperatorMethod: { } method } unary:
                Check(context, method, OperatorLocation(unary.Syntax));
                break;
            case IIncrementOrDecrementOperation { OperatorMethod: { } method } step:
                Check(context, method, OperatorLocation(step.Syntax));
                break;
            case ICompoundAssignmentOperation compound:
                AnalyzeCompoundAssignment(context, compound);
                break;
            case IConversionOperation { OperatorMethod: { } method } conversion:
                Check(context, method, conversion.Syntax.GetLocation());
                break;
            case IForEachLoopOperation loop when loop.Syntax is CommonForEachStatementSyntax statement:
                AnalyzeForEach(context, statement);
                break;
            case IAwaitOperation { Syntax: AwaitExpressionSyntax awaitExpression } when MayBan(AwaiterMembers):
                AnalyzeAwait(context, awaitExpression);
                break;
            case IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax assignment } when MayBan(DeconstructMembers):
                AnalyzeDeconstruction(context, assignment);
                break;
            case IRecursivePatternOperation { DeconstructSymbol: { } deconstruct, Syntax: RecursivePatternSyntax pattern }:
                Check(context, deconstruct, pattern.PositionalPatternClause?.GetLocation() ?? pattern.GetLocation());
                break;
            case IImplicitIndexerReferenceOperation indexer:
                Check(context, indexer.IndexerSymbol, indexer.Syntax.GetLocation());
                break;
            case IArrayCreationOperation creation when creation.Syntax is not ArrayCreationExpressionSyntax && checker.Banned.HasTypeBans:
                // params arrays and new[] { } write no element type; new T[n] is a written type name.
                if (Source(context) is { } source)
                {
                    checker.CheckBannedType(source, creation.Type!, creation.Syntax.GetLocation(), new OperationSink(context));
                }

                break;
        }
    }

    private static Location OperatorLocation(SyntaxNode syntax) => syntax switch
    {
        PrefixUnaryExpressionSyntax prefix => prefix.OperatorToken.GetLocation(),
        PostfixUnaryExpressionSyntax postfix => postfix.OperatorToken.GetLocation(),
        _ => syntax.GetLocation(),
    };

    private static INamedTypeSymbol? Source(OperationAnalysisContext context) =>
        SourceTypes.Of(context.ContainingSymbol);

    // AwaitExpressionInfo and DeconstructionInfo are compiler structs whose layout differs between the Roslyn this
    // analyzer is built against and the one that runs it: a method with such a local loses its precompiled code and is
    // JIT-compiled in every cold compiler. Kept out of Analyze (never inlined) so that only these run JIT-compiled, and
    // only when an await or a deconstruction meets a banned member (rules/0061).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AnalyzeAwait(OperationAnalysisContext context, AwaitExpressionSyntax awaitExpression)
    {
        var awaiter = context.Operation.SemanticModel!.GetAwaitExpressionInfo(awaitExpression);
        var at = awaitExpression.AwaitKeyword.GetLocation();
        Check(context, awaiter.GetAwaiterMethod, at);
        Check(context, awaiter.IsCompletedProperty, at, typeAlreadyChecked: awaiter.GetAwaiterMethod?.ReturnType);
        Check(context, awaiter.GetResultMethod, at, typeAlreadyChecked: awaiter.GetAwaiterMethod?.ReturnType);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AnalyzeDeconstruction(OperationAnalysisContext context, AssignmentExpressionSyntax assignment) =>
        CheckDeconstruction(context, context.Operation.SemanticModel!.GetDeconstructionInfo(assignment), assignment.Right.GetLocation());

    private void AnalyzeCompoundAssignment(OperationAnalysisContext context, ICompoundAssignmentOperation compound)
    {
        var at = compound.Syntax is AssignmentExpressionSyntax assignment ? assignment.OperatorToken.GetLocation() : compound.Syntax.GetLocation();
        Check(context, compound.OperatorMethod, at);
        Check(context, compound.InConversion.MethodSymbol, at);
        Check(context, compound.OutConversion.MethodSymbol, at);
    }

    private void AnalyzeForEach(OperationAnalysisContext context, CommonForEachStatementSyntax statement)
    {
        if (MayBan(EnumeratorMembers))
        {
            CheckEnumerator(context, statement);
        }

        if (statement is ForEachVariableStatementSyntax deconstructing && MayBan(DeconstructMembers))
        {
            CheckForEachDeconstruction(context, deconstructing);
        }
    }

    // ForEachStatementInfo and DeconstructionInfo: see AnalyzeAwait.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckEnumerator(OperationAnalysisContext context, CommonForEachStatementSyntax statement)
    {
        var info = context.Operation.SemanticModel!.GetForEachStatementInfo(statement);
        var at = statement.Expression.GetLocation();
        Check(context, info.GetEnumeratorMethod, at);
        Check(context, info.MoveNextMethod, at, typeAlreadyChecked: info.GetEnumeratorMethod?.ReturnType);
        Check(context, info.CurrentProperty, at, typeAlreadyChecked: info.GetEnumeratorMethod?.ReturnType);
        Check(context, info.DisposeMethod, at, typeAlreadyChecked: info.GetEnumeratorMethod?.ReturnType);
        Check(context, info.ElementConversion.MethodSymbol, at);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckForEachDeconstruction(OperationAnalysisContext context, ForEachVariableStatementSyntax deconstructing) =>
        CheckDeconstruction(context, context.Operation.SemanticModel!.GetDeconstructionInfo(deconstructing), deconstructing.Variable.GetLocation());

    private void CheckDeconstruction(OperationAnalysisContext context, DeconstructionInfo info, Location at)
    {
        Check(context, info.Method, at);
        Check(context, info.Conversion?.MethodSymbol, at);
        foreach (var nested in info.Nested)
        {
            CheckDeconstruction(context, nested, at);
        }
    }

    /// <summary>Semantic queries only when a member of the pattern, or any type or namespace, is banned.</summary>
    private bool MayBan(string[] memberNames)
    {
        var banned = checker.Banned;
        if (banned.HasTypeBans)
        {
            return true;
        }

        foreach (var name in memberNames)
        {
            if (banned.BansMemberNamed(name))
            {
                return true;
            }
        }

        return false;
    }

    private void Check(OperationAnalysisContext context, ISymbol? member, Location location, ITypeSymbol? typeAlreadyChecked = null)
    {
        if (member is null || Source(context) is not { } source)
        {
            return;
        }

        if (typeAlreadyChecked is not null && SymbolEqualityComparer.Default.Equals(typeAlreadyChecked, member.ContainingType))
        {
            // MoveNext and Current of the enumerator GetEnumerator returned: its type is reported once.
            checker.CheckMember(source, member, location, new OperationSink(context));
            return;
        }

        checker.CheckBannedUse(source, member, location, new OperationSink(context));
    }
}
