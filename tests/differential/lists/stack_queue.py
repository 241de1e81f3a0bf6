# Using lists as stacks and queues; balanced bracket checking; RPN evaluation.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{", "a(b)c[d]"]:
    print(repr(s), balanced(s))
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b if tok == "*" else a / b)
        else:
            stack.append(int(tok))
    return stack.pop()
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 4 /", "7 2 - 3 *"]:
    print(e, "=", rpn(e))
queue = []
for i in range(5):
    queue.append(i)
served = []
while queue:
    item = queue.pop(0)
    served.append(item)
    if item == 1:
        queue.append(10)
print(served)
history = []
for cmd in ["push a", "push b", "pop", "push c", "push d", "pop", "pop", "pop", "pop"]:
    if cmd.startswith("push"):
        history.append(cmd.split()[1])
        print(cmd, history)
    else:
        try:
            print("pop ->", history.pop(), history)
        except IndexError as e:
            print("pop failed:", e)
