using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Local functions of one expression (<c>double Sq(double v) =&gt; v * v;</c>, <c>bool Big(double v) =&gt; v &gt; 1;</c>), read
    /// where they are called: each call is the function's expression with the call's arguments in place of its parameters,
    /// as a reader substitutes them. Outer locals it reads have their values at the call, as in C#.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        private const string LocalFunctionAdvice = "a local function is read where it is called when its body is one expression of its parameters (double Sq(double v) => v * v;), its parameters are double, float or integer values, and it does not call itself";

        /// <summary>The body's local functions, by symbol, found before lowering (a call may come before the declaration).</summary>
        private Dictionary<IMethodSymbol, ILocalFunctionOperation> localFunctions = new Dictionary<IMethodSymbol, ILocalFunctionOperation>(SymbolEqualityComparer.Default);

        /// <summary>The arguments of the local function calls being read, by the parameter they stand for.</summary>
        private readonly Dictionary<IParameterSymbol, Value> valueArguments = new Dictionary<IParameterSymbol, Value>(SymbolEqualityComparer.Default);

        private readonly Dictionary<IParameterSymbol, Integer> integerArguments = new Dictionary<IParameterSymbol, Integer>(SymbolEqualityComparer.Default);

        /// <summary>The local functions whose calls are being read, innermost last: one that calls itself is not read.</summary>
        private readonly HashSet<IMethodSymbol> inlining = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        private void FindLocalFunctions(IOperation body) =>
            localFunctions = body.Descendants().OfType<ILocalFunctionOperation>()
                .ToDictionary(f => f.Symbol, f => f, (IEqualityComparer<IMethodSymbol>)SymbolEqualityComparer.Default);

        /// <summary>The one expression a local function returns, or null with what keeps it from being read.</summary>
        private static (IOperation? Expression, string? Why) ExpressionOf(ILocalFunctionOperation function)
        {
            IBlockOperation? body = function.Body ?? function.IgnoredBody;
            if (body == null || body.Operations.Length != 1 || !(body.Operations[0] is IReturnOperation { ReturnedValue: { } returned }))
            {
                return (null, "its body is statements, not one expression");
            }

            if (function.Symbol.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams || !(RoslynNames.IsFloatingPoint(p.Type) || RoslynNames.IsInteger(p.Type))))
            {
                return (null, "a parameter is not a double, float or integer value passed by value");
            }

            if (function.Symbol.IsGenericMethod || function.Symbol.IsAsync)
            {
                return (null, "it is generic or async");
            }

            return (returned, null);
        }

        /// <summary>The declaration: nothing to lower where it stands; one that cannot be read where it is called is reported here.</summary>
        private void LowerLocalFunctionDeclaration(ILocalFunctionOperation function)
        {
            // A void one has no value to read: its calls are statements, reported there (DIFF014, "remove it"); reported
            // here too, it would stay an error after the calls are removed, and "its body is statements" is not so for void F(double v) => ...;
            if (function.Symbol.ReturnsVoid)
            {
                return;
            }

            if (ExpressionOf(function).Why is string why)
            {
                Report(function, "The local function '" + function.Symbol.Name + "' (" + why + ")", LocalFunctionAdvice + "; write it that way, or make it a [Differentiable] method of the type and call that", DiagnosticDescriptors.NotSupportedYet);
            }
        }

        /// <summary>Whether a call is of one of the body's local functions (read in place, or reported at its declaration).</summary>
        private bool CallsLocalFunction(IInvocationOperation call, out ILocalFunctionOperation? function) =>
            localFunctions.TryGetValue(call.TargetMethod.OriginalDefinition, out function);

        /// <summary>A call of a local function, read as its expression with the arguments in place of its parameters.</summary>
        private T Inline<T>(IInvocationOperation call, ILocalFunctionOperation function, System.Func<IOperation, T> lower, T unread)
        {
            IOperation? expression = ExpressionOf(function).Expression;
            if (expression == null)
            {
                return unread; // reported at the declaration
            }

            if (inlining.Contains(function.Symbol))
            {
                Report(call, "The call of '" + function.Symbol.Name + "' inside itself", LocalFunctionAdvice + "; a recursion has no expression to read in place, so write it as a [Differentiable] method of the type", DiagnosticDescriptors.NotSupportedYet);
                return unread;
            }

            // The arguments are read at the call, before the body, as C# evaluates them (Sq(Sq(x)) reads the inner call first).
            var arguments = new List<(IParameterSymbol Parameter, Value? Value, Integer? Integer)>();
            foreach (IArgumentOperation argument in call.Arguments)
            {
                IParameterSymbol parameter = argument.Parameter!;
                bool integer = RoslynNames.IsInteger(parameter.Type);
                arguments.Add((parameter, integer ? null : LowerValue(argument.Value), integer ? LowerInteger(argument.Value) : null));
            }

            foreach ((IParameterSymbol parameter, Value? value, Integer? integer) in arguments)
            {
                if (integer != null)
                {
                    integerArguments[parameter] = integer;
                }
                else
                {
                    valueArguments[parameter] = value!;
                }
            }

            inlining.Add(function.Symbol);
            T read = lower(expression);
            foreach ((IParameterSymbol parameter, _, _) in arguments)
            {
                valueArguments.Remove(parameter);
                integerArguments.Remove(parameter);
            }

            inlining.Remove(function.Symbol);
            return read;
        }
    }
}
