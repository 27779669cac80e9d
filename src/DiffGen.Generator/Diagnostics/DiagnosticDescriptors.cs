using DiffGen.Generator.Common;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic DiffGen reports, in one place. Ids are never reused; each has a page at
    /// <c>docs/diagnostics/&lt;id&gt;.md</c> that its help link names, and an entry in
    /// AnalyzerReleases.Unshipped.md (or Shipped.md once released).
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public const string ContainingTypeNotPartialId = "DIFF001";
        public const string UnsupportedReturnTypeId = "DIFF002";
        public const string UnknownParameterId = "DIFF003";
        public const string ParameterNotFloatingPointId = "DIFF004";
        public const string NothingToDifferentiateId = "DIFF005";
        public const string UnsupportedSignatureId = "DIFF006";
        public const string GeneratedNameCollisionId = "DIFF007";
        public const string UnsupportedConstructId = "DIFF010";
        public const string NoDerivativeId = "DIFF011";
        public const string PiecewiseConstantId = "DIFF012";
        public const string CutsDerivativeId = "DIFF013";
        public const string SideEffectId = "DIFF014";
        public const string NotSupportedYetId = "DIFF015";
        public const string NoDerivativeForArgumentId = "DIFF016";
        public const string StopOfIntegerId = "DIFF017";
        public const string DerivativeTargetNotFoundId = "DIFF020";
        public const string InvalidDerivativeSignatureId = "DIFF021";
        public const string InvalidIntegrationVariableId = "DIFF030";
        public const string NoIntegrationVariableId = "DIFF031";
        public const string TooManyIntegrationVariablesId = "DIFF032";
        public const string IntegrandCannotHoldParameterId = "DIFF033";
        public const string UnsupportedIntegrandReturnTypeId = "DIFF034";
        public const string UnsupportedIntegrableSignatureId = "DIFF035";
        public const string NoClosedFormId = "DIFF036";
        public const string InternalErrorId = "DIFF900";

        private const string UsageCategory = "DiffGen.Usage";
        private const string DifferentiationCategory = "DiffGen.Differentiation";
        private const string IntegrationCategory = "DiffGen.Integration";
        private const string HelpLinkBase = BuildInfo.RepositoryUrl + "/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
            ContainingTypeNotPartialId,
            "The type containing a [Differentiable] or [Integrable] method must be partial",
            "'{0}' must be declared partial so DiffGen can add the {2} of '{1}' to it",
            UsageCategory,
            "The generated members (derivatives, integrals) are added to the type that declares the method, and to every type enclosing it, so each of them must be declared 'partial'.");

        public static readonly DiagnosticDescriptor UnsupportedReturnType = Create(
            UnsupportedReturnTypeId,
            "A [Differentiable] method must return double or float",
            "'{0}' returns '{1}'; a [Differentiable] method must return double or float",
            UsageCategory,
            "DiffGen differentiates scalar functions: the method must return a double or a float.");

        public static readonly DiagnosticDescriptor UnknownParameter = Create(
            UnknownParameterId,
            "[Differentiable] names a parameter the method does not have",
            "'{0}' is not a parameter of '{1}'; name one of its parameters: {2}",
            UsageCategory,
            "Every name passed to [Differentiable(...)] must be the name of a parameter of the method.");

        public static readonly DiagnosticDescriptor ParameterNotFloatingPoint = Create(
            ParameterNotFloatingPointId,
            "Only double and float parameters can be differentiated",
            "Parameter '{0}' of '{1}' has type '{2}' and cannot be differentiated; differentiate only double or float parameters",
            UsageCategory,
            "A derivative is taken with respect to a continuous quantity; integer parameters are data (sizes, indices) and stay constant.");

        public static readonly DiagnosticDescriptor NothingToDifferentiate = Create(
            NothingToDifferentiateId,
            "A [Differentiable] method needs a parameter to differentiate",
            "'{0}' has no double or float parameter to differentiate with respect to",
            UsageCategory,
            "Add a double or float parameter, or remove [Differentiable].");

        public static readonly DiagnosticDescriptor UnsupportedSignature = Create(
            UnsupportedSignatureId,
            "This method signature cannot be differentiated",
            "'{0}' cannot be differentiated: {1}",
            UsageCategory,
            "DiffGen differentiates ordinary methods with a body whose parameters are passed by value: no ref/out/in parameters, no generic or async methods, no abstract, extern or body-less partial methods.");

        public static readonly DiagnosticDescriptor GeneratedNameCollision = Create(
            GeneratedNameCollisionId,
            "A generated member name is already taken",
            "DiffGen would generate '{0}' for '{1}', but {2}; {3}",
            UsageCategory,
            "The generated members are named after the method and its parameters (MPartialP, MGradient with outputs dP); a member or parameter of that name already exists.");

        public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
            UnsupportedConstructId,
            "This construct cannot be differentiated",
            "{0} cannot be differentiated here: {1}",
            DifferentiationCategory,
            "DiffGen reads the method's body and differentiates each construct it finds; the construct reported is one it does not handle. The message says why and what to write instead.");

        public static readonly DiagnosticDescriptor NoDerivative = Create(
            NoDerivativeId,
            "The called method has no known derivative",
            "The call to '{0}' cannot be differentiated: {1}",
            DifferentiationCategory,
            "DiffGen knows the derivatives of the System.Math and System.MathF functions listed in docs/supported.md; any other call has no derivative it can use.");

        public static readonly DiagnosticDescriptor PiecewiseConstant = Create(
            PiecewiseConstantId,
            "A piecewise function passes no useful derivative",
            "{0} {1}; if that is what you want, wrap it in Gradient.Stop(...) to say so",
            DifferentiationCategory,
            "Floor, Ceiling, Round, Truncate and Sign are constant between their jumps, so their derivative is zero wherever it exists and undefined at the jumps: gradient descent learns nothing through them. The remainder % is linear between jumps. DiffGen differentiates them with that convention and warns; Gradient.Stop(...) marks a deliberate use.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CutsDerivative = Create(
            CutsDerivativeId,
            "This operation cuts the derivative",
            "{0} cuts the derivative: {1}",
            DifferentiationCategory,
            "Converting a differentiated value to an integer, applying bitwise or shift operators, or using a comparison as a value turns a continuous quantity into a discrete one, which has no derivative.");

        public static readonly DiagnosticDescriptor SideEffect = Create(
            SideEffectId,
            "A differentiable method must be a pure computation",
            "{0} {1}",
            DifferentiationCategory,
            "A derivative describes how a result changes with the inputs; a write to state the caller owns, randomness, the clock, input/output or text parsing and formatting make the method something else than a function of its parameters.");

        public static readonly DiagnosticDescriptor NotSupportedYet = Create(
            NotSupportedYetId,
            "This construct is not supported yet",
            "{0} is not supported yet: {1}",
            DifferentiationCategory,
            "DiffGen will handle this construct in a later version but does not yet: switch, and in a method with loops or arrays a return before its last statement, a call of another [Differentiable] method or a bool local. The message says what to write for now.");

        public static readonly DiagnosticDescriptor NoDerivativeForArgument = Create(
            NoDerivativeForArgumentId,
            "An argument depends on a differentiated parameter the callee does not differentiate",
            "{0} {1}",
            DifferentiationCategory,
            "A call passes the derivative of each argument through the callee's own derivative. When the callee is not differentiated with respect to the parameter an argument goes to, the chain rule cannot pass through it.");

        public static readonly DiagnosticDescriptor StopOfInteger = Create(
            StopOfIntegerId,
            "Gradient.Stop of an integer computes in float",
            "Gradient.Stop({0}) takes a '{1}', so C# calls its float overload and this double method computes with a float (7 digits); write Gradient.Stop({2}) to keep a double",
            DifferentiationCategory,
            "Gradient.Stop has a double and a float overload. An integer argument converts to both, and C# picks the narrower, float: Gradient.Stop(10) / 3 is 3.3333333 in float, not 3.3333333333333335. The derivative is unaffected (the value is a constant either way), but the method's value loses precision without a word.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DerivativeTargetNotFound = Create(
            DerivativeTargetNotFoundId,
            "[DerivativeOf] does not name one method",
            "'{0}' cannot be a custom derivative: {1}",
            UsageCategory,
            "[DerivativeOf(nameof(F))] names a method of the same type, [DerivativeOf(typeof(T), nameof(T.F))] a method of T; overloads are told apart by the derivative's leading parameters.");

        public static readonly DiagnosticDescriptor InvalidDerivativeSignature = Create(
            InvalidDerivativeSignatureId,
            "A custom derivative has the wrong shape",
            "'{0}' cannot be a custom derivative: {1}",
            UsageCategory,
            "A custom derivative of R F(T1 p1, ..., Tn pn) takes p1 ... pn in order, then 'out R dP' for each floating-point parameter it differentiates in the original order, and returns F's value: the shape of a generated FGradient.");

        public static readonly DiagnosticDescriptor InvalidIntegrationVariable = Create(
            InvalidIntegrationVariableId,
            "[Integrable] must name a double or float parameter",
            "'{0}' cannot be the variable of integration of '{1}': {2}",
            UsageCategory,
            "Every name passed to [Integrable(...)] must be a double or float parameter of the method: the variable the integral runs over. The other parameters, of any type, are passed to the method unchanged.");

        public static readonly DiagnosticDescriptor NoIntegrationVariable = Create(
            NoIntegrationVariableId,
            "[Integrable] without names needs exactly one double or float parameter",
            "'{0}' {1}",
            UsageCategory,
            "A bare [Integrable] integrates over the method's one double or float parameter. With none there is nothing to integrate over; with several, name the variable: [Integrable(\"t\")], or two for an integral over a rectangle.");

        public static readonly DiagnosticDescriptor TooManyIntegrationVariables = Create(
            TooManyIntegrationVariablesId,
            "[Integrable] takes one or two distinct variables",
            "[Integrable] on '{0}' {1}",
            UsageCategory,
            "DiffGen integrates over an interval (one variable) or over a rectangle (two, the first inner and the second outer). A third dimension is an integral over the generated MIntegral, written as another [Integrable] method.");

        public static readonly DiagnosticDescriptor IntegrandCannotHoldParameter = Create(
            IntegrandCannotHoldParameterId,
            "The generated integrand cannot hold this parameter",
            "Parameter '{0}' of '{1}' {2}",
            UsageCategory,
            "The generated MIntegral keeps the method's other parameters in a private struct that the quadrature calls the method through, many times, with no allocation. A struct field cannot hold a reference (ref, out, in) or a ref struct such as Span<T>; pass the value, or an array, instead.");

        public static readonly DiagnosticDescriptor UnsupportedIntegrandReturnType = Create(
            UnsupportedIntegrandReturnTypeId,
            "An [Integrable] method must return double or float, the type of its variables",
            "'{0}' {1}",
            UsageCategory,
            "The integral of a method is a number of the type the method returns: double or float, the same type as its variables of integration, so that the bounds, the value and the error estimate share one precision.");

        public static readonly DiagnosticDescriptor UnsupportedIntegrableSignature = Create(
            UnsupportedIntegrableSignatureId,
            "This method cannot carry a generated integral",
            "No integral can be generated for '{0}': {1}",
            UsageCategory,
            "DiffGen adds MIntegral beside the method in its partial type. That needs a non-generic method of a class, struct or record that generated code in another file can extend, and, for an instance method, a type the integrand struct can hold (not a ref struct).");

        public static readonly DiagnosticDescriptor NoClosedForm = Create(
            NoClosedFormId,
            "No closed-form antiderivative is generated for this [Integrable] method",
            "No {0}Antiderivative is generated: {1}; {0}Integral integrates {0} by quadrature",
            IntegrationCategory,
            "DiffGen looks for a closed-form antiderivative of a loop-free method of one variable that computes one formula, with its table of integration rules, and emits MAntiderivative only for a candidate whose derivative it has checked to be the method. Where none is found (loops, branches, calls of other methods, or an integrand no rule applies to, such as exp(−x²), which has no elementary antiderivative) this message says why. Nothing is wrong: MIntegral is generated either way.",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor InternalError = Create(
            InternalErrorId,
            "DiffGen failed while generating the members of a method",
            "DiffGen failed while generating the members of '{0}' and generated nothing for it: {1} Please report this with the method's source.",
            DifferentiationCategory,
            "An unexpected error inside DiffGen. Only this method is affected; every other method is still generated.");

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, string description, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md");
    }
}
