using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Declares a local that starts at 0 where it first receives a value.</content>
    internal static partial class CodeTree
    {
        /// <summary>
        /// Declares each local that starts at 0 where it first receives a value: <c>double dR = 0; ... dR += e;</c>
        /// becomes <c>double dR = e;</c> when nothing between reads it (decided from the lines' structure:
        /// <see cref="CodeLine.StartsAtZero"/> and <see cref="CodeLine.Accumulates"/>).
        /// </summary>
        public static List<CodeNode> DeclareAtFirstUse(List<CodeNode> nodes)
        {
            var result = new List<CodeNode>(nodes);
            for (int i = 0; i < result.Count; i++)
            {
                if (result[i] is CodeBlock block)
                {
                    block.Replace(DeclareAtFirstUse(block.Body), block.Else == null ? null : DeclareAtFirstUse(block.Else));
                    continue;
                }

                if (!(result[i] is CodeLine { Defines: string name, StartsAtZero: true, DeclaredType: string type } declaration))
                {
                    continue;
                }

                for (int j = i + 1; j < result.Count; j++)
                {
                    if (result[j] is CodeComment)
                    {
                        continue;
                    }

                    bool mentions = result[j] is CodeLine l ? l.Uses.Contains(name) || l.Defines == name : ((CodeBlock)result[j]).AllUses().Contains(name) || Assigns((CodeBlock)result[j], name);
                    if (!mentions)
                    {
                        continue;
                    }

                    // The first statement that mentions it adds to it, reading nothing else of it: that is its first value.
                    if (result[j] is CodeLine { Accumulates: Accumulation added } first && added.Target == name && !added.AmountReads.Contains(name))
                    {
                        string value = added.Subtract ? "-(" + added.Amount + ")" : added.Amount;
                        result[j] = new CodeLine(type + " " + name + " = " + value + ";", name, first.Comment, declaredType: type, uses: added.AmountReads);
                        result.RemoveAt(i);
                        i--;
                    }

                    break;
                }
            }

            return result;
        }

        private static bool Assigns(CodeBlock block, string name) =>
            block.Body.Concat(block.Else ?? Enumerable.Empty<CodeNode>()).Any(n => n is CodeLine { Defines: var d } && d == name || n is CodeBlock b && Assigns(b, name));
    }
}
