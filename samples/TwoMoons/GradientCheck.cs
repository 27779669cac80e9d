using System;

namespace TwoMoons;

/// <summary>
/// Checks the generated gradient against central finite differences
/// ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h, one parameter θ at a time.
/// </summary>
internal static class GradientCheck
{
    // The step: the finite difference's truncation error grows like h², its rounding error like
    // 1/h; at h = 1e-5 both are about 1e-11 here.
    private const double H = 1e-5;

    /// <summary>
    /// Prints, for each of w1, b1, w2 and b2, the largest relative error
    /// |generated − finite difference| / max(|generated|, |finite difference|) over its entries,
    /// and returns the largest of all. Errors below 1e-6 mean they agree: the finite differences
    /// are not more accurate than that for the smallest partials.
    /// </summary>
    public static double Run(Parameters p, Dataset data)
    {
        var gradient = new Parameters(p.Hidden);
        Training.LossAndGradient(p, data, gradient);

        Console.WriteLine($"  {"parameter",-9}  {"entries",7}  {"largest |∂L/∂θ|",15}  {"largest relative error",22}");
        double worst = 0;
        worst = Math.Max(worst, CheckArray("w1", p.W1, gradient.W1, p, data));
        worst = Math.Max(worst, CheckArray("b1", p.B1, gradient.B1, p, data));
        worst = Math.Max(worst, CheckArray("w2", p.W2, gradient.W2, p, data));

        // b2 is a number, not an array; the generator also wrote LossPartialB2 for it alone.
        double partialB2 = Network.LossPartialB2(p.W1, p.B1, p.W2, p.B2, data.X1, data.X2, data.Y);
        double finiteB2 = Central(b2 => Network.Loss(p.W1, p.B1, p.W2, b2, data.X1, data.X2, data.Y), p.B2);
        double errorB2 = Math.Max(RelativeError(gradient.B2, finiteB2), RelativeError(partialB2, finiteB2));
        PrintRow("b2", 1, Math.Abs(gradient.B2), errorB2);
        return Math.Max(worst, errorB2);
    }

    // Compares every entry of one parameter array; the array is changed and restored in place.
    private static double CheckArray(string name, double[] values, double[] generated, Parameters p, Dataset data)
    {
        double worst = 0, largest = 0;
        for (int k = 0; k < values.Length; k++)
        {
            double saved = values[k];
            double finite = Central(
                v =>
                {
                    values[k] = v;
                    return Network.Loss(p.W1, p.B1, p.W2, p.B2, data.X1, data.X2, data.Y);
                },
                saved);
            values[k] = saved;

            worst = Math.Max(worst, RelativeError(generated[k], finite));
            largest = Math.Max(largest, Math.Abs(generated[k]));
        }

        PrintRow(name, values.Length, largest, worst);
        return worst;
    }

    private static double Central(Func<double, double> loss, double at) =>
        (loss(at + H) - loss(at - H)) / (2 * H);

    private static double RelativeError(double a, double b)
    {
        double scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return scale == 0 ? 0 : Math.Abs(a - b) / scale;
    }

    private static void PrintRow(string name, int entries, double largest, double error) =>
        Console.WriteLine($"  {name,-9}  {entries,7}  {largest,15:F6}  {error,22:0.0e+0}");
}
