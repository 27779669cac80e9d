using System.Runtime.CompilerServices;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Snapshots
{
    /// <summary>
    /// The generated file for methods with loops and arrays, as <see cref="SnapshotTests"/> does: a reduction
    /// (one fused loop, no tape), a recurrence that needs a tape, nested loops (a two-layer perceptron), a local array
    /// updated in place (its overwritten elements on a tape) and data in local arrays given their elements.
    /// Their values are checked against finite differences in Arrays/.
    /// </summary>
    public sealed class LoopSnapshotTests
    {
        /// <summary>The mean squared error of a line: a pure reduction, so forward and reverse share one loop.</summary>
        [Fact]
        public void MeanSquaredErrorReduction() => Generated("Cost", @"
using DiffGen;

namespace Samples
{
    public static partial class Regression
    {
        [Differentiable(""m"", ""b"")]
        public static double Cost(double m, double b, double[] x, double[] y)
        {
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double error = m * x[i] + b - y[i];
                sum += error * error;
            }

            return sum / x.Length;
        }
    }
}");

        /// <summary>Horner's rule overwrites its accumulator each step; the reverse sweep reads the old values back from a tape.</summary>
        [Fact]
        public void HornerRecurrenceWithTape() => Generated("Polynomial", @"
using DiffGen;

namespace Samples
{
    public static partial class Polynomials
    {
        [Differentiable]
        public static double Polynomial(double[] c, double x)
        {
            double acc = 0;
            for (int i = c.Length - 1; i >= 0; i--)
            {
                acc = acc * x + c[i];
            }

            return acc;
        }
    }
}");

        /// <summary>A two-layer perceptron: nested loops, a hidden layer in a local array, tanh; its gradient is backpropagation.</summary>
        [Fact]
        public void TwoLayerPerceptronNestedLoops() => Generated("Loss", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Network
    {
        [Differentiable(""w1"", ""b1"", ""w2"", ""b2"")]
        public static double Loss(double[] w1, double[] b1, double[] w2, double b2, double[] x, double[] y, int inputs)
        {
            int hidden = b1.Length;
            double[] h = new double[hidden];
            double loss = 0;
            for (int s = 0; s < y.Length; s++)
            {
                for (int j = 0; j < hidden; j++)
                {
                    double z = b1[j];
                    for (int k = 0; k < inputs; k++)
                    {
                        z += w1[j * inputs + k] * x[s * inputs + k];
                    }

                    h[j] = Math.Tanh(z);
                }

                double output = b2;
                for (int j = 0; j < hidden; j++)
                {
                    output += w2[j] * h[j];
                }

                double error = output - y[s];
                loss += error * error;
            }

            return loss / y.Length;
        }
    }
}");

        /// <summary>The log-sum-exp trick: a running maximum (taped) and a sum of exponentials; softmax cross-entropy.</summary>
        [Fact]
        public void SoftmaxCrossEntropyWithRunningMaximum() => Generated("CrossEntropy", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Classifier
    {
        [Differentiable(""logits"")]
        public static double CrossEntropy(double[] logits, int label)
        {
            double max = logits[0];
            for (int i = 1; i < logits.Length; i++)
            {
                max = Math.Max(max, logits[i]);
            }

            double sum = 0;
            foreach (double z in logits)
            {
                sum += Math.Exp(z - max);
            }

            return Math.Log(sum) + max - logits[label];
        }
    }
}");

        /// <summary>
        /// A local array updated in place (issue 10): filled, each element replaced by its sine, then added to in a
        /// triangular loop. The sine's writes keep what they overwrite for the reverse sweep; the additions need nothing.
        /// </summary>
        [Fact]
        public void InPlaceUpdatesWithElementTape() => Generated("Smooth", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Filters
    {
        [Differentiable]
        public static double Smooth(double[] w, double x)
        {
            double[] t = new double[w.Length];
            for (int i = 0; i < w.Length; i++)
            {
                t[i] = w[i] * x;
            }

            for (int i = 0; i < w.Length; i++)
            {
                t[i] = Math.Sin(t[i]);
            }

            for (int i = 0; i < w.Length; i++)
            {
                for (int j = i + 1; j < w.Length; j++)
                {
                    t[j] += x * w[i];
                }
            }

            double s = 0;
            foreach (double v in t)
            {
                s += v * v;
            }

            return s;
        }
    }
}");

        /// <summary>Notebook code (issue 10): the data in local arrays given their elements, a loop over them.</summary>
        [Fact]
        public void NotebookDataInLocalArrays() => Generated("Fit", @"
using DiffGen;

namespace Samples
{
    public static partial class Notebook
    {
        [Differentiable]
        public static double Fit(double m, double b)
        {
            double[] xs = { 0, 1, 2, 3.0 };
            double[] ys = { 1, 3, 5, 7 };
            double cost = 0;
            for (int i = 0; i < xs.Length; i++)
            {
                double e = m * xs[i] + b - ys[i];
                cost += e * e;
            }

            return cost / xs.Length;
        }
    }
}");

        /// <summary>
        /// Guard clauses before the loop (an empty input, one value): each member tests them first, a local declared before
        /// them written out as its value, with the clause as written in a comment and its derivatives in a doc rule.
        /// </summary>
        [Fact]
        public void GuardClausesBeforeTheLoop() => Generated("MeanSquare", @"
using DiffGen;

namespace Samples
{
    public static partial class Statistics
    {
        [Differentiable(""x"", ""scale"")]
        public static double MeanSquare(double[] x, double scale)
        {
            int n = x.Length;
            if (n == 0) return 0;
            if (n == 1) return scale * x[0] * x[0];
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                sum += x[i] * x[i];
            }

            return scale * sum / n;
        }
    }
}");

        /// <summary>
        /// A search that returns from inside its loop, then a return after the loop: read as the loop left with break and a
        /// flag, and the rest of the body as the if's other side.
        /// </summary>
        [Fact]
        public void ReturnsFromTheLoopAndAfterIt() => Generated("FirstAbove", ReturningSearches);

        /// <summary>The second method of <see cref="ReturningSearches"/>: a return after the loop, the rest its other side.</summary>
        [Fact]
        public void ReturnAfterTheLoop() => Generated("MeanAbove", ReturningSearches);

        private const string ReturningSearches = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Search
    {
        [Differentiable(""w"")]
        public static double FirstAbove(double[] w, double[] x, double limit)
        {
            double s = 0;
            for (int i = 0; i < w.Length; i++)
            {
                s += w[i] * x[i];
                if (s > limit) return Math.Sqrt(s);
            }

            return s * s;
        }

        [Differentiable(""x"")]
        public static double MeanAbove(double[] x, double t)
        {
            double sum = 0;
            int count = 0;
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] > t)
                {
                    sum += x[i];
                    count++;
                }
            }

            if (count == 0) return 0;
            return sum / count;
        }
    }
}";

        /// <summary>Loops inside an if: the test kept in an integer local, the loops run no iteration where it fails.</summary>
        [Fact]
        public void LoopsInsideAnIf() => Generated("Variance", BranchedLoops);

        /// <summary>A loop after <c>if (...) continue;</c>: the rest of the iteration runs where the test fails.</summary>
        [Fact]
        public void LoopAfterAContinue() => Generated("PairEnergy", BranchedLoops);

        private const string BranchedLoops = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Branched
    {
        [Differentiable]
        public static double Variance(double[] x, double a)
        {
            double v = 0;
            if (x.Length > 1)
            {
                double mean = 0;
                for (int i = 0; i < x.Length; i++) mean += a * x[i];
                mean /= x.Length;
                for (int i = 0; i < x.Length; i++) v += (a * x[i] - mean) * (a * x[i] - mean);
                v /= x.Length - 1;
            }
            else
            {
                v = a * a;
            }

            return v;
        }

        [Differentiable(""x"")]
        public static double PairEnergy(double[] x, int n, double cutoff)
        {
            double energy = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    double dx = x[2 * i] - x[2 * j];
                    if (Math.Abs(dx) > cutoff) continue;
                    double r2 = 0;
                    for (int k = 0; k < 2; k++) r2 += (x[2 * i + k] - x[2 * j + k]) * (x[2 * i + k] - x[2 * j + k]);
                    energy += 1 / (1 + r2);
                }
            }

            return energy;
        }
    }
}";

        /// <summary>
        /// An LMS filter: each step reads the weights, then updates them in a loop of its own; the reverse sweep puts the weights
        /// back by running that loop backwards over the tape before it computes the step again.
        /// </summary>
        [Fact]
        public void PassOverwritingWhatItRead() => Generated("LmsFilter", SixteenthSession);

        /// <summary>A regularizer called inside an if: the call runs in a loop of one iteration, with a comment that says why.</summary>
        [Fact]
        public void ArrayCallInsideAnIf() => Generated("RegularizedLoss", SixteenthSession);

        private const string SixteenthSession = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Passes
    {
        [Differentiable(""mu"", ""w0"")]
        public static double LmsFilter(double mu, double[] w0, double[] x, double[] d)
        {
            int m = w0.Length;
            double[] w = new double[m];
            for (int k = 0; k < m; k++) w[k] = w0[k];
            double sse = 0;
            for (int t = m - 1; t < x.Length; t++)
            {
                double y = 0;
                for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                double e = d[t] - y;
                sse += e * e;
                for (int k = 0; k < m; k++) w[k] += mu * e * x[t - k];
            }

            return sse;
        }

        [Differentiable]
        public static double L2(double[] w)
        {
            double s = 0;
            for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
            return s;
        }

        [Differentiable(""w"")]
        public static double RegularizedLoss(double[] w, double[] x, double[] y, double lambda)
        {
            double loss = 0;
            for (int i = 0; i < y.Length; i++)
            {
                double r = w[0] * x[i] + w[1] - y[i];
                loss += r * r;
            }

            if (lambda > 0) loss += lambda * L2(w);
            return loss;
        }
    }
}";

        /// <summary>
        /// A rounded box's distance outside, the length of clamped parts (one clamped by a [Differentiable] Relu): inside the
        /// box every part and its derivative are 0, and the partial tests each derivative before it meets √'s infinite rule
        /// there (dO != 0 ? ... : 0); the gradient tests Relu's partial before it multiplies the length's adjoint.
        /// </summary>
        [Fact]
        public void LengthOfClampedParts() => Generated("OutsideBox", SeventeenthSession);

        private const string SeventeenthSession = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Distances
    {
        [Differentiable]
        public static double Relu(double q) => Math.Max(q, 0);

        [Differentiable]
        public static double OutsideBox(double x, double y, double half)
        {
            double s = 0;
            for (int k = 0; k < 2; k++)
            {
                double q = (k == 0 ? Math.Abs(x) : Math.Abs(y)) - half;
                double o = Math.Max(q, 0);
                s += o * o;
            }

            double over = Relu(x - 2 * half);
            return Math.Sqrt(s) + Math.Sqrt(over);
        }
    }
}";

        /// <summary>
        /// A buffer each component fills anew and only the component loop uses (a mixture's centred point, as GMM's xc):
        /// the forward loop fills each component's row of a tape in its place (centredRow), and the reverse loop, which runs on
        /// its own since a later statement reads what the loop computes, reads the row there instead of filling it again.
        /// </summary>
        [Fact]
        public void CentredPointKeptInRowsPerComponent() => Generated("MixtureTerms", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Mixtures
    {
        [Differentiable(""means"")]
        public static double MixtureTerms(double[] means, double[] x, int d)
        {
            int k = means.Length / d;
            double[] centred = new double[d];
            double total = 0;
            for (int c = 0; c < k; c++)
            {
                for (int j = 0; j < d; j++)
                {
                    centred[j] = x[j] - means[c * d + j];
                }

                double sq = 0;
                for (int j = 0; j < d; j++)
                {
                    sq += centred[j] * centred[j];
                }

                total = 0.5 * total + Math.Exp(-sq);
            }

            return Math.Log(total);
        }
    }
}
");

        /// <summary>
        /// A dead-zone LMS filter: the weights move only where the error leaves the zone, and the error reads them. The forward
        /// sweep keeps per step whether it moved them (wChangedTape), and the reverse sweep puts the weights back only there.
        /// </summary>
        [Fact]
        public void DeadZoneFilterUpdatedOnlySometimes() => Generated("DeadZone", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Filters
    {
        [Differentiable(""w0"", ""mu"")]
        public static double DeadZone(double[] w0, double mu, double[] x, double[] d)
        {
            double[] w = (double[])w0.Clone();
            double sse = 0;
            for (int t = 1; t < x.Length; t++)
            {
                double y = w[0] * x[t] + w[1] * x[t - 1];
                double e = d[t] - y;
                sse += e * e;
                if (Math.Abs(e) > 0.1)
                {
                    w[0] += mu * e * x[t];
                    w[1] += mu * e * x[t - 1];
                }
            }

            return sse;
        }
    }
}
");

        /// <summary>
        /// The perceptron's rule over epochs: a sample moves the weights only where it is not classified well enough, and the
        /// loop over the samples runs once per epoch. The forward sweep pushes each sample's outcome onto a stack
        /// (wChangedTape, wChangedTapeTop), and the reverse sweep pops it as it takes the sample back, last epoch first.
        /// </summary>
        [Fact]
        public void PerceptronOverEpochsKeepsItsTestsOnAStack() => Generated("Train", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Perceptron
    {
        [Differentiable(""w0"")]
        public static double Train(double[] w0, double[] x, double[] y, int epochs)
        {
            double[] w = (double[])w0.Clone();
            int d = w.Length;
            for (int epoch = 0; epoch < epochs; epoch++)
            {
                for (int s = 0; s < y.Length; s++)
                {
                    double score = 0;
                    for (int j = 0; j < d; j++)
                    {
                        score += w[j] * x[s * d + j];
                    }

                    if (y[s] * score < 1)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            w[j] += 0.1 * y[s] * x[s * d + j];
                        }
                    }
                }
            }

            double loss = 0;
            for (int j = 0; j < d; j++)
            {
                loss += (w[j] - w0[j]) * (w[j] - w0[j]);
            }

            return loss;
        }
    }
}
");

        private static void Generated(string method, string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
            Snapshot.Match(GeneratorHarness.RunAndCompile(source).SourceFor(method), file, test);
    }
}
