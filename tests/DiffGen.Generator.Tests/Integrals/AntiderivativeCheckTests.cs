using DiffGen.Generator.Functions;
using DiffGen.Generator.Symbolic;
using DiffGen.Generator.Symbolic.Integration;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// The check every candidate antiderivative passes before it is emitted: right ones pass, symbolically or at
    /// sample points; wrong ones, nearly right ones and ones defined on less than the integrand are dropped.
    /// </summary>
    public sealed class AntiderivativeCheckTests
    {
        private readonly ExprBuilder b = new ExprBuilder();
        private readonly Symbol x;

        public AntiderivativeCheckTests()
        {
            x = (Symbol)b.Symbol("x", "x");
        }

        private Expr Sin => b.Call(ElementaryFunction.Sin, x);

        private Expr Cos => b.Call(ElementaryFunction.Cos, x);

        [Fact]
        public void ARightCandidatePassesSymbolically()
        {
            Assert.Equal(CheckKind.Symbolic, AntiderivativeCheck.Check(b, Sin, b.Negate(Cos), x));
        }

        [Fact]
        public void ARightCandidateWhoseDifferenceDoesNotSimplifyPassesAtTheSamplePoints()
        {
            // d/dx atan(x/3)/3 = 1/(9 + x²), written by the derivative rules as (1/3)·(1/3)/(1 + (x/3)²).
            Expr f = b.Reciprocal(b.Sum(9, new[] { new SumTerm(1, b.Square(x)) }));
            Expr candidate = b.Scale(1.0 / 3, b.Call(ElementaryFunction.Atan, b.Scale(1.0 / 3, x)));
            Assert.Equal(CheckKind.Numeric, AntiderivativeCheck.Check(b, f, candidate, x));
        }

        [Fact]
        public void AWrongCandidateIsDropped()
        {
            Assert.Null(AntiderivativeCheck.Check(b, Sin, Cos, x));
            Assert.Null(AntiderivativeCheck.Check(b, b.Call(ElementaryFunction.Exp, b.Negate(b.Square(x))), b.Call(ElementaryFunction.Exp, b.Negate(b.Square(x))), x));
        }

        [Fact]
        public void ANearlyRightCandidateIsDropped()
        {
            Assert.Null(AntiderivativeCheck.Check(b, Sin, b.Scale(-1.000001, Cos), x));
        }

        [Fact]
        public void ACandidateDefinedOnLessThanTheIntegrandIsDropped()
        {
            // (ln x)′ = 1/x simplifies to the integrand, but ln x is NaN at x < 0, where 1/x is defined: ln|x| is the antiderivative.
            Expr f = b.Reciprocal(x);
            Assert.Null(AntiderivativeCheck.Check(b, f, b.Call(ElementaryFunction.Log, x), x));
            Assert.NotNull(AntiderivativeCheck.Check(b, f, b.Call(ElementaryFunction.Log, b.Call(ElementaryFunction.Abs, x)), x));
        }
    }
}
