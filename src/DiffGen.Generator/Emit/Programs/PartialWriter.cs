using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Lowering.Programs;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Writes the body of <c>MPartialP</c> for a method with loops or arrays: forward-mode differentiation.
    /// The method runs as written; before each assignment a line computes the derivative of the value with
    /// respect to p (<c>dS</c> beside <c>s</c>), from the derivatives of what it reads.
    /// </summary>
    internal sealed class PartialWriter
    {
        private readonly ProgramPrinter p;
        private readonly ProgramAnalysis analysis;
        private readonly ProgramNames names;
        private readonly string variable;

        public PartialWriter(ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names, string variable)
        {
            p = printer;
            this.analysis = analysis;
            this.names = names;
            this.variable = variable;
        }

        public List<CodeNode> Body(IEnumerable<Statement> statements)
        {
            var code = new List<CodeNode> { new CodeComment("Each dX beside x is ∂x/∂" + variable.TrimStart('@') + ", carried along as the method runs.") };
            Write(statements, new Versions(), code);
            return code;
        }

        private void Write(IEnumerable<Statement> statements, Versions versions, List<CodeNode> code)
        {
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case DeclareScalar s:
                        if (analysis.IsActive(s.Name))
                        {
                            code.Add(new CodeLine(p.Keyword + " " + names.Derivative(s.Name) + " = " + Tangent(s.Value, versions) + ";"));
                        }

                        code.Add(new CodeLine(p.Keyword + " " + s.Name + " = " + p.Print(s.Value, versions.Of) + ";"));
                        break;
                    case AssignScalar s:
                        if (analysis.IsActive(s.Name))
                        {
                            code.Add(new CodeLine(names.Derivative(s.Name) + " = " + Tangent(s.Value, versions) + ";"));
                        }

                        code.Add(new CodeLine(s.Name + " = " + p.Print(s.Value, versions.Of) + ";"));
                        break;
                    case DeclareInteger s:
                        code.Add(new CodeLine("int " + s.Name + " = " + p.Integer(s.Value, versions.Of) + ";"));
                        break;
                    case AssignInteger s:
                        code.Add(new CodeLine(s.Name + " = " + p.Integer(s.Value, versions.Of) + ";"));
                        break;
                    case DeclareArray s:
                        string length = p.Integer(s.Length, versions.Of);
                        code.Add(new CodeLine(ArrayDeclaration(s.Name, length, s.OnStack)));
                        if (analysis.IsActive(s.Name))
                        {
                            code.Add(new CodeLine(ArrayDeclaration(names.Derivative(s.Name), length, s.OnStack)));
                        }

                        break;
                    case AssignElement s:
                        string index = p.Integer(s.Index, versions.Of);
                        if (analysis.IsActive(s.Array))
                        {
                            code.Add(new CodeLine(names.Derivative(s.Array) + "[" + index + "] = " + Tangent(s.Value, versions) + ";"));
                        }

                        code.Add(new CodeLine(s.Array + "[" + index + "] = " + p.Print(s.Value, versions.Of) + ";"));
                        break;
                    case IfStatement b:
                        var thenCode = new List<CodeNode>();
                        var elseCode = new List<CodeNode>();
                        Write(b.Then, versions, thenCode);
                        Write(b.Else, versions, elseCode);
                        code.Add(new CodeBlock("if (" + p.Print(b.Test, versions.Of) + ")", thenCode, elseCode));
                        break;
                    case Loop l:
                        var body = new List<CodeNode>();
                        Write(l.Body, versions, body);
                        code.Add(LoopHeaders.Block(p, l, versions, body));
                        break;
                    case Break:
                        code.Add(new CodeLine("break;"));
                        break;
                    case Continue:
                        code.Add(new CodeLine("continue;"));
                        break;
                    case Return r:
                        code.Add(new CodeLine("return " + Tangent(r.Value, versions) + ";"));
                        break;
                }
            }
        }

        /// <summary>Σ ∂e/∂r · dR over what e reads: the derivative of e with respect to the partial's variable.</summary>
        private string Tangent(Value value, Versions versions)
        {
            ExprBuilder b = p.Builder;
            Expr sum = b.Zero;
            foreach ((ActiveRead read, Expr partial) in p.Partials(value, versions.Of, analysis.IsActive))
            {
                Expr tangent = read.Variable == variable && read.Index == null
                    ? b.One
                    : p.Variable(read.Index == null ? names.Derivative(read.Variable) : names.Derivative(read.Variable) + "[" + p.Integer(read.Index, versions.Of) + "]");
                sum = b.Add(sum, b.Multiply(partial, tangent));
            }

            return p.Print(sum);
        }

        private string ArrayDeclaration(string name, string length, bool onStack) => onStack
            ? "global::System.Span<" + p.Keyword + "> " + name + " = stackalloc " + p.Keyword + "[" + length + "];"
            : p.Keyword + "[] " + name + " = new " + p.Keyword + "[" + length + "];";
    }
}
