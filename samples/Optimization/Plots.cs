using System;
using System.IO;
using System.Linq;
using ScottPlot;

namespace Optimization;

/// <summary>The optimizer's path on Rosenbrock's contours.</summary>
public static class Plots
{
    /// <summary>
    /// Contours of log₁₀(1 + f) over [−2, 2] × [−1, 3] (f itself spans ten orders of magnitude), the
    /// points where BFGS evaluated f with each kind of gradient, joined in order, and the minimum
    /// (1, 1). Returns the file's path.
    /// </summary>
    public static string SaveRosenbrockPath(string directory, Run generated, Run finite)
    {
        const int Columns = 161, Rows = 161;
        const double Left = -2, Right = 2, Bottom = -1, Top = 3;
        var grid = new Coordinates3d[Rows, Columns];
        for (int r = 0; r < Rows; r++)
        {
            for (int c = 0; c < Columns; c++)
            {
                double x = Left + (Right - Left) * c / (Columns - 1);
                double y = Bottom + (Top - Bottom) * r / (Rows - 1);
                grid[r, c] = new Coordinates3d(x, y, Math.Log10(1 + Functions.Rosenbrock(x, y)));
            }
        }

        var plot = new Plot();
        var contours = plot.Add.ContourLines(grid);
        contours.LineColor = Colors.Gray.WithAlpha(0.6);

        AddPath(plot, finite, Colors.OrangeRed, LinePattern.Dashed, MarkerShape.OpenCircle, 9);
        AddPath(plot, generated, Colors.Blue, LinePattern.Solid, MarkerShape.FilledCircle, 5);

        var minimum = plot.Add.Marker(1, 1, MarkerShape.FilledDiamond, 12, Colors.Green);
        minimum.LegendText = "minimum (1, 1)";

        plot.Title($"BFGS on Rosenbrock's function from (−1.2, 1); contours of log₁₀(1 + f)");
        plot.XLabel("x");
        plot.YLabel("y");
        plot.Axes.SetLimits(Left, Right, Bottom, Top);
        plot.ShowLegend(Alignment.LowerRight);

        string path = Path.Combine(directory, "rosenbrock-path.png");
        plot.SavePng(path, 800, 760);
        return path;
    }

    private static void AddPath(Plot plot, Run run, Color color, LinePattern pattern, MarkerShape shape, float size)
    {
        double[] xs = run.Path.Select(p => p.Point[0]).ToArray();
        double[] ys = run.Path.Select(p => p.Point[1]).ToArray();
        var line = plot.Add.Scatter(xs, ys, color);
        line.LinePattern = pattern;
        line.MarkerShape = shape;
        line.MarkerSize = size;
        line.LegendText = $"{run.Gradient} gradient ({run.Evaluations} evaluations)";
    }
}
