using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// User-supplied derivatives: methods marked <c>[DerivativeOf]</c>. Finds the one for a called
    /// method and checks a declaration's shape: the original's parameters in order, then
    /// <c>out R dP</c> for the parameters it differentiates (in the original order), returning the value.
    /// </summary>
    internal static class CustomDerivatives
    {
        public const string AttributeName = "DiffGen.DerivativeOfAttribute";

        /// <summary>A valid custom derivative of <paramref name="original"/>, looked for where the contract says: the original's type, and the caller's type and enclosing types.</summary>
        public static IMethodSymbol? Find(IMethodSymbol original, IMethodSymbol caller)
        {
            foreach (INamedTypeSymbol type in Places(original, caller))
            {
                foreach (IMethodSymbol candidate in type.GetMembers().OfType<IMethodSymbol>())
                {
                    if (AttributeOf(candidate) is AttributeData attribute
                        && Check(candidate, attribute).Target is IMethodSymbol target
                        && SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, original.OriginalDefinition))
                    {
                        return InConstructedType(candidate, original);
                    }
                }
            }

            return null;
        }

        /// <summary>Where the derivatives of <paramref name="original"/> are looked for from <paramref name="member"/>: the original's type, then the member's type and its enclosing types.</summary>
        private static List<INamedTypeSymbol> Places(IMethodSymbol original, IMethodSymbol member)
        {
            var places = new List<INamedTypeSymbol>();
            if (original.ContainingType != null)
            {
                places.Add(original.ContainingType.OriginalDefinition);
            }

            for (INamedTypeSymbol? type = member.ContainingType; type != null; type = type.ContainingType)
            {
                if (!places.Contains(type.OriginalDefinition, SymbolEqualityComparer.Default))
                {
                    places.Add(type.OriginalDefinition);
                }
            }

            return places;
        }

        /// <summary>
        /// Other valid custom derivatives of <paramref name="original"/> that a caller beside <paramref name="derivative"/> would
        /// find too (in the original's type, the derivative's type and its enclosing types, where <see cref="Find"/> looks): a
        /// call would take one of them silently, by the order of the search.
        /// </summary>
        public static IEnumerable<IMethodSymbol> Rivals(IMethodSymbol derivative, IMethodSymbol original)
        {
            return Places(original, derivative).SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
                .Where(candidate => !SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, derivative.OriginalDefinition)
                    && AttributeOf(candidate) is AttributeData attribute
                    && Check(candidate, attribute).Target is IMethodSymbol target
                    && SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, original.OriginalDefinition))
                .ToList();
        }

        /// <summary>
        /// The derivative as a member of the original's type as the call constructs it (<c>Lib&lt;int&gt;.HD</c>, not
        /// <c>Lib&lt;T&gt;.HD</c>, whose <c>T</c> the generated code cannot name), where it is declared there.
        /// </summary>
        private static IMethodSymbol InConstructedType(IMethodSymbol candidate, IMethodSymbol original)
        {
            INamedTypeSymbol? constructed = original.ContainingType;
            if (constructed == null || SymbolEqualityComparer.Default.Equals(constructed, constructed.OriginalDefinition)
                || !SymbolEqualityComparer.Default.Equals(candidate.ContainingType, constructed.OriginalDefinition))
            {
                return candidate;
            }

            return constructed.GetMembers(candidate.Name).OfType<IMethodSymbol>().FirstOrDefault(m => SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, candidate)) ?? candidate;
        }

        public static AttributeData? AttributeOf(IMethodSymbol method) =>
            method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeName);

        /// <summary>The names of the original's parameters the derivative has an output for.</summary>
        public static HashSet<string> Differentiated(IMethodSymbol derivative, IMethodSymbol original) =>
            new HashSet<string>(derivative.Parameters.Skip(original.Parameters.Length).Select(p => OriginalName(p.Name, original) ?? string.Empty));

        /// <summary>The original method a declaration names, or what is wrong with it (which diagnostic, and the message's reason).</summary>
        public static (IMethodSymbol? Target, DiagnosticDescriptor? Descriptor, string Reason) Check(IMethodSymbol derivative, AttributeData attribute)
        {
            INamedTypeSymbol? type = derivative.ContainingType;
            string? name = null;
            if (attribute.ConstructorArguments.Length == 1)
            {
                name = attribute.ConstructorArguments[0].Value as string;
            }
            else if (attribute.ConstructorArguments.Length == 2)
            {
                type = attribute.ConstructorArguments[0].Value as INamedTypeSymbol;
                name = attribute.ConstructorArguments[1].Value as string;
            }

            if (type == null || string.IsNullOrEmpty(name))
            {
                return (null, Diagnostics.DiagnosticDescriptors.DerivativeTargetNotFound, "the attribute must name a method: [DerivativeOf(nameof(F))] or [DerivativeOf(typeof(T), nameof(T.F))]");
            }

            var named = type.GetMembers(name!).OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToList();
            if (named.Count == 0)
            {
                return (null, Diagnostics.DiagnosticDescriptors.DerivativeTargetNotFound, "'" + type.ToDisplayString() + "' has no method named '" + name + "'");
            }

            // The overload whose parameters the derivative starts with; the rest must all be outputs.
            var matches = named.Where(m => m.Parameters.Length <= derivative.Parameters.Length
                && m.Parameters.Select(p => p.Type).SequenceEqual(derivative.Parameters.Take(m.Parameters.Length).Select(p => p.Type), SymbolEqualityComparer.Default)
                && derivative.Parameters.Take(m.Parameters.Length).All(p => p.RefKind == RefKind.None)
                && derivative.Parameters.Skip(m.Parameters.Length).All(p => p.RefKind == RefKind.Out)).ToList();
            if (matches.Count > 1)
            {
                return (null, Diagnostics.DiagnosticDescriptors.DerivativeTargetNotFound, "the reference to '" + name + "' is ambiguous: " + string.Join(" and ", matches.Select(m => m.ToDisplayString())) + " both fit; give the derivative the parameters of one of them");
            }

            if (matches.Count == 0 && named.Count == 1 && named[0].Parameters.FirstOrDefault(p => p.RefKind != RefKind.None || p.IsParams) is IParameterSymbol byReference)
            {
                // The call itself is DIFF015 (a callee with such parameters); a derivative of the same shape could not help.
                return (null, Diagnostics.DiagnosticDescriptors.InvalidDerivativeSignature, "'" + name + "' takes '" + byReference.Name + "' " + (byReference.IsParams ? "as params" : "by reference (" + RefKindText(byReference.RefKind) + ")") + ", and calls of methods with ref, out, in or params parameters cannot be differentiated yet; give '" + name + "' parameters passed by value (a plain array for params)");
            }

            if (matches.Count == 0)
            {
                string expected = named.Count == 1 ? Signature(named[0]) : "one of " + string.Join(", ", named.Select(Signature));
                return (null, Diagnostics.DiagnosticDescriptors.InvalidDerivativeSignature, "it must take the parameters of " + expected + " in the original order, followed by an 'out' parameter per differentiated parameter");
            }

            IMethodSymbol original = matches[0];
            if (CallLowering.Kind(original, original.Parameters.Length) != CallKind.Method)
            {
                // Calls of Math, MathF, double and float members go by the table of elementary functions (or are DIFF011);
                // a derivative declared for one would be accepted here and never called.
                return (null, Diagnostics.DiagnosticDescriptors.InvalidDerivativeSignature, "calls of " + type.ToDisplayString() + " members are read from DiffGen's own table of functions, never through a custom derivative; wrap the call in a method of your own (static double " + name + "Of(...) => " + type.ToDisplayString() + "." + name + "(...);), call that, and declare this derivative for it");
            }

            string? problem = CheckShape(derivative, original);
            return problem == null ? (original, null, string.Empty) : (null, Diagnostics.DiagnosticDescriptors.InvalidDerivativeSignature, problem);
        }

        private static string? CheckShape(IMethodSymbol derivative, IMethodSymbol original)
        {
            if (!RoslynNames.IsFloatingPoint(original.ReturnType))
            {
                return "'" + original.Name + "' returns '" + original.ReturnType.ToDisplayString() + "'; only methods returning double or float can be differentiated";
            }

            if (!SymbolEqualityComparer.Default.Equals(derivative.ReturnType, original.ReturnType))
            {
                return "it must return " + RoslynNames.Keyword(original.ReturnType) + ", the value of '" + original.Name + "'";
            }

            if (original.IsStatic != derivative.IsStatic)
            {
                return original.IsStatic
                    ? "'" + original.Name + "' is static, so its derivative must be static too"
                    : "'" + original.Name + "' is an instance method, so its derivative must be an instance method of the same type";
            }

            if (!original.IsStatic && !SymbolEqualityComparer.Default.Equals(original.ContainingType.OriginalDefinition, derivative.ContainingType.OriginalDefinition))
            {
                return "'" + original.Name + "' is an instance method, so its derivative must be an instance method of the same type";
            }

            if ((original.IsVirtual || original.IsAbstract || (original.IsOverride && !original.IsSealed)) && !original.ContainingType.IsSealed)
            {
                // A call of it runs the override of the object's type, while the generated code calls this derivative (whose
                // value and outputs are those of whichever method it was written for): a derivative no override checks.
                return "'" + original.Name + "' is " + (original.IsAbstract ? "abstract" : original.IsOverride ? "an override that is not sealed" : "virtual") + ", so a call of it runs the override of the object's type, of which this derivative need not be the derivative; declare the derivative of a non-virtual method (a sealed override, or a non-virtual method that the virtual one calls)";
            }

            if (derivative.IsGenericMethod)
            {
                return "it is generic, and the generated code calls it with the arguments of a call of '" + original.Name + "', from which no type argument can be inferred; remove its type parameters";
            }

            if (derivative.IsVararg)
            {
                return "it takes __arglist, which the generated code, calling it with the arguments of a call of '" + original.Name + "' and the outputs, cannot pass; remove it";
            }

            for (int i = 0; i < original.Parameters.Length; i++)
            {
                // The outputs are named after the original's parameters (dA for a), so inputs named after them in another
                // order (HD(double b, double a, ...) for H(double a, double b)) would pair each output with the wrong input.
                string own = derivative.Parameters[i].Name;
                if (own != original.Parameters[i].Name && original.Parameters.Any(p => p.Name == own))
                {
                    return "parameters must be specified in original order: its parameter '" + own + "' stands where '" + original.Name + "' has '" + original.Parameters[i].Name + "'";
                }
            }

            var outputs = derivative.Parameters.Skip(original.Parameters.Length).ToList();
            if (outputs.Count == 0)
            {
                return "it has no 'out' parameter: add 'out " + RoslynNames.Keyword(original.ReturnType) + " d" + Identifiers.Capitalize(original.Parameters.FirstOrDefault(p => RoslynNames.IsFloatingPoint(p.Type))?.Name ?? "X") + "' for each parameter it differentiates";
            }

            int last = -1;
            foreach (IParameterSymbol output in outputs)
            {
                string? name = OriginalName(output.Name, original);
                var named = original.Parameters.Where(p => "d" + Identifiers.Capitalize(p.Name) == output.Name).ToList();
                if (named.Count > 1)
                {
                    // H(double x, double X): dX would be paired with x, whichever the derivative computes.
                    return "'" + output.Name + "' names the derivative of '" + named[0].Name + "' and of '" + named[1].Name + "' alike; rename a parameter of '" + original.Name + "' so that each output names one";
                }

                IParameterSymbol? parameter = original.Parameters.FirstOrDefault(p => p.Name == name);
                if (parameter == null || !RoslynNames.IsFloatingPoint(parameter.Type))
                {
                    return "'" + original.Name + "' has no floating-point parameter that '" + output.Name + "' could be the derivative for; name each output 'd' + the parameter's name (" + string.Join(", ", original.Parameters.Where(p => RoslynNames.IsFloatingPoint(p.Type)).Select(p => "d" + Identifiers.Capitalize(p.Name))) + ")";
                }

                if (!SymbolEqualityComparer.Default.Equals(output.Type, original.ReturnType))
                {
                    return "'" + output.Name + "' must be 'out " + RoslynNames.Keyword(original.ReturnType) + "', the type of '" + original.Name + "'";
                }

                if (parameter.Ordinal <= last)
                {
                    return "parameters must be specified in original order: '" + output.Name + "' comes after the output of a later parameter of '" + original.Name + "'";
                }

                last = parameter.Ordinal;
            }

            return null;
        }

        /// <summary><c>dX</c> → the original's parameter <c>x</c> (or <c>X</c>), or null.</summary>
        private static string? OriginalName(string output, IMethodSymbol original)
        {
            if (output.Length < 2 || output[0] != 'd')
            {
                return null;
            }

            return original.Parameters.FirstOrDefault(p => "d" + Identifiers.Capitalize(p.Name) == output)?.Name;
        }

        private static string RefKindText(RefKind kind) => kind switch
        {
            RefKind.Ref => "ref",
            RefKind.Out => "out",
            RefKind.RefReadOnlyParameter => "ref readonly",
            _ => "in",
        };

        private static string Signature(IMethodSymbol method) =>
            method.Name + "(" + string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString() + " " + p.Name)) + ")";
    }
}
