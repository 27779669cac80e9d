using DiffGen.Generator.Functions;
using DiffGen.Generator.Symbolic;
using DiffGen.Generator.Symbolic.Integration;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// The form an antiderivative is left in: numbers times sums multiplied out, like terms collected, a shared
    /// exponential taken out; and the check, which multiplies out products of sums to see a difference vanish.
    /// </summary>
    public sealed class CollectingTests
    {
        private readonly ExprBuilder b = new ExprBuilder();
        private readonly Symbol x;

        public CollectingTests()
        {
            x = (Symbol)b.Symbol("x", "x");
        }

        private Expr Exp => b.Call(ElementaryFunction.Exp, x);

        [Fact]
        public void ANumberTimesASumIsMultipliedOutAndTheSharedExponentialTakenOut()
        {
            // x²·eˣ − 2·(x·eˣ − eˣ), as integration by parts builds it, is (x² − 2·x + 2)·eˣ.
            Expr byParts = b.Subtract(b.Multiply(b.Square(x), Exp), b.Scale(2, b.Subtract(b.Multiply(x, Exp), Exp)));
            Expr expected = b.Multiply(b.Sum(2, new[] { new SumTerm(1, b.Square(x)), new SumTerm(-2, x) }), Exp);

            Assert.Same(expected, Collecting.Of(b, byParts));
        }

        [Fact]
        public void LikeTermsAreCollectedWithoutAnExponentialToTakeOut()
        {
            // −x²·cos x + 2·(x·sin x + cos x) − (cos x)·1: no exponential, the terms are collected only.
            Expr cos = b.Call(ElementaryFunction.Cos, x), sin = b.Call(ElementaryFunction.Sin, x);
            Expr built = b.Sum(0, new[]
            {
                new SumTerm(-1, b.Multiply(b.Square(x), cos)),
                new SumTerm(2, b.Add(b.Multiply(x, sin), cos)),
                new SumTerm(-1, cos),
            });
            Expr expected = b.Sum(0, new[] { new SumTerm(-1, b.Multiply(b.Square(x), cos)), new SumTerm(2, b.Multiply(x, sin)), new SumTerm(1, cos) });

            Assert.Same(expected, Collecting.Of(b, built));
        }

        [Fact]
        public void ADifferenceOfProductsOfSumsThatIsZeroExpandsToZero()
        {
            // (x² − 2·x + 2)·eˣ + (2·x − 2)·eˣ − x²·eˣ: the derivative of the collected form minus the integrand.
            Expr p = b.Sum(2, new[] { new SumTerm(1, b.Square(x)), new SumTerm(-2, x) });
            Expr q = b.Sum(-2, new[] { new SumTerm(2, x) });
            Expr difference = b.Sum(0, new[] { new SumTerm(1, b.Multiply(p, Exp)), new SumTerm(1, b.Multiply(q, Exp)), new SumTerm(-1, b.Multiply(b.Square(x), Exp)) });

            Assert.IsNotType<Constant>(difference);
            Assert.Equal(0, Assert.IsType<Constant>(Collecting.Expanded(b, difference)).Value);
            Assert.Equal(CheckKind.Symbolic, AntiderivativeCheck.Check(b, b.Multiply(b.Square(x), Exp), Collecting.Of(b, b.Multiply(p, Exp)), x));
        }
    }
}
