using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// One invalid [Differentiable] method, always named <c>Bad</c>, with its expected diagnostics
    /// marked inline. <see cref="Container"/> wraps <c>$M</c> (the members) in a type named <c>$T</c>;
    /// <see cref="Path"/> is the type path of the members inside the namespace; when
    /// <see cref="HostsValid"/>, a valid method <c>Good</c> is added beside <c>Bad</c>.
    /// </summary>
    public sealed record CorpusCase(string Name, string Members, string Container = CorpusCases.Class, string Path = "$T", bool HostsValid = true)
    {
        public override string ToString() => Name;
    }

    /// <summary>The corpus: every kind of problem the analyzer reports, each in a minimal method.</summary>
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
            "private double InstanceHelper(double t) => t * last;\n";

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
            new("array parameter", D + "public double Bad(double x, double[] {|DIFF006:xs|}) => x;"),
            new("params parameter", D + "public double Bad(double x, params double[] {|DIFF006:rest|}) => x;"),
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

            // DIFF010: constructs that cannot be differentiated.
            new("if", Bad + " { {|DIFF010:if (x > 0) { return x; }|} return -x; }"),
            new("?:", Bad + " => {|DIFF010:x > 0 ? x : -x|};"),
            new("switch expression", Bad + " => {|DIFF010:x switch { > 0 => x, _ => -x }|};", Record),
            new("switch statement", D + "public double Bad(double x, int n) { {|DIFF010:switch (n) { case 0: return x; default: return -x; }|} }"),
            new("for", Bad + " { double s = 0; {|DIFF010:for (int i = 0; i < 3; i++) { s += x; }|} return s; }"),
            new("foreach", Helpers + Bad + " { double s = 0; {|DIFF010:foreach (double w in Weights) { s += w * x; }|} return s; }"),
            new("while", Bad + " { double s = x; {|DIFF010:while (s > 1) { s /= 2; }|} return s; }", NestedInStatic, NestedPath),
            new("do while", Bad + " { double s = x; {|DIFF010:do { s /= 2; } while (s > 1);|} return s; }"),
            new("try catch", Bad + " { {|DIFF010:try { return x; } catch (Exception) { return 0; }|} }"),
            new("throw", Bad + " { {|DIFF010:throw new InvalidOperationException();|} }"),
            new("remainder", Bad + " => {|DIFF010:x % 2.0|};"),
            new("remainder assignment", Bad + " { double s = x; {|DIFF010:s %= 2.0|}; return s; }", Struct),
            new("array element read", Helpers + Bad + " => {|DIFF010:Weights[1]|} * x;"),
            new("property read", Helpers + Bad + " => {|DIFF010:Scale|} * x;"),
            new("property of another record", Bad + " => {|DIFF010:(this with { A = 2 }).A|} * x;", Record),
            new("field write", Helpers + Bad + " { {|DIFF010:last|} = x; return x; }"),
            new("property write", Helpers + Bad + " { {|DIFF010:Settable|} = x; return x; }"),
            new("array element write", Helpers + Bad + " { {|DIFF010:Weights[0]|} = x; return x; }"),
            new("integer local", Bad + " { int {|DIFF010:n = 2|}; return x * {|DIFF010:n|}; }"),
            new("cast to int", Bad + " => {|DIFF010:(int)x|} * 1.0;"),
            new("comparison kept as a value", Bad + " { bool {|DIFF010:positive = x > 0|}; return x; }"),
            new("integer arithmetic", D + "public double Bad(double x, int n) => x * ({|DIFF010:n + 1|});"),
            new("integer-valued call", D + "public double Bad(double x, int n) => x * {|DIFF011:Math.Abs(n)|};"),
            new("lambda", Bad + " { Func<double, double> {|DIFF010:square = t => t * t|}; return {|DIFF011:square(x)|}; }"),
            new("local function", Bad + " { {|DIFF010:double Square(double t) => t * t;|} return {|DIFF011:Square(x)|}; }"),
            new("string interpolation", Bad + " { string {|DIFF010:text = $\"{x}\"|}; return x; }"),
            new("lock", Helpers + Bad + " { {|DIFF010:lock (Gate) { }|} return x; }"),
            new("using", Bad + " { {|DIFF010:using (var stream = new System.IO.MemoryStream()) { }|} return x; }"),
            new("goto", Bad + " { {|DIFF010:goto end;|} {|DIFF010:end: return x;|} }"),

            // DIFF011: calls with no derivative.
            new("user static method", Helpers + Bad + " => {|DIFF011:Helper(x)|};"),
            new("user instance method", Helpers + Bad + " => {|DIFF011:InstanceHelper(x)|} + x;"),
            new("Math.Floor", Bad + " => {|DIFF011:Math.Floor(x)|};"),
            new("Math.Round", Bad + " => x * {|DIFF011:Math.Round(x)|};", Record),
            new("Math.Round with digits", Bad + " => {|DIFF011:Math.Round(x, 2)|};"),
            new("Math.Ceiling", Bad + " => {|DIFF011:Math.Ceiling(x)|} - x;"),
            new("Math.Truncate", Bad + " => {|DIFF011:Math.Truncate(x)|};", NestedInStatic, NestedPath),
            new("Math.Clamp", Bad + " => {|DIFF011:Math.Clamp(x, 0.0, 1.0)|};"),
            new("Math.FusedMultiplyAdd", Bad + " => {|DIFF011:Math.FusedMultiplyAdd(x, x, 1.0)|};"),
            new("Math.IEEERemainder", Bad + " => {|DIFF011:Math.IEEERemainder(x, 2.0)|};"),
            new("Math.BitIncrement", Bad + " => {|DIFF011:Math.BitIncrement(x)|};"),
            new("MathF.Floor", D + "public float Bad(float x) => {|DIFF011:MathF.Floor(x)|};"),
            new("double.Hypot", Bad + " => {|DIFF011:double.Hypot(x, x)|};"),

            // Several problems in one method: all are reported.
            new("several problems", Helpers + Bad + " { double a = {|DIFF011:Helper(x)|}; double b = {|DIFF010:x % 3.0|}; {|DIFF010:last|} = b; return a * {|DIFF011:Math.Floor(b)|}; }"),
        };

        public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });
    }
}
