using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-fourth session's sweep of geometry and graphics code as users write it (120 double methods, 8 float twins):
    /// point-segment/line/plane distances, normalise-then-dot, angles (Acos of a clamped cosine, Atan2 of cross and dot),
    /// triangles, barycentric coordinates, ray-sphere/plane/triangle, SDFs and smooth minima, rotations (angle, quaternion,
    /// Rodrigues), projection and reprojection losses, homogeneous coordinates, determinants and inverses, Lambert / Phong /
    /// Blinn / Fresnel / gamma / sRGB / HSV, box IoU and GIoU, polygons (shoelace, perimeter, centroid), Bezier and
    /// Catmull-Rom, arc length, chamfer, softmin, IDW, distance transforms, mesh energies, a circle fit and its Gauss-Newton
    /// step. 109 accepted and right (checked at points smooth over the stencil, <see cref="NotebookSweep22Tests.Smooth"/>),
    /// 8 float twins right, 2 warned of with DIFF012 and right, 9 declined beside the rewrite that follows the advice (two,
    /// CopySign and IEEERemainder, gave no advice; they say what to write since, the rewrites here). No silently wrong derivative, no crash,
    /// no uncompilable generated code.
    /// </summary>
    public sealed partial class GeometrySweep24Tests
    {
        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? ArrayCase.Scalar, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        private static IEnumerable<ArrayCase> All => VectorCases.Concat(SdfCases).Concat(ShadingCases).Concat(PolygonCases).Concat(PointCases).Concat(ProbeCases).Concat(MoreCases);

        private static ArrayCase Find(string name) => All.Single(c => c.Name == name);

        /// <summary>Declined: the id, how the message starts, a part of its advice, and the rewrite (an accepted case) that follows it.</summary>
        private static readonly Dictionary<string, (string Id, string Starts, string Advice, string Rewrite)> Declines = new Dictionary<string, (string, string, string, string)>
        {
            ["G24Vector3Length"] = ("DIFF010", "The local 'v' of type 'Vector3' cannot be differentiated here", "keep a vector's components in locals of their own", "G24ComponentsLength"),
            ["G24UnmarkedHelper"] = ("DIFF011", "The call to 'Tests.Cases.Dot3' cannot be differentiated", "mark 'Dot3' [Differentiable]", "G24MarkedHelper"),
            ["G24RsqrtEstimate"] = ("DIFF011", "The call to 'System.Math.ReciprocalSqrtEstimate' cannot be differentiated", "write 1 / Math.Sqrt(x * x + y * y) instead", "G24RsqrtExact"),
            ["G24HsvToRgbSector"] = ("DIFF013 DIFF015", "The conversion '(int)(h * 6)' to 'int' cuts the derivative", "(int)Math.Floor(h * 6)", "G24HsvToRgbSectorFloor"),
            ["G24ShoelaceInterleaved"] = ("DIFF015", "The integer expression 'i++' is not supported yet", "step it in a statement of its own (k++;) before or after", "G24ShoelaceInterleavedSplit"),
            ["G24NormalizeParamInPlace"] = ("DIFF014", "Writing to 'v[i]' changes state the caller owns", "use a local one (new double[n] or stackalloc double[n])", "G24NormalizeCopy"),
            ["G24KNearestMean"] = ("DIFF015", "Reading an element of the local array 'd' into a value that the same loop iteration overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the loop", "G24KNearestMeanCopied"),

            // No advice in the message when the sweep ran; it says what to write since, which these rewrites do (d * |d|; atan2 of sin and cos).
            ["G24CopySignSdf"] = ("DIFF011", "The call to 'System.Math.CopySign' cannot be differentiated: it works on the representation of the number", "(for x * x signed by x, x * Math.Abs(x))", "G24CopySignAbs"),
            ["G24AngleWrapIeee"] = ("DIFF011", "The call to 'System.Math.IEEERemainder' cannot be differentiated: it works on the representation of the number", "write Math.Atan2(Math.Sin(d), Math.Cos(d))", "G24AngleWrapAtan2"),
        };

        /// <summary>Warned of with DIFF012 at this expression, and right (the piecewise factor's derivative is 0 between its jumps).</summary>
        private static readonly Dictionary<string, string> Warned = new Dictionary<string, string>
        {
            ["G24SignedAreaSign"] = "Math.Sign(area)",
            ["G24HsvToRgbRed"] = "hh % 2",
        };

        private static IEnumerable<ArrayCase> Accepted => All.Where(c => !Declines.ContainsKey(c.Name) && !Warned.ContainsKey(c.Name));

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declines.Keys.OrderBy(k => k, StringComparer.Ordinal));

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Gradient_and_partials_match_finite_differences(string name)
        {
            ArrayCase c = Find(name);
            Assert.Empty(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            ArrayGradientTests.Check(c);
        }

        public static TheoryData<string> WarnedNames() => new TheoryData<string>(Warned.Keys.OrderBy(k => k, StringComparer.Ordinal));

        public static TheoryData<int> FloatIndexes() => new TheoryData<int>(Enumerable.Range(0, Floats.Length));

        [Theory]
        [MemberData(nameof(WarnedNames))]
        public void Warned_of_and_right(string name)
        {
            ArrayCase c = Find(name);
            var warning = Assert.Single(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            Assert.Equal("DIFF012", warning.Id);
            Assert.Equal(Warned[name], warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
            ArrayGradientTests.Check(c);
        }

        [Theory]
        [MemberData(nameof(FloatIndexes))]
        public void Float_gradient_matches_its_double_twin(int i)
        {
            ArrayCase twin = Find(Floats[i].Twin);
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(twin, Floats[i].Source), twin);
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Declined_with_advice_whose_rewrite_is_accepted(string name)
        {
            (string id, string starts, string advice, string rewrite) = Declines[name];
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(Find(name)));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => id.Split(' ').Contains(d.Id))
                && diagnostics.Any(d => d.GetMessage().StartsWith(starts, StringComparison.Ordinal) && d.GetMessage().Contains(advice, StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
            Assert.Contains(rewrite, Accepted.Select(c => c.Name));
        }
    }
}
