"""Oracle for the tokenizer tests: reads a JSON list of paths on stdin and
prints a JSON object mapping each path to either
  {"tokens": [lines exactly as `python3 -m tokenize PATH` prints them]}   (mode "tokens")
  {"error": {"type", "msg", "lineno", "offset"}} / {"ok": true}             (mode "compile";
  errors as `python3 FILE` reports them, since Molt compiles files)
One process handles a whole batch so the suite stays fast."""
import json
import sys
import tokenize

def token_lines(path):
    with open(path, 'rb') as f:
        toks = list(tokenize.tokenize(f.readline))
    out = []
    for t in toks:
        if t.type == tokenize.ENCODING:
            continue
        rng = "%d,%d-%d,%d:" % (t.start + t.end)
        out.append("%-20s%-15s%-15r" % (rng, tokenize.tok_name[t.type], t.string))
    return out

def run_file_error(path):
    """`python3 FILE` decodes files differently from compile(bytes) (it rejects
    any non-UTF-8 line, and words the null byte error differently): ask it.
    Only called when compile() already failed, so nothing gets executed."""
    import subprocess, re
    r = subprocess.run([sys.executable, '-I', path], capture_output=True, text=True)
    last = r.stderr.strip().splitlines()[-1]
    kind, _, msg = last.partition(': ')
    m = re.search(r'File ".*", line (\d+)', r.stderr)
    return {"error": {"type": kind, "msg": msg, "lineno": int(m.group(1)) if m else None, "offset": None}}

def compile_result(path):
    import io
    with open(path, 'rb') as f:
        src = f.read()
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
        src.decode(enc)
        if b'\0' in src:
            raise ValueError('null byte')
    except Exception:
        return run_file_error(path)
    try:
        compile(src, path, 'exec', dont_inherit=True)
    except SyntaxError as e:
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}}
    return {"ok": True}

def main():
    import warnings
    warnings.simplefilter('ignore')
    mode = sys.argv[1]
    result = {}
    for path in json.load(sys.stdin):
        if mode == 'tokens':
            try:
                result[path] = {"tokens": token_lines(path)}
            except Exception as e:  # tokenize errors: the file is not comparable
                result[path] = {"failed": "%s: %s" % (type(e).__name__, e)}
        else:
            result[path] = compile_result(path)
    json.dump(result, sys.stdout)

main()
