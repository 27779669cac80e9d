using System.Linq;
using System.Text;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// Writes, for an [Integrable] case whose integral was generated, a class of plain static methods the
    /// checker calls through delegates: F and its dual-number oracle at a point (every parameter's value in
    /// one double[], in parameter order), FAntiderivative where it was generated, and both FIntegral overloads
    /// (bounds in a double[] in the attribute's order, the constants from the point). It names the members as
    /// the contract in design.md does, so a member missing or with another signature fails to compile here.
    /// </summary>
    public static class IntegralProbeWriter
    {
        public static string Probe(FuzzCase fuzzCase, int index, bool hasAntiderivative)
        {
            Method entry = fuzzCase.Entry;
            IntegralSetup setup = fuzzCase.Integral!;
            string type = ProgramWriter.TypeName(fuzzCase, index);
            string point = string.Join(", ", entry.Parameters.Select((p, i) => "s[" + i + "]"));
            string dual = string.Join(", ", entry.Parameters.Select((p, i) => "new global::DiffGen.Fuzz.Oracle.Dual(s[" + i + "], 0)"));
            string bounds = string.Join(", ", setup.Variables.SelectMany((v, i) => new[] { "b[" + (2 * i) + "]", "b[" + ((2 * i) + 1) + "]" }));
            string constants = string.Concat(entry.Parameters.Select((p, i) => (p, i)).Where(x => !setup.Variables.Contains(x.p.Name)).Select(x => ", s[" + x.i + "]"));

            var text = new StringBuilder();
            text.Append("    public static class ").Append(ProbeWriter.ProbeClassName(index)).Append("\n    {\n");
            text.Append("        public static double Value(double[] s) => ").Append(type).Append(".F(").Append(point).Append(");\n\n");
            text.Append("        public static double Oracle(double[] s)\n        {\n");
            text.Append("            global::DiffGen.Fuzz.Oracle.Dual result = ").Append(ProgramWriter.Namespace).Append('.').Append(ProgramWriter.OracleClassName(index))
                .Append(".F(").Append(dual).Append(");\n");
            text.Append("            global::DiffGen.Fuzz.Oracle.Margins.RecordResult(result);\n            return result.Value;\n        }\n\n");
            if (hasAntiderivative)
            {
                text.Append("        public static double Antiderivative(double[] s) => ").Append(type).Append(".FAntiderivative(").Append(point).Append(");\n\n");
            }

            text.Append("        public static double Integral(double[] b, double[] s) => ").Append(type).Append(".FIntegral(").Append(bounds).Append(constants).Append(");\n\n");
            text.Append("        public static double IntegralWithError(double[] b, double[] s, out double errorEstimate) => ")
                .Append(type).Append(".FIntegral(").Append(bounds).Append(constants).Append(", out errorEstimate);\n    }\n");
            return text.ToString();
        }
    }
}
