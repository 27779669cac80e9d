using System;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Lowering;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// netstandard2.0 and .NET Framework have no System.MathF: float code generated for them
    /// calls System.Math and converts back. (No netstandard2.0 reference pack restores here, so the
    /// lowered method is marked as targeting one and its output compiled against .NET 9.)
    /// </summary>
    public sealed class NoMathFTests
    {
        [Fact]
        public void Float_methods_without_MathF_call_Math_and_convert()
        {
            string source = "using System;\nusing DiffGen;\npublic static partial class Legacy\n{\n    [Differentiable] public static float F(float x, float y) => (float)Math.Sin(x * y) * (float)Math.Sqrt(x) + (float)Math.Pow(y, 2.5) + (float)Math.Abs(x - y);\n}\n";
            CSharpCompilation compilation = GeneratorHarness.Compile(source);
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            SemanticModel model = compilation.GetSemanticModel(tree);
            MethodDeclarationSyntax syntax = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
            var method = (IMethodSymbol)model.GetDeclaredSymbol(syntax)!;
            LoweringOutcome outcome = MethodLowering.Lower(method, syntax, DifferentiableMethods.DifferentiableAttribute(method)!, model, CancellationToken.None);
            Assert.NotNull(outcome.Method);

            GeneratedSource generated = SourceEmitter.Emit(outcome.Method! with { HasMathF = false });
            Assert.DoesNotContain("MathF", generated.Text, StringComparison.Ordinal);
            Assert.Contains("(float)global::System.Math.", generated.Text, StringComparison.Ordinal);

            Compilation output = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(generated.Text, (CSharpParseOptions)tree.Options));
            GeneratorHarness.AssertNoDiagnostics(output.GetDiagnostics(), "float code generated without MathF");
        }
    }
}
