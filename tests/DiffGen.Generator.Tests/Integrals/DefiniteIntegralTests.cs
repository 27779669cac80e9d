using System;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// Generated <c>MIntegral</c> against closed forms worked by hand (F(to) − F(from), with F in the
    /// comment of each case in <see cref="IntegralCases"/>): to 1e-10 for double, 1e-6 for float.
    /// </summary>
    public sealed class DefiniteIntegralTests
    {
        private const double Tolerance = 1e-10;

        [Theory]
        [InlineData("HalfIntegral", 1, 2, 0.75)]
        [InlineData("HalfIntegral", 0, 4, 4)]
        [InlineData("TwiceIntegral", 3, 4, 7)]
        [InlineData("TwiceIntegral", -2, 5, 21)]
        [InlineData("CubicIntegral", 0, 1, -4)]
        [InlineData("CubicIntegral", -1, 2, -6)]
        [InlineData("CubicIntegral", 1, 3, 52)]
        [InlineData("SineIntegral", 0, Math.PI, 2)]
        [InlineData("SineIntegral", 0, Math.PI / 2, 1)]
        [InlineData("SineIntegral", -Math.PI, Math.PI, 0)]
        [InlineData("InverseSqrtIntegral", 0, 1, 2)]
        [InlineData("InverseSqrtIntegral", 1, 4, 2)]
        [InlineData("GaussianIntegral", double.NegativeInfinity, double.PositiveInfinity, 1)]
        [InlineData("GaussianIntegral", 0, double.PositiveInfinity, 0.5)]
        [InlineData("GaussianIntegral", double.NegativeInfinity, 0, 0.5)]
        [InlineData("TentIntegral", -1, 2, 2.5)]
        [InlineData("TentIntegral", -3, -1, 4)]
        [InlineData("SquareIntegral", 0, 3, 9)]
        public void OneVariable_MatchesTheClosedForm(string integral, double from, double to, double expected)
        {
            AssertClose(expected, (double)IntegralCases.Calculus.Call(integral, from, to));
        }

        [Theory]
        [InlineData(0, 1)]
        [InlineData(-2, 3)]
        [InlineData(1, 5)]
        public void Exponential_MatchesEToTheBMinusEToTheA(double from, double to)
        {
            AssertClose(Math.Exp(to) - Math.Exp(from), (double)IntegralCases.Calculus.Call("ExponentialIntegral", from, to));
        }

        [Theory]
        [InlineData(10, 2, 0.5, 45)]
        [InlineData(4, 3, -1, 4)]
        [InlineData(1, 0, 9.81, 4.905)]
        public void Speed_IntegratesToTheDistance(double time, double v0, double a, double distance)
        {
            // ∫₀ᵗ (v0 + a·s) ds = v0·t + a·t²/2; v0 and a are passed through unchanged.
            Assert.Equal(v0 * time + a * time * time / 2, distance, 12);
            AssertClose(distance, (double)IntegralCases.Calculus.Call("SpeedIntegral", 0.0, time, v0, a));
        }

        [Theory]
        [InlineData(1, 1.0)]
        [InlineData(4, 25.0 / 12)]
        [InlineData(6, 49.0 / 20)]
        public void AMethodWithALoop_IsIntegratedLikeAnyOther(int terms, double harmonic)
        {
            AssertClose(harmonic, (double)IntegralCases.Calculus.Call("SeriesIntegral", 0.0, 1.0, terms));
        }

        [Theory]
        [InlineData(3, 2, 6)]
        [InlineData(0.5, 4, 4)]
        public void AnInstanceMethod_ReadsItsField(double stiffness, double stretch, double work)
        {
            object spring = Activator.CreateInstance(IntegralCases.Spring, stiffness)!;
            var method = IntegralCases.Spring.GetMethod("ForceIntegral", new[] { typeof(double), typeof(double) })!;
            AssertClose(work, (double)method.Invoke(spring, new object[] { 0.0, stretch })!);
        }

        [Theory]
        [InlineData("HalfIntegral", 0.75)]
        [InlineData("CubicIntegral", 52)]
        public void SwappedBounds_NegateTheIntegral(string integral, double forward)
        {
            (double from, double to) = integral == "HalfIntegral" ? (1.0, 2.0) : (1.0, 3.0);
            AssertClose(forward, (double)IntegralCases.Calculus.Call(integral, from, to));
            AssertClose(-forward, (double)IntegralCases.Calculus.Call(integral, to, from));
            Assert.Equal(0.0, (double)IntegralCases.Calculus.Call(integral, from, from));
        }

        [Fact]
        public void TheErrorEstimateOverload_GivesTheSameValueAndASmallHonestEstimate()
        {
            (double value, double error) = IntegralCases.Calculus.CallWithError<double>("GaussianIntegral", double.NegativeInfinity, double.PositiveInfinity);
            Assert.Equal((double)IntegralCases.Calculus.Call("GaussianIntegral", double.NegativeInfinity, double.PositiveInfinity), value);
            Assert.InRange(error, 0, 1e-10);

            (double speed, double speedError) = IntegralCases.Calculus.CallWithError<double>("SpeedIntegral", 0.0, 10.0, 2.0, 0.5);
            AssertClose(45, speed);
            Assert.InRange(speedError, 0, 1e-10);
        }

        [Fact]
        public void AMethodThatIsNaNOnTheInterval_GivesNaN()
        {
            Assert.True(double.IsNaN((double)IntegralCases.Calculus.Call("LogarithmIntegral", -1.0, 1.0)));
            (double value, double error) = IntegralCases.Calculus.CallWithError<double>("LogarithmIntegral", -1.0, 1.0);
            Assert.True(double.IsNaN(value));
            Assert.True(double.IsNaN(error));

            // ∫₀¹ ln x dx = −1: the singularity at the bound is integrable.
            AssertClose(-1, (double)IntegralCases.Calculus.Call("LogarithmIntegral", 0.0, 1.0));
        }

        [Theory]
        [InlineData("HalfFloatIntegral", 1f, 2f, 0.75)]
        [InlineData("HalfFloatIntegral", 2f, 1f, -0.75)]
        [InlineData("CosineFloatIntegral", 0f, (float)(Math.PI / 2), 1)]
        [InlineData("SquareIntegral", 0f, 3f, 9)]
        public void FloatMethods_MatchTheClosedFormTo1e6(string integral, float from, float to, double expected)
        {
            float value = (float)IntegralCases.Calculus.Call(integral, from, to);
            Assert.True(Math.Abs(value - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected)), integral + " = " + value + ", expected " + expected);
            (float withError, float error) = IntegralCases.Calculus.CallWithError<float>(integral, from, to);
            Assert.Equal(value, withError);
            Assert.InRange(error, 0f, 1e-5f);
        }

        [Fact]
        public void TwoVariables_IntegrateOverTheRectangle_XInnerYOuter()
        {
            // ∫₀¹ ∫₀² x·y² dx dy = ∫₀¹ 2·y² dy = 2/3
            AssertClose(2.0 / 3, (double)IntegralCases.Calculus.Call("ProductIntegral", 0.0, 2.0, 0.0, 1.0));
            (double value, double error) = IntegralCases.Calculus.CallWithError<double>("ProductIntegral", 0.0, 2.0, 0.0, 1.0);
            AssertClose(2.0 / 3, value);
            Assert.InRange(error, 0, 1e-10);

            // The other way round: ∫₀² ∫₀¹ x·y² dx dy = ∫₀² y²/2 dy = 4/3; swapping the inner bounds negates.
            AssertClose(4.0 / 3, (double)IntegralCases.Calculus.Call("ProductIntegral", 0.0, 1.0, 0.0, 2.0));
            AssertClose(-4.0 / 3, (double)IntegralCases.Calculus.Call("ProductIntegral", 1.0, 0.0, 0.0, 2.0));

            // A constant before the variables is passed through: ∫₀² ∫₀¹ (a + x + y) dx dy = 2a + 3.
            AssertClose(6, (double)IntegralCases.Calculus.Call("PlaneIntegral", 0.0, 1.0, 0.0, 2.0, 1.5));

            float single = (float)IntegralCases.Calculus.Call("ProductFloatIntegral", 0f, 2f, 0f, 1f);
            Assert.True(Math.Abs(single - 2.0 / 3) <= 1e-6, "ProductFloatIntegral = " + single);
        }

        private static void AssertClose(double expected, double actual)
        {
            Assert.True(
                Math.Abs(actual - expected) <= Tolerance * Math.Max(1, Math.Abs(expected)),
                "expected " + expected.ToString("R") + ", got " + actual.ToString("R") + " (difference " + (actual - expected).ToString("R") + ")");
        }
    }
}
