using System.IO;
using System.Linq;
using ScottPlot;

namespace TwoMoons;

/// <summary>Draws the two pictures of the run with ScottPlot and saves them as PNG files.</summary>
internal static class TrainingPlots
{
    private const int Width = 800;
    private const int Height = 500;

    /// <summary>The loss (mean cross-entropy) against the epoch.</summary>
    public static string SaveLoss(string directory, double[] losses)
    {
        var plot = new Plot();

        double[] epochs = Enumerable.Range(0, losses.Length).Select(e => (double)e).ToArray();
        var curve = plot.Add.ScatterLine(epochs, losses);
        curve.LineWidth = 2;

        plot.Title("Loss during gradient descent");
        plot.XLabel("epoch");
        plot.YLabel("loss (mean cross-entropy)");
        plot.Axes.SetLimitsY(0, losses.Max() * 1.05);

        return Save(plot, directory, "loss.png", Width, Height);
    }

    /// <summary>
    /// The network's probability of class 1 over the plane as a heatmap (light blue 0, white ½,
    /// light red 1: the white band is the decision boundary), with the data points on top.
    /// </summary>
    public static string SaveDecisionBoundary(string directory, Parameters p, Dataset data)
    {
        var plot = new Plot();

        // The region to colour: the data's extent and a margin around it.
        const double Margin = 0.5;
        double left = data.X1.Min() - Margin, right = data.X1.Max() + Margin;
        double bottom = data.X2.Min() - Margin, top = data.X2.Max() + Margin;

        // One cell per grid point. Row 0 of a ScottPlot heatmap is drawn at the top, so row r
        // holds the points at height top − (r + ½)·cell height.
        const int Columns = 240;
        int rows = (int)(Columns * (top - bottom) / (right - left));
        double cellWidth = (right - left) / Columns, cellHeight = (top - bottom) / rows;
        var probability = new double[rows, Columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < Columns; c++)
            {
                probability[r, c] = Network.Probability(
                    p, left + (c + 0.5) * cellWidth, top - (r + 0.5) * cellHeight);
            }
        }

        var heatmap = plot.Add.Heatmap(probability);
        heatmap.Rectangle = new CoordinateRect(left, right, bottom, top);
        heatmap.Colormap = new ScottPlot.Colormaps.CustomInterpolated(
            [Color.FromHex("#9ECAE1"), Colors.White, Color.FromHex("#FCAE91")]);
        heatmap.ManualRange = new Range(0, 1);
        plot.Add.ColorBar(heatmap);

        AddClass(plot, data, 0, Color.FromHex("#08519C"), "class 0");
        AddClass(plot, data, 1, Color.FromHex("#A50F15"), "class 1");

        plot.Title("Probability of class 1 after training; white: ½, the decision boundary");
        plot.XLabel("x1");
        plot.YLabel("x2");
        plot.Axes.SetLimits(left, right, bottom, top);
        plot.ShowLegend(Alignment.UpperRight);

        // A wider picture than the loss plot, so that the plane is drawn at about the same scale
        // across as up and the moons keep their shape.
        return Save(plot, directory, "decision-boundary.png", 900, 560);
    }

    private static void AddClass(Plot plot, Dataset data, int label, Color color, string legend)
    {
        double[] x1 = data.X1.Where((_, i) => data.Y[i] == label).ToArray();
        double[] x2 = data.X2.Where((_, i) => data.Y[i] == label).ToArray();
        var points = plot.Add.Markers(x1, x2, MarkerShape.FilledCircle, 7, color);
        points.MarkerLineColor = Colors.Black;
        points.MarkerLineWidth = 1;
        points.LegendText = legend;
    }

    private static string Save(Plot plot, string directory, string fileName, int width, int height)
    {
        string path = Path.Combine(directory, fileName);
        plot.SavePng(path, width, height);
        return path;
    }
}
