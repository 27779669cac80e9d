using DiffGen.Generator.Emit;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator
{
    /// <summary>An unexpected failure on one method, reported on that method as DIFF900.</summary>
    internal sealed record InternalError(string MethodName, string Message, LocationInfo Location);

    /// <summary>The lowering step's output: a method ready to differentiate, or an internal error.</summary>
    internal sealed record LoweringStep(LoweredMethod? Method, InternalError? Error);

    /// <summary>A lowered method's key (empty when it was not lowered) and the keys of the [Differentiable] methods whose generated members it calls.</summary>
    internal sealed record CalleeNeeds(string Key, DiffGen.Generator.Common.EquatableArray<string> Requires);

    /// <summary>The emission step's output: the generated file, or an internal error.</summary>
    internal sealed record EmissionStep(GeneratedSource? Source, InternalError? Error);
}
