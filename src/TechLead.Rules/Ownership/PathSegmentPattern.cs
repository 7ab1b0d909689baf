using System.Collections.Generic;
using System.Text;

namespace TechLead.Rules.Ownership;

/// <summary>
/// One '/'-free segment of a CODEOWNERS pattern: <c>*</c> any run of characters, <c>?</c> one character,
/// <c>[a-z]</c> / <c>[!a-z]</c> one character of (or not of) a class, <c>\x</c> a literal <c>x</c>.
/// Matching allocates nothing and backtracks only to the last <c>*</c>, so it is linear in practice.
/// </summary>
internal sealed class PathSegmentPattern
{
    private readonly Token[] tokens;

    private PathSegmentPattern(Token[] tokens, bool isLiteral, string literal)
    {
        this.tokens = tokens;
        IsLiteral = isLiteral;
        Literal = literal;
    }

    /// <summary>True when the segment has no wildcard: it matches exactly <see cref="Literal"/>.</summary>
    public bool IsLiteral { get; }

    public string Literal { get; }

    /// <summary>Compiles a segment, or returns null with what is wrong (an unclosed <c>[</c>, a trailing <c>\</c>).</summary>
    public static PathSegmentPattern? Compile(string segment, out string? error)
    {
        error = null;
        var tokens = new List<Token>();
        var literal = new StringBuilder();
        var isLiteral = true;
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 == segment.Length)
                    {
                        error = "ends with a lone '\\'; escape a character with it, e.g. '\\#file'";
                        return null;
                    }

                    i++;
                    tokens.Add(Token.Char(segment[i]));
                    literal.Append(segment[i]);
                    break;
                case '*':
                    // Adjacent stars mean the same as one.
                    if (tokens.Count == 0 || tokens[tokens.Count - 1].Kind != TokenKind.Star)
                    {
                        tokens.Add(Token.Star);
                    }

                    isLiteral = false;
                    break;
                case '?':
                    tokens.Add(Token.AnyOne);
                    isLiteral = false;
                    break;
                case '[':
                    var close = ClassEnd(segment, i);
                    if (close < 0)
                    {
                        error = "has a '[' without its ']'; write '\\[' for a literal bracket";
                        return null;
                    }

                    tokens.Add(Token.Class(segment.Substring(i + 1, close - i - 1)));
                    isLiteral = false;
                    i = close;
                    break;
                default:
                    tokens.Add(Token.Char(c));
                    literal.Append(c);
                    break;
            }
        }

        return new PathSegmentPattern(tokens.ToArray(), isLiteral, literal.ToString());
    }

    /// <summary>True when the whole <paramref name="name"/> (one path segment) matches.</summary>
    public bool IsMatch(string name)
    {
        if (IsLiteral)
        {
            return string.Equals(name, Literal, System.StringComparison.Ordinal);
        }

        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < name.Length)
        {
            if (p < tokens.Length && tokens[p].Kind != TokenKind.Star && tokens[p].Matches(name[t]))
            {
                p++;
                t++;
            }
            else if (p < tokens.Length && tokens[p].Kind == TokenKind.Star)
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < tokens.Length && tokens[p].Kind == TokenKind.Star)
        {
            p++;
        }

        return p == tokens.Length;
    }

    /// <summary>The index of the ']' closing the class that opens at <paramref name="open"/>; a ']' first in the class is a member.</summary>
    private static int ClassEnd(string segment, int open)
    {
        var i = open + 1;
        if (i < segment.Length && (segment[i] == '!' || segment[i] == '^'))
        {
            i++;
        }

        if (i < segment.Length && segment[i] == ']')
        {
            i++;
        }

        for (; i < segment.Length; i++)
        {
            if (segment[i] == '\\')
            {
                i++;
            }
            else if (segment[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    private enum TokenKind
    {
        Char,
        AnyOne,
        Star,
        Class,
    }

    private readonly struct Token
    {
        private readonly char value;
        private readonly string? members;
        private readonly bool negated;

        private Token(TokenKind kind, char value, string? members, bool negated)
        {
            Kind = kind;
            this.value = value;
            this.members = members;
            this.negated = negated;
        }

        public static Token Star => new(TokenKind.Star, '\0', null, false);

        public static Token AnyOne => new(TokenKind.AnyOne, '\0', null, false);

        public TokenKind Kind { get; }

        public static Token Char(char c) => new(TokenKind.Char, c, null, false);

        /// <summary>A class body as written between the brackets: ranges <c>a-z</c>, a leading <c>!</c> or <c>^</c> negates.</summary>
        public static Token Class(string body)
        {
            var negated = body.Length > 0 && (body[0] == '!' || body[0] == '^');
            return new Token(TokenKind.Class, '\0', negated ? body.Substring(1) : body, negated);
        }

        public bool Matches(char c) => Kind switch
        {
            TokenKind.Char => c == value,
            TokenKind.AnyOne => true,
            TokenKind.Class => InClass(c) != negated,
            _ => false,
        };

        private bool InClass(char c)
        {
            var body = members!;
            for (var i = 0; i < body.Length; i++)
            {
                var low = body[i];
                if (low == '\\' && i + 1 < body.Length)
                {
                    low = body[++i];
                }

                if (i + 2 < body.Length && body[i + 1] == '-')
                {
                    var high = body[i + 2];
                    i += 2;
                    if (c >= low && c <= high)
                    {
                        return true;
                    }
                }
                else if (c == low)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
