using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// The generated members of a method that hide a base type's generated members: a <c>[Differentiable]</c>
    /// method declared <c>new</c> over a base's <c>[Differentiable]</c> method with the same parameters gets
    /// <c>MPartialP</c> for each parameter both differentiate, and <c>MGradient</c> when both differentiate the
    /// same ones; without <c>new</c> each is warning CS0108 (an error under TreatWarningsAsErrors). The base's
    /// generated members are not visible to the generator (it does not see its own output), so they are
    /// inferred from the base method's attribute as the generator would emit them.
    /// </summary>
    internal static class HiddenMembers
    {
        public static EquatableArray<string> Of(IMethodSymbol method, IReadOnlyList<ParameterModel> parameters)
        {
            var ours = new HashSet<string>(parameters.Where(p => p.IsDifferentiated).Select(p => p.Name), System.StringComparer.Ordinal);
            var hidden = new List<string>();
            for (INamedTypeSymbol? type = method.ContainingType.BaseType; type != null; type = type.BaseType)
            {
                foreach (IMethodSymbol other in type.GetMembers(method.Name).OfType<IMethodSymbol>())
                {
                    if (other.DeclaredAccessibility == Accessibility.Private || !SameParameters(method, other)
                        || !(DifferentiableMethods.DifferentiableAttribute(other) is AttributeData attribute))
                    {
                        continue;
                    }

                    HashSet<string> theirs = Differentiated(other, attribute);
                    hidden.AddRange(parameters.Where(p => p.IsDifferentiated && !p.IsArray && theirs.Contains(p.Name)).Select(p => GeneratedNames.Partial(method.Name, p.Name)));
                    if (theirs.SetEquals(ours))
                    {
                        hidden.Add(GeneratedNames.Gradient(method.Name));
                    }
                }
            }

            return hidden.Distinct().ToEquatableArray();
        }

        private static bool SameParameters(IMethodSymbol method, IMethodSymbol other) =>
            method.Parameters.Length == other.Parameters.Length
            && method.Parameters.Zip(other.Parameters, (a, b) => a.RefKind == b.RefKind && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same);

        /// <summary>The parameters the attribute names, or, when it names none, every floating-point one (scalar or array).</summary>
        private static HashSet<string> Differentiated(IMethodSymbol method, AttributeData attribute)
        {
            TypedConstant argument = attribute.ConstructorArguments.Length == 0 ? default : attribute.ConstructorArguments[0];
            IEnumerable<string> named = argument.Kind == TypedConstantKind.Array && !argument.IsNull
                ? argument.Values.Select(v => v.Value).OfType<string>()
                : argument.Value is string one ? new[] { one } : Enumerable.Empty<string>();
            var names = new HashSet<string>(named.Select(RoslynNames.Identifier), System.StringComparer.Ordinal);
            if (names.Count == 0)
            {
                names.UnionWith(method.Parameters.Where(p => RoslynNames.IsFloatingPoint(p.Type) || RoslynNames.FloatingElementType(p.Type) != null).Select(p => RoslynNames.Identifier(p.Name)));
            }

            return names;
        }
    }
}
