# Bank account simulation with dicts and a transaction log.
accounts = {}
log = []
def open_account(owner, initial=0):
    acct_id = "AC%03d" % (len(accounts) + 1)
    accounts[acct_id] = {"owner": owner, "balance": initial, "history": []}
    log.append(("open", acct_id, initial))
    return acct_id
def deposit(acct_id, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    accounts[acct_id]["balance"] += amount
    accounts[acct_id]["history"].append(("dep", amount))
    log.append(("deposit", acct_id, amount))
def withdraw(acct_id, amount):
    acct = accounts[acct_id]
    if amount > acct["balance"]:
        raise ValueError(f"insufficient funds in {acct_id}: {acct['balance']} < {amount}")
    acct["balance"] -= amount
    acct["history"].append(("wd", amount))
    log.append(("withdraw", acct_id, amount))
def transfer(src, dst, amount):
    withdraw(src, amount)
    deposit(dst, amount)
a = open_account("alice", 100)
b = open_account("bob")
c = open_account("carol", 2500)
ops = [(deposit, a, 50), (withdraw, b, 10), (transfer, c, a, 300), (deposit, b, -5), (withdraw, a, 449),
       (transfer, a, b, 1), (deposit, "AC999", 5), (withdraw, c, 2200), (transfer, b, c, 1)]
for op in ops:
    fn, args = op[0], op[1:]
    try:
        fn(*args)
        print("ok  ", fn.__name__, args)
    except ValueError as e:
        print("fail", fn.__name__, args, "->", e)
    except KeyError as e:
        print("fail", fn.__name__, args, "-> unknown account", e)
print()
print(f"{'id':<6}{'owner':<8}{'balance':>10}  history")
for acct_id, acct in accounts.items():
    print(f"{acct_id:<6}{acct['owner']:<8}{acct['balance']:>10,}  {acct['history']}")
print("total:", sum(x["balance"] for x in accounts.values()))
print("log entries:", len(log))
kinds = {}
for kind, _, amount in log:
    kinds[kind] = kinds.get(kind, 0) + amount
print(kinds)
richest = max(accounts, key=lambda k: accounts[k]["balance"])
print("richest:", richest, accounts[richest]["owner"])
