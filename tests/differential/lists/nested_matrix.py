# Nested lists as grids; iteration, copying, aliasing.
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
for row in grid:
    print(row)
print([row[1] for row in grid], [grid[r][r] for r in range(3)])
transposed = [[grid[r][c] for r in range(3)] for c in range(4)]
print(transposed)
print(list(zip(*grid)))
flat = [x for row in grid for x in row]
print(flat, sum(flat), max(flat))
alias = grid
shallow = grid[:]
deep = [row[:] for row in grid]
grid[0][0] = "X"
grid.append(["new"])
print(alias[0][0], shallow[0][0], deep[0][0], len(alias), len(shallow), len(deep))
board = [["."] * 5 for _ in range(5)]
for i in range(5):
    board[i][i] = "\\"
    board[i][4 - i] = "/"
board[2][2] = "X"
for row in board:
    print("".join(row))
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        print("pop", stack.pop(), "for", ch)
print(stack, not stack)
q = [1, 2, 3]
q.append(q.pop(0))
print(q)
lst = [1, 2]
lst.append(lst)
print(lst, len(lst), lst[2][2][0])
