using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Shrinking
{
    /// <summary>
    /// Every program one step smaller than a given one: a statement or a callee removed, a
    /// compound statement replaced by its body, an expression replaced by one of its operands or
    /// by a literal. Larger steps come first. Some candidates do not compile; the shrinker drops those.
    /// </summary>
    public static class Reductions
    {
        private static readonly Literal One = new Literal("1.0");

        public static IEnumerable<FuzzCase> Of(FuzzCase fuzzCase)
        {
            for (int m = 1; m < fuzzCase.Methods.Length; m++)
            {
                yield return fuzzCase with { Methods = fuzzCase.Methods.RemoveAt(m) };
            }

            for (int m = 0; m < fuzzCase.Methods.Length; m++)
            {
                Method method = fuzzCase.Methods[m];
                if (method.Recursive)
                {
                    continue;
                }

                IEnumerable<Method> smaller = method.ExpressionBody is { } body
                    ? Expressions(body).Select(e => method with { ExpressionBody = e })
                    : Lists(method.Body).Select(b => method with { Body = b });
                foreach (Method variant in smaller)
                {
                    yield return fuzzCase with { Methods = fuzzCase.Methods.SetItem(m, variant) };
                }
            }
        }

        private static IEnumerable<ImmutableArray<Stmt>> Lists(ImmutableArray<Stmt> list)
        {
            for (int i = 0; i < list.Length; i++)
            {
                yield return list.RemoveAt(i);
            }

            for (int i = 0; i < list.Length; i++)
            {
                foreach (ImmutableArray<Stmt> inlined in Inlined(list[i]))
                {
                    yield return list.RemoveAt(i).InsertRange(i, inlined);
                }
            }

            for (int i = 0; i < list.Length; i++)
            {
                foreach (Stmt variant in Statements(list[i]))
                {
                    yield return list.SetItem(i, variant);
                }
            }
        }

        /// <summary>A compound statement replaced by what it contains.</summary>
        private static IEnumerable<ImmutableArray<Stmt>> Inlined(Stmt statement)
        {
            switch (statement)
            {
                case If i:
                    yield return i.Then;
                    if (i.Else is { } otherwise)
                    {
                        yield return otherwise;
                    }

                    break;
                case For f:
                    yield return f.Body;
                    break;
                case RealFor rf:
                    yield return rf.Body;
                    break;
                case Foreach fe:
                    yield return fe.Body;
                    break;
                case While w:
                    yield return w.Body;
                    break;
                case DoWhile d:
                    yield return d.Body;
                    break;
            }
        }

        private static IEnumerable<Stmt> Statements(Stmt statement)
        {
            switch (statement)
            {
                case Declare { Init: { } init } d:
                    foreach (Expr e in Expressions(init))
                    {
                        yield return d with { Init = e };
                    }

                    break;
                case Assign a:
                    if (a.Op != "=")
                    {
                        yield return a with { Op = "=" };
                    }

                    foreach (Expr e in Expressions(a.Value))
                    {
                        yield return a with { Value = e };
                    }

                    break;
                case AssignElement a:
                    foreach (Expr e in Expressions(a.Value))
                    {
                        yield return a with { Value = e };
                    }

                    break;
                case Return r:
                    foreach (Expr e in Expressions(r.Value))
                    {
                        yield return r with { Value = e };
                    }

                    break;
                case If i:
                    if (i.Else is not null)
                    {
                        yield return i with { Else = null };
                    }

                    foreach (Cond c in Conditions(i.Test))
                    {
                        yield return i with { Test = c };
                    }

                    foreach (var then in Lists(i.Then))
                    {
                        yield return i with { Then = then };
                    }

                    if (i.Else is { } otherwise)
                    {
                        foreach (var variant in Lists(otherwise))
                        {
                            yield return i with { Else = variant };
                        }
                    }

                    break;
                case For f:
                    foreach (var body in Lists(f.Body))
                    {
                        yield return f with { Body = body };
                    }

                    break;
                case RealFor rf:
                    foreach (var body in Lists(rf.Body))
                    {
                        yield return rf with { Body = body };
                    }

                    break;
                case Foreach fe:
                    foreach (var body in Lists(fe.Body))
                    {
                        yield return fe with { Body = body };
                    }

                    break;
                case While w:
                    foreach (var body in Lists(w.Body))
                    {
                        yield return w with { Body = body };
                    }

                    break;
                case DoWhile d:
                    foreach (var body in Lists(d.Body))
                    {
                        yield return d with { Body = body };
                    }

                    break;
                case DeclareBool b:
                    foreach (Cond c in Conditions(b.Init))
                    {
                        yield return b with { Init = c };
                    }

                    break;
            }
        }

        private static IEnumerable<Cond> Conditions(Cond condition)
        {
            switch (condition)
            {
                case Logic l:
                    yield return l.Left;
                    yield return l.Right;
                    break;
                case Not n:
                    yield return n.Operand;
                    break;
                case Compare c:
                    foreach (Expr e in Expressions(c.Left))
                    {
                        yield return c with { Left = e };
                    }

                    foreach (Expr e in Expressions(c.Right))
                    {
                        yield return c with { Right = e };
                    }

                    break;
                case IsPattern p:
                    foreach (Expr e in Expressions(p.Value))
                    {
                        yield return p with { Value = e };
                    }

                    break;
            }
        }

        /// <summary>An expression replaced by an operand or a literal, or one operand made smaller.</summary>
        public static IEnumerable<Expr> Expressions(Expr expression)
        {
            ImmutableArray<Expr> children = ExprTree.Children(expression);
            foreach (Expr child in children.Where(c => c is not ArrayArgument))
            {
                yield return child;
            }

            if (expression is not Literal && expression is not ArrayArgument)
            {
                yield return One;
            }

            for (int i = 0; i < children.Length; i++)
            {
                foreach (Expr smaller in Expressions(children[i]))
                {
                    yield return ExprTree.WithChild(expression, i, smaller);
                }
            }

            if (expression is Conditional c)
            {
                foreach (Cond test in Conditions(c.Test))
                {
                    yield return c with { Test = test };
                }
            }
        }
    }
}
