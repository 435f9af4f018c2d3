import re, sys, html
import xml.etree.ElementTree as ET
TEI="{http://www.tei-c.org/ns/1.0}"
def text_of(el):
    out=[]
    def rec(e, top=False):
        tag = e.tag.split("}")[-1] if isinstance(e.tag,str) else None
        if tag is None:
            if e.tail and not top: out.append(e.tail)
            return
        if tag in ("index","anchor"):
            pass
        elif tag=="choice":
            ab=[c for c in e if isinstance(c.tag,str) and c.tag.split("}")[-1]=="abbr"]
            if ab: rec_inner(ab[0])
            else:
                kids=[c for c in e if isinstance(c.tag,str)]
                if kids: rec_inner(kids[0])
        elif tag=="note" and not top:
            pass
        else:
            rec_inner(e)
        if not top and e.tail: out.append(e.tail)
    def rec_inner(e):
        if e.text: out.append(e.text)
        for c in e: rec(c)
    rec(el, top=True)
    import re as _re
    t="".join(_re.sub(r"\s*\n\s*", "\x00", x) for x in out)
    t=_re.sub(r"\x00+(?=[.,;:)])", "", t)
    t=_re.sub(r"(?<=\()\x00+", "", t)
    t=t.replace("\x00"," ")
    return " ".join(t.split())
def notes(data):
    root=ET.fromstring(data)
    res=[]
    for n in root.iter(TEI+"note"):
        if n.get("type") in ("footnote",) or n.get("place") in ("foot","end","bottom") or n.get("n"):
            if n.get("n") is None: continue
            res.append((n.get("n"), text_of(n)))
    return res
if __name__=="__main__":
    data=open(sys.argv[1],"rb").read()
    for n,t in notes(data): print(n,t)
