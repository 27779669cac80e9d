using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>
    /// The families of programs the fuzzer writes, each from constructs docs/supported.md lists as
    /// supported. A family is a shape of method (an expression, a block, branches, calls, loops,
    /// arrays, ...); inside the shape everything is random. The integrals family writes [Integrable] methods
    /// instead (<see cref="IntegralCaseBuilder"/>), in double only.
    /// </summary>
    public static class Families
    {
        public static readonly string[] All =
        {
            "expression", "block", "branches", "calls", "loops", "arrays", "local arrays", "stop", "extreme", "unsupported", "members", "infinities", IntegralCaseBuilder.Family,
        };

        /// <summary>How many of each hundred cases go to each family, in the order of <see cref="All"/>.</summary>
        private static readonly int[] Weights = { 14, 12, 14, 10, 14, 14, 10, 5, 7, 4, 8, 4, 8 };

        public static string Pick(Random random)
        {
            int roll = random.Next(Weights.Sum());
            for (int i = 0; i < All.Length; i++)
            {
                roll -= Weights[i];
                if (roll < 0)
                {
                    return All[i];
                }
            }

            return All[0];
        }

        public static FuzzCase Generate(string family, bool isFloat, Random random)
        {
            var g = new ExpressionGenerator(random) { FloatLiterals = isFloat };
            var cases = new CaseBuilder(g, isFloat);
            return family switch
            {
                "expression" => cases.Expression(),
                "block" => cases.Block(),
                "branches" => cases.Branches(),
                "calls" => cases.Calls(),
                "loops" => cases.Loops(),
                "arrays" => cases.Arrays(),
                "local arrays" => cases.LocalArrays(),
                "stop" => cases.Stops(),
                "extreme" => cases.Extreme(),
                "unsupported" => cases.Unsupported(),
                "members" => cases.Members(),
                "infinities" => cases.Infinities(),
                IntegralCaseBuilder.Family => new IntegralCaseBuilder(random).Build(), // double only: the reference and tolerances are for double
                _ => throw new ArgumentOutOfRangeException(nameof(family), family),
            };
        }
    }
}
