"""Extract #footnote[...] bodies from a Typst file (pandoc output), in order.
Rules (README.md, "Text extraction"): #emph[x] -> x, #link("u") -> u, \[ \] -> [ ],
'\;' -> ';', '\1.' (escaped list marker) -> '1.', '#highlight[x]' -> x, '--' -> en dash,
'---' -> em dash, whitespace collapsed."""
import re, sys

def bodies(src):
    out = []
    i = 0
    while True:
        j = src.find("#footnote[", i)
        if j < 0:
            return out
        k = j + len("#footnote[")
        depth = 1
        s = k
        while depth:
            c = src[k]
            if c == "\\":
                k += 2; continue
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            k += 1
        out.append(src[s:k - 1])
        i = k

def clean(t):
    t = re.sub(r'#link\("([^"]*)"\)', r"\1", t)
    for _ in range(3):
        t = re.sub(r"#(?:emph|highlight|strong)\[([^\[\]]*)\]", r"\1", t)
    t = t.replace("\\\"", "\"")
    t = t.replace("\\[", "[").replace("\\]", "]").replace("\\;", ";").replace("\\*", "*")
    t = re.sub(r"\\(\d)", r"\1", t)
    t = t.replace("---", "\u2014").replace("--", "\u2013")
    return " ".join(t.split())

if __name__ == "__main__":
    src = open(sys.argv[1], encoding="utf-8").read()
    for n, b in enumerate(bodies(src), 1):
        print(n, clean(b))
