using System;
using System.Text;

namespace XorGen.Generators
{
    /// <summary>A small indented text writer: <c>using (w.Block("for (...)")) { ... }</c> writes braces and indents. Lines end with '\n' on every OS.</summary>
    public sealed class IndentedWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        /// <summary>Writes one line at the current indentation (an empty line has no trailing spaces).</summary>
        public IndentedWriter Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
            _text.Append('\n');
            return this;
        }

        /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the result is disposed.</summary>
        public IDisposable Block(string header, string closing = "}")
        {
            Line(header);
            Line("{");
            _indent++;
            return new Closer(this, closing);
        }

        /// <summary>The text written so far.</summary>
        public override string ToString() => _text.ToString();

        private sealed class Closer : IDisposable
        {
            private readonly IndentedWriter _writer;
            private readonly string _closing;
            private bool _done;

            public Closer(IndentedWriter writer, string closing)
            {
                _writer = writer;
                _closing = closing;
            }

            public void Dispose()
            {
                if (_done) return;
                _done = true;
                _writer._indent--;
                _writer.Line(_closing);
            }
        }
    }
}
