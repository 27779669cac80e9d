using System.Collections.Generic;
using System.IO;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Package;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>The valid sources the mutants are made from: catalog cases, the samples, the benchmarks' problems and a few of its own.</summary>
    public sealed partial class MutationRobustnessTests
    {
        /// <summary>Array and loop catalog cases, one of each shape: jagged and 2-D data, Stop, [DerivativeOf], local functions, switches, every loop, spans, instance members, float.</summary>
        private static readonly string[] CatalogSeeds =
        {
            "NsCustomDerivative", "Av5HaCalls", "N4InstanceRidge", "N4StructTableHorner", "Av9JaggedRowsBreak",
            "N2PoissonGlmJagged", "LrvStopAndUse", "N4StoppedEpochBound", "GrvLocalFunctionChain", "N3GeluLocalFunction",
            "N4SwitchExpressionHuber", "N2SwitchStatementLoss", "FsSharpe", "GeStackalloc", "LxrDoFirst", "Av9DoContinue",
            "LxrDoOnce", "Av9WhileConditionReadsLocal", "LxrForeachLocal", "NurForeachWrites", "Av3PartialLocalArrayFloat",
            "GeWeightsFloat", "Av3FloatSpanCallee", "FhrSwitchSectionBlocks", "N4CallInIfInWhileBreak", "PtMinImageTernary",
        };

        /// <summary>Files of the samples and the benchmarks, reduced to their attributed methods, the fields and the types these live in.</summary>
        private static readonly string[] FileSeeds =
        {
            "samples/SigmoidNeuron/Model.cs", "samples/Optimization/Functions.cs", "samples/LinearRegression/BatchCost.cs",
            "samples/TwoMoons/Network.cs", "samples/AreaUnderCurve/Curves.cs", "tests/DiffGen.Benchmarks/Problems/SoftmaxCrossEntropy.cs",
            "tests/DiffGen.Benchmarks/Problems/Perceptron.cs", "tests/DiffGen.Benchmarks/Problems/Gmm.cs", "tests/DiffGen.Benchmarks/Problems/Integrands.cs",
            "tests/DiffGen.Benchmarks/Problems/HimmelblauBeale.cs",
        };

        /// <summary>Shapes the catalogs hold little of: scalar code, members of structs and records, the global namespace, float scalars.</summary>
        private static readonly string[] InlineSeeds =
        {
            """
            using System;
            using DiffGen;

            namespace Scalars
            {
                public static partial class Functions
                {
                    [Differentiable]
                    public static double Smooth(double x, double y)
                    {
                        double a = Math.Sin(x) * y + 2.5;
                        double b = a > 0 ? Math.Log(a + 1) : -a;
                        if (y < -1)
                        {
                            return b * x;
                        }

                        b += Gradient.Stop(a) * x / (1 + y * y);
                        return b - Math.Sqrt(x * x + 1) % 3;
                    }

                    [Differentiable("x")]
                    public static float Shrink(float x, float k, int n) => n > 0 && x > k ? MathF.Tanh(x - k) * n : MathF.Exp(-x * x) / (1 + k);
                }
            }
            """,
            """
            using System;
            using DiffGen;

            public partial struct Spring
            {
                public double K;

                [Differentiable]
                public readonly double Energy(double x, double v) => 0.5 * K * x * x + 0.5 * v * v;
            }

            public partial record Pendulum(double Length)
            {
                [Differentiable]
                public double Period(double g, double theta)
                {
                    double t = 2 * Math.PI * Math.Sqrt(Length / g);
                    return t * (1 + theta * theta / 16);
                }
            }
            """,
            """
            using System;
            using DiffGen;

            namespace Calculus;

            public static partial class Areas
            {
                [Integrable("t")]
                public static double Series(double t, int terms)
                {
                    double sum = 0, power = 1;
                    for (int n = 0; n < terms; n++)
                    {
                        sum += power;
                        power *= t;
                    }

                    return sum;
                }

                [Integrable]
                public static double Tent(double x)
                {
                    if (x < 0)
                    {
                        return -x;
                    }

                    return x;
                }

                [Integrable("x", "y")]
                public static float Plane(float x, float y) => 2 * x + y * y;
            }
            """,
            """
            using System;
            using DiffGen;

            namespace Custom
            {
                public static class Outside
                {
                    public static double Cube(double u) => u * u * u;
                }

                public static partial class Uses
                {
                    [Differentiable]
                    public static double Square(double u) => u * u;

                    [Differentiable]
                    public static double UsesCustom(double x, double y) => Outside.Cube(x * y) + Square(x - y);

                    [DerivativeOf(typeof(Outside), nameof(Outside.Cube))]
                    public static double CubeDerivative(double u, out double dU)
                    {
                        dU = 3 * u * u;
                        return Outside.Cube(u);
                    }
                }
            }
            """,
        };

        private static IReadOnlyList<(string Name, string Source)> Seeds() =>
            CatalogSeeds.Select(name => (name, CompiledCase.SourceOf(ArrayCaseCatalog.All.Concat(NotebookSweep3Cases.All).Concat(NotebookSweep4Cases.All).Single(c => c.Name == name))))
                .Concat(FileSeeds.Select(path => (path, Reduced(File.ReadAllText(Path.Combine(RepositoryPaths.Root, path))))))
                .Concat(InlineSeeds.Select((source, i) => ("inline" + i, source)))
                .ToList();

        /// <summary>The file without the members that are neither attributed methods nor fields (hand-written gradients that call helpers elsewhere).</summary>
        private static string Reduced(string text)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(text).GetRoot();
            var drop = root.DescendantNodes().OfType<MemberDeclarationSyntax>()
                .Where(m => m.Parent is TypeDeclarationSyntax && m is not FieldDeclarationSyntax && m is not BaseTypeDeclarationSyntax && !HasSeedAttribute(m))
                .ToList();
            root = root.RemoveNodes(drop, SyntaxRemoveOptions.KeepNoTrivia)!;
            var emptyTypes = root.DescendantNodes().OfType<TypeDeclarationSyntax>()
                .Where(t => !t.DescendantNodes().OfType<MethodDeclarationSyntax>().Any())
                .ToList();
            return root.RemoveNodes(emptyTypes, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString();
        }

        private static bool HasSeedAttribute(MemberDeclarationSyntax member) =>
            member.AttributeLists.SelectMany(l => l.Attributes).Any(a => IsSeedAttribute(a.Name.ToString()));

        private static bool IsSeedAttribute(string name) =>
            name.Contains("Differentiable", System.StringComparison.Ordinal) || name.Contains("Integrable", System.StringComparison.Ordinal)
            || name.Contains("DerivativeOf", System.StringComparison.Ordinal);
    }
}
