namespace LinearRegression;

/// <summary>The eight (x, y) points from the course: y falls roughly linearly as x goes from 0 to 7.</summary>
internal static class TrainingData
{
    public static readonly double[] X = { 0, 1, 2, 3, 4, 5, 6, 7 };

    public static readonly double[] Y = { 1.86, 1.31, 0.62, 0.33, 0.09, -0.67, -1.23, -1.37 };
}
