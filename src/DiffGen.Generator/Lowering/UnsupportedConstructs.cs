using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>What lowering reports for a construct it does not handle: which diagnostic, what the construct is, and what to do instead.</summary>
    internal readonly struct UnsupportedConstruct
    {
        public UnsupportedConstruct(DiagnosticDescriptor descriptor, string construct, string advice)
        {
            Descriptor = descriptor;
            Construct = construct;
            Advice = advice;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public string Construct { get; }

        public string Advice { get; }
    }

    /// <summary>
    /// Names each statement or expression kind lowering does not handle, one kind at a time,
    /// and sorts it into a diagnostic: planned (DIFF015), a cut derivative (DIFF013) or a
    /// construct that cannot be differentiated at all (DIFF010). Side effects (DIFF014) are
    /// sorted where writes and calls are lowered, and by <see cref="CallClassifier"/>.
    /// </summary>
    internal static class UnsupportedConstructs
    {
        private const string StraightLine = "write the method with locals, if/else, ?: and loops over double, float and integer values";

        private const string Elements = "DiffGen reads elements of one-dimensional double or float arrays and spans (parameters, fields, and locals declared as new double[n] or stackalloc double[n]) and of double[,] and double[][] data (X[i, j], X[i][j]); copy the values into such an array";

        public static UnsupportedConstruct Classify(IOperation operation)
        {
            switch (operation)
            {
                case IConditionalOperation conditional:
                    return Impossible("The conditional operator '" + Shorten(conditional.Syntax) + "' of type '" + conditional.Type?.ToDisplayString() + "'", "only a choice between double or float values can be differentiated; choose between numbers");
                case ISwitchOperation:
                    return Planned("The 'switch' statement", "a switch statement is read when it switches on a number with constant and relational labels (case 0:, case < 1:, when guards), each section ending in break or return, with no goto case or other break out of it; otherwise write the cases as an if / else if chain, or as a switch expression (x switch { < 0 => a, _ => b })");
                case ISwitchExpressionOperation switchExpression:
                    return Planned("The switch expression '" + Shorten(operation.Syntax) + "' of type '" + switchExpression.Type?.ToDisplayString() + "'", "a switch expression is read when its value is a double, float or integer; choose between numbers");
                case ILoopOperation:
                    return Planned("The loop", "write it as a for, foreach, while or do loop with a condition");
                case IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue }:
                    return Planned("The '" + operation.Syntax + "' statement", "break and continue are read inside for, foreach, while and do loops");
                case IArrayElementReferenceOperation or IInlineArrayAccessOperation:
                    return Planned("The element access '" + Shorten(operation.Syntax) + "'", Elements);
                case IArrayCreationOperation:
                    return Planned("The array '" + Shorten(operation.Syntax) + "'", "a new array is read where it is declared as a local, double[] a = new double[n];, and filled element by element");
                case ITryOperation:
                    return Impossible("The 'try' statement", "exception handling has no derivative; check inputs before calling the method instead");
                case IThrowOperation:
                    return Impossible("The 'throw'", "a differentiable method computes a value for every input; check at the start of the body as a guard, if (test) throw new ArgumentException(\"...\", nameof(x)); with a message of constants, nameof and parameters, which every generated member makes first, or validate inputs before calling it; after a loop that may not converge, return double.NaN where it did not (return iterations < limit ? x : double.NaN;)");
                case IBranchOperation:
                case ILabeledOperation:
                    return Impossible("The 'goto' or label '" + Shorten(operation.Syntax) + "'", "jumps cannot be differentiated; " + StraightLine);
                case ILockOperation:
                    return Impossible("The 'lock' statement", "a differentiable method touches no shared state, so it needs no lock; remove it");
                case IUsingOperation or IUsingDeclarationOperation:
                    return Impossible("The 'using' statement", "a differentiable method owns no resources; move resource handling out of it");
                case IAwaitOperation:
                    return Impossible("The 'await'", "a differentiable method is synchronous; await before calling it");
                case IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak }:
                    return Impossible("The 'yield' statement", "a differentiable method returns one value; it cannot be an iterator");
                case IAnonymousFunctionOperation or IDelegateCreationOperation { Target: IAnonymousFunctionOperation }:
                    return Impossible("The lambda '" + Shorten(operation.Syntax) + "'", LoweringAdvice.Delegates);
                case IDelegateCreationOperation:
                    return Impossible("The delegate '" + Shorten(operation.Syntax) + "'", LoweringAdvice.Delegates);
                case ILocalFunctionOperation localFunction:
                    return Impossible("The local function '" + localFunction.Symbol.Name + "'", LoweringAdvice.LocalFunction);
                case ITranslatedQueryOperation:
                    return Impossible("The LINQ query '" + Shorten(operation.Syntax) + "'", LoweringAdvice.Linq(CallClassifier.LinqSource(operation)));
                case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation:
                    return Impossible("The 'dynamic' operation '" + Shorten(operation.Syntax) + "'", "dynamic code is bound at run time, so its derivative is unknown at compile time; use static types");
                case IInterpolatedStringOperation:
                    return Impossible("The string interpolation", "text is not a number and has no derivative; format values outside the method");
                case IAddressOfOperation:
                    return Impossible("The pointer operation '" + Shorten(operation.Syntax) + "'", "pointers are not differentiable values; use double or float values");
                case IPropertyReferenceOperation { Property.Name: "Length", Instance.Type: IArrayTypeSymbol }:
                    return Planned("The array length '" + Shorten(operation.Syntax) + "'", "read the length of a double or float array into an integer local first (int n = values.Length;) and use the local");
                case IPropertyReferenceOperation { Property.IsIndexer: true }:
                    return Planned("The element access '" + Shorten(operation.Syntax) + "'", Elements);
                case IPropertyReferenceOperation property:
                    return Impossible("The property read '" + Shorten(operation.Syntax) + "'", "a property with a body may run code DiffGen cannot see; pass the value as a parameter, or use a field, an auto-property or a constant");
                case IObjectCreationOperation:
                    return Impossible("The object creation '" + Shorten(operation.Syntax) + "'", "DiffGen differentiates double and float values only");
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr or BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift } bitwise:
                    return new UnsupportedConstruct(DiagnosticDescriptors.CutsDerivative, "The bitwise or shift operator in '" + Shorten(bitwise.Syntax) + "'", "it works on the bits of an integer, not on a continuous value; compute with + - * / and the Math functions");
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                    return new UnsupportedConstruct(DiagnosticDescriptors.CutsDerivative, "The condition '" + Shorten(logical.Syntax) + "' used as a value", "true/false has no derivative; use the condition in an if statement or a ?: choice between numbers");
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } or IIsPatternOperation or IIsTypeOperation:
                    return new UnsupportedConstruct(DiagnosticDescriptors.CutsDerivative, "The condition '" + Shorten(operation.Syntax) + "' used as a value", "true/false has no derivative; use the condition in an if statement or a ?: choice between numbers");
                case IBinaryOperation { Type.SpecialType: SpecialType.System_String }:
                    return Impossible("The string concatenation '" + Shorten(operation.Syntax) + "'", "text is not a number and has no derivative; build text outside the method");
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } comparison:
                    return new UnsupportedConstruct(DiagnosticDescriptors.CutsDerivative, "The comparison '" + Shorten(comparison.Syntax) + "' used as a value", "true/false has no derivative; use the condition in an if statement or a ?: choice between numbers");
                default:
                    if (operation.Syntax is FixedStatementSyntax)
                    {
                        return Impossible("The 'fixed' statement", "pointers are not differentiable values; use double or float values");
                    }

                    if (operation.Syntax is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PointerIndirectionExpression or (int)SyntaxKind.AddressOfExpression })
                    {
                        return Impossible("The pointer operation '" + Shorten(operation.Syntax) + "'", "pointers are not differentiable values; use double or float values");
                    }

                    if (operation.Type?.TypeKind == TypeKind.Dynamic)
                    {
                        return Impossible("The 'dynamic' operation '" + Shorten(operation.Syntax) + "'", "dynamic code is bound at run time, so its derivative is unknown at compile time; use static types");
                    }

                    if (operation.Syntax is StackAllocArrayCreationExpressionSyntax)
                    {
                        return Planned("The 'stackalloc'", "a stackalloc is read where it is declared as a local, Span<double> a = stackalloc double[n];, and filled element by element");
                    }

                    return Impossible("The construct '" + Shorten(operation.Syntax) + "'", "DiffGen handles locals, assignments, arithmetic (+ - * /), branches, loops, arrays and the Math functions listed in docs/supported.md");
            }
        }

        /// <summary>A local that holds a lambda or delegate (<c>Func&lt;double, double&gt; sq = v =&gt; v * v;</c>), the same on both routes.</summary>
        public static UnsupportedConstruct ForDelegateLocal(ILocalSymbol local) =>
            Impossible("The lambda or delegate local '" + local.Name + "' of type '" + local.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'", LoweringAdvice.Delegates);

        /// <summary>A block that changes how its statements run: <c>unsafe { }</c> or <c>checked { }</c>.</summary>
        public static UnsupportedConstruct? ForBlock(IBlockOperation block) => block.Syntax.Parent switch
        {
            UnsafeStatementSyntax => Impossible("The 'unsafe' block", "pointers and unsafe code are not differentiable values; use double or float values"),
            CheckedStatementSyntax { Keyword.Text: "checked" } => Impossible("The 'checked' block", "overflow checking applies to integers, which are not differentiated; remove it"),
            FixedStatementSyntax => Impossible("The 'fixed' statement", "pointers are not differentiable values; use double or float values"),
            _ => null,
        };

        /// <summary>A <c>checked(...)</c> expression wrapped around a value.</summary>
        public static UnsupportedConstruct? ForExpressionSyntax(SyntaxNode syntax) => syntax.Parent switch
        {
            CheckedExpressionSyntax { Keyword.Text: "checked" } => Impossible("The 'checked' expression", "overflow checking applies to integers, which are not differentiated; remove it"),
            _ => null,
        };

        public static string Shorten(SyntaxNode syntax)
        {
            string single = syntax.ToString().Replace("\r", " ").Replace("\n", " ");
            return single.Length <= 60 ? single : single.Substring(0, 57) + "...";
        }

        private static UnsupportedConstruct Planned(string construct, string advice) => new UnsupportedConstruct(DiagnosticDescriptors.NotSupportedYet, construct, advice);

        private static UnsupportedConstruct Impossible(string construct, string advice) => new UnsupportedConstruct(DiagnosticDescriptors.UnsupportedConstruct, construct, advice);
    }
}
