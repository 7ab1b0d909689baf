using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Assemblies a suite finds in its own output folder and loads (ADR-0064):
/// <c>Directory.GetFiles(AppContext.BaseDirectory, "Shop.Modules.*.dll").Where(f =&gt; !f.EndsWith(".Contracts.dll"))</c>
/// loaded with <c>Assembly.LoadFrom</c>, <c>Assembly.Load(AssemblyName.GetAssemblyName(f))</c> or a <c>foreach</c> that adds
/// each to a list, also returned by helpers and held in fields across files. The output folder holds the assemblies the
/// test project references, so the files are the solution's assemblies whose names match: an assembly-name glob.
/// </summary>
internal sealed class DiscoveredAssemblies(TestCodeArguments arguments)
{
    private const int MaxDepth = 12;

    // The loop variable of a foreach over discovered assemblies is bound to a marker while the chain is read.
    private static readonly ConditionalWeakTable<ExpressionSyntax, AssemblyGlob> Markers = new();

    /// <summary>The assemblies <paramref name="expression"/> stands for when it is a list of assemblies found on disk, else null.</summary>
    public AssemblyGlob? Of(ExpressionSyntax expression) => Assemblies(expression, 0);

    /// <summary>
    /// A stand-in for one element of <paramref name="glob"/>: what a loop variable is bound to. Read as an assembly
    /// (<c>Types.InAssembly(module)</c>) it is the glob; read as anything else (its name in a string) it is unknown.
    /// </summary>
    public static ExpressionSyntax Marker(AssemblyGlob glob)
    {
        var marker = SyntaxFactory.IdentifierName(SyntaxFactory.Identifier($"<each assembly found as '{glob.FilePattern}' in the test's output folder>"));
        Markers.Add(marker, glob);
        return marker;
    }

    /// <summary>The glob <paramref name="expression"/> stands for when it is (a name bound to) a loop's marker, else null.</summary>
    public static AssemblyGlob? Marked(ExpressionSyntax? expression)
    {
        for (var depth = 0; expression is not null && depth < MaxDepth; depth++)
        {
            if (Markers.TryGetValue(expression, out var glob))
            {
                return glob;
            }

            expression = expression switch
            {
                IdentifierNameSyntax name => ValueBindings.ValueOf(name),
                PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) => suppressed.Operand,
                ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>The discovered assemblies a name inside <paramref name="expression"/> stands for (<c>$"{module.GetName().Name}.Domain"</c>), else null.</summary>
    /// <remarks>Locals are followed to their initializer (<c>var name = module.GetName().Name</c>).</remarks>
    public static AssemblyGlob? UsedIn(ExpressionSyntax expression, IValueResolution resolution, int depth = 0)
    {
        foreach (var name in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (Marked(name) is { } glob)
            {
                return glob;
            }

            var isMemberName = name.Parent is MemberAccessExpressionSyntax access && access.Name == name;
            if (depth < 4 && !isMemberName && resolution.MemberValue(name) is { } value && value != name && UsedIn(value, resolution, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private AssemblyGlob? Assemblies(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Assemblies(parenthesized.Expression, depth + 1);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var op, Expression: var source } } call when KeepsElements(op):
                return Assemblies(source, depth + 1) is { } kept ? (op == "Where" ? Filtered(kept, call, assemblyNames: true) : kept) : null;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select", Expression: var files } } select when select.ArgumentList.Arguments is [{ Expression: var load }]:
                return LoadsEachFile(load) ? Files(files, depth + 1) : null;
            case IdentifierNameSyntax name when ListFilledByLoop(name) is { } loop:
                return Files(loop.Expression, depth + 1);
            case InvocationExpressionSyntax call when arguments.Resolution.MethodOf(call) is { ParameterList.Parameters.Count: 0 } helper && FluentChain.Returned(helper) is { } returned:
                return Assemblies(returned, depth + 1);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when arguments.Resolution.MemberValue(expression) is { } value && value != expression:
                return Assemblies(value, depth + 1);
            default:
                return null;
        }
    }

    // The files found: Directory.GetFiles/EnumerateFiles(output folder, "pattern"), filtered by what their names end with.
    private AssemblyGlob? Files(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Files(parenthesized.Expression, depth + 1);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetFiles" or "EnumerateFiles", Expression: var owner } } call
                when owner.ToString() is "Directory" or "System.IO.Directory" && TopDirectoryOnly(call.ArgumentList.Arguments):
                return IsOutputFolder(call.ArgumentList.Arguments[0].Expression, 0) && arguments.TryString(call.ArgumentList.Arguments[1].Expression) is { } pattern
                    ? AssemblyGlob.FromFilePattern(pattern)
                    : null;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var op, Expression: var source } } call when KeepsElements(op):
                return Files(source, depth + 1) is { } kept ? (op == "Where" ? Filtered(kept, call, assemblyNames: false) : kept) : null;
            case InvocationExpressionSyntax call when arguments.Resolution.MethodOf(call) is { ParameterList.Parameters.Count: 0 } helper && FluentChain.Returned(helper) is { } returned:
                return Files(returned, depth + 1);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when arguments.Resolution.MemberValue(expression) is { } value && value != expression:
                return Files(value, depth + 1);
            default:
                return null;
        }
    }

