// Areas under curves with compile-time integrals
// ==============================================
// Integral calculus measures areas under curves. For each [Integrable] method in Curves.cs the
// DiffGen source generator writes, when the project compiles,
//   MIntegral        the definite integral, with an estimate of its error: F(to) − F(from) where it
//                    found a closed-form antiderivative F, adaptive Gauss–Kronrod quadrature otherwise;
//   MAntiderivative  that F, where one exists (Half and Twice: x²/4 and x²). Speed branches and the
//                    normal density has no elementary antiderivative, so they get none (DIFF036 says why).
// To see that code, look under obj/.../generated/ after a build.
//
// The program prints, for each area, the closed form against quadrature, each with the error it
// estimates for itself and the error it actually made:
//   1. the calculus course's ∫₁² x/2 dx = 0.75 and ∫₃⁴ 2x dx = 7;
//   2. a braking vehicle's distance, the area under its speed (saved as speed.png, the area shaded);
//   3. the area under a ROC curve by the trapezoid rule (saved as roc.png);
//   4. probabilities as areas under a normal density.
//
// Usage: dotnet run [-- <output folder>]     (default: ./output)

using System;
using System.Globalization;
using System.IO;
using AreaUnderCurve;
using DiffGen;

// Print numbers the same way everywhere (1.5, not 1,5) — in this output and in the plots' labels.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

string outputDirectory = Path.GetFullPath(args.Length > 0 ? args[0] : "output");
Directory.CreateDirectory(outputDirectory);

// 1. The calculus course: the generated antiderivative, MIntegral, and quadrature of the method itself.
Console.WriteLine("1. The calculus course's examples (exact: [x²/4]₁² = 0.75 and [x²]₃⁴ = 7)");
Table.Header();
Table.Row("HalfAntiderivative(2) − HalfAntiderivative(1)", Curves.HalfAntiderivative(2) - Curves.HalfAntiderivative(1), double.NaN, 0.75);
Table.Row("HalfIntegral(1, 2): closed form", Curves.HalfIntegral(1, 2, out double halfError), halfError, 0.75);
Table.Row("Quadrature.Integrate(Curves.Half, 1, 2)", Quadrature.Integrate(Curves.Half, 1, 2, out double halfQuadratureError), halfQuadratureError, 0.75);
Table.Row("TwiceAntiderivative(4) − TwiceAntiderivative(3)", Curves.TwiceAntiderivative(4) - Curves.TwiceAntiderivative(3), double.NaN, 7);
Table.Row("TwiceIntegral(3, 4): closed form", Curves.TwiceIntegral(3, 4, out double twiceError), twiceError, 7);
Table.Row("Quadrature.Integrate(Curves.Twice, 3, 4)", Quadrature.Integrate(Curves.Twice, 3, 4, out double twiceQuadratureError), twiceQuadratureError, 7);
Console.WriteLine();

// 2. A vehicle: Speed branches, so SpeedIntegral is quadrature; the closed form is worked by hand.
const double Cruise = 20, BrakeAt = 10, Braking = 4, End = 20;
Console.WriteLine($"2. A vehicle at {Cruise} m/s brakes at {Braking} m/s² after {BrakeAt} s: its distance is the area under its speed.");
Console.WriteLine($"   Exact, by hand: {Cruise}·t up to {BrakeAt} s, then {Cruise}·t − {Braking}·(t − {BrakeAt})²/2 until it stops at {BrakeAt + Cruise / Braking} s (250 m).");
Table.Header();
foreach (double seconds in new[] { 5.0, 10.0, 12.5, 15.0, End })
{
    double distance = Curves.SpeedIntegral(0, seconds, Cruise, BrakeAt, Braking, out double error);
    Table.Row($"after {seconds,4} s: SpeedIntegral (quadrature)", distance, error, DistanceByHand(seconds));
}

const int Samples = 401;
double[] times = new double[Samples];
double[] speeds = new double[Samples];
for (int i = 0; i < Samples; i++)
{
    times[i] = End * i / (Samples - 1);
    speeds[i] = Curves.Speed(times[i], Cruise, BrakeAt, Braking);
}

Console.WriteLine("   Wrote " + AreaPlots.SaveSpeed(outputDirectory, times, speeds, Curves.SpeedIntegral(0, End, Cruise, BrakeAt, Braking)));
Console.WriteLine();

// 3. A ROC curve: a classifier scores two positives (0.9, 0.6) and two negatives (0.7, 0.3); lowering
// the threshold past each score in turn gives these (false positive rate, true positive rate) points.
double[] falsePositiveRates = { 0, 0, 0.5, 0.5, 1 };
double[] truePositiveRates = { 0, 0.5, 0.5, 1, 1 };
double auc = Quadrature.Trapezoid(falsePositiveRates, truePositiveRates);
Console.WriteLine("3. The area under the ROC curve through (0, 0), (0, 0.5), (0.5, 0.5), (0.5, 1), (1, 1)");
Console.WriteLine("   Exact, by hand: the two rectangles under its steps, 0.5·0.5 + 0.5·1 = 0.75 (also the share of");
Console.WriteLine("   (positive, negative) pairs the classifier ranks right: 3 of 4). The trapezoid rule is exact on");
Console.WriteLine("   straight pieces, so it gives no estimate.");
Table.Header();
Table.Row("Quadrature.Trapezoid(falsePositive, truePositive)", auc, double.NaN, 0.75);
Console.WriteLine("   Wrote " + AreaPlots.SaveRoc(outputDirectory, falsePositiveRates, truePositiveRates, auc));
Console.WriteLine();

// 4. The normal density: exp(−z²/2) has no elementary antiderivative, so NormalIntegral is quadrature.
// The exact values are Φ's, from the error function (Python's math.erf: erf(1.96/√2), ½·(1 + erf(√2))).
Console.WriteLine("4. Probabilities are areas under a density: a normal X with mean μ and deviation σ");
Table.Header();
Table.Row("P(−1.96 < Z < 1.96): NormalIntegral(−1.96, 1.96, 0, 1)", Curves.NormalIntegral(-1.96, 1.96, 0, 1, out double insideError), insideError, 0.9500042097035591);
Table.Row("P(IQ < 130): NormalIntegral(−∞, 130, 100, 15)", Curves.NormalIntegral(double.NegativeInfinity, 130, 100, 15, out double iqError), iqError, 0.9772498680518208);
Table.Row("the whole density: NormalIntegral(−∞, ∞, 100, 15)", Curves.NormalIntegral(double.NegativeInfinity, double.PositiveInfinity, 100, 15, out double wholeError), wholeError, 1);

// The distance after t seconds, worked by hand: constant speed, then braking until the vehicle stops.
static double DistanceByHand(double t)
{
    double braked = Math.Clamp(t - BrakeAt, 0, Cruise / Braking);
    return Cruise * Math.Min(t, BrakeAt) + Cruise * braked - Braking * braked * braked / 2;
}
