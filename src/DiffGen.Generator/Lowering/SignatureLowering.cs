using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Checks that a [Differentiable] method's signature and its types can carry generated members, and describes them as plain data.</summary>
    internal sealed class SignatureLowering
    {
        private readonly IMethodSymbol method;
        private readonly MethodDeclarationSyntax syntax;
        private readonly AttributeData attribute;
        private readonly List<Problem> problems;

        public SignatureLowering(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, List<Problem> problems)
        {
            this.method = method;
            this.syntax = syntax;
            this.attribute = attribute;
            this.problems = problems;
        }

        private string MethodName => method.Name;

        public EquatableArray<ContainingType> ContainingTypes()
        {
            var types = new List<ContainingType>();
            foreach (TypeDeclarationSyntax type in syntax.Ancestors().OfType<TypeDeclarationSyntax>().Reverse())
            {
                if (type.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, type.Identifier.GetLocation(), MethodName, "it is declared in the file-local type '" + type.Identifier.Text + "', which generated code in another file cannot extend; remove the 'file' modifier"));
                    continue;
                }

                if (!type.Modifiers.Any(SyntaxKind.PartialKeyword) && !(type is InterfaceDeclarationSyntax))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.ContainingTypeNotPartial, type.Identifier.GetLocation(), type.Identifier.Text, MethodName, "derivatives"));
                }

                string? keyword = type switch
                {
                    ClassDeclarationSyntax => "class",
                    StructDeclarationSyntax s => s.Modifiers.Any(SyntaxKind.RefKeyword) ? "ref struct" : "struct",
                    RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                    _ => null,
                };
                if (keyword == null)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, type.Identifier.GetLocation(), MethodName, "it is declared in an interface; declare it in a class, struct or record"));
                    continue;
                }

                string typeParameters = type.TypeParameterList == null
                    ? string.Empty
                    : "<" + string.Join(", ", type.TypeParameterList.Parameters.Select(p => p.Identifier.Text)) + ">";
                types.Add(new ContainingType(keyword, type.Identifier.Text + typeParameters));
            }

            return types.ToEquatableArray();
        }

        public NumericType? ReturnType()
        {
            if (!RoslynNames.IsFloatingPoint(method.ReturnType) || method.ReturnsByRef || method.ReturnsByRefReadonly)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedReturnType, syntax.ReturnType.GetLocation(), MethodName, syntax.ReturnType.ToString()));
                return null;
            }

            return method.ReturnType.SpecialType == SpecialType.System_Single ? NumericType.Float : NumericType.Double;
        }

        public void CheckShape()
        {
            Location at = syntax.Identifier.GetLocation();
            if (method.IsGenericMethod)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, syntax.TypeParameterList?.GetLocation() ?? at, MethodName, "generic methods are not supported; write it for double or float"));
            }

            if (method.IsAsync)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, at, MethodName, "async methods are not supported; make it synchronous"));
            }

            if ((method.IsVirtual || method.IsOverride) && method.ContainingType.TypeKind != TypeKind.Interface)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, at, MethodName, "it is virtual or an override, and the generated members are not: through a base reference they would differentiate the wrong method; make it non-virtual, or differentiate a non-virtual method it calls"));
            }

            if (syntax.ExplicitInterfaceSpecifier != null)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, at, MethodName, "it is an explicit interface implementation, whose name the generated members cannot extend; differentiate a public method and call it from the implementation"));
            }

            if (syntax.Body == null && syntax.ExpressionBody == null)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, at, MethodName, "it has no body to read (abstract, extern or a partial declaration); put [Differentiable] on the declaration that has the body"));
            }
        }

        /// <summary>The parameters with their differentiated flags, reporting bad names in the attribute and unsupported parameters.</summary>
        public EquatableArray<ParameterModel> Parameters()
        {
            HashSet<string> chosen = ChosenNames();
            bool all = chosen.Count == 0;
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                Location location = parameter.Locations.FirstOrDefault() ?? syntax.Identifier.GetLocation();
                if (parameter.RefKind != RefKind.None)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, location, MethodName, "parameter '" + parameter.Name + "' is passed by reference (ref, out or in); pass it by value"));
                }
                else if (RoslynNames.MatrixShape(parameter.Type) is (ITypeSymbol matrixElement, bool _))
                {
                    if (chosen.Contains(parameter.Name))
                    {
                        // Data by default; named in [Differentiable(...)], it would need a gradient output DiffGen does not make.
                        string element = matrixElement.ToDisplayString();
                        string kind = RoslynNames.MatrixShape(parameter.Type) is (_, true) ? "a jagged array (an array of rows)" : "a multi-dimensional array";
                        problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, location, MethodName, "parameter '" + parameter.Name + "' has type '" + AsWritten(parameter.Type) + "', " + kind + ", which DiffGen reads as data but cannot differentiate; to differentiate it, flatten it into a " + element + "[] (element [i, j] at i * columns + j), or leave it out of [Differentiable(...)] to read it as data"));
                    }
                }
                else if (!RoslynNames.IsFloatingPoint(parameter.Type) && !RoslynNames.IsInteger(parameter.Type) && RoslynNames.FloatingElementType(parameter.Type) == null && RoslynNames.IntegerElementType(parameter.Type) == null)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, location, MethodName, "parameter '" + parameter.Name + "' has type '" + AsWritten(parameter.Type) + "'; parameters are double, float or integer values, double or float arrays, Span<T> or ReadOnlySpan<T>, integer arrays (int[] labels) and double[,] and double[][] as data; pass the values in one of these types"));
                }
                else if (RoslynNames.FloatingElementType(parameter.Type) is ITypeSymbol element && !SymbolEqualityComparer.Default.Equals(element, method.ReturnType) && RoslynNames.IsFloatingPoint(method.ReturnType) && (all || chosen.Contains(parameter.Name)))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedSignature, location, MethodName, "the differentiated array '" + parameter.Name + "' holds " + element.ToDisplayString() + " values but the method returns " + method.ReturnType.ToDisplayString() + "; use the same type, or leave the array out of [Differentiable(...)]"));
                }
            }

            var parameters = method.Parameters
                .Select(p => new ParameterModel(
                    RoslynNames.Identifier(p.Name),
                    RoslynNames.FloatingElementType(p.Type) == null && RoslynNames.MatrixShape(p.Type) == null && RoslynNames.IntegerElementType(p.Type) == null ? RoslynNames.Keyword(p.Type) : p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    (RoslynNames.IsFloatingPoint(p.Type) || RoslynNames.FloatingElementType(p.Type) != null) && (all || chosen.Contains(p.Name)),
                    RoslynNames.FloatingElementType(p.Type) != null))
                .ToEquatableArray();

            if (!parameters.Any(p => p.IsDifferentiated) && problems.Count == 0)
            {
                problems.Add(new Problem(DiagnosticDescriptors.NothingToDifferentiate, syntax.Identifier.GetLocation(), MethodName));
            }

            return parameters;
        }

        /// <summary>A type as C# source writes it: <c>double[,]</c>, not the display format's <c>double[*,*]</c>.</summary>
        private static string AsWritten(ITypeSymbol type) =>
            type is IArrayTypeSymbol ? type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) : type.ToDisplayString();

        /// <summary>Reports a generated member or gradient output whose name is already taken.</summary>
        public void CheckNameCollisions(IReadOnlyList<ParameterModel> parameters)
        {
            Location at = syntax.Identifier.GetLocation();
            var differentiated = parameters.Where(p => p.IsDifferentiated).ToList();
            var generated = differentiated.Select(p => GeneratedNames.Partial(MethodName, p.Name)).Concat(new[] { GeneratedNames.Gradient(MethodName) });
            foreach (string name in generated.Distinct())
            {
                ISymbol? existing = ExistingMember(name);
                if (existing != null)
                {
                    string owner = SymbolEqualityComparer.Default.Equals(existing.ContainingType, method.ContainingType) ? "'" + method.ContainingType.Name + "' already has" : "the base type '" + existing.ContainingType.Name + "' has";
                    problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, name, MethodName, owner + " a member named '" + name + "'", LoweringAdvice.RenameMethodOrMember));
                }
            }

            foreach (IGrouping<string, ParameterModel> same in differentiated.GroupBy(p => GeneratedNames.GradientOutput(p.Name)).Where(g => g.Count() > 1))
            {
                problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, GeneratedNames.Partial(MethodName, same.First().Name), MethodName, "the parameters " + string.Join(" and ", same.Select(p => "'" + p.Name + "'")) + " differ only in the case of their first letter, so their generated names coincide",
                    "rename one of them (mCart for m beside M), or leave one out of [Differentiable(...)]: a parameter not differentiated gets no partial and no gradient output"));
            }

            foreach (ParameterModel p in differentiated)
            {
                string output = GeneratedNames.GradientOutput(p.Name);
                if (parameters.Any(q => q.Name.TrimStart('@') == output))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.GeneratedNameCollision, at, GeneratedNames.Gradient(MethodName) + "(..., out " + output + ")", MethodName, "the method already has a parameter named '" + output + "'", "rename that parameter, or leave '" + p.Name + "' out of [Differentiable(...)]"));
                }
            }
        }

        /// <summary>A member of that name, declared by the user in this type or visible from a base type (not one DiffGen generated).</summary>
        private ISymbol? ExistingMember(string name)
        {
            for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.BaseType)
            {
                bool own = SymbolEqualityComparer.Default.Equals(type, method.ContainingType);
                ISymbol? member = type.GetMembers(name).FirstOrDefault(m => !RoslynNames.IsDiffGenGenerated(m) && (own || m.DeclaredAccessibility != Accessibility.Private));
                if (member != null)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>The syntax of each name passed to the attribute: <c>("m", "b")</c> or an explicit array <c>(new[] { "m", "b" })</c>.</summary>
        private static IReadOnlyList<SyntaxNode> NameSyntaxes(AttributeSyntax? attributeSyntax)
        {
            var arguments = attributeSyntax?.ArgumentList?.Arguments;
            if (arguments == null || arguments.Value.Count == 0)
            {
                return System.Array.Empty<SyntaxNode>();
            }

            InitializerExpressionSyntax? initializer = arguments.Value[0].Expression switch
            {
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
                ArrayCreationExpressionSyntax array => array.Initializer,
                _ => null,
            };
            if (initializer != null)
            {
                return initializer.Expressions;
            }

            if (arguments.Value.Count == 1 && arguments.Value[0].Expression is CollectionExpressionSyntax collection)
            {
                return collection.Elements;
            }

            return arguments.Value;
        }

        private HashSet<string> ChosenNames()
        {
            var chosen = new HashSet<string>(System.StringComparer.Ordinal);
            if (attribute.ConstructorArguments.Length == 0)
            {
                return chosen;
            }

            TypedConstant argument = attribute.ConstructorArguments[0];
            if (argument.IsNull)
            {
                // [Differentiable(null)]: as if no names were given.
                return chosen;
            }

            IReadOnlyList<TypedConstant> values = argument.Kind == TypedConstantKind.Array ? argument.Values : new[] { argument };
            IReadOnlyList<SyntaxNode> nameSyntaxes = NameSyntaxes(attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax);
            string available = string.Join(", ", method.Parameters.Select(p => p.Name));
            for (int i = 0; i < values.Count; i++)
            {
                if (!(values[i].Value is string name))
                {
                    continue;
                }

                Location location = i < nameSyntaxes.Count ? nameSyntaxes[i].GetLocation() : syntax.Identifier.GetLocation();
                IParameterSymbol? parameter = method.Parameters.FirstOrDefault(p => p.Name == name);
                if (parameter == null)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnknownParameter, location, name, MethodName, available));
                }
                else if (!RoslynNames.IsFloatingPoint(parameter.Type) && RoslynNames.FloatingElementType(parameter.Type) == null && RoslynNames.MatrixShape(parameter.Type) == null)
                {
                    // A multi-dimensional array named here is DIFF006 at the parameter (Parameters), which says to flatten it.
                    problems.Add(new Problem(DiagnosticDescriptors.ParameterNotFloatingPoint, location, name, MethodName, parameter.Type.ToDisplayString()));
                }

                chosen.Add(name);
            }

            return chosen;
        }
    }
}