    private static bool KeepsElements(string op) =>
        op is "Where" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "ToArray" or "ToList" or "AsEnumerable" or "Distinct";

    private static bool TopDirectoryOnly(SeparatedSyntaxList<ArgumentSyntax> given) =>
        given.Count == 2 || (given.Count == 3 && given[2].Expression.ToString().EndsWith("TopDirectoryOnly", System.StringComparison.Ordinal));

    // .Where(f => !f.EndsWith(".Contracts.dll")) over files, .Where(a => !a.GetName().Name!.EndsWith(".Contracts")) over
    // assemblies: the names ending so are left out. Any other filter leaves the list unknown.
    private AssemblyGlob? Filtered(AssemblyGlob kept, InvocationExpressionSyntax where, bool assemblyNames)
    {
        if (where.ArgumentList.Arguments is not [{ Expression: SimpleLambdaExpressionSyntax { ExpressionBody: PrefixUnaryExpressionSyntax not } lambda }]
            || !not.IsKind(SyntaxKind.LogicalNotExpression)
            || not.Operand is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "EndsWith", Expression: var subject } } endsWith
            || endsWith.ArgumentList.Arguments.Count is 0 or > 2
            || arguments.TryString(endsWith.ArgumentList.Arguments[0].Expression) is not { } suffix)
        {
            return null;
        }

        var parameter = lambda.Parameter.Identifier.ValueText;
        var isName = assemblyNames
            ? Unsuppressed(subject) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Name", Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetName", Expression: IdentifierNameSyntax owner } } } && owner.Identifier.ValueText == parameter
            : IsFileName(subject, parameter);
        if (!isName)
        {
            return null;
        }

        if (!assemblyNames)
        {
            if (!suffix.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            suffix = suffix[..^4];
        }

        return AssemblyGlob.EndingWith(suffix) is { } excluded ? kept with { Excluded = [.. kept.Excluded, excluded] } : null;
    }

    // The file's path (f) or name (Path.GetFileName(f)): both end with the name the filter tests.
    private static bool IsFileName(ExpressionSyntax subject, string parameter) => subject switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == parameter,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetFileName", Expression: var owner } } call
            when owner.ToString() is "Path" or "System.IO.Path" && call.ArgumentList.Arguments is [{ Expression: IdentifierNameSyntax file }] => file.Identifier.ValueText == parameter,
        _ => false,
    };

    private static ExpressionSyntax Unsuppressed(ExpressionSyntax expression) =>
        expression is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? suppressed.Operand : expression;

    // Assembly.LoadFrom, f => Assembly.LoadFrom(f), Assembly.LoadFile(f), Assembly.Load(AssemblyName.GetAssemblyName(f)),
    // AssemblyLoadContext.Default.LoadFromAssemblyPath(f): the assembly in that file.
    private bool LoadsEachFile(ExpressionSyntax load) => load switch
    {
        MemberAccessExpressionSyntax method => IsPathLoad(method.ToString()),
        SimpleLambdaExpressionSyntax { ExpressionBody: InvocationExpressionSyntax body } lambda => LoadsFile(body, lambda.Parameter.Identifier.ValueText, 0),
        _ => false,
    };

    private bool LoadsFile(ExpressionSyntax expression, string file, int depth) => expression switch
    {
        _ when depth > MaxDepth => false,
        InvocationExpressionSyntax { Expression: var method } call when IsPathLoad(method.ToString()) => call.ArgumentList.Arguments is [{ Expression: var path }] && IsVariable(path, file),
        InvocationExpressionSyntax { Expression: var method } call when method.ToString() is "Assembly.Load" or "System.Reflection.Assembly.Load" =>
            call.ArgumentList.Arguments is [{ Expression: var name }] && NameOfFile(name, file, depth + 1),
        _ => false,
    };

    // AssemblyName.GetAssemblyName(f), also through a local assigned once (var name = AssemblyName.GetAssemblyName(file)).
    private bool NameOfFile(ExpressionSyntax expression, string file, int depth) => expression switch
    {
        _ when depth > MaxDepth => false,
        InvocationExpressionSyntax { Expression: var method } call when method.ToString() is "AssemblyName.GetAssemblyName" or "System.Reflection.AssemblyName.GetAssemblyName" =>
            call.ArgumentList.Arguments is [{ Expression: var path }] && IsVariable(path, file),
        IdentifierNameSyntax local when arguments.Resolution.MemberValue(local) is { } value && value != expression => NameOfFile(value, file, depth + 1),
        _ => false,
    };

    private static bool IsVariable(ExpressionSyntax expression, string name) => expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;

    private static bool IsPathLoad(string method) => method is "Assembly.LoadFrom" or "Assembly.LoadFile" or "System.Reflection.Assembly.LoadFrom" or "System.Reflection.Assembly.LoadFile"
        or "AssemblyLoadContext.Default.LoadFromAssemblyPath";

    // var list = new List<Assembly>(); foreach (var file in files) { [try {] list.Add(<load of file>); [} catch { }] }: the only
    // write to the list is that Add, so it holds the assembly of each file (a file that does not load is skipped).
    private ForEachStatementSyntax? ListFilledByLoop(IdentifierNameSyntax list)
    {
        if (list.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { Body: { } body }
            || arguments.Resolution.MemberValue(list) is not ObjectCreationExpressionSyntax { Initializer: null, ArgumentList: null or { Arguments.Count: 0 } })
        {
            return null;
        }

        var name = list.Identifier.ValueText;
        var uses = body.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == name && n != list).ToList();
        if (uses is not [{ Parent: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Parent: InvocationExpressionSyntax add } }]
            || add.ArgumentList.Arguments is not [{ Expression: var loaded }]
            || add.FirstAncestorOrSelf<ForEachStatementSyntax>() is not { } loop
            || !body.Span.Contains(loop.Span)
            || add.Ancestors().TakeWhile(a => a != loop).Any(a => a is IfStatementSyntax or LambdaExpressionSyntax or ForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax)
            || !LoadsFile(loaded, loop.Identifier.ValueText, 0))
        {
            return null;
        }

        return loop;
    }

    // AppContext.BaseDirectory, AppDomain.CurrentDomain.BaseDirectory, the folder of the test assembly; through a local or field.
    private bool IsOutputFolder(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var text = expression.ToString();
        if (text is "AppContext.BaseDirectory" or "System.AppContext.BaseDirectory" or "AppDomain.CurrentDomain.BaseDirectory" or "System.AppDomain.CurrentDomain.BaseDirectory")
        {
            return true;
        }

        if (expression is InvocationExpressionSyntax { Expression: var method } call && method.ToString() is "Path.GetDirectoryName" or "System.IO.Path.GetDirectoryName"
            && call.ArgumentList.Arguments is [{ Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Location", Expression: var assembly } }])
        {
            return assembly.ToString() is "Assembly.GetExecutingAssembly()" or "System.Reflection.Assembly.GetExecutingAssembly()" || IsTestAssembly(assembly);
        }

        return expression is IdentifierNameSyntax or MemberAccessExpressionSyntax && arguments.Resolution.MemberValue(expression) is { } value && value != expression && IsOutputFolder(value, depth + 1);
    }

    // typeof(X).Assembly where X is declared in the test project itself: its folder is the output folder.
    private bool IsTestAssembly(ExpressionSyntax assembly) =>
        assembly is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Assembly", Expression: TypeOfExpressionSyntax typeOf }
        && arguments.Resolution.Type(typeOf.Type, out _) is { Assembly: { } name }
        && arguments.Resolution.AssemblyOfCode(assembly) == name;
}
