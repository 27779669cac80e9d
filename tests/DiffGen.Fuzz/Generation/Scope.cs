using System.Collections.Generic;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>What an expression may read where it is generated, and what it may contain.</summary>
    public sealed class Scope
    {
        /// <summary>Floating-point parameters and locals.</summary>
        public List<string> Reals { get; } = new List<string>();

        /// <summary>Integer parameters, counters and locals, readable as numbers.</summary>
        public List<string> Ints { get; } = new List<string>();

        /// <summary>(array, index expression) pairs an element read may use: every index is in range.</summary>
        public List<(string Array, IntExpr Index)> Elements { get; } = new List<(string, IntExpr)>();

        /// <summary>Callees: name and the kinds of their parameters (an array argument must be a whole array).</summary>
        public List<Method> Callees { get; } = new List<Method>();

        /// <summary>Arrays a callee taking an array may be given.</summary>
        public List<string> Arrays { get; } = new List<string>();

        public bool AllowConditionals { get; set; }

        /// <summary>Calls inside ?: or on the right of && and || (not in methods with loops or arrays).</summary>
        public bool AllowCallsInConditionals { get; set; }

        public double StopRate { get; set; } = 0.03;

        public Scope Clone()
        {
            var copy = new Scope
            {
                AllowConditionals = AllowConditionals,
                AllowCallsInConditionals = AllowCallsInConditionals,
                StopRate = StopRate,
            };
            copy.Reals.AddRange(Reals);
            copy.Ints.AddRange(Ints);
            copy.Elements.AddRange(Elements);
            copy.Callees.AddRange(Callees);
            copy.Arrays.AddRange(Arrays);
            return copy;
        }

        public Scope WithReal(params string[] names)
        {
            Scope copy = Clone();
            copy.Reals.AddRange(names.Where(n => !copy.Reals.Contains(n)));
            return copy;
        }
    }
}
