using System.Collections.Generic;
using DiffGen.Generator.Common;

namespace DiffGen.Generator.Emit
{
    /// <summary>The attribute lines before every generated member and type: the method's own <c>[Obsolete]</c> and <c>[Experimental]</c> (CarriedAttributes in Lowering), then <c>[GeneratedCode]</c>.</summary>
    internal static class GeneratedAttributes
    {
        public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"DiffGen\", \"" + BuildInfo.Version + "\")]";

        public static void Write(CodeWriter writer, EquatableArray<string> carried)
        {
            foreach (string attribute in carried)
            {
                writer.Line(attribute);
            }

            writer.Line(GeneratedCode);
        }
    }
}
