using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// An oracle for where Richardson differences may be trusted in a method with branches: the case's source compiled
    /// without the generator, every test it makes (if, while, do, for conditions, ?: and the sides Math.Abs, Math.Max and
    /// Math.Min take) recorded as it runs. A point is steady when the record is the same with each floating-point argument
    /// (each element of each array) moved by ±h/2 and ±h, h a little more than the oracle's first step (1 % of the value):
    /// then no branch flips between the points the differences read.
    /// </summary>
    public static class GateTrace
    {
        private static readonly ConcurrentDictionary<string, Lazy<Func<object[], List<bool>?>>> Compiled = new ConcurrentDictionary<string, Lazy<Func<object[], List<bool>?>>>();

        private const string Recorder = """
            namespace Traced
            {
                public static class Tr
                {
                    [System.ThreadStatic] public static System.Collections.Generic.List<bool> Log;
                    public static bool T(bool b) { Log?.Add(b); return b; }
                    public static double Abs(double v) { Log?.Add(v >= 0); return System.Math.Abs(v); }
                    public static float Abs(float v) { Log?.Add(v >= 0); return System.MathF.Abs(v); }
                    public static int Abs(int v) { return System.Math.Abs(v); }
                    public static long Abs(long v) { return System.Math.Abs(v); }
                    public static int Max(int a, int b) => System.Math.Max(a, b);
                    public static long Max(long a, long b) => System.Math.Max(a, b);
                    public static double Max(double a, double b) { Log?.Add(a >= b); return System.Math.Max(a, b); }
                    public static float Max(float a, float b) { Log?.Add(a >= b); return System.MathF.Max(a, b); }
                    public static int Min(int a, int b) => System.Math.Min(a, b);
                    public static long Min(long a, long b) => System.Math.Min(a, b);
                    public static double Min(double a, double b) { Log?.Add(a <= b); return System.Math.Min(a, b); }
                    public static float Min(float a, float b) { Log?.Add(a <= b); return System.MathF.Min(a, b); }
                }
            }
            """;

        /// <summary>An Accept predicate for the method <paramref name="name"/> of <paramref name="source"/>: the point is steady.</summary>
        public static Func<object[], bool> Steady(string name, string source) => point => IsSteady(name, source, point);

        public static bool IsSteady(string name, string source, object[] point)
        {
            Func<object[], List<bool>?> run = Compiled.GetOrAdd(name, _ => new Lazy<Func<object[], List<bool>?>>(() => Compile(name, source))).Value;
            List<bool>? at = run(point);
            if (at == null)
            {
                return false;
            }

            for (int position = 0; position < point.Length; position++)
            {
                if (point[position] is double scalar)
                {
                    foreach (double move in Moves(scalar))
                    {
                        if (!Same(at, run(Arguments.With(point, position, scalar + move))))
                        {
                            return false;
                        }
                    }
                }
                else if (point[position] is double[] values)
                {
                    for (int j = 0; j < values.Length; j++)
                    {
                        foreach (double move in Moves(values[j]))
                        {
                            if (!Same(at, run(Arguments.WithElement(point, position, j, values[j] + move))))
                            {
                                return false;
                            }
                        }
                    }
                }
            }

            return true;
        }

        private static IEnumerable<double> Moves(double v)
        {
            // The oracle's points (Richardson.Derivative: h = 1 % of max(1, |v|), halved four times), and a little beyond.
            double h = 0.01 * Math.Max(1, Math.Abs(v));
            return new[] { 1.05 * h, h, h / 2, h / 4, h / 8, h / 16 }.SelectMany(m => new[] { -m, m });
        }

        private static bool Same(List<bool> a, List<bool>? b) => b != null && a.SequenceEqual(b);

        private static Func<object[], List<bool>?> Compile(string name, string source)
        {
            SyntaxTree parsed = CSharpSyntaxTree.ParseText(CompiledCase.SourceOf(new ArrayCase(name, source, (_, _) => Array.Empty<object>())), new CSharpParseOptions(LanguageVersion.Latest));
            SyntaxNode traced = new Tracer().Visit(parsed.GetRoot());
            CSharpCompilation compilation = GeneratorHarness.Compile(traced.ToFullString(), Recorder).WithAssemblyName("Traced_" + name + "_" + Guid.NewGuid().ToString("N"));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The traced copy of " + name + " does not compile:\n" + string.Join("\n", errors) + "\n" + traced.ToFullString());
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            Assembly assembly = Assembly.Load(image.ToArray());
            MethodInfo method = assembly.GetType("Tests.Cases", throwOnError: true)!.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
            Type recorder = assembly.GetType("Traced.Tr", throwOnError: true)!;
            FieldInfo log = recorder.GetField("Log")!;
            return arguments =>
            {
                var list = new List<bool>();
                log.SetValue(null, list);
                try
                {
                    object? value = method.Invoke(null, Arguments.DeepCopy(arguments));
                    double v = Convert.ToDouble(value);
                    return double.IsFinite(v) ? list : null;
                }
                catch (TargetInvocationException)
                {
                    return null;
                }
                finally
                {
                    log.SetValue(null, null);
                }
            };
        }

        /// <summary>Each test wrapped in Tr.T(...), each Math.Abs/Max/Min (and MathF's) sent to Tr.</summary>
        private sealed class Tracer : CSharpSyntaxRewriter
        {
            private static ExpressionSyntax Wrap(ExpressionSyntax e) =>
                SyntaxFactory.ParseExpression("global::Traced.Tr.T(" + e.ToFullString() + ")");

            public override SyntaxNode? VisitIfStatement(IfStatementSyntax node)
            {
                var visited = (IfStatementSyntax)base.VisitIfStatement(node)!;
                return visited.WithCondition(Wrap(visited.Condition));
            }

            public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
            {
                var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
                return visited.WithCondition(Wrap(visited.Condition));
            }

            public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
            {
                var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
                return visited.WithCondition(Wrap(visited.Condition));
            }

            public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
            {
                var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
                return visited.Condition == null ? visited : visited.WithCondition(Wrap(visited.Condition));
            }

            public override SyntaxNode? VisitConditionalExpression(ConditionalExpressionSyntax node)
            {
                var visited = (ConditionalExpressionSyntax)base.VisitConditionalExpression(node)!;
                return visited.WithCondition(SyntaxFactory.ParenthesizedExpression(Wrap(visited.Condition)));
            }

            public override SyntaxNode? VisitAttributeList(AttributeListSyntax node) => node;

            public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
            {
                var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
                if (visited.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Math" or "MathF" }, Name.Identifier.Text: "Abs" or "Max" or "Min" } access)
                {
                    return visited.WithExpression(SyntaxFactory.ParseExpression("global::Traced.Tr." + access.Name.Identifier.Text));
                }

                return visited;
            }
        }
    }
}
