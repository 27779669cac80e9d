using DiffGen.Generator.Common;

namespace DiffGen.Generator.Ir
{
    // What the [Integrable] pipeline knows of a method: plain, equatable data with no Roslyn types,
    // so it caches by value and Emit can write the integral without knowing Roslyn.

    /// <summary>
    /// A parameter of an <c>[Integrable]</c> method: its C# name (escaped if a keyword), its type as
    /// compilable C# (<c>double</c>, <c>global::System.Collections.Generic.List&lt;int&gt;</c>), and whether
    /// it is a variable of integration.
    /// </summary>
    internal sealed record IntegralParameter(string Name, string TypeName, bool IsVariable);

    /// <summary>
    /// An <c>[Integrable]</c> method whose signature can carry a generated <c>MIntegral</c>.
    /// <see cref="Variables"/> are indices into <see cref="Parameters"/>, inner first (one or two);
    /// <see cref="QualifiedContainingType"/> is the <c>global::</c> name that calls a static method;
    /// <see cref="IntegrandName"/> names the private struct that holds the other parameters
    /// (and, in <see cref="OwnerField"/>, the instance for an instance method); <see cref="Cref"/> is how
    /// doc comments link to the method (with its parameter types only when it is overloaded).
    /// <see cref="Integrand"/> is the body lowered as a formula (one variable, no loops), for the search for a
    /// closed-form antiderivative; else <see cref="NoClosedForm"/> may say why there is none to look for.
    /// <see cref="NullableDirectives"/> is false where the file's language version has no <c>#nullable</c> (C# 7.3).
    /// </summary>
    internal sealed record IntegrableMethod(
        string? Namespace,
        EquatableArray<ContainingType> ContainingTypes,
        string QualifiedContainingType,
        string Name,
        string Accessibility,
        bool IsStatic,
        NumericType Type,
        EquatableArray<IntegralParameter> Parameters,
        EquatableArray<int> Variables,
        string IntegrandName,
        string OwnerField,
        string Cref,
        LocationInfo Location,
        LoweredMethod? Integrand = null,
        string? NoClosedForm = null,
        EquatableArray<string> Attributes = default,
        bool NullableDirectives = true);
}
