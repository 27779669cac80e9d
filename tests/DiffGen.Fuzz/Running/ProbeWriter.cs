using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// Writes, for a case whose derivatives were generated, a class with plain signatures the
    /// checker calls through delegates: scalars in one double[], arrays in a double[][], float
    /// converted both ways. It names the generated members as the contract in design.md does, so a
    /// member missing or with another signature fails to compile here.
    /// </summary>
    public static class ProbeWriter
    {
        public static string ProbeClassName(int index) => "Case" + index + "Probe";

        /// <summary>The floating-point parameters F differentiates, in parameter order.</summary>
        public static ImmutableArray<Parameter> Differentiated(Method entry) =>
            entry.Parameters.Where(p => p.IsFloatingPoint && (entry.WithRespectTo is not { } names || names.Contains(p.Name))).ToImmutableArray();

        public static string Probe(FuzzCase fuzzCase, int index)
        {
            Method entry = fuzzCase.Entry;
            string real = fuzzCase.Float ? "float" : "double";
            // An instance method runs on a new object of the case's type (a record's positional members passed to its constructor).
            var positional = (fuzzCase.Members ?? ImmutableArray<Member>.Empty).Where(m => m.Kind == MemberKind.Positional)
                .Select(m => ProgramWriter.MemberValue(m, Flavor.Of(fuzzCase.Float)));
            string type = entry.Instance
                ? "new " + ProgramWriter.TypeName(fuzzCase, index) + "(" + string.Join(", ", positional) + ")"
                : ProgramWriter.TypeName(fuzzCase, index);
            var scalars = entry.Parameters.Where(p => p.Kind == ParameterKind.Real).Select(p => p.Name).ToList();
            var arrays = entry.Parameters.Where(p => p.Kind is ParameterKind.Array or ParameterKind.ReadOnlySpan or ParameterKind.Span).Select(p => p.Name).ToList();
            string Argument(Parameter p, string scalarSource, string arraySource) => p.Kind switch
            {
                ParameterKind.Int => p.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ParameterKind.Matrix or ParameterKind.Jagged or ParameterKind.Indices or ParameterKind.IndexSpan or ParameterKind.Labels => "m_" + p.Name, // data: the same arrays for the method, its gradient and the oracle
                ParameterKind.Real => string.Format(scalarSource, scalars.IndexOf(p.Name)),
                _ => string.Format(arraySource, arrays.IndexOf(p.Name)),
            };
            string plainScalar = fuzzCase.Float ? "(float)s[{0}]" : "s[{0}]";
            string plainArray = fuzzCase.Float ? "global::DiffGen.Fuzz.Running.ProbeSupport.ToFloat(a[{0}])" : "a[{0}]";
            // A float parameter of a double method (docs/supported.md, "float and double") is given the point rounded to float, as is its oracle.
            // A double parameter of a float method is given the point as it is, as is its oracle.
            string plain = string.Join(", ", entry.Parameters.Select(p => p.Single
                ? Argument(p, "(float)s[{0}]", "global::DiffGen.Fuzz.Running.ProbeSupport.ToFloat(a[{0}])")
                : p.Wide ? Argument(p, "s[{0}]", plainArray)
                : Argument(p, plainScalar, plainArray)));
            ImmutableArray<Parameter> differentiated = Differentiated(entry);

            var text = new StringBuilder();
            // A private or protected F is reached through public forwarders in a part of the case's type of the probe's own.
            string prefix = entry.Reachable ? "" : Forwarders(text, fuzzCase, index, differentiated);
            text.Append("    public static class ").Append(ProbeClassName(index)).Append("\n    {\n");
            foreach (Parameter p in entry.Parameters.Where(p => p.IsIndices))
            {
                // An int[] of indices, or the same values as another integer type (long[], short[], ...).
                string values = "global::DiffGen.Fuzz.Running.ProbeSupport.Indices(" + p.IntValue + ")";
                text.Append("        private static readonly ").Append(p.IntType).Append("[] m_").Append(p.Name).Append(" = ")
                    .Append(p.IntType == "int" ? values : "global::System.Array.ConvertAll(" + values + ", v => (" + p.IntType + ")v)").Append(";\n");
            }

            foreach (Parameter p in entry.Parameters.Where(p => p.Kind == ParameterKind.Labels))
            {
                text.Append("        private static readonly ").Append(real).Append("[] m_").Append(p.Name).Append(" = global::DiffGen.Fuzz.Running.ProbeSupport.Labels")
                    .Append(fuzzCase.Float ? "Float" : "").Append('(').Append(p.IntValue).Append(");\n");
            }

            foreach (Parameter p in entry.Parameters.Where(p => p.IsMatrix))
            {
                string shape = p.Kind == ParameterKind.Matrix ? "[,]" : "[][]";
                string make = p.Kind == ParameterKind.Matrix ? "Matrix" : "Jagged";
                text.Append("        private static readonly ").Append(real).Append(shape).Append(" m_").Append(p.Name).Append(" = global::DiffGen.Fuzz.Running.ProbeSupport.")
                    .Append(make).Append(fuzzCase.Float ? "Float" : "").Append('(').Append(p.IntValue).Append(", ").Append(p.Columns).Append(");\n");
            }

            text.Append("        public static double Value(double[] s, double[][] a) => ").Append(type).Append('.').Append(prefix).Append("F(").Append(plain).Append(");\n\n");

            // Gradient: outputs in parameter order, scalars through locals, arrays through buffers copied back.
            text.Append("        public static double Gradient(double[] s, double[][] a, double[] gs, double[][] ga)\n        {\n");
            var outputs = new List<string>();
            foreach (Parameter p in differentiated)
            {
                if (p.Kind == ParameterKind.Real)
                {
                    text.Append("            ").Append(real).Append(" d_").Append(p.Name).Append(";\n");
                    outputs.Add("out d_" + p.Name);
                }
                else
                {
                    text.Append("            var d_").Append(p.Name).Append(" = new ").Append(real).Append("[a[").Append(arrays.IndexOf(p.Name)).Append("].Length];\n");
                    outputs.Add("d_" + p.Name);
                }
            }

            text.Append("            double value = ").Append(type).Append('.').Append(prefix).Append("FGradient(").Append(string.Join(", ", new[] { plain }.Concat(outputs).Where(t => t.Length > 0))).Append(");\n");
            foreach (Parameter p in differentiated)
            {
                text.Append(p.Kind == ParameterKind.Real
                    ? "            gs[" + scalars.IndexOf(p.Name) + "] = d_" + p.Name + ";\n"
                    : "            global::DiffGen.Fuzz.Running.ProbeSupport.CopyTo(d_" + p.Name + ", ga[" + arrays.IndexOf(p.Name) + "]);\n");
            }

            text.Append("            return value;\n        }\n\n");

            // One partial per differentiated scalar, chosen by the scalar's position.
            text.Append("        public static double Partial(int k, double[] s, double[][] a)\n        {\n            switch (k)\n            {\n");
            foreach (Parameter p in differentiated.Where(p => p.Kind == ParameterKind.Real))
            {
                text.Append("                case ").Append(scalars.IndexOf(p.Name)).Append(": return ").Append(type).Append('.').Append(prefix).Append("FPartial")
                    .Append(ProgramWriter.Capitalize(p.Name)).Append('(').Append(plain).Append(");\n");
            }

            text.Append("                default: throw new global::System.ArgumentOutOfRangeException(nameof(k));\n            }\n        }\n\n");

            // The oracle at the same point, one input seeded (scalar k, or element e of array k).
            string oracleType = ProgramWriter.Namespace + "." + ProgramWriter.OracleClassName(index);
            string seededScalar = fuzzCase.Float
                ? "new global::DiffGen.Fuzz.Oracle.Dual((double)(float)s[{0}], seedScalar == {0} ? 1 : 0)"
                : "new global::DiffGen.Fuzz.Oracle.Dual(s[{0}], seedScalar == {0} ? 1 : 0)";
            string seededSingle = "new global::DiffGen.Fuzz.Oracle.Dual((double)(float)s[{0}], seedScalar == {0} ? 1 : 0)";
            string seededArray = "global::DiffGen.Fuzz.Running.ProbeSupport.ToDual(a[{0}], seedArray == {0} ? seedElement : -1, " + (fuzzCase.Float ? "true" : "false") + ")";
            text.Append("        public static double Oracle(double[] s, double[][] a, int seedScalar, int seedArray, int seedElement, out double tangent)\n        {\n");
            string seededSingleArray = "global::DiffGen.Fuzz.Running.ProbeSupport.ToDual(a[{0}], seedArray == {0} ? seedElement : -1, true)";
            string seededWide = "new global::DiffGen.Fuzz.Oracle.Dual(s[{0}], seedScalar == {0} ? 1 : 0)";
            string oracleArguments = string.Join(", ", entry.Parameters.Select(p => p.Single ? Argument(p, seededSingle, seededSingleArray)
                : p.Wide ? Argument(p, seededWide, seededArray)
                : Argument(p, seededScalar, seededArray)));
            text.Append("            global::DiffGen.Fuzz.Oracle.Dual result = ").Append(oracleType).Append(".F(").Append(oracleArguments).Append(");\n");
            text.Append("            global::DiffGen.Fuzz.Oracle.Margins.RecordResult(result);\n");
            text.Append("            tangent = result.Tangent;\n            return result.Value;\n        }\n    }\n");
            return text.ToString();
        }

        /// <summary>The prefix of the forwarders <see cref="Forwarders"/> writes.</summary>
        public const string ForwarderPrefix = "Probe_";

        /// <summary>
        /// Public forwarders to a private or protected F and its generated members, in a part of the case's type of their own
        /// (a part that declares no members the generator reads); returns the prefix of their names.
        /// </summary>
        private static string Forwarders(StringBuilder text, FuzzCase fuzzCase, int index, ImmutableArray<Parameter> differentiated)
        {
            Method entry = fuzzCase.Entry;
            var flavor = Flavor.Of(fuzzCase.Float);
            string real = flavor.Real;
            string modifiers = "        public " + (entry.Instance ? "" : "static ");
            string parameters = string.Join(", ", entry.Parameters.Select(p => ProgramWriter.ParameterType(p, flavor, real) + " " + p.Name));
            string names = string.Join(", ", entry.Parameters.Select(p => p.Name));
            string outputs = string.Join(", ", differentiated.Select(p => (p.Kind == ParameterKind.Real ? "out " + real : "global::System.Span<" + real + ">") + " d_" + p.Name));
            string outputNames = string.Join(", ", differentiated.Select(p => (p.Kind == ParameterKind.Real ? "out " : "") + "d_" + p.Name));
            bool nested = fuzzCase.Container == Container.NestedClass;
            text.Append("    ").Append(ProgramWriter.Header(fuzzCase, index, withParameters: false)).Append("\n    {\n");
            if (nested)
            {
                text.Append("    public partial class Inner\n    {\n");
            }

            text.Append(modifiers).Append(real).Append(' ').Append(ForwarderPrefix).Append("F(").Append(parameters).Append(") => F(").Append(names).Append(");\n");
            text.Append(modifiers).Append(real).Append(' ').Append(ForwarderPrefix).Append("FGradient(").Append(string.Join(", ", new[] { parameters, outputs }.Where(t => t.Length > 0)))
                .Append(") => FGradient(").Append(string.Join(", ", new[] { names, outputNames }.Where(t => t.Length > 0))).Append(");\n");
            foreach (Parameter p in differentiated.Where(p => p.Kind == ParameterKind.Real))
            {
                string partial = "FPartial" + ProgramWriter.Capitalize(p.Name);
                text.Append(modifiers).Append(real).Append(' ').Append(ForwarderPrefix).Append(partial).Append('(').Append(parameters).Append(") => ").Append(partial).Append('(').Append(names).Append(");\n");
            }

            if (nested)
            {
                text.Append("    }\n");
            }

            text.Append("    }\n\n");
            return ForwarderPrefix;
        }
    }
}
