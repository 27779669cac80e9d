using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// Members only some callers may use without a diagnostic: <c>[Obsolete]</c> (CS0612, CS0618 or its own id) and
    /// <c>[Experimental]</c> (its id). The generated members call and read what the method does, in a file of their own: where
    /// the method's source uses such a member and the build accepts it (a <c>#pragma warning disable</c> beside the call, or
    /// the method itself obsolete or experimental, whose attributes the members carry), the generated file accepts the same
    /// ids (<see cref="AcceptedBy"/>). A custom derivative the method never calls itself is another matter
    /// (<see cref="Restriction"/>).
    /// </summary>
    internal static class RestrictedMembers
    {
        public const string Obsolete = "System.ObsoleteAttribute";

        public const string Experimental = "System.Diagnostics.CodeAnalysis.ExperimentalAttribute";

        /// <summary>The diagnostic ids the method's body accepts by using obsolete or experimental members, sorted; those of <c>[Obsolete(error: true)]</c> cannot be suppressed and are left out.</summary>
        public static EquatableArray<string> AcceptedBy(IOperation? body)
        {
            var ids = new SortedSet<string>(System.StringComparer.Ordinal);
            if (body == null)
            {
                return EquatableArray<string>.Empty;
            }

            foreach (IOperation operation in body.Descendants())
            {
                ISymbol? used = operation switch
                {
                    IInvocationOperation call => call.TargetMethod,
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation property => property.Property,
                    IMethodReferenceOperation method => method.Method,
                    IObjectCreationOperation creation => creation.Constructor,
                    _ => null,
                };
                for (ISymbol? symbol = used; symbol != null; symbol = symbol.ContainingType)
                {
                    foreach (AttributeData attribute in symbol.GetAttributes())
                    {
                        ids.UnionWith(IdsOf(attribute));
                    }
                }
            }

            return ids.ToEquatableArray();
        }

        /// <summary>
        /// The attribute, as C# writes it, that makes <paramref name="derivative"/> a member only an obsolete or experimental
        /// caller may use, when <paramref name="caller"/> (and the types around it) is not one; null when the generated members may call it.
        /// </summary>
        public static string? Restriction(IMethodSymbol derivative, IMethodSymbol caller)
        {
            foreach (AttributeData attribute in derivative.GetAttributes())
            {
                string? name = attribute.AttributeClass?.ToDisplayString();
                if (name == Obsolete && !InContext(caller, a => a.AttributeClass?.ToDisplayString() == name))
                {
                    return "[Obsolete]";
                }

                if (name == Experimental)
                {
                    string? id = attribute.ConstructorArguments.FirstOrDefault().Value as string;
                    if (!InContext(caller, a => a.AttributeClass?.ToDisplayString() == name && (a.ConstructorArguments.FirstOrDefault().Value as string) == id))
                    {
                        return "[Experimental(\"" + id + "\")]";
                    }
                }
            }

            return null;
        }

        private static bool InContext(ISymbol caller, System.Func<AttributeData, bool> matches)
        {
            for (ISymbol? symbol = caller; symbol != null; symbol = symbol.ContainingType)
            {
                if (symbol.GetAttributes().Any(matches))
                {
                    return true;
                }
            }

            return caller.ContainingAssembly?.GetAttributes().Any(matches) == true || caller.ContainingModule?.GetAttributes().Any(matches) == true;
        }

        private static IEnumerable<string> IdsOf(AttributeData attribute)
        {
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case Obsolete:
                    if (attribute.ConstructorArguments.Length > 1 && attribute.ConstructorArguments[1].Value is true)
                    {
                        yield break;
                    }

                    if (attribute.NamedArguments.FirstOrDefault(a => a.Key == "DiagnosticId").Value.Value is string own)
                    {
                        yield return own;
                        yield break;
                    }

                    yield return "CS0612";
                    yield return "CS0618";
                    break;
                case Experimental:
                    if (attribute.ConstructorArguments.FirstOrDefault().Value is string id)
                    {
                        yield return id;
                    }

                    break;
            }
        }
    }
}
