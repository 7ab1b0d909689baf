using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TechLead.Analyzers.Reporting;
using TechLead.Analyzers.Symbols;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Member uses (invocations, property/field/event/method references, target-typed <c>new()</c>):
/// the member itself for banned APIs, and its containing type as a dependency unless that type
/// is already written at the receiver (<c>Db.Query()</c> is one reference, reported at <c>Db</c>).
/// Uses the compiler adds (a collection initializer's <c>Add</c>, a query's <c>Select</c>, an implicit
/// <c>base()</c>) and members set by an object or <c>with</c> initializer are no dependencies of their
/// own, but they are uses of the member for banned APIs.
/// </summary>
internal sealed class DependencyOperations(ReferenceChecker checker)
{
    public static readonly OperationKind[] Kinds =
    [
        OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.FieldReference,
        OperationKind.EventReference, OperationKind.MethodReference, OperationKind.ObjectCreation, OperationKind.AnonymousFunction,
        OperationKind.ArrayCreation, OperationKind.CollectionExpression,
    ];

    public void Analyze(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        var source = SourceTypes.Of(context.ContainingSymbol);
        if (source is null || checker.Ignores(source))
        {
            return;
        }

        if (operation.IsImplicit || operation is IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } })
        {
            AnalyzeUnwrittenUse(context, source, operation);
            return;
        }

        switch (operation)
        {
            case IAnonymousFunctionOperation lambda:
                AnalyzeLambda(context, source, lambda);
                break;
            case IArrayCreationOperation { Syntax: ImplicitArrayCreationExpressionSyntax implicitArray, Type: { } arrayType } when checker.HasTypeReferenceRules:
                // new[] { a, b }: the compiled code creates an array of the inferred element type, as a `var` holds it (rules/0039).
                checker.CheckTypeDeep(source, arrayType, implicitArray.NewKeyword.GetLocation(), new OperationSink(context));
                break;
            case ICollectionExpressionOperation { Type: INamedTypeSymbol { TypeKind: TypeKind.Interface } collectionInterface } collection when checker.HasTypeReferenceRules:
                // [a, b] as an IEnumerable<T>: the compiler creates a type of its own; only the element types are the code's.
                foreach (var argument in collectionInterface.TypeArguments)
                {
                    checker.CheckTypeDeep(source, argument, collection.Syntax.GetFirstToken().GetLocation(), new OperationSink(context));
                }

                break;
            case ICollectionExpressionOperation { Type: { } collectionType } collection when checker.HasTypeReferenceRules:
                // [a, b]: the compiled code creates the target type; reported at '['.
                checker.CheckTypeDeep(source, collectionType, collection.Syntax.GetFirstToken().GetLocation(), new OperationSink(context));
                break;
            case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                AnalyzeCreation(context, source, creation, constructor);
                break;
            case IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } initializer:
                // base(...) / this(...): the type is in the base list already; the constructor is a use for bans.
                checker.CheckMember(source, initializer.TargetMethod, InitializerLocation(initializer.Syntax), new OperationSink(context));
                break;
            case IInvocationOperation invocation:
                AnalyzeMember(context, source, invocation.TargetMethod, NameOf(invocation.Syntax is InvocationExpressionSyntax call ? call.Expression : invocation.Syntax), ReceiverOf(invocation.Syntax));
                break;
            case IMemberReferenceOperation reference:
                AnalyzeMember(context, source, reference.Member, NameOf(reference.Syntax), ReceiverOf(reference.Syntax));
                break;
        }
    }

    private void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol source, IObjectCreationOperation creation, IMethodSymbol constructor)
    {
        if (!MayReport(constructor) || DependencySyntax.IsInsideNameOf(creation.Syntax, creation.SemanticModel!))
        {
            return;
        }

        switch (creation.Syntax)
        {
            // new Db(): the type name is a written reference already; only constructor bans remain.
            case ObjectCreationExpressionSyntax explicitCreation:
                checker.CheckMember(source, constructor, explicitCreation.Type.GetLocation(), new OperationSink(context));
                break;
            case ImplicitObjectCreationExpressionSyntax implicitCreation:
                var location = implicitCreation.NewKeyword.GetLocation();
                checker.CheckMember(source, constructor, location, new OperationSink(context));
                checker.CheckInstantiation(source, constructor.ContainingType, location, new OperationSink(context));
                break;
        }
    }

    /// <summary>
    /// A lambda's parameters whose types the code infers (<c>x =&gt; x.Street</c>) and its inferred return type are references,
    /// as a <c>var</c> is: the compiled lambda has them in its signature (rules/0039). Written types are names already.
    /// </summary>
    private void AnalyzeLambda(OperationAnalysisContext context, INamedTypeSymbol source, IAnonymousFunctionOperation lambda)
    {
        if (!checker.HasTypeReferenceRules)
        {
            return;
        }

        var symbol = lambda.Symbol;
        foreach (var parameter in symbol.Parameters)
        {
            if (parameter.DeclaringSyntaxReferences.Length == 1
                && parameter.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is ParameterSyntax { Type: null } written)
            {
                checker.CheckTypeDeep(source, parameter.Type, written.Identifier.GetLocation(), new OperationSink(context));
            }
        }

        if (lambda.Syntax is LambdaExpressionSyntax syntax and not ParenthesizedLambdaExpressionSyntax { ReturnType: not null }
            && !symbol.ReturnsVoid)
        {
            checker.CheckTypeDeep(source, symbol.ReturnType, syntax.ArrowToken.GetLocation(), new OperationSink(context));
        }
    }

    /// <summary>A use the compiler adds or an initializer makes: bans only, reported where the code shows it.</summary>
    private void AnalyzeUnwrittenUse(OperationAnalysisContext context, INamedTypeSymbol source, IOperation operation)
    {
        var (member, syntax) = operation switch
        {
            IInvocationOperation invocation => ((ISymbol)invocation.TargetMethod, invocation.Syntax),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Syntax),
            IMemberReferenceOperation reference => (reference.Member, NameOf(reference.Syntax)),
            _ => (null, operation.Syntax),
        };
        if (member is null)
        {
            return;
        }

        if (syntax is AttributeSyntax attribute)
        {
            // [Audit("x")] calls the constructor, reported at the attribute's name; its class is a written type name.
            checker.CheckMember(source, member, RightmostName(attribute.Name).GetLocation(), new OperationSink(context));
            return;
        }

        checker.CheckBannedUse(source, member, syntax.GetLocation(), new OperationSink(context));
    }

    private void AnalyzeMember(OperationAnalysisContext context, INamedTypeSymbol source, ISymbol member, SyntaxNode name, ExpressionSyntax? receiver)
    {
        var model = context.Operation.SemanticModel!;
        if (!MayReport(member) || DependencySyntax.IsInsideNameOf(name, model))
        {
            return;
        }

        var location = name.GetLocation();
        checker.CheckMember(source, member, location, new OperationSink(context));
        if (!checker.HasTypeReferenceRules)
        {
            return;
        }

        // base.M() calls the member it names; any other call of an override calls the virtual member it overrides.
        var called = receiver is BaseExpressionSyntax ? member : LeastOverridden(member);
        if (called.ContainingType is { } containing && !IsWrittenType(receiver, member, containing, model))
        {
            checker.CheckInstantiation(source, containing, location, new OperationSink(context));
        }

        if (member is IMethodSymbol { IsGenericMethod: true } method && name is not GenericNameSyntax)
        {
            // Inferred type arguments (`Wrap(error)` calls Wrap<Error>): the compiled call names them (rules/0039).
            foreach (var argument in method.TypeArguments)
            {
                checker.CheckTypeDeep(source, argument, location, new OperationSink(context));
            }
        }
    }

    /// <summary>
    /// The virtual member an override overrides, up to the one that introduced it: compiled code calls that one
    /// (<c>handler.WriteToken(t)</c> calls <c>SecurityTokenHandler.WriteToken</c>), so its type is the member's type here (rules/0039).
    /// </summary>
    private static ISymbol LeastOverridden(ISymbol member)
    {
        var current = member;
        for (var depth = 0; current.IsOverride && depth < 32; depth++)
        {
            ISymbol? overridden = current switch
            {
                IMethodSymbol method => method.OverriddenMethod,
                IPropertySymbol property => property.OverriddenProperty,
                IEventSymbol @event => @event.OverriddenEvent,
                _ => null,
            };
            if (overridden is null)
            {
                break;
            }

            current = overridden;
        }

        return current;
    }

    /// <summary>
    /// False when only member bans are in force and this member is not banned: nothing can be reported, so the use
    /// costs one dictionary lookup (no <c>nameof</c> walk, no binding of the receiver).
    /// </summary>
    private bool MayReport(ISymbol member) => checker.HasTypeReferenceRules || checker.Banned.ForMember(member).Length > 0;

    /// <summary>Only a static member is reached through a type, and a type is written as a name: anything else needs no binding.</summary>
    private static bool IsWrittenType(ExpressionSyntax? receiver, ISymbol member, INamedTypeSymbol containing, SemanticModel model) =>
        receiver is NameSyntax or MemberAccessExpressionSyntax or PredefinedTypeSyntax
        && member.IsStatic
        && model.GetSymbolInfo(receiver).Symbol is ITypeSymbol written
        && SymbolEqualityComparer.Default.Equals(written.OriginalDefinition, containing.OriginalDefinition);

    /// <summary>Where a member use is reported: its name (<c>Query</c> in <c>db.Query()</c>).</summary>
    private static SyntaxNode NameOf(SyntaxNode syntax) => syntax switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        _ => syntax,
    };

    private static Location InitializerLocation(SyntaxNode syntax) => syntax switch
    {
        ConstructorInitializerSyntax initializer => initializer.ThisOrBaseKeyword.GetLocation(),
        PrimaryConstructorBaseTypeSyntax baseType => baseType.Type.GetLocation(),
        _ => syntax.GetLocation(),
    };

    private static NameSyntax RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        _ => name,
    };

    private static ExpressionSyntax? ReceiverOf(SyntaxNode syntax)
    {
        var expression = syntax is InvocationExpressionSyntax invocation ? invocation.Expression : syntax;
        return expression is MemberAccessExpressionSyntax access ? access.Expression : null;
    }
}
