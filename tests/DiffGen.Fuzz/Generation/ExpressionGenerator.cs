using System;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>
    /// Random floating-point expressions and conditions over a <see cref="Scope"/>. Every function's
    /// argument is kept in its domain by construction (ln of a positive expression, asin of a value
    /// in (−1, 1), ...); the checker rejects the points where a value still overflows.
    /// </summary>
    public sealed class ExpressionGenerator
    {
        private static readonly string[] LiteralTexts = { "2", "3", "100", "0.5", "0.01", "1e-3", "1.5", "0.25", "2.0", "2f", "0.75f", "10", "2.5E-5", "1E3" };
        private static readonly string[] AnyArgument = { "Sin", "Cos", "Atan", "Tanh", "Asinh", "Exp", "Sinh", "Cosh", "Cbrt", "Abs" };
        private static readonly string[] PositiveArgument = { "Log", "Log10", "Log2", "Sqrt" };
        private static readonly string[] UnitArgument = { "Asin", "Acos", "Atanh" };
        private static readonly string[] PiecewiseConstant = { "Floor", "Ceiling", "Round", "Truncate", "Sign" };

        private readonly Random random;

        public ExpressionGenerator(Random random)
        {
            this.random = random;
        }

        public Random Random => random;

        public bool Chance(double p) => random.NextDouble() < p;

        public T Pick<T>(params T[] items) => items[random.Next(items.Length)];

        /// <summary>
        /// Whether literals may carry f. In a double method an f literal can make a part compute in
        /// float (n / 0.75f), which DiffGen computes in double (docs/supported.md, "float and double").
        /// </summary>
        public bool FloatLiterals { get; set; } = true;

        public Literal Literal()
        {
            string text = Pick(LiteralTexts);
            return FloatLiterals ? new Literal(text) : (Literal)DoubleLiteral(new Literal(text));
        }

        /// <summary>A leaf: a variable most of the time, else a literal, a constant, an element or an integer.</summary>
        public Expr Leaf(Scope scope)
        {
            if (scope.Data.Count > 0 && Chance(0.2))
            {
                return scope.Data[random.Next(scope.Data.Count)];
            }

            double roll = random.NextDouble();
            if (scope.Elements.Count > 0 && roll < 0.35)
            {
                var (array, index) = scope.Elements[random.Next(scope.Elements.Count)];
                return new Element(array, index);
            }

            if (scope.Reals.Count > 0 && roll < 0.75)
            {
                return new Read(scope.Reals[random.Next(scope.Reals.Count)]);
            }

            if (scope.Ints.Count > 0 && roll < 0.82)
            {
                var integer = new Read(scope.Ints[random.Next(scope.Ints.Count)]);
                if (Chance(0.15))
                {
                    // Integer data through Math's integer overloads: Math.Abs(n), Math.Max(n, m), Math.Min(n, m).
                    var other = new Read(scope.Ints[random.Next(scope.Ints.Count)]);
                    return Chance(0.5)
                        ? new MathCall("Abs", ImmutableArray.Create<Expr>(integer), OnIntegers: true)
                        : new MathCall(Pick("Max", "Min"), ImmutableArray.Create<Expr>(integer, other), OnIntegers: true);
                }

                return integer;
            }

            if (scope.Members.Count > 0 && roll < 0.88)
            {
                return MemberOf(scope);
            }

            if (roll < 0.85)
            {
                return new MathConstant(Pick("PI", "E", "Tau"));
            }

            return scope.Reals.Count > 0 && Chance(0.5) ? new Read(scope.Reals[random.Next(scope.Reals.Count)]) : Literal();
        }

        /// <summary>A read of one of the scope's fields or auto-properties, qualified (this.k, Case3.k) or not.</summary>
        public Expr MemberOf(Scope scope)
        {
            Member member = scope.Members[random.Next(scope.Members.Count)];
            return new MemberRead(member.Name, Chance(0.5), member.IsStatic, member.IsInt);
        }

        /// <summary>A leaf that reads a variable (so derivatives flow).</summary>
        public Expr Variable(Scope scope)
        {
            if (scope.Elements.Count > 0 && (scope.Reals.Count == 0 || Chance(0.5)))
            {
                var (array, index) = scope.Elements[random.Next(scope.Elements.Count)];
                return new Element(array, index);
            }

            return scope.Reals.Count > 0 ? new Read(scope.Reals[random.Next(scope.Reals.Count)]) : Literal();
        }

        public Expr Real(Scope scope, int depth)
        {
            if (depth <= 0 || Chance(0.15))
            {
                return Leaf(scope);
            }

            double roll = random.NextDouble();
            if (roll < 0.40)
            {
                string op = Pick("+", "-", "*", "*", "+");
                return Arithmetic(scope, op, Real(scope, depth - 1), Real(scope, depth - 1));
            }

            if (roll < 0.48)
            {
                return Arithmetic(scope, "/", Real(scope, depth - 1), SafeDenominator(scope, depth - 1));
            }

            if (roll < 0.52)
            {
                // Now and then the unary plus docs/supported.md lists beside the minus.
                return random.NextDouble() < 0.15 ? new UnaryPlus(Real(scope, depth - 1)) : new Negate(Real(scope, depth - 1));
            }

            if (roll < 0.80)
            {
                return Function(scope, depth - 1);
            }

            if (roll < 0.86 && scope.AllowConditionals)
            {
                Scope inner = scope.AllowCallsInConditionals ? scope : WithoutCalls(scope);
                return Chance(0.3) ? Switch(inner, depth - 1) : new Conditional(Condition(inner, depth - 1), Real(inner, depth - 1), Real(inner, depth - 1));
            }

            if (roll < 0.86 + scope.StopRate)
            {
                return StopOf(scope, Real(scope, depth - 1));
            }

            if (roll < 0.97 && scope.Callees.Count > 0)
            {
                return CallOf(scope.Callees[random.Next(scope.Callees.Count)], scope, depth - 1);
            }

            if (roll < 0.99)
            {
                return Arithmetic(scope, "%", Real(scope, depth - 1), new Literal(Pick("1.5", "2", "0.75")));
            }

            return Leaf(scope);
        }

        /// <summary>a op b, with b made fractional where two integers would meet and the scope does not allow integer arithmetic.</summary>
        /// <remarks>
        /// An integer and a float literal (i / 0.75f) compute in float even in a double method; DiffGen
        /// reads float and double conversions as the identity (docs/supported.md, "float and double")
        /// and computes in the method's type, so the literal is made a double one there.
        /// </remarks>
        private Expr Arithmetic(Scope scope, string op, Expr a, Expr b)
        {
            if (!scope.IntegerArithmetic && scope.IsInteger(a) && scope.IsInteger(b))
            {
                return new Binary(op, a, new Literal(Pick("0.5", "1.5", "2.0", "7.0")));
            }

            if (scope.IsInteger(a) && scope.IsInteger(b) && (HasSign(a) || HasSign(b)) && !(IsIntegerConstant(a) && IsIntegerConstant(b)))
            {
                // Math.Sign(u) with an integer variable (Math.Sign(u) * i) is DIFF015 in docs/supported.md: only with integer constants.
                return new Binary(op, a, new Literal(Pick("0.5", "1.5", "2.0", "7.0")));
            }

            return new Binary(op, scope.IsInteger(b) ? DoubleLiteral(a) : a, scope.IsInteger(a) ? DoubleLiteral(b) : b);
        }

        private static bool HasSign(Expr e) => e switch
        {
            MathCall { Function: "Sign" } => true,
            Negate n => HasSign(n.Operand),
            UnaryPlus p => HasSign(p.Operand),
            Binary b => HasSign(b.Left) || HasSign(b.Right),
            Conditional c => HasSign(c.Then) || HasSign(c.Else),
            SwitchOn s => HasSign(s.Otherwise) || s.Arms.Any(a => HasSign(a.Value)),
            _ => false,
        };

        /// <summary>An integer built from literals and Math.Sign(u) alone (2 * Math.Sign(u) - 1): no integer variable.</summary>
        private static bool IsIntegerConstant(Expr e) => e switch
        {
            Programs.Literal or MathCall { Function: "Sign" } => true,
            Negate n => IsIntegerConstant(n.Operand),
            UnaryPlus p => IsIntegerConstant(p.Operand),
            Binary b => IsIntegerConstant(b.Left) && IsIntegerConstant(b.Right),
            _ => false,
        };

        private static Expr DoubleLiteral(Expr e)
        {
            if (e is not Literal { Text: var text } || !text.EndsWith("f", StringComparison.Ordinal))
            {
                return e;
            }

            string digits = text.Substring(0, text.Length - 1);
            return new Literal(digits.IndexOfAny(new[] { '.', 'e', 'E' }) < 0 ? digits + ".0" : digits);
        }

        /// <summary>Math.Abs(n) and friends on integers call the integer overloads, which have no derivative (DIFF011): give them a fractional operand.</summary>
        private MathCall FloatingCall(Scope scope, string function, params Expr[] args)
        {
            if (args.Length > 0 && args.All(scope.IsInteger))
            {
                args[0] = new Binary("+", args[0], new Literal("0.5"));
            }

            return new MathCall(function, args.ToImmutableArray());
        }

        public static Scope WithoutCalls(Scope scope)
        {
            Scope copy = scope.Clone();
            copy.Callees.Clear();
            return copy;
        }

        /// <summary>A call with an argument for each parameter: an expression for a number, a whole array for an array.</summary>
        public Expr CallOf(Method callee, Scope scope, int depth)
        {
            bool IsData(Parameter p) => callee.WithRespectTo is { } names && !names.Contains(p.Name);
            var args = callee.Parameters.Select(p => p.Kind switch
            {
                // An argument for a parameter the callee does not differentiate must not depend on ours (DIFF016).
                ParameterKind.Real when IsData(p) => Chance(0.5) ? Literal() : StopOf(WithoutCalls(scope), Real(WithoutCalls(scope), depth)),
                ParameterKind.Real => Real(WithoutCalls(scope), depth),
                ParameterKind.Int => (Expr)new Literal(p.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                _ => new ArrayArgument(scope.Arrays[random.Next(scope.Arrays.Count)]),
            }).ToImmutableArray();
            return new Call(callee.Name, args);
        }

        /// <summary>A denominator bounded away from zero.</summary>
        public Expr SafeDenominator(Scope scope, int depth)
        {
            Expr u = Real(scope, depth);
            return random.Next(5) switch
            {
                0 => new Binary("+", Arithmetic(scope, "*", u, u), new Literal("1")),
                1 => new Binary("+", new Literal("2"), new MathCall("Cos", ImmutableArray.Create(u))),
                2 => new MathCall("Exp", ImmutableArray.Create<Expr>(new MathCall("Sin", ImmutableArray.Create(u)))),
                3 => new Literal(Pick("3", "0.5", "7", "1e-3")),
                _ => new Binary("+", new Literal("1.5"), new MathCall("Sin", ImmutableArray.Create(u))),
            };
        }

        /// <summary>
        /// Gradient.Stop(u), with an integer u made a double first (u * 1.0): Gradient.Stop(n) binds the float
        /// overload (DIFF017), whose value is not the oracle's. Integer literals are written 10.0 by the writer.
        /// </summary>
        private static Expr StopOf(Scope scope, Expr operand) =>
            new Stop(scope.IsInteger(operand) && !(operand is Literal) ? new Binary("*", operand, new Literal("1.0")) : operand);

        /// <summary>A strictly positive expression.</summary>
        public Expr Positive(Scope scope, int depth)
        {
            Expr u = Real(scope, depth);
            return random.Next(4) switch
            {
                // u * u + 0.5, unless u is an integer: Arithmetic then writes u * 1.5, which can be negative.
                0 when !scope.IsInteger(u) => new Binary("+", Arithmetic(scope, "*", u, u), new Literal("0.5")),
                1 => new Binary("+", new Literal("2"), new MathCall("Sin", ImmutableArray.Create(u))),
                2 => new MathCall("Exp", ImmutableArray.Create<Expr>(new MathCall("Cos", ImmutableArray.Create(u)))),
                _ => new Binary("+", FloatingCall(scope, "Abs", u), new Literal("0.25")),
            };
        }

        /// <summary>An elementary function of random arguments; now and then spelled double.Sin(u) (float.Sin(u)) instead of Math.Sin(u).</summary>
        public Expr Function(Scope scope, int depth)
        {
            Expr call = FunctionOf(scope, depth);
            return call is MathCall c && Chance(0.15) ? c with { TypeSpelling = true } : call;
        }

        private Expr FunctionOf(Scope scope, int depth)
        {
            int roll = random.Next(100);
            ImmutableArray<Expr> One(Expr e) => ImmutableArray.Create(e);
            if (roll < 35)
            {
                string f = Pick(AnyArgument);
                Expr u = Real(scope, depth);
                return f == "Exp" || f == "Sinh" || f == "Cosh" ? new MathCall(f, One(Chance(0.5) ? u : new MathCall("Sin", One(u)))) : FloatingCall(scope, f, u);
            }

            if (roll < 50)
            {
                return new MathCall(Pick(PositiveArgument), One(Positive(scope, depth)));
            }

            if (roll < 58)
            {
                Expr inside = new Binary("*", new MathCall(Pick("Sin", "Tanh", "Cos"), One(Real(scope, depth))), new Literal(Pick("0.5", "0.9")));
                return new MathCall(Pick(UnitArgument), One(inside));
            }

            if (roll < 61)
            {
                return new MathCall("Acosh", One(new Binary("+", new Literal("1.5"), Arithmetic(scope, "*", Real(scope, depth), Real(scope, depth)))));
            }

            if (roll < 64)
            {
                return new MathCall("Tan", One(new MathCall("Sin", One(Real(scope, depth)))));
            }

            if (roll < 74)
            {
                return random.Next(4) switch
                {
                    0 => new MathCall("Pow", ImmutableArray.Create(Real(scope, depth), new Literal(Pick("2", "3", "-1", "4")))),
                    1 => new MathCall("Pow", ImmutableArray.Create(Positive(scope, depth), new Literal(Pick("0.5", "1.5", "-0.5", "2.5")))),
                    2 => new MathCall("Pow", ImmutableArray.Create(Positive(scope, depth), Real(scope, depth))),
                    _ => new MathCall("Pow", ImmutableArray.Create(Real(scope, depth), new Literal("2"))),
                };
            }

            if (roll < 80)
            {
                return new MathCall("Atan2", ImmutableArray.Create(Real(scope, depth), Real(scope, depth)));
            }

            if (roll < 85)
            {
                return FloatingCall(scope, Pick("Max", "Min"), Real(scope, depth), Real(scope, depth));
            }

            if (roll < 88)
            {
                return Clamp(scope, depth);
            }

            if (roll < 91)
            {
                return new MathCall("Log", ImmutableArray.Create(Positive(scope, depth), Chance(0.5) ? new Literal(Pick("3", "10", "0.5")) : new Binary("+", new Literal("2"), new MathCall("Exp", One(Real(scope, depth))))));
            }

            if (roll < 95)
            {
                return Arithmetic(scope, "*", FloatingCall(scope, Pick(PiecewiseConstant), Real(scope, depth)), Real(scope, depth));
            }

            if (roll >= 97)
            {
                // Math.FusedMultiplyAdd(a, b, c), a·b + c rounded once, as Horner's rule is written with it.
                return FloatingCall(scope, "FusedMultiplyAdd", Real(scope, depth), Real(scope, depth), Real(scope, depth));
            }

            return FloatingCall(scope, "Abs", Real(scope, depth));
        }

        /// <summary>
        /// Clamp(u, lo, hi) with lo ≤ hi, as Math.Clamp requires (it throws otherwise): literal bounds, or
        /// bounds that carry derivatives, hi = lo + a positive amount.
        /// </summary>
        private Expr Clamp(Scope scope, int depth)
        {
            Expr u = Real(scope, depth);
            if (Chance(0.4))
            {
                return FloatingCall(scope, "Clamp", u, new Negate(new Literal(Pick("0.5", "1"))), new Literal(Pick("0.5", "2")));
            }

            // A gap that is positive by construction keeps lo <= hi, as Math.Clamp requires.
            Expr lo = Real(scope, depth);
            Expr gap = Chance(0.5)
                ? new Binary("+", FloatingCall(scope, "Abs", Real(scope, depth)), new Literal("0.25"))
                : new MathCall("Exp", ImmutableArray.Create<Expr>(new MathCall("Sin", ImmutableArray.Create(Real(scope, depth)))));
            return FloatingCall(scope, "Clamp", u, lo, new Binary("+", lo, gap));
        }

        /// <summary>
        /// A switch expression (docs/supported.md, "Switch expressions"): on an integer variable with constant patterns, or
        /// on a floating-point expression with relational ones; one to three arms, some combined with and, or, not, some
        /// with a when guard; then _ =>. Every arm matches a value no arm before it does (the compiler rejects an arm that
        /// cannot match): each takes a new constant, or the next interval [t(i-1), t(i)) of ascending thresholds.
        /// </summary>
        /// <summary>A switch expression's arms (see <see cref="Switch"/>), for a switch statement made of them.</summary>
        public SwitchOn SwitchArms(Scope scope, int depth) => (SwitchOn)Switch(scope, depth);

        private Expr Switch(Scope scope, int depth)
        {
            bool onInteger = scope.Ints.Count > 0 && Chance(0.5);
            Expr? real = null;
            if (!onInteger)
            {
                real = Real(WithoutCalls(scope), Math.Min(depth, 2));
                real = scope.IsInteger(real) ? new Binary("*", real, new Literal("1.0")) : real; // relational patterns like < -0.5 need a floating-point value
            }

            IntExpr? integer = onInteger ? new IntRead(scope.Ints[random.Next(scope.Ints.Count)]) : null;
            string[] thresholds = onInteger ? new[] { "0", "1", "2", "3" } : new[] { "-1", "-0.5", "0", "0.5", "1.5" };
            int count = 1 + random.Next(3);
            int[] chosen = Enumerable.Range(0, thresholds.Length).OrderBy(_ => random.Next()).Take(count).OrderBy(i => i).ToArray();
            var arms = ImmutableArray.CreateBuilder<SwitchArm>();
            for (int i = 0; i < count; i++)
            {
                string at = thresholds[chosen[i]];
                string? before = i > 0 ? thresholds[chosen[i - 1]] : null;
                Pattern pattern = onInteger ? IntegerArm(at, first: i == 0) : RealArm(at, before);
                Cond? guard = Chance(0.2) ? Condition(scope, Math.Max(depth - 1, 0)) : null;
                arms.Add(new SwitchArm(pattern, guard, Real(scope, depth)));
            }

            // On an integer, now and then the last arm is the rest of the integers instead of _ (a switch the compiler proves exhaustive).
            return new SwitchOn(real, integer, arms.ToImmutable(), Real(scope, depth), Exhaustive: onInteger && Chance(0.2));
        }

        /// <summary>The constant, or it or the constant 10 above it; a first arm may take the negative values instead.</summary>
        private Pattern IntegerArm(string constant, bool first)
        {
            double roll = random.NextDouble();
            return first && roll < 0.15 ? new RelationalPattern("<", "0")
                : roll < 0.35 ? new PatternLogic("or", new RelationalPattern("==", constant), new RelationalPattern("==", (int.Parse(constant, System.Globalization.CultureInfo.InvariantCulture) + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                : new RelationalPattern("==", constant);
        }

        /// <summary>Below <paramref name="at"/> (as &lt;, or not &gt;=), or between the arm before's threshold and it.</summary>
        private Pattern RealArm(string at, string? before)
        {
            double roll = random.NextDouble();
            return before != null && roll < 0.3 ? new PatternLogic("and", new RelationalPattern(Pick(">=", ">"), before), new RelationalPattern("<", at))
                : roll < 0.45 ? new PatternNot(new RelationalPattern(">=", at))
                : new RelationalPattern(Pick("<", "<="), at);
        }

        /// <summary>
        /// Whether two expressions are written alike (<c>Math.Cosh(k1)</c> twice): compared as the syntax they print, since
        /// records holding an array of operands compare the arrays by reference.
        /// </summary>
        private static bool SameExpression(Expr a, Expr b) =>
            a.Equals(b) || System.Text.Json.JsonSerializer.Serialize(a) == System.Text.Json.JsonSerializer.Serialize(b);

        /// <summary>A comparison of two expressions, or a combination of two conditions.</summary>
        public Cond Condition(Scope scope, int depth)
        {
            if (depth > 0 && Chance(0.2))
            {
                Cond left = Condition(scope, depth - 1);
                Cond right = Condition(scope.AllowCallsInConditionals ? scope : WithoutCalls(scope), depth - 1);
                // Now and then the non-short-circuiting & and | on bools (docs/supported.md, "Branches").
                return Chance(0.15) ? new Not(left) : new Logic(Chance(0.1) ? Pick("&", "|") : Pick("&&", "||"), left, right);
            }

            Expr a = Real(scope, Math.Min(depth, 2));
            if (Chance(0.08))
            {
                // A value tested with is against a switch arm's patterns (docs/supported.md, "Branches"): x is > 0 and < 1.5.
                string[] thresholds = { "-1", "-0.5", "0", "0.5", "1.5" };
                int at = 1 + random.Next(thresholds.Length - 1);
                Expr tested = scope.IsInteger(a) ? new Binary("*", a, new Literal("1.0")) : a;
                return new IsPattern(tested, RealArm(thresholds[at], thresholds[random.Next(at)]));
            }

            Expr b = Chance(0.5) ? Literal() : Real(scope, Math.Min(depth, 1));
            if (SameExpression(a, b) || (a is MemberRead ma && b is MemberRead mb && ma.Name == mb.Name))
            {
                // x >= x (or k >= this.k): a comparison that never changes (and a compiler warning), and for a floating-point
                // value the NaN test, DIFF010 (the unsupported family writes it on purpose).
                b = Literal();
            }

            // == and != now and then: an equality a random point almost never meets, so mostly one side of the test (the
            // oracle's margins skip a point where the two sides meet); on integers (n == 2) both sides are taken.
            return new Compare(Chance(0.06) ? Pick("==", "!=") : Pick("<", "<=", ">", ">="), a, b);
        }
    }
}
