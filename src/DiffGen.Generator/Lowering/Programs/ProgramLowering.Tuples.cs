using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Deconstruction of a tuple written in place: <c>(x, v) = (x + v * dt, v - k * x * dt);</c> and
    /// <c>var (px, py) = (r * Math.Cos(phi), r * Math.Sin(phi));</c>. As C# does, every value on the right is computed
    /// before any variable on the left is assigned; a value that reads a variable assigned before it in the tuple is
    /// computed into a local of its own first (<c>double nextV = v - k * x * dt;</c>), the others are assigned directly.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>One element of a deconstruction: where it goes, the local it declares (if any), and its value's operation.</summary>
        private sealed record TupleElement(IOperation Target, ILocalSymbol? Declared, IOperation Value, bool IsInteger, string Name);

        /// <summary>Lowers a deconstruction of a tuple literal into plain assignments; false (nothing lowered) for any other shape.</summary>
        private bool LowerDeconstruction(IDeconstructionAssignmentOperation deconstruction, List<Statement> into)
        {
            if (TupleElements(deconstruction) is not List<TupleElement> elements)
            {
                return false;
            }

            // Every value first, in order, as C# computes them.
            var values = new List<(Value? Scalar, Integer? Whole)>();
            foreach (TupleElement element in elements)
            {
                values.Add(element.IsInteger ? (null, LowerInteger(element.Value)) : (ValueOf(element.Value), null));
            }

            var targets = elements.Select(e => e.Declared == null ? TargetName(e.Target) : null).ToList();
            var statements = new List<Statement>();
            for (int k = 0; k < elements.Count; k++)
            {
                (Value? scalar, Integer? whole) = values[k];
                IEnumerable<string> reads = scalar != null ? ProgramFacts.Reads(scalar) : ProgramFacts.Reads(whole!);
                var earlier = new HashSet<string>(targets.Take(k).Where(t => t != null)!, System.StringComparer.Ordinal);
                if (!reads.Any(earlier.Contains))
                {
                    continue;
                }

                // It reads a variable an earlier element assigns: computed before any assignment, as C# does.
                string held = Fresh(elements[k].IsInteger ? VariableKind.Integer : VariableKind.Scalar, "next" + Identifiers.Capitalize(elements[k].Name));
                into.Add(elements[k].IsInteger ? new DeclareInteger(held, whole!) : new DeclareScalar(held, scalar!));
                values[k] = elements[k].IsInteger ? (null, new IntegerRead(held)) : (new Read(held), null);
            }

            for (int k = 0; k < elements.Count; k++)
            {
                TupleElement element = elements[k];
                (Value? scalar, Integer? whole) = values[k];
                if (element.Declared is ILocalSymbol local)
                {
                    string name = Declare(local, element.IsInteger ? VariableKind.Integer : VariableKind.Scalar);
                    into.Add(element.IsInteger ? new DeclareInteger(name, whole!, RoslynNames.Keyword(local.Type)) : new DeclareScalar(name, scalar!));
                }
                else
                {
                    Assign(element.Target, element.Target, _ => scalar!, _ => whole!, into, compound: false);
                }
            }

            return true;
        }

        /// <summary>The variable an element assigns, by its name in the program; null where it is not a plain local or parameter.</summary>
        private string? TargetName(IOperation target) => target switch
        {
            ILocalReferenceOperation l when names.TryGetValue(l.Local, out string? name) => name,
            IParameterReferenceOperation p when names.TryGetValue(p.Parameter, out string? name) => name,
            _ => null,
        };

        /// <summary>A value of the tuple, converted as the element's type requires (an int written for a double is its value).</summary>
        private Value ValueOf(IOperation value) =>
            value.Type != null && RoslynNames.IsInteger(value.Type) && !value.ConstantValue.HasValue ? IntegerAsValue(value) : LowerValue(value);

        /// <summary>
        /// The elements of <c>(a, b) = (e1, e2)</c>, <c>var (a, b) = (e1, e2)</c> or <c>(double a, double b) = (e1, e2)</c>: a flat
        /// tuple of floating-point or integer locals and parameters (declared there or not), as many as the tuple literal on
        /// the right holds. Null for anything else (a tuple from a call, nesting, a discard, an element of an array).
        /// </summary>
        private List<TupleElement>? TupleElements(IDeconstructionAssignmentOperation deconstruction)
        {
            IOperation target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
            IOperation value = WithoutConversions(deconstruction.Value);

            if (!(target is ITupleOperation left) || !(value is ITupleOperation right) || left.Elements.Length != right.Elements.Length)
            {
                return null;
            }

            var elements = new List<TupleElement>();
            for (int k = 0; k < left.Elements.Length; k++)
            {
                IOperation element = left.Elements[k] is IDeclarationExpressionOperation declared ? declared.Expression : left.Elements[k];
                ITypeSymbol? type = element.Type;
                // A floating-point element of the method's own type (a double local in a float method is reported as a declaration is).
                if (type == null || !(RoslynNames.IsInteger(type) || SymbolEqualityComparer.Default.Equals(type, method.ReturnType)))
                {
                    return null;
                }

                switch (element)
                {
                    case ILocalReferenceOperation { IsDeclaration: true } local:
                        elements.Add(new TupleElement(element, local.Local, right.Elements[k], RoslynNames.IsInteger(type), local.Local.Name));
                        break;
                    case ILocalReferenceOperation local:
                        elements.Add(new TupleElement(element, null, right.Elements[k], RoslynNames.IsInteger(type), local.Local.Name));
                        break;
                    case IParameterReferenceOperation parameter:
                        elements.Add(new TupleElement(element, null, right.Elements[k], RoslynNames.IsInteger(type), parameter.Parameter.Name));
                        break;
                    default:
                        return null;
                }
            }

            return elements;
        }
    }
}
