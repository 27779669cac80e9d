using System.IO;
using System.Linq;
using ScottPlot;

namespace AreaUnderCurve;

/// <summary>Draws two areas with ScottPlot, shaded, and saves them as PNG files.</summary>
internal static class AreaPlots
{
    private const int Width = 800;
    private const int Height = 500;

    /// <summary>The vehicle's speed against time with the area under it, the distance, shaded.</summary>
    public static string SaveSpeed(string directory, double[] times, double[] speeds, double distance)
    {
        var plot = new Plot();

        var area = plot.Add.FillY(times, new double[times.Length], speeds);
        area.FillStyle.Color = Colors.SkyBlue.WithAlpha(0.5);
        area.LegendText = $"area = distance travelled = {distance:F1} m";

        var curve = plot.Add.ScatterLine(times, speeds, Colors.Blue);
        curve.LineWidth = 2;
        curve.LegendText = "speed";

        plot.Title("A braking vehicle: the distance is the area under its speed");
        plot.XLabel("time t (s)");
        plot.YLabel("speed v (m/s)");
        plot.Axes.SetLimits(times[0], times[^1], 0, 1.15 * speeds.Max());
        plot.ShowLegend(Alignment.UpperRight);

        return Save(plot, directory, "speed.png");
    }

    /// <summary>A ROC curve (true against false positive rate) with the area under it shaded, and chance's diagonal.</summary>
    public static string SaveRoc(string directory, double[] falsePositiveRates, double[] truePositiveRates, double area)
    {
        var plot = new Plot();

        var shaded = plot.Add.FillY(falsePositiveRates, new double[falsePositiveRates.Length], truePositiveRates);
        shaded.FillStyle.Color = Colors.Orange.WithAlpha(0.4);
        shaded.LegendText = $"AUC = {area:0.###}";

        var curve = plot.Add.Scatter(falsePositiveRates, truePositiveRates, Colors.OrangeRed);
        curve.LineWidth = 2;
        curve.MarkerSize = 8;
        curve.LegendText = "ROC curve";

        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        chance.LegendText = "chance (AUC = 0.5)";

        plot.Title("Area under a ROC curve, by the trapezoid rule");
        plot.XLabel("false positive rate");
        plot.YLabel("true positive rate");
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.05);
        plot.ShowLegend(Alignment.LowerRight);

        return Save(plot, directory, "roc.png");
    }

    private static string Save(Plot plot, string directory, string fileName)
    {
        string path = Path.Combine(directory, fileName);
        plot.SavePng(path, Width, Height);
        return path;
    }
}
