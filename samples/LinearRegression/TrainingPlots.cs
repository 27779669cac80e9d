using System.Collections.Generic;
using System.IO;
using System.Linq;
using ScottPlot;

namespace LinearRegression;

/// <summary>Draws the two pictures of the run with ScottPlot and saves them as PNG files.</summary>
internal static class TrainingPlots
{
    private const int Width = 800;
    private const int Height = 500;

    /// <summary>The data points, the starting line and the line after training.</summary>
    public static string SaveFit(
        string directory, IReadOnlyList<double> xs, IReadOnlyList<double> ys, TrainingStep start, TrainingStep end)
    {
        var plot = new Plot();

        var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
        points.LegendText = "data";
        points.MarkerSize = 10;

        double xMin = xs.Min();
        double xMax = xs.Max();

        var startLine = plot.Add.Line(xMin, start.M * xMin + start.B, xMax, start.M * xMax + start.B);
        startLine.LegendText = $"start (step {start.Step})";
        startLine.LinePattern = LinePattern.Dashed;
        startLine.Color = Colors.Gray;

        var endLine = plot.Add.Line(xMin, end.M * xMin + end.B, xMax, end.M * xMax + end.B);
        endLine.LegendText = $"after step {end.Step}";
        endLine.LineWidth = 2;
        endLine.Color = Colors.OrangeRed;

        plot.Title("Data and fitted line y = m·x + b");
        plot.XLabel("x");
        plot.YLabel("y");
        plot.ShowLegend(Alignment.LowerLeft);

        return Save(plot, directory, "fit.png");
    }

    /// <summary>The batch cost (mean squared error) against the step number.</summary>
    public static string SaveCost(string directory, IReadOnlyList<TrainingStep> history)
    {
        var plot = new Plot();

        double[] steps = history.Select(h => (double)h.Step).ToArray();
        double[] costs = history.Select(h => h.Cost).ToArray();
        var curve = plot.Add.ScatterLine(steps, costs);
        curve.LineWidth = 2;

        plot.Title("Cost during gradient descent");
        plot.XLabel("step");
        plot.YLabel("cost (mean squared error)");

        return Save(plot, directory, "cost.png");
    }

    private static string Save(Plot plot, string directory, string fileName)
    {
        string path = Path.Combine(directory, fileName);
        plot.SavePng(path, Width, Height);
        return path;
    }
}
