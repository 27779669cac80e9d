using System;
using System.Globalization;
using AreaUnderCurve;

// Areas under curves with the generated MIntegral members: each is computed by adaptive
// Gauss–Kronrod quadrature of the method itself and comes with an estimate of its error.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine("The calculus course's examples, against the values worked by hand:");
double half = Curves.HalfIntegral(1, 2, out double halfError);
Console.WriteLine($"  ∫₁² x/2 dx = {half:R} ± {halfError:G2}   (by hand: [x²/4]₁² = 0.75)");
double twice = Curves.TwiceIntegral(3, 4, out double twiceError);
Console.WriteLine($"  ∫₃⁴ 2x dx  = {twice:R} ± {twiceError:G2}   (by hand: [x²]₃⁴ = 7)");

Console.WriteLine();
Console.WriteLine("A vehicle at 20 m/s brakes at 4 m/s² after 10 s: its distance is the area under its speed.");
foreach (double seconds in new[] { 5.0, 10.0, 12.5, 15.0, 20.0 })
{
    double distance = Curves.SpeedIntegral(0, seconds, 20, 10, 4, out double error);
    Console.WriteLine($"  after {seconds,4} s: {distance,8:F3} m ± {error:G2}");
}

Console.WriteLine("  (by hand: 20·10 = 200 m at constant speed, then 20²/(2·4) = 50 m of braking: 250 m in all)");

Console.WriteLine();
Console.WriteLine("A probability is an area under a density: P(μ − 1.96σ < X < μ + 1.96σ) for a normal X.");
double inside = Curves.NormalIntegral(-1.96, 1.96, 0, 1, out double insideError);
Console.WriteLine($"  {inside:R} ± {insideError:G2}   (tables: 0.9500042)");
double whole = Curves.NormalIntegral(double.NegativeInfinity, double.PositiveInfinity, 100, 15, out double wholeError);
Console.WriteLine($"  over (−∞, ∞): {whole:R} ± {wholeError:G2}   (a density integrates to 1)");
