using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using DiffGen.Fuzz.Oracle;
using DiffGen.Fuzz.Programs;
using DiffGen.Generator.Tests.Infrastructure;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// Checks one generated [Integrable] case against oracles that share no code with DiffGen: the integrand as
    /// the dual-number oracle evaluates it, and <see cref="ReferenceIntegral"/>. Over the first of the case's
    /// regions where the oracle is finite and moderate at every point of a fine grid and the reference settles:
    /// FAntiderivative (where generated) differentiated by Richardson extrapolation of central differences
    /// equals the integrand at random points; FIntegral, with and without its error estimate, equals the
    /// reference over the region and two random sub-intervals; the estimate is not grossly below the error it
    /// makes; and swapped bounds give the negated integral.
    /// </summary>
    public static class IntegralChecker
    {
        /// <summary>What FIntegral must reach: relative 1e-9, of |∫f|, or of a thousandth of ∫|f| where the integral cancels.</summary>
        public const double Relative = 1e-9;

        /// <summary>An error estimate smaller than the error it makes by more than this factor is a wrong estimate.</summary>
        public const double EstimateFactor = 100;

        /// <summary>Where the integrand is larger than this the region is not used (a pole just outside it).</summary>
        private const double Largest = 1e6;

        private const int AntiderivativePoints = 12;
        private const int GridPoints = 241;
        private const int RectangleGridPoints = 41;
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(40);

        public static CaseResult Check(FuzzCase fuzzCase, IntegralProbe probe, Random random)
        {
            bool? closedForm = fuzzCase.Integral!.Variables.Length == 1 ? probe.Antiderivative is not null : null;
            var task = Task.Run(() => CheckNow(fuzzCase, probe, random) with { ClosedForm = closedForm });
            try
            {
                return task.Wait(Timeout) ? task.Result : new CaseResult(fuzzCase, Outcome.RuntimeException, "did not finish in " + Timeout.TotalSeconds + " s", ClosedForm: closedForm);
            }
            catch (AggregateException e)
            {
                return new CaseResult(fuzzCase, Outcome.RuntimeException, e.InnerException?.ToString() ?? e.ToString(), ClosedForm: closedForm);
            }
        }

        private static CaseResult CheckNow(FuzzCase fuzzCase, IntegralProbe probe, Random random)
        {
            var at = new Points(fuzzCase);
            foreach (var region in fuzzCase.Integral!.Regions)
            {
                var (usable, largest, invalid) = Scan(probe, at, region);
                if (invalid is not null)
                {
                    return new CaseResult(fuzzCase, Outcome.InvalidProgram, invalid);
                }

                Reference? whole = usable ? ReferenceOver(probe, at, region) : null;
                if (whole is null)
                {
                    continue;
                }

                var wrong = new List<string>();
                if (probe.Antiderivative is { } antiderivative)
                {
                    CheckAntiderivative(probe, antiderivative, at, region[0], largest, random, wrong);
                }

                CheckIntegral(probe, at, region, whole, wrong);
                if (region.Length == 1)
                {
                    for (int i = 0; i < 2; i++)
                    {
                        Interval part = SubInterval(region[0], random);
                        if (ReferenceIntegral.Over(x => probe.Oracle(at.Of(x)), part.From, part.To) is { } reference)
                        {
                            CheckIntegral(probe, at, ImmutableArray.Create(part), reference, wrong);
                        }
                    }
                }

                return wrong.Count == 0
                    ? new CaseResult(fuzzCase, Outcome.Pass)
                    : new CaseResult(fuzzCase, Outcome.Wrong, "over " + Describe(region) + at.DescribeConstants() + ": " + string.Join("; ", wrong.Take(4)));
            }

            return new CaseResult(fuzzCase, Outcome.Untested, "no region where the integrand is finite, moderate and its reference integral settles");
        }

        /// <summary>
        /// Whether the oracle is finite, no larger than <see cref="Largest"/> and free of overflow at every point of a grid
        /// over the region, and the largest |f| there. The method itself must agree with its oracle twin (else the fuzzer
        /// printed them differently: an invalid program).
        /// </summary>
        private static (bool Usable, double Largest, string? Invalid) Scan(IntegralProbe probe, Points at, ImmutableArray<Interval> region)
        {
            int n = region.Length == 1 ? GridPoints : RectangleGridPoints;
            double largest = 0;
            foreach (double[] point in at.Grid(region, n))
            {
                Margins.Reset();
                double expected = probe.Oracle(point);
                if (Margins.Overflowed || !(Math.Abs(expected) <= Largest))
                {
                    return (false, 0, null);
                }

                double actual = probe.Value(point);
                if (!(Math.Abs(actual - expected) <= 1e-9 * Math.Max(Math.Abs(expected), 1)))
                {
                    return (false, 0, "F(" + Format(point) + ") = " + Format(actual) + " but its oracle gives " + Format(expected));
                }

                largest = Math.Max(largest, Math.Abs(expected));
            }

            return (true, largest, null);
        }

        private static Reference? ReferenceOver(IntegralProbe probe, Points at, ImmutableArray<Interval> region) =>
            region.Length == 1
                ? ReferenceIntegral.Over(x => probe.Oracle(at.Of(x)), region[0].From, region[0].To)
                : ReferenceIntegral.OverRectangle((x, y) => probe.Oracle(at.Of(x, y)), region[0].From, region[0].To, region[1].From, region[1].To);

        /// <summary>
        /// F′ = f at random points, F′ by Richardson extrapolation of central differences of the generated F. The step
        /// that best suits F is not known in advance (rounding grows as it shrinks, truncation as it grows), so F passes
        /// a point if one of three steps agrees; a wrong F disagrees at every step.
        /// </summary>
        private static void CheckAntiderivative(IntegralProbe probe, Func<double[], double> antiderivative, Points at, Interval interval, double largest, Random random, List<string> wrong)
        {
            double step = Math.Min(0.005, (interval.To - interval.From) / 20);
            for (int i = 0; i < AntiderivativePoints && wrong.Count == 0; i++)
            {
                double x = interval.From + (2 * step) + (random.NextDouble() * (interval.To - interval.From - (4 * step)));
                double f = probe.Oracle(at.Of(x));
                double value = antiderivative(at.Of(x));
                if (double.IsNaN(value) || double.IsInfinity(value))
                {
                    wrong.Add("FAntiderivative(" + Format(x) + ") = " + Format(value) + " where the integrand is " + Format(f));
                    return;
                }

                double closest = double.NaN, allowedThere = 0;
                foreach (double h in new[] { step, step * 3, step / 3 })
                {
                    double derivative = Richardson.Derivative(t => antiderivative(at.Of(t)), x, relativeStep: h / Math.Max(1, Math.Abs(x)));
                    // F's rounding is relative to its intermediates, which are at least of order 1 wherever an elementary
                    // function is near its value at 0 (−ln cos(eˢ) at s = −10 is 5e-10 computed from cos ≈ 1 − 5e-10).
                    double scale = new[] { value, antiderivative(at.Of(x - h)), antiderivative(at.Of(x + h)), 1 }.Max(Math.Abs);
                    double allowed = (1e-8 * Math.Max(Math.Abs(f), 1e-3 * largest)) + (1e-12 * scale / h);
                    if (Math.Abs(derivative - f) <= allowed)
                    {
                        closest = double.NaN;
                        break;
                    }

                    if (double.IsNaN(closest) || Math.Abs(derivative - f) < Math.Abs(closest - f))
                    {
                        closest = derivative;
                        allowedThere = allowed;
                    }
                }

                if (!double.IsNaN(closest))
                {
                    wrong.Add("d/dx FAntiderivative at " + Format(x) + " = " + Format(closest) + " (Richardson), the integrand is " + Format(f) + " (allowed ± " + allowedThere.ToString("G3", CultureInfo.InvariantCulture) + ")");
                }
            }
        }

        /// <summary>FIntegral with and without its estimate against the reference, the estimate's honesty, and each bound pair swapped.</summary>
        private static void CheckIntegral(IntegralProbe probe, Points at, ImmutableArray<Interval> region, Reference reference, List<string> wrong)
        {
            double[] bounds = region.SelectMany(i => new[] { i.From, i.To }).ToArray();
            double[] point = at.Of(region.Select(i => i.From).ToArray());
            double allowed = (Relative * Math.Max(Math.Abs(reference.Value), 1e-3 * reference.Absolute)) + reference.Uncertainty + double.Epsilon;
            string where = "∫ over " + Describe(region);
            double plain = probe.Integral(bounds, point);
            double withEstimate = probe.IntegralWithError(bounds, point, out double estimate);
            string expected = ", the reference is " + Format(reference.Value) + " (± " + reference.Uncertainty.ToString("G2", CultureInfo.InvariantCulture) + ", ∫|f| = " + Format(reference.Absolute) + ")";
            if (!(Math.Abs(plain - reference.Value) <= allowed))
            {
                wrong.Add(where + ": FIntegral = " + Format(plain) + expected);
            }

            if (!(Math.Abs(withEstimate - reference.Value) <= allowed))
            {
                wrong.Add(where + ": FIntegral(..., out errorEstimate) = " + Format(withEstimate) + expected);
            }
            else if (!(estimate >= 0) || Math.Abs(withEstimate - reference.Value) > (EstimateFactor * estimate) + (10 * reference.Uncertainty))
            {
                wrong.Add(where + ": errorEstimate = " + Format(estimate) + " but the error is " + Format(Math.Abs(withEstimate - reference.Value)) + expected);
            }

            for (int side = 0; side < region.Length; side++)
            {
                double[] swapped = (double[])bounds.Clone();
                (swapped[2 * side], swapped[(2 * side) + 1]) = (bounds[(2 * side) + 1], bounds[2 * side]);
                double negated = probe.Integral(swapped, point);
                if (!(Math.Abs(negated + plain) <= allowed))
                {
                    wrong.Add(where + " with the bounds of " + at.Variables[side] + " swapped: FIntegral = " + Format(negated) + ", not −" + Format(plain));
                }
            }
        }

        private static Interval SubInterval(Interval interval, Random random)
        {
            double width = interval.To - interval.From;
            double a = interval.From + (random.NextDouble() * 0.9 * width);
            double b = a + (0.1 * width) + (random.NextDouble() * (interval.To - a - (0.1 * width)));
            return new Interval(a, Math.Min(b, interval.To));
        }

        private static string Describe(ImmutableArray<Interval> region) =>
            string.Join(" × ", region.Select(i => "[" + Format(i.From) + ", " + Format(i.To) + "]"));

        public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private static string Format(double[] point) => string.Join(", ", point.Select(Format));

        /// <summary>Points of F's parameter list: the variables where asked, every constant at its value.</summary>
        private sealed class Points
        {
            private readonly double[] template;
            private readonly int[] positions;
            private readonly FuzzCase fuzzCase;

            public Points(FuzzCase fuzzCase)
            {
                this.fuzzCase = fuzzCase;
                var parameters = fuzzCase.Entry.Parameters.Select(p => p.Name).ToList();
                template = parameters.Select(name => fuzzCase.Integral!.Constants.FirstOrDefault(c => c.Name == name)?.Value ?? 0).ToArray();
                positions = fuzzCase.Integral!.Variables.Select(v => parameters.IndexOf(v)).ToArray();
                Variables = fuzzCase.Integral.Variables.ToArray();
            }

            public string[] Variables { get; }

            public double[] Of(params double[] variables)
            {
                double[] point = (double[])template.Clone();
                for (int i = 0; i < positions.Length; i++)
                {
                    point[positions[i]] = variables[i];
                }

                return point;
            }

            /// <summary>A grid of n points per side over the region, bounds included.</summary>
            public IEnumerable<double[]> Grid(ImmutableArray<Interval> region, int n)
            {
                double Along(Interval side, int i) => side.From + ((side.To - side.From) * i / (n - 1));
                if (region.Length == 1)
                {
                    return Enumerable.Range(0, n).Select(i => Of(Along(region[0], i)));
                }

                return Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, n).Select(j => Of(Along(region[0], i), Along(region[1], j))));
            }

            public string DescribeConstants() =>
                fuzzCase.Integral!.Constants.Length == 0 ? "" : " with " + string.Join(", ", fuzzCase.Integral.Constants.Select(c => c.Name + " = " + Format(c.Value)));
        }
    }
}
