# A tiny tokenizer and recursive-descent calculator with error reporting.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens
def evaluate(src):
    tokens = tokenize(src)
    pos = [0]
    def peek():
        return tokens[pos[0]]
    def take():
        tok = tokens[pos[0]]
        pos[0] += 1
        return tok
    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            value = value + term() if op == "+" else value - term()
        return value
    def term():
        value = power()
        while peek()[0] == "op" and peek()[1] in "*/%":
            op = take()[1]
            rhs = power()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def power():
        base = unary()
        if peek() == ("op", "^"):
            take()
            return base ** power()
        return base
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()
    def atom():
        kind, val = take()
        if kind == "num":
            return val
        if (kind, val) == ("op", "("):
            v = expr()
            if take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected token %r" % (val,))
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError("trailing input")
    return result
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 3 + 0.5", "2 ^ 100",
         "((((7))))", "1.5 * 4", "3 - - 3", "8 / (3 - 3)", "2 +", "4 $ 4", "(1 + 2", "1 2", "7 % 0"]
for t in tests:
    try:
        print(f"{t!r:>16} = {evaluate(t)!r}")
    except SyntaxError as e:
        print(f"{t!r:>16} ! SyntaxError: {e}")
    except ZeroDivisionError as e:
        print(f"{t!r:>16} ! ZeroDivisionError: {e}")
print(tokenize("12+(3.5*4)"))
