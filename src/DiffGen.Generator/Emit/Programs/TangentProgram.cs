using System.Collections.Generic;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    // The tangent program of MPartialP: the method's own statements with, beside each one that changes a value carrying a
    // derivative, a statement that changes that derivative, its expression a DAG node. Built once per partial by
    // TangentTransformation; PartialWriter prints it as code and ProgramFormulas prints the same nodes as the doc
    // comment's rules, so the two cannot disagree.

    /// <summary>A statement of the tangent program.</summary>
    internal abstract record TangentStep;

    /// <summary>The method's own statement, run as written (a declaration, an assignment, an integer step, <c>break</c>).</summary>
    internal sealed record AsWritten(Statement Statement) : TangentStep;

    /// <summary>How a derivative statement changes its target: <c>dV = t</c> (declaring it or not), <c>dV += t</c> or <c>dV -= t</c>.</summary>
    internal enum TangentChange
    {
        Declare,
        Assign,
        Add,
        Subtract,
    }

    /// <summary>
    /// <c>dV = t</c>, <c>dV += t</c>, ...: the derivative of the scalar <see cref="Variable"/> after <see cref="Source"/>.
    /// <see cref="Shown"/> says whether the doc comment gives it a rule (the statement reads a value that carries a derivative).
    /// </summary>
    internal sealed record ScalarTangent(Statement Source, string Variable, Expr Tangent, TangentChange Change, bool Shown) : TangentStep;

    /// <summary>
    /// <c>v = e</c> (<c>v += e</c>, <c>v -= e</c>: <see cref="Change"/>) and <c>dV</c> when the derivative reads again costly
    /// calls e makes (<see cref="KeptCalls"/>): each call computed once into a local in the arm of e's choice that makes
    /// it, then v from them, then dV reading them; when e reads v (<see cref="ReadsItself"/>) the arms compute only the
    /// calls, and v is assigned after dV. <see cref="Value"/> is e as a DAG node, <see cref="Tangent"/> dV's change.
    /// </summary>
    internal sealed record KeptTangent(Statement Source, string Variable, KeptCalls Kept, Expr Value, Expr Tangent, TangentChange Change, bool ReadsItself, bool Shown) : TangentStep;

    /// <summary><c>dA[i] = t</c> (or <c>+=</c>, <c>-=</c>): the derivative of an element the source writes.</summary>
    internal sealed record ElementTangent(AssignElement Source, Expr Tangent, TangentChange Change, bool Shown) : TangentStep;

    /// <summary>
    /// The derivative array beside a local array: <c>dA = new double[n]</c>, or, for an array given its elements,
    /// <c>dA = { t0, t1, ... }</c> (<see cref="Elements"/>, with whether each element's rule is shown).
    /// </summary>
    internal sealed record ArrayTangent(DeclareArray Source, IReadOnlyList<(Expr Tangent, bool Shown)> Elements) : TangentStep;

    /// <summary>
    /// <c>v = f(a, w)</c> through f's gradient: the value and ∂f/∂a, ∂f/∂w[k] in one call, then
    /// <c>dV = Σ ∂f/∂a·dA + Σₖ ∂f/∂w[k]·dW[k]</c> (<see cref="Tangent"/> holds the scalar arguments' terms).
    /// <see cref="Outputs"/> names the local receiving each derivative, argument by argument, and says for an array
    /// argument whether the array carries a derivative (its terms are then added).
    /// </summary>
    internal sealed record CallTangent(DeclareScalar Source, CallValue Call, IReadOnlyList<CallOutput> Outputs, Expr Tangent) : TangentStep;

    /// <summary>The local receiving ∂f/∂(argument) from a callee's gradient; <see cref="Carried"/>: the argument is an array that carries a derivative.</summary>
    internal sealed record CallOutput(string Output, CallArgument Argument, bool Carried);

    internal sealed record BranchTangent(IfStatement Source, IReadOnlyList<TangentStep> Then, IReadOnlyList<TangentStep> Else) : TangentStep;

    internal sealed record LoopTangent(Loop Source, IReadOnlyList<TangentStep> Body) : TangentStep;

    /// <summary><c>return t</c>: the partial returns the derivative of the value the method returns.</summary>
    internal sealed record ReturnTangent(Return Source, Expr Tangent, bool Shown) : TangentStep;
}
