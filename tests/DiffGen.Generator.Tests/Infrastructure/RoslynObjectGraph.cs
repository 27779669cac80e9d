using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Finds Roslyn objects that a pipeline model must not hold: they keep a whole compilation
    /// alive and defeat the incremental cache (a symbol or node from the previous compilation never
    /// equals the one from the next).
    /// </summary>
    public static class RoslynObjectGraph
    {
        /// <summary>The five the design names, plus the trees, attributes and operations that hold them.</summary>
        private static readonly Type[] Forbidden =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(Compilation),
            typeof(SyntaxTree), typeof(AttributeData), typeof(IOperation),
        };

        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        /// <summary>The paths (e.g. <c>LoweringStep.Method.Location</c>) at which a Roslyn object is reachable from <paramref name="root"/> through fields.</summary>
        public static IReadOnlyList<string> FindInValue(object root)
        {
            var found = new List<string>();
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Visit(root, root.GetType().Name);
            return found;

            void Visit(object? node, string path)
            {
                if (node is null)
                {
                    return;
                }

                Type type = node.GetType();
                if (IsForbidden(type))
                {
                    found.Add(path + " : " + type.FullName);
                    return;
                }

                if (type.IsPrimitive || type.IsEnum || node is string || node is decimal || (!type.IsValueType && !visited.Add(node)))
                {
                    return;
                }

                if (node is Array array)
                {
                    int index = 0;
                    foreach (object? item in (IEnumerable)array)
                    {
                        Visit(item, path + "[" + index++ + "]");
                    }

                    return;
                }

                foreach (FieldInfo field in FieldsOf(type))
                {
                    Visit(field.GetValue(node), path + "." + field.Name);
                }
            }
        }

        /// <summary>
        /// The fields and properties, declared on <paramref name="root"/> or on any type of the
        /// generator's assembly reachable from it, whose declared type is or contains a Roslyn type.
        /// Catches what <see cref="FindInValue"/> cannot see when a test's value leaves a member null.
        /// </summary>
        public static IReadOnlyList<string> FindInDeclaredTypes(Type root)
        {
            Assembly generator = root.Assembly;
            var found = new List<string>();
            var visited = new HashSet<Type>();
            var pending = new Queue<Type>(new[] { root });
            while (pending.Count > 0)
            {
                Type type = pending.Dequeue();
                if (!visited.Add(type))
                {
                    continue;
                }

                var members = FieldsOf(type).Select(f => (f.Name, f.FieldType))
                    .Concat(PropertiesOf(type).Select(p => (p.Name, p.PropertyType)));
                foreach ((string name, Type declared) in members)
                {
                    foreach (Type part in Parts(declared))
                    {
                        if (IsForbidden(part))
                        {
                            found.Add(type.Name + "." + name + " : " + declared);
                        }
                        else if (part.Assembly == generator)
                        {
                            pending.Enqueue(part);
                        }
                    }
                }
            }

            return found;
        }

        private static bool IsForbidden(Type type) => Forbidden.Any(f => f.IsAssignableFrom(type));

        private static IEnumerable<FieldInfo> FieldsOf(Type type)
        {
            for (Type? t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(Instance))
                {
                    yield return field;
                }
            }
        }

        private static IEnumerable<PropertyInfo> PropertiesOf(Type type)
        {
            for (Type? t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (PropertyInfo property in t.GetProperties(Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    yield return property;
                }
            }
        }

        /// <summary>A type and the types it is built from: array elements and generic arguments, recursively.</summary>
        private static IEnumerable<Type> Parts(Type type)
        {
            yield return type;
            IEnumerable<Type> inner = type.HasElementType ? new[] { type.GetElementType()! }
                : type.IsGenericType ? type.GetGenericArguments()
                : Array.Empty<Type>();
            foreach (Type part in inner.SelectMany(Parts))
            {
                yield return part;
            }
        }
    }
}
