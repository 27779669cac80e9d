using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <content>How the source writes its sums, products and quotients, remembered for the printers and for products that keep a quotient whole.</content>
    internal sealed partial class ExprBuilder
    {
        /// <summary>The numbers the source multiplies by (<see cref="SourceProduct"/>), as magnitudes.</summary>
        /// <summary>What the source says about its numbers: the ones it multiplies by and its literals as written.</summary>
        public SourceNumbers Numbers { get; } = new SourceNumbers();

        /// <summary>The quotients the source forms (<see cref="SourceQuotient"/>), which <see cref="Product"/> keeps whole.</summary>
        private readonly SourceQuotients sourceQuotients = new SourceQuotients();

        /// <summary>How the source computes each node it forms by an operation (<see cref="WrittenFormOf"/>): the first way it does.</summary>
        private readonly Dictionary<Expr, WrittenForm> writtenForms = new Dictionary<Expr, WrittenForm>();

        /// <summary>
        /// <c>a + b</c> or <c>a - b</c> as the source writes it (on either route): a sum whose first operand
        /// is a number, or a sum written so, prints its constant first (<c>1 + epsilon</c>, not <c>epsilon + 1</c>).
        /// </summary>
        public Expr SourceSum(Expr a, Expr b, bool subtract)
        {
            Expr sum = subtract ? Subtract(a, b) : Add(a, b);
            if (sum is Sum written && written.Offset != 0 && (a is Constant || a is Sum { IsOffsetFirst: true }))
            {
                written.IsOffsetFirst = true;
            }

            return Written(sum, new WrittenForm(subtract ? WrittenOperation.Subtract : WrittenOperation.Add, a, b));
        }

        /// <summary>
        /// <c>Math.FusedMultiplyAdd(a, b, c)</c> as the source writes it: the sum a·b + c, which the method rounds once (and
        /// a printer that asks <see cref="WrittenFormOf"/> computes so).
        /// </summary>
        public Expr SourceFusedMultiplyAdd(Expr a, Expr b, Expr c)
        {
            return Written(Add(SourceProduct(a, b), c), new WrittenForm(WrittenOperation.FusedMultiplyAdd, a, b, c));
        }

        /// <summary><c>-a</c> as the source writes it.</summary>
        public Expr SourceNegation(Expr a) => Written(Negate(a), new WrittenForm(WrittenOperation.Negate, a, null));

        /// <summary>
        /// How the source computes <paramref name="node"/>, if it forms it by an operation: a sum, product, quotient or
        /// negation built by <see cref="SourceSum"/>, <see cref="SourceProduct"/>, <see cref="SourceQuotient"/> or
        /// <see cref="SourceNegation"/>. Null for a leaf, a call (its arguments are its operands) and anything else.
        /// </summary>
        public WrittenForm? WrittenFormOf(Expr node) => writtenForms.TryGetValue(node, out WrittenForm? form) ? form : null;

        /// <summary>
        /// The nodes the source computes in more than one way (<c>v[i] * 3 * x</c> and <c>v[i] * (3 * x)</c>, one product in
        /// the DAG): no one written form is each computation's, so they print as the DAG holds them.
        /// </summary>
        private readonly HashSet<Expr> writtenAmbiguously = new HashSet<Expr>();

        /// <summary>The forms found to cancel (<see cref="Cancels"/>), so that a statement built again is not checked again.</summary>
        private readonly HashSet<WrittenForm> cancellingForms = new HashSet<WrittenForm>();

        /// <summary>
        /// Remembers how the source computes a sum or product (a number or a name prints as itself; a call, a choice or an
        /// operand itself left by a cancellation, <c>(e + c) - c</c>, is not this operation's result). A form that cancels
        /// part of its operands (<see cref="Cancels"/>) is not remembered, and a node computed in two ways has no form: the
        /// DAG shares a node wherever the method computes its value, and a form printed there for another computation (or
        /// in a derivative) would compute what that one never does (<c>Math.Log(v)</c> of a negative v, NaN, in
        /// <c>(v + Math.Log(v) + x) - Math.Log(v)</c> printed for a <c>v + x</c> of a branch where v &lt; 0).
        /// </summary>
        private Expr Written(Expr node, WrittenForm form)
        {
            if (!(node is Sum || node is Product) || node == form.Left || node == form.Right || node == form.Addend || writtenAmbiguously.Contains(node))
            {
                return node;
            }

            if (writtenForms.TryGetValue(node, out WrittenForm? known))
            {
                if (!known.Equals(form) && !IsCommuted(known, form) && !cancellingForms.Contains(form) && !Cancels(form, node))
                {
                    writtenForms.Remove(node);
                    writtenAmbiguously.Add(node);
                }
            }
            else if (!cancellingForms.Contains(form) && !Cancels(form, node))
            {
                writtenForms.Add(node, form);
            }

            return node;
        }

        /// <summary><c>b + a</c> of <c>a + b</c>, <c>b * a</c> of <c>a * b</c>: the same value to the last bit.</summary>
        private static bool IsCommuted(WrittenForm a, WrittenForm b) =>
            a.Operation == b.Operation && (a.Operation == WrittenOperation.Add || a.Operation == WrittenOperation.Multiply) && a.Left == b.Right && a.Right == b.Left;

        /// <summary>
        /// Whether the form computes values its node does not hold, which cancel: an operand's term or factor the node lacks
        /// (<c>x * y / y</c>, <c>(v + Math.Log(v) + x) - Math.Log(v)</c>), or a number it mostly loses (<c>x + y + 1e16 - 1e16</c>,
        /// <c>x * y * 1e200 / 1e200</c>). Remembered in <see cref="cancellingForms"/> when it does.
        /// </summary>
        private bool Cancels(WrittenForm form, Expr node)
        {
            HashSet<Expr> held = Atoms(node);
            bool cancels = !held.IsSupersetOf(Atoms(form.Left)) || (form.Right != null && !held.IsSupersetOf(Atoms(form.Right)))
                || (form.Addend != null && !held.IsSupersetOf(Atoms(form.Addend)));
            if (!cancels && form.Right is Expr right && form.Operation != WrittenOperation.FusedMultiplyAdd)
            {
                // A sum's number 2^20 times smaller than an operand's (1 - p - 0.5 keeps its form; 1 + 1e16 - 1e16 does not), a
                // product's coefficient 2^60 times nearer 1 (x * y * 1e200 / 1e200, which overflows where x * y does not).
                cancels = form.Operation == WrittenOperation.Add || form.Operation == WrittenOperation.Subtract
                    ? Math.Abs(OffsetOf(node)) * 1048576 < Math.Max(Math.Abs(OffsetOf(form.Left)), Math.Abs(OffsetOf(right)))
                    : Scale(node) + 60 < Math.Max(Scale(form.Left), Scale(right));
            }

            if (cancels)
            {
                cancellingForms.Add(form);
            }

            return cancels;
        }

        /// <summary>The nodes a sum or product is made of, through its terms and factors (a leaf, call or choice is its own).</summary>
        private static HashSet<Expr> Atoms(Expr e)
        {
            var atoms = new HashSet<Expr>();
            if (!(e is Sum || e is Product))
            {
                // The root is entered whatever it is: a call's arguments are not its atoms.
                if (!(e is Constant))
                {
                    atoms.Add(e);
                }

                return atoms;
            }

            TopologicalOrder.OperandsFirst(new[] { e }, n =>
            {
                if (n is Sum || n is Product)
                {
                    return false;
                }

                if (!(n is Constant))
                {
                    atoms.Add(n);
                }

                return true;
            });
            return atoms;
        }

        private static double OffsetOf(Expr e) => e switch
        {
            Constant constant => constant.Value,
            Sum sum => sum.Offset,
            _ => 0,
        };

        /// <summary>The binary order of magnitude of a number or a product's coefficient (0 for anything else).</summary>
        private static double Scale(Expr e)
        {
            double value = e switch
            {
                Constant constant => constant.Value,
                Product product => product.Coefficient,
                _ => 1,
            };

            return value == 0 || double.IsNaN(value) || double.IsInfinity(value) ? 0 : Math.Abs(Math.Log(Math.Abs(value), 2));
        }

        /// <summary>
        /// <c>a * b</c> as the source writes it (a multiplication of the method, on either route). A number
        /// it multiplies by is remembered (<see cref="SourceNumbers.IsWrittenFactor"/>), so that <c>0.1 * s</c> prints as
        /// written and not as <c>s / 10</c>, which C# rounds differently.
        /// </summary>
        public Expr SourceProduct(Expr a, Expr b)
        {
            foreach (Expr operand in new[] { a, b })
            {
                if (operand is Constant number && number.Value != 0)
                {
                    Numbers.AddFactor(Math.Abs(number.Value));
                }
            }

            return Written(Multiply(a, b), new WrittenForm(WrittenOperation.Multiply, a, b));
        }

        /// <summary>A literal of the source, <c>1e-8</c>: its value, with its text kept beside the DAG (<see cref="SourceNumbers"/>).</summary>
        public Expr Literal(double value, string? written)
        {
            if (written != null)
            {
                Numbers.AddLiteral(value, written);
            }

            return Constant(value);
        }

        /// <summary>
        /// <c>a / b</c> as the source writes it (a division of the method, on either route): the product
        /// a·b⁻¹, remembered as a quotient the source forms when it has factors above and below the
        /// line, so that products holding it keep it whole (see <see cref="Product"/>). A number it divides by is remembered
        /// (<see cref="SourceNumbers.WrittenDivisorOf"/>), so that 2/9.81 prints as <c>2 * v / 9.81</c>, not 0.2038735983690112.
        /// </summary>
        public Expr SourceQuotient(Expr a, Expr b)
        {
            if (b is Constant divisor && divisor.Value != 0)
            {
                Numbers.AddDivisor(Math.Abs(divisor.Value));
            }

            Expr quotient = Divide(a, b);
            if (quotient is Product product && IsQuotient(product))
            {
                RememberQuotient(product);
            }

            return Written(quotient, new WrittenForm(WrittenOperation.Divide, a, b));
        }

        /// <summary>
        /// Gives <paramref name="rebuilt"/>, a node made again from <paramref name="original"/> with other operands, the marks of
        /// how the source writes the original (its constant first, a quotient kept whole).
        /// </summary>
        internal void CarryMarks(Expr original, Expr rebuilt)
        {
            if (original is Sum { IsOffsetFirst: true } && rebuilt is Sum { Offset: not 0 } sum)
            {
                sum.IsOffsetFirst = true;
            }

            if (original is Product { IsKeptWhole: true } && rebuilt is Product product && IsQuotient(product))
            {
                RememberQuotient(product);
            }
        }

        /// <summary>Records a quotient the source forms, with coefficient 1 as products hold it.</summary>
        private void RememberQuotient(Product product) =>
            sourceQuotients.Remember((Product)(product.Coefficient == 1 ? product : Product(1, product.Factors)));

        /// <summary>
        /// A ratio a/b: a product (coefficient 1, as the constructor holds it) with factors both above and
        /// below the line, within the size that merging would copy.
        /// </summary>
        private static bool IsQuotient(Product product)
        {
            if (product.Factors.Count > MaxMergedOperands || IsRoot(product))
            {
                return false;
            }

            bool above = false, below = false;
            foreach (Factor factor in product.Factors)
            {
                above |= factor.Exponent > 0;
                below |= factor.Exponent < 0;
            }

            return above && below;
        }
    }
}
