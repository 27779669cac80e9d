using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering.Integrals
{
    /// <summary>The result of reading one <c>[Integrable]</c> method: the method, or the problems that prevent it.</summary>
    internal sealed class IntegrableOutcome
    {
        public IntegrableOutcome(IntegrableMethod? method, IReadOnlyList<Problem> problems)
        {
            Method = method;
            Problems = problems;
        }

        public IntegrableMethod? Method { get; }

        public IReadOnlyList<Problem> Problems { get; }
    }

    /// <summary>
    /// Reads an <c>[Integrable]</c> method's signature into an <see cref="IntegrableMethod"/>, or the
    /// problems (each at its exact place) that keep it from carrying a generated <c>MIntegral</c>.
    /// The one entry point shared by the generator and the analyzer, so they never disagree. The body is
    /// not read: the integral is computed by quadrature of the method itself, whatever it holds.
    /// </summary>
    internal sealed partial class IntegrableReader
    {
        public const string AttributeName = "DiffGen.IntegrableAttribute";

        private static readonly SymbolDisplayFormat CompilableType = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private readonly IMethodSymbol method;
        private readonly MethodDeclarationSyntax syntax;
        private readonly AttributeData attribute;
        private readonly List<Problem> problems = new List<Problem>();

        private IntegrableReader(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute)
        {
            this.method = method;
            this.syntax = syntax;
            this.attribute = attribute;
        }

        private string MethodName => method.Name;

        /// <summary>The [Integrable] attribute on a method, if any.</summary>
        public static AttributeData? AttributeOf(IMethodSymbol method) =>
            method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeName);

        public static IntegrableOutcome Read(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (HasCompileErrors(method, syntax))
            {
                // Code the compiler rejects (often code being typed) gets the compiler's errors, not ours.
                return new IntegrableOutcome(null, System.Array.Empty<Problem>());
            }

            var reader = new IntegrableReader(method, syntax, attribute);
            IntegrableMethod? read = reader.Read();
            return new IntegrableOutcome(reader.problems.Count == 0 ? read : null, reader.problems);
        }

        private IntegrableMethod? Read()
        {
            EquatableArray<ContainingType> types = ContainingTypes();
            CheckShape();
            NumericType? returnType = ReturnType();
            IReadOnlyList<int> variables = Variables();
            CheckParameters();
            if (returnType != null && variables.Count > 0)
            {
                CheckPrecision(returnType.Value, variables);
            }

            bool overloaded = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Count() > 1;
            string integrandName = IntegralNames.Integrand(MethodName, overloaded ? OverloadSuffix() : null);
            CheckNameCollisions(variables, integrandName);
            if (problems.Count > 0 || returnType == null)
            {
                return null;
            }

            var parameters = method.Parameters
                .Select((p, i) => new IntegralParameter(RoslynNames.Identifier(p.Name), p.Type.ToDisplayString(CompilableType), variables.Contains(i)))
                .ToEquatableArray();
            return new IntegrableMethod(
                method.ContainingNamespace.IsGlobalNamespace ? null : method.ContainingNamespace.ToDisplayString(),
                types,
                method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                RoslynNames.Identifier(method.Name),
                RoslynNames.Accessibility(method.DeclaredAccessibility),
                method.IsStatic,
                returnType.Value,
                parameters,
                variables.ToEquatableArray(),
                integrandName,
                OwnerField(),
                overloaded ? RoslynNames.Identifier(method.Name) + "(" + string.Join(", ", method.Parameters.Select(p => CrefType(p.Type))) + ")" : RoslynNames.Identifier(method.Name),
                DifferentiableMethods.LocationOf(syntax.Identifier.GetLocation()),
                Attributes: CarriedAttributes.Of(method),
                NullableDirectives: RoslynNames.HasNullableDirectives(syntax.SyntaxTree));
        }

        /// <summary>The types enclosing the method, outermost first; each must be a partial class, struct or record that another file can extend.</summary>
        private EquatableArray<ContainingType> ContainingTypes()
        {
            var types = new List<ContainingType>();
            foreach (TypeDeclarationSyntax type in syntax.Ancestors().OfType<TypeDeclarationSyntax>().Reverse())
            {
                string name = type.Identifier.Text;
                if (type is InterfaceDeclarationSyntax)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, type.Identifier.GetLocation(), MethodName, "it is declared in the interface '" + name + "'; declare it in a class, struct or record"));
                    continue;
                }

                if (type.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, type.Identifier.GetLocation(), MethodName, "it is declared in the file-local type '" + name + "', which generated code in another file cannot extend; remove the 'file' modifier"));
                    continue;
                }

                if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.ContainingTypeNotPartial, type.Identifier.GetLocation(), name, MethodName, "integral"));
                }

                string keyword = type switch
                {
                    StructDeclarationSyntax s => s.Modifiers.Any(SyntaxKind.RefKeyword) ? "ref struct" : "struct",
                    RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                    _ => "class",
                };
                string typeParameters = type.TypeParameterList == null
                    ? string.Empty
                    : "<" + string.Join(", ", type.TypeParameterList.Parameters.Select(p => p.Identifier.Text)) + ">";
                types.Add(new ContainingType(keyword, name + typeParameters));
            }

            return types.ToEquatableArray();
        }

        /// <summary>What the generated members cannot be written beside: a generic method, an explicit interface implementation, a virtual method or an override that is not sealed, an instance method of a ref struct, a method with __arglist or one only unmanaged code may call.</summary>
        private void CheckShape()
        {
            Location at = syntax.Identifier.GetLocation();
            if (method.IsGenericMethod)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, syntax.TypeParameterList?.GetLocation() ?? at, MethodName, "it is generic, and the generated integral calls it with double or float arguments; write it for double or float"));
            }

            if (syntax.ExplicitInterfaceSpecifier != null)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, at, MethodName, "it is an explicit interface implementation, whose name the generated members cannot extend; integrate a public method and call it from the implementation"));
            }

            if ((method.IsVirtual || (method.IsOverride && !method.IsSealed)) && method.ContainingType.TypeKind != TypeKind.Interface)
            {
                // The closed form and the antiderivative come from this body; on an instance of a type that overrides it they
                // would integrate the wrong method (an abstract method has no body: its MIntegral calls it, and the call dispatches).
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, at, MethodName, "it is virtual or an override that is not sealed, and the generated members are not: on an instance of a type that overrides it they would integrate this body; make it non-virtual or seal the override, or integrate a non-virtual method it calls"));
            }

            if (!method.IsStatic && method.ContainingType.IsRefLikeType)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, at, MethodName, "it is an instance method of the ref struct '" + method.ContainingType.Name + "', which the integrand struct cannot hold; make the method static and pass what it reads as parameters"));
            }

            if (method.IsVararg)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, at, MethodName, "it takes __arglist, which the generated integrand cannot pass on; integrate a method with the parameters it needs, and call it from this one"));
            }

            if (method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Runtime.InteropServices.UnmanagedCallersOnlyAttribute"))
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrableSignature, at, MethodName, "it is [UnmanagedCallersOnly], and the generated integrand is managed code, which may not call it; integrate a managed method, and call that from this one"));
            }
        }

        private NumericType? ReturnType()
        {
            if (!RoslynNames.IsFloatingPoint(method.ReturnType) || method.ReturnsByRef || method.ReturnsByRefReadonly)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedIntegrandReturnType, syntax.ReturnType.GetLocation(), MethodName, "returns '" + syntax.ReturnType + "'; an [Integrable] method must return double or float"));
                return null;
            }

            return RoslynNames.NumericTypeOf(method.ReturnType);
        }

        /// <summary>The variables and the return type share one precision: the bounds, the value and the estimate are all R.</summary>
        private void CheckPrecision(NumericType returnType, IReadOnlyList<int> variables)
        {
            foreach (int index in variables)
            {
                IParameterSymbol variable = method.Parameters[index];
                if (RoslynNames.IsFloatingPoint(variable.Type) && RoslynNames.NumericTypeOf(variable.Type) != returnType)
                {
                    problems.Add(new Problem(
                        DiagnosticDescriptors.UnsupportedIntegrandReturnType,
                        syntax.ReturnType.GetLocation(),
                        MethodName,
                        "returns '" + method.ReturnType.ToDisplayString() + "' but its variable '" + variable.Name + "' is a '" + variable.Type.ToDisplayString() + "'; make the return type and the variables of integration the same type"));
                    return;
                }
            }
        }

        /// <summary>Every parameter is held by the integrand struct (the variables are passed to its Evaluate): by value, and not a ref struct.</summary>
        private void CheckParameters()
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                Location location = parameter.Locations.FirstOrDefault() ?? syntax.Identifier.GetLocation();
                if (parameter.RefKind != RefKind.None)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.IntegrandCannotHoldParameter, location, parameter.Name, MethodName, "is passed by reference (ref, out or in), and the generated integral calls '" + MethodName + "' from a struct, which cannot hold a reference; pass it by value"));
                }
                else if (parameter.Type.IsRefLikeType)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.IntegrandCannotHoldParameter, location, parameter.Name, MethodName, "has type '" + parameter.Type.ToDisplayString() + "', a ref struct, which the generated integrand struct cannot hold as a field; take an array instead (" + ArrayAdvice(parameter.Type) + ")"));
                }
                else if (parameter.Type.TypeKind == TypeKind.Pointer || parameter.Type.TypeKind == TypeKind.FunctionPointer)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.IntegrandCannotHoldParameter, location, parameter.Name, MethodName, "has the pointer type '" + parameter.Type.ToDisplayString() + "', which the generated code would have to hold in unsafe code; take an array instead"));
                }
            }
        }

        /// <summary><c>double[]</c> for a <c>Span&lt;double&gt;</c> or <c>ReadOnlySpan&lt;double&gt;</c>; a general hint otherwise.</summary>
        private static string ArrayAdvice(ITypeSymbol type) =>
            type is INamedTypeSymbol { IsGenericType: true } named && (named.Name == "Span" || named.Name == "ReadOnlySpan") && named.TypeArguments.Length == 1
                ? named.TypeArguments[0].ToDisplayString() + "[]"
                : "or the values it holds";

        /// <summary>A field name for the instance of an instance method that no parameter uses.</summary>
        private string OwnerField()
        {
            var taken = new HashSet<string>(method.Parameters.Select(p => p.Name), System.StringComparer.Ordinal);
            foreach (string candidate in new[] { "owner", "instance", "target" })
            {
                if (!taken.Contains(candidate))
                {
                    return candidate;
                }
            }

            int n = 2;
            while (taken.Contains("owner" + n))
            {
                n++;
            }

            return "owner" + n;
        }

        /// <summary>The parameter types as one word, to tell overloads' integrands apart: <c>DoubleDouble</c>.</summary>
        private string OverloadSuffix() => string.Concat(method.Parameters.Select(p => TypeWord(p.Type)));

        private static string TypeWord(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => TypeWord(array.ElementType) + "Array" + (array.Rank > 1 ? array.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
            INamedTypeSymbol { IsGenericType: true } named => named.Name + string.Concat(named.TypeArguments.Select(TypeWord)),
            IPointerTypeSymbol pointer => TypeWord(pointer.PointedAtType) + "Pointer",
            _ => type.Name.Length > 0 ? type.Name : "Type",
        };

        /// <summary>A type as a cref writes it: <c>double</c>, <c>global::System.Collections.Generic.List{int}</c>, <c>global::System.Nullable{double}</c>.</summary>
        private static string CrefType(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? "global::System.Nullable{" + CrefType(nullable.TypeArguments[0]) + "}"
                : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace('<', '{').Replace('>', '}');

        /// <summary>A syntax error in the method, or a type in its signature that does not bind.</summary>
        private static bool HasCompileErrors(IMethodSymbol method, MethodDeclarationSyntax syntax) =>
            (syntax.ContainsDiagnostics && syntax.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            || method.ReturnType.TypeKind == TypeKind.Error
            || method.Parameters.Any(p => p.Type.TypeKind == TypeKind.Error)
            || RoslynNames.IsDeclaredTwice(method);
    }
}
