using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// One [Differentiable] method, always named <c>Bad</c>, with its expected diagnostics marked
    /// inline. <see cref="Container"/> wraps <c>$M</c> (the members) in a type named <c>$T</c>;
    /// <see cref="Path"/> is the type path of the members inside the namespace; when
    /// <see cref="HostsValid"/>, a valid method <c>Good</c> is added beside <c>Bad</c>.
    /// <see cref="Parameters"/> are Bad's parameter types as its hint name spells them (for the
    /// warning cases, which are generated); <see cref="Generated"/> names other methods of the case
    /// that are valid and generated, as <c>Name(types)</c>.
    /// </summary>
    public sealed record CorpusCase(
        string Name,
        string Members,
        string Container = CorpusCases.Class,
        string Path = "$T",
        bool HostsValid = true,
        string Parameters = "double",
        IReadOnlyList<string>? Generated = null)
    {
        public override string ToString() => Name;
    }

    /// <summary>
    /// The corpus: every kind of problem the analyzer reports, each in a minimal method.
    /// <see cref="All"/> holds the invalid methods (at least one error each: nothing is generated for
    /// them); <see cref="Warnings"/> the valid ones with a DIFF012 warning (generated). Loops, arrays,
    /// spans and integer locals, once DIFF006 and DIFF015 cases here, are valid now: they are in
    /// <see cref="LoopsAndArraysAreSupportedTests"/>, and the valid types of <see cref="CorpusTests"/> have one.
    /// </summary>
    public static class CorpusCases
    {
        public const string Class = "public partial class $T\n{\n$M\n}\n";
        public const string Struct = "public partial struct $T\n{\n$M\n}\n";
        public const string Record = "public partial record $T(double A)\n{\n$M\n}\n";
        public const string NestedInStatic = "public static partial class $T\n{\n    public partial struct Inner\n    {\n$M\n    }\n}\n";
        public const string NestedPath = "$T.Inner";

        private const string D = "[Differentiable]\n";
        private const string Bad = D + "public double Bad(double x)";
        private const string Helpers =
            "private static readonly double[] Weights = { 1.0, 2.0 };\n" +
            "private static readonly object Gate = new object();\n" +
            "private double last;\n" +
            "public double Scale => 2.0;\n" +
            "public double Settable { get; set; }\n" +
            "private static double Helper(double t) => t * t;\n" +
            "private double InstanceHelper(double t) => t * last;\n" +
            "private static double Apply(Func<double, double> f, double t) => f(t);\n" +
            "private static double Take(double[] values) => values[0];\n" +
            "private static double TakeSpan(Span<double> values) => values[0];\n" +
            "private static double TakeText(string text) => text.Length;\n" +
            "private static double TakeGuid(Guid value) => value.GetHashCode();\n";

        /// <summary>Members of the type itself, for the cases in a class: another instance, and a method that takes one.</summary>
        private const string Instances =
            "private static readonly $T Other = new $T();\n" +
            "private static double TakeHost($T value) => value.last;\n";

        public static IReadOnlyList<CorpusCase> All { get; } = new List<CorpusCase>
        {
            // DIFF001: a type that is not partial.
            new("not partial class", D + "public double Bad(double x) => x * x;", "public class {|DIFF001:$T|}\n{\n$M\n}\n", HostsValid: false),
            new("not partial outer", D + "public double Bad(double x) => x * x;", "public class {|DIFF001:$T|}\n{\n    public partial class Inner\n    {\n$M\n    }\n}\n", "$T.Inner", HostsValid: false),
            new("not partial inner", D + "public double Bad(double x) => x * x;", "public partial class $T\n{\n    public class {|DIFF001:Inner|}\n    {\n$M\n    }\n}\n", "$T.Inner", HostsValid: false),
            new("not partial struct", D + "public double Bad(double x) => x * x;", "public struct {|DIFF001:$T|}\n{\n$M\n}\n", HostsValid: false),
            new("not partial record", D + "public double Bad(double x) => x * x;", "public record {|DIFF001:$T|}\n{\n$M\n}\n", HostsValid: false),
            new("not partial static class", D + "public static double Bad(double x) => x * x;", "public static class {|DIFF001:$T|}\n{\n$M\n}\n", HostsValid: false),

            // DIFF002: return type.
            new("returns int", D + "public {|DIFF002:int|} Bad(double x) => (int)x;"),
            new("returns void", D + "public {|DIFF002:void|} Bad(double x) { }"),
            new("returns decimal", D + "public {|DIFF002:decimal|} Bad(double x) => (decimal)x;"),
            new("returns bool", D + "public {|DIFF002:bool|} Bad(double x) => x > 0;"),
            new("returns double?", D + "public {|DIFF002:double?|} Bad(double x) => x;"),
            new("returns by ref", "private double store;\n" + D + "public {|DIFF002:ref double|} Bad(double x) { store = x; return ref store; }"),
            new("async Task<double>", D + "public async {|DIFF002:Task<double>|} {|DIFF006:Bad|}(double x) { await Task.Yield(); return x; }"),
            new("async ValueTask<double>", D + "public async {|DIFF002:ValueTask<double>|} {|DIFF006:Bad|}(double x) { await Task.Yield(); return x; }", Struct),

            // DIFF003: a name that is not a parameter.
            new("unknown name", "[Differentiable({|DIFF003:\"z\"|})]\npublic double Bad(double x) => x;"),
            new("unknown second name", "[Differentiable(\"x\", {|DIFF003:\"X\"|})]\npublic double Bad(double x, double y) => x * y;"),
            new("two unknown names", "[Differentiable({|DIFF003:\"a\"|}, \"x\", {|DIFF003:\"b\"|})]\npublic double Bad(double x) => x;"),
            new("unknown nameof", "private static readonly double Other = 1.0;\n[Differentiable({|DIFF003:nameof(Other)|})]\npublic double Bad(double x) => x * Other;"),

            // DIFF004: a named parameter that is not floating point.
            new("names int", "[Differentiable(\"x\", {|DIFF004:\"n\"|})]\npublic double Bad(double x, int n) => x * n;"),
            new("names only long", "[Differentiable({|DIFF004:\"k\"|})]\npublic static double Bad(double x, long k) => x * k;", NestedInStatic, NestedPath),
            new("names int and unknown", "[Differentiable({|DIFF004:\"n\"|}, {|DIFF003:\"q\"|})]\npublic double Bad(double x, int n) => x * n;"),

            // DIFF005: nothing to differentiate.
            new("only int", D + "public double {|DIFF005:Bad|}(int n) => n * 2.0;"),
            new("no parameters", D + "public static double {|DIFF005:Bad|}() => 1.0;"),
            new("only integers", D + "public double {|DIFF005:Bad|}(int n, long k, byte b) => n + k + b;", Record),

            // DIFF006: unsupported signature.
            new("ref parameter", D + "public double Bad(ref double {|DIFF006:x|}) => x * x;"),
            new("out parameter", D + "public double Bad(double y, out double {|DIFF006:x|}) { x = y; return y; }"),
            new("in parameter", D + "public double Bad(in double {|DIFF006:x|}) => x * x;", Struct),
            new("ref readonly parameter", D + "public double Bad(ref readonly double {|DIFF006:x|}) => x * x;"),
            new("generic method", D + "public double Bad{|DIFF006:<T>|}(double x) => x * x;"),
            new("generic method, two type parameters", D + "public static double Bad{|DIFF006:<T, U>|}(double x) where T : struct => x * x;", NestedInStatic, NestedPath),
            new("abstract", D + "public abstract double {|DIFF006:Bad|}(double x);", "public abstract partial class $T\n{\n$M\n}\n"),
            new("extern", D + "public static extern double {|DIFF006:Bad|}(double x);"),
            new("extern without body", D + "public static extern double {|DIFF006:Bad|}(double x);"),
            new("in a partial interface", D + "double Bad(double x) => x * x;", "public partial interface {|DIFF006:$T|}\n{\n$M\n}\n", HostsValid: false),
            new("abstract in a partial interface", D + "double {|DIFF006:Bad|}(double x);", "public partial interface {|DIFF006:$T|}\n{\n$M\n}\n", HostsValid: false),
            new("string parameter", D + "public double Bad(double x, string {|DIFF006:s|}) => x;"),
            new("bool parameter", D + "public double Bad(bool {|DIFF006:b|}, double x) => x;"),
            new("long jagged array parameter", D + "public double Bad(double x, long[][] {|DIFF006:ns|}) => x;"),
            new("params object parameter", D + "public double Bad(double x, params object[] {|DIFF006:rest|}) => x;"),
            new("three-dimensional array parameter", D + "public double Bad(double x, double[,,] {|DIFF006:grid|}) => x;", Struct),
            new("two-dimensional array named in the attribute", "[Differentiable(\"x\", \"grid\")]\npublic double Bad(double x, double[,] {|DIFF006:grid|}) => x * grid[0, 0];", Struct),
            new("jagged array named in the attribute", "[Differentiable(\"grid\")]\npublic double Bad(double x, double[][] {|DIFF006:grid|}) => x * grid[0][0];"),
            new("float jagged array named with nameof", "[Differentiable(nameof(x), nameof(grid))]\npublic float Bad(float x, float[][] {|DIFF006:grid|}) => x * grid[0][0];", Record),
            new("list parameter", D + "public double Bad(double x, System.Collections.Generic.List<double> {|DIFF006:xs|}) => x;"),
            new("double array in a float method", D + "public float Bad(float x, double[] {|DIFF006:w|}) => x;", Record),
            new("nullable parameter", D + "public double Bad(double x, double? {|DIFF006:y|}) => x;"),
            new("decimal parameter", D + "public double Bad(double x, decimal {|DIFF006:m|}) => x;", Record),
            new("object parameters", D + "public double Bad(object {|DIFF006:o|}, double x, object {|DIFF006:p|}) => x;"),

            // DIFF007: a generated name already taken.
            new("existing gradient method", D + "public double {|DIFF007:Bad|}(double x) => x * x;\npublic void BadGradient() { }"),
            new("existing partial method", D + "public double {|DIFF007:Bad|}(double x) => x * x;\npublic double BadPartialX(double x) => 2 * x;"),
            new("existing partial field", D + "public double {|DIFF007:Bad|}(double x) => x * x;\nprivate int BadPartialX;\npublic int Use() => BadPartialX;"),
            new("existing nested type", D + "public double {|DIFF007:Bad|}(double x) => x * x;\npublic class BadGradient { }"),
            new("parameter named like an output", D + "public double {|DIFF007:Bad|}(double x, double dX) => x * dX;"),
            new("chosen parameter collides", "[Differentiable(\"y\")]\npublic double {|DIFF007:Bad|}(double x, double y) => x * y;\npublic double BadPartialY => 0.0;"),
            new("two collisions", D + "public double {|DIFF007:{|DIFF007:Bad|}|}(double x) => x * x;\npublic double BadGradient;\npublic double BadPartialX;", Struct),

            // DIFF010: constructs that can never be differentiated.
            new("try catch", Bad + " { {|DIFF010:try { return x; } catch (Exception) { return 0; }|} }"),
            new("try finally", Bad + " { {|DIFF010:try { return x; } finally { }|} }", Struct),
            new("throw", Bad + " { {|DIFF010:throw new InvalidOperationException();|} }"),
            new("throw in an if", Bad + " { double half = x / 2; if (x < 0) {|DIFF010:throw new ArgumentOutOfRangeException(nameof(x), \"half is \" + half);|} return Math.Sqrt(x); }"),
            new("?: with a throw", Bad + " => x > 0 ? x : {|DIFF010:throw new ArgumentException(nameof(x))|};", Struct),
            new("?: between strings", Helpers + Bad + " => {|DIFF011:TakeText({|DIFF010:x > 0 ? \"a\" : \"b\"|})|};"),
            new("is type pattern in an if", Bad + " { if (x is {|DIFF015:double d|}) { return x; } return -x; }"),
            new("NaN test in a bool local", Bad + " { bool missing = {|DIFF010:x != x|}; return missing ? 0.0 : x; }", Record),
            new("call as a condition", Bad + " => {|DIFF010:double.IsNaN(x)|} ? 0.0 : x;"),
            new("property read", Helpers + Bad + " => {|DIFF010:Scale|} * x;"),
            new("property of another record", Bad + " => {|DIFF010:(this with { A = 2 }).A|} * x;", Record),
            new("field of another object", Helpers + Instances + Bad + " => {|DIFF010:Other.last|} * x;"),
            new("lambda in a local", Bad + " { Func<double, double> {|DIFF010:square = t => t * t|}; return square(x); }"),
            new("lambda argument", Helpers + Bad + " => {|DIFF011:Apply(t => t * t, x)|};"),
            new("local function of statements", Bad + " { {|DIFF015:double Square(double t) { double u = t * t; return u; }|} return Square(x); }"),
            new("LINQ query", Helpers + Bad + " => Math.Max({|DIFF011:(from w in Weights select w).Sum()|}, x);"),
            new("LINQ method chain", Helpers + Bad + " => x * {|DIFF011:Weights.Select(w => w * w).Sum()|};"),
            new("LINQ on an array parameter", D + "public double Bad(double[] xs) => {|DIFF011:xs.Sum()|};"),
            new("string interpolation", Bad + " { string {|DIFF010:text = $\"{x}\"|}; return x; }"),
            new("string interpolation argument", Bad + " => {|DIFF014:Convert.ToDouble({|DIFF010:$\"{x}\"|})|};", NestedInStatic, NestedPath),
            new("object creation", Helpers + Instances + Bad + " => {|DIFF011:TakeHost({|DIFF010:new $T()|})|};"),
            new("dynamic", Bad + " => {|DIFF010:Math.Sin((dynamic)x)|};"),
            new("lock", Helpers + Bad + " { {|DIFF010:lock (Gate) { }|} return x; }"),
            new("using", Bad + " { {|DIFF010:using (var stream = new System.IO.MemoryStream()) { }|} return x; }"),
            new("using declaration", Bad + " { {|DIFF010:using var stream = new System.IO.MemoryStream();|} return x; }"),
            new("goto", Bad + " { {|DIFF010:goto end;|} {|DIFF010:end: return x;|} }"),
            new("ref local", Bad + " { ref double {|DIFF010:alias = ref x|}; alias = x * x; return x; }"),
            new("deconstruction of a call", Bad + " { {|DIFF010:var (a, b) = Math.SinCos(x)|}; return a * b; }"),
            new("discarded value", Bad + " { {|DIFF010:Math.Sin(x)|}; return x; }"),

            // DIFF011: calls with no derivative.
            new("user static method", Helpers + Bad + " => {|DIFF011:Helper(x)|};"),
            new("user instance method", Helpers + Bad + " => {|DIFF011:InstanceHelper(x)|} + x;"),
            new("Math.Round with digits", Bad + " => {|DIFF011:Math.Round(x, 2)|};"),
            new("Math.Round with a mode", Bad + " => {|DIFF011:Math.Round(x, MidpointRounding.ToZero)|};", Record),
            new("Math.ScaleB", Bad + " => {|DIFF011:Math.ScaleB(x, 2)|};"),
            new("Math.IEEERemainder", Bad + " => {|DIFF011:Math.IEEERemainder(x, 2.0)|};"),
            new("Math.BitIncrement", Bad + " => {|DIFF011:Math.BitIncrement(x)|};"),
            new("MathF.Round with digits", D + "public float Bad(float x) => {|DIFF011:MathF.Round(x, 1)|};", Struct),
            new("double.Hypot", Bad + " => {|DIFF011:double.Hypot(x, x)|};"),
            new("delegate parameter", Helpers + Bad + " => {|DIFF011:Apply(Math.Sin, x)|};"),
            new("array passed to a call", Helpers + Bad + " => {|DIFF011:Take(new[] { x, x })|};"),
            new("stackalloc passed to a call", Helpers + Bad + " => {|DIFF011:TakeSpan(stackalloc double[] { x })|};", NestedInStatic, NestedPath),

            // DIFF013: operations that cut the derivative.
            new("cast to int", Bad + " => {|DIFF013:(int)x|} * 1.0;"),
            new("cast to long", Bad + " => (double){|DIFF013:(long)x|};", NestedInStatic, NestedPath),
            new("cast to int in an assignment", Bad + " { double s = x; s = {|DIFF013:(int)s|}; return s; }"),
            new("cast to int in an integer overload", Bad + " => Math.Abs({|DIFF013:(int)x|}) * x;"),
            new("cast to int in an integer local", Bad + " { int n = {|DIFF013:(int)x|}; return x * n; }"),
            new("cast to int as a loop bound", Bad + " { double s = 0; for (int i = 0; i < {|DIFF013:(int)x|}; i++) s += x; return s; }", Record),
            new("comparison passed as a value", Bad + " => x * {|DIFF014:Convert.ToDouble({|DIFF013:x > 0|})|};"),
            new("equality passed as a value", Bad + " => x * {|DIFF014:Convert.ToDouble({|DIFF013:x == 0|})|};", Record),
            new("logical operator on comparisons passed as a value", Bad + " => x * {|DIFF014:Convert.ToDouble({|DIFF013:x > 0 && x < 1|})|};"),

            // DIFF014: side effects and non-determinism.
            new("field write", Helpers + Bad + " { {|DIFF014:last|} = x; return x; }"),
            new("this.field write", Helpers + Bad + " { {|DIFF014:this.last|} = x; return x; }"),
            new("compound field write", Helpers + Bad + " { {|DIFF014:last|} *= x; return x; }"),
            new("property write", Helpers + Bad + " { {|DIFF014:Settable|} = x; return x; }"),
            new("array element write", Helpers + Bad + " { {|DIFF014:Weights[0]|} = x; return x; }"),
            new("array parameter element write", D + "public double Bad(double x, double[] w) { {|DIFF014:w[0]|} = x; return x; }"),
            new("two-dimensional array parameter element write", D + "public double Bad(double x, double[,] grid) { {|DIFF014:grid[0, 1]|} = x; return x * grid[1, 0]; }"),
            new("jagged array parameter element write in a loop", D + "public double Bad(double x, double[][] grid) { double s = 0; for (int i = 0; i < grid.Length; i++) { {|DIFF014:grid[i][0]|} += x; s += grid[i][0]; } return s * x; }", Record),
            new("jagged array row replaced", D + "public double Bad(double x, double[][] grid) { double s = x; for (int i = 0; i < 2; i++) {|DIFF014:grid[i]|} = new double[2]; return s; }"),
            new("span parameter element write in a loop", D + "public double Bad(double x, Span<double> w) { for (int i = 0; i < w.Length; i++) {|DIFF014:w[i]|} = x; return x; }", Struct),
            new("void call", Bad + " { {|DIFF014:Console.WriteLine(x)|}; return x; }"),
            new("Debug.Assert", Bad + " { {|DIFF014:System.Diagnostics.Debug.Assert(x > 0)|}; return x; }", Struct),
            new("Random", Bad + " => {|DIFF014:new Random().NextDouble()|} * x;"),
            new("Random.Shared", Bad + " => x + {|DIFF014:Random.Shared.NextDouble()|};", NestedInStatic, NestedPath),
            new("Guid.NewGuid", Helpers + Bad + " => {|DIFF011:TakeGuid({|DIFF014:Guid.NewGuid()|})|};"),
            new("Console.Read", Bad + " => {|DIFF014:Console.Read()|} * x;"),
            new("System.IO", Helpers + Bad + " => {|DIFF011:TakeText({|DIFF014:System.IO.Directory.GetCurrentDirectory()|})|};"),
            new("DateTime.Now", Bad + " => {|DIFF014:Convert.ToDouble({|DIFF014:DateTime.Now|})|} * x;"),
            new("DateTime method", Bad + " => {|DIFF014:DateTime.UtcNow.ToOADate()|} * x;"),
            new("DateTimeOffset", Bad + " => {|DIFF014:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} * x;", Record),
            new("Stopwatch", Bad + " => Math.Max({|DIFF014:System.Diagnostics.Stopwatch.GetTimestamp()|}, x);"),
            new("Environment", Helpers + Bad + " => {|DIFF011:TakeText({|DIFF014:Environment.MachineName|})|};"),
            new("Convert", Bad + " => {|DIFF014:Convert.ToDouble(x)|};"),
            new("ToString", D + "public double Bad(double x, int n) => {|DIFF014:Convert.ToDouble({|DIFF014:n.ToString()|})|} * x;"),

            // DIFF015: not supported yet.
            new("switch in an if", D + "public double Bad(double x, int n) { if (x > 0) { {|DIFF015:switch (n) { case 0: x = -x; goto default; default: return x; }|} } return x; }", Struct),
            new("switch expression without a last _ arm in a ?: branch", Bad + " => x > 1 ? {|DIFF015:x switch { > 2 => x, <= 2 => -x }|} : x;"),
            new("switch expression with a var pattern", Bad + " => x switch { {|DIFF015:var v|} when v > 0 => v, _ => -x };", Record),
            new("switch statement with goto", D + "public double Bad(double x, int n) { {|DIFF015:switch (n) { case 0: x = -x; goto default; default: return x; }|} }"),
            new("return inside a nested loop", Bad + " { double s = 0; for (int i = 0; i < 3; i++) { for (int j = 0; j < 2; j++) { if (s > 2) {|DIFF015:return s;|} s += x; } } return s; }"),
            new("early return in a method with arrays", Helpers + Bad + " { double s = x; for (int i = 0; i < 2; i++) s += Weights[i] * x; if (s > 0) { s = 2 * s; {|DIFF015:return Weights[0] * s;|} } return s; }", Record),
            new("switch in a loop", D + "public double Bad(double x, int n) { double s = 0; for (int i = 0; i < 2; i++) { {|DIFF015:switch (n) { case 0: s += x; goto default; default: s -= x; break; }|} } return s; }"),
            new("bool local assigned again in a method with loops", Bad + " { bool {|DIFF015:b = x > 0|}; double s = 0; for (int i = 0; i < 2; i++) { if (b) s += x; b = !b; } return s; }", NestedInStatic, NestedPath),
            new("double array local in a float method", D + "public float Bad(float x) { double[] {|DIFF015:b = new double[2]|}; float s = 0; for (int i = 0; i < 2; i++) { b[i] = x * i; s += (float)b[i]; } return s; }"),
            new("array local aliasing another array", Bad + " { double[] b = { x, x }; double[] {|DIFF015:a = b|}; double s = 0; for (int i = 0; i < 2; i++) s += a[i]; return s; }"),
            new("floating-point counter in a for header with a continue", Bad + " { double s = 0; {|DIFF015:for (double t = 0; t < 1; t += 0.5) { if (t > 0.6) continue; s += x; }|} return s; }", Struct),
            new("foreach over a new array", Bad + " { double s = 0; foreach (double w in {|DIFF015:new[] { x, 2 * x }|}) s += w; return s; }"),
            new("element of a new array", Bad + " => Math.Max({|DIFF015:new[] { x }[0]|}, x);"),
            new("element of a three-dimensional array", "private static readonly double[,,] Grid = { { { 1.0 } } };\n" + Bad + " => {|DIFF015:Grid[0, 0, 0]|} * x;"),
            new("foreach over a two-dimensional array", D + "public double Bad(double x, double[,] grid) { double s = 0; foreach (double g in {|DIFF015:grid|}) s += g * x; return s; }"),
            new("a row of a jagged array as a local", D + "public double Bad(double x, double[][] grid) { double[] {|DIFF015:row = grid[0]|}; return row[0] * x; }"),
            new("argument for a parameter the callee does not differentiate", "[Differentiable(\"t\")]\npublic static double Scaled(double t, double k) => k * t;\n" + Bad + " => Scaled(x, {|DIFF016:2 * x|});", Generated: new[] { "Scaled(double,double)" }),

            // Several problems in one method: all are reported, warnings with errors.
            new("several problems", Helpers + Bad + " { double a = {|DIFF011:Helper(x)|}; double b = {|DIFF012:x % 3.0|}; {|DIFF014:last|} = b; double s = 0; for (int i = 0; i < Weights.Length; i++) { if (s > 9) {|DIFF015:return s;|} s += Weights[i] * a * {|DIFF012:Math.Floor(b)|}; } s = 2 * s; return s; }"),
        };

        /// <summary>
        /// Valid methods with a DIFF012 warning: each is still generated (as <c>Bad</c>, despite its
        /// name) and its output compiles.
        /// </summary>
        public static IReadOnlyList<CorpusCase> Warnings { get; } = new List<CorpusCase>
        {
            new("Math.Floor", Bad + " => {|DIFF012:Math.Floor(x)|};"),
            new("Math.Ceiling", Bad + " => {|DIFF012:Math.Ceiling(x)|} - x;"),
            new("Math.Round", Bad + " => x * {|DIFF012:Math.Round(x)|};", Record),
            new("Math.Truncate", Bad + " => {|DIFF012:Math.Truncate(x)|};", NestedInStatic, NestedPath),
            new("Math.Sign", Bad + " => {|DIFF012:Math.Sign(x)|} * x;", Struct),
            new("MathF.Floor", D + "public float Bad(float x) => {|DIFF012:MathF.Floor(x)|};", Parameters: "float"),
            new("MathF.Sign", D + "public static float Bad(float x) => x * {|DIFF012:MathF.Sign(x)|};", Parameters: "float"),
            new("double.Round", Bad + " => {|DIFF012:double.Round(x)|} + x;"),
            new("remainder", Bad + " => {|DIFF012:x % 2.0|};"),
            new("remainder of two parameters", D + "public double Bad(double x, double y) => {|DIFF012:x % y|};", Parameters: "double,double"),
            new("float remainder", D + "public float Bad(float x) => {|DIFF012:x % 2f|};", Struct, Parameters: "float"),
            new("remainder assignment", Bad + " { double s = x; {|DIFF012:s %= 2.0|}; return s; }", Struct),
            new("remainder assignment to a parameter", Bad + " { {|DIFF012:x %= 2.0|}; return x; }"),
            new("several warnings", Bad + " => {|DIFF012:Math.Floor(x)|} * {|DIFF012:Math.Sign(x)|} + {|DIFF012:x % 3.0|};", Record),
            new("nested warnings", Bad + " => {|DIFF012:Math.Round({|DIFF012:Math.Floor(x)|})|};"),
            new("stopped and not", Bad + " => Gradient.Stop(Math.Floor(x)) + {|DIFF012:Math.Ceiling(x)|} + Gradient.Stop(x % 2.0);"),
            new("stopped divisor", Bad + " { double s = x; {|DIFF012:s %= Gradient.Stop(2.0)|}; return s; }", NestedInStatic, NestedPath),
            new("piecewise in a branch", Bad + " { if (x > 0) { return {|DIFF012:Math.Floor(x)|} * x; } return x; }"),
            new("piecewise in a condition and a branch", Bad + " => Math.Floor(x) > 1 ? {|DIFF012:x % 2.0|} : x;", Struct),
            new("piecewise in a bool local and a ?: branch", Bad + " { bool odd = Math.Round(x) % 2.0 == 1; double y = odd ? {|DIFF012:Math.Ceiling(x)|} : x; return y * x; }", Record),
        };

        public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

        public static IEnumerable<object[]> WarningNames => Warnings.Select(c => new object[] { c.Name });
    }
}
