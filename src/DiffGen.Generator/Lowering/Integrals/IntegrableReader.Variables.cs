using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering.Integrals
{
    /// <content>The variables of integration, and the names the generated members take.</content>
    internal sealed partial class IntegrableReader
    {
        /// <summary>
        /// The indices of the variables of integration, inner first: the parameters the attribute names,
        /// or, for a bare <c>[Integrable]</c>, the method's one floating-point parameter. Empty when they are wrong (reported).
        /// </summary>
        private IReadOnlyList<int> Variables()
        {
            IReadOnlyList<(string Name, Location Location)> named = NamedVariables();
            if (named.Count == 0)
            {
                return InferredVariable();
            }

            var variables = new List<int>();
            bool valid = true;
            string available = string.Join(", ", method.Parameters.Select(p => p.Name));
            foreach ((string name, Location location) in named)
            {
                int index = method.Parameters.FirstOrDefault(p => p.Name == name)?.Ordinal ?? -1;
                if (index < 0)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.InvalidIntegrationVariable, location, name, MethodName, "it is not a parameter of the method; name one of its parameters: " + available));
                    valid = false;
                }
                else if (!RoslynNames.IsFloatingPoint(method.Parameters[index].Type))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.InvalidIntegrationVariable, location, name, MethodName, "it has type '" + method.Parameters[index].Type.ToDisplayString() + "', and only a double or float parameter can vary continuously; integrate over a double or float parameter (the others are passed to the method as constants)"));
                    valid = false;
                }
                else if (variables.Contains(index))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.TooManyIntegrationVariables, location, MethodName, "names '" + name + "' twice; name each variable once"));
                    valid = false;
                }
                else
                {
                    variables.Add(index);
                }
            }

            if (named.Count > 2)
            {
                problems.Add(new Problem(
                    DiagnosticDescriptors.TooManyIntegrationVariables,
                    named[2].Location,
                    MethodName,
                    "names " + named.Count + " variables (" + string.Join(", ", named.Select(n => n.Name)) + "); DiffGen integrates over an interval (one variable) or a rectangle (two): name one or two, and integrate over a third in another [Integrable] method that calls the generated " + IntegralNames.Integral(MethodName)));
                valid = false;
            }

            return valid ? variables : new List<int>();
        }

        /// <summary>A bare [Integrable]: the method's one double or float parameter.</summary>
        private IReadOnlyList<int> InferredVariable()
        {
            var candidates = method.Parameters.Where(p => RoslynNames.IsFloatingPoint(p.Type)).ToList();
            if (candidates.Count == 1)
            {
                return new[] { candidates[0].Ordinal };
            }

            string reason = candidates.Count == 0
                ? "has no double or float parameter to integrate over; add one, or remove [Integrable]"
                : "has " + candidates.Count + " double or float parameters (" + string.Join(", ", candidates.Select(p => p.Name)) + "); name the variable of integration, [Integrable(\"" + candidates[0].Name + "\")], or two for an integral over a rectangle, [Integrable(\"" + candidates[0].Name + "\", \"" + candidates[1].Name + "\")]";
            problems.Add(new Problem(DiagnosticDescriptors.NoIntegrationVariable, syntax.Identifier.GetLocation(), MethodName, reason));
            return new int[0];
        }

        /// <summary>The names passed to the attribute, each with the place it is written (the method's name when it cannot be found).</summary>
        private IReadOnlyList<(string Name, Location Location)> NamedVariables()
        {
            if (attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].IsNull)
            {
                return new (string, Location)[0];
            }

            TypedConstant argument = attribute.ConstructorArguments[0];
            IReadOnlyList<TypedConstant> values = argument.Kind == TypedConstantKind.Array ? argument.Values : new[] { argument };
            IReadOnlyList<SyntaxNode> written = NameSyntaxes(attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax);
            var named = new List<(string, Location)>();
            for (int i = 0; i < values.Count; i++)
            {
                if (values[i].Value is string name)
                {
                    named.Add((name, i < written.Count ? written[i].GetLocation() : syntax.Identifier.GetLocation()));
                }
            }

            return named;
        }

        /// <summary>The syntax of each name passed to the attribute: <c>("x", "y")</c>, <c>(new[] { "x", "y" })</c> or <c>(["x", "y"])</c>.</summary>
        private static IReadOnlyList<SyntaxNode> NameSyntaxes(AttributeSyntax? attributeSyntax)
        {
            var arguments = attributeSyntax?.ArgumentList?.Arguments;
            if (arguments == null || arguments.Value.Count == 0)
            {
                return new SyntaxNode[0];
            }

            switch (arguments.Value[0].Expression)
            {
                case ImplicitArrayCreationExpressionSyntax implicitArray:
                    return implicitArray.Initializer.Expressions;
                case ArrayCreationExpressionSyntax { Initializer: not null } array:
                    return array.Initializer.Expressions;
                case CollectionExpressionSyntax collection when arguments.Value.Count == 1:
                    return collection.Elements;
                default:
                    return arguments.Value;
            }
        }

        /// <summary>
        /// The generated names must be free: <c>MIntegral</c> and the integrand struct among the type's
        /// members (and the enclosing types' names), the bounds and the error estimate among the parameters kept.
        /// </summary>
        private void CheckNameCollisions(IReadOnlyList<int> variables, string integrandName)
        {
            Location at = syntax.Identifier.GetLocation();
            string integral = IntegralNames.Integral(MethodName);
            foreach (string name in new[] { integral, integrandName })
            {
                string? owner = ExistingMember(name);
                if (owner != null)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, name, MethodName, owner + " a member named '" + name + "'", LoweringAdvice.RenameMethodOrMember));
                }
                else if (method.ContainingType.Name == name || ContainingTypesOf(method.ContainingType).Any(t => t.Name == name))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, name, MethodName, "an enclosing type is named '" + name + "', and a nested type cannot take its name", LoweringAdvice.RenameMethodOrMember));
                }
            }

            if (variables.Count == 0)
            {
                return;
            }

            bool overRectangle = variables.Count == 2;
            var generatedParameters = variables.SelectMany(v => new[] { IntegralNames.Bounds(method.Parameters[v].Name, overRectangle).From, IntegralNames.Bounds(method.Parameters[v].Name, overRectangle).To })
                .Concat(new[] { IntegralNames.ErrorEstimate });
            foreach (string name in generatedParameters)
            {
                IParameterSymbol? kept = method.Parameters.FirstOrDefault(p => p.Name == name && !variables.Contains(p.Ordinal));
                if (kept != null)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, integral + "(..., " + name + ", ...)", MethodName, "the method already has a parameter named '" + name + "', which " + integral + " would take beside its own '" + name + "'", LoweringAdvice.RenameMethodOrMember));
                }
            }

            foreach (IMethodSymbol overload in method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Where(o => !SymbolEqualityComparer.Default.Equals(o, method)))
            {
                if (IntegralSignature(overload) is List<ITypeSymbol> other && other.SequenceEqual(IntegralSignature(method, variables), SymbolEqualityComparer.Default))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, integral + "(" + string.Join(", ", other.Select(t => t.ToDisplayString())) + ")", MethodName, "the overload " + MethodName + "(" + string.Join(", ", overload.Parameters.Select(p => p.Type.ToDisplayString())) + ") is integrable too, and its " + integral + " would take the same parameter types", LoweringAdvice.RenameMethodOrMember));
                }
            }

            // MIntegral calls MAntiderivative by its simple name, which a kept parameter of that name would hide (CS0149).
            string antiderivative = IntegralNames.Antiderivative(MethodName);
            if (method.Parameters.Any(p => p.Name == antiderivative && !variables.Contains(p.Ordinal)))
            {
                problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, antiderivative, MethodName, "the method has a parameter named '" + antiderivative + "', which inside " + integral + " would hide the generated " + antiderivative + " it calls", LoweringAdvice.RenameMethodOrMember));
            }

            // The integrand struct holds each kept parameter in a field of the same name, beside its Evaluate method.
            foreach (string name in new[] { "Evaluate", integrandName })
            {
                if (method.Parameters.Any(p => p.Name == name && !variables.Contains(p.Ordinal)))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, integrandName + "." + name, MethodName, "the method has a parameter named '" + name + "', which the generated " + integrandName + " would hold in a field of that name, beside its own member '" + name + "'", LoweringAdvice.RenameMethodOrMember));
                }
            }
        }

        /// <summary>
        /// The parameter types of the <c>MIntegral</c> an integrable overload gets (a pair of bounds per variable, then the
        /// parameters kept), or null when it is not integrable or its variables are wrong (its own diagnostics say so).
        /// </summary>
        private static List<ITypeSymbol>? IntegralSignature(IMethodSymbol overload)
        {
            if (AttributeOf(overload) is not AttributeData attribute || overload.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not MethodDeclarationSyntax declaration)
            {
                return null;
            }

            IReadOnlyList<int> variables = new IntegrableReader(overload, declaration, attribute).Variables();
            return variables.Count == 0 ? null : IntegralSignature(overload, variables);
        }

        private static List<ITypeSymbol> IntegralSignature(IMethodSymbol method, IReadOnlyList<int> variables) =>
            variables.SelectMany(_ => new[] { method.ReturnType, method.ReturnType })
                .Concat(method.Parameters.Where(p => !variables.Contains(p.Ordinal)).Select(p => p.Type))
                .ToList();

        private static IEnumerable<INamedTypeSymbol> ContainingTypesOf(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? outer = type.ContainingType; outer != null; outer = outer.ContainingType)
            {
                yield return outer;
            }
        }

        /// <summary>Who already has a member of that name ("'C' already has", "the base type 'B' has"), not counting what DiffGen generated.</summary>
        private string? ExistingMember(string name)
        {
            for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.BaseType)
            {
                bool own = SymbolEqualityComparer.Default.Equals(type, method.ContainingType);
                if (type.GetMembers(name).Any(m => !RoslynNames.IsDiffGenGenerated(m) && (own || m.DeclaredAccessibility != Accessibility.Private)))
                {
                    return own ? "'" + method.ContainingType.Name + "' already has" : "the base type '" + type.Name + "' has";
                }
            }

            return null;
        }
    }
}
