using System;

namespace DiffGen
{
    /// <summary>
    /// The iterated integral ∫ (∫ f(x, y) dx) dy over a rectangle: for each y the outer quadrature
    /// asks for, an inner adaptive integration over x. Either variable's bounds may be infinite.
    /// </summary>
    /// <remarks>
    /// The error estimate adds the outer integration's estimate and the effect of the inner ones:
    /// each inner value is off by at most its own estimate e(y), and the outer rule's weights are
    /// positive and sum to the outer interval's length L, so the outer sum is off by at most
    /// L · max e (in the variable the outer rule works in, where e carries the factor dy/dt of an
    /// infinite range).
    /// </remarks>
    internal static class RectangleIntegration
    {
        public static QuadratureResult Integrate<TIntegrand>(
            ref TIntegrand integrand, double xFrom, double xTo, double yFrom, double yTo, in QuadratureSettings settings)
            where TIntegrand : IIntegrand2D
        {
            if (double.IsNaN(yFrom) || double.IsNaN(yTo) || double.IsNaN(xFrom) || double.IsNaN(xTo))
            {
                return QuadratureResult.NotANumber(0, 0);
            }

            if (yFrom == yTo || xFrom == xTo)
            {
                return new QuadratureResult(0, 0, QuadratureStatus.Converged, 0, 0);
            }

            if (yFrom > yTo)
            {
                return Integrate(ref integrand, xFrom, xTo, yTo, yFrom, settings).Negated();
            }

            if (double.IsNegativeInfinity(yFrom) && double.IsPositiveInfinity(yTo))
            {
                // Each half on its own, as for one variable (IntervalIntegration): a fold would cancel a divergent odd part.
                QuadratureResult below = Integrate(ref integrand, xFrom, xTo, yFrom, 0, settings);
                return below.Status == QuadratureStatus.NotANumber ? below : below.Plus(Integrate(ref integrand, xFrom, xTo, 0, yTo, settings));
            }

            IntervalMap yMap = IntervalMap.For(yFrom, yTo);
            var outer = new OuterIntegrand<TIntegrand>(new InnerIntegral<TIntegrand>(integrand, xFrom, xTo, settings), yMap);
            QuadratureResult result = AdaptiveGaussKronrod.Integrate(ref outer, yMap.Start, yMap.End, settings);
            integrand = outer.Inner.Function;
            if (result.Status == QuadratureStatus.NotANumber)
            {
                return result;
            }

            double innerErrors = (yMap.End - yMap.Start) * outer.LargestInnerError;
            return new QuadratureResult(
                result.Value, result.ErrorEstimate + innerErrors, result.Status, result.Subintervals, result.Evaluations + outer.Inner.Evaluations);
        }

        /// <summary>x ↦ f(x, y) for one y.</summary>
        private struct Slice<TIntegrand> : IIntegrand
            where TIntegrand : IIntegrand2D
        {
            public TIntegrand Function;
            private readonly double y;

            public Slice(TIntegrand function, double y)
            {
                Function = function;
                this.y = y;
            }

            public double Evaluate(double x) => Function.Evaluate(x, y);
        }

        /// <summary>y ↦ ∫ f(x, y) dx, adding up the error estimates of the inner integrations it does.</summary>
        private struct InnerIntegral<TIntegrand> : IIntegrand
            where TIntegrand : IIntegrand2D
        {
            public TIntegrand Function;
            public double ErrorSum;
            public int Evaluations;
            private readonly double xFrom;
            private readonly double xTo;
            private readonly QuadratureSettings settings;

            public InnerIntegral(TIntegrand function, double xFrom, double xTo, QuadratureSettings settings)
            {
                Function = function;
                this.xFrom = xFrom;
                this.xTo = xTo;
                this.settings = settings;
                ErrorSum = 0;
                Evaluations = 0;
            }

            public double Evaluate(double y)
            {
                var slice = new Slice<TIntegrand>(Function, y);
                QuadratureResult inner = IntervalIntegration.Integrate(ref slice, xFrom, xTo, settings);
                Function = slice.Function;
                Evaluations += inner.Evaluations;
                double value = inner.Answer(out double error);   // NaN where the inner integral may diverge: the outer one then gives NaN
                ErrorSum += error;
                return value;
            }
        }

        /// <summary>The outer integrand in the outer rule's variable t, recording the largest inner error times dy/dt.</summary>
        private struct OuterIntegrand<TIntegrand> : IIntegrand
            where TIntegrand : IIntegrand2D
        {
            public InnerIntegral<TIntegrand> Inner;
            public double LargestInnerError;
            private readonly IntervalMap yMap;

            public OuterIntegrand(InnerIntegral<TIntegrand> inner, IntervalMap yMap)
            {
                Inner = inner;
                this.yMap = yMap;
                LargestInnerError = 0;
            }

            public double Evaluate(double t)
            {
                Inner.ErrorSum = 0;
                double value = yMap.Evaluate(ref Inner, t);
                LargestInnerError = Math.Max(LargestInnerError, Inner.ErrorSum * yMap.Jacobian(t));
                return value;
            }
        }
    }
}
