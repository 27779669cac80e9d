using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// <c>bool</c> locals in a method with loops or arrays that hold one test for their whole life
    /// (<c>bool inside = r2 &lt; 1;</c>, then <c>if (inside) …</c>): each read of the local is that test, as the source
    /// would read if it wrote the test there. (A loop-free body follows conditions through its locals instead.)
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>The test each such local holds, lowered where the local is declared.</summary>
        private readonly Dictionary<ILocalSymbol, Test> heldTests = new Dictionary<ILocalSymbol, Test>(SymbolEqualityComparer.Default);

        /// <summary>
        /// Whether the bool local holds one test for its whole life: declared with it, never assigned again, and the test
        /// reads only what keeps its value wherever the local is read: locals and parameters the body never assigns, or
        /// assigns only in the step of a <c>for</c> loop whose body the local lives in (its counter); fields, constants,
        /// <c>Math</c> functions and elements of parameter arrays (a method cannot write those); no element of a local
        /// array, which a later write may change, and no call of a method of the user.
        /// </summary>
        private bool HoldsOneTest(IVariableDeclaratorOperation declarator, IOperation initializer)
        {
            bool Unchanged(ISymbol symbol) =>
                !assignments.TryGetValue(symbol, out List<IOperation>? where) || where.All(a => IsStepOfLoopAround(a, declarator));

            return !assignments.ContainsKey(declarator.Symbol) && initializer.DescendantsAndSelf().All(o => o switch
            {
                ILocalReferenceOperation read => !read.Local.IsRef && Unchanged(read.Local),
                IParameterReferenceOperation read => read.Parameter.RefKind == RefKind.None && Unchanged(read.Parameter),
                IArrayElementReferenceOperation element => element.ArrayReference is IParameterReferenceOperation,
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance is IParameterReferenceOperation,
                IInvocationOperation call => call.TargetMethod.ContainingType?.ToDisplayString() is "System.Math" or "System.MathF",
                _ => true,
            });
        }

        /// <summary>Whether the assignment is the step of a <c>for</c> loop (<c>i++</c>) whose body holds the declaration.</summary>
        private static bool IsStepOfLoopAround(IOperation assignment, IOperation declarator)
        {
            for (IOperation? loop = assignment.Parent; loop != null; loop = loop.Parent)
            {
                if (loop is IForLoopOperation forLoop && forLoop.AtLoopBottom.Any(step => step.DescendantsAndSelf().Contains(assignment)))
                {
                    return forLoop.Body.DescendantsAndSelf().Contains(declarator);
                }
            }

            return false;
        }
    }
}
