using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// The attributes of a <c>[Differentiable]</c> or <c>[Integrable]</c> method that its generated members carry too, as C#
    /// text: <c>[Obsolete]</c> and <c>[Experimental]</c>. The generated members are as obsolete or experimental as the method
    /// they come from, and they call or read what it does: an <c>[Experimental]</c> method may read an experimental field, an
    /// <c>[Obsolete]</c> one a member that is an error to use elsewhere (<c>[Obsolete(error: true)]</c>), and an integrand calls
    /// the method itself. Only inside a member that is itself experimental or obsolete does the compiler allow that.
    /// </summary>
    internal static class CarriedAttributes
    {
        private static readonly string[] Carried = { RestrictedMembers.Obsolete, RestrictedMembers.Experimental };

        public static EquatableArray<string> Of(IMethodSymbol method) =>
            method.GetAttributes()
                .Where(a => a.AttributeClass != null && Carried.Contains(a.AttributeClass.ToDisplayString()) && a.AttributeConstructor != null)
                .Select(Text)
                .Where(text => text != null)
                .Select(text => text!)
                .ToEquatableArray();

        /// <summary><c>[global::System.Obsolete("Use G", true)]</c>: the attribute as written, with its arguments as literals; null when one is not a string, bool or null.</summary>
        private static string? Text(AttributeData attribute)
        {
            var arguments = new List<string>();
            foreach (TypedConstant argument in attribute.ConstructorArguments)
            {
                if (Literal(argument) is not string literal)
                {
                    return null;
                }

                arguments.Add(literal);
            }

            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (Literal(named.Value) is not string literal)
                {
                    return null;
                }

                arguments.Add(named.Key + " = " + literal);
            }

            string name = attribute.AttributeClass!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return "[" + name + (arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")") + "]";
        }

        private static string? Literal(TypedConstant constant) => constant.Kind != TypedConstantKind.Primitive ? null : constant.Value switch
        {
            null => "null",
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            bool b => b ? "true" : "false",
            _ => null,
        };
    }
}
