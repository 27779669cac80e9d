using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Spans cannot pass through reflection, so each case is called through a small adapter,
    /// compiled with the generated code, that takes its arguments as object[] (arrays standing
    /// for spans) and calls the original method, MGradient (Span outputs as arrays, out scalars
    /// boxed back), each MPartialP, and a loop of MGradient calls measured for allocations. It
    /// names the generated members exactly as the contract does, so a missing or misshapen
    /// member is a compile error in the adapter.
    /// </summary>
    public static class AdapterSource
    {
        public const string TypeName = "Tests.Adapter";

        public static string For(string method, bool returnsFloat, IReadOnlyList<CaseParameter> parameters)
        {
            string type = returnsFloat ? "float" : "double";
            string arguments = string.Join(", ", parameters.Select(p => p.Unbox("a[" + p.Position + "]")));
            CaseParameter[] differentiated = parameters.Where(p => p.Differentiated).ToArray();
            var text = new StringBuilder();
            text.Append("namespace Tests\n{\n    public static class Adapter\n    {\n");
            text.Append("        public static double Value(object[] a) => Cases." + method + "(" + arguments + ");\n\n");

            // Gradient(a, d): d[k] is the k-th output, an array to write into or a box to receive a scalar.
            text.Append("        public static double Gradient(object[] a, object[] d)\n        {\n");
            text.Append("            " + type + " value = Cases." + method + "Gradient(" + arguments + ", " + Outputs(differentiated, k => "(" + differentiated[k].ElementType + "[])d[" + k + "]", k => "out " + differentiated[k].ElementType + " s" + k) + ");\n");
            for (int k = 0; k < differentiated.Length; k++)
            {
                if (differentiated[k].Kind == ParameterKind.Scalar)
                {
                    text.Append("            d[" + k + "] = s" + k + ";\n");
                }
            }

            text.Append("            return value;\n        }\n\n");

            text.Append("        public static double Partial(string name, object[] a)\n        {\n");
            foreach (CaseParameter p in differentiated.Where(p => p.Kind == ParameterKind.Scalar))
            {
                text.Append("            if (name == \"" + p.Name + "\") return Cases." + method + "Partial" + p.Capitalized + "(" + arguments + ");\n");
            }

            text.Append("            throw new System.ArgumentOutOfRangeException(nameof(name), name, null);\n        }\n\n");

            // Allocations(a, d, calls): arguments unboxed once, one warm-up call, this thread's allocation
            // context retired (see AllocationTests), then the bytes this thread allocates in `calls` calls.
            text.Append("        public static long Allocations(object[] a, object[] d, int calls)\n        {\n");
            foreach (CaseParameter p in parameters)
            {
                text.Append("            " + p.ArrayOrScalarType + " a" + p.Position + " = " + p.Unbox("a[" + p.Position + "]") + ";\n");
            }

            for (int k = 0; k < differentiated.Length; k++)
            {
                if (differentiated[k].Kind == ParameterKind.Sequence)
                {
                    text.Append("            " + differentiated[k].ElementType + "[] d" + k + " = (" + differentiated[k].ElementType + "[])d[" + k + "];\n");
                }
            }

            string typed = string.Join(", ", parameters.Select(p => "a" + p.Position));
            text.Append("            " + type + " sum = Cases." + method + "Gradient(" + typed + ", " + Outputs(differentiated, k => "d" + k, k => "out " + differentiated[k].ElementType + " s" + k) + ");\n");
            text.Append("            System.GC.Collect(0, System.GCCollectionMode.Forced, blocking: true);\n");
            text.Append("            long before = System.GC.GetAllocatedBytesForCurrentThread();\n");
            text.Append("            for (int i = 0; i < calls; i++)\n            {\n");
            text.Append("                sum += Cases." + method + "Gradient(" + typed + ", " + Outputs(differentiated, k => "d" + k, k => "out s" + k) + ");\n");
            text.Append("            }\n\n");
            text.Append("            long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;\n");
            text.Append("            return allocated;\n        }\n    }\n}\n");
            return text.ToString();
        }

        private static string Outputs(CaseParameter[] differentiated, System.Func<int, string> sequence, System.Func<int, string> scalar) =>
            string.Join(", ", Enumerable.Range(0, differentiated.Length).Select(k => differentiated[k].Kind == ParameterKind.Sequence ? sequence(k) : scalar(k)));
    }
}
