using System;
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

        /// <summary>Reads of data matrices valid here (<c>X[k, i]</c>, <c>X[k][i]</c>): constants to DiffGen, leaves like literals.</summary>
        public List<Expr> Data { get; } = new List<Expr>();

        /// <summary>Callees: name and the kinds of their parameters (an array argument must be a whole array).</summary>
        public List<Method> Callees { get; } = new List<Method>();

        /// <summary>Arrays a callee taking an array may be given.</summary>
        public List<string> Arrays { get; } = new List<string>();

        /// <summary>Fields and auto-properties of the case's type this method may read (as constants).</summary>
        public List<Member> Members { get; } = new List<Member>();

        public bool AllowConditionals { get; set; }

        /// <summary>Calls inside ?: or on the right of && and || (not in methods with loops or arrays).</summary>
        public bool AllowCallsInConditionals { get; set; }

        public double StopRate { get; set; } = 0.03;

        /// <summary>
        /// Whether integer operands may meet (n + 2, n / 7): supported in methods with loops or arrays;
        /// in a method without them docs/supported.md lists integer arithmetic as DIFF015.
        /// </summary>
        public bool IntegerArithmetic { get; set; }

        public Scope Clone()
        {
            var copy = new Scope
            {
                AllowConditionals = AllowConditionals,
                AllowCallsInConditionals = AllowCallsInConditionals,
                StopRate = StopRate,
                IntegerArithmetic = IntegerArithmetic,
            };
            copy.Reals.AddRange(Reals);
            copy.Ints.AddRange(Ints);
            copy.Elements.AddRange(Elements);
            copy.Data.AddRange(Data);
            copy.Callees.AddRange(Callees);
            copy.Arrays.AddRange(Arrays);
            copy.Members.AddRange(Members);
            return copy;
        }

        /// <summary>Whether an expression has an integer type in C#: an integer literal or variable, or arithmetic on them.</summary>
        public bool IsInteger(Expr expression) => expression switch
        {
            Literal l => l.Text.IndexOfAny(new[] { '.', 'e', 'E', 'f' }) < 0,
            Read r => Ints.Contains(r.Name),
            MemberRead m => m.IsInt,
            IntValue => true,
            Negate n => IsInteger(n.Operand),
            UnaryPlus p => IsInteger(p.Operand),
            Binary b => IsInteger(b.Left) && IsInteger(b.Right),
            MathCall { Function: "Sign" } => true,
            MathCall { Function: "Abs" or "Max" or "Min" or "Clamp" } c => c.Args.All(IsInteger),
            Conditional c => IsInteger(c.Then) && IsInteger(c.Else),
            SwitchOn s => IsInteger(s.Otherwise) && s.Arms.All(a => IsInteger(a.Value)),
            _ => false,
        };

        public Scope WithInt(string name)
        {
            Scope copy = Clone();
            copy.Ints.Add(name);
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
