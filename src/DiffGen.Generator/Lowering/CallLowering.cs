using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// What lowering decides about a call: which kind of call it is, which callees and receivers are accepted,
    /// how generated code reaches them, and every message a call draws (used by <c>ProgramLowering.Calls</c>,
    /// the one lowering, and by the [Integrable] reader).
    /// </summary>
    internal static class CallLowering
    {
        /// <summary>What a call is: a <c>Gradient.Stop</c>, a member of <c>Math</c>/<c>MathF</c>/<c>double</c>/<c>float</c>, or another method.</summary>
        public static CallKind Kind(IMethodSymbol target, int arguments)
        {
            string owner = target.ContainingType?.ToDisplayString() ?? string.Empty;
            if (owner == "DiffGen.Gradient" && target.Name == "Stop" && arguments == 1)
            {
                return CallKind.Stop;
            }

            bool mathOwner = owner == "System.Math" || owner == "System.MathF" || owner == "double" || owner == "float";
            return !mathOwner ? CallKind.Method
                : CallClassifier.IsNumericFunction(target) ? CallKind.MathMember
                : CallKind.OtherMathOwnerMember;
        }

        /// <summary>How a call is shown in messages: <c>System.Math.Round</c>, <c>Model.Plain</c>.</summary>
        public static string Shown(IMethodSymbol target)
        {
            string owner = target.ContainingType?.ToDisplayString() ?? string.Empty;
            return owner.Length > 0 ? owner + "." + target.Name : target.Name;
        }

        /// <summary>True when the call goes to a method whose derivative DiffGen knows or is given (a <c>[DerivativeOf]</c> method takes precedence).</summary>
        public static bool HasKnownDerivative(IMethodSymbol target, IMethodSymbol caller, out IMethodSymbol? custom)
        {
            custom = CustomDerivatives.Find(target, caller);
            return custom != null || DifferentiableMethods.DifferentiableAttribute(target) != null;
        }

        /// <summary>
        /// The problem with calling a method whose derivative is known, before its arguments are looked at: a generic
        /// callee or one with ref, out, in or params parameters, a callee of the other floating-point type, or a
        /// receiver generated code cannot reach. Null when there is none; <paramref name="receiver"/> is then set.
        /// </summary>
        public static Problem? CheckCallee(IInvocationOperation call, IMethodSymbol target, IMethodSymbol caller, out string receiver)
        {
            receiver = string.Empty;
            string shown = "The call to '" + target.Name + "'";
            if (target.IsGenericMethod || target.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams))
            {
                return new Problem(DiagnosticDescriptors.NotSupportedYet, call.Syntax.GetLocation(), shown, "calls of generic methods, or of methods with ref, out, in or params parameters, cannot be differentiated yet; call a plain method");
            }

            if (!SymbolEqualityComparer.Default.Equals(target.ReturnType, caller.ReturnType))
            {
                return new Problem(DiagnosticDescriptors.NotSupportedYet, call.Syntax.GetLocation(), shown, "it returns " + target.ReturnType.ToDisplayString() + " and this method computes in " + caller.ReturnType.ToDisplayString() + "; calls between double and float methods are not supported yet, so make both the same type");
            }

            string? reached = Receiver(call, target, caller);
            if (reached == null)
            {
                return new Problem(DiagnosticDescriptors.UnsupportedConstruct, call.Instance!.Syntax.GetLocation(), "The receiver '" + UnsupportedConstructs.Shorten(call.Instance!.Syntax) + "' of the call to '" + target.Name + "'", "call a static method, a method of this object, or a method of one of its fields");
            }

            receiver = reached;
            return null;
        }

        /// <summary>How generated code reaches the called method: <c>global::N.T.</c>, <c>this.</c>, <c>this.layer.</c> or <c>layer.</c>; null when the receiver is anything else.</summary>
        private static string? Receiver(IInvocationOperation call, IMethodSymbol target, IMethodSymbol caller)
        {
            if (target.IsStatic)
            {
                return StaticPrefix(target.ContainingType);
            }

            switch (call.Instance)
            {
                // base. where the source wrote it: a method or field hidden by one of this type is another member.
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } self when !caller.IsStatic:
                    return ThisOrBase(self) + ".";
                case IFieldReferenceOperation { Instance: IInstanceReferenceOperation self, Field.IsStatic: false } field when !caller.IsStatic:
                    return ThisOrBase(self) + "." + RoslynNames.Identifier(field.Field.Name) + ".";
                case IFieldReferenceOperation { Field.IsStatic: true } staticField:
                    return StaticPrefix(staticField.Field.ContainingType) + RoslynNames.Identifier(staticField.Field.Name) + ".";
                default:
                    return null;
            }
        }

        private static string ThisOrBase(IOperation instance) => instance.Syntax is BaseExpressionSyntax ? "base" : "this";

        public static string StaticPrefix(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".";

        /// <summary>The parameters of the callee that have derivative outputs.</summary>
        public static HashSet<string> Differentiated(IMethodSymbol target, IMethodSymbol? custom) =>
            custom != null ? CustomDerivatives.Differentiated(custom, target) : OperationFacts.DifferentiatedParameters(target);

        /// <summary>How generated code calls the value (<c>receiver + M</c>).</summary>
        public static string ValueAccess(IMethodSymbol target, string receiver) => receiver + RoslynNames.Identifier(target.Name);

        /// <summary>How generated code calls the derivative: the generated <c>MGradient</c>, or the <c>[DerivativeOf]</c> method.</summary>
        public static string GradientAccess(IMethodSymbol target, IMethodSymbol? custom, string receiver) =>
            custom == null
                ? receiver + RoslynNames.Identifier(Ir.GeneratedNames.Gradient(target.Name))
                : (custom.IsStatic ? StaticPrefix(custom.ContainingType) : receiver) + RoslynNames.Identifier(custom.Name);

        /// <summary>The derivative's member name: <c>MGradient</c>, or the <c>[DerivativeOf]</c> method's name.</summary>
        public static string GradientName(IMethodSymbol target, IMethodSymbol? custom) =>
            custom == null ? Ir.GeneratedNames.Gradient(target.Name) : custom.Name;

        /// <summary>
        /// The called method as the source writes it (<c>Sq</c>, <c>Helpers.Sq</c>, <c>this.layer.Forward</c>), for comments;
        /// an extension method by its name, since its receiver is its first argument.
        /// </summary>
        public static string CalledAsWritten(IInvocationOperation call) =>
            !call.TargetMethod.IsExtensionMethod && call.Syntax is InvocationExpressionSyntax invocation
                ? OperationFacts.AsWritten(invocation.Expression)
                : call.TargetMethod.Name;

        /// <summary>The <c>[Differentiable]</c> method whose generated members the call relies on (none for a <c>[DerivativeOf]</c> one).</summary>
        public static string? RequiresGenerated(IMethodSymbol target, IMethodSymbol? custom) => custom == null ? DifferentiableMethods.KeyOf(target) : null;

        /// <summary>DIFF016: an argument carrying a derivative to a parameter the callee does not differentiate.</summary>
        public static Problem NoDerivativeForArgument(IArgumentOperation argument, string callee) =>
            new Problem(
                DiagnosticDescriptors.NoDerivativeForArgument,
                argument.Syntax.GetLocation(),
                "The argument '" + UnsupportedConstructs.Shorten(argument.Value.Syntax) + "' depends on a differentiated parameter,",
                "but '" + callee + "' is not differentiated with respect to its parameter '" + argument.Parameter!.Name + "', so no derivative can flow back through it; add \"" + argument.Parameter.Name + "\" to the [Differentiable(...)] of '" + callee + "' (or an output d" + Identifiers.Capitalize(argument.Parameter.Name) + " to its [DerivativeOf] method), or wrap the argument in Gradient.Stop(...) if no derivative should flow");

        /// <summary>The problem a call outside the derivative table draws: DIFF011 with the table's reason for a Math member, else what <see cref="CallClassifier"/> says.</summary>
        public static Problem Unsupported(IInvocationOperation call, CallKind kind)
        {
            string shown = Shown(call.TargetMethod);
            if (kind == CallKind.MathMember)
            {
                return new Problem(DiagnosticDescriptors.NoDerivative, call.Syntax.GetLocation(), shown, NoDerivative.ForMathMember(call));
            }

            UnsupportedConstruct reason = CallClassifier.Classify(call, shown);
            return new Problem(reason.Descriptor, call.Syntax.GetLocation(), reason.Construct, reason.Advice);
        }

        /// <summary>
        /// The receiver and arguments of an unsupported call that lowering should still look into, so that the problems
        /// inside them are reported in the same pass (<c>Plain(Math.Round(x, 2))</c> draws both): not a side-effecting
        /// call's receiver (it explains itself), not an object creation, and not the lambdas and LINQ calls that a LINQ
        /// call or a call taking a delegate reports as part of itself.
        /// </summary>
        public static IEnumerable<IOperation> PartsToExamine(IInvocationOperation call, CallKind kind, Problem reported)
        {
            bool mathLibrary = kind == CallKind.MathMember;
            bool whole = !mathLibrary && CallClassifier.ReportedWhole(call.TargetMethod);
            if (call.Instance != null && !mathLibrary && reported.Descriptor != DiagnosticDescriptors.SideEffect && !(call.Instance is IObjectCreationOperation)
                && !(whole && CallClassifier.IsPartOfWhole(call.Instance)))
            {
                yield return call.Instance;
            }

            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (!(whole && CallClassifier.IsPartOfWhole(argument.Value)))
                {
                    yield return argument.Value;
                }
            }
        }

        /// <summary>DIFF014: a <c>void</c> call, made only for its side effects, with what to write instead.</summary>
        public static Problem VoidCall(IInvocationOperation call) =>
            new Problem(DiagnosticDescriptors.SideEffect, call.Syntax.GetLocation(), "The call '" + UnsupportedConstructs.Shorten(call.Syntax) + "'", "is made for its side effects; a differentiable method must be a pure computation, so " + VoidCallAdvice(call));

        /// <summary>What to write instead of a <c>void</c> call: a loop for what one does to array elements, else remove it.</summary>
        private static string VoidCallAdvice(IInvocationOperation call) => (call.TargetMethod.ContainingType?.Name, call.TargetMethod.Name) switch
        {
            ("Array", "Copy" or "ConstrainedCopy") or (_, "CopyTo" or "TryCopyTo") =>
                "copy the elements with a for loop (for (int i = 0; i < n; i++) copy[i] = values[i];), which DiffGen differentiates",
            ("Array", "Fill" or "Clear") or ("Span", "Fill" or "Clear") =>
                "set the elements with a for loop (a new double[n] starts at 0), which DiffGen differentiates",
            ("Array", "Reverse") or ("Span" or "MemoryExtensions", "Reverse") =>
                "read the elements in reverse with a for loop (values[n - 1 - i]), which DiffGen differentiates",
            ("Array", "Sort") or ("Span", "Sort") or ("MemoryExtensions", "Sort") =>
                "sort the data before calling the method (an order found from the values is a choice DiffGen does not differentiate through); for a largest or smallest element, keep a running Math.Max or Math.Min in a loop",
            ("Debug" or "Trace", "Assert") =>
                "remove it (it computes nothing the result reads), or check before calling the method",
            (_, "ThrowIfNull") =>
                "leave it out (the generated members read the array, so a null one throws NullReferenceException there too), or check before calling the method",
            (string exception, string name) when ThrownTest(name, call) is string test =>
                "write the check as a guard, which DiffGen copies into the generated members: if (" + test + ") throw new " + exception + "(" + ParameterName(call) + ");",
            _ => "remove it, or do it before or after calling the method",
        };

        /// <summary>The test a .NET throw helper (<c>ArgumentOutOfRangeException.ThrowIfNegative(x)</c>) makes, in its arguments as written.</summary>
        private static string? ThrownTest(string helper, IInvocationOperation call)
        {
            string Argument(int i) => i < call.Arguments.Length ? UnsupportedConstructs.Shorten(call.Arguments.First(a => a.Parameter?.Ordinal == i).Value.Syntax) : "?";
            return helper switch
            {
                "ThrowIfNegative" => Argument(0) + " < 0",
                "ThrowIfNegativeOrZero" => Argument(0) + " <= 0",
                "ThrowIfZero" => Argument(0) + " == 0",
                "ThrowIfLessThan" => Argument(0) + " < " + Argument(1),
                "ThrowIfLessThanOrEqual" => Argument(0) + " <= " + Argument(1),
                "ThrowIfGreaterThan" => Argument(0) + " > " + Argument(1),
                "ThrowIfGreaterThanOrEqual" => Argument(0) + " >= " + Argument(1),
                "ThrowIfEqual" => Argument(0) + " == " + Argument(1),
                "ThrowIfNotEqual" => Argument(0) + " != " + Argument(1),
                _ => null,
            };
        }

        /// <summary><c>nameof(x)</c> for a throw helper's argument that is a parameter, which is what the helper reports; else nothing.</summary>
        private static string ParameterName(IInvocationOperation call) =>
            call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is IParameterReferenceOperation parameter ? "nameof(" + parameter.Parameter.Name + ")" : string.Empty;

        /// <summary>What a part of an unsupported call passes on: conversions that only pass a value along are looked through (not a cut to an integer).</summary>
        public static IOperation PassedValue(IOperation value)
        {
            while (value is IConversionOperation { OperatorMethod: null } conversion
                && !(conversion.Type != null && RoslynNames.IsInteger(conversion.Type) && conversion.Operand.Type != null && RoslynNames.IsFloatingPoint(conversion.Operand.Type)))
            {
                value = conversion.Operand;
            }

            return value;
        }

        /// <summary>Literals, <c>this</c>, locals, parameters and fields: parts of an unsupported call that raise nothing more.</summary>
        public static bool IsPlainValue(IOperation value) =>
            value is ILiteralOperation or IInstanceReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation;

        /// <summary>A call of a delegate held in a local: the local is reported where it is declared, so the call draws nothing more.</summary>
        public static bool IsCallOfLocalDelegate(IInvocationOperation call) =>
            call.TargetMethod.MethodKind == MethodKind.DelegateInvoke && call.Instance is ILocalReferenceOperation;

        /// <summary>A non-floating-point argument as generated code writes it: a constant, a parameter, or a field of this object.</summary>
        public static string? DataCode(IOperation value)
        {
            if (value.ConstantValue.HasValue)
            {
                return value.ConstantValue.Value switch
                {
                    bool b => b ? "true" : "false",
                    int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L",
                    _ => null,
                };
            }

            switch (value)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    return DataCode(conversion.Operand);
                case IParameterReferenceOperation parameter:
                    return RoslynNames.Identifier(parameter.Parameter.Name);
                case IFieldReferenceOperation { Instance: IInstanceReferenceOperation or null } field:
                    // base.Flag where the source wrote it: a field hidden by one of this type is another field.
                    return field.Field.IsStatic ? CallLowering.StaticPrefix(field.Field.ContainingType) + RoslynNames.Identifier(field.Field.Name)
                        : (field.Instance is IInstanceReferenceOperation self ? ThisOrBase(self) : "this") + "." + RoslynNames.Identifier(field.Field.Name);
                default:
                    return null;
            }
        }
    }

    /// <summary>What a call is, for lowering.</summary>
    internal enum CallKind
    {
        /// <summary><c>Gradient.Stop(u)</c>.</summary>
        Stop,

        /// <summary>A numeric function of <c>Math</c>, <c>MathF</c>, <c>double</c> or <c>float</c>: in the table or DIFF011 with its reason.</summary>
        MathMember,

        /// <summary>Another member of those types (<c>double.Parse</c>): classified like any other method.</summary>
        OtherMathOwnerMember,

        /// <summary>Any other method: known derivative (<c>[Differentiable]</c>, <c>[DerivativeOf]</c>) or classified.</summary>
        Method,
    }
}
